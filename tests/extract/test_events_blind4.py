"""Fourth blind event corpus: ten diplomatic articles kept for an honest end-of-session measurement.

The articles in ``data/events_blind4/`` were written for these tests in ten styles (a presidential
call readout with times in Astana time and GMT, Reuters-, AFP- and EFE-style wires, a ministry press
release and a joint statement with numbered paragraphs, a short business-wire brief, a Pacific
Islands Forum Secretariat programme with times in Vanuatu time and GMT, an interview, an analysis
recalling Nordic treaties and plans since 1954) about other countries, people and years (2027-2031)
than the seeds and the earlier corpora. ``gold.json`` was written completely BEFORE the extractor
was first run on them (see the folder's README.md, which records its SHA-256). Nobody tunes the
extractor on this corpus: read its figures, not its per-sentence misses.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the blind
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_blind4.py -p no:randomly``.

Blind figures (first run, HEAD 622f76a, 2026-11-23): events loose F1 0.779 (P 0.862, R 0.711),
strict 0.433, dates 0.533 (40 of 75), merge 0.882, actors 0.932. The merge figure reaches issue 5's
target; the event figures do not.
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

BLIND = Path(__file__).resolve().parent / "data" / "events_blind4"

# The blind figures, rounded down to 0.01 (raise them as the extractor improves).
FLOOR_LOOSE = 0.80  # after session 8 (loose 0.804, strict 0.486, dates 0.588, merge 0.895)
FLOOR_STRICT = 0.48
FLOOR_DATES = 0.58
FLOOR_MERGE = 0.89
FLOOR_ACTORS = 0.93


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return scored_report(BLIND, "blind4")


class TestBlind4Events:
    def test_event_f1_loose(self, report: EvaluationReport) -> None:
        """Event F1 regardless of dates; blind 0.779 (target 0.85)."""
        assert report.events.loose.f1 >= min(TARGET_LOOSE, FLOOR_LOOSE)

    def test_event_f1_strict(self, report: EvaluationReport) -> None:
        """Event F1 with the gold dates; blind 0.433 (target 0.70)."""
        assert report.events.strict.f1 >= min(TARGET_STRICT, FLOOR_STRICT)

    def test_date_accuracy(self, report: EvaluationReport) -> None:
        """Share of matched dated events whose dates equal the gold; blind 40 of 75 (0.533)."""
        assert report.events.dates.value >= FLOOR_DATES

    def test_merge_f1(self, report: EvaluationReport) -> None:
        """Merging of the four article groups; blind 0.882 (target 0.80, reached: asserted)."""
        assert report.merge.f1 >= min(TARGET_MERGE, FLOOR_MERGE)

    def test_actor_f1(self, report: EvaluationReport) -> None:
        """People, countries and organisations; blind 0.932 (no target in issue 5)."""
        assert report.actors.f1 >= FLOOR_ACTORS


class TestBlind4Corpus(BlindCorpusChecks):
    folder = BLIND
    words = (300, 500)
