"""A self-contained HTML page of a timeline: time axis, lanes, zoom, pan, details on click.

The page needs no network: its script and style (``data/html/timeline.js`` and
``timeline.css``) are inlined, and a Content-Security-Policy allows only those two, by
their SHA-256 hashes, so nothing else can run even if some text slipped through.

Article text never becomes markup. The events travel as JSON inside
``<script type="application/json">`` (see :func:`escape_script_json`), and the script puts
every piece of text into the page with ``textContent``. The title, the only text written
as HTML, is escaped with :func:`html.escape`.

The page shows one mark per event (an element with a ``data-event-id`` attribute): a bar
for a span, a dot for a single day, month or year (with a faint band over the month or
year it may fall in), a fading end for an open span and a dashed outline for an
approximate one; hollow marks are planned, pale ones only mentioned. Undated events are
listed below the axis, one mark each. Lanes group the marks by kind, or by actor
(:data:`LaneMode`): in actor lanes an event's mark sits in the topmost lane of its
participants and a lighter echo (``data-echo-of``) in each other one.

The same input gives the same bytes: events are ordered as a timeline orders them and
nothing reads the clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.resources
import json
import os
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Final, Literal, TypeAlias

from diplotimeline.errors import UsageError
from diplotimeline.io.atomic import write_atomic
from diplotimeline.model import (
    Actor,
    ActorKind,
    Agreement,
    Document,
    Event,
    EventKind,
    Initiative,
    Meeting,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, Precision, TimePoint

__all__ = [
    "PAGE_FORMAT",
    "LaneMode",
    "clean_text",
    "describe_span",
    "escape_script_json",
    "render_html",
    "timeline_data",
    "write_html",
]

PAGE_FORMAT: Final = "diplotimeline-page/1"
"""The ``format`` of the data that :func:`timeline_data` builds and the page script reads."""

LaneMode: TypeAlias = Literal["kind", "actor"]
"""How marks are grouped into lanes: one lane per event kind, or one per actor."""

_MINUTES_PER_DAY: Final = 1440
_UNIX_EPOCH_ORDINAL: Final = 719_163  # datetime.date(1970, 1, 1).toordinal()
_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_KIND_LANES: Final = {
    EventKind.MEETING: "Meetings",
    EventKind.AGREEMENT: "Agreements",
    EventKind.INITIATIVE: "Initiatives",
}
_ACTOR_KIND_ORDER: Final = {
    ActorKind.COUNTRY: 0,
    ActorKind.ORGANIZATION: 1,
    ActorKind.PERSON: 2,
}
_NO_PARTICIPANTS: Final = "No participants"
_MIN_DOMAIN_DAYS: Final = 30.0
_SCRIPT_ESCAPES: Final = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)
# Characters that HTML and XML text may not hold: C0 controls other than tab and line
# breaks, DEL, and lone surrogates (which cannot even be encoded as UTF-8).
_UNPRINTABLE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Replace the characters that HTML and XML text cannot hold with U+FFFD.

    Those are the C0 controls other than tab and line breaks, DEL, and lone surrogates
    (which cannot be encoded as UTF-8).

    Examples:
        >>> clean_text("Talks\\x00 in Lima\\ud800") == "Talks\\ufffd in Lima\\ufffd"
        True
    """
    return _UNPRINTABLE.sub("\ufffd", text)


def _describe_point(point: TimePoint) -> str:
    if isinstance(point, LocalDateTime):
        text = f"{point.day} {_MONTHS[point.month - 1]} {point.year}, "
        text += f"{point.hour:02d}:{point.minute:02d}"
        if point.offset_minutes is not None:
            sign = "-" if point.offset_minutes < 0 else "+"
            hours, minutes = divmod(abs(point.offset_minutes), 60)
            text += f" UTC{sign}{hours:02d}:{minutes:02d}"
        if point.zone is not None:
            text += f" ({point.zone})"
        return text
    if point.month is None:
        return str(point.year)
    if point.day is None:
        return f"{_MONTHS[point.month - 1]} {point.year}"
    return f"{point.day} {_MONTHS[point.month - 1]} {point.year}"


