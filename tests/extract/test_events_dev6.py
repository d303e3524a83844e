"""Sixth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev6/`` were written for these tests in ten styles not used by the
earlier corpora (a minister's opening statement as prepared for delivery, a foreign ministry's
thread of social-media posts, a review of a former Secretary General's memoir, a host ministry's
media advisory for a summit, an explainer in questions and answers, a markets wire, a city daily's
feature on a summit's road closures, a diplomat's obituary, an open letter of civil-society
organisations, a radio news bulletin transcript) about other regions, people and years
(2045-2048) than the seeds and the earlier corpora: the Council of Europe, Portugal and Romania;
the League of Arab States, Morocco and Egypt; La Francophonie and the Republic of Moldova; the
Commonwealth and Cyprus. ``gold.json`` was written completely BEFORE the extractor was first run
on them (see the folder's README.md, which records its SHA-256 and the first run's misses by
cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is a little below
the first-run figure: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev6.py -p no:randomly``.

First run (branch corpus-12 at 2cbb5b0, 2026-11-24): events loose F1 0.699 (P 0.773, R 0.637),
strict 0.373 (P 0.413, R 0.341), dates 0.526 (30 of 57), merge 0.769 (P 1.000, R 0.625), actors
0.889 (P 0.884, R 0.894). None of issue 5's targets is reached.
After the run one person's name was corrected in the gold (see the README): actors 0.901, every
other figure unchanged.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV6 = Path(__file__).resolve().parent / "data" / "events_dev6"


class TestDev6Events(ScoreFloors):
    folder = DEV6
    label = "dev6"
    # The first run's figures: loose 0.6988, strict 0.3735, dates 0.5263 (30 of 57), merge
    # 0.7692 (15 pairs found, none wrong, 9 missed), actors 0.8889 (0.9006 with the name fix
    # listed in the README). The floors sit a little below them.
    # Session 13 (dates-15, event dates; tuned on this corpus): loose 0.719, strict 0.515,
    # dates 0.712 (42 of 59), merge 0.857, actors 0.901.
    # Session 15 (events-15, recognition rules tested on other sentences), with dates-15:
    # loose 0.762, strict 0.571, dates 0.746, merge 0.864, actors 0.901.
    # Session 14-15 (events-18): loose 0.781, strict 0.580, dates 0.738, merge 0.870, actors
    # 0.907.
    # Session 14 (dates-17, event dates; "expected for the summit on Saturday and Sunday"):
    # loose 0.769, strict 0.580, dates 0.750 (48 of 64), merge 0.870, actors 0.907.
    # Merged in session 15 (events-18, events-19 and dates-17 together):
    # loose 0.793, strict 0.604, dates 0.758, merge 0.870, actors 0.907.
    # End of session 16 (main, every branch merged): loose 0.824, strict 0.624, dates 0.754,
    # merge 0.870, actors 0.920.
    # The floors sit a little below.
    loose = 0.80
    strict = 0.60
    dates = 0.74
    merge = 0.85
    actors = 0.90


class TestDev6Corpus(BlindCorpusChecks):
    folder = DEV6
    words = (380, 450)
