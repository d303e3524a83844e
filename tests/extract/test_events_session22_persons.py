"""Actor and meeting rules of session 22 (persons-22: what events_dev11 showed the person and
meeting readers still miss), each on sentences written for these tests (invented people, other
countries and years) with counter-examples that must not fire.

The causes are general in news: a person described by a demonym and a trade before the name
("the Nepali economist NAME"); a given name that is also a place, with the family name used
alone elsewhere ("Ms Lindqvist"); a relation after a possessive pronoun and a comma ("her
counterpart, NAME"); a lower-case possessor before an office in apposition ("NAME, the
opposition's foreign affairs spokesman").
"""

from __future__ import annotations

from diplotimeline.extract.actors import analyze_actors
from diplotimeline.model import Person


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
