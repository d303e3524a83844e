"""The chainable query layer of timelines and the indexes behind it.

:class:`TimelineQueries` holds the queries (:class:`~diplotimeline.timeline.Timeline`
inherits them): each returns a new lightweight view sharing the entries and indexes of
the timeline it came from. On a full timeline, range, actor, kind and status queries use
indexes built once (O(log n + k)); on a view they use the view's own actor interval index
when it has one (``involving(actor)`` gives one), else filter the view or intersect it
with the index result, whichever is smaller. A range lookup's positions stay as the runs
the index found (:class:`PositionRuns`): counting a result, or taking its first or last
entry, reads no entry and merges nothing; the runs are merged once, when the entries are
read one by one.

Range arguments (:func:`to_range`) may be partial ISO strings (``"2025-04"``,
``"2025-04/2025-06"``, ``"../2030"``), :class:`DateSpan`, :class:`PartialDate` or
:class:`LocalDateTime`; each stands for the half-open range of minutes it covers.

:class:`IntervalIndex` answers "which spans overlap this range" in O(log n + k): spans
are bucketed by length (four classes an octave), each bucket sorted by start, so a lookup
bisects each bucket at ``range start - longest length in the bucket``
and checks only the few spans that start before the range; open-ended spans sit in two
extra sorted lists. Long initiatives (2026-2030) and open spans ("since 2024") cost no
more than short ones. A small index (one actor's) joins adjacent length classes where one
bucket costs less than two, and each bucket keeps its spans' starts and ends in two
arrays of its own, so that a lookup reads contiguous memory.

Examples:
    >>> to_range("2025-04/2025-06") == (to_range("2025-04")[0], to_range("2025-06")[1])
    True
    >>> index = IntervalIndex(range(3), [0, 5, 10], [20, 6, 11])
    >>> index.overlapping(5, 7)
    [0, 1]
"""

from __future__ import annotations

import datetime
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, Self, overload

from diplotimeline.errors import UsageError
from diplotimeline.model import EventKind, Status
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate
from diplotimeline.timeline._names import fold
from diplotimeline.timeline.entry import TimelineEntry

if TYPE_CHECKING:
    from diplotimeline.timeline._store import Store

__all__ = ["IntervalIndex", "PositionRuns", "RangeLike", "merge_sorted", "to_range"]

RangeLike = str | DateSpan | PartialDate | LocalDateTime | datetime.date
"""What range queries accept: a partial ISO string or a time value."""

GroupKey = Literal["year", "month", "actor", "kind", "status", "form"]
"""What :meth:`TimelineQueries.group_by` and :meth:`TimelineQueries.count_by` group on."""

_NEG: Final = -sys.maxsize
_POS: Final = sys.maxsize


def to_range(value: RangeLike, end: RangeLike | None = None) -> tuple[int, int]:
    """The half-open range of minutes that ``value`` (through ``end``, if given) covers.

    Raises:
        UsageError: If ``value`` is of a type that names no time.

    Examples:
        >>> low, high = to_range("2025-04-28")
        >>> (high - low) // 1440
        1
        >>> to_range("2024-10/..")[1] == sys.maxsize
        True
        >>> to_range("2025-04", "2025-06") == to_range("2025-04/2025-06")
        True
    """
    if end is not None:
        return to_range(value)[0], to_range(end)[1]
    if type(value) is DateSpan:  # the common case first
        return value.bounds()
    if isinstance(value, str):
        return DateSpan.parse_iso(value.strip()).bounds()
    if isinstance(value, DateSpan | PartialDate | LocalDateTime):
        return value.bounds()
    if isinstance(value, datetime.datetime):
        return LocalDateTime(value.year, value.month, value.day, value.hour, value.minute).bounds()
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value).bounds()
    raise UsageError(
        f"expected a partial ISO string, DateSpan, PartialDate, LocalDateTime or date, "
        f"got {type(value).__name__}"
    )


