"""The shortcuts of the pipeline (session 14) give what the plain computations give.

- :meth:`FrameIndex.holds` looks for all its triggers with one search (a trie) instead of one
  ``str.find`` each, and answers as the plain searches do, for the head stems the readers
  ask about and for any list of strings, on articles and on random text;
- the abbreviation reader places a unit that is only a letter by comparing it with the
  letter at an initial (``_options``) and skips the starts where no initial holds the first
  unit (``_align``): with every unit treated as one that may stand for a word (the slow
  path, the code before), it finds the same abbreviations.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract import abbreviations
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


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


def _plain_holds(text: str, spans: list[tuple[int, int]], triggers: Sequence[str]) -> list[bool]:
    """For each sentence, whether one of ``triggers`` starts in it (up to the next one's
    start), by one ``str.find`` per trigger: the computation before session 14."""
    lowered = text.lower()
    starts = [start for start, _ in spans]
    if not triggers:
        return [True] * len(starts)  # no triggers: no screen, every sentence may hold
    answers = []
    for sentence, start in enumerate(starts):
        stop = starts[sentence + 1] if sentence + 1 < len(starts) else len(lowered)
        answers.append(any(lowered.find(t, start, stop + len(t) - 1) >= 0 for t in triggers))
    return answers


def _check_holds(text: str, triggers: Sequence[str]) -> None:
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    if len(text.lower()) != len(text):
        return  # ``holds`` answers True for every sentence then, as before
    expected = _plain_holds(text, spans, triggers)
    assert [index.holds(triggers, n) for n in range(len(spans))] == expected


def test_holds_head_stems_and_frames_on_articles() -> None:
    cues = load_cues()
    trigger_lists = [cues.head_stems, *(t for t in cues.triggers.values() if t)]
    assert len(trigger_lists) > 10
    hits = 0
    for text in _texts():
        for triggers in trigger_lists:
            _check_holds(text, triggers)
        spans = [(s.start, s.end) for s in split_sentences(text)]
        index = FrameIndex(text, spans, cues)
        hits += sum(index.holds(cues.head_stems, n) for n in range(len(spans)))
    assert hits > 100  # the check is not vacuous


def test_holds_with_a_hit_across_the_sentence_end() -> None:
    # A hit counts for the sentence where it starts, even when it runs into the next one.
    text = "They met in Lima. Talks followed."
    for triggers in (["lima. talks"], ["talks", "lima. talks"], ["a. t"], ["xyz"], ["."]):
        _check_holds(text, triggers)
    spans = [(s.start, s.end) for s in split_sentences(text)]
    index = FrameIndex(text, spans, load_cues())
    assert [index.holds(["lima. talks"], n) for n in range(len(spans))] == [True, False]


def test_holds_with_an_empty_trigger_or_special_characters() -> None:
    text = "The (2+2) dialogue met. Then [the] talks * ended? Yes."
    for triggers in (["", "zzz"], ["(2+2)"], ["[the]", "*"], ["ended?"], ["yes.", "?"]):
        _check_holds(text, triggers)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["met", "talks", "Summit", "of", "visit", "a", "ed", "."]), max_size=40
    ),
    triggers=st.lists(st.text(alphabet="metalksuivo .", min_size=1, max_size=6), max_size=6),
    data=st.data(),
)
def test_holds_on_random_text(words: list[str], triggers: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    _check_holds(text, triggers)
    if words:
        # the same list object asked again (the trie is remembered by the list)
        _check_holds(text + " " + data.draw(st.sampled_from(words)), triggers)


def _abbreviations_of(text: str) -> list[tuple[str, str, int, int]]:
    return [
        (a.short, a.long, a.short_start, a.long_start)
        for a in abbreviations.find_abbreviations(text)
    ]


def _slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    everything = frozenset(string.printable) | frozenset("éèüöäçñ")
    monkeypatch.setattr(abbreviations, "_SPELLED_UNITS", everything)


def test_abbreviations_on_articles_as_by_the_slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [_abbreviations_of(text) for text in texts]
    assert sum(map(len, fast)) > 50  # the check is not vacuous
    _slow_path(monkeypatch)
    assert [_abbreviations_of(text) for text in texts] == fast


_LONG_FORMS = [
    "Association of Southeast Asian Nations",
    "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
    "Regional Comprehensive Economic Partnership",
    "Economic Community of Central African States",
    "Community of Portuguese Language Countries",
    "Two-plus-Two ministerial dialogue",
    "Cross-border Transport Facilitation Agreement",
    "Amazon Cooperation Treaty Organization",
    "International Atomic Energy Agency",
    "United Nations Convention on the Law of the Sea",
    "Business 4 Peace forum",
    "Trans-Regional Exchange programme",
]


def _invented_shorts(long: str, rng: random.Random) -> list[str]:
    words = long.replace("-", " ").split()
    initials = "".join(w[0] for w in words)
    caps = "".join(w[0] for w in words if w[0].isupper())
    return [
        initials.upper(),
        caps,
        caps + "X",
        caps[: max(1, len(caps) - 1)],
        "".join(rng.sample(caps, len(caps))) if caps else "Q",
        caps.replace("T", "X", 1),
        caps.replace("T", "2", 1),
    ]


def test_abbreviations_of_invented_pairs_as_by_the_slow_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(14)
    texts = []
    for long in _LONG_FORMS:
        for short in _invented_shorts(long, rng):
            texts.append(f"Ministers of the {long} ({short}) met in Lisbon on Monday.")
            texts.append(f"The talks of the {long} ({short}, founded in 1996) ended.")
    fast = [_abbreviations_of(text) for text in texts]
    assert sum(map(len, fast)) > 20
    _slow_path(monkeypatch)
    assert [_abbreviations_of(text) for text in texts] == fast
