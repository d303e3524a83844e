"""Event rules of session 7, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document, Event, EventKind, Status
from diplotimeline.time import PartialDate


def _events(text: str, published: str = "2031-05-04") -> tuple[Event, ...]:
    return extract(Document(id="t", text=text, published=PartialDate.parse_iso(published))).events


def _meetings(text: str, published: str = "2031-05-04") -> list[Event]:
    return [e for e in _events(text, published) if e.kind is EventKind.MEETING]


class TestSessionOfWrittenBody:
    """'its first session' of a body that is written out but not known as an actor."""

    def test_its_first_session_names_the_body_before_it(self) -> None:
        meetings = _meetings(
            "The newly created Norway-Peru Joint Commission for Cooperation is due to hold "
            "its first session in Lima on 4-5 June."
        )
        names = [m.name for m in meetings]
        assert "First session of the Norway-Peru Joint Commission for Cooperation" in names
        [session] = [m for m in meetings if m.name.startswith("First session")]
        assert session.when is not None
        assert session.when.format_iso() == "2031-06-04/2031-06-05"
        assert session.status is Status.PLANNED

    def test_whose_first_session_will_be_held_is_planned(self) -> None:
        meetings = _meetings(
            "The ministers agreed to establish a Norway-Peru Joint Commission on Trade, whose "
            "first session will be held in Oslo before the end of the year."
        )
        [session] = [m for m in meetings if m.name.startswith("First session")]
        assert session.name == "First session of the Norway-Peru Joint Commission on Trade"
        assert session.status is Status.PLANNED

    def test_no_body_no_session(self) -> None:
        """A company's 'next meeting' names no standing body: no session."""
        meetings = _meetings(
            "Shares of Nordic Salmon Holdings rose after the firm said its next meeting with "
            "investors would be in June."
        )
        assert not [m for m in meetings if "session" in m.name.lower()]
        assert not [m for m in meetings if "of the" in m.name]


class TestCallToldAfterTheVerb:
    """Wire style: 'X and his counterpart Y discussed ... in a phone call on Tuesday'."""

    def test_coordinated_subject_in_a_phone_call(self) -> None:
        [call] = _meetings(
            "Norwegian Foreign Minister Ingrid Dahl and her Peruvian counterpart Rosa Quispe "
            "discussed fisheries and trade in a phone call on Tuesday, according to diplomatic "
            "sources."
        )
        assert call.name == "Phone call of Ingrid Dahl and Rosa Quispe"
        assert call.when is not None
        assert call.when.format_iso() == "2031-04-29"
        assert call.status is Status.OCCURRED

    def test_spoke_by_telephone_with(self) -> None:
        [call] = _meetings("Prime Minister Lars Berg spoke by telephone with President Ana Torres.")
        assert len(call.participants) == 2

    def test_a_remark_made_by_phone_is_no_call_between_them(self) -> None:
        meetings = _meetings(
            "Ingrid Dahl and Rosa Quispe are expected to sign a visa accord, an aide told "
            "reporters by phone."
        )
        assert meetings == []


class TestOrdinalOfANamedMeeting:
    """'the second 2+2 Meeting' is another meeting than the first one: the ordinal is named."""

    def test_second_meeting_keeps_its_ordinal_apart_from_the_first(self) -> None:
        meetings = _meetings(
            "The ministers held the 2+2 Meeting in Lima on 14 March 2031 and agreed to hold "
            "the second 2+2 Meeting in Oslo in 2033.",
            "2031-05-01",
        )
        dates = {m.name: None if m.when is None else m.when.format_iso() for m in meetings}
        assert dates == {"2+2 Meeting": "2031-03-14", "Second 2+2 Meeting": "2033"}

    def test_a_later_bare_mention_is_the_same_meeting(self) -> None:
        """'the first 2+2 Meeting ... the 2+2 Meeting would adopt': one meeting."""
        [meeting] = _meetings(
            "The ministers agreed to hold the first 2+2 Meeting in Lima on 14 September. They "
            "also agreed that the 2+2 Meeting would adopt a joint statement.",
            "2031-05-01",
        )
        assert meeting.name == "First 2+2 Meeting"
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-09-14"

    def test_an_ordinal_not_before_the_name_is_not_written_into_it(self) -> None:
        meetings = _meetings("For the second time, the Andean Summit was held in Quito in 2030.")
        assert [m.name for m in meetings] == ["Andean Summit"]