def merge_sorted(runs: Iterable[Sequence[int]]) -> list[int]:
    """Merge ascending runs of positions into one ascending list (runs do not overlap).

    Examples:
        >>> merge_sorted([[1, 5], [2, 3], []])
        [1, 2, 3, 5]
    """
    present = [run for run in runs if len(run)]
    if not present:
        return []
    if len(present) == 1:
        return list(present[0])
    merged: list[int] = []
    for run in present:
        merged.extend(run)
    merged.sort()
    return merged


class PositionRuns(Sequence[int]):
    """Ascending runs of positions (disjoint), read as one ascending sequence.

    An index lookup returns its result as runs: the length, the first and the last
    position are known at once, and the runs are merged into one ascending list only
    when the positions are read one by one (then kept). A lookup over a whole timeline
    adds a *tail*: the range of positions of the spans that start inside the range,
    which follow every position of the runs and need no merging.

    Args:
        runs: Ascending runs of positions; no position is in two runs.
        count: The number of positions in all the runs.
        tail: Positions after every position of the runs, in the result too.

    Examples:
        >>> runs = PositionRuns([[4, 7], [1, 5]], 4, range(9, 11))
        >>> len(runs), runs[0], runs[-1], runs.tail
        (6, 1, 10, range(9, 11))
        >>> list(runs), runs[1:3], runs.head()
        ([1, 4, 5, 7, 9, 10], [4, 5], [1, 4, 5, 7])
    """

    __slots__ = ("_count", "_merged", "_runs", "tail")

    def __init__(self, runs: list[Sequence[int]], count: int, tail: range = range(0)) -> None:
        self._runs = runs
        self._count = count
        self._merged: list[int] | None = None
        self.tail = tail

    def head(self) -> list[int]:
        """The positions of the runs, merged, without the tail (not kept).

        Examples:
            >>> PositionRuns([[3], [0, 2]], 3, range(5, 7)).head()
            [0, 2, 3]
        """
        merged = self._merged
        if merged is not None:
            return merged[: self._count]
        return merge_sorted(self._runs)

    def merged(self) -> list[int]:
        """The positions as one ascending list (merged once, then kept).

        Examples:
            >>> PositionRuns([[3], [0, 2]], 3).merged()
            [0, 2, 3]
        """
        merged = self._merged
        if merged is None:
            merged = self.head()
            merged += self.tail
            self._merged, self._runs = merged, []
        return merged

    def __len__(self) -> int:
        return self._count + len(self.tail)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if self._merged is None and (index == 0 or index == -1) and len(self):
            tail = self.tail
            if index == 0:
                return min(run[0] for run in self._runs) if self._count else tail[0]
            return tail[-1] if tail else max(run[-1] for run in self._runs)
        return self.merged()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self.merged())

    def __repr__(self) -> str:
        return f"PositionRuns({self.merged()!r})"


