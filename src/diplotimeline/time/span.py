"""DateSpan: when something happened, from a start to an end, either of which may be open.

Sort order
----------
Time values of mixed precision are ordered by :meth:`DateSpan.sort_key`, a tuple of
integers compared left to right:

1. the first local wall-clock minute the span may cover (an open start sorts first);
2. precision of the start, coarse before fine, so April 2025 comes before 1 April 2025;
3. the last minute it may cover (shorter first; an open end sorts last);
4. precision of the end, coarse before fine;
5. the UTC instant of a timed start, where known (times in different zones that show the
   same wall clock are then ordered by the real instant);
6. an approximate span after an exact one.

The order is total and consistent with :meth:`DateSpan.before`: if ``a.before(b)`` then
``a.sort_key() < b.sort_key()``.
"""

from __future__ import annotations

import sys
from typing import Final, TypeAlias, TypeVar

import attrs

from diplotimeline.errors import InvalidDateError, ISOFormatError
from diplotimeline.time.moment import LocalDateTime
from diplotimeline.time.partial import PartialDate
from diplotimeline.time.precision import Precision

__all__ = ["OPEN", "DateSpan", "TimePoint", "parse_time_point", "shared_span"]

TimePoint: TypeAlias = PartialDate | LocalDateTime
"""A single time value: a partial date or a local date-time."""

OPEN: Final = ".."
"""How an open end is written in ISO 8601-2 interval strings (``2024-10/..``)."""

_NEG_INF: Final = -sys.maxsize
_POS_INF: Final = sys.maxsize


def parse_time_point(text: str) -> TimePoint:
    """Read a partial ISO date or a local date-time, whichever ``text`` is.

    Raises:
        ISOFormatError: If ``text`` is neither.

    Examples:
        >>> parse_time_point("2025-04")
        PartialDate('2025-04')
        >>> parse_time_point("2024-07-26T10:00+07:00")
        LocalDateTime('2024-07-26T10:00+07:00')
    """
    if isinstance(text, str) and "T" in text:
        return LocalDateTime.parse_iso(text)
    return PartialDate.parse_iso(text)


def _split_interval(text: str) -> tuple[str, str]:
    """Split at the one "/" outside a ``[Zone/Name]`` suffix."""
    depth = 0
    for index, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "/" and depth == 0:
            return text[:index], text[index + 1 :]
    return text, ""


def _check_point(
    _instance: object, attribute: attrs.Attribute[TimePoint | None], value: object
) -> None:
    if value is not None and not isinstance(value, PartialDate | LocalDateTime):
        raise InvalidDateError(
            f"{attribute.name} must be a PartialDate, a LocalDateTime or None, "
            f"got {type(value).__name__}",
            value=value,
        )


# Equal dates are shared (a flyweight): a large timeline holds millions of spans over a few
# thousand distinct days, and each value would otherwise take 48 to 56 bytes. The tables
# are bounded; when one is full it starts again (sharing is an optimisation, never needed
# for correctness: equal values compare equal whether shared or not).
_SHARED_LIMIT: Final = 1 << 16
_shared_points: dict[PartialDate, PartialDate] = {}
_shared_spans: dict[DateSpan, DateSpan] = {}


_Shared = TypeVar("_Shared", PartialDate, "DateSpan")


def _shared(table: dict[_Shared, _Shared], value: _Shared) -> _Shared:
    """The value of the table equal to ``value``, which is added if none is."""
    shared = table.get(value)
    if shared is None:
        if len(table) >= _SHARED_LIMIT:
            table.clear()
        shared = table[value] = value
    return shared


def _share_point(value: TimePoint | None) -> TimePoint | None:
    if type(value) is not PartialDate:
        return value
    return _shared(_shared_points, value)


def shared_span(value: DateSpan | None) -> DateSpan | None:
    """The shared span equal to ``value`` (``None`` stays ``None``).

    Spans and partial dates are immutable, so equal ones can be one object: the events
    of the model pass their dates through this, and a span's ends are shared the same
    way. Sharing never changes a value or its equality; it saves memory when many events
    fall on the same days.

    Examples:
        >>> a, b = DateSpan.parse_iso("2031-05-02"), DateSpan.parse_iso("2031-05-02")
        >>> shared_span(a) is shared_span(b), shared_span(None)
        (True, None)
        >>> DateSpan.of(PartialDate(2031, 5)).start is DateSpan.of(PartialDate(2031, 5)).end
        True
    """
    if value is None:
        return None
    return _shared(_shared_spans, value)


