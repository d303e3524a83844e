"""Same-document merging: the mentions of one real-world event become one model event.

Mentions merge when they share a name, an acronym or a frame (the same people meeting at
the same venue), when one is a short form of a longer name given before ("the Lima
Partnership" after "the Lima Partnership for Growth"), or when one is an anaphor ("the
Summit") for the last event of its kind named; each event gets a status from its date
and the tense around it.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract._event_names import find_named_events
    >>> text = "The Lima Summit opened. Leaders left the Summit early."
    >>> ctx = Context.build(text, document_id="d")
    >>> for sentence in ctx.sentences:
    ...     _ = find_named_events(ctx, sentence)
    >>> [(e.id, e.name, len(e.evidence)) for e in assemble(ctx)]
    [('d:e1', 'Lima Summit', 2)]
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Final

from diplotimeline.errors import InvalidDateError
from diplotimeline.extract._agreement_folds import (
    fold_agreement_mentions,
    fold_bracketed_names,
    fold_headline_plurals,
    fold_named_variants,
    fold_plans,
)
from diplotimeline.extract._event_context import (
    ORDINAL_WORDS,
    Candidate,
    Context,
    name_key,
    ordinal_number,
)
from diplotimeline.extract._event_dates import carry_occasion, zone_of_place
from diplotimeline.extract._event_kept import KeptEvents, compatible
from diplotimeline.extract._event_name_folds import (
    fold_head_meetings,
    fold_place_named,
    fold_short_names,
    fold_undated_gathering,
    fold_year_named,
    place_by_name,
)
from diplotimeline.model import (
    ActorKind,
    Agreement,
    AgreementForm,
    Event,
    EventKind,
    EventLink,
    Evidence,
    Initiative,
    InitiativeForm,
    Meeting,
    MeetingForm,
    Milestone,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, Precision, TimePoint

__all__ = ["assemble"]


def _status(ctx: Context, when: DateSpan | None, future: bool) -> Status:
    if future:
        return Status.PLANNED
    if when is None:
        return Status.MENTIONED
    published = ctx.published
    if published is not None and when.start is not None and when.after(published):
        return Status.PLANNED
    if published is not None and when.start is not None and not when.before(published):
        # Overlapping the publication date: a span still running or a partial date.
        return Status.OCCURRED
    return Status.OCCURRED


def _resolve(candidate: Candidate) -> Candidate:
    root = candidate
    while root.merged_into is not None:
        root = root.merged_into
    # Point the chain straight at its root, so that long chains are walked once.
    while candidate.merged_into is not None and candidate.merged_into is not root:
        candidate.merged_into, candidate = root, candidate.merged_into
    return root


def _absorb(target: Candidate, other: Candidate) -> None:
    other.merged_into = target
    if target.indefinite and other.named:
        target.aliases.append(target.name)
        target.name, target.named, target.indefinite = other.name, True, False
    elif other.name != target.name and other.name not in target.aliases:
        if (
            len(other.name) > len(target.name)
            and target.anaphor is False
            and other.named
            and (other.key.startswith(target.key))
        ):
            target.aliases.append(target.name)
            target.name = other.name
        else:
            target.aliases.append(other.name)
    for alias in other.aliases:
        if alias not in target.aliases and alias != target.name:
            target.aliases.append(alias)
    if target.acronym is None:
        target.acronym = other.acronym
    for actor in other.participants:
        if actor not in target.participants:
            target.participants.append(actor)
    if target.when is None and other.when is not None:
        target.when = other.when
        target.date_text = other.date_text
    elif (
        target.when is not None
        and other.when is not None
        and target.when.contains(other.when)
        and (
            other.when.precision > target.when.precision
            # "next week" in a headline, "from 19 to 21 October" in the body: the narrower
            # of two nested spans (a single day inside a span is a part of it, not its date).
            or (
                not other.when.is_single
                and not target.when.is_single
                and other.when.bounds() != target.when.bounds()
            )
        )
    ):
        target.when = other.when
    elif (
        target.kind is EventKind.MEETING
        and target.when is not None
        and other.when is not None
        and target.when.is_single
        and not other.when.is_single
        and other.when.precision == target.when.precision
        and other.when.contains(target.when)
    ):
        # "at the Summit on Wednesday", then "the summit runs from August 22 to 24": the day
        # is a part of the meeting's stretch, not its date.
        target.when = other.when
        target.date_text = other.date_text
    elif (
        (target.frame_key or "").startswith("meet:")
        and (other.frame_key or "").startswith("meet:")
        and target.when is not None
        and other.when is not None
        and not target.when.is_single
        and other.when.is_single
        and target.when.contains(other.when)
    ):
        # Two persons' talks "this weekend", then "in Suva on Saturday": the day they are
        # held (a pair's talks last a day; a summit's stretch is kept above).
        target.when = other.when
        target.date_text = other.date_text
    target.period = target.period or other.period
    target.location = target.location or other.location
    target.future = target.future or other.future
    target.stage = target.stage or other.stage
    target.host = target.host or other.host
    if target.form == "other" and other.form != "other":
        target.form = other.form


def assemble(ctx: Context) -> tuple[Event, ...]:
    """Merge the candidates into model events, numbered in order of first mention.

    Examples:
        >>> from diplotimeline.extract._event_names import find_named_events
        >>> text = "The Lima Summit opened. Leaders left the Summit early."
        >>> ctx = Context.build(text, document_id="d")
        >>> for sentence in ctx.sentences:
        ...     _ = find_named_events(ctx, sentence)
        >>> [(e.id, e.name, len(e.evidence)) for e in assemble(ctx)]
        [('d:e1', 'Lima Summit', 2)]
    """
    ordered = sorted(ctx.candidates, key=lambda c: (c.start, -c.end))
    index = KeptEvents()
    for candidate in ordered:
        target = index.target(candidate)
        if target is not None:
            target = _resolve(target)
            if _other_ordinal(candidate, target):
                # "the Fifth X Summit" ... "since the Fourth Summit": the fourth X Summit
                candidate.name = _renumbered(target.name, candidate.name)
                candidate.anaphor = False
                index.add(candidate)
                continue
            _absorb(target, candidate)
            index.refresh(target)  # its name, acronym or form may have changed
            continue
        if candidate.anaphor:
            continue
        index.add(candidate)
    kept = index.items
    _fold_aliases(ctx)
    fold_bracketed_names(ctx, _absorb, _resolve)
    _fold_indefinite(kept)
    _fold_unnamed(kept)
    fold_agreement_mentions(ctx, kept, _absorb)
    fold_headline_plurals(ctx, kept, _absorb)
    fold_plans(kept, _absorb)
    _fold_office_visits(ctx, kept)
    _fold_headline_meetings(kept)
    _fold_planned_pair_talks(kept)
    _fold_same_words(kept)
    fold_short_names(kept, _absorb)
    _fold_gathering_summits(kept)
    _fold_arrivals(ctx, kept)
    for candidate in kept:
        if candidate.merged_into is None and candidate.inherit and candidate.when is None:
            host = candidate.host and _resolve(candidate.host)
            if host is not None and host.when is not None:
                candidate.when = host.when
    carry_occasion(ctx, kept)
    # After the occasion's dates: a headline, a year or a place names the dated meeting.
    fold_head_meetings(ctx, kept, _absorb)
    fold_year_named(kept, _absorb)
    fold_place_named(kept, _absorb, ctx)
    place_by_name(ctx, kept)
    fold_undated_gathering(ctx, kept, _absorb)
    _fold_same_day_acts(kept)
    # Again, once the acts of one day are one: "signed an agreement on Tuesday" may now have
    # one fuller agreement to join, not two.
    fold_agreement_mentions(ctx, kept, _absorb)
    # Last, once every act has its date: two names of one agreement join only when their
    # dates agree.
    fold_named_variants(ctx, kept, _absorb)
    ids: dict[int, str] = {}
    number = 0
    for candidate in kept:
        if candidate.merged_into is not None:
            continue
        number += 1
        ids[id(candidate)] = f"{ctx.document_id}:e{number}"
    evidence: dict[int, list[Evidence]] = {}
    seen: set[tuple[int, int]] = set()
    for candidate in ctx.candidates:
        target = _resolve(candidate)
        span = candidate.evidence or (candidate.start, candidate.end)
        items = evidence.setdefault(id(target), [])
        # One evidence span per start: the first candidate read there gives it.
        if (id(target), span[0]) not in seen:
            seen.add((id(target), span[0]))
            items.append(Evidence.from_text(ctx.document_id, ctx.text, span[0], span[1]))
    events: list[Event] = []
    for candidate in kept:
        if candidate.merged_into is not None:
            continue
        events.append(_build(ctx, candidate, ids, evidence.get(id(candidate), [])))
    return tuple(events)


def _other_ordinal(candidate: Candidate, target: Candidate) -> bool:
    """Whether an anaphor with an ordinal ("the Fourth Summit") names another session than
    the one it would refer to ("the Fifth X Summit")."""
    if not candidate.anaphor:
        return False
    mine, theirs = ordinal_number(candidate), ordinal_number(target)
    return mine is not None and theirs is not None and mine != theirs


def _renumbered(name: str, anaphor: str) -> str:
    """ "Fifth X Summit" renumbered by "Fourth Summit": "Fourth X Summit" (else the anaphor).

    Examples:
        >>> _renumbered("Fifth Andean Rivers Summit", "Fourth Summit")
        'Fourth Andean Rivers Summit'
        >>> _renumbered("Andean Rivers Summit", "Fourth Summit")
        'Fourth Summit'
    """
    first, _, rest = name.partition(" ")
    ordinal = anaphor.split(" ", 1)[0]
    if rest and (first.lower() in ORDINAL_WORDS or first[:1].isdigit()):
        return f"{ordinal} {rest}"
    return anaphor


# "the Protocol on Green Hydrogen Trade, known as the Lima Protocol": between a name and
# the other name it is known by, a comma or a bracket and "(also) known as", "called",
# "dubbed" (no nested quantifier: linear).
_ALIAS_GAP: Final = re.compile(
    r"[ \t]*[,(][ \t]*(?:(?:also|informally|commonly|popularly|widely|better|often|now|"
    r"unofficially|simply)[ \t]+)?(?:known[ \t]+as|called|dubbed|nicknamed|referred[ \t]+to"
    r"[ \t]+as)[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)


def _fold_aliases(ctx: Context) -> None:
    """ "the Protocol on Green Hydrogen Trade, known as the Lima Protocol": one event.

    A mention of an event followed by "known as", "(informally) called" or "dubbed" and a
    named mention of the same kind right after is one event under two names: the second
    joins the first (its later mentions with it), and a lower-case first mention ("a
    protocol on green hydrogen trade, informally called the Lima Protocol") takes the
    proper name, keeping its own words as an alias. Only adjacent names join: "known as"
    before any other words ("known as the successor to the Kyoto Protocol") joins nothing.
    """
    starts: dict[int, Candidate] = {}
    for candidate in ctx.candidates:
        if candidate.named and not candidate.anaphor:
            starts.setdefault(candidate.start, candidate)
    if not starts:
        return
    text = ctx.text
    for first in sorted(ctx.candidates, key=lambda c: c.start):
        if first.anaphor:
            continue
        match = _ALIAS_GAP.match(text, first.end, first.end + 64)
        if match is None:
            continue
        second = starts.get(match.end())
        if second is None or second.kind is not first.kind:
            continue
        target, other = _resolve(first), _resolve(second)
        if target is other:
            continue
        _absorb(target, other)
        if not target.named and other.named:
            # The proper name stands first; the lower-case words become an alias.
            target.aliases = [a for a in target.aliases if a != other.name]
            target.aliases.insert(0, target.name)
            target.name, target.named, target.indefinite = other.name, True, False


def _fold_indefinite(kept: list[Candidate]) -> None:
    """ "Set out a new vision" then "the Lima Joint Vision": the named one absorbs it."""
    for index, candidate in enumerate(kept):
        if not candidate.indefinite or candidate.merged_into is not None:
            continue
        head = candidate.head.lower()
        for later in kept[index + 1 :]:
            if (
                later.kind is candidate.kind
                and later.named
                and later.merged_into is None
                and later.when is None
                and head
                and head in later.name.lower()
            ):
                _absorb(later, candidate)
                later.when = candidate.when
                later.date_text = candidate.date_text
                break


def _fold_unnamed(kept: list[Candidate]) -> None:
    """ "Talks on a free trade agreement" and "the Andean-Gulf Free Trade Agreement": one.

    An undated agreement or initiative without a name of its own joins the one undated
    named event of its kind and form whose name ends with its words, when the named one has
    all its participants (and it names one at least).
    """
    for candidate in kept:
        if (
            candidate.named
            or candidate.indefinite
            or candidate.merged_into is not None
            or candidate.kind is EventKind.MEETING
            or candidate.when is not None
            or not candidate.participants
        ):
            continue
        words = name_key(candidate.name)
        if not words:
            continue
        hosts = [
            other
            for other in kept
            if other is not candidate
            and other.named
            and other.merged_into is None
            and other.when is None
            and other.kind is candidate.kind
            and other.form == candidate.form
            and name_key(other.name).endswith(" " + words)
            and set(candidate.participants) <= set(other.participants)
        ]
        if len(hosts) == 1:
            _absorb(hosts[0], candidate)


def _fold_same_day_acts(kept: list[Candidate]) -> None:
    """ "The Tano Joint Development Treaty was signed on Wednesday" and "the treaty on joint
    development of the maritime zone", signed that day: one act.

    An agreement without a name of its own, dated to a day, joins the one named agreement of
    its form dated that same day.
    """
    for candidate in kept:
        if (
            candidate.named
            or candidate.merged_into is not None
            or candidate.kind is not EventKind.AGREEMENT
            or candidate.when is None
            or _day_key(candidate.when) is None
        ):
            continue
        day = _day_key(candidate.when)
        hosts = [
            other
            for other in kept
            if other is not candidate
            and other.named
            and other.merged_into is None
            and other.kind is EventKind.AGREEMENT
            and other.form == candidate.form
            and other.when is not None
            and _day_key(other.when) == day
        ]
        if len(hosts) == 1:
            _absorb(hosts[0], candidate)


def _day_key(when: DateSpan) -> tuple[int, int, int] | None:
    """The day of a single-day date (a time counts as its day), else None."""
    start = when.start
    if start is None:
        return None
    if isinstance(start, PartialDate):
        if start.day is None or not when.is_single:
            return None
        return (start.year, start.month or 0, start.day)
    if isinstance(start, LocalDateTime):
        return (start.year, start.month, start.day)
    return None


def _fold_office_visits(ctx: Context, kept: list[Candidate]) -> None:
    """ "Chile's president to make state visit to Kenya" (a headline) and "President X will
    pay a state visit to Kenya": a visit made by a country's unnamed office-holder joins the
    one visit to the same place by a person, when the dates allow."""
    for candidate in kept:
        if (
            candidate.form != "visit"
            or candidate.merged_into is not None
            or candidate.destination is None
            or candidate.subject is None
        ):
            continue
        first = ctx.first_mention(candidate.subject)
        if first is None or first.kind is not ActorKind.COUNTRY:
            continue
        hosts = []
        for other in kept:
            if other is candidate or other.merged_into is not None or other.form != "visit":
                continue
            visitor = ctx.first_mention(other.subject)
            if (
                other.destination == candidate.destination
                and visitor is not None
                and visitor.kind is ActorKind.PERSON
                and compatible(other, candidate)
            ):
                hosts.append(other)
        if len(hosts) == 1:
            _absorb(hosts[0], candidate)


def _fold_headline_meetings(kept: list[Candidate]) -> None:
    """ "India, Brazil leaders to meet at BRICS summit" (a headline) and the body's meeting
    of the two at the summit: one meeting, when exactly one other meeting of the body has
    all the headline's participants and compatible dates."""
    for candidate in kept:
        if candidate.merged_into is not None or not (candidate.frame_key or "").startswith(
            "headline:"
        ):
            continue
        hosts = [
            other
            for other in kept
            if other is not candidate
            and other.merged_into is None
            and other.kind is EventKind.MEETING
            and set(candidate.participants) <= set(other.participants)
            and compatible(other, candidate)
        ]
        if len(hosts) == 1:
            _absorb(hosts[0], candidate)


def _fold_planned_pair_talks(kept: list[Candidate]) -> None:
    """ "X will meet her counterpart Y on the sidelines of the APEC summit this weekend",
    then "The two leaders will hold talks in Suva on Saturday": one planned meeting, when
    the pair's meeting told later names no venue of its own and exactly one planned
    meeting of the same pair at a venue, told before it, has compatible dates."""
    for candidate in kept:
        key = candidate.frame_key or ""
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.MEETING
            or not candidate.future
            or not key.startswith("meet:")
            or not key.endswith(":")
            or key.count(":") != 2
        ):
            continue
        hosts = [
            other
            for other in kept
            if other is not candidate
            and other.merged_into is None
            and other.kind is EventKind.MEETING
            and other.future
            and other.start < candidate.start
            and (other.frame_key or "").startswith(key)
            and len(other.frame_key or "") > len(key)
            and compatible(other, candidate)
        ]
        if len(hosts) == 1:
            _absorb(hosts[0], candidate)


