"""Event extraction, shared part: cues, sentences, event names, dates, status and merging.

The pipeline (:mod:`diplotimeline.extract.pipeline`) runs four steps over a document:

1. :func:`find_named_events` reads capitalised event names ("the 28th ASEAN-Japan
   Summit", "Joint Statement on ...", "Asia Zero Emission Community (AZEC)") by their
   head words (``data/rules/en/events.toml``);
2. the frame readers of :mod:`~diplotimeline.extract.meetings`,
   :mod:`~diplotimeline.extract.agreements` and :mod:`~diplotimeline.extract.initiatives`
   read verb frames ("held talks with", "paid an official visit to", "signed a ...
   treaty", "launched the ...") and add participants, places, stages and new events;
3. :func:`attach_dates` gives each dateable mention the temporal expression that governs
   it (same sentence, nearest, a sentence-initial date governing the whole sentence);
4. :func:`assemble` merges the mentions of one real-world event (same name, same
   acronym, a short form of a longer name, "the Summit" for the last summit named) into
   one model event per document, with a status and every evidence span.

Examples:
    >>> cues = load_cues()
    >>> cues.head("joint statement")
    ('agreement', 'joint-statement')
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Protocol

import attrs

from diplotimeline.errors import InvalidValueError, RuleFileError
from diplotimeline.extract.abbreviations import Abbreviation
from diplotimeline.extract.gazetteer import Gazetteer, fold
from diplotimeline.extract.temporal import TemporalMention
from diplotimeline.model import (
    ActorKind,
    Agreement,
    AgreementForm,
    AgreementStage,
    Event,
    EventKind,
    EventLink,
    Evidence,
    Initiative,
    InitiativeForm,
    LinkRelation,
    Meeting,
    MeetingForm,
    Milestone,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, TimePoint

__all__ = [
    "ActorMentionLike",
    "EventCues",
    "Sentence",
    "assemble",
    "attach_dates",
    "find_acronym_initiatives",
    "find_named_events",
    "is_future",
    "iter_frames",
    "load_cues",
    "split_sentences",
    "usable_dates",
]


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


# ---------------------------------------------------------------------------------------
# Cues


def _pair(value: str, where: str) -> tuple[str, str]:
    kind, _, form = value.partition(":")
    if kind not in ("meeting", "agreement", "initiative") or not form:
        raise RuleFileError(f"{where}: expected '<kind>:<form>', got {value!r}", path=_PATH)
    return kind, form


_PATH: Final = "rules/en/events.toml"


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

    def head(self, phrase: str) -> tuple[str, str] | None:
        """The (kind, form) of a capitalised head phrase, or ``None``."""
        return self.heads.get(_key(phrase))

    def lower_head(self, phrase: str) -> tuple[str, str] | None:
        """The (kind, form) of a lower-case head phrase after a name, or ``None``."""
        return self.lower_heads.get(_key(phrase))


@functools.lru_cache(maxsize=65536)
def _key(phrase: str) -> str:
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
        tables[table] = {_key(k): _pair(str(v), f"{table}.{k}") for k, v in raw.items()}
    words = data.get("words", {})
    status = data.get("status", {})
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
        frames=_compile(data.get("frames", {})),
        future=_words(status, "future"),
        future_phrases=tuple(sorted(_words(status, "future_phrases"))),
        past=_words(status, "past"),
        longest_head=max(len(k.split()) for k in tables["heads"]),
    )


# ---------------------------------------------------------------------------------------
# Sentences and tokens

_SENTENCE_BREAK: Final = re.compile(
    r"\n+|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bMrs)(?<!\bH\.E)"
    r"[.!?][”\"’']?[ \t]+(?=[“\"(]?[A-Z0-9])"
)
_TOKEN: Final = re.compile(
    r"[0-9]+(?:st|nd|rd|th)\b"
    r"|[0-9]+(?:[+.,:/–-][0-9]+)*"
    r"|[^\W\d_](?:\w|[’'.&–-](?=\w))*(?:[’'](?!\w))?"
    r"|[^\s\w]"
)
_QUOTES: Final = frozenset("“”\"‘’'«»")
_ACRONYM_PAREN: Final = re.compile(
    r"\s?\(\s?(?P<acr>[A-Z][A-Za-z0-9&.\-]{0,12}[A-Z0-9](?:\s[0-9]{1,3}(?:\.[0-9])?)?)\s?\)"
)
_PERIOD_PAREN: Final = re.compile(
    r"\s?\(\s?(?P<a>(?:19|20)[0-9]{2})\s?[-–—/]\s?(?P<b>(?:19|20)[0-9]{2})\s?\)"
)
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
_ORDINAL: Final = re.compile(r"([0-9]{1,3})(?:st|nd|rd|th)")
_ORDINAL_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


@attrs.frozen
class Sentence:
    """A sentence (or a caption line): its index and character span in the text.

    Examples:
        >>> [s.text for s in split_sentences("Talks began. Ministers met.\\nPhoto: X")]
        ['Talks began.', 'Ministers met.', 'Photo: X']
    """

    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences and lines (linear time).

    Examples:
        >>> [s.start for s in split_sentences("Mr. Ito spoke. He left.")]
        [0, 15]
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        end = match.end() if match.group()[0] in ".!?" else match.start()
        _add_sentence(text, start, end, sentences)
        start = match.end()
    _add_sentence(text, start, len(text), sentences)
    return tuple(sentences)


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(len(out), start, end, text[start:end]))


@attrs.frozen
class _Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capital(self) -> bool:
        first = self.text[0]
        if first.isdigit():
            return True
        if not first.isupper():
            return False
        # "Nam-themed" is a modifier, not a name part.
        last = self.text.replace("–", "-").rsplit("-", 1)[-1]
        return not (last[:1].islower() and "-" in self.text.replace("–", "-"))

    @property
    def is_possessive(self) -> bool:
        return self.text.endswith(("’s", "'s")) and len(self.text) > 2


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [
        _Token(m.start() + start, m.end() + start, m.group())
        for m in _TOKEN.finditer(text[start:end])
    ]


# ---------------------------------------------------------------------------------------
# Candidates and context


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

    @property
    def key(self) -> str:
        """The merge key: the folded name without quotes or punctuation."""
        return _name_key(self.name)


@functools.lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    folded = fold(name)
    folded = re.sub(r"[’'`\"“”]s\b", "", folded)
    return " ".join(re.sub(r"[^\w+]+", " ", folded).split())


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
    _starts: list[int] = attrs.Factory(list)
    _frames: dict[str, tuple[list[int], list[re.Match[str]]]] = attrs.Factory(dict)

    def frame_matches(self, name: str) -> tuple[list[int], list[re.Match[str]]]:
        """Every match of frame ``name`` in the text (one scan per document), by start."""
        found = self._frames.get(name)
        if found is None:
            pattern = self.cues.frames.get(name)
            matches = [] if pattern is None else list(pattern.finditer(self.text))
            found = ([m.start() for m in matches], matches)
            self._frames[name] = found
        return found

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
        sentences = split_sentences(text)
        return cls(
            text=text,
            document_id=document_id,
            published=published,
            sentences=sentences,
            actors=tuple(sorted(actors, key=lambda m: (m.start, -m.end))),
            temporal=tuple(temporal),
            abbreviations=tuple(abbreviations),
            gazetteer=gazetteer,
            cues=cues or load_cues(),
            starts=[s.start for s in sentences],
        )

    def sentence_at(self, position: int) -> Sentence:
        """The sentence holding ``position`` (the last one before it)."""
        index = max(0, bisect.bisect_right(self._starts, position) - 1)
        return self.sentences[index]

    def actors_in(
        self, start: int, end: int, kinds: Iterable[ActorKind] | None = None
    ) -> list[ActorMentionLike]:
        """The actor mentions wholly inside ``[start, end)``, of ``kinds`` if given."""
        wanted = None if kinds is None else set(kinds)
        return [
            m
            for m in self.actors
            if start <= m.start
            and m.end <= end
            and (wanted is None or m.kind in wanted)
            and m.start < end
        ]

    def place_at(self, position: int, limit: int = 60) -> tuple[str, int, int, str | None] | None:
        """A country or place named right at ``position`` (after "the"): (name, start, end, id).

        The id is the country's id for a country or a place's country code.
        """
        text = self.text
        match = re.compile(r"(?:the\s+)?").match(text, position)
        at = match.end() if match else position
        tokens = _tokens(text, at, min(len(text), at + limit))
        words: list[_Token] = []
        for token in tokens[:5]:
            if not token.is_word or not token.is_capital or token.text[0].isdigit():
                break
            words.append(token)
        for size in range(len(words), 0, -1):
            start, end = words[0].start, words[size - 1].end
            name = text[start:end]
            if name.endswith(("’s", "'s")):
                name, end = name[:-2], end - 2
            for mention in self.actors:
                if (
                    mention.start == start
                    and mention.end >= end
                    and mention.kind in (ActorKind.COUNTRY,)
                ):
                    return text[start : mention.end], start, mention.end, mention.actor_id
            if self.gazetteer is not None:
                country = self.gazetteer.country(name)
                if country is not None and fold(name) != country.id:
                    return name, start, end, country.id
                place = self.gazetteer.place(name)
                if place is not None:
                    return name, start, end, place.country
        return None

    def add(self, candidate: Candidate) -> Candidate:
        """Record a candidate and return it."""
        self.candidates.append(candidate)
        return candidate

    def named_at(self, position: int, slack: int = 6) -> Candidate | None:
        """The named candidate that starts within ``slack`` characters after ``position``."""
        best = None
        for candidate in self.candidates:
            if (
                candidate.named
                and position <= candidate.start <= position + slack
                and (
                    best is None
                    or candidate.start < best.start
                    or (candidate.start == best.start and candidate.end > best.end)
                )
            ):
                best = candidate
        return best

    def is_actor_span(self, start: int, end: int) -> bool:
        """Whether an organisation or country mention covers most of ``[start, end)``."""
        for mention in self.actors:
            if mention.kind is ActorKind.PERSON:
                continue
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and overlap >= 0.8 * (end - start):
                return True
        return False

    def subject_before(self, position: int, sentence: Sentence) -> list[ActorMentionLike]:
        """The actor(s) acting as subject of a verb at ``position``: persons first.

        The nearest person before the verb in the sentence that is not itself the object
        of a verb or preposition ("met X", "with X"); failing persons, the nearest
        organisation or country ("Japan and Viet Nam signed ..." gives both).
        """
        before = [m for m in self.actors if sentence.start <= m.start and m.end <= position]
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
            if re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", between):
                chosen.append(mention)
            else:
                break
        return list(reversed(chosen))

    def _in_title(self, mention: ActorMentionLike) -> bool:
        """A country inside a title or apposition ("Prime Minister of Japan")."""
        if mention.kind is ActorKind.PERSON:
            return False
        left = self.text[max(0, mention.start - 12) : mention.start]
        return re.search(r"\b(?:of|to|from|in|for)\s+(?:the\s+)?$", left) is not None

    def _is_object(self, start: int, floor: int) -> bool:
        left = self.text[max(floor, start - 120) : start]
        # Skip back over titles and capitalised words to the word that introduces the name.
        words = re.findall(r"[\w’'.-]+|[,;:–—()]", left)
        while words and (words[-1][0].isupper() or words[-1] in ("of", "the", "for", "to", "and")):
            words.pop()
        if not words:
            return False
        return words[-1].lower() in {
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


def _is_coordinated(ctx: Context, others: list[ActorMentionLike]) -> bool:
    """Whether the last countries before a verb are its subject ("Japan and Viet Nam")."""
    if len(others) < 2:
        return False
    between = ctx.text[others[-2].end : others[-1].start]
    return re.fullmatch(r"\s*(?:and|&)\s*", between) is not None


# ---------------------------------------------------------------------------------------
# Named events


@attrs.frozen
class _Name:
    start: int
    end: int
    name: str
    kind: str
    form: str
    core: str
    head: str
    acronym: str | None
    period: tuple[int, int] | None
    year: int | None
    ordinal: int | None
    evidence_end: int


def _head_at(tokens: Sequence[_Token], end: int, cues: EventCues, lower: bool) -> tuple[int, str]:
    """The longest head phrase ending at token ``end`` (inclusive): (first index, phrase)."""
    table = cues.lower_heads if lower else cues.heads
    for size in range(min(cues.longest_head, end + 1), 0, -1):
        first = end - size + 1
        phrase = " ".join(t.text for t in tokens[first : end + 1])
        if _key(phrase) in table and (lower or tokens[first].is_capital or size > 1):
            return first, phrase
    return -1, ""


def _is_name_word(token: _Token) -> bool:
    return token.is_word and token.is_capital


def find_named_events(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the capitalised event names of one sentence and record them as candidates.

    Examples:
        >>> ctx = Context.build("Leaders attended the 28th ASEAN-Japan Summit.", document_id="d")
        >>> [(c.name, c.kind.value, c.ordinal) for c in find_named_events(ctx, ctx.sentences[0])]
        [('28th ASEAN-Japan Summit', 'meeting', 28)]
    """
    tokens = _tokens(ctx.text, sentence.start, sentence.end)
    found: list[Candidate] = []
    quoted = _quoted_names(ctx, sentence)
    for name in quoted:
        found.extend(_name_candidates(ctx, sentence, name))
    index = 0
    while index < len(tokens):
        inside = [n for n in quoted if n.start - 1 <= tokens[index].start < n.evidence_end]
        if inside:
            while index < len(tokens) and tokens[index].start < inside[0].evidence_end:
                index += 1
            continue
        read, next_index = _read_name(ctx, tokens, index)
        if read is not None:
            found.extend(_name_candidates(ctx, sentence, read))
        index = max(next_index, index + 1)
    return found


