"""A store of extractions in one SQLite file (standard library :mod:`sqlite3`).

Layout (schema version 1):

``documents``
    One row per document: its metadata, text and the hash of its extraction.
``actors``, ``events``
    One row per actor and event of each document, in extraction order. Columns hold what
    queries filter on (``kind``, ``status``, ``start_low`` and ``end_high``: the
    half-open range of wall-clock minutes the date covers, see
    :meth:`DateSpan.bounds`); the rest of the value is kept as JSON in the library's own
    format, so nothing is lost.
``participants``, ``aliases``, ``mentions``
    The participants of each event, the aliases of events and actors, and every piece of
    evidence (of events and actors), each in its original order.
``event_text``
    An FTS5 full-text index over event names, aliases and evidence quotes.

Indexes cover date ranges ``(start_low, end_high)``, participants by actor, kind and
status. Every statement binds its values as parameters.

Behaviour:

* :meth:`Store.open` turns on write-ahead logging (readers are not blocked by a writer),
  foreign keys and a busy timeout, and brings the schema up to date (``PRAGMA
  user_version`` counts the :data:`MIGRATIONS` applied; all pending ones run in one
  transaction).
* :meth:`Store.add` writes each document in one transaction. A document is keyed by its
  id and the SHA-256 hash of its extraction: adding the same extraction again changes
  nothing, and a changed one replaces the rows of the old one.
* A crash (even SIGKILL) leaves every committed document complete and no trace of the
  one being written.
* Without FTS5 in the SQLite library, a new store is made without ``event_text`` and
  ``text=`` queries fall back to a slower substring search (ASCII case-insensitive),
  warning once per store with :class:`~diplotimeline.errors.DiplotimelineWarning`. A
  store made with FTS5 cannot be opened where FTS5 is missing.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import hashlib
import json
import os
import sqlite3
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import Any, Final, TypeAlias

from diplotimeline.errors import DiplotimelineWarning, InputError, UsageError
from diplotimeline.io.converter import structure, unstructure
from diplotimeline.io.json import FORMAT
from diplotimeline.io.tables import event_sort_key
from diplotimeline.model import Actor, Document, Event, EventKind, Extraction, Status
from diplotimeline.time import DateSpan, PartialDate, TimePoint

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "AddResult", "Migration", "Store", "content_hash"]

Migration: TypeAlias = Callable[[sqlite3.Connection, bool], None]
"""A schema step: called with the connection (inside a transaction) and whether FTS5 is
available; it must not commit."""

_V1_TABLES: Final = (
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        published TEXT,
        published_inferred INTEGER NOT NULL CHECK (published_inferred IN (0, 1)),
        source TEXT,
        title TEXT,
        url TEXT
    )""",
    """CREATE TABLE actors (
        key INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (document_id, position)
    )""",
    "CREATE INDEX actors_id ON actors (id)",
    "CREATE INDEX actors_name ON actors (name)",
    """CREATE TABLE events (
        key INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        form TEXT NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        span TEXT,
        start_low INTEGER,
        end_high INTEGER,
        location TEXT,
        data TEXT NOT NULL,
        UNIQUE (document_id, position)
    )""",
    "CREATE INDEX events_range ON events (start_low, end_high)",
    "CREATE INDEX events_kind ON events (kind)",
    "CREATE INDEX events_status ON events (status)",
    "CREATE INDEX events_id ON events (id)",
    """CREATE TABLE participants (
        event_key INTEGER NOT NULL REFERENCES events (key) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        PRIMARY KEY (event_key, position)
    )""",
    "CREATE INDEX participants_actor ON participants (actor_id, event_key)",
    """CREATE TABLE aliases (
        key INTEGER PRIMARY KEY,
        event_key INTEGER REFERENCES events (key) ON DELETE CASCADE,
        actor_key INTEGER REFERENCES actors (key) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        alias TEXT NOT NULL,
        CHECK ((event_key IS NULL) <> (actor_key IS NULL))
    )""",
    "CREATE INDEX aliases_event ON aliases (event_key, position)",
    "CREATE INDEX aliases_actor ON aliases (actor_key, position)",
    "CREATE INDEX aliases_alias ON aliases (alias)",
    """CREATE TABLE mentions (
        key INTEGER PRIMARY KEY,
        event_key INTEGER REFERENCES events (key) ON DELETE CASCADE,
        actor_key INTEGER REFERENCES actors (key) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        document_id TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        quote TEXT NOT NULL,
        CHECK ((event_key IS NULL) <> (actor_key IS NULL))
    )""",
    "CREATE INDEX mentions_event ON mentions (event_key, position)",
    "CREATE INDEX mentions_actor ON mentions (actor_key, position)",
    "CREATE INDEX mentions_document ON mentions (document_id)",
)
_V1_FULL_TEXT: Final = (
    "CREATE VIRTUAL TABLE event_text USING fts5"
    "(name, aliases, quotes, tokenize = 'unicode61 remove_diacritics 2')"
)


