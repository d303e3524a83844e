"""Fourth blind event corpus: ten diplomatic articles kept for an honest end-of-session measurement.

The articles in ``data/events_blind4/`` were written for these tests in ten styles (a presidential
call readout with times in Astana time and GMT, Reuters-, AFP- and EFE-style wires, a ministry press
release and a joint statement with numbered paragraphs, a short business-wire brief, a Pacific
Islands Forum Secretariat programme with times in Vanuatu time and GMT, an interview, an analysis
recalling Nordic treaties and plans since 1954) about other countries, people and years (2027-2031)
than the seeds and the earlier corpora. ``gold.json`` was written completely BEFORE the extractor
was first run on them (see the folder's README.md, which records its SHA-256). Nobody tunes the
extractor on this corpus: read its figures, not its per-sentence misses.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the blind
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_blind4.py -p no:randomly``.

Blind figures (first run, HEAD 622f76a, 2026-11-23): events loose F1 0.779 (P 0.862, R 0.711),
strict 0.433, dates 0.533 (40 of 75), merge 0.882, actors 0.932. The merge figure reaches issue 5's
target; the event figures do not.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

BLIND = Path(__file__).resolve().parent / "data" / "events_blind4"


class TestBlind4Events(ScoreFloors):
    folder = BLIND
    label = "blind4"
    # Session 8's figures, rounded down to 0.01:
    # loose 0.804, strict 0.486, dates 0.588, merge 0.895. Session 10 (figures read, never
    # the output): loose 0.824, strict 0.556, dates 0.654, merge 0.900, actors 0.937.
    loose = 0.82
    strict = 0.55
    dates = 0.65
    merge = 0.90
    actors = 0.93


class TestBlind4Corpus(BlindCorpusChecks):
    folder = BLIND
    words = (300, 500)
