"""Linear time by count, not by clock: the pipeline's calls grow with the input's size.

``test_linear.py`` times the pipeline on stress inputs, which is noisy on a busy machine, so it
runs only with ``-m slow``. This test counts the Python and C calls the pipeline makes (a
profile hook counts them: the same on every machine and under any load) on two stress inputs
at 20 KB and 80 KB. A linear pipeline makes about four times the calls on four times the
input; a pass that looks at every event for every event (found in session 16: the meetings
named by a noun, and the acts made by a meeting in one long sentence) makes far more.
"""

from __future__ import annotations

import sys
from types import FrameType

import pytest
from bench.bench_linear import STRESS_INPUTS

from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract

SMALL = 20_000
LARGE = 80_000
# four times the input; 5 leaves room for what grows a little faster than the text (more
# distinct names in a larger gazetteer of the document) and fails a quadratic pass
MAX_RATIO = 5.0


def extract_calls(text: str) -> int:
    """The Python and C calls that extracting ``text`` makes (deterministic under any load)."""
    count = 0

    def hook(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    document = document_from_text(text, id="linear", html=False)
    sys.setprofile(hook)
    try:
        extract(document)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("name", ["distinct-events", "during-visits"])
def test_calls_grow_linearly(name: str) -> None:
    build = STRESS_INPUTS[name]
    extract(document_from_text(build(2_000), id="warm", html=False))
    ratio = extract_calls(build(LARGE)) / extract_calls(build(SMALL))
    assert ratio < MAX_RATIO, f"{name}: {ratio:.2f} times the calls on 4 times the input"
