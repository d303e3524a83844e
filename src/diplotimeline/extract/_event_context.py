"""The working state of the event readers for one document (mutable, internal).

:class:`Context` holds the text, its sentences, tokens, actor and date mentions, cues and
the :class:`Candidate` events read so far, with sorted indexes so that each question a
reader asks ("the actors in this span", "the named event starting here") costs a
bisection rather than a pass over every mention.

Examples:
    >>> ctx = Context.build("Peru and Chile met. Talks went on.", document_id="d1")
    >>> [s.text for s in ctx.sentences]
    ['Peru and Chile met.', 'Talks went on.']
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, Protocol, TypeVar

import attrs

from diplotimeline.extract._event_cues import EventCues, FrameIndex, load_cues
from diplotimeline.extract._event_readers import declared_words, needs_of
from diplotimeline.extract._sentences import Sentence, split_sentences
from diplotimeline.extract._tokens import Token, tokens_in
from diplotimeline.extract.abbreviations import Abbreviation
from diplotimeline.extract.gazetteer import (
    CountryEntry,
    Gazetteer,
    OrganizationEntry,
    PlaceEntry,
    fold,
)
from diplotimeline.extract.temporal import TemporalMention
from diplotimeline.model import ActorKind, AgreementStage, EventKind, LinkRelation
from diplotimeline.time import DateSpan, PartialDate

__all__ = [
    "ActorMentionLike",
    "Candidate",
    "Context",
    "Reader",
    "is_future",
    "iter_frames",
    "name_key",
    "run_readers",
]

_THE: Final = re.compile(r"(?:the\s+)?")
_LIST_JOINER: Final = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
_AND: Final = re.compile(r"\s*(?:and|&)\s*")
_IN_TITLE: Final = re.compile(r"\b(?:of|to|from|in|for)\s+(?:the\s+)?$")
_OBJECT_WORDS: Final = re.compile(r"[\w’'.-]+|[,;:–—()]")
_OBJECT_CUES: Final = frozenset(
    {
        "met",
        "meet",
        "meets",
        "with",
        "on",
        "received",
        "receives",
        "by",
        "congratulated",
        "welcomed",
        "of",
    }
)
# "a delegation led by X visited ...": the leader of a delegation acts for it, so a person
# after "led by" / "headed by" is the subject of the verb that follows, not an object.
_LEADERS: Final = frozenset({"led", "headed"})
_FUTURE_WORDS: Final = re.compile(r"[\w’']+")
_SUBJECT_REACH: Final = 600
# Lower-case words inside place names ("Rio de Janeiro", "Dar es Salaam", "Port of Spain").
_PLACE_PARTICLES: Final = frozenset({"de", "da", "do", "dos", "das", "del", "es", "el", "of"})
_CACHE_LIMIT: Final = 50_000
# A letter or digit beyond ASCII. (The engine tests a set's items in the order written: the
# range first rules out an ASCII character without a look-up of its Unicode category.)
_NON_ASCII_WORD: Final = re.compile(r"[^\x00-\x7f\W]")
_Reader = TypeVar("_Reader", bound=Callable[..., object])


class ActorMentionLike(Protocol):
    """What the event readers need of an actor mention (see ``extract.actors``)."""

    @property
    def start(self) -> int: ...  # pragma: no cover - protocol

    @property
    def end(self) -> int: ...  # pragma: no cover - protocol

    @property
    def text(self) -> str: ...  # pragma: no cover - protocol

    @property
    def actor_id(self) -> str: ...  # pragma: no cover - protocol

    @property
    def kind(self) -> ActorKind: ...  # pragma: no cover - protocol


@attrs.define(eq=False)
class Candidate:
    """One mention of an event, before merging: what was read and where.

    Examples:
        >>> c = Candidate(kind=EventKind.MEETING, form="summit", name="Lima Summit",
        ...               start=4, end=15, sentence=0)
        >>> c.key
        'lima summit'
    """

    kind: EventKind
    form: str
    name: str
    start: int
    end: int
    sentence: int
    acronym: str | None = None
    aliases: list[str] = attrs.Factory(list)
    participants: list[str] = attrs.Factory(list)
    location: str | None = None
    when: DateSpan | None = None
    period: DateSpan | None = None
    dateable: bool = False
    future: bool = False
    named: bool = False
    core: str = ""
    head: str = ""
    ordinal: int | None = None
    stage: AgreementStage | None = None
    host: Candidate | None = None
    relation: LinkRelation = LinkRelation.PART_OF
    inherit: bool = False
    anaphor: bool = False
    indefinite: bool = False
    evidence: tuple[int, int] | None = None
    date_text: str | None = None
    subject: str | None = None
    objects: tuple[str, ...] = ()
    destination: str | None = None
    frame_key: str | None = None
    merged_into: Candidate | None = None

    def made_at(self, host: Candidate, relation: LinkRelation = LinkRelation.ADOPTED_AT) -> None:
        """Make this mention part of ``host`` (the meeting it was adopted, signed or launched
        at, or the act that made it), whose date it takes when it has none of its own."""
        self.host, self.relation, self.inherit = host, relation, True

    @property
    def evidence_end(self) -> int:
        """Where the words read for this mention end: its evidence's end, or its own."""
        return self.evidence[1] if self.evidence else self.end

    @property
    def key(self) -> str:
        """The merge key: the folded name without quotes or punctuation, nor the ordinal
        word a named meeting carries ("Second 2+2 Meeting": its ordinal is kept apart)."""
        key = name_key(self.name)
        if self.ordinal is not None and self.named:
            first, _, rest = key.partition(" ")
            if rest and first in _ORDINAL_KEYS:
                return rest
        return key


