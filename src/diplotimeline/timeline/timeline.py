"""Timeline: an immutable, always sorted collection of merged entries and their actors.

Sort order
----------
Dated entries come first, ordered by :meth:`DateSpan.sort_key` of their merged date
(first minute covered, coarse precision before fine, so April 2025 comes before
28 April 2025; an open start first; shorter spans before longer ones from the same start),
then by case-folded name, then by entry id. Undated entries (``mentioned``) follow all
dated ones, ordered by name, then id. The order is total, hence stable.

Queries are chainable and cheap: each returns a new lightweight view sharing the
entries and indexes of the timeline it came from. On a full timeline, range, actor,
kind and status queries use indexes built once (O(log n + k)); on a view they use the
view's own actor interval index when it has one (``involving(actor)`` gives one), else
filter the view or intersect it with the index result, whichever is smaller.

Examples:
    >>> from diplotimeline.model import Document, Extraction, Meeting, MeetingForm, Status
    >>> from diplotimeline.time import DateSpan, PartialDate
    >>> def doc(doc_id, published, *events):
    ...     document = Document(id=doc_id, text="", published=PartialDate.parse_iso(published))
    ...     return Extraction(document=document, events=events)
    >>> planned = Meeting(id="e1", name="Official visit of the President to Chile",
    ...     form=MeetingForm.VISIT, status=Status.PLANNED, participants=("cl", "pe"),
    ...     when=DateSpan.parse_iso("2031-04-27/2031-04-29"))
    >>> done = Meeting(id="e1", name="President's official visit to Chile",
    ...     form=MeetingForm.VISIT, status=Status.OCCURRED, participants=("pe", "cl"),
    ...     when=DateSpan.parse_iso("2031-04"))
    >>> timeline = Timeline.from_extractions([doc("a", "2031-04-20", planned),
    ...                                       doc("b", "2031-05-02", done)])
    >>> [(e.status.value, e.when.format_iso(), e.documents) for e in timeline]
    [('occurred', '2031-04-27/2031-04-29', ('a', 'b'))]
    >>> len(timeline.between("2031-04").involving("cl"))
    1
    >>> timeline.as_of("2031-04-25").first.status.value
    'planned'
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

import attrs

from diplotimeline.errors import UsageError
from diplotimeline.model import Actor, Event, Extraction, Person
from diplotimeline.timeline._store import Store, ordered, ordered_by
from diplotimeline.timeline.actors import merge_actors
from diplotimeline.timeline.allen import AllenRelation, relation
from diplotimeline.timeline.entry import (
    Mention,
    MentionKey,
    Origin,
    TimelineEntry,
    build_entry,
    entry_id,
)
from diplotimeline.timeline.merge import (
    MergeIndex,
    merge_mentions,
    merged_groups,
    paused_gc,
    release_freed_memory,
)
from diplotimeline.timeline.query import PositionRuns, RangeLike, TimelineQueries, to_range

__all__ = ["Timeline", "TimelineDiff", "mentions_of"]


def mentions_of(extraction: Extraction) -> tuple[Mention, ...]:
    """The mentions of an extraction's events, all sharing one :class:`Origin`.

    Examples:
        >>> from diplotimeline.model import Document, Meeting
        >>> ex = Extraction(document=Document(id="d1", text="", source="Daily"),
        ...                 events=(Meeting(id="e1", name="Talks"),))
        >>> mentions_of(ex)[0].origin
        Origin(document='d1', published=None, source='Daily')
    """
    document = extraction.document
    origin = Origin(document.id, document.published, document.source)
    return tuple(Mention(event, origin) for event in extraction.events)


def _group_id(group: Mention | TimelineEntry) -> str:
    if isinstance(group, Mention):
        return entry_id(group.origin.document, group.event.id)
    return group.id


def _persons(actors: Iterable[Actor]) -> frozenset[str]:
    return frozenset(actor.id for actor in actors if isinstance(actor, Person))


@attrs.frozen
class TimelineDiff:
    """What changed from one timeline to another, entry by entry (matched by entry id).

    Examples:
        >>> TimelineDiff((), (), ()).is_empty
        True
    """

    added: tuple[TimelineEntry, ...]
    removed: tuple[TimelineEntry, ...]
    changed: tuple[tuple[TimelineEntry, TimelineEntry], ...]

    @property
    def is_empty(self) -> bool:
        """Whether the two timelines hold the same entries.

        Examples:
            >>> Timeline().diff(Timeline()).is_empty
            True
        """
        return not (self.added or self.removed or self.changed)


def _actor_map(actors: Iterable[Actor]) -> dict[str, Actor]:
    return {actor.id: actor for actor in merge_actors(actors)}


class Timeline(TimelineQueries):
    """An immutable, sorted collection of merged entries and the actors they reference.

    Build one with :meth:`from_extractions` (merging across documents) or from entries
    already merged; grow it with :meth:`add` / :meth:`extend`, which return new
    timelines. See the module docstring for the order.

    Examples:
        >>> len(Timeline())
        0
    """

    __slots__ = ()

    def __init__(self, entries: Iterable[TimelineEntry] = (), actors: Iterable[Actor] = ()) -> None:
        with paused_gc():
            self._fill(list({e.id: e for e in entries}.values()), actors)

    def _fill(
        self, unique: Sequence[TimelineEntry], actors: Iterable[Actor], presorted: bool = False
    ) -> None:
        entries = unique if presorted else ordered(unique)
        self._store = Store(entries, _actor_map(actors))
        self._positions = range(len(entries))
        self._interval = None

    @classmethod
    def _of_unique(cls, entries: Sequence[TimelineEntry], actors: Iterable[Actor]) -> Timeline:
        """A timeline of entries whose ids are known to differ (no deduplication pass)."""
        timeline = cls.__new__(cls)
        with paused_gc():
            timeline._fill(entries, actors)
        return timeline

    @classmethod
    def _of_groups(cls, groups: list[Mention | TimelineEntry], actors: Iterable[Actor]) -> Timeline:
        """A timeline of merged groups (:func:`merged_groups`), consumed.

        The groups are put in timeline order first, and the entries of lone mentions made
        in that order: a query's entries then lie close together in memory, which makes
        reading them several times faster on a large timeline.
        """
        timeline = cls.__new__(cls)
        with paused_gc():
            order = ordered_by(groups, _group_id)
            groups.clear()
            entries = [
                build_entry((group,)) if isinstance(group, Mention) else group for group in order
            ]
            del order
            timeline._fill(entries, actors, presorted=True)
        # The mentions and the merge's tables are free now: give their memory back.
        release_freed_memory(len(entries))
        return timeline

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_mentions(cls, mentions: Iterable[Mention], actors: Iterable[Actor] = ()) -> Timeline:
        """Merge mentions into entries (:func:`~diplotimeline.timeline.merge.merge_mentions`).

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> m = Mention(Agreement(id="e1", name="Lima Accord"), Origin("d1"))
            >>> Timeline.from_mentions([m, m]).first.name
            'Lima Accord'
        """
        actors = merge_actors(actors)
        return cls._of_groups(merged_groups(mentions, _persons(actors)), actors)

    @classmethod
    def from_extractions(cls, extractions: Iterable[Extraction]) -> Timeline:
        """Build a timeline from the extractions of one or many documents.

        Examples:
            >>> from diplotimeline.model import Document
            >>> len(Timeline.from_extractions([Extraction(document=Document(id="d", text=""))]))
            0
        """
        extractions = list(extractions)
        actors = merge_actors([a for x in extractions for a in x.actors])
        mentions = [m for extraction in extractions for m in mentions_of(extraction)]
        groups = merged_groups(mentions, _persons(actors))
        # As in from_mentions, but this list of the mentions goes before sorting and
        # indexing: an entry of one mention keeps only its origin.
        del mentions
        return cls._of_groups(groups, actors)

    @classmethod
    def from_extraction(cls, extraction: Extraction) -> Timeline:
        """Build a timeline from one extraction.

        Examples:
            >>> from diplotimeline.model import Document
            >>> Timeline.from_extraction(Extraction(document=Document(id="d", text=""))).first
        """
        return cls.from_extractions([extraction])

    def add(self, extraction: Extraction) -> Timeline:
        """A new timeline with one more document, merged incrementally.

        Examples:
            >>> from diplotimeline.model import Document
            >>> len(Timeline().add(Extraction(document=Document(id="d", text=""))))
            0
        """
        return self.extend([extraction])

    def extend(self, extractions: Iterable[Extraction]) -> Timeline:
        """A new timeline with more documents, equal to building from all of them at once.

        Only the new mentions' candidate blocks are compared: the entries connected to
        a new mention by an accepted pair are merged again; every other entry (and its
        id) is kept as it is.

        Examples:
            >>> from diplotimeline.model import Agreement, Document
            >>> doc = lambda d: Extraction(document=Document(id=d, text=""),
            ...                            events=(Agreement(id="e1", name="Lima Accord"),))
            >>> Timeline.from_extraction(doc("a")).add(doc("b")).first.documents
            ('a', 'b')
        """
        extractions = list(extractions)
        store = self._root()._store
        old_persons = _persons(store.actors.values())
        index = store.merge_index
        if index is None:
            mentions = (m for entry in store.entries for m in entry.mentions)
            index = store.merge_index = MergeIndex(mentions, old_persons)
        new: dict[MentionKey, Mention] = {}
        for extraction in extractions:
            for mention in mentions_of(extraction):
                if mention.key not in index:
                    new.setdefault(mention.key, mention)
        actors = merge_actors([*store.actors.values(), *(a for x in extractions for a in x.actors)])
        persons = _persons(actors)
        changed = persons ^ old_persons
        seeds = list(new.values())
        if changed:  # mentions whose people changed must be judged again
            seeds.extend(
                m
                for entry in store.entries
                if changed & set(entry.event.participants)
                for m in entry.mentions
                if changed & set(m.event.participants)
            )
        if not seeds:
            result = Timeline(store.entries, actors)
            result._store.merge_index = index
            return result
        index = index.extended(seeds, persons)
        touched = index.related(seeds)
        kept, redo = [], list(new.values())
        for entry in store.entries:
            if any(key in touched for key in entry.mention_keys()):
                redo.extend(entry.mentions)
            else:
                kept.append(entry)
        result = Timeline([*kept, *merge_mentions(redo, persons)], actors)
        result._store.merge_index = index
        return result

    # -- basic access -------------------------------------------------------------------

    def _root(self) -> Timeline:
        if isinstance(self._positions, range) and len(self._positions) == len(self._store.entries):
            return self
        return Timeline(self.entries, self._store.actors.values())

    @property
    def entries(self) -> tuple[TimelineEntry, ...]:
        """The entries, in timeline order.

        Examples:
            >>> Timeline().entries
            ()
        """
        if self._is_root:
            return self._store.entries
        positions = self._positions
        entries = self._store.entries
        if isinstance(positions, PositionRuns) and positions.tail:
            # A range lookup: the spans starting inside the range are one slice.
            tail = positions.tail
            return _take(entries, positions.head()) + entries[tail.start : tail.stop]
        return _take(entries, _concrete(positions))

    @property
    def actors(self) -> dict[str, Actor]:
        """The actors (merged by id) that the timeline's documents name, by id.

        Examples:
            >>> Timeline().actors
            {}
        """
        return dict(self._store.actors)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or ``None``.

        Examples:
            >>> Timeline().actor("pe") is None
            True
        """
        return self._store.actors.get(actor_id)

    def get(self, entry_id: str) -> TimelineEntry | None:
        """The entry with this id in this timeline or view, or ``None``.

        Examples:
            >>> Timeline().get("0000") is None
            True
        """
        position = self._store.by_id(entry_id)
        if position is None or not self._has_position(position):
            return None
        return self._store.entries[position]

    def _has_position(self, position: int) -> bool:
        if self._is_root:
            return True
        positions = _concrete(self._positions)
        index = _bisect(positions, position)
        return index < len(positions) and positions[index] == position

    def build_indexes(self) -> Timeline:
        """Build the range, actor, kind, status and count indexes now; returns the timeline.

        Otherwise each is built on first use. The index of ends (for :meth:`before`) and
        of entry ids (for :meth:`get`) are always built on first use.

        Examples:
            >>> len(Timeline().build_indexes())
            0
        """
        with paused_gc():
            self._store.build()
        release_freed_memory(len(self._store.entries))
        return self

    def __len__(self) -> int:
        return len(self._positions)

    def __iter__(self) -> Iterator[TimelineEntry]:
        if self._is_root:
            return iter(self._store.entries)
        return map(self._store.entries.__getitem__, _concrete(self._positions))

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, TimelineEntry):
            return False
        found = self.get(item.id)
        return found == item

    @overload
    def __getitem__(self, index: int) -> TimelineEntry: ...
    @overload
    def __getitem__(self, index: slice) -> Timeline: ...
    def __getitem__(self, index: int | slice) -> TimelineEntry | Timeline:
        if isinstance(index, slice):
            positions = self._positions[index]
            if index.step is not None and index.step < 0:
                raise UsageError("a timeline slice cannot reverse the order")
            return self._view(self._store, positions)
        return self._store.entries[self._positions[index]]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeline):
            return NotImplemented
        return self.entries == other.entries and self._store.actors == other._store.actors

    def __hash__(self) -> int:
        return hash(tuple(entry.id for entry in self))

    def __repr__(self) -> str:
        if not self:
            return "Timeline(0 entries)"
        first, last = self.first, self.last
        assert first is not None
        assert last is not None
        return f"Timeline({len(self)} entries: {first.name!r} .. {last.name!r})"

    @property
    def first(self) -> TimelineEntry | None:
        """The earliest entry, or ``None`` when empty.

        Examples:
            >>> Timeline().first is None
            True
        """
        return self[0] if self._positions else None

    @property
    def last(self) -> TimelineEntry | None:
        """The latest entry (undated ones come last), or ``None`` when empty.

        Examples:
            >>> Timeline().last is None
            True
        """
        return self[-1] if self._positions else None

    def as_of(self, date: RangeLike) -> Timeline:
        """What was known or planned as of ``date``.

        Only mentions from documents published on or before the date are kept (those
        without a publication date are left out); each entry is rebuilt from them, so
        its status, date and name are as they were then. The grouping into entries is
        the one known now.

        Examples:
            >>> len(Timeline().as_of("2025-04"))
            0
        """
        limit = to_range(date)[1]
        entries = []
        for entry in self:
            known = [
                m
                for m in entry.mentions
                if m.published is not None and m.published.bounds()[0] < limit
            ]
            if len(known) == len(entry.mentions):
                entries.append(entry)
            elif known:
                keys = {m.key for m in known}
                reasons = [r for r in entry.reasons if r.first in keys and r.second in keys]
                entries.append(build_entry(known, reasons))
        return Timeline(entries, self._store.actors.values())

    def neighbours(self, entry: TimelineEntry | str, n: int = 1) -> tuple[Timeline, Timeline]:
        """The ``n`` entries just before and the ``n`` just after ``entry`` in this view.

        Raises:
            UsageError: If the entry is not in the timeline or ``n`` is negative.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> t = Timeline.from_mentions(
            ...     Mention(Agreement(id=f"e{i}", name=f"Accord {i}"), Origin("d"))
            ...     for i in range(4))
            >>> before, after = t.neighbours(t[1])
            >>> ([e.name for e in before], [e.name for e in after])
            (['Accord 0'], ['Accord 2'])
        """
        if n < 0:
            raise UsageError(f"n must be at least 0, got {n}")
        entry_id = entry if isinstance(entry, str) else entry.id
        position = self._store.by_id(entry_id)
        if position is None or not self._has_position(position):
            raise UsageError(f"no entry {entry_id!r} in this timeline")
        index = position if self._is_root else _bisect(_concrete(self._positions), position)
        return self[max(0, index - n) : index], self[index + 1 : index + 1 + n]

    # -- set operations -----------------------------------------------------------------

    def _combine(self, other: Timeline, op: str) -> Timeline:
        if other._store is self._store:
            mine, theirs = set(self._positions), set(other._positions)
            chosen = {"|": mine | theirs, "&": mine & theirs, "-": mine - theirs}[op]
            return self._view(self._store, sorted(chosen))
        other_ids = {entry.id: entry for entry in other}
        if op == "|":
            mine_ids = {entry.id for entry in self}
            extra = [e for i, e in other_ids.items() if i not in mine_ids]
            actors = [*self._store.actors.values(), *other._store.actors.values()]
            return Timeline([*self, *extra], actors)
        keep = (lambda e: e.id in other_ids) if op == "&" else (lambda e: e.id not in other_ids)
        return self.where(keep)

    def union(self, other: Timeline) -> Timeline:
        """Entries in either timeline (by entry id; this one's value wins).

        Examples:
            >>> len(Timeline().union(Timeline()))
            0
        """
        return self._combine(other, "|")

    def intersection(self, other: Timeline) -> Timeline:
        """Entries in both (by entry id).

        Examples:
            >>> len(Timeline() & Timeline())
            0
        """
        return self._combine(other, "&")

    def difference(self, other: Timeline) -> Timeline:
        """Entries of this timeline that are not in ``other`` (by entry id).

        Examples:
            >>> len(Timeline() - Timeline())
            0
        """
        return self._combine(other, "-")

    __or__ = union
    __and__ = intersection
    __sub__ = difference

    def diff(self, other: Timeline) -> TimelineDiff:
        """What ``other`` adds, removes and changes relative to this timeline.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> m = Mention(Agreement(id="e1", name="Lima Accord"), Origin("d1"))
            >>> Timeline().diff(Timeline.from_mentions([m])).added[0].name
            'Lima Accord'
        """
        mine = {entry.id: entry for entry in self}
        theirs = {entry.id: entry for entry in other}
        return TimelineDiff(
            added=tuple(e for i, e in theirs.items() if i not in mine),
            removed=tuple(e for i, e in mine.items() if i not in theirs),
            changed=tuple(
                (e, theirs[i]) for i, e in mine.items() if i in theirs and theirs[i] != e
            ),
        )

    def relation(
        self, first: TimelineEntry | str, second: TimelineEntry | str
    ) -> AllenRelation | None:
        """The Allen relation of two entries' dates, or ``None`` if either is undated.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> from diplotimeline.time import DateSpan
            >>> t = Timeline.from_mentions(
            ...     Mention(Agreement(id=f"e{i}", name=f"Accord {i}",
            ...                       when=DateSpan.parse_iso(day)), Origin("d"))
            ...     for i, day in enumerate(["2031-05", "2031-05-02"]))
            >>> t.relation(t[0], t[1])
            <AllenRelation.CONTAINS: 'contains'>
        """
        spans = []
        for item in (first, second):
            entry = self.get(item) if isinstance(item, str) else item
            if entry is None:
                raise UsageError(f"no entry {item!r} in this timeline")
            spans.append(entry.when)
        if spans[0] is None or spans[1] is None:
            return None
        return relation(spans[0], spans[1])

    def events(self) -> tuple[Event, ...]:
        """The merged events, in timeline order.

        Examples:
            >>> Timeline().events()
            ()
        """
        return tuple(entry.event for entry in self)

    def _render_events(self) -> list[Event]:
        """The events for a picture: their own ids, or the entry ids if two share one."""
        events = list(self.events())
        if len({event.id for event in events}) == len(events):
            return events
        return [attrs.evolve(entry.event, id=entry.id) for entry in self]

    def to_html(self, **options: Any) -> str:
        """Render the timeline as a self-contained interactive HTML page.

        Delegates to :func:`diplotimeline.io.html.render_html` with the merged events
        and the actors. Events keep their ids unless two entries' events share one
        (events from different documents), in which case each takes its entry's id.

        Args:
            **options: ``title``, ``lanes`` and ``documents``, as for
                :func:`~diplotimeline.io.html.render_html`.

        Returns:
            The page, as text.

        Examples:
            >>> from diplotimeline.model import Agreement
            >>> t = Timeline.from_mentions([Mention(Agreement(id="e1", name="Lima Accord"),
            ...                                     Origin("d1"))])
            >>> page = t.to_html(title="Accords")
            >>> page.startswith("<!DOCTYPE html>"), "<title>Accords</title>" in page
            (True, True)
        """
        # Function-local: io sits above timeline in the layers (an import-linter exception).
        from diplotimeline.io.html import render_html

        return render_html(self._render_events(), actors=self._store.actors, **options)

    def to_svg(self, **options: Any) -> str:
        """Draw the timeline as a static SVG picture.

        Delegates to :func:`diplotimeline.io.svg.render_svg` with the merged events and
        the actors (event ids as in :meth:`to_html`).

        Args:
            **options: ``title``, ``lanes``, ``documents`` and ``width``, as for
                :func:`~diplotimeline.io.svg.render_svg`.

        Returns:
            An SVG document, as text.

        Examples:
            >>> Timeline().to_svg(title="Empty").startswith("<svg")
            True
        """
        # Function-local: io sits above timeline in the layers (an import-linter exception).
        from diplotimeline.io.svg import render_svg

        return render_svg(self._render_events(), actors=self._store.actors, **options)


def _take(
    entries: tuple[TimelineEntry, ...], positions: Sequence[int]
) -> tuple[TimelineEntry, ...]:
    """The entries at these positions, as a tuple."""
    if not positions:
        return ()
    if len(positions) == 1:
        return (entries[positions[0]],)
    return operator.itemgetter(*positions)(entries)  # type: ignore[no-any-return]


def _concrete(positions: Sequence[int]) -> Sequence[int]:
    """Positions that index in O(1): the runs of a lookup merged (once)."""
    return positions.merged() if isinstance(positions, PositionRuns) else positions


def _bisect(values: Sequence[int], value: int) -> int:
    from bisect import bisect_left

    return bisect_left(values, value)


def _bisect_right(values: Sequence[int], value: int) -> int:
    from bisect import bisect_right

    return bisect_right(values, value)
