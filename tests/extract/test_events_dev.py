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

from pathlib import Path

import pytest
from tests.extract._corpora import (
    TARGET_LOOSE,
    TARGET_MERGE,
    TARGET_STRICT,
    check_metadata_matches_gold,
    check_shape,
    scored_report,
)

from diplotimeline.eval.report import EvaluationReport

DEV = Path(__file__).resolve().parent / "data" / "events_dev"


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return scored_report(DEV, "dev")


class TestDevEvents:
    def test_event_f1_loose(self, report: EvaluationReport) -> None:
        """Event F1 regardless of dates; first run 0.815, after tuning 0.910, session 7 0.919,
        session 13 0.941 (target 0.85)."""
        assert report.events.loose.f1 >= TARGET_LOOSE
        assert report.events.loose.f1 >= 0.94

    def test_event_f1_strict(self, report: EvaluationReport) -> None:
        """Event F1 with the gold dates; first run 0.585, after tuning 0.776, session 7 0.785,
        session 13 0.882 (target 0.70)."""
        assert report.events.strict.f1 >= TARGET_STRICT
        assert report.events.strict.f1 >= 0.88

    def test_date_accuracy(self, report: EvaluationReport) -> None:
        """Share of matched dated events whose dates equal the gold; first run 35 of 49, now
        50 of 58."""
        assert report.events.dates.value >= 0.85

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
        check_shape(DEV, 6, (250, 360))

    def test_metadata_matches_gold(self) -> None:
        """The metadata lists the gold's documents with the same published dates."""
        check_metadata_matches_gold(DEV)
