"""Session 13's speed-ups of the temporal tagger never change what it finds.

Four shortcuts, each compared with the plain computation it replaces:

- a rule's *screen* (see ``_screens``) holds no capturing group, unless the pattern
  refers to one: it only says where a match may start, and a plain group matches where
  a capturing one does;
- the engine no longer looks for a rule's check strings in the whole text before its
  windows: the check runs in the windows only (a text without the strings has no window
  with them, so the same rules are skipped);
- the tense heuristic reads the words of a lower-cased ASCII text with a character set
  (``_temporal_tense._words``), which gives the list ``[\\w’']+`` gives;
- its sentence ends are found by a pattern that starts with one set of the four
  characters that may end a sentence (``[.!?\\n]``), where the pattern as first written
  started with an alternative (which Python's engine tries at every place): the same
  matches.

The held-out folders (``events_blind3``, ``events_blind4``) are never listed nor read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.extract.test_engine_fast_scan import _plain_scan

from diplotimeline.extract import _screens
from diplotimeline.extract._temporal_tense import _SENTENCE_END, _WORD, _words
from diplotimeline.extract.engine import Engine
from diplotimeline.extract.rules import load_rules

_RULES = load_rules()
_ENGINE = Engine(_RULES)
_DATA = Path(__file__).resolve().parent / "data"
_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_HELD_OUT = frozenset({"events_blind3", "events_blind4"})  # never listed by tests of speed


def _texts(folder: Path) -> list[str]:
    """The ``.txt`` files under ``folder``, the held-out folders skipped before listing."""
    found = []
    for name in sorted(os.listdir(folder)):
        if name in _HELD_OUT:
            continue
        path = folder / name
        if path.is_dir():
            found.extend(_texts(path))
        elif name.endswith(".txt"):
            found.append(path.read_text(encoding="utf-8"))
    return found


_ARTICLES = _texts(_DATA) + _texts(_SEEDS)

# Words that set off the temporal rules, the strings their checks need ("century",
# "easter", "half", "the"), and letters beyond ASCII, with blanks and marks between them.
_WORDS = st.sampled_from(
    [
        "May", "5", "2024", "'97", "10:30", "a.m.", "last", "next", "week", "weeks", "year",
        "years", "ago", "Monday", "today", "the", "first", "half", "of", "quarter", "in",
        "early", "mid-2026", "two", "days", "three", "and", "a", "more", "every", "century",
        "centuries", "Easter", "Holy", "noon", "midnight", "currently", "recent", "soon",
        "decades", "ahead", "day-long", "daily", "weekend", "period", "that", "these", "one",
        "pre-", "post-", "eighteen", "thousand", "fiscal", "since", "from", "to", "Dec.",
        "will", "met", "said", "planned", "Mr.", "U.S.", "İ", "ſ", "é", "É", "’", "ß", "_x",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", ".\n", "\n", "  ", "-", " (", ") ", "", "/"])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


# -- screens without capturing groups ---------------------------------------------------


def _screens_of(drop: bool) -> list[tuple[re.Pattern[str], bool] | None]:
    """Every rule's screen, built with or without its capturing groups dropped."""
    _screens._screen_of.cache_clear()
    try:
        if drop:
            return [_screens.screen(rule.regex) for rule in _RULES.rules]
        with mock.patch.object(_screens, "_drop_captures", return_value=None):
            return [_screens.screen(rule.regex) for rule in _RULES.rules]
    finally:
        _screens._screen_of.cache_clear()


_DROPPED = _screens_of(True)
_KEPT = _screens_of(False)


