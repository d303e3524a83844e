"""Tests for diplotimeline.io.ical: iCalendar export, checked by parsing it back."""

from __future__ import annotations

import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import events

from diplotimeline.errors import UsageError
from diplotimeline.io.ical import event_uid, export_ical
from diplotimeline.model import (
    Agreement,
    Country,
    Document,
    Event,
    Evidence,
    Initiative,
    Meeting,
    MeetingForm,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

icalendar = pytest.importorskip("icalendar")

TEXT = "Prime Minister Kenji Ishida will visit Lima from April 27 to 29, the ministry said."


def _evidence(quote: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence.from_text("pe-news-1", TEXT, start, start + len(quote))


DOCUMENTS = {
    "pe-news-1": Document(
        id="pe-news-1",
        text=TEXT,
        published=PartialDate(2025, 4, 24),
        source="Lima Herald",
        url="https://example.org/ishida",
    )
}
ACTORS = {"pe": Country(id="pe", name="Peru"), "jp": Country(id="jp", name="Japan")}


def _parse(text: str) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


class TestDates:
    def test_day_span_is_all_day_with_exclusive_end(self) -> None:
        """27 to 29 April becomes DTSTART 2025-04-27 and DTEND 2025-04-30, as dates."""
        visit = Meeting(
            id="pe-news-1:e1",
            name="Visit of Prime Minister Ishida to Peru",
            form=MeetingForm.VISIT,
            when=DateSpan.parse_iso("2025-04-27/2025-04-29"),
            status=Status.PLANNED,
            participants=("jp", "pe"),
            location="Lima",
            evidence=(_evidence("will visit Lima from April 27 to 29"),),
        )
        result = export_ical([visit], actors=ACTORS, documents=DOCUMENTS)
        component = _parse(result.text)["pe-news-1:e1@diplotimeline"]
        assert datetime.date(2025, 4, 27) == component.decoded("DTSTART")
        assert datetime.date(2025, 4, 30) == component.decoded("DTEND")
        assert "DTSTART;VALUE=DATE:20250427" in result.text
        assert "day" == str(component["X-DIPLOTIMELINE-PRECISION"])
        assert "TENTATIVE" == str(component["STATUS"])
        assert "Lima" == str(component["LOCATION"])
        assert "Visit of Prime Minister Ishida to Peru" == str(component["SUMMARY"])

    def test_single_day(self) -> None:
        """One day runs to the next day, exclusive."""
        talks = Meeting(id="e1", name="Talks", when=DateSpan.parse_iso("2024-02-29"))
        component = _parse(export_ical([talks]).text)["e1@diplotimeline"]
        assert datetime.date(2024, 2, 29) == component.decoded("DTSTART")
        assert datetime.date(2024, 3, 1) == component.decoded("DTEND")

    @pytest.mark.parametrize(
        ("iso", "start", "end", "precision"),
        [
            ("2025-04", datetime.date(2025, 4, 1), datetime.date(2025, 5, 1), "month"),
            ("2024-12", datetime.date(2024, 12, 1), datetime.date(2025, 1, 1), "month"),
            ("2019", datetime.date(2019, 1, 1), datetime.date(2020, 1, 1), "year"),
            ("2026/2030", datetime.date(2026, 1, 1), datetime.date(2031, 1, 1), "year"),
            ("2025-11/2026-02-10", datetime.date(2025, 11, 1), datetime.date(2026, 2, 11), "month"),
        ],
    )
    def test_coarse_dates_cover_their_whole_month_or_year(
        self, iso: str, start: datetime.date, end: datetime.date, precision: str
    ) -> None:
        """Month and year precision become all-day spans and keep their precision."""
        accord = Agreement(id="a1", name="Accord", when=DateSpan.parse_iso(iso))
        component = _parse(export_ical([accord]).text)["a1@diplotimeline"]
        assert (start, end) == (component.decoded("DTSTART"), component.decoded("DTEND"))
        assert precision == str(component["X-DIPLOTIMELINE-PRECISION"])
        assert iso == str(component["X-DIPLOTIMELINE-WHEN"])

    def test_time_with_a_zone_keeps_its_tzid(self) -> None:
        """A time with an IANA zone is written with TZID and a VTIMEZONE."""
        start = LocalDateTime(2024, 7, 26, 10, 0, zone="Asia/Vientiane")
        end = LocalDateTime(2024, 7, 26, 12, 30, zone="Asia/Vientiane")
        meeting = Meeting(id="m1", name="Ministerial meeting", when=DateSpan(start, end))
        text = export_ical([meeting]).text
        component = _parse(text)["m1@diplotimeline"]
        zone = ZoneInfo("Asia/Vientiane")
        assert datetime.datetime(2024, 7, 26, 10, 0, tzinfo=zone) == component.decoded("DTSTART")
        assert datetime.datetime(2024, 7, 26, 12, 30, tzinfo=zone) == component.decoded("DTEND")
        assert "DTSTART;TZID=Asia/Vientiane:20240726T100000" in text
        assert "BEGIN:VTIMEZONE" in text
        assert "minute" == str(component["X-DIPLOTIMELINE-PRECISION"])

    def test_time_with_an_offset_is_converted_to_utc(self) -> None:
        """A time with only a UTC offset becomes the same instant in UTC."""
        call = Meeting(
            id="c1",
            name="Phone call",
            form=MeetingForm.CALL,
            when=DateSpan.of(LocalDateTime(2025, 3, 3, 9, 15, -300)),
        )
        text = export_ical([call]).text
        component = _parse(text)["c1@diplotimeline"]
        expected = datetime.datetime(2025, 3, 3, 14, 15, tzinfo=datetime.UTC)
        assert expected == component.decoded("DTSTART")
        assert "DTEND" not in component
        assert "DTSTART:20250303T141500Z" in text

    def test_floating_time_stays_floating(self) -> None:
        """A time with no zone or offset is a floating local time."""
        call = Meeting(id="c2", name="Briefing", when=DateSpan.of(LocalDateTime(2025, 3, 3, 9, 0)))
        text = export_ical([call]).text
        assert "DTSTART:20250303T090000\r\n" in text

    def test_mixed_time_and_date_becomes_all_day(self) -> None:
        """A span from a time to a date covers the days, as an all-day event."""
        span = DateSpan(LocalDateTime(2025, 6, 1, 18, 0, 120), PartialDate(2025, 6, 3))
        component = _parse(export_ical([Meeting(id="x", name="Forum", when=span)]).text)[
            "x@diplotimeline"
        ]
        assert datetime.date(2025, 6, 1) == component.decoded("DTSTART")
        assert datetime.date(2025, 6, 4) == component.decoded("DTEND")


class TestContent:
    def test_uid_is_stable_across_exports(self) -> None:
        """The same event gets the same UID (and the same bytes) in every export."""
        fund = Initiative(id="pe-news-1:e7", name="Andes Fund", when=DateSpan.parse_iso("2027"))
        first = export_ical([fund]).text
        second = export_ical([Meeting(id="other", name="Other", when=fund.when), fund]).text
        assert event_uid("pe-news-1:e7") in _parse(first)
        assert event_uid("pe-news-1:e7") in _parse(second)
        assert first == export_ical([fund]).text

    def test_description_holds_status_participants_evidence_and_source(self) -> None:
        """DESCRIPTION names the status, participants, quotes and their sources."""
        visit = Meeting(
            id="v1",
            name="Visit",
            when=DateSpan.parse_iso("2025-04-27/2025-04-29"),
            status=Status.PLANNED,
            participants=("jp", "pe", "ishida-kenji"),
            evidence=(_evidence("will visit Lima from April 27 to 29"),),
        )
        component = _parse(export_ical([visit], actors=ACTORS, documents=DOCUMENTS).text)[
            "v1@diplotimeline"
        ]
        description = str(component["DESCRIPTION"])
        assert "planned" in description
        assert "Japan (jp); Peru (pe); ishida-kenji" in description
        assert '"will visit Lima from April 27 to 29"' in description
        assert "Lima Herald" in description
        assert "https://example.org/ishida" in description
        assert datetime.datetime(2025, 4, 24, tzinfo=datetime.UTC) == component.decoded("DTSTAMP")

    def test_special_characters_survive(self) -> None:
        """Commas, semicolons, backslashes and newlines in text are escaped and read back."""
        name = 'Talks; "Round 2", part\\1\nsecond line'
        meeting = Meeting(id="s1", name=name, when=DateSpan.parse_iso("2025"), location="A, B")
        component = _parse(export_ical([meeting]).text)["s1@diplotimeline"]
        assert name == str(component["SUMMARY"])
        assert "A, B" == str(component["LOCATION"])

    def test_lines_are_crlf_and_folded(self) -> None:
        """Content lines end in CRLF and none exceeds 75 octets."""
        meeting = Meeting(id="l1", name="Summit " * 40, when=DateSpan.parse_iso("2025"))
        text = export_ical([meeting]).text
        lines = text.split("\r\n")
        assert "" == lines[-1]
        assert all(len(line.encode("utf-8")) <= 75 for line in lines)

    def test_open_and_undated_events_are_skipped_and_counted(self) -> None:
        """Undated and open-ended events are listed in skipped, never silently lost."""
        items: list[Event] = [
            Meeting(id="u1", name="Undated talks"),
            Initiative(id="u2", name="Since 2024", when=DateSpan.parse_iso("2024-10/..")),
            Agreement(id="u3", name="By 2030", when=DateSpan.parse_iso("../2030")),
            Meeting(id="d1", name="Dated", when=DateSpan.parse_iso("2025-01-05")),
        ]
        result = export_ical(items)
        assert ("u3", "u2", "u1") == result.skipped  # timeline order
        assert 1 == result.exported
        calendar = icalendar.Calendar.from_ical(result.text)
        assert "3" == str(calendar["X-DIPLOTIMELINE-SKIPPED"])
        assert ["d1@diplotimeline"] == list(_parse(result.text))

    def test_dates_icalendar_cannot_write_are_skipped(self) -> None:
        """An event ending on 9999-12-31 has no exclusive end: it is skipped, not a crash."""
        last = Agreement(id="z", name="Far future", when=DateSpan.parse_iso("9999"))
        result = export_ical([last, Meeting(id="y", name="Y", when=DateSpan.parse_iso("0001"))])
        assert ("z",) == result.skipped
        assert ["y@diplotimeline"] == list(_parse(result.text))

    def test_initiative_period_places_an_undated_initiative(self) -> None:
        """An initiative without ``when`` is placed by its period."""
        fund = Initiative(id="f1", name="Fund", period=DateSpan.parse_iso("2026/2030"))
        component = _parse(export_ical([fund]).text)["f1@diplotimeline"]
        assert datetime.date(2026, 1, 1) == component.decoded("DTSTART")

    def test_explicit_stamp_must_be_aware(self) -> None:
        """A naive stamp is a usage error; an aware one is used for every event."""
        meeting = Meeting(id="m", name="M", when=DateSpan.parse_iso("2025"))
        with pytest.raises(UsageError):
            export_ical([meeting], stamp=datetime.datetime(2025, 1, 1))
        stamp = datetime.datetime(2025, 5, 1, 8, 0, tzinfo=datetime.UTC)
        component = _parse(export_ical([meeting], stamp=stamp).text)["m@diplotimeline"]
        assert stamp == component.decoded("DTSTAMP")

    def test_calendar_header(self) -> None:
        """The calendar has VERSION 2.0, our PRODID and an optional name."""
        calendar = icalendar.Calendar.from_ical(export_ical([], name="Andes 2025").text)
        assert "2.0" == str(calendar["VERSION"])
        assert "-//diplotimeline//diplotimeline//EN" == str(calendar["PRODID"])
        assert "Andes 2025" == str(calendar["X-WR-CALNAME"])

    @settings(max_examples=50, deadline=None)
    @given(st.lists(events(), max_size=4, unique_by=lambda event: event.id))
    def test_every_event_is_exported_or_skipped_and_parses_back(self, items: list[Event]) -> None:
        """For any events: the output parses, each event is written once or skipped."""
        result = export_ical(items)
        parsed = _parse(result.text)
        assert len(items) == result.exported + len(result.skipped)
        assert result.exported == len(parsed)
        for event in items:
            assert (event_uid(event.id) in parsed) != (event.id in result.skipped)


@pytest.mark.parametrize("zone", ["America/Adak", "Pacific/Kiritimati", "Europe/Paris"])
@pytest.mark.parametrize("year", [1, 2, 9998, 9999])
def test_zoned_times_at_the_ends_of_the_calendar_export(zone: str, year: int) -> None:
    """The zones' transitions are written inside years 1-9999 (icalendar steps past the
    range it is given; 9998-12-31 23:00 in Adak once raised OverflowError)."""
    day = (12, 31, 23) if year > 9000 else (1, 1, 0)
    meeting = Meeting(
        id="d:e1",
        name="Summit",
        form=MeetingForm.SUMMIT,
        when=DateSpan.of(LocalDateTime(year, *day, 0, zone=zone)),
    )
    result = export_ical([meeting])
    assert result.exported == 1
    assert event_uid("d:e1") in _parse(result.text)
