"""Two days joined by "and": "on 14 and 15 November" is both days; "on 3 and 10 May" is not
the week between them."""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag
from diplotimeline.time import PartialDate

APRIL = PartialDate(2029, 4, 20)


def spans(text: str, anchor: PartialDate = APRIL) -> list[tuple[str, str | None, str]]:
    """Each mention's text, resolved span and rule."""
    return [
        (m.text, m.value.format_iso() if m.value else None, m.rule_id) for m in tag(text, anchor)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sri Lankan President will pay a state visit to Bangladesh on 14 and 15 November.",
            ("14 and 15 November", "2029-11-14/2029-11-15", "range.day-day-month"),
        ),
        (
            "Foreign ministers will meet in Montevideo on November 14 and 15, officials said.",
            ("November 14 and 15", "2029-11-14/2029-11-15", "range.month-day-day"),
        ),
        (  # two days apart: the second day is the date, nothing in between is claimed
            "Run-off votes were held on 3 and 10 March.",
            ("3 and 10 March", "2029-03-10", "range.day-day-month"),
        ),
    ],
)
def test_day_pairs(text: str, expected: tuple[str, str, str]) -> None:
    assert spans(text) == [expected]


def test_ranges_with_to_are_unchanged() -> None:
    """ "from 5 to 7 March" and "between 3 and 5 May" stay ranges of every day between."""
    assert spans("The fair ran from 5 to 7 March.")[0][1] == "2029-03-05/2029-03-07"
    june = PartialDate(2029, 6, 20)
    assert spans("Talks were held between 3 and 5 May.", june)[0][1] == "2029-05-03/2029-05-05"
