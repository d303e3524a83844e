"""Dates of events: which temporal expression governs each dateable mention.

In each sentence, every date goes to the nearest dateable candidate (a date in another
clause counts as farther); a date that opens the sentence governs all of its candidates;
"since <date>" bounds them; a clock time right after a day makes the day a time.

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
import datetime
import itertools
import re
from typing import Final

import attrs

from diplotimeline.errors import InvalidValueError
from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract._event_name_parts import YEAR
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract.temporal import TemporalMention
from diplotimeline.model import AgreementStage, EventKind, LinkRelation
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, TimePoint
from diplotimeline.time.anchor import DateReference, Unit

__all__ = ["attach_dates", "usable_dates"]

_RELATIVE_YEAR: Final = re.compile(r"(?:this|last|next) year")
_YEAR_WORD: Final = re.compile(r"\b(?:year|ago)\b", re.IGNORECASE)
_CLAUSE_BREAK: Final = re.compile(r"[;–—]")
_NEXT_CLAUSE: Final = re.compile(
    r"\band\s+(?:also\s+)?(?:will|would|has|have|had|\w+ed)\b|,\s*(?:and|but|while)\b"
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
    out: list[TemporalMention] = []
    last_day: tuple[int, PartialDate] | None = None
    headings = _entry_headings(ctx)
    for mention in ctx.temporal:
        mention = _from_last_day(mention, last_day)
        mention = _from_entry_day(mention, headings)
        value = mention.value
        if not isinstance(value, DateSpan) or not mention.timex_value[:1].isdigit():
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
        out.append(_same_month(ctx, mention))
    return out


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
    moved = datetime.date(day.year, day.month or 1, day.day or 1) + datetime.timedelta(
        days=reference.shift
    )
    return attrs.evolve(mention, value=DateSpan.of(PartialDate.from_date(moved)))


def _from_entry_day(
    mention: TemporalMention, headings: list[tuple[int, DateSpan]]
) -> TemporalMention:
    """ "yesterday", "today", "tomorrow" in a dated entry count from the entry's day.

    The tagger resolves them against the document's date (a live blog's last update); an
    entry headed "Tuesday 19 October" that says "yesterday" means the 18th.
    """
    reference = mention.reference
    if (
        not headings
        or mention.start < headings[0][0]
        or not isinstance(reference, DateReference)
        or reference.anaphoric
        or reference.shift_unit is not Unit.DAY
        or reference.weekday is not None
    ):
        return mention
    position = bisect.bisect_right([end for end, _ in headings], mention.start) - 1
    day = headings[position][1].start
    assert isinstance(day, PartialDate)
    moved = datetime.date(day.year, day.month or 1, day.day or 1) + datetime.timedelta(
        days=reference.shift
    )
    return attrs.evolve(mention, value=DateSpan.of(PartialDate.from_date(moved)))


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
    dates = usable_dates(ctx)
    since = ctx.cues.frames.get("since")
    _attach(ctx, dates, since)
    _stretch_visits(ctx)


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
            if since is not None and since.search(left):
                bounds.append(mention)
            elif mention.timex_type == "DATE" or not points:
                points.append(mention)
            else:
                points.append(mention)
        _assign(ctx, sentence, dateable, points)
        for candidate in dateable:
            if candidate.when is None and bounds:
                _since(ctx, candidate, bounds[0])


_PREMODIFIER: Final = re.compile(
    r"\s+(?!(?:that|which|when|where|and|or|but|as|the|to|in|on|at|by|for|with|from|of|was"
    r"|were|is|are|will|would|after|before|while|until|since|through|under|over|during|when"
    r"|he|she|they|it|we|its|their|his|her|also|then|saw|marked|brought|between|among|amid"
    r"|against|into|within|without|upon|via|per|alongside|following|ahead)\b)[a-z][a-z-]{2,}"
)


def _is_premodifier(ctx: Context, mention: TemporalMention) -> bool:
    """A bare year before a common noun ("the 2013 overthrow"): it dates that noun."""
    return mention.text.isdigit() and _PREMODIFIER.match(ctx.text, mention.end) is not None


_DAYS: Final = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])-day\b", re.IGNORECASE
)
_NUMBERS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS.update({"nine": 9, "ten": 10})
_ENDING: Final = re.compile(r"\b(?:conclud\w*|end\w*|wrapp?\w*|left|leaves|leaving|depart\w*)\b")


def _stretch_visits(ctx: Context) -> None:
    """A visit dated by one day in a sentence that says "a three-day visit" spans three days.

    The day is the first ("arrived on Tuesday for a two-day visit") unless the sentence
    says the visit ended then ("concluded a three-day visit on Friday").
    """
    for candidate in ctx.candidates:
        when = candidate.when
        if candidate.form != "visit" or when is None or not when.is_single:
            continue
        day = when.start
        if not isinstance(day, PartialDate) or day.day is None:
            continue
        sentence = ctx.sentences[candidate.sentence]
        found = _DAYS.search(ctx.text, sentence.start, sentence.end)
        if found is None:
            continue
        word = found.group("n").lower()
        days = _NUMBERS.get(word) or int(word)
        first = datetime.date(day.year, day.month or 1, day.day)
        if _ENDING.search(ctx.text, sentence.start, found.start()):
            first, last = first - datetime.timedelta(days=days - 1), first
        else:
            last = first + datetime.timedelta(days=days - 1)
        candidate.when = DateSpan(PartialDate.from_date(first), PartialDate.from_date(last))


def _distance(ctx: Context, candidate: Candidate, mention: TemporalMention) -> int:
    if (
        _is_premodifier(ctx, mention)
        and not candidate.start <= mention.start < candidate.end
        and not 0 <= candidate.start - mention.end <= 2
    ):
        # "the 2013 overthrow": a year before a common noun dates that noun only.
        return 100_000
    if mention.start >= candidate.end:
        if mention.start - candidate.end > _REACH:
            return mention.start - candidate.end  # too far for a clause to matter
        gap = ctx.text[candidate.end : mention.start]
        # A date in another clause after a dash or semicolon governs less.
        penalty = 40 if _CLAUSE_BREAK.search(gap) else 0
        if _NEXT_CLAUSE.search(gap):
            penalty += 200
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
    first_trigger = min(c.start for c in dateable)
    # Only candidates near a date can take it (see _REACH), so each date looks at those.
    ordered = sorted(range(len(dateable)), key=lambda number: dateable[number].start)
    starts = [dateable[number].start for number in ordered]
    for mention in points:
        if mention.timex_type == "TIME" and not _is_day_part(mention):
            continue
        best: tuple[int, Candidate] | None = None
        low = bisect.bisect_left(starts, mention.start - _REACH)
        high = bisect.bisect_right(starts, mention.end + _REACH)
        for number in sorted(ordered[low:high]):  # in the order read: ties go to the first
            candidate = dateable[number]
            distance = _distance(ctx, candidate, mention)
            if best is None or distance < best[0]:
                best = (distance, candidate)
        opening = (
            mention.end <= first_trigger
            and _is_opening(ctx, sentence, mention)
            and not _is_premodifier(ctx, mention)
        )
        if opening:
            for other in dateable:
                key = id(other)
                if key not in chosen or chosen[key][0] > 10_000:
                    chosen[key] = (10_000 + _distance(ctx, other, mention), mention)
        if best is None:
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
        mention = picked[1]
        value = mention.value
        assert isinstance(value, DateSpan)
        if mention.timex_type == "TIME" and isinstance(value.start, PartialDate):
            value = DateSpan.of(value.start)
        candidate.when = _with_time(ctx, sentence, mention, value, candidate)
        candidate.date_text = mention.text
    _share_coordinated(ctx, dateable)


_COORDINATED: Final = re.compile(
    r"(?:\s+in\s+[A-Z][\w’' .-]{0,30}?)?\s*,?\s*(?:and|or)\s+(?:the\s+)?"
)


def _share_coordinated(ctx: Context, dateable: list[Candidate]) -> None:
    """ "at the A Summit in X and the B Summit in Y in 2024": A takes B's date."""
    ordered = sorted(dateable, key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        if first.when is not None or second.when is None or not (first.named and second.named):
            continue
        end = first.evidence[1] if first.evidence else first.end
        gap = ctx.text[end : second.start]
        if _COORDINATED.fullmatch(gap):
            first.when, first.date_text = second.when, second.date_text


def _is_day_part(mention: TemporalMention) -> bool:
    """ "the afternoon of October 26": a time of day that dates like its day."""
    value = mention.value
    return isinstance(value, DateSpan) and isinstance(value.start, PartialDate)


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
    """A day with a clock time just after it ("On July 26, commencing at 10:00 am") is a time."""
    day = value.start
    if not value.is_single or not isinstance(day, PartialDate) or day.day is None:
        return value
    for other in ctx.temporal_starting(mention.end, mention.end + _TIME_REACH + 1):
        if other.timex_type != "TIME" or not (mention.end <= other.start <= mention.end + 60):
            continue
        if ctx.sentence_at(other.start).index != sentence.index:
            continue
        time_value = other.value
        if not isinstance(time_value, DateSpan) or not isinstance(time_value.start, LocalDateTime):
            continue
        moment = time_value.start
        if (moment.year, moment.month, moment.day) != (day.year, day.month, day.day):
            continue
        if moment.offset_minutes is None:
            after = ctx.text[other.end : other.end + 20].lower()
            zone = _zone_of(ctx, candidate) if "local time" in after else None
            if zone is not None:
                moment = LocalDateTime(
                    moment.year, moment.month, moment.day, moment.hour, moment.minute, zone=zone
                )
        return DateSpan.of(moment)
    return value


def _zone_of(ctx: Context, candidate: Candidate) -> str | None:
    if ctx.gazetteer is None or candidate.location is None:
        return None
    name = candidate.location.split(",")[0].strip()
    place = ctx.place(name)
    if place is not None:
        return place.timezone
    country = ctx.country(name)
    return None if country is None else country.timezone


def _since(ctx: Context, candidate: Candidate, bound: TemporalMention) -> None:
    """Events bounded by "since <date>" in the year of publication get that year."""
    value = bound.value
    published = ctx.published
    if not isinstance(value, DateSpan) or published is None or value.start is None:
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
    r"|first\s+time|last\s+(?:year|month|week)|years?\s+before)\b",
    re.IGNORECASE,
)
_OCCASION_REACH: Final = 1500  # characters
_WORD: Final = re.compile(r"[A-Za-z’'-]+")
# Past verbs that report a named meeting of the occasion ("met ... for the 15th ... Meeting").
_MET: Final = frozenset({"met", "held", "attended", "opened", "chaired", "co-chaired", "hosted"})
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
    lead = [s for s in ctx.sentences if len(_WORD.findall(s.text)) >= _LEAD_WORDS][:3]
    for sentence in lead:
        words = {w.lower() for w in _WORD.findall(sentence.text)}
        if not words & ctx.cues.past and not words & _LEAD_PAST:
            continue
        for mention in ctx.temporal_starting(sentence.start, sentence.end):
            value = mention.value
            if not isinstance(value, DateSpan) or mention.timex_type not in ("DATE", "TIME"):
                continue
            day = _day_of(value)
            if day is not None and (published is None or not day.after(published)):
                return (mention.start, day)
        return None
    return None


