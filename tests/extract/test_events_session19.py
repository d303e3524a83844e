"""Actor and event rules of session 19 (what events_dev9 showed the readers still miss), each
on sentences written for these tests (invented people, other countries and years) with
counter-examples that must not fire.

The causes are general in diplomatic news: the entries of an order of arrivals or a guest
list ("H.E. Mr NAME, President of the Republic of X") on lines without a full stop, which
read like title-case headlines; people listed after an office in the plural written in lower
case ("the three prime ministers, NAME of A, NAME of B and NAME of C"; "the foreign ministers
of the two countries, NAME and NAME,") or after "colleagues"/"counterparts" with "of
<country>"; a definite office "of" a region or city before a comma and the name ("the
Governor of Bali, NAME,"); the portfolio "Overseas Territories"; one agreement told under two
names ("the Protocol on X, known as the Y Protocol"; "a protocol on X, informally called the Y
Protocol").
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.extract.actors import analyze_actors
from diplotimeline.model import EventKind, Person


def _people(text: str) -> dict[str, Person]:
    analysis = analyze_actors(text, document_id="doc")
    return {actor.id: actor for actor in analysis.actors if isinstance(actor, Person)}


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {pid: tuple(role.title for role in p.roles) for pid, p in _people(text).items()}


class TestListedEntriesAreNoHeadlines:
    """ "Mrs NAME, Office" on a line of its own: a list entry, not a headline."""

    def test_order_of_arrivals(self) -> None:
        """Each entry with a courtesy style and a comma after the name gives a person."""
        text = (
            "Order of arrivals:\n"
            "10:05 - Mrs Sandra Whitcombe, Secretary-General of the Pacific Community\n"
            "10:15 - H.E. Mr Ratu Semi Naulivou, President of the Republic of Fiji\n"
            "10:25 - H.E. Ms Maile Fonua, Prime Minister of Tonga\n"
        )
        assert {
            "whitcombe-sandra": ("Secretary-General of the Pacific Community",),
            "naulivou-ratu-semi": ("President of the Republic of Fiji",),
            "fonua-maile": ("Prime Minister of Tonga",),
        }.items() <= _roles(text).items()

    def test_headline_without_courtesy_style_still_dropped(self) -> None:
        """A title-case headline keeps dropping the capitalised verbs read as a name."""
        text = "President Okello Visits Nairobi Ahead Of Trade Talks\n\nThe talks open today."
        assert not _people(text)

    def test_headline_with_style_but_no_comma_dropped(self) -> None:
        """A style without the comma after the name does not save a headline's words."""
        text = "Mr Okello Visits Nairobi, Meets Traders\n\nThe talks open today."
        assert not _people(text)


