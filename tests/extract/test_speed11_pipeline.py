"""The shortcuts of the event stage (session 11) give what the plain computations give.

Each test compares a shortcut with the plain computation it replaces, on the articles of
the seeds and of the test corpora and on random text made of the words the shortcuts
care about (head words and their pieces, tokens with marks, digits of other scripts).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._event_context import Context, iter_frames
from diplotimeline.extract._event_cues import head_word_pattern, load_cues
from diplotimeline.extract._event_prefilter import trie_alternation
from diplotimeline.extract._tokens import _FACTS, Token, tokens_in

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "golden").glob("*.txt"),
        *(ROOT / "tests" / "extract" / "data").glob("events_*/*.txt"),
        *(ROOT / "tests" / "extract" / "data").glob("actors_*.txt"),
    ]
)
# The held-out folders are left out: nothing but their own score tests reads them.
ARTICLES = [
    path
    for path in ARTICLES
    if path.parent.name not in ("events_blind3", "events_blind4", "events_dev13")
]


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


# --- the head words, as a trie -----------------------------------------------------------


def _head_words() -> list[str]:
    cues = load_cues()
    return sorted({k.rpartition(" ")[2] for k in (*cues.heads, *cues.lower_heads)})


def _plain_head_pattern() -> re.Pattern[str]:
    """The head-word pattern as it was: one branch per word, the longest first."""
    words = sorted(_head_words(), key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?!\w)")


def _check_head_words(text: str) -> None:
    fast, plain = head_word_pattern(load_cues()), _plain_head_pattern()
    lowered = text.lower()
    ctx = Context.build(text, document_id="d")
    for sentence in ctx.sentences:
        span = (sentence.start, sentence.end)
        assert (fast.search(lowered, *span) is None) == (plain.search(lowered, *span) is None)
    # And at every position: the same words start there (whole-token matches).
    for at in range(len(lowered)):
        assert (fast.match(lowered, at) is None) == (plain.match(lowered, at) is None), at


@pytest.mark.parametrize("index", range(0, len(ARTICLES), 3))
def test_head_word_trie_finds_what_the_plain_alternation_finds(index: int) -> None:
    _check_head_words(_texts()[index])


_HEAD_PIECES = st.sampled_from(
    [
        *_head_words(),
        "summ",
        "summits",
        "summitry",
        "accords",
        "accor",
        "dialog",
        "dialogues",
        "agreementx",
        "2summit",
        "_forum",
        "fund2",
        "Summit",
        "FORUM",
        "é",
        "ſ",
        "the",
    ]
)
_GAPS = st.sampled_from([" ", "", "-", "'", "’", ". ", ", ", "\n", "_", "2", "é"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_HEAD_PIECES, _GAPS), max_size=25))
def test_head_word_trie_on_random_text(pairs: list[tuple[str, str]]) -> None:
    _check_head_words("".join(word + gap for word, gap in pairs))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abcs", min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(alphabet="abcs x", max_size=40),
)
def test_trie_alternation_matches_the_same_strings(words: list[str], text: str) -> None:
    trie = re.compile(trie_alternation(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    # The same strings in full...
    for candidate in {*words, text, *(w[:-1] for w in words), *(w + "s" for w in words)}:
        assert (trie.fullmatch(candidate) is None) == (candidate not in words)
    # ...and the same places where some word starts (followed by a blank or the end).
    end = r"(?=\s|$)"
    for at in range(len(text) + 1):
        assert (re.compile(trie.pattern + end).match(text, at) is None) == (
            re.compile(f"(?:{plain.pattern}){end}").match(text, at) is None
        )


# --- tokens --------------------------------------------------------------------------------


# The token pattern as it was, numbers first (the tokeniser now tries words first).
_PLAIN_TOKEN = re.compile(
    r"[0-9]+(?:st|nd|rd|th)\b"
    r"|[0-9]+(?:[+.,:/–-][0-9]+)*"
    r"|[^\W\d_]\w*(?:[’'.&–-]\w+)*(?:[’'](?!\w))?"
    r"|[^\s\w]"
)


def _plain_tokens(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    """The tokens as Token.__init__ makes them from each match of the old token pattern."""
    found = _PLAIN_TOKEN.finditer(text, start, end)
    return [_facts_of(Token(*m.span(), m.group())) for m in found]


def _facts_of(token: Token) -> tuple[object, ...]:
    return (
        token.start,
        token.end,
        token.text,
        token.lower,
        token.is_word,
        token.is_capital,
        token.is_name_word,
        token.is_possessive,
    )


def _check_tokens(text: str, start: int, end: int) -> None:
    assert [_facts_of(t) for t in tokens_in(text, start, end)] == _plain_tokens(text, start, end)


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_tokens_equal_plain_tokens(index: int) -> None:
    text = _texts()[index]
    _check_tokens(text, 0, len(text))
    for sentence in Context.build(text, document_id="d").sentences:
        _check_tokens(text, sentence.start, sentence.end)


_TOKEN_PIECES = st.sampled_from(
    [
        "Summit",
        "U.S.",
        "Andean-Nordic",
        "Japan’s",
        "ministers’",
        "12th",
        "2nd",
        "1,000",
        "3.5",
        "10–12",
        "٣",  # an Arabic-Indic digit: a \\d, not 0-9, skipped by the pattern
        "٣rd",
        "_",
        "__init__",
        "x_y",
        "²",
        "Ⅷ",
        "İstanbul",
        "ſ",
        "“",
        "”",
        "'",
        "—",
        "&",
        "AT&T",
        "e.g.",
        "a",
    ]
)
_TOKEN_GAPS = st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0", "\u2009", ".", ",", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TOKEN_PIECES, _TOKEN_GAPS), max_size=30), st.data())
def test_tokens_equal_plain_tokens_on_random_text(
    pairs: list[tuple[str, str]], data: st.DataObject
) -> None:
    text = "".join(word + gap for word, gap in pairs)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _check_tokens(text, start, end)
    _FACTS.clear()  # the facts of a word, made afresh, are the same
    _check_tokens(text, start, end)


# --- the lower case of a sentence, the frames of a sentence ------------------------------


@pytest.mark.parametrize("index", range(0, len(ARTICLES), 2))
def test_sentence_lower_and_frames_equal_plain_ones(index: int) -> None:
    text = _texts()[index]
    ctx = Context.build(text, document_id="d")
    plain = Context.build(text, document_id="d")
    for sentence in ctx.sentences:
        lowered = text[sentence.start : sentence.end].lower()
        assert ctx.sentence_lower(sentence) == lowered
        assert ctx.sentence_lower(sentence) == lowered  # asked again: the same
        for name in load_cues().frames:
            found = [(m.span(), m.groups()) for m in iter_frames(ctx, name, sentence)]
            assert found == [(m.span(), m.groups()) for m in plain.frames_in(name, sentence)]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="abmetvisITSK \u212a\u0130", max_size=60),
    st.lists(st.sampled_from(["met", "meet", "visit", "k", "i", "is", "ts"]), max_size=4),
)
def test_may_hold_is_any_find(text: str, words: list[str]) -> None:
    ctx = Context.build(text, document_id="d")
    index = ctx._frames
    lowered = index._twin_text
    for sentence in ctx.sentences:
        span = (sentence.start, sentence.end)
        plain = lowered is None or any(lowered.find(w, *span) >= 0 for w in words)
        assert index.may_hold(words, *span) == plain


# --- triggers nowhere in a document --------------------------------------------------------


def _plain_holding(text: str, spans: list[tuple[int, int]], trigger: str) -> frozenset[int]:
    """The sentences where a hit of ``trigger`` in the lower case starts, looked for plainly."""
    lowered = text.lower()
    starts = [start for start, _ in spans]
    found = set()
    for at in range(len(lowered)):
        if lowered.startswith(trigger, at):
            found.add(max(0, __import__("bisect").bisect_right(starts, at) - 1))
    return frozenset(found)


def _check_holding(text: str, triggers: list[str]) -> None:
    from diplotimeline.extract._event_cues import FrameIndex

    spans = [(s.start, s.end) for s in Context.build(text, document_id="d").sentences]
    if not spans or len(text.lower()) != len(text):
        return
    index = FrameIndex(text, spans, load_cues())
    for trigger in triggers:
        assert index.holding([trigger]) == _plain_holding(text, spans, trigger), trigger


def _all_triggers() -> list[str]:
    return sorted({t for ts in load_cues().triggers.values() for t in ts})


@pytest.mark.parametrize("index", range(0, len(ARTICLES), 4))
def test_holding_finds_what_a_plain_look_finds(index: int) -> None:
    _check_holding(_texts()[index], [*_all_triggers(), "two met", "s ", "’s"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["met", "Meet", "the", "visit", "two", "part", "s", "’", "é"]),
            st.sampled_from([" ", "", "\n", "\u00a0", "\u2009", ". ", "-", "\x1c"]),
        ),
        max_size=25,
    )
)
def test_holding_on_random_text(pairs: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pairs)
    _check_holding(text, ["met", "meet", "the", "visit", "two met", "t\u00a0v", "s\x1cm", "e. p"])
