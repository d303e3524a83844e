"""Session 11's shortcuts in the temporal tagger never change what it finds.

Each shortcut is compared with the plain computation it replaces, on the test articles
and on random or adversarial inputs: the windows merged by the gap between tokens, the
scan's one step per rule (screen, check, strings and twin read together), the windows
checked and searched by comprehensions, the named groups remembered per pattern and
read with their texts in one walk,
``Mention.has`` walking the groups, a date's reference built once (not built, then evolved),
unit names looked up without a merged table, and the tense heuristic's sentence cut
taken from the last break alone.
"""

from __future__ import annotations

import collections
import pickle
import re
from pathlib import Path
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.extract.test_engine_fast_scan import _plain_scan, _plain_windows

from diplotimeline.extract import _temporal_productions as productions
from diplotimeline.extract import _temporal_tense as tense
from diplotimeline.extract.engine import Engine, Mention, _windows
from diplotimeline.extract.rules import load_rules
from diplotimeline.extract.temporal import Tagger
from diplotimeline.time.anchor import DateReference

_RULES = load_rules()
_ENGINE = Engine(_RULES)
_TAGGER = Tagger()
_DATA = Path(__file__).resolve().parent / "data"
_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The held-out folders are left out: nothing but their own score tests reads them.
_HELD_OUT = frozenset({"events_blind3", "events_blind4"})
_ARTICLES = sorted(
    path.read_text(encoding="utf-8")
    for path in (*_DATA.glob("**/*.txt"), *_SEEDS.glob("*.txt"))
    if _HELD_OUT.isdisjoint(path.parts)
)

# Words that set off the temporal rules, with blanks and marks between them, in several
# cases, and characters whose case folds unlike str.lower() (which turn screens off).
_WORDS = st.sampled_from(
    [
        "May", "5", "2024", "'97", "10:30", "a.m.", "last", "next", "week", "weeks",
        "year", "years", "ago", "Monday", "today", "the", "first", "half", "of", "quarter",
        "in", "early", "mid-2026", "two", "days", "three", "and", "a", "more", "every",
        "fiscal", "since", "from", "to", "long", "day-long", "spring", "now", "Dec.",
        "about", "nearly", "the past", "several", "hours", "or so", "old", "Q3", "FY",
        "will", "met", "said", "planned", "was", "Mr.", "U.S.", "İ", "ſ", "é",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", ".\n", "\n", "  ", "-", " (", ") ", "", ":"])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


# -- the windows ---------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), min_size=0, max_size=60),
    st.integers(0, 120),
    st.integers(0, 120),
    st.integers(0, 50),
)
def test_windows_merged_by_gaps_equal_the_plain_windows(
    steps: list[tuple[int, int]], before: int, after: int, slack: int
) -> None:
    tokens, at = [], 0
    for gap, length in steps:
        tokens.append((at + gap, at + gap + length))
        at += gap + length
    size = at + slack
    assert _windows(size, tokens, before, after) == _plain_windows(size, tokens, before, after)


def test_windows_at_the_edges_of_the_text() -> None:
    """Tokens at both ends, touching tokens, no reach, a reach wider than the text."""
    cases = [
        (10, [(0, 3), (7, 10)], 0, 0),
        (10, [(0, 3), (3, 6), (6, 10)], 0, 0),
        (10, [(0, 1), (9, 10)], 100, 100),
        (1000, [(i, i + 1) for i in range(0, 1000, 2)], 0, 0),
        (1000, [(i, i + 1) for i in range(0, 1000, 40)], 12, 11),
        (1000, [(i, i + 1) for i in range(0, 1000, 40)], 12, 12),
        (5, [(2, 3)], 1, 0),
        (5, [], 3, 3),
    ]
    for size, tokens, before, after in cases:
        expected = _plain_windows(size, tokens, before, after)
        assert expected == _windows(size, tokens, before, after), (size, tokens, before, after)


# -- the scan's steps and the named groups -------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_the_scan_with_steps_finds_what_the_plain_scan_finds(text: str) -> None:
    assert _ENGINE.scan(text) == _plain_scan(_ENGINE, text)


def test_the_scan_of_every_article_matches_the_plain_scan() -> None:
    assert len(_ARTICLES) > 50
    for text in _ARTICLES:
        assert _ENGINE.scan(text) == _plain_scan(_ENGINE, text), text[:60]


def test_steps_are_read_from_the_screens_and_twins() -> None:
    """A step is the rule's screen, lower-case flag and check, then its twin."""
    engine = Engine(_RULES)
    engine.scan(_ARTICLES[0])
    looked = [number for number, step in enumerate(engine._steps) if step is not None]
    assert looked
    for number in looked:
        screen = engine._screens[number]
        assert screen is not None
        assert screen is not False
        assert engine._steps[number] == (*screen, engine._twins[number])


def test_an_engine_without_screens_has_steps_without_them() -> None:
    """Screens set to None (as tests do) give steps with neither screen, check nor twin."""
    engine = Engine(_RULES)
    engine._screens[:] = [None] * len(_RULES.rules)
    text = "The talks lasted 70 minutes on May 5, 2024 and resumed three years ago."
    assert engine.scan(text) == _plain_scan(engine, text)
    assert all(step in (None, (None, False, None, None)) for step in engine._steps)


def test_an_engine_pickles_without_its_steps() -> None:
    engine = Engine(_RULES)
    text = "Talks resume on 2024-07-26, two weeks after the summit."
    before = engine.scan(text)
    copy = pickle.loads(pickle.dumps(engine))
    assert all(step is None for step in copy._steps)
    assert copy.scan(text) == before


def test_named_groups_follow_the_pattern_for_every_rule() -> None:
    """The remembered names give each match's groups as groupdict() does."""
    for rule in _RULES.rules:
        for example in rule.examples:
            mentions = [m for m in _ENGINE.scan(example.text) if m.rule_id == rule.id]
            for mention in mentions:
                match = rule.regex.match(example.text, mention.start)
                assert match is not None
                expected = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
                assert mention.groups == expected, (rule.id, example.text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["t", "day", "day2", "month2", "fy", "local", "a"]), max_size=6),
    st.lists(st.sampled_from(["t", "day", "day2", "month2", "fy", "local", "b"]), max_size=4),
)
def test_has_walks_the_groups_as_any_did(groups: list[str], names: list[str]) -> None:
    mention = Mention("r", 0, 1, "x", tuple((name, "x") for name in groups))
    expected = any(name in names for name, _ in mention.groups)
    assert expected == mention.has(*names)


