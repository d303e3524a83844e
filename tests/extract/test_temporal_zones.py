"""Zones written out after a clock time ("Korea Standard Time", "Tbilisi time (GMT+4)")."""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate


def _clock(text: str) -> LocalDateTime:
    [mention] = [m for m in tag(text, anchor=PartialDate(2029, 3, 5)) if m.timex_type == "TIME"]
    value = mention.value
    assert isinstance(value, DateSpan)
    assert isinstance(value.start, LocalDateTime)
    return value.start


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("The call ended at 17:05 (Korea Standard Time).", 9 * 60),
        ("The call ended at 17:05 Central European Summer Time.", 2 * 60),
        ("The call ended at 17:05 (Indochina Time, UTC+7).", 7 * 60),
        ("The call ended at 17:05 Eastern Standard Time.", -5 * 60),
        ("The call ended at 16:40 Tbilisi time (GMT+4).", 4 * 60),
    ],
)
def test_zone_written_out(text: str, offset: int) -> None:
    assert _clock(text).offset_minutes == offset


def test_a_place_time_without_a_zone_after_it_is_no_zone() -> None:
    """Counter-example: 'Lima time' alone names no zone the tagger knows: no offset."""
    clock = _clock("The call ended at 16:40 Lima time.")
    assert clock.offset_minutes is None


def test_this_time_of_year_is_not_part_of_the_clock_time() -> None:
    [mention] = tag("Ministers meet at 10:00 this time of year.", anchor=PartialDate(2029, 3, 5))
    assert mention.text == "10:00"


def _zones(text: str) -> list[int | None]:
    out: list[int | None] = []
    for mention in tag(text, anchor=PartialDate(2030, 4, 3)):
        value = mention.value
        if isinstance(value, DateSpan) and isinstance(value.start, LocalDateTime):
            out.append(value.start.offset_minutes)
    return out


class TestZoneStatedForAllTimes:
    """ "All times ICT (UTC+7)" gives every bare clock time of the text its zone."""

    def test_offset_in_the_statement(self) -> None:
        text = "All times ICT (UTC+7).\n\n11:10 - Talks\nLeaders signed the text at 11:50."
        assert _zones(text) == [420, 420]

    def test_zone_name_in_the_statement(self) -> None:
        text = "Programme (all times are Indochina Time):\n- 09:00: Opening.\n- 10:30: Talks."
        assert _zones(text) == [420, 420]

    def test_a_zone_written_with_the_time_wins(self) -> None:
        text = "All times ICT (UTC+7). The ceremony began at 09:00 (02:00 GMT)."
        assert _zones(text) == [420, 0]

    def test_no_statement_no_zone(self) -> None:
        """Counter-example: without the statement, bare times stay floating."""
        assert _zones("They met at 10:00 and left at 11:00.") == [None, None]
