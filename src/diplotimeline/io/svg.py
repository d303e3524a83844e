"""A static SVG picture of a timeline, for documents and the docs site.

It draws what the HTML page (:mod:`diplotimeline.io.html`) shows in its fitted view,
from the same data (:func:`~diplotimeline.io.html.timeline_data`): a title, a legend, a
time axis with year, month or day ticks, lanes by kind or by actor, and one mark per
event (an SVG ``<g>`` with a ``data-event-id`` attribute, holding a ``<title>`` with the
name and dates as a tooltip). A span is a bar, a single day, month or year a dot (with a
faint band over the month or year it may fall in), an open end fades out, an
approximate date has a dashed outline; planned events are hollow and merely mentioned
ones pale. Undated events are listed below the axis, one mark each.

Plain string building, no dependencies. Every piece of text is XML-escaped, and
characters XML cannot hold become U+FFFD. The same input gives the same bytes.
"""

from __future__ import annotations

import datetime
import html
import os
from collections.abc import Iterable, Mapping
from typing import Any, Final

from diplotimeline.errors import UsageError
from diplotimeline.io.atomic import write_atomic
from diplotimeline.io.html import LaneMode, clean_text, timeline_data
from diplotimeline.model import Actor, Document, Event

__all__ = ["render_svg", "write_svg"]

_MARGIN: Final = 16.0
_LABEL_WIDTH: Final = 150.0
_TITLE_HEIGHT: Final = 34.0
_LEGEND_HEIGHT: Final = 26.0
_AXIS_HEIGHT: Final = 34.0
_ROW_HEIGHT: Final = 22.0
_LANE_PADDING: Final = 5.0
_DOT_RADIUS: Final = 5.0
_BAR_HEIGHT: Final = 10.0
_CHAR_WIDTH: Final = 6.2  # average advance of an 11px sans-serif character
_LABEL_CHARS: Final = 44
_MIN_TICK_SPACING: Final = 80.0
_UNIX_EPOCH_ORDINAL: Final = 719_163
_FONT: Final = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
_INK: Final = "#1f2933"
_MUTED: Final = "#616e7c"
_LINE: Final = "#d9e2ec"
_LINE_STRONG: Final = "#9fb3c8"
_PANEL: Final = "#f5f7fa"
_COLOURS: Final = {"meeting": "#1f6fd1", "agreement": "#c2410c", "initiative": "#0f8a5f"}
_MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_STEPS: Final = (
    ("day", 1, 1.0),
    ("day", 2, 2.0),
    ("day", 7, 7.0),
    ("month", 1, 30.44),
    ("month", 3, 91.3),
    ("month", 6, 182.6),
    ("year", 1, 365.25),
    ("year", 2, 730.5),
    ("year", 5, 1826.0),
    ("year", 10, 3652.0),
    ("year", 25, 9131.0),
    ("year", 50, 18262.0),
    ("year", 100, 36525.0),
    ("year", 250, 91312.0),
    ("year", 500, 182625.0),
    ("year", 1000, 365250.0),
)


