"""Agreement rules of session 16's fold-22 branch (what events_dev11 showed): one agreement
told several ways in one article, and the names of unnamed agreements, each on sentences
written for these tests (invented people, other countries and years) with counter-examples
that must not fire.

The causes are general in news: a headline's or subhead's "deal", a bare "an agreement" or
"the agreement with X" beside the fuller agreement the article is about; a run-in head
("Signing of the credit agreement.") before the full sentence; "an agreement on a new
scholarship fund" (a topic after an indefinite article); "It was signed ...: a memorandum
of understanding on X, by A and B" (the agreement told before, named again after a colon);
"The ferry services agreement they promised was signed in Male" (a short relative clause
between a lower-case agreement and its passive act); and "the forum approved a transport
roadmap" (a plan, not an agreement).
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.extract._agreement_folds import descriptors
from diplotimeline.model import Event, EventKind


def _agreements(text: str, published: str = "2051-03-14") -> list[Event]:
    return events_of(EventKind.AGREEMENT, text, published)


def _names(text: str, published: str = "2051-03-14") -> list[str]:
    return [event.name for event in _agreements(text, published)]


class TestOneAgreementToldSeveralWays:
    """A bare mention joins the one fuller agreement it fits."""

    def test_headline_deal_and_agreement_with_party(self) -> None:
        """A headline's "deal", the lede's agreement on a topic and "the agreement with
        Peru" at the end: one agreement, planned next month, with both parties."""
        text = (
            "Chile and Peru to sign deal\n\n"
            "LIMA, March 14 (Andes Wire) - Chile and Peru will sign an agreement on a joint "
            "lithium refinery in the Atacama next month, officials said.\n\n"
            "The agreement with Peru would be signed in Lima, the Chilean foreign ministry said."
        )
        [event] = _agreements(text)
        assert event.name == "agreement on a joint lithium refinery"
        assert when(event) == "2051-04"
        assert set(event.participants) == {"cl", "pe"}
        assert event.status.value == "planned"
        assert len(event.evidence) >= 3

    def test_headline_deal_and_named_agreement(self) -> None:
        """ "to sign border deal" (headline), "negotiating an agreement" and the named
        agreement: one, named, dated by the headline's "next month"."""
        text = (
            "Ghana and Togo to sign border deal next month\n\n"
            "ACCRA, March 14 (Wire) - Ghana and Togo have finished negotiating an agreement "
            "to manage their shared border, diplomats said.\n\n"
            "The Volta Border Management Agreement would be the first of its kind in the "
            "region, the diplomats said."
        )
        [event] = _agreements(text)
        assert event.name == "Volta Border Management Agreement"
        assert when(event) == "2051-04"

    def test_run_in_head_and_full_sentence(self) -> None:
        """A readout's run-in head "Signing of the credit agreement." and the sentence that
        tells the signing of the credit agreement for a project: one act."""
        text = (
            "Signing of the credit agreement. On Tuesday the Finance Minister and the bank's "
            "President signed the credit agreement for the Mombasa Rail Upgrade Project."
        )
        assert _names(text) == ["credit agreement for the Mombasa Rail Upgrade Project"]

    def test_ratification_joins_but_keeps_the_signing_date(self) -> None:
        """ "had ratified the fisheries agreement" by December is the agreement signed in
        May: one event, dated by its signature, not by the ratification."""
        text = (
            "Samoa and Tonga signed the Apia Fisheries Agreement on 3 May 2049. By December, "
            "both parliaments had ratified the fisheries agreement."
        )
        [event] = _agreements(text, "2049-12-31")
        assert event.name == "Apia Fisheries Agreement"
        assert when(event) == "2049-05-03"

    def test_signed_today_agreement_joins_the_named_one(self) -> None:
        """A headline's "power trade deal", "signed an agreement on Tuesday" and the named
        agreement signed that day: one, once the headline's deal has joined it."""
        text = (
            "Laos, Vietnam sign power trade deal as Lao premier visits Hanoi\n\n"
            "HANOI, April 17 (Wire) - Laos and Vietnam signed an agreement on Tuesday that "
            "will let the two neighbours trade electricity. The two leaders signed the "
            "Agreement on Cross-Border Electricity Trade after talks."
        )
        names = _names(text, "2057-04-17")
        assert names == ["Agreement on Cross-Border Electricity Trade"]


