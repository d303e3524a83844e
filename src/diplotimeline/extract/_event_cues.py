"""The event cues of ``data/rules/en/events.toml``, loaded and checked once.

Head words of event names, name connectors, verb frames and status cues. A frame may
name its *triggers* (``[frame_triggers]``): strings of which every match holds at least
one, in lower case. :class:`FrameIndex` then runs the frame only over the sentences that
hold a trigger, instead of over the whole document.

Examples:
    >>> cues = load_cues()
    >>> cues.head("joint statement")
    ('agreement', 'joint-statement')
    >>> "anniversary" in cues.triggers["anniversary"]
    True
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

from diplotimeline.errors import RuleFileError
from diplotimeline.extract._event_prefilter import trie_alternation
from diplotimeline.extract._lowered import finditer, place_chunk, twin_text_of
from diplotimeline.extract._screens import gate, needs, screen
from diplotimeline.extract.gazetteer import fold

__all__ = ["EventCues", "FrameIndex", "cue_key", "head_word_pattern", "load_cues"]

_PATH: Final = "rules/en/events.toml"


def _pair(value: str, where: str) -> tuple[str, str]:
    kind, _, form = value.partition(":")
    if kind not in ("meeting", "agreement", "initiative") or not form:
        raise RuleFileError(f"{where}: expected '<kind>:<form>', got {value!r}", path=_PATH)
    return kind, form


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise RuleFileError(f"{key} must be a list of strings", path=_PATH)
    return frozenset(values)


def _compile(frames: Mapping[str, Any]) -> dict[str, re.Pattern[str]]:
    compiled = {}
    problems = []
    for name, pattern in frames.items():
        try:
            compiled[name] = re.compile(str(pattern), re.IGNORECASE)
        except re.error as exc:
            problems.append(RuleFileError(f"frame {name}: bad pattern: {exc}", path=_PATH))
            continue
        if compiled[name].fullmatch(""):
            problems.append(RuleFileError(f"frame {name} matches the empty string", path=_PATH))
    if problems:
        raise ExceptionGroup(f"{len(problems)} problem(s) in {_PATH}", problems)
    return compiled


@attrs.frozen
class EventCues:
    """The event cues of ``data/rules/en/events.toml``: heads, words, frames, status cues.

    Examples:
        >>> cues = load_cues()
        >>> cues.head("summit"), cues.lower_head("initiative")
        (('meeting', 'summit'), ('initiative', 'programme'))
        >>> "the" in cues.openers
        True
    """

    heads: Mapping[str, tuple[str, str]]
    lower_heads: Mapping[str, tuple[str, str]]
    list_heads: Mapping[str, tuple[str, str]]
    connectors: frozenset[str]
    articles: frozenset[str]
    openers: frozenset[str]
    organization_heads: frozenset[str]
    meeting_words: frozenset[str]
    calendar: frozenset[str]
    not_events: frozenset[str]
    frames: Mapping[str, re.Pattern[str]]
    future: frozenset[str]
    future_phrases: tuple[str, ...]
    past: frozenset[str]
    longest_head: int
    triggers: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    body_heads: frozenset[str] = frozenset()
    head_stems: tuple[str, ...] = ()
    business: frozenset[str] = frozenset()
    firms: frozenset[str] = frozenset()
    series_heads: frozenset[str] = frozenset()

    def head(self, phrase: str) -> tuple[str, str] | None:
        """The (kind, form) of a capitalised head phrase, or ``None``."""
        return self.heads.get(cue_key(phrase))

    def lower_head(self, phrase: str) -> tuple[str, str] | None:
        """The (kind, form) of a lower-case head phrase after a name, or ``None``."""
        return self.lower_heads.get(cue_key(phrase))


@functools.lru_cache(maxsize=65536)
def cue_key(phrase: str) -> str:
    """The lookup key of a head phrase: folded, with plain apostrophes and no quotes.

    Examples:
        >>> cue_key("Ministers’ Meeting")
        "ministers' meeting"
    """
    return fold(phrase).replace("’", "'").replace('"', "")


@functools.cache
def load_cues() -> EventCues:
    """Load the packaged event cues (once).

    Raises:
        RuleFileError: The file does not fit its schema.

    Examples:
        >>> load_cues() is load_cues()
        True
    """
    source = (
        importlib.resources.files("diplotimeline") / "data" / "rules" / "en" / "events.toml"
    ).read_text(encoding="utf-8")
    data = tomllib.loads(source)
    if data.get("schema") != 1:
        raise RuleFileError(f"schema must be 1, got {data.get('schema')!r}", path=_PATH)
    tables = {}
    for table in ("heads", "lower_heads", "list_heads"):
        raw = data.get(table, {})
        tables[table] = {cue_key(k): _pair(str(v), f"{table}.{k}") for k, v in raw.items()}
    words = data.get("words", {})
    status = data.get("status", {})
    frames = _compile(data.get("frames", {}))
    return EventCues(
        heads=tables["heads"],
        lower_heads=tables["lower_heads"],
        list_heads=tables["list_heads"],
        connectors=_words(words, "connectors"),
        articles=_words(words, "articles"),
        openers=_words(words, "openers"),
        organization_heads=_words(words, "organization_heads"),
        meeting_words=_words(words, "meeting_words"),
        calendar=_words(words, "calendar"),
        not_events=_words(words, "not_events"),
        frames=frames,
        future=_words(status, "future"),
        future_phrases=tuple(sorted(_words(status, "future_phrases"))),
        past=_words(status, "past"),
        longest_head=max(len(k.split()) for k in tables["heads"]),
        triggers=_triggers(data.get("frame_triggers", {}), frames),
        head_stems=_stems((*tables["heads"], *tables["lower_heads"])),
        body_heads=_words(words, "body_heads"),
        business=_words(words, "business"),
        firms=_words(words, "firms"),
        series_heads=_words(words, "series_heads"),
    )


_HEAD_WORDS: dict[int, tuple[EventCues, re.Pattern[str]]] = {}


def head_word_pattern(cues: EventCues) -> re.Pattern[str]:
    """A pattern for the last words of every head, as whole tokens of lower-case ASCII text.

    A token ends every head phrase, so a sentence of ASCII words where this pattern finds
    nothing names no event. (Text with other letters may fold into a head word: there
    only :attr:`EventCues.head_stems` can tell.)

    Examples:
        >>> pattern = head_word_pattern(load_cues())
        >>> bool(pattern.search("the lima summit.")), bool(pattern.search("summitry"))
        (True, False)
    """
    found = _HEAD_WORDS.get(id(cues))
    if found is None or found[0] is not cues:
        words = {k.rpartition(" ")[2] for k in (*cues.heads, *cues.lower_heads)}
        # As a trie: the same words, fewer branches tried at each word (see _event_prefilter).
        alternatives = trie_alternation(words)
        # A token is never preceded by a letter nor followed by a word character.
        pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?!\w)")
        if len(_HEAD_WORDS) > 64:
            _HEAD_WORDS.clear()
        found = _HEAD_WORDS[id(cues)] = (cues, pattern)
    return found[1]


def _stems(heads: Sequence[str]) -> tuple[str, ...]:
    """Lower-case beginnings of the words of every head: a sentence without any of them
    names no event (the first five letters, so that "communiqué" still holds "commu")."""
    stems = set()
    for head in heads:
        # Every word of a head is in a sentence that holds the head: the longest will do.
        words = re.findall(r"[a-z]+", head)
        if words:
            stems.add(max(words, key=len)[:5])
    # A stem that holds another adds nothing.
    return tuple(sorted(s for s in stems if not any(o != s and o in s for o in stems)))


def _triggers(
    raw: Mapping[str, Any], frames: Mapping[str, re.Pattern[str]]
) -> dict[str, tuple[str, ...]]:
    problems = []
    triggers: dict[str, tuple[str, ...]] = {}
    for name, values in raw.items():
        if name not in frames:
            problems.append(RuleFileError(f"frame_triggers.{name}: no such frame", path=_PATH))
            continue
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) and v and v == v.lower() for v in values)
        ):
            problems.append(
                RuleFileError(
                    f"frame_triggers.{name} must be a non-empty list of lower-case strings",
                    path=_PATH,
                )
            )
            continue
        triggers[name] = tuple(values)
    if problems:
        raise ExceptionGroup(f"{len(problems)} problem(s) in {_PATH}", problems)
    return triggers


# A chunk's entry takes about 150 bytes: the table empties itself past 20,000 chunks.
_CHUNKS_LIMIT: Final = 20_000
_NO_HITS: Final[tuple[tuple[str, int], ...]] = ()
# What the table of chunks gives for a chunk not seen yet (compared by identity).
_UNSEEN: Final[tuple[tuple[str, int], ...]] = (("", -1),)
# In a chunk's hits, in place of a trigger: the chunk holds a head word (see head_word_pattern).
_HEAD: Final = ""


class _TriggerChunks:
    """The frame triggers of one cue set, as found in the blank-free chunks of a text.

    ``str.split()`` cuts a lower-cased text into chunks at its blanks ("talks,", "the",
    "mid-2026"). A trigger without a blank lies inside one chunk wherever it occurs, so its
    places in the text are its places in the chunks that hold it. Chunks repeat within a
    text and from one text to the next: the places of the triggers in each chunk are
    worked out once, when it is first seen (a trie of every trigger first says, in C,
    whether the chunk holds one at all), and remembered, up to ``_CHUNKS_LIMIT`` chunks.

    So is whether a chunk holds a match of :func:`head_word_pattern`: a match needs no
    letter before it and no word character after it, and a blank is neither, so a match
    in a chunk alone is one in the text, and a sentence that starts and ends at blanks
    holds a match exactly when one of its chunks does.
    """

    __slots__ = ("_heads", "_known", "_pattern", "triggers")

    def __init__(self, cues: EventCues) -> None:
        values = {t for triggers in cues.triggers.values() if triggers for t in triggers}
        # Triggers with a blank (or none at all) are looked for in the whole text instead.
        self.triggers: tuple[str, ...] = tuple(sorted(t for t in values if t and t.split() == [t]))
        self._pattern = re.compile(trie_alternation(self.triggers)) if self.triggers else None
        self._heads = head_word_pattern(cues)
        self._known: dict[str, tuple[tuple[str, int], ...]] = {}

    def sentences(
        self, lowered: str, spans: Sequence[tuple[int, int]]
    ) -> tuple[dict[str, frozenset[int]], frozenset[int]]:
        """The sentences where each of :attr:`triggers` starts, as
        ``bisect_right(starts, place) - 1`` for each of its places in ``lowered``; and the
        sentences that wholly hold a chunk with a head word.

        Args:
            lowered: The text in lower case (of the text's length).
            spans: The ``(start, end)`` of its sentences, in order.
        """
        starts = [start for start, _ in spans]
        found: dict[str, set[int]] = {}
        heads: set[int] = set()
        chunks = lowered.split()
        # In C: every chunk seen before is looked up; Python visits only the chunks that
        # hold a trigger and those not seen yet.
        # (A chunk not seen yet gets ``_UNSEEN``, which is true, one seen without a
        # trigger the empty tuple, which is false: ``compress`` keeps the first kind.)
        hits_of = list(map(self._known.get, chunks, itertools.repeat(_UNSEEN)))
        cursor = 0
        for position in itertools.compress(range(len(chunks)), hits_of):
            chunk = chunks[position]
            hits = hits_of[position]
            if hits is _UNSEEN:
                hits = self._hits(chunk)
                if not hits:
                    continue
            at = place_chunk(lowered, chunk, cursor)
            after = cursor = at + len(chunk)
            for trigger, offset in hits:
                index = bisect.bisect_right(starts, at + offset) - 1
                if trigger == _HEAD:
                    # (Not a chunk between sentences, which sentence ``index`` leaves out.)
                    if index >= 0 and after <= spans[index][1]:
                        heads.add(index)
                    continue
                if index < 0:
                    continue  # before the first sentence (a heading the sentences leave out)
                known = found.get(trigger)
                if known is None:
                    found[trigger] = {index}
                else:
                    known.add(index)
        by_trigger = {trigger: frozenset(found.get(trigger, ())) for trigger in self.triggers}
        return by_trigger, frozenset(heads)

    def _hits(self, chunk: str) -> tuple[tuple[str, int], ...]:
        """Every (trigger, offset) of the triggers in ``chunk``, overlapping ones too, and
        ``(_HEAD, 0)`` when the chunk holds a head word."""
        places: list[tuple[str, int]] = []
        if self._pattern is not None and self._pattern.search(chunk) is not None:
            for trigger in self.triggers:
                at = chunk.find(trigger)
                while at >= 0:
                    places.append((trigger, at))
                    at = chunk.find(trigger, at + 1)
        if self._heads.search(chunk) is not None:
            places.append((_HEAD, 0))
        hits = tuple(places) if places else _NO_HITS
        if len(self._known) >= _CHUNKS_LIMIT:
            self._known.clear()
        self._known[chunk] = hits
        return hits


_TRIGGER_CHUNKS: dict[int, tuple[EventCues, _TriggerChunks]] = {}
_NO_SENTENCES: Final[frozenset[int]] = frozenset()


class _WordChunks:
    """The pieces of some strings (their longest parts between blanks) that each chunk of a
    text holds, worked out once per chunk seen (see :meth:`FrameIndex.use_words`)."""

    __slots__ = ("_known", "_pattern", "pieces")

    def __init__(self, words: tuple[str, ...]) -> None:
        # Each string's longest piece ("" for a string of blanks alone, never ruled out).
        self.pieces: dict[str, str] = {w: max(w.split(), key=len, default="") for w in words}
        found = sorted({piece for piece in self.pieces.values() if piece})
        self._pattern = re.compile(trie_alternation(found)) if found else None
        self._known: dict[str, frozenset[str]] = {}

    def held_in(self, chunks: list[str]) -> set[str]:
        """The pieces that some of ``chunks`` holds."""
        known = self._known
        try:
            # In C, when every chunk was seen before (as most are).
            return set().union(*map(known.__getitem__, chunks))
        except KeyError:
            return set().union(*[known[c] if c in known else self._held(c) for c in chunks])

    def _held(self, chunk: str) -> frozenset[str]:
        """The pieces that ``chunk`` holds, remembered."""
        found: frozenset[str] = _NO_WORDS
        if self._pattern is not None and self._pattern.search(chunk) is not None:
            found = frozenset(p for p in self.pieces.values() if p and p in chunk)
        if len(self._known) >= _CHUNKS_LIMIT:
            self._known.clear()
        self._known[chunk] = found
        return found


_NO_WORDS: Final[frozenset[str]] = frozenset()
# The _WordChunks of each tuple of strings, by the tuple's id (with the tuple itself, which
# keeps the id from being reused).
_WORD_CHUNKS: dict[int, tuple[tuple[str, ...], _WordChunks]] = {}


def _word_chunks(words: tuple[str, ...]) -> _WordChunks:
    """The :class:`_WordChunks` of ``words``, made once per tuple."""
    found = _WORD_CHUNKS.get(id(words))
    if found is None or found[0] is not words:
        if len(_WORD_CHUNKS) > 64:
            _WORD_CHUNKS.clear()
        found = _WORD_CHUNKS[id(words)] = (words, _WordChunks(words))
    return found[1]


# The trie of each sequence of triggers asked of :meth:`FrameIndex.holds`, by its id, with
# the sequence itself (which keeps the id from being reused) and the longest trigger's length.
_ANY_OF: dict[int, tuple[Sequence[str], tuple[re.Pattern[str], int] | None]] = {}


def _any_of(triggers: Sequence[str]) -> tuple[re.Pattern[str], int] | None:
    """A pattern that matches exactly the strings ``triggers``, and the longest one's length;
    None when one is empty (the plain search answers then)."""
    found = _ANY_OF.get(id(triggers))
    if found is None or found[0] is not triggers:
        if len(_ANY_OF) > 64:
            _ANY_OF.clear()
        made = None
        if all(triggers):
            made = (re.compile(trie_alternation(triggers)), max(map(len, triggers)))
        found = _ANY_OF[id(triggers)] = (triggers, made)
    return found[1]


def _trigger_chunks(cues: EventCues) -> _TriggerChunks:
    """The :class:`_TriggerChunks` of ``cues``, made once (by the cues' identity)."""
    found = _TRIGGER_CHUNKS.get(id(cues))
    if found is None or found[0] is not cues:
        if len(_TRIGGER_CHUNKS) > 64:
            _TRIGGER_CHUNKS.clear()
        found = _TRIGGER_CHUNKS[id(cues)] = (cues, _TriggerChunks(cues))
    return found[1]


class FrameIndex:
    """Where the frames of one document match: each frame scanned once, lazily, and only
    in the sentences that hold one of its triggers (every sentence if it has none).

    In such a sentence the frame's *screen* (:mod:`diplotimeline.extract._screens`) looks
    first for a place where the frame may start: it skips in C from one possible first
    character of a match to the next, where the frame itself, which starts with ``\\b``,
    is tried at every position. No hit: the frame has no match in the sentence; a hit: the
    frame is scanned from there, which finds the same matches as a scan from the sentence's
    start (the frame has no match before the screen's first hit).

    Args:
        text: The document.
        spans: The ``(start, end)`` of its sentences, in order.
        cues: The cues whose frames and triggers to use.

    Examples:
        >>> text = "Peru and Chile signed a treaty. Talks went on."
        >>> index = FrameIndex(text, [(0, 31), (32, 46)], load_cues())
        >>> [m.group() for m in index.matches("sign", 0)]
        ['signed a ']
        >>> list(index.matches("sign", 1))
        []
    """

    __slots__ = (
        "_any",
        "_by_trigger",
        "_chunked",
        "_cues",
        "_heads",
        "_holding_needed",
        "_lowered",
        "_matches",
        "_needed",
        "_piece_sentences",
        "_sentences",
        "_spans",
        "_starts",
        "_text",
        "_twin_text",
        "_word_pieces",
        "_words",
    )

    def __init__(self, text: str, spans: Sequence[tuple[int, int]], cues: EventCues) -> None:
        self._text = text
        lowered = text.lower()
        # A letter whose lower case is longer shifts the offsets: then scan every sentence.
        self._lowered = lowered if len(lowered) == len(text) else None
        # Where it may, each frame runs as its case-sensitive twin over the lower case.
        self._twin_text = twin_text_of(text, lowered)
        self._spans = spans
        self._starts = [start for start, _ in spans]
        self._cues = cues
        self._sentences: dict[str, frozenset[int] | None] = {}
        self._matches: dict[tuple[str, int], Sequence[re.Match[str]]] = {}
        self._by_trigger: dict[str, frozenset[int]] = {}
        self._chunked = False
        self._heads: frozenset[int] = frozenset()
        self._any: dict[tuple[str, ...], frozenset[int] | None] = {}
        self._needed: dict[tuple[str, ...], frozenset[int] | None] = {}
        # The sentences of each pattern's needed words (see _needed_sentences), by the
        # pattern's id, with the pattern (which keeps the id from being reused).
        self._holding_needed: dict[int, tuple[re.Pattern[str], frozenset[int] | None]] = {}
        # The strings of use_words, their pieces, and the sentences of each piece.
        self._words: tuple[str, ...] | None = None
        self._word_pieces: dict[str, str] = {}
        self._piece_sentences: dict[str, frozenset[int]] = {}

    @property
    def lowered(self) -> str | None:
        """The text in lower case, or None when lower case changes its length."""
        return self._lowered

    @property
    def twin_text(self) -> str | None:
        """The text in lower case where twins and screens may run on it, else None (see
        :func:`~diplotimeline.extract._lowered.twin_text_of`)."""
        return self._twin_text

    def holding(self, triggers: Sequence[str] | None) -> frozenset[int] | None:
        """The sentences whose lower-case text holds one of ``triggers`` (None: unknown).

        A hit counts for the sentence where it starts.

        Examples:
            >>> index = FrameIndex("We met. They left.", [(0, 7), (8, 18)], load_cues())
            >>> sorted(index.holding(["left", "gone"]))
            [1]
        """
        if triggers is None or self._lowered is None:
            return None
        indexes: set[int] = set()
        known = self._by_trigger
        if not self._chunked:
            self._chunk_pass(self._lowered)
        for trigger in triggers:
            # Frames share triggers ("talks", "visit"): each is looked for once.
            found = known.get(trigger)
            if found is None:
                found = known[trigger] = self._holding_one(self._lowered, trigger)
            indexes.update(found)
        return frozenset(indexes)

    def _chunk_pass(self, lowered: str) -> None:
        """The sentences of every trigger of the cues and those with a head word, from one
        pass over the chunks of ``lowered``."""
        self._chunked = True
        by_trigger, self._heads = _trigger_chunks(self._cues).sentences(lowered, self._spans)
        self._by_trigger.update(by_trigger)

    def has_head_word(self, sentence: int) -> bool:
        """``head_word_pattern(cues).search(lowered, start, end) is not None`` for sentence
        number ``sentence`` (the lower-cased text must keep the text's length).

        A sentence that starts and ends at blanks (or at the text's ends) holds a match
        exactly when one of its chunks does (see :class:`_TriggerChunks`); another is
        searched.

        Examples:
            >>> text = "Peru met Chile. The summit ended."
            >>> index = FrameIndex(text, [(0, 15), (16, 33)], load_cues())
            >>> index.has_head_word(0), index.has_head_word(1)
            (False, True)
        """
        lowered = self._lowered
        if lowered is None:
            raise ValueError("the text's lower case changes its length")
        start, end = self._spans[sentence]
        if (start == 0 or lowered[start - 1].isspace()) and (
            end >= len(lowered) or lowered[end].isspace()
        ):
            if not self._chunked:
                self._chunk_pass(lowered)
            return sentence in self._heads
        return head_word_pattern(self._cues).search(lowered, start, end) is not None

    def holds(self, triggers: Sequence[str], sentence: int) -> bool:
        """Whether sentence number ``sentence`` is one of :meth:`holding` ``(triggers)``.

        For a question about a few sentences: it looks in this sentence alone (up to the
        next one's start, as :meth:`holding` places a hit) instead of in the whole text.

        Examples:
            >>> index = FrameIndex("We met. They left.", [(0, 7), (8, 18)], load_cues())
            >>> index.holds(["left", "gone"], 0), index.holds(["left", "gone"], 1)
            (False, True)
        """
        lowered = self._lowered
        if lowered is None or not triggers:
            return True
        starts = self._starts
        start = starts[sentence]
        stop = starts[sentence + 1] if sentence + 1 < len(starts) else len(lowered)
        # A hit counts for the sentence where it starts, wherever it ends.
        any_of = _any_of(triggers)
        if any_of is None:
            return any(lowered.find(t, start, stop + len(t) - 1) >= 0 for t in triggers)
        # One search for all of them (a trie, in C), up to where the longest could end: it
        # finds the first place from ``start`` where one of them occurs.
        pattern, longest = any_of
        hit = pattern.search(lowered, start, stop + longest - 1)
        return hit is not None and hit.start() < stop

    def _holding_one(self, lowered: str, trigger: str) -> frozenset[int]:
        starts = self._starts
        indexes: set[int] = set()
        # A hit before the first sentence (a heading the sentences leave out) is in none.
        at = lowered.find(trigger, starts[0]) if starts else -1
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            indexes.add(index)
            # Skip to the next sentence: one hit is enough.
            following = index + 1
            if following >= len(starts):
                break
            at = lowered.find(trigger, starts[following])
        return frozenset(indexes)

    def _candidate_sentences(self, name: str) -> frozenset[int] | None:
        """The sentences that hold a trigger of frame ``name`` (None: all of them)."""
        if name not in self._sentences:
            self._sentences[name] = self.holding(self._cues.triggers.get(name))
        return self._sentences[name]

    def matches(self, name: str, sentence: int) -> Iterator[re.Match[str]]:
        """The matches of frame ``name`` that lie wholly inside sentence number ``sentence``."""
        return iter(self.found(name, sentence))

    def may_match(self, name: str, sentence: int) -> bool:
        """Whether frame ``name`` may match in sentence number ``sentence`` (by its triggers).

        Examples:
            >>> text = "We signed a pact. Talks ended."
            >>> index = FrameIndex(text, [(0, 17), (18, 30)], load_cues())
            >>> index.may_match("sign", 0), index.may_match("sign", 1)
            (True, False)
        """
        wanted = self._sentences.get(name, _UNKNOWN)
        if wanted is _UNKNOWN:
            wanted = self._candidate_sentences(name)
        return wanted is None or sentence in wanted

    def may_match_any(self, names: tuple[str, ...], sentence: int) -> bool:
        """Whether one of the frames ``names`` may match in sentence number ``sentence``.

        The sentences where one of them may match are worked out once per tuple of names
        (a reader asks the same question of every sentence).

        Examples:
            >>> text = "We signed a pact. Talks ended. It rained."
            >>> index = FrameIndex(text, [(0, 17), (18, 30), (31, 41)], load_cues())
            >>> [index.may_match_any(("sign", "talks"), i) for i in range(3)]
            [True, True, False]
        """
        wanted = self._any.get(names, _UNKNOWN)
        if wanted is _UNKNOWN:
            union: set[int] = set()
            for name in names:
                some = self._candidate_sentences(name)
                if some is None:
                    wanted = None  # a frame without triggers may match anywhere
                    break
                union.update(some)
            else:
                wanted = frozenset(union)
            self._any[names] = wanted
        return wanted is None or sentence in wanted

    def use_words(self, words: tuple[str, ...]) -> None:
        """Find at once the sentences that may hold each of ``words`` (lower-case strings),
        for :meth:`sentences_holding`.

        A string's longest piece between blanks lies, wherever the string occurs in a
        sentence, inside one chunk of that sentence's lower case split at blanks (see
        :class:`_TriggerChunks`). Which pieces each chunk holds is worked out once per chunk
        seen (chunks repeat within a text and from one text to the next), so a sentence
        costs a split and a look-up per chunk in C, where each string cost a search through
        the whole text; a sentence with a chunk that holds a string's piece may hold the
        string (a string without blanks is its own piece: then it does).

        Examples:
            >>> text = "We met. They left by port."
            >>> index = FrameIndex(text, [(0, 7), (8, 26)], load_cues())
            >>> index.use_words(("met", "port call", "ceremon"))
            >>> [sorted(index.sentences_holding((w,), ())) for w in ("met", "port call", "ceremon")]
            [[0], [1], []]
        """
        lowered = self._lowered
        if lowered is None or words is self._words:
            return
        table = _word_chunks(words)
        held = table.held_in
        starts = self._starts
        stops = [*starts[1:], len(lowered)]
        found: dict[str, set[int]] = {}
        for index, (start, stop) in enumerate(zip(starts, stops, strict=True)):
            for piece in held(lowered[start:stop].split()):
                known = found.get(piece)
                if known is None:
                    found[piece] = {index}
                else:
                    known.add(index)
        self._words = words
        self._word_pieces = table.pieces
        self._piece_sentences = {piece: frozenset(some) for piece, some in found.items()}

    def sentences_holding(
        self, words: Sequence[str], frames: Sequence[str]
    ) -> frozenset[int] | None:
        """The sentences whose lower case may hold one of ``words`` or where one of the
        frames ``frames`` may match (None: any sentence may).

        A superset of the sentences where ``str.find`` finds one of ``words`` in the
        sentence's lower case and of those where :meth:`may_match` says True for one of
        ``frames``. The strings given to :meth:`use_words` are answered from its pass, the
        others by :meth:`holding`. None on a text where case folds otherwise than lower case
        says, as :meth:`may_hold` then answers True.

        Examples:
            >>> text = "We signed a pact. Talks ended. It rained."
            >>> index = FrameIndex(text, [(0, 17), (18, 30), (31, 41)], load_cues())
            >>> sorted(index.sentences_holding(("rain",), ("sign",)))
            [0, 2]
        """
        if self._twin_text is None:
            return None
        found: set[int] = set()
        for name in frames:
            some = self._candidate_sentences(name)
            if some is None:
                return None  # a frame without triggers may match anywhere
            found.update(some)
        pieces, sentences = self._word_pieces, self._piece_sentences
        for word in words:
            piece = pieces.get(word)
            if piece:
                found.update(sentences.get(piece, _NO_SENTENCES))
                continue
            some = self.holding((word,))
            if some is None:  # pragma: no cover - the twin text keeps the text's length
                return None
            found.update(some)
        return frozenset(found)

    def found(self, name: str, sentence: int) -> Sequence[re.Match[str]]:
        """The matches of frame ``name`` in sentence number ``sentence``, as a sequence.

        Examples:
            >>> index = FrameIndex("We signed a pact.", [(0, 17)], load_cues())
            >>> [m.group("verb") for m in index.found("sign", 0)]
            ['signed']
        """
        wanted = self._sentences.get(name, _UNKNOWN)
        if wanted is _UNKNOWN:
            wanted = self._candidate_sentences(name)
        if wanted is not None and sentence not in wanted:
            return _NONE  # the common answer, given without remembering it
        key = (name, sentence)
        found = self._matches.get(key)
        if found is None:
            pattern = self._cues.frames.get(name)
            found = _NONE
            if pattern is not None:
                found = self._scan(pattern, *self._spans[sentence]) or _NONE
            self._matches[key] = found
        return found

    def may_hold(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether a case-insensitive match of one of ``words`` may lie in ``[start, end)``.

        ``words`` are lower-case ASCII. False means surely not: a pattern compiled with
        ``IGNORECASE`` whose every match holds one of them has no match there. The test
        runs on the lower-cased text when case folds there as lower case says; on other
        texts ("İ", "ı", "ſ" or the Kelvin sign match ASCII letters otherwise) it answers
        True.

        Examples:
            >>> index = FrameIndex("Ministers MET twice.", [(0, 20)], load_cues())
            >>> index.may_hold(("met", "meet"), 0, 20), index.may_hold(("held",), 0, 20)
            (True, False)
        """
        lowered = self._twin_text
        if lowered is None:
            return True
        find = lowered.find
        # A loop, not any() over a generator: this is asked very often.
        for word in words:  # noqa: SIM110
            if find(word, start, end) >= 0:
                return True
        return False

    def scan(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, start, end))``, by the pattern's screen and twin.

        The same matches as the plain scan: the screen finds where the first may start
        (none: there is none), and the pattern's case-sensitive twin, where it has one,
        scans the lower-cased text from there (see :mod:`diplotimeline.extract._lowered`).

        Examples:
            >>> import re
            >>> index = FrameIndex("It CONVENED the Board.", [(0, 22)], load_cues())
            >>> pattern = re.compile(r"\\bconvened\\s+the\\s+", re.IGNORECASE)
            >>> [m.group() for m in index.scan(pattern, 0, 22)]
            ['CONVENED the ']
        """
        return self._scan(pattern, start, end)

    def scan_sentence(
        self, pattern: re.Pattern[str], sentence: int, start: int, end: int
    ) -> list[re.Match[str]]:
        """:meth:`scan` over ``[start, end)``, the span of sentence number ``sentence``,
        skipped where the pattern's *needed* words are not.

        A reader's pattern may need one of a few words of four letters or more
        (:func:`_needed`): every match holds one of them in its lower case. The sentences
        that hold one are found once per document (:meth:`holding`, which knows the
        frames' triggers already), and a sentence outside them is not scanned: it holds no
        match. Elsewhere the scan runs as :meth:`scan` runs it.

        Examples:
            >>> import re
            >>> index = FrameIndex("Peru SIGNED it. Talks ended.", [(0, 15), (16, 28)], load_cues())
            >>> pattern = re.compile(r"\\b(?:signed|adopted)\\s+it\\b", re.IGNORECASE)
            >>> [[m.group() for m in index.scan_sentence(pattern, i, *index._spans[i])]
            ...  for i in (0, 1)]
            [['SIGNED it'], []]
        """
        # (lacks_needed without its calls: readers scan very often)
        found = self._holding_needed.get(id(pattern))
        if found is None or found[0] is not pattern:
            found = self._holding_needed[id(pattern)] = (pattern, self._needed_sentences(pattern))
        holding = found[1]
        if (
            holding is not None
            and sentence not in holding
            and self._spans[sentence] == (start, end)
        ):
            return []
        return self._scan(pattern, start, end)

    def lacks_needed(self, pattern: re.Pattern[str], sentence: int, start: int, end: int) -> bool:
        """Whether ``[start, end)``, the span of sentence number ``sentence``, surely holds
        none of the pattern's needed words (:func:`_needed`), and so no match of it, in
        the text or in its lower case (False: it may hold one).

        Examples:
            >>> import re
            >>> index = FrameIndex("Peru SIGNED it. Talks ended.", [(0, 15), (16, 28)], load_cues())
            >>> pattern = re.compile(r"(?:signed|adopted) it")
            >>> [index.lacks_needed(pattern, i, *index._spans[i]) for i in (0, 1)]
            [False, True]
        """
        if self._spans[sentence] != (start, end):
            return False
        found = self._holding_needed.get(id(pattern))
        if found is None or found[0] is not pattern:
            found = self._holding_needed[id(pattern)] = (pattern, self._needed_sentences(pattern))
        holding = found[1]
        return holding is not None and sentence not in holding

    def _needed_sentences(self, pattern: re.Pattern[str]) -> frozenset[int] | None:
        """The sentences that hold one of the pattern's needed words (None: unknown, or it
        has none), worked out once per document and set of words."""
        needed = _needed(pattern)
        if not needed or self._twin_text is None:
            return None
        holding = self._needed.get(needed, _UNKNOWN)
        if holding is _UNKNOWN:
            holding = self._needed[needed] = self.holding(needed)
        return holding

    def _scan(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, start, end))``, each match found by the screen.

        The pattern's gate, if it has one, is searched first: no match of the gate, no
        match of the pattern. Then the screen finds each place where the next match may
        start (it skips in C to the characters a match can start with, where a plain
        search tries the pattern at every place), and the pattern is matched there: a
        screen run as a twin may find places where the pattern does not match (it drops
        a ``(?-i:...)``), and then the next place is looked for. A pattern with a
        screen never matches the empty string, so each next match starts at or after
        the end of the last, as with ``finditer``.
        """
        text, twin_text = self._text, self._twin_text
        if twin_text is None:
            # The screens hold only where case folds as lower case says.
            return list(pattern.finditer(text, start, end))
        screened, gated = _steps(pattern)
        if gated is not None:
            regex, on_lowered = gated
            if regex.search(twin_text if on_lowered else text, start, end) is None:
                return []
        if screened is None:
            return finditer(pattern, text, twin_text, start, end)
        regex, on_lowered = screened
        search = regex.search
        screened_text = twin_text if on_lowered else text
        match = pattern.match
        found: list[re.Match[str]] = []
        at = start
        while True:
            hit = search(screened_text, at, end)
            if hit is None:
                return found
            position = hit.start()
            real = match(text, position, end)
            if real is None:
                at = position + 1  # the screen's twin matches more than the pattern
                continue
            if real.end() == position:  # pragma: no cover - a screen's pattern is never empty
                found.extend(pattern.finditer(text, position, end))
                return found
            found.append(real)
            at = real.end()


_Search = tuple[re.Pattern[str], bool]
# The screen and the gate of each pattern seen, by its id, with the pattern itself (which
# keeps the id from being reused): hashing a pattern hashes its whole code.
_STEPS: dict[int, tuple[re.Pattern[str], _Search | None, _Search | None]] = {}
_STEPS_LIMIT: Final = 4096


def _steps(pattern: re.Pattern[str]) -> tuple[_Search | None, _Search | None]:
    """The screen and the gate of ``pattern`` (see :mod:`diplotimeline.extract._screens`)."""
    found = _STEPS.get(id(pattern))
    if found is None or found[0] is not pattern:
        gated = gate(pattern)
        searched = None if gated is None else (gated.regex, gated.on_lowered)
        found = (pattern, screen(pattern), searched)
        if len(_STEPS) >= _STEPS_LIMIT:
            _STEPS.clear()
        _STEPS[id(pattern)] = found
    return found[1], found[2]


_NONE: Final[Sequence[re.Match[str]]] = ()
_UNKNOWN: Final = frozenset({-1})


# A pattern's needed words are used when they are few and long enough to be rare: looking
# for a common short word ("the") in a document finds it in every sentence, and each word
# not among the frames' triggers costs one search through the document.
_NEEDED_MOST: Final = 12
_NEEDED_SHORTEST: Final = 4
# The needed words of each pattern seen, by its id, with the pattern itself (see _STEPS).
_NEEDED: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Words of which every match of ``pattern`` holds one in its lower case, within one
    chunk of the text between blanks (the first set of :func:`~._screens.needs`), sorted;
    empty when there are more than twelve or one is shorter than four characters.

    Examples:
        >>> _needed(re.compile(r"\\b(?:signed|adopted)\\s+it\\b", re.IGNORECASE))
        ('adopted', 'signed')
        >>> _needed(re.compile(r"\\bthe\\s+talks\\b", re.IGNORECASE))
        ('talks',)
        >>> _needed(re.compile(r"\\bthe\\s+(?:end|top)\\b", re.IGNORECASE))
        ()
    """
    found = _NEEDED.get(id(pattern))
    if found is None or found[0] is not pattern:
        sets = needs(pattern)
        words: tuple[str, ...] = ()
        if sets and len(sets[0]) <= _NEEDED_MOST and min(map(len, sets[0])) >= _NEEDED_SHORTEST:
            words = tuple(sorted(sets[0]))
        if len(_NEEDED) >= _STEPS_LIMIT:
            _NEEDED.clear()
        found = _NEEDED[id(pattern)] = (pattern, words)
    return found[1]
