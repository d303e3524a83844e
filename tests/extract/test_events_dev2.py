"""Second development event corpus: ten diplomatic articles that the extractor is tuned on.

The articles in ``data/events_dev2/`` were written for these tests in ten styles (a foreign
ministry's call readout with numbered paragraphs and times in Tbilisi time, an AP-style wire, a
parliamentary committee's statement on a ratification, a Mekong River Commission programme with
times in Indochina Time and GMT, a summit live blog, an interview with the Andean Community's
Secretary-General, a press-conference transcript, a short agency brief whose headline announces a
visit, a joint communique on a state visit, an analysis recalling Arctic Council agreements since
1991) about other regions, people and years (2027-2033) than the seeds and the earlier corpora.
``gold.json`` was written completely BEFORE the extractor was first run on them (see the folder's
README.md, which records its SHA-256 and the one fix made after that run).

This is a DEVELOPMENT corpus: unlike the blind corpora, its articles, gold and per-sentence misses
may be read and tuned on. Its figures say how the extractor does on text it has been tuned on, not
on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the first-run
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev2.py -p no:randomly``.

First run (branch corpus-8 at a460e5d, 2026-11-23): events loose F1 0.679 (P 0.826, R 0.576),
strict 0.464, dates 0.642 (43 of 67), merge 0.897, actors 0.877. The merge figure reaches issue 5's
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

DEV2 = Path(__file__).resolve().parent / "data" / "events_dev2"

# The figures, rounded down to 0.01 (raise them as the extractor improves).
# After session 8: loose 0.816, strict 0.735, dates 0.890, merge 0.980, actors 0.944.
FLOOR_LOOSE = 0.81
FLOOR_STRICT = 0.73
FLOOR_DATES = 0.89
FLOOR_MERGE = 0.98
FLOOR_ACTORS = 0.94


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return scored_report(DEV2, "dev2")


class TestDev2Events:
    def test_event_f1_loose(self, report: EvaluationReport) -> None:
        """Event F1 regardless of dates; first run 0.679 (target 0.85)."""
        assert report.events.loose.f1 >= min(TARGET_LOOSE, FLOOR_LOOSE)

    def test_event_f1_strict(self, report: EvaluationReport) -> None:
        """Event F1 with the gold dates; first run 0.464 (target 0.70)."""
        assert report.events.strict.f1 >= min(TARGET_STRICT, FLOOR_STRICT)

    def test_date_accuracy(self, report: EvaluationReport) -> None:
        """Share of matched dated events whose dates equal the gold; first run 43 of 67 (0.642)."""
        assert report.events.dates.value >= FLOOR_DATES

    def test_merge_f1(self, report: EvaluationReport) -> None:
        """Merging of the four article groups; first run 0.897 (target 0.80, reached: asserted)."""
        assert report.merge.f1 >= min(TARGET_MERGE, FLOOR_MERGE)

    def test_actor_f1(self, report: EvaluationReport) -> None:
        """People, countries and organisations; first run 0.877 (no target in issue 5)."""
        assert report.actors.f1 >= FLOOR_ACTORS


class TestDev2Corpus(BlindCorpusChecks):
    folder = DEV2
    words = (250, 500)
