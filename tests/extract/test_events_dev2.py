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

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV2 = Path(__file__).resolve().parent / "data" / "events_dev2"


class TestDev2Events(ScoreFloors):
    folder = DEV2
    label = "dev2"
    # Session 8's figures, rounded down to 0.01:
    # loose 0.816, strict 0.735, dates 0.890, merge 0.980, actors 0.944.
    loose = 0.89
    strict = 0.84  # session 10: loose 0.898, strict 0.850, dates 0.949, merge 0.967, actors 0.953
    dates = 0.94
    merge = 0.96
    actors = 0.95


class TestDev2Corpus(BlindCorpusChecks):
    folder = DEV2
    words = (250, 500)
