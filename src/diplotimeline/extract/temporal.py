"""The temporal tagger: rule matches -> unresolved references -> resolved TIMEX3 mentions.

Recognise, then resolve. The rules in ``data/rules/en/temporal.toml`` find the text; a
*production* named by each rule turns a match into an unresolved reference ("month
April, no year"; see :mod:`diplotimeline.time.anchor`); the tense of the governing verb
and the anchor (the document date) then resolve it. Without a document date the tagger
looks for a dateline or header date and marks the anchor as inferred; failing that,
relative expressions stay unresolved (TIMEX3 ``XXXX``), never guessed.

Examples:
    >>> from diplotimeline.time import PartialDate
    >>> text = "Ortega will visit Chile from April 27 to 29, his first trip this year."
    >>> for m in tag(text, anchor=PartialDate(2025, 4, 24)):
    ...     print(m.text, m.timex_type, m.timex_value, m.value)
    April 27 to 29 DATE 2025-04-27 DateSpan('2025-04-27/2025-04-29')
    this year DATE 2025 DateSpan('2025')
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

import attrs

from diplotimeline.errors import DecodeError, InvalidValueError, ISOFormatError
from diplotimeline.extract.engine import Engine, Mention
from diplotimeline.extract.rules import RuleSet, load_rules
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.time.anchor import (
    DateReference,
    DurationReference,
    FiscalYear,
    Lean,
    Modifier,
    RangeReference,
    Reference,
    SetReference,
    Special,
    SpecialReference,
    Tense,
    Unit,
    resolve,
)
from diplotimeline.time.duration import Duration, DurationUnit, Recurrence

__all__ = [
    "PRODUCTIONS",
    "Tagger",
    "TemporalMention",
    "default_tagger",
    "guess_tense",
    "infer_anchor",
    "run_timex_jsonl",
    "tag",
    "tag_for_timeml",
]


@attrs.frozen(kw_only=True)
class TemporalMention:
    """One temporal expression: where it is, what it says, and what it means.

    Args:
        start: Character offset of the first character.
        end: Character offset after the last character.
        text: The expression as written.
        rule_id: The rule that found it.
        timex_type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        timex_value: The TIMEX3 value ("2025-04", "XXXX-04", "P3.5Y", "PRESENT_REF").
        value: The model value (:class:`~diplotimeline.time.DateSpan`, ``Duration`` or
            ``Recurrence``), or ``None`` when the anchor does not allow one.
        reference: The unresolved form recognition produced.
        anchor: The anchor used, or ``None``.
        anchor_inferred: Whether the anchor came from a dateline rather than the caller.
        tense: The tense the heuristic gave the governing verb.

    Examples:
        >>> m = tag("Growth slowed last year.", anchor=PartialDate(2025, 4, 24))[0]
        >>> (m.text, m.timex_value, m.anchor_inferred)
        ('last year', '2024', False)
    """

    start: int
    end: int
    text: str
    rule_id: str
    timex_type: str
    timex_value: str
    value: DateSpan | Duration | Recurrence | None
    reference: Reference
    anchor: PartialDate | None = None
    anchor_inferred: bool = False
    tense: Tense = Tense.UNKNOWN


@attrs.frozen
class _Context:
    """What productions may read: the rule set's name tables and settings."""

    tables: Mapping[str, Mapping[str, str]]
    settings: Mapping[str, Any]

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.settings.get(name, {})
        return value if isinstance(value, dict) else {}


Production = Callable[[Mention, _Context], Reference | None]

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


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text.strip().lower())


def _unit_name(text: str) -> str:
    word = _fold(text)
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and word[:-1] in _UNITS | _SHIFT_UNITS else word


def _number(text: str, context: _Context) -> Decimal | None:
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


def _month(text: str | None, context: _Context) -> int | None:
    if text is None:
        return None
    folded = _fold(text).rstrip(".")
    if folded.isdigit():
        return int(folded)
    value = context.tables.get("month", {}).get(folded)
    return None if value is None else int(value)


