"""LocalDateTime: a wall-clock time to the minute, with its UTC offset or time zone."""

from __future__ import annotations

import datetime
import functools
import re
from typing import Final

import attrs

from diplotimeline.errors import InvalidDateError, InvalidTimeZoneError, ISOFormatError
from diplotimeline.time.partial import MINUTES_PER_DAY, PartialDate
from diplotimeline.time.precision import Precision

__all__ = ["LocalDateTime"]

_ISO_DATETIME: Final = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})"
    r"(?:(Z)|([+-])([0-9]{2}):([0-9]{2}))?"
    r"(?:\[([A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+){0,3})\])?"
)
_MAX_OFFSET: Final = 18 * 60


@functools.cache
def _zone_exists(name: str) -> bool:
    # pendulum (57 ms to import) is loaded only when a zone must be checked.
    import pendulum

    try:
        pendulum.timezone(name)
    except (ValueError, LookupError, OSError):
        # OSError: a name too long for a file name in the zone database (fuzz finding).
        return False
    return True


def _zone_offset(name: str, year: int, month: int, day: int, hour: int, minute: int) -> int:
    import pendulum

    moment = pendulum.datetime(year, month, day, hour, minute, tz=name)
    offset = moment.utcoffset()
    return 0 if offset is None else int(offset.total_seconds()) // 60