class TestAgreementsToldApart:
    """What must stay apart: other words, other parties, other dates, other nouns."""

    def test_two_agreements_of_other_topics(self) -> None:
        """ "a trade agreement" and "a visa agreement": two."""
        text = (
            "Kenya and Tanzania signed a trade agreement on Monday. On Tuesday they signed a "
            "visa agreement."
        )
        assert sorted(_names(text)) == ["trade agreement", "visa agreement"]

    def test_headline_deal_with_two_agreements_in_the_body(self) -> None:
        """A headline's "deal" that two agreements could fill stays alone."""
        text = (
            "Kenya and Tanzania to sign deal\n\n"
            "NAIROBI, March 14 (Wire) - Kenya and Tanzania will sign a trade agreement and a "
            "visa agreement next month."
        )
        assert sorted(_names(text)) == ["deal", "trade agreement", "visa agreement"]

    def test_a_new_agreement_is_not_the_old_one(self) -> None:
        """ "would sign a new agreement next year" is not the agreement of 2044."""
        text = (
            "Peru and Chile signed the Arica Fisheries Agreement in 2044. Officials said the "
            "two countries would sign a new agreement next year."
        )
        assert len(_agreements(text)) == 2

    def test_other_parties(self) -> None:
        """Peru's agreement with Bolivia is not the Peru-Chile agreement."""
        text = (
            "Peru and Chile signed the Arica Fisheries Agreement in 2044. Officials said Peru "
            "would sign an agreement with Bolivia next year."
        )
        assert len(_agreements(text)) == 2

    def test_a_treaty_is_no_agreement_to_negotiate(self) -> None:
        """ "negotiating an agreement on port fees" beside a named treaty: two."""
        text = (
            "Peru and Chile signed the Arica Fisheries Treaty in 2044. The two countries are "
            "now negotiating an agreement on port fees."
        )
        assert len(_agreements(text)) == 2

    def test_to_come_against_a_past_agreement(self) -> None:
        """ "will sign an agreement" in a text whose only other agreement was signed years
        ago: two acts."""
        text = (
            "Fiji and Vanuatu signed the Melanesian Trade Agreement in 2040. Officials said "
            "the two countries will sign an agreement in June."
        )
        assert len(_agreements(text)) == 2

    def test_a_charter_is_never_folded(self) -> None:
        """A charter adopted beside an agreement stays an act of its own."""
        text = (
            "Ministers adopted a water charter on Monday. Egypt and Sudan will sign an "
            "agreement on a joint dam next year."
        )
        assert len(_agreements(text)) == 2


class TestHeadlinePluralsAndTallies:
    """A headline's plural sums up the acts of the body; a tally of the years is no act."""

    def test_headline_plural_joins_the_body_act_it_names(self) -> None:
        """ "sign fisheries and port deals" (headline) and the body's two acts: two events,
        none for the headline."""
        text = (
            "Gambia's president to visit Mauritania, sign fisheries and port deals\n\n"
            "BANJUL, March 14 (Wire) - Gambia's President will sign a fisheries agreement and "
            "a memorandum of understanding on port management in Nouakchott next week.\n"
        )
        names = _names(text)
        assert "fisheries and port deals" not in names
        assert "fisheries agreement" in names
        [fisheries] = [e for e in _agreements(text) if e.name == "fisheries agreement"]
        assert "fisheries and port deals" not in fisheries.aliases

    def test_headline_plural_without_a_body_act_stays(self) -> None:
        """A headline's plural that names no act of the body stays as read."""
        text = (
            "Gambia, Mauritania to sign fisheries deals\n\n"
            "BANJUL, March 14 (Wire) - Gambia's President will visit Nouakchott next week.\n"
        )
        assert _names(text) == ["fisheries deals"]

    def test_tally_since(self) -> None:
        """ "have signed more than 90 bilateral agreements since 1975": no event."""
        text = "The two countries have signed more than 90 bilateral agreements since 1975."
        assert _agreements(text) == []

    def test_batch_on_a_day_is_read(self) -> None:
        """ "signed over 20 deals on Monday": a batch signed together, still read."""
        text = "Ghana and Togo signed over 20 deals on Monday."
        assert len(_agreements(text)) == 1


