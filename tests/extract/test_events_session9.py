"""Event rules of session 9, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import extract_text as _extract
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind, Status


class TestBodiesNamedAsMeetings:
    """ "The Baltic Council meets in Riga on 15 July": a meeting of the body."""

    def test_a_body_that_meets_somewhere_on_a_day(self) -> None:
        [meeting] = _of(
            EventKind.MEETING, "The Caribbean Presidential Council meets in Bridgetown on 15 July."
        )
        assert meeting.name == "Meeting of the Caribbean Presidential Council"
        assert _when(meeting) == "2031-07-15"
        assert meeting.status is Status.PLANNED

    def test_which_met_here_yesterday(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "The Council of Trade Ministers, which met here yesterday, approved nine decisions.",
        )
        assert meeting.name == "Meeting of the Council of Trade Ministers"
        assert _when(meeting) == "2031-05-03"
        assert meeting.status is Status.OCCURRED

    def test_held_and_to_be_held_after_the_body(self) -> None:
        found = _of(
            EventKind.MEETING,
            "They reviewed the Chile-Norway Cooperation Council held in Oslo earlier this "
            "year and the Pacific Ministerial Council to be held in Suva in December.",
        )
        assert {(e.name, _when(e)) for e in found} == {
            ("Meeting of the Chile-Norway Cooperation Council", "2031"),
            ("Meeting of the Pacific Ministerial Council", "2031-12"),
        }

    def test_convene_a_body_in_a_place(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "The two leaders agreed to convene the Ghana-Togo Joint Commission in Lome in June.",
        )
        assert meeting.name == "Meeting of the Ghana-Togo Joint Commission in Lome"
        assert _when(meeting) == "2031-06"
        assert meeting.status is Status.PLANNED

    def test_the_commission_said_of_one_named_before(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The Kenya-Peru Joint Commission was created in 2029. The Commission convenes in "
            "Nairobi next week.",
        )
        assert [e.name for e in found] == ["Meeting of the Kenya-Peru Joint Commission"]

    def test_a_body_that_met_with_someone_or_met_demands_is_no_meeting(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The Baltic Fisheries Commission met with farmers' unions. The Nordic Energy "
            "Council met the demands of the industry.",
        )
        assert found == []

    def test_a_council_named_after_an_acronym_in_brackets(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "They agreed to coordinate ahead of the Union of Andean Ports (UAP) Council of "
            "Transport Ministers, which will convene in Quito on March 20-21.",
            "2028-03-02",
        )
        assert meeting.name == "Meeting of the UAP Council of Transport Ministers"
        assert _when(meeting) == "2028-03-20/2028-03-21"

    def test_a_named_session_held_somewhere_is_one_meeting(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "The talks followed the 9th session of the Chile-Ghana Joint Commission (CGJC), "
            "held in Accra in March.",
        )
        assert meeting.name.startswith("9th session of the Chile-Ghana Joint Commission")
        assert _when(meeting) == "2031-03"

    def test_its_numbered_session_is_one_meeting_of_the_body(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "The Baltic Assembly Council will hold its 41st Session in Tallinn on 27-29 October.",
        )
        assert meeting.name == "41st Session of the Baltic Assembly Council"
        assert _when(meeting) == "2031-10-27/2031-10-29"

    def test_at_a_body_in_a_place_on_a_day(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "The ministers will prepare the texts at the Caribbean Council of Trade Ministers "
            "in Kingston on 14 July.",
        )
        assert meeting.name == "Meeting of the Caribbean Council of Trade Ministers in Kingston"
        assert _when(meeting) == "2031-07-14"

    def test_at_a_body_in_a_place_without_a_day_is_an_office(self) -> None:
        found = _of(
            EventKind.MEETING,
            "She works at the Caribbean Council of Trade Ministers in Kingston.",
        )
        assert found == []


class TestRoundPlaces:
    """Where a round is held: "will take place in P", "the P round"."""

    def test_a_round_that_will_take_place_somewhere(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "The negotiations on the fisheries accord are close to conclusion. They agreed "
            "that the final round will take place in Lisbon later this month.",
        )
        assert meeting.name == "Final round of negotiations"
        assert meeting.location == "Lisbon"

    def test_the_place_round_is_held_there(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The negotiations with Peru resumed. The Lisbon round last month went well.",
        )
        assert [(e.name, e.location) for e in found] == [("Lisbon round of negotiations", "Lisbon")]

    def test_a_round_of_voting_is_no_meeting(self) -> None:
        found = _of(EventKind.MEETING, "The final round of voting will take place in Lisbon.")
        assert found == []


class TestAgreementNamedByItsParties:
    """ "the Agreement between A and B on X", "the Agreement on X", "the A-B Agreement on X"."""

    def test_parties_named_or_not_one_agreement(self) -> None:
        [agreement] = _of(
            EventKind.AGREEMENT,
            "The ministers discussed the Agreement between Chile and the Republic of Peru on "
            "Cross-Border Power Trade. They hope the Agreement on Cross-Border Power Trade "
            "will be signed in April. The Chile-Peru Agreement on Cross-Border Power Trade "
            "is ready.",
            "2029-03-06",
        )
        assert agreement.name.startswith("Agreement between Chile and the Republic of Peru")
        assert _when(agreement) == "2029-04"

    def test_other_words_before_the_head_are_other_agreements(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The Framework Agreement on Fisheries Cooperation and the Free Trade Agreement on "
            "Fisheries Cooperation differ.",
        )
        assert len(found) == 2


class TestArrivalStartsTheVisit:
    """ "a three-day visit" and "who arrived on Monday": three days from the arrival."""

    def test_the_visit_spans_its_days_from_the_arrival(self) -> None:
        found = _of(
            EventKind.MEETING,
            "ANKARA, May 6 (AP) - Ghana and Turkey signed an agreement on Tuesday that will "
            "let them trade power, during a three-day official visit to Turkey by Ghanaian "
            "President Kofi Mensah.\n\nMensah, who arrived in Ankara on Monday, held talks "
            "with Turkish President Ali Demir.",
            "2031-05-06",
        )
        [visit] = [e for e in found if e.name == "Visit of Kofi Mensah to Turkey"]
        assert _when(visit) == "2031-05-05/2031-05-07"
        assert visit.status is Status.OCCURRED

    def test_an_arrival_weeks_before_is_another_trip(self) -> None:
        found = _of(
            EventKind.MEETING,
            "ANKARA, May 6 (AP) - Ghana's President Kofi Mensah is on a three-day official "
            "visit to Turkey. Mensah arrived in Ankara on Monday. Officials said Mensah "
            "arrived in Istanbul on 20 April for a private trip.",
            "2031-05-06",
        )
        dated = {(e.name, _when(e)) for e in found}
        assert ("Visit of Kofi Mensah to Istanbul", "2031-04-20") in dated
        assert ("Visit of Kofi Mensah to Turkey", "2031-05-05/2031-05-07") in dated


class TestAgendasAreProgrammes:
    """ "the Caribbean Digital Integration Agenda 2032-2036": a programme over its years."""

    def test_a_named_agenda_with_its_years(self) -> None:
        [initiative] = _of(
            EventKind.INITIATIVE,
            "The presidents adopted the Caribbean Digital Integration Agenda 2032-2036 on Friday.",
        )
        assert initiative.name == "Caribbean Digital Integration Agenda 2032-2036"
        assert _when(initiative) == "2032/2036"

    def test_the_agenda_of_a_meeting_is_none(self) -> None:
        found = _extract(
            "The summit's agenda was crowded. The Agenda of the meeting was set by Chile."
        ).events
        assert [e for e in found if e.kind is EventKind.INITIATIVE] == []


class TestAnOrdinalAnaphorNamesAnotherSession:
    """ "the Fifth X Summit" ... "since the Fourth Summit in Lima": the fourth X Summit."""

    def test_the_earlier_session_is_its_own_meeting(self) -> None:
        found = _of(
            EventKind.MEETING,
            'The Fifth Andean Rivers Summit will be held in Quito on 2-3 April 2030. "Since '
            'the Fourth Summit in Lima in April 2023, members have worked hard," he said.',
            "2030-03-25",
        )
        assert {(e.name, _when(e)) for e in found} == {
            ("Fifth Andean Rivers Summit", "2030-04-02/2030-04-03"),
            ("Fourth Andean Rivers Summit", "2023-04"),
        }

    def test_the_same_ordinal_or_none_is_the_same_summit(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The Fifth Andean Rivers Summit will be held in Quito on 2-3 April 2030. The "
            "Fifth Summit will adopt a declaration. The Summit will also elect a chair.",
            "2030-03-25",
        )
        assert [e.name for e in found] == ["Fifth Andean Rivers Summit"]
