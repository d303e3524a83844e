"""Reading gazetteer TSV files: header and column checks, row parsing, cross-file validation.

Private to :mod:`diplotimeline.extract.gazetteer`, which documents the file format and whose
:func:`~diplotimeline.extract.gazetteer.load_gazetteer` calls :func:`load_files`. Every
problem becomes a :class:`~diplotimeline.errors.RuleFileError` with ``path`` and ``line``; all
of them are raised together in an ``ExceptionGroup`` once every file has been read.
"""

from __future__ import annotations

import enum
import functools
import importlib.resources
import re
import zoneinfo
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import attrs

from diplotimeline.errors import RuleFileError
from diplotimeline.extract.gazetteer import (
    _ALPHA2,
    _ALPHA3,
    _SLUG,
    GAZETTEER_SCHEMA,
    CountryEntry,
    Gazetteer,
    GazetteerEntry,
    GazetteerTable,
    OrganizationEntry,
    OrganizationType,
    PlaceEntry,
    PlaceKind,
    TitleCategory,
    TitleEntry,
    TitleKind,
    UNMembership,
    _country_keys,
    _Entry,
    _organization_keys,
    fold,
)

_ZONE: Final = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]{0,40}(?:/[A-Za-z0-9_+\-]{1,40}){0,3}")
_COMMENT_KEY: Final = re.compile(
    r"#\s{0,5}(?P<key>schema|description|kind)\s{0,5}:\s{0,5}(?P<value>.*)"
)


@attrs.frozen
class _Located:
    """An entry with the file and line it came from, for error messages."""

    entry: GazetteerEntry
    path: str
    line: int


@attrs.define
class _Row:
    """One data row being converted; problems go to the loader's list."""

    cells: dict[str, str]
    path: str
    line: int
    errors: list[RuleFileError]
    failed: bool = False

    def error(self, message: str) -> None:
        self.failed = True
        self.errors.append(RuleFileError(message, path=self.path, line=self.line))

    def text(self, column: str) -> str:
        value = self.cells[column]
        if not value:
            self.error(f"column {column!r} must not be empty")
        return value

    def items(self, column: str) -> tuple[str, ...]:
        values = (
            tuple(item.strip() for item in self.cells[column].split("|"))
            if self.cells[column]
            else ()
        )
        if any(not item for item in values):
            self.error(f"column {column!r} has an empty item in {self.cells[column]!r}")
        return tuple(item for item in values if item)

    def choice(self, column: str, enum_type: type[enum.StrEnum]) -> Any:
        value = self.cells[column]
        try:
            return enum_type(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum_type)
            self.error(f"column {column!r} must be one of {allowed}; got {value!r}")
            return None

    def code(self, column: str, pattern: re.Pattern[str], what: str) -> str:
        value = self.cells[column]
        if pattern.fullmatch(value) is None:
            self.error(f"column {column!r} must be {what}, got {value!r}")
        return value

    def zone(self, column: str) -> str:
        value = self.text(column)
        if value and not _is_zone(value):
            self.error(f"column {column!r}: unknown IANA time zone {value!r}")
        return value


@functools.cache
def _is_zone(name: str) -> bool:
    if _ZONE.fullmatch(name) is None:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _country(row: _Row) -> CountryEntry | None:
    code = row.code("id", _ALPHA2, "an ISO 3166-1 alpha-2 code in lower case")
    alpha3 = row.code("alpha3", _ALPHA3, "an ISO 3166-1 alpha-3 code in upper case")
    name, official_name = row.text("name"), row.text("official_name")
    variants, demonyms = row.items("variants"), row.items("demonyms")
    capital, timezone = row.text("capital"), row.zone("timezone")
    membership = row.choice("un_member", UNMembership)
    if row.failed:
        return None
    return CountryEntry(
        id=code,
        alpha3=alpha3,
        name=name,
        official_name=official_name,
        variants=variants,
        demonyms=demonyms,
        capital=capital,
        timezone=timezone,
        un_member=membership,
    )


def _organization(row: _Row) -> OrganizationEntry | None:
    code = row.code("id", _SLUG, "a lower-case slug such as 'world-bank'")
    name, variants = row.text("name"), row.items("variants")
    kind = row.choice("type", OrganizationType)
    country = row.cells["country"] or None
    if country is not None:
        row.code("country", _ALPHA2, "an ISO 3166-1 alpha-2 code in lower case")
    if kind is OrganizationType.NATIONAL_AGENCY and country is None:
        row.error("a national-agency row needs its home country in column 'country'")
    if kind is not None and kind is not OrganizationType.NATIONAL_AGENCY and country is not None:
        row.error(f"only national-agency rows name a country; this one is {kind.value!r}")
    if row.failed:
        return None
    return OrganizationEntry(
        id=code,
        name=name,
        acronym=row.cells["acronym"] or None,
        variants=variants,
        type=kind,
        country=country,
    )


