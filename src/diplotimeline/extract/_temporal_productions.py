"""Productions of the temporal rules: a rule match -> an unresolved reference.

Each rule of ``data/rules/en/temporal.toml`` names a production; the production reads
the match's named groups (and the rule set's name tables and settings) and returns a
:mod:`diplotimeline.time.anchor` reference, or ``None`` to drop the match.

Examples:
    >>> from diplotimeline.extract.engine import Mention
    >>> context = Context({"month": {"april": "4"}}, {})
    >>> mention = Mention("date.in-month", 3, 8, "April", (("month", "April"),))
    >>> PRODUCTIONS["date"](mention, context)
    DateReference(year=None, month=4, ...)
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from diplotimeline.errors import InvalidValueError
from diplotimeline.extract.engine import Mention
from diplotimeline.time import PartialDate
from diplotimeline.time.anchor import (
    DateReference,
    DurationReference,
    Lean,
    Modifier,
    RangeReference,
    Reference,
    SetReference,
    Special,
    SpecialReference,
    Unit,
)
from diplotimeline.time.duration import Duration, DurationUnit, Recurrence

__all__ = [
    "PRODUCTIONS",
    "Context",
    "Production",
    "easter_offset",
    "easter_sunday",
    "holiday_date",
]


@attrs.frozen
class Context:
    """What productions may read: the rule set's name tables and settings."""

    tables: Mapping[str, Mapping[str, str]]
    settings: Mapping[str, Any]

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.settings.get(name, {})
        return value if isinstance(value, dict) else {}


Production = Callable[[Mention, Context], Reference | None]

_SPACE: Final = re.compile(r"\s+")
_DIGITS: Final = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_ORDINALS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 2,
}
_UNITS: Final = {
    "year": (DurationUnit.YEAR, 1),
    "month": (DurationUnit.MONTH, 1),
    "week": (DurationUnit.WEEK, 1),
    "day": (DurationUnit.DAY, 1),
    "hour": (DurationUnit.HOUR, 1),
    "minute": (DurationUnit.MINUTE, 1),
    "second": (DurationUnit.SECOND, 1),
    "decade": (DurationUnit.YEAR, 10),
    "century": (DurationUnit.YEAR, 100),
    "centurie": (DurationUnit.YEAR, 100),
    "quarter": (DurationUnit.QUARTER, 1),
    "fortnight": (DurationUnit.DAY, 14),
}
_SHIFT_UNITS: Final = {
    "year": Unit.YEAR,
    "month": Unit.MONTH,
    "week": Unit.WEEK,
    "weekend": Unit.WEEKEND,
    "day": Unit.DAY,
    "quarter": Unit.QUARTER,
    "half": Unit.HALF,
}


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.strip().lower())


def _unit_name(text: str) -> str:
    word = _fold(text)
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s"):
        single = word[:-1]
        if single in _UNITS or single in _SHIFT_UNITS:
            return single
    return word


def _number(text: str, context: Context) -> Decimal | None:
    """A cardinal as digits or words ("1,000", "3.5", "twenty-five", "a"); None if vague."""
    folded = _fold(text)
    if _DIGITS.fullmatch(folded):
        return Decimal(folded.replace(",", ""))
    words = context.tables.get("number_word", {})
    if folded in words:
        return Decimal(words[folded])
    total = Decimal(0)
    for part in re.split(r"[- ]", folded):
        if part not in words:
            return None
        total += Decimal(words[part])
    return total


def _month(text: str | None, context: Context) -> int | None:
    if text is None:
        return None
    folded = _fold(text).rstrip(".")
    if folded.isdigit():
        return int(folded)
    value = context.tables.get("month", {}).get(folded)
    return None if value is None else int(value)


def _weekday(text: str | None, context: Context) -> int | None:
    if text is None:
        return None
    value = context.tables.get("weekday", {}).get(_fold(text).rstrip("."))
    return None if value is None else int(value)


def _day(text: str | None, context: Context) -> int | None:
    if text is None:
        return None
    folded = _fold(text)
    digits = re.match(r"[0-9]+", folded)
    if digits:
        return int(digits.group(0))
    value = context.tables.get("ordinal_word", {}).get(folded)
    return None if value is None else int(value)


def _modifier(mention: Mention, context: Context, name: str = "mod") -> Modifier | None:
    text = mention.group(name)
    if text is None:
        return None
    value = context.table("modifier").get(_fold(text).rstrip("-"))
    return None if value is None else Modifier(value)


