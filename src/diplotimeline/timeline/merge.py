"""Cross-document merge: mentions of one real-world event become one timeline entry.

Decision, for two mentions (see :func:`compare`):

* never merged: different kinds; the same document (a document names each real-world
  event once); incompatible dates (both dated and not overlapping); meetings of different
  forms (a visit and the talks held during it, a bilateral meeting and the summit on
  whose sidelines it was held), unless one form is ``other``; different ordinals, years
  or numbers in the names ("23rd" against "28th" summit); visits and bilateral meetings
  whose people or countries differ on both sides;
* merged on name evidence: equal content words (1.0), a shared acronym or an acronym
  that spells the other's initials (0.95); or, when both are dated, a folded-name
  similarity of at least :data:`NAME_THRESHOLD` sharing a distinctive word (not only
  "summit", "partnership"...), unless each side names a party (country, organisation)
  the other lacks, or of at least 0.45 when both name the same parties;
* or, for dated meetings of the same known form lasting at most a month, the people of
  one are all among the people of the other (0.7).

An undated mention thus merges only on an equal name or an acronym: without a date, the
name is all that identifies it.

Candidate pairs are blocked by kind and acronym, full name, distinctive word (a name
with several distinctive words meets another such name only through a shared *pair* of
words) or person, and within a block only date-compatible pairs are compared, so merging
is not quadratic. Whether two mentions are candidates depends on the two alone, so the
result does not depend on what else is merged. Accepted pairs are taken best first (ties
by mention keys), each joining two groups only if the joined group still spans one
document at most once, has dates that all overlap and at most one ordinal and one meeting
form: deterministic, independent of input order, and idempotent (mentions are
deduplicated by ``(document id, event id)``).

Merged entry: the status is the most advanced (occurred > planned > mentioned); the date
the most precise (narrowest) of the mentions' dates, ties to the latest publication; two
dates that are not nested are kept as a :class:`Conflict`; the name, form and other
fields come from the representative mention (most advanced status, then most precise
date, then latest publication), the other names become aliases, and participants,
aliases and evidence are unions.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections import defaultdict
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence, Set
from typing import Any, Final

import attrs

from diplotimeline.model import (
    EventKind,
    MeetingForm,
    Status,
)
from diplotimeline.timeline._names import NameKey, name_key, similarity
from diplotimeline.timeline.entry import (
    Mention,
    MentionKey,
    MergeReason,
    TimelineEntry,
    build_entry,
)

__all__ = [
    "NAME_THRESHOLD",
    "MergeDecision",
    "MergeIndex",
    "compare",
    "merge_mentions",
]

NAME_THRESHOLD: Final = 0.6
"""The folded-name similarity from which two mentions may be one event."""

_PARTICIPANT_SCORE: Final = 0.7
_RELATED_THRESHOLD: Final = 0.45
_STATUS_RANK: Final = {Status.MENTIONED: 0, Status.PLANNED: 1, Status.OCCURRED: 2}
_PAIRED_FORMS: Final = frozenset({MeetingForm.VISIT, MeetingForm.BILATERAL_MEETING})
_INF: Final = sys.maxsize
_MONTH: Final = 31 * 1440


@attrs.frozen
class MergeDecision:
    """The verdict on a pair of mentions: merge them, with this score and evidence.

    Examples:
        >>> MergeDecision(0.95, ("shared acronym azec",)).score
        0.95
    """

    score: float
    evidence: tuple[str, ...]


class _Features:
    """What comparison needs of a mention, computed once."""

    __slots__ = (
        "document",
        "form",
        "high",
        "key",
        "kind",
        "low",
        "names",
        "ordinal",
        "parties",
        "persons",
    )

    def __init__(self, mention: Mention, persons: Set[str]) -> None:
        event = mention.event
        self.key: MentionKey = mention.key
        self.document = mention.document
        self.kind: EventKind = event.kind
        self.form: str = event.form.value
        acronym = getattr(event, "acronym", None)
        self.names: NameKey = name_key(event.name, event.aliases, acronym)
        self.ordinal: int | None = getattr(event, "ordinal", None)
        if event.when is None:
            self.low: int | None = None
            self.high: int | None = None
        else:
            self.low, self.high = event.when.bounds()
        participants = frozenset(event.participants)
        self.persons: frozenset[str] = participants & persons if persons else frozenset()
        self.parties: frozenset[str] = participants - self.persons

    def block_keys(self) -> Iterator[tuple[tuple[str, str, str], bool]]:
        """Candidate blocks and, for each, whether this mention anchors it.

        Two mentions are compared when they share a block that at least one of them
        anchors: an acronym anchors, initials do not (initials only meet acronyms); a
        distinctive word anchors only for names with one distinctive word, and names
        with more anchor the pairs of their words (two such names must share two).
        """
        kind = self.kind.value
        names = self.names
        for acronym in names.acronyms:
            yield (kind, "a", acronym), True
        for initials in names.initials - names.acronyms:
            yield (kind, "a", initials), False
        for words in names.words:
            if any(word in names.distinctive for word in words):
                yield (kind, "n", " ".join(sorted(words))), True
        if self.low is None:
            return  # an undated mention merges on an equal name or an acronym only
        distinctive = sorted(names.distinctive)
        single = len(distinctive) == 1
        for word in distinctive:
            yield (kind, "w", word), single
        if not single:
            for index, word in enumerate(distinctive):
                for other in distinctive[index + 1 :]:
                    yield (kind, "w", f"{word} {other}"), True
        if self.is_short_meeting():
            for person in self.persons:
                yield (kind, "p", f"{self.form} {person}"), True

    def is_short_meeting(self) -> bool:
        """A dated meeting of a known form lasting at most a month (people may identify it)."""
        return (
            self.kind is EventKind.MEETING
            and self.form != "other"
            and self.low is not None
            and self.high is not None
            and self.high - self.low <= _MONTH
        )


def _dates_compatible(a: _Features, b: _Features) -> bool:
    if a.low is None or b.low is None:
        return True
    assert a.high is not None
    assert b.high is not None
    return a.low < b.high and b.low < a.high


def _both_sides(first: frozenset[str], second: frozenset[str]) -> bool:
    return bool(first - second) and bool(second - first)


def _compare(a: _Features, b: _Features) -> MergeDecision | None:
    if a.kind is not b.kind or a.document == b.document or not _dates_compatible(a, b):
        return None
    meeting = a.kind is EventKind.MEETING
    if meeting and a.form != b.form and "other" not in (a.form, b.form):
        return None
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return None
    paired = meeting and (a.form in _PAIRED_FORMS or b.form in _PAIRED_FORMS)
    if paired and (_both_sides(a.persons, b.persons) or _both_sides(a.parties, b.parties)):
        return None
    score, why = similarity(a.names, b.names)
    if why.endswith("mismatch"):
        return None
    dated = a.low is not None and b.low is not None
    dates = "overlapping dates" if dated else "one undated"
    if score >= 0.95:
        return MergeDecision(score, (why, dates))
    if not dated:
        return None
    if score >= NAME_THRESHOLD and not _both_sides(a.parties, b.parties):
        return MergeDecision(score, (why, dates))
    if score >= _RELATED_THRESHOLD and dated and a.parties and a.parties == b.parties:
        shared = ", ".join(sorted(a.parties))
        return MergeDecision(score, (why, dates, f"same parties {shared}"))
    if (
        a.form == b.form
        and a.is_short_meeting()
        and b.is_short_meeting()
        and a.persons
        and b.persons
        and (a.persons <= b.persons or b.persons <= a.persons)
        and not _both_sides(a.parties, b.parties)
    ):
        shared = ", ".join(sorted(a.persons & b.persons))
        return MergeDecision(_PARTICIPANT_SCORE, (f"shared people {shared}", dates, a.form))
    return None


def compare(
    first: Mention, second: Mention, persons: Set[str] = frozenset()
) -> MergeDecision | None:
    """Decide whether two mentions are one real-world event (see the module docstring).

    Args:
        first: A mention.
        second: Another mention.
        persons: The actor ids that are people (the others are parties).

    Returns:
        The decision with its score and evidence, or ``None`` when they stay apart.

    Examples:
        >>> from diplotimeline.model import Initiative
        >>> from diplotimeline.timeline.entry import Origin
        >>> a = Mention(Initiative(id="e1", name="Blue Pacific Fund (BPF)"), Origin("d1"))
        >>> b = Mention(Initiative(id="e4", name="BPF"), Origin("d2"))
        >>> compare(a, b)
        MergeDecision(score=0.95, evidence=('shared acronym bpf', 'one undated'))
        >>> c = Mention(Initiative(id="e5", name="Blue Pacific Fund"), Origin("d1"))
        >>> compare(a, c) is None  # the same document never names one event twice
        True
    """
    return _compare(_Features(first, persons), _Features(second, persons))


class _Group:
    """A group of mentions being merged, with the summaries the join checks need."""

    __slots__ = ("documents", "forms", "high", "low", "members", "ordinals")

    def __init__(self, index: int, features: _Features) -> None:
        self.members = [index]
        self.documents = {features.document}
        self.low = -_INF if features.low is None else features.low
        self.high = _INF if features.high is None else features.high
        self.ordinals = set() if features.ordinal is None else {features.ordinal}
        forms = {features.form} if features.kind is EventKind.MEETING else set()
        self.forms = forms - {"other"}

    def can_join(self, other: _Group) -> bool:
        return (
            not self.documents & other.documents
            and max(self.low, other.low) < min(self.high, other.high)
            and len(self.ordinals | other.ordinals) <= 1
            and len(self.forms | other.forms) <= 1
        )

    def join(self, other: _Group) -> None:
        self.members.extend(other.members)
        self.documents |= other.documents
        self.low = max(self.low, other.low)
        self.high = min(self.high, other.high)
        self.ordinals |= other.ordinals
        self.forms |= other.forms


def _overlap(a: _Features, b: _Features) -> bool:
    return (a.low is None or b.high is None or a.low < b.high) and (
        b.low is None or a.high is None or b.low < a.high
    )


def _block_pairs(
    features: Sequence[_Features], anchors: Sequence[int], others: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Date-compatible pairs of a block with at least one anchor, by a sweep over starts."""
    members = [(i, True) for i in anchors] + [(i, False) for i in others]
    undated = [(i, anchor) for i, anchor in members if features[i].low is None]
    dated = [(i, anchor) for i, anchor in members if features[i].low is not None]
    for i, anchor in undated:
        for j, other_anchor in members:
            if j != i and (anchor or other_anchor):
                yield i, j
    dated.sort(key=lambda row: features[row[0]].low or 0)
    active_anchors: list[int] = []
    active_others: list[int] = []
    for i, anchor in dated:
        low = features[i].low or 0
        active_anchors = [j for j in active_anchors if (features[j].high or 0) > low]
        for j in active_anchors:
            yield i, j
        if anchor:
            active_others = [j for j in active_others if (features[j].high or 0) > low]
            for j in active_others:
                yield i, j
            active_anchors.append(i)
        else:
            active_others.append(i)


