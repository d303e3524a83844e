"""The fast paths of the event stage (session 9) give what the slow paths give.

Each test compares a shortcut with the plain computation it replaces, on the articles of
the seeds and of the test corpora and on random text.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._event_context import Context
from diplotimeline.extract._event_cues import FrameIndex, load_cues

ROOT = Path(__file__).resolve().parents[2]
_DATA = ROOT / "tests" / "extract" / "data"
_HELD_OUT = ("events_blind3", "events_blind4", "events_dev13")  # never read by tests of speed
ARTICLES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(
            path
            for folder in sorted(_DATA.glob("events_*"))
            if folder.name not in _HELD_OUT
            for path in folder.glob("*.txt")
        ),
        *_DATA.glob("actors_*.txt"),
    ]
)


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _slow_found(index: FrameIndex, text: str, name: str, sentence: int, span: tuple[int, int]):
    """The matches of a frame in a sentence without screens: its triggers, then a scan."""
    if not index.may_match(name, sentence):
        return []
    return _spans(load_cues().frames[name].finditer(text, *span))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_screened_frames_equal_plain_scans(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    ctx = Context.build(text, document_id="d")
    spans = [(s.start, s.end) for s in ctx.sentences]
    index = FrameIndex(text, spans, load_cues())
    plain = FrameIndex(text, spans, load_cues())
    for name in load_cues().frames:
        for number, span in enumerate(spans):
            assert _spans(index.found(name, number)) == _slow_found(
                plain, text, name, number, span
            ), (name, text[span[0] : span[1]])


_WORDS = st.sampled_from(
    [
        "met",
        "Met",
        "the",
        "The",
        "visit",
        "to",
        "Peru",
        "held",
        "talks",
        "with",
        "signed",
        "a",
        "an",
        "Agreement",
        "between",
        "during",
        "Ministers",
        "first",
        "Summit",
        "launched",
        "İstanbul",
        "ſigned",
        ",",
        ".",
        "\n",
        "  ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.integers(0, 3))
def test_screened_frames_equal_plain_scans_on_random_text(words: list[str], cut: int) -> None:
    text = " ".join(words)
    # Sentences cut anywhere, as the splitter may cut them.
    bounds = sorted({0, len(text), *[len(text) * k // (cut + 1) for k in range(1, cut + 1)]})
    spans = list(itertools.pairwise(bounds))
    index = FrameIndex(text, spans, load_cues())
    plain = FrameIndex(text, spans, load_cues())
    for name in load_cues().frames:
        for number, span in enumerate(spans):
            assert _spans(index.found(name, number)) == _slow_found(plain, text, name, number, span)


@pytest.mark.parametrize("path", ARTICLES[:8], ids=lambda p: p.name)
def test_may_match_any_is_any_may_match(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    ctx = Context.build(text, document_id="d")
    spans = [(s.start, s.end) for s in ctx.sentences]
    index = FrameIndex(text, spans, load_cues())
    groups = [("sign", "elevate"), ("met", "talks"), ("called", "launch", "such_as"), ("during",)]
    for names in groups:
        for number in range(len(spans)):
            expected = any(index.may_match(name, number) for name in names)
            assert index.may_match_any(names, number) == expected


def test_frames_are_linear_on_long_runs() -> None:
    # A screen is a search of its own: it must stay linear like the frames it guards.
    text = "visit " * 20_000 + "the " * 20_000
    index = FrameIndex(text, [(0, len(text))], load_cues())
    assert index.found("visit_noun", 0) == ()
    assert index.found("visit_by", 0) == ()


def _scanned_patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...] | None]]:
    """The patterns the readers run through ``Context.scan``, with the words guarding them."""
    from diplotimeline.extract import agreements, initiatives, meetings

    return [
        ("_VISIT_OF", meetings._VISIT_OF, ("visit",)),
        ("_ROUND", meetings._ROUND, None),
        ("_BODY_MET", meetings._BODY_MET, None),
        ("_BODY_SESSION", meetings._BODY_SESSION, meetings._SESSION_VERBS),
        ("_BODY_CONVENED", meetings._BODY_CONVENED, None),
        ("_PASSIVE_BY", meetings._PASSIVE_BY, ("by",)),
        ("_AGREED_TO_HOLD", meetings._AGREED_TO_HOLD, None),
        ("_EARLIER", meetings._EARLIER, None),
        ("_CALL_AFTER", meetings._CALL_AFTER, ("phone", "video")),
        ("_AT_MEETING", agreements._AT_MEETING, None),
        ("_LISTED", agreements._LISTED, (":",)),
        ("_ISSUED_AFTER", agreements._ISSUED_AFTER, ("joint",)),
        ("_BACK_SIGNED", agreements._BACK_SIGNED, None),
        ("_LAUNCHED_AFTER", initiatives._LAUNCHED_AFTER, None),
        ("_BODY_WAS_SET_UP", initiatives._BODY_WAS_SET_UP, None),
        ("_BODY_SET_UP", initiatives._BODY_SET_UP, None),
    ]


def _check_scans(text: str) -> None:
    ctx = Context.build(text, document_id="d")
    for name, pattern, words in _scanned_patterns():
        for sentence in ctx.sentences:
            plain = list(pattern.finditer(text, sentence.start, sentence.end))
            assert _spans(ctx.scan(pattern, sentence)) == _spans(plain), (name, sentence.text)
            if words is not None and plain:
                # A guard may say "maybe" wrongly, never "no" wrongly.
                assert ctx.may_hold_any(sentence, words), (name, sentence.text)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_scans_and_guards_equal_plain_scans(path: Path) -> None:
    _check_scans(path.read_text(encoding="utf-8"))


_READER_WORDS = st.sampled_from(
    [
        "the",
        "The",
        "Commission",
        "Joint Commission",
        "which",
        "will",
        "met",
        "MEETS",
        "convened",
        "held",
        "hold",
        "meeting",
        "in",
        "at",
        "visit",
        "VISITS",
        "of",
        "official",
        "round",
        "talks",
        "agreements",
        "signed",
        "joint statement",
        "issued",
        "after",
        "phone call",
        "video",
        "by",
        "chaired",
        "launched",
        "set up",
        "İ",
        "ſ",
        "\u212a",  # the Kelvin sign
        ":",
        ",",
        ".",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_READER_WORDS, max_size=30))
def test_scans_and_guards_equal_plain_scans_on_random_text(words: list[str]) -> None:
    _check_scans(" ".join(words))


def _check_holds(text: str, spans: list[tuple[int, int]]) -> None:
    cues = load_cues()
    index = FrameIndex(text, spans, cues)
    for triggers in [cues.head_stems, *cues.triggers.values(), ("the", "e t", "."), ()]:
        holding = index.holding(triggers or None)
        for number in range(len(spans)):
            expected = holding is None or number in holding
            assert index.holds(triggers, number) == expected, (triggers, number)


@pytest.mark.parametrize("path", ARTICLES[:10], ids=lambda p: p.name)
def test_holds_is_membership_of_holding(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    ctx = Context.build(text, document_id="d")
    _check_holds(text, [(s.start, s.end) for s in ctx.sentences])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.lists(st.integers(0, 200), max_size=4))
def test_holds_is_membership_of_holding_on_random_text(words: list[str], cuts: list[int]) -> None:
    # Sentences that need not cover the text: hits before the first one or between two
    # count as holding()'s bisection places them.
    text = " ".join(words)
    bounds = sorted({min(cut, len(text)) for cut in cuts} | {len(text)})
    _check_holds(text, list(itertools.pairwise(bounds)))