def _fold_gathering_summits(kept: list[Candidate]) -> None:
    """ "Arab leaders meet in Rabat tomorrow" and "The 56th Arab Summit opens on Thursday":
    one summit, when it is the one named summit of the text held that day."""
    by_day: dict[tuple[int, int, int], list[Candidate]] = {}
    for other in kept:
        if (
            other.named
            and other.merged_into is None
            and other.kind is EventKind.MEETING
            and other.form == "summit"
            and other.when is not None
        ):
            day = _day_key(other.when)
            if day is not None:
                by_day.setdefault(day, []).append(other)
    if not by_day:
        return
    for candidate in kept:
        if (
            candidate.named
            or candidate.merged_into is not None
            or candidate.kind is not EventKind.MEETING
            or candidate.form != "summit"
            or candidate.when is None
        ):
            continue
        day = _day_key(candidate.when)
        hosts = by_day.get(day, []) if day is not None else []
        if len(hosts) == 1 and hosts[0].merged_into is None:
            _absorb(hosts[0], candidate)


def _fold_same_words(kept: list[Candidate]) -> None:
    """ "the 82nd Ordinary Session of the Executive Council", read once as named and once by
    a frame of the body's sessions ("82nd session of the Executive Council"): one meeting.

    A numbered meeting read without a name of its own joins the one named meeting whose
    words it shares (their evidence overlaps) and whose session number it has; the named
    one keeps its name and date.
    """
    by_number: dict[int, list[Candidate]] = {}
    for c in kept:
        if c.named and c.merged_into is None and c.kind is EventKind.MEETING and c.evidence:
            number = ordinal_number(c)
            if number is not None:
                by_number.setdefault(number, []).append(c)
    if not by_number:
        return
    for candidate in kept:
        if (
            candidate.named
            or candidate.merged_into is not None
            or candidate.kind is not EventKind.MEETING
            or candidate.evidence is None
        ):
            continue
        number = ordinal_number(candidate)
        if number is None:
            continue  # "the meeting of X and Y at the Summit": a meeting of its own
        low, high = candidate.evidence
        hosts = [
            other
            for other in by_number.get(number, [])
            if other is not candidate
            and other.merged_into is None
            and other.evidence is not None
            and other.evidence[0] < high
            and low < other.evidence[1]
        ]
        if len(hosts) == 1:
            _absorb(hosts[0], candidate)


