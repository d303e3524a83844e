"""Tests for diplotimeline.io.frames: pandas DataFrames, Arrow tables and Parquet files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import events

from diplotimeline.errors import UsageError
from diplotimeline.io.frames import Frames, to_arrow, to_dataframes, write_parquet
from diplotimeline.model import (
    Actor,
    Agreement,
    Country,
    Document,
    Event,
    Evidence,
    Initiative,
    Meeting,
    MeetingForm,
    Organization,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT = "Mongolia and Kazakhstan agreed in Astana on 9 June 2023 to open a rail link."
DOCUMENTS = {
    "mn-1": Document(id="mn-1", text=TEXT, source="Steppe News", published=PartialDate(2023, 6, 10))
}
ACTORS: dict[str, Actor] = {
    "mn": Country(id="mn", name="Mongolia", aliases=("Ulaanbaatar",)),
    "kz": Country(id="kz", name="Kazakhstan"),
    "sco": Organization(id="sco", name="Shanghai Cooperation Organisation", acronym="SCO"),
    "batbayar-oyun": Person(id="batbayar-oyun", name="Oyun Batbayar", country="mn"),
}
RAIL = Agreement(
    id="mn-1:e1",
    name="Rail link agreement",
    when=DateSpan.parse_iso("2023-06-09"),
    status=Status.OCCURRED,
    participants=("mn", "kz"),
    location="Astana",
    evidence=(Evidence.from_text("mn-1", TEXT, 0, 23), Evidence.from_text("mn-1", TEXT, 24, 54)),
)
SUMMIT = Meeting(
    id="mn-1:e2",
    name="SCO summit",
    form=MeetingForm.SUMMIT,
    when=DateSpan(LocalDateTime(2024, 7, 3, 9, 0, 300), LocalDateTime(2024, 7, 4, 17, 0, 300)),
)
PLAN = Initiative(id="mn-1:e3", name="Steppe corridor", when=DateSpan.parse_iso("2025~"))
UNDATED = Meeting(id="mn-1:e4", name="Border talks")


@pytest.fixture
def frames() -> Frames:
    """Frames of four events, four actors and one document."""
    return to_dataframes([UNDATED, PLAN, SUMMIT, RAIL], ACTORS, DOCUMENTS)


class TestDataFrames:
    def test_events_rows_in_timeline_order(self, frames: Frames) -> None:
        """One row per event, dated first by date, undated last."""
        assert ["mn-1:e1", "mn-1:e2", "mn-1:e3", "mn-1:e4"] == frames.events["id"].tolist()

    def test_event_column_types(self, frames: Frames) -> None:
        """Strings, categories, nullable integers, booleans and list columns are typed."""
        dtypes = frames.events.dtypes
        assert isinstance(dtypes["id"], pd.StringDtype)
        assert isinstance(dtypes["when"], pd.StringDtype)
        assert ["meeting", "agreement", "initiative"] == list(dtypes["kind"].categories)
        assert dtypes["precision"].ordered
        assert ["year", "month", "day", "minute"] == list(dtypes["precision"].categories)
        assert "Int16" == str(dtypes["start_year"])
        assert "Int8" == str(dtypes["end_minute"])
        assert "bool" == str(dtypes["approximate"])
        assert "int64" == str(dtypes["evidence"])

    def test_date_parts_hold_only_what_is_known(self, frames: Frames) -> None:
        """A day has no hour; a year has no month; an undated event has nothing."""
        events = frames.events.set_index("id")
        rail, summit, plan, undated = (events.loc[key] for key in events.index)
        assert (2023, 6, 9) == (rail["start_year"], rail["start_month"], rail["start_day"])
        assert pd.isna(rail["start_hour"])
        assert (17, 0) == (summit["end_hour"], summit["end_minute"])
        assert "minute" == summit["precision"]
        assert 2025 == plan["start_year"]
        assert pd.isna(plan["start_month"])
        assert plan["approximate"]
        assert "2025~" == plan["when"]
        assert pd.isna(undated["start"])
        assert pd.isna(undated["precision"])
        assert pd.isna(undated["start_year"])

    def test_list_columns(self, frames: Frames) -> None:
        """Participants and documents are lists of ids."""
        first = frames.events.iloc[0]
        assert ["mn", "kz"] == list(first["participants"])
        assert ["mn-1"] == list(first["documents"])
        assert 2 == first["evidence"]

    def test_actors_table(self, frames: Frames) -> None:
        """One row per actor, by id, with kind, aliases and country."""
        actors = frames.actors
        assert ["batbayar-oyun", "kz", "mn", "sco"] == actors["id"].tolist()
        assert ["person", "country", "country", "organization"] == actors["kind"].astype(
            str
        ).tolist()
        assert ["Ulaanbaatar"] == list(actors.set_index("id").loc["mn", "aliases"])
        assert "mn" == actors.set_index("id").loc["batbayar-oyun", "country"]

    def test_mentions_table(self, frames: Frames) -> None:
        """One row per evidence, with the document's source and date."""
        mentions = frames.mentions
        assert 2 == len(mentions)
        assert [0, 1] == mentions["position"].tolist()
        assert "Mongolia and Kazakhstan" == mentions["quote"].iloc[0]
        assert "Steppe News" == mentions["source"].iloc[0]
        assert "2023-06-10" == mentions["published"].iloc[0]
        assert pd.isna(mentions["url"].iloc[0])

    def test_empty_input_keeps_the_columns(self) -> None:
        """No events still give typed, empty tables."""
        empty = to_dataframes([])
        assert 0 == len(empty.events)
        assert "precision" in empty.events.columns
        assert isinstance(empty.events.dtypes["name"], pd.StringDtype)
        assert 0 == to_arrow(empty)["events"].num_rows


