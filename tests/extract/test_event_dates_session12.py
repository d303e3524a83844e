"""Event dates, session 12: "is due to" + a verb plans what follows.

"The minister is due to hold talks in Rabat on Friday" is a plan, so its weekday is the Friday
to come, as after "will" or "is scheduled to"; "are also due to" keeps it a plan with an adverb
between. "due to" that gives a cause ("is due to the storm", "due to rising costs") plans
nothing, and a past plan ("was due to") is left to the clause that governs it.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import tag
from diplotimeline.model import EventKind
from diplotimeline.time import PartialDate


def _meetings(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.MEETING, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister is due to hold talks with his Moroccan counterpart Karim Bennani"
        " in Rabat on Friday.",
        "The Chilean and Peruvian presidents are also due to hold bilateral talks with"
        " President Lucia Mendes in the capital on Friday.",
    ],
)
def test_is_due_to_hold_talks_on_a_weekday_is_the_weekday_to_come(text: str) -> None:
    # Published on Wednesday 7 March 2046: the Friday to come is 9 March, not 2 March.
    dates = {date for _, date in _meetings(text, "2046-03-07")}
    assert dates == {"2046-03-09"}


def test_due_to_a_cause_does_not_plan_the_weekday() -> None:
    text = "The talks in Rabat on Friday were short, and that is due to heavy rain."
    [mention] = [m for m in tag(text, anchor=PartialDate(2046, 3, 7)) if m.text == "Friday"]
    assert mention.timex_value == "2046-03-02"


def test_is_due_to_the_storm_is_a_cause() -> None:
    text = "The delay of the vote on Friday is due to the storm."
    [mention] = [m for m in tag(text, anchor=PartialDate(2046, 3, 7)) if m.text == "Friday"]
    assert mention.timex_value != "2046-03-09"
