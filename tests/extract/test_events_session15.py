"""Event rules of session 15 (recall on unseen text), each on sentences written for these
tests (invented people, other countries and years) with a counter-example that must not fire.

The causes are general in diplomatic news: a group of leaders that meets holds a summit; a
group meeting is named with the place it is held in, as readers name it ("Meeting of the
Andean foreign ministers in Quito"); a group told with a participle (", meeting in Accra
last week,"); a meeting noun whose group is written in lower case ("the meeting of the
Baltic energy ministers in Vilnius"); and, across documents, a group's meeting and the
session of its organisation's body on the same days are one meeting.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind, Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline.entry import Origin
from diplotimeline.timeline.merge import Mention, compare


class TestGroupSummits:
    """Leaders, presidents or heads of state who meet as a group: a summit at its place."""

    def test_leaders_meet_at_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "CARICOM leaders meet in Kingston on 4 July to adopt a regional food strategy.",
            "2033-06-20",
        )
        assert (found.name, found.form.value) == (
            "Summit of the CARICOM leaders in Kingston",
            "summit",
        )
        assert _when(found) == "2033-07-04"
        assert found.location == "Kingston"

    def test_heads_of_state_met(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "On 9 and 10 May 2029, your heads of state and government met in Tallinn.",
            "2040-05-12",
        )
        assert found.name == "Summit in Tallinn"
        assert _when(found) == "2029-05-09/2029-05-10"

    def test_ministers_meet_at_a_place(self) -> None:
        """Counter-example: ministers hold a meeting, not a summit."""
        [found] = _of(
            EventKind.MEETING,
            "Andean trade ministers met in Quito on Monday.",
            "2033-06-22",
        )
        assert found.name == "Meeting of the Andean trade ministers in Quito"
        assert found.form.value != "summit"

    def test_no_place_no_suffix(self) -> None:
        """Counter-example: without a place the name is the group's alone."""
        [found] = _of(
            EventKind.MEETING,
            "Sahel foreign ministers will meet again next month.",
            "2033-06-22",
        )
        assert found.name == "Meeting of the Sahel foreign ministers"


class TestParticipleGroups:
    """ "GROUP, meeting in PLACE on DAY, agreed ...": the group's meeting."""

    def test_group_meeting_in_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "ECOWAS finance ministers, meeting in Accra last Tuesday, agreed to delay the "
            "common external tariff.",
            "2034-09-12",
        )
        assert found.name == "Meeting of the ECOWAS finance ministers in Accra"
        assert found.participants == ("ecowas",)
        assert _when(found) == "2034-09-05"

    def test_a_named_bodys_group(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The African Union's health ministers, meeting in Kigali yesterday, endorsed the "
            "vaccine plan.",
            "2034-09-12",
        )
        assert found.name == "Meeting of the African Union's health ministers in Kigali"
        assert _when(found) == "2034-09-11"

    def test_meeting_someone_is_no_gathering(self) -> None:
        """Counter-example: "meeting reporters", "meeting the press" say where no one met."""
        found = _of(
            EventKind.MEETING,
            "ECOWAS finance ministers, meeting reporters after the vote, declined to comment.",
            "2034-09-12",
        )
        assert found == []

    def test_a_person_meeting_in_a_place(self) -> None:
        """Counter-example: one person is no group."""
        found = _of(
            EventKind.MEETING,
            "The minister, meeting in Accra with bankers, declined to comment.",
            "2034-09-12",
        )
        assert [e.name for e in found if "minister" in e.name.lower()] == []


class TestMeetingOfALowerCaseGroup:
    """ "the meeting of the Baltic energy ministers in Vilnius": a group written in lower
    case after a capitalised region or people, and the place."""

    def test_region_group(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "They discussed the forthcoming meeting of the Baltic energy ministers in Vilnius "
            "in March.",
            "2038-01-14",
        )
        assert found.name == "Meeting of the Baltic energy ministers in Vilnius"
        assert (_when(found), found.status.value) == ("2038-03", "planned")
        assert found.form.value == "ministerial-meeting"

    def test_governors(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Markets await the meeting of African central bank governors in Dakar next week.",
            "2038-01-14",
        )
        assert found.name == "Meeting of the African central bank governors in Dakar"

    def test_no_place_no_meeting(self) -> None:
        """Counter-example: without the place it is too vague to read."""
        found = _of(
            EventKind.MEETING,
            "The meeting of Baltic energy ministers was a success, he said.",
            "2038-01-14",
        )
        assert found == []

    def test_other_people_are_no_group(self) -> None:
        """Counter-example: executives, fans or experts meeting are no diplomacy."""
        found = _of(
            EventKind.MEETING,
            "He chaired a meeting of Nordic bank executives in Oslo on Monday.",
            "2038-01-14",
        )
        assert found == []


