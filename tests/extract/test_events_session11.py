"""Event rules of session 11, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import extract_text
from tests.extract._sentences import when as _when

from diplotimeline.extract._sentences import split_sentences
from diplotimeline.model import EventKind


class TestBodyHoldsItsSession:
    """ "The X Assembly will hold its annual session": the subject's own session."""

    def test_any_organisation_holding_its_session(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Andean Parliament will hold its ordinary session in Quito on 12 March.",
        )
        assert (found.name, _when(found)) == ("Session of the Andean Parliament", "2032-03-12")

    def test_a_body_of_leaders_meets_at_a_summit(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The African Union Assembly of Heads of State and Government will hold its "
            "ordinary session in Malabo on 9-10 July.",
        )
        assert found.form == "summit"
        assert found.name.startswith("Summit of the African Union Assembly of Heads of State")
        assert _when(found) == "2031-07-09/2031-07-10"

    def test_no_organisation_before_the_verb(self) -> None:
        text = "The Oslo Bank said Norway will hold its session in May."
        assert _of(EventKind.MEETING, text) == []


class TestMeetingsOfFormats:
    """A format of cooperation named "... Initiative" whose meeting is told."""

    def test_initiative_summit_is_a_meeting(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Blue Pacific Initiative summit in Suva, from 2 to 4 September, will follow.",
        )
        assert (found.name, found.form) == ("Blue Pacific Initiative summit", "summit")
        assert _when(found) == "2031-09-02/2031-09-04"
        assert _of(EventKind.INITIATIVE, "The Blue Pacific Initiative summit opened.") == []

    def test_meeting_of_an_initiative(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The minister took part on Monday in the ministerial meeting of the Danube Initiative.",
        )
        assert (found.name, _when(found)) == ("Meeting of the Danube Initiative", "2031-04-28")

    def test_initiative_projects_and_fund_rounds_are_no_meetings(self) -> None:
        text = (
            "The Belt and Road Initiative projects were discussed. Donors joined the second "
            "round of the Green Climate Fund."
        )
        assert _of(EventKind.MEETING, text) == []


class TestSpeakerLabels:
    """Transcripts and calendars: a label in capitals before a colon is no part of the
    sentence after it."""

    def test_label_left_out_of_the_sentence(self) -> None:
        text = (
            "Transcript of the briefing.\n\nMS HALVORSEN (spokesperson): The Nordic Council "
            "will meet in Oslo.\nQUESTION (Radio Bergen): Will the minister go?\n"
            "- TROMSO: 42nd session of the Arctic Council."
        )
        assert [s.text for s in split_sentences(text)] == [
            "Transcript of the briefing.",
            "The Nordic Council will meet in Oslo.",
            "Will the minister go?",
            "42nd session of the Arctic Council.",
        ]

    def test_colon_inside_a_line_or_after_lower_case_is_kept(self) -> None:
        text = "The agenda: trade and fisheries.\nNote that the US: no."
        assert [s.text for s in split_sentences(text)] == [
            "The agenda: trade and fisheries.",
            "Note that the US: no.",
        ]

    def test_speaker_is_no_participant(self) -> None:
        text = (
            "MS INGRID HALVORSEN: The Nordic Assembly will hold its annual session in Oslo "
            "on 5 May."
        )
        [found] = _of(EventKind.MEETING, text)
        people = {a.id for a in extract_text(text).actors if a.kind.value == "person"}
        assert not people & set(found.participants)


class TestCalendarItems:
    """A calendar line that opens with an ordinal or kind of session, without an article."""

    def test_session_without_article(self) -> None:
        text = (
            "WEDNESDAY 30 APRIL\n- OSLO: 42nd session of the Arctic Council, Wednesday and "
            "Thursday, chaired by Norway.\n- BERGEN: Extraordinary session of the Nordic "
            "Council at 10:00 on Friday."
        )
        names = [e.name for e in _of(EventKind.MEETING, text)]
        assert "42nd session of the Arctic Council" in names
        assert "Session of the Nordic Council" in names

    def test_no_body_no_meeting(self) -> None:
        text = "Second session of voting ended. First meeting of the minds."
        assert _of(EventKind.MEETING, text) == []