ORDINAL_WORDS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
"""Ordinal words a meeting's name may open with, in order ("Fifth" is the 5th)."""
_ORDINAL_KEYS: Final = frozenset(ORDINAL_WORDS)
_CARDINAL_WORDS: Final = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
        ]
    )
}


def count_of(word: str) -> int:
    """The number a count is written with: digits or a word up to fifteen ("five", "12").

    Examples:
        >>> count_of("Five"), count_of("12")
        (5, 12)
    """
    return _CARDINAL_WORDS.get(word.lower()) or int(word)


def ordinal_number(candidate: Candidate) -> int | None:
    """The number of a meeting's session: its ordinal, or its name's first word ("Fifth",
    "12th").

    Examples:
        >>> ordinal_number(Candidate(kind=EventKind.MEETING, form="summit",
        ...                          name="Fifth Andean Summit", start=0, end=19, sentence=0))
        5
    """
    if candidate.ordinal is not None:
        return candidate.ordinal
    first = candidate.name.split(" ", 1)[0].lower()
    if first in _ORDINAL_KEYS:
        return ORDINAL_WORDS.index(first) + 1
    if first[:-2].isdigit() and first[-2:] in ("st", "nd", "rd", "th"):
        return int(first[:-2])
    return None


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The merge key of an event name: folded, without possessives and punctuation.

    Examples:
        >>> name_key("Leaders’ Summit on Climate")
        'leaders summit on climate'
    """
    folded = fold(name)
    folded = re.sub(r"[’'`\"“”]s\b", "", folded)
    return " ".join(re.sub(r"[^\w+]+", " ", folded).split())


class _Lookups:
    """Gazetteer look-ups by name, remembered: the readers ask about the same names often."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.countries: dict[str, CountryEntry | None] = {}
        self.places: dict[str, PlaceEntry | None] = {}
        self.organizations: dict[str, OrganizationEntry | None] = {}

    def country(self, name: str) -> CountryEntry | None:
        if name not in self.countries:
            if len(self.countries) >= _CACHE_LIMIT:
                self.countries.clear()
            self.countries[name] = self.gazetteer.country(name)
        return self.countries[name]

    def place(self, name: str) -> PlaceEntry | None:
        if name not in self.places:
            if len(self.places) >= _CACHE_LIMIT:
                self.places.clear()
            self.places[name] = self.gazetteer.place(name)
        return self.places[name]

    def organization(self, name: str) -> OrganizationEntry | None:
        if name not in self.organizations:
            if len(self.organizations) >= _CACHE_LIMIT:
                self.organizations.clear()
            self.organizations[name] = self.gazetteer.organization(name)
        return self.organizations[name]


_LOOKUPS: dict[int, tuple[weakref.ref[Gazetteer], _Lookups]] = {}
_LOOKUP_LOCK: Final = threading.Lock()