def _mention(
    document: str, name: str, days: tuple[int, int], parties: tuple[str, ...], place: str = ""
) -> Mention:
    when = DateSpan(PartialDate(2035, 4, days[0]), PartialDate(2035, 4, days[1]))
    meeting = Meeting(
        id="e1",
        name=name,
        form=MeetingForm.OTHER,
        when=when,
        participants=parties,
        location=place or None,
    )
    return Mention(meeting, Origin(document))


class TestMergeGatheringsWithBodies:
    """A group's meeting and the session of its organisation's body on the same days."""

    def test_same_days_merge(self) -> None:
        group = _mention(
            "d1", "Meeting of the SADC foreign ministers in Maputo", (3, 4), ("sadc",), "Maputo"
        )
        body = _mention(
            "d2", "41st session of the SADC Council of Ministers", (3, 4), ("sadc-com",)
        )
        decision = compare(group, body)
        assert decision is not None
        assert "gathering of a body's members" in decision.evidence

    def test_other_days_stay_apart(self) -> None:
        """Counter-example: the body meeting a week later is another meeting."""
        group = _mention(
            "d1", "Meeting of the SADC foreign ministers in Maputo", (3, 4), ("sadc",), "Maputo"
        )
        body = _mention(
            "d2", "41st session of the SADC Council of Ministers", (10, 11), ("sadc-com",)
        )
        assert compare(group, body) is None

    def test_another_organisations_body_stays_apart(self) -> None:
        """Counter-example: the same days, but another organisation's body."""
        group = _mention(
            "d1", "Meeting of the SADC foreign ministers in Maputo", (3, 4), ("sadc",), "Maputo"
        )
        body = _mention(
            "d2", "12th session of the IGAD Council of Ministers", (3, 4), ("igad-com",)
        )
        assert compare(group, body) is None


class TestVisitsOfUnnamedOfficeHolders:
    """A visit whose visitor is an office-holder left unnamed, told with more words between
    the office and the visit than before."""

    def test_relative_clause_foreign_minister(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Slovak Foreign Minister, who hosted the talks, will visit Tbilisi on Friday.",
            "2036-02-05",
        )
        assert (found.name, found.participants) == (
            "Visit of the Slovak Foreign Minister to Tbilisi",
            ("sk", "ge"),
        )
        assert found.status.value == "planned"

    def test_stay_on_for_a_state_visit(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Portuguese President will stay on for a state visit to Angola on Monday and "
            "Tuesday.",
            "2036-02-05",
        )
        assert (found.name, found.participants) == (
            "Visit of the Portuguese President to Angola",
            ("pt", "ao"),
        )
        assert _when(found) == "2036-02-11/2036-02-12"

    def test_the_visit_that_the_holder_will_undertake(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Officials began to prepare the state visit that the President of the Republic of "
            "Paraguay will undertake to Ecuador next October.",
            "2036-02-05",
        )
        assert (found.name, found.participants) == (
            "Visit of the President of the Republic of Paraguay to Ecuador",
            ("py", "ec"),
        )
        assert (_when(found), found.status.value) == ("2036-10", "planned")

    def test_the_visit_that_a_named_person_made(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The aid package followed the visit that President Lucas Ferreyra made to Bolivia "
            "in May.",
            "2036-07-05",
        )
        assert found.name == "Visit of Lucas Ferreyra to Bolivia"
        assert found.status.value == "occurred"

    def test_a_visit_described_is_no_visit_made(self) -> None:
        """Counter-example: "the visit that the President described to Ecuador's press"."""
        found = _of(
            EventKind.MEETING,
            "Reporters asked about the visit that the Paraguayan President described to the press.",
            "2036-02-05",
        )
        assert found == []

    def test_a_counterpart_named_near_the_office_is_not_the_visitor(self) -> None:
        """Counter-example: the person named just before "the President of Peru" in the same
        sentence is the counterpart, not the President: the country is the visitor."""
        [*_, found] = _of(
            EventKind.MEETING,
            "The minister met his Peruvian counterpart, Ms Rosa Quispe Huamán, to prepare the "
            "state visit that the President of Peru will undertake to Chile next month.",
            "2036-02-05",
        )
        assert found.name == "Visit of the President of Peru to Chile"
        assert found.participants == ("pe", "cl")