class TestLowerCasePluralOfficeLists:
    """People named in a list after "the prime ministers," or "her colleagues"."""

    def test_names_with_countries_after_comma(self) -> None:
        text = (
            "Pupils met the three foreign ministers, Ingrid Dahl of Norway, Mikko Lehtonen "
            "of Finland and Sigrun Bergsson of Iceland, who answered their questions."
        )
        people = _people(text)
        assert {"dahl-ingrid", "lehtonen-mikko", "bergsson-sigrun"} <= people.keys()
        assert (people["dahl-ingrid"].country, people["lehtonen-mikko"].country) == ("no", "fi")

    def test_names_after_group_complement(self) -> None:
        text = (
            "In Vilnius, the prime ministers of the two countries, Tomas Valaitis and Kristine "
            "Ozola, are expected to sign a rail agreement."
        )
        assert {"valaitis-tomas", "ozola-kristine"} <= _people(text).keys()

    def test_colleagues_each_with_country(self) -> None:
        text = (
            "The President of Ghana signed the charter with her colleagues Amadou Sissoko of "
            "Mali, Ibrahim Kanté of Guinea and Fatou Ndiaye of Senegal."
        )
        people = _people(text)
        assert {"sissoko-amadou", "kante-ibrahim", "ndiaye-fatou"} <= people.keys()
        assert people["ndiaye-fatou"].country == "sn"

    def test_counterparts_each_with_country(self) -> None:
        """A relation makes no office: the people get their countries, not a role."""
        text = (
            "The Prime Minister of Fiji welcomed his counterparts Tavita Leaupepe of Samoa and "
            "Meleane Vainikolo of Tonga."
        )
        people = _people(text)
        assert (people["leaupepe-tavita"].country, people["vainikolo-meleane"].country) == (
            "ws",
            "to",
        )
        assert not people["leaupepe-tavita"].roles

    def test_counterparts_from_countries_name_nobody(self) -> None:
        text = "The Prime Minister of Fiji welcomed his counterparts from Samoa and Tonga."
        assert not _people(text)

    def test_colleagues_without_countries_not_listed(self) -> None:
        """Without a comma, a name lacking "of <country>" stops the list: nothing is added."""
        text = "She thanked her colleagues Amadou Sissoko and Ibrahim Kanté for the visit."
        assert not {"sissoko-amadou", "kante-ibrahim"} & _people(text).keys()

    def test_of_country_does_not_glue_two_people(self) -> None:
        """ "NAME of A, NAME of B": two people, the country of each after its name."""
        text = (
            "The two presidents, Julia Marsh of Canada and Pedro Salas of Chile, opened the forum."
        )
        people = _people(text)
        assert (people["marsh-julia"].country, people["salas-pedro"].country) == ("ca", "cl")
        assert not any("pedro" in pid and "julia" in pid for pid in people)

    def test_list_that_does_not_end_stops(self) -> None:
        """A list whose last name runs into capitalised words is no list."""
        text = "The ministers, Julia Marsh and Pedro Salas Visit Lima\n\nThey met today."
        assert not {"marsh-julia", "salas-pedro"} & _people(text).keys()

    def test_single_name_is_no_list(self) -> None:
        """One name after the plural office: not a list of its members."""
        text = "The foreign ministers, meeting in Quito, praised Julia Marsh for her work."
        assert "marsh-julia" not in _people(text)


class TestDefiniteOfficeOfPlace:
    """ "the Governor of <place>, NAME," names the governor."""

    def test_governor_of_region(self) -> None:
        text = "The Governor of Bali, Wayan Sudarta, welcomed the delegates on Monday."
        assert _roles(text).get("sudarta-wayan") == ("Governor of Bali",)

    def test_place_of_several_words(self) -> None:
        text = (
            "Governor Ana Ribeiro and the Governor of Santa Catarina, Paulo Henrique Weber, "
            "signed the accord."
        )
        assert "weber-paulo-henrique" in _people(text)

    def test_country_after_comma_is_no_name(self) -> None:
        text = "The Governor of Bali, Indonesia, welcomed the delegates on Monday."
        assert not _people(text)

    def test_relative_clause_is_no_name(self) -> None:
        text = "The Governor of Bali, who chaired the session, welcomed the delegates."
        assert not _people(text)


class TestOverseasTerritoriesPortfolio:
    def test_possessive_office_with_overseas_portfolio(self) -> None:
        text = (
            "Britain's Minister for Overseas Territories, Harriet Coles, is expected in "
            "Stanley on Tuesday."
        )
        assert "coles-harriet" in _people(text)


