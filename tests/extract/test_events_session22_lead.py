"""Session 16 (lead): the meeting at which a body's group approved a programme.

"The X Programme, which ministers approved at their meeting in P in June": when the text names
the body whose ministers (or leaders) they are, the meeting is an event of its own, "Meeting of
the <body> <group> in <place>", dated by the month the sentence gives, and the programme keeps
the years its own clause gives it. A text that names no body, or a clause with no group before
the verb, leaves the meeting to the act it dates (the older negative of session 20 holds). In
the timeline, such a meeting told by its month is the body's meeting held in those days that
another article dates to the day.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind, Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, Timeline


def _events(kind: EventKind, text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(e.name, when(e), e.status.value) for e in events_of(kind, text, published)]


class TestApprovingMeeting:
    def test_a_body_named_gives_the_meeting(self) -> None:
        text = (
            "The Pacific Islands Forum opened its new secretariat on Monday. The Ocean Schools"
            " Programme, which ministers approved at their meeting in Apia in May, will train"
            " its first teachers next year."
        )
        assert _events(EventKind.MEETING, text, "2072-09-01") == [
            ("Meeting of the Pacific Islands Forum ministers in Apia", "2072-05", "occurred")
        ]

    def test_the_group_may_have_a_portfolio_and_the_body_a_possessive(self) -> None:
        text = (
            "The Economic Cooperation Organization (ECO) met again. The festival opens the"
            " Caspian Rail Corridor, a programme that the organisation's transport ministers"
            " approved at their meeting in Baku in March and that will run from 2074 to 2077."
        )
        assert _events(EventKind.MEETING, text, "2073-06-10") == [
            (
                "Meeting of the Economic Cooperation Organization transport ministers in Baku",
                "2073-03",
                "occurred",
            )
        ]
        # the programme keeps its own years, not the month of its approval
        assert _events(EventKind.INITIATIVE, text, "2073-06-10") == [
            ("Caspian Rail Corridor", "2074/2077", "planned")
        ]

    def test_no_body_named_gives_no_meeting(self) -> None:
        text = (
            "Ministers reviewed the Coral Reef Fund, a programme that the leaders approved at"
            " their meeting in Apia in May and that will run from 2073 to 2076."
        )
        assert _events(EventKind.MEETING, text, "2072-09-01") == []

    def test_no_group_before_the_verb_gives_no_meeting(self) -> None:
        text = (
            "The Pacific Islands Forum opened its new secretariat on Monday. The Ocean Schools"
            " Programme, approved at their meeting in Apia in May, will train its first"
            " teachers next year."
        )
        assert _events(EventKind.MEETING, text, "2072-09-01") == []


def _meeting(document: str, name: str, when: str, parties: tuple[str, ...]) -> Mention:
    return Mention(
        Meeting(
            id="e1",
            name=name,
            form=MeetingForm.MINISTERIAL_MEETING,
            when=DateSpan.parse_iso(when),
            participants=parties,
        ),
        Origin(document, PartialDate(2072, 9)),
    )


class TestGatheringByItsMonth:
    def test_the_gathering_is_the_body_meeting_of_those_days(self) -> None:
        told = _meeting(
            "letter",
            "Meeting of the Pacific Islands Forum ministers in Apia",
            "2072-05",
            ("pif",),
        )
        dated = _meeting(
            "wire",
            "31st Forum Economic Ministers Meeting",
            "2072-05-12/2072-05-13",
            ("pif", "pif-fem", "ws"),
        )
        assert len(Timeline.from_mentions([told, dated])) == 1

    def test_another_body_or_another_month_stays_apart(self) -> None:
        told = _meeting(
            "letter",
            "Meeting of the Pacific Islands Forum ministers in Apia",
            "2072-05",
            ("pif",),
        )
        other_body = _meeting(
            "wire",
            "Eleventh Melanesian Ministers Meeting",
            "2072-05-12/2072-05-13",
            ("msg",),
        )
        other_month = _meeting(
            "daily",
            "31st Forum Economic Ministers Meeting",
            "2072-06-12/2072-06-13",
            ("pif",),
        )
        assert len(Timeline.from_mentions([told, other_body, other_month])) == 3