def _candidate_pairs(
    features: Sequence[_Features],
    anchors: Mapping[Any, Sequence[int]],
    others: Mapping[Any, Sequence[int]],
) -> set[tuple[int, int]]:
    """Date-compatible pairs that share a block anchored by one of them."""
    pairs: set[tuple[int, int]] = set()
    for block, anchored in anchors.items():
        rest = others.get(block, ())
        if len(anchored) + len(rest) < 2:
            continue
        for i, j in _block_pairs(features, anchored, rest):
            pairs.add((i, j) if i < j else (j, i))
    return pairs


def _clusters(features: Sequence[_Features]) -> list[tuple[list[int], list[MergeReason]]]:
    anchors: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    others: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for index, item in enumerate(features):
        for block, anchor in item.block_keys():
            (anchors if anchor else others)[block].append(index)
    decisions = []
    for i, j in _candidate_pairs(features, anchors, others):
        decision = _compare(features[i], features[j])
        if decision is not None:
            decisions.append((-decision.score, i, j, decision))
    decisions.sort(key=lambda row: row[:3])
    groups = [_Group(i, item) for i, item in enumerate(features)]
    owner = list(range(len(features)))
    reasons: dict[int, list[MergeReason]] = defaultdict(list)
    for _, i, j, decision in decisions:
        first, second = owner[i], owner[j]
        if first == second or not groups[first].can_join(groups[second]):
            continue
        if len(groups[first].members) < len(groups[second].members):
            first, second = second, first
        groups[first].join(groups[second])
        for member in groups[second].members:
            owner[member] = first
        reasons[first].extend(reasons.pop(second, ()))
        reasons[first].append(
            MergeReason(features[i].key, features[j].key, decision.score, decision.evidence)
        )
    return [(sorted(groups[root].members), reasons.get(root, [])) for root in sorted(set(owner))]