class TestOneAgreementUnderTwoNames:
    """ "X, known as Y": one event, Y an alias of X."""

    def test_known_as_joins_the_two_names(self) -> None:
        text = (
            "In Lomé on 12 May 2044 the foreign ministers of Ghana and Togo signed the "
            "Convention on Cross-Border Fisheries, known as the Aflao Convention. The Aflao "
            "Convention entered into force in 2045."
        )
        events = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [(e.name, e.aliases, when(e)) for e in events] == [
            ("Convention on Cross-Border Fisheries", ("Aflao Convention",), "2044-05-12")
        ]

    def test_lower_case_mention_takes_the_proper_name(self) -> None:
        text = (
            "The two presidents are expected to sign an accord on river navigation, informally "
            "called the Niger Accord, at the summit in Niamey on 4 April."
        )
        events = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [(e.name, e.aliases) for e in events] == [
            ("Niger Accord", ("accord on river navigation",))
        ]

    def test_bracketed_also_known_as(self) -> None:
        text = "The Treaty of Asunción (also known as the Mercosur Treaty) was signed in 1991."
        events = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [(e.name, e.aliases) for e in events] == [
            ("Treaty of Asunción", ("Mercosur Treaty",))
        ]

    def test_known_as_something_else_joins_nothing(self) -> None:
        """Words between "known as" and the next name: two agreements stay two."""
        text = (
            "Uruguay signed the Montevideo Protocol, known as the successor to the Colonia "
            "Treaty, in 2039."
        )
        names = {e.name for e in events_of(EventKind.AGREEMENT, text, "2046-03-07")}
        assert names == {"Montevideo Protocol", "Colonia Treaty"}

    def test_called_a_description_joins_nothing(self) -> None:
        text = (
            "The Andes Charter, called a landmark by the press, replaced the Cusco Treaty in 2031."
        )
        names = {e.name for e in events_of(EventKind.AGREEMENT, text, "2046-03-07")}
        assert names == {"Andes Charter", "Cusco Treaty"}

    def test_other_kind_after_known_as_joins_nothing(self) -> None:
        """A meeting's name after "known as" does not become an agreement's alias."""
        text = (
            "The leaders adopted the Volta Basin Charter at the meeting of 2 June 2041, known as "
            "the Accra Summit."
        )
        agreements = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [e.aliases for e in agreements] == [()]


def _agreements(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.AGREEMENT, text, "2046-03-07")]


class TestUnnamedAgreementsByTheirSigning:
    """ "a postal convention signed in Copenhagen on 3 March 1921": a modified lower-case
    agreement noun told with the place or the day of its signing, or with its year."""

    def test_signed_in_place_on_day(self) -> None:
        text = (
            "Norway and Sweden have cooperated since a postal convention signed in Copenhagen "
            "on 3 March 1921."
        )
        assert _agreements(text) == [("postal convention", "1921-03-03")]

    def test_signed_at_place(self) -> None:
        text = "The quarrel ended with a fisheries accord signed at Walvis Bay in 2033."
        assert _agreements(text) == [("fisheries accord", "2033")]

    def test_of_year(self) -> None:
        text = "The two kingdoms have traded freely since the fisheries convention of 1962."
        assert _agreements(text) == [("fisheries convention", "1962")]

    def test_bare_noun_is_no_name(self) -> None:
        """ "a treaty signed in ..." and "the treaty of 1904": no words to name them by."""
        assert not _agreements("Its union was founded by a treaty signed in Windhoek in 2031.")
        assert not _agreements("The treaty of 1904 still governs the frontier.")

    def test_span_after_of_is_no_year_of_the_act(self) -> None:
        assert not _agreements("The trade agreement of 2030-2035 was praised by exporters.")

    def test_convention_centre_is_no_convention(self) -> None:
        text = "The ministers signed in at the Maputo Convention Centre on Monday."
        assert not _agreements(text)


class TestDiplomatNounBeforeName:
    """ "the diplomat NAME", "the envoy NAME,": a person described, with no office."""

    def test_diplomat_at_end_of_sentence(self) -> None:
        text = (
            "Her grandfather left the letters to the diplomat Kwame Asante. Asante gave them "
            "to the national archive in 2041."
        )
        people = _people(text)
        assert "asante-kwame" in people
        assert not people["asante-kwame"].roles  # a description, not an office

    def test_envoy_before_relative_clause(self) -> None:
        text = "The album was bought by the envoy Ingrid Halvorsen, who lent it to the museum."
        assert "halvorsen-ingrid" in _people(text)

    def test_one_word_name_is_not_enough(self) -> None:
        text = "The album was bought by the envoy Halvorsen, who lent it to the museum."
        assert not _people(text)

    def test_capitalised_title_untouched(self) -> None:
        """A capitalised "Ambassador NAME" keeps its office, as before."""
        text = "Ambassador Ingrid Halvorsen presented her credentials in Accra on Monday."
        assert _roles(text).get("halvorsen-ingrid") == ("Ambassador",)


