"""Meeting rules of session 17 (plain-25: plain meeting phrasings that plain-24's wire
paragraphs showed still missed), each on sentences written for these tests (invented people,
real offices, other countries and years) with counter-examples that must not fire.

The causes are general in news. A visit "by" an office-holder left unnamed ("during a visit by
the Kuwaiti emir to Amman") is the visit of the person introduced with that office, else of the
country; an unnamed act signed in the passive "during" a visit told after it takes the visit's
date. Two persons who "agreed to meet" in a place and month plan a meeting (a habit, "agreed to
meet regularly", is none). An office-holder left unnamed ("Sweden's prime minister") hosts or
meets an unnamed counterpart as a named person does. A counterpart named right after the
relation, without a comma, is the person met ("met his German counterpart NAME", "will meet her
Irish counterpart NAME"), as it already was after "received" or "hosted". A counterpart left
unnamed, known only by the demonym of the country, is met when "hosted" ("hosted his Latvian
counterpart for talks") or talked with ("held talks with his Iraqi counterpart"), as it already
was when "met" or "received"; a quoted word before the talks ("held "fruitful" talks with") is
one of their words; "The two ministers" after "Foreign Minister X met his counterpart Y" are X
and Y. The pair's planned meeting at a venue ("meets her counterpart NAME on the sidelines of
the summit this weekend") and the talks the two hold next told without one ("The two leaders
will hold bilateral talks in P on Saturday") are one planned meeting, on that day. "will host a
summit of West African leaders in P" is the summit held in P.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind


def _meetings(text: str, published: str = "2049-06-10") -> list[tuple[str, str | None, str]]:
    return [
        (e.name, when(e), e.status.value) for e in events_of(EventKind.MEETING, text, published)
    ]


def _parties(text: str, published: str = "2049-06-10") -> list[tuple[str, ...]]:
    return [e.participants for e in events_of(EventKind.MEETING, text, published)]


class TestCounterpartNamedWithoutComma:
    """ "met his German counterpart NAME": the person named right after the relation."""

    def test_met_on_a_day(self) -> None:
        # 2049-06-10 is a Thursday: "on Tuesday" is 2049-06-08
        text = (
            "Portuguese Foreign Minister Rui Almeida met his Moroccan counterpart Karim Tazi in"
            " Rabat on Tuesday."
        )
        assert [("Meeting of Rui Almeida and Karim Tazi", "2049-06-08", "occurred")] == (
            _meetings(text)
        )

    def test_will_meet(self) -> None:
        text = "President Ilse Berger will meet her Slovak counterpart Juraj Kollar next week."
        found = _meetings(text)
        assert [("Meeting of Ilse Berger and Juraj Kollar", "planned")] == [
            (name, status) for name, _, status in found
        ]

    def test_colleague(self) -> None:
        text = "Finance Minister Tomas Novak met his Polish colleague Marek Zielinski on Monday."
        assert ["Meeting of Tomas Novak and Marek Zielinski"] == [n for n, _, _ in _meetings(text)]

    def test_unnamed_counterpart_then_another_person_is_not_met(self) -> None:
        """A person named later in the sentence is no counterpart of the relation."""
        text = (
            "President Ilse Berger met her Slovak counterpart in Bratislava and later thanked"
            " the mayor, Juraj Kollar, for the welcome."
        )
        assert all("Juraj Kollar" not in name for name, _, _ in _meetings(text))

    def test_meeting_noun_is_no_verb(self) -> None:
        """ "the meeting of his counterpart NAME's party": no verb "meeting" here."""
        text = (
            "Rui Almeida did not attend the meeting his Moroccan counterpart Karim Tazi's party"
            " held in Fez."
        )
        assert all("Rui Almeida and Karim Tazi" not in n for n, _, _ in _meetings(text))


class TestCounterpartUnnamed:
    """ "hosted his Latvian counterpart", "held talks with his Iraqi counterpart"."""

    def test_hosted_for_talks(self) -> None:
        text = (
            "Danish Prime Minister Mette Lund hosted her Latvian counterpart for talks in"
            " Copenhagen on Monday."
        )
        assert [("Meeting of Mette Lund and her Latvian counterpart", "2049-06-07")] == [
            (name, date) for name, date, _ in _meetings(text)
        ]
        assert [("lund-mette", "dk", "lv")] == _parties(text)

    def test_held_talks_with(self) -> None:
        text = (
            "Egyptian Foreign Minister Hany Saleh held talks with his Libyan counterpart on"
            " Wednesday."
        )
        assert [("Meeting of Hany Saleh and his Libyan counterpart", "2049-06-09", "occurred")] == (
            _meetings(text)
        )

    def test_quoted_word_before_talks(self) -> None:
        text = (
            'Egyptian Foreign Minister Hany Saleh said he had held "productive" talks with his'
            " Sudanese counterpart."
        )
        assert ["Meeting of Hany Saleh and his Sudanese counterpart"] == [
            n for n, _, _ in _meetings(text)
        ]

    def test_quoted_word_before_talks_with_a_name(self) -> None:
        text = (
            "Kenyan Foreign Minister Amina Wafula said she had held “constructive” talks with"
            " Ugandan Foreign Minister John Okello in Kampala on Monday."
        )
        assert ["Meeting of Amina Wafula and John Okello"] == [n for n, _, _ in _meetings(text)]

    def test_held_talks_with_the_ambassador_ahead(self) -> None:
        text = "Foreign Minister Hany Saleh will hold talks with the Tunisian ambassador on Friday."
        assert [("Meeting of Hany Saleh and the Tunisian ambassador", "planned")] == [
            (name, status) for name, _, status in _meetings(text)
        ]

    def test_hosted_something_else_is_no_meeting(self) -> None:
        text = "The museum hosted the Brazilian president's collection at a gala on Monday."
        assert [] == _meetings(text)

    def test_talks_with_a_group_is_no_counterpart(self) -> None:
        text = "Hany Saleh said the ministry held talks with his party on Monday."
        assert [] == _meetings(text)

    def test_hosted_counterpart_of_no_country(self) -> None:
        """No country named by the demonym: whose counterpart it is, it does not say."""
        text = "Mette Lund hosted her new counterpart for talks in Copenhagen on Monday."
        assert [] == _meetings(text)


class TestPlannedPairTalks:
    """The pair's planned meeting at a venue and their talks told next: one meeting."""

    def test_sidelines_then_talks_on_a_day(self) -> None:
        # 2049-06-10 is a Thursday: "this weekend" 12-13 June, "on Saturday" the 12th
        text = (
            "Chile and Peru will sign a fisheries accord when President Ana Rojas meets her"
            " Peruvian counterpart Luis Vega on the sidelines of the APEC summit this weekend,"
            " officials said Thursday. The two leaders will hold bilateral talks in Lima on"
            " Saturday, a day before the summit."
        )
        pair = [m for m in _meetings(text) if "Ana Rojas and Luis Vega" in m[0]]
        assert [("2049-06-12", "planned")] == [(date, status) for _, date, status in pair]

    def test_met_before_then_talks_again_stay_two(self) -> None:
        """A meeting held and one still to come are two meetings."""
        text = (
            "President Ana Rojas met her Peruvian counterpart Luis Vega at the APEC summit on"
            " Monday. The two leaders will hold talks again in Lima in September."
        )
        pair = [m for m in _meetings(text) if "Ana Rojas and Luis Vega" in m[0]]
        assert [("2049-06-07", "occurred"), ("2049-09", "planned")] == [
            (date, status) for _, date, status in pair
        ]

    def test_dates_that_disagree_stay_two(self) -> None:
        text = (
            "President Ana Rojas will meet her Peruvian counterpart Luis Vega at the APEC summit"
            " this weekend. The two leaders will hold talks again in Lima in September."
        )
        pair = [m for m in _meetings(text) if "Ana Rojas and Luis Vega" in m[0]]
        assert ["2049-06-12/2049-06-13", "2049-09"] == [date for _, date, _ in pair]


