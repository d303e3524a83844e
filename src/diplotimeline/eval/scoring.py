"""Score predicted events and actors against gold annotations (``shared/gold/README.md``).

Both sides are :class:`~diplotimeline.eval.gold.GoldCorpus` values; documents are paired by id.
A gold document without a prediction counts as one where nothing was found; a predicted document
without gold is not scored and only listed.

Matching, per document and event kind, one to one:

* Names are folded (:func:`~diplotimeline.eval.names.fold_name`: case, diacritics, ``đ``,
  quotes, dashes, punctuation) and compared by
  :func:`~diplotimeline.eval.names.name_similarity`; a pair is similar when the score reaches
  0.6. The predicted name is compared with the gold name and each gold alias (an alias scores
  1% less, so the name wins a tie).
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
import re
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
from diplotimeline.eval.names import fold_name as fold_name
from diplotimeline.eval.names import name_similarity as name_similarity
from diplotimeline.eval.report import Accuracy as Accuracy
from diplotimeline.eval.report import ActorRef as ActorRef
from diplotimeline.eval.report import DocumentReport as DocumentReport
from diplotimeline.eval.report import EvaluationReport as EvaluationReport
from diplotimeline.eval.report import EventMatch as EventMatch
from diplotimeline.eval.report import EventRef as EventRef
from diplotimeline.eval.report import EventScores as EventScores
from diplotimeline.eval.report import MatchBasis as MatchBasis
from diplotimeline.eval.report import Scores as Scores

# Also importable from here, for existing callers: the result types (homed in
# diplotimeline.eval.report) and fold_name, name_similarity (diplotimeline.eval.names).
__all__ = ["dates_agree", "dates_overlap", "evaluate"]

_NAME_THRESHOLD = 0.6
_ALIAS_WEIGHT = 0.99


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
