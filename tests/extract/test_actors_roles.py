"""Tests for people's roles and names in diplotimeline.extract.actors (issue 4).

Tenures, role modifiers, relations ("counterpart"), remits, stacked styles, definite
descriptions, untitled speakers and name orders, on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from diplotimeline.extract.actors import ActorAnalysis, analyze_actors, attach_tenures
from diplotimeline.extract.temporal import default_tagger
from diplotimeline.model import Person
from diplotimeline.time import DateSpan, PartialDate


def analyze(text: str) -> ActorAnalysis:
    return analyze_actors(text, document_id="doc")


def people(analysis: ActorAnalysis) -> dict[str, Person]:
    return {actor.id: actor for actor in analysis.actors if isinstance(actor, Person)}


def person(text: str, actor_id: str) -> Person:
    found = people(analyze(text))
    assert actor_id in found, f"{actor_id} not among {sorted(found)}"
    return found[actor_id]


def iso(span: DateSpan | None) -> str | None:
    return None if span is None else span.format_iso()


def dated(text: str, published: PartialDate) -> dict[str, Person]:
    analysis = analyze(text)
    return people(attach_tenures(analysis, text, default_tagger().tag(text, published)))


class TestTenure:
    def test_took_office_in_month_year(self) -> None:
        """ "who took office in May 2023" starts the tenure in May 2023, end open."""
        found = dated(
            "Nigerian President Bola Tinubu, who took office in May 2023, met investors.",
            PartialDate(2025, 3, 12),
        )
        role = found["tinubu-bola"].roles[0]
        assert ("Nigerian President", "2023-05/..") == (role.title, iso(role.tenure))

    def test_since_taking_office_keeps_month_precision(self) -> None:
        """ "since taking office in October" resolves against the published date, to a month."""
        found = dated(
            "New Prime Minister Sara Lindqvist has met six leaders since taking office in October.",
            PartialDate(2025, 12, 2),
        )
        role = found["lindqvist-sara"].roles[0]
        assert "2025-10/.." == iso(role.tenure)
        assert ("new",) == role.modifiers

    def test_became_title_in_month(self) -> None:
        """ "who became foreign minister in July" dates the current office, not a former one."""
        found = dated(
            "Foreign Minister Amina Diallo, a former ambassador who became foreign minister "
            "in July 2024, spoke first.",
            PartialDate(2024, 9, 4),
        )
        roles = {role.title: role.tenure for role in found["diallo-amina"].roles}
        assert "2024-07/.." == iso(roles["Foreign Minister"])

    def test_no_tenure_across_a_sentence(self) -> None:
        """A cue in another sentence does not date the previous sentence's person."""
        found = dated(
            "Trade Minister Lars Berg arrived on Monday. The government took office in 2022.",
            PartialDate(2025, 5, 1),
        )
        assert all(role.tenure is None for role in found["berg-lars"].roles)

    def test_without_dates_the_analysis_is_unchanged(self) -> None:
        """No temporal expression: the same analysis comes back."""
        analysis = analyze("President Ana Ortega spoke.")
        assert analysis is attach_tenures(analysis, "President Ana Ortega spoke.", ())


class TestModifiers:
    @pytest.mark.parametrize(
        ("text", "actor_id", "modifiers"),
        [
            ("Former President Michelle Bachelet spoke.", "bachelet-michelle", ("former",)),
            ("then-Foreign Minister Ana Ortega said so.", "ortega-ana", ("then",)),
            ("Acting President Han Duck-soo attended.", "han-duck-soo", ("acting",)),
            ("outgoing Prime Minister Tom Jones left.", "jones-tom", ("outgoing",)),
            ("incoming Prime Minister Mark Carney spoke.", "carney-mark", ("incoming",)),
            ("Newly appointed Ambassador Adarsh Swaika came.", "swaika-adarsh", ("new",)),
            ("Kenya's President-elect Jane Roe said.", "roe-jane", ("elect",)),
            (
                "Japan's first female Prime Minister Sanae Yamada arrived.",
                "yamada-sanae",
                ("first female",),
            ),
        ],
    )
    def test_modifier(self, text: str, actor_id: str, modifiers: tuple[str, ...]) -> None:
        """Tenure words before (or "-elect" after) an office become the role's modifiers."""
        assert modifiers == person(text, actor_id).roles[0].modifiers

    def test_possessive_with_adjective_gives_the_country(self) -> None:
        """ "Chile's young president, NAME," is a Chilean president."""
        found = person(
            "He met Chile's young president, Gabriel Boric, in Santiago.", "boric-gabriel"
        )
        assert ("cl", "cl") == (found.country, found.roles[0].of)


