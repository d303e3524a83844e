"""Predictions as gold records: extractions written in the ``diplotimeline-gold/1`` format.

The scorer (:func:`diplotimeline.eval.scoring.evaluate`) compares two files of that format,
so an extraction is first turned into the same records: actors with their aliases and
roles; events with their kind, form, name, aliases, dates as partial ISO strings, location,
participants, status, first evidence quote and cluster.

Examples:
    >>> from diplotimeline.model import Document, Extraction, Meeting, MeetingForm, Status
    >>> from diplotimeline.time import DateSpan, PartialDate
    >>> doc = Document(id="d1", text="They met.", published=PartialDate(2031, 5))
    >>> meeting = Meeting(id="d1:e1", name="Lima Summit", form=MeetingForm.SUMMIT,
    ...                   when=DateSpan.parse_iso("2031-05-02/2031-05-03"), status=Status.OCCURRED)
    >>> corpus = extraction_to_gold([Extraction(document=doc, events=[meeting])])
    >>> event = corpus.documents[0].events[0]
    >>> (event.start, event.end, event.status.value, event.cluster)
    ('2031-05-02', '2031-05-03', 'occurred', 'd1:e1')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final, cast

from diplotimeline.eval.gold import (
    GoldActor,
    GoldActorKind,
    GoldCorpus,
    GoldDocument,
    GoldEvent,
    GoldEventKind,
    GoldStatus,
)
from diplotimeline.model import (
    Actor,
    Event,
    Extraction,
    Organization,
    Person,
)
from diplotimeline.time import DateSpan, TimePoint

__all__ = ["actor_to_gold", "event_to_gold", "extraction_to_gold", "format_point"]

_ZONE_SUFFIX: Final = re.compile(r"\[[^\]]{1,64}\]$")
_OFFSET: Final = re.compile(r"(?:Z|[+-]\d{2}:\d{2})$")


def format_point(point: TimePoint | None) -> str | None:
    """A time point as a gold partial ISO string (an IANA zone name in brackets is dropped).

    Examples:
        >>> from diplotimeline.time import LocalDateTime, PartialDate
        >>> format_point(LocalDateTime(2024, 7, 26, 10, 0, zone="Asia/Vientiane"))
        '2024-07-26T10:00+07:00'
        >>> format_point(PartialDate(2025, 4)), format_point(None)
        ('2025-04', None)
        >>> format_point(LocalDateTime(2026, 3, 18, 10, 0))  # no zone: the day only
        '2026-03-18'
    """
    if point is None:
        return None
    text = _ZONE_SUFFIX.sub("", point.format_iso())
    if "T" in text and not _OFFSET.search(text):
        # The gold format has no floating times: a time without a zone keeps its day only.
        return text.partition("T")[0]
    return text


def _span(when: DateSpan | None) -> tuple[str | None, str | None]:
    if when is None:
        return None, None
    start = format_point(when.start)
    if when.is_single:
        return start, None
    end = format_point(when.end)
    # 16:30 to 17:05 without a zone is one day: no span of a day to the same day.
    return start, None if end == start else end


def actor_to_gold(actor: Actor) -> GoldActor:
    """One actor as a gold actor record.

    Examples:
        >>> from diplotimeline.model import Person, Role
        >>> person = Person(id="ortega-ana", name="Ana Ortega", aliases=("Ortega",),
        ...                 country="pe", roles=(Role(title="Foreign Minister", of="pe"),))
        >>> gold = actor_to_gold(person)
        >>> (gold.kind.value, gold.aliases, gold.roles)
        ('person', ('Ortega',), ('Foreign Minister',))
    """
    country: str | None = None
    roles: tuple[str, ...] = ()
    aliases = tuple(alias for alias in actor.aliases if alias != actor.name)
    if isinstance(actor, Person):
        country = actor.country
        roles = tuple(dict.fromkeys(role.title for role in actor.roles))
    elif isinstance(actor, Organization):
        country = actor.country
        if actor.acronym and actor.acronym not in aliases and actor.acronym != actor.name:
            aliases = (actor.acronym, *aliases)
    return GoldActor(
        id=actor.id,
        kind=GoldActorKind(actor.kind.value),
        name=actor.name,
        aliases=aliases,
        country=country,
        roles=roles,
    )


def event_to_gold(event: Event, *, cluster: str | None = None) -> GoldEvent:
    """One event as a gold event record; ``cluster`` defaults to the event's id.

    Examples:
        >>> from diplotimeline.model import Initiative
        >>> period = DateSpan.parse_iso("2026/2030")
        >>> plan = Initiative(id="d1:e3", name="Work Plan III", period=period, when=period)
        >>> gold = event_to_gold(plan, cluster="wp3")
        >>> (gold.start, gold.end, gold.cluster, gold.evidence)
        ('2026', '2030', 'wp3', 'Work Plan III')
    """
    start, end = _span(event.when)
    evidence = event.evidence[0].quote if event.evidence else event.name
    return GoldEvent(
        id=event.id,
        kind=GoldEventKind(event.kind.value),
        form=event.form.value,
        name=event.name,
        aliases=tuple(alias for alias in event.aliases if alias != event.name),
        start=start,
        end=end,
        location=event.location,
        participants=event.participants,
        status=GoldStatus(event.status.value),
        evidence=evidence,
        cluster=event.id if cluster is None else cluster,
    )


def extraction_to_gold(
    extractions: Iterable[Extraction], *, clusters: Mapping[str, str] | None = None
) -> GoldCorpus:
    """Write extractions as a gold corpus, one document each, for scoring or ``--format gold``.

    Args:
        extractions: The extractions, one per document.
        clusters: Event id -> the id of its merged timeline entry; without it (or for an
            event it lacks) each event is its own cluster.

    Returns:
        The corpus. A document without a published date gets ``published`` null; its
        ``file`` is the document id and its ``source`` "unknown" when none is known.

    Examples:
        >>> from diplotimeline.model import Country, Document
        >>> peru = Country(id="pe", name="Peru")
        >>> ex = Extraction(document=Document(id="d1", text="Peru."), actors=[peru])
        >>> corpus = extraction_to_gold([ex])
        >>> (corpus.documents[0].actors[0].id, corpus.documents[0].source)
        ('pe', 'unknown')
    """
    mapping: Mapping[str, str] = clusters or {}
    documents = []
    for extraction in extractions:
        document = extraction.document
        published = None if document.published is None else document.published.format_iso()
        documents.append(
            GoldDocument(
                id=document.id,
                file=document.id,
                # The gold format wants a date; an unknown one is written as null.
                published=cast(str, published),
                source=document.source or "unknown",
                actors=[actor_to_gold(actor) for actor in extraction.actors],
                events=[
                    event_to_gold(event, cluster=mapping.get(event.id))
                    for event in extraction.events
                ],
            )
        )
    return GoldCorpus(documents=documents)
