"""The shortcuts of the event stage (session 12) give what the plain computations give.

- a pattern's *gate* (:func:`~diplotimeline.extract._screens.gate`) finds something
  wherever the pattern finds something;
- :meth:`FrameIndex.scan` (gate, then the screen for each next match) finds what
  ``list(pattern.finditer(...))`` finds, for every frame and every pattern the readers
  define, on the test articles and on random text;
- the quoted-name pattern, rewritten to start with one set of quotation marks, finds the
  matches of the pattern as it was.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract import _event_dates, _event_groups, agreements, initiatives, meetings
from diplotimeline.extract._event_context import Context
from diplotimeline.extract._event_cues import FrameIndex, load_cues
from diplotimeline.extract._event_quoted import _QUOTED
from diplotimeline.extract._lowered import twin_text_of
from diplotimeline.extract._screens import gate

ROOT = Path(__file__).resolve().parents[2]
_DATA = ROOT / "tests" / "extract" / "data"
_HELD_OUT = ("events_blind3", "events_blind4", "events_dev13")  # never read here
ARTICLES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "golden").glob("*.txt"),
        *(
            path
            for folder in sorted(_DATA.glob("events_*"))
            if folder.name not in _HELD_OUT
            for path in folder.glob("*.txt")
        ),
        *_DATA.glob("actors_*.txt"),
    ]
)


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


def _reader_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the event readers define at module level."""
    found: dict[int, re.Pattern[str]] = {}
    for module in (meetings, agreements, initiatives, _event_groups, _event_dates):
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())


FRAMES = sorted(load_cues().frames.items())
PATTERNS = [pattern for _, pattern in FRAMES] + _reader_patterns()
GATED = [pattern for pattern in PATTERNS if gate(pattern) is not None]


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(match.span(group) for group in range(match.re.groups + 1)) for match in matches]


def test_some_patterns_have_gates() -> None:
    # The frames of visits and meetings told by a noun, and some readers' patterns.
    assert len(GATED) >= 5
    assert gate(load_cues().frames["visit_noun"]) is not None


# --- the quoted names -------------------------------------------------------------------

# The pattern as it was: a first branch that starts with a look-behind.
_PLAIN_QUOTED = re.compile(
    r"[“\"](?P<q>[A-Z][^“”\"\n]{2,160}?)[”\"]"
    r"|(?<!\w)[‘'](?P<s>[A-Z][^‘’'\n]{2,100}?)[’'](?!\w)"
)


def _check_quoted(text: str, start: int, end: int) -> None:
    fast = _spans(list(_QUOTED.finditer(text, start, end)))
    assert fast == _spans(list(_PLAIN_QUOTED.finditer(text, start, end)))


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_quoted_names_pattern_on_articles(index: int) -> None:
    text = _texts()[index]
    _check_quoted(text, 0, len(text))
    for sentence in Context.build(text, document_id="d").sentences:
        _check_quoted(text, sentence.start, sentence.end)


_QUOTE_PIECES = st.sampled_from(
    ["“", "”", '"', "‘", "’", "'", "Lima", "Summit", "x", "Peru's", "a", "9", "_", "\n", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_QUOTE_PIECES, st.sampled_from(["", " ", "  "])), max_size=30))
def test_quoted_names_pattern_on_random_text(pairs: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in pairs)
    for start in range(0, len(text) + 1, 3):
        _check_quoted(text, start, len(text))
        _check_quoted(text, 0, start)


# --- gates and screened scans -----------------------------------------------------------


def _check_scan(text: str, bounds: list[tuple[int, int]], patterns: list[re.Pattern[str]]) -> None:
    index = FrameIndex(text, bounds, load_cues())
    for pattern in patterns:
        for start, end in bounds:
            plain = list(pattern.finditer(text, start, end))
            assert _spans(index.scan(pattern, start, end)) == _spans(plain), pattern.pattern


def _check_gates(text: str, bounds: list[tuple[int, int]]) -> None:
    lowered = twin_text_of(text, text.lower())
    if lowered is None:
        return  # gates run only where case folds as lower case says
    for pattern in GATED:
        found = gate(pattern)
        assert found is not None
        searched = lowered if found.on_lowered else text
        for start, end in bounds:
            if pattern.search(text, start, end) is not None:
                assert found.regex.search(searched, start, end) is not None, pattern.pattern


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in Context.build(text, document_id="d").sentences]


@pytest.mark.parametrize("index", range(0, len(ARTICLES), 2))
def test_scans_equal_finditer_on_articles(index: int) -> None:
    text = _texts()[index]
    bounds = _sentence_bounds(text)
    _check_scan(text, bounds, PATTERNS)
    _check_gates(text, bounds)


@pytest.mark.parametrize("name", [name for name, _ in FRAMES])
def test_found_frames_equal_finditer_on_articles(name: str) -> None:
    pattern = load_cues().frames[name]
    for text in _texts()[::3]:
        bounds = _sentence_bounds(text)
        index = FrameIndex(text, bounds, load_cues())
        for number, (start, end) in enumerate(bounds):
            plain = list(pattern.finditer(text, start, end))
            assert _spans(list(index.found(name, number))) == _spans(plain)


# Words the gated patterns and the frames care about, and pieces that break them.
_WORDS = st.sampled_from(
    [
        *("a", "an", "the", "his", "their", "first", "official", "state", "two-day"),
        *("visit", "visits", "trip", "tour", "to", "by", "of", "with", "Visit", "TRIP"),
        *("meeting", "talks", "summit", "phone", "call", "courtesy", "video", "conference"),
        *("held", "met", "signed", "agreement", "on", "which", "next", "year", "two"),
        *("Ministers", "Peru", "Chile", "Lima", "Summit", "in", "joint", "statement"),
        *("ſ", "İ", "K", "é", "’s", "2024", "-", ",", ".", "\n"),
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "  ", "", "\t"])), max_size=30), st.data())
def test_scans_and_gates_on_random_text(pairs: list[tuple[str, str]], data: st.DataObject) -> None:
    text = "".join(word + gap for word, gap in pairs)
    cut = data.draw(st.integers(0, len(text)))
    bounds = [(0, cut), (cut, len(text))]
    _check_scan(text, bounds, PATTERNS)
    _check_gates(text, [(0, len(text)), *bounds])
