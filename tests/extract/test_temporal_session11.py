"""Session 11 of the temporal tagger: wire copy's four-digit clock times ("0500 GMT"), ranges
whose ends carry weekdays ("from Monday 6 to Wednesday 8 September"), plans fixed in the
present perfect ("has scheduled a summit on October 3-4") and a zone written after the day
("3 a.m. Thursday Japan time")."""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag
from diplotimeline.time import DateSpan, PartialDate

JUNE = PartialDate(2039, 6, 10)
AUGUST = PartialDate(2038, 8, 20)


def found(text: str, anchor: PartialDate = JUNE) -> list[tuple[str, str, str]]:
    """Each mention: text, TIMEX3 type and value."""
    return [(m.text, m.timex_type, m.timex_value) for m in tag(text, anchor, infer_anchor=False)]


def spans(text: str, anchor: PartialDate = JUNE) -> dict[str, str | None]:
    """Each mention's text with its model value in ISO 8601 (dates and times only)."""
    return {
        m.text: m.value.format_iso() if isinstance(m.value, DateSpan) else None
        for m in tag(text, anchor, infer_anchor=False)
    }


# ---------------------------------------------------------------- four-digit clock times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The signing ceremony in Bishkek began at 11 a.m. (0500 GMT).",
            ("0500 GMT", "TIME", "2039-06-10T05:00"),
        ),
        ("Polling stations in Lusaka close at 1430 GMT.", ("1430 GMT", "TIME", "2039-06-10T14:30")),
        (
            "Talks in Muscat resume at 7 a.m. (0300 GMT Wednesday).",
            ("0300 GMT Wednesday", "TIME", "2039-06-15T03:00"),
        ),
        ("The ceasefire takes hold at 2200 UTC.", ("2200 UTC", "TIME", "2039-06-10T22:00")),
    ],
)
def test_a_four_digit_clock_time_with_a_zone_is_a_time(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in found(text)


def test_a_four_digit_clock_time_keeps_its_zone_offset() -> None:
    value = spans("The vote closed at 1430 GMT in Accra.")["1430 GMT"]
    assert value is not None
    assert value == "2039-06-10T14:30+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "Some 1500 troops crossed into the buffer zone.",
        "The 2039 GMT-compliant receivers were shipped to Riga.",
        "The plan runs to 2030 and beyond.",
        "The clock read 2460 GMT on the broken display.",
    ],
)
def test_counts_years_and_words_are_no_clock_time(text: str) -> None:
    assert [kind for _, kind, _ in found(text) if kind == "TIME"] == []


def test_a_year_before_a_zone_word_stays_a_year_elsewhere() -> None:
    assert ("2030", "DATE", "2030") in found("The accord sets targets for 2030 in Nairobi.")


def test_the_clock_time_in_brackets_and_its_day_share_the_date() -> None:
    """ "10:35 a.m. (0735 GMT) Friday": both clock times are on that Friday."""
    result = found(
        "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", PartialDate(2031, 8, 9)
    )
    assert ("10:35 a.m.", "TIME", "2031-08-08T10:35") in result
    assert ("0735 GMT", "TIME", "2031-08-08T07:35") in result


# ---------------------------------------------------------------- ranges with weekdays


@pytest.mark.parametrize(
    ("text", "match"),
    [
        (
            "The Prime Minister will visit Suva from Monday 6 to Wednesday 8 September 2038.",
            "Monday 6 to Wednesday 8 September 2038",
        ),
        ("The visit runs Monday 6 - Wednesday 8 September.", "Monday 6 - Wednesday 8 September"),
        (
            "Envoys meet from Monday, 6 September to Wednesday, 8 September in Apia.",
            "Monday, 6 September to Wednesday, 8 September",
        ),
        (
            "Envoys meet from Monday, September 6 to Wednesday, September 8 in Apia.",
            "Monday, September 6 to Wednesday, September 8",
        ),
    ],
)
def test_a_range_whose_ends_carry_weekdays_is_one_range(text: str, match: str) -> None:
    result = spans(text, AUGUST)
    assert match in result
    assert result[match] == "2038-09-06/2038-09-08"


def test_a_weekday_without_a_day_after_it_stays_its_own_date() -> None:
    """ "on Monday, 6 to 8 ministers": no month after the second number, no range."""
    result = found("On Monday, 6 to 8 ministers met in Suva.", AUGUST)
    assert [text for text, _, _ in result] == ["Monday"]


# ---------------------------------------------------------------- present perfect of plans


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        (
            "Outside powers are watching, and the European Union has scheduled an EU-Central "
            "Asia summit in Samarkand on October 3-4, its third.",
            "October 3-4",
            "2039-10-03/2039-10-04",
        ),
        (
            "The African Union has planned a summit of its Peace and Security Council in "
            "Addis Ababa on September 14.",
            "September 14",
            "2039-09-14",
        ),
        ("The electoral board has set the runoff for October 3.", "October 3", "2039-10-03"),
        ("The commission has fixed the date of the vote for March 2.", "March 2", "2040-03-02"),
        (
            "The chairman has called an extraordinary meeting of the council for October 3 "
            "in Brasilia.",
            "October 3",
            "2039-10-03",
        ),
        ("They've tentatively planned the talks on October 3.", "October 3", "2039-10-03"),
    ],
)
def test_a_plan_fixed_in_the_present_perfect_lies_ahead(text: str, match: str, value: str) -> None:
    assert spans(text)[match] == value


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        ("The bloc has held talks on October 3-4.", "October 3-4", "2038-10-03/2038-10-04"),
        ("The opposition has called for calm since March 3.", "March 3", "2039-03-03"),
        ("The ministry has called on both sides to talk since March 3.", "March 3", "2039-03-03"),
    ],
)
def test_other_verbs_in_the_present_perfect_stay_past(text: str, match: str, value: str) -> None:
    assert spans(text)[match] == value


# ---------------------------------------------------------------- zone after the day


def test_a_zone_after_the_weekday_belongs_to_the_clock_time() -> None:
    text = "The quake struck at 3 a.m. Thursday Japan time (1800 GMT Wednesday)."
    result = spans(text)
    assert result["3 a.m. Thursday Japan time"] == "2039-06-09T03:00+09:00[Asia/Tokyo]"
    assert result["1800 GMT Wednesday"] == "2039-06-08T18:00+00:00"


def test_a_zone_name_without_time_after_the_weekday_is_no_zone() -> None:
    """ "At 3 a.m. Thursday Japan lost power": the country is the subject."""
    assert "3 a.m. Thursday" in spans("At 3 a.m. Thursday Japan lost power.")


# ---------------------------------------------------------------- fractions


def test_a_quarter_of_a_thing_is_a_fraction() -> None:
    """ "more than a quarter of the entire market": no three months (TBAQ leaves 3 of 3 out)."""
    assert found("Pension funds hold more than a quarter of the entire bond market.") == []


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("Output fell in a quarter of the past year.", "a quarter"),
        ("The talks took a quarter of the year.", "a quarter"),
    ],
)
def test_a_quarter_of_a_stretch_of_time_is_still_a_duration(text: str, match: str) -> None:
    assert (match, "DURATION", "P3M") in found(text)
