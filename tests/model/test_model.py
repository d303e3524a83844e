"""Tests for diplotimeline.model: invariants of actors, events, evidence and documents."""

from __future__ import annotations

import attrs
import pytest

from diplotimeline.errors import InvalidValueError
from diplotimeline.model import (
    Agreement,
    Country,
    Document,
    EventLink,
    Evidence,
    Extraction,
    Initiative,
    LinkRelation,
    Meeting,
    MeetingForm,
    Organization,
    Person,
    Role,
    Status,
)
from diplotimeline.time import DateSpan


class TestEvidence:
    def test_quote_must_match_span_length(self) -> None:
        """A quote longer than its span is rejected."""
        with pytest.raises(InvalidValueError):
            Evidence(document="d1", start=0, end=2, quote="abc")

    def test_rejects_negative_start(self) -> None:
        """Offsets start at zero."""
        with pytest.raises(InvalidValueError):
            Evidence(document="d1", start=-1, end=0, quote="x")

    def test_from_text_quotes_the_span(self) -> None:
        """from_text slices the document text."""
        assert Evidence.from_text("d1", "Talks in Lima.", 9, 13).quote == "Lima"


class TestActors:
    @pytest.mark.parametrize("bad", ["VN", "vnm", "v", ""])
    def test_country_id_is_alpha2(self, bad: str) -> None:
        """A country id is two lower-case letters."""
        with pytest.raises(InvalidValueError):
            Country(id=bad, name="Viet Nam")

    @pytest.mark.parametrize("bad", ["Ishida Kenji", "ishida_kenji", "-x", "ishida--kenji"])
    def test_person_id_is_a_slug(self, bad: str) -> None:
        """A person id is a lower-case ASCII slug."""
        with pytest.raises(InvalidValueError):
            Person(id=bad, name="Ishida Kenji")

    def test_name_must_not_be_blank(self) -> None:
        """Blank names are rejected."""
        with pytest.raises(InvalidValueError):
            Organization(id="au", name="  ")

    def test_aliases_become_tuples(self) -> None:
        """Lists are converted to tuples, so values stay immutable and hashable."""
        person = Person(id="diaz-ana", name="Ana Díaz", aliases=["Díaz", "Diaz"])
        assert person.aliases == ("Díaz", "Diaz")
        assert hash(person)

    def test_role_modifiers(self) -> None:
        """A former office knows it."""
        assert Role(title="President", of="pe", modifiers=("former",)).is_former


class TestEvents:
    def test_ordinal_is_positive(self) -> None:
        """'The 0th summit' does not exist."""
        with pytest.raises(InvalidValueError):
            Meeting(id="d1:e1", name="Summit", ordinal=0)

    def test_kinds(self) -> None:
        """Each event class knows its kind."""
        assert [cls.kind.value for cls in (Meeting, Agreement, Initiative)] == [
            "meeting",
            "agreement",
            "initiative",
        ]

    def test_evolve_keeps_the_original(self) -> None:
        """attrs.evolve makes a changed copy; the original is unchanged."""
        meeting = Meeting(id="d1:e1", name="Lima Summit", form=MeetingForm.SUMMIT)
        held = attrs.evolve(meeting, status=Status.OCCURRED, when=DateSpan.parse_iso("2025-03"))
        assert (meeting.status, held.status) == (Status.MENTIONED, Status.OCCURRED)

    def test_links(self) -> None:
        """Links point at other events by id."""
        link = EventLink(LinkRelation.ADOPTED_AT, "d1:e1")
        statement = Agreement(id="d1:e2", name="Lima Declaration", links=(link,))
        assert statement.links[0].target == "d1:e1"

    def test_evidence_must_be_evidence(self) -> None:
        """Strings are not evidence."""
        with pytest.raises(InvalidValueError):
            Initiative(id="d1:e3", name="Fund", evidence=("quote",))  # type: ignore[arg-type]


class TestDocumentAndExtraction:
    def test_document_id_syntax(self) -> None:
        """Document ids are ASCII letters, digits and ._:+-."""
        with pytest.raises(InvalidValueError):
            Document(id="a b", text="")

    def test_extraction_looks_up_actors(self) -> None:
        """actor() finds an actor by id."""
        extraction = Extraction(
            document=Document(id="d1", text=""), actors=(Country(id="cl", name="Chile"),)
        )
        assert extraction.actor("cl") is not None
        assert extraction.actor("pe") is None