class TestVisitByAnUnnamedHolder:
    """ "during a visit by the Kuwaiti emir to Amman": the visit of an office-holder."""

    def test_emir(self) -> None:
        # 2049-06-10 is a Thursday: "on Sunday" is 2049-06-06
        text = "The accord was signed during a visit by the Bahraini king to Muscat on Sunday."
        found = events_of(EventKind.MEETING, text, "2049-06-10")
        assert [("Visit of the Bahraini king to Muscat", "2049-06-06")] == [
            (e.name, when(e)) for e in found
        ]
        assert [("bh", "om")] == [e.participants for e in found]

    def test_office_of_a_country(self) -> None:
        text = (
            "The loan was agreed during a state visit by the President of Senegal to Mali on"
            " Sunday."
        )
        assert ["Visit of the President of Senegal to Mali"] == [n for n, _, _ in _meetings(text)]

    def test_the_person_introduced_with_the_office(self) -> None:
        """The office-holder the article named before is the visitor."""
        text = (
            "Qatari Foreign Minister Nasser Thani praised the water accord. The accord was"
            " signed during a visit by the Qatari foreign minister to Amman on Tuesday."
        )
        assert ["Visit of Nasser Thani to Amman"] == [n for n, _, _ in _meetings(text)]

    def test_holder_of_no_country_is_no_visitor(self) -> None:
        text = "The report was praised during a visit by the new president to Amman on Sunday."
        assert [] == _meetings(text)

    def test_holder_visiting_its_own_country_is_no_visit(self) -> None:
        text = "The plan was praised during a visit by the Jordanian king to Amman on Sunday."
        assert [] == _meetings(text)