def _first_hits(text: str) -> None:
    """Each rule's screen finds its first hit where the screen with groups finds it."""
    lowered = text.lower()
    size = len(text)
    for rule, dropped, kept in zip(_RULES.rules, _DROPPED, _KEPT, strict=True):
        assert (dropped is None) == (kept is None), rule.id
        if dropped is None or kept is None:
            continue
        assert dropped[1] == kept[1], rule.id
        searched = lowered if dropped[1] else text
        for start in range(0, size + 1, max(1, size // 7)):
            for end in (size, min(size, start + 40)):
                one = dropped[0].search(searched, start, end)
                two = kept[0].search(searched, start, end)
                assert (one and one.start()) == (two and two.start()), (rule.id, start, end)


def test_screens_hold_no_group_and_find_the_same_places_in_every_article() -> None:
    assert len(_ARTICLES) > 50
    assert any(kept is not None and kept[0].groups for kept in _KEPT)
    for text in _ARTICLES:
        if len(text) == len(text.lower()):
            _first_hits(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_screens_without_groups_find_the_same_places_in_random_texts(text: str) -> None:
    if len(text) == len(text.lower()):
        _first_hits(text)


def test_a_screen_hit_records_no_group() -> None:
    pattern = re.compile(r"\b(?P<day>[0-9]{1,2})\s+(?P<month>may|june)\b", re.IGNORECASE)
    regex, on_lowered = _screens.screen(pattern) or (None, False)
    assert regex is not None
    assert on_lowered
    hit = regex.search("talks on 5 may 2024")
    assert hit is not None
    assert hit.start() == 9
    assert all(span == (-1, -1) for span in hit.regs[1:])


def test_a_screen_keeps_the_groups_a_pattern_refers_to() -> None:
    """A back-reference needs its group: such a screen keeps every one."""
    pattern = re.compile(r"\b(?P<word>talks?)\s+and\s+(?P=word)\b", re.IGNORECASE)
    found = _screens.screen(pattern)
    assert found is not None
    regex, on_lowered = found
    text = "more talk and talk, talks and talk"
    searched = text.lower() if on_lowered else text
    hits = [m.start() for m in regex.finditer(searched)]
    assert [m.start() for m in pattern.finditer(text)] == [5]
    assert hits[0] == 5
    assert 20 not in hits  # "talks and talk" is no match of the pattern, nor of its screen


# -- checks in the windows only -----------------------------------------------------------


def test_a_rules_check_is_a_search_with_no_text_wide_strings() -> None:
    looked = [_ENGINE._look_up(number) for number in range(len(_RULES.rules))]
    assert all(len(step) == 3 for step in looked)
    assert any(check is not None for _, _, check in looked)


def test_the_scan_of_every_article_matches_the_plain_scan() -> None:
    for text in _ARTICLES:
        assert _ENGINE.scan(text) == _plain_scan(_ENGINE, text), text[:60]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_scan_matches_the_plain_scan_on_random_texts(text: str) -> None:
    assert _ENGINE.scan(text) == _plain_scan(_ENGINE, text)


# -- the words of the tense heuristic ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the talks, held in may, ended.",
        "o'neill's 3_rd visit - 20:30",
        "it’s the pm’s visit",  # "’" is no ASCII: the Unicode set reads it
        "café talks in zürich",
        "x" * 500 + " y",
    ],
)
def test_words_are_the_unicode_words(text: str) -> None:
    assert _words(text) == _WORD.findall(text)


def test_words_of_every_article_are_the_unicode_words() -> None:
    for text in _ARTICLES:
        lowered = text.lower()
        for start in range(0, len(lowered), 97):
            piece = lowered[start : start + 320]
            assert _words(piece) == _WORD.findall(piece)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09_'’- .,\néİß\t\u00a0x")))
def test_words_of_random_lower_case_texts_are_the_unicode_words(text: str) -> None:
    lowered = text.lower()
    assert _words(lowered) == _WORD.findall(lowered)


# -- the sentence ends of the tense heuristic ------------------------------------------

_SENTENCE_END_WRITTEN = re.compile(
    r"[.!?](?<![A-Z][a-z].)(?<![A-Z].)(?<!\bvs.)(?<!\bv.)\s+(?=[A-Z“\"])|\n"
)


def _ends(regex: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    return [match.span() for match in regex.finditer(text, start)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Talks ended. Mr. Ortiz left.\nThe U.S. envoy met Roe vs. Wade lawyers? “Yes.” Then",
        "A.\n\n B!  C?\tD. e. F.\n",
        "end.\n  Next",
        "No. 5. The",
    ],
)
def test_sentence_ends_are_those_of_the_pattern_as_written(text: str) -> None:
    for start in range(len(text) + 1):
        assert _ends(_SENTENCE_END, text, start) == _ends(_SENTENCE_END_WRITTEN, text, start)


def test_sentence_ends_of_every_article_are_those_of_the_pattern_as_written() -> None:
    for text in _ARTICLES:
        assert _ends(_SENTENCE_END, text) == _ends(_SENTENCE_END_WRITTEN, text)
        for start in range(0, len(text), 211):
            piece = text[start : start + 320]
            assert _ends(_SENTENCE_END, piece) == _ends(_SENTENCE_END_WRITTEN, piece)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from('.!?\n \tAbvs“"é\u00a0\u2029')))
def test_sentence_ends_of_random_texts_are_those_of_the_pattern_as_written(text: str) -> None:
    assert _ends(_SENTENCE_END, text) == _ends(_SENTENCE_END_WRITTEN, text)
    assert (_SENTENCE_END.search(text) is None) == (_SENTENCE_END_WRITTEN.search(text) is None)
