"""Event rules of session 23 (meetings named by a noun phrase), each on sentences written for
these tests (invented people, other bodies, countries and years) with counter-examples that
must not fire.

The causes are general in diplomatic news: a meeting told in passing by a noun phrase after
"at" ("agreed at a meeting of their transport ministers in P on D", "updated at a meeting of
senior officials in P in M", "will review it at its plenary session in P in M"); a body's
conference named by its topic ("the UN climate conference, COP88, in November"); a round of
talks named bare ("the fourth round of those negotiations") after the text said what is
negotiated ("negotiations on a X Convention"); and a body "meeting in extraordinary session
in P" (the session's kind names it, its place follows).
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind

_PUBLISHED = "2058-05-02"  # a Thursday


def _meetings(text: str, published: str = _PUBLISHED) -> list[tuple[str, str | None]]:
    return [(e.name, _when(e)) for e in _of(EventKind.MEETING, text, published)]


class TestGroupMeetingInAClause:
    """ "at a meeting of their water ministers in Tumbes on 3 June": the group's meeting."""

    def test_their_ministers_are_the_subject_states(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ecuador and Peru agreed at a meeting of their water ministers in Tumbes on 3 June "
            "to share the river's flow.",
            _PUBLISHED,
        )
        assert found.name == "Meeting of the water ministers in Tumbes"
        assert _when(found) == "2058-06-03"
        assert found.location == "Tumbes"
        assert {"ec", "pe"} <= set(found.participants)

    def test_officials_of_the_body_the_text_is_about(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Andean Community's rules were updated at a meeting of senior officials in Lima "
            "in March.",
            _PUBLISHED,
        )
        assert found.name == "Meeting of the senior officials in Lima"
        assert _when(found) == "2058-03"
        assert "andean-community" in found.participants

    def test_their_without_states_gives_nothing(self) -> None:
        assert not _meetings(
            "Ecuador hosted the talks. Officials agreed at a meeting of their water ministers "
            "in Tumbes on 3 June to share the flow."
        )

    def test_no_body_no_meeting(self) -> None:
        assert not _meetings("They agreed at a meeting of senior officials in Lima in May.")

    def test_no_date_after_the_place_no_meeting(self) -> None:
        assert not _meetings(
            "The Andean Community's rules were updated at a meeting of senior officials in Lima."
        )


class TestOwnSession:
    """ "at its plenary session in Bamako in November": the standing body's session."""

    def test_session_of_the_body_named_long_before(self) -> None:
        filler = " ".join(["The river was low and the barges waited for rain."] * 14)
        found = _of(
            EventKind.MEETING,
            "The Niger Basin Commission adopted a navigation code in Niamey on 2 April. "
            f"{filler} The commission's member states will review the code at its plenary "
            "session in Bamako in November.",
            _PUBLISHED,
        )
        sessions = [e for e in found if "session" in e.name.lower()]
        assert [e.name for e in sessions] == [
            "Plenary session of the Niger Basin Commission in Bamako"
        ]
        assert _when(sessions[0]) == "2058-11"
        assert "niger-basin-commission" in sessions[0].participants

    def test_a_company_holds_no_session(self) -> None:
        assert not _meetings(
            "The company will review the plan at its annual session in Bamako in November."
        )

    def test_a_body_that_is_no_standing_body(self) -> None:
        assert not _meetings(
            "The Niger Basin Authority issued a code. Its members will review it at its annual "
            "session in Bamako in November."
        )


class TestOwnOrgan:
    """ "at its Permanent Council in Lima in January": the organ of the body taken up."""

    def test_organ_of_the_body_the_text_is_about(self) -> None:
        found = _meetings(
            "Ana Ruiz was for many years Peru's voice at the Andean Community. The Secretary "
            "General wrote that the organisation would hold a tribute to her at its Permanent "
            "Council in Lima in January.",
            "2046-06-12",
        )
        assert found == [("Permanent Council of the Andean Community in Lima", "2047-01")]

    def test_no_organisation_named(self) -> None:
        assert not _meetings(
            "The firm will hold a vote at its Supervisory Board in Lima in January."
        )


