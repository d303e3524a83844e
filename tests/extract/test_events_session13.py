"""Event rules of session 13 (recognition), each on sentences written for these tests
(invented people, other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind


class TestBodyBriefedOrAddressed:
    """A standing body briefed or addressed at a place on a day: one of its meetings."""

    def test_brief_the_council_in_a_place_on_days(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ambassador Wekesa said she would brief the SADC Council of Ministers in Maputo "
            "on 12 and 13 May.",
        )
        assert (found.name, _when(found)) == (
            "Meeting of the SADC Council of Ministers in Maputo",
            "2031-05-12/2031-05-13",
        )

    def test_address_of_a_minister_to_the_council(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The signing follows the address of Foreign Minister Okonkwo to the ECOWAS "
            "Council of Ministers in Abuja on 2 April, in which he announced it.",
        )
        assert (found.name, _when(found)) == (
            "Meeting of the ECOWAS Council of Ministers in Abuja",
            "2031-04-02",
        )

    def test_briefed_on_a_topic_is_no_meeting(self) -> None:
        text = "The minister briefed the ECOWAS Council of Ministers on the talks on Monday."
        assert _of(EventKind.MEETING, text) == []


class TestActsOfASummitOpeningTheSentence:
    """ "Its third summit, in P on D, produced a memorandum on X": made at that summit."""

    SERIES = "The East African Community has held many summits. "

    def test_produced_a_memorandum(self) -> None:
        text = (
            self.SERIES + "Its third summit, in Arusha on 4-5 May 2029, produced a memorandum "
            "on inland fisheries."
        )
        [found] = _of(EventKind.AGREEMENT, text)
        assert (found.name, _when(found)) == (
            "memorandum on inland fisheries",
            "2029-05-04/2029-05-05",
        )

    def test_unnamed_agreement_after_a_named_vision(self) -> None:
        text = (
            self.SERIES + "The seventh, in Kampala on 3 June 2030, adopted the Kampala Vision "
            "2040 and a lake transport cooperation agreement."
        )
        [found] = _of(EventKind.AGREEMENT, text)
        assert (found.name, _when(found)) == ("lake transport cooperation agreement", "2030-06-03")

    def test_produced_without_an_act_is_nothing(self) -> None:
        text = "The factory produced a record number of cars in 2025."
        assert _of(EventKind.AGREEMENT, text) == []

    def test_an_act_with_a_date_of_its_own_keeps_it(self) -> None:
        text = (
            self.SERIES + "Its third summit, in Arusha on 4-5 May 2029, produced a memorandum "
            "on inland fisheries that was signed in March 2030."
        )
        [found] = _of(EventKind.AGREEMENT, text)
        assert _when(found) == "2030-03"


class TestReadyForSignature:
    """ "a framework agreement on X is ready for signature": an agreement to be signed."""

    def test_ready_for_signature(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Officials say a framework agreement on cross-border gas trade is ready for signature.",
        )
        assert found.name == "framework agreement on cross-border gas trade"
        assert found.status.value == "planned"

    def test_ready_for_something_else(self) -> None:
        text = "The hall is ready for signature events, and the agreement is ready too."
        assert _of(EventKind.AGREEMENT, text) == []


class TestTheGroupingsOrdinalSummit:
    """ "gather in P on D for the bloc's ninth summit": the organisation's ninth summit."""

    def test_the_blocs_ninth_summit(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "When the leaders of the eight SADC countries gather in Maputo on 14-15 August "
            "for the bloc's ninth summit, trade will dominate.",
        )
        assert (found.name, _when(found)) == ("Ninth SADC summit", "2031-08-14/2031-08-15")

    def test_their_own_summit_keeps_the_group(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The leaders of the ten ASEAN countries met in Hanoi on 3 May for their annual summit.",
        )
        assert found.name == "Annual summit of the leaders of the ten ASEAN countries"