_DAYS: Final = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b", re.IGNORECASE
)
_DAY_WORDS: Final = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ARRIVED: Final = re.compile(r"\barrived\b", re.IGNORECASE)


def _days_told(ctx: Context, spans: list[tuple[int, int]]) -> int | None:
    """ "a three-day official visit": 3, from the words of one of a visit's mentions."""
    for start, end in spans:
        found = _DAYS.search(ctx.text, max(0, start - 40), end)
        if found is not None:
            word = found.group("n").lower()
            return int(word) if word.isdigit() else _DAY_WORDS.index(word) + 2
    return None


def _arrival_day(ctx: Context, candidate: Candidate) -> datetime.date | None:
    when = candidate.when
    if when is None or not when.is_single or not isinstance(when.start, PartialDate):
        return None
    if when.start.precision is not Precision.DAY:
        return None
    span = candidate.evidence or (candidate.start, candidate.end)
    if _ARRIVED.search(ctx.text, span[0], span[1]) is None:
        return None
    return when.start.first_day()


def _fits(when: DateSpan | None, first: datetime.date, days: int) -> bool:
    """Whether a visit of ``days`` days from ``first`` overlaps the visit's date, if any."""
    return when is None or when.overlaps(
        DateSpan.between(
            PartialDate.from_date(first),
            PartialDate.from_date(first + datetime.timedelta(days=days - 1)),
        )
    )