class TestGroupHoldsAMeeting:
    """ "Foreign ministers hold a preparatory meeting on Monday": that meeting, to come."""

    _SUMMIT = "Leaders of the Andean Community meet in Lima next Wednesday and Thursday. "

    def test_present_of_a_schedule(self) -> None:
        found = _meetings(
            self._SUMMIT + "Foreign ministers hold a preparatory meeting on Monday to settle "
            "the draft texts.",
            "2054-10-09",  # a Friday
        )
        assert ("Preparatory meeting of the foreign ministers", "2054-10-12") in found

    def test_no_organisation_named(self) -> None:
        assert not _meetings("Foreign ministers hold a preparatory meeting on Monday.")

    def test_without_a_day(self) -> None:
        found = _meetings(
            self._SUMMIT + "Foreign ministers hold a preparatory meeting to settle the texts.",
            "2054-10-09",
        )
        assert all("Preparatory" not in name for name, _ in found)


class TestTopicConference:
    """ "the UN ocean conference in June": a body's conference named by its topic."""

    def test_conference_with_its_acronym_in_apposition(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The island states will press their case at the UN climate conference, COP88, in "
            "November.",
            _PUBLISHED,
        )
        assert found.name == "UN climate conference COP88"
        assert _when(found) == "2058-11"
        assert found.status.value == "planned"
        assert "un" in found.participants

    def test_conference_the_text_calls_on(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The declaration calls on the UN ocean conference in June to set up a fund.",
            _PUBLISHED,
        )
        assert found.name == "UN ocean conference"
        assert _when(found) == "2058-06"

    def test_without_a_date_no_conference(self) -> None:
        assert not _meetings("The UN climate conference was a success, the minister said.")

    def test_a_indefinite_conference_is_none(self) -> None:
        assert not _meetings("Ministers want a UN water conference in June to discuss it.")


class TestRoundOfWhatWasNegotiated:
    """ "The fifth round of talks" after "Negotiations on a Caspian Treaty on Fisheries"."""

    def test_round_of_talks_after_the_negotiations_named(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Negotiations on a Caspian Treaty on Fisheries broke up in Baku on Friday without "
            "agreement. The fifth round of talks, held at the foreign ministry from Monday to "
            "Friday, narrowed differences.",
            _PUBLISHED,
        )
        assert found.name == "Fifth round of talks on a Caspian Treaty on Fisheries"
        assert _when(found) == "2058-04-22/2058-04-26"

    def test_round_of_those_negotiations(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "She said her first task would be to revive negotiations on a Mekong Treaty on "
            "Fisheries, which have stalled for two years. Laos's Foreign Minister, Somphone "
            "Keo, said the second round of those negotiations would open in Hanoi in September.",
            _PUBLISHED,
        )
        assert found.name == "Second round of negotiations on a Mekong Treaty on Fisheries"
        assert _when(found) == "2058-09"

    def test_a_round_that_says_what_it_is_on_keeps_it(self) -> None:
        names = [
            n
            for n, _ in _meetings(
                "Talks on a trade pact with Chile ended. The second round of talks on security "
                "will open in Lima in May."
            )
        ]
        assert all("trade pact" not in name for name in names)

    def test_nothing_negotiated_told_before(self) -> None:
        assert [
            n for n, _ in _meetings("The sixth round of negotiations opened in Geneva on Monday.")
        ] == ["Sixth round of negotiations"]


class TestSessionTold:
    """ "the Rhine Commission, meeting in extraordinary session in Strasbourg last Tuesday"."""

    def test_participle_in_extraordinary_session(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Slovakia wants the matter raised at the Rhine Commission, meeting in extraordinary "
            "session in Strasbourg last Tuesday, before the summer.",
            _PUBLISHED,
        )
        assert found.name == "Extraordinary session of the Rhine Commission"
        assert found.location == "Strasbourg"
        assert _when(found) is not None


