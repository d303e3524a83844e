"""How a temporal mention's context changes its reference: comparisons, anaphora, clock days.

The helpers :class:`~diplotimeline.extract.temporal.Tagger` applies between recognising a
mention and resolving it, and after: "a year ago" after "the third quarter" is that quarter
a year back; "the following day" counts from the date the text last named; a clock time
alone takes the day written right after it; "until Friday" and "Friday's vote" lean; half
units become whole smaller ones. Resolutions are remembered (:func:`resolve_remembered`):
news repeats "Tuesday" and "last year" against one anchor.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from diplotimeline.extract._temporal_tense import TenseCues
from diplotimeline.extract.engine import Mention
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.time.anchor import (
    DateReference,
    DurationReference,
    FiscalYear,
    Lean,
    RangeReference,
    Reference,
    Resolution,
    SetReference,
    Tense,
    Unit,
    resolve,
)

if TYPE_CHECKING:
    from diplotimeline.extract.temporal import TemporalMention


_QUARTER_VALUE: Final = re.compile(r"([0-9]{4})-Q([1-4])")
_PERIOD_VALUE: Final = re.compile(r"P(?:[0-9]+M|1Y)")
_YEAR_BACK: Final = DateReference(shift_unit=Unit.YEAR, shift=-1)
_QUARTER_YEAR_BACK: Final = DateReference(shift_unit=Unit.QUARTER, shift=-5)
_COMPARISON: Final = re.compile(
    r"\b(?:ago|earlier|last\s+year[’']s|(?:period|quarter)\s+(?:of\s+)?last\s+year)\b",
    re.IGNORECASE,
)
_YEAR_PERIOD: Final = re.compile(r"the\s+[0-9]{4}\s+(?:period|quarter)", re.IGNORECASE)
# "net of $24 million, compared with a loss of $3 million last year": a figure set against
# the same period a year before, as "a year ago" is. Read on the text before "last year".
_COMPARED_FIGURE: Final = re.compile(
    r"\bcompared\s+with\s+[^.;]{0,40}?[$#£€¥][0-9][0-9.,]*(?:\s+(?:million|billion))?\s+$",
    re.IGNORECASE,
)
_LAST_YEAR: Final = re.compile(r"last\s+year", re.IGNORECASE)


def _is_comparison(reference: Reference, text: str, context: str = "") -> bool:
    """Whether a mention compares with a year before ("a year ago", "the year-ago quarter")."""
    if not isinstance(reference, DateReference):
        return False
    if reference.shift_unit is None and reference.year is not None:
        return reference.month is None and _YEAR_PERIOD.fullmatch(text) is not None
    if reference.shift >= 0:
        return False
    return reference == _QUARTER_YEAR_BACK or (
        reference == _YEAR_BACK
        and (
            _COMPARISON.search(text) is not None
            or (
                _LAST_YEAR.fullmatch(text) is not None
                and _COMPARED_FIGURE.search(context) is not None
            )
        )
    )


def _after_anchor(quarter: re.Match[str], anchor: PartialDate | None) -> bool:
    """Whether a quarter begins after the anchor: a forecast, not a period reported on."""
    if anchor is None:
        return False
    year, number = int(quarter.group(1)), int(quarter.group(2))
    return (year, 3 * number - 2) > (anchor.year, anchor.month or 12)


def compared_quarter(
    reference: Reference, text: str, before: list[TemporalMention], start: int, context: str = ""
) -> Reference:
    """ "a year ago" after "the third quarter" means that quarter a year earlier.

    Financial news compares a quarter with the same quarter of the year before; the
    comparison takes the granularity of the nearest quarter named before it (within a
    few sentences), else of the first quarter the report names, the period it reports
    on. Comparisons themselves are never the quarter compared with, nor is a quarter
    that begins after the anchor ("through the third quarter of next year" forecasts).
    ``context``, the text just before the mention, makes a plain "last year" one too
    when a figure is compared with it ("compared with a loss of $3 million last year").
    """
    if not isinstance(reference, DateReference) or not _is_comparison(reference, text, context):
        return reference
    lead = None
    for previous in reversed(before):
        if _COMPARISON.search(previous.text) or _YEAR_PERIOD.fullmatch(previous.text):
            continue
        near = start - previous.end <= 400
        if near and _PERIOD_VALUE.fullmatch(previous.timex_value):
            # "the nine months ... a year earlier" compares the nine months.
            return reference
        quarter = _QUARTER_VALUE.fullmatch(previous.timex_value)
        if quarter is None or _after_anchor(quarter, previous.anchor):
            continue
        lead = quarter
        if near:
            break
    if lead is None:
        return reference
    year = reference.year if reference.year is not None else int(lead.group(1)) - 1
    return DateReference(year=year, quarter=int(lead.group(2)))


def range_ends(mention: Mention, reference: RangeReference) -> list[tuple[DateReference, int, int]]:
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
    Unit.DAY: re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T.*)?"),
    Unit.YEAR: re.compile(r"([0-9]{4})(?:-.*)?"),
    Unit.QUARTER: re.compile(r"([0-9]{4})-Q([1-4])"),
    Unit.MONTH: re.compile(r"([0-9]{4})-([0-9]{2})(?:-.*)?"),
}


_THAT: Final = re.compile(r"\bthat\s", re.IGNORECASE)
# "overnight" follows a day named in the sentence or two before it ("closed lower Friday
# ... depressed by overnight losses in New York": Thursday night); further back, the
# anchor's day decides.
_OVERNIGHT_REACH: Final = 400


def anaphora(
    reference: Reference, before: list[TemporalMention], start: int, written: str = ""
) -> Reference:
    """ "the following year", "the quarter": counted from the period the text last named.

    A quarter is taken only from a quarter named before (within a few paragraphs, and
    not a comparison such as "a year ago"); "the following year", "later that month" and
    the like from the last date of at least that precision ("the same month" keeps the
    anchor's). Without one the anchor decides.
    """
    if not isinstance(reference, DateReference) or not reference.anaphoric:
        return reference
    if reference.weekday is not None and reference.shift_unit is None:
        return _anaphoric_weekday(reference, before, start)
    if reference.day is not None and reference.month is None:
        return _anaphoric_day(reference, before, start)
    unit = reference.shift_unit
    grain = _GRAINS.get(unit) if unit is not None else None
    if grain is None or (
        unit is Unit.MONTH and reference.shift == 0 and _THAT.search(written) is None
    ):
        return reference
    reach = _OVERNIGHT_REACH if written.lower() == "overnight" else 1500
    for previous in reversed(before):
        if start - previous.end > reach:
            break
        if (
            previous.timex_type not in ("DATE", "TIME")
            or _COMPARISON.search(previous.text)
            or _YEAR_PERIOD.fullmatch(previous.text)
        ):
            continue
        found = grain.fullmatch(previous.timex_value)
        if found is None:
            continue
        year = int(found.group(1))
        if unit is Unit.DAY:
            try:
                day = datetime.date(year, int(found.group(2)), int(found.group(3)))
                day += datetime.timedelta(days=reference.shift)
            except (ValueError, OverflowError):
                continue
            return DateReference(
                year=day.year, month=day.month, day=day.day, part_of_day=reference.part_of_day
            )
        if unit is Unit.YEAR:
            return DateReference(year=year + reference.shift, modifier=reference.modifier)
        index = int(found.group(2)) - 1 + reference.shift
        if unit is Unit.QUARTER:
            return DateReference(year=year + index // 4, quarter=index % 4 + 1)
        return DateReference(year=year + index // 12, month=index % 12 + 1)
    return reference


_STRETCH_REACH: Final = 300  # characters back to the stretch a bare weekday falls in
_STRETCH_DAYS: Final = 7


def weekday_in_stretch(
    reference: Reference, before: list[TemporalMention], start: int
) -> Reference:
    """A bare weekday just after a stretch of days that holds it is that day of the stretch.

    "paid a two-day official visit to Finland on 27-28 October. After talks at Kesäranta on
    Monday, ...": the Monday of those days (27 October), whatever the document's date. Only
    a stretch of two to seven days named within 300 characters before, the last date named.
    """
    if not (
        isinstance(reference, DateReference)
        and reference.weekday is not None
        and reference.year is None
        and reference.month is None
        and reference.day is None
        and reference.shift_unit is None
        and reference.lean is None
        and not reference.anaphoric
    ):
        return reference
    for previous in reversed(before):
        if start - previous.end > _STRETCH_REACH:
            break
        if (
            previous.timex_type != "DATE"
            or _GRAINS[Unit.DAY].fullmatch(previous.timex_value) is None
        ):
            continue  # a year, a month or a week between ("the first since 2031") is no day
        value = previous.value
        if (
            not isinstance(value, DateSpan)
            or value.is_single
            or not any(c.isdigit() for c in previous.text)
        ):
            # The last day named is no stretch of days written out ("27-28 October"; not
            # "Monday and Tuesday of last week"): the tense decides.
            return reference
        first, last = value.start, value.end
        if not (
            isinstance(first, PartialDate)
            and isinstance(last, PartialDate)
            and first.day is not None
            and last.day is not None
        ):
            return reference
        low = datetime.date(first.year, first.month or 1, first.day)
        high = datetime.date(last.year, last.month or 1, last.day)
        if not 0 < (high - low).days < _STRETCH_DAYS:
            return reference
        offset = (reference.weekday - low.isoweekday()) % 7
        if offset > (high - low).days:
            return reference  # no such weekday in the stretch
        day = low + datetime.timedelta(days=offset)
        return attrs.evolve(reference, year=day.year, month=day.month, day=day.day, weekday=None)
    return reference


_DAY_REACH: Final = 400  # characters back to the month "on the 3rd" is a day of


def _anaphoric_day(
    reference: DateReference, before: list[TemporalMention], start: int
) -> DateReference:
    """ "preceded on the 3rd by": the day of the month the text last named.

    Only a month named in the sentence or two before (a date of month or day precision);
    without one the day stays unread.
    """
    grain = _GRAINS[Unit.MONTH]
    day = reference.day or 1
    for previous in reversed(before):
        if start - previous.end > _DAY_REACH:
            break
        found = grain.fullmatch(previous.timex_value)
        if previous.timex_type not in ("DATE", "TIME") or found is None:
            continue
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12 or day > calendar.monthrange(year, month)[1]:
            return attrs.evolve(reference, anaphoric=False)
        return DateReference(year=year, month=month, day=day)
    return attrs.evolve(reference, anaphoric=False)


def _anaphoric_weekday(
    reference: DateReference, before: list[TemporalMention], start: int
) -> DateReference:
    """ "the following Monday", "the previous Friday": from the last day the text named.

    Without a day named before (within a few paragraphs) the tense decides, as for a
    bare "Monday".
    """
    grain = _GRAINS[Unit.DAY]
    for previous in reversed(before):
        if start - previous.end > 1500:
            break
        found = grain.fullmatch(previous.timex_value)
        if previous.timex_type not in ("DATE", "TIME") or found is None:
            continue
        try:
            day = datetime.date(*(int(part) for part in found.groups()))
        except ValueError:
            continue
        weekday = reference.weekday or 1
        if reference.lean is Lean.BEFORE:
            day -= datetime.timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
        else:
            day += datetime.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
        return DateReference(
            year=day.year, month=day.month, day=day.day, part_of_day=reference.part_of_day
        )
    return attrs.evolve(reference, anaphoric=False, lean=None)


# What may stand between a clock time and the day after it that it is on: "10:35 a.m.
# (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)", "9 p.m. on Friday"; and
# after the clock time in the parenthesis, its closing bracket ("0735 GMT) Friday").
_DAY_AFTER: Final = re.compile(
    r"\)?[ \t]*(?:\([^()\n]{0,40}\)[ \t]*,?[ \t]*(?:on[ \t]+)?|\(|,?[ \t]*(?:on[ \t]+)?)"
)
# What may stand between a day and the clock time on it: "On May 2, at 10:00 a.m.",
# "Friday at 9 p.m.", "on 3 March 2024 from 10:00".
_DAY_BEFORE: Final = re.compile(r"[ \t]*,?[ \t]*(?:(?:at|from|around|about|by|until)[ \t]+)?")
_DAY_VALUE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|$)")


def _is_bare_clock(reference: DateReference) -> bool:
    """Whether ``reference`` is a clock time alone ("10:35 a.m."), with no day of its own."""
    return (
        reference.hour is not None
        and reference.year is None
        and reference.month is None
        and reference.day is None
        and reference.weekday is None
        and reference.shift_unit is None
        and not reference.anaphoric
    )


def clock_days(
    mentions: list[TemporalMention],
    text: str,
    anchor: PartialDate | None,
    fiscal: FiscalYear | None,
) -> list[TemporalMention]:
    """A clock time alone takes the day written right after it or right before it.

    "at about 10:35 a.m. (0735 GMT) Friday" is on that Friday: TimeML annotates the clock
    time and the day apart, each with the day's date. Only a day-precise expression counts,
    and only across a parenthesis, a comma or "on" after the clock time; before it ("On
    May 2, at 10:00 a.m.", "Friday at 9 p.m."), across a comma and "at", "from", "around",
    "about", "by" or "until".

    Examples:
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "The blast occurred at 10:35 a.m. (0735 GMT) Friday."
        >>> [(m.text, m.timex_value) for m in tag(text, PartialDate(1998, 8, 8))]
        [('10:35 a.m.', '1998-08-07T10:35'), ('0735 GMT', '1998-08-07T07:35'),
         ('Friday', '1998-08-07')]
        >>> text = "On May 2, at 10:00 a.m., the two leaders met."
        >>> [(m.text, m.timex_value) for m in tag(text, PartialDate(2031, 5, 6))]
        [('May 2', '2031-05-02'), ('10:00 a.m.', '2031-05-02T10:00')]
    """
    result = list(mentions)
    for index, mention in enumerate(mentions):
        clock = mention.reference
        if mention.timex_type != "TIME" or not isinstance(clock, DateReference):
            continue
        if not _is_bare_clock(clock):
            continue
        day = None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and index + 2 < len(mentions)
            and isinstance(following.reference, DateReference)
            and _is_bare_clock(following.reference)
            and text[mention.end : following.start].strip() == "("
        ):
            # "10:35 a.m. (0735 GMT) Friday": the same moment in another zone stands
            # between the clock time and its day.
            following = mentions[index + 2]
        if following is not None and following.start >= mention.end:
            gap = _DAY_AFTER.match(text, mention.end, following.start)
            if gap is not None and gap.end() == following.start:
                day = _DAY_VALUE.match(following.timex_value)
        preceding = mentions[index - 1] if index > 0 else None
        if day is None and preceding is not None and preceding.end <= mention.start:
            gap = _DAY_BEFORE.match(text, preceding.end, mention.start)
            if gap is not None and gap.end() == mention.start:
                day = _DAY_VALUE.match(preceding.timex_value)
        if day is None:
            continue
        year, month, date = (int(part) for part in day.groups())
        reference = attrs.evolve(clock, year=year, month=month, day=date)
        resolution = resolve_remembered(reference, anchor, mention.tense, fiscal)
        result[index] = attrs.evolve(
            mention,
            reference=reference,
            timex_type=resolution.timex_type,
            timex_value=resolution.timex_value,
            value=resolution.value,
        )
    return result


_HALF_UNIT: Final = re.compile(r"P(T?)([0-9]+)\.5([YDHM])")
_HALF_OF: Final = {("", "Y"): "6M", ("", "D"): "T12H", ("T", "H"): "30M", ("T", "M"): "30S"}


def whole_units(value: str) -> str:
    """A TIMEX3 duration with a half unit in whole smaller units ("P2.5Y" -> "P2Y6M").

    TimeBank writes "two and a half years" as P2Y6M and "5 1/2 hours" as PT5H30M; a
    half month or week has no whole smaller unit and stays as it is.
    """
    match = _HALF_UNIT.fullmatch(value)
    if match is None:
        return value
    time, count, unit = match.groups()
    rest = _HALF_OF.get((time, unit))
    if rest is None:
        return value
    whole = "" if count == "0" else f"{count}{unit}"
    return f"P{time}{whole}{rest}"


def next_day_weekday(reference: Reference, anchor: PartialDate | None, tense: Tense) -> Reference:
    """With no tense to go by, the weekday after the anchor's is the next day.

    A report dated Monday that mentions "Tuesday" means the next day far more often than
    six days before (which news would call "last Tuesday"); other weekdays stay in the
    past week.
    """
    if (
        tense is not Tense.UNKNOWN
        or anchor is None
        or anchor.day is None
        or not isinstance(reference, DateReference)
        or reference.weekday is None
        or reference.lean is not None
        or reference.month is not None
        or reference.shift_unit is not None
    ):
        return reference
    today = datetime.date(anchor.year, anchor.month or 1, anchor.day).isoweekday()
    if reference.weekday != today % 7 + 1:
        return reference
    return attrs.evolve(reference, lean=Lean.AFTER)


_POSSESSIVE: Final = re.compile(r"[’']s\b")


def possessive_weekday(
    reference: Reference, text: str, start: int, end: int, tense: Tense, cues: TenseCues
) -> Tense:
    """ "get around Wednesday's ruling": a weekday's event, reported, has mostly happened.

    A possessive weekday names an event ("Friday's vote") that the verb of the clause
    does not date: only a cue of intention right before it ("ahead of Sunday's vote")
    puts it in the future.
    """
    if (
        tense is not Tense.FUTURE
        or not isinstance(reference, DateReference)
        or reference.weekday is None
        or reference.shift_unit is not None
        or _POSSESSIVE.match(text, end) is None
    ):
        return tense
    before = re.findall(r"[\w’']+", text[max(0, start - 40) : start].lower())[-3:]
    return tense if any(word in cues.future for word in before) else Tense.PAST


_UNTIL: Final = re.compile(r"(?<!\bnot\s)(?<!\bup\s)\b(?:until|till)\s+$")


def deadline_weekday(reference: Reference, text: str, start: int, tense: Tense) -> Tense:
    """ "postponed until Tuesday", "given them until 9 a.m. Tuesday": a deadline to come.

    "Not until Tuesday", "up until Tuesday" and a sentence that opens with "Until
    Thursday, they had..." tell of the past and keep the tense.
    """
    if (
        tense is Tense.FUTURE
        or not isinstance(reference, DateReference)
        or reference.weekday is None
        or reference.month is not None
        or reference.shift_unit is not None
        or _UNTIL.search(text, max(0, start - 16), start) is None
    ):
        return tense
    return Tense.FUTURE


def same_day_back(reference: Reference, anchor: PartialDate | None) -> Reference:
    """ "A year ago today", "two years ago to the day": the anchor's own day, counted back.

    A count of years or months keeps the anchor's month and day (unchanged where that day
    does not exist then: 29 February); a count of weeks becomes a count of days. Other
    references, and an anchor without a day, are returned as they are.
    """
    if (
        anchor is None
        or anchor.day is None
        or anchor.month is None
        or not isinstance(reference, DateReference)
        or reference.shift_unit is None
        or reference.shift >= 0
    ):
        return reference
    unit, shift = reference.shift_unit, reference.shift
    if unit is Unit.WEEK:
        return DateReference(shift_unit=Unit.DAY, shift=7 * shift)
    if unit is Unit.YEAR:
        year, month = anchor.year + shift, anchor.month
    elif unit is Unit.MONTH:
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
        month += 1
    else:
        return reference
    if anchor.day > calendar.monthrange(year, month)[1]:
        return reference
    return DateReference(year=year, month=month, day=anchor.day)


def needs_tense(reference: Reference) -> bool:
    """Whether resolving ``reference`` reads the tense (it does not for "last year")."""
    if isinstance(reference, RangeReference):
        filled = reference.filled()
        return any(end is not None and needs_tense(end) for end in (filled.start, filled.end))
    if not isinstance(reference, DateReference) or reference.is_absolute:
        return False
    if reference.shift_unit is not None:
        return reference.anaphoric
    return reference.decade is None and reference.century is None


def resolve_remembered(
    reference: Reference, anchor: PartialDate | None, tense: Tense, fiscal: FiscalYear | None
) -> Resolution:
    """:func:`resolve`, remembered: news repeats "Tuesday" and "last year" against one anchor."""
    if isinstance(reference, DurationReference | SetReference):
        return _resolve_cached(reference, None, Tense.UNKNOWN, None)
    return _resolve_cached(reference, anchor, tense, fiscal)


@functools.lru_cache(maxsize=4096)
def _resolve_cached(
    reference: Reference, anchor: PartialDate | None, tense: Tense, fiscal: FiscalYear | None
) -> Resolution:
    return resolve(reference, anchor, tense=tense, fiscal_year=fiscal)