class IntervalIndex:
    """Positions of spans, indexed for overlap and containment lookups.

    The index holds positions only; the bounds stay in the two shared arrays it was given
    (several indexes over one timeline share them).

    Args:
        positions: Ascending positions of spans, a subset of those ``lows`` knows.
        lows: The start minute of the span at each position (open: ``-sys.maxsize``),
            ascending with the positions.
        highs: The end minute of the span at each position, exclusive (open:
            ``sys.maxsize``).
        copy_bounds: Keep each bucket's starts and ends in two arrays beside its
            positions (8 bytes a span), rather than reading them through ``lows`` and
            ``highs``: a lookup then bisects and checks one small contiguous array
            instead of reading bounds scattered over the whole timeline (most of a
            lookup's time is waiting for memory, when the indexes outgrow the cache).
        fine: Four length classes an octave (fewer spans to check one by one) rather
            than one an octave, with adjacent classes joined where one bucket costs
            less than two (:func:`_coarsen`; fewer buckets to look into: better for
            small indexes, such as one actor's).

    Examples:
        >>> index = IntervalIndex([0, 1], [100, 200], [150, sys.maxsize])
        >>> (index.overlapping(140, 160), index.within(0, 1000), len(index))
        ([0], [0], 2)
    """

    __slots__ = ("_buckets", "_count", "_dense", "_highs", "_lows", "_open_end", "_open_start")

    _buckets: tuple[tuple[int, int, Sequence[int], array[int] | None, array[int] | None], ...]
    _open_end: Sequence[int]

    def __init__(
        self,
        positions: Iterable[int],
        lows: Sequence[int],
        highs: Sequence[int],
        *,
        copy_bounds: bool = False,
        fine: bool = True,
    ) -> None:
        grouped: dict[int, array[int]] = {}
        longest: dict[int, int] = {}
        shortest: dict[int, int] = {}
        open_end = array("i")
        open_start: list[int] = []
        count = 0
        for position in positions:
            count += 1
            low, high = lows[position], highs[position]
            if low == _NEG:
                open_start.append(position)
            elif high == _POS:
                open_end.append(position)
            else:
                length = high - low
                # Length classes: four an octave when fine (lengths within a factor of
                # 1.25), else one; inlined, as it runs for every span of every index.
                bits = length.bit_length()
                size = (
                    bits << 2 if bits <= 3 or not fine else bits << 2 | (length >> (bits - 3)) & 3
                )
                bucket = grouped.get(size)
                if bucket is None:
                    bucket = grouped[size] = array("i")
                    longest[size] = shortest[size] = length
                elif length > longest[size]:
                    longest[size] = length
                elif length < shortest[size]:
                    shortest[size] = length
                bucket.append(position)
        open_start.sort(key=highs.__getitem__)
        classes = [(shortest[size], longest[size], grouped[size]) for size in sorted(grouped)]
        if not fine and len(classes) > 1:
            classes = _coarsen(classes, lows)
        # Exact-size copies: arrays grown by appending keep up to an eighth spare, and
        # an index per actor makes many small ones.
        # Spans of a month or longer are few, but they fill most of a range query's
        # result (each overlaps many ranges): a fine index (the timeline's own) keeps
        # their positions as a list of int objects, which a result copies as it is, where
        # an array makes a new int per position read (a quarter of a 30-day window
        # query's time, for some 8 bytes an event more). The open-ended ones likewise.
        self._buckets = tuple(
            (
                short,
                long,
                positions.tolist() if fine and short >= _AS_LIST else positions[:],
                _bounds(map(lows.__getitem__, positions)) if copy_bounds else None,
                _bounds(map(highs.__getitem__, positions)) if copy_bounds else None,
            )
            for short, long, positions in classes
        )
        self._open_end = open_end.tolist() if fine else open_end[:]
        self._open_start = array("i", open_start)
        self._lows, self._highs = lows, highs
        self._count = count
        # Every position from 0 (a timeline's own index): the spans that start inside a
        # range are then one run of positions, found by bisecting the starts.
        self._dense = isinstance(positions, range) and positions.start == 0 and positions.step == 1

    def __len__(self) -> int:
        return self._count

    def overlapping(self, low: int, high: int) -> list[int]:
        """Ascending positions of the spans that share a minute with ``[low, high)``.

        Examples:
            >>> IntervalIndex([0, 1], [0, 10], [10, 20]).overlapping(10, 11)
            [1]
        """
        return self.overlapping_runs(low, high).merged()

    def overlapping_runs(self, low: int, high: int) -> PositionRuns:
        """The positions of :meth:`overlapping`, as runs merged only when read.

        The lookup costs O(log n) per bucket plus the spans checked one by one; the
        positions themselves are merged into one ascending list on first use. In an
        index of every position from 0 (a timeline's own), the spans that start inside
        the range come as the result's :attr:`PositionRuns.tail`, a range that needs no
        merging, and the buckets give only the spans that start before the range.

        Examples:
            >>> runs = IntervalIndex([0, 1], [0, 10], [10, 20]).overlapping_runs(5, 15)
            >>> len(runs), list(runs)
            (2, [0, 1])
        """
        if low >= high:
            return PositionRuns([], 0)
        highs = self._highs
        runs: list[Sequence[int]] = []
        count = 0
        tail, limit = range(0), high  # the buckets give spans that start before limit
        if self._dense:
            # The spans that start inside the range are the tail: one run of positions.
            # The buckets give only those that start before it and reach into it.
            # (Spans open at the start are not in it: their own list gives them.)
            first = bisect_left(self._lows, max(low, _NEG + 1), 0, self._count)
            tail = range(first, bisect_left(self._lows, high, first, self._count))
            limit = low
        for shortest, longest, positions, starts, ends in self._buckets:
            # Spans starting after low - shortest surely reach past low; those starting
            # from low - longest may: only these few are checked one by one.
            if starts is None or ends is None:
                lows = self._lows.__getitem__
                stop = bisect_left(positions, limit, key=lows)
                sure = bisect_right(positions, low - shortest, 0, stop, key=lows)
                first = bisect_right(positions, low - longest, 0, sure, key=lows)
                checked = [p for p in positions[first:sure] if highs[p] > low]
            else:
                stop = bisect_left(starts, limit)
                if not stop:
                    continue
                sure = bisect_right(starts, low - shortest, 0, stop)
                if shortest == longest:
                    first = sure
                    checked = []
                else:
                    first = bisect_right(starts, low - longest, 0, sure)
                    checked = [positions[i] for i in range(first, sure) if ends[i] > low]
            if checked:
                runs.append(checked)
                count += len(checked)
            if sure < stop:
                runs.append(positions[sure:stop])
                count += stop - sure
        opened = self._open_end
        if opened:
            stop = bisect_left(opened, limit, key=self._lows.__getitem__)
            if stop:
                runs.append(opened[:stop])
                count += stop
        opened = self._open_start
        if opened:
            start = bisect_right(opened, low, key=highs.__getitem__)
            if start < len(opened):
                runs.append(sorted(opened[start:]))  # ordered by end, not by position
                count += len(opened) - start
        return PositionRuns(runs, count, tail)

    def within(self, low: int, high: int) -> list[int]:
        """Ascending positions of the spans that lie wholly inside ``[low, high)``.

        Examples:
            >>> IntervalIndex([0, 1], [0, 10], [10, 20]).within(0, 15)
            [0]
        """
        lows, highs = self._lows.__getitem__, self._highs
        runs: list[Sequence[int]] = []
        for _, _, positions, _, _ in self._buckets:
            first = bisect_left(positions, low, key=lows)
            stop = bisect_left(positions, high, first, key=lows)
            runs.append([p for p in positions[first:stop] if highs[p] <= high])
        if low == _NEG:
            opened = self._open_start
            runs.append(sorted(opened[: bisect_right(opened, high, key=highs.__getitem__)]))
        if high == _POS:
            closed = self._open_end
            runs.append(closed[bisect_left(closed, low, key=lows) :])
        return merge_sorted(runs)


