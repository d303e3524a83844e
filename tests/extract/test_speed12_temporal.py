"""Session 12's speed-up of the temporal rules never changes what they find.

Each rule's pattern is compiled with every group made optional by ``?`` written as an
alternative with an empty branch (``(X)?`` -> ``(?:(X)|)``, see
``rules._optional_as_branch``): Python's engine runs the first as a repeat, which
allocates a counter at every try, and the second without one. The tests compare every
rewritten rule with the pattern as written, match by match and group by group, on the
test articles, on the rules' own examples and on random texts, and the rewriting itself
on tricky pattern syntax.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract import rules as rules_module
from diplotimeline.extract.engine import Engine
from diplotimeline.extract.rules import _optional_as_branch, load_rules

_RULES = load_rules()
with mock.patch.object(rules_module, "_optional_as_branch", lambda pattern: pattern):
    _WRITTEN = load_rules()  # the patterns as the rule file writes them

_DATA = Path(__file__).resolve().parent / "data"
_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_HELD_OUT = ("events_blind3", "events_blind4")  # never read by tests of speed
_ARTICLES = sorted(
    path.read_text(encoding="utf-8")
    for path in (*_DATA.glob("*/*.txt"), *_DATA.glob("*.txt"), *_SEEDS.glob("*.txt"))
    if path.parent.name not in _HELD_OUT
)

_WORDS = st.sampled_from(
    [
        "May", "5", "2024", "'97", "10:30", "a.m.", "last", "next", "week", "weeks",
        "year", "years", "ago", "Monday", "today", "the", "first", "half", "of", "quarter",
        "in", "early", "mid-2026", "two", "days", "three", "and", "a", "more", "every",
        "about", "nearly", "more than", "at least", "some", "over", "past", "coming",
        "several", "a few", "couple of", "and a half", "1/2", "or so", "old", "Q3", "FY",
        "fiscal", "since", "from", "to", "long", "day-long", "spring", "now", "Dec.", "st",
        "th", "trading", "business", "additional", "between", "until", "Sept.", "noon",
        "will", "met", "said", "planned", "was", "Mr.", "U.S.", "İ", "ſ", "é", "’",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", ".\n", "\n", "  ", "-", " (", ") ", "", ":", "/"])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def _matches(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    """Every match with the spans of all its groups (``regs``), as finditer gives them."""
    return [match.regs for match in regex.finditer(text)]


def _same_everywhere(text: str) -> None:
    for rewritten, written in zip(_RULES.rules, _WRITTEN.rules, strict=True):
        assert rewritten.id == written.id
        assert _matches(rewritten.regex, text) == _matches(written.regex, text), (
            rewritten.id,
            text[:80],
        )


# -- the rewriting ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:ab)?c", r"(?:(?:ab)|)c"),
        (r"(ab)?c", r"(?:(ab)|)c"),
        (r"(?P<n>ab)?c", r"(?:(?P<n>ab)|)c"),
        (r"(?-i:ab)?c", r"(?:(?-i:ab)|)c"),
        (r"(?:a(?:b)?c)?d", r"(?:(?:a(?:(?:b)|)c)|)d"),
        (r"(?:a|b)?", r"(?:(?:a|b)|)"),
        # Lazy and possessive groups, single characters and other quantifiers stay.
        (r"(?:ab)??c", r"(?:ab)??c"),
        (r"(?:ab)?+c", r"(?:ab)?+c"),
        (r"ab?c[de]?\s?", r"ab?c[de]?\s?"),
        (r"(?:ab)*(?:cd)+(?:ef){0,1}", r"(?:ab)*(?:cd)+(?:ef){0,1}"),
        # Look-arounds, conditionals, comments and back-references are no groups to rewrite.
        (r"(?=ab)?(?<!c)?x", r"(?=ab)?(?<!c)?x"),
        (r"(a)?(?(1)b|c)?", r"(?:(a)|)(?(1)b|c)?"),
        (r"(?#a comment (?:x)?)y", r"(?#a comment (?:x)?)y"),
        (r"(?P<n>a)(?P=n)?", r"(?P<n>a)(?P=n)?"),
        # Parentheses that are no groups: escaped, or in a set ("]" first is a literal).
        (r"\((?:a)?\)?", r"\((?:(?:a)|)\)?"),
        (r"[(](?:a)?[)]?", r"[(](?:(?:a)|)[)]?"),
        (r"[]()](?:a)?", r"[]()](?:(?:a)|)"),
        (r"[^]()](?:a)?", r"[^]()](?:(?:a)|)"),
        (r"[\](](?:a)?", r"[\](](?:(?:a)|)"),
        # Under an inline verbose flag, blanks and "#" mean something else: left alone.
        (r"(?x)(?:a b)?", r"(?x)(?:a b)?"),
        # Unbalanced: left for re.compile to refuse.
        (r"(?:a))?", r"(?:a))?"),
    ],
)
def test_optional_groups_are_rewritten_and_nothing_else(pattern: str, expected: str) -> None:
    assert _optional_as_branch(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"(?:(a)|b)?(?:a|ab)?c", ["c", "ac", "abc", "aac", "bac", "babc", "ab", "abac"]),
        (r"(a*)?b", ["b", "ab", "aab", "aaa", "ba"]),
        (r"(?:(x)|(y))?(?:\1|z)", ["xx", "yz", "z", "x", "yy", "xz"]),
        (r"(?P<d>[0-9]+)?(?:st|nd)?\b", ["1st", "22nd", "3", "st", "4th", "x1st"]),
        (r"(?:the\s+)?(?:(?P<n>\d+)\s+)?days?", ["the 3 days", "the day", "3 day", "days"]),
    ],
)
def test_rewritten_patterns_match_as_written(pattern: str, texts: list[str]) -> None:
    written = re.compile(pattern, re.IGNORECASE)
    rewritten = re.compile(_optional_as_branch(pattern), re.IGNORECASE)
    for text in texts:
        assert _matches(rewritten, text) == _matches(written, text), text


def test_the_rewriting_takes_linear_time() -> None:
    """The rewriting walks the pattern once (a long one takes no longer than a scan)."""
    pattern = r"(?:a[(\])](?P<g1>b)?)?\(" * 20_000
    started = time.process_time()
    rewritten = _optional_as_branch(pattern)
    assert time.process_time() - started < 2.0
    assert rewritten.count("|)") == 40_000


def test_the_packaged_rules_hold_no_optional_group_run_as_a_repeat() -> None:
    """Every rule is rewritten (a rule left with such repeats would be slow again)."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def optional_groups(items: object) -> int:
        found = 0
        for op, av in items:  # type: ignore[attr-defined]
            if op is sre.MAX_REPEAT:
                low, high, sub = av
                if (low, high) == (0, 1) and (
                    len(sub.data) > 1 or sub.data[0][0] is sre.SUBPATTERN
                ):
                    found += 1
                found += optional_groups(sub.data)
            elif op is sre.SUBPATTERN:
                found += optional_groups(av[3].data)
            elif op is sre.BRANCH:
                found += sum(optional_groups(branch.data) for branch in av[1])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                found += optional_groups(av[1].data)
        return found

    written = sum(
        optional_groups(_parser.parse(r.pattern, r.regex.flags).data) for r in _WRITTEN.rules
    )
    assert written > 100  # the rule file writes many
    for rule in _RULES.rules:
        assert optional_groups(_parser.parse(rule.pattern, rule.regex.flags).data) == 0, rule.id
        assert rule.regex.pattern == rule.pattern


def test_a_bad_pattern_is_reported_as_written(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        'schema = 1\ndescription = "x"\n[[rule]]\nid = "user.bad"\n'
        "pattern = '(?:ab)?(c'\nproduces = \"date\"\n",
        encoding="utf-8",
    )
    with pytest.raises(ExceptionGroup) as caught:
        load_rules([path])
    assert "missing ), unterminated subpattern" in str(caught.value.exceptions[0])


# -- the rules, rewritten, find what they found ------------------------------------------


def test_every_rule_matches_as_written_on_the_articles() -> None:
    assert len(_ARTICLES) > 50
    for text in _ARTICLES:
        _same_everywhere(text)


def test_every_rule_matches_as_written_on_the_examples() -> None:
    for rule in _WRITTEN.rules:
        for example in (*rule.examples, *rule.counter_examples):
            _same_everywhere(example.text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_every_rule_matches_as_written_on_random_texts(text: str) -> None:
    _same_everywhere(text)


def test_the_engine_finds_the_same_mentions_with_the_rules_as_written() -> None:
    rewritten, written = Engine(_RULES), Engine(_WRITTEN)
    for text in _ARTICLES:
        assert rewritten.find(text) == written.find(text), text[:80]
