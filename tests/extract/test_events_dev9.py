"""Ninth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev9/`` were written for these tests in ten styles not used by the
earlier corpora (a relief cell's situation report on a cyclone, a state protocol notice of the
order of arrivals at a summit, a fact-check of a politician's claims, a chamber of commerce's
members' bulletin, an auction catalogue's lot note, an international secretariat's vacancy
notice, a school's newsletter to parents, a hotel's notice to guests, a provincial legislature's
minutes, a weekend news quiz) about other regions, people and years (2057-2060) than the seeds
and the earlier corpora: the Indian Ocean Commission, Mauritius and Seychelles; the Pacific
Alliance, Peru and Chile; the Benelux Union; APEC, the Philippines and Canada. ``gold.json`` was
written completely BEFORE the extractor was first run on them (see the folder's README.md, which
records its SHA-256 and the first run's misses by cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is a little below
the first-run figure: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev9.py -p no:randomly``.

First run (branch corpus-15 at d4af910, 2026-11-24): events loose F1 0.753 (P 0.875, R 0.660),
strict 0.387 (P 0.450, R 0.340), dates 0.514 (18 of 35), merge 0.800 (P 1.000, R 0.667), actors
0.851 (P 0.938, R 0.779). Only issue 5's merge target is reached.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV9 = Path(__file__).resolve().parent / "data" / "events_dev9"


class TestDev9Events(ScoreFloors):
    folder = DEV9
    label = "dev9"
    # The first run's figures: loose 0.7527, strict 0.3871, dates 0.5143 (18 of 35), merge
    # 0.8000 (10 pairs found, none wrong, 5 missed), actors 0.8511. After events-19 (session
    # 14/15, tuned on this corpus): loose 0.7957, strict 0.4086, dates 0.5135 (19 of 37), merge
    # 0.8148 (11 found, none wrong, 5 missed), actors 0.9548. With the unnamed agreements
    # of session 15: loose 0.8211, strict 0.4421, dates 0.5385 (21 of 39), merge 0.8276 (12
    # found, none wrong, 5 missed), actors 0.9548; with "the diplomat NAME", actors 0.9620;
    # with "General Manager" no name, 0.9677; with languages no countries, 0.9804. With the
    # ministerial meeting named by its place: loose 0.8333, strict 0.4583, dates 0.5500. With
    # "the Joint Work Plan for 2061 to 2064": loose 0.8454, strict 0.4742, dates 0.5610 (23 of
    # 41), merge 0.8000 (12 found, none wrong, 6 missed).
    # The floors sit a little below.
    # 0.8000 (10 pairs found, none wrong, 5 missed), actors 0.8511. The floors sit a little
    # below them.
    # Session 14 (dates-17, event dates; rules tested on other sentences): strict 0.452,
    # dates 0.600 (21 of 35), every other figure unchanged.
    # Merged in session 15 (events-18, events-19 and dates-17 together):
    # loose 0.854, strict 0.542, dates 0.634, merge 0.800, actors 0.980.
    # Session 16 (dates-20, programme items told by a sentence under day headings): strict
    # 0.680, dates 0.767 (33 of 43), every other figure unchanged (loose 0.887); with "the
    # fund will only disburse from Y to Z": strict 0.701, dates 0.791 (34 of 43).
    loose = 0.83
    strict = 0.68
    dates = 0.77
    merge = 0.78
    actors = 0.96


class TestDev9Corpus(BlindCorpusChecks):
    folder = DEV9
    words = (330, 385)