class TestJobTitleIsNoName:
    """ "General Manager" under a signature is a job, not General NAME."""

    def test_signature_block(self) -> None:
        text = (
            "We thank you for your patience during the summit week.\n\n"
            "With warm regards,\nAmina Diallo\nGeneral Manager\n"
        )
        assert "manager" not in _people(text)

    def test_general_counsel_line(self) -> None:
        text = "Issued in Dakar on 3 May 2044.\n\nKofi Boateng\nGeneral Counsel\n"
        assert "counsel" not in _people(text)

    def test_a_general_keeps_his_name(self) -> None:
        text = "General Amadou Traoré said the border posts would reopen on Monday."
        assert "traore-amadou" in _people(text)


def _countries(text: str) -> set[str]:
    analysis = analyze_actors(text, document_id="doc")
    return {actor.id for actor in analysis.actors if actor.kind.value == "country"}


class TestLanguagesAreNoCountries:
    """ "knowledge of Swedish and Finnish; Norwegian is an asset": languages, not countries."""

    def test_vacancy_notice_languages(self) -> None:
        text = (
            "The Nordic Council seeks a policy officer in Copenhagen. Requirements: excellent "
            "knowledge of Swedish and Finnish; Norwegian is an asset."
        )
        assert not {"se", "fi", "no"} & _countries(text)

    def test_fluent_in(self) -> None:
        text = "The new envoy to Luanda is fluent in Portuguese and has served in Maputo."
        assert "pt" not in _countries(text)

    def test_demonym_before_a_noun_stays_a_country(self) -> None:
        """ "knowledge of French law" is France's law; "the French minister" too."""
        text = "He has a good knowledge of French law and met the French minister in Dakar."
        assert "fr" in _countries(text)

    def test_coordinated_demonyms_without_cue_stay_countries(self) -> None:
        text = "Talks between Kenyan and Ugandan officials opened in Kampala on Monday."
        assert {"ke", "ug"} <= _countries(text)

    def test_country_name_is_never_a_language(self) -> None:
        text = "Kenya is an asset to the region, the Ugandan president said."
        assert {"ke", "ug"} <= _countries(text)


def _meetings(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.MEETING, text, "2046-03-07")]


class TestMinisterialMeetingByPlaceAndDate:
    """ "at a ministerial meeting in Apia in 1971": a meeting, dated right after its place."""

    def test_year_after_place(self) -> None:
        text = "The forum was agreed in principle at a ministerial meeting in Apia in 1971."
        assert _meetings(text) == [("Ministerial meeting in Apia", "1971")]

    def test_day_after_place(self) -> None:
        text = "The charter was drafted at the ministerial meeting in Windhoek on 4 May 2040."
        assert _meetings(text) == [("Ministerial meeting in Windhoek", "2040-05-04")]

    def test_without_date_nothing(self) -> None:
        text = "Ministers will discuss the fund at a ministerial meeting in Apia."
        assert not _meetings(text)


def _initiatives(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.INITIATIVE, text, "2046-03-07")]


class TestGeneralPlanMadeSpecificByItsYears:
    """ "the Joint Action Plan for 2041 to 2045": the years make a general name specific."""

    def test_years_with_to(self) -> None:
        text = "The ministers of Kenya and Uganda adopted the Joint Action Plan for 2041 to 2045."
        assert _initiatives(text) == [("Joint Action Plan for 2041 to 2045", "2041/2045")]

    def test_years_with_hyphen(self) -> None:
        text = "The summit in Kigali adopted the Joint Work Plan for 2048-2051 on Friday."
        assert [name for name, _ in _initiatives(text)] == ["Joint Work Plan for 2048-2051"]

    def test_single_year_may_be_a_target(self) -> None:
        """ "for 2045" alone says no period: the general name still names nothing."""
        text = "The ministers of Kenya and Uganda adopted the Joint Action Plan for 2045."
        assert not _initiatives(text)

    def test_years_out_of_order(self) -> None:
        text = "The ministers of Kenya and Uganda adopted the Joint Action Plan for 2045 to 2041."
        assert not _initiatives(text)