def _bounds(values: Iterable[int]) -> array[int]:
    """The values as an array of 4-byte ints where they fit (minutes up to the year 4000).

    Examples:
        >>> _bounds([0, 2**40]).typecode, _bounds([0, 5]).typecode
        ('q', 'i')
    """
    values = list(values)
    try:
        return array("i", values)
    except OverflowError:
        return array("q", values)


def _coarsen(
    classes: list[tuple[int, int, array[int]]], lows: Sequence[int]
) -> list[tuple[int, int, array[int]]]:
    """Join adjacent length classes where one bucket costs less than two.

    A lookup pays a constant per bucket (its bisections) and one check per span that
    starts between ``range start - longest`` and ``range start - shortest``: about
    ``count * (longest - shortest) / extent`` spans when starts spread evenly over the
    index's extent. A small index (one actor's spans) spread over decades has many
    classes of few spans each: days and months then share a bucket, as do years and
    multi-year spans, and a lookup bisects two or three buckets instead of seven.

    Args:
        classes: ``(shortest, longest, positions)`` per class, by ascending length;
            each class's positions ascending.
        lows: The start minute of each position.

    Examples:
        >>> lows = range(0, 11_000_000, 10_000)  # 1,100 starts, a week apart
        >>> days = (1440, 1440, array("i", range(0, 1100, 2)))
        >>> weeks = (10080, 10080, array("i", range(1, 1000, 2)))
        >>> decades = (5256000, 5256000, array("i", range(1001, 1100, 2)))
        >>> [(s, l, len(p)) for s, l, p in _coarsen([days, weeks, decades], lows)]
        [(1440, 10080, 1050), (5256000, 5256000, 50)]
    """
    extent = max(lows[c[2][-1]] for c in classes) - min(lows[c[2][0]] for c in classes) + 1

    def cost(count: int, short: int, long: int) -> float:
        return _BUCKET_COST + count * (long - short) / extent

    joined = [classes[0]]
    for short, long, positions in classes[1:]:
        first_short, first_long, first = joined[-1]
        apart = cost(len(first), first_short, first_long) + cost(len(positions), short, long)
        if cost(len(first) + len(positions), first_short, long) <= apart:
            joined[-1] = (first_short, long, array("i", merge_sorted([first, positions])))
        else:
            joined.append((short, long, positions))
    return joined