_QUOTED: Final = re.compile(
    r"[“\"](?P<q>[A-Z][^“”\"\n]{2,160}?)[”\"]"
    r"|(?<!\w)[‘'](?P<s>[A-Z][^‘’'\n]{2,100}?)[’'](?!\w)"
)


def _quoted_names(ctx: Context, sentence: Sentence) -> list[_Name]:
    """Names in quotation marks: a head word inside, or a lower-case head just after."""
    names = []
    for match in _QUOTED.finditer(ctx.text, sentence.start, sentence.end):
        group = "q" if match.group("q") else "s"
        start, end = match.start(group), match.end(group)
        inner = _tokens(ctx.text, start, end)
        words = [t for t in inner if t.is_word]
        if not words or sum(1 for t in words if t.is_capital) < len(words) / 2:
            continue
        _, head = _last_head(inner, ctx.cues)
        after = _tokens(ctx.text, match.end(), min(sentence.end, match.end() + 40))
        pair = None
        evidence_end = match.end()
        for size in (2, 1):
            phrase = " ".join(t.text for t in after[:size])
            if len(after) >= size and phrase.islower() and ctx.cues.lower_head(phrase):
                pair = ctx.cues.lower_head(phrase)
                evidence_end = after[size - 1].end
                head = phrase
                break
        if pair is None and head:
            pair = ctx.cues.heads[_key(head)]
        if pair is None or _is_organization(ctx, inner, len(inner)):
            continue
        name = _strip_quotes(ctx.text[start:end])
        names.append(
            _Name(
                start=start,
                end=end,
                name=name,
                kind=pair[0],
                form=pair[1],
                core=name,
                head=head,
                acronym=None,
                period=None,
                year=None,
                ordinal=None,
                evidence_end=evidence_end,
            )
        )
    return names