class TestTopicAfterAnArticle:
    """ "an agreement on a new scholarship fund": the topic names the agreement."""

    def test_topic_after_a(self) -> None:
        """The words after "on a" name it."""
        text = "Laos and Cambodia will sign an agreement on a new river ferry service in June."
        [event] = _agreements(text)
        assert event.name == "agreement on a new river ferry service"
        assert when(event) == "2051-06"

    def test_new_in_the_topic_does_not_make_it_indefinite(self) -> None:
        """ "new" in the topic does not make the agreement a new one to be named later: it
        does not join a named agreement of another topic."""
        text = (
            "Laos and Cambodia will sign an agreement on a new river ferry service in June. "
            "The Mekong Navigation Agreement was signed in 2040."
        )
        assert len(_agreements(text)) == 2

    def test_a_visit_is_no_topic(self) -> None:
        """ "a memorandum on a visit to Hanoi": no topic."""
        text = "The two countries will sign a memorandum on a visit to Hanoi next week."
        assert _names(text) == ["memorandum"]


class TestTopicWordsAfterTheNoun:
    """A possessive and "in" with a field of lower-case words go on with the topic."""

    def test_their_after_for(self) -> None:
        """ "a roadmap for their strategic partnership": the partnership is its topic."""
        text = "Chad and Niger plan to sign a roadmap for their strategic partnership in May."
        assert _names(text) == ["roadmap for their strategic partnership"]

    def test_in_a_field(self) -> None:
        """ "on cooperation in peace and security in Addis Ababa": the field, not the place."""
        text = (
            "The two bodies signed a memorandum of understanding on cooperation in peace and "
            "security in Addis Ababa in 2052."
        )
        assert _names(text) == ["memorandum of understanding on cooperation in peace and security"]

    def test_in_principle_is_no_field(self) -> None:
        """ "in principle" ends the topic."""
        text = "Peru and Chile reached an agreement on debt relief in principle on Monday."
        assert _names(text) == ["agreement on debt relief"]

    def test_in_the_capital_is_no_field(self) -> None:
        """ "in the capital" ends the topic."""
        text = "Peru and Chile signed an agreement on water sharing in the capital on Monday."
        assert _names(text) == ["agreement on water sharing"]


class TestPartnerBeforeTheAgreement:
    """ "sign with X a memorandum on ...": the partner between the verb and the act."""

    def test_country_partner(self) -> None:
        """The partner, a state, is a party; the memorandum is read with its topic."""
        text = (
            "President Ana Ruiz will sign with Chile a memorandum of understanding on "
            "lithium mining on Monday."
        )
        [event] = _agreements(text)
        assert event.name == "memorandum of understanding on lithium mining"
        assert "cl" in event.participants

    def test_unknown_name_partner(self) -> None:
        """A partner the actor reader does not know still lets the act be read."""
        text = "Jones is to sign with Kaputin a memorandum of understanding on fisheries."
        assert _names(text) == ["memorandum of understanding on fisheries"]

    def test_with_and_no_act(self) -> None:
        """ "will sign with Chile next week": no agreement."""
        assert _agreements("Peru will sign with Chile next week.") == []

    def test_with_lower_case_words(self) -> None:
        """ "signed with great fanfare a deal": no partner, nothing read here."""
        text = "Peru signed with great fanfare a fisheries deal on Monday."
        assert "great fanfare" not in " ".join(_names(text))


class TestHighlightedItemOfABatch:
    """ "signed three agreements, the most important being a memorandum on X"."""

    def test_most_important_being(self) -> None:
        """The memorandum is read, dated by the sentence, with the signer."""
        text = (
            "In talks at State House on 8 March, Lopes and Zambian President Mwila Banda "
            "signed off on three agreements, the most important being a memorandum of "
            "understanding on solar energy."
        )
        found = [e for e in _agreements(text) if "solar" in e.name]
        assert [(e.name, when(e)) for e in found] == [
            ("memorandum of understanding on solar energy", "2051-03-08")
        ]

    def test_including(self) -> None:
        """ "signed four agreements ..., including an extradition treaty"."""
        text = (
            "Peru and Chile signed four agreements in Lima on Monday, including an "
            "extradition treaty."
        )
        assert "extradition treaty" in _names(text)

    def test_no_act_told(self) -> None:
        """ "are under negotiation, including a memorandum": nothing signed, nothing read."""
        text = "Four agreements are under negotiation, including a memorandum on fisheries."
        assert _agreements(text) == []

    def test_including_no_agreement(self) -> None:
        """ "including a visit to the port": no agreement's noun, nothing more read."""
        text = "Peru and Chile signed four agreements on Monday, including a plan for ports."
        assert _names(text) == ["four agreements"]


