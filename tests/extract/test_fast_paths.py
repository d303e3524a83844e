"""The fast paths of the tokenisers agree with the plain definitions they replace."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._actor_text import outside_spans
from diplotimeline.extract._event_cues import load_cues
from diplotimeline.extract._lowered import finditer, lowered_text, twin
from diplotimeline.extract._tokens import Token, tokens_in
from diplotimeline.extract.actors import analyze_actors
from diplotimeline.extract.engine import Engine
from diplotimeline.extract.rules import load_rules

# Letters, digits, marks inside words, quotes and spaces: what the token patterns care about.
_TEXT = st.text(alphabet="aZé1_ -.’'&–,+:/\n\tßİstndrh\"“”", max_size=60)
_ENGINE = Engine(load_rules())
_TRIGGER_TOKEN = re.compile(r"[0-9]+|[^\W\d_]{3,}")


def _facts(token: Token) -> tuple[object, ...]:
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


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 5), st.integers(0, 5))
def test_tokens_carry_the_facts_token_init_computes(text: str, cut: int, trim: int) -> None:
    """Tokens filled from the remembered facts of their word equal freshly made Tokens."""
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    tokens = tokens_in(text, start, end)
    assert [_facts(t) for t in tokens] == [_facts(Token(t.start, t.end, t.text)) for t in tokens]
    # Twice: the second pass reads the facts remembered by the first.
    assert [_facts(t) for t in tokens_in(text, start, end)] == [_facts(t) for t in tokens]


def test_word_tokens_keep_single_inner_marks() -> None:
    """A mark joins two word parts only when a word character follows it (as before the
    pattern was rewritten without a look-ahead per character)."""
    text = "U.S.-Japan ties, Andean–Nordic a.-b Japan’s Ministers’ x''y"
    assert [t.text for t in tokens_in(text, 0, len(text))] == [
        "U.S",
        ".",
        "-",
        "Japan",
        "ties",
        ",",
        "Andean–Nordic",
        "a",
        ".",
        "-",
        "b",
        "Japan’s",
        "Ministers’",
        "x'",
        "'",
        "y",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aMy 0129-,.Ĳİ", max_size=80))
def test_trigger_tokens_match_a_plain_scan(text: str) -> None:
    """Engine.tokens finds the same trigger spans as a scan token by token."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    expected: dict[str, list[tuple[int, int]]] = {t.name: [] for t in _ENGINE.rules.triggers}
    for match in _TRIGGER_TOKEN.finditer(lowered):
        for trigger in _ENGINE.rules.triggers:
            if trigger.regex.fullmatch(match.group()):
                expected[trigger.name].append(match.span())
                break
    assert _ENGINE.tokens(text) == expected


# -- case-insensitive patterns as case-sensitive twins over the lower-cased text -------

# Upper and lower case, the letters that fold unlike str.lower() (İ ı ſ K), letters whose
# lower case is longer, Greek sigmas, marks and quotes.
_CASED_TEXT = st.text(
    alphabet="aAbBkKmMsSiIyY ’'-.,\n1"
    "\u0130\u0131\u017f\u212a\u00c0\u00e0\u03a3\u03c3\u03c2\u00b5\u03bcß",
    max_size=40,
)
_SAMPLE_PATTERNS = [
    r"\b(?P<verb>met|signed|visits?)\s+(?=[A-Z])",
    r"(?<![A-Z])ms\b",
    r"\b(?=(?-i:[A-Z]))(?:may|mars)\b",
    r"[A-Za-z]{2,}(?!s)",
    r"\bsk(?:i|y)[^a-z]",
    r"(?:à|b)\s*k+",
    r"[^\W\d_]+",
    r"\bm(?![a-z])",
]


def _spans(matches: list[re.Match[str]] | object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_CASED_TEXT, st.integers(0, 8), st.integers(0, 8), st.sampled_from(_SAMPLE_PATTERNS))
def test_twins_find_what_the_pattern_finds(text: str, cut: int, trim: int, source: str) -> None:
    """The twin scan gives the pattern's own matches, in every slice of any text."""
    pattern = re.compile(source, re.IGNORECASE)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    expected = _spans(pattern.finditer(text, start, end))
    assert _spans(finditer(pattern, text, lowered_text(text), start, end)) == expected