def _run_end(ctx: Context, tokens: Sequence[_Token], start: int) -> int:
    """The index after the last token of the capitalised run starting at ``start``."""
    cues = ctx.cues
    index = start + 1
    complement = False
    while index < len(tokens):
        token = tokens[index]
        previous = tokens[index - 1]
        if previous.is_possessive and not previous.text[0].isdigit():
            return index - 1 if index - 1 > start else index
        if _is_name_word(token):
            index += 1
            continue
        if token.text in _QUOTES and index + 1 < len(tokens) and _is_name_word(tokens[index + 1]):
            index += 1
            continue
        if token.lower in cues.connectors or token.text == ",":
            ahead = index + 1
            if ahead < len(tokens) and tokens[ahead].lower in cues.articles:
                ahead += 1
            if ahead < len(tokens) and tokens[ahead].text in _QUOTES:
                ahead += 1
            if (
                ahead < len(tokens)
                and _is_name_word(tokens[ahead])
                and not (
                    tokens[ahead].text[0].isdigit() and not _ORDINAL.fullmatch(tokens[ahead].text)
                )
                and tokens[ahead].lower.rstrip(".") not in cues.calendar
            ):
                if token.text == "," and not (complement and _comma_list(tokens, ahead)):
                    break
                complement = complement or token.lower in ("of", "on", "for")
                index = ahead
                continue
        break
    return index


def _comma_list(tokens: Sequence[_Token], at: int) -> bool:
    """Whether a capitalised word after a comma is followed by "and"/"," (a list)."""
    for token in tokens[at + 1 : at + 4]:
        if token.lower in ("and", ","):
            return True
        if not _is_name_word(token):
            return False
    return False


def _read_name(ctx: Context, tokens: Sequence[_Token], index: int) -> tuple[_Name | None, int]:
    cues = ctx.cues
    token = tokens[index]
    if not _is_name_word(token) or token.lower.rstrip(".") in cues.openers:
        return None, index + 1
    if token.is_possessive:
        return None, index + 1
    end = _run_end(ctx, tokens, index)
    run = list(tokens[index:end])
    while run and (run[-1].text in _QUOTES or run[-1].lower in cues.connectors):
        run.pop()
    if not run:
        return None, end
    # Split the run into segments at connectors; segment 0 is the core.
    pieces: list[tuple[int, int]] = []
    first = 0
    for position, item in enumerate(run):
        if item.lower in cues.connectors or item.text == ",":
            if position > first:
                pieces.append((first, position))
            first = position + 1
    pieces.append((first, len(run)))
    head_first, head = _core_head(run, pieces, cues)
    if not head:
        # "the Co-Creation initiative", "'Job-Based Skills Development' programme".
        found, after = _lower_headed(ctx, tokens, index, end, run)
        return found, (after if found is not None else index + 1)
    kind, form = cues.heads[_key(head)]
    core_end = pieces[0][1] if head_first < pieces[0][1] else head_first + len(head.split())
    name_end = _complement_end(ctx, run, core_end, kind)
    last = run[name_end - 1]
    name_tokens = run[:name_end]
    if _is_organization(ctx, name_tokens, core_end):
        return None, index + name_end
    return _finish(ctx, tokens, index, name_tokens, kind, form, head, core_end, last.end)


