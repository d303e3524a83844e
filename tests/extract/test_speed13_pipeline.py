"""The shortcuts of the pipeline (session 13) give what the plain computations give.

- the frame triggers found per blank-free chunk (``_TriggerChunks``) place each trigger in
  the sentences where a search of the whole text places it, warm or cold;
- :meth:`FrameIndex.holding` gives, for every frame, the union of those sentences;
- :meth:`FrameIndex.has_head_word` (from the same pass) answers as the head-word pattern's
  search of the sentence;
- ``Context.sentence_lower`` (a slice of the text's lower case where that is exact) is the
  sentence's own lower case, Greek capital sigma and longer lower cases included;
- the forward search for letters beyond ASCII (``Context._holds_non_ascii_word``) answers
  as a search of each span, in order or not;
- ``Context.scan_text`` finds what ``finditer`` over the whole text finds;
- the abbreviation window's last words read by ``str.rsplit`` are those of ``finditer``;
- ``strip_quotes`` runs the lone apostrophes' pattern only on a name with an apostrophe,
  and gives what it gave;
- the event readers' tokens, read per blank-free chunk and remembered by chunk, are those
  of one scan of the sentence.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract import _event_dates, _event_name_parts, _tokens, abbreviations
from diplotimeline.extract._event_context import _NON_ASCII_WORD, Context
from diplotimeline.extract._event_cues import (
    FrameIndex,
    _trigger_chunks,
    _TriggerChunks,
    head_word_pattern,
    load_cues,
)
from diplotimeline.extract._sentences import split_sentences

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


def _mixes(count: int, seed: int) -> list[str]:
    """Random mixes of the articles' lines, some all in lower or upper case."""
    lines = [line for text in _texts() for line in text.splitlines(keepends=True)]
    rng = random.Random(seed)
    mixes = []
    for _ in range(count):
        mix = "".join(rng.choice(lines) for _ in range(rng.randint(1, 25)))
        roll = rng.random()
        mixes.append(mix.lower() if roll < 0.2 else mix.upper() if roll < 0.4 else mix)
    return mixes


def _index(text: str) -> FrameIndex:
    return FrameIndex(text, [(s.start, s.end) for s in split_sentences(text)], load_cues())


def _plain_sentences(index: FrameIndex, trigger: str) -> frozenset[int]:
    """The sentences of ``trigger`` by one search of the whole lower-cased text."""
    lowered = index.lowered
    assert lowered is not None
    return index._holding_one(lowered, trigger)


def _check_triggers(text: str, chunks: _TriggerChunks) -> None:
    index = _index(text)
    if index.lowered is None:
        return
    found, _ = chunks.sentences(index.lowered, index._spans)
    assert set(found) == set(chunks.triggers)
    for trigger in chunks.triggers:
        assert found[trigger] == _plain_sentences(index, trigger), trigger
    _check_head_words(index)


def _check_head_words(index: FrameIndex) -> None:
    """``has_head_word`` of each sentence (in order, then backwards) is the plain search."""
    lowered = index.lowered
    assert lowered is not None
    pattern = head_word_pattern(load_cues())
    plain = [pattern.search(lowered, start, end) is not None for start, end in index._spans]
    count = len(plain)
    assert [index.has_head_word(i) for i in range(count)] == plain
    assert [index.has_head_word(i) for i in reversed(range(count))] == plain[::-1]


def test_every_blank_free_trigger_is_chunked() -> None:
    chunks = _trigger_chunks(load_cues())
    values = {t for triggers in load_cues().triggers.values() if triggers for t in triggers}
    assert set(chunks.triggers) == {t for t in values if t and not any(c.isspace() for c in t)}
    assert len(chunks.triggers) >= 100


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_trigger_sentences_on_articles(index: int) -> None:
    text = ARTICLES[index].read_text(encoding="utf-8")
    _check_triggers(text, _TriggerChunks(load_cues()))  # cold: every chunk new
    _check_triggers(text, _trigger_chunks(load_cues()))  # warm: the shared table


def test_trigger_sentences_on_mixed_lines() -> None:
    chunks = _TriggerChunks(load_cues())
    for text in _mixes(300, seed=13):
        _check_triggers(text, chunks)