def _title(row: _Row) -> TitleEntry | None:
    title, variants = row.text("title"), row.items("variants")
    kind, category = row.choice("kind", TitleKind), row.choice("category", TitleCategory)
    leader = row.cells["is_leader"]
    if leader not in {"yes", "no"}:
        row.error(f"column 'is_leader' must be yes or no, got {leader!r}")
    if row.failed:
        return None
    return TitleEntry(
        title=title, variants=variants, kind=kind, category=category, is_leader=leader == "yes"
    )


def _place(row: _Row) -> PlaceEntry | None:
    name, variants = row.text("name"), row.items("variants")
    country = row.code("country", _ALPHA2, "an ISO 3166-1 alpha-2 code in lower case")
    timezone, kind = row.zone("timezone"), row.choice("kind", PlaceKind)
    if row.failed:
        return None
    return PlaceEntry(name=name, variants=variants, country=country, timezone=timezone, kind=kind)


_BUILDERS: Final[Mapping[GazetteerTable, Callable[[_Row], GazetteerEntry | None]]] = (
    MappingProxyType(
        {
            GazetteerTable.COUNTRIES: _country,
            GazetteerTable.FORMER_STATES: _country,
            GazetteerTable.ORGANIZATIONS: _organization,
            GazetteerTable.TITLES: _title,
            GazetteerTable.PLACES: _place,
        }
    )
)


def _key(entry: GazetteerEntry) -> str:
    """The key under which a later file replaces an entry."""
    if isinstance(entry, CountryEntry | OrganizationEntry):
        return entry.id
    if isinstance(entry, TitleEntry):
        return fold(entry.title)
    return fold(entry.name)


def _forms(entry: GazetteerEntry) -> tuple[str, ...]:
    """Every surface form and code that must point at this entry alone."""
    if isinstance(entry, CountryEntry):
        return _country_keys(entry)
    if isinstance(entry, OrganizationEntry):
        return _organization_keys(entry)
    return entry.names


def _table_of(path: str, declared: str | None) -> GazetteerTable | None:
    if declared is not None:
        try:
            return GazetteerTable(declared)
        except ValueError:
            return None
    stem = Path(path).stem
    for table in GazetteerTable:
        if stem == table.value or (
            stem.startswith(table.value) and stem[len(table.value)] in "-_."
        ):
            return table
    return None