def _core_head(
    run: Sequence[_Token], pieces: Sequence[tuple[int, int]], cues: EventCues
) -> tuple[int, str]:
    first_piece_end = pieces[0][1]
    # "Vision 2045", "Project 2.0", "Work Plan Phase 5": numbers after the head.
    while first_piece_end > 1 and (
        run[first_piece_end - 1].text[0].isdigit() or run[first_piece_end - 1].lower == "phase"
    ):
        first_piece_end -= 1
    # A head made of several words may span a connector ("Memorandum of Understanding").
    for end in range(min(len(run), first_piece_end + 2), first_piece_end - 1, -1):
        if end - 1 < 0:
            continue
        head_first, head = _head_at(run, end - 1, cues, lower=False)
        if head and head_first < first_piece_end:
            if end > first_piece_end and " " not in head:
                continue
            return head_first, head
    return -1, ""


def _complement_end(ctx: Context, run: Sequence[_Token], core_end: int, kind: str) -> int:
    """Where the name ends: the core plus "of/on/for ..." complements, not a location."""
    cues = ctx.cues
    index = core_end
    seen_for = False
    while index < len(run):
        connector = run[index].lower
        if connector not in cues.connectors and connector != ",":
            index += 1
            continue
        ahead = index + 1
        while ahead < len(run) and (
            run[ahead].lower in cues.articles or run[ahead].text in _QUOTES
        ):
            ahead += 1
        segment_end = ahead
        while (
            segment_end < len(run)
            and run[segment_end].lower not in cues.connectors
            and (run[segment_end].text != ",")
        ):
            segment_end += 1
        segment = run[ahead:segment_end]
        if not segment:
            return index
        words = " ".join(t.text for t in segment)
        if connector == "in" and (not seen_for or _is_place(ctx, words)):
            return index
        if connector in ("and", "&", ",") and _has_head(segment, cues):
            return index
        if connector == "with" and kind != "meeting":
            return index
        if connector in ("between", "among", "from", "against") and kind == "meeting":
            return index
        if connector in ("for", "on", "of"):
            seen_for = True
        index = segment_end
    return index


def _has_head(segment: Sequence[_Token], cues: EventCues) -> bool:
    return bool(_head_at(segment, len(segment) - 1, cues, lower=False)[1])


def _is_place(ctx: Context, words: str) -> bool:
    gazetteer = ctx.gazetteer
    if gazetteer is None:
        return False
    return gazetteer.place(words) is not None or gazetteer.country(words) is not None


def _is_organization(ctx: Context, name_tokens: Sequence[_Token], core_end: int) -> bool:
    core = name_tokens[:core_end]
    if any(t.lower in ctx.cues.organization_heads for t in core[-1:]):
        return True
    start, end = name_tokens[0].start, name_tokens[-1].end
    name = ctx.text[start:end]
    if ctx.gazetteer is not None:
        entry = ctx.gazetteer.organization(name)
        if entry is not None:
            return not _ORDINAL.match(name_tokens[0].text)
        if ctx.gazetteer.country(name) is not None or ctx.gazetteer.place(name) is not None:
            return True
    return False


def _lower_headed(
    ctx: Context, tokens: Sequence[_Token], index: int, end: int, run: list[_Token]
) -> tuple[_Name | None, int]:
    cues = ctx.cues
    after = end
    acronym = None
    text = ctx.text
    paren = _ACRONYM_PAREN.match(text, run[-1].end)
    if paren is not None:
        acronym = paren.group("acr")
        while after < len(tokens) and tokens[after].start < paren.end():
            after += 1
    while after < len(tokens) and tokens[after].text in _QUOTES:
        after += 1
    for size in (2, 1):
        if after + size > len(tokens):
            continue
        words = tokens[after : after + size]
        phrase = " ".join(t.text for t in words)
        pair = cues.lower_head(phrase)
        if pair is None or not all(t.text.islower() for t in words):
            continue
        if (
            len(run) == 1
            and ctx.gazetteer is not None
            and (ctx.gazetteer.country(run[0].text) or ctx.gazetteer.organization(run[0].text))
        ):
            return None, end
        kind, form = pair
        if acronym is not None:
            # "the Asia Zero Emission Community (AZEC) initiative": the name is the long form.
            name = _Name(
                start=run[0].start,
                end=run[-1].end,
                name=text[run[0].start : run[-1].end],
                kind=kind,
                form=form,
                core=text[run[0].start : run[-1].end],
                head=phrase,
                acronym=acronym,
                period=None,
                year=None,
                ordinal=None,
                evidence_end=words[-1].end,
            )
            return name, after + size
        start = run[0].start
        stop = words[-1].end
        name_text = text[start:stop]
        return _Name(
            start=start,
            end=stop,
            name=_strip_quotes(name_text),
            kind=kind,
            form=form,
            core=_strip_quotes(name_text),
            head=phrase,
            acronym=None,
            period=None,
            year=None,
            ordinal=None,
            evidence_end=stop,
        ), after + size
    return None, end


def _strip_quotes(text: str) -> str:
    text = text.translate({ord(q): None for q in '“”"‘«»'})
    text = re.sub(r"(?<!\w)['’]|(?<=[^\Ws])['’](?!\w)", "", text)
    return " ".join(text.split()).strip(" '’")


def _finish(
    ctx: Context,
    tokens: Sequence[_Token],
    index: int,
    name_tokens: Sequence[_Token],
    kind: str,
    form: str,
    head: str,
    core_end: int,
    end: int,
) -> tuple[_Name | None, int]:
    text = ctx.text
    first = name_tokens[0]
    year = None
    ordinal = None
    start = first.start
    if _YEAR.fullmatch(first.text) and len(name_tokens) > 1:
        year = int(first.text)
        start = name_tokens[1].start
    match = _ORDINAL.fullmatch(name_tokens[0].text)
    if match:
        ordinal = int(match.group(1))
    elif index > 0 and tokens[index - 1].lower in _ORDINAL_WORDS:
        ordinal = _ORDINAL_WORDS[tokens[index - 1].lower]
    core = text[start : name_tokens[max(0, core_end - 1)].end]
    acronym = None
    period = None
    evidence_end = end
    consumed = index + len(name_tokens)
    paren = _ACRONYM_PAREN.match(text, end)
    if paren is not None:
        acronym = paren.group("acr")
        evidence_end = paren.end()
        # "Initiative (IAI) Work Plan Phase 5 (2026-2030)": the name goes on.
        rest = _tokens(text, paren.end(), min(len(text), paren.end() + 80))
        extra = 0
        while extra < len(rest) and _is_name_word(rest[extra]):
            extra += 1
        if extra and _head_in(rest[:extra], ctx.cues):
            _, more = _last_head(rest[:extra], ctx.cues)
            if more:
                kind, form = ctx.cues.heads[_key(more)]
                head = more
                end = rest[extra - 1].end
                evidence_end = end
    name_text = text[start:end]
    period_match = _PERIOD_PAREN.match(text, evidence_end)
    if period_match is not None:
        period = (int(period_match.group("a")), int(period_match.group("b")))
        evidence_end = period_match.end()
    while consumed < len(tokens) and tokens[consumed].start < evidence_end:
        consumed += 1
    return (
        _Name(
            start=start,
            end=end,
            name=_strip_quotes(name_text),
            kind=kind,
            form=form,
            core=_strip_quotes(core),
            head=head,
            acronym=acronym,
            period=period,
            year=year,
            ordinal=ordinal,
            evidence_end=evidence_end,
        ),
        consumed,
    )


