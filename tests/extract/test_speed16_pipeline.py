"""The readers' gate of the pipeline (session 17, pspeed-16) gives what calling every reader gives.

``read_meetings``, ``read_agreements`` and ``read_initiatives`` call their readers in turn
through :func:`~diplotimeline.extract._event_context.run_readers`, which skips a reader
declared with :func:`~diplotimeline.extract._event_readers.reads_where` in a sentence that
holds none of its strings and where none of its frames may match
(:meth:`Context.readers_for`, worked out once per document). Checked here:

- every declared reader, called in a sentence that its declaration rules out (at the point
  of the pipeline where it would be called, with every candidate read before), returns
  nothing and changes no candidate: on every sentence of the articles, and of sentences
  written for the purpose (other countries, invented people);
- the extraction with the gate is the extraction with every reader called in every sentence;
- a declaration that says less than its reader needs (a word left out) fails both checks;
- an undeclared reader runs in every sentence, the readers keep their order, and on a text
  whose case folds otherwise than its lower case says every reader runs everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract import _event_readers, agreements, initiatives, meetings, pipeline
from diplotimeline.extract._event_context import Candidate, Context, Reader
from diplotimeline.extract._event_readers import needs_of, reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

ROOT = Path(__file__).resolve().parents[2]
_DATA = ROOT / "tests" / "extract" / "data"
# Never read here: the held-out corpora and the corpus being written.
_HELD_OUT = ("events_blind3", "events_blind4", "events_dev13")
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
# Every list of readers of the three dispatchers, by the dispatcher's name.
_TABLES: dict[str, tuple[tuple[Reader, ...], ...]] = {
    "read_meetings": (meetings._FIRST_READERS, meetings._PLACE_READERS, meetings._READERS),
    "read_agreements": (agreements._FIRST_READERS, agreements._READERS),
    "read_initiatives": (initiatives._FIRST_READERS, initiatives._READERS),
}


def _declared(tables: tuple[tuple[Reader, ...], ...]) -> list[Reader]:
    """The declared readers of ``tables``, each once, in order."""
    return list(dict.fromkeys(r for table in tables for r in table if needs_of(r) is not None))


def _state(ctx: Context) -> list[tuple[Any, ...]]:
    """Every candidate's fields (lists copied), to tell that a reader changed nothing."""
    return [
        tuple(tuple(v) if isinstance(v, list) else v for v in attrs.astuple(c, recurse=False))
        for c in ctx.candidates
    ]


def _checking(
    name: str, real: Callable[[Context, Sentence], list[Candidate]], skips: list[str]
) -> Callable[[Context, Sentence], list[Candidate]]:
    """``real`` (a dispatcher), which first calls each of its declared readers that the
    gate skips in the sentence and asserts that it reads nothing there."""
    readers = _declared(_TABLES[name])

    def check(ctx: Context, sentence: Sentence) -> list[Candidate]:
        for reader in readers:
            needs = needs_of(reader)
            assert needs is not None
            where = ctx._frames.sentences_holding(*needs)
            if where is None or sentence.index in where:
                continue
            before = _state(ctx)
            found = reader(ctx, sentence)
            assert not found, (reader.__name__, sentence.text)
            assert _state(ctx) == before, (reader.__name__, sentence.text)
            skips.append(reader.__name__)
        return real(ctx, sentence)

    return check


