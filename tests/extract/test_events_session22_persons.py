"""Actor and meeting rules of session 22 (persons-22: what events_dev11 showed the person and
meeting readers still miss), each on sentences written for these tests (invented people, other
countries and years) with counter-examples that must not fire.

The causes are general in news: a person described by a demonym and a trade before the name
("the Nepali economist NAME"); a given name that is also a place, with the family name used
alone elsewhere ("Ms Lindqvist"); a relation after a possessive pronoun and a comma ("her
counterpart, NAME"); a lower-case possessor before an office in apposition ("NAME, the
opposition's foreign affairs spokesman"); "O'Neill", "D'Souza" as one word of a name. For
meetings: a pronoun as the one who meets ("where she holds talks with NAME", "the office said
he would meet NAME"), with the person named just before; a meeting announced during a visit
still to come, or "while in P" during a named meeting held there, takes its days; "is also
expected to meet" is a plan; "she would meet the Venezuelan ambassador on Friday" (an
office-holder left unnamed, of a country named by its demonym); "is expected in Colombo for a
state visit on 10-12 November" (a visit to come); "the two ministers, A and B, who agreed when
they met on the margins of the forum" ("they" the pair joined by "and" named before); "On the
margins of the meeting the Finance Minister also met the Governor for Indonesia, Minister of
Finance NAME" (an office taken up for the one introduced with it as written, a second office
after the apposition's comma, the meeting taken up as host). For bodies: an organ named by the
meeting it holds ("the Colombo Plan's Consultative Committee Meeting") is no actor. For places:
the ISO 3166-1 territories with a code of their own (Martinique, Guadeloupe, Réunion, Aruba
...) are countries of the gazetteer, not UN members; one named only after a town and a comma
("in Saint-Denis, Réunion") locates the town and is no actor.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.extract.actors import analyze_actors
from diplotimeline.extract.gazetteer import UNMembership, load_gazetteer
from diplotimeline.model import Country, EventKind, Person


def _people(text: str) -> dict[str, Person]:
    analysis = analyze_actors(text, document_id="doc")
    return {actor.id: actor for actor in analysis.actors if isinstance(actor, Person)}


def _names(text: str) -> set[str]:
    return {person.name for person in _people(text).values()}


class TestDescribedByTrade:
    """ "the Nepali economist NAME": "the", a demonym or none, a trade and a name."""

    def test_demonym_and_trade(self) -> None:
        """The demonym gives the person's country."""
        text = "Its new chair, the Ghanaian economist Kwame Asante Boateng, spoke first."
        found = _people(text)
        assert ["Kwame Asante Boateng"] == [person.name for person in found.values()]
        assert "gh" == next(iter(found.values())).country

    def test_two_word_demonym(self) -> None:
        """ "the South African lawyer NAME"."""
        text = "The panel heard the South African lawyer Thandi Mokoena on Tuesday."
        assert {"Thandi Mokoena"} == _names(text)

    def test_trade_without_demonym(self) -> None:
        """ "the historian NAME" names a person too."""
        text = "The archive was opened by the historian Pieter Kruger in 2044."
        assert {"Pieter Kruger"} == _names(text)

    def test_trade_without_name(self) -> None:
        """No name after the trade: no person."""
        assert not _people("The Peruvian economist said growth was weak in 2044.")

    def test_company_is_no_person(self) -> None:
        """ "the French company NAME": a company is no trade of a person."""
        assert not _people("The French company Morel Energie won the tender.")

    def test_capitalised_trade_is_no_person(self) -> None:
        """ "The Economist Intelligence Unit": a capitalised noun is a name, not a trade."""
        assert not _people("Figures from the Economist Intelligence Unit were cited.")

    def test_needs_the(self) -> None:
        """Without "the" before it, the trade describes no named person."""
        assert not _people("Many an economist Lars Holm would cite disagrees.")


