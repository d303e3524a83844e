"""TimelineJS3 JSON: the data file of a Knight Lab TimelineJS timeline.

The output has the documented shape ``{"title": {"text": {...}}, "events": [...]}``;
each event slide has ``start_date`` (and ``end_date`` for a span), each a date object
holding only the parts the date knows (``{"year": 2025, "month": 4}`` for April 2025;
``hour`` and ``minute`` as written for a time, whose zone TimelineJS cannot show),
``text`` with ``headline`` and an HTML ``text``, ``group`` (the event's kind, one row
per kind) and ``unique_id`` (the event id).

Every piece of article text (names, quotes, places, sources) is HTML-escaped before it
goes into ``headline`` or ``text``, since TimelineJS renders both as HTML.

An open span is shown at its known end, with a ``display_date`` of the ISO span plus
"onwards" ("2024-10 onwards") or "until" ("until 2030"). Undated events cannot be
placed: they are left out and listed in :attr:`TimelineJSExport.skipped`. An initiative
without ``when`` is placed by its ``period``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from diplotimeline.io.tables import event_sort_key
from diplotimeline.model import Actor, Document, Event, Initiative
from diplotimeline.time import DateSpan, LocalDateTime, TimePoint

__all__ = ["TimelineJSExport", "date_object", "export_timelinejs"]


@attrs.frozen(kw_only=True)
class TimelineJSExport:
    """A TimelineJS3 JSON text and the events that could not go into it.

    Attributes:
        text: The JSON document.
        exported: How many events became slides.
        skipped: The ids of the undated events left out, in order.

    Examples:
        >>> TimelineJSExport(text="{}", exported=0, skipped=("d1:e2",)).skipped
        ('d1:e2',)
    """

    text: str
    exported: int
    skipped: tuple[str, ...] = ()


def date_object(point: TimePoint) -> dict[str, int]:
    """The TimelineJS date object of a point: only the parts it knows.

    Examples:
        >>> from diplotimeline.time import PartialDate
        >>> date_object(PartialDate(2025, 4))
        {'year': 2025, 'month': 4}
        >>> date_object(LocalDateTime(2024, 7, 26, 10, 5, 420))
        {'year': 2024, 'month': 7, 'day': 26, 'hour': 10, 'minute': 5}
    """
    if isinstance(point, LocalDateTime):
        return {
            "year": point.year,
            "month": point.month,
            "day": point.day,
            "hour": point.hour,
            "minute": point.minute,
        }
    parts = {"year": point.year, "month": point.month, "day": point.day}
    return {key: value for key, value in parts.items() if value is not None}


def _span_of(event: Event) -> DateSpan | None:
    if event.when is None and isinstance(event, Initiative):
        return event.period
    return event.when


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _body(
    event: Event, span: DateSpan, actors: Mapping[str, Actor], documents: Mapping[str, Document]
) -> str:
    parts = [
        f"<p><strong>{_escape(event.kind.value.capitalize())}</strong> "
        f"({_escape(event.form.value)}), {_escape(event.status.value)}: "
        f"{_escape(span.format_iso())}</p>"
    ]
    if event.participants:
        names = ", ".join(
            _escape(actors[item].name if item in actors else item) for item in event.participants
        )
        parts.append(f"<p>Participants: {names}</p>")
    if event.location:
        parts.append(f"<p>Location: {_escape(event.location)}</p>")
    for evidence in event.evidence:
        document = documents.get(evidence.document)
        cite = [evidence.document]
        if document is not None:
            published = None if document.published is None else document.published.format_iso()
            cite = [part for part in (document.source, published) if part] or cite
        parts.append(
            f"<blockquote>{_escape(evidence.quote)}</blockquote><p>— {_escape(', '.join(cite))}</p>"
        )
    return "".join(parts)


def _slide(
    event: Event, span: DateSpan, actors: Mapping[str, Actor], documents: Mapping[str, Document]
) -> dict[str, Any]:
    slide: dict[str, Any] = {}
    if span.start is not None:
        slide["start_date"] = date_object(span.start)
        if span.end is not None and not span.is_single:
            slide["end_date"] = date_object(span.end)
        elif span.end is None:
            slide["display_date"] = f"{span.format_iso().removesuffix('/..')} onwards"
    elif span.end is not None:
        slide["start_date"] = date_object(span.end)
        slide["display_date"] = f"until {span.end.format_iso()}"
    slide["text"] = {
        "headline": _escape(event.name),
        "text": _body(event, span, actors, documents),
    }
    slide["group"] = event.kind.value
    slide["unique_id"] = event.id
    return slide


def export_timelinejs(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    title: str = "Timeline",
    subtitle: str = "",
) -> TimelineJSExport:
    """Write the events as a TimelineJS3 JSON document (see the module docstring).

    Args:
        events: The events, in any order; slides follow the timeline order.
        actors: Actors by id, to name the participants.
        documents: Documents by id, to cite the sources of the quotes.
        title: The headline of the title slide.
        subtitle: The text of the title slide.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> visit = Meeting(id="d1:e1", name="Visit <b>to</b> Lima",
        ...                 when=DateSpan.parse_iso("2025-04-27/2025-04-29"))
        >>> result = export_timelinejs([visit, Meeting(id="d1:e2", name="Talks")])
        >>> slide = json.loads(result.text)["events"][0]
        >>> slide["start_date"], slide["end_date"]
        ({'year': 2025, 'month': 4, 'day': 27}, {'year': 2025, 'month': 4, 'day': 29})
        >>> slide["text"]["headline"]
        'Visit &lt;b&gt;to&lt;/b&gt; Lima'
        >>> result.skipped
        ('d1:e2',)
    """
    actors = actors or {}
    documents = documents or {}
    slides: list[dict[str, Any]] = []
    skipped: list[str] = []
    for event in sorted(events, key=event_sort_key):
        span = _span_of(event)
        if span is None:
            skipped.append(event.id)
            continue
        slides.append(_slide(event, span, actors, documents))
    data = {
        "title": {"text": {"headline": _escape(title), "text": _escape(subtitle)}},
        "events": slides,
    }
    return TimelineJSExport(
        text=json.dumps(data, ensure_ascii=False, indent=2) + "\n",
        exported=len(slides),
        skipped=tuple(skipped),
    )
