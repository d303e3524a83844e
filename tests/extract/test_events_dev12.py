"""Twelfth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev12/`` were written for these tests in ten news styles (an agency
wire on a head of state's arrival, a regional daily's roundup of reactions with capitals as
paragraph heads, a correspondent's "one year on" piece, agency stories on an appointment, on
stalled negotiations, on a shipping accident, on the summons of an ambassador and on divisions at
a summit's close, a correspondent's dispatch from a river convoy, an island paper's report on a
budget speech) about other regions, people and years (2069-2072) than the seeds and the earlier
corpora: the Economic Cooperation Organization; the Conference on Interaction and
Confidence-Building Measures in Asia; the Danube Commission; the Alliance of Small Island States.
``gold.json`` was written completely BEFORE the extractor was first run on them (see the folder's
README.md, which records its SHA-256 and the first run's misses by cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is a little below
the first-run figure: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev12.py -p no:randomly``.

First run (main at 8873361, session 17, 2026-11-25; the extractor as session 16 left it):
events loose F1 0.676 (P 0.855, R 0.560), strict 0.489, dates 0.705 (31 of 44), merge 0.800,
actors 0.940. Issue 5's merge target is reached (just), not the event targets.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV12 = Path(__file__).resolve().parent / "data" / "events_dev12"


class TestDev12Events(ScoreFloors):
    folder = DEV12
    label = "dev12"
    # The first run's figures (8873361): loose 0.6763, strict 0.4892, dates 0.7045 (31 of 44),
    # merge 0.8000, actors 0.9401. The floors sit a little below.
    # After acts-23 (session 17: agreements, initiatives and actors): loose 0.7755, strict
    # 0.5714, dates 0.7170 (38 of 53), merge 0.8000, actors 0.9862.
    # Session 17 (meets-23): loose 0.8343, strict 0.6488, dates 0.7627 (45 of 59), merge 0.8649,
    # actors 0.9401 (meetings named by a noun phrase in a clause, a bare round's subject, a
    # summit in a city and in its country folded, a ministers' meeting with its day, a visit
    # in the possessive, a session called by a body in apposition, a body's ministers that
    # receive something, a planned meeting named by its topic, a next summit dated).
    # acts-23 and meets-23 merged: loose 0.906, strict 0.704, dates 0.761, merge 0.851,
    # actors 0.986. The floors sit a little below.
    # Session 17 (dates-21): strict 0.6190, dates 0.9091 (40 of 44), merge 0.8889.
    # acts-23, meets-23 and dates-21 merged: loose 0.906, strict 0.855, dates 0.940, merge
    # 0.875, actors 0.986. The floors sit a little below.
    # Session 17 (verbs-23): loose 0.7895, strict 0.6184, dates 0.7719 (44 of 57), merge 0.8387,
    # actors 0.9401 (meetings and visits told by a verb: "last met", a body's seat in
    # apposition and "has met twice since", the next summit, a summons, a courtesy call, a
    # further round, a session held, ministers a text is presented to).
    # All four merged (session 17; tuned on, no longer a measurement): loose 0.970, strict
    # 0.911, dates 0.935, merge 0.889, actors 0.986. The floors sit a little below.
    loose = 0.95
    strict = 0.89
    dates = 0.92
    merge = 0.87
    actors = 0.97


class TestDev12Corpus(BlindCorpusChecks):
    folder = DEV12
    words = (360, 385)
