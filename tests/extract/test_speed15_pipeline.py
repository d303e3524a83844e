"""The shortcuts of the pipeline (session 16, pspeed-15) give what the plain computations give.

- :meth:`FrameIndex.scan_sentence` (what :meth:`Context.scan` runs) skips a sentence that
  holds none of the pattern's *needed* words (``_event_cues._needed``, from
  :func:`~diplotimeline.extract._screens.needs`), found once per document; every pattern of
  the event readers that has needed words finds in every sentence of the articles the same
  matches as ``finditer`` over the sentence, and a needed word left out makes it miss one;
- :meth:`Context.lacks_needed`, asked before the hand-made screens that some readers search
  in every sentence (a body's meeting noun, a series' next meeting, the second in the
  sentence's lower case), is True only where the pattern matches neither the sentence nor
  its lower case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract import (
    _agreement_folds,
    _agreement_founding,
    _event_act_dates,
    _event_body_meets,
    _event_cues,
    _event_dates,
    _event_group_meets,
    _event_groups,
    _event_merge,
    _event_names,
    _initiative_appositions,
    agreements,
    initiatives,
    meetings,
)
from diplotimeline.extract._event_cues import FrameIndex, load_cues
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
    ]
)
_MODULES = (
    _agreement_folds,
    _agreement_founding,
    _event_act_dates,
    _event_body_meets,
    _event_dates,
    _event_group_meets,
    _event_groups,
    _event_merge,
    _event_names,
    _initiative_appositions,
    agreements,
    initiatives,
    meetings,
)


def _patterns() -> list[re.Pattern[str]]:
    """The module-level patterns of the event readers that have needed words."""
    found: dict[int, re.Pattern[str]] = {}
    for module in _MODULES:
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and _event_cues._needed(value):
                found[id(value)] = value
    return list(found.values())


def _check(text: str, patterns: list[re.Pattern[str]]) -> int:
    """Compare ``scan_sentence`` with ``finditer`` on every sentence; the skips made."""
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    skipped = 0
    for pattern in patterns:
        needed = _event_cues._needed(pattern)
        lowered = text.lower()
        for number, (start, end) in enumerate(spans):
            plain = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
            fast = [
                (m.span(), m.groups()) for m in index.scan_sentence(pattern, number, start, end)
            ]
            assert fast == plain, (pattern.pattern[:60], text[start:end])
            if not any(word in lowered[start:end] for word in needed):
                skipped += 1
    return skipped


def _check_lacks(text: str, patterns: list[re.Pattern[str]]) -> int:
    """``lacks_needed`` only where neither the text nor its lower case holds a match."""
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    lowered = text.lower()
    lacking = 0
    for pattern in patterns:
        for number, (start, end) in enumerate(spans):
            if index.lacks_needed(pattern, number, start, end):
                lacking += 1
                assert pattern.search(text, start, end) is None, text[start:end]
                assert pattern.search(lowered[start:end]) is None, text[start:end]
    return lacking


def test_reader_screens_have_needed_words() -> None:
    assert _event_cues._needed(_event_body_meets._BODY_NOUN_SCREEN)
    assert _event_cues._needed(_event_group_meets._SERIES_SCREEN)


@pytest.mark.parametrize("path", ARTICLES[1::3], ids=lambda p: p.name)
def test_lacks_needed_on_articles(path: Path) -> None:
    _check_lacks(path.read_text(encoding="utf-8"), _patterns())


def test_lacks_needed_on_sentences() -> None:
    screens = [_event_body_meets._BODY_NOUN_SCREEN, _event_group_meets._SERIES_SCREEN]
    text = (
        "Ruvian and Selmarkan envoys met on Monday. A Baltic Forum summit in Tarvo is planned. "
        "THE NEXT ORDINARY SUMMIT WILL BE HELD IN ANSELM. The ministerial, in May, failed. "
        "Nothing was agreed. The Meeting in Kessel ended."
    )
    # The first and fifth sentences for each screen, and "The ministerial" for the body's nouns.
    assert _check_lacks(text, screens) == 5
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    # Upper case: the series screen runs on the lower case, which holds "summit will".
    assert not index.lacks_needed(_event_group_meets._SERIES_SCREEN, 2, *spans[2])


def test_patterns_with_needed_words_are_many() -> None:
    patterns = _patterns()
    assert len(patterns) > 40
    assert all(
        len(_event_cues._needed(p)) <= _event_cues._NEEDED_MOST
        and min(map(len, _event_cues._needed(p))) >= _event_cues._NEEDED_SHORTEST
        for p in patterns
    )


@pytest.mark.parametrize("path", ARTICLES[::3], ids=lambda p: p.name)
def test_scan_sentence_is_finditer_on_articles(path: Path) -> None:
    _check(path.read_text(encoding="utf-8"), _patterns())


def test_sentences_are_skipped() -> None:
    text = " ".join(path.read_text(encoding="utf-8") for path in ARTICLES[:20])
    assert _check(text, _patterns()) > 1000


_SIGNED_IT = _event_dates._SIGNED_IT
_SENTENCES = [
    "Ministers of Ruvia and Selmark met in Port Anselm on Tuesday.",
    "The two foreign ministers ADOPTED IT after a night of talks.",
    "When it was signed in 2061, the accord covered fisheries.",
    "Delegates say the text will be opened for signature in March.",
    "Talks ended; the treaty, which both parliaments adopted, enters into force.",
    "It was adopted by acclamation.",
    "Nothing here is about an agreement.",
    "“It was signed,” said the Ruvian envoy, Ilse Marrow.",
]


def test_signed_it_on_sentences() -> None:
    text = " ".join(_SENTENCES)
    assert _event_cues._needed(_SIGNED_IT) == ("adopt", "opened", "sign")
    _check(text, [_SIGNED_IT])


def test_a_needed_word_left_out_misses_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(_SENTENCES)
    spans = [(s.start, s.end) for s in split_sentences(text)]
    plain = [list(_SIGNED_IT.finditer(text, *span)) for span in spans]
    real = _event_cues._needed
    # ("opened" is needed by no match that lacks "sign": "opened for signature")
    for left_out in ("adopt", "sign"):
        monkeypatch.setattr(
            _event_cues,
            "_needed",
            lambda p, w=left_out: tuple(x for x in real(p) if x != w),
        )
        index = FrameIndex(text, spans, load_cues())
        fast = [index.scan_sentence(_SIGNED_IT, n, *span) for n, span in enumerate(spans)]
        assert [len(f) for f in fast] != [len(p) for p in plain], left_out


def test_a_sentence_of_another_span_is_scanned_whole() -> None:
    text = "Peru SIGNED it. Chile adopted it. Talks ended."
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    # Not the span of sentence 2: the needed words of sentence 2 say nothing about it.
    found = index.scan_sentence(_SIGNED_IT, 2, 0, len(text))
    assert [m.group() for m in found] == [m.group() for m in _SIGNED_IT.finditer(text)]


_WORDS = st.sampled_from(
    [
        "it",
        "was",
        "signed",
        "sign",
        "adopted",
        "the",
        "text",
        "Text",
        "SIGN",
        "ADOPT",
        "opened",
        "for",
        "signature",
        "treaty",
        ",",
        "which",
        "they",
        "Ruvia",
        "İt",
        "ſigned",
        "’",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=12), min_size=1, max_size=6))
def test_scan_sentence_on_random_sentences(sentences: list[list[str]]) -> None:
    text = " ".join(" ".join(words) + "." for words in sentences)
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    for number, span in enumerate(spans):
        plain = [m.span() for m in _SIGNED_IT.finditer(text, *span)]
        assert [m.span() for m in index.scan_sentence(_SIGNED_IT, number, *span)] == plain