def _describe_range(start: TimePoint, end: TimePoint) -> str:
    if isinstance(start, PartialDate) and isinstance(end, PartialDate):
        if start.precision == end.precision == Precision.DAY and start.year == end.year:
            assert start.month is not None
            assert end.month is not None
            if start.month == end.month:
                return f"{start.day}–{end.day} {_MONTHS[start.month - 1]} {start.year}"
            return (
                f"{start.day} {_MONTHS[start.month - 1]} – "
                f"{end.day} {_MONTHS[end.month - 1]} {start.year}"
            )
        if start.precision == end.precision == Precision.MONTH and start.year == end.year:
            assert start.month is not None
            assert end.month is not None
            return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
    return f"{_describe_point(start)} – {_describe_point(end)}"


def describe_span(span: DateSpan) -> str:
    """Say a span in English words, as precisely as it is known.

    Args:
        span: The span.

    Returns:
        Text such as ``27–29 April 2025``, ``from October 2024``, ``until 2030`` or
        ``about June 2026``.

    Examples:
        >>> describe_span(DateSpan.parse_iso("2025-04-27/2025-04-29"))
        '27–29 April 2025'
        >>> describe_span(DateSpan.parse_iso("2024-10/.."))
        'from October 2024'
        >>> describe_span(DateSpan.parse_iso("2026-06~"))
        'about June 2026'
        >>> describe_span(DateSpan.parse_iso("2024-07-26T10:00+07:00"))
        '26 July 2024, 10:00 UTC+07:00'
    """
    if span.start is not None and span.end is not None:
        text = (
            _describe_point(span.start) if span.is_single else _describe_range(span.start, span.end)
        )
    elif span.start is not None:
        text = f"from {_describe_point(span.start)}"
    else:
        assert span.end is not None
        text = f"until {_describe_point(span.end)}"
    return f"about {text}" if span.approximate else text


def _day(minutes: int) -> int | float:
    """Minutes since 0001-01-01 as days since 1970-01-01 (an int when whole)."""
    whole, rest = divmod(minutes, _MINUTES_PER_DAY)
    if rest == 0:
        return whole - _UNIX_EPOCH_ORDINAL
    return round(minutes / _MINUTES_PER_DAY - _UNIX_EPOCH_ORDINAL, 6)


def _span_of(event: Event) -> DateSpan | None:
    if event.when is None and isinstance(event, Initiative):
        return event.period
    return event.when


def _sort_key(event: Event) -> tuple[object, ...]:
    span = _span_of(event)
    if span is None:
        return (1, (), event.name.casefold(), event.id)
    return (0, span.sort_key(), event.name.casefold(), event.id)


def _checked_events(events: Iterable[Event]) -> list[Event]:
    checked: list[Event] = []
    seen: set[str] = set()
    for event in events:
        if not isinstance(event, Meeting | Agreement | Initiative):
            raise UsageError(
                f"expected a Meeting, Agreement or Initiative, got {type(event).__name__}"
            )
        if event.id in seen:
            raise UsageError(f"event ids must be unique, {event.id!r} occurs twice")
        seen.add(event.id)
        checked.append(event)
    return sorted(checked, key=_sort_key)


def _actor_name(actor_id: str, actors: Mapping[str, Actor]) -> str:
    actor = actors.get(actor_id)
    return actor_id if actor is None else actor.name


