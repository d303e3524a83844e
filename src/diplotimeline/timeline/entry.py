"""Timeline entries: one real-world event, with every mention of it, its conflicts and reasons.

Examples:
    >>> from diplotimeline.model import Meeting, Status
    >>> from diplotimeline.time import DateSpan
    >>> event = Meeting(id="e1", name="Andean Summit", when=DateSpan.parse_iso("2031-05"),
    ...                 status=Status.OCCURRED)
    >>> entry = TimelineEntry(event, (Mention(event, Origin("d1")),))
    >>> (entry.name, entry.when, len(entry.id))
    ('Andean Summit', DateSpan('2031-05'), 16)
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

from diplotimeline.errors import UsageError
from diplotimeline.model import Event, EventKind, Status
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline._names import fold

__all__ = [
    "Conflict",
    "Mention",
    "MentionKey",
    "MergeReason",
    "Origin",
    "TimelineEntry",
    "build_entry",
    "entry_id",
]

MentionKey = tuple[str, str]
"""A mention's identity: ``(document id, event id)``."""


def entry_id(document: str, event: str) -> str:
    """The stable id of an entry whose earliest mention is event ``event`` of ``document``.

    A 16-hex-digit BLAKE2b digest of the two ids: deterministic, content-derived, and
    unchanged when unrelated documents are added.

    Examples:
        >>> entry_id("d1", "e1")
        'dce60485b92710a9'
    """
    digest = hashlib.blake2b(f"{document}\x1f{event}".encode(), digest_size=8)
    return digest.hexdigest()


@attrs.frozen(weakref_slot=False)
class Origin:
    """Where a mention comes from: a document's id, publication date and outlet.

    One value is shared by all the mentions of a document.

    Examples:
        >>> Origin("d1", PartialDate(2031, 5)).published
        PartialDate('2031-05')
    """

    document: str
    published: PartialDate | None = None
    source: str | None = None

    def published_key(self) -> tuple[int, int, str]:
        """Order by publication (unknown last), then document id.

        Examples:
            >>> Origin("d2").published_key() > Origin("d9", PartialDate(2031)).published_key()
            True
        """
        if self.published is None:
            return (1, 0, self.document)
        return (0, self.published.bounds()[0], self.document)


@attrs.frozen(weakref_slot=False)
class Mention:
    """One event as one document reported it.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> m = Mention(Meeting(id="e1", name="Talks"), Origin("d1", PartialDate(2031, 5)))
        >>> (m.key, m.published)
        (('d1', 'e1'), PartialDate('2031-05'))
    """

    event: Event
    origin: Origin

    @property
    def key(self) -> MentionKey:
        """``(document id, event id)``, unique in a timeline.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> Mention(Meeting(id="e9", name="Talks"), Origin("d2")).key
            ('d2', 'e9')
        """
        return (self.origin.document, self.event.id)

    @property
    def document(self) -> str:
        """The id of the document.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> Mention(Meeting(id="e9", name="Talks"), Origin("d2")).document
            'd2'
        """
        return self.origin.document

    @property
    def published(self) -> PartialDate | None:
        """When the document was published, where known.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> Mention(Meeting(id="e9", name="Talks"), Origin("d2")).published is None
            True
        """
        return self.origin.published

    def published_key(self) -> tuple[int, int, str, str]:
        """Order mentions by publication (unknown last), then document and event id.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> e = Meeting(id="e1", name="T")
            >>> a = Mention(e, Origin("b", PartialDate(2025, 4)))
            >>> b = Mention(e, Origin("a"))
            >>> sorted([b, a], key=Mention.published_key)[0].document
            'b'
        """
        return (*self.origin.published_key(), self.event.id)


@attrs.frozen
class MergeReason:
    """Why two mentions were put in one entry: the pair, the score and the evidence.

    Examples:
        >>> r = MergeReason(("d1", "e1"), ("d2", "e4"), 0.95, ("shared acronym pcsa",))
        >>> r.describe()
        'd1/e1 ~ d2/e4 (0.95): shared acronym pcsa'
    """

    first: MentionKey
    second: MentionKey
    score: float
    evidence: tuple[str, ...]

    def describe(self) -> str:
        """A one-line human-readable account.

        Examples:
            >>> MergeReason(("a", "1"), ("b", "2"), 1.0, ("same name",)).describe()
            'a/1 ~ b/2 (1.00): same name'
        """
        return (
            f"{self.first[0]}/{self.first[1]} ~ {self.second[0]}/{self.second[1]} "
            f"({self.score:.2f}): {'; '.join(self.evidence)}"
        )


@attrs.frozen
class Conflict:
    """Sources that disagree on a field; every value is kept with the mentions giving it.

    Examples:
        >>> c = Conflict("when", ("2031-05-02", "2031-05-03"), (("d1", "e1"), ("d2", "e1")))
        >>> c.field
        'when'
    """

    field: str
    values: tuple[str, ...]
    mentions: tuple[MentionKey, ...]


_Merged = tuple[tuple[Mention, ...], tuple[Conflict, ...], tuple[MergeReason, ...]]