class TestSummitInACityOfTheCountry:
    """ "the Apia summit" and "their summit in Samoa": one summit, placed in the city."""

    def test_headline_city_and_body_country(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Island leaders split as Apia summit closes\n\nAPIA, May 16 - Leaders of the "
            "Pacific Islands Forum closed their summit in Samoa on Sunday with a declaration. "
            "The Apia summit was the first in years.",
            "2061-05-16",
        )
        assert found.name == "Pacific Islands Forum summit in Apia"
        assert found.location == "Apia"
        assert _when(found) == "2061-05-15"

    def test_a_city_of_another_country_is_another_summit(self) -> None:
        names = [
            n
            for n, _ in _meetings(
                "Leaders of the Pacific Islands Forum closed their summit in Samoa on Sunday "
                "with a declaration. The Nadi summit was the first since 2040."
            )
        ]
        assert "Pacific Islands Forum summit in Samoa" in names
        assert "Nadi summit" in names

    def test_a_summit_of_another_year_is_another(self) -> None:
        names = [
            n
            for n, _ in _meetings(
                "Leaders of the Pacific Islands Forum closed their summit in Samoa on Sunday. "
                "In 2049 the Apia summit had failed."
            )
        ]
        assert len(names) == 2


class TestMinistersMeetingWithItsDay:
    """ "chaired the foreign ministers' meeting on Tuesday": that meeting, of that day."""

    _SUMMIT = "Leaders of the Andean Community ended their summit in Lima on Thursday. "

    def test_possessive_meeting_with_its_day(self) -> None:
        found = _meetings(
            self._SUMMIT + "Peru's Foreign Minister Ana Ruiz, who chaired the foreign "
            "ministers' meeting on Tuesday that cleared the final draft, called it a turning "
            "point.",
            "2046-05-05",
        )
        assert ("Foreign ministers' meeting", "2046-05-01") in found

    def test_without_its_day_nothing(self) -> None:
        found = _meetings(self._SUMMIT + "The foreign ministers' meeting was tense.", "2046-05-05")
        assert [n for n, _ in found] == ["Andean Community summit in Lima"]

    def test_without_an_organisation_nothing(self) -> None:
        assert not _meetings("Ana Ruiz chaired the foreign ministers' meeting on Tuesday.")

    def test_a_leaders_summit_with_its_day_is_the_summit_named(self) -> None:
        found = _meetings(self._SUMMIT + "The leaders' summit on Thursday was short.", "2046-05-05")
        assert [n for n, _ in found] == ["Andean Community summit in Lima"]


class TestPossessiveVisit:
    """ "during President NAME's state visit": that visit, placed by its clause."""

    def test_visit_placed_by_the_clause_it_frames(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Chilean officials were pleased that the deal builds on the memorandum Chile and "
            "Peru signed in Santiago on 12 March, during President Rosa Quispe's state visit.",
            "2046-05-05",
        )
        assert found.name == "State visit of Rosa Quispe to Santiago"
        assert found.location == "Santiago"
        assert _when(found) is None  # the day is the memorandum's, within the visit
        assert found.status.value == "mentioned"
        assert {"quispe-rosa", "cl"} <= set(found.participants)

    def test_visit_dated_right_after(self) -> None:
        assert _meetings(
            "President Rosa Quispe's state visit next week will focus on trade.", "2046-05-05"
        ) == [("State visit of Rosa Quispe", "2046-05-07/2046-05-13")]

    def test_a_visit_read_before_is_taken_up(self) -> None:
        found = _meetings(
            "Peru's President Rosa Quispe arrived in Santiago on Monday for a state visit. The "
            "deal was signed on Tuesday, during Quispe's state visit.",
            "2046-05-05",
        )
        assert [n for n, _ in found] == ["Visit of Rosa Quispe to Santiago"]

    def test_a_visit_programme_is_no_visit(self) -> None:
        assert not _meetings("President Rosa Quispe's visit programme was published.")


class TestSessionCalledByABodyInApposition:
    """ "The X Commission, the body that ..., will hold an extraordinary session"."""

    def test_body_then_apposition_then_verb(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Rhine Commission, the Strasbourg-based body that oversees navigation under "
            "the Mannheim Convention of 1868, will hold an extraordinary session next Tuesday "
            "at the request of France.",
            _PUBLISHED,
        )
        assert found.name == "Extraordinary session of the Rhine Commission"
        assert _when(found) == "2058-05-07"
        assert found.status.value == "planned"

    def test_another_subject_after_the_body(self) -> None:
        assert not _meetings(
            "The Rhine Commission, which France chairs, said that Germany, a founding member, "
            "will hold an extraordinary session next Tuesday."
        )


