"""Tests for diplotimeline.io.timelinejs: TimelineJS3 JSON."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import events

from diplotimeline.io.timelinejs import date_object, export_timelinejs
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

TEXT = 'Chile\'s minister said the <b>"Santiago Pact"</b> & the fund were signed in Quito.'
DOCUMENTS = {
    "ec-1": Document(
        id="ec-1", text=TEXT, source="Quito <Times>", published=PartialDate(2023, 11, 2)
    )
}
ACTORS = {"cl": Country(id="cl", name="Chile"), "ec": Country(id="ec", name="Ecuador & co")}


def _slides(text: str) -> list[dict[str, Any]]:
    data = json.loads(text)
    slides: list[dict[str, Any]] = data["events"]
    return slides


class TestDates:
    def test_only_known_parts_are_written(self) -> None:
        """Year, month and day appear only when the date knows them."""
        assert {"year": 2025} == date_object(PartialDate(2025))
        assert {"year": 2025, "month": 4} == date_object(PartialDate(2025, 4))
        assert {"year": 2025, "month": 4, "day": 28} == date_object(PartialDate(2025, 4, 28))

    def test_time_keeps_its_wall_clock(self) -> None:
        """A time gives hour and minute as written (TimelineJS shows no zone)."""
        point = LocalDateTime(2024, 7, 26, 10, 30, zone="Asia/Vientiane")
        assert {"year": 2024, "month": 7, "day": 26, "hour": 10, "minute": 30} == date_object(point)

    def test_span_has_start_and_end(self) -> None:
        """A span gives start_date and end_date; a single value only start_date."""
        visit = Meeting(id="v", name="Visit", when=DateSpan.parse_iso("2025-04-27/2025-04-29"))
        forum = Meeting(id="f", name="Forum", when=DateSpan.parse_iso("2025-06"))
        slides = _slides(export_timelinejs([visit, forum]).text)
        assert {"year": 2025, "month": 4, "day": 29} == slides[0]["end_date"]
        assert "end_date" not in slides[1]
        assert {"year": 2025, "month": 6} == slides[1]["start_date"]

    def test_open_spans_sit_at_their_known_end(self) -> None:
        """ "Since" and "by" spans are shown at their known end with a display date."""
        since = Initiative(id="s", name="Since", when=DateSpan.parse_iso("2024-10/.."))
        by = Agreement(id="b", name="By", when=DateSpan.parse_iso("../2030"))
        slides = {
            slide["unique_id"]: slide for slide in _slides(export_timelinejs([since, by]).text)
        }
        assert {"year": 2024, "month": 10} == slides["s"]["start_date"]
        assert "2024-10 onwards" == slides["s"]["display_date"]
        assert {"year": 2030} == slides["b"]["start_date"]
        assert "until 2030" == slides["b"]["display_date"]


class TestContent:
    def test_slide_fields_and_escaping(self) -> None:
        """Headline and text are HTML-escaped; group is the kind; unique_id the event id."""
        pact = Agreement(
            id="ec-1:e1",
            name='Santiago <script>alert("x")</script> Pact',
            when=DateSpan.parse_iso("2023-10"),
            status=Status.OCCURRED,
            participants=("cl", "ec"),
            location="Quito & <Guayaquil>",
            evidence=(Evidence.from_text("ec-1", TEXT, 0, len(TEXT)),),
        )
        result = export_timelinejs(
            [pact], actors=ACTORS, documents=DOCUMENTS, title="<Andes>", subtitle="a & b"
        )
        data = json.loads(result.text)
        assert {"headline": "&lt;Andes&gt;", "text": "a &amp; b"} == data["title"]["text"]
        slide = data["events"][0]
        assert "ec-1:e1" == slide["unique_id"]
        assert "agreement" == slide["group"]
        headline, body = slide["text"]["headline"], slide["text"]["text"]
        assert "Santiago &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Pact" == headline
        assert "<script" not in body
        assert "&lt;b&gt;&quot;Santiago Pact&quot;&lt;/b&gt; &amp; the fund" in body
        assert "Chile, Ecuador &amp; co" in body
        assert "Quito &amp; &lt;Guayaquil&gt;" in body
        assert "Quito &lt;Times&gt;, 2023-11-02" in body

    def test_undated_events_are_skipped_and_listed(self) -> None:
        """Undated events cannot be placed; they are listed in skipped."""
        result = export_timelinejs(
            [
                Meeting(id="u", name="Undated"),
                Meeting(id="d", name="D", when=DateSpan.parse_iso("2020")),
            ]
        )
        assert ("u",) == result.skipped
        assert 1 == result.exported
        assert ["d"] == [slide["unique_id"] for slide in _slides(result.text)]

    def test_initiative_period_places_it(self) -> None:
        """An initiative without ``when`` is placed by its period."""
        fund = Initiative(id="f", name="Fund", period=DateSpan.parse_iso("2026/2030"))
        slide = _slides(export_timelinejs([fund]).text)[0]
        assert ({"year": 2026}, {"year": 2030}) == (slide["start_date"], slide["end_date"])

    def test_output_is_deterministic_and_ordered(self) -> None:
        """Slides follow the timeline order whatever the input order."""
        items = [
            Meeting(id="b", name="B", form=MeetingForm.SUMMIT, when=DateSpan.parse_iso("2025")),
            Meeting(id="a", name="A", when=DateSpan.parse_iso("2024-05")),
        ]
        first = export_timelinejs(items).text
        assert first == export_timelinejs(list(reversed(items))).text
        assert ["a", "b"] == [slide["unique_id"] for slide in _slides(first)]

    @settings(max_examples=50, deadline=None)
    @given(st.lists(events(), max_size=5))
    def test_any_events_give_valid_slides(self, items: list[Event]) -> None:
        """Each event is a slide or skipped; no slide text holds an unescaped tag."""
        result = export_timelinejs(items)
        slides = _slides(result.text)
        assert len(items) == len(slides) + len(result.skipped)
        for slide in slides:
            assert "year" in slide["start_date"]
            assert "<" not in slide["text"]["headline"]
            body = slide["text"]["text"]
            for tag in ("<p>", "</p>", "<strong>", "</strong>", "<blockquote>", "</blockquote>"):
                body = body.replace(tag, "")
            assert "<" not in body
