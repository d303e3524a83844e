"""Event rules of session 8, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import extract_text as _extract
from tests.extract._sentences import when as _when

from diplotimeline.model import ActorKind, Event, EventKind, Status


class TestPluralTitles:
    """ "Foreign Ministers A of Peru and B of Norway": each person holds the office."""

    def test_coordinated_people_after_a_plural_office(self) -> None:
        found = _extract(
            "Foreign Ministers Ana Ruiz of Peru and Tomas Berg of Norway met in Lima on "
            "Tuesday to discuss fisheries."
        )
        people = {a.id: a for a in found.actors if a.kind is ActorKind.PERSON}
        assert set(people) == {"ruiz-ana", "berg-tomas"}
        assert [(r.title, r.of) for r in people["ruiz-ana"].roles] == [("Foreign Minister", "pe")]
        assert [(r.title, r.of) for r in people["berg-tomas"].roles] == [("Foreign Minister", "no")]
        [meeting] = [e for e in found.events if e.kind is EventKind.MEETING]
        assert {"ruiz-ana", "berg-tomas"} <= set(meeting.participants)
        assert _when(meeting) == "2031-04-29"

    def test_a_list_of_three_after_a_one_word_plural_office(self) -> None:
        found = _extract(
            "Presidents Lina Okafor of Ghana, Pedro Salas of Bolivia and Ivo Horvat of "
            "Croatia opened the forum."
        )
        people = {a.id: a for a in found.actors if a.kind is ActorKind.PERSON}
        assert set(people) == {"okafor-lina", "salas-pedro", "horvat-ivo"}
        assert [r.title for r in people["salas-pedro"].roles] == ["President"]
        assert [r.of for r in people["horvat-ivo"].roles] == ["hr"]

    def test_a_plural_office_before_one_name_or_a_cup_names_nobody(self) -> None:
        found = _extract("The Presidents Cup opened in Lima on Tuesday before big crowds.")
        assert not [a for a in found.actors if a.kind is ActorKind.PERSON]


class TestUnnamedOfficeHolderVisits:
    """ "The Argentine President will pay a state visit to Chile": the country visits."""

    def test_demonym_office_visit_is_the_countrys(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "The Argentine President will pay a state visit to Chile next month, the "
            "foreign ministry said.",
        )
        assert visit.name == "Visit of the Argentine President to Chile"
        assert set(visit.participants) == {"ar", "cl"}
        assert visit.status is Status.PLANNED
        assert _when(visit) == "2031-06"

    def test_office_of_a_country_and_possessive_visit(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "The council was set up during the Portuguese prime minister's visit to Rabat "
            "in March 2027.",
        )
        assert visit.name == "Visit of the Portuguese prime minister to Rabat"
        assert set(visit.participants) == {"pt", "ma"}
        assert _when(visit) == "2027-03"

    def test_the_holder_named_elsewhere_is_the_visitor(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "Chilean President Tomas Berg thanked his hosts in Buenos Aires on Monday. The "
            "Argentine President will pay a state visit to Chile next month, and the "
            "Chilean President will welcome her in Santiago.",
        )
        assert "berg-tomas" not in visit.participants
        assert "ar" in visit.participants

    def test_a_headline_visit_joins_the_visit_named_in_the_body(self) -> None:
        """The headline's "next week" and the body's three days: one visit, the body's dates."""
        [visit] = _of(
            EventKind.MEETING,
            "Peru's president to make state visit to Norway next week\n\n"
            "LIMA, May 4 (Reuters) - Peruvian President Ana Ruiz will pay a state visit to "
            "Norway from May 7 to 9, the foreign ministry said on Monday.",
        )
        assert visit.name == "Visit of Ana Ruiz to Norway"
        assert _when(visit) == "2031-05-07/2031-05-09"

    def test_an_unresolved_headline_visit_folds_into_the_persons(self) -> None:
        """No person is introduced with the headline's office and country: the country's
        visit still joins the one visit a person makes to that place."""
        [visit] = _of(
            EventKind.MEETING,
            "Peru's president to make state visit to Norway next week\n\n"
            "LIMA, May 4 (Reuters) - President Ana Ruiz will pay a state visit to Norway "
            "from May 7 to 9, the foreign ministry said on Monday.",
        )
        assert visit.name == "Visit of Ana Ruiz to Norway"
        assert _when(visit) == "2031-05-07/2031-05-09"
        assert "pe" in visit.participants

    def test_no_country_no_visit(self) -> None:
        """An office of no stated country, or an office that is the object: no visit."""
        assert not _of(EventKind.MEETING, "The president will visit the factory next week.")
        assert not _of(
            EventKind.MEETING,
            "Officials said the King of Norway had no plans to attend the opera in June.",
        )


