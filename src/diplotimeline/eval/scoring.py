"""Score predicted events and actors against gold annotations (``shared/gold/README.md``).

Both sides are :class:`~diplotimeline.eval.gold.GoldCorpus` values; documents are paired by id.
A gold document without a prediction counts as one where nothing was found; a predicted document
without gold is not scored and only listed.

Matching, per document and event kind, one to one:

* Names are folded (:func:`fold_name`: case, diacritics, ``đ``, quotes, dashes, punctuation) and
  compared by :func:`name_similarity`; a pair is similar when the score reaches 0.6. The predicted
  name is compared with the gold name and each gold alias (an alias scores 1% less, so the name
  wins a tie).
* Two meetings that share a participant person (predicted actors are mapped to gold actors
  first) and have compatible dates (:func:`dates_overlap`) are a candidate too, scoring
  0.5 + 0.4 x the Jaccard overlap of their persons.
* Candidates are taken best first, then those whose dates agree, then by participant overlap,
  then by gold id and predicted id in natural order.

A match with an ``optional`` gold event (or actor) is neither a hit nor a false positive, and an
unmatched optional one is not a miss. Strict matches need :func:`dates_agree`. Merging is scored
pairwise over the matched, non-optional events only: unmatched predictions are already counted
as spurious and are left out of the merge scores.

Examples:
    >>> from diplotimeline.eval.gold import read_gold
    >>> gold = read_gold('''{"format": "diplotimeline-gold/1", "documents": [
    ...   {"id": "d1", "file": "d1.txt", "published": "2031-05-02", "source": "Daily",
    ...    "actors": [],
    ...    "events": [{"id": "e1", "kind": "meeting", "form": "summit",
    ...      "name": "Nordic–African Summit", "start": "2031-05", "end": null,
    ...      "date_text": "in May", "participants": [], "status": "occurred",
    ...      "evidence": "held the summit in May", "cluster": "nas-2031"}]}]}''')
    >>> report = evaluate(gold, gold)
    >>> (report.events.loose.f1, report.events.strict.f1, report.events.dates.value)
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import attrs

from diplotimeline.errors import InvalidDateError
from diplotimeline.eval.gold import (
    GoldActor,
    GoldActorKind,
    GoldCorpus,
    GoldDocument,
    GoldEvent,
    GoldEventKind,
    is_partial_iso,
)

__all__ = [
    "Accuracy",
    "ActorRef",
    "DocumentReport",
    "EvaluationReport",
    "EventMatch",
    "EventRef",
    "EventScores",
    "MatchBasis",
    "Scores",
    "dates_agree",
    "dates_overlap",
    "evaluate",
    "fold_name",
    "name_similarity",
]

_NAME_THRESHOLD = 0.6
_ALIAS_WEIGHT = 0.99
_ACRONYM_SCORE = 0.95

# ---------------------------------------------------------------------------------------
# Result values


@attrs.frozen
class Scores:
    """Counts of hits, false positives and misses, with precision, recall and F1.

    With nothing predicted precision is 1.0; with nothing to find recall is 1.0.

    Examples:
        >>> scores = Scores(3, 1, 2)
        >>> (scores.precision, scores.recall, round(scores.f1, 3))
        (0.75, 0.6, 0.667)
        >>> (Scores(1, 0, 0) + Scores(0, 1, 1)).tp
        1
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """The share of predictions that are hits (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """The share of gold items that were found (1.0 when there was nothing to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        """Return the counts and rates as a JSON-friendly dict.

        Examples:
            >>> Scores(1, 1, 0).to_dict()["precision"]
            0.5
        """
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """A share of correct cases, kept as counts (1.0 when there are no cases).

    Examples:
        >>> Accuracy(3, 4).value
        0.75
        >>> (Accuracy(1, 1) + Accuracy(0, 1)).value
        0.5
    """

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """``correct / total``, or 1.0 without cases."""
        return self.correct / self.total if self.total else 1.0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@attrs.frozen(kw_only=True)
class EventScores:
    """Loose and strict event scores with the date accuracy of the same events.

    Examples:
        >>> EventScores().loose.f1
        1.0
    """

    loose: Scores = Scores()
    strict: Scores = Scores()
    dates: Accuracy = Accuracy()

    def __add__(self, other: EventScores) -> EventScores:
        return EventScores(
            loose=self.loose + other.loose,
            strict=self.strict + other.strict,
            dates=self.dates + other.dates,
        )

    def to_dict(self) -> dict[str, object]:
        """Return the scores as a JSON-friendly dict.

        Examples:
            >>> sorted(EventScores().to_dict())
            ['date_accuracy', 'dates_correct', 'dates_total', 'loose', 'strict']
        """
        return {
            "loose": self.loose.to_dict(),
            "strict": self.strict.to_dict(),
            "date_accuracy": self.dates.value,
            "dates_correct": self.dates.correct,
            "dates_total": self.dates.total,
        }


class MatchBasis(enum.StrEnum):
    """Why a predicted event was paired with a gold event.

    Examples:
        >>> MatchBasis.NAME.value
        'name'
    """

    NAME = "name"
    PARTICIPANTS = "participants"


@attrs.frozen(kw_only=True)
class EventRef:
    """An event of one side, as shown in reports.

    Examples:
        >>> EventRef(document="d1", id="e1", kind=GoldEventKind.MEETING, name="Talks").start is None
        True
    """

    document: str
    id: str
    kind: GoldEventKind
    name: str
    start: str | None = None
    end: str | None = None

    @classmethod
    def from_event(cls, document: str, event: GoldEvent) -> EventRef:
        """Describe ``event`` of ``document``.

        Examples:
            >>> from diplotimeline.eval.gold import GoldStatus
            >>> event = GoldEvent(id="e2", kind=GoldEventKind.AGREEMENT, form="mou", name="MoU",
            ...                   status=GoldStatus.MENTIONED, evidence="signed", cluster="m")
            >>> EventRef.from_event("d1", event).name
            'MoU'
        """
        return cls(
            document=document,
            id=event.id,
            kind=event.kind,
            name=event.name,
            start=event.start,
            end=event.end,
        )

    def describe(self) -> str:
        """Return ``id "name" (dates)`` for reports.

        Examples:
            >>> EventRef(document="d", id="e1", kind=GoldEventKind.MEETING, name="Talks",
            ...          start="2031-05-02").describe()
            'e1 "Talks" (2031-05-02)'
        """
        return f'{self.id} "{self.name}" ({_format_span(self.start, self.end)})'

    def to_dict(self) -> dict[str, str | None]:
        """Return the reference as a JSON-friendly dict.

        Examples:
            >>> ref = EventRef(document="d", id="e1", kind=GoldEventKind.MEETING, name="T")
            >>> ref.to_dict()["kind"]
            'meeting'
        """
        return {
            "document": self.document,
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "start": self.start,
            "end": self.end,
        }


@attrs.frozen(kw_only=True)
class ActorRef:
    """An actor of one side, as shown in reports.

    Examples:
        >>> ActorRef(document="d1", id="ke", kind=GoldActorKind.COUNTRY, name="Kenya").name
        'Kenya'
    """

    document: str
    id: str
    kind: GoldActorKind
    name: str

    def to_dict(self) -> dict[str, str]:
        """Return the reference as a JSON-friendly dict.

        Examples:
            >>> ref = ActorRef(document="d", id="ke", kind=GoldActorKind.COUNTRY, name="Kenya")
            >>> ref.to_dict()["id"]
            'ke'
        """
        return {
            "document": self.document,
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
        }


@attrs.frozen(kw_only=True)
class EventMatch:
    """A gold event paired with a predicted one.

    Examples:
        >>> gold = EventRef(document="d", id="e1", kind=GoldEventKind.MEETING, name="Talks",
        ...                 start="2031-05")
        >>> match = EventMatch(gold=gold, predicted=attrs.evolve(gold, id="p1"), score=1.0,
        ...                    basis=MatchBasis.NAME, optional=False, dates_equal=True)
        >>> match.predicted.id
        'p1'
    """

    gold: EventRef
    predicted: EventRef
    score: float
    basis: MatchBasis
    optional: bool
    dates_equal: bool

    def to_dict(self) -> dict[str, object]:
        """Return the match as a JSON-friendly dict.

        Examples:
            >>> ref = EventRef(document="d", id="e1", kind=GoldEventKind.MEETING, name="T")
            >>> EventMatch(gold=ref, predicted=ref, score=1.0, basis=MatchBasis.NAME,
            ...            optional=False, dates_equal=True).to_dict()["basis"]
            'name'
        """
        return {
            "gold": self.gold.to_dict(),
            "predicted": self.predicted.to_dict(),
            "score": self.score,
            "basis": self.basis.value,
            "optional": self.optional,
            "dates_equal": self.dates_equal,
        }


_K = TypeVar("_K", GoldEventKind, GoldActorKind)
_V = TypeVar("_V", EventScores, Scores)


def _lookup(pairs: Iterable[tuple[_K, _V]], kind: _K, empty: _V) -> _V:
    return next((value for key, value in pairs if key == kind), empty)


def _event_pairs(
    pairs: Sequence[tuple[GoldEventKind, EventScores]],
) -> tuple[tuple[GoldEventKind, EventScores], ...]:
    return tuple(pairs)


def _actor_pairs(
    pairs: Sequence[tuple[GoldActorKind, Scores]],
) -> tuple[tuple[GoldActorKind, Scores], ...]:
    return tuple(pairs)


def _event_refs(values: Iterable[EventRef]) -> tuple[EventRef, ...]:
    return tuple(values)


def _actor_refs(values: Iterable[ActorRef]) -> tuple[ActorRef, ...]:
    return tuple(values)


def _matches(values: Iterable[EventMatch]) -> tuple[EventMatch, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class DocumentReport:
    """The scores of one document and what was missed, spurious or misdated in it.

    Examples:
        >>> report = DocumentReport(document="d1")
        >>> report.event_scores(GoldEventKind.MEETING).loose.f1
        1.0
    """

    document: str
    events: EventScores = EventScores()
    events_by_kind: tuple[tuple[GoldEventKind, EventScores], ...] = attrs.field(
        default=(), converter=_event_pairs
    )
    actors: Scores = Scores()
    actors_by_kind: tuple[tuple[GoldActorKind, Scores], ...] = attrs.field(
        default=(), converter=_actor_pairs
    )
    matches: tuple[EventMatch, ...] = attrs.field(default=(), converter=_matches)
    missed_events: tuple[EventRef, ...] = attrs.field(default=(), converter=_event_refs)
    spurious_events: tuple[EventRef, ...] = attrs.field(default=(), converter=_event_refs)
    missed_actors: tuple[ActorRef, ...] = attrs.field(default=(), converter=_actor_refs)
    spurious_actors: tuple[ActorRef, ...] = attrs.field(default=(), converter=_actor_refs)

    @property
    def date_mismatches(self) -> tuple[EventMatch, ...]:
        """The scored (non-optional) matches whose dates differ from the gold."""
        return tuple(m for m in self.matches if not m.optional and not m.dates_equal)

    def event_scores(self, kind: GoldEventKind | None = None) -> EventScores:
        """Return the event scores of one kind, or of all kinds.

        Examples:
            >>> DocumentReport(document="d").event_scores().strict.tp
            0
        """
        return self.events if kind is None else _lookup(self.events_by_kind, kind, EventScores())

    def actor_scores(self, kind: GoldActorKind | None = None) -> Scores:
        """Return the actor scores of one kind, or of all kinds.

        Examples:
            >>> DocumentReport(document="d").actor_scores(GoldActorKind.PERSON).f1
            1.0
        """
        return self.actors if kind is None else _lookup(self.actors_by_kind, kind, Scores())

    def to_dict(self) -> dict[str, object]:
        """Return the document's scores and detail lists as a JSON-friendly dict.

        Examples:
            >>> DocumentReport(document="d").to_dict()["document"]
            'd'
        """
        return {
            "document": self.document,
            "events": self.events.to_dict(),
            "events_by_kind": {k.value: s.to_dict() for k, s in self.events_by_kind},
            "actors": self.actors.to_dict(),
            "actors_by_kind": {k.value: s.to_dict() for k, s in self.actors_by_kind},
            "matches": [m.to_dict() for m in self.matches],
            "missed_events": [e.to_dict() for e in self.missed_events],
            "spurious_events": [e.to_dict() for e in self.spurious_events],
            "date_mismatches": [m.to_dict() for m in self.date_mismatches],
            "missed_actors": [a.to_dict() for a in self.missed_actors],
            "spurious_actors": [a.to_dict() for a in self.spurious_actors],
        }


def _documents(values: Iterable[DocumentReport]) -> tuple[DocumentReport, ...]:
    return tuple(values)


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """Corpus-wide scores (sums over documents), merge scores and the per-document reports.

    Examples:
        >>> EvaluationReport().merge.f1
        1.0
    """

    documents: tuple[DocumentReport, ...] = attrs.field(default=(), converter=_documents)
    merge: Scores = Scores()
    missing_documents: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    extra_documents: tuple[str, ...] = attrs.field(default=(), converter=_ids)

    @property
    def events(self) -> EventScores:
        """Event scores over all documents and kinds."""
        return sum((d.events for d in self.documents), EventScores())

    @property
    def actors(self) -> Scores:
        """Actor scores over all documents and kinds."""
        return sum((d.actors for d in self.documents), Scores())

    def event_scores(self, kind: GoldEventKind | None = None) -> EventScores:
        """Return the corpus-wide event scores of one kind, or of all kinds.

        Examples:
            >>> EvaluationReport().event_scores(GoldEventKind.AGREEMENT).dates.total
            0
        """
        return sum((d.event_scores(kind) for d in self.documents), EventScores())

    def actor_scores(self, kind: GoldActorKind | None = None) -> Scores:
        """Return the corpus-wide actor scores of one kind, or of all kinds.

        Examples:
            >>> EvaluationReport().actor_scores(GoldActorKind.PERSON).tp
            0
        """
        return sum((d.actor_scores(kind) for d in self.documents), Scores())

    @property
    def missed_events(self) -> tuple[EventRef, ...]:
        """Gold events (not optional) without a predicted partner, in all documents."""
        return tuple(e for d in self.documents for e in d.missed_events)

    @property
    def spurious_events(self) -> tuple[EventRef, ...]:
        """Predicted events without a gold partner, in all documents."""
        return tuple(e for d in self.documents for e in d.spurious_events)

    @property
    def date_mismatches(self) -> tuple[EventMatch, ...]:
        """Scored matches whose dates differ from the gold, in all documents."""
        return tuple(m for d in self.documents for m in d.date_mismatches)

    @property
    def missed_actors(self) -> tuple[ActorRef, ...]:
        """Gold actors (not optional) without a predicted partner, in all documents."""
        return tuple(a for d in self.documents for a in d.missed_actors)

    @property
    def spurious_actors(self) -> tuple[ActorRef, ...]:
        """Predicted actors without a gold partner, in all documents."""
        return tuple(a for d in self.documents for a in d.spurious_actors)

    def to_dict(self) -> dict[str, object]:
        """Return the whole report as a JSON-friendly dict.

        Examples:
            >>> sorted(EvaluationReport().to_dict())
            ['documents', 'extra_documents', 'missing_documents', 'summary']
        """
        return {
            "summary": {
                "events": self.events.to_dict(),
                "events_by_kind": {k.value: self.event_scores(k).to_dict() for k in GoldEventKind},
                "actors": self.actors.to_dict(),
                "actors_by_kind": {k.value: self.actor_scores(k).to_dict() for k in GoldActorKind},
                "merge": self.merge.to_dict(),
            },
            "documents": [d.to_dict() for d in self.documents],
            "missing_documents": list(self.missing_documents),
            "extra_documents": list(self.extra_documents),
        }

    def to_text(self) -> str:
        """Return a readable report: a summary table, then each document's problems by kind.

        Examples:
            >>> print(EvaluationReport().to_text().splitlines()[0])
            Evaluation of 0 documents (0 without prediction, 0 extra not scored)
        """
        return "\n".join(_report_lines(self)) + "\n"


# ---------------------------------------------------------------------------------------
# Names

_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE"}
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_POSSESSIVE_RE = re.compile(r"'s\b")
_NON_WORD_RE = re.compile(r"[\W_]+")
_ORDINAL_RE = re.compile(r"(?P<number>\d{1,6})(?:st|nd|rd|th)")
_PAREN_RE = re.compile(r"\((?P<inner>[^()]{1,30})\)")
_STOPWORDS = frozenset(
    {"a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "its", "of", "on"}
    | {"the", "their", "to", "with"}
)


def fold_name(text: str) -> str:
    """Fold a name for comparison: no case, diacritics, quotes, possessives, dashes or punctuation.

    Letters that Unicode does not decompose (``đ``, ``ø``, ``ł``, ``ß``, ``æ``) are spelt out;
    the result is lower-case words joined by single spaces.

    Args:
        text: A name as written.

    Returns:
        The folded words.

    Examples:
        >>> fold_name("Việt Nam–Đức “Strategic” Partnership")
        'viet nam duc strategic partnership'
        >>> fold_name("Ministers’ Meeting") == fold_name("Ministers' meeting")
        True
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    bare = _POSSESSIVE_RE.sub("", bare.translate(_APOSTROPHES).casefold())
    return " ".join(_NON_WORD_RE.sub(" ", bare.replace("'", "")).split())


def _content_tokens(folded: str) -> list[str]:
    tokens = []
    for token in folded.split():
        if token in _STOPWORDS:
            continue
        ordinal = _ORDINAL_RE.fullmatch(token)
        if ordinal is not None:
            token = ordinal["number"]
        elif len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        tokens.append(token)
    return tokens


def _join_compounds(tokens: list[str], other: set[str]) -> set[str]:
    """Join neighbours that the other side writes as one word ("viet nam" ~ "vietnam")."""
    out: set[str] = set()
    index = 0
    while index < len(tokens):
        if index + 1 < len(tokens) and tokens[index] + tokens[index + 1] in other:
            out.add(tokens[index] + tokens[index + 1])
            index += 2
        else:
            out.add(tokens[index])
            index += 1
    return out


def _acronym_key(text: str) -> str | None:
    """Return the folded acronym when ``text`` is one ("OPEC", "COP 28", "G20"), else None."""
    stripped = text.strip()
    if not 2 <= len(stripped) <= 16 or any(c.islower() for c in stripped):
        return None
    tokens = fold_name(stripped).split()
    if not 1 <= len(tokens) <= 2 or not any(c.isalpha() for c in tokens[0]):
        return None
    return "".join(tokens)


def _paren_acronyms(text: str) -> set[str]:
    keys = (_acronym_key(m["inner"]) for m in _PAREN_RE.finditer(text))
    return {key for key in keys if key is not None}


def _compact_grams(folded: str) -> set[str]:
    tokens = folded.split()
    return {
        "".join(tokens[start : start + size])
        for size in (1, 2, 3)
        for start in range(len(tokens) - size + 1)
    }


def _initials(folded: str) -> set[str]:
    every = [t for t in _PAREN_RE.sub(" ", folded).split() if t[0].isalpha()]
    content = [t for t in every if t not in _STOPWORDS]
    return {"".join(t[0] for t in words) for words in (every, content) if len(words) >= 2}


def _is_acronym_pair(first: str, second: str) -> bool:
    folded_first, folded_second = fold_name(first), fold_name(second)
    for one, other, folded_other in ((first, second, folded_second), (second, first, folded_first)):
        key = _acronym_key(one)
        if key is not None and (
            key in _paren_acronyms(other) or key in _initials(_unparenthesised(other))
        ):
            return True
        grams = _compact_grams(folded_other)
        if any(acronym in grams for acronym in _paren_acronyms(one)):
            return True
    return False


def _unparenthesised(text: str) -> str:
    return fold_name(_PAREN_RE.sub(" ", text))


def name_similarity(predicted: str, gold: str) -> float:
    """Score how similar two names are, from 0.0 to 1.0; 0.6 and above counts as similar.

    Both names are folded (:func:`fold_name`) into content words (no ``of``, ``the``...;
    ordinals as numbers; a final plural ``s`` dropped; two words joined when the other side
    writes them as one). Equal word sets score 1.0; an acronym and its expansion 0.95 (one side
    is an acronym that the other has in brackets or as its initials, or one side contains the
    other's bracketed acronym). Otherwise the score is the mean of the Jaccard index and the
    containment of the smaller set in the larger (Jaccard alone when a side has one word),
    and 0.0 when both names carry numbers and share none ("23rd" against "28th").

    Args:
        predicted: The predicted name.
        gold: A gold name or alias.

    Returns:
        The similarity score.

    Examples:
        >>> name_similarity("Andean Green Hydrogen Partnership", "AGHP")
        0.95
        >>> name_similarity("India–Brazil Strategic Dialogue", "India-Brazil strategic dialogues")
        1.0
        >>> name_similarity("12th Andean Summit", "13th Andean Summit")
        0.0
        >>> name_similarity("Andean Summit", "12th Andean Summit") >= 0.6
        True
    """
    predicted_tokens = _content_tokens(fold_name(predicted))
    gold_tokens = _content_tokens(fold_name(gold))
    first = _join_compounds(predicted_tokens, set(gold_tokens))
    second = _join_compounds(gold_tokens, first)
    if first and first == second:
        return 1.0
    if _is_acronym_pair(predicted, gold):
        return _ACRONYM_SCORE
    common = len(first & second)
    if not common:
        return 0.0
    numbers_first = {t for t in first if t.isdigit()}
    numbers_second = {t for t in second if t.isdigit()}
    if numbers_first and numbers_second and not numbers_first & numbers_second:
        return 0.0
    jaccard = common / len(first | second)
    smaller = min(len(first), len(second))
    if smaller < 2:
        return jaccard
    return (jaccard + common / smaller) / 2


def _natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text) if part
    )


# ---------------------------------------------------------------------------------------
# Dates

_DATE_PARTS_RE = re.compile(
    r"(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?P<offset>Z|[+-]\d{2}:\d{2}))?"
)


def _canonical(value: str | None) -> str | None:
    """Normalise a partial ISO value: no ``:00`` seconds, ``Z`` and ``-00:00`` as ``+00:00``."""
    if value is None:
        return None
    match = _DATE_PARTS_RE.fullmatch(value)
    if match is None or not is_partial_iso(value):
        raise InvalidDateError(f"not a partial ISO 8601 date: {value!r}", value=value)
    if match["hour"] is None:
        return value
    second = match["second"]
    seconds = f":{second}" if second not in (None, "00") else ""
    offset = "+00:00" if match["offset"] in ("Z", "-00:00") else match["offset"]
    return f"{match['date']}T{match['hour']}:{match['minute']}{seconds}{offset}"


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    """The first and last calendar day a partial ISO value covers (a time counts as its day)."""
    _canonical(value)
    parts = [int(p) for p in value[:10].split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    day = dt.date(parts[0], parts[1], parts[2])
    return day, day


def dates_agree(
    gold_start: str | None,
    gold_end: str | None,
    predicted_start: str | None,
    predicted_end: str | None,
) -> bool:
    """Tell whether predicted dates equal the gold's at the gold's precision (the strict test).

    The predicted value must have the gold's precision and the same value: a gold ``2025-04`` is
    met by ``2025-04`` only, not by ``2025-04-27`` nor ``2025``. Timed values compare as whole
    strings after normalisation (``:00`` seconds dropped, ``Z`` as ``+00:00``). A gold end of
    null is met by a null end or an end equal to the predicted start; a gold start of null only
    by a null start.

    Args:
        gold_start: The gold start, a partial ISO string or None.
        gold_end: The gold end, or None for a single day or instant.
        predicted_start: The predicted start.
        predicted_end: The predicted end.

    Returns:
        True when the dates agree.

    Raises:
        InvalidDateError: A value is not a partial ISO 8601 date.

    Examples:
        >>> dates_agree("2031-05", None, "2031-05", None)
        True
        >>> dates_agree("2031-05", None, "2031-05-02", None)
        False
        >>> dates_agree("2031-05", None, "2031", None)
        False
        >>> dates_agree("2031-05-02T10:00+07:00", None, "2031-05-02T10:00:00+07:00", None)
        True
        >>> dates_agree("2031-05-02", None, "2031-05-02", "2031-05-02")
        True
    """
    if _canonical(predicted_start) != _canonical(gold_start):
        return False
    if gold_end is None:
        return predicted_end is None or _canonical(predicted_end) == _canonical(predicted_start)
    return _canonical(predicted_end) == _canonical(gold_end)


def dates_overlap(
    first_start: str | None,
    first_end: str | None,
    second_start: str | None,
    second_end: str | None,
) -> bool:
    """Tell whether two date spans are compatible: they overlap, or either is undated.

    Each value covers its whole year, month or day, so ``2031-05`` overlaps ``2031-05-02``
    (spans are compared at the coarser precision); a time counts as its day.

    Args:
        first_start: The first span's start, or None when undated.
        first_end: Its end, or None for a single value.
        second_start: The second span's start, or None when undated.
        second_end: Its end, or None for a single value.

    Returns:
        True when the spans share a day or one is undated.

    Examples:
        >>> dates_overlap("2031-05", None, "2031-05-02", "2031-05-04")
        True
        >>> dates_overlap("2031-04-29", "2031-04-30", "2031-05", None)
        False
        >>> dates_overlap(None, None, "2031", None)
        True
    """
    if first_start is None or second_start is None:
        return True
    first_low, first_high = _bounds(first_start)[0], _bounds(first_end or first_start)[1]
    second_low, second_high = _bounds(second_start)[0], _bounds(second_end or second_start)[1]
    return first_low <= second_high and second_low <= first_high


def _format_span(start: str | None, end: str | None) -> str:
    if start is None:
        return "undated" if end is None else f"?..{end}"
    return start if end is None else f"{start}..{end}"


# ---------------------------------------------------------------------------------------
# Matching


def _actor_keys(actor: GoldActor) -> set[str]:
    keys = set()
    for text in (actor.name, *actor.aliases):
        tokens = fold_name(text).split()
        if tokens:
            keys.add(" ".join(sorted(tokens)))
            keys.add("".join(tokens))
    return keys


def _match_actors(
    gold: Sequence[GoldActor], predicted: Sequence[GoldActor]
) -> list[tuple[GoldActor, GoldActor]]:
    gold_keys = {a.id: _actor_keys(a) for a in gold}
    predicted_keys = {a.id: _actor_keys(a) for a in predicted}
    candidates = []
    for g in gold:
        for p in predicted:
            if g.kind != p.kind:
                continue
            shared = len(gold_keys[g.id] & predicted_keys[p.id])
            if g.id == p.id or shared:
                rank = (-(g.id == p.id), -shared, _natural_key(g.id), _natural_key(p.id))
                candidates.append((rank, g, p))
    candidates.sort(key=lambda item: item[0])
    return _greedy((g, p) for _, g, p in candidates)


_A = TypeVar("_A", GoldActor, GoldEvent)


def _greedy(ranked: Iterable[tuple[_A, _A]]) -> list[tuple[_A, _A]]:
    taken_gold: set[str] = set()
    taken_predicted: set[str] = set()
    pairs = []
    for g, p in ranked:
        if g.id not in taken_gold and p.id not in taken_predicted:
            taken_gold.add(g.id)
            taken_predicted.add(p.id)
            pairs.append((g, p))
    return pairs


def _name_score(predicted: GoldEvent, gold: GoldEvent) -> float:
    """The weighted name score of a pair, or 0.0 when the names are not similar."""
    best = 0.0
    for text, weight in ((gold.name, 1.0), *((alias, _ALIAS_WEIGHT) for alias in gold.aliases)):
        raw = name_similarity(predicted.name, text)
        if raw >= _NAME_THRESHOLD:
            best = max(best, raw * weight)
    return best


def _jaccard(first: set[str], second: set[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


@attrs.frozen
class _Candidate:
    rank: tuple[object, ...]
    gold: GoldEvent
    predicted: GoldEvent
    score: float
    basis: MatchBasis


def _event_candidates(
    gold: Sequence[GoldEvent],
    predicted: Sequence[GoldEvent],
    actor_map: Mapping[str, str],
    gold_persons: set[str],
) -> Iterator[_Candidate]:
    for g in gold:
        for p in predicted:
            if g.kind != p.kind:
                continue
            mapped = {actor_map.get(pid, pid) for pid in p.participants}
            name = _name_score(p, g)
            person = 0.0
            if g.kind is GoldEventKind.MEETING:
                g_persons = set(g.participants) & gold_persons
                p_persons = mapped & gold_persons
                if g_persons & p_persons and dates_overlap(g.start, g.end, p.start, p.end):
                    person = 0.5 + 0.4 * _jaccard(g_persons, p_persons)
            if not name and not person:
                continue
            score = max(name, person)
            agree = dates_agree(g.start, g.end, p.start, p.end)
            overlap = _jaccard(set(g.participants), mapped)
            rank = (-score, -agree, -overlap, _natural_key(g.id), _natural_key(p.id))
            basis = MatchBasis.NAME if name >= person else MatchBasis.PARTICIPANTS
            yield _Candidate(rank, g, p, score, basis)


def _evaluate_document(
    gold: GoldDocument, predicted: GoldDocument
) -> tuple[DocumentReport, list[tuple[str, str]]]:
    """Score one document; also return the (gold, predicted) clusters of scored matches."""
    doc = gold.id
    actor_pairs = _match_actors(gold.actors, predicted.actors)
    actor_map = {p.id: g.id for g, p in actor_pairs}
    matched_gold_actors = {g.id for g, _ in actor_pairs}
    matched_predicted_actors = {p.id for _, p in actor_pairs}
    actors_by_kind: list[tuple[GoldActorKind, Scores]] = []
    for actor_kind in GoldActorKind:
        tp = sum(1 for g, _ in actor_pairs if g.kind is actor_kind and not g.optional)
        fp = sum(
            1
            for a in predicted.actors
            if a.kind is actor_kind and a.id not in matched_predicted_actors
        )
        fn = sum(
            1
            for a in gold.actors
            if a.kind is actor_kind and not a.optional and a.id not in matched_gold_actors
        )
        actors_by_kind.append((actor_kind, Scores(tp, fp, fn)))
    missed_actors = [
        ActorRef(document=doc, id=a.id, kind=a.kind, name=a.name)
        for a in gold.actors
        if not a.optional and a.id not in matched_gold_actors
    ]
    spurious_actors = [
        ActorRef(document=doc, id=a.id, kind=a.kind, name=a.name)
        for a in predicted.actors
        if a.id not in matched_predicted_actors
    ]

    gold_persons = {a.id for a in gold.actors if a.kind is GoldActorKind.PERSON}
    candidates = sorted(
        _event_candidates(gold.events, predicted.events, actor_map, gold_persons),
        key=lambda c: c.rank,
    )
    chosen = {(g.id, p.id) for g, p in _greedy((c.gold, c.predicted) for c in candidates)}
    matches = [
        EventMatch(
            gold=EventRef.from_event(doc, c.gold),
            predicted=EventRef.from_event(doc, c.predicted),
            score=c.score,
            basis=c.basis,
            optional=c.gold.optional,
            dates_equal=dates_agree(c.gold.start, c.gold.end, c.predicted.start, c.predicted.end),
        )
        for c in candidates
        if (c.gold.id, c.predicted.id) in chosen
    ]
    matches.sort(key=lambda m: _natural_key(m.gold.id))
    matched_gold = {m.gold.id for m in matches}
    matched_predicted = {m.predicted.id for m in matches}
    missed = [
        EventRef.from_event(doc, e)
        for e in gold.events
        if not e.optional and e.id not in matched_gold
    ]
    spurious = [
        EventRef.from_event(doc, e) for e in predicted.events if e.id not in matched_predicted
    ]

    events_by_kind: list[tuple[GoldEventKind, EventScores]] = []
    for kind in GoldEventKind:
        scored = [m for m in matches if m.gold.kind is kind and not m.optional]
        hits = len(scored)
        exact = sum(1 for m in scored if m.dates_equal)
        fp = sum(1 for e in spurious if e.kind is kind)
        fn = sum(1 for e in missed if e.kind is kind)
        dated = [m for m in scored if m.gold.start is not None]
        events_by_kind.append(
            (
                kind,
                EventScores(
                    loose=Scores(hits, fp, fn),
                    strict=Scores(exact, fp + hits - exact, fn + hits - exact),
                    dates=Accuracy(sum(1 for m in dated if m.dates_equal), len(dated)),
                ),
            )
        )
    gold_clusters = {e.id: e.cluster for e in gold.events}
    predicted_clusters = {e.id: e.cluster for e in predicted.events}
    clusters = [
        (gold_clusters[m.gold.id], predicted_clusters[m.predicted.id])
        for m in matches
        if not m.optional
    ]
    report = DocumentReport(
        document=doc,
        events=sum((s for _, s in events_by_kind), EventScores()),
        events_by_kind=events_by_kind,
        actors=sum((s for _, s in actors_by_kind), Scores()),
        actors_by_kind=actors_by_kind,
        matches=matches,
        missed_events=missed,
        spurious_events=spurious,
        missed_actors=missed_actors,
        spurious_actors=spurious_actors,
    )
    return report, clusters


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _merge_scores(clusters: Sequence[tuple[str, str]]) -> Scores:
    """Score same-entry decisions: pairs in one gold cluster against pairs in one predicted."""
    both = sum(_pairs(n) for n in Counter(clusters).values())
    gold_pairs = sum(_pairs(n) for n in Counter(g for g, _ in clusters).values())
    predicted_pairs = sum(_pairs(n) for n in Counter(p for _, p in clusters).values())
    return Scores(both, predicted_pairs - both, gold_pairs - both)


def evaluate(gold: GoldCorpus, predicted: GoldCorpus) -> EvaluationReport:
    """Score a predicted corpus against a gold corpus, document by document (paired by id).

    See the module documentation for the matching rules.

    Args:
        gold: The gold annotations.
        predicted: The extractor's output in the same format.

    Returns:
        The report: per-document and corpus-wide scores and the detail lists.

    Examples:
        >>> from diplotimeline.eval.gold import GoldDocument
        >>> gold = GoldCorpus(documents=[GoldDocument(id="d1", file="d1.txt",
        ...                                            published="2031", source="Daily")])
        >>> report = evaluate(gold, GoldCorpus())
        >>> (report.missing_documents, report.events.loose.f1)
        (('d1',), 1.0)
    """
    predicted_by_id = {d.id: d for d in predicted.documents}
    gold_ids = {d.id for d in gold.documents}
    reports = []
    clusters: list[tuple[str, str]] = []
    for document in gold.documents:
        counterpart = predicted_by_id.get(document.id)
        if counterpart is None:
            counterpart = attrs.evolve(document, actors=(), events=())
        report, document_clusters = _evaluate_document(document, counterpart)
        reports.append(report)
        clusters.extend(document_clusters)
    return EvaluationReport(
        documents=reports,
        merge=_merge_scores(clusters),
        missing_documents=[d.id for d in gold.documents if d.id not in predicted_by_id],
        extra_documents=[d.id for d in predicted.documents if d.id not in gold_ids],
    )


# ---------------------------------------------------------------------------------------
# Text report


def _row(label: str, scores: Scores) -> str:
    return (
        f"  {label:<22}{scores.tp:>5}{scores.fp:>5}{scores.fn:>5}"
        f"{scores.precision:>11.3f}{scores.recall:>8.3f}{scores.f1:>8.3f}"
    )


def _report_lines(report: EvaluationReport) -> Iterator[str]:
    yield (
        f"Evaluation of {len(report.documents)} documents "
        f"({len(report.missing_documents)} without prediction, "
        f"{len(report.extra_documents)} extra not scored)"
    )
    yield ""
    yield f"  {'':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'F1':>8}"
    for label, attribute in (("events (loose)", "loose"), ("events (strict)", "strict")):
        yield _row(label, getattr(report.events, attribute))
        for kind in GoldEventKind:
            yield _row(f"  {kind.value}", getattr(report.event_scores(kind), attribute))
    yield _row("actors", report.actors)
    for actor_kind in GoldActorKind:
        yield _row(f"  {actor_kind.value}", report.actor_scores(actor_kind))
    yield _row("merge (pairwise)", report.merge)
    dates = report.events.dates
    yield f"  {'date accuracy':<22}{dates.correct:>5} of {dates.total:<5}{dates.value:>18.3f}"
    for name, ids in (
        ("without prediction", report.missing_documents),
        ("extra, not scored", report.extra_documents),
    ):
        if ids:
            yield f"Documents {name}: {', '.join(ids)}"
    for document in report.documents:
        yield from _document_lines(document)


def _document_lines(document: DocumentReport) -> Iterator[str]:
    events, actors = document.events, document.actors
    yield ""
    yield f"== {document.document} =="
    yield (
        f"events F1 loose {events.loose.f1:.3f}, strict {events.strict.f1:.3f}; "
        f"dates {events.dates.correct}/{events.dates.total}; actors F1 {actors.f1:.3f}"
    )
    for kind in GoldEventKind:
        missed = [e for e in document.missed_events if e.kind is kind]
        spurious = [e for e in document.spurious_events if e.kind is kind]
        misdated = [m for m in document.date_mismatches if m.gold.kind is kind]
        if not (missed or spurious or misdated):
            continue
        yield f"  {kind.value}:"
        yield from (f"    missed    {e.describe()}" for e in missed)
        yield from (f"    spurious  {e.describe()}" for e in spurious)
        for m in misdated:
            yield (
                f'    dates     {m.gold.id} "{m.gold.name}": gold '
                f"{_format_span(m.gold.start, m.gold.end)}, predicted {m.predicted.id} "
                f'"{m.predicted.name}" {_format_span(m.predicted.start, m.predicted.end)}'
            )
    if document.missed_actors or document.spurious_actors:
        yield "  actors:"
        yield from (
            f'    missed    {a.kind.value} {a.id} "{a.name}"' for a in document.missed_actors
        )
        yield from (
            f'    spurious  {a.kind.value} {a.id} "{a.name}"' for a in document.spurious_actors
        )
