"""Blind event corpus: ten diplomatic articles kept for the final, honest measurement.

The articles in ``data/events_blind/`` were written for these tests (wire reports in Reuters,
Xinhua, Anadolu and AFP styles, a ministry press release, a call readout, a joint communique,
an interview, a live blog, a brief, an analysis recalling many past agreements) about other
countries, people and years than the seeds and the first held-out corpus
(``data/events_heldout/``). ``gold.json`` was written completely BEFORE the extractor was first
run on them (see the folder's README.md, which records its SHA-256). Nobody tunes the extractor
on this corpus: read its figures, not its per-sentence misses.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet
reach issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the
blind figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures
with ``.venv/bin/pytest -s tests/extract/test_events_blind.py``.

At the time of the blind run ``--format gold`` failed on this corpus: a local time without a
UTC offset ("4:30 p.m. ... (Korea Standard Time)") was written as such, which the gold format
refuses. The gold writer now keeps such a time's day (``format_point``);
``test_gold_export_of_every_document`` checks it.

Blind figures (HEAD 74bd05d, before any tuning): loose 0.613, strict 0.342, dates 0.519, merge
0.720, actors 0.898. After the event frames of session 3 (the rules were written on
``events_heldout``, never on this corpus): loose 0.703, strict 0.502, dates 0.662, merge 0.718.
Unblinded in session 6 (a development corpus since; see the README).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract._corpora import (
    TARGET_LOOSE,
    TARGET_MERGE,
    TARGET_STRICT,
    BlindCorpusChecks,
    scored_report,
)

from diplotimeline.eval.report import EvaluationReport

BLIND = Path(__file__).resolve().parent / "data" / "events_blind"


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return scored_report(BLIND, "blind")


class TestBlindEvents:
    def test_event_f1_loose(self, report: EvaluationReport) -> None:
        """Event F1 regardless of dates; blind 0.613, session 6 0.751, session 7 0.831
        (target 0.85)."""
        # Above issue 5's target since session 10 (tuned on it: a development corpus).
        assert report.events.loose.f1 >= TARGET_LOOSE  # session 10: 0.903
        assert report.events.loose.f1 >= 0.90

    def test_event_f1_strict(self, report: EvaluationReport) -> None:
        """Event F1 with the gold dates; blind 0.342, session 6 0.638, session 7 0.729
        (target 0.70)."""
        # Above issue 5's target since session 7 (tuned on it: a development corpus).
        assert report.events.strict.f1 >= TARGET_STRICT  # session 10: 0.879
        assert report.events.strict.f1 >= 0.87

    def test_date_accuracy(self, report: EvaluationReport) -> None:
        """Share of matched dated events whose dates equal the gold; blind 28 of 54, session 6
        61 of 74, session 7 74 of 86, session 10 0.968 (no target)."""
        assert report.events.dates.value >= 0.96

    def test_merge_f1(self, report: EvaluationReport) -> None:
        """Merging of the three article groups; blind 0.720, session 6 0.881, session 7 0.875
        (target 0.80)."""
        assert report.merge.f1 >= TARGET_MERGE

    def test_actor_f1(self, report: EvaluationReport) -> None:
        """People, countries and organisations; blind 0.898, now 0.934 (no target in issue 5)."""
        assert report.actors.f1 >= 0.93


class TestBlindCorpus(BlindCorpusChecks):
    folder = BLIND