def _part_of_day(text: str | None, context: Context) -> str | None:
    if text is None:
        return None
    value = context.table("pod").get(_fold(text))
    return None if value is None else str(value)


def _year(mention: Mention, suffix: str = "") -> int | None:
    text = mention.group("year" + suffix)
    if text is not None and len(text) == 4:
        return int(text)
    if text is not None and len(text) == 2:
        return 2000 + int(text) if int(text) < 50 else 1900 + int(text)
    return None


def _check_day(year: int | None, month: int | None, day: int | None) -> bool:
    if day is None:
        return True
    if month is None or not 1 <= day <= 31:
        return month is None and 1 <= day <= 31
    try:
        PartialDate(year if year is not None else 2024, month, day)
    except InvalidValueError:
        return False
    return True


def _date_fields(mention: Mention, context: Context, suffix: str = "") -> DateReference | None:
    """The absolute fields of a match: year, month, day, weekday (groups with ``suffix``)."""
    values = _date_values(mention, context, suffix)
    return None if values is None else DateReference(**values)


def _date_values(mention: Mention, context: Context, suffix: str = "") -> dict[str, Any] | None:
    """:func:`_date_fields` as the keywords of the reference, to which more can be added."""
    year = _year(mention, suffix)
    month = _month(mention.group("month" + suffix), context)
    day = _day(mention.group("day" + suffix), context)
    if year is None and suffix == "2" and mention.group("yy2") is not None:
        start = _year(mention, "1")
        if start is not None:
            year = start // 100 * 100 + int(mention.group("yy2") or 0)
            if year < start:
                year += 100
    if not _check_day(year, month, day):
        return None
    return {
        "year": year,
        "month": month,
        "day": day,
        "weekday": _weekday(mention.group("weekday" + suffix), context),
    }


def _produce_date(mention: Mention, context: Context) -> Reference | None:
    # The reference is built once, from the fields and the changes to them.
    if mention.has("day2", "month2") and not mention.has("day"):
        values = _date_values(mention, context, "2")
        if values is not None:
            values["year"] = _year(mention)
    else:
        values = _date_values(mention, context)
    if values is None:
        return None
    base_year = values["year"]
    values["modifier"] = _modifier(mention, context)
    values["part_of_day"] = _part_of_day(mention.group("pod"), context)
    values["fiscal"] = mention.has("fiscal", "fy")
    values["whole_week"] = mention.has("weekof")
    if mention.group("decade") is not None:
        values["decade"] = int(mention.group("decade") or 0)
    elif mention.group("yd") is not None:
        values["decade"] = 190 + int(mention.group("yd") or 0)
    elif mention.group("yy") is not None:
        digits = mention.group("yy") or ""
        if len(digits) == 1:
            values["decade"] = 190 + int(digits)
        else:
            values["year"] = 1900 + int(digits) if int(digits) >= 30 else 2000 + int(digits)
    if mention.group("century") is not None:
        values["century"] = int(mention.group("century") or 1) - 1
    if mention.has("fy") and base_year is not None and base_year < 100:
        values["year"] = 2000 + base_year
    return DateReference(**values)


def _produce_range(mention: Mention, context: Context) -> Reference | None:
    start = _date_fields(mention, context, "1")
    end = _date_fields(mention, context, "2")
    if start is None or end is None:
        return None
    if start.weekday is not None and end.weekday is not None:
        # "last Wednesday and Thursday", "on Monday and Tuesday of last week".
        week = _week_shift(mention, context)
        if week is not None:
            start = attrs.evolve(start, shift_unit=Unit.WEEK, shift=week)
            end = attrs.evolve(end, shift_unit=Unit.WEEK, shift=week)
        elif mention.group("rel") is not None:
            lean = _lean(mention)
            start, end = attrs.evolve(start, lean=lean), attrs.evolve(end, lean=lean)
    year_shift = _shift(mention, context, "yrel")
    if year_shift is not None and start.day is not None:
        # "from 20 to 22 June next year": both days in the year counted from the anchor.
        start = attrs.evolve(start, shift_unit=Unit.YEAR, shift=year_shift)
        end = attrs.evolve(end, shift_unit=Unit.YEAR, shift=year_shift)
    if mention.has("pair") and not _next_day(start, end):
        if start.day is None:
            # "on Monday and Thursday": two days, each its own mention.
            return None
        # "on 3 and 10 May": two days, not the week between them; the second is the date
        # ("May 3 and 10": with the month of the first).
        return RangeReference(start, end).filled().end
    return RangeReference(start, end)