@attrs.define
class _Loader:
    """Accumulates the rows of every file, table by table, and every problem found."""

    errors: list[RuleFileError] = attrs.field(factory=list)
    tables: dict[GazetteerTable, dict[str, _Located]] = attrs.field(
        factory=lambda: {table: {} for table in GazetteerTable}
    )

    def error(self, message: str, *, path: str, line: int | None = None) -> None:
        self.errors.append(RuleFileError(message, path=path, line=line))

    def add_file(self, source: str, *, path: str, table: GazetteerTable | None = None) -> None:
        """Read one TSV file; ``table`` is None for a user file, found from its header or name."""
        lines = source.splitlines()
        header: dict[str, str] = {}
        columns_at = 0
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            if not line.startswith("#"):
                columns_at = number
                break
            found = _COMMENT_KEY.fullmatch(line.strip())
            if found is not None:
                header.setdefault(found["key"], found["value"].strip())
        first = _COMMENT_KEY.fullmatch(lines[0].strip()) if lines else None
        if first is None or first["key"] != "schema":
            self.error(f"expected '# schema: {GAZETTEER_SCHEMA}' on line 1", path=path, line=1)
            return
        if first["value"].strip() != str(GAZETTEER_SCHEMA):
            self.error(
                f"unsupported schema {first['value'].strip()!r}, expected {GAZETTEER_SCHEMA}",
                path=path,
                line=1,
            )
            return
        if len(lines) < 2 or not lines[1].startswith("# description"):
            self.error("expected a '# description: ...' line on line 2", path=path, line=2)
        if table is None:
            table = _table_of(path, header.get("kind"))
            if table is None:
                names = ", ".join(member.value for member in GazetteerTable)
                self.error(
                    f"cannot tell which table this file extends: add a '# kind: <table>' line "
                    f"({names}) or name the file after the table",
                    path=path,
                    line=1,
                )
                return
        if columns_at == 0:
            self.error("expected a line naming the columns", path=path, line=len(lines) + 1)
            return
        columns = tuple(cell.strip() for cell in lines[columns_at - 1].split("\t"))
        if columns != table.columns:
            self.error(
                f"expected the columns {', '.join(table.columns)} (tab-separated) for "
                f"{table.value}, got {', '.join(columns)}",
                path=path,
                line=columns_at,
            )
            return
        seen: dict[str, int] = {}
        for number in range(columns_at + 1, len(lines) + 1):
            line = lines[number - 1]
            if not line.strip() or line.startswith("#"):
                continue
            self._add_row(line, table=table, path=path, line=number, seen=seen)

    def _add_row(
        self, text: str, *, table: GazetteerTable, path: str, line: int, seen: dict[str, int]
    ) -> None:
        cells = [cell.strip() for cell in text.split("\t")]
        if len(cells) != len(table.columns):
            self.error(
                f"expected {len(table.columns)} tab-separated columns, got {len(cells)}",
                path=path,
                line=line,
            )
            return
        row = _Row(dict(zip(table.columns, cells, strict=True)), path, line, self.errors)
        entry = _BUILDERS[table](row)
        if entry is None:
            return
        key = _key(entry)
        if key in seen:
            self.error(f"duplicate key {key!r} (first on line {seen[key]})", path=path, line=line)
            return
        seen[key] = line
        self.tables[table][key] = _Located(entry, path, line)

    def check(self) -> None:
        """Cross-table and cross-file checks, once every file is read."""
        countries = self.tables[GazetteerTable.COUNTRIES]
        # A former state's withdrawn code and its names are no current country's.
        current = {fold(form) for located in countries.values() for form in _forms(located.entry)}
        for located in self.tables[GazetteerTable.FORMER_STATES].values():
            for form in _forms(located.entry):
                if fold(form) in current:
                    self.error(
                        f"former state's {form!r} is a current country's",
                        path=located.path,
                        line=located.line,
                    )
        for table in (GazetteerTable.ORGANIZATIONS, GazetteerTable.PLACES):
            for located in self.tables[table].values():
                country = getattr(located.entry, "country", None)
                if country is not None and country not in countries:
                    self.error(f"unknown country {country!r}", path=located.path, line=located.line)
        # Countries and bodies are actors of one document side by side: one id, one actor.
        for located in self.tables[GazetteerTable.ORGANIZATIONS].values():
            entry = located.entry
            if isinstance(entry, OrganizationEntry) and entry.id in countries:
                self.error(
                    f"organization id {entry.id!r} is also a country's id; give the body "
                    "another id (such as a slug of its name)",
                    path=located.path,
                    line=located.line,
                )
        for table in GazetteerTable:
            claimed: dict[str, _Located] = {}
            for located in self.tables[table].values():
                for form in _forms(located.entry):
                    folded = fold(form)
                    owner = claimed.setdefault(folded, located)
                    if owner is not located:
                        self.error(
                            f"{form!r} already names {_key(owner.entry)!r} "
                            f"({owner.path}, line {owner.line})",
                            path=located.path,
                            line=located.line,
                        )

    def build(self) -> Gazetteer:
        if self.errors:
            raise ExceptionGroup(f"gazetteer files have {len(self.errors)} problem(s)", self.errors)
        return Gazetteer.from_entries(
            countries=self._entries(GazetteerTable.COUNTRIES, CountryEntry),
            former_states=self._entries(GazetteerTable.FORMER_STATES, CountryEntry),
            organizations=self._entries(GazetteerTable.ORGANIZATIONS, OrganizationEntry),
            titles=self._entries(GazetteerTable.TITLES, TitleEntry),
            places=self._entries(GazetteerTable.PLACES, PlaceEntry),
        )

    def _entries(self, table: GazetteerTable, kind: type[_Entry]) -> list[_Entry]:
        rows = self.tables[table].values()
        return [located.entry for located in rows if isinstance(located.entry, kind)]


def load_files(extra_paths: tuple[str | Path, ...]) -> Gazetteer:
    """Read the packaged tables, then each extra file; check everything; build the gazetteer.

    Args:
        extra_paths: User TSV files, applied in order after the packaged ones.

    Returns:
        The gazetteer.

    Raises:
        ExceptionGroup: Of :class:`~diplotimeline.errors.RuleFileError`, one per problem.

    Examples:
        >>> load_files(()).country("Kenya").capital
        'Nairobi'
    """
    loader = _Loader()
    package = importlib.resources.files("diplotimeline.data").joinpath("gazetteers")
    for table in GazetteerTable:
        source = package.joinpath(f"{table.value}.tsv").read_text(encoding="utf-8")
        loader.add_file(source, path=f"gazetteers/{table.value}.tsv", table=table)
    for extra in extra_paths:
        try:
            source = Path(extra).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            loader.error(f"cannot read the file: {exc}", path=str(extra))
            continue
        loader.add_file(source, path=str(extra))
    loader.check()
    return loader.build()
