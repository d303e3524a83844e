"""The shared, sorted storage of a timeline and its lazily built indexes (private)."""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Protocol, TypeVar

from diplotimeline.model import Actor, Event, EventKind, Status
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline._names import fold
from diplotimeline.timeline.entry import TimelineEntry
from diplotimeline.timeline.merge import MergeIndex
from diplotimeline.timeline.query import IntervalIndex

__all__ = ["KINDS", "STATUSES", "Store", "ordered", "ordered_by", "sort_key"]

KINDS: Final = tuple(EventKind)
STATUSES: Final = tuple(Status)
_KIND_CODE: Final = {kind: code for code, kind in enumerate(KINDS)}
_NEG: Final = -sys.maxsize
_POS: Final = sys.maxsize
_MINUTES_PER_DAY: Final = 1440
_OPEN_HIGH: Final = (1 << 34) - 1
_UNDATED: Final = 1 << 80


def sort_key(entry: TimelineEntry) -> tuple[object, ...]:
    """Dated entries by :meth:`DateSpan.sort_key`, then undated ones; ties by name and id."""
    return _sort_key(entry, _entry_id)


class _HasEvent(Protocol):
    @property
    def event(self) -> Event: ...


_T = TypeVar("_T", bound=_HasEvent)


def _sort_key(item: _T, id_of: Callable[[_T], str]) -> tuple[object, ...]:
    when = item.event.when
    if when is None:
        return (1, (), item.event.name.casefold(), id_of(item))
    return (0, when.sort_key(), item.event.name.casefold(), id_of(item))


def _packed_date_key(when: DateSpan) -> int | None:
    """:meth:`DateSpan.sort_key` packed into one integer, for spans of partial dates.

    ``None`` for a span with a date-time start or end (ordered by UTC instant too). The
    fields keep their order and widths: start minute + 1 (0 when open; below 2**33),
    start precision (2 bits), end minute (2**34 - 1 when open), end precision, approximate.
    """
    start, end = when.start, when.end
    if start is None:
        low, start_precision = 0, 0
    elif type(start) is PartialDate:
        low = start.bounds()[0] + 1
        start_precision = 1 if start.month is None else 2 if start.day is None else 3
    else:
        return None
    if end is None:
        high, end_precision = _OPEN_HIGH, 0
    elif type(end) is PartialDate:
        high = end.bounds()[1]
        end_precision = 1 if end.month is None else 2 if end.day is None else 3
    else:
        return None
    return (
        (((low << 2 | start_precision) << 34 | high) << 2 | end_precision) << 1
    ) | when.approximate


