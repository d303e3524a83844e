"""Extraction, Parquet output and merging on a Dask cluster (the ``dask`` extra).

Install with ``pip install 'diplotimeline[dask]'``; dask, distributed, pandas and pyarrow
are imported only when these functions run, and a missing one raises
:class:`~diplotimeline.errors.UsageError` with the install hint.

* :func:`extract_bag` maps extraction over a ``dask.bag.Bag`` of documents; each worker
  process loads the gazetteers and rules once (they are cached per process) and
  extracts a partition at a time. Bad documents are skipped (``keep_errors=True`` keeps
  a :class:`~diplotimeline.extract.batch.BatchError` in their place, which
  :func:`summarize` counts); ``strict=True`` fails the computation instead.
* :func:`extract_dataframe` does the same for a Dask DataFrame with the columns ``id``,
  ``text``, ``published``, ``source`` (and optionally ``title``, ``url``).
* :func:`write_parquet` writes partitioned Parquet datasets ``events/``, ``mentions/``
  (one file per bag partition, ``part-00000.parquet`` ...) and ``actors/`` (one file,
  actors merged by id), with the typed columns of :mod:`diplotimeline.io.frames`.
  DuckDB, pandas or Spark read each folder as one table.
* :func:`merge_bag` merges the extractions into one
  :class:`~diplotimeline.timeline.Timeline`, equal to
  ``Timeline.from_extractions(bag.compute())``. Mentions are split into independent
  blocks: by kind (events of different kinds never merge), then by date window (dated
  mentions whose dates do not overlap, even through a chain of others, never merge);
  an undated mention joins the windows of the mentions it matches. Each block is merged
  on a worker with the timeline's own merge decision
  (:func:`~diplotimeline.timeline.merge_mentions`), and only pairs inside a block are
  ever compared, so the merge is not quadratic.

Examples:
    >>> import dask.bag as db
    >>> from diplotimeline.extract.sources import synthetic_documents
    >>> bag = db.from_sequence(synthetic_documents(20), npartitions=2)
    >>> len(extract_bag(bag).compute(scheduler="sync"))
    20
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from diplotimeline.errors import DiplotimelineError, InputError, UsageError
from diplotimeline.extract.batch import BatchError, BatchSummary
from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.gazetteer import load_gazetteer
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import default_tagger
from diplotimeline.model import Actor, Document, EventKind, Extraction, Person
from diplotimeline.time import PartialDate
from diplotimeline.timeline import Mention, Timeline, TimelineEntry, mentions_of, merge_actors
from diplotimeline.timeline.merge import MergeIndex, merge_bounds, merge_mentions

__all__ = [
    "INSTALL_HINT",
    "extract_bag",
    "extract_dataframe",
    "merge_bag",
    "merge_blocks",
    "summarize",
    "write_parquet",
]

INSTALL_HINT: Final = "pip install 'diplotimeline[dask]'"
"""How to install what this module needs."""

_TABLES: Final = ("events", "actors", "mentions")


def _require(*modules: str) -> None:
    """Import ``modules`` or raise a UsageError naming the extra to install."""
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise UsageError(f"this needs the {name!r} package: {INSTALL_HINT}") from None


# ---------------------------------------------------------------------------------------
# Extraction: top-level functions, so that they pickle by reference to the workers.


def _extract_partition(
    documents: Iterable[Document], keep_errors: bool, strict: bool
) -> list[Extraction | BatchError]:
    gazetteer, tagger = load_gazetteer(), default_tagger()  # both cached per process
    out: list[Extraction | BatchError] = []
    for index, document in enumerate(documents):
        try:
            out.append(extract(document, gazetteer=gazetteer, tagger=tagger))
        except Exception as exc:  # a bad document must not stop the computation
            record = BatchError.from_exception(index, document.id, exc)
            if strict:
                if isinstance(exc, DiplotimelineError):
                    raise
                raise InputError(f"extraction stopped at {record.describe()}") from exc
            if keep_errors:
                out.append(record)
    return out


def extract_bag(documents: Any, *, keep_errors: bool = False, strict: bool = False) -> Any:
    """Map extraction over a Dask bag of documents, partition by partition.

    Args:
        documents: A ``dask.bag.Bag`` of :class:`~diplotimeline.model.Document`.
        keep_errors: Keep a :class:`~diplotimeline.extract.batch.BatchError` in place
            of each document whose extraction fails (its ``index`` is the position in
            its partition); by default such documents are dropped.
        strict: Fail the computation at the first document whose extraction fails.

    Returns:
        A lazy bag of extractions (and errors, with ``keep_errors``), in the bag's order.

    Raises:
        UsageError: If dask is not installed.

    Examples:
        >>> import dask.bag as db
        >>> from diplotimeline.model import Document
        >>> bag = db.from_sequence([Document(id="a", text="Peru.")])
        >>> [x.document.id for x in extract_bag(bag).compute(scheduler="sync")]
        ['a']
    """
    _require("dask.bag")
    return documents.map_partitions(_extract_partition, keep_errors, strict)


def _count(outcomes: Iterable[Extraction | BatchError]) -> list[tuple[int, tuple[BatchError, ...]]]:
    items = list(outcomes)
    errors = tuple(item for item in items if isinstance(item, BatchError))
    return [(len(items), errors)]


def summarize(outcomes: Any) -> BatchSummary:
    """Count a bag made by ``extract_bag(..., keep_errors=True)`` (this computes it).

    Examples:
        >>> import dask, dask.bag as db
        >>> from diplotimeline.model import Document
        >>> docs = db.from_sequence([Document(id="a", text="Peru."), Document(id="b", text="")])
        >>> with dask.config.set(scheduler="sync"):
        ...     summarize(extract_bag(docs, keep_errors=True)).describe()
        'read 2 documents: extracted 2, skipped 0'
    """
    _require("dask.bag")
    parts = outcomes.map_partitions(_count).compute()
    read = sum(count for count, _ in parts)
    skipped = tuple(record for _, errors in parts for record in errors)
    return BatchSummary(read=read, extracted=read - len(skipped), skipped=skipped)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _row_document(row: Mapping[str, Any]) -> Document:
    published = row.get("published")
    when = None
    if not _missing(published):
        when = PartialDate.parse_iso(str(published))
    text = {key: None if _missing(row.get(key)) else str(row[key]) for key in ("source", "title")}
    url = row.get("url")
    return document_from_text(
        str(row["text"]),
        id=str(row["id"]),
        published=when,
        source=text["source"],
        title=text["title"],
        url=None if _missing(url) else str(url),
    )


def _row_documents(rows: Iterable[Mapping[str, Any]]) -> Iterator[Document | _BadRow]:
    for index, row in enumerate(rows):
        try:
            yield _row_document(row)
        except DiplotimelineError as exc:
            yield _BadRow(index, str(row.get("id")), exc)


class _BadRow:
    """A dataframe row that is not a document (kept to be reported in its place)."""

    __slots__ = ("error", "identifier", "index")

    def __init__(self, index: int, identifier: str, error: DiplotimelineError) -> None:
        self.index, self.identifier, self.error = index, identifier, error


def _extract_rows(
    rows: Iterable[Mapping[str, Any]], keep_errors: bool, strict: bool
) -> list[Extraction | BatchError]:
    out: list[Extraction | BatchError] = []
    batch: list[Document] = []
    for item in _row_documents(rows):
        if isinstance(item, Document):
            batch.append(item)
            continue
        out.extend(_extract_partition(batch, keep_errors, strict))
        batch = []
        if strict:
            raise item.error
        if keep_errors:
            out.append(BatchError.from_exception(item.index, item.identifier, item.error))
    out.extend(_extract_partition(batch, keep_errors, strict))
    return out


def extract_dataframe(frame: Any, *, keep_errors: bool = False, strict: bool = False) -> Any:
    """Map extraction over a Dask DataFrame of articles.

    Args:
        frame: A ``dask.dataframe.DataFrame`` with the columns ``id``, ``text``,
            ``published`` (a partial ISO date, or missing) and ``source``; ``title`` and
            ``url`` are used when present. Without a published date, one is read from a
            dateline in the text.
        keep_errors: Keep a ``BatchError`` in place of each bad row or failed document.
        strict: Fail the computation at the first bad row or failed document.

    Returns:
        A lazy ``dask.bag.Bag`` of extractions, in the frame's order.

    Raises:
        UsageError: If dask is not installed, or a required column is missing.

    Examples:
        >>> import pandas as pd, dask.dataframe as dd
        >>> frame = dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["Peru."],
        ...     "published": ["2031-05"], "source": ["Wire"]}), npartitions=1)
        >>> [x.document.published for x in extract_dataframe(frame).compute(scheduler="sync")]
        [PartialDate('2031-05')]
    """
    _require("dask.dataframe", "dask.bag")
    missing = [name for name in ("id", "text", "published", "source") if name not in frame.columns]
    if missing:
        raise UsageError(f"the frame lacks the column(s) {', '.join(missing)}")
    rows = frame.to_bag(index=False, format="dict")
    return rows.map_partitions(_extract_rows, keep_errors, strict)


# ---------------------------------------------------------------------------------------
# Parquet.


def _only_extractions(items: Iterable[object]) -> list[Extraction]:
    return [item for item in items if isinstance(item, Extraction)]


def _write_part(items: Iterable[object], number: int, directory: str) -> int:
    import pyarrow.parquet as parquet  # type: ignore[import-untyped,unused-ignore]

    from diplotimeline.io.atomic import atomic_path
    from diplotimeline.io.frames import to_arrow, to_dataframes

    extractions = _only_extractions(items)
    events = [event for x in extractions for event in x.events]
    documents = {x.document.id: x.document for x in extractions}
    tables = to_arrow(to_dataframes(events, {}, documents))
    for name in ("events", "mentions"):
        target = Path(directory) / name / f"part-{number:05d}.parquet"
        with atomic_path(target) as temporary:
            parquet.write_table(tables[name], temporary)
    return len(extractions)


def _partition_actors(items: Iterable[object]) -> list[Actor]:
    return list(merge_actors(a for x in _only_extractions(items) for a in x.actors))


def write_parquet(extractions: Any, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write a bag of extractions as partitioned Parquet datasets (this computes the bag).

    ``events/`` and ``mentions/`` get one file per partition of the bag
    (``part-00000.parquet`` ...), ``actors/`` one file of the actors merged by id (parts
    left in these folders by an earlier run are removed first); the
    columns are those of :mod:`diplotimeline.io.frames` (``events``: id, kind, form,
    name, when, start, end, precision, start/end parts, status, location,
    participants (list), documents (list), evidence count; ``mentions``: event_id,
    position, document, start, end (character offsets), quote, source, title,
    published, url). Each file is written atomically. Items that are not extractions
    (:class:`~diplotimeline.extract.batch.BatchError` records) are left out.

    Args:
        extractions: A ``dask.bag.Bag`` of extractions.
        directory: The output folder; made if missing.

    Returns:
        The three dataset folders: events, actors, mentions.

    Raises:
        UsageError: If dask or pyarrow is not installed, or ``directory`` is a file.

    Examples:
        >>> import dask, dask.bag as db, tempfile
        >>> from diplotimeline.model import Document
        >>> docs = db.from_sequence([Document(id="a", text="Peru and Chile signed a treaty.")])
        >>> with dask.config.set(scheduler="sync"):
        ...     folders = write_parquet(extract_bag(docs), tempfile.mkdtemp())
        >>> [(p.name, sorted(f.name for f in p.iterdir())) for p in folders]
        [('events', ['part-00000.parquet']), ('actors', ['part-00000.parquet']),
         ('mentions', ['part-00000.parquet'])]
    """
    _require("dask", "dask.bag", "pandas", "pyarrow")
    import pyarrow.parquet as parquet  # type: ignore[import-untyped,unused-ignore]
    from dask.base import compute
    from dask.delayed import delayed

    from diplotimeline.io.atomic import atomic_path
    from diplotimeline.io.frames import to_arrow, to_dataframes

    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise UsageError(f"cannot write Parquet datasets into {str(root)!r}: it is not a folder")
    folders = tuple(root / name for name in _TABLES)
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("part-*.parquet"):  # a smaller rerun must not leave old parts
            stale.unlink()
    parts = extractions.to_delayed()
    writes = [delayed(_write_part)(part, number, str(root)) for number, part in enumerate(parts)]
    actor_parts = [delayed(_partition_actors)(part) for part in parts]
    results = compute(*writes, *actor_parts)  # type: ignore[no-untyped-call]
    actors = merge_actors(a for found in results[len(writes) :] for a in found)
    table = to_arrow(to_dataframes([], {actor.id: actor for actor in actors}))["actors"]
    with atomic_path(root / "actors" / "part-00000.parquet") as temporary:
        parquet.write_table(table, temporary)
    return folders


