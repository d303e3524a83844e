"""Dev event corpus: six diplomatic articles written to tune the event rules on (issue 5).

The articles in ``data/events_dev/`` were written for these tests (a wire report, a ministry
press release with numbered paragraphs, a phone-call readout, a joint statement, a feature
recalling a treaty's stages, a regional summit chair's statement) about other countries,
organisations and years than the seeds and ``events_heldout``. ``gold.json`` beside them was
written completely BEFORE the extractor was first run on them (see the folder's README.md).
They exercise phrasings the first rules missed: groups as participants, delegation visits,
unnamed principals, Roman and spelled ordinals, initiatives named without an acronym,
commissions that are meetings rather than actors, dates in another sentence, stages.

The whole pipeline runs as the command line does (``extract --format gold --merge``), and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. The floors are the figures reached
after tuning, rounded down to 0.01 (the first run scored loose 0.815, strict 0.585, dates
0.714). Reproduce the figures with ``.venv/bin/pytest -s tests/extract/test_events_dev.py``.
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
from diplotimeline.timeline import Timeline

DEV = Path(__file__).resolve().parent / "data" / "events_dev"

# Issue 5's targets.
TARGET_LOOSE = 0.85
TARGET_STRICT = 0.70
TARGET_MERGE = 0.80


def score_dev() -> tuple[GoldCorpus, EvaluationReport]:
    """Extract, merge and score the held-out corpus, as ``extract --format gold --merge`` does."""
    gold = read_gold(DEV / "gold.json")
    extractions = list(extract_many(load_documents(DEV / "metadata.json"), workers=1))
    timeline = Timeline.from_extractions(extractions)
    clusters = {
        mention.event.id: entry.id for entry in timeline.entries for mention in entry.mentions
    }
    predicted = extraction_to_gold(extractions, clusters=clusters)
    return gold, evaluate(gold, predicted)


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    gold, result = score_dev()
    events = result.events
    print(
        f"\ndev events ({len(gold.documents)} documents): "
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


class TestDevEvents:
    def test_event_f1_loose(self, report: EvaluationReport) -> None:
        """Event F1 regardless of dates; first run 0.815, after tuning 0.909 (target 0.85)."""
        assert report.events.loose.f1 >= TARGET_LOOSE
        assert report.events.loose.f1 >= 0.90

    def test_event_f1_strict(self, report: EvaluationReport) -> None:
        """Event F1 with the gold dates; first run 0.585, after tuning 0.758 (target 0.70)."""
        assert report.events.strict.f1 >= TARGET_STRICT
        assert report.events.strict.f1 >= 0.75

    def test_date_accuracy(self, report: EvaluationReport) -> None:
        """Share of matched dated events whose dates equal the gold; first run 35 of 49."""
        assert report.events.dates.value >= 0.83

    def test_merge_f1(self, report: EvaluationReport) -> None:
        """No two distinct events of the corpus are merged (it has no shared clusters)."""
        assert report.merge.f1 >= TARGET_MERGE

    def test_actor_f1(self, report: EvaluationReport) -> None:
        """People, countries and organisations; first run 0.870, 0.970 once bodies of a
        relationship (joint commissions, working groups) were no longer taken for actors."""
        assert report.actors.f1 >= 0.96


class TestDevCorpus:
    def test_corpus_shape(self) -> None:
        """Six articles of 250-350 words, each with events; gold evidence quotes the text."""
        gold = read_gold(DEV / "gold.json")
        assert len(gold.documents) == 6
        for document in gold.documents:
            text = (DEV / document.file).read_text(encoding="utf-8")
            assert 250 <= len(text.split()) <= 360, document.id
            assert document.events, document.id
            for event in document.events:
                assert event.evidence in text, (document.id, event.id)

    def test_metadata_matches_gold(self) -> None:
        """The metadata lists the gold's documents with the same published dates."""
        gold = read_gold(DEV / "gold.json")
        metadata = json.loads((DEV / "metadata.json").read_text(encoding="utf-8"))
        assert metadata["format"] == "diplotimeline-seeds/1"
        assert [(d["id"], d["published"]) for d in metadata["documents"]] == [
            (d.id, d.published) for d in gold.documents
        ]
