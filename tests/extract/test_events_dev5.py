"""Fifth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev5/`` were written for these tests in ten styles not used by the
earlier corpora (a "KEY DATES" backgrounder with bullet history, a foreign ministry's press
release translated from Spanish, a former ambassador's op-ed, an Ethiopian News Agency-style
report with honorific sentences, a UN spokesperson's noon briefing transcript, a summit's list of
decisions and declarations adopted, a prime minister's office readout of a phone call, a
newsletter's "In brief" digest, a Q&A interview with a foreign minister, a parliamentary
committee report with numbered paragraphs) about other regions, people and years (2041-2044)
than the seeds and the earlier corpora: Mercosur, Uruguay, Argentina, Paraguay and Bolivia; the
African Union, Ethiopia and the United Nations; the Nordic Council, Finland and Iceland; the
Indian Ocean Rim Association, Mauritius and South Africa. ``gold.json`` was written completely
BEFORE the extractor was first run on them (see the folder's README.md, which records its
SHA-256 and the first run's misses by cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the first-run
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev5.py -p no:randomly``.

First run (branch corpus-11 at f1079a7, 2026-11-24): events loose F1 0.679 (P 0.806, R 0.586),
strict 0.480 (P 0.570, R 0.414), dates 0.691 (47 of 68), merge 0.650 (P 0.867, R 0.520), actors
0.877 (P 0.855, R 0.901). None of issue 5's targets is reached.
After the run two optional organisation actors left out by mistake were added to the gold (see
the README): actors 0.885, every other figure unchanged.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV5 = Path(__file__).resolve().parent / "data" / "events_dev5"


class TestDev5Events(ScoreFloors):
    folder = DEV5
    label = "dev5"
    # The first run's figures, rounded down to 0.01: loose 0.6787, strict 0.4796, dates 0.6912
    # (47 of 68), merge 0.6500 (13 pairs found, 2 wrong, 12 missed), actors 0.8772 (0.8850 with
    # the two actor fixes listed in the README).
    # After session 11's rules (some written while reading this corpus, so no longer blind
    # figures): loose 0.705, strict 0.520, dates 0.726, merge 0.681.
    # Session 13 (dates-15, event dates; tuned on this corpus): loose 0.759, strict 0.641,
    # dates 0.831 (69 of 83), merge 0.727, actors 0.885.
    # Session 15 (events-15, recognition rules tested on other sentences), with dates-15:
    # loose 0.800, strict 0.681, dates 0.835, merge 0.737, actors 0.885.
    # Session 13 (events-17): loose 0.810, strict 0.692, dates 0.839 (73 of 87), merge 0.746,
    # actors 0.885.
    # Session 14-15 (events-18): loose 0.810, strict 0.700, dates 0.851, merge 0.746, actors
    # 0.885.
    # Session 16 (dates-20, an initialling clause no longer dates the signing): strict 0.752,
    # dates 0.882 (82 of 93), every other figure unchanged (loose 0.843, merge 0.800).
    # End of session 16 (main, every branch merged): loose 0.852, strict 0.762, dates 0.884,
    # merge 0.800, actors 0.890.
    # Session 17 (dates-21, talks "On the margins," of the summit to come): strict 0.770,
    # dates 0.895 (85 of 95).
    # The floors sit a little below.
    loose = 0.83
    strict = 0.75
    dates = 0.87
    merge = 0.78
    actors = 0.88


class TestDev5Corpus(BlindCorpusChecks):
    folder = DEV5
    words = (300, 500)
