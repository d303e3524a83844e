"""Tests for Duration and Recurrence (TIMEX3 DURATION and SET values)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from diplotimeline.errors import InvalidValueError, ISOFormatError
from diplotimeline.time.duration import Duration, DurationUnit, Recurrence


class TestDuration:
    def test_months_and_minutes_differ(self) -> None:
        """P70M is seventy months; PT70M is seventy minutes."""
        assert Duration(70, DurationUnit.MONTH).format_iso() == "P70M"
        assert Duration(70, DurationUnit.MINUTE).format_iso() == "PT70M"
        assert Duration.parse_iso("P70M").unit == DurationUnit.MONTH
        assert Duration.parse_iso("PT70M").unit == DurationUnit.MINUTE

    @pytest.mark.parametrize(
        "text", ["P3Y", "P3.5Y", "PXY", "P2W", "P9M", "PT1H", "PT30S", "P1D", "P2Q"]
    )
    def test_round_trip(self, text: str) -> None:
        """format_iso is the exact inverse of parse_iso."""
        assert text == Duration.parse_iso(text).format_iso()

    def test_unknown_amount(self) -> None:
        """ "several years" has no amount: PXY."""
        assert Duration(None, DurationUnit.YEAR).amount is None
        assert Duration(None, DurationUnit.YEAR).format_iso() == "PXY"

    def test_decimal_amount_is_normalised(self) -> None:
        """3.50 years prints as P3.5Y and 2.0 as P2Y."""
        assert Duration(Decimal("3.50"), DurationUnit.YEAR).format_iso() == "P3.5Y"
        assert Duration(Decimal("2.0"), DurationUnit.YEAR).format_iso() == "P2Y"

    @pytest.mark.parametrize("text", ["3Y", "P3", "PT3Y", "P3H", "P-1Y", "", "P3YT"])
    def test_rejects_malformed(self, text: str) -> None:
        """Anything but one TIMEX3 unit, with T only before clock units, is refused."""
        with pytest.raises(ISOFormatError):
            Duration.parse_iso(text)

    def test_rejects_negative_amount(self) -> None:
        """A negative amount breaks the invariant."""
        with pytest.raises(InvalidValueError):
            Duration(-1, DurationUnit.DAY)

    def test_approximate_does_not_change_value(self) -> None:
        """ "about 70 minutes" keeps PT70M and says it is approximate."""
        about = Duration(70, DurationUnit.MINUTE, approximate=True)
        assert (about.format_iso(), about.approximate) == ("PT70M", True)


class TestRecurrence:
    def test_annually(self) -> None:
        """ "annually" recurs every P1Y."""
        assert Recurrence(Duration(1, DurationUnit.YEAR)).format_iso() == "P1Y"

    def test_every_two_years(self) -> None:
        """ "every two years" recurs every P2Y."""
        assert Duration(2, DurationUnit.YEAR) == Recurrence.parse_iso("P2Y").every

    def test_weekday_pattern(self) -> None:
        """ "every Tuesday" is the pattern XXXX-WXX-2, weekly."""
        tuesday = Recurrence.parse_iso("XXXX-WXX-2")
        assert (tuesday.format_iso(), tuesday.every.format_iso()) == ("XXXX-WXX-2", "P1W")

    def test_rejects_date(self) -> None:
        """A date is not a recurrence."""
        with pytest.raises(ISOFormatError):
            Recurrence.parse_iso("2025-04")
