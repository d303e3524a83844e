"""Event rules of session 10, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind, Status


class TestWorksProjects:
    """Infrastructure named by a place and lower-case descriptors, or by a works head."""

    def test_descriptors_before_project(self) -> None:
        found = _of(
            EventKind.INITIATIVE,
            "The ministers discussed the Nam Theun hydropower project and the Kayes-Dakar "
            "border crossing modernisation project.",
        )
        assert [(e.name, e.form) for e in found] == [
            ("Nam Theun hydropower project", "project"),
            ("Kayes-Dakar border crossing modernisation project", "project"),
        ]

    def test_border_market_and_power_plant(self) -> None:
        found = _of(
            EventKind.INITIATIVE,
            "They toured the Banda Aceh border market and the Tirana wind power plant.",
        )
        assert [e.name for e in found] == ["Banda Aceh border market", "Tirana wind power plant"]

    def test_country_or_opener_before_descriptors_is_no_name(self) -> None:
        text = (
            "Officials closed the Thai border crossing. The Chinese power plant operator said "
            "Japan will fund a new project. The Accra market centre and the Lima post office "
            "reopened."
        )
        assert _of(EventKind.INITIATIVE, text) == []

    def test_capitalised_works_heads(self) -> None:
        found = _of(
            EventKind.INITIATIVE,
            "They gave the final push to the Nordic Electrical Interconnection System and to "
            "the Blue Nile Dam.",
        )
        assert [e.name for e in found] == [
            "Nordic Electrical Interconnection System",
            "Blue Nile Dam",
        ]

    def test_a_system_that_is_no_works(self) -> None:
        text = "The Andorran Judicial System and the Harmonized System were reformed."
        assert _of(EventKind.INITIATIVE, text) == []

    def test_opening_dates_a_project(self) -> None:
        [found] = _of(
            EventKind.INITIATIVE,
            "Ministers met on Monday. They will open the new Tamba binational border centre "
            "together in September.",
        )
        assert found.name == "Tamba binational border centre"
        assert _when(found) == "2031-09"
        assert found.status is Status.PLANNED

    def test_a_deadline_to_open_is_no_date(self) -> None:
        [found] = _of(
            EventKind.INITIATIVE,
            "They agreed to open the Tamba border market before the end of the year.",
        )
        assert _when(found) is None


class TestLaunchedPartnerships:
    """A partnership that is launched is a programme of work, not a relationship."""

    def test_launched_partnership_is_an_initiative(self) -> None:
        text = (
            "Leaders will launch the Nile Flood Early Warning Partnership on Monday. The Nile "
            "Flood Early Warning Partnership is backed by Norway."
        )
        assert _of(EventKind.AGREEMENT, text) == []
        [found] = _of(EventKind.INITIATIVE, text)
        assert found.name == "Nile Flood Early Warning Partnership"
        assert found.form == "programme"

    def test_relationship_partnership_stays_an_agreement(self) -> None:
        text = (
            "Peru and Chile launched the Peru-Chile Strategic Partnership in 2020. Kenya "
            "signed the Blue Ocean Partnership."
        )
        assert _of(EventKind.INITIATIVE, text) == []
        assert len(_of(EventKind.AGREEMENT, text)) == 2


class TestAdoptedInPlaceInYear:
    """ "the X Strategy adopted in Lusaka in 1994": the place comes between act and year."""

    def test_place_then_year(self) -> None:
        [found] = _of(
            EventKind.INITIATIVE,
            "The body turned the Zambezi Environmental Protection Strategy adopted in Lusaka "
            "in 1994 into a permanent forum.",
        )
        assert _when(found) == "1994"

    def test_no_act_no_date(self) -> None:
        [found] = _of(
            EventKind.INITIATIVE,
            "The Zambezi Environmental Protection Strategy in Lusaka in 1994 was a study.",
        )
        assert _when(found) is None


class TestRegionGroups:
    """ "Nordic defence ministers met in Oslo": a group named by a region adjective alone."""

    def test_region_adjective_groups_meet(self) -> None:
        found = _of(
            EventKind.MEETING,
            "Baltic leaders will meet in Riga in June. Nordic defence ministers met in Bergen "
            "on 2 April.",
        )
        assert [(e.name, _when(e)) for e in found] == [
            ("Summit of the Baltic leaders in Riga", "2031-06"),
            ("Meeting of the Nordic defence ministers in Bergen", "2031-04-02"),
        ]

    def test_senior_officials_and_acronym_groups(self) -> None:
        found = _of(
            EventKind.MEETING,
            "Earlier this year, the Senior Nordic Officials met in Tromso. ASEAN officials met "
            "in Jakarta on 3 March.",
        )
        assert [e.name for e in found] == [
            "Meeting of the Senior Nordic Officials",
            "Meeting of the ASEAN officials in Jakarta",
        ]

    def test_officials_of_one_country_are_no_group(self) -> None:
        text = "Chinese officials met in Geneva on Monday. US officials met in Geneva on Monday."
        assert _of(EventKind.MEETING, text) == []

    def test_sentence_initial_capital_is_no_region(self) -> None:
        text = "Foreign ministers met in Paris on Monday. Arctic ice met the warm sea."
        assert _of(EventKind.MEETING, text) == []

    def test_the_group_meeting_is_the_body_meeting_in_that_place(self) -> None:
        text = (
            "Analysis: the Nordic Council meets in Tromso\n\nWhen Nordic foreign ministers "
            "gather in Tromso on Wednesday, they will discuss fisheries."
        )
        [found] = _of(EventKind.MEETING, text)
        assert found.name == "Meeting of the Nordic Council"
        assert _when(found) == "2031-05-07"


class TestCameToAPlace:
    """ "When the Peruvian Foreign Minister came to Quito in May": a visit."""

    def test_came_to_a_place_is_a_visit(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "When the Peruvian Foreign Minister came to Quito in May, we agreed on a plan.",
        )
        assert found.name == "Visit of the Peruvian Foreign Minister to Quito"
        assert _when(found) == "2031-05"

    def test_never_came_and_came_to_power_are_no_visits(self) -> None:
        text = (
            "President Ana Duarte has never come to Canada. The party came to power in 2010. "
            "The Peruvian Foreign Minister did not come to Quito."
        )
        assert _of(EventKind.MEETING, text) == []


class TestLowerCaseBodySessions:
    """ "The twelfth session of the intergovernmental commission on trade will meet ..."."""

    def test_ordinal_session_of_a_lower_case_body(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The twelfth session of the intergovernmental commission on economic cooperation "
            "will meet in Kumasi on May 24-25.",
        )
        assert found.name == (
            "Twelfth session of the intergovernmental commission on economic cooperation"
        )
        assert _when(found) == "2031-05-24/2031-05-25"

    def test_no_ordinal_or_no_modifier_is_no_body(self) -> None:
        text = (
            "A session of the trade commission ended. The first session of the commission "
            "opened with speeches."
        )
        assert _of(EventKind.MEETING, text) == []


class TestFrameworksSetUp:
    """Bodies and dialogues being set up, or just set up, are frameworks (initiatives)."""

    def test_a_council_that_we_plan_to_set_up(self) -> None:
        [found] = _of(
            EventKind.INITIATIVE,
            "The Peru-Qatar Business Council that we plan to set up will help us.",
        )
        assert found.name == "Peru-Qatar Business Council"
        assert found.status is Status.PLANNED

    def test_a_newly_created_commission(self) -> None:
        found = _of(
            EventKind.INITIATIVE,
            "The newly created Ghana-Chile Joint Commission for Cooperation is due to hold its "
            "first session in Accra on 12-13 October.",
        )
        assert [e.name for e in found] == ["Ghana-Chile Joint Commission for Cooperation"]

    def test_a_body_that_met_or_a_known_body_is_none(self) -> None:
        text = (
            "The Ghana-Chile Joint Commission that met in May agreed on fisheries. The African "
            "Union Commission that we plan to visit is in Addis Ababa."
        )
        assert _of(EventKind.INITIATIVE, text) == []

    def test_a_dialogue_launched_at_that_summit(self) -> None:
        text = (
            "The Ghana-Korea Summit was held in Accra in June last year. Egypt joined the "
            "Ghana-Korea Critical Minerals Dialogue launched at that summit."
        )
        [found] = _of(EventKind.INITIATIVE, text)
        assert found.name == "Ghana-Korea Critical Minerals Dialogue"
        assert found.form == "framework"
        assert _when(found) == "2030-06"

    def test_a_dialogue_held_is_a_meeting(self) -> None:
        text = "The Peru-Chile Strategic Dialogue was held in Lima in May."
        assert _of(EventKind.INITIATIVE, text) == []
        assert [e.name for e in _of(EventKind.MEETING, text)] == ["Peru-Chile Strategic Dialogue"]


class TestActsNamingActs:
    """ "Agreement establishing the X Commission", "Protocol amending the Agreement on Y"."""

    def test_agreement_establishing_a_body_is_one_name(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "They recalled the Agreement establishing the Ghana-Togo Joint Permanent "
            "Commission on Cooperation, signed in 1990.",
        )
        assert found.name == (
            "Agreement establishing the Ghana-Togo Joint Permanent Commission on Cooperation"
        )
        assert _when(found) == "1990"

    def test_protocol_amending_an_agreement_names_both(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The Parliament ratified the Protocol amending the Agreement between Ghana and "
            "Togo on International Road Transport of 1997.",
        )
        assert [e.name for e in found] == [
            "Protocol amending the Agreement between Ghana and Togo on International Road "
            "Transport",
            "Agreement between Ghana and Togo on International Road Transport",
        ]
        assert _when(found[1]) == "1997"

    def test_declaration_establishing_a_partnership_names_both(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The leaders adopted a Joint Declaration establishing a Strategic Partnership "
            "between the Republic of Ghana and the Togolese Republic.",
        )
        assert [e.form.value for e in found] == ["declaration", "partnership"]

    def test_establishing_after_a_body_is_no_joiner(self) -> None:
        found = _of(EventKind.AGREEMENT, "The Kenya Council establishing new rules met today.")
        assert found == []


class TestUnnamedAgreementSigned:
    """ "the agreement on marine pollution, signed in Tromso in 2013": an agreement."""

    def test_agreement_on_a_topic_signed_in(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "Two texts followed: the agreement on marine oil pollution preparedness, signed in "
            "Bergen in 2013, and the agreement on the recognition of driving licences, which "
            "was signed in 2019.",
        )
        assert [(e.name, _when(e)) for e in found] == [
            ("agreement on marine oil pollution preparedness", "2013"),
            ("agreement on the recognition of driving licences", "2019"),
        ]

    def test_agreement_on_a_topic_not_signed(self) -> None:
        text = "The agreement on trade was discussed at length."
        assert _of(EventKind.AGREEMENT, text) == []


class TestSignedAfterAPartyOrAcceded:
    """ "the X Agreement with the EU, signed in 2014", "the Y Treaty, to which Z acceded in"."""

    def test_signed_after_the_party(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "It is consistent with the Association Agreement with the European Union, signed "
            "in 2014.",
        )
        assert _when(found) == "2014"

    def test_acceded_to(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "It is consistent with the Energy Community Treaty, to which Ghana acceded in 2017.",
        )
        assert _when(found) == "2017"

    def test_a_party_and_no_act_gives_no_date(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The Association Agreement with the European Union matters, as it did in 2014.",
        )
        assert _when(found) is None
