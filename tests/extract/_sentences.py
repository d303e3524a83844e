"""What the sentence-level event tests share: extract a short text, pick events by kind."""

from __future__ import annotations

from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document, Event, EventKind, Extraction
from diplotimeline.time import PartialDate

PUBLISHED = "2031-05-04"
"""The publication date the sentences are read against unless a test gives another."""


def extract_text(text: str, published: str = PUBLISHED) -> Extraction:
    """The extraction of ``text`` as document "t" published on ``published`` (ISO)."""
    return extract(Document(id="t", text=text, published=PartialDate.parse_iso(published)))


def events_of(kind: EventKind, text: str, published: str = PUBLISHED) -> list[Event]:
    """The events of ``kind`` in ``text``, in order."""
    return [e for e in extract_text(text, published).events if e.kind is kind]


def when(event: Event) -> str | None:
    """The event's date (ISO), or None when it has none."""
    return event.when.format_iso() if event.when is not None else None
