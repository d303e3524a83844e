"""Bodies that are not actors, and offices that the press writes in long forms (issue 5).

A careful reader lists international organisations, agencies and ministries as actors, but
not the standing mechanisms of a relationship (joint or binational commissions, working
groups, task forces), organs named after their parent ("the ECOWAS Commission" is ECOWAS),
venues or the office of a post. People are recognised behind "the President of the Republic
of X, NAME," and "Minister Responsible for ...". Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from diplotimeline.extract.actors import ActorAnalysis, analyze_actors
from diplotimeline.model import ActorKind, Organization, Person


def analyze(text: str) -> ActorAnalysis:
    return analyze_actors(text, document_id="doc")


def organizations(text: str) -> dict[str, Organization]:
    return {a.id: a for a in analyze(text).actors if isinstance(a, Organization)}


def people(text: str) -> dict[str, Person]:
    return {a.id: a for a in analyze(text).actors if isinstance(a, Person)}


def roles(person: Person) -> list[str]:
    return [role.title for role in person.roles]


class TestMechanisms:
    @pytest.mark.parametrize(
        "text",
        [
            "The third meeting of the Chile-Peru Joint Commission took place in Lima.",
            "Officials said the Ghana-Togo Permanent Joint Commission would meet in Accra.",
            "Both sides agreed that a new Binational Security Committee would convene in Quito.",
            "The Poland-Lithuania Intergovernmental Council met in Vilnius on Monday.",
            "The ministers asked the Joint Working Group on Fisheries to report by June.",
            "Thailand will join the Mekong Water Task Force and the Ocean Finance Core Group.",
            "They welcomed the decision of the Steering Committee of the Alliance to meet twice.",
            "The Morocco-Senegal Mixed Commission held its sixth session in Dakar.",
            # a format of leaders or ministers that meets (session 9)
            "The next Andean Presidential Council will be held in Bogota in 2034.",
            "The Gulf Ministerial Council approved the visa rules in Muscat.",
        ],
    )
    def test_mechanisms_are_not_actors(self, text: str) -> None:
        """Joint, binational and country-pair commissions and working bodies are no actors."""
        assert organizations(text) == {}

    def test_mechanism_keeps_its_mentions_for_events(self) -> None:
        """The body stays a mention (events are named after it) but is not an actor."""
        analysis = analyze("The fifth session of the Chile-Peru Joint Commission ended.")
        assert not any(a.kind is ActorKind.ORGANIZATION for a in analysis.actors)
        assert [m.text for m in analysis.mentions if m.kind is ActorKind.ORGANIZATION] == [
            "Chile-Peru Joint Commission"
        ]

    def test_council_shown_meeting_is_not_an_actor(self) -> None:
        """A council the text shows meeting ("the twelfth session of the X Council")."""
        text = "The twelfth session of the Council for Regional Integration is planned for May."
        assert organizations(text) == {}

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The National Human Rights Commission of Kenya said so.", "kenya"),
            ("The Kenya Revenue Authority collected more.", "kenya-revenue-authority"),
            ("Fiji's Electoral Commission published the results.", "electoral-commission"),
            ("The Tanzania Investment Centre welcomed investors.", "tanzania-investment-centre"),
            ("Seoul-Tokyo ties: the Korea-Japan Parliamentary Friendship Group met.", "friendship"),
        ],
    )
    def test_bodies_that_act_stay_actors(self, text: str, expected: str) -> None:
        """Counter-examples: commissions and groups that are not mechanisms stay actors."""
        assert any(expected in org_id for org_id in organizations(text))


class TestParentsVenuesOffices:
    def test_organ_named_after_its_parent_is_the_parent(self) -> None:
        """ "the SADC Secretariat", "the ECOWAS Commission": the parent, with an alias."""
        found = organizations(
            "Germany will pay through the ECOWAS Commission, and the SADC Secretariat agreed."
        )
        assert set(found) == {"ecowas", "sadc"}
        assert "ECOWAS Commission" in found["ecowas"].aliases

    def test_african_union_commission_is_its_own_body(self) -> None:
        """The gazetteer knows the AU Commission: no separate "African Union" actor."""
        found = organizations("He held talks at the African Union Commission in Addis Ababa.")
        assert set(found) == {"auc"}

    def test_venue_is_not_an_actor(self) -> None:
        """ "the Lusaka International Conference Centre" is a place."""
        found = organizations(
            "The forum opened at the Lusaka International Conference Centre on Monday."
        )
        assert found == {}

    def test_office_of_a_post_is_not_an_actor(self) -> None:
        """ "Office of the President" (a letterhead) is the president's office, no body."""
        assert organizations("Office of the Prime Minister, Wellington\n\nThe call ended.") == {}
        # Counter-example: an office with a body's own name stays an actor.
        found = organizations("The Office of the Auditor-General of Fiji reported.")
        assert set(found) == {"office-of-the-auditor-general-of-fiji"}


