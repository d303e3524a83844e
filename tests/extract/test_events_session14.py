"""Event rules of session 14 (recognition on unseen text), each on sentences written for these
tests (invented people, other countries and years) with a counter-example that must not fire.

The causes are general in diplomatic news: calls told with a time before "with" or by "the
two presidents", video conferences, groups that meet without a name ("Energy ministers from
the five countries will meet"), political consultations of two states, agreements named by
their other party, anniversary ceremonies, meetings named by a group in the possessive,
pledging conferences, "met on Tuesday morning with", an agreement
"we signed", the signature of unnamed agreements and the next meeting of a series.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind


class TestCalls:
    """Telephone calls and video conferences, however the wire words them."""

    def test_time_between_the_verb_and_with(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Chilean President Elena Rojas spoke by telephone on Thursday with Argentine "
            "President Martin Ibarra.",
        )
        assert found.participants == ("rojas-elena", "ibarra-martin")
        assert _when(found) == "2031-05-01"

    def test_on_the_phone(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Elena Rojas spoke on the phone with President Martin Ibarra on Friday.",
        )
        assert found.participants == ("rojas-elena", "ibarra-martin")

    def test_the_two_presidents_spoke(self) -> None:
        text = (
            "SANTIAGO, May 3 - Chilean President Elena Rojas and Argentine President Martin "
            "Ibarra discussed lithium. The two presidents spoke by telephone on Friday."
        )
        names = [e.name for e in _of(EventKind.MEETING, text)]
        assert names == ["Phone call of Elena Rojas and Martin Ibarra"]

    def test_video_conference(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Elena Rojas held a video conference with President Martin Ibarra on Friday.",
        )
        assert (found.name, _when(found)) == (
            "Meeting of Elena Rojas and Martin Ibarra",
            "2031-05-02",
        )

    def test_virtual_summit_of_two(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Elena Rojas and President Martin Ibarra held a virtual summit on Friday.",
        )
        assert found.participants == ("rojas-elena", "ibarra-martin")

    def test_no_call_with_a_crowd(self) -> None:
        assert _of(EventKind.MEETING, "The minister spoke by phone with reporters on Friday.") == []
        text = "The two presidents spoke by telephone on Friday."  # no two persons named
        assert _of(EventKind.MEETING, text) == []


class TestGroupsThatMeet:
    """A group of office-holders, unnamed, that meets."""

    def test_group_from_the_countries(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Energy ministers from the five countries will meet in Windhoek in August to "
            "discuss the power pool.",
        )
        assert (found.name, _when(found)) == (
            "Meeting of the Energy ministers in Windhoek",
            "2031-08",
        )
        assert found.status.value == "planned"

    def test_officials_of_two_nationalities(self) -> None:
        [found] = _of(
            EventKind.MEETING, "Namibian and Zambian officials met in Katima Mulilo on Tuesday."
        )
        assert found.name.startswith("Meeting of the Namibian and Zambian officials")
        assert set(found.participants) == {"na", "zm"}

    def test_coordinated_portfolios(self) -> None:
        [found] = _of(EventKind.MEETING, "Finance and trade ministers meet in Dodoma on 9 June.")
        assert _when(found) == "2031-06-09"

    def test_no_group_meeting(self) -> None:
        assert (
            _of(EventKind.MEETING, "Finance ministers meet regularly to review the budget.") == []
        )
        assert _of(EventKind.MEETING, "Transport ministers will meet again next year.") == []


class TestTwoStatesConsult:
    """ "Zambia and Malawi held political consultations": the two states' consultations."""

    def test_political_consultations(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Zambia and Malawi held political consultations in Lilongwe on 28 April.",
        )
        assert (found.name, _when(found)) == (
            "Political consultations of Zambia and Malawi",
            "2031-04-28",
        )

    def test_consultations_with_a_lender_are_not_theirs(self) -> None:
        text = "Zambia and Malawi held consultations with the IMF in Lilongwe on 28 April."
        assert _of(EventKind.MEETING, text) == []


class TestAgreementWithParty:
    """An agreement named by its other party, told with a stage."""

    def test_entered_into_force(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The economic partnership agreement with the European Union entered into force on "
            "1 February.",
        )
        assert found.name == "Economic partnership agreement with the EU"
        assert found.participants == ("eu",)

    def test_to_be_signed(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Officials expect the trade agreement with Indonesia to be signed on Friday.",
        )
        assert (found.name, found.status.value) == ("Trade agreement with Indonesia", "planned")

    def test_no_stage_no_agreement(self) -> None:
        assert _of(EventKind.AGREEMENT, "The agreement with Indonesia matters to farmers.") == []

    def test_signed_by_we(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The main result is the fisheries agreement we signed on Tuesday in Dakar.",
        )
        assert (found.name, _when(found)) == ("fisheries agreement", "2031-04-29")

    def test_discussed_is_not_signed(self) -> None:
        assert _of(EventKind.AGREEMENT, "The agreement we discussed was long.") == []


