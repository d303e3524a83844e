"""The extraction pipeline: a document in, its actors and dated events out.

For each document: actors and abbreviations (:func:`~diplotimeline.extract.actors.analyze_actors`),
temporal expressions resolved against the published date
(:func:`~diplotimeline.extract.temporal.tag`), then events: named events, acronym-defined
initiatives, the meeting, agreement and initiative frames of each sentence, dates, and
one merged event per real-world event (see :mod:`diplotimeline.extract.events`). Event ids
are ``"{document.id}:e{n}"`` in order of first mention; the output is deterministic.

Examples:
    >>> from diplotimeline.model import Document
    >>> from diplotimeline.time import PartialDate
    >>> doc = Document(id="d1", published=PartialDate(2031, 5, 2),
    ...                text="Peruvian President Ana Ortega will visit Chile from May 9 to 11.")
    >>> [(e.id, e.name, e.when.format_iso(), e.status.value) for e in extract(doc).events]
    [('d1:e1', 'Visit of Ana Ortega to Chile', '2031-05-09/2031-05-11', 'planned')]
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING

from diplotimeline.extract._event_context import Context
from diplotimeline.extract.actors import analyze_actors, attach_tenures
from diplotimeline.extract.agreements import read_agreements
from diplotimeline.extract.events import (
    assemble,
    attach_dates,
    date_appositions,
    find_acronym_initiatives,
    find_named_events,
    read_opening_acts,
)
from diplotimeline.extract.gazetteer import Gazetteer, load_gazetteer
from diplotimeline.extract.initiatives import read_initiatives
from diplotimeline.extract.meetings import read_meetings
from diplotimeline.extract.temporal import Tagger, default_tagger
from diplotimeline.model import Document, Extraction

if TYPE_CHECKING:
    from diplotimeline.extract.batch import Batch

__all__ = ["extract", "extract_many"]


def _country_of(document: Document, gazetteer: Gazetteer) -> str | None:
    """The country whose fiscal year applies: none is guessed from the text yet."""
    del document, gazetteer
    return None


def extract(
    document: Document,
    *,
    gazetteer: Gazetteer | None = None,
    tagger: Tagger | None = None,
) -> Extraction:
    """Read one document into its actors and events.

    Args:
        document: The article, with its published date if known.
        gazetteer: Gazetteers to use; the packaged ones by default.
        tagger: The temporal tagger; the packaged rules by default.

    Returns:
        The extraction: actors in order of first mention, events in order of first mention.

    Examples:
        >>> from diplotimeline.model import Document
        >>> extract(Document(id="d1", text="Nothing happened.")).events
        ()
    """
    gazetteer = gazetteer or load_gazetteer()
    tagger = tagger or default_tagger()
    text = document.text
    analysis = analyze_actors(text, document_id=document.id, gazetteer=gazetteer)
    temporal = tagger.tag(
        text, document.published, country=_country_of(document, gazetteer), infer_anchor=True
    )
    analysis = attach_tenures(analysis, text, temporal)
    anchor = document.published
    if temporal and temporal[0].anchor_inferred and temporal[0].anchor is not None:
        anchor = temporal[0].anchor
    ctx = Context.build(
        text,
        document_id=document.id,
        published=anchor,
        actors=analysis.mentions,
        temporal=temporal,
        abbreviations=analysis.abbreviations,
        gazetteer=gazetteer,
    )
    for sentence in ctx.sentences:
        find_named_events(ctx, sentence)
    find_acronym_initiatives(ctx)
    for sentence in ctx.sentences:
        read_meetings(ctx, sentence)
        read_agreements(ctx, sentence)
        read_initiatives(ctx, sentence)
    attach_dates(ctx)
    date_appositions(ctx)
    read_opening_acts(ctx)
    events = assemble(ctx)
    return Extraction(document=document, actors=analysis.actors, events=events)


def extract_many(
    documents: Iterable[Document],
    *,
    gazetteer: Gazetteer | None = None,
    tagger: Tagger | None = None,
    workers: int | None = None,
    chunk_size: int = 16,
    start_method: str | None = None,
) -> Generator[Extraction, None, None]:
    """Read many documents, on every core by default, yielding extractions in input order.

    With more than one worker this runs
    :func:`~diplotimeline.extract.batch.extract_batch` with ``strict=True``: documents
    are read lazily, in chunks, at most two chunks per worker in flight, so memory does
    not grow with the number of documents, and the extractions come out in input order,
    equal whatever the number of workers, the chunk size or the start method. An input
    that fits in one chunk is extracted in this process without starting a pool. Close
    the iterator (or exhaust it) to stop the worker processes.

    Args:
        documents: The documents, read lazily.
        gazetteer: Gazetteers to use; the packaged ones by default.
        tagger: The temporal tagger; the packaged rules by default.
        workers: Worker processes; ``None`` uses every core this process may use
            (:func:`~diplotimeline.extract.batch.default_workers`); ``1`` extracts here,
            one document after the other.
        chunk_size: Documents sent to a worker at a time.
        start_method: The multiprocessing start method; by default ``fork`` on Linux when
            this process runs one thread, else ``forkserver`` (see
            :mod:`diplotimeline.extract.batch`). A custom ``gazetteer`` or ``tagger``
            must be picklable for ``spawn`` and ``forkserver``.

    Returns:
        The extractions, one per document, in input order, as a generator: closing it
        stops the workers.

    Raises:
        UsageError: ``workers`` or ``chunk_size`` is below 1, or the start method is unknown.
        InputError: With more than one worker, when a document's extraction fails: it
            names the document and the original error (with one worker the original
            error itself is raised).

    Examples:
        >>> from diplotimeline.model import Document
        >>> docs = [Document(id="a", text="Peru."), Document(id="b", text="Chile.")]
        >>> [ex.document.id for ex in extract_many(docs)]
        ['a', 'b']
        >>> [ex.document.id for ex in extract_many(docs, workers=2, chunk_size=1)]
        ['a', 'b']
    """
    if workers == 1:
        return _one_by_one(documents, gazetteer or load_gazetteer(), tagger or default_tagger())
    # Imported here: batch builds on this module's extract.
    from diplotimeline.extract.batch import extract_batch

    # Made now, so that bad arguments raise at the call, not at the first next().
    batch = extract_batch(
        documents,
        workers=workers,
        chunk_size=chunk_size,
        strict=True,
        gazetteer=gazetteer,
        tagger=tagger,
        start_method=start_method,
    )
    return _closing(batch)


def _one_by_one(
    documents: Iterable[Document], gazetteer: Gazetteer, tagger: Tagger
) -> Generator[Extraction, None, None]:
    for document in documents:
        yield extract(document, gazetteer=gazetteer, tagger=tagger)


def _closing(batch: Batch) -> Generator[Extraction, None, None]:
    # A generator, so that dropping it half-way (or closing it) stops the workers.
    with batch:
        yield from batch