def _check_skips(monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """Extract ``text``, checking every skip of the gate (see _checking); the skips."""
    skips: list[str] = []
    with monkeypatch.context() as patch:
        for name in _TABLES:
            patch.setattr(pipeline, name, _checking(name, getattr(pipeline, name), skips))
        extract(Document(id="d", text=text, published=PartialDate(2047, 6)))
    return skips


def _ungated(monkeypatch: pytest.MonkeyPatch, document: Document) -> Any:
    """The extraction of ``document`` with every reader called in every sentence."""
    with monkeypatch.context() as patch:
        patch.setattr(Context, "readers_for", lambda self, sentence, readers: readers)
        return extract(document)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_skipped_readers_read_nothing_on_articles(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    _check_skips(monkeypatch, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", ARTICLES[::4], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gated_extraction_is_ungated_on_articles(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    document = Document(id="d", text=path.read_text(encoding="utf-8"), published=None)
    assert extract(document) == _ungated(monkeypatch, document)


# Sentences written for the gate: each reads something with one declared reader or another,
# next to ones that read nothing (other countries, invented people, real offices).
_SENTENCES = [
    "Ruvian President Ilse Marrow held talks with Selmarkan Prime Minister Tomas Vehko in "
    "Port Anselm on Tuesday.",
    "Marrow and Vehko also talked by phone on 3 March 2047.",
    "The two leaders attended a ceremony marking the 30th anniversary of diplomatic relations.",
    "Vehko will pay a state visit to Ruvia from 12 to 14 May.",
    "The Ruvia-Selmark Joint Commission met in Kessel on 2 April, its first session since 2044.",
    "A Selmarkan frigate made a port call in Anselm last week.",
    "Foreign ministers of the Baltic Forum will gather in Tarvo next month.",
    "The next summit of the forum will be held in Lindholm in 2048.",
    "The two sides signed a memorandum of understanding on fisheries on Friday.",
    "The agreement on river transit, signed in Kessel in 2041, entered into force in 2043.",
    "Ruvia and Selmark launched the Green Ports Programme, a fund of 40 million euros.",
    "They agreed to set up a Ruvia-Selmark Business Council.",
    "Marrow hosted a dinner for Vehko at the presidential palace.",
    "It rained all week in the capital.",
    "Prices of grain rose by a tenth.",
    "Nothing was said about the border.",
]


def test_skipped_readers_read_nothing_on_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    skips = _check_skips(monkeypatch, " ".join(_SENTENCES))
    # Most calls are skipped: the ceremony reader everywhere but in the third sentence.
    assert skips.count("_read_ceremonies") == len(_SENTENCES) - 1
    assert len(skips) > 10 * len(_SENTENCES)


def test_gated_extraction_is_ungated_on_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    document = Document(id="d", text=" ".join(_SENTENCES), published=PartialDate(2047, 6))
    gated = extract(document)
    assert gated.events  # the sentences read something
    assert gated == _ungated(monkeypatch, document)


def test_a_string_left_out_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(_SENTENCES)
    document = Document(id="d", text=text, published=PartialDate(2047, 6))
    reader = meetings._read_ceremonies
    # What a declaration that missed the reader's word would say.
    monkeypatch.setitem(_event_readers._NEEDS, reader, (("banquet",), ()))
    with pytest.raises(AssertionError, match="_read_ceremonies"):
        _check_skips(monkeypatch, text)
    assert extract(document) != _ungated(monkeypatch, document)


def test_a_frame_left_out_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(_SENTENCES)
    reader = agreements._read_signing
    assert needs_of(reader) == ((), ("sign",))
    monkeypatch.setitem(_event_readers._NEEDS, reader, ((), ("relations",)))
    with pytest.raises(AssertionError, match="_read_signing"):
        _check_skips(monkeypatch, text)


_WORDS = st.sampled_from(
    [
        "Marrow",
        "Vehko",
        "Ruvia",
        "Selmark",
        "met",
        "held",
        "talks",
        "with",
        "visit",
        "signed",
        "a",
        "the",
        "treaty",
        "memorandum",
        "ceremony",
        "marking",
        "anniversary",
        "next",
        "summit",
        "in",
        "Kessel",
        "on",
        "Tuesday",
        "launched",
        "programme",
        "dinner",
        "by",
        "phone",
        ",",
        "İt",
        "ſigned",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=2, max_size=14), min_size=1, max_size=5))
def test_gate_on_random_sentences(sentences: list[list[str]]) -> None:
    text = " ".join(" ".join(words) + "." for words in sentences)
    document = Document(id="d", text=text, published=PartialDate(2047, 6))
    with pytest.MonkeyPatch.context() as patch:
        assert _check_skips(patch, text) is not None
        assert extract(document) == _ungated(patch, document)


def _check_words(text: str, words: tuple[str, ...]) -> int:
    """Every sentence whose lower case holds one of ``words`` is among those that
    ``sentences_holding`` gives for it (after ``use_words``); the sentences ruled out."""
    ctx = Context.build(text, document_id="d")
    index = ctx._frames
    index.use_words(words)
    ruled_out = 0
    for word in words:
        where = index.sentences_holding((word,), ())
        if where is None:
            continue
        for sentence in ctx.sentences:
            if word in ctx.sentence_lower(sentence):
                assert sentence.index in where, (word, sentence.text)
            elif sentence.index not in where:
                ruled_out += 1
    return ruled_out


@pytest.mark.parametrize("path", ARTICLES[1::3], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_declared_words_on_articles(path: Path) -> None:
    _check_words(path.read_text(encoding="utf-8"), _event_readers.declared_words())


def test_declared_words_on_sentences() -> None:
    words = _event_readers.declared_words()
    assert {"ceremon", "port call", " met ", "’s "} <= set(words)
    text = " ".join(_SENTENCES)
    assert _check_words(text, words) > 10 * len(_SENTENCES)
    ctx = Context.build(text, document_id="d")
    ctx._frames.use_words(words)
    # "port call" by its piece "port": the sentences of "Port Anselm" and "Green Ports" too
    # (a superset).
    assert sorted(ctx._frames.sentences_holding(("port call",), ())) == [0, 5, 10]


_PIECES = st.sampled_from(
    ["met", "port", "call", "Port", "CALL", "’s", "'s", "two", "by", "x", ",", ":", "of", "1"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(_PIECES, min_size=1, max_size=10).map(" ".join), min_size=1, max_size=6).map(
        ". ".join
    )
)
def test_declared_words_on_random_sentences(text: str) -> None:
    _check_words(text, (" met ", "met", "port call", "’s ", "s' ", "two", "by", ":", " of 1"))


def _readers() -> Iterator[Callable[[Context, Sentence], list[Candidate]]]:
    @reads_where("ceremon")
    def ceremonies(ctx: Context, sentence: Sentence) -> list[Candidate]:
        return []

    @reads_where(frames=("sign",))
    def signing(ctx: Context, sentence: Sentence) -> list[Candidate]:
        return []

    def always(ctx: Context, sentence: Sentence) -> list[Candidate]:
        return []

    yield from (ceremonies, always, signing)


def test_readers_for_by_words_and_frames() -> None:
    readers = tuple(_readers())
    ctx = Context.build("A ceremony was held. They signed a pact. It rained.", document_id="d")
    assert [[r.__name__ for r in ctx.readers_for(s, readers)] for s in ctx.sentences] == [
        ["ceremonies", "always"],
        ["always", "signing"],
        ["always"],
    ]


def test_readers_for_on_a_text_folded_otherwise() -> None:
    readers = tuple(_readers())
    # "İ" lowers to two characters and "ſ" matches "s" without case: every reader runs.
    for text in ("İt rained. A ceremony was held.", "It rained. They ſigned a pact."):
        ctx = Context.build(text, document_id="d")
        assert all(ctx.readers_for(s, readers) == readers for s in ctx.sentences)


def test_reads_where_refuses_what_it_cannot_use() -> None:
    for words in ((), ("",), ("Ceremony",)):
        with pytest.raises(ValueError, match="a reader"):
            reads_where(*words)


def test_every_dispatcher_declares_most_readers() -> None:
    for tables in _TABLES.values():
        readers = {r for table in tables for r in table}
        assert len(_declared(tables)) * 2 > len(readers)
