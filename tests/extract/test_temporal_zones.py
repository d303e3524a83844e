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