def _fold_arrivals(ctx: Context, kept: list[Candidate]) -> None:
    """ "a three-day official visit to Georgia by X" and "X, who arrived in Tbilisi on
    Monday": the visit spans three days from the day of arrival (when the visitor and the
    country are the same, one length is told and one arrival day fits). A visit told only
    by the arrival ("arrived in Tbilisi") folds into it."""
    visits = [c for c in kept if c.form == "visit" and c.merged_into is None and c.subject]
    if not visits:
        return
    spans: dict[int, list[tuple[int, int]]] = {}
    arrivals: dict[int, list[datetime.date]] = {}
    for candidate in ctx.candidates:
        if candidate.form != "visit":
            continue
        root = _resolve(candidate)
        spans.setdefault(id(root), []).append(
            candidate.evidence or (candidate.start, candidate.end)
        )
        day = _arrival_day(ctx, candidate)
        if day is not None:
            arrivals.setdefault(id(root), []).append(day)
    for visit in visits:
        days = _days_told(ctx, spans.get(id(visit), []))
        if days is None or visit.merged_into is not None:
            continue
        found = list(arrivals.get(id(visit), []))
        separate = [
            other
            for other in visits
            if other is not visit
            and other.merged_into is None
            and other.subject == visit.subject
            and other.destination == visit.destination
            and id(other) in arrivals
            and _days_told(ctx, spans.get(id(other), [])) is None
        ]
        for other in separate:
            found.extend(arrivals[id(other)])
        found = [day for day in found if _fits(visit.when, day, days)]
        if len(set(found)) != 1:
            continue
        first = found[0]
        published = ctx.published
        if published is not None and published.precision is Precision.DAY:
            # "who arrived on Monday": the visit has begun
            visit.future = visit.future and first > published.first_day()
        visit.when = DateSpan.between(
            PartialDate.from_date(first),
            PartialDate.from_date(first + datetime.timedelta(days=days - 1)),
        )
        for other in separate:
            if first in arrivals[id(other)]:
                # The arrival is the visit's first day, not a trip of its own.
                span = visit.when
                _absorb(visit, other)
                visit.when = span


