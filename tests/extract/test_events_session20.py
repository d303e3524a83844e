"""Meeting rules of session 20 (what events_dev10 showed the readers still miss): meetings of
groups and bodies and meetings of a series, told in ordinary news phrasing, each on sentences
written for these tests (invented people, other bodies, countries and years) with
counter-examples that must not fire.

The causes are general: a group of office-holders that meets at a place and a date ("finance
ministers, who meet in P on DATE", "the ministers met in P on DATE", "governors will meet
again in P on DATE", "ministers ended their two-day meeting in P on DATE"), also after a
body's name with its acronym in brackets; a meeting of a series told by "will be held",
"took place", "is planned for" or an apposition ("The next ordinary summit will be held in P
in DATE", "A third is planned for P in DATE", "The last summit, in P in DATE, ended ..."); a
host of the leaders ("which will host the leaders in P in DATE"); a session named by its place
("at their Council of Ministers in P in DATE"); a summit's place told by "P, where the leaders
meet"; and a summit anaphor dated by a participle ("the summit, held on DATE").
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind


def _meetings(text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.name, when(e), e.status.value) for e in events_of(EventKind.MEETING, text, published)
    ]


class TestGroupMeets:
    """A group of office-holders that meets at a place and a date is one meeting."""

    def test_relative_clause_with_dates(self) -> None:
        text = (
            "The Andean Community's tariff schedule is left to trade ministers, who meet in"
            " Cusco on 9 and 10 March, on the sidelines of a regional forum."
        )
        assert _meetings(text, "2071-02-01") == [
            ("Meeting of the trade ministers in Cusco", "2071-03-09/2071-03-10", "planned")
        ]

    def test_definite_group_met_at_place_and_days(self) -> None:
        text = (
            "Peru chairs the Pacific Alliance this year. The ministers met in Arequipa on"
            " Monday and Tuesday."
        )
        assert _meetings(text, "2071-05-14") == [
            ("Meeting of the ministers in Arequipa", "2071-05-11/2071-05-12", "occurred")
        ]

    def test_when_they_meet_in_a_season(self) -> None:
        text = (
            "The African Union's report will go to agriculture ministers when they meet in"
            " Nairobi in the autumn."
        )
        found = _meetings(text, "2072-04-20")
        assert [(name, status) for name, _, status in found] == [
            ("Meeting of the agriculture ministers in Nairobi", "planned")
        ]

    def test_meet_again_with_governors(self) -> None:
        text = "ASEAN finance ministers and governors will meet again in Cebu on 5 and 6 October."
        assert _meetings(text, "2073-04-12") == [
            (
                "Meeting of the finance ministers and governors in Cebu",
                "2073-10-05/2073-10-06",
                "planned",
            )
        ]

    def test_ended_their_two_day_meeting(self) -> None:
        text = (
            "Finance ministers and central bank governors of the Group of Seven ended their"
            " two-day meeting in Bari on Saturday with a joint statement."
        )
        found = _meetings(text, "2070-05-18")
        assert len(found) == 1
        name, date, status = found[0]
        assert name.startswith("Meeting of the finance ministers and central bank governors")
        assert name.endswith("in Bari")
        assert status == "occurred"
        assert date is not None
        assert date.endswith("2070-05-17")

    def test_presidents_due_to_meet(self) -> None:
        text = (
            "Mercosur's plan goes to the presidents, who are due to meet in Asunción early"
            " next year."
        )
        found = _meetings(text, "2068-09-02")
        assert [(name, status) for name, _, status in found] == [("Summit in Asunción", "planned")]

    def test_heads_of_state_of_a_body_with_its_acronym(self) -> None:
        text = (
            "Heads of state of the Southern African Development Community (SADC) meet in"
            " Gaborone on 18 and 19 August for their ordinary summit."
        )
        found = _meetings(text, "2074-08-12")
        assert len(found) == 1
        name, date, status = found[0]
        assert "Southern African Development Community" in name
        assert name.endswith("in Gaborone")
        assert (date, status) == ("2074-08-18/2074-08-19", "planned")

    def test_where_the_leaders_meet(self) -> None:
        """ "to P this month, where the leaders of the X (ACR) meet on DATE": held at P."""
        text = (
            "She will take the plan to Maputo this month, where the leaders of the Southern"
            " African Development Community (SADC) meet on 17 and 18 August."
        )
        assert _meetings(text, "2075-08-03") == [
            ("SADC summit in Maputo", "2075-08-17/2075-08-18", "planned")
        ]

    def test_negatives(self) -> None:
        """No place and date after the verb, or no meeting at all: nothing is read."""
        for text in (
            "The ministers met in Arequipa.",  # no date: which meeting?
            "The new plant will meet the demand in Lagos by 2072.",
            "The budget must meet its targets in Ghana in 2072, ministers said.",
            "The meeting point for the march is in Lyon on Friday.",
            "The climbers reached the summit of Mont Blanc on 3 August 2070.",
        ):
            assert _meetings(text, "2071-06-01") == [], text


class TestSeriesMeetings:
    """A meeting of a series told by "will be held", "took place", "is planned for"."""

    def test_next_ordinary_summit_will_be_held(self) -> None:
        text = (
            "SADC has 16 member states. The next ordinary summit will be held in Lilongwe in"
            " the second half of 2073."
        )
        assert _meetings(text, "2072-09-01") == [
            ("Next ordinary summit in Lilongwe", "2073-07/2073-12", "planned")
        ]

    def test_first_sherpa_meeting_then_an_ordinal_anaphor(self) -> None:
        text = (
            "The first G7 sherpa meeting of the year took place in Turin in January. A second"
            " is planned for Naples in April, when negotiators will start on the communiqué."
        )
        assert _meetings(text, "2071-03-01") == [
            ("First G7 sherpa meeting in Turin", "2071-01", "occurred"),
            ("Second G7 sherpa meeting in Naples", "2071-04", "planned"),
        ]

    def test_possessive_first_sherpa_meeting(self) -> None:
        text = "Canada's first sherpa meeting is planned for Halifax in February."
        assert _meetings(text, "2071-12-01") == [
            ("First sherpa meeting in Halifax", "2072-02", "planned")
        ]

    def test_last_summit_in_apposition(self) -> None:
        """ "The last summit, in P in DATE": "last" is the text's, not the name's."""
        text = (
            "ECOWAS has 15 members. The last summit, in Dakar in May 2069, ended without a"
            " deal on the fund."
        )
        assert _meetings(text, "2070-03-10") == [("Summit in Dakar", "2069-05", "occurred")]

    def test_first_leaders_summit_held_in(self) -> None:
        text = "The first ASEAN leaders' summit, held in Bali in February 1976, lasted two days."
        assert _meetings(text, "2070-03-10") == [
            ("First ASEAN leaders' summit in Bali", "1976-02", "occurred")
        ]

    def test_host_of_the_leaders(self) -> None:
        text = (
            "Italy takes over the presidency and will host the leaders in Taormina in May"
            " next year."
        )
        found = _meetings(text, "2071-06-20")
        assert found == [("Summit in Taormina", "2072-05", "planned")]

    def test_host_of_the_groups_ministers(self) -> None:
        text = (
            "Moldova, which holds the chair, will host the group's trade ministers in Chisinau"
            " in May."
        )
        assert _meetings(text, "2073-02-11") == [
            ("Meeting of the trade ministers in Chisinau", "2073-05", "planned")
        ]

    def test_host_of_the_next_named_council(self) -> None:
        text = "We thank Peru, which will host our next Presidential Council in Lima in 2075."
        assert _meetings(text, "2074-03-02") == [
            ("Next Presidential Council in Lima", "2075", "planned")
        ]

    def test_place_where_a_state_hosts_the_following_summit(self) -> None:
        text = "Next stop: Montevideo, where Uruguay will host the following summit in December."
        assert _meetings(text, "2073-06-30") == [("Summit in Montevideo", "2073-12", "planned")]

    def test_place_where_without_a_date_is_none(self) -> None:
        for text in (
            "Next stop: Montevideo, where Uruguay will host the following summit.",
            "They flew to Montevideo, where the mayor hosts the next summit of cities in May.",
        ):
            assert _meetings(text, "2073-06-30") == [], text

    def test_host_of_a_first_officials_meeting(self) -> None:
        text = "Canada will host a first senior officials' meeting in Iqaluit in the autumn."
        found = _meetings(text, "2071-05-12")
        assert [(name, status) for name, _, status in found] == [
            ("First senior officials' meeting in Iqaluit", "planned")
        ]

    def test_whose_first_ministerial_meeting_was_held(self) -> None:
        text = (
            "The V4+2, whose first ministerial meeting was held in Kosice on 3 November 2061,"
            " met again."
        )
        assert _meetings(text, "2072-06-10")[:1] == [
            ("First ministerial meeting in Kosice", "2061-11-03", "occurred")
        ]

    def test_host_without_place_and_date_is_none(self) -> None:
        for text in (
            "The city will host the leaders in style.",
            "Ghana will host the next summit.",
            "The firm hosts the ministers in Accra every year.",
        ):
            assert _meetings(text, "2074-03-02") == [], text

    def test_first_met_at_leaders_level(self) -> None:
        text = "The group first met at leaders' level in Lisbon on 7 and 8 December 2060."
        assert _meetings(text, "2071-06-20") == [
            ("Leaders' summit in Lisbon", "2060-12-07/2060-12-08", "occurred")
        ]

    def test_session_named_by_its_place(self) -> None:
        text = (
            "The session began late because of the budget, which members had failed to agree"
            " at their Council of Ministers in Mindelo in March."
        )
        assert _meetings(text, "2072-07-15") == [
            ("Council of Ministers in Mindelo", "2072-03", "occurred")
        ]

    def test_at_an_extraordinary_session(self) -> None:
        text = (
            "Ministers agreed at an extraordinary session in Asmara on Thursday to send observers."
        )
        assert _meetings(text, "2076-10-06") == [
            ("Extraordinary session in Asmara", "2076-10-01", "occurred")
        ]

    def test_at_a_meeting_in_place_and_month(self) -> None:
        text = "The defence ministers settled the quarrel at a meeting in Bata in June."
        assert _meetings(text, "2072-09-04") == [("Meeting in Bata", "2072-06", "occurred")]

    def test_summit_anaphor_dated_by_a_participle(self) -> None:
        text = (
            "The Lomé summit approved the fund. She said the summit, held on Thursday and"
            " Friday, had also adopted a declaration."
        )
        found = _meetings(text, "2070-10-04")
        assert [(name, date) for name, date, _ in found] == [
            ("Lomé summit", "2070-10-02/2070-10-03")
        ]

    def test_negatives(self) -> None:
        for text in (
            "The next summit will be held in Luanda.",  # no date
            "The festival's next edition will be held in Perth in March.",
            "A third is planned for Lagos in July.",  # a third of what?
            "A third of the budget is planned for Lagos in July.",
            "She met him at a meeting point in Lyon in June.",
        ):
            assert _meetings(text, "2071-06-01") == [], text

    def test_session_of_an_adopted_programme_is_left_to_the_agreements(self) -> None:
        """ "the Fund, approved at their meeting in P in May": the act's date, not a meeting."""
        text = (
            "Ministers reviewed the Coral Reef Fund, a programme that the leaders approved at"
            " their meeting in Apia in May and that will run from 2073 to 2076."
        )
        assert not [n for n, _, _ in _meetings(text, "2072-09-01") if n == "Meeting in Apia"]


