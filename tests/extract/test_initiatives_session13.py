"""Initiatives, session 13 (lead): the period the next sentence gives an initiative dates it.

"Leaders endorsed the X Initiative. The initiative will link ... from 2032 to 2035." and
"Ministers launched the Y Programme on Monday. It will run from 2032 to 2036." date the
initiative by the years it covers, as its own clause (", which will run from 2032 to 2036")
already did. "It" must take up one act only, and "The fund" an initiative whose name ends so.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind


def _initiatives(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.INITIATIVE, text, "2031-05-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the summit in Lima on 3 May, leaders endorsed the Andean Payments Initiative."
            " The initiative will link the payment systems of the member banks in three phases"
            " from 2032 to 2035.",
            [("Andean Payments Initiative", "2032/2035")],
        ),
        (
            "Ministers launched the Andean Water Programme in Quito on Monday."
            " It will run from 2032 to 2036.",
            [("Andean Water Programme", "2032/2036")],
        ),
        (
            "Ministers launched the Andean Water Programme in Quito on Monday."
            " The programme, which will run from 2032 to 2036, is funded by Spain.",
            [("Andean Water Programme", "2032/2036")],
        ),
    ],
)
def test_the_next_sentence_gives_the_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert _initiatives(text) == expected


def test_it_after_two_acts_takes_up_neither() -> None:
    text = (
        "Ministers launched the Andean Water Programme and signed the Quito Accord on Monday."
        " It will run from 2032 to 2036."
    )
    assert all(date != "2032/2036" for _, date in _initiatives(text))


def test_a_noun_that_names_another_kind_of_initiative_takes_up_nothing() -> None:
    text = (
        "Ministers launched the Andean Water Programme on Monday."
        " The fund will run from 2032 to 2036."
    )
    assert _initiatives(text) == [("Andean Water Programme", "2031-05-05")]


def test_a_period_told_of_something_else_does_not_date_it() -> None:
    text = (
        "Ministers launched the Andean Water Programme on Monday. It was a long meeting; the"
        " drought lasted from 2022 to 2025."
    )
    assert _initiatives(text) == [("Andean Water Programme", "2031-05-05")]