def _week_shift(mention: Mention, context: Context) -> int | None:
    """The week that "(of) last/next/this week" after weekdays names, counted from the anchor's."""
    return _shift(mention, context, "wrel")


def _next_day(start: DateReference, end: DateReference) -> bool:
    """Whether ``end`` names the day after ``start`` (days of a month, or weekdays)."""
    if start.day is not None:
        return end.day == start.day + 1
    if start.weekday is not None and end.weekday is not None:
        return (end.weekday - start.weekday) % 7 == 1
    return False


def _produce_open_range(mention: Mention, context: Context) -> Reference | None:
    point = _produce_date(mention, context)
    if not isinstance(point, DateReference):
        return None
    return RangeReference(None, point) if mention.has("by") else RangeReference(point, None)


def _shift(mention: Mention, context: Context, name: str = "rel") -> int | None:
    text = mention.group(name)
    if text is None:
        return None
    value = context.table("rel_shift").get(_fold(text))
    return None if value is None else int(value)


def _lean(mention: Mention) -> Lean | None:
    rel = _fold(mention.group("rel") or "")
    if rel in ("last", "past", "previous"):
        return Lean.BEFORE
    if rel in ("next", "coming"):
        return Lean.AFTER
    return None


def _produce_relative(mention: Mention, context: Context) -> Reference | None:
    modifier = _modifier(mention, context) or _modifier(mention, context, "mod2")
    deictic = mention.group("deictic")
    if deictic is not None:
        shift = int(context.table("deictic").get(_fold(deictic), 0))
        return DateReference(
            shift_unit=Unit.DAY,
            shift=shift,
            part_of_day=_part_of_day(mention.group("pod"), context),
        )
    if mention.group("month") is not None:
        month = _month(mention.group("month"), context)
        day = _day(mention.group("day"), context)
        if not _check_day(None, month, day):
            return None
        return DateReference(month=month, day=day, lean=_lean(mention))
    fiscal = mention.has("fiscal")
    if mention.group("half") is not None:
        half = _ORDINALS.get(_fold(mention.group("half") or ""), 1)
        if mention.group("year") is not None:
            return DateReference(year=_year(mention), half=half, fiscal=fiscal)
        return DateReference(
            half=half, shift_unit=Unit.YEAR, shift=_shift(mention, context) or 0, fiscal=fiscal
        )
    unit = _unit_name(mention.group("unit") or "")
    rel_shift = _shift(mention, context)
    if rel_shift is None:
        return None
    rel = _fold(mention.group("rel") or "")
    the = (mention.group("t") or mention.text).lower().startswith("the ")
    if unit == "decade" or (
        the and rel in ("past", "last") and modifier is None and unit not in ("year", "weekend")
    ):
        # "the past month", "the last decade": TimeBank reads these as durations, but
        # "the past year" as last year.
        amount, duration_unit = (
            (10, DurationUnit.YEAR) if unit == "decade" else (1, _UNITS[unit][0])
        )
        if unit == "weekend":
            return None
        return DurationReference(Duration(amount, duration_unit))
    if unit == "day" and rel in ("this", "current", "latest", "past", "last"):
        return None
    if unit not in _SHIFT_UNITS:
        return None
    return DateReference(
        shift_unit=_SHIFT_UNITS[unit],
        shift=rel_shift,
        modifier=modifier,
        fiscal=fiscal,
        anaphoric=rel in _ANAPHORIC_RELS or (unit == "day" and the and rel == "next"),
    )


_ANAPHORIC_RELS: Final = frozenset({"following", "previous", "same", "that", "before", "after"})