def _lanes(
    dated: list[Event], mode: LaneMode, actors: Mapping[str, Actor]
) -> tuple[list[dict[str, Any]], dict[str, list[int]]]:
    """The lanes, and for each event id the lanes it shows in (its own lane first)."""
    placement: dict[str, list[int]] = {}
    if mode == "kind":
        kinds = [kind for kind in _KIND_LANES if any(event.kind == kind for event in dated)]
        lanes = [{"label": _KIND_LANES[kind], "kind": kind.value, "actor": None} for kind in kinds]
        for event in dated:
            placement[event.id] = [kinds.index(event.kind)]
        return lanes, placement
    ids = sorted(
        {item for event in dated for item in event.participants},
        key=lambda item: (
            _ACTOR_KIND_ORDER.get(actors[item].kind, 3) if item in actors else 3,
            _actor_name(item, actors).casefold(),
            item,
        ),
    )
    index = {item: position for position, item in enumerate(ids)}
    lanes = [{"label": _actor_name(item, actors), "kind": None, "actor": item} for item in ids]
    if any(not event.participants for event in dated):
        lanes.append({"label": _NO_PARTICIPANTS, "kind": None, "actor": None})
    for event in dated:
        own = sorted({index[item] for item in event.participants})
        placement[event.id] = own or [len(lanes) - 1]
    return lanes, placement


def _participants(event: Event, actors: Mapping[str, Actor]) -> list[dict[str, Any]]:
    found = []
    for item in dict.fromkeys(event.participants):
        actor = actors.get(item)
        found.append(
            {
                "id": item,
                "name": item if actor is None else actor.name,
                "kind": None if actor is None else actor.kind.value,
            }
        )
    return found


def _evidence(event: Event, documents: Mapping[str, Document]) -> list[dict[str, Any]]:
    found = []
    for evidence in sorted(event.evidence, key=lambda item: item.sort_key()):
        document = documents.get(evidence.document)
        found.append(
            {
                "document": evidence.document,
                "start": evidence.start,
                "end": evidence.end,
                "quote": evidence.quote,
                "source": None if document is None else document.source,
                "title": None if document is None else document.title,
                "published": (
                    None
                    if document is None or document.published is None
                    else document.published.format_iso()
                ),
            }
        )
    return found


def _event_data(
    event: Event,
    lanes: list[int],
    actors: Mapping[str, Actor],
    documents: Mapping[str, Document],
) -> dict[str, Any]:
    span = _span_of(event)
    start: int | float | None = None
    end: int | float | None = None
    shape = "undated"
    if span is not None:
        shape = "dot" if span.is_single else "bar"
        if span.start is not None:
            start = _day(span.start.bounds()[0])
        if span.end is not None:
            end = _day(span.end.bounds()[1])
    return {
        "id": event.id,
        "name": event.name,
        "aliases": list(event.aliases),
        "kind": event.kind.value,
        "form": event.form.value,
        "status": event.status.value,
        "when": None if span is None else span.format_iso(),
        "dates": None if span is None else describe_span(span),
        "period": span is not None and span is not event.when,
        "precision": None if span is None else span.precision.name.lower(),
        "approximate": span is not None and span.approximate,
        "shape": shape,
        "start": start,
        "end": end,
        "lane": lanes[0] if lanes else None,
        "echoes": lanes[1:],
        "participants": _participants(event, actors),
        "location": event.location,
        "evidence": _evidence(event, documents),
    }


def _domain(events: list[dict[str, Any]]) -> list[int | float] | None:
    known = [
        value for event in events for value in (event["start"], event["end"]) if value is not None
    ]
    if not known:
        return None
    low, high = float(min(known)), float(max(known))
    if high - low < _MIN_DOMAIN_DAYS:
        middle = (low + high) / 2
        low, high = middle - _MIN_DOMAIN_DAYS / 2, middle + _MIN_DOMAIN_DAYS / 2
    pad = (high - low) * 0.04
    return [round(low - pad, 6), round(high + pad, 6)]


def _check_lanes(lanes: str) -> LaneMode:
    if lanes == "kind":
        return "kind"
    if lanes == "actor":
        return "actor"
    raise UsageError(f"lanes must be 'kind' or 'actor', got {lanes!r}")


