"""Tests for resolving unresolved temporal references against an anchor and a tense."""

from __future__ import annotations

import pytest

from diplotimeline.time import DateSpan, LocalDateTime, PartialDate
from diplotimeline.time.anchor import (
    DateReference,
    DurationReference,
    FiscalYear,
    Lean,
    Modifier,
    RangeReference,
    SetReference,
    Special,
    SpecialReference,
    Tense,
    Unit,
    resolve,
)
from diplotimeline.time.duration import Duration, DurationUnit, Recurrence

ANCHOR = PartialDate(2025, 4, 24)  # a Thursday


class TestMonthWithoutYear:
    def test_past_tense_goes_back(self) -> None:
        """ "met in October" before an April anchor is last October."""
        assert resolve(DateReference(month=10), ANCHOR, tense=Tense.PAST).timex_value == "2024-10"

    def test_future_tense_goes_forward(self) -> None:
        """ "will meet in March" after an April anchor is next March."""
        assert resolve(DateReference(month=3), ANCHOR, tense=Tense.FUTURE).timex_value == "2026-03"

    def test_same_month_stays(self) -> None:
        """The anchor's own month stays in the anchor's year, whatever the tense."""
        for tense in Tense:
            assert resolve(DateReference(month=4), ANCHOR, tense=tense).timex_value == "2025-04"

    def test_no_tense_takes_the_nearest(self) -> None:
        """Without a tense, January seen from November is the coming January."""
        november = PartialDate(1989, 11, 2)
        assert resolve(DateReference(month=1), november).timex_value == "1990-01"
        assert resolve(DateReference(month=9), november).timex_value == "1989-09"

    def test_lean_overrides_tense(self) -> None:
        """ "last December" is before the anchor even in a future sentence."""
        last = DateReference(month=12, lean=Lean.BEFORE)
        assert resolve(last, ANCHOR, tense=Tense.FUTURE).timex_value == "2024-12"
        assert resolve(DateReference(month=4, lean=Lean.AFTER), ANCHOR).timex_value == "2026-04"

    def test_month_day_compares_days(self) -> None:
        """ "April 27" in a future sentence is three days after an April 24 anchor."""
        value = resolve(DateReference(month=4, day=27), ANCHOR, tense=Tense.FUTURE).value
        assert DateSpan.of(PartialDate(2025, 4, 27)) == value

    def test_year_anchor_keeps_its_year(self) -> None:
        """With only a year known, a month is placed in that year."""
        assert (
            resolve(DateReference(month=10), PartialDate(2025), tense=Tense.PAST).timex_value
            == "2025-10"
        )

    def test_no_anchor_gives_placeholder(self) -> None:
        """Without an anchor the year stays unknown: XXXX-04-27, no value."""
        resolution = resolve(DateReference(month=4, day=27), None)
        assert (resolution.timex_value, resolution.value) == ("XXXX-04-27", None)