class TestYearModifiers:
    """A year written in or after an agreement's name is when it was made."""

    def test_year_before_a_lower_case_head(self) -> None:
        [accord] = _of(EventKind.AGREEMENT, "Both sides recalled the 2018 accord on fisheries.")
        assert _when(accord) == "2018"

    def test_last_noun_of_a_compound_is_the_head(self) -> None:
        """ "framework agreement" is an agreement; "cooperation framework" an initiative."""
        [deal] = _of(
            EventKind.AGREEMENT,
            "They looked forward to a third contract under the 2022 framework agreement on "
            "defence procurement.",
        )
        assert deal.name == "2022 framework agreement"
        assert _when(deal) == "2022"
        assert not _of(
            EventKind.AGREEMENT,
            "They discussed the Blue Water cooperation framework with donors.",
        )

    def test_year_after_the_name(self) -> None:
        [accord] = _of(EventKind.AGREEMENT, "The Lima Accord of 2004 set the fishing rules.")
        assert (accord.name, _when(accord)) == ("Lima Accord", "2004")
        [treaty] = _of(EventKind.AGREEMENT, "The Treaty on Fisheries (2011) remains in force.")
        assert (treaty.name, _when(treaty)) == ("Treaty on Fisheries", "2011")

    def test_a_year_that_is_a_target_is_no_signing_date(self) -> None:
        [strategy] = _of(EventKind.INITIATIVE, "Ghana presented its 2040 Green Growth Strategy.")
        assert _when(strategy) is None

    def test_signed_in_a_year_before_between(self) -> None:
        [treaty] = _of(
            EventKind.AGREEMENT,
            "They welcomed the Treaty of Friendship signed in 1973 between the two countries.",
        )
        assert _when(treaty) == "1973"


class TestAgreementReferredBack:
    """ "That agreement was signed in 2004": the date of the agreement named just before."""

    def test_that_agreement_was_signed(self) -> None:
        [deal] = _of(
            EventKind.AGREEMENT,
            "The leaders discussed widening the Peru-Chile Preferential Trade Agreement. That "
            "agreement was signed in 2004 but entered into force only in June 2009.",
        )
        assert deal.name == "Peru-Chile Preferential Trade Agreement"
        assert _when(deal) == "2004"

    def test_apposition_signed(self) -> None:
        [deal] = _of(
            EventKind.AGREEMENT,
            "The leaders discussed the Ghana-Peru Investment Treaty. The treaty, signed in "
            "1998, covers mining.",
        )
        assert _when(deal) == "1998"

    def test_another_agreement_in_between_keeps_the_name_undated(self) -> None:
        deals = _of(
            EventKind.AGREEMENT,
            "They recalled the Treaty of Friendship. Peru and Chile also signed a fisheries "
            "agreement on Monday. The agreement, signed after long talks, is the first.",
        )
        [treaty] = [d for d in deals if d.name == "Treaty of Friendship"]
        assert _when(treaty) is None