def test_has_on_the_mentions_of_the_articles() -> None:
    names = ("day2", "month2", "day", "fy", "fiscal", "local", "approx", "about", "long")
    for text in _ARTICLES[:30]:
        for mention in _ENGINE.scan(text):
            for name in names:
                expected = any(key == name for key, _ in mention.groups)
                assert expected == mention.has(name)
            assert any(key in names for key, _ in mention.groups) == mention.has(*names)


# -- a date's reference built once -----------------------------------------------------


def _plain_produce_date(mention: Mention, context: productions.Context) -> Any:
    """The date production as first written: the fields' reference, then evolved."""
    m = mention
    if m.has("day2", "month2") and not m.has("day"):
        base = productions._date_fields(m, context, "2")
        base = None if base is None else attrs.evolve(base, year=productions._year(m))
    else:
        base = productions._date_fields(m, context)
    if base is None:
        return None
    changes: dict[str, Any] = {
        "modifier": productions._modifier(m, context),
        "part_of_day": productions._part_of_day(m.group("pod"), context),
        "fiscal": m.has("fiscal", "fy"),
        "whole_week": m.has("weekof"),
    }
    if m.group("decade") is not None:
        changes["decade"] = int(m.group("decade") or 0)
    elif m.group("yd") is not None:
        changes["decade"] = 190 + int(m.group("yd") or 0)
    elif m.group("yy") is not None:
        digits = m.group("yy") or ""
        if len(digits) == 1:
            changes["decade"] = 190 + int(digits)
        else:
            changes["year"] = 1900 + int(digits) if int(digits) >= 30 else 2000 + int(digits)
    if m.group("century") is not None:
        changes["century"] = int(m.group("century") or 1) - 1
    if m.has("fy") and base.year is not None and base.year < 100:
        changes["year"] = 2000 + base.year
    return attrs.evolve(base, **changes)


_DATE_RULES = frozenset(rule.id for rule in _RULES.rules if rule.produces == "date")
_DATE_TEXTS = [
    *_ARTICLES,
    *(e.text for r in _RULES.rules if r.id in _DATE_RULES for e in r.examples if e.text),
    "Sales in fiscal '98 and FY 99 rose; in the '90s and the mid-1980s they fell.",
    "From 12 to 14 March 2025 and from March 30 to April 2, then on Dec. 31-Jan. 2.",
    "the week of May 5, the morning of July 4, 1999, the 21st century, Feb. 30, 2024",
    "Q3 2024, the first half of 2025, early 2026, late May, on 29 Feb 2023",
]