def _head_in(tokens: Sequence[_Token], cues: EventCues) -> bool:
    return bool(_last_head(tokens, cues)[1])


def _last_head(tokens: Sequence[_Token], cues: EventCues) -> tuple[int, str]:
    for end in range(len(tokens) - 1, -1, -1):
        first, head = _head_at(tokens, end, cues, lower=False)
        if head:
            return first, head
    return -1, ""


_GENERIC: Final = frozenset(
    [
        "comprehensive",
        "strategic",
        "partnership",
        "free",
        "trade",
        "agreement",
        "joint",
        "statement",
        "economic",
        "cooperation",
        "framework",
        "new",
        "bilateral",
        "summit",
        "meeting",
        "memorandum",
        "of",
        "understanding",
        "treaty",
        "declaration",
        "vision",
        "initiative",
        "programme",
        "program",
        "project",
        "fund",
        "forum",
        "conference",
        "dialogue",
        "talks",
        "plan",
        "action",
        "work",
        "enhanced",
        "extended",
        "global",
        "regional",
        "multilateral",
    ]
)

_FORMS: Final[Mapping[str, type[MeetingForm] | type[AgreementForm] | type[InitiativeForm]]] = {
    "meeting": MeetingForm,
    "agreement": AgreementForm,
    "initiative": InitiativeForm,
}


def _name_candidates(ctx: Context, sentence: Sentence, name: _Name) -> list[Candidate]:
    kind = EventKind(name.kind)
    form = name.form
    lowered = name.name.lower()
    if kind is EventKind.MEETING and form == "other" and "minister" in lowered:
        form = "ministerial-meeting"
    if (
        kind is EventKind.AGREEMENT
        and form == "treaty"
        and ("trade" in lowered or "economic" in lowered)
    ):
        form = "trade-agreement"
    if kind is EventKind.INITIATIVE and form == "vision" and "joint" in lowered:
        kind, form = EventKind.AGREEMENT, "vision"
    words = name.name.split()
    generic = all(fold(w).strip("’'") in _GENERIC for w in words)
    single = len(words) == 1 or (len(words) == 2 and words[0].lower() in _ORDINAL_WORDS)
    quoted = ctx.text[max(0, name.start - 1) : name.start] in _QUOTES
    anaphor = (single or generic) and name.acronym is None and name.year is None and not quoted
    if anaphor and not name.name.isupper():
        before = ctx.text[max(sentence.start, name.start - 60) : name.start].lower()
        definite = re.search(r"\b(?:the|this|our|its|their)\s+(?:[\w-]+\s+)?$", before)
        if not definite:
            if single or re.search(r"\b(?:a|an)\s+(?:[\w,-]+\s+){0,4}$", before):
                return []
            anaphor = False
    candidate = Candidate(
        kind=kind,
        form=form,
        name=name.name,
        start=name.start,
        end=name.end,
        sentence=sentence.index,
        acronym=name.acronym,
        named=True,
        core=name.core,
        head=name.head,
        ordinal=name.ordinal,
        anaphor=anaphor,
        evidence=(name.start, name.evidence_end),
        dateable=kind is EventKind.MEETING,
    )
    if name.acronym:
        candidate.aliases.append(name.acronym)
    if name.year is not None and kind is not EventKind.MEETING:
        candidate.when = DateSpan.of(PartialDate(name.year))
        candidate.date_text = str(name.year)
    elif name.year is not None:
        candidate.when = DateSpan.of(PartialDate(name.year))
    if name.period is not None:
        span = DateSpan.between(PartialDate(name.period[0]), PartialDate(name.period[1]))
        candidate.period = span
        candidate.when = span
    for mention in ctx.actors_in(name.start, name.end):
        if mention.kind is not ActorKind.PERSON and mention.actor_id not in candidate.participants:
            candidate.participants.append(mention.actor_id)
    ctx.add(candidate)
    return [candidate]


def find_acronym_initiatives(ctx: Context) -> list[Candidate]:
    """Concepts introduced with an acronym that are no actor and no other event.

    "Japan's advocacy for a Free and Open Indo-Pacific (FOIP)" names a framework; a long
    form that is an organisation (a gazetteer entry, an actor, a name ending in "Bank",
    "Agency", "Centre"...) or a common economic term is left alone.

    Examples:
        >>> from diplotimeline.extract.abbreviations import find_abbreviations
        >>> text = "Both back a Free and Open Indo-Pacific (FOIP). The FOIP matters."
        >>> ctx = Context.build(text, document_id="d", abbreviations=find_abbreviations(text))
        >>> [(c.name, c.acronym) for c in find_acronym_initiatives(ctx)]
        [('Free and Open Indo-Pacific', 'FOIP')]
    """
    found = []
    for item in ctx.abbreviations:
        if item.is_reversed:
            continue
        if any(
            c.start <= item.long_start < c.end or c.acronym == item.short for c in ctx.candidates
        ):
            continue
        words = [w for w in re.split(r"[\s]+", item.long) if w]
        content = [w for w in words if w.lower() not in ctx.cues.connectors | ctx.cues.articles]
        if len(content) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in content):
            continue
        last = fold(content[-1]).strip(".,")
        if last in ctx.cues.organization_heads or last in ctx.cues.not_events:
            continue
        if ctx.is_actor_span(item.long_start, item.long_end):
            continue
        if ctx.gazetteer is not None and (
            ctx.gazetteer.organization(item.long) or ctx.gazetteer.organization(item.short)
        ):
            continue
        if ctx.actors_in(item.long_start, item.long_end, (ActorKind.PERSON,)):
            continue
        sentence = ctx.sentence_at(item.long_start)
        candidate = Candidate(
            kind=EventKind.INITIATIVE,
            form="framework",
            name=item.long,
            start=item.long_start,
            end=item.long_end,
            sentence=sentence.index,
            acronym=item.short,
            aliases=[item.short],
            named=True,
            core=item.long,
            head="",
            evidence=(item.long_start, item.short_end + 1),
        )
        found.append(ctx.add(candidate))
    return found