def _produce_period(mention: Mention, context: Context) -> Reference | None:
    """The period the text is about: "the quarter", "the year", "the weekend", "year-end"."""
    unit = _unit_name(mention.group("unit") or "")
    if unit == "period":
        unit = "quarter"
    if unit not in _SHIFT_UNITS:
        return None
    if mention.has("ended") and unit == "year":
        # "the year ended June 30" is a twelve-month period, not a calendar year.
        return DurationReference(Duration(1, _UNITS[unit][0]))
    end_month = _month(mention.group("month"), context)
    if unit == "quarter" and end_month is not None and end_month % 3 != 0:
        # "the quarter ended July 31" (May to July) is the calendar quarter with most of
        # its months, the second; "ended Jan. 31" is the fourth of the year before. A
        # quarter that ends with a calendar one ("ended Sept. 30") may be a fiscal quarter
        # the text has named, and follows it as "the quarter" does.
        quarter = (end_month + 1) // 3
        if quarter == 0:
            return DateReference(quarter=4, shift_unit=Unit.YEAR, shift=-1)
        return DateReference(quarter=quarter)
    # "that year" is the year the text last named ("returned later that year").
    that = (mention.group("t") or mention.text).lower().split()
    return DateReference(
        shift_unit=_SHIFT_UNITS[unit],
        modifier=_modifier(mention, context),
        fiscal=mention.has("fiscal"),
        anaphoric=unit in ("quarter", "weekend") or (unit == "year" and "that" in that),
    )


def _spoken_year(text: str, context: Context) -> int | None:
    """The year a spoken form names: "nineteen ninety-six", "the year two thousand"."""
    words = [w for w in re.split(r"[\s-]+", _fold(text)) if w not in ("and", "oh", "")]
    table = context.tables.get("number_word", {})
    if words[:2] == ["two", "thousand"]:
        century, rest = 2000, words[2:]
    elif words and words[0] in table and 10 <= int(table[words[0]]) <= 20:
        century, rest = int(table[words[0]]) * 100, words[1:]
    else:
        return None
    total = 0
    for word in rest:
        if word == "hundred":
            continue
        if word not in table:
            return None
        total += int(table[word])
    return century + total if total < 100 else None


_DECADE_WORDS: Final = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)


def _produce_spoken_year(mention: Mention, context: Context) -> Reference | None:
    decade = _fold(mention.group("decadew") or "")
    if decade in _DECADE_WORDS:
        # "the nineties" of news is the last such decade of the twentieth century.
        return DateReference(decade=192 + _DECADE_WORDS.index(decade))
    year = _spoken_year(mention.group("spoken") or "", context)
    if year is None:
        return None
    season = context.tables.get("season", {}).get(_fold(mention.group("season") or "").rstrip("s"))
    return DateReference(year=year, month=_month(mention.group("month"), context), season=season)


def _produce_month_of_year(mention: Mention, context: Context) -> Reference | None:
    """ "January this year", "June last year": a month of a year counted from the anchor."""
    shift = _shift(mention, context)
    month = _month(mention.group("month"), context)
    day = _day(mention.group("day") or mention.group("day2"), context)
    if shift is None or month is None or not _check_day(None, month, day):
        return None
    return DateReference(month=month, day=day, shift_unit=Unit.YEAR, shift=shift)


def _produce_day_of_month(mention: Mention, context: Context) -> Reference | None:
    """ "the seventh of next month": a day of a month counted from the anchor."""
    shift = _shift(mention, context)
    day = _day(mention.group("day"), context)
    if shift is None or day is None or not 1 <= day <= 31:
        return None
    return DateReference(day=day, shift_unit=Unit.MONTH, shift=shift)


def _produce_quarter(mention: Mention, context: Context) -> Reference | None:
    if mention.group("qnum") is not None:
        return DateReference(
            year=_year(mention, "2"), quarter=int((mention.group("qnum") or "Q1")[1:])
        )
    quarter = _ORDINALS.get(_fold(mention.group("quarter") or ""))
    fiscal = mention.has("fiscal", "fiscal2")
    if quarter is None:
        return None
    year = _year(mention) or _year(mention, "2")
    if year is not None:
        return DateReference(year=year, quarter=quarter, fiscal=fiscal)
    for name in ("rel2", "rel3"):
        if mention.group(name) is not None:
            shift = _shift(mention, context, name) or 0
            return DateReference(quarter=quarter, shift_unit=Unit.YEAR, shift=shift, fiscal=fiscal)
    if mention.has("yago"):
        return DateReference(quarter=quarter, shift_unit=Unit.YEAR, shift=-1, fiscal=fiscal)
    return DateReference(quarter=quarter, fiscal=fiscal)


