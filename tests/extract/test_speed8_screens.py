"""Screens (the engine's cheap first search per window) never change what a rule finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._lowered import twin_text_of
from diplotimeline.extract._screens import first_characters, screen
from diplotimeline.extract.engine import Engine
from diplotimeline.extract.rules import load_rules

_RULES = load_rules()
_SCREENED = [rule for rule in _RULES.rules if screen(rule.regex) is not None]
_SCREENING = Engine(_RULES)

# Words of the temporal rules in every case, figures, marks, and characters whose case
# folds unlike str.lower() ("İ", "ı", "ſ", the Kelvin sign), which must turn screens off.
_WORDS = st.sampled_from(
    [
        "May", "may", "MAY", "Sept.", "sept", "5", "27th", "2024", "1999", "'97", "’90s",
        "last", "Last", "next", "week", "Weeks", "year", "YEARS", "ago", "Monday", "monday",
        "Mon.", "today", "the", "The", "end", "of", "first", "half", "quarter", "Q3", "in",
        "early", "mid-2026", "two", "thousand", "days", "every", "annually", "10:30",
        "a.m.", "pm", "-", "–", "fiscal", "since", "between", "and", "to", "until",
        "Christmas", "spring", "now", "per", "%", "recent", "İ", "ı", "ſ", "\u212a",
        "Ångström", "é", "_", "1st", "century",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", "\n", "  ", "-", " (", ") ", "", "/"])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=30).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def _first(rule_regex: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The rule's first match in the window, found as the engine finds it with a screen."""
    found = screen(rule_regex)
    assert found is not None
    regex, on_lowered = found
    lowered = twin_text_of(text, text.lower())
    if lowered is None:
        return rule_regex.search(text, start, end)  # the engine runs no screen here
    hit = regex.search(lowered if on_lowered else text, start, end)
    return None if hit is None else rule_regex.search(text, hit.start(), end)


def _same(one: re.Match[str] | None, other: re.Match[str] | None) -> bool:
    if one is None or other is None:
        return one is other
    return one.span() == other.span() and one.groupdict() == other.groupdict()


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 400), st.integers(0, 400), st.data())
def test_screened_first_match_is_the_rules_first_match(
    text: str, start: int, length: int, data: st.DataObject
) -> None:
    """For any window of any text, the screen leads to the rule's own first match."""
    rule = data.draw(st.sampled_from(_SCREENED))
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _same(_first(rule.regex, text, start, end), rule.regex.search(text, start, end)), rule.id


@pytest.mark.parametrize("rule", _SCREENED, ids=lambda rule: rule.id)
def test_screen_finds_every_example_of_its_rule(rule: object) -> None:
    """Each rule's own examples and counter-examples, at every start."""
    regex = rule.regex  # type: ignore[attr-defined]
    texts = [example.text for example in rule.examples]  # type: ignore[attr-defined]
    texts += [example.text for example in rule.counter_examples]  # type: ignore[attr-defined]
    for text in texts:
        for start in range(len(text) + 1):
            assert _same(_first(regex, text, start, len(text)), regex.search(text, start))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_engine_with_screens_finds_what_it_finds_without(text: str) -> None:
    """The engine finds the same mentions, in the same order, with and without screens."""
    plain = Engine(_RULES)
    plain._screens[:] = [None] * len(_RULES.rules)  # no screen: each rule's own search
    assert _SCREENING.scan(text) == plain.scan(text)


def test_most_temporal_rules_have_a_screen() -> None:
    """A screen lost (the analysis grown too careful) would slow the tagger silently."""
    assert len(_SCREENED) >= 70, len(_SCREENED)


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bthe\s+end", re.IGNORECASE, {"t", "T"}),
        (r"\b(?=(?-i:[A-Z]))(?:may|june)", re.IGNORECASE, {"M", "J"}),
        (r"(?:early\s+)?(?=[A-Z])(?:may|june)", 0, {"e"}),  # no month starts with a capital
        (r"(?:early\s+)?(?=[MJ])[a-zA-Z]+", 0, {"e", "M", "J"}),
        (r"(?=[elm])\w+", 0, {"e", "l", "m"}),
        (r"[0-3]?x", 0, {"0", "1", "2", "3", "x"}),
        (r"(?:a|b)*c", 0, {"a", "b", "c"}),
        (r"–|’s", re.IGNORECASE, {"–", "’"}),
    ],
)
def test_first_characters(pattern: str, flags: int, expected: set[str]) -> None:
    found = first_characters(re.compile(pattern, flags))
    assert (found or set()) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"a?",  # may match the empty string
        r"(?=a)",  # only a look-ahead
        r".x",  # any character
        r"[^a]x",  # a negated set
        r"\dx",  # a category: listed only in screens
        r"éx",  # a letter beyond ASCII matched without case
        r"x|(?=y)",  # a look-ahead whose character may lie past the pattern
    ],
)
def test_first_characters_unknown(pattern: str) -> None:
    assert first_characters(re.compile(pattern, re.IGNORECASE)) is None


def test_screens_with_categories_and_conditionals() -> None:
    """A category may start a screened pattern; a conditional becomes an alternative."""
    digits = screen(re.compile(r"\b\d+\s+days", re.IGNORECASE))
    assert digits is not None
    assert digits[0].search("in 5 days".lower()) is not None
    pattern = re.compile(r"\b(?P<b>between\s+)?x(?(b)\s+and\s+|-)y", re.IGNORECASE)
    found = screen(pattern)
    assert found is not None
    regex, on_lowered = found
    assert on_lowered
    for text in ("x-y", "between x and y", "between x-y", "x and y", "X-Y z x and y"):
        hit = regex.search(text.lower())
        expected = pattern.search(text)
        if expected is None:
            assert hit is None or pattern.search(text, hit.start()) is None
        else:
            assert hit is not None
            again = pattern.search(text, hit.start())
            assert again is not None
            assert again.span() == expected.span()


def test_an_engine_that_has_run_still_pickles() -> None:
    """Screens compiled from parsed patterns do not pickle: an engine sends none along."""
    import pickle

    from diplotimeline.extract.temporal import Tagger

    tagger = Tagger()
    text = "Talks resumed on May 5, 2024, last week and two days ago."
    tagged = tagger.tag(text, None)
    copy = pickle.loads(pickle.dumps(tagger))
    assert copy.tag(text, None) == tagged
    engine = Engine(_RULES)
    found = engine.find(text)
    assert pickle.loads(pickle.dumps(engine)).find(text) == found
