"""Tests for diplotimeline.io.tables: CSV and Markdown tables of events."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import events

from diplotimeline.errors import UsageError
from diplotimeline.io.tables import (
    COLUMNS,
    escape_markdown,
    event_row,
    event_sort_key,
    export_csv,
    export_markdown,
    neutralise_formula,
)
from diplotimeline.model import (
    Agreement,
    AgreementForm,
    Country,
    Document,
    Event,
    Evidence,
    Initiative,
    Meeting,
    MeetingForm,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime

TEXT = "Kenya and Tanzania signed a memorandum on 3 March 2025 in Arusha."
DOCUMENTS = {"ke-1": Document(id="ke-1", text=TEXT, source="Nairobi Post")}
ACTORS = {"ke": Country(id="ke", name="Kenya"), "tz": Country(id="tz", name="Tanzania")}
MOU = Agreement(
    id="ke-1:e1",
    name="Kenya–Tanzania memorandum on trade",
    form=AgreementForm.MOU,
    when=DateSpan.parse_iso("2025-03-03"),
    status=Status.OCCURRED,
    participants=("ke", "tz"),
    location="Arusha",
    evidence=(
        Evidence.from_text("ke-1", TEXT, 0, 40),
        Evidence.from_text("ke-1", TEXT, 41, 56),
        Evidence.from_text("ke-2", TEXT, 0, 5),
    ),
)
FORUM = Meeting(
    id="ke-1:e2", name="East African Forum", form=MeetingForm.FORUM, when=DateSpan.parse_iso("2024")
)
PLAN = Initiative(id="ke-1:e3", name="Lake Victoria Plan")


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


class TestRows:
    def test_row_holds_every_column(self) -> None:
        """A row has every column of COLUMNS, with names, sources and the evidence count."""
        row = event_row(MOU, actors=ACTORS, documents=DOCUMENTS)
        assert list(COLUMNS) == list(row)
        assert {
            "id": "ke-1:e1",
            "kind": "agreement",
            "form": "mou",
            "when": "2025-03-03",
            "start": "2025-03-03",
            "end": "2025-03-03",
            "precision": "day",
            "status": "occurred",
            "participants": "ke; tz",
            "participant_names": "Kenya; Tanzania",
            "location": "Arusha",
            "documents": "ke-1; ke-2",
            "sources": "Nairobi Post",
            "evidence": 3,
        } == {key: value for key, value in row.items() if key != "name"}

    def test_open_and_undated_rows(self) -> None:
        """Open ends and undated events leave start, end and precision empty."""
        since = Initiative(id="x", name="X", when=DateSpan.parse_iso("2024-10/.."))
        assert ("2024-10/..", "2024-10", "", "month") == tuple(
            event_row(since)[key] for key in ("when", "start", "end", "precision")
        )
        assert ("", "", "", "") == tuple(
            event_row(PLAN)[key] for key in ("when", "start", "end", "precision")
        )

    def test_sort_key_puts_undated_last(self) -> None:
        """Rows follow the timeline: by date, undated at the end."""
        items: list[Event] = [PLAN, MOU, FORUM]
        assert [FORUM, MOU, PLAN] == sorted(items, key=event_sort_key)


class TestCsv:
    def test_csv_round_trips_through_the_csv_module(self) -> None:
        """The CSV parses back to the same cells, in timeline order, with CRLF lines."""
        text = export_csv([PLAN, MOU, FORUM], actors=ACTORS, documents=DOCUMENTS)
        rows = _read_csv(text)
        assert [
            "East African Forum",
            "Kenya–Tanzania memorandum on trade",
            "Lake Victoria Plan",
        ] == [row["name"] for row in rows]
        assert "3" == rows[1]["evidence"]
        assert text.endswith("\r\n")
        assert list(COLUMNS) == list(rows[0])

    @pytest.mark.parametrize("dangerous", ["=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1"])
    def test_formula_cells_are_neutralised(self, dangerous: str) -> None:
        """A cell starting with a formula character gets a leading apostrophe."""
        meeting = Meeting(id="m1", name=dangerous + " talks", location=dangerous)
        rows = _read_csv(export_csv([meeting]))
        assert "'" + dangerous + " talks" == rows[0]["name"]
        assert "'" + dangerous == rows[0]["location"]

    def test_harmless_cells_are_unchanged(self) -> None:
        """Ordinary text and text with a formula character inside is left alone."""
        assert "Talks = progress" == neutralise_formula("Talks = progress")
        assert "" == neutralise_formula("")

    def test_quotes_commas_and_newlines_are_quoted(self) -> None:
        """RFC 4180 quoting keeps commas, quotes and line breaks inside one cell."""
        name = 'The "Lima, Peru"\nsummit'
        rows = _read_csv(export_csv([Meeting(id="q", name=name)], columns=("id", "name")))
        assert [{"id": "q", "name": name}] == rows

    def test_column_selection_and_unknown_columns(self) -> None:
        """Columns can be chosen; an unknown one is a UsageError."""
        assert "id,evidence\r\nke-1:e1,3\r\n" == export_csv([MOU], columns=("id", "evidence"))
        with pytest.raises(UsageError, match="unknown columns"):
            export_csv([MOU], columns=("id", "colour"))
        with pytest.raises(UsageError):
            export_csv([MOU], columns=())

    @settings(max_examples=50, deadline=None)
    @given(st.lists(events(), max_size=5, unique_by=lambda event: event.id))
    def test_any_events_give_one_row_each_and_no_formula(self, items: list[Event]) -> None:
        """Every event gives one row; no cell starts with a formula character."""
        rows = _read_csv(export_csv(items))
        assert len(items) == len(rows)
        for row in rows:
            for cell in row.values():
                assert not cell or cell[0] not in "=+-@\t\r"
        assert export_csv(items) == export_csv(list(reversed(items)))


class TestMarkdown:
    def test_table_shape(self) -> None:
        """A header, a separator and one line per event."""
        text = export_markdown([MOU, FORUM], actors=ACTORS, columns=("name", "when", "evidence"))
        assert [
            "| name | when | evidence |",
            "| --- | --- | --- |",
            "| East African Forum | 2024 | 0 |",
            "| Kenya–Tanzania memorandum on trade | 2025-03-03 | 3 |",
        ] == text.splitlines()

    def test_pipes_newlines_and_html_are_escaped(self) -> None:
        """Pipes, backslashes, line breaks, markup and HTML cannot break or inject."""
        name = "A | B\\\nC <script>alert(1)</script> [x](javascript:y) *b*"
        text = export_markdown([Meeting(id="m", name=name)], columns=("name",))
        line = text.splitlines()[2]
        assert 2 == line.count("|") - line.count("\\|")
        assert "<" not in line
        assert "\n" not in line.strip()
        assert "&lt;script&gt;" in line
        assert "\\[x\\]" in line

    def test_escape_markdown(self) -> None:
        """escape_markdown escapes each special character once."""
        assert "a\\|b\\\\c d &amp; \\*e\\*" == escape_markdown("a|b\\c\r\nd & *e*")

    @settings(max_examples=50, deadline=None)
    @given(st.lists(events(), max_size=5))
    def test_every_event_is_one_line(self, items: list[Event]) -> None:
        """Whatever the text, each event is one table line with the right cell count."""
        lines = export_markdown(items).splitlines()
        assert 2 + len(items) == len(lines)
        for line in lines[2:]:
            unescaped = line.replace("\\\\", "").replace("\\|", "")
            assert len(COLUMNS) + 1 == unescaped.count("|")

    def test_times_in_rows(self) -> None:
        """A timed event shows its ISO time with the offset and precision minute."""
        call = Meeting(id="c", name="Call", when=DateSpan.of(LocalDateTime(2025, 1, 2, 9, 30, 60)))
        row = event_row(call)
        assert ("2025-01-02T09:30+01:00", "minute") == (row["start"], row["precision"])