class TestSchemesWithoutProgrammeWord:
    """Shared visa schemes and corridor highways, named without "programme" or "project"."""

    def test_shared_visa(self) -> None:
        found = _of(EventKind.INITIATIVE, "Officials discussed the ASEAN common visa.")
        assert [(e.name, e.form) for e in found] == [("ASEAN common visa", "programme")]

    def test_one_countrys_visa_is_no_scheme(self) -> None:
        text = (
            "Officials discussed the Schengen visa and the Thai tourist visa. She launched a "
            "visa application online."
        )
        assert _of(EventKind.INITIATIVE, text) == []

    def test_corridor_highway(self) -> None:
        found = _of(
            EventKind.INITIATIVE,
            "The ministers discussed the Dakar-Bamako corridor highway and the Pan-American "
            "Highway.",
        )
        assert [(e.name, e.form) for e in found] == [("Dakar-Bamako corridor highway", "project")]

    def test_launched_scheme_told_twice_is_one(self) -> None:
        text = (
            "Andean states to launch common tourist visa\n\nMinisters agreed on Tuesday to "
            "launch a single tourist visa for the region in the first half of 2032."
        )
        [found] = _of(EventKind.INITIATIVE, text)
        assert _when(found) == "2032-01/2032-06"

    def test_two_launched_programmes_stay_two(self) -> None:
        text = (
            "The agency launched a training programme in May. In June it launched a loan programme."
        )
        found = _of(EventKind.INITIATIVE, text)
        assert [e.name for e in found] == ["training programme", "loan programme"]

    def test_no_preposition_left_before_a_date(self) -> None:
        [found] = _of(
            EventKind.INITIATIVE,
            "Ministers agreed to launch the unified tourist visa in the first half of next year.",
        )
        assert (found.name, _when(found)) == ("unified tourist visa", "2032-01/2032-06")


class TestGroupsAtBodies:
    """ "Our Prime Ministers will meet at the X Council in P": the body's meeting."""

    def test_possessive_group_meets_at_a_body_in_an_unknown_town(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Our leaders will meet at the Nordic Leaders' Council in Kuopio on June 9-10.",
        )
        assert (found.name, _when(found)) == (
            "Meeting of the Nordic Leaders' Council",
            "2031-06-09/2031-06-10",
        )

    def test_possessive_is_no_name_of_a_group(self) -> None:
        assert _of(EventKind.MEETING, "Our ministers will meet in Oslo on 9 June.") == []

    def test_unknown_town_without_a_date_is_no_meeting(self) -> None:
        text = "The ministers met at the Andean Council in Tarija, where the weather was fine."
        assert _of(EventKind.MEETING, text) == []


class TestMonthBeforeOf:
    def test_month_opens_no_name(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The ministers welcomed the entry into force in March of the Andean agreement on "
            "customs.",
        )
        assert all(not e.name.startswith("March") for e in found)


class TestVisitorAfterTheSpeaker:
    """ "NAME said the Prime Minister of X would pay a visit": the office-holder visits."""

    def test_office_holder_after_the_speaker(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Peru's Foreign Minister, Ana Soto, said the Prime Minister of Fiji would pay an "
            "official visit to Peru from 20 to 22 October.",
        )
        assert found.name == "Visit of the Prime Minister of Fiji to Peru"
        assert set(found.participants) == {"fj", "pe"}

    def test_speaker_who_visits(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ana Soto said she would pay an official visit to Fiji from 20 to 22 October.",
        )
        assert found.name == "Visit of Ana Soto to Fiji"


class TestHostedForANamedMeeting:
    """ "A hosts B for the first X-Y strategic dialogue": that dialogue, with both."""

    def test_host_and_guest_join_the_dialogue(self) -> None:
        text = (
            "MONDAY 29 SEPTEMBER\n- LIMA: Peruvian Foreign Minister Ana Soto hosts her Chilean "
            "counterpart, Luis Rojas, for the first Peru-Chile strategic dialogue at "
            "foreign-minister level.\nTUESDAY 30 SEPTEMBER\n- QUITO: Talks on trade."
        )
        [found] = _of(EventKind.MEETING, text, published="2031-09-28")
        assert (found.name, found.form) == ("Peru-Chile strategic dialogue", "dialogue")
        assert {"soto-ana", "rojas-luis"} <= set(found.participants)
        assert _when(found) == "2031-09-29"

    def test_hosted_for_unnamed_talks_is_a_meeting_of_the_two(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Chilean Foreign Minister Ana Soto hosted her Peruvian counterpart, Luis Rojas, for "
            "talks on Monday.",
        )
        assert found.name == "Meeting of Ana Soto and Luis Rojas"

    def test_a_countrys_dialogue_is_no_name(self) -> None:
        found = _of(
            EventKind.MEETING,
            "They discussed the Peru-Chile strategic dialogue and the Chilean strategic dialogue.",
        )
        assert [e.name for e in found] == ["Peru-Chile strategic dialogue"]


class TestTheTwoPresidents:
    """ "The two Presidents" are the two persons introduced as presidents, not a
    spokesperson named first."""

    def test_spokesperson_named_first_is_skipped(self) -> None:
        text = (
            "Briefing by the spokesperson, Eva Lind. At the invitation of President Ana Soto, "
            "President Luis Rojas of Peru will pay a state visit to Chile from 14 to 16 March. "
            "The two Presidents will hold talks at La Moneda."
        )
        names = [e.name for e in _of(EventKind.MEETING, text)]
        assert "Meeting of Ana Soto and Luis Rojas" in names
        assert not any("Eva Lind" in name for name in names)

    def test_one_president_is_no_pair(self) -> None:
        text = (
            "Briefing by the spokesperson, Eva Lind. President Ana Soto will visit Peru. The two "
            "presidents met on Tuesday."
        )
        assert [e.form for e in _of(EventKind.MEETING, text)] == ["visit"]