# ---------------------------------------------------------------------------------------
# Merging at scale.


def _windows(dated: Sequence[tuple[int, int, int]]) -> list[int]:
    """Window number of each dated mention: overlapping dates, even through a chain, share one.

    ``dated`` holds ``(low, high, position)``; the sweep over starts is O(n log n).
    """
    window = [0] * len(dated)
    current, reach = -1, None
    for low, high, position in sorted(dated):
        if reach is None or low >= reach:
            current += 1
            reach = high
        else:
            reach = max(reach, high)
        window[position] = current
    return window


class _Union:
    """Union-find over block numbers."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def merge_blocks(
    mentions: Sequence[Mention], persons: frozenset[str] = frozenset()
) -> list[list[Mention]]:
    """Split mentions into blocks that can be merged independently, giving the same entries.

    Mentions of different kinds never merge; dated mentions whose dates do not overlap
    never merge, so each kind is cut into date windows (a chain of overlapping dates
    stays in one window). An undated mention merges only with mentions of equal name or
    acronym: the windows of the mentions it is connected to (found with the timeline's
    :class:`~diplotimeline.timeline.merge.MergeIndex`) are joined into one block.

    Args:
        mentions: The mentions, deduplicated or not.
        persons: The actor ids that are people.

    Returns:
        The blocks, each in input order, ordered by their first mention's position.

    Examples:
        >>> from diplotimeline.model import Agreement, Meeting
        >>> from diplotimeline.time import DateSpan
        >>> from diplotimeline.timeline import Origin
        >>> def m(doc, event):
        ...     return Mention(event, Origin(doc))
        >>> may = Meeting(id="e1", name="Lima talks", when=DateSpan.parse_iso("2031-05"))
        >>> june = Meeting(id="e2", name="Lima talks", when=DateSpan.parse_iso("2031-06"))
        >>> accord = Agreement(id="e3", name="Lima Accord")
        >>> blocks = merge_blocks([m("a", may), m("b", june), m("c", accord)])
        >>> [[x.document for x in block] for block in blocks]
        [['a'], ['b'], ['c']]
    """
    by_kind: dict[EventKind, list[int]] = defaultdict(list)
    for position, mention in enumerate(mentions):
        by_kind[mention.event.kind].append(position)
    block_of = [0] * len(mentions)
    count = 0
    undated_of_kind: dict[EventKind, list[int]] = {}
    for kind, positions in by_kind.items():
        # merge_bounds reads each name (a named agreement's dates keep nothing apart): once
        spans = [merge_bounds(mentions[p]) for p in positions]
        dated = [(p, span) for p, span in zip(positions, spans, strict=True) if span is not None]
        windows = _windows([(low, high, i) for i, (_, (low, high)) in enumerate(dated)])
        for (position, _), window in zip(dated, windows, strict=True):
            block_of[position] = count + window
        count += max(windows, default=-1) + 1
        undated = [p for p, span in zip(positions, spans, strict=True) if span is None]
        for position in undated:
            block_of[position] = count
            count += 1
        undated_of_kind[kind] = undated
    union = _Union(count)
    for kind, undated in undated_of_kind.items():
        if not undated:
            continue
        kind_mentions = [mentions[p] for p in by_kind[kind]]
        where = {mentions[p].key: p for p in by_kind[kind]}
        index = MergeIndex(kind_mentions, persons)
        seen: set[tuple[str, str]] = set()
        for position in undated:
            if mentions[position].key in seen:
                continue
            related = index.related([mentions[position]])
            seen |= related
            for key in related:
                union.union(block_of[position], block_of[where[key]])
    blocks: dict[int, list[Mention]] = {}
    for position, mention in enumerate(mentions):
        blocks.setdefault(union.find(block_of[position]), []).append(mention)
    return list(blocks.values())


def _partition_mentions(items: Iterable[object]) -> list[tuple[list[Mention], list[Actor]]]:
    extractions = _only_extractions(items)
    mentions = [m for x in extractions for m in mentions_of(x)]
    return [(mentions, list(merge_actors(a for x in extractions for a in x.actors)))]


def _merge_block(mentions: Sequence[Mention], persons: frozenset[str]) -> tuple[TimelineEntry, ...]:
    return merge_mentions(mentions, persons)


def merge_bag(extractions: Any, *, block_size: int = 2_000) -> Timeline:
    """Merge a bag of extractions into one timeline on the cluster (this computes the bag).

    The mentions and actors are gathered, split with :func:`merge_blocks`, and the
    blocks, packed into tasks of about ``block_size`` mentions, are merged on the
    workers; the result equals ``Timeline.from_extractions(extractions.compute())``.

    Args:
        extractions: A ``dask.bag.Bag`` of extractions (other items are ignored).
        block_size: Mentions per merge task, roughly (a block is never split).

    Returns:
        The merged timeline.

    Raises:
        UsageError: If dask is not installed, or ``block_size`` is below 1.

    Examples:
        >>> import dask, dask.bag as db
        >>> from diplotimeline.extract.sources import synthetic_documents
        >>> docs = db.from_sequence(synthetic_documents(40), npartitions=2)
        >>> with dask.config.set(scheduler="sync"):
        ...     bag = extract_bag(docs)
        ...     merge_bag(bag, block_size=10) == Timeline.from_extractions(bag.compute())
        True
    """
    _require("dask", "dask.bag")
    from dask.base import compute
    from dask.delayed import delayed

    if block_size < 1:
        raise UsageError(f"block_size must be a whole number from 1, got {block_size!r}")
    parts = extractions.map_partitions(_partition_mentions).compute()
    mentions = [m for found, _ in parts for m in found]
    actors = merge_actors(a for _, found in parts for a in found)
    persons = frozenset(actor.id for actor in actors if isinstance(actor, Person))
    tasks: list[list[Mention]] = []
    for block in sorted(merge_blocks(mentions, persons), key=len, reverse=True):
        if tasks and len(tasks[-1]) + len(block) <= block_size:
            tasks[-1].extend(block)
        else:
            tasks.append(list(block))
    merged = compute(*(delayed(_merge_block)(task, persons) for task in tasks))  # type: ignore[no-untyped-call]
    return Timeline([entry for entries in merged for entry in entries], actors)