def _produce_weekday(mention: Mention, context: Context) -> Reference | None:
    weekday = _weekday(mention.group("weekday"), context)
    if weekday is None:
        return None
    rel = _fold(mention.group("rel") or "").split()
    if rel[:1] == ["the"]:
        # "the following Monday", "the previous Friday": counted from the day the text
        # last named, as "the next day" is.
        return DateReference(
            weekday=weekday,
            lean=Lean.AFTER if rel[-1] == "following" else Lean.BEFORE,
            part_of_day=_part_of_day(mention.group("pod"), context),
            anaphoric=True,
        )
    week = _week_shift(mention, context)
    if week is not None:
        # "on Monday of last week": that week's Monday.
        return DateReference(
            weekday=weekday,
            shift_unit=Unit.WEEK,
            shift=week,
            part_of_day=_part_of_day(mention.group("pod"), context),
        )
    return DateReference(
        weekday=weekday,
        lean=_lean(mention),
        part_of_day=_part_of_day(mention.group("pod"), context),
    )


def _produce_part_of_day(mention: Mention, context: Context) -> Reference | None:
    rel = _fold(mention.group("rel") or mention.group("deictic") or "this")
    pod_text = mention.group("pod") or mention.group("pod2") or mention.group("pod3")
    pod = _part_of_day(pod_text, context)
    # "the next morning" counts from the day the text is about, not from the anchor.
    anaphoric = rel.startswith("the ")
    rel = rel.removeprefix("the ").strip()
    shift = (
        -1
        if rel.endswith("last") or rel in ("yesterday", "previous")
        else 1
        if rel in ("tomorrow", "next", "following")
        else 0
    )
    if _fold(pod_text or "") == "overnight":
        # The night before the day the text is about (a day named just before), else
        # before the anchor's day.
        shift, anaphoric = -1, True
    return DateReference(shift_unit=Unit.DAY, shift=shift, part_of_day=pod, anaphoric=anaphoric)


def _produce_ordinal_day(mention: Mention, context: Context) -> Reference | None:
    """ "on the 3rd": a day of the month the text last named (see ``anaphora``)."""
    found = re.match(r"[0-9]+", mention.group("day") or "")
    if found is None or not 1 <= int(found.group()) <= 31:
        return None
    return DateReference(day=int(found.group()), anaphoric=True)


def _produce_ago(mention: Mention, context: Context) -> Reference | None:
    if mention.group("count") is not None:
        # "the year-earlier nine months": a stretch of months, as "the nine months" is.
        length = _number(mention.group("count") or "", context)
        stretch = _UNITS.get(_unit_name(mention.group("stretch") or ""))
        if length is None or stretch is None:
            return None
        return DurationReference(Duration(length, stretch[0]))
    unit = _unit_name(mention.group("unit") or "")
    period = _fold(mention.group("period") or "")
    if mention.group("number") is None:
        if period == "quarter":
            # Earnings news compares the last reported quarter with the one a year before.
            return DateReference(shift_unit=Unit.QUARTER, shift=-5)
        if period == "month":
            return DateReference(shift_unit=Unit.MONTH, shift=-12)
        return DateReference(shift_unit=Unit.YEAR, shift=-1)
    amount = _number(mention.group("number") or "", context)
    direction = _fold(mention.group("ago") or "ago")
    sign = 1 if direction in ("later", "hence", "from now") else -1
    if amount is None or amount != int(amount):
        return SpecialReference(Special.FUTURE if sign > 0 else Special.PAST)
    count = int(amount)
    scale = {"decade": (Unit.YEAR, 10), "century": (Unit.YEAR, 100), "fortnight": (Unit.DAY, 14)}
    if unit in scale:
        shift_unit, factor = scale[unit]
    elif unit in _SHIFT_UNITS:
        shift_unit, factor = _SHIFT_UNITS[unit], 1
    else:
        return None
    return DateReference(shift_unit=shift_unit, shift=sign * count * factor)


def _produce_season(mention: Mention, context: Context) -> Reference | None:
    season = context.tables.get("season", {}).get(_fold(mention.group("season") or "").rstrip("s"))
    if season is None:
        return None
    year = _year(mention)
    rel = _fold(mention.group("rel") or "")
    modifier = _modifier(mention, context)
    if year is not None:
        return DateReference(year=year, season=season, modifier=modifier)
    if rel == "this":
        return DateReference(season=season, shift_unit=Unit.YEAR, shift=0, modifier=modifier)
    return DateReference(season=season, lean=_lean(mention), modifier=modifier)


_HOLIDAY_DATE: Final = re.compile(r"(1[0-2]|0[1-9])-([0-3][0-9])(?:\+([1-7]))?")