def _weekday(text: str | None, context: _Context) -> int | None:
    if text is None:
        return None
    value = context.tables.get("weekday", {}).get(_fold(text).rstrip("."))
    return None if value is None else int(value)


def _day(text: str | None, context: _Context) -> int | None:
    if text is None:
        return None
    folded = _fold(text)
    digits = re.match(r"[0-9]+", folded)
    if digits:
        return int(digits.group(0))
    value = context.tables.get("ordinal_word", {}).get(folded)
    return None if value is None else int(value)


def _modifier(mention: Mention, context: _Context, name: str = "mod") -> Modifier | None:
    text = mention.group(name)
    if text is None:
        return None
    value = context.table("modifier").get(_fold(text).rstrip("-"))
    return None if value is None else Modifier(value)


def _part_of_day(text: str | None, context: _Context) -> str | None:
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


def _date_fields(mention: Mention, context: _Context, suffix: str = "") -> DateReference | None:
    """The absolute fields of a match: year, month, day, weekday (groups with ``suffix``)."""
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
    return DateReference(
        year=year,
        month=month,
        day=day,
        weekday=_weekday(mention.group("weekday" + suffix), context),
    )


def _produce_date(mention: Mention, context: _Context) -> Reference | None:
    if mention.has("day2", "month2") and not mention.has("day"):
        base = _date_fields(mention, context, "2")
        base = None if base is None else attrs.evolve(base, year=_year(mention))
    else:
        base = _date_fields(mention, context)
    if base is None:
        return None
    changes: dict[str, Any] = {
        "modifier": _modifier(mention, context),
        "part_of_day": _part_of_day(mention.group("pod"), context),
        "fiscal": mention.has("fiscal", "fy"),
    }
    if mention.group("decade") is not None:
        changes["decade"] = int(mention.group("decade") or 0)
    elif mention.group("yd") is not None:
        changes["decade"] = 190 + int(mention.group("yd") or 0)
    elif mention.group("yy") is not None:
        digits = mention.group("yy") or ""
        if len(digits) == 1:
            changes["decade"] = 190 + int(digits)
        else:
            changes["year"] = 1900 + int(digits) if int(digits) >= 30 else 2000 + int(digits)
    if mention.group("century") is not None:
        changes["century"] = int(mention.group("century") or 1) - 1
    if mention.has("fy") and base.year is not None and base.year < 100:
        changes["year"] = 2000 + base.year
    return attrs.evolve(base, **changes)


def _produce_range(mention: Mention, context: _Context) -> Reference | None:
    start = _date_fields(mention, context, "1")
    end = _date_fields(mention, context, "2")
    if start is None or end is None:
        return None
    return RangeReference(start, end)


def _produce_open_range(mention: Mention, context: _Context) -> Reference | None:
    point = _produce_date(mention, context)
    if not isinstance(point, DateReference):
        return None
    return RangeReference(None, point) if mention.has("by") else RangeReference(point, None)


def _shift(mention: Mention, context: _Context, name: str = "rel") -> int | None:
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


def _produce_relative(mention: Mention, context: _Context) -> Reference | None:
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
        return DateReference(month=_month(mention.group("month"), context), lean=_lean(mention))
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
        anaphoric=rel in _ANAPHORIC_RELS,
    )


_ANAPHORIC_RELS: Final = frozenset({"following", "previous", "same"})


def _produce_period(mention: Mention, context: _Context) -> Reference | None:
    """The period the text is about: "the quarter", "the year", "the weekend", "year-end"."""
    unit = _unit_name(mention.group("unit") or "")
    if unit == "period":
        unit = "quarter"
    if unit not in _SHIFT_UNITS:
        return None
    if mention.has("ended") and unit == "year":
        # "the year ended June 30" is a twelve-month period, not a calendar year.
        return DurationReference(Duration(1, _UNITS[unit][0]))
    return DateReference(
        shift_unit=_SHIFT_UNITS[unit],
        modifier=_modifier(mention, context),
        fiscal=mention.has("fiscal"),
        anaphoric=unit in ("quarter", "weekend"),
    )


