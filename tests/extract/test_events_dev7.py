"""Seventh development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev7/`` were written for these tests in ten styles not used by the
earlier corpora (an election-night report on a president-elect's foreign policy, a wire story on
a human-rights court's judgment touching a treaty, a letter to the editor, a company's press
release on deals signed during a state visit, a podcast's episode notes with time codes, a
ministry's weekly schedule email, a translated press review, a parliament's record of a
ratification debate, a navy's port-call press release, a sports-diplomacy feature) about other
regions, people and years (2049-2052) than the seeds and the earlier corpora: the Organization of
American States and Chile; the Shanghai Cooperation Organisation, Uzbekistan and Kyrgyzstan; the
Visegrád Group; the East African Community, Kenya and Tanzania. ``gold.json`` was written
completely BEFORE the extractor was first run on them (see the folder's README.md, which records
its SHA-256 and the first run's misses by cause).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is a little below
the first-run figure: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev7.py -p no:randomly``.

First run (branch corpus-13 at ba50ab6, 2026-11-24): events loose F1 0.677 (P 0.849, R 0.562),
strict 0.421 (P 0.528, R 0.350), dates 0.628 (27 of 43), merge 0.750 (P 1.000, R 0.600), actors
0.885 (P 0.900, R 0.871). None of issue 5's targets is reached.
After the run one optional organ actor was added to two documents and an alias to a third (see
the README): actors 0.889, every other figure unchanged.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV7 = Path(__file__).resolve().parent / "data" / "events_dev7"


class TestDev7Events(ScoreFloors):
    folder = DEV7
    label = "dev7"
    # The first run's figures: loose 0.6767, strict 0.4211, dates 0.6279 (27 of 43), merge
    # 0.7500 (6 pairs found, none wrong, 4 missed), actors 0.8852 (0.8889 with the fix listed
    # in the README). After tuning (events-16): loose 0.8718, strict 0.6026, dates 0.6970 (46 of
    # 66), merge 0.8276 (12 pairs found, none wrong, 5 missed), actors 0.8934. Session 13
    # (events-17): loose 0.8790, strict 0.6115, dates 0.7015 (47 of 67), merge 0.8387 (13 pairs
    # found, none wrong, 5 missed), actors 0.8934. With dates-16 as well: strict 0.7134, dates
    # 0.8209 (55 of 67), every other figure unchanged. The floors sit a little below them.
    # Session 16 (dates-20, programme items told by a sentence under day headings): loose
    # 0.899, strict 0.759, dates 0.855 (59 of 69), merge 0.882, actors 0.902.
    loose = 0.88
    strict = 0.74
    dates = 0.84
    merge = 0.86
    actors = 0.87


class TestDev7Corpus(BlindCorpusChecks):
    folder = DEV7
    words = (400, 460)
