"""Dates of events: which temporal expression governs each dateable mention.

In each sentence, every date goes to the nearest dateable candidate (a date in another
clause counts as farther); a date that opens the sentence governs all of its candidates;
"since <date>" bounds them; a clock time right after a day makes the day a time, and
"from <time> to <time>" a stretch of that day.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract._event_names import find_named_events
    >>> from diplotimeline.extract.temporal import tag
    >>> text = "The Lima Summit was held on May 2, 2031."
    >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
    >>> [c.name for c in find_named_events(ctx, ctx.sentences[0])]
    ['Lima Summit']
    >>> attach_dates(ctx)
    >>> ctx.candidates[0].when
    DateSpan('2031-05-02')
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import datetime
import itertools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

import attrs

from diplotimeline.errors import InvalidValueError, ISOFormatError
from diplotimeline.extract._event_act_dates import (
    dated_by_of,
    final_event,
    followed_in,
    phase_span,
    running_since,
    runs_told_after,
    undated_acts,
)
from diplotimeline.extract._event_context import Candidate, Context, count_of, is_future
from diplotimeline.extract._event_name_parts import YEAR
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract.temporal import TemporalMention
from diplotimeline.model import AgreementStage, EventKind, LinkRelation
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, TimePoint
from diplotimeline.time.anchor import DateReference, RangeReference, Unit

__all__ = ["attach_dates", "usable_dates", "zone_of_place"]

_RELATIVE_YEAR: Final = re.compile(r"(?:this|last|next) year")
_YEAR_WORD: Final = re.compile(r"\b(?:year|ago)\b", re.IGNORECASE)
_CLAUSE_BREAK: Final = re.compile(r"[;–—]")
_NEXT_CLAUSE: Final = re.compile(
    r"\band\s+(?:also\s+)?(?:will|would|has|have|had|\w+ed)\b|,\s*(?:and|but|while)\b"
)
# "met the President and on Saturday attended the Forum": a date between "and" and a verb
# opens the next clause; it dates what that verb governs, not the event before "and".
_AND_BEFORE: Final = re.compile(r"\s(?:and|then)\s+(?:(?:on|in|at|early|late)\s+)?$")
_VERB_AFTER: Final = re.compile(
    r"\s*,?\s+(?:also\s+)?(?:will|would|has|have|had|\w+ed|met|held|took|went|made|gave|led"
    r"|paid|began|spoke|flew|left|saw|won|signs|holds|meets|opens|visits|attends|travels)\b"
)
_CLAUSE_BREAK_BEFORE: Final = re.compile(r"[;–—]|\band\s+also\b")
# A date before the event and a coordinated clause between them ("They were concluded in
# July 2015, and the Agreement ... was signed on July 11, 2016") governs the earlier clause
# first: a date of the event's own clause wins, but failing one it may still date it.
_COORDINATION_BEFORE: Final = re.compile(r",\s*(?:and|but|while|whereas)\b")
_BOUND_BEFORE: Final = re.compile(r"\b(?:since|until|by|before|after)\s+$")
_TIME_REACH: Final = 60
# How far (characters) from a date a candidate may start and still take it: a date is given
# only within 160 characters of a candidate's span, and spans are far shorter than the rest.
_REACH: Final = 800


def usable_dates(ctx: Context) -> list[TemporalMention]:
    """The date mentions that can date an event: resolved calendar spans only.

    "this year" right after a month ("October this year") is dropped: the month already
    carries the year. A month or day without a year that an anchor of month precision
    placed in the year before, although it falls in the anchor's month, is put back in
    the anchor's year (an article of "2025-07" reporting "July 10").
    """
    return _usable_dates(ctx, _entry_headings(ctx))


def _usable_dates(ctx: Context, headings: list[tuple[int, DateSpan]]) -> list[TemporalMention]:
    out: list[TemporalMention] = []
    last_day: tuple[int, PartialDate] | None = None
    corrections = [m.start() for m in ctx.scan_text(_EARLIER_VERSION)]
    for mention in ctx.temporal:
        mention = _from_last_day(mention, last_day)
        mention = _from_entry_day(mention, headings)
        mention = _whole_unit(ctx, mention)
        value = mention.value
        if not isinstance(value, DateSpan) or not mention.timex_value[:1].isdigit():
            continue
        if _withdrawn(ctx, mention, corrections):
            continue
        start = value.start
        if isinstance(start, PartialDate) and start.day is not None and value.is_single:
            last_day = (mention.end, start)
        if (
            out
            and mention.start - out[-1].end <= 1
            and _RELATIVE_YEAR.fullmatch(mention.text.lower())
        ):
            continue
        if out and _specifies(ctx, out[-1], mention):
            out.pop()  # "next week, from 5 to 7 March": the days say which part of the week
        joined = _joined_days(ctx, out[-1], mention) if out else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(_year_of_antecedent(ctx, _same_month(ctx, mention)))
    return out


# "She recalled the 2008 summit, at which the Charter was adopted on 14 March": a relative
# clause of place or occasion after a name that holds its year; the day in it is of that year.
_ANTECEDENT_YEAR: Final = re.compile(
    r"\b(?P<year>(?:1[89]|20)\d\d)\s(?:[\w’'-]{1,30}\s){0,3}?[\w’'-]{1,30},\s{0,3}"
    r"(?:at\s+which|where|during\s+which|in\s+which)\s"
)
_ANTECEDENT_REACH: Final = 120  # characters from the clause's opening to the day


def _year_of_antecedent(ctx: Context, mention: TemporalMention) -> TemporalMention:
    """A day or month without a year, in a clause "at which" or "where" after a name that
    holds its year ("the 2008 summit, at which the Charter was adopted on 14 March"), is
    of that year, not of the year the document's date gave it. A year in the day itself,
    or a clause break or another date between, leaves it."""
    value = mention.value
    if not isinstance(value, DateSpan) or not isinstance(value.start, PartialDate):
        return mention
    reference = mention.reference
    if (
        not isinstance(reference, DateReference)
        or reference.month is None
        or reference.year is not None
        or reference.shift_unit is not None
        or reference.weekday is not None
        or YEAR.search(mention.text)
    ):
        return mention  # "last month", "on Monday", "March 2008": not a bare month or day
    sentence = ctx.sentence_at(mention.start)
    low = max(sentence.start, mention.start - _ANTECEDENT_REACH - 60)
    found = next(reversed(list(_ANTECEDENT_YEAR.finditer(ctx.text, low, mention.start))), None)
    if (
        found is None
        or mention.start - found.end() > _ANTECEDENT_REACH
        or _CLAUSE_BREAK.search(ctx.text, found.end(), mention.start)
        or len(ctx.temporal_starting(found.end(), mention.start)) > 0
    ):
        return mention
    years = int(found.group("year")) - value.start.year
    if years == 0:
        return mention
    try:
        shifted = DateSpan(
            _shift(value.start, years), _shift(value.end, years), approximate=value.approximate
        )
    except InvalidValueError:
        return mention  # 29 February of a year without it
    return attrs.evolve(mention, value=shifted)


# "tomorrow and on Friday", "today and tomorrow": two days joined by "and" (the second
# with "on" or not) that end the clause: a stop, a comma, a bracket or a place or purpose
# follows, not a clause of their own ("yesterday and today the ministers met").
_DAY_AND: Final = re.compile(r"\s{1,2}and\s{1,2}(?:on\s{1,2})?")
_DAY_AND_END: Final = re.compile(r"\s{0,2}(?:[.,;:)\n]|\Z)|\s{1,2}(?:in|at|for|with|where|under)\b")


def _joined_days(
    ctx: Context, first: TemporalMention, second: TemporalMention
) -> TemporalMention | None:
    """``first`` and ``second`` as one stretch when they name two days in a row.

    "The summit will be held in Quito tomorrow and on Friday" (written on a Wednesday) is
    held on two days; the tagger reads "tomorrow" and "Friday" apart. Only days that
    follow each other are joined, and only when the second ends the clause ("opened
    yesterday and today the ministers met" keeps two days for two clauses).
    """
    if first.timex_type != "DATE" or second.timex_type != "DATE":
        return None
    one, two = first.value, second.value
    if not (isinstance(one, DateSpan) and isinstance(two, DateSpan)):
        return None
    if not (one.is_single and two.is_single):
        return None
    day, next_day = one.start, two.start
    if not (isinstance(day, PartialDate) and isinstance(next_day, PartialDate)):
        return None
    if day.day is None or next_day.day is None or day.month is None or next_day.month is None:
        return None
    gap = ctx.text[first.end : second.start]
    if _DAY_AND.fullmatch(gap) is None:
        return None
    if _DAY_AND_END.match(ctx.text, second.end, second.end + 8) is None:
        return None
    try:
        following = datetime.date(day.year, day.month, day.day) + datetime.timedelta(days=1)
    except OverflowError:  # past the calendar's ends
        return None
    if PartialDate.from_date(following) != next_day:
        return None
    return attrs.evolve(
        first,
        end=second.end,
        text=ctx.text[first.start : second.end],
        value=DateSpan(day, next_day),
    )


# "Correction: An earlier version of this story said the session would be held in
# September." What the earlier version said is withdrawn.
_EARLIER_VERSION: Final = re.compile(
    r"\bearlier\s+version\s+of\s+this\s+(?:story|article|report|item|dispatch)\b", re.IGNORECASE
)


def _withdrawn(ctx: Context, mention: TemporalMention, corrections: list[int]) -> bool:
    """Whether the date is in a correction's account of what an earlier version said.

    ``corrections`` holds where "earlier version of this story" starts, in text order.
    """
    if not corrections:
        return False
    before = bisect.bisect_left(corrections, mention.start) - 1
    return before >= 0 and corrections[before] >= ctx.sentence_at(mention.start).start


_APPOSITION: Final = re.compile(r"\s{0,2}[,(]\s{0,2}(?:(?:from|on|between)\s{1,2})?")


def _specifies(ctx: Context, vague: TemporalMention, precise: TemporalMention) -> bool:
    """Whether ``precise``, in apposition right after ``vague``, names a part of it."""
    if vague.timex_type != "DATE" or precise.timex_type != "DATE":
        return False  # "On 4 June, from 16:30 to 17:05": the day and its times
    if not _APPOSITION.fullmatch(ctx.text, vague.end, precise.start):
        return False
    outer, inner = vague.value, precise.value
    return (
        isinstance(outer, DateSpan)
        and isinstance(inner, DateSpan)
        and outer != inner
        and outer.contains(inner)
    )


_EARLIER_LATER: Final = re.compile(r"(?:earlier|later)\s+(?:this|last|next)\s+(?:year|month)")
_EARLIER_LATER_BEFORE: Final = re.compile(r"\b(?:earlier|later)\s+$", re.IGNORECASE)
_UNIT_VALUE: Final = re.compile(r"[0-9]{4}(?:-[0-9]{2})?")


def _whole_unit(ctx: Context, mention: TemporalMention) -> TemporalMention:
    """ "earlier this year", "later this month" date an event by the year or the month.

    The tagger reads them as the part of the unit before or after the document's date;
    an event said to fall then is dated no more precisely than the unit.
    """
    text = mention.text.lower()
    if not (
        _EARLIER_LATER.fullmatch(text)
        or (
            text.startswith(("this ", "last ", "next "))
            and _EARLIER_LATER_BEFORE.search(ctx.text, max(0, mention.start - 10), mention.start)
        )
    ):
        return mention
    if not _UNIT_VALUE.fullmatch(mention.timex_value):
        return mention
    try:
        unit = PartialDate.parse_iso(mention.timex_value)
    except (ISOFormatError, InvalidValueError):
        return mention
    return attrs.evolve(mention, value=DateSpan.of(unit))


def _from_last_day(
    mention: TemporalMention, last_day: tuple[int, PartialDate] | None
) -> TemporalMention:
    """ "the same day", "the following day" count from the last day named, if near.

    The tagger resolves them against the document's date; an article that has just named
    another day ("arrived on March 18 ... opened the forum the same day") means that one.
    """
    reference = mention.reference
    if (
        last_day is None
        or mention.start - last_day[0] > 600
        or not isinstance(reference, DateReference)
        or not reference.anaphoric
        or reference.shift_unit is not Unit.DAY
        or reference.weekday is not None
    ):
        return mention
    day = last_day[1]
    try:
        moved = datetime.date(day.year, day.month or 1, day.day or 1) + datetime.timedelta(
            days=reference.shift
        )
    except OverflowError:  # past the calendar's ends
        return mention
    return attrs.evolve(mention, value=DateSpan.of(PartialDate.from_date(moved)))


def _from_entry_day(
    mention: TemporalMention, headings: list[tuple[int, DateSpan]]
) -> TemporalMention:
    """ "yesterday", "today", "tomorrow" in a dated entry count from the entry's day.

    The tagger resolves them against the document's date (a live blog's last update); an
    entry headed "Tuesday 19 October" that says "yesterday" means the 18th.
    """
    reference = mention.reference
    if not headings or mention.start < headings[0][0]:
        return mention
    position = bisect.bisect_right([end for end, _ in headings], mention.start) - 1
    day = headings[position][1].start
    assert isinstance(day, PartialDate)
    heading = datetime.date(day.year, day.month or 1, day.day or 1)
    if mention.timex_type == "DATE" and isinstance(reference, RangeReference):
        # "189th session of the Council, Wednesday and Thursday" under "WEDNESDAY 1 OCTOBER"
        first, last = reference.start, reference.end
        if first is None or last is None or not (_bare_weekday(first) and _bare_weekday(last)):
            return mention
        assert first.weekday is not None
        assert last.weekday is not None
        start = _nearest_weekday(heading, first.weekday)
        end = start + datetime.timedelta(days=(last.weekday - first.weekday) % 7)
        span = DateSpan(PartialDate.from_date(start), PartialDate.from_date(end))
        return attrs.evolve(mention, value=span)
    if not isinstance(reference, DateReference) or reference.anaphoric:
        return mention
    if mention.timex_type == "DATE" and _bare_weekday(reference):
        # a weekday in an entry is of the entry's week, whatever the tense
        assert reference.weekday is not None
        moved = _nearest_weekday(heading, reference.weekday)
        return attrs.evolve(mention, value=DateSpan.of(PartialDate.from_date(moved)))
    if reference.shift_unit is not Unit.DAY or reference.weekday is not None:
        return mention
    moved = heading + datetime.timedelta(days=reference.shift)
    return attrs.evolve(mention, value=DateSpan.of(PartialDate.from_date(moved)))


def _ahead_for_plan(
    ctx: Context, candidate: Candidate, mention: TemporalMention, value: DateSpan
) -> DateSpan:
    """A bare weekday that dates a plan lies ahead: "where she holds talks with NAME, on
    Monday" in a Friday bulletin is the Monday after, even where the tense of the words
    before it was too far to read. Other dates are left as the tagger gave them."""
    published = ctx.published
    reference = mention.reference
    start = value.start
    if (
        not candidate.future
        or published is None
        or published.day is None
        or not isinstance(reference, DateReference)
        or not _bare_weekday(reference)
        or not isinstance(start, PartialDate)
        or start.day is None
        or not value.is_single
    ):
        return value
    day, anchor = start.first_day(), published.first_day()
    if day >= anchor:
        return value
    return DateSpan.of(PartialDate.from_date(day + datetime.timedelta(days=7)))


def _bare_weekday(reference: DateReference) -> bool:
    """ "Wednesday" alone: no date, no "last" or "next", no clock time."""
    return (
        reference.weekday is not None
        and reference.year is None
        and reference.month is None
        and reference.day is None
        and reference.shift_unit is None
        and reference.lean is None
        and reference.hour is None
    )


def _nearest_weekday(day: datetime.date, weekday: int) -> datetime.date:
    """The day with ISO ``weekday`` nearest ``day`` (three days either side at most)."""
    delta = (weekday - day.isoweekday()) % 7
    return day + datetime.timedelta(days=delta - 7 if delta > 3 else delta)


def _same_month(ctx: Context, mention: TemporalMention) -> TemporalMention:
    published = ctx.published
    value = mention.value
    if (
        published is None
        or published.month is None
        or published.day is not None
        or not isinstance(value, DateSpan)
        or YEAR.search(mention.text)
        or _YEAR_WORD.search(mention.text)
    ):
        return mention
    start = value.start
    if (
        isinstance(start, PartialDate)
        and start.year == published.year - 1
        and start.month == published.month
    ):
        try:
            shifted = DateSpan(
                _shift(value.start, 1), _shift(value.end, 1), approximate=value.approximate
            )
        except InvalidValueError:
            return mention
        return attrs.evolve(mention, value=shifted)
    return mention


def _shift(point: TimePoint | None, years: int) -> TimePoint | None:
    if point is None:
        return None
    if isinstance(point, PartialDate):
        return attrs.evolve(point, year=point.year + years)
    return attrs.evolve(point, year=point.year + years)


def attach_dates(ctx: Context) -> None:
    """Give each dateable candidate the date that governs it (see the module docstring).

    Examples:
        >>> from diplotimeline.extract._event_names import find_named_events
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "The Lima Summit was held on May 2, 2031."
        >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
        >>> [c.name for c in find_named_events(ctx, ctx.sentences[0])]
        ['Lima Summit']
        >>> attach_dates(ctx)
        >>> ctx.candidates[0].when
        DateSpan('2031-05-02')
    """
    headings = _entry_headings(ctx)
    since = ctx.cues.frames.get("since")
    _attach(ctx, _usable_dates(ctx, headings), since)
    _date_schedule_items(ctx, headings)
    _stretch_visits(ctx)


# An item of a programme: a line that opens with a clock time ("- 09:00 ICT (02:00 GMT): ").
_ITEM_START: Final = re.compile(r"[ \t]{0,4}(?:[-•*–][ \t]{1,3})?")
_ITEM_TIME_END: Final = re.compile(
    r"(?:[ \t]{0,3}[-–][ \t]{0,3}[0-9:.]{4,5}"  # "-17:30 ICT", "-12:30 UTC-5"
    r"(?:[ \t]{1,3}[A-Z]{2,5}(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?)?"
    r"(?:[ \t]{0,3}\([^\n()]{0,30}\))?[ \t]{0,3}[:–—-][ \t]"  # "(07:00-10:30 GMT): "
)


# What an item may say before the event it is about: "Adoption and signing of the ...".
_ITEM_HEAD: Final = re.compile(
    r"(?:(?:the\s)?(?:adoption|signing|signature|launch)(?:\s(?:and|&)\s(?:adoption|signing"
    r"|signature))?(?:\sceremony)?\sof\s(?:the\s)?|the\s)?",
    re.IGNORECASE,
)


def _date_schedule_items(ctx: Context, headings: list[tuple[int, DateSpan]]) -> None:
    """Date the items of a programme by their day heading and their clock time.

    Under a heading "Tuesday 2 April", the line "- 14:00-17:30 ICT (07:00-10:30 GMT):
    International Conference on the Mekong" dates the conference from 14:00 to 17:30 on
    2 April, in the zone written. Only a text with two day headings or more is a programme
    (see :func:`_entry_headings`), and only the event an item opens with ("Adoption and
    signing of the X" dates X; "Opening ceremony of the Summit" dates no summit).
    """
    if not headings:
        return
    text = ctx.text
    for candidate in ctx.candidates:
        line = text.rfind("\n", 0, candidate.start) + 1
        number = bisect.bisect_right([end for end, _ in headings], line) - 1
        if number < 0:
            continue
        day = headings[number][1].start
        if not isinstance(day, PartialDate) or day.day is None:
            continue
        opening = _ITEM_START.match(text, line)
        first = next(
            (
                m
                for m in ctx.temporal_starting(opening.end() if opening else line, candidate.start)
                if m.timex_type == "TIME"
            ),
            None,
        )
        if first is None or opening is None or first.start != opening.end():
            continue
        item_end = _ITEM_TIME_END.match(text, first.end, candidate.start)
        if (
            item_end is None
            or (
                not opening.group().strip()
                and not item_end.group().rstrip().endswith(":")
                and not _is_day_headed(text, headings, number)
            )
            or ctx.sentence_at(first.start).index != candidate.sentence
            or (candidate.when is not None and _day_of(candidate.when) != DateSpan.of(day))
        ):
            continue  # another sentence of the item, or a date of its own
        value = first.value
        if not isinstance(value, DateSpan) or not isinstance(value.start, LocalDateTime):
            continue
        if (
            _ITEM_HEAD.fullmatch(text, item_end.end(), candidate.start) is None
            and not (
                candidate.kind is not EventKind.MEETING
                and _SIGNING_HEAD.match(text, item_end.end())
                and _ITEM_BREAK.search(text, item_end.end(), candidate.start) is None
            )
            and not _is_item_act(ctx, candidate, item_end.end())
        ):
            if candidate.kind is not EventKind.MEETING and candidate.when is None:
                # "- 8:00 am: visit to the campus, where the minister will open the X
                # Scheme": what an item tells besides its opening is of the item's day
                candidate.when, candidate.date_text = DateSpan.of(day), first.text
            continue
        moment = _at(day, value.start)
        if moment.offset_minutes is None:
            moment = _programme_zone(ctx, headings[0][0], first, moment)
        candidate.when = _until(ctx, first, moment)
        candidate.date_text = first.text


# A line that opens with a clock time ("08:15 - ..."), as against a day ("FRIDAY 18 MAY").
_CLOCK_LINE: Final = re.compile(r"[ \t]{0,4}[0-9]{1,2}[:.][0-9]{2}\b")


def _is_day_headed(text: str, headings: list[tuple[int, DateSpan]], number: int) -> bool:
    """Whether a heading up to ``headings[number]`` is a day of its own ("FRIDAY 18 MAY").

    Lines that open with a clock time and a dash ("08:15 - The Prime Minister receives
    ...") are the items of a programme when days head them; alone they may be the
    entries of a live blog of one day ("16:40 ICT - Summit closes"), whose clock times
    tell when an entry was written, not when its event was.
    """
    for end, _day in headings[: number + 1]:
        line = text.rfind("\n", 0, max(0, end - 1)) + 1
        if _CLOCK_LINE.match(text, line) is None:
            return True
    return False


# The subject of an item told by a sentence: "08:15 - The Prime Minister receives the
# President of X", "09:00 - Ministers A and B sign a memorandum of understanding on Y".
_ITEM_SUBJECT: Final = re.compile(
    r"(?:The\s)?(?:[A-Z][\w’'.-]{0,30}\s){1,5}(?:and\s(?:[A-Z][\w’'.-]{0,30}\s){1,3})?"
)
_ITEM_ACT: Final = re.compile(
    r"(?:sign|adopt|conclude|launch)(?:s|es)?\s(?:an?\s|the\s)?", re.IGNORECASE
)


def _is_item_act(ctx: Context, candidate: Candidate, start: int) -> bool:
    """Whether an item's sentence tells ``candidate`` with its own verb, right after a
    short subject: "The Prime Minister receives the President of X" (a meeting told by
    its verb), "Ministers A and B sign a memorandum on Y" (an act on the agreement)."""
    text = ctx.text
    subject = _ITEM_SUBJECT.match(text, start, candidate.start)
    if subject is None:
        return False
    if candidate.kind is EventKind.MEETING:
        return subject.end() == candidate.start and text[candidate.start].islower()
    return _ITEM_ACT.fullmatch(text, subject.end(), candidate.start) is not None


# An item that opens with a signing: "- 11:00 am: signing of the X Arrangement and of a
# Memorandum of Understanding on Y, followed by a joint press conference" signs both.
_SIGNING_HEAD: Final = re.compile(
    r"(?:the\s)?(?:adoption|signing|signature|exchange)(?:\s(?:and|&)\s(?:adoption|signing"
    r"|signature))?(?:\sceremony)?\sof\s",
    re.IGNORECASE,
)
_ITEM_BREAK: Final = re.compile(r"[;:]|\.\s|\bfollowed\s+by\b|,\s*(?:where|after|before)\b")


def _programme_zone(
    ctx: Context, start: int, item: TemporalMention, moment: LocalDateTime
) -> LocalDateTime:
    """An item's clock time in the zone an earlier item of the programme wrote.

    "Day 1 ... - 2:15 pm (Fiji Time, UTC+12): arrival", then "- 11:00 am: signing of the
    X": the programme keeps its zone. ``start`` is where the programme's first heading
    ends; unchanged when no earlier item gave a zone.
    """
    zoned: LocalDateTime | None = None
    for mention in ctx.temporal_starting(start, item.start):
        value = mention.value
        if mention.timex_type != "TIME" or not isinstance(value, DateSpan):
            continue
        there = value.start
        if not isinstance(there, LocalDateTime) or there.offset_minutes is None:
            continue
        line = ctx.text.rfind("\n", 0, mention.start) + 1
        if _ITEM_START.fullmatch(ctx.text, line, mention.start):
            zoned = there  # the time an item opens with
    return moment if zoned is None else _at(moment.date, moment, zoned=zoned)


def _attach(ctx: Context, dates: list[TemporalMention], since: re.Pattern[str] | None) -> None:
    by_sentence: dict[int, list[TemporalMention]] = {}
    for mention in dates:
        by_sentence.setdefault(ctx.sentence_at(mention.start).index, []).append(mention)
    for sentence in ctx.sentences:
        mentions = by_sentence.get(sentence.index, [])
        if not mentions:
            continue
        dateable = [
            c
            for c in ctx.in_sentence(sentence)
            if c.dateable
            and c.when is None
            and not (c.inherit and c.host is not None and c.kind is not EventKind.MEETING)
        ]
        if not dateable:
            continue
        bounds: list[TemporalMention] = []
        points: list[TemporalMention] = []
        for mention in mentions:
            left = ctx.text[max(sentence.start, mention.start - 40) : mention.start]
            if (
                since is not None
                and since.search(left)
                # "since last month's summit": the date of the summit, not a bound
                and not _POSSESSIVE.match(ctx.text, mention.end)
            ):
                bounds.append(mention)
            elif (
                _dates_since_noun(ctx, sentence, mention, dateable)
                or _dates_earlier_stage(ctx, sentence, mention)
                or _dates_approval_before_launch(ctx, sentence, mention)
            ):
                continue
            elif mention.timex_type == "DATE" or not points:
                points.append(mention)
            else:
                points.append(mention)
        _assign(ctx, sentence, dateable, points)
        for candidate in dateable:
            if candidate.when is None and bounds:
                _since(ctx, candidate, bounds[0])


# ", initialled in Abu Dhabi in April,", ", which had been initialled on 12 April": a clause
# telling an earlier stage of an agreement, up to the date it gives.
_EARLIER_CLAUSE: Final = re.compile(
    r",\s{0,3}(?:which\s(?:had\s|has\s|was\s){0,2}(?:been\s)?)?(?:first\s)?"
    r"(?:initial(?:l)?ed|negotiated|drafted|agreed\sin\sprinciple)\b",
    re.IGNORECASE,
)
_EARLIER_STAGE: Final = re.compile(_EARLIER_CLAUSE.pattern + r"[^,;()]{0,60}$", re.IGNORECASE)
# The act the sentence tells besides: "was signed last Thursday", "proceeded to the
# signature of".
_SIGNING_TOLD: Final = re.compile(r"\b(?:sign(?:s|ed|ing)?|signature)\b", re.IGNORECASE)


def _dates_earlier_stage(ctx: Context, sentence: Sentence, mention: TemporalMention) -> bool:
    """Whether ``mention`` dates an earlier stage of an agreement in a clause of its own
    (", initialled in Abu Dhabi in April,") while the sentence tells its signing: the date
    is the initialling's, not the agreement's ("initialled in April, was signed last
    Thursday" is signed last Thursday; with no other date, the signing stays undated)."""
    text = ctx.text
    found = _EARLIER_STAGE.search(text, max(sentence.start, mention.start - 80), mention.start)
    if found is None:
        return False
    return (
        _SIGNING_TOLD.search(text, sentence.start, found.start()) is not None
        or _SIGNING_TOLD.search(text, mention.end, sentence.end) is not None
    )


# ", approved in June, will be launched at the summit": the approval of an initiative whose
# launch the sentence tells to come; the launch dates it (by its occasion), not the approval.
_APPROVAL_CLAUSE: Final = re.compile(
    r",\s{0,3}(?:which\s{1,3}(?:was\s{1,3}|(?:had|has)\s{1,3}been\s{1,3})?)?"
    r"(?:approved|endorsed|adopted|agreed)\b[^,;()]{0,60}$",
    re.IGNORECASE,
)
_LAUNCH_TO_COME: Final = re.compile(
    r"\b(?:will|would|is\s{1,3}to|are\s{1,3}to|(?:is|are)\s{1,3}(?:due|expected|set)\s{1,3}to)"
    r"\s{1,3}(?:be\s{1,3})?(?:launched|launch|unveiled|unveil|rolled\s{1,3}out)\b",
    re.IGNORECASE,
)


def _dates_approval_before_launch(
    ctx: Context, sentence: Sentence, mention: TemporalMention
) -> bool:
    """Whether ``mention`` dates the approval of an initiative in a clause of its own
    (", approved in June,") while the sentence tells its launch still to come ("will be
    launched at the summit"): the initiative is dated by its launch (or stays undated), as
    an agreement is by its signing, not its initialling."""
    text = ctx.text
    found = _APPROVAL_CLAUSE.search(text, max(sentence.start, mention.start - 80), mention.start)
    return found is not None and _LAUNCH_TO_COME.search(text, mention.end, sentence.end) is not None


# "their first since the quarrel over the fund last year": the date dates the noun after
# "since", not the event before it.
_SINCE_NOUN: Final = re.compile(
    r"\bsince\s+(?:the|a|an|their|its|his|her|our|this|that)\s+[^,;.()\d]{1,60}$", re.IGNORECASE
)


def _dates_since_noun(
    ctx: Context, sentence: Sentence, mention: TemporalMention, dateable: list[Candidate]
) -> bool:
    """Whether ``mention`` ends a phrase "since the <noun> ..." that holds no candidate: it
    dates that noun ("the quarrel"), not an event named before "since"."""
    found = _SINCE_NOUN.search(ctx.text, max(sentence.start, mention.start - 80), mention.start)
    return found is not None and not any(c.start > found.start() for c in dateable)


_PREMODIFIER: Final = re.compile(
    r"\s+(?!(?:that|which|when|where|and|or|but|as|the|to|in|on|at|by|for|with|from|of|was"
    r"|were|is|are|will|would|after|before|while|until|since|through|under|over|during|when"
    r"|he|she|they|it|we|its|their|his|her|also|then|saw|marked|brought|between|among|amid"
    r"|against|into|within|without|upon|via|per|alongside|following|ahead)\b)[a-z][a-z-]{2,}"
)


_POSSESSIVE: Final = re.compile(r"[’']s\s")


def _horizon(ctx: Context, candidate: Candidate, mention: TemporalMention) -> bool:
    """Whether a year to come names an initiative ("the 2050 Strategy for the Pacific",
    "Agenda 2063")."""
    published = ctx.published
    return (
        candidate.kind is EventKind.INITIATIVE
        and published is not None
        and mention.text.isdigit()
        and int(mention.text) > published.year
        and (
            0 <= candidate.start - mention.end <= 4
            or candidate.start <= mention.start < candidate.end
        )
    )


# "for a two-day visit, during which she will meet": what the clause tells happens on one
# of those days, which the text does not say.
_DURING_STRETCH: Final = re.compile(
    r"\b(?:[2-9]|two|three|four|five|six|seven|eight|nine|ten)[- ]day\s+"
    r"(?:(?:state|official|working|regional|foreign)\s+)?(?:visit|trip|tour|mission)s?"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]{1,30}(?:\s+(?-i:[A-Z])[\w’'-]{1,30}){0,2})?"
    r"\s*,\s*(?:during|in\s+the\s+course\s+of)\s+which\b",
    re.IGNORECASE,
)


def _within_stretch(ctx: Context, mention: TemporalMention, candidate: Candidate) -> bool:
    """Whether a clause ", during which ..." of a stretch of days stands between a date and
    the event it would date: the event is on one of those days, unknown which."""
    if mention.end > candidate.start or candidate.start - mention.end > 300:
        return False
    return _DURING_STRETCH.search(ctx.text, mention.end, candidate.start) is not None


def _is_premodifier(ctx: Context, mention: TemporalMention) -> bool:
    """A bare year before a common noun ("the 2013 overthrow"), or a date in the possessive
    ("August's cyclone", "Tuesday's summit"): it dates that noun only."""
    if _POSSESSIVE.match(ctx.text, mention.end):
        return True
    return mention.text.isdigit() and _PREMODIFIER.match(ctx.text, mention.end) is not None


# How many days a meeting or a visit lasts: "two" to "ten", 2 to 14.
_DAY_COUNT: Final = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])"
_DAYS: Final = re.compile(r"\b" + _DAY_COUNT + r"-day\b", re.IGNORECASE)
# "leaves for Tokyo on 22 June for a four-day visit": leaving for a place starts the trip.
_ENDING: Final = re.compile(
    r"\b(?:conclud\w*|end\w*|wrapp?\w*|(?:left|leaves|leaving|depart\w*)(?!\s{1,3}for\b)"
    r"|clos(?:e|es|ed|ing))\b"
)


# A verb that starts the stretch: "left Lima for Quito, where he will begin a three-day
# visit on Monday" starts the visit on Monday, whatever verb of leaving came before.
_STARTING: Final = re.compile(r"\b(?:begin\w*|began|begun|start\w*|open\w*|arriv\w*)\b")


def _ends_there(text: str, start: int, stop: int) -> bool:
    """Whether a verb of ending, with no verb of starting after it, stands in
    ``text[start:stop]``: the day told is then the stretch's last.

    Examples:
        >>> _ends_there("He concluded a two-day visit", 0, 18)
        True
        >>> _ends_there("He left Lima for Quito, where he will begin a two-day", 0, 50)
        False
        >>> _ends_there("She leaves for Tokyo on 22 June for a four-day", 0, 47)
        False
    """
    ending = collections.deque(_ENDING.finditer(text, start, stop), maxlen=1)
    return bool(ending) and _STARTING.search(text, ending[0].end(), stop) is None


# "on the second day of the President's state visit", "the last day of his visit": the day
# dated is a day inside the visit, not its start.
_NTH_DAY_OF: Final = re.compile(
    r"\b(?P<nth>first|second|third|fourth|fifth|final|last|closing|opening)\s+day\s+of"
    r"(?:\s+(?:the|his|her|their|its|a))?(?:\s+[\w’'.-]{1,30}){0,4}\s*$",
    re.IGNORECASE,
)
_NTH: Final = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _from_nth_day(
    candidate: Candidate, day: datetime.date, nth: re.Match[str], days: int | None
) -> None:
    """Date a visit from the day "on the second day of the visit" names.

    The visit started ``n - 1`` days before; it ended on the day named when that is its
    "last" day, or after ``days`` days when its length is known, else its end is unknown.
    """
    word = nth.group("nth").lower()
    if word in _NTH:
        first = day - datetime.timedelta(days=_NTH[word] - 1)
        last = None if days is None else first + datetime.timedelta(days=days - 1)
    else:  # its last day
        if days is None:
            candidate.when = DateSpan(None, PartialDate.from_date(day))
            return
        first, last = day - datetime.timedelta(days=days - 1), day
    if last is not None and last < day:
        return  # "the fourth day of a two-day visit": not a day of it
    candidate.when = DateSpan(
        PartialDate.from_date(first), None if last is None else PartialDate.from_date(last)
    )


# "The two-day Andean Summit", "the Ministerial Meeting, a two-day event,": the length of
# the meeting named next to it.
_DAYS_AFTER: Final = re.compile(r",\s{0,2}(?:a|an|the)\s+")


def _days_of(ctx: Context, candidate: Candidate) -> re.Match[str] | None:
    """The "N-day" that gives the candidate's length: anywhere in a visit's sentence
    ("arrived on Tuesday for a two-day visit"), else right before the meeting's name or
    in an apposition right after it."""
    sentence = ctx.sentences[candidate.sentence]
    if candidate.form == "visit":
        return _DAYS.search(ctx.text, sentence.start, sentence.end)
    found = _DAYS.search(ctx.text, max(sentence.start, candidate.start - 20), candidate.end)
    if found is not None:
        return found
    after = _DAYS_AFTER.match(ctx.text, candidate.evidence_end, sentence.end)
    if after is not None:
        return _DAYS.match(ctx.text, after.end(), sentence.end)
    # "The summit ended in Quito on Wednesday after three days of talks": it ran those days
    days = _AFTER_DAYS.search(ctx.text, candidate.evidence_end, sentence.end)
    if days is not None and _ENDING.search(ctx.text, sentence.start, days.start()):
        return days
    # "closed their summit in Palau on Sunday ..., but a split overshadowed the two-day
    # meeting": the meeting that ended, taken up later in its sentence, when no other is
    # named there ("met on Wednesday to prepare the three-day summit" is another one)
    taken_up = _THE_DAYS_MEETING.search(ctx.text, candidate.evidence_end, sentence.end)
    if (
        taken_up is not None
        and _ends_there(ctx.text, sentence.start, candidate.evidence_end)
        and not any(
            other.kind is EventKind.MEETING and other.start != candidate.start
            for other in ctx.in_sentence(sentence)
        )
    ):
        return taken_up
    return None


_AFTER_DAYS: Final = re.compile(r"\bafter\s+" + _DAY_COUNT + r"\s+days\b", re.IGNORECASE)
_THE_DAYS_MEETING: Final = re.compile(
    r"\b(?:the|its|their)\s{1,3}" + _DAY_COUNT + r"-day\s{1,3}(?:meeting|summit|conference"
    r"|session|gathering|forum|congress)\b",
    re.IGNORECASE,
)


def _stretch_visits(ctx: Context) -> None:
    """A visit or meeting dated by one day that "a three-day visit" says spans three days.

    The day is the first ("arrived on Tuesday for a two-day visit", "the two-day Summit
    opened on Monday") unless the sentence says the visit ended then ("concluded a
    three-day visit on Friday").
    """
    for candidate in ctx.candidates:
        _stretch(ctx, candidate)
        _to_the_close(ctx, candidate)
        _to_the_close_told_after(ctx, candidate)
        _second_leg(ctx, candidate)


# "travels to Cairo on Monday and to Amman on Wednesday": the trip's next leg and its day.
_SECOND_LEG: Final = re.compile(
    r",?[ \t]{1,3}(?:and|then)[ \t]{1,3}(?:then[ \t]{1,3})?(?:on[ \t]{1,3})?to[ \t]{1,3}"
    r"(?-i:[A-Z])[\w’'.-]{1,30}(?:[ \t]{1,3}(?-i:[A-Z])[\w’'.-]{1,30}){0,2}[ \t]{1,3}on[ \t]{1,3}"
)
_LEG_DAYS: Final = 14  # the longest trip two legs may span


def _second_leg(ctx: Context, candidate: Candidate) -> None:
    """Stretch a visit of one day to the day its next leg is told.

    "The Secretary-General travels to Cairo on Monday and to Amman on Wednesday": one trip,
    from Monday to Wednesday. Only right after the visit's own day, "and (then) to <Place>
    on <day>", a later day at most two weeks on.
    """
    if candidate.form != "visit":
        return
    day = _meeting_day(candidate)
    if day is None or candidate.date_text is None:
        return
    sentence = ctx.sentences[candidate.sentence]
    for mention in ctx.temporal_starting(candidate.end, sentence.end):
        if mention.text != candidate.date_text or mention.value != candidate.when:
            continue
        leg = _SECOND_LEG.match(ctx.text, mention.end, sentence.end)
        if leg is None:
            return
        for told in ctx.temporal_starting(leg.end(), leg.end() + 1):
            value = told.value
            if told.timex_type != "DATE" or not isinstance(value, DateSpan):
                continue
            last = value.start
            if not value.is_single or not isinstance(last, PartialDate) or last.day is None:
                continue
            gap = (last.first_day() - day.first_day()).days
            reference = told.reference
            if (
                gap <= 0
                and isinstance(reference, DateReference)
                and reference.weekday is not None
                and reference.day is None
                and reference.shift_unit is None
            ):
                # "on Monday and to Quito on Thursday", read on a Wednesday: the Thursday
                # after that Monday, which the tagger read alone as the coming one
                gap += 7
                last = PartialDate.from_date(last.first_day() + datetime.timedelta(days=7))
            if 0 < gap <= _LEG_DAYS:
                candidate.when = DateSpan(day, last)
        return


# "The summit closes on Wednesday", "It ends on Wednesday": the closing day of the meeting
# named in one of the two sentences before.
_CLOSES_AFTER: Final = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?P<who>it|the\s+(?P<noun>summit|meeting|session|conference|forum"
    r"|talks|gathering|dialogue|visit))\s+(?:will\s+)?(?:close|closes|end|ends|conclude"
    r"|concludes|wrap\s+up|wraps\s+up|runs?\s+until|continues?\s+until|lasts?\s+until)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_LOOK_AHEAD: Final = 2  # sentences


def _to_the_close_told_after(ctx: Context, candidate: Candidate) -> None:
    """Stretch a meeting dated by one day to the closing day a next sentence tells."""
    day = _meeting_day(candidate)
    if day is None:
        return
    last_sentence = min(len(ctx.sentences) - 1, candidate.sentence + _LOOK_AHEAD)
    if last_sentence == candidate.sentence:
        return
    low, high = ctx.sentences[candidate.sentence].end, ctx.sentences[last_sentence].end
    for mention in ctx.temporal_starting(low, high):
        value = mention.value
        if mention.timex_type != "DATE" or not isinstance(value, DateSpan) or not value.is_single:
            continue
        sentence = ctx.sentence_at(mention.start)
        told = _CLOSES_AFTER.search(
            ctx.text, max(sentence.start - 2, mention.start - 60), mention.start
        )
        if told is None:
            continue
        noun = (told.group("noun") or "").lower()
        between = [
            c for c in ctx.starting(candidate.end, mention.start) if c.kind is EventKind.MEETING
        ]
        if noun and noun not in candidate.name.lower() and noun != candidate.form:
            return  # "the talks end on Friday" after a summit: other talks
        if any(not noun or noun in c.name.lower() for c in between):
            return  # "it" or "the summit" is the meeting named in between
        _close_on(candidate, day, mention, within=datetime.timedelta(days=14))
        return


# "opened in Apia on Monday and will close on Wednesday", ", which opened on Tuesday, ends on
# Thursday": the day a meeting closes, told after the day it opened.
_WHERE: Final = (
    r"(?:\s+(?:formally|officially|only|here|there))?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,2})?"
)
_OPENED: Final = re.compile(
    r"\b(?:opened|opens|began|begins|started|starts|kicked\s+off|convened|got\s+under\s*way)"
    + _WHERE
    + r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_CLOSES: Final = re.compile(
    r"\b(?:(?:will\s+)?(?:close|end|conclude|wrap\s+up)|closes|ends|concludes|wraps\s+up"
    r"|closed|ended|concluded|wrapped\s+up|runs\s+until|continues\s+until|lasts\s+until)"
    + _WHERE
    + r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# "arrived in Port Louis this morning for a port call that runs until Thursday": the day
# of the arrival or opening, then the day the meeting's own relative clause runs until.
_ARRIVED: Final = re.compile(
    r"\b(?:arrive[sd]?|open(?:s|ed)?|began|begins?|start(?:s|ed)?)" + _WHERE + r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_RUNS_UNTIL: Final = re.compile(
    # "arrived in Lima yesterday for a state visit that ...": the visit the arrival is for
    r"(?:[^;.]{0,60}?\bfor\s{1,2}(?:a|an|the|her|his|their|its)\s{1,2}(?:[\w-]{1,20}\s{1,2}){0,3}?"
    r"(?:visit|call|tour|stay|trip|session|summit|meeting|conference|forum))?"
    r"\s{0,2},?\s{0,2}(?:that|which)\s{1,2}(?:will\s{1,2})?(?:runs?|lasts?|continues?)"
    r"\s{1,2}until\s{1,2}(?:on\s{1,2})?",
    re.IGNORECASE,
)


def _to_the_close(ctx: Context, candidate: Candidate) -> None:
    """Stretch a meeting dated by the day it opened to the day its sentence says it closes.

    A meeting dated by the day it "runs until", named after the day of an arrival or an
    opening ("arrived this morning for a port call that runs until Thursday"), runs from
    that day.
    """
    day = _meeting_day(candidate)
    if day is None:
        return
    sentence = ctx.sentences[candidate.sentence]
    opened = False
    arrival: PartialDate | None = None
    for mention in ctx.temporal_starting(sentence.start, sentence.end):
        value = mention.value
        if not isinstance(value, DateSpan) or not value.is_single:
            continue
        left = ctx.text[max(sentence.start, mention.start - 50) : mention.start]
        start = value.start
        if mention.timex_type != "DATE":
            if (
                _is_day_part(mention)
                and isinstance(start, PartialDate)
                and start.day is not None
                and _ARRIVED.search(left)
            ):
                arrival = start  # "arrived this morning"
            continue
        if value.start == day and _OPENED.search(left):
            opened = True
        elif opened and _CLOSES.search(left):
            _close_on(candidate, day, mention)
            return
        elif (
            arrival is not None
            and day in (value.start, arrival)
            and candidate.evidence_end <= mention.start
            and _RUNS_UNTIL.fullmatch(ctx.text, candidate.evidence_end, mention.start)
        ):
            _close_on(candidate, arrival, mention, within=datetime.timedelta(days=14))
            return
        if isinstance(start, PartialDate) and start.day is not None and _ARRIVED.search(left):
            arrival = start


def _meeting_day(candidate: Candidate) -> PartialDate | None:
    """The day of a meeting dated by a single day, else None."""
    when = candidate.when
    if candidate.kind is not EventKind.MEETING or when is None or not when.is_single:
        return None
    day = when.start
    return day if isinstance(day, PartialDate) and day.day is not None else None


def _close_on(
    candidate: Candidate,
    day: PartialDate,
    mention: TemporalMention,
    within: datetime.timedelta | None = None,
) -> None:
    """Stretch a meeting that opened on ``day`` to the day ``mention`` says it closes.

    A bare weekday ("opened on Monday ... ends on Thursday") is the first after the opening
    day, whatever tense the tagger read; the close must come after the opening, and within
    ``within`` of it when given.
    """
    value = mention.value
    last = value.start if isinstance(value, DateSpan) else None
    if not isinstance(last, PartialDate) or last.day is None:
        return
    first_day, last_day = day.first_day(), last.first_day()
    reference = mention.reference
    if isinstance(reference, DateReference) and _bare_weekday(reference):
        assert reference.weekday is not None
        ahead = (reference.weekday - first_day.isoweekday()) % 7 or 7
        last_day = first_day + datetime.timedelta(days=ahead)
    if first_day < last_day and (within is None or last_day <= first_day + within):
        candidate.when = DateSpan(day, PartialDate.from_date(last_day))


def _stretch(ctx: Context, candidate: Candidate) -> None:
    """Stretch one meeting's single day over the days "a three-day visit" gives it."""
    day = _meeting_day(candidate)
    if day is None:
        return
    sentence = ctx.sentences[candidate.sentence]
    found = _days_of(ctx, candidate)
    nth = None
    if candidate.form == "visit":
        nth = _NTH_DAY_OF.search(
            ctx.text, max(sentence.start, candidate.start - 60), candidate.start
        )
    if found is None and nth is None:
        return
    first = day.first_day()
    if nth is not None:
        _from_nth_day(candidate, first, nth, None if found is None else count_of(found.group("n")))
        return
    assert found is not None
    days = count_of(found.group("n"))
    # "concluded a three-day visit", "the three-day Summit closed on Tuesday"
    stop = found.start() if candidate.form == "visit" else sentence.end
    if _ends_there(ctx.text, sentence.start, stop):
        first, last = first - datetime.timedelta(days=days - 1), first
    else:
        last = first + datetime.timedelta(days=days - 1)
    candidate.when = DateSpan(PartialDate.from_date(first), PartialDate.from_date(last))


# A non-restrictive relative clause: ", who arrived in Tbilisi on Monday," dates only itself.
_RELATIVE_OPEN: Final = re.compile(r",\s{0,3}(?:who|which|whose)\s[^,;()]{0,120}$")
_RELATIVE_CLOSE: Final = re.compile(r"[^,;()]{0,120}?,")
_SENTENCE_END: Final = re.compile(r"[^,;()]{0,120}?[.!?]?[\"”’]?\s*$")


def _relative_clause(ctx: Context, mention: TemporalMention) -> tuple[int, int] | None:
    """The span of the comma-enclosed relative clause holding ``mention``, if any."""
    sentence = ctx.sentence_at(mention.start)
    left = max(sentence.start, mention.start - 130)
    opened = _RELATIVE_OPEN.search(ctx.text, left, mention.start)
    if opened is None:
        return None
    closed = _RELATIVE_CLOSE.match(ctx.text, mention.end, sentence.end)
    if closed is not None:
        return (opened.start(), closed.end())
    # A clause that ends the sentence (", which was first endorsed in 2023.") holds its date
    # only when it describes an event read there: a date told of a person or a thing
    # ("..., who arrived on Monday.") may be the sentence's.
    if _SENTENCE_END.match(ctx.text, mention.end, sentence.end) is None:
        return None
    if not any(
        _is_antecedent(ctx, candidate, opened.start()) for candidate in ctx.in_sentence(sentence)
    ):
        return None
    return (opened.start(), sentence.end)


_ANTECEDENT_GAP: Final = re.compile(r"\s{0,2}(?:\([^()]{1,30}\)\s{0,2})?")


def _is_antecedent(ctx: Context, candidate: Candidate, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` describes the candidate ("the Council, which
    will be held on April 12", "NAFTA (the Agreement), which entered into force in 1994")."""
    end = candidate.evidence_end
    return end <= clause_start and (
        _ANTECEDENT_GAP.fullmatch(ctx.text, end, clause_start) is not None
    )


# ", held in Yerevan on 27-28 February": the clause dates a meeting, never an agreement.
_HELD_CLAUSE: Final = re.compile(
    r",\s{0,3}(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:held|convened)\s"
    r"[^,;()]{0,80}$",
    re.IGNORECASE,
)


class _Scope(NamedTuple):
    """What a date's own words say about the events it may date (read once per date)."""

    held: bool  # in ", held in P on D": a meeting's date
    clause: tuple[int, int] | None  # the relative clause that holds it
    premodifier: bool  # "the 2013 overthrow"
    negotiations: bool  # "negotiations launched in November 2033": not the agreement's date

    @classmethod
    def of(cls, ctx: Context, mention: TemporalMention) -> _Scope:
        held = _HELD_CLAUSE.search(ctx.text, max(0, mention.start - 100), mention.start)
        launched = _LAUNCHED_TALKS.search(ctx.text, max(0, mention.start - 80), mention.start)
        return cls(
            held is not None,
            _relative_clause(ctx, mention),
            _is_premodifier(ctx, mention),
            launched is not None,
        )


_NEGOTIATIONS_ON: Final = re.compile(
    r"\b(?:negotiations|talks)\s+(?:on|for|over|about)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE
)
# "concluded after negotiations launched in November 2033", "the negotiations, launched in
# Tbilisi in October 2027,": the date of the talks' start, which an agreement does not take.
_LAUNCHED_TALKS: Final = re.compile(
    r"\b(?:negotiations|talks)\s{0,2},?\s{0,2}(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:launched|opened|began|started)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


def _talks_date(ctx: Context, candidate: Candidate, scope: _Scope) -> bool:
    """Whether the date is of the negotiations on an agreement, not of the agreement.

    "the Agreement, concluded after negotiations launched in 2033", "opened negotiations on
    the Agreement at a first round" (unless the agreement has a stage of its own: "...on
    the Agreement, signed in Lima on ...").
    """
    if candidate.kind is not EventKind.AGREEMENT:
        return False
    return scope.negotiations or (
        candidate.stage in (None, AgreementStage.NEGOTIATIONS_LAUNCHED)
        and _NEGOTIATIONS_ON.search(ctx.text, max(0, candidate.start - 30), candidate.start)
        is not None
    )


def _deadline_of_content(
    ctx: Context, candidate: Candidate, mention: TemporalMention, antecedent: bool
) -> bool:
    """Whether a deadline ("by 2065", a span open at its start) in the relative clause after
    an agreement tells what the agreement commits to, not when it was made: "the X
    Declaration, which commits members to a common register by 2065"."""
    value = mention.value
    return (
        antecedent
        and candidate.kind is EventKind.AGREEMENT
        and isinstance(value, DateSpan)
        and value.start is None
    )


# "setting out their demands for the UN climate conference, COP77, in": a meeting the act
# is addressed to, right before the date (the meeting's, not the act's).
_ADDRESSED: Final = re.compile(
    r"\b(?:for|ahead\s{1,3}of|before|in\s{1,3}the\s{1,3}run-up\s{1,3}to|calls?\s{1,3}on"
    r"|calling\s{1,3}on)\s{1,3}(?:the\s{1,3}|this\s{1,3}year[’']s\s{1,3}|next\s{1,3})?"
    r"(?:[\w’'-]{1,30}\s{1,3}){0,4}(?:conference|summit|meeting|session|talks|forum)"
    r"(?:,\s{0,3}[A-Z][\w-]{1,20},)?\s{1,3}(?:(?:in|on|at)\s{1,3})?\Z",
    re.IGNORECASE,
)
_ADDRESSED_REACH: Final = 120  # characters from the act's name to the date


def _meeting_addressed(ctx: Context, candidate: Candidate, mention: TemporalMention) -> bool:
    """Whether the date after an act's name is of a meeting the act is addressed to.

    "are expected to adopt a Koror Declaration setting out their demands for the UN
    climate conference, COP77, in November": November is the conference's. Only an
    agreement or initiative, and the meeting's noun right before the date after "for",
    "ahead of", "before", "in the run-up to" or "calls on" (not "at", where the act may
    be made).
    """
    if candidate.kind is EventKind.MEETING or not 0 <= mention.start - candidate.end:
        return False
    low = max(candidate.end, mention.start - _ADDRESSED_REACH)
    found = _ADDRESSED.search(ctx.text, low, mention.start)
    return found is not None and "." not in ctx.text[candidate.end : found.start()]


# "The roadmap requested by the Islamabad summit is due to": a meeting that made the subject,
# named in the subject's participle phrase, and the predicate right after it.
_AGENT_BEFORE: Final = re.compile(
    r"\b(?:requested|commissioned|mandated|adopted|endorsed|approved|launched|proposed"
    r"|created|established|called\s{1,3}for|set\s{1,3}up)\s{1,3}by\s{1,3}(?:the\s{1,3})?\Z",
    re.IGNORECASE,
)
_PREDICATE_AFTER: Final = re.compile(
    r"\s{1,3}(?:is|are|was|were|will|would|has|have|had)\b", re.IGNORECASE
)


def _agent_of_subject(ctx: Context, candidate: Candidate, mention: TemporalMention) -> bool:
    """Whether a meeting is the agent in a subject's participle phrase and the date comes
    after the predicate that follows it: "The green hydrogen roadmap requested by the
    Islamabad summit is due to be presented to energy ministers in July" (July is the
    presentation's); "the plan adopted by the summit in July" keeps July."""
    return (
        candidate.kind is EventKind.MEETING
        and mention.start >= candidate.end
        and _AGENT_BEFORE.search(ctx.text, max(0, candidate.start - 40), candidate.start)
        is not None
        and _PREDICATE_AFTER.match(ctx.text, candidate.end, mention.start) is not None
    )


# ", which will meet for the first time in Dhaka in": the body an act sets up meets then,
# which dates its meeting, not the act.
_BODY_MEETS: Final = re.compile(
    r",\s{0,3}which\s{1,3}(?:(?:will|would|is\s{1,3}to|shall|is\s{1,3}expected\s{1,3}to)\s{1,3})?"
    r"(?:first\s{1,3})?(?:meet|meets|convene|convenes|hold\s{1,3}its|holds\s{1,3}its)\b",
    re.IGNORECASE,
)


def _distance(ctx: Context, candidate: Candidate, mention: TemporalMention, scope: _Scope) -> int:
    if scope.held and candidate.kind is not EventKind.MEETING:
        return 100_000  # "the round of talks on the Agreement, held on 27 February"
    if _talks_date(ctx, candidate, scope):
        return 100_000
    clause = scope.clause
    antecedent = clause is not None and _is_antecedent(ctx, candidate, clause[0])
    if clause is not None and not clause[0] <= candidate.start < clause[1] and not antecedent:
        return 100_000  # "X, who arrived on Monday, held talks": Monday is the arrival's
    if _horizon(ctx, candidate, mention):
        return 100_000  # "the 2050 Strategy": the year it looks to, not the year it was made
    if _deadline_of_content(ctx, candidate, mention, antecedent):
        return 100_000  # "the X Declaration, which commits members to a register by 2065"
    if _meeting_addressed(ctx, candidate, mention):
        return 100_000  # "a Declaration setting out demands for the UN conference in November"
    if _agent_of_subject(ctx, candidate, mention):
        return 100_000  # "The roadmap requested by the summit is due to be presented in July"
    if (
        antecedent
        and clause is not None
        and candidate.kind is not EventKind.MEETING
        and _BODY_MEETS.match(ctx.text, clause[0], mention.start)
    ):
        return 100_000  # "set up a Joint Working Group, which will meet in March": its meeting
    if _within_stretch(ctx, mention, candidate):
        return 100_000  # "for a two-day visit, during which she will meet X"
    if (
        scope.premodifier
        and not candidate.start <= mention.start < candidate.end
        and not 0 <= candidate.start - mention.end <= 4
    ):
        # "the 2013 overthrow": a year before a common noun dates that noun only.
        return 100_000
    if mention.start >= candidate.end:
        if mention.start - candidate.end > _REACH:
            return mention.start - candidate.end  # too far for a clause to matter
        gap = ctx.text[candidate.end : mention.start]
        # A date in another clause after a dash or semicolon governs less.
        penalty = 40 if _CLAUSE_BREAK.search(gap) else 0
        if _NEXT_CLAUSE.search(gap) or (
            _AND_BEFORE.search(gap) and _VERB_AFTER.match(ctx.text, mention.end)
        ):
            penalty += 200
        if antecedent:
            # "the X Railway, whose first section went into construction in May": the
            # clause tells of the name it follows
            return min(20, mention.start - candidate.end + penalty)
        return mention.start - candidate.end + penalty
    if mention.end <= candidate.start:
        if candidate.start - mention.end > _REACH:
            return candidate.start - mention.end + 25
        gap = ctx.text[mention.end : candidate.start]
        penalty = 200 if _CLAUSE_BREAK_BEFORE.search(gap) else 0
        if not penalty and _COORDINATION_BEFORE.search(gap):
            penalty = 100
        return candidate.start - mention.end + 25 + penalty
    return 0


def _assign(
    ctx: Context,
    sentence: Sentence,
    dateable: list[Candidate],
    points: list[TemporalMention],
) -> None:
    chosen: dict[int, tuple[int, TemporalMention]] = {}
    published = ctx.published
    reports: set[int] = set()  # dated only by a dateline the lead dates otherwise
    first_trigger = min(c.start for c in dateable)
    # Only candidates near a date can take it (see _REACH), so each date looks at those.
    ordered = sorted(range(len(dateable)), key=lambda number: dateable[number].start)
    starts = [dateable[number].start for number in ordered]
    for mention in points:
        if (
            mention.timex_type == "TIME"
            and not _is_day_part(mention)
            and not _OWN_DAY.search(mention.text)
        ):
            continue  # a bare clock time: the time of a day that another date gives
        best: tuple[int, Candidate] | None = None
        low = bisect.bisect_left(starts, mention.start - _REACH)
        high = bisect.bisect_right(starts, mention.end + _REACH)
        dateline = _is_dateline(ctx, sentence, mention)
        # "DAR ES SALAAM, 25 September - X and Y signed A and B on Monday": the lead's own
        # day, not the report's, dates what it tells; the report's dates only what nothing
        # else dates (see _share_coordinated)
        weak = dateline and any(
            other.timex_type == "DATE" for other in points if other is not mention
        )
        reported = dateline or _is_report_day(ctx, sentence, mention)
        scope = _Scope.of(ctx, mention)
        for number in sorted(ordered[low:high]):  # in the order read: ties go to the first
            candidate = dateable[number]
            if reported and candidate.future:
                continue  # "will meet ..., the ministry said on Monday": the day it said so
            if candidate.future and _long_before(mention, candidate, published):
                continue  # "founded in 1985 and enlarged in 1992, are expected to sign"
            distance = _distance(ctx, candidate, mention, scope)
            if best is None or distance < best[0]:
                best = (distance, candidate)
        opening = (
            mention.end <= first_trigger
            and _is_opening(ctx, sentence, mention)
            and not scope.premodifier
        )
        if opening:
            for other in dateable:
                if dateline and other.future:
                    continue  # the day of the report, not of what it announces
                if other.future and _long_before(mention, other, published):
                    continue
                if _within_stretch(ctx, mention, other):
                    continue  # "a two-day visit, during which she will meet X": a day of it
                key = id(other)
                if _talks_date(ctx, other, scope):
                    continue  # the negotiations' date, even opening the sentence
                if key not in chosen or chosen[key][0] > 10_000:
                    chosen[key] = (10_000 + _distance(ctx, other, mention, scope), mention)
                if weak:
                    reports.add(key)
        if best is None or weak:
            continue
        distance, candidate = best
        if distance > 160:
            continue
        key = id(candidate)
        if key not in chosen or distance < chosen[key][0]:
            chosen[key] = (distance, mention)
    for candidate in dateable:
        picked = chosen.get(id(candidate))
        if picked is None:
            continue
        if picked[0] < 10_000:
            reports.discard(id(candidate))
        mention = picked[1]
        value = mention.value
        assert isinstance(value, DateSpan)
        if mention.timex_type == "TIME" and isinstance(value.start, PartialDate):
            value = DateSpan.of(value.start)
        moment = value.start
        if isinstance(moment, LocalDateTime) and moment.offset_minutes is None and value.is_single:
            # "at 6 p.m. Wednesday (11 p.m. Japan time)"
            value = DateSpan.of(_offset_from_pair(ctx, mention, moment))
        value = _ahead_for_plan(ctx, candidate, mention, value)
        candidate.when = _with_time(ctx, sentence, mention, value, candidate)
        candidate.date_text = mention.text
    _share_coordinated(ctx, dateable, reports)
    _share_purpose(ctx, dateable)
    _share_with_guest(dateable)


def _long_before(
    mention: TemporalMention, candidate: Candidate, published: PartialDate | None
) -> bool:
    """Whether a date told before an act or meeting to come ends in a year before the
    document's: it is of the subject ("The members of the bloc, founded in 1985 and enlarged
    in 1992, are expected to sign ..."), no day of the plan. A date after the act's name
    ("expected to sign it in 2050") is left to the other rules."""
    value = mention.value
    if (
        published is None
        or mention.end > candidate.start
        or not isinstance(value, DateSpan)
        or value.start is None
    ):
        return False
    end = value.end if value.end is not None else value.start
    return end.year < published.year


def _share_with_guest(dateable: list[Candidate]) -> None:
    """A meeting held "on the sidelines of the Summit in P on Wednesday" takes the date the
    summit took in that sentence: the day of the meeting, which the summit may outlast.

    It is taken now, before the summit's mentions merge (a later "the summit runs from 22 to
    24" widens the summit, not the meeting).
    """
    hosts = {id(c) for c in dateable}
    for candidate in dateable:
        host = candidate.host
        if (
            candidate.inherit
            and candidate.when is None
            and candidate.kind is EventKind.MEETING
            and host is not None
            and id(host) in hosts
            and host.when is not None
        ):
            candidate.when, candidate.date_text = host.when, host.date_text


_COORDINATED: Final = re.compile(
    r"(?:\s+in\s+[A-Z][\w’' .-]{0,30}?)?\s*,?\s*(?:and|or)\s+(?:(?:the|an?)\s+)?"
)


def _share_coordinated(ctx: Context, dateable: list[Candidate], reports: set[int]) -> None:
    """ "at the A Summit in X and the B Summit in Y in 2024": A takes B's date.

    So do two agreements or initiatives coordinated without names ("signed an air services
    agreement and a memorandum of understanding on fisheries on Monday"). ``reports`` are
    the candidates (ids) that only a dateline's day dated: B's own day replaces it.
    """
    ordered = sorted(dateable, key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        if (first.when is not None and id(first) not in reports) or second.when is None:
            continue
        if not (first.named and second.named) and (
            # "signed an air services agreement and a memorandum on fisheries on Monday"
            first.kind is not second.kind or first.kind is EventKind.MEETING
        ):
            continue
        end = first.evidence_end
        gap = ctx.text[end : second.start]
        if _COORDINATED.fullmatch(gap):
            first.when, first.date_text = second.when, second.date_text


# "will travel to Batumi on Wednesday to open the Business Forum": the forum's day too;
# "will travel to Brussels in September for the meeting of the Trade Committee".
_PURPOSE: Final = re.compile(
    r"[^.;:]{0,60}?\b(?:to\s+(?:open|attend|address|inaugurate|co-chair|chair|take\s+part\s+in"
    # "will travel to Brussels in September for the meeting of the Trade Committee"
    r"|participate\s+in)|for)\s+(?:the\s+|a\s+|an\s+)?",
    re.IGNORECASE,
)


def _share_purpose(ctx: Context, dateable: list[Candidate]) -> None:
    """A dated visit's day goes to the meeting it is made for ("to open the Forum")."""
    ordered = sorted(dateable, key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        if (
            first.when is None
            or second.when is not None
            or first.form != "visit"
            or second.kind is not EventKind.MEETING
        ):
            continue
        end = first.evidence_end
        if end <= second.start and _PURPOSE.fullmatch(ctx.text, end, second.start):
            second.when, second.date_text = first.when, first.date_text


def _is_day_part(mention: TemporalMention) -> bool:
    """ "the afternoon of October 26": a time of day that dates like its day."""
    value = mention.value
    return isinstance(value, DateSpan) and isinstance(value.start, PartialDate)


# "NEW DELHI, Aug 21 (Reuters) - ": the city in capitals, the day, the agency, a dash.
_DATELINE_CITY: Final = re.compile(r"\s*[A-Z][A-Z .’'-]{1,40},\s{0,3}(?:[A-Z][a-z]{2,9}\s{1,3})?")
_DATELINE_END: Final = re.compile(r"\s{0,3}(?:\([A-Za-z .&-]{1,30}\)\s{0,3})?(?:-{1,2}|–|—)")


_REPORTED: Final = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?reporters|announced|stated|confirmed)"
    r"\s+(?:(?:late|early)\s+)?(?:on|in)?\s*$",
    re.IGNORECASE,
)


def _is_report_day(ctx: Context, sentence: Sentence, mention: TemporalMention) -> bool:
    """The day a source spoke ("the ministry said on Monday"), not a day of an event."""
    left = ctx.text[max(sentence.start, mention.start - 50) : mention.start]
    return _REPORTED.search(left) is not None


def _is_dateline(ctx: Context, sentence: Sentence, mention: TemporalMention) -> bool:
    """A wire's dateline day ("NEW DELHI, Aug 21 (Reuters) -"): the day of the report."""
    line = max(sentence.start, ctx.text.rfind("\n", 0, mention.start) + 1)
    return (
        _DATELINE_CITY.fullmatch(ctx.text, line, mention.start) is not None
        and _DATELINE_END.match(ctx.text, mention.end, sentence.end) is not None
    )


def _is_opening(ctx: Context, sentence: Sentence, mention: TemporalMention) -> bool:
    """A date that opens its sentence ("On July 26, ...", "In December, ...")."""
    before = ctx.text[sentence.start : mention.start]
    return len(before) <= 70 and not _BOUND_BEFORE.search(before)


def _with_time(
    ctx: Context,
    sentence: Sentence,
    mention: TemporalMention,
    value: DateSpan,
    candidate: Candidate,
) -> DateSpan:
    """A day with a clock time just after it ("On July 26, commencing at 10:00 am") or
    right before it ("at 13:30 local time (UTC+1) yesterday") is a time."""
    day = value.start
    if not value.is_single or not isinstance(day, PartialDate) or day.day is None:
        return value
    following = ctx.temporal_starting(mention.end, mention.end + _TIME_REACH + 1)
    # Before the day, only the moment of an act ("signed at 13:30 ... yesterday"); a meeting
    # that "opens at 10 a.m. on Thursday" lasts longer than its opening.
    before = [
        m
        for m in ctx.temporal_starting(
            max(sentence.start, mention.start - _TIME_REACH), mention.start
        )
        if candidate.kind is not EventKind.MEETING
        and m.end <= mention.start
        and _TIME_BEFORE_DAY.fullmatch(ctx.text, m.end, mention.start) is not None
    ]
    for other in [*following, *before[-1:]]:
        if other.timex_type != "TIME" or not (
            mention.end <= other.start <= mention.end + 60 or other.end <= mention.start
        ):
            continue
        if ctx.sentence_at(other.start).index != sentence.index:
            continue
        if other.start >= mention.end and _day_after_time(ctx, other):
            continue  # "adopted on Sunday afternoon after talks that ran past midnight on
            # Saturday": the time is of the day written after it
        time_value = other.value
        if not isinstance(time_value, DateSpan) or not isinstance(time_value.start, LocalDateTime):
            continue
        moment = time_value.start
        if moment.date != day:
            if _OWN_DAY.search(other.text):
                continue  # "at 10 a.m. on Tuesday": the time names a day of its own
            # The tagger read the bare clock time against the document's date; it is the
            # day just written ("On 5 March, from 16:00 ...").
            moment = _at(day, moment)
        if moment.offset_minutes is None:
            moment = _offset_from_pair(ctx, other, moment)
        if moment.offset_minutes is None and other.end <= mention.start:
            # "At 16:30 on Thursday (Tashkent time, UTC+5)": the zone after the day
            moment = _written_offset(ctx, mention.end, moment)
        if moment.offset_minutes is None:
            after = ctx.text[other.end : other.end + 20].lower()
            zone = zone_of_place(ctx, candidate.location) if "local time" in after else None
            if zone is not None:
                moment = LocalDateTime(
                    moment.year, moment.month, moment.day, moment.hour, moment.minute, zone=zone
                )
        return _until(ctx, other, moment)
    return value


# What may stand between a clock time and the day after it: "at 13:30 local time (UTC+1)
# yesterday", "at 10:00 on Friday".
_TIME_BEFORE_DAY: Final = re.compile(r"\s{0,3}(?:\([^()\n]{1,20}\)\s{0,3})?(?:on\s{1,3})?")


def _day_after_time(ctx: Context, time: TemporalMention) -> bool:
    """Whether a day of its own follows a clock time ("past midnight on Saturday")."""
    for day in ctx.temporal_starting(time.end, time.end + 30):
        value = day.value
        return (
            day.timex_type == "DATE"
            and isinstance(value, DateSpan)
            and isinstance(value.start, PartialDate)
            and value.start.day is not None
            and _TIME_BEFORE_DAY.fullmatch(ctx.text, time.end, day.start) is not None
        )
    return False


_PAIR_OPEN: Final = re.compile(r"\s{0,2}[(\[]\s{0,2}")


# "(Tashkent time, UTC+5)", "(UTC+05:00)": an offset written in brackets.
_WRITTEN_OFFSET: Final = re.compile(
    r"\s{0,2}\(\s{0,2}(?:(?-i:[A-Z])[\w’'.-]{1,30}(?:\s(?-i:[A-Z])[\w’'.-]{1,30}){0,2}\s{1,2}time"
    r"\s{0,2}[,;]\s{0,2})?(?:UTC|GMT)\s{0,2}(?P<sign>[+−-])\s{0,2}(?P<hours>1[0-4]|0?[0-9])"
    r"(?::?(?P<minutes>[0-5][0-9]))?\s{0,2}\)"
)


def _written_offset(ctx: Context, position: int, moment: LocalDateTime) -> LocalDateTime:
    """The moment at the UTC offset written in brackets at ``position``, else unchanged.

    Examples:
        >>> ctx = Context.build(" (Tashkent time, UTC+5)", document_id="d")
        >>> _written_offset(ctx, 0, LocalDateTime(2066, 9, 9, 16, 30))
        LocalDateTime('2066-09-09T16:30+05:00')
    """
    found = _WRITTEN_OFFSET.match(ctx.text, position)
    if found is None:
        return moment
    minutes = int(found.group("hours")) * 60 + int(found.group("minutes") or 0)
    if found.group("sign") != "+":
        minutes = -minutes
    return LocalDateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, offset_minutes=minutes
    )


def _offset_from_pair(ctx: Context, local: TemporalMention, moment: LocalDateTime) -> LocalDateTime:
    """The local time's offset, from the same moment given in another zone right after it.

    "at 6 p.m. Wednesday (11 p.m. Japan time)": Japan is 9 hours ahead of UTC and 5 hours
    ahead of the local time, which is therefore at +04:00. Unchanged when no zoned time
    follows in brackets.
    """
    opened = _PAIR_OPEN.match(ctx.text, local.end)
    if opened is None:
        return moment
    for paired in ctx.temporal_starting(opened.end(), opened.end() + 1):
        value = paired.value
        if paired.timex_type != "TIME" or not isinstance(value, DateSpan):
            continue
        there = value.start
        if not isinstance(there, LocalDateTime) or there.offset_minutes is None:
            continue
        ahead = (there.hour * 60 + there.minute - moment.hour * 60 - moment.minute) % 1440
        offsets = [
            there.offset_minutes - ahead + turn
            for turn in (0, 1440, -1440)
            if -720 <= there.offset_minutes - ahead + turn <= 840
        ]
        if len(offsets) != 1:
            return moment  # two offsets fit the clocks: the text does not say which
        return LocalDateTime(
            moment.year,
            moment.month,
            moment.day,
            moment.hour,
            moment.minute,
            offset_minutes=offsets[0],
        )
    return moment


# A clock time that names its own day ("10 a.m. Tuesday", "noon on 4 May", "tonight").
_OWN_DAY: Final = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|today|tonight|tomorrow|yesterday)|[0-9]{4}|/",
    re.IGNORECASE,
)
_UNTIL: Final = re.compile(r"\s{0,3}(?:to|until|till|-|–|—)\s{0,3}", re.IGNORECASE)


def _at(
    day: PartialDate, clock: LocalDateTime, zoned: LocalDateTime | None = None
) -> LocalDateTime:
    """``clock``'s hour and minute on ``day``, in the zone of ``zoned`` (``clock``'s own by
    default; a zone's offset is derived again for the day)."""
    zoned = zoned or clock
    return LocalDateTime(
        day.year,
        day.month or 1,
        day.day or 1,
        clock.hour,
        clock.minute,
        offset_minutes=None if zoned.zone else zoned.offset_minutes,
        zone=zoned.zone,
    )


def _until(ctx: Context, first: TemporalMention, moment: LocalDateTime) -> DateSpan:
    """A clock time and the end of its stretch ("from 4:30 p.m. to 5:05 p.m. (GMT+9)").

    The second time of the same day ends the span; a zone written once after the second
    time holds for both.
    """
    for second in ctx.temporal_starting(first.end, first.end + 12):
        value = second.value
        if (
            second.timex_type != "TIME"
            or not _UNTIL.fullmatch(ctx.text, first.end, second.start)
            or not isinstance(value, DateSpan)
            or not isinstance(value.start, LocalDateTime)
        ):
            continue
        end = value.start
        if end.date != moment.date:
            end = _at(moment.date, end)
        if moment.offset_minutes is None and end.offset_minutes is not None:
            moment = _at(moment.date, moment, zoned=end)
        if (moment.offset_minutes is None) != (end.offset_minutes is None):
            break  # one zone known and not the other: no span of comparable ends
        if (end.hour, end.minute) <= (moment.hour, moment.minute):
            break  # past midnight or a list of times, not a stretch of one day
        return DateSpan(moment, end)
    return DateSpan.of(moment)


def zone_of_place(ctx: Context, location: str | None) -> str | None:
    """The time zone of a place or country named ``location`` ("Vienna", "Suva, Fiji")."""
    if ctx.gazetteer is None or location is None:
        return None
    name = location.split(",")[0].strip()
    place = ctx.place(name)
    if place is not None:
        return place.timezone
    country = ctx.country(name)
    return None if country is None else country.timezone


def _since(ctx: Context, candidate: Candidate, bound: TemporalMention) -> None:
    """Events bounded by "since <date>" in the year of publication get that year.

    Not an act still to come: "They are expected to adopt a Water Charter, a text their
    officials have been polishing since the spring" bounds the drafting, not the adoption.
    """
    value = bound.value
    published = ctx.published
    if not isinstance(value, DateSpan) or published is None or value.start is None:
        return
    if candidate.future and candidate.kind is not EventKind.MEETING:
        return
    if value.start.year == published.year:
        candidate.when = DateSpan.of(PartialDate(published.year))
        candidate.date_text = bound.text


_OCCASION_STAGES: Final = frozenset(
    {AgreementStage.SIGNED, AgreementStage.ADOPTED, AgreementStage.UPGRADED}
)
# Words that put a sentence in the background, before the occasion the article reports.
_BACKGROUND: Final = re.compile(
    r"\b(?:had|previously|earlier|formerly|in\s+the\s+past|ago|since|history|historic"
    r"|first\s+time|last\s+(?:year|month|week)|years?\s+before"
    # what was done several times is no one occasion ("has hosted the Summit three times")
    r"|twice|(?:three|four|five|six|seven|eight|nine|ten|several|many)\s+times"
    # what the sentence looks forward to is still to come
    r"|look(?:s|ed|ing)?\s+forward\s+to)\b",
    re.IGNORECASE,
)
_OCCASION_REACH: Final = 1500  # characters
# A relative clause of the future after an act: ", which will meet for the first time".
_CLAUSE_AHEAD: Final = re.compile(
    r",\s{0,3}which\s{1,3}(?:will|would|shall|is\s{1,3}to|are\s{1,3}to)\s", re.IGNORECASE
)
# Words quoted ("the most concrete text in the history of the Commission") are no narration.
_QUOTED: Final = re.compile(r"[\"“][^\"“”\n]{0,400}[\"”]")
_WORD: Final = re.compile(r"[A-Za-z’'-]+")
# Past verbs that report a named meeting of the occasion ("met ... for the 15th ... Meeting").
_MET: Final = frozenset(
    {"met", "held", "attended", "opened", "chaired", "co-chaired", "hosted", "hosts"}
)
# What a live blog's entry tells in the present happens on the entry's day.
_MET_NOW: Final = frozenset({"meets", "meet", "holds", "attends", "opens", "chairs", "hosts"})
# A sentence that opens by pointing back at the occasion: whatever it reports happened then.
_OCCASION_CUE: Final = re.compile(
    r"\s*(?:\(?\d{1,2}[.)]\s*)?(?:following|after|during|at|on|in)\s+(?:the\s+)?"
    r"(?:talks|meeting|summit|visit|ceremony|sidelines|margins|same\s+day|afternoon|evening"
    r"|morning)\b",
    re.IGNORECASE,
)


def _day_of(when: DateSpan) -> DateSpan | None:
    """The day of a dated occasion, or None when it is not a single past day."""
    start, end = when.start, when.end
    if isinstance(start, LocalDateTime):
        start = PartialDate(start.year, start.month, start.day)
    if not isinstance(start, PartialDate) or start.day is None:
        return None
    if end is not None and end != when.start:
        return None
    return DateSpan.of(start)


_LEAD_WORDS: Final = 8
# A host receiving a visitor reports the occasion too ("The King received today ... the
# President"), as a lead's "agreed on Monday to ..." does; not past cues in general
# ("received a letter", "have agreed"), but in a dated lead.
_LEAD_PAST: Final = frozenset({"received", "agreed", "pledged", "vowed"})


def _lead_occasion(ctx: Context) -> tuple[int, DateSpan] | None:
    """The day a wire's lead reports ("BISHKEK, July 7 (AFP) - ... on Sunday launched ...").

    The first sentence that holds a verb of the past (``cues.past``) and a date of day
    precision, among the first three, dates the occasion the article is about.
    """
    published = ctx.published
    # Heading lines (a letterhead, "PRESS RELEASE", "Rabat, 20 October 2027") are no
    # sentences of the lead.
    # (Counted lazily: only the sentences up to the third long one.)
    lead = itertools.islice(
        (s for s in ctx.sentences if len(_WORD.findall(s.text)) >= _LEAD_WORDS), 3
    )
    for sentence in lead:
        words = {w.lower() for w in _WORD.findall(sentence.text)}
        if not words & ctx.cues.past and not words & _LEAD_PAST:
            continue
        for mention in ctx.temporal_starting(sentence.start, sentence.end):
            value = mention.value
            if not isinstance(value, DateSpan) or mention.timex_type not in ("DATE", "TIME"):
                continue
            if _dates_earlier_stage(ctx, sentence, mention):
                continue  # "..., which had been initialled on 12 April": not the occasion
            day = _day_of(value) or _run_of_days(value)
            if day is not None and (published is None or not day.after(published)):
                return (mention.start, day)
        return None
    return None


_OCCASION_DAYS: Final = 7  # the longest run of days a lead's occasion may span


def _run_of_days(when: DateSpan) -> DateSpan | None:
    """A short run of whole days ("last Wednesday and Thursday"), or None.

    What the lead reports of such an occasion ("On the margins, X and Y signed ...") is
    of those days, not of one of them: the day is unknown and stays so.
    """
    days = _days_of_meeting(when)
    return when if days is not None and (days[1] - days[0]).days < _OCCASION_DAYS else None


def _within_days(day: DateSpan, other: DateSpan, days: int) -> bool:
    """Whether two single days lie less than ``days`` days apart.

    Examples:
        >>> _within_days(DateSpan.parse_iso("2071-05-14"), DateSpan.parse_iso("2071-05-15"), 7)
        True
        >>> _within_days(DateSpan.parse_iso("2069-05-14"), DateSpan.parse_iso("2071-05-15"), 7)
        False
    """
    first, second = day.start, other.start
    if not (
        isinstance(first, PartialDate)
        and isinstance(second, PartialDate)
        and first.day is not None
        and second.day is not None
    ):
        return False
    one = datetime.date(first.year, first.month or 1, first.day)
    two = datetime.date(second.year, second.month or 1, second.day)
    return abs((one - two).days) < days


_MEETING_RUN_DAYS: Final = 5  # the longest run of days a meeting's occasion may span


def _meeting_run(when: DateSpan, lead: tuple[int, DateSpan] | None) -> DateSpan | None:
    """The run of days of a meeting that sets the occasion, or None.

    Two to five whole days ("held on Tuesday and Wednesday", "on 14 and 15 June"), not a
    week ("last week"), and not a run that ended before the day a wire's lead reports
    ("the last round of talks, held on March 22-23", recalled in an April story).

    Examples:
        >>> _meeting_run(DateSpan.parse_iso("2071-09-09/2071-09-10"), None)
        DateSpan('2071-09-09/2071-09-10')
        >>> _meeting_run(DateSpan.parse_iso("2072-02-01/2072-02-07"), None) is None
        True
        >>> lead = (0, DateSpan.parse_iso("2072-05-16"))
        >>> _meeting_run(DateSpan.parse_iso("2072-04-02/2072-04-03"), lead) is None
        True
    """
    days = _days_of_meeting(when)
    if days is None or (days[1] - days[0]).days >= _MEETING_RUN_DAYS:
        return None
    if lead is not None and when.before(lead[1]):
        return None
    return when


# A release's or a transcript's date line: "La Paz, Friday 15 July 2033, 18:30 (...)".
_DATE_LINE_PLACE: Final = re.compile(r"[A-Z][\w .’'-]{1,40},\s{0,3}")
_DATE_LINE_REACH: Final = 400  # characters from the top


def _date_line(ctx: Context) -> tuple[int, DateSpan] | None:
    """The day of a date line near the top that is the document's day.

    A press release or a transcript opens with its place and day on a line of their own
    ("Rabat, 20 October 2027"); what it reports as done was done that day.
    """
    published = ctx.published
    if published is None or published.day is None:
        return None
    text = ctx.text
    for mention in ctx.temporal_starting(0, _DATE_LINE_REACH):
        value = mention.value
        if mention.timex_type != "DATE" or not isinstance(value, DateSpan):
            continue
        day = _day_of(value)
        if day is None or day != DateSpan.of(published):
            continue
        line = text.rfind("\n", 0, mention.start) + 1
        place = _DATE_LINE_PLACE.fullmatch(text, line, mention.start)
        if line != mention.start and place is None:
            continue
        if _DATELINE_END.match(text, mention.end) is not None:
            return None  # a wire's dateline: its lead says what happened when
        return (mention.start, day)
    return None


_LIST_ITEM: Final = re.compile(r"\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[-•–*])\s")
_INTRODUCES: Final = re.compile(r"\b(?:sign\w*|adopt\w*|exchang\w*|conclu\w*)\b", re.IGNORECASE)


def _in_list_item(ctx: Context, sentence: Sentence) -> bool:
    """Whether a sentence is a list item, or a later sentence on an item's line ("- X,
    concluded in 2033. It creates ...")."""
    if _LIST_ITEM.match(ctx.text, sentence.start, sentence.end):
        return True
    if sentence.text.rstrip().endswith(":") or _INTRODUCES.search(sentence.text):
        return False  # "5. The Heads of State witnessed the signing of:": the list's intro
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    return line < sentence.start and _LIST_ITEM.match(ctx.text, line, sentence.start) is not None


def _introduced_item(ctx: Context, sentence: Sentence) -> bool:
    """An item of a list that a sentence of the occasion introduces ("witnessed the signing of
    the following instruments:" then "(a) Memorandum of ...")."""
    if not _LIST_ITEM.match(ctx.text, sentence.start, sentence.end):
        return False
    index = sentence.index - 1
    while index >= 0 and _in_list_item(ctx, ctx.sentences[index]):
        index -= 1
    if index < 0:
        return False
    intro = ctx.sentences[index]
    said = intro.text.rstrip()
    # "... the following instruments:", or a fact sheet's heading "Agreements signed"
    heading = len(said) <= 60 and "\n" not in said and not said.endswith((".", "!", "?", ","))
    return (said.endswith(":") or heading) and bool(
        _INTRODUCES.search(ctx.text, intro.start, intro.end)
    )


# The rest of an entry heading's line after its day: a clock time, a zone, a place.
_HEADING_REST: Final = re.compile(
    r"[ \t,]{0,4}(?:[0-9]{1,2}[:.][0-9]{2}(?:[ \t]{0,2}(?:GMT|UTC)(?:[+-][0-9]{1,2})?)?)?"
    r"[ \t]{0,4}(?:[-–—|][ \t]{0,4}[A-Z][\w .’'-]{0,40})?[ \t]{0,4}(?:\n|$)"
)
_HEADING_LENGTH: Final = 80


def _line_start_if_blank(text: str, position: int) -> int | None:
    """Where the line of ``position`` starts, if only blanks precede it on the line.

    It steps back over the blanks just before ``position`` only, so that asking for each
    date of a long line takes linear time.
    """
    start = position
    while start > 0 and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    return start if start == 0 or text[start - 1] == "\n" else None


# "Day 2, Tuesday 7 September": a programme's day heading numbered before its date.
_DAY_NUMBER: Final = re.compile(
    r"(?:^|\n)[ \t]{0,4}day[ \t]{1,3}(?:[0-9]{1,2}|one|two|three|four|five|six|seven)"
    r"[ \t]{0,3}[,:.–—-]?[ \t]{0,3}$",
    re.IGNORECASE,
)


def _after_day_number(text: str, position: int) -> int | None:
    """Where a line starts that holds only "Day 2," before ``position``, if it does."""
    low = max(0, position - 24)
    found = _DAY_NUMBER.search(text, low, position)
    if found is None:
        return None
    return found.start() + (1 if text[found.start()] == "\n" else 0)


def _entry_headings(ctx: Context) -> list[tuple[int, DateSpan]]:
    """The dated entries of a live blog or a diary: (end of heading, day), in text order.

    A heading is a line of its own that opens with a day and holds at most a clock time
    and a place after it ("Wednesday 20 October, 16:30 - Rabat"), or that opens with a
    clock time and a title ("16:40 ICT - Summit closes"), which is of the day last headed or
    of the document's day. Only a text with two such headings or more has entries: one
    dated line alone is a press release's date line.
    """
    text = ctx.text
    found: list[tuple[int, DateSpan]] = []
    published = ctx.published
    last_day = (
        DateSpan.of(published) if published is not None and published.day is not None else None
    )
    for mention in ctx.temporal:
        value = mention.value
        if not isinstance(value, DateSpan) or mention.timex_type not in ("DATE", "TIME"):
            continue
        line_start = _line_start_if_blank(text, mention.start)
        if line_start is None:
            line_start = _after_day_number(text, mention.start)
        if line_start is None:
            continue  # words before the date on its line
        rest = _HEADING_REST.match(text, mention.end)
        if rest is None or rest.end() - line_start > _HEADING_LENGTH:
            continue
        if mention.timex_type == "TIME":
            # "16:40 ICT - Summit closes": an entry of the day last headed, or of the
            # document's day when no heading names one (a live blog of one day).
            day = last_day
        else:
            day = last_day = _day_of(value)
            stretch = _run_of_days(value)  # two to seven whole days: "4 and 5 October"
            if stretch is not None:
                # "SATURDAY 4 AND SUNDAY 5 OCTOBER": an entry of two days
                found.append((rest.end(), stretch))
                last_day = _day_of(DateSpan.of(stretch.start)) if stretch.start else None
                continue
        if day is not None:
            found.append((rest.end(), day))
    return found if len(found) >= 2 else []


# "- 1 May 1941: The X Treaty settles the border." A line (a bullet, perhaps) that opens
# with a date and a colon or dash.
_ENTRY_BULLET: Final = re.compile(r"[ \t]*(?:[-•*–—][ \t]*)?")
_NEWLINE: Final = re.compile(r"\n")
_ENTRY_AFTER: Final = re.compile(r"[ \t]*[:–—][ \t]")


def _date_timeline_entries(ctx: Context) -> None:
    """Date each event of a timeline's entry by the entry's date.

    A timeline ("Timeline: X-Y relations") lists its entries one per line, each opening
    with its date and a colon; everything the entry tells happened then, whatever its
    verb ("The Treaty settles the border", "Costa Rica and Panama are among the signatories
    of the Protocol"). An event with a date of its own keeps it. Only a text with two such
    entries or more is a timeline.
    """
    text = ctx.text
    entries: list[tuple[int, int, DateSpan]] = []
    newlines: list[int] | None = None  # where the lines end, found once (linear time)
    for mention in ctx.temporal:
        value = mention.value
        if not isinstance(value, DateSpan) or mention.timex_type != "DATE":
            continue
        if not _ENTRY_AFTER.match(text, mention.end):
            continue
        if newlines is None:
            newlines = [m.start() for m in _NEWLINE.finditer(text)]
        line = bisect.bisect_left(newlines, mention.start)
        line_start = newlines[line - 1] + 1 if line else 0
        if not _ENTRY_BULLET.fullmatch(text, line_start, mention.start):
            continue
        line_end = newlines[line] if line < len(newlines) else len(text)
        entries.append((mention.end, line_end, value))
    if len(entries) < 2:
        return
    entries.sort()
    starts = [start for start, _, _ in entries]
    for candidate in ctx.candidates:
        root = final_event(candidate)
        if root.when is not None or (
            candidate.kind is EventKind.AGREEMENT
            and candidate.stage in (None, AgreementStage.NEGOTIATIONS_LAUNCHED)
            and _NEGOTIATIONS_ON.search(text, max(0, candidate.start - 30), candidate.start)
        ):
            continue  # "open negotiations on the agreement": the entry is the talks'
        entry = bisect.bisect_right(starts, candidate.start) - 1
        if entry >= 0 and candidate.start < entries[entry][1]:
            root.when = entries[entry][2]


_TITLE_FORMS: Final = frozenset({"joint-statement", "declaration", "vision"})


def _is_coming(ctx: Context, meeting: Candidate) -> bool:
    """Whether a dated meeting is still to come: told so, or dated after the document."""
    published = ctx.published
    return meeting.future or (
        published is not None and meeting.when is not None and meeting.when.after(published)
    )


def _done_at(ctx: Context, candidate: Candidate, meeting: Candidate, *, ahead: bool) -> None:
    """Date an act with the dated meeting it is done at, when their tenses agree.

    A past act of a past meeting ("adopted at the Beirut summit on 28 March 2002") or an
    act to come (``ahead``: "will be adopted at", "where ministers will sign") of a meeting
    to come takes the meeting's dates; an act to come becomes one. Otherwise nothing.
    """
    if meeting.when is not None and ahead == _is_coming(ctx, meeting):
        candidate.when, candidate.date_text = meeting.when, meeting.date_text
        candidate.future = candidate.future or ahead


def _date_the_title(ctx: Context, kept: list[Candidate]) -> None:
    """A joint statement or declaration that is the document's title ("Joint Statement on
    the ... Partnership", then "Wellington, 15 February 2027") is of the document's day."""
    published = ctx.published
    if published is None or published.day is None or not ctx.sentences:
        return
    title = ctx.sentences[0]
    if "\n" not in ctx.text[title.end : title.end + 2]:
        return  # the first sentence is no title line of its own
    for candidate in kept:
        if (
            candidate.merged_into is None
            and candidate.sentence == 0
            and candidate.kind is EventKind.AGREEMENT
            and candidate.form in _TITLE_FORMS
            and candidate.when is None
            and not candidate.future
        ):
            candidate.when = DateSpan.of(published)


def _date_the_title_meeting(
    ctx: Context,
    kept: list[Candidate],
    day: tuple[int, DateSpan] | None,
    headings: list[tuple[int, DateSpan]],
) -> None:
    """A meeting a release's, a transcript's or a live blog's title names is of its day.

    "Transcript: joint press conference at the close of the XXV Meeting of the Council"
    above "La Paz, Friday 15 July 2033", or "LIVE: Fifth River Commission Summit" above
    entries headed by clock times: the meeting is the day's. Not a wire's headline (its
    lead dates what it reports) and not a visit, which lasts more than the day. ``day`` is
    the document's date line (:func:`_date_line`), ``headings`` its entries.
    """
    if not ctx.sentences or "\n" not in ctx.text[ctx.sentences[0].end : ctx.sentences[0].end + 2]:
        return  # no title line
    if day is None:
        published = ctx.published
        if (
            not headings
            or published is None
            or any(heading[1] != DateSpan.of(published) for heading in headings)
        ):
            return
        day = headings[0]
    for candidate in kept:
        if (
            candidate.merged_into is None
            and candidate.sentence == 0
            and candidate.kind is EventKind.MEETING
            and candidate.form != "visit"
            and candidate.when is None
            and not candidate.future
        ):
            candidate.when = day[1]


# "Port Louis, 17-18 May 2057" under a heading: a place and a comma before the date, or none.
_PLACE_COMMA: Final = re.compile(
    r"(?:(?-i:[A-Z])[\w’'.-]{1,30}(?:\s(?-i:[A-Z])[\w’'.-]{1,30}){0,2},\s)?\Z"
)


def _heading_over_its_date(ctx: Context, kept: list[Candidate]) -> None:
    """An undated meeting named alone on a line takes the date of the line under it.

    "NOTICE No. 11/2057 / Summit of Heads of State and Government of the Indian Ocean
    Commission / Port Louis, 17-18 May 2057": the summit is of those days. Only a line that
    is the meeting's name and nothing else, and a line right under it that is a date (a
    day or a span of days), with a place and a comma before it or nothing.
    """
    text = ctx.text
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.MEETING
            or candidate.when is not None
        ):
            continue
        line_start = text.rfind("\n", 0, candidate.start) + 1
        line_end = text.find("\n", candidate.end)
        if line_end < 0 or text[line_start : candidate.start].strip():
            continue
        if text[candidate.end : line_end].strip():
            continue
        below_end = text.find("\n", line_end + 1)
        below_end = len(text) if below_end < 0 else below_end
        below = text[line_end + 1 : below_end].rstrip()
        if not below:
            continue
        date = next(
            (
                m
                for m in ctx.temporal_starting(line_end + 1, below_end)
                if m.end == line_end + 1 + len(below)
            ),
            None,
        )
        if (
            date is None
            or date.timex_type != "DATE"
            or not isinstance(date.value, DateSpan)
            or (_day_of(date.value) is None and _run_of_days(date.value) is None)
            or not _PLACE_COMMA.match(text, line_end + 1, date.start)
        ):
            continue
        candidate.when, candidate.date_text = date.value, date.text


def _hosts_of_adopted(kept: list[Candidate]) -> set[int]:
    """The meetings (their ids) at which a past agreement was adopted or issued: held too."""
    hosts: set[int] = set()
    for candidate in kept:
        host = candidate.host
        if (
            host is None
            or candidate.kind is not EventKind.AGREEMENT
            or candidate.relation is not LinkRelation.ADOPTED_AT
            or candidate.future
        ):
            continue
        hosts.add(id(final_event(host)))
    return hosts


def carry_occasion(ctx: Context, kept: list[Candidate]) -> None:
    """Date what was done at the occasion an article reports with the occasion's day.

    A wire or a press release dates its occasion once ("held talks on Tuesday") and then
    lists what was done there without a date ("The two leaders signed three agreements",
    "Marquardt held a bilateral meeting"). An undated, past agreement that was signed,
    adopted or upgraded, or an undated, past meeting read from a verb frame, takes the day of
    the last dated, past meeting before it, at most 1,500 characters back, unless its
    sentence reads as background ("had", "previously", "since", "ago", a date of its own).
    A meeting dated so names the occasion again ("a joint statement issued after the
    Ministerial Meeting"): the 1,500 characters count from it.
    """
    published = ctx.published
    _date_timeline_entries(ctx)
    _date_the_title(ctx, kept)
    date_line = _date_line(ctx)
    headings = _entry_headings(ctx)
    _date_the_title_meeting(ctx, kept, date_line, headings)
    _heading_over_its_date(ctx, kept)
    _signed_it(ctx, kept)
    dated_by_of(ctx)
    followed_in(ctx)
    running_since(ctx)
    lead = _lead_occasion(ctx)
    occasion = lead or date_line
    met: DateSpan | None = None  # the day of the last meeting that set the occasion
    hosts = _hosts_of_adopted(kept)
    coming: Candidate | None = None  # the last dated visit or meeting still to come
    visit_ahead: Candidate | None = None  # the last dated visit still to come
    entry = False  # whether the occasion is an entry's day (a live blog's "now")
    visited: tuple[int, DateSpan] | None = None  # the last past visit of one day told
    # the last meeting of a day of the occasion before the one it set: its sentence, start, day
    side: tuple[int, int, DateSpan] | None = None
    meetings = {c.start: c for c in ctx.candidates if c.kind is EventKind.MEETING}
    carried: set[int] = set()  # ids of the candidates given the occasion's day
    made_mentions: dict[int, list[Candidate]] = {}  # an act's mentions, by id of the act
    for mention in ctx.candidates:
        if mention.kind is not EventKind.MEETING:
            made_mentions.setdefault(id(final_event(mention)), []).append(mention)
    for candidate in sorted(kept, key=lambda c: c.start):
        while headings and headings[0][0] <= candidate.start:
            # A dated entry of a live blog: what it reports happened on its day.
            occasion, met, entry = headings.pop(0), None, True
        if candidate.merged_into is not None:
            continue
        if (
            candidate.when is None
            and coming is not None
            and _signed_at_coming(ctx, candidate, coming)
        ):
            held = _visit_around(candidate, coming, visit_ahead)
            candidate.when, candidate.date_text = held.when, held.date_text
            continue
        if candidate.when is not None and candidate.kind is EventKind.MEETING:
            coming = candidate if _is_coming(ctx, candidate) else None
            if candidate.form == "visit":
                visit_ahead = coming
        if candidate.when is not None:
            day = _day_of(candidate.when)
            if day is None and candidate.kind is EventKind.MEETING:
                # A meeting of a short run of days ("held on Tuesday and Wednesday") sets
                # an occasion of those days: what it adopts with no day of its own is of
                # them all; not a round recalled before the day a wire's lead reports.
                day = _meeting_run(candidate.when, lead)
            if (
                candidate.form == "visit"
                and candidate.when.is_single
                and not candidate.future
                and day is not None
                and (published is None or not day.after(published))
            ):
                visited = (candidate.start, day)
            if (
                candidate.kind is EventKind.MEETING
                and candidate.form != "visit"
                and not candidate.future
                and day is not None
                and met is not None
                and day.before(met)
                and _within_days(day, met, _OCCASION_DAYS)
            ):
                # "On the margins of the summit, X held talks with Y on Saturday morning,
                # and the two signed a memorandum": a meeting of a day of the occasion
                # before the one it set; what its own sentence tells done after it is of it.
                side = (candidate.sentence, candidate.start, day)
            if (
                candidate.kind is EventKind.MEETING
                and candidate.form != "visit"  # an arrival's day is no day of the talks
                and not candidate.future
                and day is not None
                and (published is None or not day.after(published))
                and not (met is not None and day.before(met))
                and not _RECALLED_DAY.match(candidate.date_text or "")
            ):
                # A meeting of an earlier day recalled after the meeting of the occasion
                # ("welcomed the results of the session held on Monday") does not replace
                # it (a lead's date may: a dateline's day before "talks on Thursday").
                occasion = (candidate.start, day)
                met = day
            continue
        if occasion is None or candidate.start - occasion[0] > _OCCASION_REACH:
            continue
        if candidate.future and not (entry and _is_entry_to_come(ctx, occasion, candidate)):
            continue
        sentence = ctx.sentences[candidate.sentence]
        cued = _OCCASION_CUE.match(ctx.text, sentence.start, sentence.end) is not None or (
            _introduced_item(ctx, sentence)
        )
        words = {w.lower() for w in _WORD.findall(sentence.text)}
        done = (
            cued
            or (candidate.kind is not EventKind.MEETING and candidate.stage in _OCCASION_STAGES)
            or (candidate.kind is EventKind.MEETING and candidate.frame_key is not None)
            or (candidate.kind is EventKind.MEETING and bool(words & _MET))
            # "10:02 VUT / Vanuatu's Prime Minister opens the 67th Leaders Meeting"
            or (entry and candidate.kind is EventKind.MEETING and bool(words & _MET_NOW))
            or (candidate.kind is EventKind.MEETING and id(candidate) in hosts)
        )
        told = sentence.text
        ahead = _CLAUSE_AHEAD.search(ctx.text, candidate.evidence_end, sentence.end)
        if ahead is not None:
            # "set up a working group, which will meet for the first time in March": what
            # the clause tells of the future puts no background on the act
            told = ctx.text[sentence.start : ahead.start()]
        earlier = _EARLIER_CLAUSE.search(ctx.text, candidate.evidence_end, sentence.end)
        if earlier is not None and earlier.start() < sentence.start + len(told):
            # "signed the X, which had been initialled in April": the clause tells an
            # earlier stage of the act, not a background to its signing
            told = ctx.text[sentence.start : earlier.start()]
        if not done or _BACKGROUND.search(_QUOTED.sub(" ", told)):
            continue
        if candidate.kind is not EventKind.MEETING and any(
            _made_at_meeting(ctx, mention, meetings) or _made_at_dated_phrase(ctx, mention)
            for mention in made_mentions.get(id(candidate), [candidate])
        ):
            # "adopted by the Amazon summit of August 2023", "That agreement, signed at the
            # Luanda summit in July 2021": that meeting's act, which it dates.
            continue
        if (
            cued
            and met is None
            and not entry
            and visited is not None
            and occasion[0] <= visited[0] < candidate.start
        ):
            # "X spent Tuesday in Garoua ... After the talks the two ministers signed a
            # memorandum": no meeting set the occasion, and the visit of one day told after the
            # article's date line is the day of the talks.
            candidate.when = visited[1]
            continue
        if (
            candidate.kind is not EventKind.MEETING
            and side is not None
            and side[0] == candidate.sentence
            and side[1] < candidate.start
        ):
            candidate.when = side[2]
            continue
        candidate.when = occasion[1]
        carried.add(id(candidate))  # the occasion's day, for want of one of its own
        _stretch(ctx, candidate)  # "arrives for a two-day visit" under a day's heading
        if candidate.kind is EventKind.MEETING:
            # The article names the occasion again ("issued after the Ministerial Meeting"):
            # what it reports next is measured from here.
            occasion = (candidate.start, occasion[1])
    _apposed_days(ctx, kept)
    _date_the_created(ctx, kept)
    _during_the(ctx, kept)
    _made_at_the(ctx)
    _made_by_meeting(ctx)
    _made_on_the_sidelines(ctx)
    _made_by_that(ctx, kept)
    _made_where(ctx)
    _made_in_place(ctx, kept)
    _named_after_host(ctx, kept)
    _named_for_its_place(ctx, kept)
    _place_meeting_told_with_date(ctx, kept)
    _host_over_the_date_line(ctx, kept, carried)
    _contact_clause(ctx, kept)
    _on_a_day_of(ctx)
    _dated_in_the_possessive(ctx)
    _period_over_launch(kept)
    _taken_up_starting(ctx, kept)
    runs_told_after(ctx, kept)
    phase_span(ctx, kept)
    _on_the_eve(ctx, kept)
    _on_the_margins(ctx, kept)
    _time_after_name(ctx)
    _time_of_signing_ceremony(ctx)


def _is_entry_to_come(ctx: Context, occasion: tuple[int, DateSpan], candidate: Candidate) -> bool:
    """Whether ``candidate``, told as still to come, belongs to the entry of a day to come.

    A diary of the week ahead heads its entries with days after its own date ("MONDAY 29
    SEPTEMBER" over "- ULAANBAATAR: X hosts Y ... The two are expected to sign a raw
    materials partnership"): what an entry announces is of its day, when it follows the
    heading in the same paragraph, and when it is an act told by its verb (an agreement to
    sign, talks of two to hold), not a meeting the entry only names ("to prepare the next
    summit").
    A live blog's entries are of its own day or earlier.
    """
    published = ctx.published
    day = occasion[1]
    told = (
        candidate.stage in _OCCASION_STAGES
        if candidate.kind is not EventKind.MEETING
        # talks of persons or states read from their verb ("are expected to hold talks")
        else (candidate.frame_key or "").startswith("meet:")
    )
    return (
        told
        and published is not None
        and published.day is not None
        and day.after(published)
        and occasion[0] <= candidate.start
        and "\n\n" not in ctx.text[occasion[0] : candidate.start]
    )


# "The agreement was prepared the day before at the meeting of the ministers": a meeting
# dated back from the day the article reports is recalled, and sets no occasion.
_RECALLED_DAY: Final = re.compile(r"the\s+(?:day\s+before|previous\s+day)\b", re.IGNORECASE)


# "when it was signed", "I signed it", "sign the text tomorrow", "it will be opened for
# signature": the signing of an agreement just named, told with a pronoun.
_SIGNED_IT: Final = re.compile(
    r"\b(?:(?:it|the\s+text)\s+(?:was|will\s+be|would\s+be|is\s+to\s+be|has\s+been)\s+"
    r"(?:signed|adopted|opened\s+for\s+signature)"
    r"|(?:sign|signed|adopt|adopted)\s+(?:it|the\s+text)(?![\w’'-])"
    # "defended the agreement, which Grenada and the other six members signed in Roseau on
    # 15 June": the agreement named before, taken up by its noun and a relative clause
    r"|the\s+(?:agreement|accord|treaty|pact|convention|protocol|charter|declaration)\s*,\s*"
    r"which\s+(?:(?:was|were)\s+|(?:(?!(?:was|were|is|are|will|would|has|have|had|did|does"
    r"|do|before|after|when|while|but|because|if|although|not|never|also|then)\s)"
    r"[\w’'().-]{1,30}\s+){1,16}?)(?:signed|adopted)\b)",
    re.IGNORECASE,
)
_SIGNED_IT_REACH: Final = 400  # characters back to the agreement the pronoun stands for
_SIGNED_IT_DATE: Final = 100  # characters between the signing and its date


def _signed_it(ctx: Context, kept: list[Candidate]) -> None:
    """An agreement signed "it" in a dated clause takes that clause's date.

    "He initialled the Association Agreement in Vilnius in 2013, and was in Brussels on 27
    June 2014, when it was signed"; "Q: X and Y signed a memorandum last month. A: I signed
    it in Antananarivo on 9 February"; "the leaders are expected to sign the text tomorrow
    afternoon"; "Alexis defended the agreement, which Grenada and the other six members
    signed in Roseau, Dominica, on 15 June". The pronoun (or "the agreement") stands for
    the last agreement named before it (at most 400
    characters back) that is undated or dated less
    precisely around that day; the date is the nearest of the sentence, at most 100
    characters from the signing.
    """
    mentions = sorted(
        (c for c in ctx.candidates if c.kind is EventKind.AGREEMENT), key=lambda c: c.start
    )
    if not mentions:
        return
    starts = [c.start for c in mentions]
    text = ctx.text
    for sentence in ctx.sentences:
        if sentence.start == 0 or text[sentence.start - 1].isspace():
            # The pattern looks before its match only at its first "\b", and a blank
            # before the sentence is no word character, so its matches in the whole text
            # are those in the sentence alone, found faster by the screen.
            spans = [(m.start(), m.end()) for m in ctx.scan(_SIGNED_IT, sentence)]
        else:
            spans = [
                (sentence.start + m.start(), sentence.start + m.end())
                for m in _SIGNED_IT.finditer(sentence.text)
            ]
        for start, end in spans:
            if ctx.starting(start, end):
                continue  # "signed the text of the Agreement": a name read there
            best: tuple[int, DateSpan] | None = None
            low = max(sentence.start, start - 2 * _SIGNED_IT_DATE)
            high = min(sentence.end, end + _SIGNED_IT_DATE + 1)
            for mention in ctx.temporal_starting(low, high):
                value = mention.value
                if not isinstance(value, DateSpan) or mention.timex_type not in ("DATE", "TIME"):
                    continue
                if mention.timex_type == "TIME":
                    day = _day_of(value)
                    if day is None:
                        continue
                    value = day
                gap = max(start - mention.end, mention.start - end)
                if 0 <= gap <= _SIGNED_IT_DATE and (best is None or gap < best[0]):
                    best = (gap, value)
            if best is None:
                continue
            when = best[1]
            first = bisect.bisect_left(starts, start - _SIGNED_IT_REACH)
            for named in reversed(mentions[first : bisect.bisect_left(starts, start)]):
                if named.evidence_end > start or start - named.end > _SIGNED_IT_REACH:
                    continue
                candidate = final_event(named)
                if candidate.when is None or (
                    candidate.when != when and candidate.when.contains(when)
                ):
                    candidate.when, candidate.date_text = when, None
                    break


def _signed_at_coming(ctx: Context, candidate: Candidate, coming: Candidate) -> bool:
    """Whether an agreement to be signed is signed at the visit or meeting just announced.

    "X will pay a state visit to Ghana from 14 to 16 March. The two Presidents will hold
    talks and will witness the signing of the Treaty on Y": the treaty, still to be signed
    and undated, is of the visit's days when its sentence follows the visit's in the same
    paragraph.
    """
    if (
        candidate.kind is not EventKind.AGREEMENT
        or not candidate.future
        or candidate.stage not in _OCCASION_STAGES
        or not 0 <= candidate.sentence - coming.sentence <= 1
        or candidate.start < coming.evidence_end
    ):
        return False
    between = ctx.text[coming.evidence_end : candidate.start]
    return "\n\n" not in between and _BACKGROUND.search(between) is None


def _visit_around(candidate: Candidate, coming: Candidate, visit: Candidate | None) -> Candidate:
    """The meeting whose dates an act to be signed at ``coming`` takes: ``coming``, or the
    visit to come that holds its day when the act's sentence is not the talks' own.

    "X will pay a state visit to Y from Oct. 19 to 21. X will hold talks with the King on
    Oct. 20. The two sides are expected to sign a fisheries agreement": the text does not
    tie the signing to the day of the talks, only to the visit; "will hold talks on Oct. 20
    and sign a fisheries agreement" does.
    """
    if (
        visit is None
        or visit is coming
        or coming.form == "visit"
        or candidate.sentence == coming.sentence
        or visit.when is None
        or coming.when is None
        or visit.when.is_single
        or not visit.when.contains(coming.when)
    ):
        return coming
    return visit


# "The summit, on Thursday and Friday, will be ...": a sentence that opens by taking up a
# meeting and giving its days in an apposition.
_APPOSED_DAYS: Final = re.compile(
    r"\s*The\s+(?P<noun>summit|meeting|visit|talks|conference|session|forum),\s{0,3}"
    r"(?:(?:on|from|held\s+on)\s{1,3})?"
)
# "delegates are expected for the summit on Saturday and Sunday": the meeting taken up with
# its days (not a visit or talks, whose "for the visit on Friday" is an arrival's day).
_FOR_THE_DAYS: Final = re.compile(
    r"\b(?:for|at|during)\s{1,3}the\s{1,3}(?P<noun>summit|meeting|conference|session|forum)"
    r"\s{1,3}(?:on|from)\s{1,3}"
)


def _apposed_days(ctx: Context, kept: list[Candidate]) -> None:
    """A meeting dated loosely takes the days a later mention of it gives.

    "... hopes to approve at its summit in Astana next week. The summit, on Thursday and
    Friday, will be the first chaired by ...": the summit is of that Thursday and Friday,
    not of the whole week; "closed until midnight on Sunday while the 30th Summit meets.
    Delegates are expected for the summit on Saturday and Sunday": both days. Only a
    sentence that opens so (the date between commas) or "for", "at" or "during the
    summit on" a date; the last meeting named before whose name holds the noun (1,500
    characters back), undated, dated by a span that holds the days, or by one of them.
    """
    ordered = sorted(
        (c for c in kept if c.merged_into is None and c.kind is EventKind.MEETING),
        key=lambda c: c.start,
    )
    if not ordered:
        return
    starts = [c.start for c in ordered]
    for sentence in ctx.sentences:
        found = _APPOSED_DAYS.match(ctx.text, sentence.start, sentence.end)
        apposed = found is not None
        if found is None:
            found = _FOR_THE_DAYS.search(ctx.text, sentence.start, sentence.end)
        if found is None:
            continue
        date = next(iter(ctx.temporal_starting(found.end(), found.end() + 1)), None)
        if (
            date is None
            or date.timex_type != "DATE"
            or not isinstance(date.value, DateSpan)
            or (apposed and ctx.text[date.end : date.end + 1] != ",")
        ):
            continue
        value, noun = date.value, found.group("noun").lower()
        for index in range(bisect.bisect_left(starts, found.start()) - 1, -1, -1):
            meeting = ordered[index]
            if found.start() - meeting.start > _OCCASION_REACH:
                break
            if noun not in meeting.name.lower():
                continue
            when = meeting.when
            if (
                when is None
                or (when.contains(value) and when.bounds() != value.bounds())
                or (
                    when.is_single
                    and not value.is_single
                    and when.precision == value.precision
                    and value.contains(when)
                )
            ):
                meeting.when, meeting.date_text = value, date.text
            break


# "will be signed during the visit", "to be adopted at the summit": the one named before.
_DURING_THE: Final = re.compile(
    r"\b(?:during|at|on\s+the\s+sidelines\s+of|on\s+the\s+margins\s+of)\s+the\s+"
    r"(?P<noun>visit|summit|talks|meeting|conference|forum)\b(?![\w’'-])",
    re.IGNORECASE,
)
_NOUN_FORMS: Final = {
    "visit": ("visit",),
    "summit": ("summit",),
    "talks": ("bilateral-meeting",),
    "meeting": ("bilateral-meeting", "ministerial-meeting", "meeting", "other"),
    "conference": ("conference", "ministerial-meeting"),
    "forum": ("forum",),
}


def _during_the(ctx: Context, kept: list[Candidate]) -> None:
    """An undated event "during the visit" takes the date of the visit named last before it.

    "The Ministers expressed the hope that the Agreement will be signed during the visit",
    after "the Prime Minister will pay an official visit to Georgia in April": April. Past
    or future alike; only within the clause after the event (60 characters) and only for a
    meeting of that form named before, dated, within 1,500 characters.
    """
    ordered = sorted((c for c in kept if c.merged_into is None), key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for mention, candidate in undated_acts(sorted(ctx.candidates, key=lambda c: c.start)):
        end = mention.evidence_end
        sentence = ctx.sentences[mention.sentence]
        found = _DURING_THE.search(ctx.text, end, min(sentence.end, end + 60))
        if found is None:
            continue
        forms = _NOUN_FORMS[found.group("noun").lower()]
        for index in range(bisect.bisect_left(starts, mention.start) - 1, -1, -1):
            earlier = ordered[index]
            if mention.start - earlier.start > _OCCASION_REACH:
                break
            if earlier.kind is EventKind.MEETING and earlier.form in forms:
                if earlier.when is not None:
                    candidate.when, candidate.date_text = earlier.when, earlier.date_text
                break


# "The X Initiative, adopted at the Beirut summit on 28 March 2002": the act right after the
# name, and the meeting it was done at.
_MADE_AT: Final = re.compile(
    r"(?:\s{0,2}\([^()]{1,20}\))?,?\s{1,3}(?:(?:which|that)\s{1,3})?"
    r"(?:(?:was|were|had\s{1,3}been|has\s{1,3}been|have\s{1,3}been)\s{1,3}"
    r"|(?P<ahead>(?:will|(?:is|are)\s{1,3}to|to)\s{1,3}be)\s{1,3})?"
    r"(?:adopted|signed|launched|concluded|endorsed|approved|unveiled)\s{1,3}"
    # "to be signed by the Prime Ministers at the summit": the signatories may come first
    r"(?:by\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){1,4}?)?"
    # "the Belém Declaration adopted by the Amazon summit of August 2023"
    r"(?:at|by)\s{1,3}(?P<the>the\s{1,3})?",
    re.IGNORECASE,
)

# "the X Corridor, the cable project that the Organization hopes to approve at its summit":
# an act still to come that a relative clause with a subject of its own places at a meeting.
_HOPED_AT: Final = re.compile(
    r"(?:,[^,.;:()]{1,60}?)?\s{1,3}(?:that|which)\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){1,6}?"
    r"(?P<ahead>(?:hopes?|plans?|expects?|intends?|wants?|aims?"
    r"|(?:is|are)\s{1,3}(?:expected|due|set|scheduled))\s{1,3}to)\s{1,3}"
    r"(?:approve|adopt|sign|launch|endorse|conclude)\s{1,3}at\s{1,3}(?P<the>the\s{1,3})?",
    re.IGNORECASE,
)


def _made_at_the(ctx: Context) -> None:
    """An undated agreement or initiative "adopted at the X summit" takes the summit's date.

    "The Arab Peace Initiative, adopted at the Beirut summit on 28 March 2002": the date the
    tagger gives the summit is the date of the act done there. Only when the act follows the
    name in its clause and the meeting starts right after "at (the)". An act still to come
    may be told in a clause with a subject of its own, after an apposition ("the X
    Corridor, the cable project that the Organization hopes to approve at its summit").
    """
    meetings = {c.start: c for c in ctx.candidates if c.kind is EventKind.MEETING}
    for mention, candidate in undated_acts(ctx.candidates):
        made = _made_at_meeting(ctx, mention, meetings)
        if made is not None:
            # "will be adopted at the Quito summit on 14 May": that day, still to come.
            meeting, ahead = made
            _done_at(ctx, candidate, final_event(meeting), ahead=ahead)
            continue
        dated = _made_at_dated_phrase(ctx, mention)
        if dated is not None:
            date, ahead = dated
            value = date.value
            assert isinstance(value, DateSpan)
            published = ctx.published
            if published is None or ahead == value.after(published):
                candidate.when, candidate.date_text = value, date.text
                candidate.future = candidate.future or ahead


def _made_at_meeting(
    ctx: Context, mention: Candidate, meetings: dict[int, Candidate]
) -> tuple[Candidate, bool] | None:
    """The meeting an act is told to be done at right after its name ("adopted at the X
    summit", "adopted by the X summit of August 2023"), and whether the act is still to
    come; None when no meeting (of ``meetings``, by start) follows so."""
    sentence = ctx.sentences[mention.sentence]
    found = (
        _MADE_AT.match(ctx.text, mention.end, sentence.end)
        or _HOPED_AT.match(ctx.text, mention.evidence_end, sentence.end)
        or _MADE_BY_AT.match(ctx.text, mention.evidence_end, sentence.end)
        # "That agreement, signed at the Luanda summit": a mention that holds its verb
        or (
            _HOLDS_MADE.search(ctx.text, mention.start, mention.end)
            and _AT_AFTER_MADE.match(ctx.text, mention.end, sentence.end)
        )
        or None
    )
    if found is None:
        return None
    meeting = meetings.get(found.end())
    if meeting is None and found.group("the") is not None:
        meeting = meetings.get(found.start("the"))  # "at the summit in Riga"
    if meeting is None:
        return None
    return meeting, found.group("ahead") is not None


# "the X Programme, which ministers approved at their meeting in Quito in March", "the X
# Initiative, which the Union launched at its Forum": a relative clause with a subject of
# its own (up to eight words) places the act at a meeting ("its", "their" or "the").
_MADE_BY_AT: Final = re.compile(
    r"(?:\s{0,2}\([^()]{1,20}\))?\s{0,2},\s{1,3}(?:which|that)\s{1,3}"
    r"(?:(?!(?:was|were|is|are|will|would|had|has|have)\s)[\w’'-]{1,30}\s{1,3}){1,8}?"
    r"(?:(?P<ahead>(?:will|(?:is|are)\s{1,3}(?:to|expected\s{1,3}to|due\s{1,3}to))\s{1,3}"
    r"(?:adopt|sign|launch|endorse|approve|conclude))"
    r"|(?:had\s{1,3})?(?:adopted|signed|launched|concluded|endorsed|approved|unveiled))"
    r"\s{1,3}(?:at|during)\s{1,3}(?P<the>(?:the|its|their|his|her)\s{1,3})?",
    re.IGNORECASE,
)
# What may stand between "at their" and the date of a meeting that is no event read:
# "meeting in Thimphu in June", "annual forum on 3 May" (a meeting's noun, then its place).
_MEETING_PHRASE: Final = re.compile(
    r"(?:[\w’'-]{1,30}\s{1,3}){0,3}?(?:meeting|summit|forum|conference|session|council"
    r"|congress|assembly|gathering)s?(?:\s{1,3}in\s{1,3}(?-i:[A-Z])[\w’'.-]{1,30}"
    r"(?:,?\s{1,3}(?-i:[A-Z])[\w’'.-]{1,30}){0,2})?,?\s{1,3}(?:in|on)\s{1,3}",
    re.IGNORECASE,
)


def _made_at_dated_phrase(ctx: Context, mention: Candidate) -> tuple[TemporalMention, bool] | None:
    """The date of a meeting that no event was read from, where an act was done.

    "The X Programme, which ministers approved at their meeting in Thimphu in June": June
    dates the programme (and whether the act is still to come). Only in the relative
    clause of :data:`_MADE_BY_AT` right after the act's name, and a calendar date right
    after the meeting's noun and place.
    """
    sentence = ctx.sentences[mention.sentence]
    found = _MADE_BY_AT.match(ctx.text, mention.evidence_end, sentence.end)
    if found is None:
        return None
    phrase = _MEETING_PHRASE.match(ctx.text, found.end(), sentence.end)
    if phrase is None:
        return None
    for date in ctx.temporal_starting(phrase.end(), phrase.end() + 1):
        value = date.value
        if date.timex_type == "DATE" and isinstance(value, DateSpan) and value.start is not None:
            return date, found.group("ahead") is not None
    return None


# "the summit, held on Thursday and Friday, had also adopted the": a meeting, the subject,
# then its act and the act's name (an apposition or participle clause may stand between).
_MEETING_MADE: Final = re.compile(
    r"(?:\s{0,2},[^,;:.!?()]{1,80},)?\s{1,3}(?:(?:had|has|have)\s{1,3})?(?:also\s{1,3})?"
    r"(?:adopted|signed|approved|endorsed|launched|issued|unveiled)\s{1,3}"
    r"(?:(?:the|a|an|its)\s{1,3})?"
)


# How far before an act a meeting that made it may start: its name and evidence, a clause of
# up to 80 characters and the verb.
_MEETING_MADE_REACH: Final = 1_000


def _made_by_meeting(ctx: Context) -> None:
    """An undated act whose subject is a dated meeting of its sentence takes its dates.

    "She said the summit, held on Thursday and Friday, had also adopted the São Tomé
    Declaration": the declaration is of the summit's days, which the date gave the summit
    only (a date dates one event). Only the meeting right before the verb, a comma-enclosed
    clause allowed between; a past act of a past meeting (:func:`_done_at`).
    """
    for mention, candidate in undated_acts(ctx.candidates):
        sentence = ctx.sentences[mention.sentence]
        meeting: Candidate | None = None
        # the meeting ends at most a clause before the act (:data:`_MEETING_MADE`): a bounded
        # look back keeps a sentence of many acts linear
        low = max(sentence.start, mention.start - _MEETING_MADE_REACH)
        for other in ctx.starting(low, mention.start):
            if other.kind is EventKind.MEETING and other.evidence_end <= mention.start:
                meeting = other
        if meeting is None or not _MEETING_MADE.fullmatch(
            ctx.text, meeting.evidence_end, mention.start
        ):
            continue
        _done_at(ctx, candidate, final_event(meeting), ahead=False)


# "is to sign the loan agreement with the bank's President in Tashkent, on the sidelines of
# the bank's Annual Meeting on 9 and 10 September": what stands between the act and the
# meeting it is done beside (no other clause: no semicolon, colon or sentence end).
_SIDELINES: Final = re.compile(
    r"[^;:.!?]{0,120}?\b(?:on|at)[ \t]{1,3}the[ \t]{1,3}(?:sidelines|margins|fringes)[ \t]{1,3}"
    r"of[ \t]{1,3}(?:(?:the|this|its|their|a)[ \t]{1,3})?(?:[\w-]{1,30}[’']s?[ \t]{1,3})?"
)


def _made_on_the_sidelines(ctx: Context) -> None:
    """An undated act done "on the sidelines of" a dated meeting takes the meeting's dates.

    "Finance Minister X is to sign the loan agreement with the bank's President in P, on
    the sidelines of the bank's Annual Meeting on 9 and 10 September": the signing is on
    one of those days, unknown which, so the meeting's days. Only the meeting named right
    after the phrase, in the act's clause, with no other act between; the tenses must agree
    (:func:`_done_at`).
    """
    meetings = {c.start: c for c in ctx.candidates if c.kind is EventKind.MEETING}
    if not meetings:
        return
    for mention, candidate in undated_acts(ctx.candidates):
        sentence = ctx.sentences[mention.sentence]
        found = _SIDELINES.match(ctx.text, mention.evidence_end, sentence.end)
        if found is None:
            continue
        meeting = meetings.get(found.end())
        if meeting is None or any(
            other.kind is not EventKind.MEETING and other is not mention
            for other in ctx.starting(mention.evidence_end, found.end())
        ):
            continue
        _done_at(ctx, candidate, final_event(meeting), ahead=candidate.future)


# A mention of an act that ends on its verb ("That agreement, signed"), and "at the" after
# it; the empty group that never matches says that the act is not one still to come.
_HOLDS_MADE: Final = re.compile(r",\s{1,3}(?:adopted|signed|launched|concluded|endorsed)\Z")
_AT_AFTER_MADE: Final = re.compile(r"\s{1,3}(?:at|by)\s{1,3}(?P<the>the\s{1,3})?(?P<ahead>(?!))?")


# "That summit launched the X Facility": a meeting named before, taken up as the subject of
# the act. Anchored at the act's name.
_MADE_BY_THAT: Final = re.compile(
    r"\b(?:[Tt]hat|[Tt]his|[Tt]he)\s{1,3}(?P<noun>summit|meeting|session|conference|council)"
    r"\s{1,3}(?:also\s{1,3})?(?:launched|adopted|endorsed|approved|created|established|signed"
    r"|set\s{1,3}up)\s{1,3}(?:(?:the|a|an)\s{1,3})?\Z"
)
_MADE_BY_REACH: Final = 60  # characters back from the act's name to "That summit"


def _made_by_that(ctx: Context, kept: list[Candidate]) -> None:
    """An undated act that "That summit launched" takes the date of the summit named last.

    "She recalled ... the 18th summit of May 2051. That summit launched the X Facility":
    May 2051. Only the last meeting named before, within 1,500 characters, whose name holds
    the noun; a past act of a past meeting (:func:`_done_at`).
    """
    ordered = sorted(
        (c for c in kept if c.merged_into is None and c.kind is EventKind.MEETING),
        key=lambda c: c.start,
    )
    if not ordered:
        return
    starts = [c.start for c in ordered]
    for mention, candidate in undated_acts(ctx.candidates):
        sentence = ctx.sentences[mention.sentence]
        low = max(sentence.start, mention.start - _MADE_BY_REACH)
        found = _MADE_BY_THAT.search(ctx.text, low, mention.start)
        if found is None:
            continue
        noun = found.group("noun").lower()
        for index in range(bisect.bisect_left(starts, found.start()) - 1, -1, -1):
            meeting = ordered[index]
            if found.start() - meeting.start > _OCCASION_REACH:
                break
            if noun in meeting.name.lower():
                _done_at(ctx, candidate, meeting, ahead=False)
                break


# "the Summit, held in Quito on 4 May, where the leaders adopted the": a relative clause of
# place after a meeting tells what was done there. Anchored at the act's name.
_MADE_WHERE: Final = re.compile(
    r",\s{0,3}(?:where|at\s{1,3}which|during\s{1,3}which)\s{1,3}"
    r"(?:(?:[\w’'-]{1,30}\s{1,3}){0,4}?"
    r"(?:(?P<ahead>(?:will|(?:is|are)\s{1,3}(?:to|expected\s{1,3}to|due\s{1,3}to))\s{1,3}"
    r"(?:adopt|sign|launch|endorse|approve|conclude|issue))"
    r"|adopted|signed|launched|endorsed|approved|concluded|issued|unveiled))"
    r"\s{1,3}(?:(?:the|a|an)\s{1,3})?\Z",
    re.IGNORECASE,
)
_WHERE_REACH: Final = 220  # characters back from the act to the meeting it was done at


def _made_where(ctx: Context) -> None:
    """An undated act told in a clause "where ..." after a dated meeting takes its date.

    "the Fifth Summit, held in Quito on Monday and Tuesday of last week, where the leaders
    adopted the Quito Declaration": the declaration is of the summit's days. Only the last
    meeting named before the clause in the same sentence, dated; a past act of a past
    meeting, or an act to come ("where ministers will sign the X") of a meeting to come.
    """
    for mention, candidate in undated_acts(ctx.candidates):
        sentence = ctx.sentences[mention.sentence]
        low = max(sentence.start, mention.start - _WHERE_REACH)
        before = ctx.text[low : mention.start]
        comma = before.rfind(",")
        if comma < 0:
            continue
        found = _MADE_WHERE.match(before, comma)
        if found is None:
            continue
        clause = low + comma
        meeting: Candidate | None = None
        for other in ctx.starting(low, clause):
            if other.sentence != mention.sentence or other.evidence_end > clause:
                continue
            # another act between the meeting and the clause: the clause may be of it
            meeting = other if other.kind is EventKind.MEETING else None
        if meeting is not None:
            _done_at(ctx, candidate, final_event(meeting), ahead=found.group("ahead") is not None)


def _held_in(ctx: Context, meetings: list[Candidate], place: str) -> list[Candidate]:
    """The meetings held at ``place``: those whose location it is, or failing any, those
    whose sentence says "in <place>", or that the place hosts ("the summit that Koror will
    host on 14 and 15 May", "hosted by Koror")."""
    located = [c for c in meetings if c.location == place]
    if located:
        return located
    hosts = (f"{place} will host ", f"{place} hosts ", f"{place} hosted ", f"hosted by {place}")
    return [
        c
        for c in meetings
        if f"in {place}" in (told := ctx.sentences[c.sentence].text)
        or any(host in told for host in hosts)
    ]


# An act still to come, done in a place: "adopt in Limassol the", "the X, which we want
# ministers to launch in Port Louis", "the X, to be signed in Apia".
_PLACE: Final = r"(?P<place>(?-i:[A-Z])[\w’'-]{1,30}(?:\s(?-i:[A-Z])[\w’'-]{1,30})?)"
_TO_DO: Final = r"(?:adopt|sign|launch|endorse|approve|conclude)"
_TO_DO_IN_BEFORE: Final = re.compile(
    r"\b" + _TO_DO + r"\s{1,3}in\s{1,3}" + _PLACE + r"\s{1,3}(?:(?:the|a|an)\s{1,3})?\Z",
    re.IGNORECASE,
)
_TO_DO_IN_AFTER: Final = re.compile(
    # an apposition may come first: "the X Fund, with an initial $300 million, which ..."
    r"(?:,[^,.;:()]{1,60}(?=,))?,?\s{1,3}(?:(?:which|that)\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){0,4}?(?:to|will)\s{1,3}"
    + _TO_DO
    + r"|(?:(?:which|that)\s{1,3}(?:will|is\s{1,3}to|are\s{1,3}to)|to)\s{1,3}be\s{1,3}"
    r"(?:adopted|signed|launched|endorsed|approved|concluded))\s{1,3}in\s{1,3}" + _PLACE + r"\b",
    re.IGNORECASE,
)


def _made_in_place(ctx: Context, kept: list[Candidate]) -> None:
    """An undated act to come, done "in <place>", takes the date of the meeting held there.

    "In two weeks you will meet in Limassol for the Heads of Government Meeting, from 22 to
    26 June. [...] First, adopt in Limassol the Compact on Climate Mobility": the compact is
    of the meeting's days. Only when the document names one dated meeting still to come at
    that place (its location, or "in <place>" in its sentence), at most 1,500 characters
    before the act; two such meetings of different dates leave the act undated.
    """
    coming = [
        c
        for c in kept
        if c.merged_into is None
        and c.kind is EventKind.MEETING
        and c.when is not None
        and _is_coming(ctx, c)
    ]
    if not coming:
        return
    coming.sort(key=lambda c: c.start)
    coming_starts = [c.start for c in coming]
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.when is not None
            or candidate.kind is EventKind.MEETING
        ):
            continue
        sentence = ctx.sentences[candidate.sentence]
        before = ctx.text[max(sentence.start, candidate.start - 60) : candidate.start]
        found = _TO_DO_IN_BEFORE.search(before) or _TO_DO_IN_AFTER.match(
            ctx.text, candidate.evidence_end, min(sentence.end, candidate.evidence_end + 100)
        )
        if found is None:
            continue
        place = found.group("place")
        near = coming[
            bisect.bisect_left(
                coming_starts, candidate.start - _OCCASION_REACH
            ) : bisect.bisect_right(coming_starts, candidate.start)
        ]
        held = _held_in(ctx, near, place)
        days = {c.when for c in held}
        if len(days) != 1:
            continue
        when = days.pop()
        candidate.when, candidate.future = when, True
        candidate.date_text = held[0].date_text


# "the Rabat Declaration", "a Port Louis Declaration on maritime safety", "the Lima Leaders'
# Declaration": an outcome named after the city of the meeting that adopts it.
_HOST_NAMED: Final = re.compile(
    r"(?:the\s|an?\s)?(?P<place>(?-i:[A-Z])[\w’'-]{1,30}"
    r"(?:\s(?!(?:Leaders|Ministers|Ministerial|Summit)\b)(?-i:[A-Z])[\w’'-]{1,30})?)\s"
    r"(?:(?:Leaders|Ministers)[’']\s|Ministerial\s|Summit\s)?(?:Declaration|Communiqu[eé]|Consensus|Commitment|Call\sto\sAction|Programme\sof\sAction"
    r"|Plan\sof\sAction)\b"
)


_HOST_RECENT_DAYS: Final = 7


def _named_after_host(ctx: Context, kept: list[Candidate]) -> None:
    """An undated declaration named after a city takes the date of the meeting held there.

    "The Council of Ministers will be held in Port Louis on 19 and 20 May ... a Port Louis
    Declaration on maritime safety": the declaration is the meeting's outcome, of its
    days. Only when the document dates one meeting (or several on the same days) at that
    city (its location, or "in <city>" in its sentence), ending at most a week before the
    document's date or still to come, and named before the declaration or within 1,500
    characters after it.
    """
    published = ctx.published
    if published is None or published.day is None:
        return
    # The meeting of the article's days or one to come; a meeting recalled from further back
    # ("since the Fourth Summit in Vientiane in April 2023") may not have adopted it.
    day = datetime.date(published.year, published.month or 1, published.day)
    with contextlib.suppress(OverflowError):  # a document dated in the first days of year 1
        day -= datetime.timedelta(days=_HOST_RECENT_DAYS)
    recent = DateSpan.of(PartialDate.from_date(day))
    meetings = [
        c
        for c in kept
        if c.merged_into is None
        and c.kind is EventKind.MEETING
        and c.when is not None
        and not c.when.before(recent)
    ]
    if not meetings:
        return
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.when is not None
            or candidate.kind is not EventKind.AGREEMENT
        ):
            continue
        found = _HOST_NAMED.match(candidate.name)
        if found is None:
            continue
        place = found.group("place")
        held = _held_in(
            ctx, [c for c in meetings if c.start - candidate.start <= _OCCASION_REACH], place
        )
        days = {c.when for c in held}
        if len(days) != 1:
            continue
        when = days.pop()
        candidate.when, candidate.date_text = when, held[0].date_text
        candidate.future = candidate.future or any(c.future for c in held)


def _host_over_the_date_line(ctx: Context, kept: list[Candidate], carried: set[int]) -> None:
    """A declaration named after a city and given only the document's day by the occasion
    takes the days of the meeting just held there.

    "MALABO, Saturday 19 November 2061 - Central African leaders closed their two-day
    summit in Malabo yesterday ... Leaders also adopted the Malabo Declaration": the
    declaration is of the summit's days, not of the report's. Only an agreement named
    "<City> Declaration" (as :func:`_named_after_host` reads it) dated by the occasion
    (``carried``) to the document's day, and one meeting held at that city (named after it,
    located there or told "in <city>"; or several of the same days), of several days ending
    before that day and at most a week before it.
    """
    published = ctx.published
    if published is None or published.day is None:
        return
    today = DateSpan.of(published)
    try:
        before = published.first_day() - datetime.timedelta(days=_HOST_RECENT_DAYS)
    except OverflowError:  # a document dated in the first days of year 1
        return
    week_before = DateSpan.of(PartialDate.from_date(before))
    meetings = [
        c
        for c in kept
        if c.merged_into is None
        and c.kind is EventKind.MEETING
        and c.when is not None
        and not c.when.is_single
        and c.when.before(today)
        and not c.when.before(week_before)
    ]
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.AGREEMENT
            or id(candidate) not in carried
            or candidate.when != today
        ):
            continue
        found = _HOST_NAMED.match(candidate.name)
        if found is None:
            continue
        place = found.group("place")
        # "the Malabo summit" is held in Malabo, as one located there or told "in Malabo"
        held = [
            c
            for c in meetings
            if (named := _PLACE_AND_NOUN.match(c.name)) is not None
            and named.group("place") == place
        ] or _held_in(ctx, meetings, place)
        days = {c.when for c in held}
        if len(days) == 1:
            candidate.when, candidate.date_text = days.pop(), held[0].date_text


# "Rio summit", "the Nairobi meeting": a meeting told by its place and its noun alone.
_PLACE_AND_NOUN: Final = re.compile(
    r"(?:the\s)?(?P<place>(?-i:[A-Z])[\w’'-]{1,30}(?:\s(?-i:[A-Z])[\w’'-]{1,30})?)\s"
    r"(?P<noun>summit|meeting|conference|talks|session|forum)\Z",
    re.IGNORECASE,
)


def _named_for_its_place(ctx: Context, kept: list[Candidate]) -> None:
    """An undated meeting told by its place ("the Rio summit") takes the dates of the one
    held there.

    "Trade tensions eased after the BRICS summit in Rio de Janeiro on Thursday and Friday
    last week ... The rand appreciated after the Rio summit": the Rio summit is that summit,
    of its two days. Only a name of a place and a noun alone, and dated meetings named
    before it (at most 1,500 characters back) whose name holds the noun and that were held
    at that place (its location, or "in <place>" in its sentence, so "Rio" finds "in Rio de
    Janeiro"); none, or several of different dates, leave it undated.
    """
    dated = sorted(
        (
            c
            for c in kept
            if c.merged_into is None and c.kind is EventKind.MEETING and c.when is not None
        ),
        key=lambda c: c.start,
    )
    if not dated:
        return
    starts = [c.start for c in dated]
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.when is not None
            or candidate.kind is not EventKind.MEETING
        ):
            continue
        found = _PLACE_AND_NOUN.match(candidate.name)
        if found is None:
            continue
        noun = found.group("noun").lower()
        before = dated[
            bisect.bisect_left(starts, candidate.start - _OCCASION_REACH) : bisect.bisect_left(
                starts, candidate.start
            )
        ]
        held = _held_in(ctx, [c for c in before if noun in c.name.lower()], found.group("place"))
        days = {c.when for c in held}
        if len(days) != 1:
            continue
        candidate.when, candidate.date_text = days.pop(), held[-1].date_text
        candidate.future = candidate.future or any(c.future for c in held)


# "closed their two-day summit in Malabo yesterday": a meeting of a place told with its date
# right after it (read before the date).
_NOUN_IN_PLACE: Final = re.compile(
    r"\b(?:the|their|its)\s{1,3}(?:" + _DAY_COUNT + r"-day\s{1,3})?"
    r"(?P<noun>summit|meeting|conference|session|forum)\s{1,3}in\s{1,3}"
    r"(?P<place>(?-i:[A-Z])[\w’'-]{1,30}(?:\s(?-i:[A-Z])[\w’'-]{1,30})?)\s{1,3}(?:on\s{1,3})?\Z",
    re.IGNORECASE,
)
# "She said the summit, held on Thursday and Friday, had also adopted ...": the meeting of
# the article taken up with its days.
_THE_NOUN_HELD: Final = re.compile(
    r"\b[Tt]he\s{1,3}(?P<noun>summit|meeting|conference|session|forum),\s{1,3}held\s{1,3}"
    r"(?:on\s{1,3}|from\s{1,3})?\Z"
)
_TOLD_BEFORE: Final = 100  # characters back from a date to the meeting it follows


def _place_meeting_told_with_date(ctx: Context, kept: list[Candidate]) -> None:
    """An undated meeting told by its place and its noun ("the Malabo summit") takes the
    date the text gives that meeting where no candidate was read.

    "Central African leaders closed their two-day summit in Malabo yesterday": the
    summit's two days, ending yesterday (starting on the day told when no verb of ending
    comes before); "She said the summit, held on Thursday and Friday, had also adopted":
    those days, when the document names one undated meeting of that noun by its place and
    no dated one. Several dates told for the place or the noun leave it undated.
    """
    undated = [
        (c, found)
        for c in kept
        if c.merged_into is None
        and c.kind is EventKind.MEETING
        and c.when is None
        and (found := _PLACE_AND_NOUN.match(c.name)) is not None
    ]
    if not undated:
        return
    by_place: dict[tuple[str, str], set[DateSpan]] = {}
    by_noun: dict[str, set[DateSpan]] = {}
    for mention in ctx.temporal:
        value = mention.value
        start = value.start if isinstance(value, DateSpan) else None
        if (
            mention.timex_type != "DATE"
            or not isinstance(value, DateSpan)
            or not isinstance(start, PartialDate)
            or start.day is None
        ):
            continue
        sentence = ctx.sentence_at(mention.start)
        low = max(sentence.start, mention.start - _TOLD_BEFORE)
        told = _NOUN_IN_PLACE.search(ctx.text, low, mention.start)
        if told is not None:
            when = value
            if told.group("n") is not None and value.is_single:
                length = count_of(told.group("n"))
                first = start.first_day()
                if _ends_there(ctx.text, sentence.start, told.start()):
                    first -= datetime.timedelta(days=length - 1)
                last = first + datetime.timedelta(days=length - 1)
                when = DateSpan(PartialDate.from_date(first), PartialDate.from_date(last))
            key = (told.group("place"), told.group("noun").lower())
            by_place.setdefault(key, set()).add(when)
            continue
        held = _THE_NOUN_HELD.search(ctx.text, low, mention.start)
        if held is not None:
            by_noun.setdefault(held.group("noun").lower(), set()).add(value)
    dated_nouns = {
        noun
        for c in kept
        if c.merged_into is None and c.kind is EventKind.MEETING and c.when is not None
        for noun in by_noun
        if noun in c.name.lower()
    }
    # how many undated meetings each noun names, counted once (not per meeting: linear time)
    same = collections.Counter(found.group("noun").lower() for _, found in undated)
    for candidate, found in undated:
        place, noun = found.group("place"), found.group("noun").lower()
        spans = by_place.get((place, noun))
        if spans is None and noun not in dated_nouns:
            spans = by_noun.get(noun) if same[noun] == 1 else None
        if spans is not None and len(spans) == 1:
            candidate.when = next(iter(spans))


# "the X Initiative the AU is expected to launch this weekend", "the Y Accord the two
# leaders will sign on Friday": a relative clause without "which" or "that".
_CONTACT_CLAUSE: Final = re.compile(
    r"\s{1,3}(?:the\s{1,3})?(?:(?-i:[A-Z])[\w’'-]{1,30}(?:\s{1,3}(?-i:[A-Z])[\w’'-]{1,30}){0,3}"
    r"|(?:(?:two|three|four|five)\s{1,3})?(?:leaders|ministers|presidents|governments|sides"
    r"|parties|heads\s{1,3}of\s{1,3}state))"
    r"\s{1,3}(?:(?P<ahead>(?:is|are)\s{1,3}(?:expected|due|set|scheduled|going)\s{1,3}to|will"
    r"|plans?\s{1,3}to)\s{1,3}(?:launch|sign|adopt|endorse|approve|conclude)"
    r"|launched|signed|adopted|endorsed|approved|concluded)\s{1,3}",
)


def _contact_clause(ctx: Context, kept: list[Candidate]) -> None:
    """An undated act named before a relative clause without "which" takes that clause's date.

    "Will the UN fund the Continental Power Pool Initiative the AU is expected to launch
    this weekend?": the launch, this weekend, still to come; "the Lima Accord the two
    leaders signed in 2031". Only a date that follows the clause's verb at once (within 12
    characters).
    """
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.when is not None
            or candidate.kind is EventKind.MEETING
        ):
            continue
        sentence = ctx.sentences[candidate.sentence]
        end = candidate.evidence_end
        found = _CONTACT_CLAUSE.match(ctx.text, end, sentence.end)
        if found is None:
            continue
        for mention in ctx.temporal_starting(found.end(), found.end() + 12):
            value = mention.value
            if isinstance(value, DateSpan) and mention.timex_type == "DATE":
                candidate.when, candidate.date_text = value, mention.text
                candidate.future = found.group("ahead") is not None
                break


# "adopted on its closing day", "On the second day they approved", "On the summit's second
# day", "to be signed on the final day of the summit": a day of a meeting of several days,
# counted from its start.
_ON_A_DAY: Final = re.compile(
    r"\b(?:on|during)\s{1,3}(?:the\s{1,3}(?P<owner>[\w-]{1,30})['’]s|the|its|their)\s{1,3}"
    r"(?P<nth>first|second|third|fourth|fifth|opening|closing|final|last)\s{1,3}day\b"
    r"(?:\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3}(?P<noun>[\w-]{1,30}))?",
    re.IGNORECASE,
)
# The nouns after "day of the" (or before "'s second day") that name the meeting; anything
# else ("the last day of the year", "of the campaign", "the festival's") is no day of a meeting.
_DAY_OF_NOUNS: Final = frozenset(
    {"summit", "meeting", "visit", "talks", "session", "conference", "forum", "congress"}
)
_ON_A_DAY_AFTER: Final = 100  # characters from the act's name to the day after it
# characters from the day to the act's name after it ("On the first day the leaders of
# five states signed the X")
_ON_A_DAY_BEFORE: Final = 160
_MEETING_DAYS: Final = 14  # the longest meeting whose days are counted


def _days_of_meeting(when: DateSpan) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of a meeting dated by a run of two days or more, else None."""
    start, end = when.start, when.end
    if not (
        isinstance(start, PartialDate)
        and isinstance(end, PartialDate)
        and start.day is not None
        and end.day is not None
    ):
        return None
    first = datetime.date(start.year, start.month or 1, start.day)
    last = datetime.date(end.year, end.month or 1, end.day)
    return (first, last) if 0 < (last - first).days < _MEETING_DAYS else None


def _day_told(ctx: Context, mention: Candidate, sentence: Sentence) -> re.Match[str] | None:
    """The "on the closing day" of an act's clause: the last one in the 160 characters
    before its name, else the first in the 100 after it; no date may come between them but
    a bound ("negotiated since the spring, is expected to be adopted on the final day")."""
    low = max(sentence.start, mention.start - _ON_A_DAY_BEFORE)
    found = next(reversed(list(_ON_A_DAY.finditer(ctx.text, low, mention.start))), None)
    if found is not None:
        if ctx.temporal_starting(found.end(), mention.start):
            return None
        return found
    low = mention.evidence_end
    found = _ON_A_DAY.search(ctx.text, low, min(sentence.end, low + _ON_A_DAY_AFTER))
    if found is None or any(
        m.start < found.start() and not _BOUND_BEFORE.search(ctx.text, low, m.start)
        for m in ctx.temporal_starting(low, found.start())
    ):
        return None  # "signed on 3 May and ratified on the closing day": another act's
    return found


def _on_a_day_of(ctx: Context) -> None:
    """An act told "on the closing day" or "On the summit's second day" takes that day of the
    meeting.

    "the 19th Islamic Summit, held in Kuala Lumpur on Wednesday and Thursday last week,
    adopted the Kuala Lumpur Declaration on Water Security on its closing day": the
    Thursday; "On the first day the leaders signed the X Charter", after a summit "on 7-8
    September": 7 September. The day is the act's when it comes just before or after the
    act's name, no date between them (:func:`_day_told`); the meeting is the last one
    named before the day (of that noun, "the final day of the visit", when one is given)
    whose dates are a run of days, within 1,500 characters; "the summit's second day" names
    it as "the second day of the summit" does. An act undated, dated by a meeting's run of
    days (this one's or another's) or by a day no text of its own gives (a report's "Held on
    Thursday, 2 December" carried to it) takes the one day; a day past the meeting's last
    leaves it.
    """
    meetings = sorted(
        (c for c in ctx.candidates if c.kind is EventKind.MEETING), key=lambda c: c.start
    )
    if not meetings:
        return
    starts = [c.start for c in meetings]
    for mention in ctx.candidates:
        candidate = final_event(mention)
        if candidate.kind is EventKind.MEETING:
            continue
        sentence = ctx.sentences[mention.sentence]
        found = _day_told(ctx, mention, sentence)
        if found is None:
            continue
        noun = found.group("noun") or found.group("owner")
        if noun is not None and noun.lower() not in _DAY_OF_NOUNS:
            continue
        for index in range(bisect.bisect_left(starts, found.start()) - 1, -1, -1):
            earlier = meetings[index]
            if found.start() - earlier.start > _OCCASION_REACH:
                break
            meeting = final_event(earlier)
            if noun is not None and noun.lower() not in meeting.name.lower():
                continue
            days = None if meeting.when is None else _days_of_meeting(meeting.when)
            if meeting.when is None or days is None:
                continue
            word = found.group("nth").lower()
            day = days[0] + datetime.timedelta(days=_NTH[word] - 1) if word in _NTH else days[1]
            if day > days[1]:
                break  # "the fourth day" of a two-day summit: not a day of it
            if (
                candidate.when is None
                or _days_of_meeting(candidate.when) is not None
                or candidate.date_text is None
            ):
                # an act is done on one day: a run of days is a meeting's, carried to it
                candidate.when = DateSpan.of(PartialDate.from_date(day))
                candidate.date_text = found.group()
                candidate.future = candidate.future or _is_coming(ctx, meeting)
            break


# "will meet in Islamabad on the eve of the summit", "the day before the summit", "the day
# after the summit": the day before (or after) the meeting told before.
_EVE_OF: Final = re.compile(
    r"\b(?:on\s{1,3}the\s{1,3}eve\s{1,3}of|the\s{1,3}day\s{1,3}(?P<after>before|after))"
    r"\s{1,3}(?:the|its|their)\s{1,3}(?P<noun>summit|meeting|conference|session|visit|talks"
    r"|forum)\b",
    re.IGNORECASE,
)
_EVE_REACH: Final = 120  # characters from the meeting's name to "on the eve of"
_LOOK_BACK: Final = 40  # meetings looked back at for the one taken up (linear time)
_EVE_BEFORE: Final = 100  # characters from "the day before the summit to clear" to the act


def _nearest_before(
    ordered: list[Candidate], starts: list[int], position: int
) -> Iterator[Candidate]:
    """The ``_LOOK_BACK`` candidates of ``ordered`` (sorted by start, ``starts`` their
    starts) that start nearest before ``position``, nearest first (linear time)."""
    last = bisect.bisect_left(starts, position)
    for index in range(last - 1, max(-1, last - 1 - _LOOK_BACK), -1):
        yield ordered[index]


def _on_the_eve(ctx: Context, kept: list[Candidate]) -> None:
    """An undated meeting held "on the eve of the summit" is of the day before the summit.

    "Pakistan will host the ECO summit on 27 and 28 March. [...] ECO foreign ministers will
    meet in Islamabad on the eve of the summit": the ministers meet on 26 March; so with
    "the day before the summit" ("the day after the summit": the day after its last day).
    The summit is the last meeting of that noun (its form or a word of its name) told
    before, still to come when the meeting is (or past when it is), dated from a day; the
    phrase must follow the meeting's words in its sentence. An act the phrase comes just
    before in its sentence ("Foreign ministers will meet the day before the summit to clear
    a Bay of Bengal Connectivity Compact"), with no date between, takes that day too.
    """
    published = ctx.published
    meetings = sorted(
        (c for c in kept if c.merged_into is None and c.kind is EventKind.MEETING),
        key=lambda c: c.start,
    )
    starts = [c.start for c in meetings]
    for candidate in kept:
        if candidate.merged_into is not None or candidate.when is not None:
            continue
        sentence = ctx.sentences[candidate.sentence]
        if candidate.kind is EventKind.MEETING:
            found = _EVE_OF.search(
                ctx.text,
                candidate.evidence_end,
                min(sentence.end, candidate.evidence_end + _EVE_REACH),
            )
            coming = candidate.future
        else:
            low = max(sentence.start, candidate.start - _EVE_BEFORE)
            found = next(reversed(list(_EVE_OF.finditer(ctx.text, low, candidate.start))), None)
            if found is None or ctx.temporal_starting(found.end(), candidate.start):
                continue
            coming = is_future(ctx, found.start(), sentence)
        if found is None:
            continue
        noun = found.group("noun").lower()
        told = next(
            (
                other
                for other in _nearest_before(meetings, starts, candidate.start)
                if other is not candidate
                and (other.form == noun or noun in other.name.lower().split())
                and _is_coming(ctx, other) == coming
            ),
            None,
        )
        if told is None:
            continue
        when = told.when
        after = (found.group("after") or "").lower() == "after"
        point = None if when is None else (when.end or when.start) if after else when.start
        if not isinstance(point, PartialDate) or point.day is None:
            continue
        day = datetime.date(point.year, point.month or 1, point.day) + datetime.timedelta(
            days=1 if after else -1
        )
        candidate.when = DateSpan.of(PartialDate.from_date(day))
        candidate.date_text = found.group()
        candidate.future = candidate.future or (
            published is not None and candidate.when.after(published)
        )


# "On the margins, X is due to hold talks with Y": a sentence that opens on the margins of
# the occasion, named or not.
_MARGINS_OPEN: Final = re.compile(
    r"(?:On|At)\s{1,3}the\s{1,3}(?:sidelines|margins|fringes)(?:\s{1,3}of\s{1,3}(?:the|this"
    r"|its|their)\s{1,3}(?P<noun>summit|conference|session|meeting|forum|assembly))?\s{0,2},"
)
_GATHERINGS: Final = frozenset({"summit", "conference", "forum", "ministerial-meeting"})


def _on_the_margins(ctx: Context, kept: list[Candidate]) -> None:
    """An undated meeting told in a sentence that opens "On the margins," takes the days of
    the gathering told before.

    "The presidents meet in Montevideo on Thursday for the bloc's summit. [...] On the
    margins, Uruguay's President X is due to hold talks with Argentina's President Y": the
    talks are of the summit's days (which of them is unknown when it has several). The
    gathering is the last summit, conference, forum or ministerial meeting dated to the day
    (of the noun "of the summit" names, if any) told before, still to come when the talks
    are (past when they are past): a key-dates list of past summits may stand between.
    """
    published = ctx.published
    gatherings = sorted(
        (
            c
            for c in kept
            if c.merged_into is None
            and c.kind is EventKind.MEETING
            and c.when is not None
            and isinstance(c.when.start, (PartialDate, LocalDateTime))
            and c.when.start.day is not None
            and c.form in _GATHERINGS
        ),
        key=lambda c: c.start,
    )
    if not gatherings:
        return
    starts = [c.start for c in gatherings]
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.MEETING
            or candidate.when is not None
            or candidate.form in _GATHERINGS
            or candidate.form == "visit"
        ):
            continue
        sentence = ctx.sentences[candidate.sentence]
        found = _MARGINS_OPEN.match(ctx.text, sentence.start, sentence.end)
        if found is None or candidate.start < found.end():
            continue
        noun = found.group("noun")
        other = next(
            (
                other
                for other in _nearest_before(gatherings, starts, candidate.start)
                if _is_coming(ctx, other) == candidate.future
                and (
                    noun is None or noun.lower() in other.name.lower() or noun.lower() == other.form
                )
            ),
            None,
        )
        if other is None:
            continue
        candidate.when, candidate.date_text = other.when, other.date_text
        candidate.future = candidate.future or (
            published is not None and other.when is not None and other.when.after(published)
        )


# "The facility would be hosted by the World Bank and start lending in 2065", "The fund will
# begin disbursing from 2048": the year a named initiative, taken up by its head noun at the
# start of a later sentence, starts to work (only a year, right after "in" or "from").
_STARTS_WORKING: Final = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to)\s+(?:[\w’'-]{1,30}\s+){0,8}?(?:start|begin)\s+"
    r"[a-z]{2,30}ing\s+(?:in|from)\s+\Z"
)
_TAKEN_UP_REACH: Final = 600  # characters from the name to the sentence that takes it up


def _taken_up_starting(ctx: Context, kept: list[Candidate]) -> None:
    """An undated initiative takes the year a later sentence opening "The <head>" says it
    starts to work ("The facility would be hosted by the World Bank and start lending in
    2065"), when that sentence comes within 600 characters and no other initiative of that
    head is named between. A month or a day, or a sentence about another noun, leaves it.
    """
    for candidate in kept:
        head = candidate.name.rsplit(" ", 1)[-1].lower()
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.INITIATIVE
            or candidate.when is not None
            or not head.isalpha()
        ):
            continue
        opening = "the " + head + " "
        for sentence in ctx.sentences[candidate.sentence + 1 :]:
            if sentence.start - candidate.end > _TAKEN_UP_REACH:
                break
            if any(
                c is not candidate
                and c.kind is EventKind.INITIATIVE
                and c.name.rsplit(" ", 1)[-1].lower() == head
                for c in ctx.in_sentence(sentence)
            ):
                break  # another initiative of that head: "the <head>" may be that one
            if not sentence.text.lower().startswith(opening):
                continue
            for mention in ctx.temporal_starting(sentence.start, sentence.end):
                if (
                    mention.timex_type == "DATE"
                    and YEAR.fullmatch(mention.text)
                    and isinstance(mention.value, DateSpan)
                    and mention.value.start is not None
                    and _STARTS_WORKING.search(
                        ctx.text, max(sentence.start, mention.start - 160), mention.start
                    )
                ):
                    # "from 2049" is read as a span open at its end: its year is meant
                    candidate.when = DateSpan.of(mention.value.start)
                    candidate.date_text = mention.text
                    break
            break


def _period_over_launch(kept: list[Candidate]) -> None:
    """An initiative is dated by the years it covers rather than the day it was approved.

    "the X Corridor, a programme that ministers approved at their meeting in Chisinau in
    December and that will run from 2053 to 2055": the programme is of 2053 to 2055, the
    span its own clause gives it, as it is when no approval is told; the approval, a
    single date before that span, is the act of the meeting. When the approval's date went
    to the meeting read there ("at their meeting in Chisinau in December" read as a meeting
    of its own), the undated programme takes its span all the same. A span open at one end,
    or a date inside the span or after its start, leaves the date as it is.
    """
    for candidate in kept:
        period, when = candidate.period, candidate.when
        if (
            candidate.merged_into is None
            and candidate.kind is EventKind.INITIATIVE
            and period is not None
            and period.start is not None
            and period.end is not None
            and not period.is_single
            and (when is None or (when.is_single and when.before(period)))
        ):
            candidate.when, candidate.date_text = period, None


def _dated_in_the_possessive(ctx: Context) -> None:
    """An act named right after a date in the possessive is of that date.

    "the joint committee created by last June's Varna agreement", "next month's Lima
    Accord": the agreement or initiative was (or will be) made then, as "Tuesday's summit"
    is held then. Only a date that ends in "'s" right before the name.
    """
    for mention, candidate in undated_acts(ctx.candidates):
        for date in ctx.temporal_starting(max(0, mention.start - 40), mention.start):
            value = date.value
            if (
                date.timex_type == "DATE"
                and isinstance(value, DateSpan)
                and _POSSESSIVE.fullmatch(ctx.text, date.end, mention.start)
            ):
                candidate.when, candidate.date_text = value, date.text
                published = ctx.published
                candidate.future = candidate.future or (
                    published is not None and value.after(published)
                )
                break


_AT: Final = re.compile(r"\s{1,3}at\s{1,3}")


def _time_after_name(ctx: Context) -> None:
    """An event of a known day told with its clock time ("signed the Declaration at 11:50").

    The tagger reads a bare clock time against the document's date; right after the
    event's name it is the time of that event, on the event's day.
    """
    # Every mention counts, also one merged into another.
    for mention_of in ctx.candidates:
        candidate = final_event(mention_of)
        when = candidate.when
        if when is None or not when.is_single:
            continue
        day = when.start
        if not isinstance(day, PartialDate) or day.day is None:
            continue
        end = mention_of.evidence_end
        for mention in ctx.temporal_starting(end, end + 8):
            value = mention.value
            if (
                mention.timex_type != "TIME"
                or _AT.fullmatch(ctx.text, end, mention.start) is None
                or _OWN_DAY.search(mention.text)
                or not isinstance(value, DateSpan)
                or not isinstance(value.start, LocalDateTime)
            ):
                continue
            candidate.when = DateSpan.of(_at(day, value.start))
            break


# "adopted a Joint Declaration establishing a Strategic Partnership": the act that creates.
_CREATING: Final = re.compile(
    r",?\s{1,3}(?:which\s+(?:establishe[sd]|create[sd]|launche[sd]|set\s+up)|establishing"
    r"|creating|launching|setting\s+up)\s{1,3}(?:(?:a|an|the)\s{1,3})?",
    re.IGNORECASE,
)


def _date_the_created(ctx: Context, kept: list[Candidate]) -> None:
    """An agreement or initiative created by a dated agreement takes its date.

    "The two leaders adopted a Joint Declaration establishing a Strategic Partnership":
    the partnership dates from the declaration. Only an undated one right after the
    creating agreement, joined by "establishing", "creating", "launching", "setting up"
    or "which established".
    """
    ordered = sorted((c for c in kept if c.merged_into is None), key=lambda c: c.start)
    for creator, created in itertools.pairwise(ordered):
        if (
            creator.when is None
            or created.when is not None
            or creator.kind is not EventKind.AGREEMENT
            or created.kind is EventKind.MEETING
            or creator.future
            or created.future
        ):
            continue
        end = creator.evidence_end
        if end <= created.start and _CREATING.fullmatch(ctx.text, end, created.start):
            created.when, created.date_text = creator.when, creator.date_text


# "after the signing ceremony, which began at 11 a.m. (0500 GMT)", "The signing ceremony
# took place at 11:15 (local time)": the clock time of a signing told just before.
_CEREMONY_AT: Final = re.compile(
    r"\bsigning\s{1,3}ceremony(?:\s{0,3},\s{0,3}which)?\s{1,3}(?:began|begins|started|starts"
    r"|opened|opens|took\s{1,3}place|takes\s{1,3}place|was\s{1,3}held|is\s{1,3}held)"
    r"\s{1,3}at\s{1,3}",
    re.IGNORECASE,
)
_CEREMONY_REACH: Final = 1500  # characters back to the signing the ceremony is of


def _time_of_signing_ceremony(ctx: Context) -> None:
    """The one agreement signed on a known day before "the signing ceremony began at 11
    a.m." takes that clock time on its day.

    "The leaders signed an agreement on Thursday ... after the signing ceremony, which
    began at 11 a.m. (0500 GMT)": the signing was at 11:00 that Thursday. Only when a single
    past agreement of one day is told within 1,500 characters before the ceremony (two would
    leave it unknown which), and the clock time names no day of its own.
    """
    text = ctx.text
    for found in _CEREMONY_AT.finditer(text):
        mention = next(iter(ctx.temporal_starting(found.end(), found.end() + 1)), None)
        if (
            mention is None
            or mention.timex_type != "TIME"
            or _OWN_DAY.search(mention.text)
            or not isinstance(mention.value, DateSpan)
            or not isinstance(mention.value.start, LocalDateTime)
            # "at 10 a.m. on Friday": a day of its own right after the time
            or any(
                m.timex_type == "DATE" for m in ctx.temporal_starting(mention.end, mention.end + 6)
            )
        ):
            continue
        signed = {
            id(event): event
            for event in (
                final_event(c)
                for c in ctx.candidates
                if c.kind is EventKind.AGREEMENT and 0 <= found.start() - c.end <= _CEREMONY_REACH
            )
            if event.kind is EventKind.AGREEMENT
            and not event.future
            and event.when is not None
            and event.when.is_single
        }
        if len(signed) != 1:
            continue
        (event,) = signed.values()
        day = event.when.start if event.when is not None else None
        if not isinstance(day, PartialDate) or day.day is None:
            continue
        moment = _at(day, mention.value.start)
        if moment.offset_minutes is None:
            moment = _offset_from_pair(ctx, mention, moment)  # "11 a.m. (0500 GMT)"
        if moment.offset_minutes is None:
            moment = _written_offset(ctx, mention.end, moment)  # "11:00 (UTC+6)"
        if moment.offset_minutes is None and "local time" in text[mention.end : mention.end + 20]:
            zone = zone_of_place(ctx, event.location)  # "11:15 (local time)" where it was
            if zone is not None:
                moment = LocalDateTime(
                    moment.year, moment.month, moment.day, moment.hour, moment.minute, zone=zone
                )
        event.when = DateSpan.of(moment)
