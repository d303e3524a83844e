"""Dates told right after an act's name, or in the sentences just after it.

"The Barcelona Declaration of November 1995", "the Revised Treaty of X, which created the
economic union, followed in 2010", "the X Programme, which the Commission has run since
2051", "... the X Project. The project will run from July 2066 to June 2072", "the X
Facility, whose second phase, for 2073 to 2077, ...": an undated agreement or initiative
takes the date its own words give it (see
:func:`~diplotimeline.extract._event_dates.carry_occasion`, which runs these readers).

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract._event_names import find_named_events
    >>> from diplotimeline.extract.temporal import tag
    >>> text = "The Tunis Declaration of March 2031 promised a zone of prosperity."
    >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
    >>> [c.name for c in find_named_events(ctx, ctx.sentences[0])]
    ['Tunis Declaration']
    >>> dated_by_of(ctx)
    >>> ctx.candidates[0].when
    DateSpan('2031-03')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract.temporal import TemporalMention
from diplotimeline.model import EventKind
from diplotimeline.time import DateSpan, PartialDate

__all__ = [
    "dated_by_of",
    "final_event",
    "followed_in",
    "phase_span",
    "running_since",
    "runs_told_after",
    "undated_acts",
]

# A date in the possessive ("November 1995's"): it dates the noun after it.
_POSSESSIVE_AFTER: Final = re.compile(r"[’']s\s")


def final_event(candidate: Candidate) -> Candidate:
    """The candidate a mention was merged into at last (itself when it was not merged)."""
    while candidate.merged_into is not None:
        candidate = candidate.merged_into
    return candidate


def undated_acts(mentions: Iterable[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """Each mention whose event is an undated agreement or initiative, with that event.

    Every mention counts, also one merged into another: "the Agreement" said again before
    "during the visit" dates the agreement it was merged into.
    """
    for mention in mentions:
        candidate = final_event(mention)
        if candidate.when is None and candidate.kind is not EventKind.MEETING:
            yield mention, candidate


def _date_at(ctx: Context, at: int) -> tuple[TemporalMention, DateSpan] | None:
    """The first temporal mention that starts at ``at``, with its span, when it is a
    calendar date ("in 2010", "since March 2040"); None for none, a clock time or a
    duration."""
    for date in ctx.temporal_starting(at, at + 1):
        value = date.value
        if date.timex_type == "DATE" and isinstance(value, DateSpan) and value.start is not None:
            return date, value
        return None
    return None


# "the Barcelona Declaration of November 1995": "of" and a date right after an act's name.
_OF: Final = re.compile(r"[ \t]{1,2}of[ \t]{1,2}")


def dated_by_of(ctx: Context) -> None:
    """An act named right before "of <date>" is of that date.

    "The Barcelona Declaration of November 1995 promised ...", "the Lima Accord of 12 May
    2031": the agreement or initiative was made then, as "the Paris summit of 13 July 2008"
    was held then. Only a calendar date (not a clock time nor a bound: "the Fund of up to
    2040"), not followed by "'s", and for an initiative not a year to come ("the Agenda of
    2063" names the year it looks to).
    """
    published = ctx.published
    for mention, candidate in undated_acts(ctx.candidates):
        end = mention.evidence_end
        found = _OF.match(ctx.text, end)
        if found is None:
            continue
        for date in ctx.temporal_starting(found.end(), found.end() + 1):
            value = date.value
            if (
                date.timex_type != "DATE"
                or not isinstance(value, DateSpan)
                or value.start is None
                or _POSSESSIVE_AFTER.match(ctx.text, date.end)
            ):
                continue
            coming = published is not None and value.after(published)
            if coming and candidate.kind is EventKind.INITIATIVE:
                continue
            candidate.when, candidate.date_text = value, date.text
            candidate.future = candidate.future or coming
            break


# "the Revised Treaty of X, which created the economic union, followed in 2010": an act
# told as coming after another, in its year; a comma-enclosed clause may stand between.
_FOLLOWED_IN: Final = re.compile(
    r"(?:\s{0,2},[^,;:.()]{1,100},)?\s{1,3}(?:(?:only|soon|quickly|then)\s{1,3})?"
    r"(?:followed|came)\s{1,3}(?:(?:only|soon)\s{1,3})?(?:in|on)\s{1,3}"
)


def followed_in(ctx: Context) -> None:
    """An undated act whose name is the subject of "followed in <date>" is of that date.

    "The original Treaty of X was signed on 18 June 1981; the Revised Treaty of X, which
    created the economic union, followed in 2010": the revised treaty is of 2010. Only the
    act's name, at most a comma-enclosed clause, "followed" or "came", "in" or "on" and a
    calendar date right after; not a date to come.
    """
    published = ctx.published
    for mention, candidate in undated_acts(ctx.candidates):
        sentence = ctx.sentences[mention.sentence]
        found = _FOLLOWED_IN.match(ctx.text, mention.evidence_end, sentence.end)
        dated = None if found is None else _date_at(ctx, found.end())
        if dated is not None and (published is None or not dated[1].after(published)):
            candidate.when, candidate.date_text = dated[1], dated[0].text


# "the X Programme, which the Commission has run since 2051", "the X Fund has operated
# since March 2040": an initiative at work since a date began then.
_RUNNING_SINCE: Final = re.compile(
    r"(?:\s{0,2},\s{1,3}(?:which|that)\s{1,3}(?:(?!(?:was|were|is|are|will|would|did|not)\s)"
    r"[\w’'().-]{1,30}\s{1,3}){1,6}?|\s{1,3})(?:has|have)\s{1,3}(?:(?:been\s{1,3})?(?:run"
    r"|running|operated|operating|worked|working)|existed|been\s{1,3}in\s{1,3}(?:place"
    r"|operation))\s{1,3}since\s{1,3}",
    re.IGNORECASE,
)


def running_since(ctx: Context) -> None:
    """An undated initiative told at work "since <date>" is of that date, its start.

    "Partners are reminded that the Regional Disaster Risk Management Programme, which the
    Commission has run since 2051, remains the channel for offers": the programme began in
    2051. Only an initiative, "has run", "has operated", "has existed", "has been in place"
    (and the like) right after its name or in its relative clause, and a calendar date
    before the document's right after "since".
    """
    published = ctx.published
    for mention, candidate in undated_acts(ctx.candidates):
        if candidate.kind is not EventKind.INITIATIVE:
            continue
        sentence = ctx.sentences[mention.sentence]
        found = _RUNNING_SINCE.match(ctx.text, mention.evidence_end, sentence.end)
        dated = None if found is None else _date_at(ctx, found.end())
        if dated is None:
            continue
        date, value = dated
        if (
            isinstance(value.start, PartialDate)
            and (value.end is None or value.is_single)
            and (published is None or DateSpan.of(value.start).before(published))
        ):
            # "since 2051" is read as a span open at its end: its start is meant
            candidate.when, candidate.date_text = DateSpan.of(value.start), date.text


# "The project will run from July 2066 to June 2072": the span a sentence opening with the
# initiative's head says it runs; the date right after "from". A fund that "will only
# disburse from 2058 to 2062" or a facility that "will lend from 2066 to 2070" runs then.
_RUNS_FROM: Final = re.compile(
    r"(?:the|this)\s{1,3}(?P<head>[a-z]{3,20})\s{1,3}(?:(?:will|would|shall|is\s{1,3}to"
    r"|is\s{1,3}(?:due|expected|set)\s{1,3}to)\s{1,3})?(?:only\s{1,3})?(?:run|runs|ran|last"
    r"|lasts|lasted|cover|covers|covered|disburse|disburses|disbursed|lend|lends|lent"
    r"|operate|operates|operated)\s{1,3}from\s{1,3}",
    re.IGNORECASE,
)
# The same told in a clause after a comma or semicolon: "..., and the fund will only
# disburse from 2058 to 2062".
_RUNS_FROM_CLAUSE: Final = re.compile(
    r"[,;]\s{1,3}(?:and\s{1,3}|but\s{1,3})?(?=(?:the|this)\s)", re.IGNORECASE
)
_RUNS_REACH: Final = 2  # sentences after the initiative's own


def runs_told_after(ctx: Context, kept: list[Candidate]) -> None:
    """An undated initiative takes the span a sentence just after says "the <head>" runs.

    "... signed the loan agreement for the X River Port Project. The project will run from
    July 2066 to June 2072": the project is of July 2066 to June 2072. Only in one of the
    two sentences after the name, opening with "The" (or "This") and the name's last word
    (or a clause after a comma does: "..., and the fund will only disburse from 2058 to
    2062"), a span with both ends right after "from", and no other initiative of that head
    named with it or between.
    """
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.INITIATIVE
            or candidate.when is not None
        ):
            continue
        head = candidate.name.rsplit(" ", 1)[-1].lower()
        last = min(len(ctx.sentences), candidate.sentence + 1 + _RUNS_REACH)
        for sentence in ctx.sentences[candidate.sentence : last]:
            if sentence.index == candidate.sentence:
                if any(
                    final_event(c) is not candidate
                    and c.kind is EventKind.INITIATIVE
                    and c.name.rsplit(" ", 1)[-1].lower() == head
                    for c in ctx.in_sentence(sentence)
                ):
                    break  # two of that head named together: "the <head>" is either
                continue
            if any(
                c is not candidate
                and c.kind is EventKind.INITIATIVE
                and c.name.rsplit(" ", 1)[-1].lower() == head
                for c in ctx.in_sentence(sentence)
            ):
                break  # another initiative of that head: "the <head>" may be that one
            found = _RUNS_FROM.match(ctx.text, sentence.start, sentence.end)
            if found is None:
                found = next(
                    (
                        runs
                        for clause in _RUNS_FROM_CLAUSE.finditer(
                            ctx.text, sentence.start, sentence.end
                        )
                        if (runs := _RUNS_FROM.match(ctx.text, clause.end(), sentence.end))
                    ),
                    None,
                )
            if found is None or found.group("head").lower() != head:
                continue
            for mention in ctx.temporal_starting(found.end(), found.end() + 1):
                value = mention.value
                if (
                    mention.timex_type == "DATE"
                    and isinstance(value, DateSpan)
                    and value.start is not None
                    and value.end is not None
                    and not value.is_single
                ):
                    candidate.when, candidate.date_text = value, mention.text
                    published = ctx.published
                    candidate.future = candidate.future or (
                        published is not None and value.after(published)
                    )
            break


# The part of an initiative that a span dates: "its second phase", "its 2070-2075 budget".
_PART: Final = (
    r"(?:(?:first|second|third|fourth|fifth|next|new|current|present)\s{1,3})?"
    r"(?:phase|stage|budget|funding\s{1,3}cycle|cycle|programming\s{1,3}period)"
)
# "..., which would run from", "..., for", "..., covering", "running from" after the part.
_PART_SPAN: Final = (
    r"\s{0,2},?\s{1,3}(?:(?:which|that)\s{1,3}(?:(?:will|would|is\s{1,3}to|is\s{1,3}due"
    r"\s{1,3}to)\s{1,3})?(?:run|runs|ran|cover|covers|covered|last|lasts|spans?)\s{1,3}from"
    r"|runs?\s{1,3}from|running\s{1,3}from|from|for|covering|spanning|over)\s{1,3}"
)
_WHOSE_PART: Final = re.compile(
    r"\s{0,2},\s{1,3}whose\s{1,3}(?:(?P<part>" + _PART + _PART_SPAN + r")|(?=[0-9]{4}))",
    re.IGNORECASE,
)
_PART_AFTER: Final = re.compile(r"\s{1,3}" + _PART + r"\b", re.IGNORECASE)
_HEAD_PART: Final = r"\b(?:the|this)\s{1,3}(?P<head>[a-z]{3,20})[’']s\s{1,3}"
_HEAD_PARTS: Final = re.compile(
    _HEAD_PART + r"(?:(?P<part>" + _PART + _PART_SPAN + r")|(?=[0-9]{4}))", re.IGNORECASE
)
_PHASE_REACH: Final = 2  # sentences after the initiative's own


def _span_at(ctx: Context, at: int, *, part_after: bool) -> tuple[TemporalMention, DateSpan] | None:
    """The span of years or months with both ends that starts at ``at`` (None if none).

    With ``part_after``, the span must be followed by the part it dates ("2070-2075
    budget").
    """
    dated = _date_at(ctx, at)
    if dated is None:
        return None
    date, value = dated
    if value.end is None or value.is_single:
        return None
    if part_after and _PART_AFTER.match(ctx.text, date.end) is None:
        return None
    return dated


def phase_span(ctx: Context, kept: list[Candidate]) -> None:
    """An undated initiative takes the span of the phase or budget its text gives.

    "the X Programme, whose 2070-2075 budget both governments have promised to top up",
    "the replenishment of the X Facility, whose second phase, for 2073 to 2077, raised $310
    million", "... the X Facility. Palau pledged $250,000 to the facility's second phase,
    which would run from 2073 to 2077": the programme or facility is dated by that span,
    when the text gives it no other date. Only a span of two ends (not "since 2051", not a
    single year), in a "whose" clause right after the name, or after "the <head>'s" (its
    name's last word) in its sentence or one of the two after, with no other initiative of
    that head named in between.
    """
    published = ctx.published
    by_event: dict[int, list[Candidate]] = {}  # each undated initiative's mentions
    for mention, event in undated_acts(ctx.candidates):
        if event.kind is EventKind.INITIATIVE:
            by_event.setdefault(id(event), []).append(mention)
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.INITIATIVE
            or candidate.when is not None
        ):
            continue
        dated = None
        for mention in by_event.get(id(candidate), [candidate]):
            sentence = ctx.sentences[mention.sentence]
            found = _WHOSE_PART.match(ctx.text, mention.evidence_end, sentence.end)
            if found is not None:
                dated = _span_at(ctx, found.end(), part_after=found.group("part") is None)
            if dated is not None:
                break
        if dated is None:
            dated = _head_part_span(ctx, candidate)
        if dated is None:
            continue
        date, value = dated
        candidate.when, candidate.date_text = value, date.text
        candidate.future = candidate.future or (published is not None and value.after(published))


def _head_part_span(ctx: Context, candidate: Candidate) -> tuple[TemporalMention, DateSpan] | None:
    """The span after "the <head>'s second phase, which would run from" (see phase_span)."""
    head = candidate.name.rsplit(" ", 1)[-1].lower()
    last = min(len(ctx.sentences), candidate.sentence + 1 + _PHASE_REACH)
    for sentence in ctx.sentences[candidate.sentence : last]:
        others = [
            c
            for c in ctx.in_sentence(sentence)
            if final_event(c) is not candidate
            and c.kind is EventKind.INITIATIVE
            and c.name.rsplit(" ", 1)[-1].lower() == head
        ]
        if others:
            return None  # another initiative of that head: "the <head>" may be that one
        low = candidate.end if sentence.index == candidate.sentence else sentence.start
        for found in _HEAD_PARTS.finditer(ctx.text, low, sentence.end):
            if found.group("head").lower() != head:
                continue
            dated = _span_at(ctx, found.end(), part_after=found.group("part") is None)
            if dated is not None:
                return dated
    return None