class TestRelationsAndRemits:
    def test_counterpart_gives_a_person_and_country_but_no_role(self) -> None:
        """ "his Egyptian counterpart, NAME," is a person of Egypt with no office recorded."""
        found = person(
            "Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart, Badr "
            "Abdelatty, met in Ankara.",
            "abdelatty-badr",
        )
        assert ("eg", ()) == (found.country, found.roles)

    def test_remit_after_for(self) -> None:
        """A remit ending in a portfolio word belongs to the office, not to the name."""
        found = person(
            "Director-General for Northeast and Central Asian Affairs CHOI Yong-joon attended.",
            "choi-yong-joon",
        )
        assert ["Director-General for Northeast and Central Asian Affairs"] == [
            role.title for role in found.roles
        ]

    def test_remit_closed_by_a_comma(self) -> None:
        """ "... Security Policy, Kaja Kallas," ends the remit at the comma."""
        analysis = analyze(
            "He hosted the EU's High Representative for Foreign Affairs and Security Policy, "
            "Kaja Kallas, at State House."
        )
        assert {"kallas-kaja"} == set(people(analysis))

    def test_portfolio_list_before_the_office(self) -> None:
        """ "Investment, Trade and Industry Minister NAME" is one office."""
        found = person(
            "Malaysian Investment, Trade and Industry Minister Zafrul Aziz signed.", "aziz-zafrul"
        )
        assert ("my", "Malaysian Investment, Trade and Industry Minister") == (
            found.country,
            found.roles[0].title,
        )

    def test_secretary_with_portfolio(self) -> None:
        """ "Secretary of Foreign Affairs NAME" is an office even without a gazetteer entry."""
        found = person("He met Secretary of Foreign Affairs Enrique Manalo.", "manalo-enrique")
        assert ["Secretary of Foreign Affairs"] == [role.title for role in found.roles]


class TestStylesAndDescriptions:
    def test_stacked_office_and_style(self) -> None:
        """ "Foreign Minister Senator the Hon NAME": both offices, the country kept."""
        found = person(
            "Australian Foreign Minister Senator the Hon Penny Wong welcomed him.", "wong-penny"
        )
        assert ("au", ["Australian Foreign Minister", "Senator"]) == (
            found.country,
            [role.title for role in found.roles],
        )

    def test_malay_and_indian_honorifics_are_not_names(self) -> None:
        """ "Datuk Seri Utama", "Tengku" and "Shri" stand before names, outside them."""
        analysis = analyze(
            "Foreign Minister Datuk Seri Utama Mohamad Hasan met Prime Minister Shri Narendra "
            "Modi and Minister Tengku Datuk Seri Utama Zafrul Abdul Aziz."
        )
        assert {"hasan-mohamad", "modi-narendra", "aziz-zafrul-abdul"} == set(people(analysis))

    def test_definite_lower_case_office_before_a_comma(self) -> None:
        """ "the kingdom's finance minister, NAME," names the person after the comma."""
        analysis = analyze(
            "He later met the kingdom's finance minister, Mohammed Al-Jadaan, again."
        )
        assert {"al-jadaan-mohammed"} == set(people(analysis))

    def test_country_after_the_name(self) -> None:
        """ "Deputy Prime Minister NAME of Viet Nam" is Vietnamese."""
        found = person(
            "She welcomed Deputy Prime Minister Tran Hong Ha of Viet Nam to Canberra.",
            "tran-hong-ha",
        )
        assert "vn" == found.country


class TestNames:
    def test_untitled_speaker(self) -> None:
        """A name with no title is a person when its last word later speaks ("X said")."""
        analysis = analyze(
            'A year on, John Dramani Mahama is courting Europe. "Europe is a partner," '
            "Mahama said. The Global Gateway package was discussed."
        )
        found = people(analysis)
        assert {"mahama-john-dramani"} == set(found)
        assert ("Mahama",) == found["mahama-john-dramani"].aliases

    def test_particle_family_name_short_form(self) -> None:
        """ "Abdel Fattah al-Sisi" is later "Sisi"."""
        found = person(
            "Egyptian President Abdel Fattah al-Sisi arrived. Sisi said Cairo was ready.",
            "al-sisi-abdel-fattah",
        )
        assert ("Sisi",) == found.aliases

    def test_middle_initial_not_preferred_for_the_id(self) -> None:
        """ "Ferdinand Marcos Jr." and "Ferdinand R. Marcos Jr." are one person, id without "r"."""
        analysis = analyze(
            "Philippine President Ferdinand Marcos Jr. arrived. President Ferdinand R. Marcos "
            "Jr. spoke. Marcos left."
        )
        assert {"marcos-ferdinand"} == set(people(analysis))

    def test_family_first_in_capitals_and_short_forms(self) -> None:
        """ "Vice Minister KIM" after "KIM Hong-kyun" is the same person."""
        analysis = analyze(
            "First Vice Minister of Foreign Affairs KIM Hong-kyun held talks. Vice Minister "
            "KIM noted progress."
        )
        found = people(analysis)
        assert {"kim-hong-kyun"} == set(found)
        assert "Kim Hong-kyun" == found["kim-hong-kyun"].name

    def test_three_name_orders_are_one_person(self) -> None:
        """ "Kenji Ishida", "ISHIDA Kenji" and "Ishida Kenji" are one person."""
        analysis = analyze(
            "Prime Minister Kenji Ishida arrived. ISHIDA Kenji, Prime Minister of Japan, said "
            "so. Prime Minister Ishida Kenji later left."
        )
        assert {"ishida-kenji"} == set(people(analysis))

    def test_given_name_alone_when_the_country_is_unknown(self) -> None:
        """With no country to tell the custom, a given name alone still refers back."""
        found = person(
            "Foreign Minister Retno Marsudi spoke. Retno said the talks went well.",
            "marsudi-retno",
        )
        assert ("Retno",) == found.aliases

    def test_relatives_with_one_family_name_stay_apart(self) -> None:
        """Two people who share a family name are two actors."""
        analysis = analyze(
            "Thai Prime Minister Paetongtarn Shinawatra met reporters. Former Thai prime "
            "minister Thaksin Shinawatra did not attend."
        )
        assert {"shinawatra-paetongtarn", "shinawatra-thaksin"} == set(people(analysis))