@contextlib.contextmanager
def paused_gc() -> Generator[None, None, None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    Building a large timeline allocates millions of small objects, none in cycles; the
    collector would otherwise rescan the growing heap again and again.

    Examples:
        >>> with paused_gc():
        ...     gc.isenabled()
        False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    unique: dict[MentionKey, Mention] = {}
    for mention in mentions:
        unique.setdefault(mention.key, mention)
    return [unique[key] for key in sorted(unique)]


def merge_mentions(
    mentions: Iterable[Mention], persons: Set[str] = frozenset()
) -> tuple[TimelineEntry, ...]:
    """Merge mentions into entries, one per real-world event (see the module docstring).

    Mentions are deduplicated by ``(document id, event id)``; the result does not depend
    on the input order, and merging the mentions of the result again gives it back.

    Args:
        mentions: Mentions from one or many documents.
        persons: The actor ids that are people (the other participants are parties).

    Returns:
        The entries, ordered by their first mention's key (not by time: see
        :class:`~diplotimeline.timeline.timeline.Timeline` for the time order).

    Examples:
        >>> from diplotimeline.model import Meeting, MeetingForm, Status
        >>> from diplotimeline.time import DateSpan
        >>> from diplotimeline.timeline.entry import Origin
        >>> planned = Meeting(id="e1", name="Official visit of the President to Chile",
        ...                   form=MeetingForm.VISIT, status=Status.PLANNED,
        ...                   when=DateSpan.parse_iso("2031-04-27/2031-04-29"))
        >>> done = Meeting(id="e2", name="President's official visit to Chile",
        ...                form=MeetingForm.VISIT, status=Status.OCCURRED,
        ...                when=DateSpan.parse_iso("2031-04"))
        >>> [entry] = merge_mentions([Mention(planned, Origin("a")), Mention(done, Origin("b"))])
        >>> (entry.status.value, entry.when.format_iso(), len(entry.mentions))
        ('occurred', '2031-04-27/2031-04-29', 2)
        >>> entry.reasons[0].evidence
        ('same name', 'overlapping dates')
    """
    with paused_gc():
        unique = _dedupe(mentions)
        features = [_Features(m, persons) for m in unique]
        entries = []
        for members, reasons in _clusters(features):
            entries.append(build_entry([unique[i] for i in members], reasons))
        return tuple(entries)


class MergeIndex:
    """The comparison features and candidate blocks of a timeline's mentions.

    Kept beside a timeline so that adding documents compares only the new mentions'
    candidate blocks. :meth:`extended` returns a new index and leaves this one valid
    (copy-on-write), so timelines derived from one another stay independent.

    Examples:
        >>> from diplotimeline.model import Initiative
        >>> from diplotimeline.timeline.entry import Origin
        >>> a = Mention(Initiative(id="e1", name="Blue Pacific Fund"), Origin("d1"))
        >>> b = Mention(Initiative(id="e2", name="Blue Pacific Fund"), Origin("d2"))
        >>> index = MergeIndex([a]).extended([b])
        >>> sorted(index.related([b]))
        [('d1', 'e1'), ('d2', 'e2')]
    """

    __slots__ = ("_anchors", "_features", "_others", "persons")

    def __init__(self, mentions: Iterable[Mention] = (), persons: Set[str] = frozenset()) -> None:
        self.persons = frozenset(persons)
        self._features: dict[MentionKey, _Features] = {}
        self._anchors: dict[tuple[str, str, str], list[MentionKey]] = {}
        self._others: dict[tuple[str, str, str], list[MentionKey]] = {}
        with paused_gc():
            for mention in mentions:
                item = _Features(mention, self.persons)
                self._features[item.key] = item
                for block, anchor in item.block_keys():
                    (self._anchors if anchor else self._others).setdefault(block, []).append(
                        item.key
                    )

    def __contains__(self, key: object) -> bool:
        return key in self._features

    def extended(self, mentions: Iterable[Mention], persons: Set[str] | None = None) -> MergeIndex:
        """A new index with these mentions added (or refreshed, if already present).

        Examples:
            >>> len(MergeIndex().extended([])._features)
            0
        """
        index = MergeIndex.__new__(MergeIndex)
        index.persons = self.persons if persons is None else frozenset(persons)
        index._features = dict(self._features)
        index._anchors = dict(self._anchors)
        index._others = dict(self._others)
        copied: set[tuple[bool, tuple[str, str, str]]] = set()
        with paused_gc():
            for mention in mentions:
                item = _Features(mention, index.persons)
                known = item.key in index._features
                index._features[item.key] = item
                for block, anchor in item.block_keys():
                    blocks = index._anchors if anchor else index._others
                    members = blocks.get(block)
                    if members is None:
                        blocks[block] = [item.key]
                        copied.add((anchor, block))
                        continue
                    if known and item.key in members:
                        continue
                    if (anchor, block) not in copied:
                        members = blocks[block] = list(members)
                        copied.add((anchor, block))
                    members.append(item.key)
        return index

    def related(self, seeds: Iterable[Mention]) -> set[MentionKey]:
        """The seeds' keys and those of every mention connected to them by accepted pairs.

        Examples:
            >>> MergeIndex().related([])
            set()
        """
        features, anchors, others = self._features, self._anchors, self._others
        frontier = [features[m.key] for m in seeds]
        found = {item.key for item in frontier}
        while frontier:
            item = frontier.pop()
            for block, anchor in item.block_keys():
                candidates = [*anchors.get(block, ()), *(others.get(block, ()) if anchor else ())]
                for key in candidates:
                    if key in found:
                        continue
                    other = features[key]
                    if _overlap(item, other) and _compare(item, other) is not None:
                        found.add(key)
                        frontier.append(other)
        return found
