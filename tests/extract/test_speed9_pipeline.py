"""The fast paths of the event stage (session 9) give what the slow paths give.

Each test compares a shortcut with the plain computation it replaces, on the articles of
the seeds and of the test corpora and on random text.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._event_context import Context
from diplotimeline.extract._event_cues import FrameIndex, load_cues

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(ROOT / "tests" / "extract" / "data").glob("events_*/*.txt"),
        *(ROOT / "tests" / "extract" / "data").glob("actors_*.txt"),
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