class TestRoundsOfTalks:
    """Negotiating rounds: 'the first round of the relaunched negotiations', 'a technical round'."""

    def test_ordinal_round_of_negotiations(self) -> None:
        [meeting] = _meetings(
            "The first round of the relaunched negotiations will be held in Quito from Sept. 25 "
            "to 29, according to the joint communique.",
            "2031-05-04",
        )
        assert meeting.name == "First round of the relaunched negotiations"
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-09-25/2031-09-29"
        assert meeting.status is Status.PLANNED

    def test_negotiating_and_technical_rounds(self) -> None:
        names = [
            m.name
            for m in _meetings(
                "A first negotiating round could be held in Oslo in the second half of the year. "
                "A technical round on updating the agreement's rules of origin will take place "
                "in Lima next week."
            )
        ]
        assert names == [
            "First negotiating round",
            "Technical round on updating the agreement's rules of origin",
        ]

    def test_these_consultations_take_the_earlier_qualifier(self) -> None:
        meetings = _meetings(
            "The ministers signed a memorandum of understanding on political consultations, and "
            "agreed to convene the first round of these consultations before the end of the year."
        )
        [meeting] = meetings
        assert meeting.name == "First round of political consultations"
        assert meeting.status is Status.PLANNED

    def test_rounds_of_other_things_are_not_meetings(self) -> None:
        meetings = _meetings(
            "The second round of the presidential election is due in June, and a new round of "
            "sanctions followed a round of applause in parliament."
        )
        assert meetings == []

    def test_a_round_of_named_talks_is_the_named_talks(self) -> None:
        """'the first round of Peru-Japan talks': the named talks, once, not the round too."""
        meetings = _meetings(
            "The first round of Peru-Japan talks was held in Lima in June last year.", "2031-05-04"
        )
        assert [m.name for m in meetings] == ["Peru-Japan talks"]


class TestArrivalForAVisit:
    """'arrived in <city> ... for a State Visit to <country>': the visit is to the country."""

    def test_visit_goes_to_the_country_it_is_said_to_be_to(self) -> None:
        [visit] = _meetings(
            "H.E. Ana Torres, President of the Republic of Peru, arrived in Oslo on the evening "
            "of Tuesday, 17 March 2031, for a three-day State Visit to the Kingdom of Norway at "
            "the invitation of King Harald.",
            "2031-03-18",
        )
        assert visit.name == "Visit of Ana Torres to Kingdom of Norway"
        assert visit.when is not None
        assert visit.when.format_iso() == "2031-03-17/2031-03-19"

    def test_an_arrival_for_talks_stays_a_visit_to_the_city(self) -> None:
        [visit] = _meetings(
            "Foreign Minister Lars Berg of Norway arrived in Lima on Monday for talks with his "
            "Peruvian counterpart.",
            "2031-03-18",
        )
        assert visit.name == "Visit of Lars Berg to Lima"


class TestAcronymOfACoordinatedName:
    """'an Enhanced Partnership and Cooperation Agreement (EPCA)' is one agreement."""

    def test_the_acronym_spells_the_whole_name(self) -> None:
        events = _events(
            "Peru was the first country in the region to sign an Enhanced Partnership and "
            "Cooperation Agreement (EPCA) with Norway, in Oslo in December 2029. Trade outside "
            "the EPCA grew.",
            "2031-03-18",
        )
        [agreement] = [e for e in events if e.kind is EventKind.AGREEMENT]
        assert agreement.name == "Enhanced Partnership and Cooperation Agreement"
        assert agreement.when is not None
        assert agreement.when.format_iso() == "2029-12"

    def test_two_agreements_with_their_own_acronyms_stay_two(self) -> None:
        events = _events(
            "Norway signed a Fisheries Agreement (FA) and a Customs Cooperation Agreement (CCA) "
            "with Peru in 2029.",
            "2031-03-18",
        )
        names = sorted(e.name for e in events if e.kind is EventKind.AGREEMENT)
        assert names == ["Customs Cooperation Agreement", "Fisheries Agreement"]


