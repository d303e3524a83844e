"""Event rules of session 12, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind


class TestArrangementsAndCompacts:
    """ "Arrangement" and "Compact" end agreement names like "Agreement" does."""

    def test_signed_arrangement(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Ghana and Togo signed the Accra-Lome Labour Mobility Arrangement in Accra on "
            "12 March 2031.",
        )
        assert (found.name, _when(found)) == (
            "Accra-Lome Labour Mobility Arrangement",
            "2031-03-12",
        )

    def test_compact_to_be_cleared(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Ministers will meet in Abuja to clear a Gulf of Guinea Connectivity Compact.",
        )
        assert found.name == "Gulf of Guinea Connectivity Compact"

    def test_common_nouns_are_no_agreements(self) -> None:
        text = (
            "Arrangements for the visit were made on Monday. The seating arrangement was "
            "changed on Monday. Compact cars sold well in Chile on Monday."
        )
        assert _of(EventKind.AGREEMENT, text) == []


class TestSigningOfTwoActs:
    """ "the signing, on the margins of the Meeting, of the X and of the Y": both signed."""

    TEXT = (
        "The Second Ghana-Togo Joint Commission Meeting was held in Accra on 12 September 2031. "
        "The Ministers welcomed the signing, on the margins of the Meeting, of the Memorandum "
        "of Understanding on Cooperation in Fisheries and of the Arrangement on the Exchange "
        "of Hydrographic Data."
    )

    def test_both_objects_dated_by_the_meeting(self) -> None:
        found = _of(EventKind.AGREEMENT, self.TEXT, "2031-09-14")
        assert [(e.name, _when(e)) for e in found] == [
            ("Memorandum of Understanding on Cooperation in Fisheries", "2031-09-12"),
            ("Arrangement on the Exchange of Hydrographic Data", "2031-09-12"),
        ]

    def test_a_second_clause_is_not_signed(self) -> None:
        text = (
            "The Second Ghana-Togo Joint Commission Meeting was held in Accra on 12 September "
            "2031. The Ministers welcomed the signing of the Memorandum of Understanding on "
            "Fisheries, and the Arrangement on Data Exchange remains under negotiation."
        )
        found = {e.name: _when(e) for e in _of(EventKind.AGREEMENT, text, "2031-09-14")}
        assert found.get("Arrangement on Data Exchange") is None


class TestRetreatsPullAsidesConclaves:
    """Lower-case meeting nouns: a leaders' retreat, a pull-aside, a business conclave."""

    def test_leaders_retreat_named_by_the_group(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Leaders held their retreat at Lautoka on 11 September.",
            "2031-09-12",
        )
        assert (found.name, _when(found)) == ("Leaders' retreat", "2031-09-11")

    def test_retreat_with_a_weekday_keeps_its_name(self) -> None:
        [found] = _of(EventKind.MEETING, "Leaders go into their retreat on Saturday.", "2031-09-09")
        assert found.name == "Leaders' retreat"

    def test_pull_aside_of_two_leaders(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Australian Prime Minister Ella Brandt and Prime Minister Josefa Kaitu held a brief "
            "pull-aside on the margins of the summit on Tuesday.",
            "2031-09-11",
        )
        assert found.name == "Pull-aside of Ella Brandt and Josefa Kaitu"
        assert (found.form, _when(found)) == ("bilateral-meeting", "2031-09-09")

    def test_business_conclave(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ghana will host an ECOWAS business conclave in Accra in early March.",
        )
        assert found.name == "ECOWAS business conclave"
        assert found.status.value == "planned"

    def test_a_retreat_from_a_market_or_a_conclave_of_cardinals_is_no_meeting(self) -> None:
        text = (
            "The company announced a retreat from the market on Monday. The conclave of "
            "cardinals opened on Monday."
        )
        assert _of(EventKind.MEETING, text) == []

    def test_a_forum_in_preparation_is_planned(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "We are also preparing an ECOWAS business forum in Lima with the chambers.",
        )
        assert found.status.value == "planned"


class TestSummitsNamedByTheirOrdinal:
    """ "The fifth, held in Gaborone on 30 March 2022": a summit of the series told before."""

    TEXT = (
        "A short history of summits makes the point. SADC was founded by the Windhoek Treaty "
        "of 17 August 1992. Its fourth summit, in Maputo on 30-31 August 2018, produced a "
        "plan. The fifth, held in Gaborone on 30 March 2022, finally gave the grouping a "
        "Charter. The sixth, in Lusaka on 4 April 2025, adopted a plan."
    )

    def test_each_ordinal_is_a_dated_summit_of_the_body(self) -> None:
        found = _of(EventKind.MEETING, self.TEXT, "2040-02-06")
        assert [(e.name, e.form, _when(e)) for e in found] == [
            ("Fourth SADC summit", "summit", "2018-08-30/2018-08-31"),
            ("Fifth SADC summit", "summit", "2022-03-30"),
            ("Sixth SADC summit", "summit", "2025-04-04"),
        ]

    def test_no_series_before_no_summit(self) -> None:
        text = (
            "SADC published three reports. The fifth, in Gaborone on 30 March 2022, was short. "
            "The first, second and third of these were failures. The fifth, in my view, was worse."
        )
        assert _of(EventKind.MEETING, text, "2040-02-06") == []


