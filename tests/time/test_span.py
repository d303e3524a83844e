"""Tests for diplotimeline.time.span."""

from __future__ import annotations

import pytest
from hypothesis import given
from tests.strategies import date_spans

from diplotimeline.errors import InvalidDateError, ISOFormatError
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate


def span(text: str) -> DateSpan:
    return DateSpan.parse_iso(text)


class TestValidation:
    def test_rejects_end_before_start(self) -> None:
        """End before start is an error."""
        with pytest.raises(InvalidDateError):
            DateSpan(PartialDate(2025, 5), PartialDate(2025, 4, 30))

    def test_rejects_both_ends_open(self) -> None:
        """A span needs at least one end."""
        with pytest.raises(InvalidDateError):
            DateSpan(None, None)

    def test_rejects_non_time_values(self) -> None:
        """Ends must be time values."""
        with pytest.raises(InvalidDateError):
            DateSpan("2025", None)  # type: ignore[arg-type]

    def test_accepts_mixed_precision(self) -> None:
        """A month may run to a day in a later month."""
        assert span("2025-04/2025-05-02").precision.name == "MONTH"


class TestISO:
    @pytest.mark.parametrize(
        "text",
        [
            "2025",
            "2025-04-27/2025-04-29",
            "2024-10/..",
            "../2030",
            "2026-06~",
            "2026/2030",
            "2024-07-26T10:00+07:00",
            "2024-07-26T10:00+07:00/2024-07-26T11:10+07:00",
        ],
    )
    def test_round_trip(self, text: str) -> None:
        """format_iso(parse_iso(s)) == s."""
        assert text == span(text).format_iso()

    @pytest.mark.parametrize("text", ["../..", "2025/", "/2025", "2025//2026", "~", ""])
    def test_rejects_bad_intervals(self, text: str) -> None:
        """Rejects malformed interval strings."""
        with pytest.raises((ISOFormatError, InvalidDateError)):
            span(text)

    @given(date_spans())
    def test_parse_is_inverse_of_format(self, value: DateSpan) -> None:
        """parse_iso(format_iso(s)) == s for every span."""
        assert value == DateSpan.parse_iso(value.format_iso())


class TestRelations:
    def test_month_contains_its_days(self) -> None:
        """April contains April 28, not the reverse."""
        assert span("2025-04").contains(PartialDate(2025, 4, 28))
        assert not span("2025-04-28").contains(PartialDate(2025, 4))

    def test_open_span_contains_later_dates(self) -> None:
        """'Since October 2024' contains 2030."""
        assert span("2024-10/..").contains(PartialDate(2030))

    def test_overlap_and_before(self) -> None:
        """Adjacent months do not overlap; one is before the other."""
        april, may = span("2025-04"), span("2025-05")
        assert not april.overlaps(may)
        assert april.before(may)
        assert may.after(april)
        assert not may.before(april)

    def test_a_time_is_inside_its_day(self) -> None:
        """10:00 on a day is contained in that day."""
        assert span("2024-07-26").contains(LocalDateTime(2024, 7, 26, 10, 0, 420))


class TestSortOrder:
    def test_documented_order(self) -> None:
        """Open start, then year, month, day, time, then later ones."""
        texts = [
            "2025-04-28T09:00",
            "2025-04-28",
            "2025-04",
            "2025",
            "../2024",
            "2025-04/..",
            "2025-05",
        ]
        ordered = sorted((span(text) for text in texts), key=DateSpan.sort_key)
        assert [value.format_iso() for value in ordered] == [
            "../2024",
            "2025",
            "2025-04",
            "2025-04/..",
            "2025-04-28",
            "2025-04-28T09:00",
            "2025-05",
        ]

    @given(date_spans(), date_spans())
    def test_order_is_consistent_with_before(self, first: DateSpan, second: DateSpan) -> None:
        """If a is before b then a sorts before b."""
        if first.before(second):
            assert first.sort_key() < second.sort_key()

    @given(date_spans(), date_spans())
    def test_order_is_total(self, first: DateSpan, second: DateSpan) -> None:
        """Two different spans never share a sort key unless they are equal in bounds."""
        if first.sort_key() == second.sort_key():
            assert first.bounds() == second.bounds()

    def test_timex_of_range(self) -> None:
        """A range gives the TIMEX3 value of each end."""
        assert span("2026/2030").to_timex() == (("DATE", "2026"), ("DATE", "2030"))
