"""Session 9 of the temporal tagger: a year-ago comparison skips forecast quarters, "then
current", "will one day", "the weeks ahead", a record "set on" a day, "today's world",
"December's figures" and "the March accession"."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotimeline.extract.temporal import tag_for_timeml
from diplotimeline.time import PartialDate

THURSDAY = PartialDate(1989, 10, 26)
TBAQ = Path("/work/shared/data/tempeval3/TBAQ-cleaned")


def values(text: str, anchor: PartialDate = THURSDAY) -> list[tuple[str, str, str]]:
    """Each mention as TimeML reads it: text, type, value."""
    return [(m.text, m.timex_type, m.timex_value) for m in tag_for_timeml(text, anchor)]


def test_a_year_ago_period_skips_a_forecast_quarter() -> None:
    """The quarter compared with is the one reported on, not one the report forecasts."""
    text = (
        "Third-quarter profit fell 50%. The company expects weak demand through the "
        "third quarter of 1990. In the year-ago period, it earned $101.4 million."
    )
    assert values(text)[-1] == ("the year-ago period", "DATE", "1988-Q3")


def test_a_year_ago_period_still_follows_a_past_quarter() -> None:
    """Without a forecast between them, the nearest quarter named still leads."""
    text = "Net rose in the second quarter. In the year-ago period, it earned $5 million."
    assert values(text)[-1] == ("the year-ago period", "DATE", "1988-Q2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holders may buy shares at 50% of the then current market price.", "then current"),
        ("They paid the then-current rate.", "then-current"),
    ],
)
def test_then_current_lies_in_the_past(text: str, expected: str) -> None:
    """ "then current" was current at a past time: PAST_REF, not PRESENT_REF."""
    assert values(text) == [(expected, "DATE", "PAST_REF")]


def test_current_alone_is_still_the_present() -> None:
    assert values("The current system has evolved.") == [("current", "DATE", "PRESENT_REF")]


@pytest.mark.parametrize(
    "text",
    [
        "Islam will one day be the second largest religion in the country.",
        "He hopes he may one day return home.",
        "The treaty could eventually one day cover fisheries.",
    ],
)
def test_one_day_after_a_modal_is_the_future(text: str) -> None:
    assert ("one day", "DATE", "FUTURE_REF") in values(text)


@pytest.mark.parametrize(
    "text", ["The strike will last one day.", "One day later, the talks resumed."]
)
def test_one_day_as_a_length_stays_a_duration(text: str) -> None:
    assert [value for _, kind, value in values(text) if kind == "DURATION"] == ["P1D"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funds may sell bonds to pay investors in the weeks ahead.", ("the weeks ahead", "PXW")),
        ("Talks will go on in the months ahead.", ("the months ahead", "PXM")),
        ("The days ahead will be hard.", ("The days ahead", "PXD")),
    ],
)
def test_the_weeks_ahead_is_a_vague_duration(text: str, expected: tuple[str, str]) -> None:
    """As "the coming weeks": a vague stretch of the unit."""
    assert values(text) == [(expected[0], "DURATION", expected[1])]


def test_a_record_set_on_a_day_was_set_before() -> None:
    """ "set on Aug. 6" after a noun dates the setting, no plan: the last Aug. 6."""
    text = "The index closed within 70 points of its record high set on Aug. 6."
    assert values(text, PartialDate(1998, 2, 6)) == [("Aug. 6", "DATE", "1997-08-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A date was set on Friday.", "1989-10-20"),
        ("The vote is set on Friday.", "1989-10-27"),
        ("The vote will be set on Friday.", "1989-10-27"),
        ("The vote is set for Friday.", "1989-10-27"),
    ],
)
def test_set_on_a_weekday_plans_only_after_a_present_be(text: str, expected: str) -> None:
    assert values(text) == [("Friday", "DATE", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "The case of Elian is for today's youth what the blockade was for their parents.",
        "Rights are equal in today's world.",
        "They are the chips of choice in many of today's personal computers.",
        "Leaders must think of today’s generation.",
        "If I were choosing the people of tomorrow, I would choose them.",
    ],
)
def test_todays_world_is_an_age_not_a_day(text: str) -> None:
    """TimeBank leaves out "today's" that speaks of the present age."""
    assert [m for m in values(text) if m[0].lower() == "today"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offer, advertised in today's editions of the Journal, expires.", "1989-10-26"),
        ("Shareholders responded coolly to yesterday's announcement.", "1989-10-25"),
        ("But tomorrow's vote has international implications.", "1989-10-27"),
        ("The leaders meet today.", "1989-10-26"),
    ],
)
def test_todays_event_is_still_that_day(text: str, expected: str) -> None:
    assert [value for _, _, value in values(text)] == [expected]


@pytest.mark.eval
def test_tbaq_scores_do_not_fall() -> None:
    """The tagger's TempEval-3 figures on TBAQ-cleaned stay at or above this session's."""
    if not TBAQ.is_dir():
        pytest.skip(f"{TBAQ} is not available")
    from diplotimeline.eval.timex import score_timexes
    from diplotimeline.io.timeml import Timex, iter_timeml_dir

    documents = list(iter_timeml_dir(TBAQ))
    predicted = {}
    for document in documents:
        anchor = PartialDate.parse_iso(document.dct[:10]) if document.dct else None
        predicted[document.doc_id] = [
            Timex(m.start, m.end, m.text, m.timex_type, m.timex_value)
            for m in tag_for_timeml(document.text, anchor)
        ]
    scores = score_timexes(documents, predicted)
    assert scores.value_f1 >= 0.8360
    assert scores.strict_f1 >= 0.8963
    assert scores.relaxed_f1 >= 0.9478
    assert scores.type_f1 >= 0.9077


def test_a_months_possessive_is_the_month() -> None:
    """ "December's figures" names the month; the apostrophe no longer hides it."""
    text = "Apart from a small downward revision to December's figures, jobs grew."
    assert values(text, PartialDate(1998, 2, 6)) == [("December", "DATE", "1997-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession will enable the three countries to join.", ("March", "1999-03")),
        ("Turnout in the May elections was low.", ("May", "1998-05")),
    ],
)
def test_march_or_may_before_a_noun_is_the_month(text: str, expected: tuple[str, str]) -> None:
    """After "the" and before a noun, "March" and "May" are the month."""
    assert values(text, PartialDate(1999, 3, 12)) == [(expected[0], "DATE", expected[1])]


@pytest.mark.parametrize(
    "text",
    ["The March on Washington drew crowds.", "May I add one point?", "the march of time"],
)
def test_march_or_may_alone_stays_a_word(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weakness will last through at least the first two quarters of 1990.",
            ("the first two quarters of 1990", "1990-H1"),
        ),
        (
            "Sales rose in the last two quarters of 1988.",
            ("the last two quarters of 1988", "1988-H2"),
        ),
    ],
)
def test_two_quarters_of_a_year_are_its_half(text: str, expected: tuple[str, str]) -> None:
    """With its year, "the first two quarters" is a half year, not six months."""
    assert values(text) == [(expected[0], "DATE", expected[1])]


def test_two_quarters_without_a_year_stay_six_months() -> None:
    assert values("Sales rose in the first two quarters.") == [
        ("the first two quarters", "DURATION", "P6M")
    ]


def test_high_noon_is_an_idiom() -> None:
    """ "high noon comes today": the moment of decision, no clock time."""
    assert values("For the people of Poland, high noon comes today.") == [
        ("today", "DATE", "1989-10-26")
    ]


def test_noon_is_still_a_clock_time() -> None:
    assert values("Talks resume at noon Friday.") == [("noon Friday", "TIME", "1989-10-27T12:00")]