def holiday_date(name: str | None, context: Context) -> tuple[int, int, int | None] | None:
    """(month, day, weekday) of a holiday: a fixed day, or the first weekday on or after it."""
    spec = context.table("holidays").get(_fold(name or "").replace("’", "'"))
    found = None if spec is None else _HOLIDAY_DATE.fullmatch(str(spec))
    if found is None:
        return None
    weekday = None if found.group(3) is None else int(found.group(3))
    return int(found.group(1)), int(found.group(2)), weekday


_EASTER: Final = re.compile(r"easter([+-][0-9]{1,2})?")


def easter_offset(name: str | None, context: Context) -> int | None:
    """Days from Easter Sunday of a holiday set as "easter" or "easter-2"; None for others.

    Examples:
        >>> easter_offset("Good Friday", Context({}, {"holidays": {"good friday": "easter-2"}}))
        -2
    """
    spec = context.table("holidays").get(_fold(name or "").replace("’", "'"))
    found = None if spec is None else _EASTER.fullmatch(str(spec))
    return None if found is None else int(found.group(1) or 0)


def easter_sunday(year: int) -> datetime.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus).

    Examples:
        >>> easter_sunday(2000), easter_sunday(2025)
        (datetime.date(2000, 4, 23), datetime.date(2025, 4, 20))
    """
    golden, century, rest = year % 19, year // 100, year % 100
    leap, correction = century // 4, century % 4
    moon = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap - moon + 15) % 30
    weekday = (32 + 2 * correction + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return datetime.date(year, month, day + 1)


def _produce_holiday(mention: Mention, context: Context) -> Reference | None:
    """ "Christmas", "last Thanksgiving": the holiday's day (a floating one is fixed later)."""
    date = holiday_date(mention.group("holiday"), context)
    if date is None and easter_offset(mention.group("holiday"), context) is not None:
        # Easter moves between March 22 and April 25: April places its year, and the
        # tagger then fixes the day ("Easter week": its ISO week).
        date = (4, 0, None)
    if date is None:
        return None
    month, day, _ = date
    if day == 0:
        week = mention.has("weekof")
        if _fold(mention.group("rel") or "") == "this":
            return DateReference(month=month, shift_unit=Unit.YEAR, whole_week=week)
        return DateReference(month=month, lean=_lean(mention), whole_week=week)
    if _fold(mention.group("rel") or "") == "this":
        return DateReference(month=month, day=day, shift_unit=Unit.YEAR)
    return DateReference(month=month, day=day, lean=_lean(mention))


_OFFSET: Final = re.compile(
    r"(?:GMT|UTC)\s*([+-])\s*([0-9]{1,2})(?::?([0-5][0-9]))?", re.IGNORECASE
)


def _zone(text: str | None, context: Context) -> tuple[int | None, str | None]:
    """The (offset minutes, IANA zone) a zone text names."""
    if text is None:
        return None, None
    if text == "Z":
        # Military and aviation "Zulu" time: "at 1430Z" is UTC.
        return 0, None
    offset = _OFFSET.fullmatch(text.strip())
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        return sign * (int(offset.group(2)) * 60 + int(offset.group(3) or 0)), None
    value = context.tables.get("zone_name", {}).get(_fold(text))
    if value is None:
        return None, None
    if value[0] in "+-":
        hours, minutes = value[1:].split(":")
        return (-1 if value[0] == "-" else 1) * (int(hours) * 60 + int(minutes)), None
    return None, value


def _produce_time(mention: Mention, context: Context) -> Reference | None:
    noon = _fold(mention.group("noon") or "")
    if mention.group("hour") is None:
        hour, minute = (0, 0) if noon == "midnight" else (12, 0)
    else:
        hour, minute = int(mention.group("hour") or 0), int(mention.group("minute") or 0)
    ampm = _fold(mention.group("ampm") or "")
    if ampm.startswith(("in the", "at night")):
        # "4 in the morning", "10 at night": the half of the day in words.
        if ampm.endswith("night") and hour == 12:
            hour = 0
        ampm = "am" if ampm.endswith("morning") or hour == 0 else "pm"
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    # "3 a.m. Thursday Japan time": the zone may follow the day (zone2).
    offset, zone = _zone(mention.group("zone") or mention.group("zone2"), context)
    weekday = _weekday(mention.group("weekday"), context)
    month, day = _month(mention.group("month"), context), _day(mention.group("day"), context)
    if not _check_day(None, month, day):
        return None
    return DateReference(
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        offset_minutes=offset,
        zone=zone,
        weekday=weekday,
    )