# ---------------------------------------------------------------------------------------
# Dates


def usable_dates(ctx: Context) -> list[TemporalMention]:
    """The date mentions that can date an event: resolved calendar spans only.

    "this year" right after a month ("October this year") is dropped: the month already
    carries the year. A month or day without a year that an anchor of month precision
    placed in the year before, although it falls in the anchor's month, is put back in
    the anchor's year (an article of "2025-07" reporting "July 10").
    """
    out: list[TemporalMention] = []
    for mention in ctx.temporal:
        value = mention.value
        if not isinstance(value, DateSpan) or not mention.timex_value[:1].isdigit():
            continue
        if (
            out
            and mention.start - out[-1].end <= 1
            and re.fullmatch(r"(?:this|last|next) year", mention.text.lower())
        ):
            continue
        out.append(_same_month(ctx, mention))
    return out


def _same_month(ctx: Context, mention: TemporalMention) -> TemporalMention:
    published = ctx.published
    value = mention.value
    if (
        published is None
        or published.month is None
        or published.day is not None
        or not isinstance(value, DateSpan)
        or _YEAR.search(mention.text)
        or re.search(r"\b(?:year|ago)\b", mention.text, re.IGNORECASE)
    ):
        return mention
    start = value.start
    if (
        isinstance(start, PartialDate)
        and start.year == published.year - 1
        and start.month == published.month
    ):
        try:
            shifted = DateSpan(
                _shift(value.start, 1), _shift(value.end, 1), approximate=value.approximate
            )
        except InvalidValueError:
            return mention
        return attrs.evolve(mention, value=shifted)
    return mention


def _shift(point: TimePoint | None, years: int) -> TimePoint | None:
    if point is None:
        return None
    if isinstance(point, PartialDate):
        return attrs.evolve(point, year=point.year + years)
    return attrs.evolve(point, year=point.year + years)


def attach_dates(ctx: Context) -> None:
    """Give each dateable candidate the date that governs it (see the module docstring).

    Examples:
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "The Lima Summit was held on May 2, 2031."
        >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
        >>> [c.name for c in find_named_events(ctx, ctx.sentences[0])]
        ['Lima Summit']
        >>> attach_dates(ctx)
        >>> ctx.candidates[0].when
        DateSpan('2031-05-02')
    """
    dates = usable_dates(ctx)
    by_sentence: dict[int, list[TemporalMention]] = {}
    for mention in dates:
        by_sentence.setdefault(ctx.sentence_at(mention.start).index, []).append(mention)
    since = ctx.cues.frames.get("since")
    for sentence in ctx.sentences:
        mentions = by_sentence.get(sentence.index, [])
        if not mentions:
            continue
        dateable = [
            c
            for c in ctx.candidates
            if c.sentence == sentence.index
            and c.dateable
            and c.when is None
            and not (c.inherit and c.host is not None and c.kind is not EventKind.MEETING)
        ]
        if not dateable:
            continue
        bounds: list[TemporalMention] = []
        points: list[TemporalMention] = []
        for mention in mentions:
            left = ctx.text[max(sentence.start, mention.start - 40) : mention.start]
            if since is not None and since.search(left):
                bounds.append(mention)
            elif mention.timex_type == "DATE" or not points:
                points.append(mention)
            else:
                points.append(mention)
        _assign(ctx, sentence, dateable, points)
        for candidate in dateable:
            if candidate.when is None and bounds:
                _since(ctx, candidate, bounds[0])


def _distance(ctx: Context, candidate: Candidate, mention: TemporalMention) -> int:
    if mention.start >= candidate.end:
        gap = ctx.text[candidate.end : mention.start]
        # A date in another clause after a dash or semicolon governs less.
        penalty = 40 if re.search(r"[;–—]", gap) else 0
        if re.search(
            r"\band\s+(?:also\s+)?(?:will|would|has|have|had|\w+ed)\b|,\s*(?:and|but|while)\b", gap
        ):
            penalty += 200
        return mention.start - candidate.end + penalty
    if mention.end <= candidate.start:
        gap = ctx.text[mention.end : candidate.start]
        penalty = 200 if re.search(r"[;–—]|\band\s+also\b", gap) else 0
        return candidate.start - mention.end + 25 + penalty
    return 0


def _assign(
    ctx: Context,
    sentence: Sentence,
    dateable: list[Candidate],
    points: list[TemporalMention],
) -> None:
    chosen: dict[int, tuple[int, TemporalMention]] = {}
    first_trigger = min(c.start for c in dateable)
    for mention in points:
        if mention.timex_type == "TIME" and not _is_day_part(mention):
            continue
        best: tuple[int, Candidate] | None = None
        for candidate in dateable:
            distance = _distance(ctx, candidate, mention)
            if best is None or distance < best[0]:
                best = (distance, candidate)
        if best is None:
            continue
        distance, candidate = best
        opening = mention.end <= first_trigger and _is_opening(ctx, sentence, mention)
        if opening:
            for other in dateable:
                key = id(other)
                if key not in chosen or chosen[key][0] > 10_000:
                    chosen[key] = (10_000 + _distance(ctx, other, mention), mention)
        if distance > 160:
            continue
        key = id(candidate)
        if key not in chosen or distance < chosen[key][0]:
            chosen[key] = (distance, mention)
    for candidate in dateable:
        picked = chosen.get(id(candidate))
        if picked is None:
            continue
        mention = picked[1]
        value = mention.value
        assert isinstance(value, DateSpan)
        if mention.timex_type == "TIME" and isinstance(value.start, PartialDate):
            value = DateSpan.of(value.start)
        candidate.when = _with_time(ctx, sentence, mention, value, candidate)
        candidate.date_text = mention.text
    _share_coordinated(ctx, dateable)