class TestBodiesThatMet:
    """Sessions of standing bodies told by 'met', 'next' and 'whose'."""

    TEXT = (
        "Peru's foreign minister will co-chair the 18th session of the Peru-Norway Joint "
        "Commission with his Norwegian counterpart on Oct. 18 in Lima. The commission last met "
        "in Oslo in March 2029. The ministers hoped that the Peru-Norway Fisheries Cooperation "
        "Committee, which met for the third time in Lima last month, would find new projects."
    )

    def _dates(self, text: str) -> dict[str, str | None]:
        return {
            m.name: None if m.when is None else m.when.format_iso()
            for m in _meetings(text, "2031-05-04")
        }

    def test_last_met_is_the_previous_session(self) -> None:
        dates = self._dates(self.TEXT)
        assert dates["Previous session of the Peru-Norway Joint Commission"] == "2029-03"

    def test_which_met_for_the_third_time(self) -> None:
        dates = self._dates(self.TEXT)
        assert (
            dates["Third meeting of the Peru-Norway Fisheries Cooperation Committee"] == "2031-04"
        )

    def test_next_session_follows_the_last_numbered_one(self) -> None:
        dates = self._dates(
            "The ministers closed the 18th session of the Peru-Norway Joint Commission in Lima "
            "yesterday. The minister said the next session would be held in Oslo in 2033."
        )
        assert dates["19th session of the Peru-Norway Joint Commission"] == "2033"

    def test_met_with_a_person_is_no_session(self) -> None:
        meetings = _meetings(
            "Officials of the Peru-Norway Joint Commission, which met with Minister Lars Berg "
            "in Lima, declined to comment."
        )
        assert not [m for m in meetings if "Commission" in m.name]

    def test_whose_meeting_of_a_project(self) -> None:
        dates = self._dates(
            "Key items: a fisheries deal, green hydrogen, and the Peru-Chile Gas Pipeline, whose "
            "ministerial meeting is now set for 6-7 December in Lima."
        )
        assert dates == {
            "Ministerial meeting on the Peru-Chile Gas Pipeline": "2031-12-06/2031-12-07"
        }

    def test_whose_first_session_after_an_acronym(self) -> None:
        dates = self._dates(
            "The Presidents agreed to establish a Norway-Peru Joint Commission for Cooperation "
            "(JCC), whose first session will be held in Oslo before the end of the year."
        )
        assert "First session of the Norway-Peru Joint Commission for Cooperation" in dates


class TestTalksBetweenAndBodiesToMeet:
    def test_sentence_opening_talks_between_two_persons(self) -> None:
        meetings = _meetings(
            "Talks between King Harald V and President Ana Torres have begun at the Royal "
            "Palace, followed by an enlarged session."
        )
        assert [m.name for m in meetings] == ["Meeting of Harald V and Ana Torres"]

    def test_talks_between_unnamed_negotiators_are_no_meeting(self) -> None:
        assert _meetings("Talks between negotiators resumed in Lima.") == []

    def test_body_scheduled_to_meet(self) -> None:
        meetings = _meetings(
            "The envoy discussed the Peru-Norway Joint Economic Committee, which is scheduled to "
            "meet in Lima in June.",
            "2031-05-04",
        )
        [meeting] = [m for m in meetings if "Committee" in m.name]
        assert meeting.name == "Meeting of the Peru-Norway Joint Economic Committee"
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-06"
        assert meeting.status is Status.PLANNED