class TestPassiveActDuringAVisit:
    """ "The X agreement is expected to be signed during a visit by ... in September"."""

    def _acts(self, text: str) -> list[tuple[str, str | None, str]]:
        return [
            (e.name, when(e), e.status.value)
            for e in events_of(EventKind.AGREEMENT, text, "2049-06-10")
        ]

    def test_unnamed_visitor(self) -> None:
        text = (
            "The air services agreement between Oman and Bahrain is expected to be signed during"
            " a visit by the Bahraini king to Muscat in October, officials said."
        )
        assert [("air services agreement", "2049-10", "planned")] == self._acts(text)

    def test_possessive_visitor(self) -> None:
        text = (
            "The visa agreement between Chad and Niger will be signed during Nigerien President"
            " Moussa Issa's visit to N'Djamena in November."
        )
        assert [("visa agreement", "2049-11", "planned")] == self._acts(text)

    def test_own_date_kept(self) -> None:
        # 2049-06-10 is a Thursday: "on Monday" is 2049-06-07
        text = (
            "A fisheries agreement between Peru and Ecuador was signed on Monday during a visit"
            " by the Ecuadorian president to Lima."
        )
        assert [("fisheries agreement", "2049-06-07", "occurred")] == self._acts(text)
        found = events_of(EventKind.MEETING, text, "2049-06-10")
        assert [("Visit of the Ecuadorian president to Lima", "2049-06-07")] == [
            (e.name, when(e)) for e in found
        ]

    def test_no_meeting_after_during_stays_undated(self) -> None:
        text = (
            "The visa agreement between Chad and Niger will be signed during the coming months,"
            " officials said."
        )
        assert [("visa agreement", None, "planned")] == self._acts(text)


class TestPairAgreedToMeet:
    """ "X and Y agreed to meet in P in December": a meeting of the pair, ahead."""

    def test_agreed_to_meet(self) -> None:
        text = (
            "Uruguayan President Laura Pereira and Paraguayan President Hugo Benitez agreed to"
            " meet in Asuncion in October."
        )
        assert [("Meeting of Laura Pereira and Hugo Benitez", "2049-10", "planned")] == (
            _meetings(text)
        )

    def test_decided_to_meet_again(self) -> None:
        text = (
            "Foreign Minister Laura Pereira and Foreign Minister Hugo Benitez decided to meet"
            " again in September."
        )
        assert [("Meeting of Laura Pereira and Hugo Benitez", "2049-09", "planned")] == (
            _meetings(text)
        )

    def test_agreed_to_hold_talks(self) -> None:
        text = (
            "Uruguayan President Laura Pereira and Paraguayan President Hugo Benitez agreed to"
            " hold talks in Montevideo in November."
        )
        assert [("Meeting of Laura Pereira and Hugo Benitez", "2049-11", "planned")] == (
            _meetings(text)
        )

    def test_a_habit_is_no_meeting(self) -> None:
        text = (
            "Uruguayan President Laura Pereira and Paraguayan President Hugo Benitez agreed to"
            " meet regularly."
        )
        assert [] == _meetings(text)

    def test_meet_the_demands_is_no_meeting(self) -> None:
        text = "Laura Pereira and Hugo Benitez agreed to meet the demands of the farmers."
        assert [] == _meetings(text)