class TestUnnamedAgreementTopics:
    """An unnamed agreement's topic told after its other party or its date."""

    def test_topic_after_the_other_party(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "On the margins of the summit, Malta signed an agreement with Tunisia on the "
            "mutual recognition of driving licences.",
            "2045-03-02",
        )
        assert found.name == (
            "agreement with Tunisia on the mutual recognition of driving licences"
        )
        assert set(found.participants) == {"mt", "tn"}

    def test_topic_after_the_date(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Namibia and Botswana signed an agreement on Monday on the joint management of "
            "the Okavango delta.",
            "2045-03-02",
        )
        assert found.name == "agreement on the joint management of the Okavango delta"
        assert _when(found) == "2045-02-27"

    def test_party_and_date_without_topic(self) -> None:
        """Counter-example: no topic after them, no topic made up (the date is no topic)."""
        [found] = _of(
            EventKind.AGREEMENT,
            "Namibia signed an agreement with Botswana on Monday.",
            "2045-03-02",
        )
        assert found.name == "agreement"

    def test_a_person_is_no_party_of_the_name(self) -> None:
        """Counter-example: "with President NAME on ..." leaves the name as it was."""
        found = _of(
            EventKind.AGREEMENT,
            "Namibia signed an agreement with President Tomas Haufiku on hand.",
            "2045-03-02",
        )
        assert [e.name for e in found if "Haufiku" in e.name] == []


class TestOneSessionReadTwice:
    """A numbered session named in full is one meeting, though a frame of the body's
    sessions reads the same words again ("12th meeting of the Council of ...")."""

    def test_ordinary_meeting_of_a_council(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The 12th Ordinary Meeting of the Council of the Andean Market was held in Quito "
            "on 3 July 2041.",
            "2041-07-20",
        )
        assert [(e.name, _when(e)) for e in found] == [
            ("12th Ordinary Meeting of the Council of the Andean Market", "2041-07-03")
        ]

    def test_ordinary_session_with_an_apposition(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The Secretary-General said that the 47th Ordinary Session of the Executive "
            "Council, bringing together the foreign ministers of the member states, will be "
            "held in Lusaka on March 3 and 4.",
            "2039-02-20",
        )
        assert [(e.name, _when(e)) for e in found] == [
            ("47th Ordinary Session of the Executive Council", "2039-03-03/2039-03-04")
        ]

    def test_a_meeting_at_the_session_stays_apart(self) -> None:
        """Counter-example: two leaders meeting at the session hold a meeting of their own."""
        found = _of(
            EventKind.MEETING,
            "President Ana Ruiz met Prime Minister Jon Berg on the sidelines of the 12th "
            "Ordinary Session of the Assembly in Lima on Monday.",
            "2041-07-20",
        )
        assert len(found) == 2

    def test_two_numbers_stay_apart(self) -> None:
        """Counter-example: the 12th and the 13th sessions are two meetings."""
        found = _of(
            EventKind.MEETING,
            "The 12th Ordinary Session of the Assembly was held in Lima in 2040 and the 13th "
            "Ordinary Session of the Assembly in Quito in 2041.",
            "2041-07-20",
        )
        assert len(found) == 2


class TestPairsWithAuxiliaries:
    """Two people or two states "are expected to", "are due to" hold talks or meet."""

    def test_expected_to_hold_bilateral_talks(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Halima Osei and President Tomas Lindqvist are expected to hold "
            "bilateral talks on Thursday.",
            "2037-03-02",
        )
        assert found.participants[:2] == ("osei-halima", "lindqvist-tomas")
        assert (_when(found), found.status.value) == ("2037-03-05", "planned")

    def test_due_to_meet(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Halima Osei and President Tomas Lindqvist are due to meet in Accra on "
            "Thursday.",
            "2037-03-02",
        )
        assert found.participants[:2] == ("osei-halima", "lindqvist-tomas")
        assert found.location == "Accra"

    def test_two_states_expected_to_hold_talks(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ghana and Togo are expected to hold talks in Lomé on Thursday.",
            "2037-03-02",
        )
        assert set(found.participants) == {"gh", "tg"}

    def test_elections_are_no_meeting(self) -> None:
        """Counter-example: two states "expected to hold" something else hold no talks."""
        assert (
            _of(
                EventKind.MEETING,
                "Ghana and Togo are expected to hold elections in May.",
                "2037-03-02",
            )
            == []
        )

    def test_talks_with_others_are_no_pair_meeting(self) -> None:
        """Counter-example: two people expected to hold talks with a third party do not meet
        each other."""
        found = _of(
            EventKind.MEETING,
            "President Halima Osei and Prime Minister Tomas Lindqvist are expected to hold "
            "separate talks with the rebels.",
            "2037-03-02",
        )
        assert found == []


class TestMeetingAChairperson:
    """ "will meet the Chairperson of the X Commission, NAME": the chair is a counterpart."""

    def test_chairperson_in_apposition(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Ines Moreau will meet the Chairperson of the African Union Commission, "
            "Kwame Mensah, on Friday.",
            "2043-02-12",
        )
        assert found.participants[:2] == ("moreau-ines", "mensah-kwame")
        assert _when(found) == "2043-02-13"

    def test_chairman_of_a_council(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Ines Moreau received the Chairman of the Nordic Council, Lars Dahl, on "
            "Monday.",
            "2043-02-12",
        )
        assert found.participants[:2] == ("moreau-ines", "dahl-lars")

    def test_a_chair_described_is_no_counterpart(self) -> None:
        """Counter-example: a chair written about, not met."""
        found = _of(
            EventKind.MEETING,
            "President Ines Moreau praised the Chairperson of the Commission, Kwame Mensah, "
            "for his work.",
            "2043-02-12",
        )
        assert found == []