def _text(value: object) -> str:
    return html.escape(clean_text(str(value)), quote=True)


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def _short(label: str, limit: int = _LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _width_of(label: str, size: float = 11.0) -> float:
    return len(label) * _CHAR_WIDTH * size / 11.0


def _date(day: float) -> datetime.date:
    ordinal = min(max(int(day // 1) + _UNIX_EPOCH_ORDINAL, 1), datetime.date.max.toordinal())
    return datetime.date.fromordinal(ordinal)


def _day(value: datetime.date) -> int:
    return value.toordinal() - _UNIX_EPOCH_ORDINAL


def _ticks(unit: str, step: int, low: float, high: float) -> list[int]:
    """Days of the tick marks of ``step`` units from ``low`` to ``high`` (at most 400)."""
    first = _date(low)
    found: list[int] = []
    if unit == "day":
        # Weekly ticks fall on Mondays (1970-01-05 is day 4).
        offset = 4 if step == 7 else 0
        day = int((low - offset) // step) * step + offset
        while day <= high and len(found) < 400:
            found.append(day)
            day += step
        return found
    if unit == "month":
        index = first.year * 12 + first.month - 1
        index -= index % step
        while len(found) < 400 and index // 12 <= datetime.MAXYEAR:
            year, month = divmod(index, 12)
            if year >= datetime.MINYEAR:
                day = _day(datetime.date(year, month + 1, 1))
                if day > high:
                    break
                found.append(day)
            index += step
        return found
    year = first.year - first.year % step
    while len(found) < 400 and year <= datetime.MAXYEAR:
        if year >= datetime.MINYEAR:
            day = _day(datetime.date(year, 1, 1))
            if day > high:
                break
            found.append(day)
        year += step
    return found


def _minor_label(unit: str, day: int) -> str:
    value = _date(day)
    if unit == "day":
        return f"{value.day} {_MONTHS[value.month - 1]}"
    if unit == "month":
        return _MONTHS[value.month - 1]
    return str(value.year)


class _Canvas:
    """Collects SVG elements and maps days to x coordinates."""

    def __init__(self, width: float, domain: list[float] | None) -> None:
        self.width = width
        self.parts: list[str] = []
        self.left = _MARGIN + _LABEL_WIDTH
        self.right = width - _MARGIN
        self.low, self.high = (domain[0], domain[1]) if domain else (0.0, 1.0)

    def x(self, day: float) -> float:
        return self.left + (day - self.low) / (self.high - self.low) * (self.right - self.left)

    def add(self, element: str) -> None:
        self.parts.append(element)


def _defs() -> str:
    gradients = []
    for kind, colour in [*_COLOURS.items(), ("muted", _MUTED)]:
        for direction, (x1, x2) in {"end": ("0", "1"), "start": ("1", "0")}.items():
            gradients.append(
                f'<linearGradient id="dt-fade-{direction}-{kind}" x1="{x1}" y1="0" '
                f'x2="{x2}" y2="0"><stop offset="0.55" stop-color="{colour}"/>'
                f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/></linearGradient>'
            )
    return "<defs>" + "".join(gradients) + "</defs>"


def _glyph_style(event: dict[str, Any]) -> str:
    """Fill and stroke attributes of an event's glyph."""
    colour = _COLOURS[event["kind"]]
    fill = colour
    if event["shape"] == "bar" and event["end"] is None:
        fill = f"url(#dt-fade-end-{event['kind']})"
    elif event["shape"] == "bar" and event["start"] is None:
        fill = f"url(#dt-fade-start-{event['kind']})"
    stroke = "none" if fill.startswith("url(") else colour
    attributes = f'fill="{fill}" stroke="{stroke}" stroke-width="1.5"'
    if event["status"] == "planned":
        attributes = f'fill="#ffffff" stroke="{colour}" stroke-width="1.5"'
    elif event["status"] == "mentioned":
        attributes += ' fill-opacity="0.3"'
    if event["approximate"]:
        attributes += ' stroke-dasharray="3 2" fill-opacity="0.35"'
    return attributes


def _tooltip(event: dict[str, Any]) -> str:
    parts = [event["name"], f"{event['kind']} · {event['status']}"]
    if event["dates"]:
        parts.append(event["dates"])
    return f"<title>{_text(' — '.join(parts))}</title>"


def _mark_open(event: dict[str, Any], echo: bool) -> str:
    attribute = "data-echo-of" if echo else "data-event-id"
    opacity = ' opacity="0.45"' if echo else ""
    return (
        f'<g class="dt-mark dt-kind-{event["kind"]} dt-status-{event["status"]}" '
        f'{attribute}="{_text(event["id"])}"{opacity}>{_tooltip(event)}'
    )


def _place(canvas: _Canvas, event: dict[str, Any]) -> tuple[float, float, list[str], str]:
    """An event's glyph in lane coordinates: (left, right, shapes at y=0, label)."""
    shapes: list[str] = []
    style = _glyph_style(event)
    if event["shape"] == "dot":
        low, high = canvas.x(event["start"]), canvas.x(event["end"])
        centre = (low + high) / 2
        if high - low > 2 * _DOT_RADIUS + 2:
            shapes.append(
                f'<rect x="{_number(low)}" y="{_number(-_BAR_HEIGHT / 2 - 2)}" '
                f'width="{_number(high - low)}" height="{_number(_BAR_HEIGHT + 4)}" rx="7" '
                f'fill="{_COLOURS[event["kind"]]}" fill-opacity="0.12"/>'
            )
        shapes.append(f'<circle cx="{_number(centre)}" cy="0" r="{_number(_DOT_RADIUS)}" {style}/>')
        left, right = centre - _DOT_RADIUS, centre + _DOT_RADIUS
    else:
        left = canvas.left if event["start"] is None else canvas.x(event["start"])
        right = canvas.right if event["end"] is None else canvas.x(event["end"])
        right = max(right, left + 3)
        shapes.append(
            f'<rect x="{_number(left)}" y="{_number(-_BAR_HEIGHT / 2)}" '
            f'width="{_number(right - left)}" height="{_number(_BAR_HEIGHT)}" rx="3" {style}/>'
        )
    return left, right, shapes, _short(event["name"])


def _lanes_block(canvas: _Canvas, data: dict[str, Any], top: float) -> float:
    """Draw the lanes from ``top``; return where they end."""
    events = [event for event in data["events"] if event["shape"] != "undated"]
    per_lane: list[list[tuple[dict[str, Any], bool]]] = [[] for _ in data["lanes"]]
    for event in events:
        per_lane[event["lane"]].append((event, False))
        for index in event["echoes"]:
            per_lane[index].append((event, True))
    y = top
    for lane, items in zip(data["lanes"], per_lane, strict=True):
        placed = []
        for event, echo in items:
            left, right, shapes, label = _place(canvas, event)
            label_width = _width_of(label)
            after = right + 5 + label_width <= canvas.right or left - 5 - label_width < canvas.left
            extent = (left, right + 5 + label_width) if after else (left - 5 - label_width, right)
            placed.append((extent, event, echo, shapes, label, after, left, right))
        placed.sort(key=lambda item: item[0][0])
        row_ends: list[float] = []
        rows = []
        for item in placed:
            (start, end) = item[0]
            row = next((i for i, last in enumerate(row_ends) if last + 6 <= start), None)
            if row is None:
                row = len(row_ends)
                row_ends.append(end)
            else:
                row_ends[row] = end
            rows.append((row, item))
        height = 2 * _LANE_PADDING + max(len(row_ends), 1) * _ROW_HEIGHT
        canvas.add(
            f'<rect x="{_number(_MARGIN)}" y="{_number(y)}" width="{_number(_LABEL_WIDTH)}" '
            f'height="{_number(height)}" fill="{_PANEL}"/>'
        )
        canvas.add(
            f'<line x1="{_number(_MARGIN)}" y1="{_number(y + height)}" '
            f'x2="{_number(canvas.right)}" y2="{_number(y + height)}" stroke="{_LINE}"/>'
        )
        canvas.add(
            f'<text class="dt-lane-label" x="{_number(_MARGIN + 8)}" '
            f'y="{_number(y + height / 2 + 4)}" font-weight="600" font-size="12.5" '
            f'fill="{_INK}">{_text(_short(lane["label"], 22))}</text>'
        )
        canvas.add('<g clip-path="url(#dt-plot-clip)">')
        for row, (_extent, event, echo, shapes, label, after, left, right) in rows:
            centre = y + _LANE_PADDING + row * _ROW_HEIGHT + _ROW_HEIGHT / 2
            canvas.add(_mark_open(event, echo))
            canvas.add(f'<g transform="translate(0 {_number(centre)})">')
            canvas.parts.extend(shapes)
            anchor = "start" if after else "end"
            label_x = right + 5 if after else left - 5
            style = ' font-style="italic"' if echo else ""
            canvas.add(
                f'<text x="{_number(label_x)}" y="4" font-size="11" text-anchor="{anchor}" '
                f'fill="{_INK}"{style}>{_text(label)}</text>'
            )
            canvas.add("</g></g>")
        canvas.add("</g>")
        y += height
    return y


def _axis(canvas: _Canvas, top: float, bottom: float) -> None:
    span = canvas.high - canvas.low
    pixels_per_day = (canvas.right - canvas.left) / span
    unit, step, _days = next(
        (candidate for candidate in _STEPS if candidate[2] * pixels_per_day >= _MIN_TICK_SPACING),
        _STEPS[-1],
    )
    axis_bottom = top + _AXIS_HEIGHT
    canvas.add(
        f'<rect x="{_number(_MARGIN)}" y="{_number(top)}" '
        f'width="{_number(canvas.right - _MARGIN)}" height="{_number(_AXIS_HEIGHT)}" '
        f'fill="{_PANEL}"/>'
    )
    for day in _ticks(unit, step, canvas.low, canvas.high):
        x = canvas.x(day)
        if x < canvas.left or x > canvas.right:
            continue
        canvas.add(
            f'<line x1="{_number(x)}" y1="{_number(axis_bottom - 6)}" x2="{_number(x)}" '
            f'y2="{_number(bottom)}" stroke="{_LINE}"/>'
        )
        label = _minor_label(unit, day)
        # A label that would be cut off at the right edge is left out.
        if x + 3 + _width_of(label) <= canvas.right:
            canvas.add(
                f'<text x="{_number(x + 3)}" y="{_number(axis_bottom - 9)}" font-size="11" '
                f'fill="{_MUTED}">{_text(label)}</text>'
            )
    if unit != "year":
        major_unit = "month" if unit == "day" else "year"
        majors = _ticks(major_unit, 1, canvas.low, canvas.high)
        shown = [float(day) for day in majors if canvas.x(day) >= canvas.left]
        if not shown or canvas.x(shown[0]) > canvas.left + 90:
            shown.insert(0, canvas.low)
        for major in shown:
            value = _date(major)
            text = f"{_MONTHS[value.month - 1]} {value.year}" if unit == "day" else str(value.year)
            canvas.add(
                f'<text x="{_number(max(canvas.x(major), canvas.left) + 3)}" '
                f'y="{_number(top + 13)}" font-size="11" font-weight="650" '
                f'fill="{_INK}">{_text(text)}</text>'
            )
    canvas.add(
        f'<line x1="{_number(_MARGIN)}" y1="{_number(axis_bottom)}" x2="{_number(canvas.right)}" '
        f'y2="{_number(axis_bottom)}" stroke="{_LINE_STRONG}"/>'
    )


def _legend(canvas: _Canvas, top: float) -> None:
    x = _MARGIN
    entries: list[tuple[str, str]] = [
        (f'fill="{_COLOURS["meeting"]}" stroke="{_COLOURS["meeting"]}"', "Meeting"),
        (f'fill="{_COLOURS["agreement"]}" stroke="{_COLOURS["agreement"]}"', "Agreement"),
        (f'fill="{_COLOURS["initiative"]}" stroke="{_COLOURS["initiative"]}"', "Initiative"),
        (f'fill="{_MUTED}" stroke="{_MUTED}"', "occurred"),
        (f'fill="#ffffff" stroke="{_MUTED}"', "planned"),
        (f'fill="{_MUTED}" fill-opacity="0.3" stroke="{_MUTED}"', "mentioned"),
        (
            f'fill="{_MUTED}" fill-opacity="0.35" stroke="{_MUTED}" stroke-dasharray="3 2"',
            "approximate",
        ),
        ('fill="url(#dt-fade-end-muted)" stroke="none"', "open end"),
    ]
    for style, label in entries:
        canvas.add(
            f'<rect x="{_number(x)}" y="{_number(top + 6)}" width="20" height="9" rx="2" '
            f'stroke-width="1.5" {style}/>'
        )
        canvas.add(
            f'<text x="{_number(x + 25)}" y="{_number(top + 14)}" font-size="11" '
            f'fill="{_MUTED}">{label}</text>'
        )
        x += 25 + _width_of(label) + 16


def _undated_block(canvas: _Canvas, data: dict[str, Any], top: float) -> float:
    """List the undated events from ``top``; return where the list ends."""
    events = [event for event in data["events"] if event["shape"] == "undated"]
    if not events:
        return top
    canvas.add(
        f'<text x="{_number(_MARGIN)}" y="{_number(top + 16)}" font-size="13" '
        f'font-weight="650" fill="{_INK}">Mentioned without a date</text>'
    )
    x, y = _MARGIN, top + 26
    for event in events:
        label = _short(event["name"])
        meta = f"{event['kind']} · {event['status']}"
        item_width = 14 + _width_of(label) + 6 + _width_of(meta, 10) + 22
        if x > _MARGIN and x + item_width > canvas.right:
            x, y = _MARGIN, y + _ROW_HEIGHT
        canvas.add(_mark_open(event, False))
        canvas.add(
            f'<circle cx="{_number(x + 5)}" cy="{_number(y + 11)}" r="{_number(_DOT_RADIUS)}" '
            f"{_glyph_style(event)}/>"
        )
        canvas.add(
            f'<text x="{_number(x + 14)}" y="{_number(y + 15)}" font-size="11" '
            f'fill="{_INK}">{_text(label)}<tspan dx="6" font-size="10" '
            f'fill="{_MUTED}">{_text(meta)}</tspan></text></g>'
        )
        x += item_width
    return y + _ROW_HEIGHT


def render_svg(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    title: str = "Timeline",
    lanes: LaneMode = "kind",
    width: int = 1000,
) -> str:
    """Draw the events as a static SVG image (see the module docstring).

    Args:
        events: The events, in any order; ids must be unique.
        actors: Actors by id, to name participants and actor lanes.
        documents: Documents by id (their sources appear in no picture, but the
            argument matches :func:`~diplotimeline.io.html.render_html`).
        title: The heading of the picture.
        lanes: ``"kind"`` or ``"actor"``.
        width: The width in pixels (at least 480); the height follows from the content.

    Returns:
        An SVG document, as text.

    Raises:
        UsageError: For a width under 480, an unknown lane mode, a value that is no
            event, or a repeated id.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> from diplotimeline.time import DateSpan
        >>> talks = Meeting(id="d1:e1", name="Talks <in> Accra",
        ...                 when=DateSpan.parse_iso("2025-03-03/2025-03-05"))
        >>> picture = render_svg([talks, Meeting(id="d1:e2", name="Earlier forum")])
        >>> picture.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
        True
        >>> picture.count("data-event-id="), "Talks &lt;in&gt; Accra" in picture
        (2, True)
    """
    if isinstance(width, bool) or not isinstance(width, int) or width < 480:
        raise UsageError(f"width must be a whole number of pixels from 480, got {width!r}")
    data = timeline_data(events, actors=actors, documents=documents, title=title, lanes=lanes)
    canvas = _Canvas(float(width), data["domain"])
    canvas.add(
        f'<text x="{_number(_MARGIN)}" y="{_number(_MARGIN + 16)}" font-size="18" '
        f'font-weight="650" fill="{_INK}">{_text(title)}</text>'
    )
    _legend(canvas, _MARGIN + _TITLE_HEIGHT)
    top = _MARGIN + _TITLE_HEIGHT + _LEGEND_HEIGHT
    lanes_top = top + _AXIS_HEIGHT
    if data["domain"] is None:
        canvas.add(
            f'<text x="{_number(_MARGIN)}" y="{_number(top + 16)}" font-size="12" '
            f'fill="{_MUTED}">No dated events.</text>'
        )
        bottom = top + 28
    else:
        axis_index = len(canvas.parts)
        bottom = _lanes_block(canvas, data, lanes_top)
        body, canvas.parts = canvas.parts[axis_index:], canvas.parts[:axis_index]
        _axis(canvas, top, bottom)
        canvas.parts.extend(body)
        canvas.add(
            f'<rect x="{_number(_MARGIN)}" y="{_number(top)}" '
            f'width="{_number(canvas.right - _MARGIN)}" height="{_number(bottom - top)}" '
            f'fill="none" stroke="{_LINE}"/>'
        )
        canvas.add(
            f'<line x1="{_number(canvas.left)}" y1="{_number(top)}" x2="{_number(canvas.left)}" '
            f'y2="{_number(bottom)}" stroke="{_LINE}"/>'
        )
    end = _undated_block(canvas, data, bottom + 10)
    height = end + _MARGIN
    clip = (
        f'<clipPath id="dt-plot-clip"><rect x="{_number(canvas.left)}" y="{_number(top)}" '
        f'width="{_number(canvas.right - canvas.left)}" height="{_number(height)}"/></clipPath>'
    )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{_number(height)}" '
        f'viewBox="0 0 {width} {_number(height)}" font-family="{_FONT}" role="img" '
        f'aria-labelledby="dt-title">\n<title id="dt-title">{_text(title)}</title>\n'
        f"{_defs()}{clip}\n"
        f'<rect width="{width}" height="{_number(height)}" fill="#ffffff"/>\n'
    )
    return head + "\n".join(canvas.parts) + "\n</svg>\n"


def write_svg(
    path: str | os.PathLike[str],
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    title: str = "Timeline",
    lanes: LaneMode = "kind",
    width: int = 1000,
) -> None:
    """Write :func:`render_svg`'s picture to ``path`` as UTF-8, atomically.

    This is the picture for the docs: the file appears only when complete, and the same
    events give the same bytes, so a regenerated picture changes only when the timeline
    does.

    Raises:
        UsageError: As :func:`render_svg`, or if ``path`` is a directory.

    Examples:
        >>> import pathlib, tempfile
        >>> from diplotimeline.model import Agreement
        >>> from diplotimeline.time import DateSpan
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "timeline.svg"
        >>> accord = Agreement(id="e1", name="Accord", when=DateSpan.parse_iso("2024"))
        >>> write_svg(target, [accord], title="Accords")
        >>> target.read_text(encoding="utf-8").count('data-event-id="e1"')
        1
    """
    picture = render_svg(
        events, actors=actors, documents=documents, title=title, lanes=lanes, width=width
    )
    write_atomic(path, picture)
