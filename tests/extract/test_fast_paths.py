"""The fast paths of the tokenisers agree with the plain definitions they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._tokens import Token, tokens_in
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
