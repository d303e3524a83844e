"""CSV and Markdown tables: one row per event, in the timeline's order.

Both tables share the columns of :data:`COLUMNS`. Cells hold text, except ``evidence``
(the number of mentions). Lists (participants, documents, sources) are joined with
``"; "``. Events are ordered as a timeline orders them (:func:`event_sort_key`): dated
ones by their date, then undated ones; ties by name and id.

CSV follows RFC 4180 (comma, double quotes, ``\\r\\n``) and neutralises spreadsheet
formulas: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(or their full-width forms) gets a leading apostrophe (:func:`neutralise_formula`).
Markdown escapes pipes, backslashes, inline markup and HTML, and turns line breaks
into spaces (:func:`escape_markdown`), so a cell can neither break the table nor
inject markup.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from diplotimeline.errors import UsageError
from diplotimeline.model import Actor, Document, Event

__all__ = [
    "COLUMNS",
    "escape_markdown",
    "event_row",
    "event_sort_key",
    "export_csv",
    "export_markdown",
    "neutralise_formula",
]

COLUMNS: Final = (
    "id",
    "kind",
    "form",
    "name",
    "when",
    "start",
    "end",
    "precision",
    "status",
    "participants",
    "participant_names",
    "location",
    "documents",
    "sources",
    "evidence",
)
"""Every column the tables can hold, in their default order.