_COORDINATED: Final = re.compile(
    r"(?:\s+in\s+[A-Z][\w’' .-]{0,30}?)?\s*,?\s*(?:and|or)\s+(?:the\s+)?"
)


def _share_coordinated(ctx: Context, dateable: list[Candidate]) -> None:
    """ "at the A Summit in X and the B Summit in Y in 2024": A takes B's date."""
    ordered = sorted(dateable, key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        if first.when is not None or second.when is None or not (first.named and second.named):
            continue
        end = first.evidence[1] if first.evidence else first.end
        gap = ctx.text[end : second.start]
        if _COORDINATED.fullmatch(gap):
            first.when, first.date_text = second.when, second.date_text


def _is_day_part(mention: TemporalMention) -> bool:
    """ "the afternoon of October 26": a time of day that dates like its day."""
    value = mention.value
    return isinstance(value, DateSpan) and isinstance(value.start, PartialDate)


def _is_opening(ctx: Context, sentence: Sentence, mention: TemporalMention) -> bool:
    """A date that opens its sentence ("On July 26, ...", "In December, ...")."""
    before = ctx.text[sentence.start : mention.start]
    return len(before) <= 70 and not re.search(r"\b(?:since|until|by|before|after)\s+$", before)


def _with_time(
    ctx: Context,
    sentence: Sentence,
    mention: TemporalMention,
    value: DateSpan,
    candidate: Candidate,
) -> DateSpan:
    """A day with a clock time just after it ("On July 26, commencing at 10:00 am") is a time."""
    day = value.start
    if not value.is_single or not isinstance(day, PartialDate) or day.day is None:
        return value
    for other in ctx.temporal:
        if other.timex_type != "TIME" or not (mention.end <= other.start <= mention.end + 60):
            continue
        if ctx.sentence_at(other.start).index != sentence.index:
            continue
        time_value = other.value
        if not isinstance(time_value, DateSpan) or not isinstance(time_value.start, LocalDateTime):
            continue
        moment = time_value.start
        if (moment.year, moment.month, moment.day) != (day.year, day.month, day.day):
            continue
        if moment.offset_minutes is None:
            after = ctx.text[other.end : other.end + 20].lower()
            zone = _zone_of(ctx, candidate) if "local time" in after else None
            if zone is not None:
                moment = LocalDateTime(
                    moment.year, moment.month, moment.day, moment.hour, moment.minute, zone=zone
                )
        return DateSpan.of(moment)
    return value


def _zone_of(ctx: Context, candidate: Candidate) -> str | None:
    if ctx.gazetteer is None or candidate.location is None:
        return None
    name = candidate.location.split(",")[0].strip()
    place = ctx.gazetteer.place(name)
    if place is not None:
        return place.timezone
    country = ctx.gazetteer.country(name)
    return None if country is None else country.timezone


def _since(ctx: Context, candidate: Candidate, bound: TemporalMention) -> None:
    """Events bounded by "since <date>" in the year of publication get that year."""
    value = bound.value
    published = ctx.published
    if not isinstance(value, DateSpan) or published is None or value.start is None:
        return
    if value.start.year == published.year:
        candidate.when = DateSpan.of(PartialDate(published.year))
        candidate.date_text = bound.text


# ---------------------------------------------------------------------------------------
# Assembly


def _status(ctx: Context, when: DateSpan | None, future: bool) -> Status:
    if future:
        return Status.PLANNED
    if when is None:
        return Status.MENTIONED
    published = ctx.published
    if published is not None and when.start is not None and when.after(published):
        return Status.PLANNED
    if published is not None and when.start is not None and not when.before(published):
        # Overlapping the publication date: a span still running or a partial date.
        return Status.OCCURRED
    return Status.OCCURRED


def _resolve(candidate: Candidate) -> Candidate:
    while candidate.merged_into is not None:
        candidate = candidate.merged_into
    return candidate


def _merge_target(candidate: Candidate, earlier: list[Candidate]) -> Candidate | None:
    key = candidate.key
    for other in reversed(earlier):
        if other.kind is not candidate.kind:
            continue
        if (
            candidate.frame_key is not None
            and candidate.frame_key == other.frame_key
            and _compatible(other, candidate)
        ):
            return other
        if (
            other.key == key
            and not candidate.anaphor
            and candidate.frame_key is None
            and (candidate.ordinal is None or other.ordinal in (candidate.ordinal, None))
            and _compatible(other, candidate)
        ):
            return other
        bare = key.rsplit(" ", 1)[0] if candidate.head and candidate.head.islower() else key
        if other.acronym and bare != key and _name_key(other.acronym) == bare:
            return other
        if candidate.acronym and (
            candidate.acronym == other.acronym or _name_key(candidate.acronym) == other.key
        ):
            return other
        if other.acronym and _name_key(other.acronym) == key:
            return other
    if candidate.anaphor:
        head = _name_key(candidate.head or candidate.name)
        for other in reversed(earlier):
            if (
                other.kind is candidate.kind
                and other.named
                and not other.anaphor
                and (
                    _name_key(other.head) == head
                    or other.key.endswith(" " + head)
                    or key in other.key
                )
            ):
                return other
        for other in reversed(earlier):
            if (
                other.kind is candidate.kind
                and other.indefinite
                and other.head
                and other.head.lower() in candidate.name.lower()
            ):
                return other
        for other in reversed(earlier):
            if other.kind is candidate.kind and other.form == candidate.form and other.named:
                return other
        return None
    if candidate.named:
        # A short form of a longer name given earlier ("the Comprehensive Strategic
        # Partnership" after "the Comprehensive Strategic Partnership for Peace ...").
        for other in reversed(earlier):
            if (
                other.kind is candidate.kind
                and other.named
                and len(other.key) > len(key)
                and (other.key.startswith(key + " ") or _name_key(other.core) == key)
                and other.ordinal == candidate.ordinal
            ):
                return other
    return None


def _compatible(first: Candidate, second: Candidate) -> bool:
    if first.when is None or second.when is None:
        return True
    return first.when.overlaps(second.when) or first.when.contains(second.when)


def _absorb(target: Candidate, other: Candidate) -> None:
    other.merged_into = target
    if target.indefinite and other.named:
        target.aliases.append(target.name)
        target.name, target.named, target.indefinite = other.name, True, False
    elif other.name != target.name and other.name not in target.aliases:
        if (
            len(other.name) > len(target.name)
            and target.anaphor is False
            and other.named
            and (other.key.startswith(target.key))
        ):
            target.aliases.append(target.name)
            target.name = other.name
        else:
            target.aliases.append(other.name)
    for alias in other.aliases:
        if alias not in target.aliases and alias != target.name:
            target.aliases.append(alias)
    if target.acronym is None:
        target.acronym = other.acronym
    for actor in other.participants:
        if actor not in target.participants:
            target.participants.append(actor)
    if target.when is None and other.when is not None:
        target.when = other.when
        target.date_text = other.date_text
    elif (
        target.when is not None
        and other.when is not None
        and other.when.precision > target.when.precision
        and target.when.contains(other.when)
    ):
        target.when = other.when
    target.period = target.period or other.period
    target.location = target.location or other.location
    target.future = target.future or other.future
    target.stage = target.stage or other.stage
    target.host = target.host or other.host
    if target.form == "other" and other.form != "other":
        target.form = other.form


def assemble(ctx: Context) -> tuple[Event, ...]:
    """Merge the candidates into model events, numbered in order of first mention.

    Examples:
        >>> text = "The Lima Summit opened. Leaders left the Summit early."
        >>> ctx = Context.build(text, document_id="d")
        >>> for sentence in ctx.sentences:
        ...     _ = find_named_events(ctx, sentence)
        >>> [(e.id, e.name, len(e.evidence)) for e in assemble(ctx)]
        [('d:e1', 'Lima Summit', 2)]
    """
    ordered = sorted(ctx.candidates, key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for candidate in ordered:
        target = _merge_target(candidate, kept)
        if target is not None:
            _absorb(_resolve(target), candidate)
            continue
        if candidate.anaphor:
            continue
        kept.append(candidate)
    _fold_indefinite(kept)
    ids: dict[int, str] = {}
    number = 0
    for candidate in kept:
        if candidate.merged_into is not None:
            continue
        number += 1
        ids[id(candidate)] = f"{ctx.document_id}:e{number}"
    for candidate in kept:
        if candidate.merged_into is None and candidate.inherit and candidate.when is None:
            host = candidate.host and _resolve(candidate.host)
            if host is not None and host.when is not None:
                candidate.when = host.when
    evidence: dict[int, list[Evidence]] = {}
    for candidate in ctx.candidates:
        target = _resolve(candidate)
        span = candidate.evidence or (candidate.start, candidate.end)
        items = evidence.setdefault(id(target), [])
        if all(item.start != span[0] for item in items):
            items.append(Evidence.from_text(ctx.document_id, ctx.text, span[0], span[1]))
    events: list[Event] = []
    for candidate in kept:
        if candidate.merged_into is not None:
            continue
        events.append(_build(ctx, candidate, ids, evidence.get(id(candidate), [])))
    return tuple(events)


def _fold_indefinite(kept: list[Candidate]) -> None:
    """ "Set out a new vision" then "the Joint Vision Statement": the named one absorbs it."""
    for index, candidate in enumerate(kept):
        if not candidate.indefinite or candidate.merged_into is not None:
            continue
        head = candidate.head.lower()
        for later in kept[index + 1 :]:
            if (
                later.kind is candidate.kind
                and later.named
                and later.merged_into is None
                and later.when is None
                and head
                and head in later.name.lower()
            ):
                _absorb(later, candidate)
                later.when = candidate.when
                later.date_text = candidate.date_text
                break


def _build(
    ctx: Context, candidate: Candidate, ids: Mapping[int, str], evidence: list[Evidence]
) -> Event:
    event_id = ids[id(candidate)]
    links: list[EventLink] = []
    if candidate.host is not None:
        host = _resolve(candidate.host)
        target = ids.get(id(host))
        if target is not None and target != event_id:
            links.append(EventLink(candidate.relation, target))
    when = candidate.when
    status = _status(ctx, when, candidate.future)
    participants = tuple(dict.fromkeys(candidate.participants))
    aliases = tuple(dict.fromkeys(a for a in candidate.aliases if a and a != candidate.name))
    evidence.sort(key=lambda item: item.start)
    name = candidate.name.strip() or candidate.form
    if candidate.kind is EventKind.MEETING:
        return Meeting(
            id=event_id,
            name=name,
            form=MeetingForm(candidate.form),
            aliases=aliases,
            when=when,
            status=status,
            participants=participants,
            location=candidate.location,
            ordinal=candidate.ordinal,
            links=links,
            evidence=evidence,
        )
    if candidate.kind is EventKind.AGREEMENT:
        milestones = []
        if candidate.stage is not None:
            milestones.append(Milestone(candidate.stage, when))
        return Agreement(
            id=event_id,
            name=name,
            form=AgreementForm(candidate.form),
            aliases=aliases,
            when=when,
            status=status,
            participants=participants,
            location=candidate.location,
            milestones=milestones,
            links=links,
            evidence=evidence,
        )
    return Initiative(
        id=event_id,
        name=name,
        form=InitiativeForm(candidate.form),
        aliases=aliases,
        acronym=candidate.acronym,
        when=when,
        period=candidate.period,
        status=status,
        participants=participants,
        location=candidate.location,
        links=links,
        evidence=evidence,
    )


def iter_frames(ctx: Context, name: str, sentence: Sentence) -> Iterator[re.Match[str]]:
    """Matches of frame ``name`` (from the cue file) in one sentence."""
    matches = ctx.frame_matches(name)
    low = bisect.bisect_left(matches[0], sentence.start)
    high = bisect.bisect_left(matches[0], sentence.end)
    for match in matches[1][low:high]:
        if match.end() <= sentence.end:
            yield match


def is_future(ctx: Context, start: int, sentence: Sentence, words: int = 6) -> bool:
    """Whether a future cue ("will", "plans to", "planned") stands just before ``start``."""
    left = ctx.text[max(sentence.start, start - 80) : start].lower()
    tail = re.findall(r"[\w’']+", left)[-words:]
    if any(word in ("will", "shall", "planned", "upcoming", "forthcoming") for word in tail):
        return True
    joined = " ".join(tail)
    return any(phrase in joined for phrase in ctx.cues.future_phrases)