class TestNextYearsMeeting:
    """ "Next year's summit will take place in P": a meeting dated next year."""

    def test_next_years_summit_in_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The regional summits began in 2019. Next year's summit will take place in Nairobi.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Next year's summit in Nairobi",
            "2032",
            "planned",
        )

    def test_lower_case_meeting_in_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Nor is the symbolism lost: next year's consultative meeting in Nairobi falls in "
            "an anniversary year.",
        )
        assert found.name == "Next year's consultative meeting in Nairobi"

    def test_next_years_budget_is_no_meeting(self) -> None:
        text = "Nobody knows where it will be held. Next year's budget will be larger."
        assert _of(EventKind.MEETING, text) == []


_HANSARD = (
    "National Assembly Hansard\n"
    "Tuesday, 6 May 2031\n\n"
    "QUESTIONS\n\n"
    "Ms. Paula Ndlovu (Gauteng, DA):\n"
    "Madam Speaker, what is the minister doing about steel tariffs?\n\n"
    "Hon. Thabo Mokoena (Minister of Trade and Industry, ANC):\n"
    "Madam Speaker, I will meet Kenya's Minister of Trade in Nairobi on Friday. I discussed "
    "the tariffs with my Nigerian counterpart, Minister Chidi Okafor, here in Pretoria "
    "yesterday.\n"
)


class TestFirstPersonInATranscript:
    """ "I will meet X" under a speaker heading: a meeting of the speaker and X."""

    def test_speaker_meets_an_office_holder_and_a_counterpart(self) -> None:
        found = _of(EventKind.MEETING, _HANSARD, "2031-05-06")
        assert [(e.name, _when(e)) for e in found] == [
            ("Meeting of Thabo Mokoena and Kenya's Minister of Trade", "2031-05-09"),
            ("Meeting of Thabo Mokoena and Chidi Okafor", "2031-05-05"),
        ]
        assert "mokoena-thabo" in found[0].participants

    def test_no_heading_no_speaker(self) -> None:
        text = 'Thabo Mokoena said: "I will meet Kenya\'s Minister of Trade in Nairobi on Friday."'
        assert _of(EventKind.MEETING, text, "2031-05-06") == []


class TestSessionUnderATitledBody:
    """A bare session heading under a title that names the body: the body's session."""

    def test_meetings_coverage_heading(self) -> None:
        text = (
            "Nordic Council: meetings coverage\n\n"
            "512th Plenary Meeting, Oslo, Tuesday, 6 May 2031\n\n"
            "Delegates heard the President of the Council.\n"
        )
        [found] = _of(EventKind.MEETING, text, "2031-05-06")
        assert (found.name, _when(found)) == (
            "512th Plenary Meeting of the Nordic Council",
            "2031-05-06",
        )

    def test_a_title_without_a_body(self) -> None:
        text = (
            "Weekly digest: Nordic news\n\n"
            "512th Plenary Meeting, Oslo, Tuesday, 6 May 2031\n\n"
            "Delegates heard the President.\n"
        )
        [found] = _of(EventKind.MEETING, text, "2031-05-06")
        assert found.name == "512th Plenary Meeting"


class TestSignedPartnership:
    """ "signed a raw materials partnership": an unnamed partnership, signed."""

    def test_signed_a_kind_of_partnership(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Last Monday Chile and Japan signed a critical minerals partnership.",
            "2031-05-07",
        )
        assert (found.name, _when(found), found.form) == (
            "critical minerals partnership",
            "2031-05-05",
            "partnership",
        )

    def test_partnerships_with_firms_are_no_agreement(self) -> None:
        text = "The bank signed partnerships with five firms."
        assert _of(EventKind.AGREEMENT, text) == []

    def test_a_capitalised_partnership_and_agreement_is_one_name(self) -> None:
        text = (
            "Ministers welcomed the start of negotiations on an Enhanced Partnership and "
            "Cooperation Agreement with Chile."
        )
        [found] = _of(EventKind.AGREEMENT, text)
        assert found.name == "Enhanced Partnership and Cooperation Agreement"


