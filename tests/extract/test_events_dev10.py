"""Tenth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev10/`` were written for these tests in ten ordinary news styles
(a summit preview, a newspaper's report on a summit's second day, a regional daily's report on a
visit, a profile of an envoy, a press-conference report, an agency wire's UPDATE 1, a foreign
desk's analysis, a wire with a dateline, a summary of a communiqué, a weekly roundup) about
other regions, people and years (2061-2064) than the seeds and the earlier corpora: ECCAS,
Equatorial Guinea and Chad; the Community of Portuguese Language Countries; the Amazon
Cooperation Treaty Organization; the G20 under a Mexican presidency. ``gold.json`` was written
completely BEFORE the extractor was first run on them (see the folder's README.md, which
records its SHA-256 and the first run's misses by cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is a little below
the first-run figure: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev10.py -p no:randomly``.

First run (main at 39e869d, session 15, 2026-11-24; the extractor of sessions 14-15 without
branch cover-1): its ``--format gold`` output first held two actors with the id ``au``
(Australia and the African Union), which ``evaluate`` refuses; with the African Union's id
mended (output otherwise unchanged), events loose F1 0.611 (P 0.814, R 0.490), strict 0.318,
dates 0.511 (24 of 47), merge 0.857, actors 0.931. With branch cover-1 merged (fc7190f, which
had not seen the corpus either): loose 0.620, strict 0.329, dates 0.521, merge 0.857, actors
0.931. Only issue 5's merge target is reached.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV10 = Path(__file__).resolve().parent / "data" / "events_dev10"


class TestDev10Events(ScoreFloors):
    folder = DEV10
    label = "dev10"
    # The first run's figures with cover-1: loose 0.6200, strict 0.3287, dates 0.5208, merge
    # 0.8571, actors 0.9313. After dates-18 (session 15): loose 0.6242, strict 0.4968, dates
    # 0.7917, merge 0.9091, actors 0.9313. After events-20 alone (meetings of groups, bodies and
    # series): loose 0.7821, strict 0.5475, dates 0.6957, merge 0.8571, actors 0.9313.
    # dates-18 and events-20 merged (session 15): loose 0.7871, strict 0.6630, dates 0.8406,
    # merge 0.9474, actors 0.9313. After events-21 alone (persons, person meetings, visits,
    # agreements, initiatives): loose 0.7305, strict 0.4311, dates 0.5833, merge 0.8571, actors
    # 0.9779.
    # The three merged, with fix-20 (session 15): loose 0.8770, strict 0.7381, dates 0.8400,
    # merge 0.9333, actors 0.9779. The floors sit a little below.
    # End of session 16 (main, every branch merged): loose 0.894, strict 0.766, dates 0.855,
    # merge 0.939, actors 0.978.
    # The floors sit a little below.
    loose = 0.88
    strict = 0.75
    dates = 0.84
    merge = 0.92
    actors = 0.96


class TestDev10Corpus(BlindCorpusChecks):
    folder = DEV10
    words = (355, 385)