@attrs.frozen(kw_only=False, repr=False, weakref_slot=False)
class LocalDateTime:
    """A local wall-clock time known to the minute, with its UTC offset and/or time zone.

    "10:00 am local time" in Vientiane is ``LocalDateTime(2024, 7, 26, 10, 0, 420)``:
    the wall-clock time stays as written, and the offset (in minutes east of UTC) says
    where it was read. A time whose zone the text does not give has no offset: a
    floating local time, never a guessed one.

    Args:
        year: 1 to 9999.
        month: 1 to 12.
        day: A day that exists in the month.
        hour: 0 to 23.
        minute: 0 to 59.
        offset_minutes: The UTC offset in minutes (-1080 to 1080), or ``None``.
        zone: An IANA time zone name such as ``"Asia/Tokyo"``, or ``None``. When a zone
            is given without an offset, the offset is derived from the zone.

    Raises:
        InvalidDateError: For a time that does not exist.
        InvalidTimeZoneError: For an unknown zone or an offset beyond ±18 hours.

    Examples:
        >>> LocalDateTime.parse_iso("2024-07-26T10:00+07:00")
        LocalDateTime('2024-07-26T10:00+07:00')
        >>> LocalDateTime(2024, 7, 26, 12, 0, zone="Asia/Tokyo").format_iso()
        '2024-07-26T12:00+09:00[Asia/Tokyo]'
        >>> LocalDateTime(2024, 7, 26, 10, 0).precision
        <Precision.MINUTE: 4>
    """

    year: int
    month: int
    day: int
    hour: int = attrs.field()
    minute: int = attrs.field()
    offset_minutes: int | None = attrs.field(default=None)
    zone: str | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        try:
            datetime.date(self.year, self.month, self.day)
        except (ValueError, TypeError) as exc:
            raise InvalidDateError(
                f"no such date: {self.year}-{self.month}-{self.day} ({exc})",
                value=(self.year, self.month, self.day),
            ) from None
        if self.zone is not None and self.offset_minutes is None:
            offset = _zone_offset(self.zone, self.year, self.month, self.day, self.hour, 0)
            object.__setattr__(self, "offset_minutes", offset)

    @hour.validator
    def _check_hour(self, _attribute: object, hour: int) -> None:
        if not 0 <= hour <= 23:
            raise InvalidDateError(f"hour must be within 0..23, got {hour}", value=hour)

    @minute.validator
    def _check_minute(self, _attribute: object, minute: int) -> None:
        if not 0 <= minute <= 59:
            raise InvalidDateError(f"minute must be within 0..59, got {minute}", value=minute)

    @offset_minutes.validator
    def _check_offset(self, _attribute: object, offset: int | None) -> None:
        if offset is not None and not -_MAX_OFFSET <= offset <= _MAX_OFFSET:
            raise InvalidTimeZoneError(
                f"UTC offset must be within ±18:00, got {offset} minutes", value=offset
            )

    @zone.validator
    def _check_zone(self, _attribute: object, zone: str | None) -> None:
        if zone is not None and not _zone_exists(zone):
            raise InvalidTimeZoneError(f"unknown time zone {zone!r}", value=zone)

    def __repr__(self) -> str:
        return f"LocalDateTime({self.format_iso()!r})"

    @property
    def precision(self) -> Precision:
        """Always :attr:`Precision.MINUTE`.

        Examples:
            >>> LocalDateTime(2025, 1, 1, 0, 0).precision.name
            'MINUTE'
        """
        return Precision.MINUTE

    @property
    def date(self) -> PartialDate:
        """The calendar day of this time, in its own local wall clock.

        Examples:
            >>> LocalDateTime(2024, 7, 26, 10, 0, 420).date
            PartialDate('2024-07-26')
        """
        return PartialDate(self.year, self.month, self.day)

    @classmethod
    def parse_iso(cls, text: str) -> LocalDateTime:
        """Read ``YYYY-MM-DDTHH:MM`` with an optional offset and ``[Zone]``.

        The exact inverse of :meth:`format_iso`. ``Z`` is read as ``+00:00``.

        Raises:
            ISOFormatError: If ``text`` is not of that form.
            InvalidDateError: If the time does not exist.
            InvalidTimeZoneError: If the zone is unknown or disagrees with the offset.

        Examples:
            >>> LocalDateTime.parse_iso("2024-07-26T10:00")
            LocalDateTime('2024-07-26T10:00')
            >>> LocalDateTime.parse_iso("2024-07-26T10:00+07:00[Asia/Vientiane]").zone
            'Asia/Vientiane'
        """
        match = _ISO_DATETIME.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ISOFormatError(
                f"expected YYYY-MM-DDTHH:MM[+HH:MM][[Zone]], got {text!r}", text=str(text)
            )
        year, month, day, hour, minute, utc, sign, off_h, off_m, zone = match.groups()
        offset: int | None = None
        if utc:
            offset = 0
        elif sign:
            offset = (int(off_h) * 60 + int(off_m)) * (-1 if sign == "-" else 1)
        value = cls(int(year), int(month), int(day), int(hour), int(minute), offset, zone)
        if zone is not None and offset is not None:
            expected = _zone_offset(zone, value.year, value.month, value.day, value.hour, 0)
            if expected != offset:
                raise InvalidTimeZoneError(
                    f"offset {offset} minutes does not match zone {zone!r} ({expected})",
                    value=text,
                )
        return value

    def format_iso(self) -> str:
        """Write the time as ISO 8601 (RFC 9557 zone suffix); the inverse of :meth:`parse_iso`.

        Examples:
            >>> LocalDateTime(2024, 7, 26, 10, 0, -300).format_iso()
            '2024-07-26T10:00-05:00'
        """
        text = f"{self.year:04d}-{self.month:02d}-{self.day:02d}T{self.hour:02d}:{self.minute:02d}"
        if self.offset_minutes is not None:
            sign = "-" if self.offset_minutes < 0 else "+"
            hours, minutes = divmod(abs(self.offset_minutes), 60)
            text += f"{sign}{hours:02d}:{minutes:02d}"
        if self.zone is not None:
            text += f"[{self.zone}]"
        return text

    def bounds(self) -> tuple[int, int]:
        """The half-open range of local wall-clock minutes this time covers (one minute).

        Examples:
            >>> low, high = LocalDateTime(2024, 7, 26, 10, 0).bounds()
            >>> high - low
            1
        """
        day = datetime.date(self.year, self.month, self.day).toordinal()
        low = day * MINUTES_PER_DAY + self.hour * 60 + self.minute
        return low, low + 1

    def utc_minutes(self) -> int | None:
        """The instant in minutes since 0001-01-01T00:00 UTC, or ``None`` for a floating time.

        Examples:
            >>> a = LocalDateTime(2024, 7, 26, 10, 0, 420)
            >>> b = LocalDateTime(2024, 7, 26, 12, 0, 540)
            >>> a.utc_minutes() == b.utc_minutes()
            True
        """
        if self.offset_minutes is None:
            return None
        return self.bounds()[0] - self.offset_minutes

    def to_timex(self) -> tuple[str, str]:
        """The TIMEX3 ``type`` and ``value`` (TIMEX3 values carry no offset).

        Examples:
            >>> LocalDateTime(2024, 7, 26, 10, 0, 420).to_timex()
            ('TIME', '2024-07-26T10:00')
        """
        return (
            "TIME",
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}T{self.hour:02d}:{self.minute:02d}",
        )
