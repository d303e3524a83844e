"""Fourth development event corpus: ten diplomatic articles, measured blind once.

The articles in ``data/events_dev4/`` were written for these tests in ten styles not used by the
earlier corpora (a foreign ministry's press release announcing a visit with its day-by-day
programme, a live blog with timestamped entries, a Forum Chair's statement with numbered
paragraphs, a joint communiqué of heads of state, a Reuters-style wire with a "(Reporting by ...)"
tail, a regional newspaper's analysis, a UN-style "meetings coverage" summary of an OSCE Permanent
Council session, an embassy's news item, a parliamentary question-and-answer record, a think-tank
commentary recalling many past summits) about other regions, people and years (2038-2040) than
the seeds and the earlier corpora: the Pacific Islands Forum, Fiji, Samoa, Vanuatu and Tonga;
the Central Asian consultative meetings and the C5+1; the OSCE and the South Caucasus; Canada and
Mexico; BIMSTEC and SAARC. ``gold.json`` was written completely BEFORE the extractor was first
run on them (see the folder's README.md, which records its SHA-256 and the first run's misses by
cause; no gold fix was needed after that run).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures then say how the extractor does on text
it has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the first-run
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev4.py -p no:randomly``.

First run (branch corpus-10 at d3b9ae2, 2026-11-24): events loose F1 0.664 (P 0.745, R 0.598),
strict 0.464 (P 0.521, R 0.419), dates 0.667 (42 of 63), merge 0.706 (P 0.857, R 0.600), actors
0.954 (P 0.927, R 0.983). None of issue 5's targets is reached.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV4 = Path(__file__).resolve().parent / "data" / "events_dev4"


class TestDev4Events(ScoreFloors):
    folder = DEV4
    label = "dev4"
    # The first run's figures, rounded down to 0.01: loose 0.6635, strict 0.4645, dates 0.6667
    # (42 of 63), merge 0.7059 (12 pairs found, 2 wrong, 8 missed), actors 0.9540.
    # After session 10's rules, written while reading this corpus (no longer blind figures):
    # loose 0.789, strict 0.684, dates 0.855, merge 0.792, actors 0.954.
    # Session 13 (recognition): loose 0.873, strict 0.771, dates 0.875, merge 0.792.
    # Session 13 (dates-15, event dates): strict 0.805, dates 0.917.
    # Session 16 (dates-20, a signing ceremony's clock time): strict 0.868, dates 0.948 (92
    # of 97), every other figure unchanged (loose 0.912, merge 0.873).
    # Session 17 (dates-21, "the day before the summit to clear a X"): strict 0.877, dates
    # 0.959 (93 of 97).
    loose = 0.87
    strict = 0.86
    dates = 0.94
    merge = 0.79
    actors = 0.95


class TestDev4Corpus(BlindCorpusChecks):
    folder = DEV4
    words = (300, 500)