class TestDateBetweenVerbAndAct:
    """ "signed today the Agreement on ...": the date does not hide the act."""

    def test_named_after_today(self) -> None:
        """The named agreement is the one signed, dated today; no "today the ..." event."""
        text = (
            "The Heads of State of Chad and Niger signed today the Agreement on the Joint "
            "Management of the Lake Chad Basin."
        )
        assert [(e.name, when(e)) for e in _agreements(text)] == [
            ("Agreement on the Joint Management of the Lake Chad Basin", "2051-03-14")
        ]

    def test_unnamed_after_on_monday(self) -> None:
        """ "signed on Monday a memorandum of understanding on fisheries"."""
        text = "Peru and Chile signed on Monday a memorandum of understanding on fisheries."
        assert [(e.name, when(e)) for e in _agreements(text)] == [
            ("memorandum of understanding on fisheries", "2051-03-13")
        ]

    def test_date_then_no_article(self) -> None:
        """ "signed on Monday in Lima": no act after the date, none read."""
        assert _agreements("Peru and Chile signed on Monday in Lima.") == []


class TestBracketedName:
    """ "the Agreement on X (the Y Agreement)": one agreement, two names."""

    def test_bracketed_alias(self) -> None:
        """The bracketed name is an alias; its later mention joins the same event."""
        text = (
            "Chad and Niger signed the Agreement on the Joint Management of the Lake Chad "
            "Basin (the Ndjamena Water Agreement) on Monday. The Ndjamena Water Agreement "
            "sets common rules."
        )
        [event] = _agreements(text)
        assert event.name == "Agreement on the Joint Management of the Lake Chad Basin"
        assert "Ndjamena Water Agreement" in event.aliases

    def test_bracket_with_more_than_a_name(self) -> None:
        """ "(the Ndjamena Water Agreement and the Niamey Protocol)": two other acts."""
        text = (
            "Chad and Niger recalled the Lake Chad Charter (the Ndjamena Water Agreement and "
            "the Niamey Protocol on Fisheries) on Monday."
        )
        assert len(_agreements(text)) >= 2


class TestApposedAct:
    """ "It was signed ...: a memorandum of understanding on X, by A and B"."""

    def test_apposition_names_the_agreement_told_before(self) -> None:
        """One agreement under its exact name, the first words an alias, with the parties
        after "by" and the date of the second sentence."""
        text = (
            "Fiji and Samoa have put their names to an agreement on training nurses. It was "
            "signed yesterday in the foreign ministry: a memorandum of understanding on "
            "nursing skills, by Fiji's Foreign Minister Josaia Vunibobo and Samoa's Foreign "
            "Minister Malia Tuilagi."
        )
        [event] = _agreements(text, "2052-08-20")
        assert event.name == "memorandum of understanding on nursing skills"
        assert "agreement on training nurses" in event.aliases
        assert when(event) == "2052-08-19"
        assert {"fj", "ws"} <= set(event.participants)

    def test_no_agreement_before(self) -> None:
        """Without an agreement told before, the apposition is read as any other."""
        text = (
            "It was signed yesterday in the foreign ministry: a memorandum of understanding "
            "on nursing skills."
        )
        assert len(_agreements(text, "2052-08-20")) <= 1

    def test_colon_without_signing(self) -> None:
        """ "It was a long day: a memorandum ..." is no act."""
        text = (
            "Fiji and Samoa signed an agreement on training nurses. It was a long day: a "
            "memorandum on fisheries was also discussed."
        )
        assert "agreement on training nurses" in _names(text)