def _spoken_year(text: str, context: _Context) -> int | None:
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


def _produce_spoken_year(mention: Mention, context: _Context) -> Reference | None:
    decade = _fold(mention.group("decadew") or "")
    if decade in _DECADE_WORDS:
        # "the nineties" of news is the last such decade of the twentieth century.
        return DateReference(decade=192 + _DECADE_WORDS.index(decade))
    year = _spoken_year(mention.group("spoken") or "", context)
    if year is None:
        return None
    season = context.tables.get("season", {}).get(_fold(mention.group("season") or "").rstrip("s"))
    return DateReference(year=year, month=_month(mention.group("month"), context), season=season)


def _produce_month_of_year(mention: Mention, context: _Context) -> Reference | None:
    """ "January this year", "June last year": a month of a year counted from the anchor."""
    shift = _shift(mention, context)
    month = _month(mention.group("month"), context)
    day = _day(mention.group("day") or mention.group("day2"), context)
    if shift is None or month is None or not _check_day(None, month, day):
        return None
    return DateReference(month=month, day=day, shift_unit=Unit.YEAR, shift=shift)


def _produce_quarter(mention: Mention, context: _Context) -> Reference | None:
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


def _produce_weekday(mention: Mention, context: _Context) -> Reference | None:
    weekday = _weekday(mention.group("weekday"), context)
    if weekday is None:
        return None
    return DateReference(
        weekday=weekday,
        lean=_lean(mention),
        part_of_day=_part_of_day(mention.group("pod"), context),
    )


def _produce_part_of_day(mention: Mention, context: _Context) -> Reference | None:
    rel = _fold(mention.group("rel") or "this")
    pod_text = mention.group("pod") or mention.group("pod2")
    pod = _part_of_day(pod_text, context)
    shift = -1 if rel.endswith("last") or rel == "yesterday" else 1 if rel == "tomorrow" else 0
    if _fold(pod_text or "") == "overnight":
        shift = -1
    return DateReference(shift_unit=Unit.DAY, shift=shift, part_of_day=pod)


def _produce_ago(mention: Mention, context: _Context) -> Reference | None:
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


def _produce_season(mention: Mention, context: _Context) -> Reference | None:
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


_OFFSET: Final = re.compile(
    r"(?:GMT|UTC)\s*([+-])\s*([0-9]{1,2})(?::?([0-5][0-9]))?", re.IGNORECASE
)


def _zone(text: str | None, context: _Context) -> tuple[int | None, str | None]:
    """The (offset minutes, IANA zone) a zone text names."""
    if text is None:
        return None, None
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


def _produce_time(mention: Mention, context: _Context) -> Reference | None:
    noon = _fold(mention.group("noon") or "")
    if mention.group("hour") is None:
        hour, minute = (0, 0) if noon == "midnight" else (12, 0)
    else:
        hour, minute = int(mention.group("hour") or 0), int(mention.group("minute") or 0)
    ampm = _fold(mention.group("ampm") or "")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    offset, zone = _zone(mention.group("zone"), context)
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


def _produce_special(mention: Mention, context: _Context) -> Reference | None:
    value = context.table("ref").get(_fold(mention.group("ref") or mention.text))
    return None if value is None else SpecialReference(Special(value))


def _produce_duration(mention: Mention, context: _Context) -> Reference | None:
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
        return DurationReference(Duration(None, unit, approximate=approximate))
    number = _number(mention.group("number") or "", context)
    if number is None:
        return None
    if mention.has("frac") or mention.text.lower().endswith(("and a half", "1/2")):
        number += Decimal("0.5")
    return DurationReference(Duration(number * factor, unit, approximate=approximate))