class TestLongOffices:
    @pytest.mark.parametrize(
        ("text", "actor_id", "role"),
        [
            (
                "At the invitation of the President of the Italian Republic, Marco Bellandi, "
                "the President of the Republic of Ghana, Kofi Adomako Mensah, visited Rome.",
                "mensah-kofi-adomako",
                "President of the Republic of Ghana",
            ),
            (
                "The King of Spain, Felipe Borbon Grecia, received the Prime Minister of the "
                "Kingdom of Thailand, Somsak Prasertkul, in Madrid.",
                "prasertkul-somsak",
                "Prime Minister of the Kingdom of Thailand",
            ),
            (
                "The Minister in charge of Foreign Affairs, Marie-Claire Dubois, spoke.",
                "dubois-marie-claire",
                "Minister in charge of Foreign Affairs",
            ),
            (
                "Minister of State for Trade Priya Raman met the Minister of State for "
                "Foreign Affairs, Tom Ellery.",
                "ellery-tom",
                "Minister of State for Foreign Affairs",
            ),
        ],
    )
    def test_office_then_name(self, text: str, actor_id: str, role: str) -> None:
        """The long office goes to the name after it, not to the person named before."""
        found = people(text)
        assert actor_id in found, sorted(found)
        assert role in roles(found[actor_id])

    def test_first_person_keeps_only_her_office(self) -> None:
        """ "NAME, the President of the Republic of X, NAME2,": the office is NAME2's."""
        found = people(
            "At the invitation of the President of the Italian Republic, Marco Bellandi, "
            "the President of the Republic of Ghana, Kofi Adomako Mensah, visited Rome."
        )
        assert roles(found["bellandi-marco"]) == ["President of the Italian Republic"]

    def test_apposition_without_a_second_name_stays(self) -> None:
        """Counter-example: "NAME, the President of the Republic of X, said" is NAME's office."""
        found = people("Kofi Adomako Mensah, the President of the Republic of Ghana, said so.")
        assert roles(found["mensah-kofi-adomako"]) == ["President of the Republic of Ghana"]

    @pytest.mark.parametrize(
        "text",
        [
            "Oman's Minister Responsible for Foreign Affairs, Salim bin Hamad al Harthy, spoke.",
            "The Minister Responsible said nothing more.",
            "The two sides recalled the General Cooperation Agreement of 1988.",
            "She spoke on the sidelines of the United Nations General Assembly in New York.",
        ],
    )
    def test_no_false_people(self, text: str) -> None:
        """ "Responsible", "Cooperation Agreement", "Assembly" are no people."""
        found = people(text)
        assert not {"responsible", "agreement-cooperation", "assembly"} & set(found)


class TestHeadlines:
    @pytest.mark.parametrize(
        "text",
        [
            "Foreign Minister Meets Counterpart Ahead Of Summit\nThe minister met him.",
            "President Hails New Era In Ties With Ghana\nACCRA - The president spoke.",
            "Prime Minister Urges Calm As Talks Resume\nThe talks resumed on Monday.",
            "Trade Minister Visits Brazil To Boost Exports\nThe visit began on Monday.",
        ],
    )
    def test_title_case_headline_yields_no_person(self, text: str) -> None:
        """Capitalised verbs and nouns after an office in a headline are no name."""
        assert people(text) == {}

    def test_headline_name_used_in_the_body_is_kept_and_trimmed(self) -> None:
        """A real name in the headline stays when the body uses it, without the verb."""
        found = people(
            "Foreign Minister Kofi Mensah Visits Lome\n"
            "ACCRA - Foreign Minister Kofi Mensah left for Lome on Monday."
        )
        assert list(found) == ["mensah-kofi"]
        assert "Kofi Mensah Visits" not in found["mensah-kofi"].aliases

    def test_sentence_case_line_is_no_headline(self) -> None:
        """Counter-example: an ordinary sentence keeps its titled person."""
        found = people("Foreign Minister Kofi Mensah visited Lome on Monday.")
        assert list(found) == ["mensah-kofi"]