class TestGroupsMeetingWithoutNames:
    """A group as the subject of "meet": a possessive group, a list of countries, "would"."""

    def test_the_regions_foreign_ministers_met(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The region's foreign ministers met on Tuesday to finalise the text.",
            "2039-06-02",
        )
        assert (found.name, _when(found)) == (
            "Meeting of the region's foreign ministers",
            "2039-05-31",
        )

    def test_ministers_of_a_list_of_countries_would_meet(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "He said the foreign ministers of Chile, Peru and Bolivia would meet in La Paz on "
            "14 March.",
            "2039-06-02",
        )
        assert found.name == "Meeting of the foreign ministers of Chile, Peru and Bolivia in La Paz"
        assert (_when(found), found.status.value) == ("2040-03-14", "planned")

    def test_other_groups_and_objects_are_no_meetings(self) -> None:
        text = "The region's farmers met on Tuesday. The ministers met the press on Tuesday."
        assert _of(EventKind.MEETING, text, "2039-06-02") == []


class TestMeetingNounsOfUnnamedGroups:
    """ "the meeting of their Foreign Ministers", "Ministers for their preparatory meeting"."""

    def test_meeting_of_their_foreign_ministers(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Heads of State welcomed the outcome of the meeting of their Foreign Ministers "
            "held in Almaty on 31 May 2039.",
            "2039-06-02",
        )
        assert (found.name, found.form) == (
            "Meeting of the Foreign Ministers in Almaty",
            "ministerial-meeting",
        )
        assert _when(found) == "2039-05-31"

    def test_ministers_named_in_apposition_take_part(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The agreement was signed at the meeting of the three countries' Ministers of "
            "Foreign Affairs, Ana Lopez, Bruno Diaz and Carla Ruiz, in Quito on 15 March.",
            "2040-03-16",
        )
        assert found.name == "Meeting of the three countries' Ministers of Foreign Affairs"
        assert len(found.participants) == 3

    def test_preparatory_meeting_of_forum_ministers(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Leaders thanked Forum Foreign Ministers for their preparatory meeting in Apia on "
            "8 September.",
            "2038-09-11",
        )
        assert found.name == "Preparatory meeting of the Forum Foreign Ministers in Apia"
        assert _when(found) == "2038-09-08"

    def test_a_meeting_of_the_board_or_of_minds_is_no_group_meeting(self) -> None:
        text = "He spoke of a meeting of minds on Monday. The meeting of the board was short."
        assert [e.name for e in _of(EventKind.MEETING, text)] == []


class TestTalksOfThePairByOffice:
    """ "official talks between the two Prime Ministers": the pair named by their office."""

    def test_pair_will_hold_talks(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The two Prime Ministers will hold official talks in Honiara on Tuesday 7 September.",
            "2038-09-02",
        )
        assert found.name == "Official talks between the two Prime Ministers"
        assert (found.form, _when(found), found.status.value) == (
            "bilateral-meeting",
            "2038-09-07",
            "planned",
        )

    def test_talks_between_the_pair(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Official talks between the two Presidents took place in Lima on Monday.",
            "2038-09-02",
        )
        assert (found.name, _when(found)) == (
            "Official talks between the two Presidents",
            "2038-08-30",
        )

    def test_two_countries_or_a_named_partner_are_not_this_pair(self) -> None:
        assert _of(EventKind.MEETING, "Talks between the two countries resumed on Monday.") == []
        found = _of(
            EventKind.MEETING, "The two Presidents held talks with President Ana Lopez on Monday."
        )
        assert [e.name for e in found] == ["Meeting of Ana Lopez"]


class TestPutTheirNamesTo:
    """ "put their names to the X Agreement" is a signing."""

    def test_put_their_names_to_signs(self) -> None:
        text = "The four presidents put their names to the Andean Water Agreement in May 2030."
        [found] = _of(EventKind.AGREEMENT, text)
        assert (found.name, _when(found)) == ("Andean Water Agreement", "2030-05")

    def test_a_name_put_to_a_petition_is_no_agreement(self) -> None:
        assert _of(EventKind.AGREEMENT, "He put his name to the petition on Monday.") == []
