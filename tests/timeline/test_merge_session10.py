"""Session 10's merge rule: a gathering named by who meets ("Meeting of the Gulf leaders")
is the one-day meeting held at its place on its day in another article."""

from __future__ import annotations

from diplotimeline.model import Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, compare, merge_mentions


def _meeting(
    document: str, name: str, when: str, place: str | None, form: MeetingForm = MeetingForm.OTHER
) -> Mention:
    event = Meeting(
        id=f"{document}:e1",
        name=name,
        form=form,
        when=DateSpan.parse_iso(when),
        location=place,
    )
    return Mention(event, Origin(document, PartialDate(2036, 10)))


def test_a_gathering_is_the_summit_held_at_its_place_on_its_day() -> None:
    gathering = _meeting("d1", "Meeting of the Gulf leaders", "2036-12-08", "Kuwait")
    summit = _meeting(
        "d2", "57th GCC Supreme Council summit", "2036-12-08", "Kuwait", MeetingForm.SUMMIT
    )
    decision = compare(gathering, summit)
    assert decision is not None
    assert decision.evidence[0] == "gathering in kuwait"
    assert len(merge_mentions([gathering, summit])) == 1


def test_a_gathering_elsewhere_or_another_day_stays_apart() -> None:
    summit = _meeting(
        "d2", "57th GCC Supreme Council summit", "2036-12-08", "Kuwait", MeetingForm.SUMMIT
    )
    assert (
        compare(_meeting("d1", "Meeting of the Gulf leaders", "2036-12-08", "Doha"), summit) is None
    )
    assert (
        compare(_meeting("d1", "Meeting of the Gulf leaders", "2036-12-09", "Kuwait"), summit)
        is None
    )


def test_two_named_meetings_at_one_place_on_one_day_stay_apart() -> None:
    # Neither is a gathering: a city hosts several meetings on one day.
    first = _meeting(
        "d1", "Mekong-Lancang Foreign Ministers' Meeting", "2031-07-10", "Kuala Lumpur"
    )
    second = _meeting("d2", "Pacific Alliance Council session", "2031-07-10", "Kuala Lumpur")
    assert len(merge_mentions([first, second])) == 2