def test_twins_of_every_rule_and_frame_agree_on_the_test_articles() -> None:
    """Every temporal rule and event frame finds the same matches through its twin."""
    patterns = [rule.regex for rule in load_rules().rules] + list(load_cues().frames.values())
    assert sum(twin(p) is not None for p in patterns) >= len(patterns) - 10
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "golden").glob("*.txt")) + sorted((root.parent / "seeds").glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lowered = lowered_text(text)
        assert lowered is not None
        for pattern in patterns:
            expected = _spans(pattern.finditer(text))
            assert _spans(finditer(pattern, text, lowered, 0, len(text))) == expected, (
                path.name,
                pattern.pattern[:60],
            )


def test_texts_with_letters_that_fold_differently_get_no_twin_scan() -> None:
    """A long s ("ſigned") matches "signed" case-insensitively, not in lower case: such
    texts get no twin scan."""
    pattern = re.compile(r"\bsigned\b", re.IGNORECASE)
    for text in ("They \u017figned it.", "Kılıç signed", "\u0130stanbul signed"):
        assert lowered_text(text) is None
        assert _spans(finditer(pattern, text, None, 0, len(text))) == _spans(pattern.finditer(text))


def test_patterns_a_twin_cannot_copy_have_none() -> None:
    """Back-references, conditionals, scoped flags in a negative look-ahead and letters
    that fold unlike str.lower() give no twin; patterns without IGNORECASE need none."""
    for source in (
        r"(a)\1",
        r"(?P<x>a)?(?(x)b|c)",
        r"x(?!(?-i:[a-z]))",
        r"(?>(?-i:A)+)",
        "\u00b5m",
        "\u03c3",
    ):
        assert twin(re.compile(source, re.IGNORECASE)) is None, source
    assert twin(re.compile("abc")) is None
    assert twin(re.compile("[A-C]", re.IGNORECASE)).pattern is None  # type: ignore[union-attr]


def test_word_classes_do_not_depend_on_case() -> None:
    """The twins rest on this: \\w, \\d and \\s hold of a character exactly when they hold of
    its lower case (wherever that is one character), for every code point; and only the
    four characters the module names match an ASCII letter without lower-casing to one."""
    word, digit, space = re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")
    letters = re.compile("[a-z]", re.IGNORECASE)
    odd = set()
    for code in range(0x110000):
        char = chr(code)
        lower = char.lower()
        if len(lower) == 1:
            for pattern in (word, digit, space):
                assert bool(pattern.match(char)) == bool(pattern.match(lower)), hex(code)
        if code > 0x7F and (letters.match(char) or (len(lower) == 1 and lower.isascii())):
            odd.add(char)
    assert odd == {"\u0130", "\u0131", "\u017f", "\u212a"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 60), max_size=30).map(lambda xs: sorted(set(xs))),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=8),
)
def test_words_inside_urls_are_found_in_one_walk(
    positions: list[int], raw: list[tuple[int, int]]
) -> None:
    """The walk that drops words inside URLs agrees with testing every URL for every word
    (spans sorted and apart, as finditer gives them; empty ones included)."""
    spans: list[tuple[int, int]] = []
    for start, size in sorted(raw):
        if not spans or start >= spans[-1][1]:
            spans.append((start, start + size))
    expected = [
        index
        for index, position in enumerate(positions)
        if not any(start <= position < end for start, end in spans)
    ]
    assert outside_spans(positions, spans) == expected


def test_a_text_of_many_urls_keeps_its_actors() -> None:
    """Words among thousands of URLs: the same actors as before, without a pass over the
    URLs for every word."""
    text = "Peru met Chile. " + "See https://example.org/a and Lima. " * 3000
    analysis = analyze_actors(text, document_id="d")
    assert {m.text for m in analysis.mentions} >= {"Peru", "Chile"}