def test_a_date_built_once_equals_the_evolved_one() -> None:
    context = productions.Context(_RULES.tables, _RULES.settings)
    seen = 0
    for text in _DATE_TEXTS:
        for mention in _ENGINE.scan(text):
            if mention.rule_id not in _DATE_RULES:
                continue
            seen += 1
            expected = _plain_produce_date(mention, context)
            assert expected == productions._produce_date(mention, context), mention
    assert seen > 300


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_a_date_built_once_equals_the_evolved_one_on_random_text(text: str) -> None:
    context = productions.Context(_RULES.tables, _RULES.settings)
    for mention in _ENGINE.scan(text):
        if mention.rule_id in _DATE_RULES:
            expected = _plain_produce_date(mention, context)
            assert expected == productions._produce_date(mention, context)


def test_date_values_are_the_fields_of_the_date() -> None:
    context = productions.Context(_RULES.tables, _RULES.settings)
    for mention in _ENGINE.scan(" ".join(_DATE_TEXTS[-4:])):
        for suffix in ("", "1", "2"):
            values = productions._date_values(mention, context, suffix)
            fields = productions._date_fields(mention, context, suffix)
            assert fields == (None if values is None else DateReference(**values))


# -- unit names ----------------------------------------------------------------------------


def _plain_unit_name(text: str) -> str:
    word = productions._fold(text)
    if word.endswith("ies"):
        return word[:-3] + "y"
    units = productions._UNITS | productions._SHIFT_UNITS
    return word[:-1] if word.endswith("s") and word[:-1] in units else word


def test_unit_names_equal_the_plain_lookup() -> None:
    words = {*productions._UNITS, *productions._SHIFT_UNITS}
    forms = {
        form
        for word in words
        for form in (word, word + "s", word.upper() + "S", " " + word + "s ", word + "es")
    }
    forms |= {"", "s", "ss", "centuries", "Days", "news", "its", "yes", "bus", "quarters"}
    for form in sorted(forms):
        assert _plain_unit_name(form) == productions._unit_name(form), form


@given(st.text(alphabet="adeihmnoqrstuwyDY s", max_size=12))
def test_unit_names_equal_the_plain_lookup_on_random_words(text: str) -> None:
    assert _plain_unit_name(text) == productions._unit_name(text)


# -- the tense heuristic's sentence cut ------------------------------------------------


def _plain_cut(left_text: str) -> str:
    breaks = list(tense._SENTENCE_END.finditer(left_text))
    return left_text[breaks[-1].end() :] if breaks else left_text


def _cut(left_text: str) -> str:
    last = collections.deque(tense._SENTENCE_END.finditer(left_text), maxlen=1)
    return left_text[last[0].end() :] if last else left_text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_last_sentence_break_cuts_as_the_list_of_breaks_did(text: str) -> None:
    assert _plain_cut(text) == _cut(text)


def test_the_last_sentence_break_on_adversarial_text() -> None:
    cases = [
        "",
        "no break at all",
        "Mr. Smith met Dr. Jones. U.S. talks.  \n\n Then",
        "Roe vs. Wade. The case v. Smith. It ended.\nNew line. ",
        ". . . . . A",
        "end.\n",
        "A." * 500 + " B",
        "x.\n \n \t Y and more" * 50,
    ]
    for text in cases:
        assert _plain_cut(text) == _cut(text), text[:40]


def test_openers_as_a_superset_equal_all_openers() -> None:
    lists: list[list[str]] = [[], ["in"], ["in", "the"], ["late", "on"], ["also", "and"], ["x"]]
    for left in lists:
        assert all(word in tense._OPENERS for word in left) == tense._OPENERS.issuperset(left)


# -- the tagger end to end ---------------------------------------------------------------


def test_tagging_the_articles_is_stable_across_engines() -> None:
    """A fresh tagger and one whose steps are all looked up already agree."""
    warm = _TAGGER
    for text in _ARTICLES[:20]:
        warm.tag(text)
    cold = Tagger()
    for text in _ARTICLES:
        assert [repr(m) for m in cold.tag(text)] == [repr(m) for m in warm.tag(text)]


def test_names_remembered_per_pattern_survive_a_new_pattern_at_an_old_id() -> None:
    """The names are kept with their pattern: another pattern never reads them."""
    from diplotimeline.extract import engine as engine_module

    pattern = re.compile(r"(?P<a>x)(?P<b>y)?")
    engine_module._NAMES[id(pattern)] = (re.compile(r"(?P<z>q)"), (("z", 1),))
    rule = attrs.evolve(_RULES.rules[0], regex=pattern)
    found: list[Mention] = []
    Engine._run(rule, "xy x", [(0, 4)], [pattern.search("xy x")], found)
    assert [m.groups for m in found] == [(("a", "x"), ("b", "y")), (("a", "x"),)]