@attrs.frozen(weakref_slot=False, init=False, repr=False)
class TimelineEntry:
    """One real-world event: the merged event, its mentions, conflicts and merge reasons.

    ``event`` is the merged value (best name, union of aliases, participants and
    evidence, most precise compatible date, most advanced status); ``mentions`` are the
    original events, earliest publication first. (An entry of one mention, with no
    conflict or reason, stores only its origin, to keep a large timeline small.)

    Examples:
        >>> from diplotimeline.model import Agreement
        >>> a = Agreement(id="e2", name="Lima Accord")
        >>> entry = TimelineEntry(a, (Mention(a, Origin("d7")),))
        >>> (entry.kind.value, entry.status.value, entry.documents)
        ('agreement', 'mentioned', ('d7',))
    """

    event: Event
    # An Origin for the usual entry of one mention; else (mentions, conflicts, reasons).
    # Two fields, not four: 16 bytes less for each of a large timeline's entries.
    _origins: Origin | _Merged

    def __init__(
        self,
        event: Event,
        mentions: tuple[Mention, ...],
        conflicts: tuple[Conflict, ...] = (),
        reasons: tuple[MergeReason, ...] = (),
    ) -> None:
        if not mentions:
            raise UsageError("an entry needs at least one mention")
        single = len(mentions) == 1 and mentions[0].event is event
        origins: Origin | _Merged
        if single and not conflicts and not reasons:
            origins = mentions[0].origin
        else:
            origins = (tuple(mentions), tuple(conflicts), tuple(reasons))
        object.__setattr__(self, "event", event)
        object.__setattr__(self, "_origins", origins)

    def __repr__(self) -> str:
        return f"TimelineEntry({self.id!r}, {self.event.name!r}, {len(self.mentions)} mentions)"

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """The original events with their origins, earliest publication first.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> a = Agreement(id="e2", name="Lima Accord")
            >>> TimelineEntry(a, (Mention(a, Origin("d7")),)).mentions[0].key
            ('d7', 'e2')
        """
        origins = self._origins
        if isinstance(origins, Origin):
            return (Mention(self.event, origins),)
        return origins[0]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Fields on which the mentions disagree, each with every value given.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> a = Agreement(id="e2", name="Lima Accord")
            >>> TimelineEntry(a, (Mention(a, Origin("d7")),)).conflicts
            ()
        """
        origins = self._origins
        return () if isinstance(origins, Origin) else origins[1]

    @property
    def reasons(self) -> tuple[MergeReason, ...]:
        """Why its mentions were merged, one reason per accepted pair.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> a = Agreement(id="e2", name="Lima Accord")
            >>> TimelineEntry(a, (Mention(a, Origin("d7")),)).reasons
            ()
        """
        origins = self._origins
        return () if isinstance(origins, Origin) else origins[2]

    def mention_keys(self) -> tuple[MentionKey, ...]:
        """The keys of the mentions, without building them.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> a = Agreement(id="e2", name="Lima Accord")
            >>> TimelineEntry(a, (Mention(a, Origin("d7")),)).mention_keys()
            (('d7', 'e2'),)
        """
        origins = self._origins
        if isinstance(origins, Origin):
            return ((origins.document, self.event.id),)
        return tuple(m.key for m in origins[0])

    @property
    def id(self) -> str:
        """The entry's stable id, derived from its earliest mention (:func:`entry_id`).

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> m = Meeting(id="e1", name="Talks")
            >>> TimelineEntry(m, (Mention(m, Origin("d1")),)).id
            'dce60485b92710a9'
        """
        origins = self._origins
        if isinstance(origins, Origin):
            return entry_id(origins.document, self.event.id)
        first = origins[0][0]
        return entry_id(first.origin.document, first.event.id)

    @property
    def kind(self) -> EventKind:
        """The event's kind.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> m = Meeting(id="e1", name="Talks")
            >>> TimelineEntry(m, (Mention(m, Origin("d")),)).kind.value
            'meeting'
        """
        return self.event.kind

    @property
    def name(self) -> str:
        """The merged event's name.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> m = Meeting(id="e1", name="Talks")
            >>> TimelineEntry(m, (Mention(m, Origin("d")),)).name
            'Talks'
        """
        return self.event.name

    @property
    def when(self) -> DateSpan | None:
        """The merged date, or ``None`` for an undated entry.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> m = Meeting(id="e1", name="Talks")
            >>> TimelineEntry(m, (Mention(m, Origin("d")),)).when is None
            True
        """
        return self.event.when

    @property
    def status(self) -> Status:
        """The most advanced status of its mentions (occurred > planned > mentioned).

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> m = Meeting(id="e1", name="Talks", status=Status.PLANNED)
            >>> TimelineEntry(m, (Mention(m, Origin("d")),)).status.value
            'planned'
        """
        return self.event.status

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents that mention it, in mention order, without repeats.

        Examples:
            >>> from diplotimeline.model import Meeting
            >>> m = Meeting(id="e1", name="Talks")
            >>> TimelineEntry(m, (Mention(m, Origin("d")),)).documents
            ('d',)
        """
        return tuple(dict.fromkeys(m.document for m in self.mentions))