def _lookups(gazetteer: Gazetteer | None) -> _Lookups | None:
    if gazetteer is None:
        return None
    with _LOOKUP_LOCK:
        cached = _LOOKUPS.get(id(gazetteer))
        if cached is not None and cached[0]() is gazetteer:
            return cached[1]
        lookups = _Lookups(gazetteer)
        _LOOKUPS[id(gazetteer)] = (weakref.ref(gazetteer), lookups)
        return lookups


@attrs.define(eq=False)
class Context:
    """What the readers of one document share: text, sentences, actors, dates, cues.

    Examples:
        >>> ctx = Context.build("Peru and Chile met.", document_id="d1")
        >>> len(ctx.sentences)
        1
    """

    text: str
    document_id: str
    published: PartialDate | None
    sentences: tuple[Sentence, ...]
    actors: tuple[ActorMentionLike, ...]
    temporal: tuple[TemporalMention, ...]
    abbreviations: tuple[Abbreviation, ...]
    gazetteer: Gazetteer | None
    cues: EventCues
    candidates: list[Candidate] = attrs.Factory(list)
    _starts: list[int] = attrs.field(init=False)
    _frames: FrameIndex = attrs.field(init=False)
    _tokens: dict[int, list[Token]] = attrs.field(init=False, factory=dict)
    _actor_starts: list[int] = attrs.field(init=False)
    _actor_reach: int = attrs.field(init=False)
    _lookups: _Lookups | None = attrs.field(init=False)
    # Candidates by sentence, and (start, number) of every candidate, sorted.
    _by_sentence: dict[int, list[Candidate]] = attrs.field(init=False, factory=dict)
    _order: list[tuple[int, int]] = attrs.field(init=False, factory=list)
    _reach: int = attrs.field(init=False, default=0)
    _temporal_order: list[tuple[int, int]] | None = attrs.field(init=False, default=None)
    _temporal_reach: int = attrs.field(init=False, default=0)
    # Visits by (start, number), sorted; the first mention of each actor id.
    _visits: list[tuple[int, int]] = attrs.field(init=False, factory=list)
    _first_mentions: dict[str, ActorMentionLike] | None = attrs.field(init=False, default=None)
    _acronyms: set[str] = attrs.field(init=False, factory=set)
    # The lower case of each sentence asked for, by sentence index.
    _sentence_lowers: dict[int, str] = attrs.field(init=False, factory=dict)
    # Whether a sentence's lower case is a slice of the text's (see sentence_lower).
    _lowers_slice: bool = attrs.field(init=False, default=False)
    # The next letter or digit beyond ASCII at or after ``_non_ascii_from`` (or the text's
    # length when there is none), found by one forward search (see may_name_events).
    _non_ascii_from: int = attrs.field(init=False, default=0)
    _non_ascii_at: int = attrs.field(init=False, default=-1)
    # The frame index's lower-cased text and twin text (see FrameIndex), asked very often.
    _lowered: str | None = attrs.field(init=False, default=None)
    _twin_text: str | None = attrs.field(init=False, default=None)
    # The readers to call in each sentence, by the id of the list of readers (with the list
    # itself, which keeps the id from being reused): see readers_for.
    _plans: dict[int, tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = attrs.field(
        init=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._frames = FrameIndex(self.text, [(s.start, s.end) for s in self.sentences], self.cues)
        self._lowered = self._frames.lowered
        self._twin_text = self._frames.twin_text
        # Lower case maps each character to one alone, whatever surrounds it, except the
        # capital sigma (final or not by its neighbours): then a sentence's lower case is
        # the slice of the text's.
        self._lowers_slice = self._frames.lowered is not None and "Σ" not in self.text
        self._actor_starts = [m.start for m in self.actors]
        self._actor_reach = max((m.end - m.start for m in self.actors), default=0)
        self._lookups = _lookups(self.gazetteer)
        for candidate in list(self.candidates):
            self._index(candidate, len(self._order))

    @classmethod
    def build(
        cls,
        text: str,
        *,
        document_id: str,
        published: PartialDate | None = None,
        actors: Iterable[ActorMentionLike] = (),
        temporal: Iterable[TemporalMention] = (),
        abbreviations: Iterable[Abbreviation] = (),
        gazetteer: Gazetteer | None = None,
        cues: EventCues | None = None,
    ) -> Context:
        """Split the sentences and sort the mentions of one document.

        Examples:
            >>> Context.build("Talks began. They ended.", document_id="d1").sentences[1].text
            'They ended.'
        """
        return cls(
            text=text,
            document_id=document_id,
            published=published,
            sentences=split_sentences(text),
            actors=tuple(sorted(actors, key=lambda m: (m.start, -m.end))),
            temporal=tuple(temporal),
            abbreviations=tuple(abbreviations),
            gazetteer=gazetteer,
            cues=cues or load_cues(),
        )

    # -- sentences, tokens, frames -------------------------------------------------------

    def sentence_at(self, position: int) -> Sentence:
        """The sentence holding ``position`` (the last one before it)."""
        index = max(0, bisect.bisect_right(self._starts, position) - 1)
        return self.sentences[index]

    def tokens_of(self, sentence: Sentence) -> list[Token]:
        """The tokens of a sentence (each sentence is tokenised once, when first asked)."""
        found = self._tokens.get(sentence.index)
        if found is None:
            found = tokens_in(self.text, sentence.start, sentence.end)
            self._tokens[sentence.index] = found
        return found

    def sentence_lower(self, sentence: Sentence) -> str:
        """``self.text[sentence.start : sentence.end].lower()``, made once per sentence.

        Examples:
            >>> ctx = Context.build("Peru MET Chile. Talks ended.", document_id="d")
            >>> [ctx.sentence_lower(s) for s in ctx.sentences]
            ['peru met chile.', 'talks ended.']
        """
        found = self._sentence_lowers.get(sentence.index)
        if found is None:
            lowered = self._frames.lowered
            if self._lowers_slice and lowered is not None:
                found = lowered[sentence.start : sentence.end]
            else:
                found = self.text[sentence.start : sentence.end].lower()
            self._sentence_lowers[sentence.index] = found
        return found

    def may_name_events(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` holds a head word of an event name (else it names none)."""
        lowered = self._frames.lowered
        if lowered is not None and not self._holds_non_ascii_word(sentence.start, sentence.end):
            # Plain ASCII words: some token must be the last word of a head.
            return self._frames.has_head_word(sentence.index)
        # Other letters may fold into a head word: look for the first letters of one (in
        # this sentence only: few sentences hold such letters).
        return self._frames.holds(self.cues.head_stems, sentence.index)

    def _holds_non_ascii_word(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a letter or digit beyond ASCII.

        ``_NON_ASCII_WORD.search(text, start, end) is not None``, with one search through
        the text for sentences asked in order: the pattern matches one character, whatever
        surrounds it, so the next match at or after ``start`` says it for every span that
        starts there.
        """
        if start < self._non_ascii_from:
            return _NON_ASCII_WORD.search(self.text, start, end) is not None
        if self._non_ascii_at < start:
            found = _NON_ASCII_WORD.search(self.text, start)
            self._non_ascii_at = len(self.text) if found is None else found.start()
        self._non_ascii_from = start
        return self._non_ascii_at < end

    def may_hold(self, sentence: Sentence, word: str) -> bool:
        """Whether the lower-case ``word`` may occur in ``sentence`` (False: it surely does not).

        Examples:
            >>> ctx = Context.build("It was chaired by Peru. Talks ended.", document_id="d")
            >>> [ctx.may_hold(s, "by") for s in ctx.sentences]
            [True, False]
        """
        lowered = self._lowered
        return lowered is None or lowered.find(word, sentence.start, sentence.end) >= 0

    def may_hold_any(self, sentence: Sentence, words: Sequence[str]) -> bool:
        """Whether a case-insensitive match of one of the lower-case ASCII ``words`` may lie
        in ``sentence`` (False: surely not; see :meth:`FrameIndex.may_hold`).

        A reader whose pattern needs one of ``words`` skips its scan when this is False.

        Examples:
            >>> ctx = Context.build("The Board MET in May. Talks ended.", document_id="d")
            >>> [ctx.may_hold_any(s, ("met", "meet")) for s in ctx.sentences]
            [True, False]
        """
        # FrameIndex.may_hold without its call: this is asked very often.
        lowered = self._twin_text
        if lowered is None:
            return True
        find = lowered.find
        start, end = sentence.start, sentence.end
        for word in words:  # noqa: SIM110
            if find(word, start, end) >= 0:
                return True
        return False

    def scan(self, pattern: re.Pattern[str], sentence: Sentence) -> list[re.Match[str]]:
        """``list(pattern.finditer(self.text, sentence.start, sentence.end))``, found
        faster by the pattern's screen and twin (see :meth:`FrameIndex.scan`).

        Examples:
            >>> ctx = Context.build("Peru CONVENED the Board.", document_id="d")
            >>> pattern = re.compile(r"\\bconvened\\b", re.IGNORECASE)
            >>> [m.group() for m in ctx.scan(pattern, ctx.sentences[0])]
            ['CONVENED']
        """
        return self._frames.scan_sentence(pattern, sentence.index, sentence.start, sentence.end)

    def lacks_needed(self, pattern: re.Pattern[str], sentence: Sentence) -> bool:
        """Whether ``sentence`` surely holds no match of ``pattern``, in the text or in its
        lower case, for it holds none of the words every match needs (False: it may hold
        one; see :meth:`FrameIndex.lacks_needed`). A reader's own screen searched in every
        sentence asks this first.

        Examples:
            >>> ctx = Context.build("Peru met Chile. The summit in Lima ended.", document_id="d")
            >>> pattern = re.compile(r"(?:summit|meeting) in [A-Z]")
            >>> [ctx.lacks_needed(pattern, s) for s in ctx.sentences]
            [True, False]
        """
        return self._frames.lacks_needed(pattern, sentence.index, sentence.start, sentence.end)

    def scan_text(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """``list(pattern.finditer(self.text))``, found faster by the pattern's screen and
        twin (see :meth:`FrameIndex.scan`).

        Examples:
            >>> ctx = Context.build("Peru met Chile. An EARLIER version erred.", document_id="d")
            >>> pattern = re.compile(r"\\bearlier\\s+version\\b", re.IGNORECASE)
            >>> [m.start() for m in ctx.scan_text(pattern)]
            [19]
        """
        return self._frames.scan(pattern, 0, len(self.text))

    def readers_for(self, sentence: Sentence, readers: tuple[_Reader, ...]) -> tuple[_Reader, ...]:
        """The readers of ``readers``, in their order, that may read something in ``sentence``:
        those declared with :func:`~diplotimeline.extract._event_readers.reads_where` whose
        strings or frames the sentence may hold, and every undeclared one.

        The answer for every sentence is worked out once per document and list of readers
        (see :meth:`FrameIndex.use_words` and :meth:`FrameIndex.sentences_holding`).

        Examples:
            >>> from diplotimeline.extract._event_readers import reads_where
            >>> @reads_where("ceremon")
            ... def ceremonies(ctx, sentence):
            ...     return []
            >>> def always(ctx, sentence):
            ...     return []
            >>> ctx = Context.build("A ceremony was held. Talks ended.", document_id="d")
            >>> [[r.__name__ for r in ctx.readers_for(s, (ceremonies, always))]
            ...  for s in ctx.sentences]
            [['ceremonies', 'always'], ['always']]
        """
        found = self._plans.get(id(readers))
        if found is None or found[0] is not readers:
            found = self._plans[id(readers)] = (readers, self._plan(readers))
        plan: tuple[_Reader, ...] = found[1][sentence.index]
        return plan

    def _plan(self, readers: tuple[_Reader, ...]) -> list[tuple[_Reader, ...]]:
        """The readers to call in each sentence, by sentence index (see readers_for)."""
        count = len(self.sentences)
        calls: list[list[_Reader]] = [[] for _ in range(count)]
        # The sentences of every reader's strings, found at once from their chunks.
        self._frames.use_words(declared_words())
        for reader in readers:
            needs = needs_of(reader)
            where = None if needs is None else self._frames.sentences_holding(*needs)
            if where is None:
                for each in calls:
                    each.append(reader)
            else:
                for index in where:
                    calls[index].append(reader)  # (the readers' order, whatever the set's)
        return [tuple(each) for each in calls]

    def holds_starting(self, sentence: Sentence, words: tuple[str, ...]) -> bool:
        """Whether one of the lower-case ``words`` starts in ``sentence`` or after it, before
        the next sentence, in the text's lower case (as frames' triggers are placed; True
        when the lower case changes the text's length).

        Examples:
            >>> ctx = Context.build("Peru met Chile. Talks ended.", document_id="d")
            >>> [ctx.holds_starting(s, ("chile",)) for s in ctx.sentences]
            [True, False]
        """
        found = self._frames.holding(words)
        return found is None or sentence.index in found

    def may_frame(self, sentence: Sentence, names: tuple[str, ...]) -> bool:
        """Whether one of the frames ``names`` may match in ``sentence`` (by their triggers)."""
        return self._frames.may_match_any(names, sentence.index)

    def frames_in(self, name: str, sentence: Sentence) -> Sequence[re.Match[str]]:
        """The matches of frame ``name`` inside ``sentence`` (scanned once, then remembered)."""
        return self._frames.found(name, sentence.index)

    def temporal_starting(self, low: int, high: int) -> list[TemporalMention]:
        """The temporal mentions that start in ``[low, high)``, in their given order."""
        if self._temporal_order is None:
            self._temporal_order = sorted((m.start, i) for i, m in enumerate(self.temporal))
            self._temporal_reach = max((m.end - m.start for m in self.temporal), default=0)
        first = bisect.bisect_left(self._temporal_order, (low, -1))
        last = bisect.bisect_left(self._temporal_order, (high, -1), first)
        return [self.temporal[i] for i in sorted(i for _, i in self._temporal_order[first:last])]

    def temporal_overlapping(self, low: int, high: int) -> list[TemporalMention]:
        """The temporal mentions that overlap ``[low, high)``, in their given order."""
        if self._temporal_order is None:
            self.temporal_starting(0, 0)
        return [
            m
            for m in self.temporal_starting(low - self._temporal_reach, high)
            if m.start < high and low < m.end
        ]

    # -- gazetteer -----------------------------------------------------------------------

    def country(self, name: str) -> CountryEntry | None:
        """The gazetteer's country of ``name`` (None without a gazetteer)."""
        return None if self._lookups is None else self._lookups.country(name)

    def place(self, name: str) -> PlaceEntry | None:
        """The gazetteer's place of ``name`` (None without a gazetteer)."""
        return None if self._lookups is None else self._lookups.place(name)

    def organization(self, name: str) -> OrganizationEntry | None:
        """The gazetteer's organisation of ``name`` (None without a gazetteer)."""
        return None if self._lookups is None else self._lookups.organization(name)

    # -- actors --------------------------------------------------------------------------

    def actors_starting(self, low: int, high: int) -> tuple[ActorMentionLike, ...]:
        """The actor mentions that start in ``[low, high)``, in order."""
        first = bisect.bisect_left(self._actor_starts, low)
        last = bisect.bisect_left(self._actor_starts, high, first)
        return self.actors[first:last]

    def actors_ending_in(self, low: int, high: int) -> tuple[ActorMentionLike, ...]:
        """The actor mentions that may end in ``[low, high]`` (a superset), in order."""
        return self.actors_starting(low - self._actor_reach, high)

    def actors_in(
        self, start: int, end: int, kinds: Iterable[ActorKind] | None = None
    ) -> list[ActorMentionLike]:
        """The actor mentions wholly inside ``[start, end)``, of ``kinds`` if given."""
        wanted = None if kinds is None else set(kinds)
        return [
            m
            for m in self.actors_starting(start, end)
            if m.end <= end and (wanted is None or m.kind in wanted)
        ]

    def place_at(self, position: int, limit: int = 60) -> tuple[str, int, int, str | None] | None:
        """A country or place named right at ``position`` (after "the"): (name, start, end, id).

        The id is the country's id for a country or a place's country code.
        """
        text = self.text
        match = _THE.match(text, position)
        at = match.end() if match else position
        tokens = tokens_in(text, at, min(len(text), at + limit))
        words: list[Token] = []
        for index, token in enumerate(tokens[:7]):
            if (
                words
                and token.text in _PLACE_PARTICLES
                and index + 1 < len(tokens)
                and tokens[index + 1].is_word
                and tokens[index + 1].is_capital
            ):
                words.append(token)  # "Rio de Janeiro", "Dar es Salaam"
                continue
            if not token.is_word or not token.is_capital or token.text[0].isdigit():
                break
            words.append(token)
        for size in range(len(words), 0, -1):
            start, end = words[0].start, words[size - 1].end
            name = text[start:end]
            if name.endswith(("’s", "'s")):
                name, end = name[:-2], end - 2
            for mention in self.actors_starting(start, start + 1):
                if mention.end >= end and mention.kind is ActorKind.COUNTRY:
                    return text[start : mention.end], start, mention.end, mention.actor_id
            if self._lookups is not None:
                country = self._lookups.country(name)
                if country is not None and fold(name) != country.id:
                    return name, start, end, country.id
                place = self._lookups.place(name)
                if place is not None:
                    return name, start, end, place.country
        return None

    def first_mention(self, actor_id: str | None) -> ActorMentionLike | None:
        """The first mention of the actor ``actor_id`` in the document, if any."""
        if self._first_mentions is None:
            self._first_mentions = {}
            for mention in self.actors:
                self._first_mentions.setdefault(mention.actor_id, mention)
        return None if actor_id is None else self._first_mentions.get(actor_id)

    def is_actor_span(self, start: int, end: int) -> bool:
        """Whether an organisation or country mention covers most of ``[start, end)``."""
        for mention in self.actors_ending_in(start, end):
            if mention.kind is ActorKind.PERSON:
                continue
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and overlap >= 0.8 * (end - start):
                return True
        return False

    # -- candidates ----------------------------------------------------------------------

    def _index(self, candidate: Candidate, number: int) -> None:
        self._by_sentence.setdefault(candidate.sentence, []).append(candidate)
        bisect.insort(self._order, (candidate.start, number))
        self._reach = max(self._reach, candidate.end - candidate.start)
        if candidate.form == "visit":
            bisect.insort(self._visits, (candidate.start, number))
        if candidate.acronym is not None:
            self._acronyms.add(candidate.acronym)

    def add(self, candidate: Candidate) -> Candidate:
        """Record a candidate and return it."""
        self._index(candidate, len(self.candidates))
        self.candidates.append(candidate)
        return candidate

    def in_sentence(self, sentence: Sentence) -> list[Candidate]:
        """The candidates read in ``sentence``, in the order they were recorded."""
        return list(self._by_sentence.get(sentence.index, ()))

    def has_acronym(self, acronym: str) -> bool:
        """Whether a candidate was recorded with the acronym ``acronym``."""
        return acronym in self._acronyms

    def first_visit_from(self, position: int) -> Candidate | None:
        """The first recorded visit that starts at or after ``position``."""
        first = bisect.bisect_left(self._visits, (position, -1))
        numbers = [number for _, number in self._visits[first:]]
        for number in sorted(numbers):
            if self.candidates[number].form == "visit":
                return self.candidates[number]
        return None

    def starting(self, low: int, high: int) -> list[Candidate]:
        """The candidates that start in ``[low, high)``, in the order they were recorded."""
        first = bisect.bisect_left(self._order, (low, -1))
        last = bisect.bisect_left(self._order, (high, -1), first)
        numbers = sorted(number for _, number in self._order[first:last])
        return [self.candidates[number] for number in numbers]

    def covers(self, position: int) -> bool:
        """Whether a candidate's span ``[start, end)`` holds ``position``."""
        return any(c.end > position for c in self.starting(position - self._reach, position + 1))

    def named_at(self, position: int, slack: int = 6) -> Candidate | None:
        """The named candidate that starts within ``slack`` characters after ``position``."""
        best = None
        for candidate in self.starting(position, position + slack + 1):
            if candidate.named and (
                best is None
                or candidate.start < best.start
                or (candidate.start == best.start and candidate.end > best.end)
            ):
                best = candidate
        return best

    def subject_before(self, position: int, sentence: Sentence) -> list[ActorMentionLike]:
        """The actor(s) acting as subject of a verb at ``position``: persons first.

        The nearest person before the verb in the sentence that is not itself the object
        of a verb or preposition ("met X", "with X"); failing persons, the nearest
        organisation or country ("Peru and Chile signed ..." gives both).
        """
        # The subject stands within a few clauses of its verb: looking further back in a
        # very long sentence would cost time in proportion to its length at every verb.
        low = max(sentence.start, position - _SUBJECT_REACH)
        before = [m for m in self.actors_starting(low, position) if m.end <= position]
        before = [m for m in before if not self._in_title(m)]
        persons = [m for m in before if m.kind is ActorKind.PERSON]
        others = [m for m in before if m.kind is not ActorKind.PERSON]
        subjects = [m for m in persons if not self._is_object(m.start, sentence.start)]
        if subjects and not (
            others and others[-1].start > subjects[-1].end and _is_coordinated(self, others)
        ):
            return [subjects[-1]]
        if not others:
            return []
        last = others[-1]
        chosen = [last]
        gap = self.text[last.end : position]
        if len(gap) > 80:
            return []
        for mention in reversed(others[:-1]):
            between = self.text[mention.end : chosen[-1].start]
            if _LIST_JOINER.fullmatch(between):
                chosen.append(mention)
            else:
                break
        return list(reversed(chosen))

    def _in_title(self, mention: ActorMentionLike) -> bool:
        """A country inside a title or apposition ("Prime Minister of Japan")."""
        if mention.kind is ActorKind.PERSON:
            return False
        left = self.text[max(0, mention.start - 12) : mention.start]
        return _IN_TITLE.search(left) is not None

    def _is_object(self, start: int, floor: int) -> bool:
        left = self.text[max(floor, start - 120) : start]
        # Skip back over titles and capitalised words to the word that introduces the name.
        words = _OBJECT_WORDS.findall(left)
        while words and (words[-1][0].isupper() or words[-1] in ("of", "the", "for", "to", "and")):
            words.pop()
        if not words:
            return False
        if words[-1] == "by" and len(words) > 1 and words[-2].lower() in _LEADERS:
            return False
        return words[-1].lower() in _OBJECT_CUES


def _is_coordinated(ctx: Context, others: list[ActorMentionLike]) -> bool:
    """Whether the last countries before a verb are its subject ("Peru and Chile")."""
    if len(others) < 2:
        return False
    between = ctx.text[others[-2].end : others[-1].start]
    return _AND.fullmatch(between) is not None


# An event reader: what it reads in one sentence of a context is added to the context, and
# the new candidates are returned (None or nothing: none).
Reader = Callable[[Context, Sentence], Sequence[Candidate] | None]


def run_readers(
    ctx: Context, sentence: Sentence, readers: tuple[Reader, ...], made: list[Candidate]
) -> list[Candidate]:
    """Call in turn the readers of ``readers`` that may read something in ``sentence`` (see
    :meth:`Context.readers_for`), add the candidates each returns to ``made``, return it.

    Examples:
        >>> ctx = Context.build("Peru and Chile met.", document_id="d")
        >>> run_readers(ctx, ctx.sentences[0], (lambda ctx, sentence: None,), [])
        []
    """
    for reader in ctx.readers_for(sentence, readers):
        found = reader(ctx, sentence)
        if found:
            made.extend(found)
    return made


def iter_frames(ctx: Context, name: str, sentence: Sentence) -> Iterator[re.Match[str]]:
    """Matches of frame ``name`` (from the cue file) in one sentence.

    Each frame is scanned once per sentence (and only where its triggers occur), so
    asking again costs a look-up.

    Examples:
        >>> ctx = Context.build("Peru and Chile signed a treaty.", document_id="d")
        >>> [m.group("verb") for m in iter_frames(ctx, "sign", ctx.sentences[0])]
        ['signed']
    """
    # Matches come from a scan that stops at the sentence end, so none reaches past it.
    # (Context.frames_in without its call: a reader asks this a dozen times a sentence.)
    return iter(ctx._frames.found(name, sentence.index))


_WILL_AT: Final = re.compile(r"(?:will|shall)\s", re.IGNORECASE)


def is_future(ctx: Context, start: int, sentence: Sentence, words: int = 6) -> bool:
    """Whether a future cue ("will", "plans to", "planned") stands just before ``start``, or
    the verb at ``start`` is one ("will hold talks").

    Examples:
        >>> ctx = Context.build("Peru will sign a treaty.", document_id="d")
        >>> is_future(ctx, 10, ctx.sentences[0])
        True
    """
    if _WILL_AT.match(ctx.text, start):
        return True  # the frame's own verb: "will hold talks", "will meet", "will sign"
    left = ctx.text[max(sentence.start, start - 80) : start].lower()
    tail = _FUTURE_WORDS.findall(left)[-words:]
    if any(word in ("will", "shall", "planned", "upcoming", "forthcoming") for word in tail):
        return True
    joined = " ".join(tail)
    return any(phrase in joined for phrase in ctx.cues.future_phrases)
