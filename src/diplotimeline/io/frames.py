"""pandas DataFrames and Apache Arrow / Parquet tables (the ``frames`` extra).

:func:`to_dataframes` makes three typed tables:

``events``
    One row per event, in timeline order (:func:`~diplotimeline.io.tables.event_sort_key`):
    ``id``, ``name``, ``location``, ``when``, ``start``, ``end`` (ISO text; missing when
    undated or open) as ``string``; ``kind``, ``form``, ``status`` as categories over
    every value the model allows; ``precision`` an ordered category (``year`` <
    ``month`` < ``day`` < ``minute``); ``start_year`` ... ``start_minute`` and
    ``end_year`` ... ``end_minute`` nullable integers holding only the parts a date
    knows; ``approximate`` boolean; ``participants`` and ``documents`` lists of ids;
    ``evidence`` the number of mentions.
``actors``
    One row per actor, by id: ``id``, ``kind`` (category), ``name``, ``aliases`` (list),
    ``country`` (the alpha-2 code of a person's or organisation's country).
``mentions``
    One row per piece of evidence of each event: ``event_id``, ``position`` (its rank
    among the event's evidence), ``document``, ``start``, ``end`` (character offsets),
    ``quote``, and the document's ``source``, ``title``, ``published`` and ``url`` where
    known.

:func:`to_arrow` gives the same tables as ``pyarrow.Table`` values with a fixed schema
(lists as ``list<string>``, categories as dictionaries), and :func:`write_parquet`
writes them as ``events.parquet``, ``actors.parquet`` and ``mentions.parquet``, each
atomically. pandas and pyarrow are imported only when these functions run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from diplotimeline.errors import UsageError
from diplotimeline.io.atomic import atomic_path
from diplotimeline.io.tables import event_sort_key
from diplotimeline.model import (
    Actor,
    ActorKind,
    AgreementForm,
    Country,
    Document,
    Event,
    EventKind,
    InitiativeForm,
    MeetingForm,
    Status,
)
from diplotimeline.time import LocalDateTime, Precision, TimePoint

__all__ = ["Frames", "to_arrow", "to_dataframes", "write_parquet"]

_KINDS: Final = [kind.value for kind in EventKind]
_FORMS: Final = sorted(
    {form.value for enum in (MeetingForm, AgreementForm, InitiativeForm) for form in enum}
)
_STATUSES: Final = [status.value for status in Status]
_PRECISIONS: Final = [precision.name.lower() for precision in Precision]
_ACTOR_KINDS: Final = [kind.value for kind in ActorKind]
_PARTS: Final = ("year", "month", "day", "hour", "minute")
_INSTALL_HINT: Final = "pip install 'diplotimeline[frames]'"


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        raise UsageError(f"DataFrames need the pandas package: {_INSTALL_HINT}") from None
    return pandas


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        raise UsageError(f"Arrow and Parquet need the pyarrow package: {_INSTALL_HINT}") from None
    return pyarrow, pyarrow.parquet


@attrs.frozen(kw_only=True, eq=False)
class Frames:
    """The three tables of a set of events, as pandas DataFrames.

    Attributes:
        events: One row per event.
        actors: One row per actor.
        mentions: One row per piece of evidence.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> frames = to_dataframes([Meeting(id="d1:e1", name="Talks")])  # doctest: +SKIP
        >>> frames.events["name"].tolist()  # doctest: +SKIP
        ['Talks']
    """

    events: Any
    actors: Any
    mentions: Any


def _parts(point: TimePoint | None) -> dict[str, int | None]:
    if point is None:
        return dict.fromkeys(_PARTS)
    if isinstance(point, LocalDateTime):
        return {
            "year": point.year,
            "month": point.month,
            "day": point.day,
            "hour": point.hour,
            "minute": point.minute,
        }
    return {
        "year": point.year,
        "month": point.month,
        "day": point.day,
        "hour": None,
        "minute": None,
    }


def _event_columns(events: list[Event]) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {
        name: []
        for name in (
            "id",
            "kind",
            "form",
            "name",
            "when",
            "start",
            "end",
            "precision",
            "approximate",
            *(f"start_{part}" for part in _PARTS),
            *(f"end_{part}" for part in _PARTS),
            "status",
            "location",
            "participants",
            "documents",
            "evidence",
        )
    }
    for event in events:
        when = event.when
        start = None if when is None else when.start
        end = None if when is None else when.end
        columns["id"].append(event.id)
        columns["kind"].append(event.kind.value)
        columns["form"].append(event.form.value)
        columns["name"].append(event.name)
        columns["when"].append(None if when is None else when.format_iso())
        columns["start"].append(None if start is None else start.format_iso())
        columns["end"].append(None if end is None else end.format_iso())
        columns["precision"].append(None if when is None else when.precision.name.lower())
        columns["approximate"].append(when is not None and when.approximate)
        for prefix, point in (("start", start), ("end", end)):
            for part, value in _parts(point).items():
                columns[f"{prefix}_{part}"].append(value)
        columns["status"].append(event.status.value)
        columns["location"].append(event.location)
        columns["participants"].append(list(event.participants))
        columns["documents"].append(list(dict.fromkeys(ev.document for ev in event.evidence)))
        columns["evidence"].append(len(event.evidence))
    return columns


def _event_frame(pd: Any, events: list[Event]) -> Any:
    columns = _event_columns(events)
    string, category = pd.StringDtype(), pd.CategoricalDtype
    dtypes: dict[str, Any] = {
        "id": string,
        "kind": category(_KINDS),
        "form": category(_FORMS),
        "name": string,
        "when": string,
        "start": string,
        "end": string,
        "precision": category(_PRECISIONS, ordered=True),
        "approximate": "bool",
        "status": category(_STATUSES),
        "location": string,
        "participants": object,
        "documents": object,
        "evidence": "int64",
    }
    for prefix in ("start", "end"):
        for part in _PARTS:
            dtypes[f"{prefix}_{part}"] = "Int16" if part == "year" else "Int8"
    return pd.DataFrame(
        {name: pd.Series(values, dtype=dtypes[name]) for name, values in columns.items()}
    )


def _actor_frame(pd: Any, actors: Mapping[str, Actor]) -> Any:
    ordered = [actors[key] for key in sorted(actors)]
    string = pd.StringDtype()
    return pd.DataFrame(
        {
            "id": pd.Series([actor.id for actor in ordered], dtype=string),
            "kind": pd.Series(
                [actor.kind.value for actor in ordered], dtype=pd.CategoricalDtype(_ACTOR_KINDS)
            ),
            "name": pd.Series([actor.name for actor in ordered], dtype=string),
            "aliases": pd.Series([list(actor.aliases) for actor in ordered], dtype=object),
            "country": pd.Series(
                [None if isinstance(actor, Country) else actor.country for actor in ordered],
                dtype=string,
            ),
        }
    )


def _mention_frame(pd: Any, events: list[Event], documents: Mapping[str, Document]) -> Any:
    rows: dict[str, list[Any]] = {
        name: []
        for name in (
            "event_id",
            "position",
            "document",
            "start",
            "end",
            "quote",
            "source",
            "title",
            "published",
            "url",
        )
    }
    for event in events:
        for position, evidence in enumerate(event.evidence):
            document = documents.get(evidence.document)
            published = None if document is None else document.published
            rows["event_id"].append(event.id)
            rows["position"].append(position)
            rows["document"].append(evidence.document)
            rows["start"].append(evidence.start)
            rows["end"].append(evidence.end)
            rows["quote"].append(evidence.quote)
            rows["source"].append(None if document is None else document.source)
            rows["title"].append(None if document is None else document.title)
            rows["published"].append(None if published is None else published.format_iso())
            rows["url"].append(None if document is None else document.url)
    integers = ("position", "start", "end")
    return pd.DataFrame(
        {
            name: pd.Series(values, dtype="int64" if name in integers else pd.StringDtype())
            for name, values in rows.items()
        }
    )


def to_dataframes(
    events: Iterable[Event],
    actors: Mapping[str, Actor] | None = None,
    documents: Mapping[str, Document] | None = None,
) -> Frames:
    """Make the events, actors and mentions tables (see the module docstring).

    Args:
        events: The events, in any order; rows follow the timeline order.
        actors: Actors by id; every one becomes a row of ``actors``.
        documents: Documents by id, for the source columns of ``mentions``.

    Raises:
        UsageError: If pandas is not installed.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> from diplotimeline.time import DateSpan
        >>> talks = Meeting(id="d1:e1", name="Talks", when=DateSpan.parse_iso("2025-04"))
        >>> frames = to_dataframes([talks])  # doctest: +SKIP
        >>> parts = ["start_year", "start_month", "start_day"]
        >>> frames.events[parts].iloc[0].tolist()  # doctest: +SKIP
        [2025, 4, <NA>]
    """
    pd = _pandas()
    ordered = sorted(events, key=event_sort_key)
    return Frames(
        events=_event_frame(pd, ordered),
        actors=_actor_frame(pd, actors or {}),
        mentions=_mention_frame(pd, ordered, documents or {}),
    )


def _schemas(pa: Any) -> dict[str, Any]:
    def category(ordered: bool = False) -> Any:
        return pa.dictionary(pa.int8(), pa.string(), ordered=ordered)

    strings = pa.list_(pa.string())
    event_fields = [
        pa.field("id", pa.string(), nullable=False),
        pa.field("kind", category(), nullable=False),
        pa.field("form", category(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("when", pa.string()),
        pa.field("start", pa.string()),
        pa.field("end", pa.string()),
        pa.field("precision", category(ordered=True)),
        pa.field("approximate", pa.bool_(), nullable=False),
    ]
    for prefix in ("start", "end"):
        for part in _PARTS:
            event_fields.append(
                pa.field(f"{prefix}_{part}", pa.int16() if part == "year" else pa.int8())
            )
    event_fields += [
        pa.field("status", category(), nullable=False),
        pa.field("location", pa.string()),
        pa.field("participants", strings, nullable=False),
        pa.field("documents", strings, nullable=False),
        pa.field("evidence", pa.int64(), nullable=False),
    ]
    actor_fields = [
        pa.field("id", pa.string(), nullable=False),
        pa.field("kind", category(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("aliases", strings, nullable=False),
        pa.field("country", pa.string()),
    ]
    mention_fields = [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("position", pa.int64(), nullable=False),
        pa.field("document", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("quote", pa.string(), nullable=False),
        *(pa.field(name, pa.string()) for name in ("source", "title", "published", "url")),
    ]
    return {
        "events": pa.schema(event_fields),
        "actors": pa.schema(actor_fields),
        "mentions": pa.schema(mention_fields),
    }


def to_arrow(frames: Frames) -> dict[str, Any]:
    """The three tables as ``pyarrow.Table`` values with a fixed schema, by table name.

    Raises:
        UsageError: If pyarrow is not installed.

    Examples:
        >>> from diplotimeline.model import Meeting
        >>> tables = to_arrow(to_dataframes([Meeting(id="d1:e1", name="Talks")]))  # doctest: +SKIP
        >>> str(tables["events"].schema.field("participants").type)  # doctest: +SKIP
        'list<item: string>'
    """
    pa, _ = _pyarrow()
    schemas = _schemas(pa)
    return {
        name: pa.Table.from_pandas(frame, schema=schemas[name], preserve_index=False)
        for name, frame in (
            ("events", frames.events),
            ("actors", frames.actors),
            ("mentions", frames.mentions),
        )
    }


def write_parquet(frames: Frames, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write ``events.parquet``, ``actors.parquet`` and ``mentions.parquet`` into ``directory``.

    The directory is made if missing. Each file is written atomically (a temporary file,
    then a rename), so a reader sees either the old file or the new one; the three
    files are replaced one after another, not together.

    Returns:
        The paths written, in the order events, actors, mentions.

    Raises:
        UsageError: If pyarrow is not installed, or ``directory`` is a file.

    Examples:
        >>> import tempfile
        >>> from diplotimeline.model import Meeting
        >>> frames = to_dataframes([Meeting(id="d1:e1", name="Talks")])  # doctest: +SKIP
        >>> [path.name for path in write_parquet(frames, tempfile.mkdtemp())]  # doctest: +SKIP
        ['events.parquet', 'actors.parquet', 'mentions.parquet']
    """
    _, parquet = _pyarrow()
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"cannot write Parquet files into {str(folder)!r}: it is not a directory")
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, table in to_arrow(frames).items():
        target = folder / f"{name}.parquet"
        with atomic_path(target) as temporary:
            parquet.write_table(table, temporary)
        written.append(target)
    return tuple(written)