class TestAgreedWithToHold:
    """ "agreed with Chile to hold trilateral talks with Peru": talks to be held."""

    def test_trilateral_talks_agreed_with_a_country(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "On Thursday in Quito we agreed with Colombia to hold trilateral talks with Peru "
            "on migration, probably in May.",
        )
        assert (found.name, _when(found)) == ("Trilateral talks", "2031-05")
        assert {"co", "pe"} <= set(found.participants)

    def test_bare_talks_are_too_little(self) -> None:
        assert _of(EventKind.MEETING, "Chile agreed with Peru to hold talks.") == []


class TestReturnVisit:
    """ "X will return the visit": a visit to the country of the last visitor."""

    def test_return_the_visit(self) -> None:
        text = (
            "Ecuadorian President Lucia Paredes paid a state visit to Peru this week. "
            "President Ramon Quispe will return the visit in 2032."
        )
        found = _of(EventKind.MEETING, text)
        assert [(e.name, _when(e)) for e in found][-1] == (
            "Return visit of Ramon Quispe to Ecuador",
            "2032",
        )

    def test_returning_something_else(self) -> None:
        assert _of(EventKind.MEETING, "She returned the visitor's passport in 2030.") == []


class TestCourtesyCalls:
    """A courtesy call on an office-holder: named after an honorific, or unnamed."""

    def test_call_on_a_described_person_with_an_honorific(self) -> None:
        text = (
            "Minister Petra Lindqvist met President Amina Diallo on Wednesday. Lindqvist also "
            "paid a courtesy call on the Vice President, Senator Ousmane Ba, at the Palace on "
            "Thursday morning."
        )
        found = _of(EventKind.MEETING, text, "2031-05-09")
        assert [(list(e.participants), _when(e)) for e in found][-1] == (
            ["lindqvist-petra", "ba-ousmane"],
            "2031-05-08",
        )

    def test_welcomed_a_report_presented_by_a_minister(self) -> None:
        text = (
            "Leaders welcomed the report presented by Chile's Minister of Foreign Affairs, "
            "Hon. Rosa Araya, on 3 May."
        )
        assert _of(EventKind.MEETING, text) == []

    def test_programme_call_on_an_unnamed_president(self) -> None:
        text = (
            "The Prime Minister of Tonga, Hon. Sione Latu, will pay an official visit to Fiji "
            "from 6 to 8 September 2031.\n\n"
            "- 3:00 pm: courtesy call on His Excellency the President of Fiji at State House.\n"
        )
        found = _of(EventKind.MEETING, text, "2031-09-01")
        assert found[-1].name == "Courtesy call of Sione Latu on the President of Fiji"
        assert list(found[-1].participants) == ["latu-sione", "fj"]

    def test_a_named_host_is_read_by_the_met_frames(self) -> None:
        text = "- 3:00 pm: courtesy call on the President of Fiji, Ratu Epeli Vosa, at State House."
        assert all(not e.name.startswith("Courtesy") for e in _of(EventKind.MEETING, text))


class TestActsDuringAMeeting:
    """ "a visit ..., during which X would sign Y", "On the margins, X and Y signed Z"."""

    def test_during_which_a_visit(self) -> None:
        text = (
            "The minister said the Prime Minister of Chile would pay an official visit to Peru "
            "from 20 to 22 October, during which the two countries would sign a double "
            "taxation agreement."
        )
        [found] = _of(EventKind.AGREEMENT, text, "2031-10-03")
        assert (found.name, _when(found)) == ("double taxation agreement", "2031-10-20/2031-10-22")

    def test_on_the_margins_of_the_meeting_before(self) -> None:
        text = (
            "Andean foreign ministers met in Lima on 14 July. On the margins, Peru and Chile "
            "signed a memorandum on fisheries."
        )
        [found] = _of(EventKind.AGREEMENT, text, "2031-07-20")
        assert (found.name, _when(found)) == ("memorandum on fisheries", "2031-07-14")

    def test_a_date_of_its_own_wins(self) -> None:
        text = (
            "The Prime Minister of Chile paid an official visit to Peru from 20 to 22 October, "
            "during which the two countries agreed to sign a double taxation agreement in "
            "March 2032."
        )
        [found] = _of(EventKind.AGREEMENT, text, "2031-10-23")
        assert _when(found) == "2032-03"