def _produce_set(mention: Mention, context: _Context) -> Reference | None:
    every = mention.group("every")
    if every is not None:
        value = context.table("every").get(_fold(every))
        return None if value is None else SetReference(Recurrence(Duration.parse_iso(str(value))))
    weekday = _weekday(mention.group("weekday"), context)
    if weekday is not None:
        return SetReference(Recurrence(Duration(1, DurationUnit.WEEK), f"XXXX-WXX-{weekday}"))
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
    "month_of_year": _produce_month_of_year,
    "open_range": _produce_open_range,
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

_WORD: Final = re.compile(r"[\w’']+")
_SENTENCE_END: Final = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?]\s+(?=[A-Z“\"])|\n")


def guess_tense(
    text: str, start: int, end: int, settings: Mapping[str, Any] | None = None
) -> Tense:
    """The tense of the verb that governs ``text[start:end]``: the nearest tense cue wins.

    Cues (from the rule file's settings) are searched in the same sentence, first up to
    eight words to the left (nearest first), then, for the clearest cues only, up to five
    words to the right.

    Examples:
        >>> text = "The summit will take place in May."
        >>> guess_tense(text, text.index("May"), text.index("May") + 3)
        <Tense.FUTURE: 'future'>
        >>> text = "Ministers met in May."
        >>> guess_tense(text, text.index("May"), text.index("May") + 3)
        <Tense.PAST: 'past'>
    """
    if settings is None:
        settings = default_tagger().rules.settings
    return _guess_tense(text, start, end, _TenseCues.from_settings(settings))


@attrs.frozen
class _TenseCues:
    future: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_past_ed: frozenset[str]

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> _TenseCues:
        return cls(
            *(
                frozenset(settings.get(key, ()))
                for key in ("future_words", "past_words", "present_words", "not_past_ed")
            )
        )


_FUTURE_AUXILIARIES: Final = frozenset({"will", "would", "shall", "'ll", "to"})


def _guess_tense(text: str, start: int, end: int, cues: _TenseCues) -> Tense:
    future, past, present, not_ed = cues.future, cues.past, cues.present, cues.not_past_ed
    low = max(0, start - 160)
    left_text = text[low:start]
    breaks = list(_SENTENCE_END.finditer(left_text))
    if breaks:
        left_text = left_text[breaks[-1].end() :]
    right_text = text[end : end + 100]
    cut = _SENTENCE_END.search(right_text)
    if cut:
        right_text = right_text[: cut.start()]
    left = [w.lower() for w in _WORD.findall(left_text)][-8:]
    right = [w.lower() for w in _WORD.findall(right_text)][:5]
    backwards = list(reversed(left))
    for index, word in enumerate(backwards):
        if word in future:
            return Tense.FUTURE
        if word in past or (word.endswith("ed") and len(word) > 4 and word not in not_ed):
            # A participle after "will be" or "to be" is no past tense; "to" alone does
            # not make one ("the envoy to Venezuela said").
            after = backwards[index + 1 : index + 3]
            if (after[:1] == ["be"] and after[1:2] and after[1] in _FUTURE_AUXILIARIES) or (
                after[:1] and after[0] in _FUTURE_AUXILIARIES and after[0] != "to"
            ):
                return Tense.FUTURE
            return Tense.PAST
        if word in present:
            return Tense.PRESENT
    # To the right only the clearest cues count ("..., officials said" is no guide).
    for word in right:
        if word in ("will", "would", "'ll", "shall"):
            return Tense.FUTURE
        if word in ("was", "were", "had", "did") or (word in past and word != "said"):
            return Tense.PAST
    return Tense.UNKNOWN


_DATELINE: Final = re.compile(
    r"^[\s\W]*(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹa-zà-ỹ.'’ -]{1,40}?,?\s*(?:\([^)\n]{1,40}\)\s*)?[,—–-]?\s*)?$"
)


@functools.cache
def default_tagger() -> Tagger:
    """The tagger with the packaged English rules (loaded once, on first use).

    Examples:
        >>> default_tagger() is default_tagger()
        True
    """
    return Tagger()


def _fiscal_year(settings: Mapping[str, Any], country: str | None) -> FiscalYear | None:
    if country is None:
        return None
    table = settings.get("fiscal_years", {})
    entry = table.get(country.lower()) if isinstance(table, dict) else None
    if not isinstance(entry, dict):
        return None
    return FiscalYear(
        int(entry.get("start_month", 1)), named_by_end=bool(entry.get("named_by_end", False))
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut an unbalanced "(" and what follows it, and the blanks and commas at the ends."""
    piece = text[start:end]
    opening = piece.find("(")
    if opening > 0 and ")" not in piece[opening:]:
        end = start + opening
    while end > start and text[end - 1] in " \t\n,;(":
        end -= 1
    while start < end and text[start] in " \t\n,;)":
        start += 1
    return start, end


@attrs.frozen(eq=False)
class Tagger:
    """A temporal tagger over one rule set (the packaged rules plus any extra files).

    Args:
        extra_rules: Paths of rule files to add to the packaged ones.
        rules: A rule set to use instead (``extra_rules`` is then ignored).

    Examples:
        >>> Tagger().tag("The council meets weekly.")[0].timex_value
        'P1W'
    """

    extra_rules: tuple[str | Path, ...] = attrs.field(default=(), converter=tuple)
    rules: RuleSet = attrs.field(default=None)
    engine: Engine = attrs.field(init=False)
    _cues: _TenseCues = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        if self.rules is None:
            object.__setattr__(self, "rules", load_rules(self.extra_rules, productions=PRODUCTIONS))
        object.__setattr__(self, "engine", Engine(self.rules))
        object.__setattr__(self, "_cues", _TenseCues.from_settings(self.rules.settings))

    def recognise(self, text: str) -> list[tuple[Mention, Reference, int, int]]:
        """The matches with their unresolved references and reported extents.

        Examples:
            >>> [(ref.month, ref.year) for _, ref, _, _ in Tagger().recognise("in April")]
            [(4, None)]
        """
        context = _Context(self.rules.tables, self.rules.settings)
        found = []
        productions = {rule.id: PRODUCTIONS[rule.produces] for rule in self.rules.rules}
        for mention in self.engine.find(text):
            reference = productions[mention.rule_id](mention, context)
            if reference is None:
                continue
            start, end = mention.span_of("t") or (mention.start, mention.end)
            start, end = _trim(text, start, end)
            if start < end:
                found.append((mention, reference, start, end))
        return found

    def tag(
        self,
        text: str,
        anchor: PartialDate | None = None,
        *,
        country: str | None = None,
        infer_anchor: bool = True,
        split_ranges: bool = False,
    ) -> tuple[TemporalMention, ...]:
        """Find, normalise and resolve every temporal expression in ``text``.

        Args:
            text: The text.
            anchor: The document date (any precision), or ``None``.
            country: ISO 3166 code whose fiscal-year convention applies ("jp").
            infer_anchor: Without a day-precision anchor, look for a dateline.
            split_ranges: Report the two ends of a range ("April 27 to 29") as two
                mentions, each with its own value, as TimeML annotates them; by default
                a range is one mention whose value spans both ends.

        Examples:
            >>> text = "HANOI, April 24, 2025 (VNA) - Talks open today."
            >>> [m.timex_value for m in Tagger().tag(text)]
            ['2025-04-24', '2025-04-24']
            >>> text = "Talks ran from April 27 to 29."
            >>> [(m.text, m.timex_value) for m in Tagger().tag(text, PartialDate(2025, 5, 2),
            ...                                                 split_ranges=True)]
            [('April 27', '2025-04-27'), ('29', '2025-04-29')]
        """
        inferred = False
        if infer_anchor and (anchor is None or anchor.precision < 3):
            found = self.infer_anchor(text, anchor)
            if found is not None:
                anchor, inferred = found, True
        fiscal = _fiscal_year(self.rules.settings, country)
        mentions: list[TemporalMention] = []
        for mention, reference, start, end in self.recognise(text):
            reference = _compared_quarter(reference, text[start:end], mentions, start)
            reference = _anaphora(reference, mentions, start)
            tense = Tense.UNKNOWN
            if isinstance(reference, DateReference | RangeReference) and not _is_absolute(
                reference
            ):
                tense = _guess_tense(text, start, end, self._cues)
            if (
                isinstance(reference, DateReference)
                and mention.has("local")
                and reference.zone is None
            ):
                reference = attrs.evolve(reference, zone=self._place_zone(text, mention.start))
            if split_ranges and isinstance(reference, RangeReference):
                for part, part_start, part_end in _range_ends(mention, reference):
                    resolution = resolve(part, anchor, tense=tense, fiscal_year=fiscal)
                    mentions.append(
                        TemporalMention(
                            start=part_start,
                            end=part_end,
                            text=text[part_start:part_end],
                            rule_id=mention.rule_id,
                            timex_type=resolution.timex_type,
                            timex_value=resolution.timex_value,
                            value=resolution.value,
                            reference=part,
                            anchor=anchor,
                            anchor_inferred=inferred,
                            tense=tense,
                        )
                    )
                if mentions and mentions[-1].start >= start:
                    continue
            resolution = resolve(reference, anchor, tense=tense, fiscal_year=fiscal)
            mentions.append(
                TemporalMention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    rule_id=mention.rule_id,
                    timex_type=resolution.timex_type,
                    timex_value=resolution.timex_value,
                    value=resolution.value,
                    reference=reference,
                    anchor=anchor,
                    anchor_inferred=inferred,
                    tense=tense,
                )
            )
        return tuple(mentions)

    def _place_zone(self, text: str, position: int) -> str | None:
        """The zone of the nearest place named before ``position`` (or just after it)."""
        zones = self.rules.tables.get("zone_name", {})
        places = sorted(
            (name for name, zone in zones.items() if "/" in zone and len(name) > 3),
            key=len,
            reverse=True,
        )
        if not places:
            return None
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in places) + r")\b", re.IGNORECASE
        )
        window = text[max(0, position - 1500) : position + 200]
        offset = max(0, position - 1500)
        best: tuple[int, str] | None = None
        for match in pattern.finditer(window):
            distance = abs(offset + match.start() - position) + (
                0 if offset + match.start() < position else 500
            )
            if best is None or distance < best[0]:
                best = (distance, zones[match.group(0).lower()])
        return None if best is None else best[1]

    def infer_anchor(self, text: str, partial: PartialDate | None = None) -> PartialDate | None:
        """The date of a dateline or a header line near the top of ``text``, if any.

        A date counts when it stands alone on a line ("July 26, 2024") or follows an
        upper-case place name ("HANOI, April 24 (Reuters) -"). A date without a year
        takes the year of ``partial``; without one it cannot anchor anything.

        Examples:
            >>> Tagger().infer_anchor("July 26, 2024\\nThe ministers met today.")
            PartialDate('2024-07-26')
            >>> Tagger().infer_anchor("HANOI, April 24 (Reuters) - Talks began.", PartialDate(2025))
            PartialDate('2025-04-24')
            >>> Tagger().infer_anchor("Talks began on April 24.") is None
            True
        """
        head = text[:1200]
        for _, reference, start, end in self.recognise(head):
            if (
                not isinstance(reference, DateReference)
                or reference.day is None
                or reference.month is None
            ):
                continue
            line_start = head.rfind("\n", 0, start) + 1
            line_end = head.find("\n", end)
            line_end = len(head) if line_end < 0 else line_end
            before, after = head[line_start:start], head[end:line_end]
            alone = not before.strip(" \t|*#>_–—-") and len(after.strip(" \t|*.")) == 0
            dateline = (
                bool(_DATELINE.match(before))
                and re.match(r"\s*(?:\([^)\n]{1,40}\))?\s*[-—–:]", after) is not None
            )
            if not (alone or (dateline and before.strip())):
                continue
            year = (
                reference.year
                if reference.year is not None
                else (partial.year if partial else None)
            )
            if year is None:
                continue
            if partial is not None and (
                partial.year != year or partial.month not in (None, reference.month)
            ):
                continue
            try:
                return PartialDate(year, reference.month, reference.day)
            except InvalidValueError:
                continue
        return None


_QUARTER_VALUE: Final = re.compile(r"([0-9]{4})-Q([1-4])")
_YEAR_BACK: Final = DateReference(shift_unit=Unit.YEAR, shift=-1)
_QUARTER_YEAR_BACK: Final = DateReference(shift_unit=Unit.QUARTER, shift=-5)
_COMPARISON: Final = re.compile(r"\b(?:ago|earlier)\b", re.IGNORECASE)


def _is_comparison(reference: Reference, text: str) -> bool:
    """Whether a mention compares with a year before ("a year ago", "the year-ago quarter")."""
    return reference == _QUARTER_YEAR_BACK or (
        reference == _YEAR_BACK and _COMPARISON.search(text) is not None
    )


def _compared_quarter(
    reference: Reference, text: str, before: list[TemporalMention], start: int
) -> Reference:
    """ "a year ago" after "the third quarter" means that quarter a year earlier.

    Financial news compares a quarter with the same quarter of the year before; the
    comparison takes the granularity of the nearest quarter named before it (within a
    few sentences). Comparisons themselves are never the quarter compared with.
    """
    if not _is_comparison(reference, text):
        return reference
    for previous in reversed(before):
        if start - previous.end > 400:
            break
        if _COMPARISON.search(previous.text):
            continue
        quarter = _QUARTER_VALUE.fullmatch(previous.timex_value)
        if quarter:
            return DateReference(year=int(quarter.group(1)) - 1, quarter=int(quarter.group(2)))
    return reference


def _range_ends(
    mention: Mention, reference: RangeReference
) -> list[tuple[DateReference, int, int]]:
    """The two ends of a range match, each with its extent (the groups suffixed 1 and 2)."""
    filled = reference.filled()
    ends: list[tuple[DateReference, int, int]] = []
    for suffix, part in (("1", filled.start), ("2", filled.end)):
        spans = [(start, end) for name, start, end in mention.offsets if name.endswith(suffix)]
        if part is None or not spans:
            return []
        ends.append((part, min(s for s, _ in spans), max(e for _, e in spans)))
    return ends


_GRAINS: Final = {
    Unit.YEAR: re.compile(r"([0-9]{4})(?:-.*)?"),
    Unit.QUARTER: re.compile(r"([0-9]{4})-Q([1-4])"),
    Unit.MONTH: re.compile(r"([0-9]{4})-([0-9]{2})(?:-.*)?"),
}


def _anaphora(reference: Reference, before: list[TemporalMention], start: int) -> Reference:
    """ "the following year", "the quarter": counted from the period the text last named.

    A quarter is taken only from a quarter named before (within a few paragraphs, and
    not a comparison such as "a year ago"); "the following year" and the like from the
    last date of at least that precision. Without one the anchor decides.
    """
    if not isinstance(reference, DateReference) or not reference.anaphoric:
        return reference
    unit = reference.shift_unit
    grain = _GRAINS.get(unit) if unit is not None else None
    if grain is None or (unit is not Unit.QUARTER and reference.shift == 0):
        return reference
    for previous in reversed(before):
        if start - previous.end > 1500:
            break
        if previous.timex_type not in ("DATE", "TIME") or _COMPARISON.search(previous.text):
            continue
        found = grain.fullmatch(previous.timex_value)
        if found is None:
            continue
        year = int(found.group(1))
        if unit is Unit.YEAR:
            return DateReference(year=year + reference.shift, modifier=reference.modifier)
        index = int(found.group(2)) - 1 + reference.shift
        if unit is Unit.QUARTER:
            return DateReference(year=year + index // 4, quarter=index % 4 + 1)
        return DateReference(year=year + index // 12, month=index % 12 + 1)
    return reference


def _is_absolute(reference: DateReference | RangeReference) -> bool:
    if isinstance(reference, DateReference):
        return reference.is_absolute
    return all(end is None or end.is_absolute for end in (reference.start, reference.end))


def tag(
    text: str,
    anchor: PartialDate | None = None,
    *,
    country: str | None = None,
    infer_anchor: bool = True,
) -> tuple[TemporalMention, ...]:
    """Tag ``text`` with the packaged English rules (see :meth:`Tagger.tag`).

    Examples:
        >>> [(m.text, m.timex_value) for m in tag("The pact was signed on 26 July 2024.")]
        [('26 July 2024', '2024-07-26')]
        >>> [m.timex_value for m in tag("The envoy arrived yesterday.")]
        ['XXXX-XX-XX']
    """
    return default_tagger().tag(text, anchor, country=country, infer_anchor=infer_anchor)


def tag_for_timeml(text: str, anchor: PartialDate | None = None) -> tuple[TemporalMention, ...]:
    """Tag ``text`` as TimeML (TempEval-3) annotates it: the ends of a range apart.

    This is what ``diplotimeline eval-timex`` scores: :func:`tag` with ``split_ranges``,
    and the anchor inferred from a dateline only when none is given.

    Examples:
        >>> [(m.text, m.timex_value) for m in tag_for_timeml("Shares sold between 1985 and 1987.")]
        [('1985', '1985'), ('1987', '1987')]
    """
    return default_tagger().tag(text, anchor, infer_anchor=anchor is None, split_ranges=True)


def infer_anchor(text: str, partial: PartialDate | None = None) -> PartialDate | None:
    """The dateline or header date of ``text`` (see :meth:`Tagger.infer_anchor`).

    Examples:
        >>> infer_anchor("Thursday, July 26, 2024\\nMinisters met.")
        PartialDate('2024-07-26')
    """
    return default_tagger().infer_anchor(text, partial)


def run_timex_jsonl(lines: Iterable[str], tagger: Tagger | None = None) -> Iterator[str]:
    """The ``diplotimeline timex`` protocol: JSON lines of documents in, of expressions out.

    Each input line is ``{"doc": ..., "dct": "YYYY-MM-DD" (optional, any partial ISO
    date), "text": ...}``; each output line is ``{"doc", "start", "end", "text",
    "type", "value"}`` with offsets into ``text``. Blank lines are skipped.

    Raises:
        DecodeError: For a line that is not such a JSON object (with its line number).

    Examples:
        >>> line = '{"doc": "d1", "dct": "2025-04-24", "text": "Talks end next year."}'
        >>> print(next(run_timex_jsonl([line])))
        {"doc": "d1", "start": 10, "end": 19, "text": "next year", "type": "DATE", "value": "2026"}
    """
    tagger = tagger or default_tagger()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DecodeError(f"not valid JSON: {exc.msg}", line=number) from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DecodeError("expected an object with a string 'text'", path="$.text", line=number)
        dct = record.get("dct")
        anchor = None
        if dct is not None:
            if not isinstance(dct, str):
                raise DecodeError("expected 'dct' to be a date string", path="$.dct", line=number)
            try:
                anchor = PartialDate.parse_iso(dct[:10])
            except (ISOFormatError, InvalidValueError) as exc:
                raise DecodeError(f"bad dct: {exc}", path="$.dct", line=number) from exc
        for mention in tagger.tag(record["text"], anchor):
            yield json.dumps(
                {
                    "doc": record.get("doc"),
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                    "type": mention.timex_type,
                    "value": mention.timex_value,
                },
                ensure_ascii=False,
            )
