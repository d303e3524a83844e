"""Third development event corpus: ten diplomatic articles, measured blind once, then tuned on.

The articles in ``data/events_dev3/`` were written for these tests in ten styles not used by the
earlier corpora (a foreign-ministry spokesperson's regular press briefing with questions on several
topics, a Xinhua-style wire, a correspondent's story with an appended correction, a newspaper's
"week ahead" diplomatic calendar, a Kyodo-style wire with times in local and Japan time, a weekly
newsletter digest of five short items, a "Timeline: Costa Rica-Panama relations" backgrounder with
dated bullets, a government "FACT SHEET:" on a state visit, a TV interview transcript, a foreign
minister's op-ed) about other regions, people and years (2034-2037) than the seeds and the earlier
corpora: ECOWAS, Ghana and Côte d'Ivoire; the GCC, Oman and Kuwait, with Mongolia, IGAD, the Berlin
Process and CARICOM in the calendar and the digest; SICA, Costa Rica and Panama; the Baltic states.
``gold.json`` was written completely BEFORE the extractor was first run on them (see the folder's
README.md, which records its SHA-256, the first run's misses by cause and the one fix made after
that run).

This is a DEVELOPMENT corpus: its first run was blind, but from then on its articles, gold and
per-sentence misses may be read and tuned on. Its figures say how the extractor does on text it
has been tuned on, not on unseen text.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the first-run
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_dev3.py -p no:randomly``.

First run (branch corpus-9 at a39fbe5, 2026-11-24): events loose F1 0.640 (P 0.768, R 0.548),
strict 0.426 (P 0.512, R 0.365), dates 0.661 (39 of 59), merge 0.750 (P 1.000, R 0.600), actors
0.916 (P 0.896, R 0.936). None of issue 5's targets is reached.

After session 9's rules (written while reading this corpus, so no longer a blind figure): loose
0.647, strict 0.498, dates 0.770, merge 0.786, actors 0.920. After session 10's rules (tuned on
it too): loose 0.815, strict 0.701, dates 0.861, merge 0.816, actors 0.920; the floors are these
figures rounded down.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

DEV3 = Path(__file__).resolve().parent / "data" / "events_dev3"


class TestDev3Events(ScoreFloors):
    folder = DEV3
    label = "dev3"
    # The first run's figures, rounded down to 0.01 (loose 0.6396 and merge 0.74999..., the
    # float of 9 pairs of 15 found with none wrong, print as 0.640 and 0.750):
    # loose 0.640, strict 0.426, dates 0.661, merge 0.750, actors 0.916 (0.920 with the
    # README's one gold fix).
    # Session 10 (after tuning on this corpus): loose 0.815, strict 0.701, dates 0.861, merge
    # 0.816, actors 0.920. Session 13 (recognition): loose 0.837, strict 0.726, dates 0.867,
    # merge 0.808, actors 0.920.
    # Session 16 (dates-20, acts a diary's entry announces for its day): strict 0.837, dates
    # 0.955 (84 of 88), every other figure unchanged (loose 0.884, merge 0.820).
    loose = 0.84
    strict = 0.82
    dates = 0.94
    merge = 0.85
    actors = 0.92


class TestDev3Corpus(BlindCorpusChecks):
    folder = DEV3
    words = (300, 500)
