"""Session 8 of the temporal tagger: "earlier this year" spans, week-of and Easter weeks,
"overnight" and "the previous Friday" after a day the text names, clock times after a day,
a past "set" and a clock time with its weekday at a sentence's end."""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag, tag_for_timeml
from diplotimeline.time import PartialDate

MONDAY = PartialDate(2027, 3, 15)


def values(text: str, anchor: PartialDate = MONDAY) -> list[tuple[str, str, str]]:
    """Each mention as TimeML reads it: text, type, value."""
    return [(m.text, m.timex_type, m.timex_value) for m in tag_for_timeml(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said earlier this year that exports would recover.",
            ("earlier this year", "DATE", "2027"),
        ),
        (
            "Earlier this month, the two sides resumed border talks.",
            ("Earlier this month", "DATE", "2027-03"),
        ),
        (
            "The envoy is expected to visit Seoul later this year.",
            ("later this year", "DATE", "2027"),
        ),
    ],
)
def test_earlier_and_later_stay_in_the_span(text: str, expected: tuple[str, str, str]) -> None:
    """TimeBank spans "earlier this year" whole and values it at the year."""
    assert values(text) == [expected]


def test_earlier_before_a_weekday_stays_outside() -> None:
    """ "Earlier Friday" is annotated as "Friday" in most of TimeBank's wire copy."""
    assert values("Earlier Friday, the talks broke up.") == [("Friday", "DATE", "2027-03-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dispute may be settled at a hearing the week of March 22, lawyers said.",
            ("the week of March 22", "DATE", "2027-W12"),
        ),
        (
            "Delegations gather in Geneva in the week of 5 April 2027.",
            ("the week of 5 April 2027", "DATE", "2027-W14"),
        ),
    ],
)
def test_the_week_of_a_day_is_its_iso_week(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


def test_the_week_of_a_day_spans_monday_to_sunday() -> None:
    (mention,) = tag("Talks open the week of March 22.", MONDAY)
    assert mention.value is not None
    assert mention.value.format_iso() == "2027-03-22/2027-03-28"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "Pilgrims crowded the old city as Easter week began.",
            PartialDate(2027, 3, 22),
            ("Easter week", "DATE", "2027-W12"),
        ),
        (
            "The truce is meant to hold over Easter, mediators said.",
            PartialDate(2027, 3, 1),
            ("Easter", "DATE", "2027-03-28"),
        ),
        (
            "Parliament reconvenes on Easter Monday.",
            PartialDate(2026, 3, 30),
            ("Easter Monday", "DATE", "2026-04-06"),
        ),
        (
            "Security was tightened during Holy Week.",
            PartialDate(2025, 4, 22),
            ("Holy Week", "DATE", "2025-W16"),
        ),
    ],
)
def test_easter_follows_the_moon(
    text: str, anchor: PartialDate, expected: tuple[str, str, str]
) -> None:
    assert values(text, anchor) == [expected]


@pytest.mark.parametrize(
    "text",
    ["Easter Island lies far off the coast of Chile.", "The Holy See issued a statement."],
)
def test_easter_island_and_the_holy_see_are_no_dates(text: str) -> None:
    assert values(text) == []


def test_overnight_is_the_night_before_the_day_just_named() -> None:
    """A market report of Friday: "overnight losses" were Thursday night's."""
    text = (
        "Tokyo shares closed lower Friday in thin trading. They were weighed down by "
        "overnight losses on Wall Street, and the index ended 3% below the previous Friday."
    )
    assert values(text) == [
        ("Friday", "DATE", "2027-03-12"),
        ("overnight", "TIME", "2027-03-11TNI"),
        ("the previous Friday", "DATE", "2027-03-05"),
    ]


def test_overnight_without_a_day_is_the_night_before_the_anchor() -> None:
    text = "Rebels shelled the northern suburbs overnight, residents said."
    assert values(text) == [("overnight", "TIME", "2027-03-14TNI")]


def test_overnight_does_not_reach_back_past_a_few_sentences() -> None:
    """A day named paragraphs before does not date "overnight"."""
    text = (
        "The ceasefire was signed on Friday. "
        + "Aid convoys have since crossed the border in growing numbers. " * 8
        + "Shelling resumed overnight."
    )
    assert values(text)[-1] == ("overnight", "TIME", "2027-03-14TNI")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On March 2, at 10:00 a.m., the two foreign ministers opened the talks.",
            [("March 2", "DATE", "2027-03-02"), ("10:00 a.m.", "TIME", "2027-03-02T10:00")],
        ),
        (
            "The accord was signed on 4 March 2027 at 3 p.m. in Hanoi.",
            [("4 March 2027", "DATE", "2027-03-04"), ("3 p.m.", "TIME", "2027-03-04T15:00")],
        ),
    ],
)
def test_a_clock_time_after_a_day_is_on_that_day(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text) == expected


def test_a_clock_time_after_an_unrelated_clause_keeps_the_anchor() -> None:
    """Only a comma, "at" and the like may stand between the day and the clock time."""
    text = "Talks began on March 2 and the vote closed at 8 p.m."
    assert values(text)[-1] == ("8 p.m.", "TIME", "2027-03-15T20:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A judge ruled the boy must return home and set Friday as the deadline.",
            ("Friday", "DATE", "2027-03-12"),
        ),
        ("The court will set Friday as the deadline.", ("Friday", "DATE", "2027-03-19")),
        ("The vote is set for Friday.", ("Friday", "DATE", "2027-03-19")),
    ],
)
def test_set_as_a_past_verb_and_as_a_plan(text: str, expected: tuple[str, str, str]) -> None:
    assert values(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency extended its deadline until 9 a.m. EST Tuesday.",
            ("9 a.m. EST Tuesday", "TIME", "2027-03-16T09:00"),
        ),
        (
            "Gunmen robbed the store at 10 p.m. Wednesday.",
            ("10 p.m. Wednesday", "TIME", "2027-03-10T22:00"),
        ),
    ],
)
def test_a_clock_time_keeps_its_weekday_at_a_sentence_end(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert values(text) == [expected]