class TestBodiesSetUp:
    """A bilateral council or working group that was set up is an initiative of the two."""

    def test_passive_set_up_dated_by_its_clause(self) -> None:
        [council] = _of(
            EventKind.INITIATIVE,
            "The Peru-Norway Strategic Council was set up in September 2024 and meets yearly.",
        )
        assert council.name == "Peru-Norway Strategic Council"
        assert _when(council) == "2024-09"

    def test_active_created_with_the_subject_as_party(self) -> None:
        [group] = _of(
            EventKind.INITIATIVE,
            "In March 2029, Peru and Norway created the Peru-Norway Energy Working Group.",
        )
        assert _when(group) == "2029-03"
        assert {"pe", "no"} <= set(group.participants)

    def test_set_up_during_a_visit_takes_its_date(self) -> None:
        events = _events_of(
            "The Ghana-Peru Cooperation Council was set up during the Ghanaian president's "
            "visit to Lima in June 2026 and held its second meeting in Accra last year.",
            "2028-01-10",
        )
        [council] = [e for e in events if e.kind is EventKind.INITIATIVE]
        assert _when(council) == "2026-06"

    def test_a_known_organisation_or_a_short_name_is_no_initiative(self) -> None:
        assert not _of(EventKind.INITIATIVE, "The African Union Commission was set up in 2002.")
        assert not _of(EventKind.INITIATIVE, "The Joint Commission was set up in 2002.")


def _events_of(text: str, published: str) -> tuple[Event, ...]:
    return _extract(text, published).events


class TestHeadlineMeetings:
    """Meetings told in a headline, where names are joined by a comma."""

    def test_comma_joined_names_in_a_headline(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "Ruiz, Berg meet in Lima to discuss fisheries\n\n"
            "LIMA, May 4 (Reuters) - Peruvian President Ana Ruiz and Norwegian Prime Minister "
            "Tomas Berg vowed on Sunday to deepen fisheries ties.",
        )
        assert set(meeting.participants) >= {"ruiz-ana", "berg-tomas"}

    def test_two_countries_leaders_are_the_persons_introduced_for_them(self) -> None:
        [meeting] = _of(
            EventKind.MEETING,
            "Peru, Norway leaders meet in Lima, vow closer fisheries ties\n\n"
            "LIMA, May 4 (Reuters) - Peruvian President Ana Ruiz and Norwegian Prime Minister "
            "Tomas Berg vowed on Sunday to deepen fisheries ties.",
        )
        assert meeting.name == "Meeting of Ana Ruiz and Tomas Berg"

    def test_the_headline_meeting_joins_the_bodys_meeting_at_a_venue(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "Peru, Norway leaders to meet at Arctic summit\n\n"
            "LIMA, May 4 - Peruvian President Ana Ruiz will meet Norwegian Prime Minister "
            "Tomas Berg on the sidelines of the Fifth Arctic Summit in Oslo on Wednesday.",
        )
        pairs = [m for m in meetings if {"ruiz-ana", "berg-tomas"} <= set(m.participants)]
        assert len(pairs) == 1

    def test_a_comma_in_a_body_sentence_joins_no_one(self) -> None:
        """Outside a headline, "X, Y met" is no coordination."""
        found = _of(
            EventKind.MEETING,
            "Talks went on all day. Aides to Peruvian President Ana Ruiz, Norwegian Prime "
            "Minister Tomas Berg met reporters.",
        )
        assert not [m for m in found if {"ruiz-ana", "berg-tomas"} <= set(m.participants)]