def timeline_data(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    title: str = "Timeline",
    lanes: LaneMode = "kind",
) -> dict[str, Any]:
    """The data the page draws: lanes, and each event's place, look and details.

    ``events`` hold the dated events in timeline order, then the undated ones. Times are
    days since 1970-01-01 (local wall clock): ``start`` is where an event's first
    possible day begins and ``end`` where its last one ends (``None`` at an open end);
    ``shape`` is ``"bar"``, ``"dot"`` or ``"undated"``; ``lane`` indexes ``lanes`` and
    ``echoes`` the other lanes an event shows in. ``domain`` is the range a "fit"
    view shows (``None`` without dated events).

    Args:
        events: The events, in any order; ids must be unique.
        actors: Actors by id, to name the participants and actor lanes.
        documents: Documents by id, to cite the source of each quote.
        title: The page's title.
        lanes: ``"kind"`` or ``"actor"`` (see :data:`LaneMode`).

    Returns:
        A JSON-ready dictionary with ``format`` :data:`PAGE_FORMAT`.

    Raises:
        UsageError: For an unknown lane mode, a value that is no event, or a repeated id.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> talks = Meeting(id="d1:e1", name="Talks in Nairobi",
        ...                 when=DateSpan.parse_iso("2025-03-03/2025-03-04"))
        >>> data = timeline_data([talks, Meeting(id="d1:e2", name="Earlier forum")])
        >>> [(e["id"], e["shape"], e["dates"]) for e in data["events"]]
        [('d1:e1', 'bar', '3–4 March 2025'), ('d1:e2', 'undated', None)]
        >>> data["events"][0]["end"] - data["events"][0]["start"]
        2
        >>> data["lanes"]
        [{'label': 'Meetings', 'kind': 'meeting', 'actor': None}]
    """
    mode = _check_lanes(lanes)
    actors = actors or {}
    documents = documents or {}
    ordered = _checked_events(events)
    dated = [event for event in ordered if _span_of(event) is not None]
    lane_list, placement = _lanes(dated, mode, actors)
    items = [
        _event_data(event, placement.get(event.id, []), actors, documents) for event in ordered
    ]
    return {
        "format": PAGE_FORMAT,
        "title": title,
        "laneMode": mode,
        "lanes": lane_list,
        "domain": _domain(items),
        "events": items,
    }