_STATUS_RANK: Final = {Status.MENTIONED: 0, Status.PLANNED: 1, Status.OCCURRED: 2}
_INF: Final = sys.maxsize


def _width(mention: Mention) -> int:
    when = mention.event.when
    if when is None:
        return _INF
    low, high = when.bounds()
    return min(high - low, _INF)


def _publication(mention: Mention) -> int:
    return -1 if mention.published is None else mention.published.bounds()[0]


def _unique(values: Iterable[str], skip: Iterable[str] = ()) -> tuple[str, ...]:
    seen = {fold(value) for value in skip}
    out = []
    for value in values:
        folded = fold(value)
        if folded not in seen:
            seen.add(folded)
            out.append(value)
    return tuple(out)


def _date_conflicts(mentions: Sequence[Mention]) -> list[Conflict]:
    dated = [m for m in mentions if m.event.when is not None]
    values: dict[str, list[MentionKey]] = {}
    for index, first in enumerate(dated):
        for second in dated[index + 1 :]:
            a, b = first.event.when, second.event.when
            assert a is not None
            assert b is not None
            if not (a.contains(b) or b.contains(a)):
                values.setdefault(a.format_iso(), []).append(first.key)
                values.setdefault(b.format_iso(), []).append(second.key)
    if not values:
        return []
    keys = [key for found in values.values() for key in found]
    return [Conflict("when", tuple(values), tuple(dict.fromkeys(keys)))]


def _location_conflicts(mentions: Sequence[Mention]) -> list[Conflict]:
    places: dict[str, list[MentionKey]] = {}
    shown: dict[str, str] = {}
    for mention in mentions:
        location = mention.event.location
        if location:
            shown.setdefault(fold(location), location)
            places.setdefault(fold(location), []).append(mention.key)
    if len(places) < 2:
        return []
    keys = [key for found in places.values() for key in found]
    return [Conflict("location", tuple(shown.values()), tuple(keys))]


_OPTIONAL_FIELDS: Final = ("location", "host", "ordinal", "series", "acronym", "period")


def build_entry(mentions: Sequence[Mention], reasons: Sequence[MergeReason] = ()) -> TimelineEntry:
    """Make the entry of mentions already judged to be one event (no merge decision here).

    Args:
        mentions: The mentions, of one kind.
        reasons: Why they were merged.

    Returns:
        The entry; its mentions in publication order.

    Examples:
        >>> from diplotimeline.model import Meeting, Status
        >>> from diplotimeline.time import DateSpan, PartialDate
        >>> from diplotimeline.timeline.entry import Origin
        >>> a = Meeting(id="e1", name="Visit to Lima", status=Status.PLANNED,
        ...             when=DateSpan.parse_iso("2031-05-02/2031-05-04"))
        >>> b = Meeting(id="e3", name="Lima visit", status=Status.OCCURRED,
        ...             when=DateSpan.parse_iso("2031-05"))
        >>> entry = build_entry([Mention(b, Origin("d2", PartialDate(2031, 6))),
        ...                      Mention(a, Origin("d1", PartialDate(2031, 4)))])
        >>> (entry.status.value, entry.when, entry.name, entry.event.aliases)
        ('occurred', DateSpan('2031-05-02/2031-05-04'), 'Lima visit', ('Visit to Lima',))
    """
    if len(mentions) == 1:
        return TimelineEntry(mentions[0].event, (mentions[0],))
    ordered = sorted(mentions, key=Mention.published_key)
    representative = max(
        ordered,
        key=lambda m: (_STATUS_RANK[m.event.status], -_width(m), _publication(m), m.key),
    )
    dated = [m for m in ordered if m.event.when is not None]
    when = None
    if dated:
        when = min(dated, key=lambda m: (_width(m), -_publication(m), m.key)).event.when
    status = max((m.event.status for m in ordered), key=_STATUS_RANK.__getitem__)
    event = representative.event
    names = [m.event.name for m in ordered] + [a for m in ordered for a in m.event.aliases]
    changes: dict[str, Any] = {
        "when": when,
        "status": status,
        "aliases": _unique(names, skip=(event.name,)),
        "participants": tuple(dict.fromkeys(p for m in ordered for p in m.event.participants)),
        "evidence": tuple(dict.fromkeys(e for m in ordered for e in m.event.evidence)),
    }
    if event.form.value == "other":
        forms = [m.event.form for m in ordered if m.event.form.value != "other"]
        if forms:
            changes["form"] = forms[0]
    for field in _OPTIONAL_FIELDS:
        if hasattr(event, field) and getattr(event, field) is None:
            found = [
                getattr(m.event, field) for m in ordered if getattr(m.event, field) is not None
            ]
            if found:
                changes[field] = found[0]
    merged = attrs.evolve(event, **changes)
    conflicts = _date_conflicts(ordered) + _location_conflicts(ordered)
    reason_order = sorted(reasons, key=lambda r: (r.first, r.second))
    return TimelineEntry(merged, tuple(ordered), tuple(conflicts), tuple(reason_order))