``when`` is the full ISO 8601-2 span (``2025-04-27/2025-04-29``, ``2024-10/..``,
``2026-06~``); ``start`` and ``end`` its ends (empty when open or undated);
``precision`` the coarser precision of the two (``year``, ``month``, ``day``,
``minute``); ``participants`` actor ids and ``participant_names`` their names (the id
where the actor is unknown); ``documents`` the ids of the documents of the evidence and
``sources`` their publishers; ``evidence`` the number of mentions.
"""

_JOIN: Final = "; "
_FORMULA_STARTS: Final = frozenset("=+-@\t\r＝＋－＠")
_MARKDOWN_SPECIAL: Final = str.maketrans(
    {
        "\\": "\\\\",
        "|": "\\|",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "~": "\\~",
        # Every line boundary of str.splitlines, not only CR and LF, becomes a space.
        **dict.fromkeys("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "),
    }
)


def event_sort_key(event: Event) -> tuple[object, ...]:
    """The order of a timeline: dated events by date, then undated ones; then name and id.

    Dates compare by :meth:`DateSpan.sort_key`. Events equal in all of these keep their
    input order (sorting is stable).

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> from diplotimeline.time import DateSpan
        >>> events = [Meeting(id="e1", name="Undated talks"),
        ...           Meeting(id="e2", name="Summit", when=DateSpan.parse_iso("2025-04")),
        ...           Meeting(id="e3", name="Forum", when=DateSpan.parse_iso("2024"))]
        >>> [event.id for event in sorted(events, key=event_sort_key)]
        ['e3', 'e2', 'e1']
    """
    if event.when is None:
        return (1, (), event.name.casefold(), event.id, event.kind.value)
    return (0, event.when.sort_key(), event.name.casefold(), event.id, event.kind.value)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def event_row(
    event: Event,
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
) -> dict[str, str | int]:
    """The cells of one event's row, keyed by the names of :data:`COLUMNS`.

    Args:
        event: The event.
        actors: Actors by id, to name the participants.
        documents: Documents by id, to name the sources of the evidence.

    Examples:
        >>> from diplotimeline.model import Country, Meeting
        >>> from diplotimeline.time import DateSpan
        >>> meeting = Meeting(id="d1:e1", name="Andean Summit", participants=("pe", "bo"),
        ...                   when=DateSpan.parse_iso("2025-05-02/2025-05-03"))
        >>> row = event_row(meeting, actors={"pe": Country(id="pe", name="Peru")})
        >>> row["start"], row["precision"], row["participant_names"], row["evidence"]
        ('2025-05-02', 'day', 'Peru; bo', 0)
    """
    actors = actors or {}
    documents = documents or {}
    when = event.when
    names = [actors[item].name if item in actors else item for item in event.participants]
    document_ids = _unique(evidence.document for evidence in event.evidence)
    sources = _unique(
        source
        for document_id in document_ids
        if document_id in documents and (source := documents[document_id].source)
    )
    return {
        "id": event.id,
        "kind": event.kind.value,
        "form": event.form.value,
        "name": event.name,
        "when": "" if when is None else when.format_iso(),
        "start": "" if when is None or when.start is None else when.start.format_iso(),
        "end": "" if when is None or when.end is None else when.end.format_iso(),
        "precision": "" if when is None else when.precision.name.lower(),
        "status": event.status.value,
        "participants": _JOIN.join(event.participants),
        "participant_names": _JOIN.join(names),
        "location": event.location or "",
        "documents": _JOIN.join(document_ids),
        "sources": _JOIN.join(sources),
        "evidence": len(event.evidence),
    }


def neutralise_formula(cell: str) -> str:
    """Prefix an apostrophe to a cell a spreadsheet would read as a formula.

    Examples:
        >>> neutralise_formula("=HYPERLINK(\\"http://x\\")")
        '\\'=HYPERLINK("http://x")'
        >>> neutralise_formula("-5"), neutralise_formula("Lima")
        ("'-5", 'Lima')
    """
    if cell and cell[0] in _FORMULA_STARTS:
        return "'" + cell
    return cell


def escape_markdown(cell: str) -> str:
    """Make text safe inside a Markdown table cell.

    Escapes ``\\``, ``|`` and inline markup with backslashes, ``<``, ``>`` and ``&`` as
    HTML entities, and turns line breaks into spaces.

    Examples:
        >>> escape_markdown("a|b <script>\\nnext")
        'a\\\\|b &lt;script&gt; next'
    """
    return html.escape(cell.replace("\r\n", "\n"), quote=False).translate(_MARKDOWN_SPECIAL)


def _checked_columns(columns: Sequence[str]) -> tuple[str, ...]:
    unknown = [column for column in columns if column not in COLUMNS]
    if unknown:
        raise UsageError(f"unknown columns {unknown}; expected some of {list(COLUMNS)}")
    if not columns:
        raise UsageError("a table needs at least one column")
    return tuple(columns)


def _rows(
    events: Iterable[Event],
    actors: Mapping[str, Actor] | None,
    documents: Mapping[str, Document] | None,
) -> list[dict[str, str | int]]:
    ordered = sorted(events, key=event_sort_key)
    return [event_row(event, actors=actors, documents=documents) for event in ordered]


def export_csv(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    columns: Sequence[str] = COLUMNS,
) -> str:
    """Write the events as a CSV table with a header row (RFC 4180, ``\\r\\n`` lines).

    Args:
        events: The events, in any order; rows follow :func:`event_sort_key`.
        actors: Actors by id, for ``participant_names``.
        documents: Documents by id, for ``sources``.
        columns: The columns to write, a selection of :data:`COLUMNS`.

    Raises:
        UsageError: For an unknown column name.

    Examples:
        >>> from diplotimeline.model import Agreement
        >>> accord = Agreement(id="d1:e2", name="=1+1 Accord", participants=("cl", "pe"))
        >>> print(export_csv([accord], columns=("id", "name", "participants")), end="")
        id,name,participants
        d1:e2,'=1+1 Accord,cl; pe
    """
    chosen = _checked_columns(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(chosen)
    for row in _rows(events, actors, documents):
        writer.writerow(
            [
                neutralise_formula(cell) if isinstance(cell, str) else cell
                for cell in (row[column] for column in chosen)
            ]
        )
    return buffer.getvalue()


def export_markdown(
    events: Iterable[Event],
    *,
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
    columns: Sequence[str] = COLUMNS,
) -> str:
    """Write the events as a GitHub-flavoured Markdown table, one line per event.

    Args:
        events: The events, in any order; rows follow :func:`event_sort_key`.
        actors: Actors by id, for ``participant_names``.
        documents: Documents by id, for ``sources``.
        columns: The columns to write, a selection of :data:`COLUMNS`.

    Raises:
        UsageError: For an unknown column name.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> from diplotimeline.time import DateSpan
        >>> talks = Meeting(id="d1:e1", name="Talks | round 2",
        ...                 when=DateSpan.parse_iso("2025-03"))
        >>> print(export_markdown([talks], columns=("name", "when", "evidence")), end="")
        | name | when | evidence |
        | --- | --- | --- |
        | Talks \\| round 2 | 2025-03 | 0 |
    """
    chosen = _checked_columns(columns)
    lines = [
        "| " + " | ".join(chosen) + " |",
        "| " + " | ".join("---" for _ in chosen) + " |",
    ]
    for row in _rows(events, actors, documents):
        cells = (escape_markdown(str(row[column])) for column in chosen)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
