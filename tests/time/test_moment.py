"""Tests for diplotimeline.time.moment."""

from __future__ import annotations

import pytest
from hypothesis import given
from tests.strategies import local_date_times

from diplotimeline.errors import InvalidDateError, InvalidTimeZoneError, ISOFormatError
from diplotimeline.time import LocalDateTime


class TestLocalDateTime:
    def test_zone_gives_offset(self) -> None:
        """A zone without an offset gets the zone's offset at that time."""
        assert LocalDateTime(2024, 7, 26, 10, 0, zone="Asia/Vientiane").offset_minutes == 420

    def test_zone_offset_follows_daylight_saving(self) -> None:
        """Paris is +01:00 in January and +02:00 in July."""
        winter = LocalDateTime(2025, 1, 15, 12, 0, zone="Europe/Paris")
        summer = LocalDateTime(2025, 7, 15, 12, 0, zone="Europe/Paris")
        assert (winter.offset_minutes, summer.offset_minutes) == (60, 120)

    @pytest.mark.parametrize(
        "args", [(2025, 2, 30, 10, 0), (2025, 1, 1, 24, 0), (2025, 1, 1, 10, 60)]
    )
    def test_rejects_impossible_times(self, args: tuple[int, ...]) -> None:
        """Rejects Feb 30, hour 24 and minute 60."""
        with pytest.raises(InvalidDateError):
            LocalDateTime(*args)

    def test_rejects_unknown_zone(self) -> None:
        """Rejects a zone name the tz database does not know."""
        with pytest.raises(InvalidTimeZoneError):
            LocalDateTime(2025, 1, 1, 10, 0, zone="Mars/Olympus_Mons")

    def test_rejects_offset_beyond_18_hours(self) -> None:
        """Rejects an offset of +19:00."""
        with pytest.raises(InvalidTimeZoneError):
            LocalDateTime(2025, 1, 1, 10, 0, 19 * 60)

    @pytest.mark.parametrize(
        "text",
        [
            "2024-07-26T10:00",
            "2024-07-26T10:00+07:00",
            "2024-07-26T10:00-03:30",
            "2024-07-26T12:00+09:00[Asia/Tokyo]",
        ],
    )
    def test_iso_round_trip(self, text: str) -> None:
        """format_iso(parse_iso(s)) == s for canonical strings."""
        assert text == LocalDateTime.parse_iso(text).format_iso()

    def test_z_reads_as_utc(self) -> None:
        """'Z' is read as offset zero."""
        assert LocalDateTime.parse_iso("2024-07-26T10:00Z").offset_minutes == 0

    @pytest.mark.parametrize(
        "text", ["2024-07-26", "2024-07-26T10", "2024-07-26T10:00:00", "2024-07-26 10:00", "10:00"]
    )
    def test_rejects_other_forms(self, text: str) -> None:
        """Rejects dates, seconds, and a space instead of T."""
        with pytest.raises(ISOFormatError):
            LocalDateTime.parse_iso(text)

    def test_rejects_zone_that_contradicts_offset(self) -> None:
        """An offset that is not the zone's is an error."""
        with pytest.raises(InvalidTimeZoneError):
            LocalDateTime.parse_iso("2024-07-26T10:00+05:00[Asia/Tokyo]")

    def test_same_instant_in_two_zones(self) -> None:
        """10:00 in Vientiane is 12:00 in Tokyo."""
        vientiane = LocalDateTime(2024, 7, 26, 10, 0, zone="Asia/Vientiane")
        tokyo = LocalDateTime(2024, 7, 26, 12, 0, zone="Asia/Tokyo")
        assert vientiane.utc_minutes() == tokyo.utc_minutes()

    @given(local_date_times())
    def test_parse_is_inverse_of_format(self, value: LocalDateTime) -> None:
        """parse_iso(format_iso(t)) == t."""
        assert value == LocalDateTime.parse_iso(value.format_iso())

    def test_timex(self) -> None:
        """TIMEX3 type TIME, value without the offset."""
        assert LocalDateTime(2024, 7, 26, 10, 0, 420).to_timex() == ("TIME", "2024-07-26T10:00")
