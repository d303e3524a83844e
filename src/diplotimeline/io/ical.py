"""iCalendar (RFC 5545) export through the ``icalendar`` package (the ``ical`` extra).

One ``VEVENT`` per dated event, in timeline order:

* Dates (year, month or day precision) become all-day events: ``DTSTART;VALUE=DATE`` on
  the first day covered and an exclusive ``DTEND`` the day after the last, so April 2025
  runs from 20250401 to 20250501 and 27 to 29 April from 20250427 to 20250430.
* Times (minute precision) keep their zone: an IANA zone becomes ``TZID`` (with its
  ``VTIMEZONE``), a bare UTC offset is converted to UTC (``...Z``), and a time without
  either stays a floating local time. A single time has no ``DTEND`` (zero duration).
  A span mixing a date and a time becomes an all-day event over the days it covers.
* Every event keeps what the calendar fields cannot say in ``X-DIPLOTIMELINE-*``
  properties: ``PRECISION`` (``year``, ``month``, ``day`` or ``minute``), ``WHEN`` (the
  ISO 8601-2 span, exact), ``KIND``, ``FORM``, ``EVENT-STATUS`` and ``PARTICIPANTS``
  (actor ids separated by spaces).

``UID`` is ``<event id>@diplotimeline``, so re-importing a later export updates events
instead of duplicating them; ``DTSTAMP`` is the latest publication date of the event's
documents (or 1970-01-01 when unknown), never the clock, so the same input gives the
same bytes. ``DESCRIPTION`` holds kind, status, date, participants, location and every
evidence quote with its source; ``STATUS`` is ``TENTATIVE`` for a planned event and
``CONFIRMED`` for one that occurred (absent for one only mentioned); ``CATEGORIES`` holds
kind and form.

Events without a usable date (undated, open at either end like "since 2024" and "by
2030", or ending on the last day iCalendar can write, 9999-12-31) cannot be calendar
entries: they are left out and listed in
:attr:`CalendarExport.skipped`, and the calendar counts them in ``X-DIPLOTIMELINE-SKIPPED``.
An initiative without ``when`` is placed by its ``period``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final

import attrs

from diplotimeline.errors import UsageError
from diplotimeline.io.tables import event_sort_key
from diplotimeline.model import Actor, Document, Event, Initiative, Status
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

if TYPE_CHECKING:
    import icalendar  # type: ignore[import-not-found,unused-ignore]

__all__ = ["PRODID", "CalendarExport", "event_uid", "export_ical"]

PRODID: Final = "-//diplotimeline//diplotimeline//EN"
"""The ``PRODID`` of every calendar this module writes."""

_EPOCH: Final = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_ONE_DAY: Final = datetime.timedelta(days=1)
_ICAL_STATUS: Final = {Status.PLANNED: "TENTATIVE", Status.OCCURRED: "CONFIRMED"}


@attrs.frozen(kw_only=True)
class CalendarExport:
    """An iCalendar text and the events that could not go into it.

    Attributes:
        text: The ``VCALENDAR`` (``\\r\\n`` line ends, folded at 75 octets).
        exported: How many events became ``VEVENT`` components.
        skipped: The ids of the events left out (undated or open-ended), in order.

    Examples:
        >>> CalendarExport(text="", exported=0, skipped=("d1:e3",)).skipped
        ('d1:e3',)
    """

    text: str
    exported: int
    skipped: tuple[str, ...] = ()


def event_uid(event_id: str) -> str:
    """The ``UID`` of an event: the same in every export of the same event.

    Examples:
        >>> event_uid("d1:e1")
        'd1:e1@diplotimeline'
    """
    return f"{event_id}@diplotimeline"


def _require_icalendar() -> None:
    try:
        import icalendar  # type: ignore[import-not-found,unused-ignore]  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        raise UsageError(
            "iCalendar export needs the icalendar package: pip install 'diplotimeline[ical]'"
        ) from None


def _span_of(event: Event) -> DateSpan | None:
    if event.when is None and isinstance(event, Initiative):
        return event.period
    return event.when


def _aware(point: LocalDateTime) -> datetime.datetime:
    """A datetime for a timed point: zoned, converted to UTC, or floating (naive)."""
    naive = _wall(point)
    if point.zone is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return naive.replace(tzinfo=ZoneInfo(point.zone))
        except (ZoneInfoNotFoundError, ValueError):
            pass  # a zone pendulum knows but zoneinfo does not: the offset still holds
    if point.offset_minutes is not None:
        offset = datetime.timezone(datetime.timedelta(minutes=point.offset_minutes))
        return naive.replace(tzinfo=offset).astimezone(datetime.UTC)
    return naive


def _day(point: PartialDate | LocalDateTime, *, last: bool) -> datetime.date:
    date = point.date
    return date.last_day() if last else date.first_day()


def _wall(point: LocalDateTime) -> datetime.datetime:
    return datetime.datetime(point.year, point.month, point.day, point.hour, point.minute)


def _dates(
    span: DateSpan,
) -> tuple[datetime.date | datetime.datetime, datetime.date | datetime.datetime | None]:
    """DTSTART and DTEND (``None`` for none) of a closed span."""
    start, end = span.start, span.end
    assert start is not None
    assert end is not None
    if isinstance(start, LocalDateTime) and isinstance(end, LocalDateTime):
        first, second = _aware(start), _aware(end)
        if (first.tzinfo is None) != (second.tzinfo is None):
            # RFC 5545 wants both floating or both fixed: keep the wall clocks as written.
            first, second = _wall(start), _wall(end)
        if start == end or second <= first:
            return first, None
        return first, second
    return _day(start, last=False), _day(end, last=True) + _ONE_DAY


def _stamp(event: Event, documents: Mapping[str, Document]) -> datetime.datetime:
    days = [
        published.first_day()
        for evidence in event.evidence
        if evidence.document in documents
        and (published := documents[evidence.document].published) is not None
    ]
    if not days:
        return _EPOCH
    latest = max(days)
    return datetime.datetime(latest.year, latest.month, latest.day, tzinfo=datetime.UTC)


def _actor_name(actor_id: str, actors: Mapping[str, Actor]) -> str:
    actor = actors.get(actor_id)
    return actor_id if actor is None else f"{actor.name} ({actor_id})"


def _description(
    event: Event, span: DateSpan, actors: Mapping[str, Actor], documents: Mapping[str, Document]
) -> str:
    lines = [
        f"{event.kind.value.capitalize()} ({event.form.value}), {event.status.value}",
        f"When: {span.format_iso()}",
    ]
    if event.participants:
        names = "; ".join(_actor_name(item, actors) for item in event.participants)
        lines.append(f"Participants: {names}")
    if event.location:
        lines.append(f"Location: {event.location}")
    if event.evidence:
        lines.append("Evidence:")
    for evidence in event.evidence:
        document = documents.get(evidence.document)
        where = [evidence.document]
        if document is not None:
            where = [
                part
                for part in (
                    document.source,
                    document.title,
                    None if document.published is None else document.published.format_iso(),
                    document.url,
                    evidence.document,
                )
                if part
            ]
        lines.append(f'- "{evidence.quote}" ({", ".join(where)})')
    return "\n".join(lines)


def _vevent(
    event: Event,
    span: DateSpan,
    actors: Mapping[str, Actor],
    documents: Mapping[str, Document],
    stamp: datetime.datetime | None,
) -> icalendar.Event:
    import icalendar  # type: ignore[import-not-found,unused-ignore]

    component = icalendar.Event()
    component.add("uid", event_uid(event.id))
    component.add("dtstamp", stamp if stamp is not None else _stamp(event, documents))
    start, end = _dates(span)
    component.add("dtstart", start)
    if end is not None:
        component.add("dtend", end)
    component.add("summary", event.name)
    if event.location:
        component.add("location", event.location)
    component.add("description", _description(event, span, actors, documents))
    component.add("categories", [event.kind.value, event.form.value])
    if event.status in _ICAL_STATUS:
        component.add("status", _ICAL_STATUS[event.status])
    component.add("x-diplotimeline-precision", span.precision.name.lower())
    component.add("x-diplotimeline-when", span.format_iso())
    component.add("x-diplotimeline-kind", event.kind.value)
    component.add("x-diplotimeline-form", event.form.value)
    component.add("x-diplotimeline-event-status", event.status.value)
    if event.participants:
        component.add("x-diplotimeline-participants", " ".join(event.participants))
    return component


def export_ical(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    name: str | None = None,
    stamp: datetime.datetime | None = None,
) -> CalendarExport:
    """Write the dated events as one iCalendar ``VCALENDAR`` (see the module docstring).

    Args:
        events: The events, in any order; they are written in timeline order.
        actors: Actors by id, to name the participants in the description.
        documents: Documents by id, for the sources of the evidence and ``DTSTAMP``.
        name: A calendar name for clients (``X-WR-CALNAME``).
        stamp: A ``DTSTAMP`` for every event (an aware datetime) instead of the
            publication dates.

    Returns:
        The text and the ids of the events left out.

    Raises:
        UsageError: If the icalendar package is missing or ``stamp`` is naive.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> summit = Meeting(id="d1:e1", name="Andean Summit",
        ...                  when=DateSpan.parse_iso("2025-05-02/2025-05-03"))
        >>> undated = Meeting(id="d1:e2", name="Trade talks")
        >>> calendar = export_ical([summit, undated])  # doctest: +SKIP
        >>> [line for line in calendar.text.splitlines() if line.startswith("DT")]  # doctest: +SKIP
        ['DTSTAMP:19700101T000000Z', 'DTSTART;VALUE=DATE:20250502', 'DTEND;VALUE=DATE:20250504']
        >>> calendar.skipped  # doctest: +SKIP
        ('d1:e2',)
    """
    _require_icalendar()
    import icalendar  # type: ignore[import-not-found,unused-ignore]

    if stamp is not None and stamp.utcoffset() is None:
        raise UsageError(f"stamp must be an aware datetime (with a time zone), got {stamp!r}")
    actors = actors or {}
    documents = documents or {}
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    if name is not None:
        calendar.add("x-wr-calname", name)
    skipped: list[str] = []
    exported = 0
    years: list[int] = []
    for event in sorted(events, key=event_sort_key):
        span = _span_of(event)
        if span is None or span.is_open:
            skipped.append(event.id)
            continue
        try:
            component = _vevent(event, span, actors, documents, stamp)
        except OverflowError:  # an end on 9999-12-31, or a time that leaves years 1-9999
            skipped.append(event.id)
            continue
        calendar.add_component(component)
        exported += 1
        years.extend(
            point.year
            for point in (span.start, span.end)
            if isinstance(point, LocalDateTime) and point.zone is not None
        )
    calendar.add("x-diplotimeline-skipped", str(len(skipped)))
    if years:
        # icalendar steps a day or so past both ends when it writes the zones' transitions:
        # keep a year of margin inside the years 1-9999 the datetime module allows.
        first = datetime.date(min(max(min(years) - 1, 2), 9998), 1, 1)
        last = datetime.date(max(min(max(years) + 1, 9998), 2), 12, 31)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    text = calendar.to_ical().decode("utf-8")
    return CalendarExport(text=text, exported=exported, skipped=tuple(skipped))