class TestPassiveWithRelativeClause:
    """ "The ferry services agreement they promised was signed in Male on 18 September"."""

    def test_they_promised(self) -> None:
        """A lower-case agreement, a short relative clause, the passive act and its date."""
        text = "The fisheries agreement they negotiated was signed in Apia on 12 February."
        [event] = _agreements(text)
        assert event.name == "fisheries agreement"
        assert when(event) == "2051-02-12"

    def test_the_two_governments_drafted(self) -> None:
        """ "the two governments drafted": a relative clause of the parties."""
        text = (
            "The air services agreement the two governments drafted was signed in Suva on 2 March."
        )
        assert [(e.name, when(e)) for e in _agreements(text)] == [
            ("air services agreement", "2051-03-02")
        ]

    def test_among_parties_and_expected_to_be(self) -> None:
        """ "The gas transit agreement among Chad, Niger and Mali is expected to be signed in
        October": planned, with its three parties."""
        text = (
            "The gas transit agreement among Chad, Niger and Mali is expected to be signed "
            "in October."
        )
        [event] = _agreements(text, "2049-06-01")
        assert (event.name, when(event), event.status.value) == (
            "gas transit agreement",
            "2049-10",
            "planned",
        )
        assert set(event.participants) == {"td", "ne", "ml"}

    def test_due_to_be_signed(self) -> None:
        """ "is due to be signed": an act to come."""
        text = "The fisheries agreement is due to be signed in Apia on 12 October."
        [event] = _agreements(text, "2049-06-01")
        assert (when(event), event.status.value) == ("2049-10-12", "planned")

    def test_among_lower_case_is_not_a_party_list(self) -> None:
        """ "The agreement among other things was praised": no act read."""
        text = "The trade agreement among other things was praised by farmers on Monday."
        assert _agreements(text) == []

    def test_bare_agreement_stays_unread(self) -> None:
        """ "The agreement was signed ..." takes up an agreement told before: none here."""
        assert _agreements("The agreement was signed in Suva on 2 March.") == []

    def test_other_relative_clause_is_not_read(self) -> None:
        """ "The agreement officials criticised was signed": no such clause is read."""
        text = "The fisheries agreement officials criticised was signed in Apia on 12 February."
        assert _agreements(text) == []


class TestRoadmapApprovedIsAPlan:
    """A roadmap approved by a body is a plan (an initiative); one signed, an agreement."""

    def test_approved_roadmap(self) -> None:
        """ "approved a transport roadmap": an initiative."""
        text = "The council of ministers approved a transport roadmap on Monday."
        assert _agreements(text) == []
        [plan] = events_of(EventKind.INITIATIVE, text, "2051-03-14")
        assert plan.name == "transport roadmap"

    def test_agreed_roadmap(self) -> None:
        """ "agreed on a roadmap for closer association": a plan, not an agreement."""
        text = "Ministers agreed on a roadmap for closer association with Bolivia on Monday."
        assert _agreements(text) == []

    def test_signed_roadmap(self) -> None:
        """ "signed a roadmap for their partnership": an agreement."""
        text = "Kenya and Uganda signed a roadmap for their partnership on Monday."
        assert [e.name for e in _agreements(text)] == ["roadmap for their partnership"]
        assert events_of(EventKind.INITIATIVE, text, "2051-03-14") == []


class TestNamedVariants:
    """One agreement under two proper names in one text."""

    def test_headline_name_joins_the_body_name(self) -> None:
        """A headline's "Andean Transit Agreement" and the body's "Trilateral Agreement on
        Transit and Connectivity": one; the fisheries agreement stays apart."""
        text = (
            "Council hears of Andean Transit Agreement\n\n"
            "VIENNA, March 1 (Wire) - Peru's Foreign Minister told the Council that the three "
            "leaders would sign the Trilateral Agreement on Transit and Connectivity in Lima "
            "on 15 March.\nHe recalled the Lima Agreement on Fisheries, signed in 2030.\n"
        )
        names = _names(text, "2051-03-01")
        assert names == [
            "Trilateral Agreement on Transit and Connectivity",
            "Lima Agreement on Fisheries",
        ]

    def test_reordered_short_name(self) -> None:
        """ "Agreement on the Andean Joint Gas Reserve" and "the Joint Gas Reserve
        Agreement": one."""
        text = (
            "The draft Agreement on the Andean Joint Gas Reserve is to be signed at the summit "
            "in Quito on 7 March. The Joint Gas Reserve Agreement will set up a common stock."
        )
        [event] = _agreements(text)
        assert event.name == "Agreement on the Andean Joint Gas Reserve"
        assert when(event) == "2051-03-07"

    def test_revised_treaty_is_another(self) -> None:
        """ "the Revised Treaty of Arica" is not "the Treaty of Arica"."""
        text = (
            "The Treaty of Arica was signed in 1981. The Revised Treaty of Arica followed in 2010."
        )
        assert len(_agreements(text)) == 2

    def test_other_dates_stay_apart(self) -> None:
        """ "the Lima Agreement" of 2030 and "the Lima Agreement on Fisheries" signed in June
        2051: two acts."""
        text = (
            "The Lima Agreement was signed in 2030. Peru and Chile signed the Lima Agreement "
            "on Fisheries in June."
        )
        assert len(_agreements(text, "2051-07-01")) == 2


