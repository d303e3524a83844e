"""Tests for diplotimeline.io.store: the SQLite store, its schema, queries and crash safety."""

from __future__ import annotations

import os
import runpy
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import extractions

from diplotimeline.errors import DiplotimelineWarning, InputError, UsageError
from diplotimeline.io import store as store_module
from diplotimeline.io.store import SCHEMA_VERSION, AddResult, Store, content_hash
from diplotimeline.model import (
    Agreement,
    AgreementForm,
    Country,
    Document,
    Evidence,
    Extraction,
    Initiative,
    Meeting,
    MeetingForm,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "Foreign Minister Ana Torres of Chile will visit Lima from 12 to 14 March 2026 for the "
    "Pacific Alliance Summit. In 2019 Chile and Peru signed the Andean Water Accord. The "
    "Blue Pacific Fund, launched in Suva, runs from 2026 to 2030."
)


def _span(text: str, quote: str, document: str = "cl-1") -> Evidence:
    start = text.index(quote)
    return Evidence.from_text(document, text, start, start + len(quote))


def _extraction(document_id: str = "cl-1", text: str = TEXT) -> Extraction:
    document = Document(
        id=document_id,
        text=text,
        published=PartialDate(2026, 2, 20),
        source="Andes Daily",
        title="Torres to visit Lima",
        url="https://example.org/torres",
    )
    torres = Person(
        id="torres-ana",
        name="Ana Torres",
        aliases=("Torres",),
        country="cl",
        evidence=(_span(text, "Ana Torres", document_id),),
    )
    summit = Meeting(
        id=f"{document_id}:e1",
        name="Pacific Alliance Summit",
        form=MeetingForm.SUMMIT,
        aliases=("the summit",),
        when=DateSpan.parse_iso("2026-03-12/2026-03-14"),
        status=Status.PLANNED,
        participants=("torres-ana", "cl", "pe"),
        location="Lima",
        evidence=(_span(text, "will visit Lima from 12 to 14 March 2026", document_id),),
    )
    accord = Agreement(
        id=f"{document_id}:e2",
        name="Andean Water Accord",
        form=AgreementForm.TREATY,
        when=DateSpan.parse_iso("2019"),
        status=Status.OCCURRED,
        participants=("cl", "pe"),
        evidence=(_span(text, "Chile and Peru signed the Andean Water Accord", document_id),),
    )
    fund = Initiative(
        id=f"{document_id}:e3",
        name="Blue Pacific Fund",
        period=DateSpan.parse_iso("2026/2030"),
        location="Suva",
    )
    return Extraction(
        document=document,
        actors=(torres, Country(id="cl", name="Chile"), Country(id="pe", name="Peru")),
        events=(summit, accord, fund),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh store in a temporary file."""
    opened = Store.open(tmp_path / "store.db")
    yield opened
    opened.close()


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        tables = ["documents", "actors", "events", "participants", "aliases", "mentions"]
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in tables
        }
    finally:
        connection.close()


class TestOpen:
    def test_new_store_is_wal_with_foreign_keys(self, tmp_path: Path) -> None:
        """A new file gets the current schema, WAL journalling and foreign keys."""
        with Store.open(tmp_path / "new.db") as store:
            connection = store._connection
            assert SCHEMA_VERSION == store.schema_version
            assert "wal" == connection.execute("PRAGMA journal_mode").fetchone()[0]
            assert 1 == connection.execute("PRAGMA foreign_keys").fetchone()[0]
            assert connection.execute("PRAGMA busy_timeout").fetchone()[0] > 0

    def test_upgrades_an_empty_version_0_file(self, tmp_path: Path) -> None:
        """An empty database at user_version 0 is migrated to the current version."""
        path = tmp_path / "old.db"
        sqlite3.connect(path).close()
        with Store.open(path) as store:
            assert SCHEMA_VERSION == store.schema_version
            tables = {
                row[0]
                for row in store._connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
        assert {"documents", "actors", "aliases", "events", "participants", "mentions"} <= tables

    def test_migration_steps_run_in_order_from_the_stored_version(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A later schema step runs once on an existing store, which keeps its data."""
        path = tmp_path / "store.db"
        with Store.open(path) as store:
            store.add(_extraction())

        def add_column(connection: sqlite3.Connection, _full_text: bool) -> None:
            connection.execute("ALTER TABLE documents ADD COLUMN language TEXT")

        monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, add_column))
        with Store.open(path) as store:
            assert 2 == store.schema_version
            columns = [row[1] for row in store._connection.execute("PRAGMA table_info(documents)")]
            assert "language" in columns
            assert (_extraction(),) == store.extractions()
        with Store.open(path) as store:  # a second open runs nothing again
            assert 2 == store.schema_version

    def test_failed_migration_leaves_the_file_as_it_was(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A step that fails rolls back every step of the upgrade."""
        path = tmp_path / "store.db"
        sqlite3.connect(path).close()

        def broken(connection: sqlite3.Connection, _full_text: bool) -> None:
            connection.execute("CREATE TABLE half (x)")
            raise sqlite3.OperationalError("boom")

        monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, broken))
        with pytest.raises(InputError, match="boom"):
            Store.open(path)
        connection = sqlite3.connect(path)
        assert 0 == connection.execute("PRAGMA user_version").fetchone()[0]
        assert [] == connection.execute("SELECT name FROM sqlite_master").fetchall()
        connection.close()

    def test_rejects_a_newer_schema(self, tmp_path: Path) -> None:
        """A store written by a newer library is refused, not damaged."""
        path = tmp_path / "future.db"
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        connection.close()
        with pytest.raises(InputError, match="newer") as caught:
            Store.open(path)
        assert str(path) == caught.value.source

    def test_rejects_a_foreign_database(self, tmp_path: Path) -> None:
        """A SQLite file of some other program is not taken over."""
        path = tmp_path / "other.db"
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE invoices (id INTEGER)")
        connection.close()
        with pytest.raises(InputError, match="not a diplotimeline store"):
            Store.open(path)

    def test_rejects_a_file_that_is_not_sqlite(self, tmp_path: Path) -> None:
        """A text file is reported as an InputError naming it."""
        path = tmp_path / "notes.db"
        path.write_text("just some notes, not a database " * 50, encoding="utf-8")
        with pytest.raises(InputError, match=r"notes\.db"):
            Store.open(path)


class TestAdd:
    def test_round_trip_of_one_extraction(self, store: Store) -> None:
        """What is added comes back equal, evidence, aliases and all."""
        assert AddResult.ADDED == store.add(_extraction())
        assert (_extraction(),) == store.extractions()
        assert () == store.check()

    def test_adding_the_same_document_twice_changes_nothing(
        self, store: Store, tmp_path: Path
    ) -> None:
        """The second add reports UNCHANGED and leaves every row as it was."""
        store.add(_extraction())
        before = _rows(tmp_path / "store.db")
        assert AddResult.UNCHANGED == store.add(_extraction())
        assert before == _rows(tmp_path / "store.db")

    def test_a_changed_document_replaces_its_rows(self, store: Store, tmp_path: Path) -> None:
        """A new version of a document leaves no row of the old one behind."""
        store.add(_extraction())
        store.add(_extraction("pe-7", TEXT))
        changed = Extraction(
            document=_extraction().document,
            events=(Meeting(id="cl-1:e9", name="Santiago Forum", participants=("ar",)),),
        )
        assert AddResult.REPLACED == store.add(changed)
        assert (changed, _extraction("pe-7")) == store.extractions()
        rows = _rows(tmp_path / "store.db")
        assert [("cl-1:e9",)] == [(row[3],) for row in rows["events"] if row[1] == "cl-1"]
        assert 1 + 5 == len(rows["participants"])  # one new row plus pe-7's five
        assert () == store.events(text="Andean Water", actor="torres-ana")
        assert ["Pacific Alliance Summit"] == [e.name for e in store.events(text="summit")]
        assert () == store.check()

    def test_remove_deletes_every_row_of_a_document(self, store: Store, tmp_path: Path) -> None:
        """remove() cascades to actors, events, participants, aliases, mentions and FTS."""
        store.add(_extraction())
        assert store.remove("cl-1")
        assert {name: [] for name in _rows(tmp_path / "store.db")} == _rows(tmp_path / "store.db")
        assert () == store.events(text="summit")

    def test_add_all_counts_outcomes(self, store: Store) -> None:
        """add_all reports how many documents were added, replaced and unchanged."""
        counts = store.add_all([_extraction(), _extraction("pe-7"), _extraction()])
        assert {AddResult.ADDED: 2, AddResult.REPLACED: 0, AddResult.UNCHANGED: 1} == counts

    def test_failure_inside_add_rolls_back(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An error half-way through a document leaves nothing of it in the store."""
        store.add(_extraction("pe-7"))

        def fail(*_args: object) -> None:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Store, "_insert_event", fail)
        with pytest.raises(RuntimeError):
            store.add(_extraction())
        monkeypatch.undo()
        assert ["pe-7"] == [document.id for document in store.documents()]
        assert (_extraction("pe-7"),) == store.extractions()

    def test_content_hash_tracks_content(self) -> None:
        """Equal extractions hash equally; any change changes the hash."""
        assert content_hash(_extraction()) == content_hash(_extraction())
        assert content_hash(_extraction()) != content_hash(_extraction(text=TEXT + " "))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(extractions(), max_size=3, unique_by=lambda item: item.document.id))
    def test_round_trip_property(self, items: list[Extraction]) -> None:
        """store.extractions() gives back exactly what was added, ordered by document id."""
        with Store.open(":memory:") as store:
            for item in items:
                assert AddResult.ADDED == store.add(item)
            expected = tuple(sorted(items, key=lambda item: item.document.id))
            assert expected == store.extractions()
            for item in items:
                assert AddResult.UNCHANGED == store.add(item)
            assert () == store.check()


