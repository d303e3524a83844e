"""The engine's fast scan (plan worked out at load, one search per window in C) finds
exactly what the plain definition of the windowed scan finds."""

from __future__ import annotations

import re
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract.engine import Engine, Mention, _windows
from diplotimeline.extract.rules import load_rules

_RULES = load_rules()
_ENGINE = Engine(_RULES)
_GOLDEN = Path(__file__).resolve().parents[1] / "golden"
_MARGIN = 16

# Words that set off the triggers and the rules around them, with the blanks and marks
# between them, so that random texts hold many windows, some adjacent, some merged.
_WORDS = st.sampled_from(
    [
        "May", "5", "2024", "1999", "last", "next", "week", "weeks", "year", "ago",
        "Monday", "today", "the", "first", "half", "of", "quarter", "in", "early",
        "mid-2026", "two", "days", "every", "annually", "'97", "10:30", "a.m.", "-",
        "fiscal", "since", "from", "to", "and", "long", "day-long", "spring", "now",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", "\n", "  ", "-", " (", ") "])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


def _plain_windows(
    size: int, tokens: list[tuple[int, int]], before: int, after: int
) -> list[tuple[int, int]]:
    """The windows as first written: merge each token's reach into the one before."""
    after += _MARGIN
    merged: list[tuple[int, int]] = []
    last_start, last_end = -1, -1
    for token_start, token_end in tokens:
        start, end = token_start - before, token_end + after
        if start <= last_end:
            last_end = max(last_end, end)
            continue
        if last_end >= 0:
            merged.append((max(0, last_start), min(size, last_end)))
        last_start, last_end = start, end
    if last_end >= 0:
        merged.append((max(0, last_start), min(size, last_end)))
    return merged


def _plain_scan(engine: Engine, text: str) -> list[Mention]:
    """The windowed scan as first written: every rule, a finditer over every window."""
    tokens = engine.tokens(text)
    reach = {trigger.name: (trigger.before, trigger.after) for trigger in engine.rules.triggers}
    found: list[Mention] = []
    for rule in engine.rules.rules:
        if rule.trigger is None:
            regions = [(0, len(text))]
        else:
            before, after = rule.reach or reach[rule.trigger[0]]
            spans = sorted(span for name in rule.trigger for span in tokens[name])
            regions = _plain_windows(len(text), spans, before, after)
        for start, end in regions:
            for match in rule.regex.finditer(text, start, end):
                if match.end() == end and end < len(text):
                    again = rule.regex.match(text, match.start())
                    if again is None:
                        continue
                    match = again
                if match.start() == match.end():
                    continue
                groups = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
                offsets = tuple((k, *match.span(k)) for k, _ in groups)
                found.append(
                    Mention(
                        rule.id,
                        match.start(),
                        match.end(),
                        match.group(0),
                        groups,
                        rule.latent,
                        rule.priority,
                        rule.order,
                        offsets,
                    )
                )
    return found


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    """Same mentions, in the same order (rule order, then text order)."""
    assert _ENGINE.scan(text) == _plain_scan(_ENGINE, text)


def test_scan_on_the_golden_texts_matches_the_plain_scan() -> None:
    texts = sorted(_GOLDEN.glob("*.txt"))
    assert texts
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert _ENGINE.scan(text) == _plain_scan(_ENGINE, text), path.name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=30),
    st.integers(0, 64),
    st.integers(0, 64),
    st.integers(0, 400),
)
def test_windows_match_their_plain_definition(
    steps: list[tuple[int, int]], before: int, after: int, slack: int
) -> None:
    """Disjoint tokens in text order (as the tokeniser gives them), any reach."""
    tokens, at = [], 0
    for gap, length in steps:
        tokens.append((at + gap, at + gap + length))
        at += gap + length
    size = at + slack
    assert _windows(size, tokens, before, after) == _plain_windows(size, tokens, before, after)


def test_plan_keys_windows_as_the_rule_set_says() -> None:
    """Rules with the same trigger classes and reach share one key, and only those."""
    reach = {trigger.name: (trigger.before, trigger.after) for trigger in _RULES.triggers}
    names = [trigger.name for trigger in _RULES.triggers]
    by_key: dict[int, tuple[tuple[str, ...], int, int]] = {}
    for rule, classes, before, after, key in _ENGINE._plan:
        if rule.trigger is None:
            assert classes is None
            continue
        assert classes is not None
        assert tuple(names[index] for index in classes) == rule.trigger
        assert (before, after) == (rule.reach or reach[rule.trigger[0]])
        assert by_key.setdefault(key, (rule.trigger, before, after)) == (
            rule.trigger,
            before,
            after,
        )
    assert [rule for rule, *_ in _ENGINE._plan] == list(_RULES.rules)


# Blanks of every kind str.split() knows, and words that hold a trigger word inside a
# longer chunk ("mayor", "x1999"), so that a chunk is looked for past look-alikes.
_CHUNK_TEXT = st.lists(
    st.sampled_from(
        [
            "may", "May", "mayor", "1999", "x1999", "1999x", "12", "a12b", "weeks",
            "week-long", "(May", "May)", "İstanbul", "Ĳ", "ſ", "ago", "agog", "_may", "may_",
        ]
    )
    | st.sampled_from([" ", "\n", "\t", "\x1c", "\x85", "\xa0", "\u2003", "\u3000", ",", "-"]),
    max_size=50,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_CHUNK_TEXT)
def test_trigger_tokens_by_chunk_match_a_plain_scan(text: str) -> None:
    """Engine.tokens, which looks chunks between blanks up, equals a token-by-token scan."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    expected: dict[str, list[tuple[int, int]]] = {t.name: [] for t in _RULES.triggers}
    for match in re.finditer(r"[0-9]+|[^\W\d_]{3,}", lowered):
        for trigger in _RULES.triggers:
            if trigger.regex.fullmatch(match.group()):
                expected[trigger.name].append(match.span())
                break
    engine = Engine(_RULES)
    assert engine.tokens(text) == expected
    # Again, now that the chunks are remembered.
    assert engine.tokens(text) == expected


def test_chunk_lookup_stays_linear_past_many_look_alikes() -> None:
    """A trigger chunk after a megabyte of longer chunks that hold it takes linear time."""
    text = "mayor " * 170_000 + "may 1999"
    start = time.process_time()
    tokens = Engine(_RULES).tokens(text)
    assert time.process_time() - start < 5
    assert tokens["month"] == [(len(text) - 8, len(text) - 5)]


def test_long_chunks_are_read_but_not_remembered() -> None:
    """A chunk longer than the limit (junk, a table row) is tokenised every time."""
    engine = Engine(_RULES)
    long_chunk = "x" * 100 + "-May-" + "y" * 100
    text = f"{long_chunk} in May {long_chunk}"
    tail = len(text) - len(long_chunk)
    expected = [(101, 104), (len(long_chunk) + 4, len(long_chunk) + 7), (tail + 101, tail + 104)]
    assert engine.tokens(text)["month"] == expected
    assert engine.tokens(text)["month"] == expected
    assert long_chunk not in engine._chunks
    assert "may" in engine._chunks