class TestBodyMeets:
    """A standing body of states, in lower case, that meets at a place and a date."""

    def test_joint_commission_after_a_relative_clause(self) -> None:
        """ "in the first week of March": days 1 to 7, the part the month alone leaves out."""
        text = (
            "The two governments agreed that the Ghana-Togo joint commission, which has not"
            " met since 2066, will meet in Lomé in the first week of March to settle the"
            " survey."
        )
        assert _meetings(text, "2071-01-10") == [
            (
                "Meeting of the Ghana-Togo joint commission in Lomé",
                "2071-03-01/2071-03-07",
                "planned",
            )
        ]

    def test_third_week_of_a_month(self) -> None:
        text = "The joint committee will meet in Tema in the third week of April."
        assert _meetings(text, "2071-01-10") == [
            ("Meeting of the joint committee in Tema", "2071-04-15/2071-04-21", "planned")
        ]

    def test_met_on_a_day(self) -> None:
        text = "The Peru-Bolivia binational commission met in Puno on 4 March and agreed a plan."
        assert _meetings(text, "2071-03-08") == [
            ("Meeting of the Peru-Bolivia binational commission in Puno", "2071-03-04", "occurred")
        ]

    def test_negatives(self) -> None:
        for text in (
            "The joint committee meets annually.",
            "The joint commission will meet in Accra.",  # no date
            "The joint commission will meet the demand for visas in Accra by 2072.",
        ):
            assert _meetings(text, "2071-03-08") == [], text


