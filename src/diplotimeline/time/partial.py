"""PartialDate: a calendar date known to year, month or day precision."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from typing import Final

import attrs

from diplotimeline.errors import InvalidDateError, ISOFormatError
from diplotimeline.time.precision import Precision

__all__ = ["MINUTES_PER_DAY", "PartialDate"]

MINUTES_PER_DAY: Final = 1440
"""Minutes in a calendar day; bounds of time values are counted in minutes."""

# Bounds are asked for again and again (sorting, indexing, merging a large timeline); the
# dates in use are few, so a small cache of the calendar arithmetic pays off.
_BOUNDS_CACHE_SIZE: Final = 1 << 14


@functools.lru_cache(maxsize=_BOUNDS_CACHE_SIZE)
def _bounds(year: int, month: int | None, day: int | None) -> tuple[int, int]:
    """The half-open minute range of a valid partial date (see :meth:`PartialDate.bounds`)."""
    if month is None:
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    elif day is None:
        first = datetime.date(year, month, 1)
        last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    else:
        first = last = datetime.date(year, month, day)
    return first.toordinal() * MINUTES_PER_DAY, (last.toordinal() + 1) * MINUTES_PER_DAY


_ISO_DATE: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _check_year(year: int) -> None:
    if not 1 <= year <= 9999:
        raise InvalidDateError(f"year must be within 1..9999, got {year}", value=year)


def _check_month(month: int | None) -> None:
    if month is not None and not 1 <= month <= 12:
        raise InvalidDateError(f"month must be within 1..12, got {month}", value=month)


@attrs.frozen(repr=False, weakref_slot=False)
class PartialDate:
    """A calendar date known to year, month or day precision.

    It never invents precision: ``PartialDate(2025, 4)`` is the month of April 2025 as a
    whole, not its first day. Use :meth:`first_day` and :meth:`last_day` for its bounds.

    Args:
        year: 1 to 9999.
        month: 1 to 12, or ``None`` for a year-precision date.
        day: A day that exists in the month, or ``None``; a day needs a month.

    Raises:
        InvalidDateError: For a date that does not exist (February 30, month 13, a day
            without a month).

    Examples:
        >>> PartialDate.parse_iso("2025-04")
        PartialDate('2025-04')
        >>> PartialDate(2025, 4).precision
        <Precision.MONTH: 2>
        >>> PartialDate(2024, 2, 29).format_iso()
        '2024-02-29'
        >>> PartialDate(2025, 2, 30)
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidDateError: day 30 is out of range for 2025-02 (1..28)
    """

    year: int = attrs.field()
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)

    @year.validator
    def _check_year_field(self, _attribute: object, year: int) -> None:
        _check_year(year)

    @month.validator
    def _check_month_field(self, _attribute: object, month: int | None) -> None:
        _check_month(month)

    @day.validator
    def _check_day_fits_month(self, _attribute: object, day: int | None) -> None:
        if day is None:
            return
        if self.month is None:
            raise InvalidDateError(f"day {day} given without a month", value=day)
        last = calendar.monthrange(self.year, self.month)[1]
        if not 1 <= day <= last:
            raise InvalidDateError(
                f"day {day} is out of range for {self.year:04d}-{self.month:02d} (1..{last})",
                value=day,
            )

    def __repr__(self) -> str:
        return f"PartialDate({self.format_iso()!r})"

    @property
    def precision(self) -> Precision:
        """The finest unit this date knows.

        Examples:
            >>> PartialDate(2025).precision.name
            'YEAR'
        """
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; the exact inverse of :meth:`format_iso`.

        Raises:
            ISOFormatError: If ``text`` is not of one of those forms.
            InvalidDateError: If it is of the form but names no real date.

        Examples:
            >>> PartialDate.parse_iso("2025-04-28")
            PartialDate('2025-04-28')
            >>> PartialDate.parse_iso("May")
            Traceback (most recent call last):
            ...
            diplotimeline.errors.ISOFormatError: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'May'
        """
        match = _ISO_DATE.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ISOFormatError(
                f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}", text=str(text)
            )
        year, month, day = match.groups()
        return cls(
            int(year),
            None if month is None else int(month),
            None if day is None else int(day),
        )

    def format_iso(self) -> str:
        """Write the date as a partial ISO 8601 string; the inverse of :meth:`parse_iso`.

        Examples:
            >>> PartialDate(2025, 4).format_iso()
            '2025-04'
        """
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_date(cls, value: datetime.date) -> PartialDate:
        """Make a day-precision date from a :class:`datetime.date`.

        Examples:
            >>> PartialDate.from_date(datetime.date(2025, 4, 28))
            PartialDate('2025-04-28')
        """
        return cls(value.year, value.month, value.day)

    def first_day(self) -> datetime.date:
        """The first calendar day this date covers.

        Examples:
            >>> PartialDate(2025, 4).first_day()
            datetime.date(2025, 4, 1)
        """
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> datetime.date:
        """The last calendar day this date covers.

        Examples:
            >>> PartialDate(2024, 2).last_day()
            datetime.date(2024, 2, 29)
            >>> PartialDate(2025).last_day()
            datetime.date(2025, 12, 31)
        """
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def truncate(self, precision: Precision) -> PartialDate:
        """Forget what is finer than ``precision``.

        Examples:
            >>> PartialDate(2025, 4, 28).truncate(Precision.MONTH)
            PartialDate('2025-04')
            >>> PartialDate(2025).truncate(Precision.DAY)
            PartialDate('2025')
        """
        if precision <= Precision.YEAR:
            return PartialDate(self.year)
        if precision == Precision.MONTH:
            return PartialDate(self.year, self.month)
        return self

    @property
    def date(self) -> PartialDate:
        """The date itself (for symmetry with :class:`LocalDateTime.date`).

        Examples:
            >>> PartialDate(2025, 4).date
            PartialDate('2025-04')
        """
        return self

    def bounds(self) -> tuple[int, int]:
        """The half-open range of local wall-clock minutes this date covers.

        Minutes are counted from 0001-01-01T00:00; the upper bound is exclusive.

        Examples:
            >>> low, high = PartialDate(2025, 4, 28).bounds()
            >>> high - low
            1440
        """
        return _bounds(self.year, self.month, self.day)

    def to_timex(self) -> tuple[str, str]:
        """The TIMEX3 ``type`` and ``value`` of this date.

        Examples:
            >>> PartialDate(2025, 4).to_timex()
            ('DATE', '2025-04')
        """
        return "DATE", self.format_iso()
