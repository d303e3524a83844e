"""Third blind event corpus: ten diplomatic articles kept for an honest end-of-session measurement.

The articles in ``data/events_blind3/`` were written for these tests in ten different styles (a
presidential call readout with times in GMT, a dpa-style wire, a joint statement and a summit
chair's statement with numbered paragraphs, a parliamentary ratification item in ANDINA style, a
short NNT-style brief, a CARICOM communique, an interview, a ministry press release, an analysis
recalling treaties and summits since 1980) about other countries, people and years (2019-2031)
than the seeds and the two earlier corpora (``data/events_heldout/``, ``data/events_blind/``).
``gold.json`` was written completely BEFORE the extractor was first run on them (see the
folder's README.md, which records its SHA-256). Nobody tunes the extractor on this corpus: read
its figures, not its per-sentence misses.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the blind
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_blind3.py -p no:randomly``.

Blind figures (first run, HEAD 8026535, 2026-11-23): events loose F1 0.776 (P 0.830, R 0.728),
strict 0.458, dates 0.592 (45 of 76), merge 0.818, actors 0.884. The merge figure reaches issue 5's
target; the event figures do not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotimeline.eval.gold import GoldCorpus, GoldEventKind, read_gold
from diplotimeline.eval.predict import extraction_to_gold
from diplotimeline.eval.report import EvaluationReport
from diplotimeline.eval.scoring import evaluate
from diplotimeline.extract.document import load_documents
from diplotimeline.extract.pipeline import extract_many
from diplotimeline.model import Extraction
from diplotimeline.timeline import Timeline

BLIND = Path(__file__).resolve().parent / "data" / "events_blind3"

# Issue 5's targets.
TARGET_LOOSE = 0.85
TARGET_STRICT = 0.70
TARGET_MERGE = 0.80

# The blind figures of the first run, rounded down to 0.01 (raise them as the extractor improves).
FLOOR_LOOSE = 0.77
FLOOR_STRICT = 0.48
FLOOR_DATES = 0.63
FLOOR_MERGE = 0.86
FLOOR_ACTORS = 0.88


def _extract() -> list[Extraction]:
    return list(extract_many(load_documents(BLIND / "metadata.json"), workers=1))


def score_blind() -> tuple[GoldCorpus, EvaluationReport]:
    """Extract, merge and score the corpus, as ``extract --format gold --merge`` does."""
    gold = read_gold(BLIND / "gold.json")
    extractions = _extract()
    timeline = Timeline.from_extractions(extractions)
    clusters = {
        mention.event.id: entry.id for entry in timeline.entries for mention in entry.mentions
    }
    predicted = extraction_to_gold(extractions, clusters=clusters)
    return gold, evaluate(gold, predicted)


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    gold, result = score_blind()
    events = result.events
    print(
        f"\nblind3 events ({len(gold.documents)} documents): "
        f"loose F1 {events.loose.f1:.3f} "
        f"(P {events.loose.precision:.3f} R {events.loose.recall:.3f}), "
        f"strict F1 {events.strict.f1:.3f}, dates {events.dates.value:.3f}, "
        f"actors F1 {result.actors.f1:.3f}, merge F1 {result.merge.f1:.3f}"
    )
    for kind in GoldEventKind:
        scores = result.event_scores(kind)
        print(
            f"  {kind.value:<10} loose F1 {scores.loose.f1:.3f}  strict F1 {scores.strict.f1:.3f}"
            f"  dates {scores.dates.value:.3f}"
        )
    return result


class TestBlind3Events:
    def test_event_f1_loose(self, report: EvaluationReport) -> None:
        """Event F1 regardless of dates; blind 0.776 (target 0.85)."""
        assert report.events.loose.f1 >= min(TARGET_LOOSE, FLOOR_LOOSE)

    def test_event_f1_strict(self, report: EvaluationReport) -> None:
        """Event F1 with the gold dates; blind 0.458, after session 4 0.488 (target 0.70)."""
        assert report.events.strict.f1 >= min(TARGET_STRICT, FLOOR_STRICT)

    def test_date_accuracy(self, report: EvaluationReport) -> None:
        """Share of matched dated events whose dates equal the gold.

        Blind 45 of 76 (0.592); after session 4, 0.632.
        """
        assert report.events.dates.value >= FLOOR_DATES

    def test_merge_f1(self, report: EvaluationReport) -> None:
        """Merging of the three article groups; blind 0.818 (target 0.80, reached: asserted)."""
        assert report.merge.f1 >= min(TARGET_MERGE, FLOOR_MERGE)

    def test_actor_f1(self, report: EvaluationReport) -> None:
        """People, countries and organisations; blind 0.884 (no target in issue 5)."""
        assert report.actors.f1 >= FLOOR_ACTORS


class TestBlind3Export:
    def test_gold_export_of_every_document(self) -> None:
        """``extract --format gold`` writes every document of the corpus."""
        corpus = extraction_to_gold(_extract())
        assert len(corpus.documents) == 10


class TestBlind3Corpus:
    def test_corpus_shape(self) -> None:
        """Ten articles of 250-700 words, each with events; gold evidence quotes the text."""
        gold = read_gold(BLIND / "gold.json")
        assert len(gold.documents) == 10
        for document in gold.documents:
            text = (BLIND / document.file).read_text(encoding="utf-8")
            assert 250 <= len(text.split()) <= 700, document.id
            assert document.events, document.id
            for event in document.events:
                assert event.evidence in text, (document.id, event.id)

    def test_participants_are_actors(self) -> None:
        """Every event participant is one of its document's gold actors."""
        gold = read_gold(BLIND / "gold.json")
        for document in gold.documents:
            actor_ids = {actor.id for actor in document.actors}
            for event in document.events:
                assert set(event.participants) <= actor_ids, (document.id, event.id)

    def test_clusters_cross_documents(self) -> None:
        """At least three groups of articles share events (the merge test needs them)."""
        gold = read_gold(BLIND / "gold.json")
        documents_of: dict[str, set[str]] = {}
        for document in gold.documents:
            for event in document.events:
                if not event.optional:
                    documents_of.setdefault(event.cluster, set()).add(document.id)
        shared = {frozenset(ids) for ids in documents_of.values() if len(ids) > 1}
        groups = {min(ids) for ids in shared}
        assert len(groups) >= 3

    def test_metadata_matches_gold(self) -> None:
        """The metadata lists the gold's documents with the same published dates."""
        gold = read_gold(BLIND / "gold.json")
        metadata = json.loads((BLIND / "metadata.json").read_text(encoding="utf-8"))
        assert metadata["format"] == "diplotimeline-seeds/1"
        assert [(d["id"], d["published"]) for d in metadata["documents"]] == [
            (d.id, d.published) for d in gold.documents
        ]