class TestCeremonies:
    """A ceremony marking an anniversary is an event; a signing ceremony belongs to its act."""

    def test_mark_with_a_ceremony(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Senegal and Gambia marked the 60th anniversary of diplomatic relations with a "
            "ceremony in Banjul on Saturday.",
        )
        assert found.name == "Ceremony marking the 60th anniversary of diplomatic relations"
        assert (_when(found), set(found.participants)) == ("2031-05-03", {"sn", "gm"})

    def test_ceremony_to_mark(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "A ceremony to mark the 25th anniversary of the founding of the bloc will be held "
            "in Lusaka next month.",
        )
        assert found.name == "Ceremony marking the 25th anniversary of the founding of the bloc"
        assert _when(found) == "2031-06"

    def test_signing_ceremony_is_no_meeting(self) -> None:
        text = "The signing ceremony took place at the State House in Banjul on Saturday."
        assert _of(EventKind.MEETING, text) == []


class TestGroupPossessiveMeetings:
    """ "the Visegrad prime ministers' summer meeting": named by its group, in lower case."""

    def test_summer_meeting(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "A draft is due at the Visegrad prime ministers' summer meeting in June.",
        )
        assert (found.name, found.form.value) == (
            "Visegrad prime ministers' summer meeting",
            "summit",
        )
        assert _when(found) == "2031-06"

    def test_ministers_meeting_room(self) -> None:
        assert _of(EventKind.MEETING, "The ministers' meeting room was renovated in May.") == []


class TestConferencesForSomeone:
    def test_pledging_conference(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Norway will convene a pledging conference for Yemen in Oslo in September.",
        )
        assert found.name.startswith("Pledging conference")
        assert _when(found) == "2031-09"

    def test_donors_conference_for_a_country(self) -> None:
        [found] = _of(
            EventKind.MEETING, "A donors' conference for Haiti will be held in Geneva on 15 June."
        )
        assert (found.name, _when(found)) == ("Donors' conference for Haiti", "2031-06-15")

    def test_workshop_for_a_ministry_is_no_meeting(self) -> None:
        assert _of(EventKind.MEETING, "It was a workshop for the Ministry.") == []


class TestMetWithTimeAndDescribed:
    def test_met_on_a_weekday_with(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Foreign Minister Ana Quiroga met on Tuesday morning with her Peruvian counterpart, "
            "Jorge Salas.",
        )
        assert (found.participants, _when(found)) == (("quiroga-ana", "salas-jorge"), "2031-04-29")

    def test_met_on_a_weekday_in_a_place(self) -> None:
        assert _of(EventKind.MEETING, "Foreign Minister Ana Quiroga met on Tuesday in Cusco.") == []

    def test_meet_an_office_holder_named_after_the_office(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Secretary-General Ana Quiroga is expected to meet the Prime Minister of Lesotho, "
            "Palesa Ntsane, on Friday.",
        )
        assert found.participants == ("quiroga-ana", "ntsane-palesa")

    def test_meet_needs(self) -> None:
        text = "The envoy is expected to meet the needs of the refugees, aid agencies said."
        assert _of(EventKind.MEETING, text) == []


class TestTopics:
    def test_a_topic_never_ends_on_for(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The ministers adopted an action plan on wildlife trafficking for 2032-2035.",
        )
        assert found.name == "action plan on wildlife trafficking"


class TestSignatureOf:
    """ "witnessed the signature of three agreements on ...": agreements signed."""

    def test_signature_of_unnamed_agreements(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The two presidents witnessed the signature of three agreements on fisheries, "
            "health and customs on Friday.",
        )
        assert found.name == "agreements on fisheries, health and customs"
        assert _when(found) == "2031-05-02"

    def test_signing_ceremony_for_agreements(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The leaders attended a signing ceremony for four agreements on energy and tourism.",
        )
        assert found.name == "four agreements on energy and tourism"

    def test_signature_of_the_agreement_named_before_is_no_new_one(self) -> None:
        assert _of(EventKind.AGREEMENT, "The signature of the agreement was delayed.") == []


class TestRoundNames:
    def test_round_on_a_topic_ends_before_its_verb(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The sixth negotiating round on the Kenya-Ethiopia trade agreement opened in "
            "Mombasa on Monday.",
        )
        assert found.name == "Sixth negotiating round on the Kenya-Ethiopia trade agreement"
        assert _when(found) == "2031-04-28"


class TestNextInSeries:
    """ "agreed to hold their next meeting in 2032": the one after the last of its series."""

    def test_next_meeting_after_a_numbered_one(self) -> None:
        text = (
            "Ministers met in Lusaka on Monday for the 7th Zambezi Ministerial Meeting. They "
            "agreed to hold their next meeting in Harare in 2032."
        )
        names = [(e.name, _when(e)) for e in _of(EventKind.MEETING, text)]
        assert names == [
            ("7th Zambezi Ministerial Meeting", "2031-04-28"),
            ("8th Zambezi Ministerial Meeting", "2032"),
        ]

    def test_next_session_written_as_the_last(self) -> None:
        text = (
            "Deputies welcomed the results of the fifth session of the Kenya-Uganda Joint "
            "Commission, held in Jinja in March, and the decision to hold the next session in "
            "Kisumu in 2032."
        )
        names = [e.name for e in _of(EventKind.MEETING, text)]
        assert names[-1] == "Sixth session of the Kenya-Uganda Joint Commission"

    def test_no_series_no_next_meeting(self) -> None:
        text = "The two sides agreed to hold their next meeting in Harare in 2032."
        assert _of(EventKind.MEETING, text) == []