def _schema_v1(connection: sqlite3.Connection, full_text: bool) -> None:
    for statement in _V1_TABLES:
        connection.execute(statement)
    if full_text:
        connection.execute(_V1_FULL_TEXT)


MIGRATIONS: tuple[Migration, ...] = (_schema_v1,)
"""The schema steps in order: step ``n`` takes a store from version ``n`` to ``n + 1``.

A later schema appends a step; existing steps never change.
"""

SCHEMA_VERSION: Final = len(MIGRATIONS)
"""The schema version this library writes (``PRAGMA user_version``)."""

_BUSY_TIMEOUT: Final = 10.0


class AddResult(enum.StrEnum):
    """What :meth:`Store.add` did with a document.

    Examples:
        >>> AddResult.UNCHANGED.value
        'unchanged'
    """

    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


def content_hash(extraction: Extraction) -> str:
    """The SHA-256 hash (hex) of an extraction in the library's canonical JSON.

    Equal extractions have equal hashes, on every machine.

    Examples:
        >>> from diplotimeline.model import Document
        >>> a = Extraction(document=Document(id="d1", text="Talks were held."))
        >>> content_hash(a) == content_hash(Extraction(document=Document(id="d1",
        ...                                            text="Talks were held.")))
        True
        >>> len(content_hash(a))
        64
    """
    data = {"format": FORMAT, **unstructure(extraction)}
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


@functools.cache
def _fts5_available() -> bool:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5 (body)")
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()
    return True


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _fts_query(words: Sequence[str]) -> str:
    # Each word becomes a quoted FTS5 string, so user text is never read as query syntax.
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _range(value: DateSpan | TimePoint | str) -> tuple[int, int]:
    if isinstance(value, str):
        value = DateSpan.parse_iso(value)
    return value.bounds()


