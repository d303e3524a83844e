"""Session 8's merge rule: a visit by a country's unnamed office-holder and the visit of a
named person, from that country to the same place on overlapping days."""

from __future__ import annotations

from diplotimeline.model import Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, compare

_PERSONS = frozenset({"ruiz-ana", "berg-tomas"})


def _visit(document: str, name: str, when: str, parties: tuple[str, ...]) -> Mention:
    event = Meeting(
        id=f"{document}:e1",
        name=name,
        form=MeetingForm.VISIT,
        when=DateSpan.parse_iso(when),
        participants=parties,
    )
    return Mention(event, Origin(document, PartialDate(2031, 3)))


def test_unnamed_holder_visit_meets_the_named_visit() -> None:
    first = _visit(
        "d1", "Visit of the Peruvian President to Norway", "2031-04-04/2031-04-05", ("pe", "no")
    )
    second = _visit(
        "d2", "Visit of Ana Ruiz to Norway", "2031-04-04/2031-04-05", ("ruiz-ana", "pe", "no")
    )
    decision = compare(first, second, _PERSONS)
    assert decision is not None
    assert decision.evidence[0] == "same countries no, pe"


def test_other_countries_other_days_or_two_people_stay_apart() -> None:
    first = _visit(
        "d1", "Visit of the Peruvian President to Norway", "2031-04-04/2031-04-05", ("pe", "no")
    )
    # another visitor's country
    other = _visit(
        "d2", "Visit of Tomas Berg to Norway", "2031-04-04/2031-04-05", ("berg-tomas", "cl", "no")
    )
    assert compare(first, other, _PERSONS) is None
    # other days
    later = _visit(
        "d2", "Visit of Ana Ruiz to Norway", "2031-06-04/2031-06-05", ("ruiz-ana", "pe", "no")
    )
    assert compare(first, later, _PERSONS) is None
    # two named people of one country are two visits, whatever the dates
    ruiz = _visit(
        "d1", "Visit of Ana Ruiz to Norway", "2031-04-04/2031-04-05", ("ruiz-ana", "pe", "no")
    )
    berg = _visit(
        "d2", "Visit of Tomas Berg to Norway", "2031-04-04/2031-04-05", ("berg-tomas", "pe", "no")
    )
    assert compare(ruiz, berg, _PERSONS) is None