class TestPlaceGivenNameUsedAlone:
    """A given name that is also a place, the family name used alone elsewhere."""

    def test_after_honorific_elsewhere(self) -> None:
        """ "Norway's Minister of Foreign Affairs, Sofia Brekke" with "Ms Brekke"."""
        text = (
            "The meeting was chaired by Norway's Minister of Foreign Affairs, Sofia Brekke, and "
            "Peru's Foreign Minister, Luis Salas. Ms Brekke told reporters it went well."
        )
        assert {"Sofia Brekke", "Luis Salas"} == _names(text)

    def test_family_name_said(self) -> None:
        """ "Foreign Minister Victoria Osei of Ghana" with "Osei said"."""
        text = "Foreign Minister Victoria Osei of Ghana opened the talks. Osei said it was time."
        assert {"Victoria Osei"} == _names(text)

    def test_family_name_not_used_alone(self) -> None:
        """ "President Lima Barros" with no other use of "Barros": not enough."""
        assert not _people("President Lima Barros met the press in Lima on Friday.")


class TestRelationAfterPossessive:
    """ "her counterpart, NAME": a relation made definite by a possessive pronoun."""

    def test_counterpart_after_her(self) -> None:
        """The counterpart named after the comma is a person."""
        text = (
            "Foreign Minister Anna Varga visited Slovakia to settle the last points with her "
            "counterpart, Tomas Kollar, and parliament voted in October."
        )
        assert {"Anna Varga", "Tomas Kollar"} == _names(text)

    def test_predecessor_after_his(self) -> None:
        """ "his predecessor, NAME,"."""
        text = "The new envoy thanked his predecessor, Malik Haddou, on his first day."
        assert {"Malik Haddou"} == _names(text)

    def test_counterparts_that_are_countries(self) -> None:
        """A relation followed by countries names no person."""
        assert not _people("Our counterparts, Peru and Chile, came to Lima on Monday.")

    def test_relation_without_name(self) -> None:
        """No name after the comma: no person."""
        assert not _people("She phoned her counterpart, as promised, on Monday.")


class TestLowerCasePossessorBeforeOffice:
    """ "NAME, the opposition's foreign affairs spokesman": a possessor before the office."""

    def test_said_name_the_oppositions_spokesman(self) -> None:
        """The name before the apposition is a person."""
        text = '"We will vote no," said Imani Wekesa, the opposition\'s foreign affairs spokesman.'
        assert {"Imani Wekesa"} == _names(text)

    def test_partys_deputy_leader(self) -> None:
        """ "the party's deputy leader"."""
        text = '"Not yet," said Amara Lindo, the party\'s deputy leader, on Monday.'
        assert {"Amara Lindo"} == _names(text)

    def test_possessor_and_no_office(self) -> None:
        """A possessor followed by no office makes no person."""
        assert not _people('"No," said Amara Lindo, the party\'s best hope.')