class TestShifts:
    @pytest.mark.parametrize(
        ("unit", "shift", "expected"),
        [
            (Unit.YEAR, -1, "2024"),
            (Unit.YEAR, 1, "2026"),
            (Unit.MONTH, -1, "2025-03"),
            (Unit.MONTH, -4, "2024-12"),
            (Unit.DAY, -1, "2025-04-23"),
            (Unit.WEEK, -1, "2025-W16"),
            (Unit.WEEKEND, 0, "2025-W17-WE"),
            (Unit.QUARTER, -1, "2025-Q1"),
            (Unit.HALF, 1, "2025-H2"),
        ],
    )
    def test_counts_from_the_anchor(self, unit: Unit, shift: int, expected: str) -> None:
        """ "last year", "last month", "yesterday", "last week" ... count from the anchor."""
        assert expected == resolve(DateReference(shift_unit=unit, shift=shift), ANCHOR).timex_value

    def test_week_span_is_monday_to_sunday(self) -> None:
        """ "last week" spans the Monday to the Sunday of the week before the anchor's."""
        value = resolve(DateReference(shift_unit=Unit.WEEK, shift=-1), ANCHOR).value
        assert DateSpan.parse_iso("2025-04-14/2025-04-20") == value

    def test_day_shift_needs_a_day_anchor(self) -> None:
        """ "yesterday" against a month-precision anchor cannot be resolved."""
        resolution = resolve(DateReference(shift_unit=Unit.DAY, shift=-1), PartialDate(2025, 7))
        assert (resolution.timex_value, resolution.value) == ("XXXX-XX-XX", None)

    def test_month_shift_with_month_anchor(self) -> None:
        """ "last month" needs only a month-precision anchor."""
        assert (
            resolve(
                DateReference(shift_unit=Unit.MONTH, shift=-1), PartialDate(2025, 7)
            ).timex_value
            == "2025-06"
        )

    def test_earlier_this_month_ends_at_the_anchor(self) -> None:
        """ "earlier this month" runs from the first of the month to the anchor."""
        reference = DateReference(shift_unit=Unit.MONTH, shift=0, modifier=Modifier.EARLIER)
        value = resolve(reference, PartialDate(2025, 11, 26)).value
        assert DateSpan.parse_iso("2025-11-01/2025-11-26") == value

    def test_first_half_of_next_year(self) -> None:
        """ "the first half of next year" is TIMEX 2026-H1, January to June 2026."""
        resolution = resolve(DateReference(half=1, shift_unit=Unit.YEAR, shift=1), ANCHOR)
        assert ("2026-H1", DateSpan.parse_iso("2026-01/2026-06")) == (
            resolution.timex_value,
            resolution.value,
        )

    def test_mid_year_is_approximate(self) -> None:
        """ "mid-2026" keeps TIMEX 2026 and is an approximate span."""
        resolution = resolve(DateReference(year=2026, modifier=Modifier.MID), None)
        assert resolution.timex_value == "2026"
        assert isinstance(resolution.value, DateSpan)
        assert resolution.value.approximate


class TestSeasonsAndFiscalYears:
    def test_autumn_is_september_to_november(self) -> None:
        """ "this autumn" is TIMEX 2025-FA and the months September to November."""
        resolution = resolve(DateReference(season="FA", shift_unit=Unit.YEAR), ANCHOR)
        assert ("2025-FA", DateSpan.parse_iso("2025-09/2025-11")) == (
            resolution.timex_value,
            resolution.value,
        )

    def test_winter_crosses_the_year(self) -> None:
        """Winter 2025 runs from December 2025 to February 2026."""
        assert (
            DateSpan.parse_iso("2025-12/2026-02")
            == resolve(DateReference(year=2025, season="WI"), None).value
        )

    def test_japanese_fiscal_year_starts_in_april(self) -> None:
        """Japan's fiscal 2024 runs from April 2024 to March 2025."""
        value = resolve(
            DateReference(year=2024, fiscal=True), None, fiscal_year=FiscalYear(4)
        ).value
        assert DateSpan.parse_iso("2024-04/2025-03") == value

    def test_this_fiscal_year_in_february(self) -> None:
        """In February 2025 Japan's "this fiscal year" is fiscal 2024."""
        reference = DateReference(fiscal=True, shift_unit=Unit.YEAR, shift=0)
        assert (
            resolve(reference, PartialDate(2025, 2, 1), fiscal_year=FiscalYear(4)).timex_value
            == "2024"
        )

    def test_us_fiscal_year_named_by_its_end(self) -> None:
        """The United States' fiscal 2025 runs from October 2024 to September 2025."""
        fiscal = FiscalYear(10, named_by_end=True)
        assert (PartialDate(2024, 10), PartialDate(2025, 9)) == fiscal.months_of(2025)
        assert fiscal.name_of(2025, 11) == 2026

    def test_calendar_fiscal_year_by_default(self) -> None:
        """Without a country, fiscal 1989 is the calendar year 1989."""
        assert (
            DateSpan.parse_iso("1989") == resolve(DateReference(year=1989, fiscal=True), None).value
        )


