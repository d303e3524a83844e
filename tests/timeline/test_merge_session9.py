"""Session 9's merge rule: one round of negotiations named differently across articles
("the fifth and last round", "the final round", "the Lisbon round"), held at one place on
overlapping dates."""

from __future__ import annotations

from diplotimeline.model import Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, compare, merge_mentions


def _round(document: str, name: str, when: str | None, place: str | None) -> Mention:
    event = Meeting(
        id=f"{document}:e1",
        name=name,
        form=MeetingForm.OTHER,
        when=DateSpan.parse_iso(when) if when else None,
        location=place,
    )
    return Mention(event, Origin(document, PartialDate(2031, 3)))


def test_rounds_named_differently_at_one_place_are_one_round() -> None:
    final = _round("d1", "Final round of negotiations", "2031-03", "Lisbon")
    fifth = _round("d2", "Fifth and last round of talks", "2031-03-22/2031-03-23", "Lisbon")
    decision = compare(final, fifth)
    assert decision is not None
    assert decision.evidence[0] == "rounds held in lisbon"
    by_place = _round("d3", "Lisbon round of talks", "2031-03", "Lisbon")
    assert compare(by_place, fifth) is not None
    assert len(merge_mentions([final, fifth, by_place])) == 1


def test_rounds_elsewhere_at_other_times_or_undated_stay_apart() -> None:
    fifth = _round("d2", "Fifth and last round of talks", "2031-03-22/2031-03-23", "Lisbon")
    # another place in the same month
    assert compare(_round("d1", "Final round of negotiations", "2031-03", "Accra"), fifth) is None
    # the same place, months later: the next round
    assert compare(_round("d1", "Next round of talks", "2031-09", "Lisbon"), fifth) is None
    # undated: nothing tells which round it is
    assert compare(_round("d1", "Final round of negotiations", None, "Lisbon"), fifth) is None
    # a summit in the same place and month is no round
    summit = Meeting(
        id="d3:e1",
        name="Lisbon Summit",
        form=MeetingForm.SUMMIT,
        when=DateSpan.parse_iso("2031-03"),
        location="Lisbon",
    )
    assert compare(Mention(summit, Origin("d3", PartialDate(2031, 3))), fifth) is None