# Triggers inside longer words, overlapping ("thethe"), after and before every kind of
# blank, at the very start and end, across sentence breaks.
_PIECES = st.sampled_from(
    [
        "the",
        "thethe",
        "Met",
        "summitry",
        "re-signing",
        "visit.",
        "(talks)",
        "Lima",
        "pull-aside",
        "Kılıç",
        "ΟΔΟΣ",
        "2026",
        ".",
        "meeting.The",
        "hosted",
        "Summit",
        "summit.”",
        "“Summit",
        "talks_",
        "9summit",
        "Forum’s",
    ]
)
_BLANKS = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2009", "\x1c", ". ", ".\n", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _BLANKS), max_size=30), st.sampled_from(["", " ", "\n"]))
def test_trigger_sentences_on_random_text(pairs: list[tuple[str, str]], lead: str) -> None:
    text = lead + "".join(piece + blank for piece, blank in pairs)
    _check_triggers(text, _TriggerChunks(load_cues()))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_PIECES, _BLANKS), max_size=20), st.lists(st.integers(0, 400), max_size=6)
)
def test_head_words_in_sentences_cut_anywhere(
    pairs: list[tuple[str, str]], cuts: list[int]
) -> None:
    # Sentences that start or end inside a chunk, and chunks between sentences.
    text = "".join(piece + blank for piece, blank in pairs).lower()
    points = sorted({min(cut, len(text)) for cut in cuts} | {0, len(text)})
    spans = [(a, b) for a, b in itertools.pairwise(points) if a < b]
    spans = [(a, b - 1) if b - a > 2 and b % 3 == 0 else (a, b) for a, b in spans]
    index = FrameIndex(text, spans, load_cues())
    if index.lowered is not None:
        _check_head_words(index)


def test_holding_is_the_union_for_every_frame() -> None:
    cues = load_cues()
    for text in [*_texts()[::3], *_mixes(60, seed=7)]:
        index = _index(text)
        for name, triggers in cues.triggers.items():
            found = index.holding(triggers)
            if triggers is None or index.lowered is None:
                assert found is None
                continue
            plain = frozenset().union(*(_plain_sentences(index, t) for t in triggers))
            assert found == plain, name


def test_holding_looks_for_triggers_with_blanks_in_the_whole_text() -> None:
    # A trigger that is no chunk's (it holds a blank) is looked for as before.
    index = FrameIndex("We met. Talks went on.", [(0, 7), (8, 22)], load_cues())
    assert index.holding(["went on", "met"]) == frozenset({0, 1})
    assert index.holding(["gone away"]) == frozenset()


# --- sentences: lower case, letters beyond ASCII, whole-text scans ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru MET Chile. Talks ended.",
        "ΟΔΟΣ ΣΤΟ ΚΕΝΤΡΟ. ΟΔΟΣ.Σ ΑΘΗΝΑ",  # final sigma depends on the neighbours
        "İzmir hosted talks. Ankara met Lima.",  # a longer lower case: no slices
        "Ministers\u00a0met in KRAKÓW. The ÉLYSÉE said so.",
    ],
)
def test_sentence_lower_is_the_sentences_lower_case(text: str) -> None:
    ctx = Context.build(text, document_id="d")
    for sentence in ctx.sentences:
        assert ctx.sentence_lower(sentence) == text[sentence.start : sentence.end].lower()


def test_sentence_lower_on_articles() -> None:
    for text in [*_texts(), *_mixes(100, seed=5)]:
        ctx = Context.build(text, document_id="d")
        for sentence in ctx.sentences:
            assert ctx.sentence_lower(sentence) == text[sentence.start : sentence.end].lower()


def test_letters_beyond_ascii_in_order_and_not() -> None:
    rng = random.Random(11)
    for text in [*_texts()[::2], "Plain ASCII. Nothing else.", "Café talks. Plain. São Paulo."]:
        ctx = Context.build(text, document_id="d")
        spans = [(s.start, s.end) for s in ctx.sentences]
        spans += [
            tuple(sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1))))
            for _ in range(20)
        ]
        for start, end in spans:
            plain = _NON_ASCII_WORD.search(text, start, end) is not None
            assert ctx._holds_non_ascii_word(start, end) == plain


def test_scan_text_equals_finditer() -> None:
    patterns = [
        _event_dates._EARLIER_VERSION,
        re.compile(r"\bsummit\b", re.IGNORECASE),
        re.compile(r"\b(?:met|meets)\s+(?P<who>[A-Z]\w+)", re.IGNORECASE),
    ]
    for text in [*_texts()[::2], "An EARLIER version of this story said May 2. It erred."]:
        ctx = Context.build(text, document_id="d")
        for pattern in patterns:
            plain = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in ctx.scan_text(pattern)] == plain


# --- abbreviations: the last words of a window ------------------------------------------

_TOKEN = re.compile(r"\S+")


def _plain_last_words(text: str, low: int, high: int, limit: int) -> list[abbreviations._Word]:
    """The last words as session 10 built them: every token of the span, from the end."""
    words: list[abbreviations._Word] = []
    for match in reversed(list(_TOKEN.finditer(text, low, high))):
        token = match.group()
        if len(token) > abbreviations._MAX_WORD:
            break
        facts = abbreviations._word_facts(token)
        if facts is None:
            continue
        first, last, core, lower, initials, tokens, content, stop, capitalised = facts
        at = match.start()
        words.append(
            abbreviations._Word(
                at + first, at + last, core, lower, initials, tokens, content, stop, capitalised
            )
        )
        if len(words) == limit:
            break
    words.reverse()
    return words


def test_last_words_on_articles() -> None:
    rng = random.Random(13)
    for text in _texts():
        for _ in range(40):
            low = rng.randrange(len(text) + 1)
            high = min(len(text), low + rng.randrange(400))
            limit = rng.randint(0, 25)
            expected = _plain_last_words(text, low, high, limit)
            assert abbreviations._last_words(text, low, high, limit) == expected


