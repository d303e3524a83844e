"""Tests of the extraction pipeline, including the golden files under tests/golden.

Golden files: ``tests/golden/<case>.txt`` is an article and ``<case>.json`` the expected
extraction in the ``diplotimeline-gold/1`` format; ``cases.json`` gives each case's
published date. Set ``DIPLOTIMELINE_UPDATE_GOLDEN=1`` to rewrite the expected files, then
review the diff.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotimeline.errors import InputError, UsageError
from diplotimeline.eval.gold import dump_gold
from diplotimeline.eval.predict import extraction_to_gold
from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract, extract_many
from diplotimeline.model import Document, Meeting, Person, Status
from diplotimeline.time import DateSpan, PartialDate

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CASES: dict[str, str | None] = json.loads((GOLDEN / "cases.json").read_text(encoding="utf-8"))[
    "cases"
]
UPDATE = os.environ.get("DIPLOTIMELINE_UPDATE_GOLDEN") == "1"
FORK = "fork" in multiprocessing.get_all_start_methods()


def _golden_output(case: str) -> str:
    published = CASES[case]
    text = (GOLDEN / f"{case}.txt").read_text(encoding="utf-8")
    document = document_from_text(
        text, id=case, published=None if published is None else PartialDate.parse_iso(published)
    )
    return dump_gold(extraction_to_gold([extract(document)])) + "\n"


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str) -> None:
    """The extraction of each golden article equals its reviewed expected output."""
    expected_path = GOLDEN / f"{case}.json"
    actual = _golden_output(case)
    if UPDATE or not expected_path.exists():
        expected_path.write_text(actual, encoding="utf-8")
    assert expected_path.read_text(encoding="utf-8") == actual


class TestExtract:
    def test_event_ids_follow_first_mention(self) -> None:
        """Event ids are '<document id>:e<n>' numbered in order of first mention."""
        text = (
            "On 3 May, Peruvian Foreign Minister Ana Ortega met Chilean Foreign Minister "
            "Luis Soto in Lima. The ministers adopted a Joint Statement on Andean Water Security."
        )
        events = extract(Document(id="w1", text=text, published=PartialDate(2031, 5, 4))).events
        assert [e.id for e in events] == ["w1:e1", "w1:e2"]
        assert isinstance(events[0], Meeting)
        assert events[0].when is not None
        assert events[0].when.format_iso() == "2031-05-03"

    def test_is_deterministic(self) -> None:
        """Two runs over the same document give equal extractions."""
        text = (GOLDEN / "wire_kenya_brazil.txt").read_text(encoding="utf-8")
        document = document_from_text(text, id="w")
        assert extract(document) == extract(document)

    def test_planned_visit(self) -> None:
        """'will visit X from ... to ...' is a planned visit with the span as its date."""
        text = "Indian Prime Minister Ravi Kumar will visit Japan from June 2 to 4."
        event = extract(Document(id="d", text=text, published=PartialDate(2032, 5, 1))).events[0]
        assert event.when is not None
        assert (
            event.status.value,
            event.when.format_iso(),
        ) == ("planned", "2032-06-02/2032-06-04")

    def test_undated_is_mentioned(self) -> None:
        """A named agreement without a date of its own is only mentioned."""
        text = "Both sides pledged to implement the Andean Digital Trade Agreement."
        event = extract(Document(id="d", text=text, published=PartialDate(2032))).events[0]
        assert (event.status, event.when) == (Status.MENTIONED, None)


def test_extract_many_keeps_order() -> None:
    """extract_many yields one extraction per document, in input order."""
    docs = [Document(id=name, text="Talks were held.") for name in ("b", "a", "c")]
    assert [ex.document.id for ex in extract_many(docs)] == ["b", "a", "c"]


def test_temporal_tagger_runs_once_per_document() -> None:
    """The pipeline asks the temporal tagger once per document, whatever the text holds."""
    from diplotimeline.extract.temporal import default_tagger

    real = default_tagger()
    calls: list[str] = []

    class CountingTagger:
        def tag(self, text: str, published: PartialDate | None, **options: object) -> object:
            calls.append(text)
            return real.tag(text, published, **options)  # type: ignore[arg-type]

    text = "Peru and Chile signed a treaty on May 2. Ortega will visit Chile next week."
    documents = [
        Document(id=f"d{n}", text=text, published=PartialDate(2031, 5, 1)) for n in range(3)
    ]
    list(extract_many(documents, tagger=CountingTagger()))  # type: ignore[arg-type]
    assert len(calls) == 3


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """Seed articles, two hand-written ones and generated news (about 60 documents)."""
    from diplotimeline.extract.document import load_documents
    from diplotimeline.extract.sources import synthetic_documents

    seeds = Path(__file__).resolve().parents[2] / "seeds" / "metadata.json"
    own = [
        Document(id="own-1", text="Ghanaian President Kofi Mensah visited Rabat on 4 March."),
        Document(id="own-2", text="Estonia and Finland signed a ferry agreement in 2029."),
    ]
    return [*load_documents(seeds), *own, *synthetic_documents(50, seed=4)]


class TestExtractMany:
    """extract_many on several processes: same results, bounded read-ahead, clear errors."""

    @pytest.mark.parametrize(("workers", "chunk_size"), [(2, 1), (2, 7), (None, 16), (3, 64)])
    def test_parallel_equals_serial(
        self, documents: list[Document], workers: int | None, chunk_size: int
    ) -> None:
        """Any number of workers and chunk size gives the serial extractions, in input order."""
        serial = list(extract_many(documents, workers=1))
        parallel = list(extract_many(documents, workers=workers, chunk_size=chunk_size))
        assert serial == parallel

    def test_input_order_does_not_change_results(self, documents: list[Document]) -> None:
        """Reversing the input reverses the output and changes nothing else."""
        forward = list(extract_many(documents, workers=2, chunk_size=5))
        backward = list(extract_many(documents[::-1], workers=2, chunk_size=9))
        assert forward == backward[::-1]

    def test_reads_ahead_a_bounded_amount(self) -> None:
        """Only a few chunks are read before the first extraction comes out."""
        from diplotimeline.extract.sources import synthetic_documents

        consumed = 0

        def feed() -> Iterator[Document]:
            nonlocal consumed
            for document in synthetic_documents(5_000, seed=8):
                consumed += 1
                yield document

        extractions = extract_many(feed(), workers=2, chunk_size=4)
        next(extractions)
        extractions.close()
        assert consumed <= (2 * 2 + 1) * 4

    def test_bad_arguments_raise_at_the_call(self) -> None:
        """A worker count below one raises when extract_many is called, before iteration."""
        with pytest.raises(UsageError, match="workers"):
            extract_many([], workers=0)

    @pytest.mark.skipif(not FORK, reason="needs the fork start method")
    def test_failure_names_the_document(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """With workers, a failing document raises an InputError naming it and the cause."""
        from diplotimeline.extract import batch as batch_module

        def failing(document: Document, **options: object) -> object:
            if document.id == "d5":
                raise ZeroDivisionError("division by zero")
            return extract(document, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(batch_module, "extract", failing)
        documents = [Document(id=f"d{n}", text="Peru and Chile met.") for n in range(12)]
        found = extract_many(documents, workers=2, chunk_size=2, start_method="fork")
        with pytest.raises(InputError, match=r"d5 \(input #5\): ZeroDivisionError: division"):
            list(found)


def test_extract_dates_the_tenure_the_text_states() -> None:
    """A role gets its tenure from "who took office in <date>", at the text's precision."""
    text = (
        "Chilean President Gabriel Boric, who took office in March 2022, met Norwegian "
        "Prime Minister Jonas Gahr Store in Oslo on Monday."
    )
    result = extract(Document(id="t", text=text, published=PartialDate(2024, 6, 12)))
    people = {actor.name: actor for actor in result.actors if isinstance(actor, Person)}
    assert DateSpan.parse_iso("2022-03/..") == people["Gabriel Boric"].roles[0].tenure
    assert None is people["Jonas Gahr Store"].roles[0].tenure
