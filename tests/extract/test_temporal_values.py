"""TIMEX3 values that TimeML annotators give consistently: decades, halves, sentence cues.

Each text is a news sentence; its date is given per test.
"""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag
from diplotimeline.time import PartialDate

OCT_1989 = PartialDate(1989, 10, 26)


def mentions(text: str, anchor: PartialDate = OCT_1989) -> list[tuple[str, str]]:
    """Each mention's text and TIMEX3 value."""
    return [(m.text, m.timex_value) for m in tag(text, anchor)]


class TestHalfOfADecade:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Sales volume has been flat, following the trend of the last half of the '80s.",
                ("the last half of the '80s", "198"),
            ),
            (
                "The border dispute flared repeatedly in the first half of the 1990s.",
                ("the first half of the 1990s", "199"),
            ),
            (
                "Both countries cut tariffs in the latter half of the 1970s, diplomats said.",
                ("the latter half of the 1970s", "197"),
            ),
        ],
    )
    def test_the_half_is_the_decades(self, text: str, expected: tuple[str, str]) -> None:
        assert mentions(text) == [expected]

    def test_a_dangling_of_is_no_half_year(self) -> None:
        """ "the last half of" alone is no expression: no "1989-H2" for the '80s."""
        found = mentions("Exports stagnated through the last half of the '80s.")
        assert all(not value.endswith("-H2") for _, value in found)

    def test_a_half_year_is_unchanged(self) -> None:
        assert mentions("The ministry expects growth to pick up in the second half of 1990.") == [
            ("the second half of 1990", "1990-H2")
        ]


class TestAbbreviationsDoNotEndTheSentence:
    def test_versus_keeps_the_clause_that_dates_an_opening_month(self) -> None:
        """ "In January, a week after ... Roe vs. Wade ..., a bomb exploded": the past."""
        text = (
            "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court "
            "decision, a bomb exploded at a clinic in Birmingham, killing a guard."
        )
        assert ("January", "1998-01") in mentions(text, PartialDate(1998, 10, 25))


class TestClockTimeTakesTheDayNextToIt:
    SATURDAY = PartialDate(1998, 8, 8)

    @pytest.mark.parametrize(
        ("text", "clock", "expected"),
        [
            (
                "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, "
                "toppling a crowded building.",
                "10:35 a.m.",
                "1998-08-07T10:35",
            ),
            (
                "The foreign minister will leave Kabul at 9 p.m. on Monday for talks in Doha.",
                "9 p.m.",
                "1998-08-10T21:00",
            ),
            (
                "The envoy will leave at 4 in the morning (4 a.m. EDT Monday), officials said.",
                "4 in the morning",
                "1998-08-10T04:00",
            ),
        ],
    )
    def test_the_day_written_beside_it(self, text: str, clock: str, expected: str) -> None:
        assert dict(mentions(text, self.SATURDAY))[clock] == expected

    @pytest.mark.parametrize(
        ("text", "clock"),
        [
            ("The ceasefire took effect at 6 a.m. Talks resume on Monday in Geneva.", "6 a.m."),
            ("Polling stations closed at 8 p.m. and results are due Monday.", "8 p.m."),
        ],
    )
    def test_a_day_in_another_clause_does_not_count(self, text: str, clock: str) -> None:
        assert dict(mentions(text, self.SATURDAY))[clock].startswith("1998-08-08T")


class TestAPlanCalledOffInItsOwnClause:
    SUNDAY = PartialDate(1999, 10, 24)

    @pytest.mark.parametrize(
        ("text", "day", "expected"),
        [
            (
                "A rally planned at the university for Saturday was canceled after security "
                "plans were leaked.",
                "Saturday",
                "1999-10-23",
            ),
            (
                "A vote scheduled for Thursday has been delayed by a week, diplomats said.",
                "Thursday",
                "1999-10-21",
            ),
        ],
    )
    def test_the_plan_lies_behind(self, text: str, day: str, expected: str) -> None:
        assert dict(mentions(text, self.SUNDAY))[day] == expected

    @pytest.mark.parametrize(
        ("text", "day", "expected"),
        [
            (
                "A summit planned for Tuesday will go ahead, officials said.",
                "Tuesday",
                "1999-10-26",
            ),
            (
                "Talks scheduled for Thursday are expected to focus on trade.",
                "Thursday",
                "1999-10-28",
            ),
            ("The summit was planned for Tuesday.", "Tuesday", "1999-10-26"),
        ],
    )
    def test_a_plan_still_standing_lies_ahead(self, text: str, day: str, expected: str) -> None:
        assert dict(mentions(text, self.SUNDAY))[day] == expected


class TestAWeekdayInThePluralComesBackEveryWeek:
    FRIDAY = PartialDate(1998, 2, 13)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Two new flights will leave Bombay on Tuesday nights from March 30.",
                ("Tuesday nights", "XXXX-WXX-2TNI"),
            ),
            (
                "The envoys have met on Thursdays since the ceasefire.",
                ("Thursdays", "XXXX-WXX-4"),
            ),
            (
                "Opposition supporters gather outside parliament on Sunday mornings.",
                ("Sunday mornings", "XXXX-WXX-7TMO"),
            ),
        ],
    )
    def test_a_set(self, text: str, expected: tuple[str, str]) -> None:
        found = [(m.text, m.timex_type, m.timex_value) for m in tag(text, self.FRIDAY)]
        assert (expected[0], "SET", expected[1]) in found

    def test_one_night_is_a_time(self) -> None:
        assert mentions("The ministers met on Tuesday night.", self.FRIDAY) == [
            ("Tuesday night", "1998-02-10TNI")
        ]


class TestAYearBeforeOrAfter:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The post-1959 politics have split thousands of families apart.",
                ("post-1959", "1959"),
            ),
            ("Trade between the two has not recovered to pre-2008 levels.", ("pre-2008", "2008")),
        ],
    )
    def test_the_year_is_the_value(self, text: str, expected: tuple[str, str]) -> None:
        assert mentions(text, PartialDate(2000, 2, 24)) == [expected]

    def test_no_year_no_expression(self) -> None:
        assert mentions("The post-war order shaped the prewar alliances.") == []