class TestGroupAddressed:
    """ "presented to SADC energy ministers in Lusaka in July": that group's meeting."""

    def test_group_of_a_body_in_capitals(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The solar roadmap is due to be presented to SADC energy ministers in Lusaka in July.",
            _PUBLISHED,
        )
        assert [(e.name, _when(e)) for e in found] == [
            ("Meeting of the SADC energy ministers in Lusaka", "2058-07")
        ]
        assert "sadc" in found[0].participants

    def test_a_states_ministers_are_no_body(self) -> None:
        assert not _meetings("The plan was sent to UK ministers in London in May.")

    def test_a_people_is_no_body(self) -> None:
        assert not _meetings("The plan was sent to Chilean ministers in Santiago in May.")

    def test_without_a_date_nothing(self) -> None:
        assert not _meetings("The roadmap will be presented to SADC energy ministers in Lusaka.")


class TestPlannedTopicMeeting:
    """ "a ministerial meeting on X ... is pencilled in for the P summit's margins"."""

    def test_meeting_at_the_margins_of_a_summit(self) -> None:
        found = _of(
            EventKind.MEETING,
            "Leaders of the Southern African Development Community will meet in Maputo on 8 "
            "and 9 October. A ministerial meeting on the grid's second phase, covering 2061 to "
            "2065, is pencilled in for the Maputo summit's margins.",
            _PUBLISHED,
        )
        [topic] = [e for e in found if e.name.startswith("Ministerial")]
        assert topic.name == "Ministerial meeting on the grid's second phase"
        assert topic.status.value == "planned"
        # the summit's days, not the years of the phase
        assert _when(topic) == "2058-10-08/2058-10-09"

    def test_not_said_to_be_planned(self) -> None:
        assert not _meetings("A ministerial meeting on fisheries would be useful.")

    def test_a_bare_meeting_on_a_topic(self) -> None:
        assert not _meetings("A meeting on fisheries is planned for the summer.")


class TestPlacedTopicMeeting:
    """ "the extraordinary summit on flood control held in Lilongwe last June"."""

    def test_summit_on_a_topic_at_a_place_and_date(self) -> None:
        assert _meetings(
            "The leaders decided to convene the extraordinary summit on flood control held in "
            "Lilongwe last June.",
            "2046-05-02",
        ) == [("Extraordinary summit on flood control in Lilongwe", "2045-06")]

    def test_conference_to_host(self) -> None:
        found = _meetings(
            "The Rabat Declaration backed a proposal to host an international conference on "
            "Sudan's recovery in Nairobi in October.",
            "2046-05-02",
        )
        assert ("International conference on Sudan's recovery in Nairobi", "2046-10") in found

    def test_without_a_kind_nothing(self) -> None:
        assert not _meetings("A meeting on trade in Lima in May was cancelled.")

    def test_without_a_date_nothing_of_this_reader(self) -> None:
        found = _meetings("The extraordinary summit on flood control held in Lilongwe failed.")
        assert all(" in Lilongwe" not in name for name, _ in found)


class TestReportOfAMeeting:
    """ "the Report of the Extraordinary Summit on X held in P on D": the summit is named."""

    def test_report_of_a_summit(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The ministers discussed the Report of the Extraordinary Summit on Flood Control "
            "held in Lilongwe on 18 June 2042.",
            "2043-02-10",
        )
        assert found.name == "Extraordinary Summit on Flood Control"
        assert found.location == "Lilongwe"
        assert _when(found) == "2042-06-18"

    def test_a_named_body_is_still_its_meeting(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The African Union convened an emergency meeting on the crisis in Addis Ababa on "
            "Monday.",
            "2043-02-10",
        )
        assert found.name == "Emergency meeting of the African Union"


class TestSummitPlacedByItsName:
    """ "the Lilongwe summit": held in Lilongwe (which cross-document merging uses)."""

    def test_place_in_the_name(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Secretary-General attended the Lilongwe summit on 18 June.",
            "2043-02-10",
        )
        assert found.location == "Lilongwe"

    def test_a_body_in_the_name_is_no_place(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The Secretary-General attended the SADC summit on 18 June.",
            "2043-02-10",
        )
        assert all(e.location is None for e in found)