_WORD_PIECES = st.sampled_from(
    ["Bay", "of", "the", "—", "&", "(", "U.S.", "é", ".", "x" * 61, "Fund", "2026", "’s"]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_WORD_PIECES, _BLANKS), max_size=30),
    st.integers(0, 25),
    st.data(),
)
def test_last_words_on_random_text(
    pairs: list[tuple[str, str]], limit: int, data: st.DataObject
) -> None:
    text = "".join(piece + blank for piece, blank in pairs)
    low = data.draw(st.integers(0, len(text)))
    high = data.draw(st.integers(low, len(text)))
    expected = _plain_last_words(text, low, high, limit)
    assert abbreviations._last_words(text, low, high, limit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the Global Fund for Coral Reefs (GFCR) and " + "y" * 70 + " Bay of Bengal (BoB)",
            [("GFCR", "Global Fund for Coral Reefs"), ("BoB", "Bay of Bengal")],
        ),
        # A token too long to be a word ends the window: nothing before it is read.
        ("the Bay " + "y" * 70 + " of Bengal Initiative (BBI)", []),
        # Tokens that make no word are skipped without counting.
        ("the Pacific & Andean Rim Forum (PARF) met", [("PARF", "Pacific & Andean Rim Forum")]),
        ("Research & Development (R&D)", [("R&D", "Research & Development")]),
    ],
)
def test_abbreviations_with_long_and_wordless_tokens(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.short, a.long) for a in abbreviations.find_abbreviations(text)] == expected


# --- names: quotation marks ---------------------------------------------------------------


def _plain_strip_quotes(text: str) -> str:
    """``strip_quotes`` as it was: the lone apostrophes' pattern run on every name."""
    text = _event_name_parts._LONE_APOSTROPHES.sub(
        "", text.translate(_event_name_parts._QUOTE_MARKS)
    )
    return " ".join(text.split()).strip(" '’")


_NAME_PIECES = st.sampled_from(
    ["Lima", "Accord", "Ministers’", "'", "’", "‘", "“", "”", '"', "«", "»", "s", "O'Neil", "2026"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_NAME_PIECES, st.sampled_from(["", " ", "  ", "\n"])), max_size=12))
def test_strip_quotes_on_random_names(pairs: list[tuple[str, str]]) -> None:
    text = "".join(piece + blank for piece, blank in pairs)
    assert _event_name_parts.strip_quotes(text) == _plain_strip_quotes(text)


def test_strip_quotes_on_capitalised_runs_of_articles() -> None:
    runs = re.compile(
        r"[“\"‘'«]?[A-Z][\w’'-]*(?:\s+(?:of|the|on|and|[“\"‘'«]?[A-Z][\w’'-]*[”\"’'»]?))*"
    )
    for text in _texts():
        for match in runs.finditer(text):
            name = match.group()
            assert _event_name_parts.strip_quotes(name) == _plain_strip_quotes(name)


# --- tokens of the event readers ---------------------------------------------------------


def _plain_tokens(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    """The tokens as session 12 made them: one scan of the slice, each token found after
    the last, with its facts."""
    found: list[tuple[object, ...]] = []
    at = start
    for word in _tokens._TOKEN.findall(text, start, end):
        at = text.find(word, at)
        found.append((at, at + len(word), word, *_tokens._facts(word)))
        at += len(word)
    return found


def _fields(tokens: list[_tokens.Token]) -> list[tuple[object, ...]]:
    return [
        (t.start, t.end, t.text, t.lower, t.is_word, t.is_capital, t.is_name_word, t.is_possessive)
        for t in tokens
    ]


def test_tokens_on_articles() -> None:
    rng = random.Random(17)
    for text in [*_texts(), *_mixes(100, seed=17)]:
        spans = [(s.start, s.end) for s in split_sentences(text)]
        for _ in range(10):
            low = rng.randrange(len(text) + 1)
            spans.append((low, min(len(text), low + rng.randrange(300))))
        for start, end in spans:
            assert _fields(_tokens.tokens_in(text, start, end)) == _plain_tokens(text, start, end)


_TOKEN_PIECES = st.sampled_from(
    [
        "U.S.",
        "Andean-Nordic",
        "Japan’s",
        "leaders'",
        "12th",
        "1st-ever",
        "2025–2030",
        "3.5",
        "_x",
        "x_",
        "²",
        "٣",
        "d'Ivoire",
        "“Summit”",
        "(BBI)",
        "Nam-themed",
        "—",
        "&",
        "’",
        "'",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TOKEN_PIECES, _BLANKS), max_size=20), st.data())
def test_tokens_on_random_text(pairs: list[tuple[str, str]], data: st.DataObject) -> None:
    text = "".join(piece + blank for piece, blank in pairs)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _fields(_tokens.tokens_in(text, start, end)) == _plain_tokens(text, start, end)