def _in_local_zone(ctx: Context, candidate: Candidate, when: DateSpan) -> DateSpan:
    """A clock time the text gives without a zone is the local time of the event's place.

    "The Council met in Vienna ... (10 a.m.)": 10:00 in Vienna's zone. Unchanged when the
    time has its offset, or the place (or its zone) is unknown.
    """
    start, end = when.start, when.end
    if not (
        (isinstance(start, LocalDateTime) and start.offset_minutes is None)
        or (isinstance(end, LocalDateTime) and end.offset_minutes is None)
    ):
        return when
    zone = zone_of_place(ctx, candidate.location)
    if zone is None:
        return when

    def zoned(point: TimePoint | None) -> TimePoint | None:
        if not isinstance(point, LocalDateTime) or point.offset_minutes is not None:
            return point
        return LocalDateTime(
            point.year, point.month, point.day, point.hour, point.minute, zone=zone
        )

    try:
        return DateSpan(zoned(start), zoned(end))
    except InvalidDateError:
        return when


def _bounded(when: DateSpan | None, bound: DateSpan) -> DateSpan | None:
    """The span from ``when`` to the one end a clause gives (see ``_clause_bound``).

    "announced in 2023, which provides aid through 2030" runs from 2023 to 2030; a clause
    alone ("which will run until 2033") gives the only end known. None when the bound
    adds nothing to ``when``.

    Examples:
        >>> from diplotimeline.time import PartialDate
        >>> until = DateSpan(None, PartialDate(2030))
        >>> _bounded(DateSpan.of(PartialDate(2023)), until).format_iso()
        '2023/2030'
        >>> _bounded(None, until).format_iso()
        '../2030'
    """
    if when is None or when.start is None:
        return bound
    if bound.start is None and bound.end is not None:
        try:
            return DateSpan(when.start, bound.end)
        except InvalidDateError:
            return None  # the end comes before the start: not a bound of this one
    return None


