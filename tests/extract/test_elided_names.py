"""Names with an elided French article: "Côte d'Ivoire" inside a longer name.

"d'Ivoire" begins with a lower-case letter, but it is a part of the name it stands in, so a
body, an initiative or a meeting named after Côte d'Ivoire keeps the whole name; a body
named after two countries ("the Ghana-Togo Joint Commission") has both as participants.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, extract_text, when

from diplotimeline.extract._tokens import tokens_in
from diplotimeline.model import EventKind


def test_an_elided_article_before_a_capital_is_a_name_word() -> None:
    text = "the Ghana-Côte d'Ivoire Joint Commission"
    capitals = [(t.text, t.is_capital) for t in tokens_in(text, 0, len(text))]
    assert ("d'Ivoire", True) in capitals


def test_an_elided_article_before_a_lower_case_word_is_not() -> None:
    text = "l'avenir d'abord"
    assert not any(t.is_capital for t in tokens_in(text, 0, len(text)))


def test_an_initiative_named_after_cote_d_ivoire_keeps_its_whole_name() -> None:
    (initiative,) = events_of(
        EventKind.INITIATIVE,
        "Ghana and Côte d'Ivoire, the two largest producers, set up the Côte d'Ivoire-Ghana"
        " Cocoa Initiative in 2018 to coordinate their pricing.",
        "2034-03-16",
    )
    assert (initiative.name, when(initiative)) == ("Côte d'Ivoire-Ghana Cocoa Initiative", "2018")


def test_a_session_of_a_body_named_after_cote_d_ivoire() -> None:
    (meeting,) = events_of(
        EventKind.MEETING,
        "Its first board will be appointed at the next session of the Ghana-Côte d'Ivoire Joint"
        " Commission for Cooperation, to be held in Accra from 9 to 11 October.",
        "2034-07-10",
    )
    assert "Ghana-Côte d'Ivoire Joint Commission for Cooperation" in meeting.name
    assert when(meeting) == "2034-10-09/2034-10-11"


def test_a_body_named_after_two_countries_has_both_as_participants() -> None:
    extraction = extract_text(
        "The treaty was concluded by the Ghana-Togo Joint Commission for Cooperation at its"
        " session in Lomé last month.",
        "2034-03-16",
    )
    (meeting,) = [e for e in extraction.events if e.kind is EventKind.MEETING]
    assert {"gh", "tg"} <= set(meeting.participants)


def test_a_body_named_after_one_country_adds_no_other() -> None:
    # Counter-example: one country in the name gives no pair.
    extraction = extract_text(
        "The plan was cleared by the Ghana Planning Commission at its session in Accra last month.",
        "2034-03-16",
    )
    for event in extraction.events:
        assert "tg" not in event.participants
