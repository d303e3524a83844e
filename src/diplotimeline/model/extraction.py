"""Extraction: what was read from one document: its actors and events."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from diplotimeline.model.actors import Actor
from diplotimeline.model.events import Event
from diplotimeline.model.evidence import Document

__all__ = ["Extraction"]


def _actors(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(values)


def _events(values: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Extraction:
    """The actors and events read from one document, each with its evidence.

    Examples:
        >>> from diplotimeline.model import Country, Document
        >>> doc = Document(id="d1", text="Peru and Chile signed a treaty.")
        >>> ex = Extraction(document=doc, actors=(Country(id="pe", name="Peru"),))
        >>> [actor.id for actor in ex.actors]
        ['pe']
    """

    document: Document
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_events)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with id ``actor_id``, or ``None``.

        Examples:
            >>> from diplotimeline.model import Country, Document
            >>> ex = Extraction(document=Document(id="d1", text=""),
            ...                 actors=(Country(id="pe", name="Peru"),))
            >>> ex.actor("pe").name
            'Peru'
        """
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None