class TestWeekdays:
    def test_past_weekday(self) -> None:
        """ "met on Tuesday" seen from Thursday April 24 is April 22."""
        assert (
            resolve(DateReference(weekday=2), ANCHOR, tense=Tense.PAST).timex_value == "2025-04-22"
        )

    def test_future_weekday(self) -> None:
        """ "will meet on Monday" seen from Thursday April 24 is April 28."""
        assert (
            resolve(DateReference(weekday=1), ANCHOR, tense=Tense.FUTURE).timex_value
            == "2025-04-28"
        )

    def test_anchor_weekday_is_the_anchor(self) -> None:
        """ "on Thursday" in a Thursday report is that day."""
        assert resolve(DateReference(weekday=4), ANCHOR).timex_value == "2025-04-24"

    def test_weekday_without_anchor(self) -> None:
        """Without an anchor a weekday is XXXX-WXX-N."""
        assert resolve(DateReference(weekday=2), None).timex_value == "XXXX-WXX-2"


class TestTimesAndRanges:
    def test_clock_time_on_the_anchor_day(self) -> None:
        """ "10:00 am local time" in Vientiane is 10:00+07:00 on the anchor's day."""
        reference = DateReference(hour=10, minute=0, zone="Asia/Vientiane")
        resolution = resolve(reference, PartialDate(2024, 7, 26))
        assert resolution.timex_type == "TIME"
        assert resolution.timex_value == "2024-07-26T10:00"
        assert DateSpan.of(LocalDateTime.parse_iso("2024-07-26T10:00+07:00")) == DateSpan.of(
            LocalDateTime(2024, 7, 26, 10, 0, 420)
        )
        assert isinstance(resolution.value, DateSpan)
        assert getattr(resolution.value.start, "offset_minutes", None) == 420

    def test_range_fills_missing_month(self) -> None:
        """ "April 27 to 29" takes the month for its end from its start."""
        reference = RangeReference(DateReference(month=4, day=27), DateReference(day=29))
        resolution = resolve(reference, ANCHOR, tense=Tense.FUTURE)
        assert DateSpan.parse_iso("2025-04-27/2025-04-29") == resolution.value

    def test_range_fills_missing_year(self) -> None:
        """ "November 24-25, 2025" takes the year for its start from its end."""
        reference = RangeReference(
            DateReference(month=11, day=24), DateReference(day=25, year=2025)
        )
        assert DateSpan.parse_iso("2025-11-24/2025-11-25") == resolve(reference, None).value

    def test_open_range(self) -> None:
        """ "by 2030" has no start."""
        resolution = resolve(RangeReference(None, DateReference(year=2030)), None)
        assert ("2030", DateSpan(None, PartialDate(2030))) == (
            resolution.timex_value,
            resolution.value,
        )


class TestOtherReferences:
    def test_duration_needs_no_anchor(self) -> None:
        """A duration resolves to itself."""
        duration = Duration(3, DurationUnit.YEAR)
        assert ("DURATION", "P3Y", duration) == tuple(
            getattr(resolve(DurationReference(duration), None), name)
            for name in ("timex_type", "timex_value", "value")
        )

    def test_set(self) -> None:
        """A recurrence is TIMEX3 SET."""
        resolution = resolve(SetReference(Recurrence(Duration(1, DurationUnit.YEAR))), ANCHOR)
        assert (resolution.timex_type, resolution.timex_value) == ("SET", "P1Y")

    def test_present_ref(self) -> None:
        """ "now" is PRESENT_REF, the anchor's day when there is one."""
        resolution = resolve(SpecialReference(Special.PRESENT), ANCHOR)
        assert ("PRESENT_REF", DateSpan.of(ANCHOR)) == (resolution.timex_value, resolution.value)
        assert resolve(SpecialReference(Special.PAST), None).value is None