class TestArrowAndParquet:
    def test_arrow_schema(self, frames: Frames) -> None:
        """Lists are list<string>, categories are dictionaries, parts are small ints."""
        tables = to_arrow(frames)
        schema = tables["events"].schema
        assert pa.list_(pa.string()) == schema.field("participants").type
        assert pa.types.is_dictionary(schema.field("kind").type)
        assert schema.field("precision").type.ordered
        assert pa.int16() == schema.field("start_year").type
        assert 4 == tables["events"].num_rows
        assert ["mn", "kz"] == tables["events"].column("participants")[0].as_py()

    def test_write_parquet_writes_three_files_that_read_back(
        self, frames: Frames, tmp_path: Path
    ) -> None:
        """events, actors and mentions .parquet read back with the same values."""
        written = write_parquet(frames, tmp_path / "out")
        assert ["events.parquet", "actors.parquet", "mentions.parquet"] == [p.name for p in written]
        events = pq.read_table(written[0])
        assert frames.events["id"].tolist() == events.column("id").to_pylist()
        assert [["mn", "kz"], [], [], []] == events.column("participants").to_pylist()
        back = pd.read_parquet(written[0])
        assert pd.isna(back["start_month"].iloc[2])
        assert 2 == len(pd.read_parquet(written[2]))
        assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
            "actors.parquet",
            "events.parquet",
            "mentions.parquet",
        ]

    def test_write_parquet_refuses_a_file_as_directory(
        self, frames: Frames, tmp_path: Path
    ) -> None:
        """A directory argument that is a file is a UsageError."""
        target = tmp_path / "file"
        target.write_text("x", encoding="utf-8")
        with pytest.raises(UsageError):
            write_parquet(frames, target)

    def test_failed_write_keeps_the_old_file(
        self, frames: Frames, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A write that fails half-way leaves the previous file and no temporary file."""
        write_parquet(frames, tmp_path)
        before = (tmp_path / "events.parquet").read_bytes()

        def broken(table: object, where: object) -> None:
            Path(str(where)).write_bytes(b"PAR1 half")
            raise OSError("disk full")

        monkeypatch.setattr(pq, "write_table", broken)
        with pytest.raises(OSError, match="disk full"):
            write_parquet(to_dataframes([RAIL]), tmp_path)
        assert before == (tmp_path / "events.parquet").read_bytes()
        assert 3 == len(list(tmp_path.iterdir()))

    @settings(max_examples=30, deadline=None)
    @given(st.lists(events(), max_size=4))
    def test_any_events_convert(self, items: list[Event]) -> None:
        """Any events give one row each, and Arrow accepts the frames."""
        frames = to_dataframes(items)
        assert len(items) == len(frames.events)
        assert sum(len(event.evidence) for event in items) == len(frames.mentions)
        assert len(items) == to_arrow(frames)["events"].num_rows