def escape_script_json(data: Any) -> str:
    """Serialise ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``, ``\\u003e`` and ``\\u0026``, so no text can
    close the element or open a comment; everything outside ASCII is escaped too
    (U+2028 and U+2029 included), so lone surrogates and line separators travel safely.
    ``JSON.parse`` reads the original strings back.

    Examples:
        >>> escape_script_json({"name": "</script><b>&\\u2028"})
        '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


@cache
def _asset(name: str) -> str:
    resource = importlib.resources.files("diplotimeline") / "data" / "html" / name
    return resource.read_text(encoding="utf-8")


def _hash_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


_LEGEND: Final = (
    '<ul class="dt-legend" aria-label="Legend">'
    '<li><span class="dt-swatch dt-kind-meeting"></span>Meeting</li>'
    '<li><span class="dt-swatch dt-kind-agreement"></span>Agreement</li>'
    '<li><span class="dt-swatch dt-kind-initiative"></span>Initiative</li>'
    '<li><span class="dt-swatch dt-sample"></span>occurred</li>'
    '<li><span class="dt-swatch dt-sample dt-status-planned"></span>planned</li>'
    '<li><span class="dt-swatch dt-sample dt-status-mentioned"></span>mentioned</li>'
    '<li><span class="dt-swatch dt-sample dt-approximate"></span>approximate</li>'
    '<li><span class="dt-swatch dt-sample dt-open-end"></span>open end</li>'
    "</ul>"
)

_CONTROLS: Final = (
    '<div class="dt-controls" role="toolbar" aria-label="Zoom and pan">'
    '<button type="button" data-action="pan-left" title="Earlier (←)">◀</button>'
    '<button type="button" data-action="zoom-in" title="Zoom in (+)">+</button>'
    '<button type="button" data-action="zoom-out" title="Zoom out (−)">−</button>'
    '<button type="button" data-action="fit" title="Show everything (0)">Fit</button>'
    '<button type="button" data-action="pan-right" title="Later (→)">▶</button>'
    "</div>"
)


def render_html(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    title: str = "Timeline",
    lanes: LaneMode = "kind",
) -> str:
    """Render the events as one self-contained, interactive HTML page.

    See the module docstring for what the page shows and how text is kept safe.

    Args:
        events: The events, in any order; ids must be unique.
        actors: Actors by id, to name participants and actor lanes.
        documents: Documents by id, to cite the source of each quote.
        title: The page's title and heading.
        lanes: ``"kind"`` or ``"actor"`` (see :data:`LaneMode`).

    Returns:
        The page, as text (encode it as UTF-8).

    Raises:
        UsageError: For an unknown lane mode, a value that is no event, or a repeated id.

    Examples:
        >>> from diplotimeline.model import Agreement
        >>> deal = Agreement(id="d2:e1", name="<script>alert(1)</script> accord",
        ...                  when=DateSpan.parse_iso("2024-11"))
        >>> page = render_html([deal], title="Trade & talks")
        >>> page.startswith("<!DOCTYPE html>")
        True
        >>> "<title>Trade &amp; talks</title>" in page
        True
        >>> "<script>alert" in page, "\\\\u003cscript\\\\u003ealert(1)" in page
        (False, True)
    """
    data = timeline_data(events, actors=actors, documents=documents, title=title, lanes=lanes)
    script, style = _asset("timeline.js"), _asset("timeline.css")
    policy = (
        f"default-src 'none'; script-src {_hash_source(script)}; "
        f"style-src {_hash_source(style)}; img-src data:; base-uri 'none'; form-action 'none'"
    )
    safe_title = html.escape(clean_text(title), quote=True)
    dated = sum(1 for event in data["events"] if event["shape"] != "undated")
    undated = len(data["events"]) - dated
    summary = f"{dated} dated event{'' if dated == 1 else 's'}, {undated} without a date"
    return "".join(
        [
            "<!DOCTYPE html>\n",
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
            '<meta name="generator" content="diplotimeline">\n',
            '<link rel="icon" href="data:,">\n',
            f"<title>{safe_title}</title>\n",
            f"<style>{style}</style>\n</head>\n",
            '<body>\n<div class="dt-page">\n<header class="dt-header">\n',
            f"<h1>{safe_title}</h1>\n",
            f'<p class="dt-summary">{summary}</p>\n',
            f"{_CONTROLS}\n{_LEGEND}\n</header>\n",
            '<main class="dt-main">\n',
            '<section class="dt-chart" aria-label="Timeline">\n',
            '<div class="dt-lane-labels"><div class="dt-axis-spacer"></div></div>\n',
            '<div class="dt-plot" tabindex="0" aria-label="Time axis: drag to pan, '
            'wheel to zoom">\n',
            '<div class="dt-grid"></div><div class="dt-axis"></div>'
            '<div class="dt-tracks"></div>\n</div>\n</section>\n',
            '<aside class="dt-details" aria-live="polite"></aside>\n',
            '<section class="dt-undated">\n<h2>Mentioned without a date</h2>\n',
            '<ul class="dt-undated-list"></ul>\n</section>\n</main>\n',
            "<noscript><p>This timeline needs JavaScript to draw.</p></noscript>\n",
            "</div>\n",
            '<script type="application/json" id="dt-data">',
            escape_script_json(data),
            "</script>\n",
            f"<script>{script}</script>\n",
            "</body>\n</html>\n",
        ]
    )


def write_html(
    path: str | os.PathLike[str],
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    title: str = "Timeline",
    lanes: LaneMode = "kind",
) -> None:
    """Write :func:`render_html`'s page to ``path`` as UTF-8, atomically.

    The page appears at ``path`` only when complete; an interrupted write leaves any
    earlier file untouched.

    Raises:
        UsageError: As :func:`render_html`, or if ``path`` is a directory.

    Examples:
        >>> import pathlib, tempfile
        >>> from diplotimeline.model import Meeting
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "timeline.html"
        >>> write_html(target, [Meeting(id="e1", name="Talks")])
        >>> target.read_text(encoding="utf-8").count('data-action="zoom-in"')
        1
    """
    page = render_html(events, actors=actors, documents=documents, title=title, lanes=lanes)
    write_atomic(path, page)
