"""A small built-in example: one invented article and what a careful reader takes from it."""

from __future__ import annotations

from diplotimeline.model import (
    Agreement,
    AgreementForm,
    Country,
    Document,
    Evidence,
    Extraction,
    Meeting,
    MeetingForm,
    Organization,
    Person,
    Role,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate

__all__ = ["EXAMPLE_TEXT", "example_extraction"]

EXAMPLE_TEXT = (
    "LIMA, March 14, 2025 - Peruvian Foreign Minister Ana Torres will visit Chile from "
    "April 2 to 4. Torres and Chilean Foreign Minister Diego Rojas signed a Memorandum of "
    "Understanding on border cooperation in Santiago last November. The two countries "
    "elevated ties to a Strategic Partnership on November 27, 2023."
)
"""The text of the built-in example article (invented people, real countries)."""


def _evidence(quote: str) -> Evidence:
    start = EXAMPLE_TEXT.index(quote)
    return Evidence.from_text("example", EXAMPLE_TEXT, start, start + len(quote))


def example_extraction() -> Extraction:
    """The hand-made extraction of :data:`EXAMPLE_TEXT`, for demonstrations and tests.

    Examples:
        >>> [event.status.value for event in example_extraction().events]
        ['planned', 'occurred', 'occurred']
    """
    document = Document(
        id="example", text=EXAMPLE_TEXT, published=PartialDate(2025, 3, 14), source="example"
    )
    torres = Person(
        id="torres-ana",
        name="Ana Torres",
        family_name="Torres",
        given_name="Ana",
        country="pe",
        roles=(Role(title="Foreign Minister", of="pe", holder="torres-ana"),),
        evidence=(_evidence("Ana Torres"),),
    )
    rojas = Person(
        id="rojas-diego",
        name="Diego Rojas",
        family_name="Rojas",
        given_name="Diego",
        country="cl",
        roles=(Role(title="Foreign Minister", of="cl", holder="rojas-diego"),),
        evidence=(_evidence("Diego Rojas"),),
    )
    actors = (
        torres,
        rojas,
        Country(id="pe", name="Peru", demonyms=("Peruvian",), evidence=(_evidence("Peruvian"),)),
        Country(id="cl", name="Chile", demonyms=("Chilean",), evidence=(_evidence("Chile"),)),
        Organization(id="example-news", name="Example News"),
    )
    events = (
        Meeting(
            id="example:e1",
            name="Visit of Foreign Minister Ana Torres to Chile",
            form=MeetingForm.VISIT,
            when=DateSpan(PartialDate(2025, 4, 2), PartialDate(2025, 4, 4)),
            status=Status.PLANNED,
            participants=("torres-ana", "pe", "cl"),
            location="Chile",
            evidence=(_evidence("will visit Chile from April 2 to 4"),),
        ),
        Agreement(
            id="example:e2",
            name="Peru-Chile Memorandum of Understanding on border cooperation",
            form=AgreementForm.MOU,
            when=DateSpan.of(PartialDate(2024, 11)),
            status=Status.OCCURRED,
            participants=("torres-ana", "rojas-diego", "pe", "cl"),
            location="Santiago",
            evidence=(_evidence("signed a Memorandum of Understanding on border cooperation"),),
        ),
        Agreement(
            id="example:e3",
            name="Peru-Chile Strategic Partnership",
            form=AgreementForm.PARTNERSHIP,
            when=DateSpan.of(PartialDate(2023, 11, 27)),
            status=Status.OCCURRED,
            participants=("pe", "cl"),
            evidence=(_evidence("elevated ties to a Strategic Partnership"),),
        ),
    )
    return Extraction(document=document, actors=actors, events=events)
