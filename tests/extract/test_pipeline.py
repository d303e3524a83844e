"""Tests of the extraction pipeline, including the golden files under tests/golden.

Golden files: ``tests/golden/<case>.txt`` is an article and ``<case>.json`` the expected
extraction in the ``diplotimeline-gold/1`` format; ``cases.json`` gives each case's
published date. Set ``DIPLOTIMELINE_UPDATE_GOLDEN=1`` to rewrite the expected files, then
review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from diplotimeline.eval.gold import dump_gold
from diplotimeline.eval.predict import extraction_to_gold
from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract, extract_many
from diplotimeline.model import Document, Meeting, Status
from diplotimeline.time import PartialDate

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CASES: dict[str, str | None] = json.loads((GOLDEN / "cases.json").read_text(encoding="utf-8"))[
    "cases"
]
UPDATE = os.environ.get("DIPLOTIMELINE_UPDATE_GOLDEN") == "1"


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
