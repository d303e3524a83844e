"""Durations ("three and a half years", TIMEX3 ``P3.5Y``) and recurrences ("annually", ``P1Y``).

TIMEX3 writes a duration as ``P`` + amount + unit, with ``T`` before the clock units:
``P70M`` is seventy *months*, ``PT70M`` seventy *minutes*. An unknown amount is ``X``
("several years" is ``PXY``). Decades are written as years (``P20Y``), as in TimeBank.

Examples:
    >>> Duration.parse_iso("PT70M").unit
    <DurationUnit.MINUTE: 'MINUTE'>
    >>> Duration.parse_iso("P70M").unit
    <DurationUnit.MONTH: 'MONTH'>
    >>> Recurrence(Duration(2, DurationUnit.YEAR)).format_iso()
    'P2Y'
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal, InvalidOperation
from typing import Final

import attrs

from diplotimeline.errors import InvalidValueError, ISOFormatError

__all__ = ["Duration", "DurationUnit", "Recurrence"]


class DurationUnit(enum.StrEnum):
    """The unit of a :class:`Duration`, with its TIMEX3 letter.

    Examples:
        >>> DurationUnit.WEEK.letter, DurationUnit.MINUTE.is_clock
        ('W', True)
    """

    YEAR = "YEAR"
    QUARTER = "QUARTER"
    MONTH = "MONTH"
    WEEK = "WEEK"
    DAY = "DAY"
    HOUR = "HOUR"
    MINUTE = "MINUTE"
    SECOND = "SECOND"

    @property
    def letter(self) -> str:
        """The TIMEX3 unit letter (``M`` is month or minute; :attr:`is_clock` tells which)."""
        return _LETTERS[self]

    @property
    def is_clock(self) -> bool:
        """Whether the unit comes after ``T`` in TIMEX3 (hours, minutes, seconds)."""
        return self in (DurationUnit.HOUR, DurationUnit.MINUTE, DurationUnit.SECOND)


_LETTERS: Final = {
    DurationUnit.YEAR: "Y",
    DurationUnit.QUARTER: "Q",
    DurationUnit.MONTH: "M",
    DurationUnit.WEEK: "W",
    DurationUnit.DAY: "D",
    DurationUnit.HOUR: "H",
    DurationUnit.MINUTE: "M",
    DurationUnit.SECOND: "S",
}
_DATE_UNITS: Final = {
    "Y": DurationUnit.YEAR,
    "Q": DurationUnit.QUARTER,
    "M": DurationUnit.MONTH,
    "W": DurationUnit.WEEK,
    "D": DurationUnit.DAY,
}
_CLOCK_UNITS: Final = {"H": DurationUnit.HOUR, "M": DurationUnit.MINUTE, "S": DurationUnit.SECOND}
_ISO: Final = re.compile(r"P(T?)(X|\d{1,9}(?:\.\d{1,6})?)([YQMWDHS])")


def _to_amount(value: Decimal | int | str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise InvalidValueError(f"expected a number of units, got {value!r}", value=value) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidValueError(f"expected a non-negative amount, got {value!r}", value=value)
    return amount


@attrs.frozen(repr=False)
class Duration:
    """An amount of one unit of time; the amount is ``None`` when the text gives none.

    Args:
        amount: A non-negative number (``Decimal``, int or numeric string), or ``None``.
        unit: The unit.
        approximate: "about 70 minutes", "nearly two years".

    Raises:
        InvalidValueError: For a negative or non-numeric amount.

    Examples:
        >>> Duration(Decimal("3.5"), DurationUnit.YEAR)
        Duration('P3.5Y')
        >>> Duration(None, DurationUnit.YEAR).format_iso()
        'PXY'
    """

    amount: Decimal | None = attrs.field(converter=_to_amount)
    unit: DurationUnit
    approximate: bool = attrs.field(default=False, kw_only=True)

    def __repr__(self) -> str:
        return f"Duration({self.format_iso()!r})"

    def format_iso(self) -> str:
        """The TIMEX3 value; the exact inverse of :meth:`parse_iso`.

        Examples:
            >>> Duration(70, DurationUnit.MINUTE).format_iso()
            'PT70M'
            >>> Duration(70, DurationUnit.MONTH).format_iso()
            'P70M'
        """
        amount = "X" if self.amount is None else format(self.amount.normalize(), "f")
        return f"P{'T' if self.unit.is_clock else ''}{amount}{self.unit.letter}"

    @classmethod
    def parse_iso(cls, text: str) -> Duration:
        """Read a one-unit TIMEX3 duration such as ``P3Y``, ``PT70M`` or ``PXY``.

        Raises:
            ISOFormatError: For anything else.

        Examples:
            >>> Duration.parse_iso("P3.5Y")
            Duration('P3.5Y')
        """
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ISOFormatError(
                f"expected a TIMEX3 duration such as P3Y or PT70M, got {text!r}", text=str(text)
            )
        clock, amount, letter = match.groups()
        units = _CLOCK_UNITS if clock else _DATE_UNITS
        if letter not in units:
            raise ISOFormatError(
                f"unit {letter!r} does not fit {'after' if clock else 'before'} T", text=text
            )
        return cls(None if amount == "X" else Decimal(amount), units[letter])


@attrs.frozen(repr=False)
class Recurrence:
    """Something that repeats: TIMEX3 ``SET`` ("annually" is every ``P1Y``).

    Args:
        every: The interval between occurrences.
        pattern: A TIMEX3 date pattern when the text names one ("every Tuesday":
            ``XXXX-WXX-2``); then it is the TIMEX3 value.

    Examples:
        >>> Recurrence(Duration(1, DurationUnit.YEAR))
        Recurrence('P1Y')
        >>> Recurrence.parse_iso("XXXX-WXX-2").every
        Duration('P1W')
    """

    every: Duration
    pattern: str | None = None

    def __repr__(self) -> str:
        return f"Recurrence({self.format_iso()!r})"

    def format_iso(self) -> str:
        """The TIMEX3 value of the set; the exact inverse of :meth:`parse_iso`.

        Examples:
            >>> Recurrence(Duration(1, DurationUnit.DAY)).format_iso()
            'P1D'
        """
        return self.pattern if self.pattern is not None else self.every.format_iso()

    @classmethod
    def parse_iso(cls, text: str) -> Recurrence:
        """Read a TIMEX3 SET value: a duration, or a weekday pattern ``XXXX-WXX-N``.

        Raises:
            ISOFormatError: For anything else.

        Examples:
            >>> Recurrence.parse_iso("P2Y").every
            Duration('P2Y')
        """
        if isinstance(text, str) and re.fullmatch(r"XXXX-WXX-[1-7]", text):
            return cls(Duration(1, DurationUnit.WEEK), text)
        return cls(Duration.parse_iso(text))
