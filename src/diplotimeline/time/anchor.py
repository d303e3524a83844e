"""Resolve an unresolved temporal reference against an anchor (the document date) and a tense.

Recognition (``extract/temporal.py``) says what the text states: "month April, no year",
"the year before the anchor's", "three and a half years". This module decides which
calendar period that is, given the anchor -- itself possibly partial (a year or a month)
-- and the tense of the sentence. It never reads the clock: without an anchor, relative
references stay unresolved and get TIMEX3 ``X`` placeholders ("XXXX-04"), never a guess.

Conventions: seasons are northern-hemisphere meteorological seasons (spring is March to
May, summer June to August, autumn September to November, winter December to February);
their TIMEX3 value is the season code ("2025-FA") while the model value is the span of
months. Fiscal years are configurable per country (:class:`FiscalYear`); the TIMEX3
value of a fiscal year is its name year, as in TimeBank ("fiscal 1989" is "1989").

Examples:
    >>> from diplotimeline.time import PartialDate
    >>> april = DateReference(month=4)
    >>> resolve(april, PartialDate(2025, 6, 2), tense=Tense.PAST).timex_value
    '2025-04'
    >>> resolve(april, PartialDate(2025, 6, 2), tense=Tense.FUTURE).timex_value
    '2026-04'
    >>> resolve(april, None).timex_value
    'XXXX-04'
"""

from __future__ import annotations

import calendar
import datetime
import enum
from typing import Final

import attrs
import pendulum

from diplotimeline.time.duration import Duration, Recurrence
from diplotimeline.time.moment import LocalDateTime
from diplotimeline.time.partial import PartialDate
from diplotimeline.time.span import DateSpan

__all__ = [
    "DateReference",
    "DurationReference",
    "FiscalYear",
    "Lean",
    "Modifier",
    "RangeReference",
    "Reference",
    "Resolution",
    "SetReference",
    "Special",
    "SpecialReference",
    "Tense",
    "Unit",
    "resolve",
]


class Unit(enum.StrEnum):
    """A calendar unit that a relative reference counts in ("last *week*").

    Examples:
        >>> Unit("week")
        <Unit.WEEK: 'week'>
    """

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    WEEKEND = "weekend"
    DAY = "day"


class Tense(enum.StrEnum):
    """The tense of the verb that governs a mention.

    Examples:
        >>> Tense.PAST.value
        'past'
    """

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


class Lean(enum.StrEnum):
    """An explicit direction from the anchor: "*last* December", "*next* Tuesday".

    Examples:
        >>> Lean.BEFORE.value
        'before'
    """

    BEFORE = "before"
    AFTER = "after"


class Modifier(enum.StrEnum):
    """A part of a period: "early", "mid-", "late", "about", or "earlier/later this ...".

    ``EARLIER`` and ``LATER`` cut the period at the anchor ("earlier this month" is from
    the first of the month to the anchor).

    Examples:
        >>> Modifier.MID.value
        'MID'
    """

    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    EARLIER = "EARLIER"
    LATER = "LATER"


class Special(enum.StrEnum):
    """The TIMEX3 reference values: "now", "recently", "in the future".

    Examples:
        >>> Special.PRESENT.value
        'PRESENT_REF'
    """

    PRESENT = "PRESENT_REF"
    PAST = "PAST_REF"
    FUTURE = "FUTURE_REF"