def _build(
    ctx: Context, candidate: Candidate, ids: Mapping[int, str], evidence: list[Evidence]
) -> Event:
    event_id = ids[id(candidate)]
    links: list[EventLink] = []
    if candidate.host is not None:
        host = _resolve(candidate.host)
        target = ids.get(id(host))
        if target is not None and target != event_id:
            links.append(EventLink(candidate.relation, target))
    when = candidate.when
    period = candidate.period
    if (
        candidate.kind is EventKind.INITIATIVE
        and when is not None
        and period is not None
        and when != period
        and when.start is not None
        and when.start == period.start
    ):
        # "a five-year plan starting in 2035": the start the date gives, the span the
        # clause gives.
        when = period
    elif (
        candidate.kind is EventKind.INITIATIVE
        and period is not None
        and None
        in (
            period.start,
            period.end,
        )
    ):
        bounded = _bounded(when, period)
        if bounded is not None:
            when = period = bounded
    if when is not None:
        when = _in_local_zone(ctx, candidate, when)
    status = _status(ctx, when, candidate.future)
    participants = tuple(dict.fromkeys(candidate.participants))
    aliases = tuple(dict.fromkeys(a for a in candidate.aliases if a and a != candidate.name))
    evidence.sort(key=lambda item: item.start)
    name = candidate.name.strip() or candidate.form
    if candidate.kind is EventKind.MEETING:
        return Meeting(
            id=event_id,
            name=name,
            form=MeetingForm(candidate.form),
            aliases=aliases,
            when=when,
            status=status,
            participants=participants,
            location=candidate.location,
            ordinal=candidate.ordinal,
            links=links,
            evidence=evidence,
        )
    if candidate.kind is EventKind.AGREEMENT:
        milestones = []
        if candidate.stage is not None:
            milestones.append(Milestone(candidate.stage, when))
        return Agreement(
            id=event_id,
            name=name,
            form=AgreementForm(candidate.form),
            aliases=aliases,
            when=when,
            status=status,
            participants=participants,
            location=candidate.location,
            milestones=milestones,
            links=links,
            evidence=evidence,
        )
    return Initiative(
        id=event_id,
        name=name,
        form=InitiativeForm(candidate.form),
        aliases=aliases,
        acronym=candidate.acronym,
        when=when,
        period=period,
        status=status,
        participants=participants,
        location=candidate.location,
        links=links,
        evidence=evidence,
    )