def _produce_special(mention: Mention, context: Context) -> Reference | None:
    value = context.table("ref").get(_fold(mention.group("ref") or mention.text))
    return None if value is None else SpecialReference(Special(value))


def _produce_duration(mention: Mention, context: Context) -> Reference | None:
    unit, factor = _UNITS.get(_unit_name(mention.group("unit") or ""), (None, 1))
    if unit is None:
        return None
    approximate = mention.has("approx", "about")
    if unit is DurationUnit.QUARTER:
        # TIMEX3 counts quarters in months ("the next three quarters" is P9M).
        unit, factor = DurationUnit.MONTH, 3 * factor
    if mention.group("half") is not None:
        halves = {
            DurationUnit.HOUR: (30, DurationUnit.MINUTE),
            DurationUnit.DAY: (12, DurationUnit.HOUR),
        }
        amount, unit = halves.get(
            unit, (Decimal(factor) / 2 if factor > 1 else Decimal("0.5"), unit)
        )
        if unit is DurationUnit.YEAR and factor == 1:
            amount, unit = 6, DurationUnit.MONTH
        return DurationReference(Duration(amount, unit, approximate=approximate))
    if mention.group("vague") is not None:
        value = str(context.table("vague").get(_fold(mention.group("vague") or ""), "X"))
        count = None if value == "X" else Decimal(value) * factor
        return DurationReference(Duration(count, unit, approximate=approximate))
    if mention.group("number") is None:
        # "a day-long meeting" lasts one day; "decades-long" an unknown number.
        written = _fold(mention.group("unit") or "")
        one = mention.has("long") and not written.endswith("s")
        return DurationReference(Duration(factor if one else None, unit, approximate=approximate))
    number = _number(mention.group("number") or "", context)
    if number is None:
        return None
    if mention.has("frac") or mention.text.lower().endswith(("and a half", "1/2")):
        number += Decimal("0.5")
    return DurationReference(Duration(number * factor, unit, approximate=approximate))


def _produce_set(mention: Mention, context: Context) -> Reference | None:
    every = mention.group("every")
    if every is not None:
        value = context.table("every").get(_fold(every))
        return None if value is None else SetReference(Recurrence(Duration.parse_iso(str(value))))
    weekday = _weekday(mention.group("weekday"), context)
    if weekday is not None:
        # "Tuesday nights": the part of day comes back with the day ("XXXX-WXX-2TNI").
        part = _part_of_day(mention.group("pod"), context)
        pattern = f"XXXX-WXX-{weekday}" + ("" if part is None else f"T{part}")
        return SetReference(Recurrence(Duration(1, DurationUnit.WEEK), pattern))
    month = _month(mention.group("month"), context)
    if month is not None:
        return SetReference(Recurrence(Duration(1, DurationUnit.YEAR), f"XXXX-{month:02d}"))
    if mention.group("season") is not None:
        season = context.tables.get("season", {}).get(_fold(mention.group("season") or ""))
        if season is None:
            return None
        return SetReference(Recurrence(Duration(1, DurationUnit.YEAR), f"XXXX-{season}"))
    unit, factor = _UNITS.get(_unit_name(mention.group("unit") or ""), (None, 1))
    if unit is None:
        return None
    count = Decimal(2) if mention.has("other") else Decimal(1)
    if mention.group("number") is not None:
        number = _number(mention.group("number") or "", context)
        if number is None:
            return None
        count = number
    return SetReference(Recurrence(Duration(count * factor, unit)))


PRODUCTIONS: Final[Mapping[str, Production]] = {
    "ago": _produce_ago,
    "date": _produce_date,
    "duration": _produce_duration,
    "holiday": _produce_holiday,
    "day_of_month": _produce_day_of_month,
    "month_of_year": _produce_month_of_year,
    "open_range": _produce_open_range,
    "ordinal_day": _produce_ordinal_day,
    "part_of_day": _produce_part_of_day,
    "period": _produce_period,
    "quarter": _produce_quarter,
    "range": _produce_range,
    "relative": _produce_relative,
    "season": _produce_season,
    "set": _produce_set,
    "special": _produce_special,
    "spoken_year": _produce_spoken_year,
    "time": _produce_time,
    "weekday": _produce_weekday,
}
"""Production name -> function from a rule match to an unresolved reference (or None)."""
