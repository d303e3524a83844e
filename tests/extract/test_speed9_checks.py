"""Checks (strings a rule's every match holds) never change what the engine finds."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._lowered import twin_text_of
from diplotimeline.extract._screens import needs
from diplotimeline.extract.engine import Engine
from diplotimeline.extract.rules import load_rules

_RULES = load_rules()
_NEEDY = [rule for rule in _RULES.rules if needs(rule.regex)]
_CHECKING = Engine(_RULES)

# Words of the temporal rules in every case, figures, marks, and characters whose case
# folds unlike str.lower() ("İ", "ı", "ſ", the Kelvin sign), which must turn checks off.
_WORDS = st.sampled_from(
    [
        "May", "may", "MAY", "Sept.", "sept", "5", "27th", "2024", "1999", "'97", "’90s",
        "last", "Last", "next", "week", "Weeks", "year", "YEARS", "ago", "Monday", "monday",
        "Mon.", "Fridays", "today", "the", "The", "end", "of", "first", "half", "quarter",
        "Q3", "in", "early", "mid-2026", "two", "three", "a", "few", "thousand", "days",
        "every", "each", "annually", "10:30", "9.45", "7", "a.m.", "pm", "-", "–", "fiscal",
        "since", "between", "from", "and", "to", "until", "Christmas", "Easter", "holy",
        "spring", "now", "per", "%", "recent", "these", "that", "same", "İ", "ı", "ſ",
        "\u212a", "Ångström", "é", "_", "1st", "century", "noon", "night", "tonight",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", "\n", "  ", "-", " (", ") ", "", "/", ":", "."])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=30).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def _unchecked() -> Engine:
    """An engine with each rule's screen and no check."""
    engine = Engine(_RULES)
    engine._screens[:] = [
        (regex, on_lowered, None)
        for regex, on_lowered, *_ in (
            engine._look_up(number) for number in range(len(_RULES.rules))
        )
    ]
    return engine


_UNCHECKED = _unchecked()


def _holds_needs(pattern: re.Pattern[str], text: str) -> bool:
    """Whether every match of ``pattern`` in ``text`` holds a string of each of its sets."""
    lowered = twin_text_of(text, text.lower())
    if lowered is None:
        return True  # checks do not run on such a text
    sets = needs(pattern)
    for match in pattern.finditer(text):
        piece = lowered[match.start() : match.end()]
        if not all(any(string in piece for string in strings) for strings in sets):
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_every_match_holds_what_its_rule_needs(text: str, data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(_NEEDY))
    assert _holds_needs(rule.regex, text), rule.id


@pytest.mark.parametrize("rule", _NEEDY, ids=lambda rule: rule.id)
def test_every_example_holds_what_its_rule_needs(rule: object) -> None:
    """Each rule's own examples (which match) hold what the rule needs."""
    regex = rule.regex  # type: ignore[attr-defined]
    examples = rule.examples  # type: ignore[attr-defined]
    assert examples
    for example in examples:
        assert regex.search(example.text) is not None
        assert _holds_needs(regex, example.text), example.text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_engine_with_checks_finds_what_it_finds_without(text: str) -> None:
    """The same mentions, in the same order, with and without the checks."""
    assert _CHECKING.scan(text) == _UNCHECKED.scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended at 10:30 a.m. on Monday, two days ago, in the first half of 2024.",
        "Sales rose 9.5% in the 1990s; the meeting starts at 9.45 pm, Tuesday.",
        "He served three and a half years, until Christmas Eve, and left last week.",
        "THE SUMMIT OPENS ON MAY 5, 2025 AND RUNS FOR THREE DAYS.",
        "Kelvin \u212a: the accord took effect five years ago, İzmir, 2 p.m.",
    ],
)
def test_engine_with_checks_on_sentences(text: str) -> None:
    assert _CHECKING.scan(text) == _UNCHECKED.scan(text)
    assert Engine(_RULES).find(text) == Engine(_RULES, windowed=False).find(text)


def test_most_rules_have_a_check() -> None:
    """A check lost (the analysis grown too careful) would slow the tagger silently."""
    checks = [_CHECKING._look_up(number)[2] for number in range(len(_RULES.rules))]
    assert sum(check is not None for check in checks) >= 60


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bthe\s+end", re.IGNORECASE, [{"the"}, {"end"}]),
        (r"(?:May|June)\s+\d+", re.IGNORECASE, [{"june", "may"}]),
        (r"\d+:[0-5]\d", 0, [{":0", ":1", ":2", ":3", ":4", ":5"}]),
        (r"(?:years?|months?)\s+ago", re.IGNORECASE, [{"month", "year"}, {"ago"}]),
        (r"a(?=bcd)", 0, [{"a"}]),  # what a look-ahead sees is not counted
        (r"(?<!x)half", 0, [{"half"}]),
        (r"(?P<b>between\s+)?x(?(b)\s+and\s+|-)y", 0, [{"x"}, {"y"}, {"-", "and"}]),
        (r"[’']\d\d", 0, [{"'", "’"}]),
        (r"(?-i:[A-Z])ay", re.IGNORECASE, [{"ay"}]),
        (r"(?:ab|cd)+ef", 0, [{"abef", "cdef"}, {"ab", "cd"}]),
    ],
)
def test_needs(pattern: str, flags: int, expected: list[set[str]]) -> None:
    found = needs(re.compile(pattern, flags))
    assert sorted(map(sorted, found)) == sorted(map(sorted, expected))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+",  # a category
        r"a?",  # may be empty
        r"é|b",  # a letter beyond ASCII matched without case, in one branch
        r"[^a]",  # a negated set
        r" +",  # a blank
        r".+",
    ],
)
def test_needs_nothing(pattern: str) -> None:
    assert needs(re.compile(pattern, re.IGNORECASE)) == ()


def test_an_engine_with_checks_still_pickles() -> None:
    engine = Engine(_RULES)
    text = "Talks resumed at 10:30 on May 5, 2024, last week and two days ago."
    found = engine.find(text)
    copy = pickle.loads(pickle.dumps(engine))
    assert copy.find(text) == found