class TestBodyMeetingsAtAPlace:
    """ "at the Council of Ministers in New Delhi": the body's meeting there, named so."""

    def test_at_the_council_in_a_city(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Kenya handed over the chair at the Council of Ministers in Nairobi in November 2041.",
            "2042-03-08",
        )
        assert found.name == "Meeting of the Council of Ministers in Nairobi"
        assert (found.location, _when(found)) == ("Nairobi", "2041-11")

    def test_convened_in_a_city(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The two countries agreed to convene the Kenya-Tanzania Joint Commission in Arusha "
            "in June.",
            "2042-03-08",
        )
        assert found.name.endswith(" in Arusha")

    def test_no_place_no_meeting(self) -> None:
        """Counter-example: "at the Council of Ministers" with no place is no meeting read."""
        found = _of(
            EventKind.MEETING,
            "Kenya raised the matter at the Council of Ministers, officials said.",
            "2042-03-08",
        )
        assert found == []


class TestMeetingsBetweenBodies:
    """ "the meeting between the African Union Commission and the European Commission": a
    meeting of two organisations, named as written."""

    def test_between_two_commissions(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The annual meeting between the African Union Commission and the European "
            "Commission will take place in Brussels in May.",
            "2043-02-15",
        )
        assert found.name == (
            "Annual meeting between the African Union Commission and the European Commission"
        )
        assert set(found.participants) == {"auc", "european-commission"}
        assert (_when(found), found.status.value) == ("2043-05", "planned")

    def test_between_a_body_and_a_country_is_not_read_here(self) -> None:
        """Counter-example: one organisation and no second one: no meeting of two bodies."""
        found = _of(
            EventKind.MEETING,
            "The meeting between the European Commission and farmers' unions ended early.",
            "2043-02-15",
        )
        assert [e for e in found if "European Commission" in e.name] == []


class TestShortFormsOfAMeeting:
    """A headline's short name ("ahead of Forum Leaders Meeting") and the meeting named in
    full in the body: one meeting."""

    def test_headline_short_form(self) -> None:
        text = (
            "Tongan Prime Minister to visit Samoa ahead of Islands Leaders Meeting\n\n"
            "Prime Minister Sione Vaipulu will attend the 12th Melanesian Islands Leaders "
            "Meeting in Apia on 4 August 2036."
        )
        found = _of(EventKind.MEETING, text, "2036-07-20")
        named = [e for e in found if "Leaders Meeting" in e.name]
        assert [(e.name, _when(e)) for e in named] == [
            ("12th Melanesian Islands Leaders Meeting", "2036-08-04")
        ]

    def test_two_sessions_leave_the_short_form_alone(self) -> None:
        """Counter-example: the 12th and the 13th: which one the short form means is not
        told, so it joins neither."""
        text = (
            "Islands Leaders Meeting looms\n\n"
            "The 12th Melanesian Islands Leaders Meeting was held in Apia in 2035 and the 13th "
            "Melanesian Islands Leaders Meeting will be held in Suva in 2036."
        )
        found = _of(EventKind.MEETING, text, "2036-07-20")
        names = sorted(e.name for e in found if "Leaders Meeting" in e.name)
        assert "12th Melanesian Islands Leaders Meeting" in names
        assert "13th Melanesian Islands Leaders Meeting" in names
        assert len(names) >= 2


class TestGatheringAndNamedSummit:
    """ "Andean leaders meet in Lima tomorrow ... The 21st Andean Summit opens on Thursday":
    one summit, the named one of that day."""

    def test_gathering_joins_the_named_summit_of_its_day(self) -> None:
        text = (
            "Andean leaders meet in Lima tomorrow for the bloc's annual summit. The 21st "
            "Andean Summit opens at 10 a.m. on Thursday in the Peruvian capital."
        )
        found = _of(EventKind.MEETING, text, "2039-05-11")
        assert [(e.name, _when(e)) for e in found] == [("21st Andean Summit", "2039-05-12")]

    def test_another_day_stays_apart(self) -> None:
        """Counter-example: leaders meeting on another day than the named summit's."""
        text = (
            "Andean leaders met in Quito on Monday. The 21st Andean Summit opens in Lima on "
            "Thursday."
        )
        found = _of(EventKind.MEETING, text, "2039-05-11")
        assert len(found) == 2