@attrs.frozen
class FiscalYear:
    """When a country's fiscal year starts and which year names it.

    Args:
        start_month: The first month (Japan: 4, the United States: 10).
        named_by_end: Whether "fiscal 2024" is the year that *ends* in 2024 (United
            States: October 2023 to September 2024) rather than the one starting in it
            (Japan: April 2024 to March 2025).

    Examples:
        >>> FiscalYear(4).months_of(2024)
        (PartialDate('2024-04'), PartialDate('2025-03'))
        >>> FiscalYear(10, named_by_end=True).months_of(2024)
        (PartialDate('2023-10'), PartialDate('2024-09'))
    """

    start_month: int = attrs.field(
        default=1, validator=attrs.validators.and_(attrs.validators.ge(1), attrs.validators.le(12))
    )
    named_by_end: bool = attrs.field(default=False, kw_only=True)

    def months_of(self, name_year: int) -> tuple[PartialDate, PartialDate]:
        """The first and last month of the fiscal year called ``name_year``."""
        first_year = name_year - 1 if self.named_by_end and self.start_month > 1 else name_year
        first = pendulum.date(first_year, self.start_month, 1)
        last = first.add(months=11)
        return PartialDate(first.year, first.month), PartialDate(last.year, last.month)

    def name_of(self, year: int, month: int) -> int:
        """The name year of the fiscal year that contains the month ``year-month``.

        Examples:
            >>> FiscalYear(4).name_of(2025, 2)
            2024
        """
        if self.start_month == 1:
            return year
        if month >= self.start_month:
            return year + 1 if self.named_by_end else year
        return year if self.named_by_end else year - 1