_BUCKET_COST: Final = 16
"""What a lookup pays per bucket (its bisections), in spans checked one by one."""
_SMALL: Final = 8
_AS_LIST: Final = 28 * 1440
"""The shortest span, in minutes, of a length class whose positions an index keeps as a list."""
_KINDS: Final = tuple(EventKind)


class TimelineQueries:
    """The chainable queries of a timeline (a base of :class:`~diplotimeline.timeline.Timeline`).

    Examples:
        >>> from diplotimeline.timeline import Timeline
        >>> isinstance(Timeline(), TimelineQueries)
        True
    """

    __slots__ = ("_interval", "_positions", "_store")

    _store: Store
    _positions: Sequence[int]
    _interval: IntervalIndex | None

    @classmethod
    def _view(
        cls, store: Store, positions: Sequence[int], interval: IntervalIndex | None = None
    ) -> Self:
        view = cls.__new__(cls)
        view._store, view._positions, view._interval = store, positions, interval
        return view

    @property
    def _is_root(self) -> bool:
        positions = self._positions
        return isinstance(positions, range) and len(positions) == len(self._store.entries)

    # -- selection helpers --------------------------------------------------------------

    def _select(
        self,
        indexed: Callable[[], Sequence[int]],
        keep: Callable[[TimelineEntry], bool],
        interval: IntervalIndex | None = None,
    ) -> Self:
        if self._is_root:
            return self._view(self._store, indexed(), interval)
        store = self._store
        if len(self._positions) * _SMALL <= len(store.entries):
            entries = store.entries
            return self._view(store, [p for p in self._positions if keep(entries[p])])
        mine = set(self._positions)
        return self._view(store, [p for p in indexed() if p in mine])

    def _ranged(
        self, low: int, high: int, lookup: Callable[[IntervalIndex], list[int]], within: bool
    ) -> Self:
        if self._interval is not None:  # an actor's view: its own interval index
            return self._view(self._store, lookup(self._interval))

        def keep(entry: TimelineEntry) -> bool:
            when = entry.event.when
            if when is None:
                return False
            entry_low, entry_high = when.bounds()
            if within:
                return low <= entry_low and entry_high <= high
            return entry_low < high and low < entry_high

        return self._select(lambda: lookup(self._store.interval()), keep)

    # -- time queries -------------------------------------------------------------------

    def overlapping(self, value: RangeLike, end: RangeLike | None = None) -> Self:
        """Entries whose date shares at least a minute with the range.

        Args:
            value: A partial ISO string (``"2025-04"``, ``"2025-04/2025-06"``), a
                DateSpan, a PartialDate or a LocalDateTime.
            end: An optional end: the range runs from ``value`` through ``end``.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().overlapping("2025-04/2025-06"))
            0
        """
        low, high = to_range(value, end)
        if self._interval is not None:  # an actor's view: its own interval index
            return self._view(self._store, self._interval.overlapping_runs(low, high))
        if self._is_root:
            return self._view(self._store, self._store.interval().overlapping_runs(low, high))
        return self._ranged(low, high, lambda index: index.overlapping(low, high), within=False)

    def between(self, value: RangeLike, end: RangeLike | None = None) -> Self:
        """Entries whose date lies wholly inside the range (see :meth:`overlapping`).

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().between("2025-04", "2025-06"))
            0
        """
        low, high = to_range(value, end)
        return self._ranged(low, high, lambda index: index.within(low, high), within=True)

    def on(self, day: RangeLike) -> Self:
        """Entries whose date covers (some of) this day.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().on("2025-04-28"))
            0
        """
        return self.overlapping(day)

    def before(self, value: RangeLike) -> Self:
        """Entries that end before the value starts.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().before("2025"))
            0
        """
        low = to_range(value)[0]

        def indexed() -> list[int]:
            highs, positions = self._store.ends()
            return sorted(positions[: _bisect_right(highs, low)])

        return self._select(indexed, lambda e: e.when is not None and e.when.bounds()[1] <= low)

    def after(self, value: RangeLike) -> Self:
        """Entries that start after the value ends.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().after("2025"))
            0
        """
        high = to_range(value)[1]

        def indexed() -> Sequence[int]:
            store = self._store
            return range(_bisect(store.lows, high), store.dated)

        return self._select(indexed, lambda e: e.when is not None and e.when.bounds()[0] >= high)

    # -- other filters ------------------------------------------------------------------

    def _actor_ids(self, actor: str) -> set[str]:
        store = self._store
        if actor in store.actors or actor in store.actor_index():
            return {actor}  # an id: names are looked up only for what is not one
        ids = set(store.names().get(fold(actor), ()))
        if actor in store.actors or not ids:
            ids.add(actor)
        return ids

    def involving(self, *actors: str, match: Literal["any", "all"] = "any") -> Self:
        """Entries in which any (or all) of these actors take part, by id or name.

        A string that is an actor id (or a participant id) is taken as that id; any
        other is looked up among the actors' names and aliases, folded.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().involving("pe", "Chile", match="all"))
            0
        """
        if match not in ("any", "all"):
            raise UsageError(f"match must be 'any' or 'all', got {match!r}")
        if not actors:
            raise UsageError("involving() needs at least one actor")
        store = self._store
        if len(actors) == 1 and self._is_root:  # one actor id: its index, as it is
            found = store.actor_index().get(actors[0])
            if found is not None:
                return self._view(store, found[0], found[1])
        groups = [self._actor_ids(actor) for actor in actors]
        wanted = set().union(*groups)
        if len(groups) == 1 and len(wanted) == 1:
            [actor_id] = wanted
            found = store.actor_index().get(actor_id)
            if found is None:
                return self._view(store, [])
            if self._is_root:
                return self._view(store, found[0], found[1])

        def keep(entry: TimelineEntry) -> bool:
            present = set(entry.event.participants)
            hits = [bool(present & group) for group in groups]
            return all(hits) if match == "all" else any(hits)

        def indexed() -> list[int]:
            index = store.actor_index()
            runs = [index[a][0] for a in wanted if a in index]
            merged = sorted(set(merge_sorted(runs)))
            if match == "any":
                return merged
            entries = store.entries
            return [p for p in merged if keep(entries[p])]

        return self._select(indexed, keep)

    def of_kind(self, *kinds: EventKind | str) -> Self:
        """Entries of these kinds (``"meeting"``, ``"agreement"``, ``"initiative"``).

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().of_kind("meeting"))
            0
        """
        wanted = {EventKind(kind) for kind in kinds}
        store = self._store
        return self._select(
            lambda: merge_sorted(store.kind_positions()[k] for k in wanted),
            lambda e: e.event.kind in wanted,
        )

    def with_status(self, *statuses: Status | str) -> Self:
        """Entries with these (merged) statuses.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().with_status("planned"))
            0
        """
        wanted = {Status(status) for status in statuses}
        store = self._store
        return self._select(
            lambda: merge_sorted(store.status_positions()[s] for s in wanted),
            lambda e: e.event.status in wanted,
        )

    def form(self, *forms: str) -> Self:
        """Entries of these forms (``"summit"``, ``"visit"``, ``"mou"``...).

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().form("summit", "visit"))
            0
        """
        wanted = {str(form) for form in forms}
        return self.where(lambda e: e.event.form.value in wanted)

    def mentioning(self, text: str) -> Self:
        """Entries whose name, aliases or evidence contain ``text`` (folded; a scan).

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().mentioning("Lima"))
            0
        """
        needle = fold(text)

        def keep(entry: TimelineEntry) -> bool:
            event = entry.event
            texts = (event.name, *event.aliases, *(e.quote for e in event.evidence))
            return any(needle in fold(t) for t in texts)

        return self.where(keep)

    def where(self, predicate: Callable[[TimelineEntry], bool]) -> Self:
        """Entries for which ``predicate`` is true (a scan).

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> len(Timeline().where(lambda entry: True))
            0
        """
        entries = self._store.entries
        return self._view(self._store, [p for p in self._positions if predicate(entries[p])])

    # -- grouping -----------------------------------------------------------------------

    def _keys(self, key: str, position: int) -> Iterable[Hashable]:
        store = self._store
        if key == "kind":
            return (_KINDS[store.kinds[position]],)
        if key == "year":
            return (store.years[position] if position < store.dated else None,)
        if key == "month":
            if position >= store.dated:
                return (None,)
            return (PartialDate(store.years[position], store.months[position]),)
        event = store.entries[position].event
        if key == "actor":
            return tuple(dict.fromkeys(event.participants)) or (None,)
        if key == "status":
            return (event.status,)
        if key == "form":
            return (event.form.value,)
        raise UsageError(f"cannot group by {key!r}: use year, month, actor, kind, status or form")

    def _grouped(self, keys: Sequence[str]) -> dict[Hashable, list[int]]:
        if not keys:
            raise UsageError("group_by() needs at least one key")
        groups: dict[Hashable, list[int]] = {}
        for position in self._positions:
            combos: list[tuple[Hashable, ...]] = [()]
            for key in keys:
                combos = [(*c, k) for c in combos for k in self._keys(key, position)]
            for combo in combos:
                groups.setdefault(combo if len(keys) > 1 else combo[0], []).append(position)
        return groups

    def group_by(self, *keys: GroupKey) -> dict[Any, Self]:
        """Views by year, month, actor, kind, status or form (several keys: tuples).

        Undated entries group under ``None``; an entry is in one group per participant
        when grouping by actor. Groups appear in order of their first entry.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> Timeline().group_by("year", "kind")
            {}
        """
        return {
            key: self._view(self._store, positions)
            for key, positions in self._grouped(keys).items()
        }

    def count_by(self, *keys: GroupKey) -> dict[Any, int]:
        """Entry counts by year, month, actor, kind, status or form (see :meth:`group_by`).

        Counts by kind and/or year on a full timeline come from a table built once.

        Examples:
            >>> from diplotimeline.timeline import Timeline
            >>> Timeline().count_by("kind")
            {}
        """
        if self._is_root and keys and set(keys) <= {"kind", "year"} and len(set(keys)) == len(keys):
            return dict(self._store.counts_by(tuple(keys)))
        return {key: len(positions) for key, positions in self._grouped(keys).items()}


def _bisect(values: Sequence[int], value: int) -> int:
    return bisect_left(values, value)


def _bisect_right(values: Sequence[int], value: int) -> int:
    return bisect_right(values, value)
