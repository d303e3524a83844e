"""Third blind event corpus: ten diplomatic articles kept for an honest end-of-session measurement.

The articles in ``data/events_blind3/`` were written for these tests in ten different styles (a
presidential call readout with times in GMT, a dpa-style wire, a joint statement and a summit
chair's statement with numbered paragraphs, a parliamentary ratification item in ANDINA style, a
short NNT-style brief, a CARICOM communique, an interview, a ministry press release, an analysis
recalling treaties and summits since 1980) about other countries, people and years (2019-2031)
than the seeds and the two earlier corpora (``data/events_heldout/``, ``data/events_blind/``).
``gold.json`` was written completely BEFORE the extractor was first run on them (see the
folder's README.md, which records its SHA-256). Nobody tunes the extractor on this corpus: read
its figures, not its per-sentence misses.

The whole pipeline runs as the command line does (``extract --format gold --merge``) and is
scored with :func:`~diplotimeline.eval.scoring.evaluate`. Where the extractor does not yet reach
issue 5's targets (event F1 loose 0.85, strict 0.70; merge F1 0.80), the floor is the blind
figure rounded down to 0.01: raise it as the extractor improves. Reproduce the figures with
``.venv/bin/pytest -s tests/extract/test_events_blind3.py -p no:randomly``.

Blind figures (first run, HEAD 8026535, 2026-11-23): events loose F1 0.776 (P 0.830, R 0.728),
strict 0.458, dates 0.592 (45 of 76), merge 0.818, actors 0.884. The merge figure reaches issue 5's
target; the event figures do not.
"""

from __future__ import annotations

from pathlib import Path

from tests.extract._corpora import (
    BlindCorpusChecks,
    ScoreFloors,
)

BLIND = Path(__file__).resolve().parent / "data" / "events_blind3"


class TestBlind3Events(ScoreFloors):
    folder = BLIND
    label = "blind3"
    # Session 8's figures, rounded down to 0.01:
    # loose 0.811, strict 0.547, dates 0.684, actors 0.931. Session 10 (figures read, never
    # the output): loose 0.821, strict 0.566, dates 0.696, merge 0.870, actors 0.931.
    # Session 11 (figures read, never the output): loose 0.821, strict 0.585, dates 0.722.
    loose = 0.82
    strict = 0.58
    dates = 0.72
    merge = 0.87
    actors = 0.93


class TestBlind3Corpus(BlindCorpusChecks):
    folder = BLIND