class TestUnnamedHolderMeetsUnnamedCounterpart:
    """ "Sweden's prime minister hosted his Estonian counterpart": two states' office-holders."""

    def test_possessive_office_hosted(self) -> None:
        text = "Norway's prime minister hosted his Latvian counterpart for talks on Monday."
        found = events_of(EventKind.MEETING, text, "2049-06-10")
        assert [
            ("Meeting of Norway's prime minister and his Latvian counterpart", "2049-06-07")
        ] == [(e.name, when(e)) for e in found]
        assert [("no", "lv")] == [e.participants for e in found]

    def test_demonym_office_held_talks(self) -> None:
        text = "The Chilean foreign minister held talks with her Bolivian counterpart on Friday."
        assert [("cl", "bo")] == _parties(text)

    def test_person_introduced_with_the_office(self) -> None:
        """The office-holder the article named before is the host."""
        text = (
            "Norwegian Prime Minister Erik Dahl praised the plan. Norway's prime minister hosted"
            " his Latvian counterpart for talks on Monday."
        )
        assert ["Meeting of Erik Dahl and his Latvian counterpart"] == [
            n for n, _, _ in _meetings(text)
        ]

    def test_same_country_is_no_meeting_of_two_states(self) -> None:
        text = "The Chilean foreign minister hosted his Chilean counterpart for talks."
        assert [] == _meetings(text)

    def test_body_hosting_is_no_meeting(self) -> None:
        text = "The committee hosted its Latvian counterpart for talks on Monday."
        assert [] == _meetings(text)


def test_new_patterns_are_linear_on_adversarial_input() -> None:
    """Long runs of what the new patterns repeat end in time (no backtracking blow-up)."""
    text = (
        "Foreign Minister Hany Saleh held "
        + '"fruitful" ' * 800
        + "talks with his Libyan counterpart. Ana Rojas and Luis Vega agreed to "
        + "again " * 800
        + "meet regularly. Mette Lund met her "
        + "Latvian " * 800
        + "counterpart Juraj Kollar. A deal was signed during a visit by the "
        + "Kuwaiti " * 800
        + "emir to Amman. The accord is expected to be signed during "
        + "a visit " * 800
        + "to Amman."
    )
    events_of(EventKind.MEETING, text, "2049-06-10")


class TestTwoMinistersAfterACounterpart:
    """ "Foreign Minister X met his counterpart Y ... The two ministers": X and Y."""

    def test_ministers_counterpart(self) -> None:
        text = (
            "Senegalese Foreign Minister Awa Diop met her Gambian counterpart Lamin Jallow on"
            " Tuesday. The two ministers held talks in Banjul in March."
        )
        assert [
            ("Meeting of Awa Diop and Lamin Jallow", "2049-06-08", "occurred"),
            ("Meeting of Awa Diop and Lamin Jallow", "2049-03", "occurred"),
        ] == _meetings(text)

    def test_presidents_counterpart_is_no_minister(self) -> None:
        text = (
            "President Awa Diop met her Gambian counterpart Lamin Jallow on Tuesday. The two"
            " ministers held talks in Banjul in March."
        )
        assert [("Meeting of Awa Diop and Lamin Jallow", "2049-06-08", "occurred")] == (
            _meetings(text)
        )


class TestHostedSummitOfARegionsLeaders:
    """ "will host a summit of West African leaders in P": the summit held there."""

    def test_region_leaders_ahead(self) -> None:
        text = "Ghana will host a summit of West African leaders in Accra in September."
        assert [("Summit in Accra", "2049-09", "planned")] == _meetings(text)

    def test_regional_leaders_held(self) -> None:
        # 2049-06-10 is a Thursday: "on Monday" is 2049-06-07
        text = "Fiji hosted a summit of regional leaders in Suva on Monday."
        assert [("Summit in Suva", "2049-06-07", "occurred")] == _meetings(text)

    def test_business_leaders_are_no_summit_of_states(self) -> None:
        text = "Fiji hosted a summit of business leaders in Suva on Monday."
        assert [] == _meetings(text)


class TestPairNextMeeting:
    """ "X and Y decided to hold their next meeting in P": a meeting of the pair ahead."""

    def test_next_meeting_undated(self) -> None:
        text = (
            "Malian President Ibrahim Keita and Burkinabe President Paul Ouedraogo decided to"
            " hold their next meeting in Bamako."
        )
        assert [("Meeting of Ibrahim Keita and Paul Ouedraogo", None, "planned")] == (
            _meetings(text)
        )

    def test_next_meeting_in_a_month(self) -> None:
        text = (
            "Malian President Ibrahim Keita and Burkinabe President Paul Ouedraogo will hold"
            " their next meeting in Bamako in August."
        )
        assert [("Meeting of Ibrahim Keita and Paul Ouedraogo", "2049-08", "planned")] == (
            _meetings(text)
        )

    def test_held_talks_unchanged(self) -> None:
        text = (
            "Malian President Ibrahim Keita and Burkinabe President Paul Ouedraogo held talks in"
            " Bamako in May."
        )
        assert [("Meeting of Ibrahim Keita and Paul Ouedraogo", "2049-05", "occurred")] == (
            _meetings(text)
        )
