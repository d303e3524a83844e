"""Tests for diplotimeline.time.partial."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from tests.strategies import partial_dates

from diplotimeline.errors import InvalidDateError, ISOFormatError
from diplotimeline.time import PartialDate, Precision


class TestValidation:
    @pytest.mark.parametrize(
        ("year", "month", "day"),
        [
            (2025, 2, 30),
            (2023, 2, 29),
            (2025, 13, None),
            (2025, 0, None),
            (0, None, None),
            (10000, None, None),
            (2025, None, 3),
            (2025, 4, 31),
            (2025, 4, 0),
        ],
    )
    def test_rejects_impossible_dates(self, year: int, month: int | None, day: int | None) -> None:
        """Rejects Feb 30, month 13, year 0 and 10000, a day without a month."""
        with pytest.raises(InvalidDateError):
            PartialDate(year, month, day)

    def test_accepts_leap_day(self) -> None:
        """Accepts 29 February in a leap year."""
        assert PartialDate(2024, 2, 29).day == 29

    def test_is_frozen(self) -> None:
        """Cannot be changed after creation."""
        date = PartialDate(2025)
        with pytest.raises(AttributeError):
            date.year = 2026  # type: ignore[misc]


class TestISO:
    @pytest.mark.parametrize("text", ["2025", "2025-04", "2025-04-28", "0001", "9999-12-31"])
    def test_round_trip_of_canonical_strings(self, text: str) -> None:
        """format_iso(parse_iso(s)) == s for canonical strings."""
        assert text == PartialDate.parse_iso(text).format_iso()

    @pytest.mark.parametrize(
        "text",
        ["25", "2025-4", "2025-04-28T10:00", "April", "", "2025/04", "2025-04-28 ", "２０２５"],
    )
    def test_rejects_other_forms(self, text: str) -> None:
        """Rejects strings that are not YYYY, YYYY-MM or YYYY-MM-DD."""
        with pytest.raises(ISOFormatError):
            PartialDate.parse_iso(text)

    @given(partial_dates())
    def test_parse_is_inverse_of_format(self, date: PartialDate) -> None:
        """parse_iso(format_iso(d)) == d for every date."""
        assert date == PartialDate.parse_iso(date.format_iso())


class TestBounds:
    def test_month_covers_all_its_days(self) -> None:
        """A month's first and last days are its calendar bounds."""
        date = PartialDate(2024, 2)
        assert (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)) == (
            date.first_day(),
            date.last_day(),
        )

    def test_precision(self) -> None:
        """Precision follows the known parts."""
        assert [
            PartialDate(2025).precision,
            PartialDate(2025, 1).precision,
            PartialDate(2025, 1, 2).precision,
        ] == [Precision.YEAR, Precision.MONTH, Precision.DAY]

    @given(partial_dates())
    def test_truncate_never_adds_precision(self, date: PartialDate) -> None:
        """Truncating to a precision never yields a finer one."""
        for precision in Precision:
            assert date.truncate(precision).precision <= min(precision, date.precision)

    def test_timex(self) -> None:
        """TIMEX3 type DATE and the ISO value."""
        assert PartialDate(2025, 4).to_timex() == ("DATE", "2025-04")