def _meetings(text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [
        (event.name, when(event), event.status.value)
        for event in events_of(EventKind.MEETING, text, published)
    ]


class TestPronounMeets:
    """ "she holds talks with NAME", "he would meet NAME": the pronoun's person meets."""

    def test_where_she_holds_talks(self) -> None:
        """The person of the sentence before; "holds ... on Friday" is a plan."""
        text = (
            "Foreign Minister Nadia Oyelaran of Nigeria arrived in Accra on Tuesday. She leaves "
            "on Thursday for Lome, where she holds talks with Togo's Foreign Minister, Kodjo "
            "Amegan, on Friday."
        )
        names = {(name, status) for name, _, status in _meetings(text, "2071-03-02")}
        assert ("Meeting of Nadia Oyelaran and Kodjo Amegan", "planned") in names

    def test_said_he_would_meet_during_visit(self) -> None:
        """A meeting announced after a dated visit still to come takes the visit's days."""
        text = (
            "President Ilse Vermeer of Suriname will pay a three-day state visit to Brazil from "
            "4 to 6 May. The presidency said she would meet Brazil's President, Renato Falcao "
            "Souza."
        )
        assert (
            "Meeting of Ilse Vermeer and Renato Falcao Souza",
            "2071-05-04/2071-05-06",
            "planned",
        ) in _meetings(text, "2071-03-02")

    def test_two_persons_before_pronoun(self) -> None:
        """Two persons named in the sentence before: whose pronoun it is, it does not say."""
        text = (
            "Minister Omar Sefu and Minister Juma Bakari of Tanzania met investors. The ministry "
            "said he would meet Kenya's Minister of Trade, Grace Wanjiru."
        )
        assert not any("Sefu and Grace" in name for name, _, _ in _meetings(text, "2071-03-02"))

    def test_pronoun_without_person_met(self) -> None:
        """No person met after the verb: no meeting."""
        text = (
            "Kenya's Minister of Trade, Grace Wanjiru, met investors. He would meet Ugandan "
            "officials."
        )
        assert [] == _meetings(text, "2071-03-02")

    def test_past_talks_keep_their_own_day(self) -> None:
        """Talks held (past) after a visit's lead are not given the visit's days."""
        text = (
            "LIMA, May 9 (AP) - Peru and Bolivia signed a gas accord on Tuesday, during a "
            "three-day visit to Peru by Bolivian President Mateo Quispe Arce. Quispe Arce, who "
            "arrived on Monday, held talks with Peruvian President Rosa Ibarra Vidal."
        )
        dates = {name: date for name, date, _ in _meetings(text, "2071-05-09")}
        talks = [date for name, date in dates.items() if name.startswith("Meeting of")]
        assert talks
        assert all(date is None or "/" not in date for date in talks)


class TestWhileIn:
    """ "X is also expected to meet NAME while in P": during the named meeting held in P."""

    def test_while_in_takes_the_meeting_days(self) -> None:
        """The meeting of the sentence before, in that place, gives the days; a plan."""
        text = (
            "Trade Minister Omar Sefu of Tanzania is to sign the accord in Nairobi, on the "
            "sidelines of the Africa Trade Forum on 14 and 15 May. Sefu is also expected to meet "
            "Kenya's Minister of Trade, Grace Wanjiru, while in Nairobi."
        )
        assert (
            "Meeting of Omar Sefu and Grace Wanjiru",
            "2071-05-14/2071-05-15",
            "planned",
        ) in _meetings(text, "2071-03-02")

    def test_while_in_another_place(self) -> None:
        """ "while in" a place no meeting named before is held in: no days taken."""
        text = (
            "Trade Minister Omar Sefu of Tanzania is to sign the accord in Nairobi, on the "
            "sidelines of the Africa Trade Forum on 14 and 15 May. Sefu is also expected to meet "
            "Uganda's Minister of Trade, Paul Okello, while in Kampala."
        )
        found = {name: date for name, date, _ in _meetings(text, "2071-03-02")}
        assert (
            found.get("Meeting of Omar Sefu and Paul Okello", "absent") != "2071-05-14/2071-05-15"
        )


class TestLeavesForVisit:
    """ "leaves for P on DAY for a four-day visit": the day is the visit's first."""

    def test_leaves_for_starts_the_visit(self) -> None:
        """Leaving for the place starts the stay there."""
        text = (
            "President Ilse Vermeer leaves for Brasilia on 4 May for a three-day visit to Brazil."
        )
        assert [("Visit of Ilse Vermeer to Brazil", "2071-05-04/2071-05-06", "planned")] == (
            _meetings(text, "2071-03-02")
        )

    def test_left_a_place_ends_the_visit(self) -> None:
        """ "left Lima on DAY after a three-day visit": the day is the visit's last."""
        text = "President Ilse Vermeer left Lima on 4 May after a three-day visit to Peru."
        assert [("Visit of Ilse Vermeer to Peru", "2071-05-02/2071-05-04", "occurred")] == (
            _meetings(text, "2071-06-02")
        )


def _countries(text: str) -> set[str]:
    analysis = analyze_actors(text, document_id="doc")
    return {actor.id for actor in analysis.actors if isinstance(actor, Country)}


class TestTerritories:
    """ISO 3166-1 territories are countries of the gazetteer, not UN members."""

    def test_territories_listed_as_non_members(self) -> None:
        """Martinique, Guadeloupe, Réunion, Aruba, Curaçao and Mayotte have their ISO codes."""
        gazetteer = load_gazetteer()
        for code, name in (
            ("mq", "Martinique"),
            ("gp", "Guadeloupe"),
            ("re", "Réunion"),
            ("aw", "Aruba"),
            ("cw", "Curaçao"),
            ("yt", "Mayotte"),
        ):
            entry = gazetteer.country(code)
            assert entry is not None
            assert (name, UNMembership.NON_MEMBER) == (entry.name, entry.un_member)

    def test_visit_to_a_territory(self) -> None:
        """ "made an official visit to Guadeloupe": a visit to the territory, a country."""
        text = (
            "In March, Prime Minister Ruth Alleyne of Barbados made an official visit to "
            "Guadeloupe."
        )
        visits = events_of(EventKind.MEETING, text, "2072-12-30")
        assert ["Visit of Ruth Alleyne to Guadeloupe"] == [visit.name for visit in visits]
        assert "gp" in visits[0].participants
        assert {"bb", "gp"} == _countries(text)

    def test_territory_after_a_town_is_no_actor(self) -> None:
        """ "due to meet in Saint-Denis, Réunion, in May": the territory locates the town."""
        text = (
            "The council is due to meet in Saint-Denis, Réunion, in May, officials in Port "
            "Louis said."
        )
        assert "re" not in _countries(text)

    def test_member_state_after_a_town_stays(self) -> None:
        """ "in Castries, Saint Lucia": a member state so named is still an actor."""
        assert "lc" in _countries("The ministers met in Castries, Saint Lucia, on Monday.")

    def test_territory_named_on_its_own_stays(self) -> None:
        """ "Aruba and Curaçao signed": territories that act are actors."""
        assert {"aw", "cw"} <= _countries("Aruba and Curaçao signed a customs protocol in June.")

    def test_new_jersey_is_no_territory(self) -> None:
        """Jersey is left out of the table: "New Jersey" names no country."""
        assert not _countries("The governor of New Jersey met investors in Trenton on Monday.")


class TestUnnamedHolderMet:
    """ "she would meet the Venezuelan ambassador on Friday": an unnamed office-holder met."""

    def test_pronoun_meets_ambassador(self) -> None:
        """The pronoun's person meets the ambassador, whose country takes part; a plan."""
        text = (
            "Foreign Minister Amina Diallo of Senegal answered questions for two hours. Asked "
            "about fishing, she said she would meet the Mauritanian ambassador on Friday."
        )
        meetings = events_of(EventKind.MEETING, text, "2074-03-06")
        assert [
            ("Meeting of Amina Diallo and the Mauritanian ambassador", "2074-03-09", "planned")
        ] == [(m.name, when(m), m.status.value) for m in meetings]
        assert {"diallo-amina", "mr"} <= set(meetings[0].participants)

    def test_named_ambassador_is_a_person_met(self) -> None:
        """ "met the Mauritanian ambassador, NAME,": the person named, not an unnamed one."""
        text = (
            "Foreign Minister Amina Diallo of Senegal met the Mauritanian ambassador, Sidi Ould "
            "Ahmed, on Friday."
        )
        names = [m.name for m in events_of(EventKind.MEETING, text, "2074-03-09")]
        assert not any("the Mauritanian ambassador" in name for name in names)

    def test_ambassador_of_no_country(self) -> None:
        """ "the new ambassador": no country named, no meeting made up."""
        text = "Foreign Minister Amina Diallo of Senegal will meet the new ambassador on Friday."
        assert [] == events_of(EventKind.MEETING, text, "2074-03-04")


class TestExpectedIn:
    """ "X is expected in P for a state visit on DATES": a visit to P still to come."""

    def test_expected_in_for_a_state_visit(self) -> None:
        """The visit to the place, its days, planned."""
        text = (
            "More is coming. The Gambian President, Fatou Ceesay, is expected in Dakar for a "
            "state visit on 3-5 December, the first in a decade."
        )
        assert [("Visit of Fatou Ceesay to Dakar", "2075-12-03/2075-12-05", "planned")] == (
            _meetings(text, "2075-10-04")
        )

    def test_results_expected_in_june(self) -> None:
        """ "Results are expected in June": no person, no place, no visit."""
        text = "Foreign Minister Fatou Ceesay said results are expected in June."
        assert [] == _meetings(text, "2075-03-04")

    def test_on_friday_he_is_due_in(self) -> None:
        """ "On Friday he is due in Lima for talks": a visit of the person named before."""
        text = (
            "President Tomas Ferreira of Uruguay met investors in Asuncion on Thursday. On "
            "Friday he is due in Lima for talks with Peruvian authorities."
        )
        assert [("Visit of Tomas Ferreira to Lima", "2075-03-08", "planned")] == (
            _meetings(text, "2075-03-05")
        )

    def test_report_due_in_june(self) -> None:
        """ "The report is due in June": no person, no place, no visit."""
        text = "Foreign Minister Fatou Ceesay said the report is due in June."
        assert [] == _meetings(text, "2075-03-04")

    def test_rain_expected_in_a_place(self) -> None:
        """A place after "expected in" with no person as subject makes no visit."""
        text = "Heavy rain is expected in Dakar on Friday, the weather service said."
        assert [] == _meetings(text, "2075-03-04")


class TestTheyMet:
    """ "A and B ..., who agreed when they met on the margins of X": the pair met."""

    def test_they_met_on_the_margins(self) -> None:
        """The pair named before "they" met, at the dated meeting named after the verb."""
        text = (
            "The accord is to be signed by the two trade ministers, Lena Vos of the Netherlands "
            "and Piet Claes of Belgium, who agreed on it when they met on the margins of the "
            "Benelux Economic Forum on 3 March."
        )
        names = [m.name for m in events_of(EventKind.MEETING, text, "2076-04-02")]
        assert "Meeting of Lena Vos and Piet Claes at the Benelux Economic Forum" in names

    def test_they_after_one_person(self) -> None:
        """One person named before "they": whom "they" means, the text does not say."""
        text = (
            "Trade Minister Lena Vos of the Netherlands said the talks went well when they met "
            "in Brussels on 3 March."
        )
        names = [m.name for m in events_of(EventKind.MEETING, text, "2076-04-02")]
        assert not any("Lena Vos and" in name for name in names)

    def test_they_after_persons_not_joined(self) -> None:
        """Two persons not joined by "and" are no pair that met."""
        text = (
            "Lena Vos told Piet Claes's aides that the delegations had argued when they met in "
            "Brussels on 3 March."
        )
        names = [m.name for m in events_of(EventKind.MEETING, text, "2076-04-02")]
        assert not any("Lena Vos and Piet Claes" in name for name in names)


READOUT = (
    "Finance Minister Amara Okonjo led the Nigerian delegation to the 12th Annual Meeting of "
    "the Board of Governors of the African Energy Bank, held in Accra on Monday and Tuesday. "
    "On Monday the Finance Minister met Ghana's Minister of Energy and Finance, Kojo Mensah "
    "Boateng. On Tuesday the Finance Minister addressed the plenary. On the margins of the "
    "meeting the Finance Minister also met the Governor for Kenya, Minister of Finance Wanjiku "
    "Mwangi Kariuki."
)


class TestReadoutOffice:
    """A readout's "the Finance Minister", its apposed partners and "the meeting"."""

    def test_office_taken_up_for_its_holder(self) -> None:
        """ "the Finance Minister" is the one introduced as "Finance Minister NAME", not the
        partner introduced as "Minister of Energy and Finance"."""
        names = [m.name for m in events_of(EventKind.MEETING, READOUT, "2077-05-12")]
        assert "Meeting of Amara Okonjo and Kojo Mensah Boateng" in names

    def test_second_office_after_the_comma(self) -> None:
        """ "the Governor for Kenya, Minister of Finance NAME": the person met; on the margins
        of "the meeting", the Annual Meeting's days."""
        found = _meetings(READOUT, "2077-05-12")
        assert (
            "Meeting of Amara Okonjo and Wanjiku Mwangi Kariuki",
            "2077-05-10/2077-05-11",
            "occurred",
        ) in found

    def test_the_meeting_is_no_verb(self) -> None:
        """ "of the meeting the Finance Minister": no meeting with the minister alone."""
        names = [m.name for m in events_of(EventKind.MEETING, READOUT, "2077-05-12")]
        assert "Meeting of Amara Okonjo" not in names

    def test_honorific_after_apposition_is_no_office(self) -> None:
        """ "welcomed the Forum Secretary General, Ms NAME, to her first meeting": no meeting."""
        text = (
            "Leaders welcomed the Forum Secretary General, Ms Talia Fonoti, to her first "
            "Leaders Meeting in that office."
        )
        names = [m.name for m in events_of(EventKind.MEETING, text, "2077-05-12")]
        assert "Meeting of Talia Fonoti" not in names


def _organizations(text: str) -> set[str]:
    analysis = analyze_actors(text, document_id="doc")
    return {actor.name for actor in analysis.actors if actor.kind.value == "organization"}


class TestOrganNamedByItsMeeting:
    """ "the Mekong Council's Advisory Committee Meeting": the organ is no actor."""

    def test_committee_meeting(self) -> None:
        """A committee named only by the meeting it holds."""
        text = "Ministers attended the 12th Advisory Committee Meeting of the Reef Compact in Suva."
        assert "Advisory Committee" not in _organizations(text)

    def test_committee_that_acts(self) -> None:
        """A committee that acts, never named by a meeting, stays an actor."""
        text = "The Advisory Committee of the Reef Compact approved the budget in Suva on Monday."
        assert any("Advisory Committee" in name for name in _organizations(text))

    def test_lower_case_meeting_after_it(self) -> None:
        """Only a capitalised "Meeting" makes the meeting's name."""
        text = "The Advisory Committee meeting ran late, and the Advisory Committee approved it."
        assert any("Advisory Committee" in name for name in _organizations(text))


class TestElidedPrefixNames:
    """ "Peter O'Neill", "Maria D'Souza": the apostrophe joins the name's word."""

    def test_o_apostrophe(self) -> None:
        """ "his counterpart Peter O'Neill": the whole name, not "Peter O"."""
        text = "President Ana Ruiz met her Irish counterpart Sean O'Connell in Dublin."
        assert "Sean O'Connell" in _names(text)

    def test_d_apostrophe_after_office(self) -> None:
        """ "Minister Maria D'Souza"."""
        assert {"Maria D'Souza"} == _names("Trade Minister Maria D'Souza spoke on Monday.")

    def test_possessive_of_a_name_ending_in_o(self) -> None:
        """A possessive after a name stays a possessive: "Leo's visit"."""
        text = "Foreign Minister Ana Ruiz praised Minister Carlos Prado's visit to Lima."
        assert "Carlos Prado" in _names(text)


class TestPlanOnABareWeekday:
    """A plan dated by a bare weekday lies ahead of the publication day."""

    def test_holds_talks_on_monday_in_a_friday_bulletin(self) -> None:
        """ "where she holds talks with NAME, on Monday", published on a Friday."""
        text = (
            "Foreign Minister Nadia Oyelaran of Nigeria stayed on in Accra. She leaves on Sunday "
            "for Lome, where she holds talks with Togo's Foreign Minister, Kodjo Amegan, on "
            "Monday."
        )
        assert (
            "Meeting of Nadia Oyelaran and Kodjo Amegan",
            "2071-03-09",
            "planned",
        ) in _meetings(text, "2071-03-06")

    def test_talks_held_on_monday_stay_past(self) -> None:
        """ "held talks with NAME on Monday", published on a Friday: the Monday before."""
        text = (
            "Foreign Minister Nadia Oyelaran of Nigeria held talks with Togo's Foreign Minister, "
            "Kodjo Amegan, on Monday."
        )
        assert (
            "Meeting of Nadia Oyelaran and Kodjo Amegan",
            "2071-03-02",
            "occurred",
        ) in _meetings(text, "2071-03-06")


class TestVisitOpenings:
    """ "Tomorrow she travels to P for a two-day visit"; "a farewell visit to P"."""

    def test_tomorrow_she_travels(self) -> None:
        """A sentence opened by "Tomorrow she": the person of the sentence before visits."""
        text = (
            "The Deputy Secretary-General, Ines Kallas, was in Dakar yesterday, where she opened "
            "a forum. Tomorrow she travels to Bamako for a two-day visit."
        )
        assert [("Visit of Ines Kallas to Bamako", "2074-02-14/2074-02-15", "planned")] == (
            _meetings(text, "2074-02-13")
        )

    def test_tomorrow_she_after_two_persons(self) -> None:
        """Two persons named before: whose pronoun it is, it does not say."""
        text = "Ines Kallas and Omar Diop opened the forum. Tomorrow she travels to Bamako."
        assert [] == _meetings(text, "2074-02-13")

    def test_farewell_visit(self) -> None:
        """ "a farewell visit to Bolivia" is a visit."""
        text = "President Ana Ruiz of Peru will make a farewell visit to Bolivia on 4 May."
        assert [("Visit of Ana Ruiz to Bolivia", "2074-05-04", "planned")] == (
            _meetings(text, "2074-02-13")
        )


class TestReceivedAsideWithoutCommas:
    """ "received at his office this afternoon His Excellency Mr. NAME"."""

    def test_honorific_closes_the_aside(self) -> None:
        """The person received after an aside of place and time with no commas."""
        text = (
            "Prime Minister Tomas Lindgren received at his office this afternoon His Excellency "
            "Mr. Abdou Karim Sall, President of the ECOWAS Commission."
        )
        assert [
            ("Meeting of Tomas Lindgren and Abdou Karim Sall", "2074-02-13", "occurred")
        ] == _meetings(text, "2074-02-13")

    def test_aside_without_honorific(self) -> None:
        """No comma and no honorific: the aside stays open, and nobody received is read."""
        text = (
            "Prime Minister Tomas Lindgren received at his office this afternoon the report "
            "written by Abdou Karim Sall."
        )
        assert [] == _meetings(text, "2074-02-13")


class TestCounterpartInAPair:
    """ "meets his Fijian counterpart NAME ... The two leaders will hold talks"."""

    def test_two_leaders_after_a_counterpart(self) -> None:
        """The counterpart of a prime minister is one of "the two leaders"."""
        text = (
            "Prime Minister Claire Hollings meets her Fijian counterpart Josaia Ravuvu this "
            "weekend, officials said. The two leaders will hold bilateral talks in Suva on "
            "Saturday."
        )
        assert ("Meeting of Claire Hollings and Josaia Ravuvu", "2077-11-20", "planned") in (
            _meetings(text, "2077-11-17")
        )

    def test_two_ministers_after_a_presidents_counterpart(self) -> None:
        """A president's counterpart is none of "the two ministers" named later."""
        text = (
            "President Ama Owusu and her visiting Togolese counterpart Koffi Agbo signed a "
            "treaty on Wednesday, witnessed by Foreign Minister Kwesi Darko and Foreign "
            "Minister Afi Mensah. The two ministers met separately on Tuesday evening."
        )
        found = _meetings(text, "2077-11-18")
        assert ("Meeting of Kwesi Darko and Afi Mensah", "2077-11-16", "occurred") in found
        assert ("Meeting of Ama Owusu and Koffi Agbo", "2077-11-16", "occurred") not in found
