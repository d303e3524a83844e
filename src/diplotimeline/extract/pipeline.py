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

from collections.abc import Iterable, Iterator

from diplotimeline.extract._event_context import Context
from diplotimeline.extract.actors import analyze_actors
from diplotimeline.extract.agreements import read_agreements
from diplotimeline.extract.events import (
    assemble,
    attach_dates,
    find_acronym_initiatives,
    find_named_events,
)
from diplotimeline.extract.gazetteer import Gazetteer, load_gazetteer
from diplotimeline.extract.initiatives import read_initiatives
from diplotimeline.extract.meetings import read_meetings
from diplotimeline.extract.temporal import Tagger, default_tagger
from diplotimeline.model import Document, Extraction

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
    events = assemble(ctx)
    return Extraction(document=document, actors=analysis.actors, events=events)


def extract_many(
    documents: Iterable[Document],
    *,
    gazetteer: Gazetteer | None = None,
    tagger: Tagger | None = None,
) -> Iterator[Extraction]:
    """Read documents one after the other (serially, in order).

    Examples:
        >>> from diplotimeline.model import Document
        >>> docs = [Document(id="a", text="Peru."), Document(id="b", text="Chile.")]
        >>> [ex.document.id for ex in extract_many(docs)]
        ['a', 'b']
    """
    gazetteer = gazetteer or load_gazetteer()
    tagger = tagger or default_tagger()
    for document in documents:
        yield extract(document, gazetteer=gazetteer, tagger=tagger)