class Store:
    """Extractions kept in one SQLite file; open one with :meth:`Store.open`.

    A store is a context manager that closes its connection. It is not shared between
    threads; open one per thread or process (WAL lets them work side by side).

    Examples:
        >>> from diplotimeline.model import Document, Meeting
        >>> with Store.open(":memory:") as store:
        ...     extraction = Extraction(
        ...         document=Document(id="d1", text="Talks in Lima."),
        ...         events=(Meeting(id="d1:e1", name="Lima talks"),))
        ...     [store.add(extraction), store.add(extraction)]
        ...     [event.name for event in store.events(text="lima")]
        [<AddResult.ADDED: 'added'>, <AddResult.UNCHANGED: 'unchanged'>]
        ['Lima talks']
    """

    __slots__ = ("_connection", "_full_text", "_path", "_warned")

    def __init__(self, connection: sqlite3.Connection, *, path: str, full_text: bool) -> None:
        # Internal: Store.open configures the connection and the schema first.
        self._connection = connection
        self._path = path
        self._full_text = full_text
        self._warned = False

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, timeout: float = _BUSY_TIMEOUT) -> Store:
        """Open (or create) the store at ``path`` and bring its schema up to date.

        Args:
            path: The SQLite file, or ``":memory:"`` for a store that lives in memory.
            timeout: Seconds to wait for another process's write lock.

        Raises:
            InputError: If the file is not a SQLite database, is a database of something
                else, has a newer schema than this library knows, or needs FTS5 that
                this SQLite lacks.

        Examples:
            >>> with Store.open(":memory:") as store:
            ...     store.schema_version
            1
        """
        name = os.fspath(path)
        try:
            connection = sqlite3.connect(name, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise InputError(f"cannot open store {name!r}: {exc}", source=name) from None
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            # PRAGMA takes no parameters; the value is an int computed here.
            connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            connection.execute("PRAGMA journal_mode = WAL").fetchone()
            connection.execute("PRAGMA synchronous = FULL")
            _migrate(connection, MIGRATIONS, source=name)
            full_text = _has_table(connection, "event_text")
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise InputError(f"cannot open store {name!r}: {exc}", source=name) from None
        except BaseException:
            connection.close()
            raise
        if full_text and not _fts5_available():
            connection.close()
            raise InputError(
                f"store {name!r} has a full-text index, but this SQLite library lacks FTS5",
                source=name,
            )
        return cls(connection, path=name, full_text=full_text)

    def close(self) -> None:
        """Close the connection (idempotent), letting SQLite refresh its query statistics.

        Examples:
            >>> store = Store.open(":memory:")
            >>> store.close()
            >>> store.close()
        """
        # Closed already, or busy: the statistics can wait for the next close.
        with contextlib.suppress(sqlite3.Error):
            self._connection.execute("PRAGMA optimize")
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self._path!r})"

    @property
    def schema_version(self) -> int:
        """The schema version of the file (``PRAGMA user_version``).

        Examples:
            >>> Store.open(":memory:").schema_version == SCHEMA_VERSION
            True
        """
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    @property
    def has_full_text(self) -> bool:
        """Whether the store has its FTS5 full-text index.

        Examples:
            >>> isinstance(Store.open(":memory:").has_full_text, bool)
            True
        """
        return self._full_text

    @contextlib.contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------

    def add(self, extraction: Extraction) -> AddResult:
        """Store one document's extraction in one transaction.

        Adding an equal extraction again changes nothing; a different extraction of a
        document already stored replaces it.

        Examples:
            >>> from diplotimeline.model import Document
            >>> store = Store.open(":memory:")
            >>> store.add(Extraction(document=Document(id="d1", text="v1")))
            <AddResult.ADDED: 'added'>
            >>> store.add(Extraction(document=Document(id="d1", text="v2")))
            <AddResult.REPLACED: 'replaced'>
            >>> [document.text for document in store.documents()]
            ['v2']
        """
        digest = content_hash(extraction)
        document = extraction.document
        with self._transaction(write=True) as connection:
            row = connection.execute(
                "SELECT content_hash FROM documents WHERE id = ?", (document.id,)
            ).fetchone()
            if row is not None and row[0] == digest:
                return AddResult.UNCHANGED
            if row is not None:
                self._delete(document.id)
            self._insert(extraction, digest)
        return AddResult.ADDED if row is None else AddResult.REPLACED

    def add_all(self, extractions: Iterable[Extraction]) -> dict[AddResult, int]:
        """Add extractions one by one (one transaction each); count what happened.

        Examples:
            >>> from diplotimeline.model import Document
            >>> docs = [Extraction(document=Document(id=f"d{n}", text="")) for n in (1, 2, 1)]
            >>> Store.open(":memory:").add_all(docs)[AddResult.UNCHANGED]
            1
        """
        counts = dict.fromkeys(AddResult, 0)
        for extraction in extractions:
            counts[self.add(extraction)] += 1
        return counts

    def remove(self, document_id: str) -> bool:
        """Delete a document and everything read from it; say whether it was there.

        Examples:
            >>> from diplotimeline.model import Document
            >>> store = Store.open(":memory:")
            >>> _ = store.add(Extraction(document=Document(id="d1", text="")))
            >>> store.remove("d1"), store.remove("d1")
            (True, False)
        """
        with self._transaction(write=True):
            return self._delete(document_id)

    def _delete(self, document_id: str) -> bool:
        connection = self._connection
        if self._full_text:
            connection.execute(
                "DELETE FROM event_text WHERE rowid IN "
                "(SELECT key FROM events WHERE document_id = ?)",
                (document_id,),
            )
        cursor = connection.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        return cursor.rowcount > 0

    def _insert(self, extraction: Extraction, digest: str) -> None:
        connection = self._connection
        document = extraction.document
        connection.execute(
            "INSERT INTO documents (id, content_hash, text, published, published_inferred,"
            " source, title, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.id,
                digest,
                document.text,
                None if document.published is None else document.published.format_iso(),
                int(document.published_inferred),
                document.source,
                document.title,
                document.url,
            ),
        )
        for position, actor in enumerate(extraction.actors):
            data = unstructure(actor, Actor)
            data.pop("aliases", None)
            data.pop("evidence", None)
            cursor = connection.execute(
                "INSERT INTO actors (document_id, position, id, kind, name, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (document.id, position, actor.id, actor.kind.value, actor.name, _dumps(data)),
            )
            self._insert_children("actor_key", cursor.lastrowid, actor.aliases, actor.evidence)
        for position, event in enumerate(extraction.events):
            self._insert_event(document.id, position, event)

    def _insert_event(self, document_id: str, position: int, event: Event) -> None:
        connection = self._connection
        data = unstructure(event, Event)
        for field in ("aliases", "evidence", "participants"):
            data.pop(field, None)
        when = event.when
        low, high = (None, None) if when is None else when.bounds()
        cursor = connection.execute(
            "INSERT INTO events (document_id, position, id, kind, form, name, status, span,"
            " start_low, end_high, location, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                position,
                event.id,
                event.kind.value,
                event.form.value,
                event.name,
                event.status.value,
                None if when is None else when.format_iso(),
                low,
                high,
                event.location,
                _dumps(data),
            ),
        )
        key = cursor.lastrowid
        connection.executemany(
            "INSERT INTO participants (event_key, position, actor_id) VALUES (?, ?, ?)",
            [(key, index, actor_id) for index, actor_id in enumerate(event.participants)],
        )
        self._insert_children("event_key", key, event.aliases, event.evidence)
        if self._full_text:
            connection.execute(
                "INSERT INTO event_text (rowid, name, aliases, quotes) VALUES (?, ?, ?, ?)",
                (
                    key,
                    event.name,
                    "\n".join(event.aliases),
                    "\n".join(evidence.quote for evidence in event.evidence),
                ),
            )

    def _insert_children(
        self, owner: str, key: int | None, aliases: Iterable[str], evidence: Iterable[Any]
    ) -> None:
        # ``owner`` is one of two column names fixed in this module, never user input.
        assert owner in ("actor_key", "event_key")
        self._connection.executemany(
            f"INSERT INTO aliases ({owner}, position, alias) VALUES (?, ?, ?)",
            [(key, index, alias) for index, alias in enumerate(aliases)],
        )
        self._connection.executemany(
            f"INSERT INTO mentions ({owner}, position, document_id, start_char, end_char,"
            " quote) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (key, index, item.document, item.start, item.end, item.quote)
                for index, item in enumerate(evidence)
            ],
        )

    # -- reading ------------------------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        """Every stored document, by id.

        Examples:
            >>> Store.open(":memory:").documents()
            ()
        """
        rows = self._connection.execute(
            "SELECT id, text, published, published_inferred, source, title, url"
            " FROM documents ORDER BY id"
        ).fetchall()
        return tuple(_document(row) for row in rows)

    def actors(self) -> dict[str, Actor]:
        """Every actor by id; where documents differ, the first document's (by id) wins.

        Examples:
            >>> Store.open(":memory:").actors()
            {}
        """
        with self._transaction(write=False):
            actors = self._load_actors("1 = 1", ())
        found: dict[str, Actor] = {}
        for _document_id, actor in actors:
            found.setdefault(actor.id, actor)
        return dict(sorted(found.items()))

    def extractions(self) -> tuple[Extraction, ...]:
        """Everything stored, as one extraction per document, by document id.

        Each extraction equals the one that was added.

        Examples:
            >>> from diplotimeline.model import Document
            >>> store = Store.open(":memory:")
            >>> original = Extraction(document=Document(id="d1", text="Talks."))
            >>> _ = store.add(original)
            >>> store.extractions() == (original,)
            True
        """
        with self._transaction(write=False):
            rows = self._connection.execute(
                "SELECT id, text, published, published_inferred, source, title, url"
                " FROM documents ORDER BY id"
            ).fetchall()
            actors: dict[str, list[Actor]] = defaultdict(list)
            for document_id, actor in self._load_actors("1 = 1", ()):
                actors[document_id].append(actor)
            events: dict[str, list[Event]] = defaultdict(list)
            for document_id, event in self._load_events("1 = 1", ()):
                events[document_id].append(event)
        return tuple(
            Extraction(document=_document(row), actors=actors[row[0]], events=events[row[0]])
            for row in rows
        )

    def events(
        self,
        *,
        between: DateSpan | TimePoint | str | None = None,
        overlapping: DateSpan | TimePoint | str | None = None,
        actor: str | None = None,
        kind: EventKind | str | None = None,
        status: Status | str | None = None,
        text: str | None = None,
    ) -> tuple[Event, ...]:
        """The stored events that pass every filter given, in timeline order.

        Args:
            between: Keep events whose date lies wholly inside this span (a DateSpan, a
                time point or an ISO text such as ``"2025-04/2025-06"``).
            overlapping: Keep events whose date shares at least a minute with it.
            actor: Keep events in which this actor takes part: its id, or the exact name
                or alias of an actor stored with any document.
            kind: Keep events of this kind.
            status: Keep events of this status.
            text: Keep events whose name, aliases or evidence quotes contain every word
                of ``text`` (case and diacritics ignored).

        Raises:
            UsageError: For an unknown kind or status, or a ``text`` without words.

        Examples:
            >>> from diplotimeline.model import Document, Meeting
            >>> store = Store.open(":memory:")
            >>> _ = store.add(Extraction(document=Document(id="d1", text=""), events=(
            ...     Meeting(id="d1:e1", name="Summit", when=DateSpan.parse_iso("2025-04-28")),
            ...     Meeting(id="d1:e2", name="Forum", when=DateSpan.parse_iso("2025-06")))))
            >>> [event.name for event in store.events(between="2025-04")]
            ['Summit']
        """
        clauses: list[str] = []
        params: list[Any] = []
        if between is not None:
            low, high = _range(between)
            clauses.append("e.start_low >= ? AND e.end_high <= ?")
            params += [low, high]
        if overlapping is not None:
            low, high = _range(overlapping)
            clauses.append("e.start_low < ? AND e.end_high > ?")
            params += [high, low]
        if actor is not None:
            clauses.append(
                "e.key IN (SELECT p.event_key FROM participants p WHERE p.actor_id IN"
                " (SELECT ? UNION SELECT a.id FROM actors a WHERE a.name = ?"
                " UNION SELECT a.id FROM aliases s JOIN actors a ON a.key = s.actor_key"
                " WHERE s.alias = ?))"
            )
            params += [actor, actor, actor]
        if kind is not None:
            clauses.append("e.kind = ?")
            params.append(_member(EventKind, kind, "kind"))
        if status is not None:
            clauses.append("e.status = ?")
            params.append(_member(Status, status, "status"))
        if text is not None:
            clause, values = self._text_filter(text)
            clauses.append(clause)
            params += values
        where = " AND ".join(clauses) or "1 = 1"
        with self._transaction(write=False):
            found = [event for _document_id, event in self._load_events(where, params)]
        return tuple(sorted(found, key=event_sort_key))

    def _text_filter(self, text: str) -> tuple[str, list[Any]]:
        words = [word for word in text.split() if any(char.isalnum() for char in word)]
        if not words:
            raise UsageError(f"text must hold at least one word, got {text!r}")
        if self._full_text:
            return (
                "e.key IN (SELECT rowid FROM event_text WHERE event_text MATCH ?)",
                [_fts_query(words)],
            )
        if not self._warned:
            self._warned = True
            warnings.warn(
                "this SQLite library lacks FTS5: text search falls back to a slow substring search",
                DiplotimelineWarning,
                stacklevel=3,
            )
        one = (
            "(e.name LIKE ? ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM aliases a WHERE a.event_key = e.key"
            " AND a.alias LIKE ? ESCAPE '\\')"
            " OR EXISTS (SELECT 1 FROM mentions m WHERE m.event_key = e.key"
            " AND m.quote LIKE ? ESCAPE '\\'))"
        )
        params: list[Any] = []
        for word in words:
            params += [_like(word)] * 3
        return " AND ".join([one] * len(words)), params

    def check(self) -> tuple[str, ...]:
        """Problems SQLite finds in the file (integrity and foreign keys); empty when sound.

        Examples:
            >>> Store.open(":memory:").check()
            ()
        """
        connection = self._connection
        problems = [
            row[0]
            for row in connection.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        problems += [
            f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}"
            for row in connection.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return tuple(problems)

    # -- loading helpers (inside a read transaction) ------------------------------------

    def _children(
        self, table: str, owner: str, columns: str, keys: str, params: Sequence[Any]
    ) -> dict[int, list[tuple[Any, ...]]]:
        # ``table``, ``owner``, ``columns`` and ``keys`` are constant SQL of this module.
        rows = self._connection.execute(
            f"SELECT {owner}, {columns} FROM {table} WHERE {owner} IN ({keys})"
            f" ORDER BY {owner}, position",
            params,
        ).fetchall()
        grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in rows:
            grouped[row[0]].append(row[1:])
        return grouped

    def _load_actors(self, where: str, params: Sequence[Any]) -> list[tuple[str, Actor]]:
        keys = f"SELECT a.key FROM actors a WHERE {where}"
        rows = self._connection.execute(
            f"SELECT a.key, a.document_id, a.position, a.data FROM actors a WHERE {where}",
            params,
        ).fetchall()
        # Sorted here, not by ORDER BY, so that SQLite picks the filter's index.
        rows.sort(key=lambda row: (row[1], row[2]))
        aliases = self._children("aliases", "actor_key", "alias", keys, params)
        mentions = self._children(
            "mentions", "actor_key", "document_id, start_char, end_char, quote", keys, params
        )
        loaded: list[Any] = []
        for key, document_id, _position, data in rows:
            value = json.loads(data)
            value["aliases"] = [alias for (alias,) in aliases.get(key, ())]
            value["evidence"] = _evidence(mentions.get(key, ()))
            loaded.append((document_id, structure(value, Actor)))
        return loaded

    def _load_events(self, where: str, params: Sequence[Any]) -> list[tuple[str, Event]]:
        keys = f"SELECT e.key FROM events e WHERE {where}"
        rows = self._connection.execute(
            f"SELECT e.key, e.document_id, e.position, e.data FROM events e WHERE {where}",
            params,
        ).fetchall()
        # Sorted here, not by ORDER BY, so that SQLite picks the filter's index.
        rows.sort(key=lambda row: (row[1], row[2]))
        participants = self._children("participants", "event_key", "actor_id", keys, params)
        aliases = self._children("aliases", "event_key", "alias", keys, params)
        mentions = self._children(
            "mentions", "event_key", "document_id, start_char, end_char, quote", keys, params
        )
        loaded: list[Any] = []
        for key, document_id, _position, data in rows:
            value = json.loads(data)
            value["participants"] = [actor_id for (actor_id,) in participants.get(key, ())]
            value["aliases"] = [alias for (alias,) in aliases.get(key, ())]
            value["evidence"] = _evidence(mentions.get(key, ()))
            loaded.append((document_id, structure(value, Event)))
        return loaded


def _evidence(rows: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    return [
        {"document": document, "start": start, "end": end, "quote": quote}
        for document, start, end, quote in rows
    ]


def _document(row: tuple[Any, ...]) -> Document:
    document_id, text, published, inferred, source, title, url = row
    return Document(
        id=document_id,
        text=text,
        published=None if published is None else PartialDate.parse_iso(published),
        published_inferred=bool(inferred),
        source=source,
        title=title,
        url=url,
    )


def _member(kind: type[EventKind] | type[Status], value: str, name: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        raise UsageError(
            f"{name} must be one of {[member.value for member in kind]}, got {value!r}"
        ) from None


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _migrate(
    connection: sqlite3.Connection, migrations: Sequence[Migration], *, source: str
) -> None:
    target = len(migrations)
    if connection.execute("PRAGMA user_version").fetchone()[0] == target:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the write lock: another process may have migrated meanwhile.
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > target:
            raise InputError(
                f"store {source!r} has schema version {version}, newer than this library's"
                f" {target}; upgrade diplotimeline",
                source=source,
            )
        if version == 0:
            foreign = connection.execute(
                "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1"
            ).fetchone()
            if foreign is not None:
                raise InputError(
                    f"{source!r} is a SQLite database of something else"
                    f" (it holds {foreign[0]!r}), not a diplotimeline store",
                    source=source,
                )
        full_text = _fts5_available()
        for step in migrations[version:]:
            step(connection, full_text)
        # PRAGMA takes no parameters; the value is an int computed here.
        connection.execute(f"PRAGMA user_version = {int(target)}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
