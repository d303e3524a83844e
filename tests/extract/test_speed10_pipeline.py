"""The shortcuts of the actor stage (session 10) give what the plain computations give.

Each test compares a shortcut with the plain computation it replaces, on the articles of
the seeds and of the test corpora and on random text made of the words the actor readers
look for (offices in the singular and the plural, countries, names, honorifics, credits).
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._actor_lexicon import BREAK, Memo, positions_of
from diplotimeline.extract._actor_people import PersonReader
from diplotimeline.extract._actor_text import whole_word_uses
from diplotimeline.extract.abbreviations import (
    _last_words,
    _parentheses,
    _words,
    find_abbreviations,
)
from diplotimeline.extract.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
ARTICLES_FILES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "golden").glob("*.txt"),
        *(ROOT / "tests" / "extract" / "data").glob("events_dev*/*.txt"),
        *(ROOT / "tests" / "extract" / "data").glob("actors_*.txt"),
    ]
)
# A corpus being written (never read by tests of speed) is left out.
ARTICLES_FILES = [path for path in ARTICLES_FILES if path.parent.name != "events_dev13"]

_WORDS = st.sampled_from(
    [
        "Foreign",
        "foreign",
        "Minister",
        "Ministers",
        "minister",
        "ministers",
        "MINISTERS",
        "Prime",
        "President",
        "Presidents",
        "Secretaries",
        "Secretary",
        "Affairs",
        "Trade",
        "and",
        "of",
        "for",
        "the",
        "The",
        "a",
        "Japan",
        "Japan's",
        "Kenyan",
        "Peru",
        "U.S.",
        "EU",
        "European",
        "Union",
        "Commission",
        "Association",
        "said",
        "met",
        "led",
        "by",
        "Mr.",
        "H.E.",
        "Ms",
        "Hon",
        "Ruto",
        "William",
        "Ana",
        "Ortega",
        "Nguyen",
        "Van",
        "An",
        "Photo",
        "photo",
        "former",
        "counterpart",
        "his",
        "Ishida",
        "Kenji",
    ]
)
_GAPS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "-", "'s ", " (", ") ", ": "])
_TEXT = st.lists(st.tuples(_WORDS, _GAPS), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def _reader(text: str) -> PersonReader:
    reader = PersonReader(text, "d", load_gazetteer())
    reader.find_organizations(find_abbreviations(text))
    reader.find_people()  # sets the plural tokens the shortcuts read
    return reader


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES_FILES]


# --- gazetteer matches -----------------------------------------------------------------


def _check_matches(text: str) -> None:
    reader = _reader(text)
    plain = {}
    for i in range(reader.size):
        match = reader._match(i)  # tries every token, not only where a form may start
        if match is not None:
            plain[i] = match
    assert reader.lex_at == {i: (end, entries) for i, (end, entries, _) in plain.items()}
    for i, (_, entries, _) in plain.items():
        assert dict(reader.kinds_at[i]) == {e.kind: e for e in reversed(entries)}
    greedy, covered = [], 0
    for i, (end, entries, _) in plain.items():
        if i >= covered:
            greedy.append((i, end, entries))
            covered = end
    assert reader.greedy == greedy


@pytest.mark.parametrize("text", _texts()[:40], ids=range(40))
def test_matches_start_where_a_form_may_start(text: str) -> None:
    _check_matches(text)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_matches_start_where_a_form_may_start_on_random_text(text: str) -> None:
    _check_matches(text)


# --- offices, plural offices, appositions -----------------------------------------------


def _check_people_shortcuts(text: str) -> None:
    reader = _reader(text)
    # The office gate: where it says no, the plain reading (every word a possible opener)
    # finds nothing either.
    gate = reader.vocabulary.office_openers
    opened = PersonReader(text, "d", load_gazetteer())
    opened.find_organizations(find_abbreviations(text))
    opened.vocabulary = attrs.evolve(
        opened.vocabulary, office_openers=gate | frozenset(opened.keys)
    )
    for i in range(reader.size):
        if reader.keys[i] not in gate and "office" not in reader.kinds_at.get(i, {}):
            assert opened._core(i, True) is None
            assert opened._core(i, False) is None
    # Plural offices are looked for only near a word that may be one.
    near = reader._plural_starts()
    for i in range(reader.size):
        if reader._plural_title(i) is not None:
            assert i in near, (i, reader.words[i : i + 3])
    # A plain capitalised word: _person_at reads only an apposition there.
    vocabulary = reader.vocabulary
    for i in range(reader.size):
        if (
            reader.caps[i]
            and i not in reader.lex_at
            and i not in reader.plural_near
            and i not in reader.org_at
            and reader.keys[i] not in vocabulary.generic_modifiers
            and reader.words[i] not in vocabulary.portfolio_heads
        ):
            people_a: list = []
            people_b: list = []
            assert reader._person_at(i, people_a, []) == reader._apposition_person(i, people_b)
            assert people_a == people_b


@pytest.mark.parametrize("text", _texts()[:40], ids=range(40))
def test_people_shortcuts_agree_with_plain_readings(text: str) -> None:
    _check_people_shortcuts(text)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_people_shortcuts_agree_on_random_text(text: str) -> None:
    _check_people_shortcuts(text)


def _plain_headline_lines(reader: PersonReader) -> list[tuple[int, int]]:
    """The title-case lines, token by token (the code before session 10)."""
    lines: list[tuple[int, int]] = []
    first = 0
    for i in range(1, reader.size + 1):
        if i < reader.size and reader.gaps[i] != BREAK:
            continue
        words = reader.words[first:i]
        if (
            len(words) >= 4
            and reader.text[reader.ends[i - 1] : reader.ends[i - 1] + 4].lstrip(" \t")[:1] != "."
            and all(
                caps or len(word) < 4
                for caps, word in zip(reader.caps[first:i], words, strict=True)
            )
        ):
            lines.append((reader.starts[first], reader.ends[i - 1]))
        first = i
    return lines


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_headline_lines_equal_the_plain_scan(text: str) -> None:
    reader = PersonReader(text, "d", load_gazetteer())
    assert reader._headline_lines() == _plain_headline_lines(reader)


# --- helpers ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 3), max_size=30), st.integers(0, 3), st.integers(0, 35))
def test_positions_of_equals_a_scan(values: list[int], value: int, start: int) -> None:
    expected = [i for i in range(start, len(values)) if values[i] == value]
    assert list(positions_of(values, value, start)) == expected


def test_memo_computes_once_and_empties_past_its_limit() -> None:
    calls: list[str] = []

    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(upper, limit=2)
    assert [memo["a"], memo["a"], memo["b"]] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    assert memo["c"] == "C"
    assert len(memo) == 1  # the third key emptied the table first


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab .,-()\n\u00e9_" + "x" * 5, max_size=120),
    st.integers(0, 130),
    st.integers(0, 130),
    st.integers(1, 25),
)
def test_last_words_are_the_tail_of_the_words(text: str, low: int, high: int, limit: int) -> None:
    low, high = sorted((min(low, len(text)), min(high, len(text))))
    assert _last_words(text, low, high, limit) == _words(text, low, high)[-limit:]


def test_last_words_stop_at_a_long_token() -> None:
    text = "Alpha Beta " + "x" * 80 + " Gamma Delta"
    assert [w.text for w in _last_words(text, 0, len(text), 10)] == ["Gamma", "Delta"]
    assert _last_words(text, 0, len(text), 10) == _words(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ()\u00e9\u201c", max_size=60))
def test_parentheses_are_those_a_pattern_finds(text: str) -> None:
    assert list(_parentheses(text)) == [m.start() for m in re.finditer(r"[()]", text)]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="AB-_ x\u00e9.", max_size=16),
    st.text(alphabet="AB-_.", min_size=1, max_size=3),
    st.integers(0, 16),
)
def test_whole_word_uses_are_what_the_pattern_finds(text: str, word: str, start: int) -> None:
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])")
    start = min(start, len(text))
    assert whole_word_uses(text, word, start) == [m.span() for m in pattern.finditer(text, start)]
