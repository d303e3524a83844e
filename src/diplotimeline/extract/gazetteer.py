"""Gazetteers: countries, organisations, titles and places; their TSV schema, loader and lookups.

The package ships five tab-separated files under ``data/gazetteers/``: ``countries.tsv``,
``organizations.tsv``, ``titles.tsv``, ``places.tsv`` and ``former_states.tsv`` (states that
no longer exist, such as Czechoslovakia and the Soviet Union, with their withdrawn ISO codes
and the countries' columns; looked up like countries, not listed among them). Each starts
with ``# schema: 1`` on line 1 and a ``# description: ...`` line on line 2; further ``#``
lines are comments. The first other line names the columns, exactly as below; every later
line is one entry. A list cell holds values separated by ``|``; an empty cell is an empty
list or "none".

==============  =============================================================================
table           columns
==============  =============================================================================
countries       id, alpha3, name, official_name, variants, demonyms, capital, timezone,
                un_member (``yes``, ``observer`` or ``no``)
organizations   id, name, acronym, variants, type, country (alpha-2, national agencies only)
titles          title, variants, kind (office, honorific, modifier), category, is_leader
places          name, variants, country, timezone, kind (capital, city, province, region)
former_states   the columns of countries (``un_member`` ``no``)
==============  =============================================================================

Extending the data without editing the package: pass your own files to
:func:`load_gazetteer`. A file says which table it extends with a ``# kind: <table>``
comment line before its column line; without one, its file name decides: the stem must be
the table's name, optionally followed by ``-``, ``_`` or ``.`` and anything
(``places-extra.tsv``). A row whose key (a country's or organisation's id, a title's or a
place's folded name) is already known replaces the packaged row; other rows are added.

Everything is checked at load time (schema line, columns, ids and alpha-2 codes, enum
values, IANA time zone names, references to unknown countries, an id or a surface form used
twice) and every problem is raised at once: a :class:`~diplotimeline.errors.RuleFileError`
(with ``path`` and ``line``) per problem, together in an ``ExceptionGroup``.

Lookups fold case, diacritics, curly quotes and dashes (see :func:`fold`), so "Viet Nam",
"Việt Nam" and "VIET NAM" all find the same entry.

Examples:
    >>> gazetteer = load_gazetteer()
    >>> gazetteer.country("Việt Nam").id
    'vn'
    >>> gazetteer.organization("Group of Twenty").id
    'g20'
    >>> gazetteer.place("Da Nang").timezone
    'Asia/Ho_Chi_Minh'
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeAlias, TypeVar

import attrs

from diplotimeline.errors import InvalidValueError

__all__ = [
    "GAZETTEER_SCHEMA",
    "CountryEntry",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerTable",
    "OrganizationEntry",
    "OrganizationType",
    "PlaceEntry",
    "PlaceKind",
    "TitleCategory",
    "TitleEntry",
    "TitleKind",
    "UNMembership",
    "fold",
    "is_case_sensitive",
    "load_gazetteer",
]

GAZETTEER_SCHEMA: Final = 1
"""The gazetteer file schema this loader reads (the ``# schema:`` line)."""

_ALPHA2: Final = re.compile(r"[a-z]{2}")
_ALPHA3: Final = re.compile(r"[A-Z]{3}")
_SLUG: Final = re.compile(r"[a-z0-9]{1,40}(?:[-.][a-z0-9]{1,40}){0,10}")

# Letters that Unicode does not decompose into a base letter and a combining mark.
_LETTERS: Final = str.maketrans(
    {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH"}
    | dict(zip("đĐðÐøØłŁħĦı", "dDdDoOlLhHi", strict=True))
)
_SINGLE_QUOTES: Final = "‘’‚‛ʼʻ`´′"
_DOUBLE_QUOTES: Final = "“”„‟″"
_DASHES: Final = "‐‑‒–—―−﹘﹣－"
_PUNCTUATION: Final = str.maketrans(
    _SINGLE_QUOTES + _DOUBLE_QUOTES + _DASHES,
    "'" * len(_SINGLE_QUOTES) + '"' * len(_DOUBLE_QUOTES) + "-" * len(_DASHES),
)


def fold(text: str) -> str:
    """Fold text into a lookup key: no case, no diacritics, plain quotes and hyphens.

    NFKD-decomposes and drops combining marks, spells out letters Unicode does not
    decompose (``đ`` -> ``d``, ``ø`` -> ``o``, ``ł`` -> ``l``), casefolds, turns curly quotes
    and every dash into ``'``, ``"`` and ``-``, collapses runs of white space and drops spaces
    around hyphens. Other punctuation stays, so "U.S." and "US" remain different keys. The
    result is a key, not a view of the text: its length may differ from the input's.

    Args:
        text: A name as written.

    Returns:
        The folded key.

    Examples:
        >>> fold("Việt Nam")
        'viet nam'
        >>> fold("Đà Nẵng")
        'da nang'
        >>> fold("Côte d’Ivoire") == fold("Cote d'Ivoire")
        True
        >>> fold("ASEAN – Japan")
        'asean-japan'
    """
    if text.isascii():
        # The common case, and a fast one: for ASCII, NFKD changes nothing, casefolding is
        # lowering, and the backtick is the only character the tables map.
        folded = " ".join(text.replace("`", "'").lower().split())
        return folded.replace(" -", "-").replace("- ", "-")
    # Casefolding can itself produce combining marks ("İ" -> "i" + dot above), hence two passes.
    folded = " ".join(_bare(_bare(text).casefold()).split())
    return folded.replace(" -", "-").replace("- ", "-")


def _bare(text: str) -> str:
    """NFKD without combining marks, with plain quotes and dashes and spelt-out letters."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION).translate(_LETTERS))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.translate(_PUNCTUATION).translate(_LETTERS)


def is_case_sensitive(form: str) -> bool:
    """Say whether a surface form must be matched with its case (it has no lower-case letter).

    Acronyms and abbreviations such as "US", "WHO", "NAM" or "H.E." are ordinary words
    when written in lower case; matchers built from :meth:`Gazetteer.names` should match
    such forms case-sensitively and all others case-insensitively.

    Args:
        form: A surface form from a gazetteer.

    Returns:
        True when ``form`` has letters and none of them is lower case.

    Examples:
        >>> is_case_sensitive("WHO"), is_case_sensitive("U.S."), is_case_sensitive("Quad")
        (True, True, False)
    """
    letters = [char for char in form if char.isalpha()]
    return bool(letters) and not any(char.islower() for char in letters)


def _unique(forms: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(form for form in forms if form))


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _non_empty(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(
            f"{attribute.name} must be a non-empty string, got {value!r}", value=value
        )


def _non_empty_items(_instance: object, attribute: Any, value: tuple[Any, ...]) -> None:
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValueError(
                f"{attribute.name} must hold non-empty strings, got {item!r}", value=item
            )


def _matching(pattern: re.Pattern[str], what: str) -> Callable[[object, Any, Any], None]:
    def check(_instance: object, attribute: Any, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, str) or pattern.fullmatch(value) is None:
            raise InvalidValueError(f"{attribute.name} must be {what}, got {value!r}", value=value)

    return check


class GazetteerTable(enum.StrEnum):
    """The gazetteer tables; the value is the packaged file's stem.

    Examples:
        >>> GazetteerTable("places").columns
        ('name', 'variants', 'country', 'timezone', 'kind')
    """

    COUNTRIES = "countries"
    ORGANIZATIONS = "organizations"
    TITLES = "titles"
    PLACES = "places"
    FORMER_STATES = "former_states"

    @property
    def columns(self) -> tuple[str, ...]:
        """The column names of this table, in file order."""
        return _COLUMNS[self]


_COLUMNS: Final[Mapping[GazetteerTable, tuple[str, ...]]] = MappingProxyType(
    {
        GazetteerTable.COUNTRIES: (
            "id",
            "alpha3",
            "name",
            "official_name",
            "variants",
            "demonyms",
            "capital",
            "timezone",
            "un_member",
        ),
        GazetteerTable.ORGANIZATIONS: ("id", "name", "acronym", "variants", "type", "country"),
        GazetteerTable.TITLES: ("title", "variants", "kind", "category", "is_leader"),
        GazetteerTable.PLACES: ("name", "variants", "country", "timezone", "kind"),
        GazetteerTable.FORMER_STATES: (
            "id",
            "alpha3",
            "name",
            "official_name",
            "variants",
            "demonyms",
            "capital",
            "timezone",
            "un_member",
        ),
    }
)


class UNMembership(enum.StrEnum):
    """A country's standing at the United Nations (the ``un_member`` column).

    Examples:
        >>> UNMembership("observer")
        <UNMembership.OBSERVER: 'observer'>
    """

    MEMBER = "yes"
    OBSERVER = "observer"
    NON_MEMBER = "no"


class OrganizationType(enum.StrEnum):
    """What kind of body an organisation is (the ``type`` column).

    Examples:
        >>> OrganizationType("national-agency").name
        'NATIONAL_AGENCY'
    """

    INTERGOVERNMENTAL = "intergovernmental"
    REGIONAL = "regional"
    UN_AGENCY = "un-agency"
    FINANCIAL = "financial"
    NATIONAL_AGENCY = "national-agency"
    FORUM = "forum"
    COURT = "court"
    ALLIANCE = "alliance"
    NON_GOVERNMENTAL = "non-governmental"


class TitleKind(enum.StrEnum):
    """Whether a title row is an office, an honorific before a name, or a modifier.

    Examples:
        >>> TitleKind("honorific")
        <TitleKind.HONORIFIC: 'honorific'>
    """

    OFFICE = "office"
    HONORIFIC = "honorific"
    MODIFIER = "modifier"


class TitleCategory(enum.StrEnum):
    """The area a title belongs to (the ``category`` column).

    Examples:
        >>> TitleCategory("head-of-government").value
        'head-of-government'
    """

    HEAD_OF_STATE = "head-of-state"
    HEAD_OF_GOVERNMENT = "head-of-government"
    MINISTER = "minister"
    DEPUTY = "deputy"
    DIPLOMAT = "diplomat"
    PARTY = "party"
    LEGISLATURE = "legislature"
    MILITARY = "military"
    OFFICIAL = "official"
    JUDICIAL = "judicial"
    ROYAL = "royal"
    RELIGIOUS = "religious"
    COURTESY = "courtesy"
    ACADEMIC = "academic"
    HONOUR = "honour"
    STATUS = "status"


class PlaceKind(enum.StrEnum):
    """What a place is: a capital, another city, a first-level division or a region.

    Examples:
        >>> PlaceKind("capital")
        <PlaceKind.CAPITAL: 'capital'>
    """

    CAPITAL = "capital"
    CITY = "city"
    PROVINCE = "province"
    REGION = "region"


@attrs.frozen(kw_only=True)
class CountryEntry:
    """A country or territory as the gazetteer knows it.

    Examples:
        >>> entry = CountryEntry(
        ...     id="la", alpha3="LAO", name="Laos",
        ...     official_name="Lao People's Democratic Republic",
        ...     variants=["Lao PDR"], demonyms=["Lao", "Laotian"], capital="Vientiane",
        ...     timezone="Asia/Vientiane", un_member=UNMembership.MEMBER,
        ... )
        >>> entry.names
        ('Laos', "Lao People's Democratic Republic", 'Lao PDR')
    """

    id: str = attrs.field(validator=_matching(_ALPHA2, "an ISO 3166-1 alpha-2 code in lower case"))
    alpha3: str = attrs.field(
        validator=_matching(_ALPHA3, "an ISO 3166-1 alpha-3 code in upper case")
    )
    name: str = attrs.field(validator=_non_empty)
    official_name: str = attrs.field(validator=_non_empty)
    variants: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_non_empty_items
    )
    demonyms: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_non_empty_items
    )
    capital: str = attrs.field(validator=_non_empty)
    timezone: str = attrs.field(validator=_non_empty)
    un_member: UNMembership = UNMembership.NON_MEMBER

    @property
    def names(self) -> tuple[str, ...]:
        """The display name, the official name and the variants, without repeats."""
        return _unique((self.name, self.official_name, *self.variants))


@attrs.frozen(kw_only=True)
class OrganizationEntry:
    """An international, regional or national body.

    Examples:
        >>> OrganizationEntry(
        ...     id="g7", name="Group of Seven", acronym="G7", variants=["G-7"],
        ...     type=OrganizationType.FORUM,
        ... ).names
        ('Group of Seven', 'G7', 'G-7')
    """

    id: str = attrs.field(validator=_matching(_SLUG, "a lower-case slug such as 'world-bank'"))
    name: str = attrs.field(validator=_non_empty)
    acronym: str | None = None
    variants: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_non_empty_items
    )
    type: OrganizationType
    country: str | None = attrs.field(
        default=None, validator=_matching(_ALPHA2, "an ISO 3166-1 alpha-2 code in lower case")
    )

    @property
    def names(self) -> tuple[str, ...]:
        """The full name, the acronym and the variants, without repeats."""
        return _unique((self.name, self.acronym or "", *self.variants))


@attrs.frozen(kw_only=True)
class TitleEntry:
    """An office ("Foreign Minister"), an honorific ("H.E.") or a modifier ("former").

    Examples:
        >>> TitleEntry(
        ...     title="Premier", kind=TitleKind.OFFICE, category=TitleCategory.HEAD_OF_GOVERNMENT,
        ...     is_leader=True,
        ... ).names
        ('Premier',)
    """

    title: str = attrs.field(validator=_non_empty)
    variants: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_non_empty_items
    )
    kind: TitleKind
    category: TitleCategory
    is_leader: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical title and its variants, without repeats."""
        return _unique((self.title, *self.variants))


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A capital, city, province or region, with its country and IANA time zone.

    Examples:
        >>> PlaceEntry(
        ...     name="Hanoi", variants=["Hà Nội"], country="vn", timezone="Asia/Ho_Chi_Minh",
        ...     kind=PlaceKind.CAPITAL,
        ... ).names
        ('Hanoi', 'Hà Nội')
    """

    name: str = attrs.field(validator=_non_empty)
    variants: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_non_empty_items
    )
    country: str = attrs.field(
        validator=_matching(_ALPHA2, "an ISO 3166-1 alpha-2 code in lower case")
    )
    timezone: str = attrs.field(validator=_non_empty)
    kind: PlaceKind

    @property
    def names(self) -> tuple[str, ...]:
        """The name and its variants, without repeats."""
        return _unique((self.name, *self.variants))


GazetteerEntry: TypeAlias = CountryEntry | OrganizationEntry | TitleEntry | PlaceEntry
"""Any row of any gazetteer table."""

_Entry = TypeVar("_Entry", CountryEntry, OrganizationEntry, TitleEntry, PlaceEntry)


def _country_keys(entry: CountryEntry) -> tuple[str, ...]:
    return (*entry.names, *entry.demonyms, entry.id, entry.alpha3)


def _organization_keys(entry: OrganizationEntry) -> tuple[str, ...]:
    return (*entry.names, entry.id)


def _index(
    entries: Iterable[_Entry], keys: Callable[[_Entry], Iterable[str]]
) -> Mapping[str, _Entry]:
    """Map every folded key to its entry; the first entry that claims a key keeps it."""
    index: dict[str, _Entry] = {}
    for entry in entries:
        for form in keys(entry):
            index.setdefault(fold(form), entry)
    return MappingProxyType(index)


@attrs.frozen(kw_only=True)
class _Indexes:
    """Folded surface form -> entry, one mapping per kind of lookup."""

    country_names: Mapping[str, CountryEntry]
    demonyms: Mapping[str, CountryEntry]
    country_codes: Mapping[str, CountryEntry]
    organizations: Mapping[str, OrganizationEntry]
    titles: Mapping[str, TitleEntry]
    places: Mapping[str, PlaceEntry]


def _lookup(index: Mapping[str, _Entry], text: str) -> _Entry | None:
    key = fold(text)
    found = index.get(key)
    if found is None and key.startswith("the "):
        found = index.get(key[4:])
    return found


@attrs.frozen(kw_only=True)
class Gazetteer:
    """The gazetteer tables with their lookup indexes.

    Build one with :func:`load_gazetteer` (the packaged data, optionally extended) or with
    :meth:`Gazetteer.from_entries`. Lookups fold case and diacritics and accept a leading
    "the"; they return ``None`` for an unknown name.

    Examples:
        >>> gazetteer = load_gazetteer()
        >>> gazetteer.country("the Philippines").id
        'ph'
        >>> gazetteer.title("Minister of National Defense").title
        'Defence Minister'
        >>> gazetteer.country("Atlantis") is None
        True
    """

    countries: tuple[CountryEntry, ...]
    organizations: tuple[OrganizationEntry, ...]
    titles: tuple[TitleEntry, ...]
    places: tuple[PlaceEntry, ...]
    _indexes: _Indexes = attrs.field(alias="indexes", repr=False, eq=False)
    # States that no longer exist (Czechoslovakia): found like countries, by name or code,
    # but not among today's ``countries``.
    former_states: tuple[CountryEntry, ...] = ()

    @classmethod
    def from_entries(
        cls,
        *,
        countries: Iterable[CountryEntry] = (),
        organizations: Iterable[OrganizationEntry] = (),
        titles: Iterable[TitleEntry] = (),
        places: Iterable[PlaceEntry] = (),
        former_states: Iterable[CountryEntry] = (),
    ) -> Gazetteer:
        """Build a gazetteer and its indexes from entries (unchecked: where two entries
        share a surface form, the first keeps it; :func:`load_gazetteer` rejects that).

        Examples:
            >>> fiji = CountryEntry(
            ...     id="fj", alpha3="FJI", name="Fiji", official_name="Republic of Fiji",
            ...     demonyms=["Fijian"], capital="Suva", timezone="Pacific/Fiji",
            ... )
            >>> Gazetteer.from_entries(countries=[fiji]).country("FJI").name
            'Fiji'
        """
        countries, organizations = tuple(countries), tuple(organizations)
        titles, places, former = tuple(titles), tuple(places), tuple(former_states)
        states = countries + former
        indexes = _Indexes(
            country_names=_index(states, lambda entry: entry.names),
            demonyms=_index(states, lambda entry: entry.demonyms),
            country_codes=_index(states, lambda entry: (entry.id, entry.alpha3)),
            organizations=_index(organizations, _organization_keys),
            titles=_index(titles, lambda entry: entry.names),
            places=_index(places, lambda entry: entry.names),
        )
        return cls(
            countries=countries,
            organizations=organizations,
            titles=titles,
            places=places,
            indexes=indexes,
            former_states=former,
        )

    def country(self, name_or_code: str) -> CountryEntry | None:
        """Find a country by name, variant, demonym or ISO code (alpha-2 or alpha-3).

        Names and variants are tried first, then demonyms, then codes. A code must be
        written in capitals ("VNM") or be a lower-case alpha-2 id ("vn"), so that a word
        such as "Can" never reads as Canada's code.

        Examples:
            >>> gazetteer = load_gazetteer()
            >>> [gazetteer.country(text).id for text in ("Viet Nam", "vietnamese", "VNM", "vn")]
            ['vn', 'vn', 'vn', 'vn']
            >>> gazetteer.country("Can") is None
            True
        """
        found = _lookup(self._indexes.country_names, name_or_code) or _lookup(
            self._indexes.demonyms, name_or_code
        )
        if found is not None:
            return found
        code = name_or_code.strip()
        if code.isupper() or (code.islower() and len(code) == 2):
            return _lookup(self._indexes.country_codes, code)
        return None

    def country_by_demonym(self, demonym: str) -> CountryEntry | None:
        """Find a country by a demonym or adjective only ("Thai", "Lao", "Filipino").

        Examples:
            >>> load_gazetteer().country_by_demonym("Laotian").name
            'Laos'
            >>> load_gazetteer().country_by_demonym("Laos") is None
            True
        """
        return _lookup(self._indexes.demonyms, demonym)

    def organization(self, name_or_acronym: str) -> OrganizationEntry | None:
        """Find an organisation by full name, acronym, variant or id.

        Examples:
            >>> load_gazetteer().organization("Japan External Trade Organisation").id
            'jetro'
        """
        return _lookup(self._indexes.organizations, name_or_acronym)

    def place(self, name: str) -> PlaceEntry | None:
        """Find a capital, city, province or region by name or variant.

        Examples:
            >>> load_gazetteer().place("Saigon").name
            'Ho Chi Minh City'
        """
        return _lookup(self._indexes.places, name)

    def title(self, text: str) -> TitleEntry | None:
        """Find an office, honorific or modifier by its canonical form or a variant.

        Examples:
            >>> load_gazetteer().title("Chairwoman of the National Assembly").is_leader
            True
            >>> load_gazetteer().title("H.E.").kind
            <TitleKind.HONORIFIC: 'honorific'>
        """
        return _lookup(self._indexes.titles, text)

    def country_names(self) -> Iterator[tuple[str, CountryEntry]]:
        """Yield every country name, official name and variant with its entry (no demonyms).

        Examples:
            >>> pairs = {(form, entry.id) for form, entry in load_gazetteer().country_names()}
            >>> ("Ivory Coast", "ci") in pairs, ("Vietnamese", "vn") in pairs
            (True, False)
        """
        for entry in (*self.countries, *self.former_states):
            for form in entry.names:
                yield form, entry

    def demonyms(self) -> Iterator[tuple[str, CountryEntry]]:
        """Yield every demonym or adjective with its country.

        Examples:
            >>> pairs = {(form, entry.id) for form, entry in load_gazetteer().demonyms()}
            >>> ("Emirati", "ae") in pairs
            True
        """
        for entry in (*self.countries, *self.former_states):
            for form in entry.demonyms:
                yield form, entry

    def organization_names(self) -> Iterator[tuple[str, OrganizationEntry]]:
        """Yield every organisation name, acronym and variant with its entry.

        Examples:
            >>> pairs = {(form, entry.id) for form, entry in load_gazetteer().organization_names()}
            >>> ("G-20", "g20") in pairs
            True
        """
        for entry in self.organizations:
            for form in entry.names:
                yield form, entry

    def title_names(self, kind: TitleKind | None = None) -> Iterator[tuple[str, TitleEntry]]:
        """Yield every title form with its entry, only those of ``kind`` when it is given.

        Examples:
            >>> modifiers = {form for form, _ in load_gazetteer().title_names(TitleKind.MODIFIER)}
            >>> {"former", "acting", "incoming"} <= modifiers
            True
        """
        for entry in self.titles:
            if kind is None or entry.kind is kind:
                for form in entry.names:
                    yield form, entry

    def place_names(self) -> Iterator[tuple[str, PlaceEntry]]:
        """Yield every place name and variant with its entry.

        Examples:
            >>> pairs = {(form, entry.country) for form, entry in load_gazetteer().place_names()}
            >>> ("Hà Nội", "vn") in pairs
            True
        """
        for entry in self.places:
            for form in entry.names:
                yield form, entry

    def names(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """Yield every surface form of every table with the entry it names.

        Countries (names, then demonyms), organisations, titles and places, in file order.
        Codes are lookup keys only and are not yielded. Match forms for which
        :func:`is_case_sensitive` holds with their case.

        Examples:
            >>> forms = dict(load_gazetteer().names())
            >>> forms["ASEAN"].name, forms["Thai"].id
            ('Association of Southeast Asian Nations', 'th')
        """
        yield from self.country_names()
        yield from self.demonyms()
        yield from self.organization_names()
        yield from self.title_names()
        yield from self.place_names()


def _load(extra_paths: tuple[str | Path, ...]) -> Gazetteer:
    # The file reader builds this module's entries, so it is imported when first needed.
    from diplotimeline.extract._gazetteer_files import load_files

    return load_files(extra_paths)


@functools.cache
def _packaged() -> Gazetteer:
    return _load(())


def load_gazetteer(*extra_paths: str | Path) -> Gazetteer:
    """Load the packaged gazetteers, extended or amended by the given TSV files.

    Without arguments the packaged data is loaded once and the same object returned on
    later calls. Each extra file extends one table, named by a ``# kind: <table>`` line or
    by its file name (see the module docstring); its rows replace packaged rows with the
    same key and add the others.

    Args:
        *extra_paths: User TSV files, applied in order.

    Returns:
        The gazetteer.

    Raises:
        ExceptionGroup: Of :class:`~diplotimeline.errors.RuleFileError`, one per problem
            in any file (each with ``path`` and ``line``).

    Examples:
        >>> load_gazetteer() is load_gazetteer()
        True
        >>> len([c for c in load_gazetteer().countries if c.un_member is UNMembership.MEMBER])
        193
    """
    if not extra_paths:
        return _packaged()
    return _load(extra_paths)