def ordered(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """The entries sorted by :func:`sort_key`, with cheap keys (a large timeline's build).

    Sorting a million entries by tuples of tuples, strings and ids costs seconds and
    leaves hundreds of megabytes of freed keys that the allocator keeps. Here the date
    part is one integer; names are compared only between entries of equal dates, and
    ids (a hash to compute) only between entries of equal dates and names.
    """
    return ordered_by(entries, _entry_id)


def ordered_by(items: Sequence[_T], id_of: Callable[[_T], str]) -> list[_T]:
    """Items holding an event (entries, or mentions still to become entries) in entry order.

    As :func:`ordered`, with the entry id of each item given by ``id_of``.
    """
    keys: list[int] = []
    for item in items:
        when = item.event.when
        if when is None:
            keys.append(_UNDATED)
            continue
        key = _packed_date_key(when)
        if key is None:  # a date-time: the general order
            return sorted(items, key=lambda item: _sort_key(item, id_of))
        keys.append(key)
    order = sorted(range(len(items)), key=keys.__getitem__)
    result: list[_T] = []
    start, count = 0, len(order)
    while start < count:
        key = keys[order[start]]
        stop = start + 1
        while stop < count and keys[order[stop]] == key:
            stop += 1
        if stop - start == 1:
            result.append(items[order[start]])
        else:
            result.extend(_by_name_and_id([items[i] for i in order[start:stop]], id_of))
        start = stop
    return result


def _by_name_and_id(group: list[_T], id_of: Callable[[_T], str]) -> list[_T]:
    named = sorted(((item.event.name.casefold(), item) for item in group), key=_first)
    out = []
    start = 0
    while start < len(named):
        stop = start + 1
        while stop < len(named) and named[stop][0] == named[start][0]:
            stop += 1
        if stop - start == 1:
            out.append(named[start][1])
        else:
            out.extend(sorted((row[1] for row in named[start:stop]), key=id_of))
        start = stop
    return out


def _first(row: tuple[str, object]) -> str:
    return row[0]


def _entry_id(entry: TimelineEntry) -> str:
    return entry.id


def _year_month(minute: int) -> tuple[int, int]:
    import datetime

    day = datetime.date.fromordinal(minute // _MINUTES_PER_DAY)
    return day.year, day.month


class Store:
    """Entries in timeline order, the actors, and indexes built once, on first use."""

    __slots__ = (
        "_actor_index",
        "_by_id",
        "_count_views",
        "_counts",
        "_ends",
        "_interval",
        "_kind_positions",
        "_names",
        "_status_positions",
        "actors",
        "dated",
        "entries",
        "highs",
        "kinds",
        "lows",
        "merge_index",
        "months",
        "years",
    )

    def __init__(self, entries: Sequence[TimelineEntry], actors: Mapping[str, Actor]) -> None:
        self.entries: tuple[TimelineEntry, ...] = tuple(entries)
        self.actors: Mapping[str, Actor] = actors
        # Bounds are kept as lists of shared int objects (one per distinct minute, so a
        # list costs what an array would): bisecting a list compares ints in place,
        # where an array makes a new int at every probe, which slowed small lookups.
        shared: dict[int, int] = {}
        lows: list[int] = []
        highs: list[int] = []
        years, months = array("h"), array("b")
        kinds = bytearray(len(self.entries))
        dated = 0
        for position, entry in enumerate(self.entries):
            event = entry.event
            kinds[position] = _KIND_CODE[event.kind]
            when = event.when
            if when is None:
                continue
            dated = position + 1
            low, high = when.bounds()
            lows.append(shared.setdefault(low, low))
            highs.append(shared.setdefault(high, high))
            start = when.start
            if type(start) is PartialDate:
                years.append(start.year)
                months.append(start.month or 1)
            else:
                year, month = _year_month(low if low != _NEG else high - 1)
                years.append(year)
                months.append(month)
        self.dated = dated
        self.lows, self.highs, self.years, self.months, self.kinds = (
            lows,
            highs,
            years,
            months,
            kinds,
        )
        self._interval: IntervalIndex | None = None
        self._actor_index: dict[str, tuple[array[int], IntervalIndex]] | None = None
        self._kind_positions: dict[EventKind, array[int]] | None = None
        self._status_positions: dict[Status, array[int]] | None = None
        self._count_views: dict[tuple[str, ...], dict[object, int]] = {}
        self._counts: Counter[tuple[EventKind, int | None]] | None = None
        self._ends: tuple[array[int], array[int]] | None = None
        self._by_id: tuple[array[int], array[int]] | None = None
        self._names: dict[str, set[str]] | None = None
        self.merge_index: MergeIndex | None = None

    def build(self) -> None:
        """Build the range, actor, kind, status and count indexes now, not on first use.

        The end-sorted index (for ``before``) and the id index (for ``get``) stay lazy.
        """
        self.interval()
        self.actor_index()
        self.kind_positions()
        self.status_positions()
        self.counts()

    def interval(self) -> IntervalIndex:
        if self._interval is None:
            self._interval = IntervalIndex(
                range(self.dated), self.lows, self.highs, copy_bounds=True
            )
        return self._interval

    def actor_index(self) -> dict[str, tuple[array[int], IntervalIndex]]:
        """Per actor: its positions, and an interval index over its dated ones."""
        if self._actor_index is None:
            rows: dict[str, array[int]] = defaultdict(lambda: array("i"))
            for position, entry in enumerate(self.entries):
                for actor in entry.event.participants:
                    row = rows[actor]
                    if not row or row[-1] != position:  # an actor named twice counts once
                        row.append(position)
            dated, lows, highs = self.dated, self.lows, self.highs
            index = {}
            for actor, positions in rows.items():
                split = bisect_left(positions, dated)
                interval = IntervalIndex(
                    positions[:split], lows, highs, copy_bounds=True, fine=False
                )
                index[actor] = (positions[:], interval)  # exact size: no spare room
            self._actor_index = index
        return self._actor_index

    def kind_positions(self) -> dict[EventKind, array[int]]:
        if self._kind_positions is None:
            found: dict[EventKind, array[int]] = {kind: array("i") for kind in KINDS}
            for position, code in enumerate(self.kinds):
                found[KINDS[code]].append(position)
            self._kind_positions = found
        return self._kind_positions

    def status_positions(self) -> dict[Status, array[int]]:
        if self._status_positions is None:
            found: dict[Status, array[int]] = {status: array("i") for status in STATUSES}
            for position, entry in enumerate(self.entries):
                found[entry.event.status].append(position)
            self._status_positions = found
        return self._status_positions

    def counts(self) -> Counter[tuple[EventKind, int | None]]:
        """Entries per (kind, start year), the year ``None`` for undated entries."""
        if self._counts is None:
            kinds, dated = self.kinds, self.dated
            counts: Counter[tuple[int, int | None]] = Counter(
                zip(kinds[:dated], self.years, strict=True)
            )
            counts.update((code, None) for code in kinds[dated:])
            self._counts = Counter({(KINDS[k], y): n for (k, y), n in counts.items()})
        return self._counts

    def counts_by(self, keys: tuple[str, ...]) -> dict[object, int]:
        """Counts by ``("kind",)``, ``("year",)`` or both, from the table; cached."""
        cached = self._count_views.get(keys)
        if cached is None:
            counts: Counter[object] = Counter()
            for (kind, year), count in self.counts().items():
                row = {"kind": kind, "year": year}
                picked = tuple(row[key] for key in keys)
                counts[picked if len(keys) > 1 else picked[0]] += count
            cached = self._count_views[keys] = dict(counts)
        return cached

    def ends(self) -> tuple[array[int], array[int]]:
        """Dated positions sorted by their end, and those ends."""
        if self._ends is None:
            order = sorted(range(self.dated), key=self.highs.__getitem__)
            self._ends = (array("q", [self.highs[p] for p in order]), array("i", order))
        return self._ends

    def by_id(self, entry_id: str) -> int | None:
        """The position of the entry with this id, or ``None``."""
        if self._by_id is None:
            rows = sorted((int(entry.id, 16), p) for p, entry in enumerate(self.entries))
            self._by_id = (array("Q", [row[0] for row in rows]), array("i", [r[1] for r in rows]))
        try:
            number = int(entry_id, 16)
        except ValueError:
            return None
        numbers, positions = self._by_id
        index = bisect_left(numbers, number)
        if index == len(numbers) or numbers[index] != number:
            return None
        return positions[index]

    def names(self) -> dict[str, set[str]]:
        """Folded actor names and aliases to actor ids."""
        if self._names is None:
            names: dict[str, set[str]] = defaultdict(set)
            for actor in self.actors.values():
                for name in (actor.name, *actor.aliases):
                    names[fold(name)].add(actor.id)
            self._names = names
        return self._names