class TestSigningOfANamedTreaty:
    def test_signing_of_the_named_treaty_is_that_treaty(self) -> None:
        text = (
            "President Luis Rojas of Peru will pay a state visit to Chile from 14 to 16 March. "
            "The two Presidents will witness the signing of the Treaty on the Joint "
            "Development of the Humboldt Maritime Zone."
        )
        found = _of(EventKind.AGREEMENT, text)
        assert [e.name for e in found] == [
            "Treaty on the Joint Development of the Humboldt Maritime Zone"
        ]


class TestWorksNamedWithoutHead:
    """A capitalised name that is opened, built or goes into service: a works project."""

    def test_opened_part_and_built_line(self) -> None:
        text = (
            "Rail Andina's main line opened in December 2029, and trains now run. The Nordic "
            "Defence Line, agreed by the defence ministers in January 2024, is largely built."
        )
        found = _of(EventKind.INITIATIVE, text)
        assert [(e.name, e.form, _when(e)) for e in found] == [
            ("Rail Andina", "project", "2029-12"),
            ("Nordic Defence Line", "project", "2024-01"),
        ]

    def test_named_railway_dated_by_its_opening(self) -> None:
        [found] = _of(EventKind.INITIATIVE, "The Kivu Railway went into service in May 2030.")
        assert _when(found) == "2030-05"

    def test_countries_hotels_and_bodies_are_no_works(self) -> None:
        text = (
            "How Canada and Ukraine built their free trade agreement. The Grand Europa Hotel "
            "opened in 1990. The European Parliament was opened by the Queen. New York opened "
            "its doors."
        )
        assert _of(EventKind.INITIATIVE, text) == []


class TestFormatMinistersMeeting:
    """ "Berlin Process foreign ministers' meeting": a meeting named by a format and who
    meets."""

    def test_ministers_meeting_of_a_format(self) -> None:
        text = (
            "- VIENNA: Salzburg Process foreign ministers' meeting hosted by Austria's Foreign "
            "Minister, Eva Gruber."
        )
        [found] = _of(EventKind.MEETING, text)
        assert (found.name, found.form) == (
            "Salzburg Process foreign ministers' meeting",
            "ministerial-meeting",
        )
        assert _of(EventKind.INITIATIVE, text) == []

    def test_format_before_other_words_stays_a_format(self) -> None:
        found = _of(EventKind.INITIATIVE, "The Salzburg Process foreign policy was discussed.")
        assert [e.name for e in found] == ["Salzburg Process"]


class TestOrdinalBeforeANamedSummit:
    """ "the 57th Andean Council summit": the named summit, not also a meeting of the
    council."""

    def test_one_summit(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The ministers prepared the agenda of the 57th Andean Council summit, to be held "
            "in Quito on Dec. 8.",
        )
        assert [(e.name, e.form) for e in found] == [("57th Andean Council summit", "summit")]

    def test_ordinal_before_a_body_alone_is_its_session(self) -> None:
        text = (
            "The Andean Commission met. The sixth Andean Commission took place in Lima on Monday."
        )
        [found] = _of(EventKind.MEETING, text)
        assert found.name == "Sixth meeting of the Andean Commission"


class TestTwoCountriesOwnBody:
    """ "Peru and Chile will hold their binational commission in Lima": its meeting."""

    def test_own_body_convened_at_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Peru and Chile will hold their binational commission in Lima in May.",
        )
        assert (found.name, _when(found)) == (
            "Meeting of the Peru-Chile binational commission",
            "2031-05",
        )
        assert set(found.participants) >= {"pe", "cl"}

    def test_one_country_is_no_pair(self) -> None:
        assert _of(EventKind.MEETING, "Peru held its joint commission in Lima.") == []


class TestHostedBy:
    """ "a dinner hosted by the Prime Minister" is no meeting of the Prime Minister."""

    def test_hosted_by_names_no_meeting(self) -> None:
        text = "The President attended a dinner hosted by Prime Minister Ana Ruiz in Lima."
        assert _of(EventKind.MEETING, text) == []

    def test_a_host_who_hosts_a_guest_meets_them(self) -> None:
        text = "Prime Minister Ana Ruiz hosted President Tomas Berg in Lima on Monday."
        [found] = _of(EventKind.MEETING, text)
        assert found.name == "Meeting of Ana Ruiz and Tomas Berg"