_LIST_ITEM: Final = re.compile(r"\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[-•–*])\s")
_INTRODUCES: Final = re.compile(r"\b(?:sign\w*|adopt\w*|exchang\w*|conclu\w*)\b", re.IGNORECASE)


def _introduced_item(ctx: Context, sentence: Sentence) -> bool:
    """An item of a list that a sentence of the occasion introduces ("witnessed the signing of
    the following instruments:" then "(a) Memorandum of ...")."""
    if not _LIST_ITEM.match(ctx.text, sentence.start, sentence.end):
        return False
    index = sentence.index - 1
    while index >= 0 and _LIST_ITEM.match(
        ctx.text, ctx.sentences[index].start, ctx.sentences[index].end
    ):
        index -= 1
    if index < 0:
        return False
    intro = ctx.sentences[index]
    return intro.text.rstrip().endswith(":") and bool(
        _INTRODUCES.search(ctx.text, intro.start, intro.end)
    )


# The rest of an entry heading's line after its day: a clock time, a zone, a place.
_HEADING_REST: Final = re.compile(
    r"[ \t,]{0,4}(?:[0-9]{1,2}[:.][0-9]{2}(?:[ \t]{0,2}(?:GMT|UTC)(?:[+-][0-9]{1,2})?)?)?"
    r"[ \t]{0,4}(?:[-–—|][ \t]{0,4}[A-Z][\w .’'-]{0,40})?[ \t]{0,4}(?:\n|$)"
)
_HEADING_LENGTH: Final = 80