@attrs.frozen(repr=False, weakref_slot=False)
class DateSpan:
    """When something happened: from ``start`` to ``end``, both inclusive.

    A single day, month or minute is a span whose start equals its end (make one with
    :meth:`of`). An open end is ``None``: "since October 2024" has no end and "by 2030"
    has no start; at least one end is known. The end may neither begin nor finish
    before the start does. ``approximate`` marks "mid-2026" or "around May".

    Raises:
        InvalidDateError: If both ends are open, or the end comes before the start.

    Examples:
        >>> DateSpan.parse_iso("2025-04-27/2025-04-29")
        DateSpan('2025-04-27/2025-04-29')
        >>> DateSpan.of(PartialDate(2025, 4)).is_single
        True
        >>> DateSpan(PartialDate(2024, 10), None).format_iso()
        '2024-10/..'
        >>> DateSpan(PartialDate(2025, 5), PartialDate(2025, 4))
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidDateError: end 2025-04 comes before start 2025-05
    """

    start: TimePoint | None = attrs.field(converter=_share_point, validator=_check_point)
    end: TimePoint | None = attrs.field(converter=_share_point, validator=_check_point)
    approximate: bool = attrs.field(default=False, kw_only=True)

    @end.validator
    def _check_order(self, _attribute: object, end: TimePoint | None) -> None:
        if self.start is None and end is None:
            raise InvalidDateError("a span needs a start or an end", value=None)
        if self.start is not None and end is not None:
            start_low, start_high = self.start.bounds()
            end_low, end_high = end.bounds()
            if end_low < start_low or end_high < start_high:
                raise InvalidDateError(
                    f"end {end.format_iso()} comes before start {self.start.format_iso()}",
                    value=(self.start, end),
                )

    def __repr__(self) -> str:
        return f"DateSpan({self.format_iso()!r})"

    @classmethod
    def of(cls, point: TimePoint, *, approximate: bool = False) -> DateSpan:
        """A span of one value: a day, a month, a year or a minute.

        Examples:
            >>> DateSpan.of(PartialDate(2025, 4, 28))
            DateSpan('2025-04-28')
        """
        return cls(point, point, approximate=approximate)

    @classmethod
    def between(cls, start: TimePoint, end: TimePoint) -> DateSpan:
        """A span from ``start`` to ``end``; a single value when they are equal.

        Examples:
            >>> DateSpan.between(PartialDate(2026), PartialDate(2030))
            DateSpan('2026/2030')
        """
        return cls(start, end)

    @property
    def is_single(self) -> bool:
        """Whether the span is one value (its start equals its end).

        Examples:
            >>> DateSpan.parse_iso("2025").is_single
            True
        """
        return self.start is not None and self.start == self.end

    @property
    def is_open(self) -> bool:
        """Whether either end is open.

        Examples:
            >>> DateSpan.parse_iso("../2030").is_open
            True
        """
        return self.start is None or self.end is None

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two known ends.

        Examples:
            >>> DateSpan.parse_iso("2025-04/2025-05-02").precision.name
            'MONTH'
        """
        known = [point.precision for point in (self.start, self.end) if point is not None]
        return min(known)

    @classmethod
    def parse_iso(cls, text: str) -> DateSpan:
        """Read a span written in ISO 8601-2 style; the exact inverse of :meth:`format_iso`.

        A single value (``2025-04``), an interval (``2026/2030``), an open interval
        (``2024-10/..``, ``../2030``); a trailing ``~`` marks an approximate span.

        Raises:
            ISOFormatError: If ``text`` is not of one of those forms.
            InvalidDateError: If the values do not exist or are out of order.

        Examples:
            >>> DateSpan.parse_iso("2026-06~").approximate
            True
        """
        if not isinstance(text, str):
            raise ISOFormatError(f"expected a string, got {type(text).__name__}", text=str(text))
        approximate = text.endswith("~")
        body = text[:-1] if approximate else text
        first, last = _split_interval(body)
        if first == body:
            point = parse_time_point(body)
            return cls(point, point, approximate=approximate)
        start = None if first == OPEN else parse_time_point(first)
        end = None if last == OPEN else parse_time_point(last)
        if start is None and end is None:
            raise ISOFormatError(f"an interval needs a start or an end, got {text!r}", text=text)
        return cls(start, end, approximate=approximate)

    def format_iso(self) -> str:
        """Write the span in ISO 8601-2 style; the inverse of :meth:`parse_iso`.

        Examples:
            >>> DateSpan(None, PartialDate(2030)).format_iso()
            '../2030'
        """
        if self.is_single:
            assert self.start is not None
            text = self.start.format_iso()
        else:
            first = OPEN if self.start is None else self.start.format_iso()
            last = OPEN if self.end is None else self.end.format_iso()
            text = f"{first}/{last}"
        return f"{text}~" if self.approximate else text

    def bounds(self) -> tuple[int, int]:
        """The half-open range of local wall-clock minutes the span may cover.

        Open ends stretch to ``-sys.maxsize`` and ``sys.maxsize``.

        Examples:
            >>> low, high = DateSpan.parse_iso("2025-04-27/2025-04-29").bounds()
            >>> (high - low) // 1440
            3
        """
        low = _NEG_INF if self.start is None else self.start.bounds()[0]
        high = _POS_INF if self.end is None else self.end.bounds()[1]
        return low, high

    def contains(self, other: DateSpan | TimePoint) -> bool:
        """Whether ``other`` lies wholly inside this span.

        Examples:
            >>> DateSpan.parse_iso("2025-04").contains(PartialDate(2025, 4, 28))
            True
            >>> DateSpan.parse_iso("2025-04-28").contains(PartialDate(2025, 4))
            False
        """
        low, high = self.bounds()
        other_low, other_high = other.bounds()
        return low <= other_low and other_high <= high

    def overlaps(self, other: DateSpan | TimePoint) -> bool:
        """Whether the two share at least one minute.

        Examples:
            >>> DateSpan.parse_iso("2026/2030").overlaps(PartialDate(2028, 5))
            True
        """
        low, high = self.bounds()
        other_low, other_high = other.bounds()
        return low < other_high and other_low < high

    def before(self, other: DateSpan | TimePoint) -> bool:
        """Whether this span ends before ``other`` starts.

        Examples:
            >>> DateSpan.parse_iso("2024-12").before(DateSpan.parse_iso("2025"))
            True
            >>> DateSpan.parse_iso("2025-04").before(PartialDate(2025, 4, 28))
            False
        """
        return self.bounds()[1] <= other.bounds()[0]

    def after(self, other: DateSpan | TimePoint) -> bool:
        """Whether this span starts after ``other`` ends.

        Examples:
            >>> DateSpan.parse_iso("2025-05").after(PartialDate(2025, 4, 30))
            True
        """
        return other.bounds()[1] <= self.bounds()[0]

    def sort_key(self) -> tuple[int, int, int, int, int, int]:
        """The key of the documented total order of time values (see the module docstring).

        Examples:
            >>> texts = ("2025-04-28", "2025-04", "2025", "../2024")
            >>> spans = [DateSpan.parse_iso(text) for text in texts]
            >>> [s.format_iso() for s in sorted(spans, key=DateSpan.sort_key)]
            ['../2024', '2025', '2025-04', '2025-04-28']
        """
        low, high = self.bounds()
        start_precision = 0 if self.start is None else int(self.start.precision)
        end_precision = 0 if self.end is None else int(self.end.precision)
        utc = low
        if isinstance(self.start, LocalDateTime):
            instant = self.start.utc_minutes()
            utc = low if instant is None else instant
        return (low, start_precision, high, end_precision, utc, int(self.approximate))

    def to_timex(self) -> tuple[tuple[str, str], ...]:
        """The TIMEX3 ``(type, value)`` of each known end (one pair for a single value).

        Examples:
            >>> DateSpan.parse_iso("2025-04-27/2025-04-29").to_timex()
            (('DATE', '2025-04-27'), ('DATE', '2025-04-29'))
            >>> DateSpan.parse_iso("2025").to_timex()
            (('DATE', '2025'),)
        """
        if self.is_single:
            assert self.start is not None
            return (self.start.to_timex(),)
        return tuple(point.to_timex() for point in (self.start, self.end) if point is not None)