class TestPlaceSummitsInATownAndItsCountry:
    """ "at the summit in TOWN, COUNTRY, in MONTH": a town the gazetteer lacks, placed by its
    country and dated right after."""

    def test_town_then_country_then_date(self) -> None:
        text = (
            "The minister recalled his talks with the Nordic leaders at the summit in"
            " Bodenfjord, Norway, in March, and thanked his host."
        )
        found = _meetings(text, "2074-09-01")
        assert [(date, status) for _, date, status in found] == [("2074-03", "occurred")]
        assert found[0][0] == "Summit in Bodenfjord"

    def test_town_and_country_without_a_date_is_none(self) -> None:
        text = "The minister recalled the summit in Bodenfjord, Norway, and thanked his host."
        assert _meetings(text, "2074-09-01") == []


class TestGroupsAndSeriesNeedAnOwner:
    """A group's or a series' meeting told by place and date needs a body or a state the text
    names, and gives way to a named meeting of its sentence (fix-20)."""

    def test_group_without_body_nor_state_is_none(self) -> None:
        for text in (
            "Defence ministers met in Tallinn on Monday.",
            "Their ministers will meet in Tunis on 4 June.",
            "The ministers met in Arequipa on Monday and Tuesday.",
            "Finance ministers and governors will meet again in Cebu on 5 and 6 October.",
        ):
            assert _meetings(text, "2071-05-14") == [], text

    def test_group_of_a_named_body(self) -> None:
        text = "Foreign ministers of the Arab League met in Rabat on Monday."
        found = _meetings(text, "2071-05-14")
        assert [(date, status) for _, date, status in found] == [("2071-05-11", "occurred")]
        assert found[0][0].endswith("in Rabat")

    def test_series_without_a_body_is_none(self) -> None:
        for text in (
            "Exports fell in April. The next summit will be held in Bogotá in 2074.",
            "Officials said the next ordinary summit would be held in Kigali in March.",
            "The first sherpa meeting took place in Hue in February. A third is planned for"
            " Da Nang in July.",
        ):
            assert _meetings(text, "2063-05-16") == [], text

    def test_series_of_the_body_the_text_names(self) -> None:
        text = (
            "The East African Community has eight members. Officials said the next ordinary"
            " summit would be held in Kigali in March."
        )
        assert _meetings(text, "2063-05-16") == [
            ("Next ordinary summit in Kigali", "2064-03", "planned")
        ]

    def test_named_meeting_of_the_sentence_is_kept_alone(self) -> None:
        text = "Caricom leaders met in Bridgetown on Monday for the 48th Caricom Summit."
        assert _meetings(text, "2063-05-16") == [("48th Caricom Summit", "2063-05-14", "occurred")]

    def test_named_meeting_elsewhere_leaves_the_group_its_meeting(self) -> None:
        text = (
            "Before the 12th Caricom Summit in Kingston on 3 July, Caricom foreign ministers"
            " met in Castries on Monday."
        )
        assert _meetings(text, "2063-05-16") == [
            ("12th Caricom Summit", "2063-07-03", "planned"),
            ("Meeting of the foreign ministers in Castries", "2063-05-14", "occurred"),
        ]