class TestDependentMeetings:
    """Meetings dated by the event they depend on, or told as an earlier encounter."""

    def test_talks_where_a_summit_was_for_which_a_visit_was_made(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "LIMA, Aug 21 - Peruvian President Ana Ruiz will meet Chilean President Tomas Berg "
            "on Wednesday.\n\nRuiz last travelled to Norway in November 2019 for the eleventh "
            "Arctic summit in Oslo, where she held talks with then-Prime Minister Lars Holm.",
            "2023-08-21",
        )
        by_name = {m.name: m for m in meetings}
        assert _when(by_name["Arctic summit"]) == "2019-11"
        assert _when(by_name["Meeting of Ana Ruiz and Lars Holm"]) == "2019-11"

    def test_their_first_call_is_an_earlier_call(self) -> None:
        calls = _of(
            EventKind.MEETING,
            "Peruvian Foreign Minister Ana Ruiz held a telephone conversation with Norwegian "
            "Foreign Minister Tomas Berg on June 4. This was the second telephone "
            "conversation between the two Ministers this year, following their first call "
            "on January 22.",
            "2031-06-06",
        )
        assert sorted(_when(c) or "" for c in calls) == ["2031-01-22", "2031-06-04"]
        [first] = [c for c in calls if _when(c) == "2031-01-22"]
        assert first.name == "First call of Ana Ruiz and Tomas Berg"

    def test_the_two_last_met_in_a_place(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "Peruvian Foreign Minister Ana Ruiz met Norwegian Foreign Minister Tomas Berg in "
            "Oslo on Thursday. The two ministers last met in Lima in February.",
            "2031-06-06",
        )
        [earlier] = [m for m in meetings if m.name.startswith("Previous")]
        assert (_when(earlier), earlier.location) == ("2031-02", "Lima")

    def test_a_first_meeting_of_a_board_is_no_earlier_encounter(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "Peruvian Foreign Minister Ana Ruiz met Norwegian Foreign Minister Tomas Berg in "
            "Oslo on Thursday. Shares rose after the first meeting of the board in March.",
            "2031-06-06",
        )
        assert not [m for m in meetings if m.name.startswith(("Previous", "First"))]


class TestMoreInitiativeHeads:
    """Named diplomatic processes, cables and observatories are initiatives."""

    def test_process_cable_observatory(self) -> None:
        names = {
            e.name
            for e in _of(
                EventKind.INITIATIVE,
                "The ministers backed the Atlantic States Process and discussed a joint "
                "Pacific Fisheries Observatory and the Humboldt Sea Cable, a 3,000-km "
                "undersea link.",
            )
        }
        assert names == {
            "Atlantic States Process",
            "Pacific Fisheries Observatory",
            "Humboldt Sea Cable",
        }

    def test_a_lower_case_process_is_none(self) -> None:
        assert not _of(EventKind.INITIATIVE, "The approval process for the cable took years.")


class TestVisitOf:
    """ "the official visit of X to Y": the visitor after "of", the place after "to"."""

    def test_visit_of_a_named_person(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "The deal was signed during the State Visit of President Ana Ruiz to Norway on 4 May.",
        )
        assert visit.name == "Visit of Ana Ruiz to Norway"
        assert _when(visit) == "2031-05-04"

    def test_visit_of_an_unnamed_office_holder(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "The treaty was signed during the official visit of the Armenian Prime Minister "
            "to Georgia.",
        )
        assert visit.name == "Visit of the Armenian Prime Minister to Georgia"
        assert set(visit.participants) == {"am", "ge"}

    def test_visit_to_premises_in_a_place(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "The Chilean Foreign Minister will visit our headquarters in Lima next week.",
        )
        assert visit.name == "Visit of the Chilean Foreign Minister to Lima"
        assert visit.status is Status.PLANNED

    def test_visits_of_a_delegation_or_of_tourists_are_none(self) -> None:
        assert not _of(EventKind.MEETING, "The visit of the delegation to Lima was cancelled.")
        assert not _of(EventKind.MEETING, "The visits of tourists to Peru rose in May.")


class TestPluralTitlesWithPortfolio:
    def test_ministers_of_a_portfolio_and_of_the_country(self) -> None:
        found = _extract(
            "Ministers of International Relations Lina Okafor of Ghana and Pedro Salas of "
            "the Dominican Republic will meet in Accra on Monday."
        )
        roles = {
            a.id: [(r.title, r.of) for r in a.roles]
            for a in found.actors
            if a.kind is ActorKind.PERSON
        }
        assert roles == {
            "okafor-lina": [("Minister of International Relations", "gh")],
            "salas-pedro": [("Minister of International Relations", "do")],
        }


