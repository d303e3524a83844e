"""Session 10 of the temporal tagger: "rising to a high in June from $29 in March" keeps the
past of its verb, "the ministers meet Monday" and "the slated visit in September" lie ahead,
and "to meet demand" is no plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotimeline.extract.temporal import tag_for_timeml
from diplotimeline.time import PartialDate

WEDNESDAY = PartialDate(2024, 10, 30)
TBAQ = Path("/work/shared/data/tempeval3/TBAQ-cleaned")


def values(text: str, anchor: PartialDate = WEDNESDAY) -> list[tuple[str, str]]:
    """Each mention as TimeML reads it: text and value."""
    return [(m.text, m.timex_value) for m in tag_for_timeml(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rupiah has swung widely this year, rising to 16,200 to the dollar in June "
            "from 15,100 in March.",
            ("March", "2024-03"),
        ),
        (
            "Shares of the carrier have fallen sharply since the strike, dropping to a "
            "low of $4 in August from $9 in March.",
            ("March", "2024-03"),
        ),
    ],
)
def test_to_before_a_figure_is_a_preposition(text: str, expected: tuple[str, str]) -> None:
    """ "rising to a high", "dropping to $4": no infinitive hides the verb's past."""
    assert values(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The infinitive may lie ahead: the month nearest the anchor is meant.
        "The bloc agreed after long talks to admit the small Balkan republic as a full "
        "member in January.",
        # A verb of saying between: the participle before it does not date the report.
        "Reports attributed to the ministry said the government told refiners in Europe "
        "and Asia of a sharp reduction in its crude supplies in January.",
    ],
)
def test_an_infinitive_or_a_report_still_hides_a_far_past_verb(text: str) -> None:
    assert values(text)[-1] == ("January", "2025-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two foreign ministers meet separately Monday with the envoy.", "2024-11-04"),
        ("Negotiators resume talks Tuesday in Geneva.", "2024-11-05"),
        ("The two delegations travel to Brussels on Friday.", "2024-11-01"),
    ],
)
def test_a_plural_present_of_arrangement_lies_ahead(text: str, expected: str) -> None:
    """News uses the present for what is arranged, in the plural as in the singular."""
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to meet" is governed by "struggled": the summer just past.
        ("Exporters struggled to meet demand well into the summer.", "2024-SU"),
        ("Talks did not resume Tuesday.", "2024-10-29"),
    ],
)
def test_a_base_form_without_tense_is_no_arrangement(text: str, expected: str) -> None:
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials had been discussing the planned visit of the prime minister in December.",
        "He and the ambassador had been talking about the slated visit of the trade "
        "secretary in December.",
        "Diplomats said they had prepared for an upcoming trip by the foreign minister in "
        "December.",
    ],
)
def test_a_planned_event_after_an_article_lies_ahead(text: str) -> None:
    """ "the slated visit ... in September": the plan word dates the visit, not "had"."""
    assert values(text)[-1] == ("December", "2024-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Without a plan word the past perfect dates the visit.
        ("Officials had been discussing the visit of the prime minister in December.", "2023-12"),
        # A plan that the sentence's own verb reports as failed lies in the past.
        ("The proposed summit collapsed in March.", "2024-03"),
        ("The originally scheduled meeting in March was canceled.", "2024-03"),
    ],
)
def test_an_unplanned_or_overtaken_event_stays_past(text: str, expected: str) -> None:
    assert values(text)[-1][1] == expected


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
    assert scores.value_f1 >= 0.8407
    assert scores.strict_f1 >= 0.8965
    assert scores.relaxed_f1 >= 0.9486
    assert scores.type_f1 >= 0.9084


def test_last_year_set_against_a_figure_is_the_quarter_a_year_before() -> None:
    """ "compared with a loss of $3 million last year" compares the quarter reported."""
    text = (
        "The airline posted third-quarter net of $24 million. Its cargo unit earned "
        "$5 million, compared with a loss of $3 million last year."
    )
    assert values(text)[-1] == ("last year", "2023-Q3")


@pytest.mark.parametrize(
    "text",
    [
        # No quarter is reported on: the year itself.
        "Exports reached $5 billion, compared with $4 billion last year.",
        # No figure is compared: the year.
        "The airline posted third-quarter net of $24 million. Its cargo unit was sold last year.",
        "The airline posted third-quarter net of $24 million. The unit earned more, "
        "compared with the figures of last year.",
    ],
)
def test_last_year_without_a_compared_figure_stays_the_year(text: str) -> None:
    assert values(text)[-1] == ("last year", "2023")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the capital, today is the eighth day of the blockade.",
            [("today", "2024-10-30"), ("the eighth day", "2024-10-30")],
        ),
        (
            "It's the third day of talks between the two delegations.",
            [("the third day", "2024-10-30")],
        ),
        ("It is the 12th day of the strike at the port.", [("the 12th day", "2024-10-30")]),
    ],
)
def test_the_nth_day_of_today_is_the_day_of_writing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the second day of the offensive when the talks began.",
        "On the second day of the visit, the leaders signed the accord.",
        "The fifth day of the conference will be devoted to trade.",
    ],
)
def test_the_nth_day_of_another_time_is_left_alone(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # May to July: two of its three months fall in the second quarter.
        ("In the quarter ended July 31, the retailer lost money.", "2024-Q2"),
        ("Net fell in the quarter ended Aug. 31.", "2024-Q3"),
        # November to January: the fourth quarter of the year before.
        ("Net fell in the quarter ended Jan. 31.", "2023-Q4"),
    ],
)
def test_a_quarter_ended_off_the_calendar_is_the_quarter_it_mostly_covers(
    text: str, expected: str
) -> None:
    assert values(text)[0] == ("the quarter", expected)


def test_a_quarter_ended_with_a_calendar_one_follows_the_quarter_named() -> None:
    """ "the quarter ended Sept. 30" after "its fiscal first quarter" is that quarter."""
    text = (
        "The maker posted a loss for its fiscal first quarter. Sales for the quarter "
        "ended Sept. 30 rose 4%."
    )
    assert ("the quarter", "2024-Q1") in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator gave the bidder until mid-November to submit more information.",
            ("mid-November", "2024-11"),
        ),
        ("The council has until March to comply with the resolution.", ("March", "2025-03")),
    ],
)
def test_time_given_to_act_in_lies_ahead(text: str, expected: tuple[str, str]) -> None:
    """ "gave X until mid-November to submit": the past verb gives a time still to come."""
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He served as foreign minister until March.",
        "The talks lasted until March to the dismay of many.",
        "The rebels fought on until March to no avail.",
    ],
)
def test_a_past_state_that_lasted_until_a_month_stays_past(text: str) -> None:
    assert values(text) == [("March", "2024-03")]
