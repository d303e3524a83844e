"""The results of :func:`~diplotimeline.eval.scoring.evaluate`: scores, references, reports.

:class:`Scores` and :class:`Accuracy` count hits and misses; :class:`EventRef`, :class:`ActorRef`
and :class:`EventMatch` name what was found, missed or misdated; :class:`DocumentReport` holds
one document's results and :class:`EvaluationReport` the corpus-wide sums, with
:meth:`EvaluationReport.to_dict` for JSON and :meth:`EvaluationReport.to_text` for people.

Examples:
    >>> report = EvaluationReport(documents=[DocumentReport(document="d1", actors=Scores(2, 0, 1))])
    >>> (report.actors.tp, round(report.actors.recall, 3))
    (2, 0.667)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

import attrs

from diplotimeline.eval.gold import GoldActorKind, GoldEvent, GoldEventKind

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
]


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


def _format_span(start: str | None, end: str | None) -> str:
    if start is None:
        return "undated" if end is None else f"?..{end}"
    return start if end is None else f"{start}..{end}"


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