class TestNamesThatAreNoEvents:
    """An office, a legislature's session, a body's members, an addressee: no event names."""

    def test_chair_of_a_forum_is_an_office(self) -> None:
        text = "Leaders thanked Tonga as Chair of the Pacific Islands Forum on 11 September."
        assert _of(EventKind.MEETING, text, "2031-09-12") == []

    def test_a_meeting_after_the_office_is_kept(self) -> None:
        text = "Leaders met at the Chair of the Pacific Islands Forum Leaders Meeting retreat."
        [found] = _of(EventKind.MEETING, text)
        assert found.name == "Pacific Islands Forum Leaders Meeting"

    def test_a_parliaments_session_in_a_heading(self) -> None:
        text = "House of Assembly Debates\n12th Parliament, 3rd Session\nTuesday, 6 May 2031\n"
        assert _of(EventKind.MEETING, text, "2031-05-06") == []

    def test_a_session_after_another_comma_is_kept(self) -> None:
        text = "The Joint Commission met in Lima, 2nd Session, on 3 May."
        assert "2nd Session" in [e.name for e in _of(EventKind.MEETING, text)]

    def test_forum_members_are_the_body(self) -> None:
        text = "Eighteen Forum members are represented at the meeting in Apia."
        assert _of(EventKind.MEETING, text) == []

    def test_a_forum_that_opened_is_a_meeting(self) -> None:
        [found] = _of(EventKind.MEETING, "The Lima Forum opened on 3 May.")
        assert found.name == "Lima Forum"

    def test_outcomes_conveyed_to_an_office(self) -> None:
        text = (
            "The Chair will convey the outcomes of the Meeting to the Secretary-General of the "
            "United Nations in New York later this month."
        )
        assert _of(EventKind.MEETING, text) == []


class TestSeriesAndResumedTalks:
    """ "the third meeting of the X-Y-Z business forum"; "delimitation talks would resume"."""

    def test_third_meeting_of_a_lower_case_forum(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "He said the third meeting of the Kenya-Uganda-Tanzania business forum would take "
            "place in Arusha in May.",
        )
        assert (found.name, _when(found)) == (
            "Third meeting of the Kenya-Uganda-Tanzania business forum",
            "2031-05",
        )

    def test_third_meeting_of_an_unknown_board(self) -> None:
        text = "He said the third meeting of the Board would take place in Arusha in May."
        assert _of(EventKind.MEETING, text) == []

    def test_talks_on_a_subject_resume(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Border demarcation talks would resume in Nairobi next week.",
            "2031-05-07",
        )
        assert (found.name, found.status.value) == ("Border demarcation talks", "planned")

    def test_the_talks_resumed_refer_back(self) -> None:
        assert _of(EventKind.MEETING, "The talks resumed in Geneva on Monday.") == []


class TestPersonMeetsAGroup:
    """ "X is expected to meet the five Andean foreign ministers": a meeting with the group."""

    def test_meet_a_group_of_ministers(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Secretary of State Daniel Okafor will meet the G7 foreign ministers in Rome on "
            "Friday.",
            "2031-05-07",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Meeting of Daniel Okafor with the G7 foreign ministers",
            "2031-05-09",
            "planned",
        )
        assert "g7" in found.participants

    def test_meet_the_demands(self) -> None:
        assert _of(EventKind.MEETING, "The ministers will meet the demands of the leaders.") == []