class TestVisitorCountry:
    """The visitor's country, as the article introduces the visitor, is a party to the visit."""

    def test_demonym_before_or_office_of_after(self) -> None:
        [visit] = _of(EventKind.MEETING, "Peruvian President Ana Ruiz will visit Norway on 4 June.")
        assert visit.participants == ("ruiz-ana", "pe", "no")
        [visit] = _of(
            EventKind.MEETING,
            "Ana Ruiz, President of the Republic of Peru, will visit Norway on 4 June.",
        )
        assert "pe" in visit.participants

    def test_a_country_named_for_something_else_is_not_the_visitors(self) -> None:
        [visit] = _of(
            EventKind.MEETING,
            "After the talks on Chile, President Ana Ruiz will visit Norway on 4 June.",
        )
        assert "cl" not in visit.participants


class TestRoundsReferredTo:
    """A round told by its ordinal or place alone is a round of the negotiations spoken of."""

    def test_final_round_after_a_named_round(self) -> None:
        names = {
            m.name
            for m in _of(
                EventKind.MEETING,
                "The Ministers reviewed the fourth round of negotiations on fisheries, and "
                "agreed that the final round will take place in Santiago later this month.",
                "2031-03-06",
            )
        }
        assert "Final round of negotiations" in names

    def test_fifth_and_last_round(self) -> None:
        [round_] = _of(
            EventKind.MEETING,
            "The text was finalised at the fifth and last round of talks, held in Lima on "
            "March 22-23.",
            "2031-04-06",
        )
        assert round_.name == "Fifth and last round of talks"
        assert _when(round_) == "2031-03-22/2031-03-23"

    def test_a_place_round_of_the_negotiations_told_before(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "Negotiations on Bolivia's accession are going well. The Brussels round last "
            "month closed six chapters.",
            "2033-07-15",
        )
        assert [(m.name, _when(m)) for m in meetings] == [
            ("Brussels round of negotiations", "2033-06")
        ]

    def test_rounds_of_no_negotiations_are_none(self) -> None:
        assert not _of(EventKind.MEETING, "The second round will be played in Lima on Sunday.")


class TestBridgesAndStatutes:
    def test_a_bridge_is_dated_by_its_opening_a_statute_is_an_agreement(self) -> None:
        [bridge] = _of(
            EventKind.INITIATIVE, "The Kazungula Bridge, opened in 2021, links the two countries."
        )
        assert _when(bridge) == "2021"
        [statute] = _of(
            EventKind.AGREEMENT, "Both sides recalled the Andean Migration Statute adopted in 2021."
        )
        assert _when(statute) == "2021"

    def test_a_programme_completed_is_not_dated_by_its_end(self) -> None:
        [programme] = _of(EventKind.INITIATIVE, "The Lima Programme was completed in 2019.")
        assert _when(programme) is None


class TestAgreedToHold:
    """Consultations the two sides of a call agreed to hold are a meeting of their own."""

    def test_consultations_at_a_level_after_a_call(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "Foreign Minister Ana Ruiz of Peru spoke by phone with Foreign Minister Tomas Berg "
            "of Norway on 5 March. During the conversation, the Ministers agreed to hold "
            "political consultations between the two foreign ministries at the level of "
            "deputy ministers in the first half of the year.",
            "2031-03-06",
        )
        [consultations] = [m for m in meetings if m.name.startswith("Political")]
        assert consultations.name == "Political consultations at the level of deputy ministers"
        assert _when(consultations) == "2031-01/2031-06"
        assert {"ruiz-ana", "berg-tomas"} <= set(consultations.participants)
        # the call is still one meeting, not split by "During the conversation"
        assert len(meetings) == 2

    def test_bare_talks_are_too_little(self) -> None:
        meetings = _of(
            EventKind.MEETING,
            "The two ministers held talks in Lima on Monday. They agreed to hold talks on the "
            "matter soon.",
        )
        assert not [m for m in meetings if m.name == "Talks"]
