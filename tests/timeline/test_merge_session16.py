"""Session 16 merge rule: an organ of an organisation ("oas-general-assembly") is not another
party than the organisation itself ("oas"), so two reports of one session of the organ, one
naming the organ and the other the organisation, are one event."""

from __future__ import annotations

from diplotimeline.model import Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, compare, merge_mentions


def _session(document: str, name: str, participants: tuple[str, ...]) -> Mention:
    event = Meeting(
        id=f"{document}:e1",
        name=name,
        form=MeetingForm.OTHER,
        when=DateSpan.parse_iso("2033-06-22"),
        participants=participants,
    )
    return Mention(event, Origin(document, PartialDate(2033, 6, 28)))


def test_an_organ_is_a_party_of_its_organisation() -> None:
    by_name = _session(
        "d1",
        "63rd session of the General Assembly of the Organization of American States",
        ("pe", "oas"),
    )
    by_organ = _session(
        "d2", "63rd session of the OAS General Assembly", ("pe", "oas-general-assembly")
    )
    assert compare(by_name, by_organ) is not None
    assert len(merge_mentions([by_name, by_organ])) == 1


def test_two_organisations_stay_two_parties() -> None:
    first = _session(
        "d1",
        "63rd session of the General Assembly of the Organization of American States",
        ("pe", "oas"),
    )
    second = _session(
        "d2", "63rd session of the AU General Assembly", ("pe", "au-general-assembly")
    )
    assert len(merge_mentions([first, second])) == 2