@attrs.frozen(kw_only=True)
class DateReference:
    """A date, period or time as the text states it, before resolution.

    Fields the text gives are set; the rest stay ``None``. ``shift_unit`` and ``shift``
    count from the anchor ("last year": YEAR, -1; "this month": MONTH, 0; "yesterday":
    DAY, -1). A month, day or weekday without a year is placed by ``lean`` or, failing
    that, by the tense. An ``anaphoric`` reference ("the quarter", "the weekend") names
    the period of ``shift_unit`` that the text is about: the tagger may set it from an
    earlier mention; otherwise the latest such period that has begun, or with a future
    tense the current or next one.
    ``whole_week`` widens a day to its ISO week ("the week of March 6": 2000-W10).

    Examples:
        >>> DateReference(year=2025, month=4, day=27).is_absolute
        True
        >>> DateReference(shift_unit=Unit.YEAR, shift=-1).is_absolute
        False
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    fiscal: bool = False
    hour: int | None = None
    minute: int | None = None
    offset_minutes: int | None = None
    zone: str | None = None
    part_of_day: str | None = None
    shift_unit: Unit | None = None
    shift: int = 0
    lean: Lean | None = None
    modifier: Modifier | None = None
    anaphoric: bool = False
    whole_week: bool = False

    @property
    def is_absolute(self) -> bool:
        """Whether the reference needs no anchor (it states its year, decade or century)."""
        return self.shift_unit is None and (
            self.year is not None or self.decade is not None or self.century is not None
        )

    @property
    def is_time(self) -> bool:
        """Whether the reference is a clock time or a part of a day (TIMEX3 TIME)."""
        return self.hour is not None or self.part_of_day is not None


@attrs.frozen
class RangeReference:
    """A range between two references ("April 27 to 29", "by 2030", "since October").

    An open end is ``None``. Fields missing on one end are taken from the other before
    resolution ("November 24-25, 2025": the start takes the year, the end the month).

    Examples:
        >>> end = RangeReference(DateReference(month=4, day=27), DateReference(day=29)).filled().end
        >>> (end.month, end.day)
        (4, 29)
    """

    start: DateReference | None
    end: DateReference | None

    def filled(self) -> RangeReference:
        """Both ends with what each lacks taken from the other (year, month, day)."""
        if self.start is None or self.end is None:
            return self
        start, end = self.start, self.end
        if end.month is None and end.day is not None and start.month is not None:
            end = attrs.evolve(end, month=start.month)
        if end.year is None and start.year is not None and end.shift_unit is None:
            end = attrs.evolve(end, year=start.year)
        if start.month is None and start.day is not None and end.month is not None:
            start = attrs.evolve(start, month=end.month)
        if start.year is None and end.year is not None and start.shift_unit is None:
            start = attrs.evolve(start, year=end.year)
        if start.day is None and start.month is None and start.hour is not None:
            start = attrs.evolve(start, year=end.year, month=end.month, day=end.day)
        return RangeReference(start, end)


@attrs.frozen
class DurationReference:
    """A duration ("three and a half years"); it needs no anchor.

    Examples:
        >>> from diplotimeline.time.duration import DurationUnit
        >>> DurationReference(Duration(3, DurationUnit.YEAR)).duration.format_iso()
        'P3Y'
    """

    duration: Duration


@attrs.frozen
class SetReference:
    """A recurrence ("annually", "every two years"); it needs no anchor.

    Examples:
        >>> from diplotimeline.time.duration import DurationUnit
        >>> SetReference(Recurrence(Duration(1, DurationUnit.YEAR))).recurrence.format_iso()
        'P1Y'
    """

    recurrence: Recurrence


@attrs.frozen
class SpecialReference:
    """ "now", "recently", "in the future": TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF.

    Examples:
        >>> SpecialReference(Special.PAST).special.value
        'PAST_REF'
    """

    special: Special


Reference = DateReference | RangeReference | DurationReference | SetReference | SpecialReference
"""Anything recognition can say about a temporal expression."""


@attrs.frozen
class Resolution:
    """What a reference means against an anchor: a TIMEX3 type and value, and a model value.

    Args:
        timex_type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        timex_value: The TIMEX3 value ("2025-04", "XXXX-04", "P3Y", "PRESENT_REF").
        value: A :class:`DateSpan`, :class:`Duration` or :class:`Recurrence`, or
            ``None`` when the anchor does not allow one.

    Examples:
        >>> resolve(DateReference(year=2026, modifier=Modifier.MID), None).value
        DateSpan('2026~')
    """

    timex_type: str
    timex_value: str
    value: DateSpan | Duration | Recurrence | None


_SEASON_MONTHS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@attrs.frozen
class _Period:
    """A resolved calendar period: its TIMEX3 value and first and last points."""

    timex: str
    first: PartialDate
    last: PartialDate


def _month_point(year: int, month: int) -> PartialDate:
    moment = pendulum.date(year, 1, 1).add(months=month - 1)
    return PartialDate(moment.year, moment.month)


def _day_point(day: datetime.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _months(timex: str, year: int, first_month: int, last_month: int) -> _Period:
    return _Period(timex, _month_point(year, first_month), _month_point(year, last_month))


def _single(point: PartialDate) -> _Period:
    return _Period(point.format_iso(), point, point)


def _within_year(ref: DateReference, year: int, fiscal: FiscalYear) -> _Period | None:
    """The period a reference names inside ``year`` (None for a bad date)."""
    if ref.fiscal and fiscal.start_month != 1:
        first, last = fiscal.months_of(year)
        if ref.half is not None:
            offset = 6 * (ref.half - 1)
            start = pendulum.date(first.year, first.month or 1, 1).add(months=offset)
            return _Period(
                f"{year}-H{ref.half}",
                PartialDate(start.year, start.month),
                _month_point(start.year, start.month + 5),
            )
        if ref.quarter is not None:
            start = pendulum.date(first.year, first.month or 1, 1).add(months=3 * (ref.quarter - 1))
            return _Period(
                f"{year}-Q{ref.quarter}",
                PartialDate(start.year, start.month),
                _month_point(start.year, start.month + 2),
            )
        return _Period(f"{year:04d}", first, last)
    if ref.half is not None:
        return _months(f"{year:04d}-H{ref.half}", year, 6 * ref.half - 5, 6 * ref.half)
    if ref.quarter is not None:
        return _months(f"{year:04d}-Q{ref.quarter}", year, 3 * ref.quarter - 2, 3 * ref.quarter)
    if ref.season is not None:
        first_month, last_month = _SEASON_MONTHS[ref.season]
        return _months(f"{year:04d}-{ref.season}", year, first_month, last_month)
    if ref.month is not None:
        try:
            point = PartialDate(year, ref.month, ref.day)
        except ValueError:
            return None
        return _single(point)
    return _single(PartialDate(year))


_PAST_SLACK_MONTHS: Final = 2


def _year_for(ref: DateReference, anchor: PartialDate, tense: Tense) -> int:
    """The year of a month, season, quarter or day stated without one."""
    year = anchor.year
    if anchor.month is None:
        return year
    month = ref.month
    if month is None and ref.season is not None:
        month = _SEASON_MONTHS[ref.season][0]
    if month is None and (ref.quarter is not None or ref.half is not None):
        # A quarter or half named without a year is the latest one that has begun
        # (reports follow the period), unless the sentence looks ahead to it.
        first = 3 * ref.quarter - 2 if ref.quarter is not None else 6 * (ref.half or 1) - 5
        if first <= anchor.month or tense is Tense.FUTURE or ref.lean is Lean.AFTER:
            return year
        return year - 1
    if month is None:
        return year
    if ref.day is None or ref.lean is None:
        # As HeidelTime does, tense decides by the month alone: a day earlier in the
        # anchor's own month stays in the anchor's year whatever the tense. Nor does a
        # past tense send a day of the next two months back a year: news reports of a
        # deadline ("was extended to Nov. 16") are more common than of that day a year ago.
        if tense is Tense.PAST and ref.lean is None:
            slack = _PAST_SLACK_MONTHS if ref.day is not None else 0
            return year if month <= anchor.month + slack else year - 1
        if tense is Tense.FUTURE and ref.lean is None:
            return year if month >= anchor.month else year + 1
    # Compare (month, day) with the anchor; a missing day compares as the whole month.
    here = (month, ref.day if ref.day is not None else 0)
    now = (anchor.month, anchor.day if anchor.day is not None and ref.day is not None else 0)
    if ref.lean is Lean.BEFORE:
        return year if here < now else year - 1
    if ref.lean is Lean.AFTER:
        return year if here > now else year + 1
    if tense is Tense.PAST:
        return year if here <= now else year - 1
    if tense is Tense.FUTURE:
        return year if here >= now else year + 1
    # No tense to go by: the nearest such month (or day) to the anchor.
    target = here[0] * 31 + here[1]
    position = now[0] * 31 + now[1]
    return min(
        (year, year - 1, year + 1), key=lambda y: abs((y - anchor.year) * 372 + target - position)
    )


def _weekday_near(
    anchor: datetime.date, weekday: int, lean: Lean | None, tense: Tense
) -> datetime.date:
    """The day with ISO ``weekday`` nearest the anchor in the direction lean/tense give."""
    moment = pendulum.date(anchor.year, anchor.month, anchor.day)
    back = (moment.isoweekday() - weekday) % 7
    ahead = (weekday - moment.isoweekday()) % 7
    if lean is Lean.BEFORE:
        # "last Thursday" in a Friday paper is the Thursday of the week before: the day
        # before would be "yesterday" (or "on Thursday").
        moment = moment.subtract(days=back if back > 1 else back + 7)
    elif lean is Lean.AFTER:
        moment = moment.add(days=ahead or 7)
    elif tense is Tense.FUTURE or (tense is Tense.PRESENT and ahead < back):
        moment = moment.add(days=ahead)
    else:
        moment = moment.subtract(days=back)
    return datetime.date(moment.year, moment.month, moment.day)


def _week_period(day: datetime.date) -> _Period:
    moment = pendulum.date(day.year, day.month, day.day)
    monday = moment.subtract(days=moment.isoweekday() - 1)
    sunday = monday.add(days=6)
    iso_year, iso_week, _ = monday.isocalendar()
    return _Period(f"{iso_year:04d}-W{iso_week:02d}", _day_point(monday), _day_point(sunday))


def _shifted(
    ref: DateReference, anchor: PartialDate, fiscal: FiscalYear, tense: Tense = Tense.UNKNOWN
) -> _Period | None:
    """The period of a reference counted from the anchor (None if the anchor is too coarse)."""
    unit, shift = ref.shift_unit, ref.shift
    if ref.anaphoric and tense is not Tense.FUTURE:
        if unit is Unit.QUARTER:
            # "the quarter" in a report is the quarter reported on: the last one that ended.
            shift = -1
        elif unit is Unit.WEEKEND and anchor.day is not None:
            # "over the weekend": the last one that began, the anchor's own if it is one.
            weekday = datetime.date(anchor.year, anchor.month or 1, anchor.day).isoweekday()
            shift = 0 if weekday >= 6 else -1
    if unit is Unit.YEAR:
        if ref.fiscal:
            if anchor.month is None and fiscal.start_month != 1:
                return None
            name = fiscal.name_of(anchor.year, anchor.month or 1) + shift
            return _within_year(ref, name, fiscal)
        return _within_year(
            attrs.evolve(ref, day=None) if ref.month is None else ref, anchor.year + shift, fiscal
        )
    if anchor.month is None:
        return None
    if unit is Unit.HALF:
        index = (anchor.month - 1) // 6 + shift
        year, half = anchor.year + index // 2, index % 2 + 1
        return _months(f"{year:04d}-H{half}", year, 6 * half - 5, 6 * half)
    if unit is Unit.QUARTER:
        index = (anchor.month - 1) // 3 + shift
        year, quarter = anchor.year + index // 4, index % 4 + 1
        return _months(f"{year:04d}-Q{quarter}", year, 3 * quarter - 2, 3 * quarter)
    if unit is Unit.MONTH:
        point = _month_point(anchor.year, anchor.month + shift)
        if ref.day is not None:
            # "the seventh of next month": that day of the month (None for a bad date)
            if ref.day > calendar.monthrange(point.year, point.month or 1)[1]:
                return None
            return _single(PartialDate(point.year, point.month, ref.day))
        return _single(point)
    if anchor.day is None:
        return None
    today = pendulum.date(anchor.year, anchor.month, anchor.day)
    if unit is Unit.DAY:
        return _single(_day_point(today.add(days=shift)))
    week = _week_period(today.add(days=7 * shift))
    if unit is Unit.WEEKEND:
        saturday = pendulum.date(week.first.year, week.first.month or 1, week.first.day or 1).add(
            days=5
        )
        return _Period(f"{week.timex}-WE", _day_point(saturday), _day_point(saturday.add(days=1)))
    if ref.weekday is not None:
        monday = week.first.first_day()
        return _single(_day_point(monday + datetime.timedelta(days=ref.weekday - 1)))
    return week


def _period(
    ref: DateReference, anchor: PartialDate | None, tense: Tense, fiscal: FiscalYear
) -> _Period | None:
    if ref.century is not None:
        first = PartialDate(max(1, ref.century * 100))
        return _Period(f"{ref.century:02d}", first, PartialDate(ref.century * 100 + 99))
    if ref.decade is not None:
        return _Period(
            f"{ref.decade:03d}", PartialDate(ref.decade * 10), PartialDate(ref.decade * 10 + 9)
        )
    if ref.shift_unit is not None:
        return None if anchor is None else _shifted(ref, anchor, fiscal, tense)
    if ref.year is not None:
        return _within_year(ref, ref.year, fiscal)
    if anchor is None:
        return None
    if ref.month is None and ref.season is None and ref.quarter is None and ref.half is None:
        if ref.weekday is not None and anchor.day is not None:
            return _single(
                _day_point(_weekday_near(anchor.first_day(), ref.weekday, ref.lean, tense))
            )
        return None
    year = _year_for(ref, anchor, tense)
    if ref.weekday is not None and ref.month is not None and ref.day is not None:
        # "Saturday, April 25": the year in which that day is that weekday wins.
        fits = [
            y for y in (year, year - 1, year + 1) if _is_weekday(y, ref.month, ref.day, ref.weekday)
        ]
        if fits:
            year = fits[0]
    return _within_year(ref, year, fiscal)


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return datetime.date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


def _placeholder(ref: DateReference) -> str:
    """The TIMEX3 value with ``X`` for what the anchor would have told."""
    if ref.whole_week:
        return "XXXX-WXX"
    if ref.shift_unit is Unit.YEAR:
        text = "XXXX"
        if ref.half is not None:
            text += f"-H{ref.half}"
        elif ref.quarter is not None:
            text += f"-Q{ref.quarter}"
        elif ref.season is not None:
            text += f"-{ref.season}"
        elif ref.month is not None:
            text += f"-{ref.month:02d}"
        return text
    if ref.shift_unit in (Unit.HALF, Unit.QUARTER, Unit.MONTH):
        return {"half": "XXXX-HX", "quarter": "XXXX-QX", "month": "XXXX-XX"}[str(ref.shift_unit)]
    if ref.shift_unit in (Unit.WEEK, Unit.WEEKEND):
        return "XXXX-WXX" + ("-WE" if ref.shift_unit is Unit.WEEKEND else "")
    if ref.shift_unit is Unit.DAY:
        return "XXXX-XX-XX"
    year = "XXXX" if ref.year is None else f"{ref.year:04d}"
    if ref.month is not None:
        return f"{year}-{ref.month:02d}" + ("" if ref.day is None else f"-{ref.day:02d}")
    if ref.season is not None:
        return f"{year}-{ref.season}"
    if ref.quarter is not None:
        return f"{year}-Q{ref.quarter}"
    if ref.half is not None:
        return f"{year}-H{ref.half}"
    if ref.weekday is not None:
        return f"XXXX-WXX-{ref.weekday}"
    return year if ref.hour is None else "XXXX-XX-XX"


def _time_suffix(ref: DateReference) -> str:
    if ref.hour is not None:
        return f"T{ref.hour:02d}:{ref.minute or 0:02d}"
    if ref.part_of_day is not None:
        return f"T{ref.part_of_day}"
    return ""


def _resolve_date(
    ref: DateReference, anchor: PartialDate | None, tense: Tense, fiscal: FiscalYear
) -> Resolution:
    timex_type = "TIME" if ref.is_time else "DATE"
    if (
        ref.hour is not None
        and ref.shift_unit is None
        and ref.month is None
        and ref.weekday is None
    ):
        # A bare clock time ("at 10:00 am") is on the anchor's day.
        ref = attrs.evolve(ref, shift_unit=Unit.DAY, shift=0)
    period = _period(ref, anchor, tense, fiscal)
    if ref.whole_week and period is not None and period.first.day is not None:
        period = _week_period(period.first.first_day())
    if period is None:
        return Resolution(timex_type, _placeholder(ref) + _time_suffix(ref), None)
    timex = period.timex + _time_suffix(ref)
    approximate = ref.modifier in (Modifier.START, Modifier.MID, Modifier.END, Modifier.APPROX)
    if ref.hour is not None:
        day = period.first
        if day.day is None or day != period.last:
            return Resolution(timex_type, timex, None)
        moment = LocalDateTime(
            day.year,
            day.month or 1,
            day.day,
            ref.hour,
            ref.minute or 0,
            ref.offset_minutes,
            ref.zone,
        )
        return Resolution(timex_type, timex, DateSpan.of(moment, approximate=approximate))
    first, last = period.first, period.last
    if anchor is not None and ref.modifier in (Modifier.EARLIER, Modifier.LATER):
        day = _day_point(anchor.first_day()) if anchor.day is not None else anchor
        if (
            ref.modifier is Modifier.EARLIER
            and first.first_day() <= day.first_day() <= last.last_day()
        ):
            return Resolution(timex_type, timex, DateSpan(_day_point(first.first_day()), day))
        if (
            ref.modifier is Modifier.LATER
            and first.first_day() <= day.first_day() <= last.last_day()
        ):
            return Resolution(timex_type, timex, DateSpan(day, _day_point(last.last_day())))
    return Resolution(
        timex_type,
        timex,
        DateSpan(first, last, approximate=approximate or ref.part_of_day is not None),
    )


def _weekdays_in_order(
    filled: RangeReference,
    start: PartialDate | LocalDateTime | None,
    end: PartialDate | LocalDateTime | None,
    tense: Tense,
) -> tuple[PartialDate | LocalDateTime | None, PartialDate | LocalDateTime | None]:
    """The ends of "from Friday to Monday" in one stretch, if each read alone crossed.

    Read alone against the anchor, two weekdays can land in different weeks ("from Friday
    to Sunday" seen from a Saturday: the Friday ahead, the Sunday just past). In the past
    tense the start moves back to the last such weekday before the end; otherwise the end
    moves on to the first such weekday after the start.
    """
    if (
        filled.start is None
        or filled.end is None
        or filled.start.weekday is None
        or filled.end.weekday is None
        or not isinstance(start, PartialDate)
        or not isinstance(end, PartialDate)
        or start.day is None
        or end.day is None
        or end.first_day() >= start.first_day()
    ):
        return start, end
    first, last = start.first_day(), end.first_day()
    if tense is Tense.PAST:
        back = (last.isoweekday() - filled.start.weekday) % 7
        return _day_point(last - datetime.timedelta(days=back)), end
    ahead = (filled.end.weekday - first.isoweekday()) % 7
    return start, _day_point(first + datetime.timedelta(days=ahead))


def _span_end(resolution: Resolution, *, start: bool) -> PartialDate | LocalDateTime | None:
    if not isinstance(resolution.value, DateSpan):
        return None
    return resolution.value.start if start else resolution.value.end


def resolve(
    reference: Reference,
    anchor: PartialDate | None,
    *,
    tense: Tense = Tense.UNKNOWN,
    fiscal_year: FiscalYear | None = None,
) -> Resolution:
    """Resolve ``reference`` against ``anchor`` and ``tense``.

    Args:
        reference: What recognition found.
        anchor: The document date (year, month or day precision), or ``None``.
        tense: The tense of the governing verb; places "in April" or "on Tuesday".
        fiscal_year: The fiscal-year convention (calendar years when ``None``).

    Returns:
        The TIMEX3 type and value, and the model value (``None`` when unresolvable).

    Examples:
        >>> from diplotimeline.time import PartialDate
        >>> resolve(DateReference(shift_unit=Unit.YEAR, shift=-1), PartialDate(2025, 4, 24)).value
        DateSpan('2024')
        >>> resolve(DateReference(season="FA", shift_unit=Unit.YEAR), PartialDate(2025, 4)).value
        DateSpan('2025-09/2025-11')
        >>> resolve(DateReference(fiscal=True, shift_unit=Unit.YEAR), PartialDate(2025, 2, 1),
        ...         fiscal_year=FiscalYear(4)).value
        DateSpan('2024-04/2025-03')
        >>> tuesday = DateReference(weekday=2)
        >>> resolve(tuesday, PartialDate(2025, 4, 24), tense=Tense.PAST).timex_value
        '2025-04-22'
    """
    fiscal = fiscal_year or FiscalYear()
    if isinstance(reference, DurationReference):
        return Resolution("DURATION", reference.duration.format_iso(), reference.duration)
    if isinstance(reference, SetReference):
        return Resolution("SET", reference.recurrence.format_iso(), reference.recurrence)
    if isinstance(reference, SpecialReference):
        value: DateSpan | None = None
        if anchor is not None:
            value = {
                Special.PRESENT: DateSpan.of(anchor),
                Special.PAST: DateSpan(None, anchor),
                Special.FUTURE: DateSpan(anchor, None),
            }[reference.special]
        return Resolution("DATE", reference.special.value, value)
    if isinstance(reference, DateReference):
        return _resolve_date(reference, anchor, tense, fiscal)
    filled = reference.filled()
    first = None if filled.start is None else _resolve_date(filled.start, anchor, tense, fiscal)
    last = None if filled.end is None else _resolve_date(filled.end, anchor, tense, fiscal)
    shown = first or last
    assert shown is not None
    start = None if first is None else _span_end(first, start=True)
    end = None if last is None else _span_end(last, start=False)
    timex = shown.timex_value
    ordered = _weekdays_in_order(filled, start, end, tense)
    if ordered[0] != start and isinstance(ordered[0], PartialDate):
        timex = ordered[0].format_iso()  # the start moved back a week
    start, end = ordered
    span: DateSpan | None = None
    known_start, known_end = first is None or start is not None, last is None or end is not None
    if known_start and known_end and (start is not None or end is not None):
        try:
            span = DateSpan(start, end)
        except ValueError:
            span = None
    return Resolution(shown.timex_type, timex, span)