class TestPastPlurals:
    """ "have signed water accords before, most famously ...": no event of the plural."""

    def test_before_comma(self) -> None:
        """The plural is the past; the named agreement after it is read."""
        text = (
            "Andean leaders have signed water accords before, most famously the 1998 "
            "Titicaca agreement."
        )
        assert _names(text) == ["1998 Titicaca agreement"]

    def test_before_a_noun(self) -> None:
        """ "signed water accords before the summit on Monday": an act, read."""
        text = "Andean leaders signed water accords before the summit on Monday."
        assert _names(text) == ["water accords"]


class TestWhereTheActIsDone:
    """ "table the Memorandum of Understanding in Parliament": "in Parliament" is no part
    of the name, and the mention is the memorandum told before."""

    def test_in_parliament(self) -> None:
        text = (
            "Peru and Chile signed a Memorandum of Understanding on Ocean Science Cooperation "
            "on Monday. The Committee recommends that the Minister table the Memorandum of "
            "Understanding in Parliament within 30 days."
        )
        assert _names(text) == ["Memorandum of Understanding on Ocean Science Cooperation"]

    def test_in_a_region_after_a_complement_is_kept(self) -> None:
        """ "Conference on Security and Cooperation in Asia" is not cut at "in Asia" by this
        rule (a place is cut, as before); a capitalised non-place stays in the name."""
        text = "Peru signed the Protocol on Cooperation in Fisheries Research on Monday."
        assert _names(text) == ["Protocol on Cooperation in Fisheries Research"]


class TestAnaphorOfAnotherNoun:
    """ "its Framework Agreement" takes up no "Lima Protocol" told before."""

    def test_framework_agreement_is_not_the_protocol(self) -> None:
        """The protocol is not told again by "its Framework Agreement", nor dated by it."""
        text = (
            "The four presidents will sign the Quito Protocol. The Alliance was launched by "
            "the Quito Declaration of April 2011, and its Framework Agreement was signed in "
            "Chile on 6 June 2012."
        )
        [protocol] = [e for e in _agreements(text, "2058-04-24") if e.name == "Quito Protocol"]
        assert "Framework Agreement" not in protocol.aliases
        assert when(protocol) != "2012-06-06"

    def test_the_accord_takes_up_an_agreement(self) -> None:
        """ "the Accord" may still take up "the Lima Agreement" (both say only agreed)."""
        text = "Peru and Chile signed the Lima Agreement on Monday. The Accord opens ports."
        assert _names(text) == ["Lima Agreement"]


class TestPlanToldAsAnAct:
    """ "signed an action plan" and the named Action Plan (an initiative): one plan."""

    def test_action_plan_joins_the_named_plan(self) -> None:
        """No agreement left: the act joins the initiative."""
        text = (
            "The Prime Minister went to Lima last June and signed an action plan. The "
            "Canada-Peru Action Plan for 2049-2051, which the two leaders signed on June 14, "
            "has produced two air routes."
        )
        assert _agreements(text, "2050-10-23") == []
        plans = events_of(EventKind.INITIATIVE, text, "2050-10-23")
        assert [p.name for p in plans] == ["Canada-Peru Action Plan"]

    def test_other_plan_stays(self) -> None:
        """ "signed an action plan" beside a named programme (no Action Plan): it stays."""
        text = (
            "The Prime Minister went to Lima last June and signed an action plan. The "
            "Canada-Peru Mobility Programme runs from 2049 to 2051."
        )
        assert [e.name for e in _agreements(text, "2050-10-23")] == ["action plan"]


def test_descriptors() -> None:
    """The words of a name that tell what the agreement is about."""
    assert descriptors("Agreement with Jordan", "agreement") == frozenset()
    assert descriptors("joint desalination agreement", "agreement") == {"desalination"}
    assert descriptors("Trade Agreements between X and Y", "Agreements") == {"trade"}