class TestWhoseMinistersMetInATown:
    """ "Chile and Bolivia, whose foreign ministers met in Tacna on 25 May": placed there."""

    def test_town_with_its_date(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Upstream, the mood is calmer. Chile and Bolivia, whose foreign ministers met in "
            "Tacna on 25 May over a weir, agreed there to set up a group.",
            "2046-06-12",
        )
        assert found.name == "Meeting of the foreign ministers of Chile and Bolivia in Tacna"
        assert found.location == "Tacna"
        assert _when(found) == "2046-05-25"

    def test_a_town_without_a_date_is_not_taken(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Chile and Bolivia, whose foreign ministers met in Tacna over a weir, agreed.",
            "2046-06-12",
        )
        assert found.location is None


class TestNextSummitDated:
    """ "Its next summit is expected in 2048": the next summit of the series told before."""

    _SUMMIT = "Leaders of the Pacific Islands Forum closed their summit in Apia on Sunday. "

    def test_next_summit_with_its_year(self) -> None:
        found = _meetings(
            self._SUMMIT + "Its next summit is expected in 2048, after Samoa hands the chair "
            "to Tonga.",
            "2046-05-02",
        )
        assert ("Next Pacific Islands Forum summit", "2048") in found

    def test_no_summit_told_before(self) -> None:
        assert not _meetings("Prices rose. Its next summit is expected in 2048.")

    def test_a_place_is_read_as_before(self) -> None:
        found = _meetings(
            self._SUMMIT + "The next summit will be held in Nuku'alofa in 2048.", "2046-05-02"
        )
        assert [n for n, _ in found if "Next" in n] == []


class TestNextMeetingInApposition:
    """ "chose Ghana to host the next meeting, in Accra in 2050": that meeting, placed."""

    _SUMMIT = "Commonwealth leaders met in Limassol on Friday. "

    def test_next_meeting_with_place_and_year(self) -> None:
        found = _meetings(
            self._SUMMIT + "The leaders also chose Ghana to host the next meeting, in Accra in "
            "2050.",
            "2047-06-26",
        )
        assert ("Commonwealth meeting in Accra", "2050") in found

    def test_without_a_date_after_the_place(self) -> None:
        found = _meetings(
            self._SUMMIT + "They discussed the next meeting, in Accra, at length.", "2047-06-26"
        )
        assert all("Accra" not in name for name, _ in found)


class TestScreens:
    """The new readers' patterns skip a sentence only where they cannot match it."""

    def test_scan_sentence_is_finditer(self) -> None:
        import re

        from diplotimeline.extract import _event_noun_meets, meetings
        from diplotimeline.extract._event_cues import FrameIndex, _needed, load_cues
        from diplotimeline.extract._sentences import split_sentences

        text = (
            "Ecuador and Peru agreed at a meeting of their water ministers in Tumbes on 3 June. "
            "AT A MEETING OF SENIOR OFFICIALS IN LIMA IN MAY, THEY AGREED. "
            "It will be reviewed at its plenary session in Bamako in November. "
            "Prices rose. The fifth round of talks ended. The Council met. "
            "The Andean Community's rules were updated at a Meeting of Senior Officials in Lima."
        )
        spans = [(s.start, s.end) for s in split_sentences(text)]
        index = FrameIndex(text, spans, load_cues())
        patterns = [
            value
            for module in (_event_noun_meets, meetings)
            for value in vars(module).values()
            if isinstance(value, re.Pattern) and _needed(value)
        ]
        assert _event_noun_meets._GROUP_CLAUSE in patterns
        for pattern in patterns:
            for number, (start, end) in enumerate(spans):
                plain = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
                fast = [
                    (m.span(), m.groups()) for m in index.scan_sentence(pattern, number, start, end)
                ]
                assert fast == plain, (pattern.pattern[:60], text[start:end])

    def test_linear_on_a_long_run_of_words(self) -> None:
        import time

        text = "at a meeting of " + "senior " * 20000 + "officials in Lima in May."
        started = time.perf_counter()
        _meetings(text)
        assert time.perf_counter() - started < 10