class TestQueries:
    @pytest.fixture
    def filled(self, store: Store) -> Store:
        """A store holding two documents."""
        store.add(_extraction())
        other_text = "Viet Nam and Japan held talks in Hà Nội on 5 May 2025 at 10:00."
        store.add(
            Extraction(
                document=Document(id="vn-3", text=other_text),
                events=(
                    Meeting(
                        id="vn-3:e1",
                        name="Việt Nam–Japan talks",
                        form=MeetingForm.BILATERAL_MEETING,
                        when=DateSpan.of(LocalDateTime(2025, 5, 5, 10, 0, zone="Asia/Bangkok")),
                        status=Status.OCCURRED,
                        participants=("vn", "jp"),
                        evidence=(_span(other_text, "held talks in Hà Nội", "vn-3"),),
                    ),
                    Meeting(id="vn-3:e2", name="Mekong dialogue", participants=("vn",)),
                ),
            )
        )
        return store

    def test_without_filters_returns_everything_in_timeline_order(self, filled: Store) -> None:
        """Dated events by date, then undated ones."""
        names = [event.name for event in filled.events()]
        assert [
            "Andean Water Accord",
            "Việt Nam–Japan talks",
            "Pacific Alliance Summit",
            "Blue Pacific Fund",
            "Mekong dialogue",
        ] == names

    def test_between_keeps_events_wholly_inside(self, filled: Store) -> None:
        """between= keeps events whose date lies inside the range."""
        assert ["Pacific Alliance Summit"] == [e.name for e in filled.events(between="2026")]
        assert [] == [e.name for e in filled.events(between="2026-03-13")]

    def test_overlapping_keeps_events_sharing_time(self, filled: Store) -> None:
        """overlapping= keeps events that share a minute with the range."""
        found = filled.events(overlapping=PartialDate(2026, 3, 13))
        assert ["Pacific Alliance Summit"] == [e.name for e in found]

    def test_actor_kind_and_status_filters(self, filled: Store) -> None:
        """Filters by participant (id, name or alias), kind and status combine with AND."""
        assert ["Andean Water Accord", "Pacific Alliance Summit"] == [
            e.name for e in filled.events(actor="pe")
        ]
        assert ["Pacific Alliance Summit"] == [e.name for e in filled.events(actor="Torres")]
        assert ["Andean Water Accord", "Pacific Alliance Summit"] == [
            e.name for e in filled.events(actor="Chile")
        ]
        assert ["Andean Water Accord"] == [e.name for e in filled.events(kind="agreement")]
        assert ["Việt Nam–Japan talks"] == [
            e.name for e in filled.events(actor="vn", status=Status.OCCURRED)
        ]

    def test_full_text_ignores_case_and_diacritics(self, filled: Store) -> None:
        """text= finds words in names, aliases and quotes, case and accents ignored."""
        assert filled.has_full_text
        assert ["Việt Nam–Japan talks"] == [e.name for e in filled.events(text="viet nam")]
        assert ["Việt Nam–Japan talks"] == [e.name for e in filled.events(text="HA NOI")]
        assert ["Pacific Alliance Summit"] == [e.name for e in filled.events(text="the summit")]
        assert ["Andean Water Accord"] == [e.name for e in filled.events(text="signed")]

    def test_text_is_never_query_syntax(self, filled: Store) -> None:
        """FTS5 operators and quotes in text are searched for, not executed."""
        assert () == filled.events(text='"unbalanced OR NEAR( summit* -')
        assert () == filled.events(text="Pacific OR Andean")  # OR is a word here
        found = filled.events(text='"Pacific"')
        assert ["Pacific Alliance Summit", "Blue Pacific Fund"] == [e.name for e in found]

    def test_sql_injection_in_filters_is_inert(self, filled: Store) -> None:
        """Filter values are bound as parameters: a quote-laden actor id matches nothing."""
        assert () == filled.events(actor="pe' OR '1'='1")
        assert 2 == len(filled.documents())

    def test_bad_arguments(self, filled: Store) -> None:
        """Unknown kinds and statuses and empty text are UsageErrors."""
        with pytest.raises(UsageError, match="kind"):
            filled.events(kind="banquet")
        with pytest.raises(UsageError, match="status"):
            filled.events(status="rumoured")
        with pytest.raises(UsageError, match="word"):
            filled.events(text="  -- ")

    @pytest.mark.parametrize(
        ("filters", "index"),
        [
            ({"between": "2019/2030"}, "events_range"),
            ({"overlapping": "2026-03"}, "events_range"),
            ({"actor": "pe"}, "participants_actor"),
            ({"actor": "Torres"}, "aliases_alias"),
            ({"kind": "agreement"}, "events_kind"),
            ({"status": "planned"}, "events_status"),
            ({"text": "summit"}, "event_text"),
        ],
    )
    def test_queries_use_the_indexes(
        self, filled: Store, filters: dict[str, str], index: str
    ) -> None:
        """The plan of the store's own query for each filter uses that filter's index."""
        connection = filled._connection
        statements: list[str] = []
        connection.set_trace_callback(statements.append)
        try:
            filled.events(**filters)
        finally:
            connection.set_trace_callback(None)
        [query] = [sql for sql in statements if sql.startswith("SELECT e.key, e.document_id")]
        plan = [str(row[-1]) for row in connection.execute("EXPLAIN QUERY PLAN " + query)]
        assert index in " ".join(plan)
        assert not [step for step in plan if step == "SCAN e" or step.startswith("SCAN e ")]

    def test_actors_and_documents(self, filled: Store) -> None:
        """actors() maps ids to actors; documents() lists documents by id."""
        assert ["cl", "pe", "torres-ana"] == list(filled.actors())
        assert ["cl-1", "vn-3"] == [document.id for document in filled.documents()]

    def test_readers_are_not_blocked_by_a_writer(self, filled: Store, tmp_path: Path) -> None:
        """With WAL, a second store reads while another connection holds a write lock."""
        writer = sqlite3.connect(tmp_path / "store.db", isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM documents WHERE id = 'vn-3'")
        with Store.open(tmp_path / "store.db", timeout=0.5) as reader:
            assert 5 == len(reader.events())
        writer.execute("ROLLBACK")
        writer.close()


class TestWithoutFullText:
    def test_text_search_degrades_with_a_warning(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without FTS5 the store has no index and text= warns, then searches substrings."""
        monkeypatch.setattr(store_module, "_fts5_available", lambda: False)
        with Store.open(tmp_path / "plain.db") as store:
            assert not store.has_full_text
            store.add(_extraction())
            with pytest.warns(DiplotimelineWarning, match="FTS5"):
                found = store.events(text="pacific SUMMIT")
            assert ["Pacific Alliance Summit"] == [e.name for e in found]
            assert ["Andean Water Accord"] == [e.name for e in store.events(text="signed")]
            assert () == store.events(text="100%_")
            store.add(Extraction(document=_extraction().document))  # replace without FTS
            assert () == store.check()

    def test_a_full_text_store_needs_fts5(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A store made with FTS5 is refused, clearly, where FTS5 is missing."""
        Store.open(tmp_path / "fts.db").close()
        monkeypatch.setattr(store_module, "_fts5_available", lambda: False)
        with pytest.raises(InputError, match="FTS5"):
            Store.open(tmp_path / "fts.db")


_CHILD = r"""
import sys
from diplotimeline.io.store import Store
from diplotimeline.model import Document, Evidence, Extraction, Meeting, Country
from diplotimeline.time import DateSpan, PartialDate

def make(number):
    text = " ".join(f"word{n}" for n in range(400))
    events = tuple(
        Meeting(id=f"doc{number}:e{n}", name=f"Meeting {n} of document {number}",
                when=DateSpan.of(PartialDate(2000 + number % 50, 1 + n % 12)),
                participants=("pe", "cl", f"actor-{n}"), aliases=(f"m{n}",),
                evidence=tuple(Evidence.from_text(f"doc{number}", text, k, k + 40)
                               for k in range(0, 200, 20)))
        for n in range(60)
    )
    return Extraction(document=Document(id=f"doc{number:04d}", text=text),
                      actors=(Country(id="pe", name="Peru"),), events=events)

if __name__ == "__main__":
    with Store.open(sys.argv[1]) as store:
        for number in range(10_000):
            store.add(make(number))
            print(f"doc{number:04d}", flush=True)
"""


class TestCrashSafety:
    def test_sigkill_mid_batch_leaves_committed_documents_whole(self, tmp_path: Path) -> None:
        """Killing a writer mid-batch leaves a sound store with each committed document whole.

        The child prints a document's id after its transaction commits; it is killed
        with SIGKILL while writing a later one. The store then holds the printed
        documents, perhaps one more (committed but not yet printed), each equal to what
        was added, and nothing of the one being written.
        """
        script = tmp_path / "child.py"
        script.write_text(_CHILD, encoding="utf-8")
        path = tmp_path / "crash.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        child = subprocess.Popen(
            [sys.executable, str(script), str(path)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        printed: list[str] = []
        deadline = time.monotonic() + 8
        try:
            while len(printed) < 12 and time.monotonic() < deadline:
                line = child.stdout.readline()
                if not line:
                    break
                printed.append(line.strip())
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            child.stdout.close()
        assert -signal.SIGKILL == child.returncode
        assert len(printed) >= 3, "the child committed too few documents to test"

        make = runpy.run_path(str(script), run_name="child")["make"]
        with Store.open(path) as store:
            assert () == store.check()
            stored = store.extractions()
        ids = [extraction.document.id for extraction in stored]
        assert printed == ids[: len(printed)]
        assert len(ids) - len(printed) in (0, 1)
        for extraction in stored:
            number = int(extraction.document.id.removeprefix("doc"))
            assert make(number) == extraction