def _entry_headings(ctx: Context) -> list[tuple[int, DateSpan]]:
    """The dated entries of a live blog or a diary: (end of heading, day), in text order.

    A heading is a line of its own that opens with a day and holds at most a clock time
    and a place after it ("Wednesday 20 October, 16:30 - Rabat"). Only a text with two such
    headings or more has entries: one dated line alone is a press release's date line.
    """
    text = ctx.text
    found: list[tuple[int, DateSpan]] = []
    for mention in ctx.temporal:
        value = mention.value
        if not isinstance(value, DateSpan) or mention.timex_type != "DATE":
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        if text[line_start : mention.start].strip():
            continue
        day = _day_of(value)
        rest = _HEADING_REST.match(text, mention.end)
        if day is None or rest is None or rest.end() - line_start > _HEADING_LENGTH:
            continue
        found.append((rest.end(), day))
    return found if len(found) >= 2 else []


_TITLE_FORMS: Final = frozenset({"joint-statement", "declaration", "vision"})


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
        while host.merged_into is not None:
            host = host.merged_into
        hosts.add(id(host))
    return hosts


def carry_occasion(ctx: Context, kept: list[Candidate]) -> None:
    """Date what was done at the occasion an article reports with the occasion's day.

    A wire or a press release dates its occasion once ("held talks on Tuesday") and then
    lists what was done there without a date ("The two leaders signed three agreements",
    "Marquardt held a bilateral meeting"). An undated, past agreement that was signed,
    adopted or upgraded, or an undated, past meeting read from a verb frame, takes the day of
    the last dated, past meeting before it, at most 1,500 characters back, unless its
    sentence reads as background ("had", "previously", "since", "ago", a date of its own).
    """
    published = ctx.published
    _date_the_title(ctx, kept)
    occasion = _lead_occasion(ctx)
    met: DateSpan | None = None  # the day of the last meeting that set the occasion
    headings = _entry_headings(ctx)
    hosts = _hosts_of_adopted(kept)
    for candidate in sorted(kept, key=lambda c: c.start):
        while headings and headings[0][0] <= candidate.start:
            # A dated entry of a live blog: what it reports happened on its day.
            occasion, met = headings.pop(0), None
        if candidate.merged_into is not None:
            continue
        if candidate.when is not None:
            day = _day_of(candidate.when)
            if (
                candidate.kind is EventKind.MEETING
                and not candidate.future
                and day is not None
                and (published is None or not day.after(published))
                and not (met is not None and day.before(met))
            ):
                # A meeting of an earlier day recalled after the meeting of the occasion
                # ("welcomed the results of the session held on Monday") does not replace
                # it (a lead's date may: a dateline's day before "talks on Thursday").
                occasion = (candidate.start, day)
                met = day
            continue
        if occasion is None or candidate.future or candidate.start - occasion[0] > _OCCASION_REACH:
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
            or (candidate.kind is EventKind.MEETING and id(candidate) in hosts)
        )
        if not done or _BACKGROUND.search(ctx.text, sentence.start, sentence.end):
            continue
        candidate.when = occasion[1]
