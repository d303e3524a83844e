"""Eighth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev8/`` were written for these tests in ten styles not used by the
earlier corpora (a wire factbox before a summit, a news story on a leaked diplomatic cable, a
campus report on a former minister's lecture, a central bank's monetary policy statement, a
mining company's results call transcript, an official gazette notice on a treaty's entry into
force, a festival review, a "Diplomatic Diary" column, a city police notice of road closures, an
online encyclopedia entry) about other regions, people and years (2053-2056) than the seeds and
the earlier corpora: the Organisation of Islamic Cooperation, Malaysia and Senegal; BRICS, South
Africa and India; the Organization of the Black Sea Economic Cooperation, Bulgaria and Romania;
the Organization of Turkic States, Kazakhstan and Türkiye. ``gold.json`` was written completely
BEFORE the extractor was first run on them (see the folder's README.md, which records its SHA-256
and the first run's misses by cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is a little below
the first-run figure: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev8.py -p no:randomly``.

First run (branch corpus-14 at f571a9f, 2026-11-24): events loose F1 0.708 (P 0.755, R 0.667),
strict 0.442 (P 0.472, R 0.417), dates 0.625 (25 of 40), merge 0.667 (P 1.000, R 0.500), actors
0.923 (P 0.891, R 0.957). None of issue 5's targets is reached.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV8 = Path(__file__).resolve().parent / "data" / "events_dev8"


class TestDev8Events(ScoreFloors):
    folder = DEV8
    label = "dev8"
    # The first run's figures: loose 0.7080, strict 0.4425, dates 0.6250 (25 of 40), merge
    # 0.6667 (7 pairs found, none wrong, 7 missed), actors 0.9231. After tuning (session 13,
    # lead: an initiative's period told in the next sentence): strict 0.4602, dates 0.6500 (26
    # of 40), every other figure unchanged. Session 14-15 (events-18, tuned on this corpus: one
    # meeting named several ways folded, group and state-visit readers): loose 0.7679, strict
    # 0.5179, dates 0.6744 (29 of 43), merge 0.6957 (8 pairs found, none wrong, 7 missed),
    # actors 0.9231. The floors sit a little below them.
    # of 40), every other figure unchanged. The floors sit a little below them.
    # Session 14 (dates-17, event dates; rules tested on other sentences): loose 0.696,
    # strict 0.643, dates 0.923 (36 of 39), merge 0.737, actors 0.923; then ("the Rio summit"
    # told by its place) strict 0.661, dates 0.949 (37 of 39).
    # Merged in session 15 (events-18, events-19 and dates-17 together):
    # loose 0.757, strict 0.703, dates 0.929, merge 0.762, actors 0.923.
    # End of session 16 (main, every branch merged): loose 0.811, strict 0.757, dates 0.933,
    # merge 0.800, actors 0.923.
    # The floors sit a little below.
    loose = 0.79
    strict = 0.73
    dates = 0.91
    merge = 0.78
    actors = 0.90


class TestDev8Corpus(BlindCorpusChecks):
    folder = DEV8
    words = (310, 360)
