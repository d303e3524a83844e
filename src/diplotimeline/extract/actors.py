"""Actors in a text: people with their offices, countries and organisations, with every mention.

:func:`analyze_actors` reads one document and returns an :class:`ActorAnalysis`: the actors
(model values with aliases, roles and one :class:`~diplotimeline.model.Evidence` per
mention), each mention with its span, and the abbreviations the text defines.

How it works, in one pass over word tokens:

* Countries, demonyms, organisations, places and titles come from the gazetteers, matched as
  token n-grams (longest first) with folded case and diacritics; forms without a lower-case
  letter ("US", "WHO") match only with their case. Phrases such as "South China Sea" or
  "Korean Peninsula" are not countries; a capital is the country's government only where it
  acts ("Tokyo's footprint", "Tokyo said"), and a place otherwise.
* Organisations also come from their shape (a head word such as "Agency" or "Ministry",
  see :mod:`diplotimeline.extract.organizations`) and from definitions with an acronym
  (:mod:`diplotimeline.extract.abbreviations`); later bare acronyms and "the Association"
  resolve to them.
* People are recognised from context only: an office ("Deputy Prime Minister and Minister of
  Foreign Affairs"), possibly with a demonym, a country's or body's possessive, modifiers
  ("former") and a complement ("of Japan", "to ASEAN"); honorifics ("H.E. Mr."); appositions
  ("NAME, Minister for Foreign Affairs of Japan,"); "led by NAME". Later short mentions
  ("Minister Ishida", "Ishida", "the ambassador") resolve to the person when unambiguous.
  Name order and ids come from :mod:`diplotimeline.extract.people`.

Examples:
    >>> text = ("Kenyan President William Ruto met European Commission President "
    ...         "Ursula von der Leyen in Nairobi. Ruto said Kenya valued the EU.")
    >>> analysis = analyze_actors(text, document_id="d1")
    >>> sorted(actor.id for actor in analysis.actors)
    ['eu', 'european-commission', 'ke', 'ruto-william', 'von-der-leyen-ursula']
    >>> [m.text for m in analysis.mentions if m.kind.value == "person"]
    ['William Ruto', 'Ursula von der Leyen', 'Ruto']
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from diplotimeline.extract.abbreviations import Abbreviation, find_abbreviations
from diplotimeline.extract.gazetteer import (
    Gazetteer,
    PlaceKind,
    TitleCategory,
    TitleEntry,
    TitleKind,
    fold,
    is_case_sensitive,
    load_gazetteer,
)
from diplotimeline.extract.organizations import OrganizationShapes, head_words, organization_id
from diplotimeline.extract.people import (
    NameConventions,
    is_vietnamese_syllable,
    load_actor_rules,
    order_name,
)
from diplotimeline.model import (
    Actor,
    ActorKind,
    Country,
    Evidence,
    NameOrder,
    Organization,
    Person,
    Role,
)

__all__ = ["ActorAnalysis", "ActorMention", "analyze_actors"]

_TOKEN: Final = re.compile(r"[^\W_]+")
_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}")
_DASHES: Final = "-‐‑‒–—―−"
_ACRONYM_AFTER: Final = re.compile(r"[ \t]{0,3}\((?P<short>[A-Z][A-Za-z0-9&-]{1,14})\)")
_APOSTROPHES: Final = "'’"

# How the characters between two tokens join them.
_SPACE, _HYPHEN, _APOS, _DOT, _DOTSPACE, _COMMA, _BREAK = range(7)
_JOINING: Final = frozenset({_SPACE, _HYPHEN, _APOS, _DOT, _DOTSPACE})
_ARTICLES: Final = frozenset({"the", "a", "an"})
_NAMED_KINDS: Final = frozenset(
    {"country", "demonym", "organization", "place", "office", "honorific", "block"}
)


# ---------------------------------------------------------------------------------------
# Results


@attrs.frozen
class ActorMention:
    """One occurrence of an actor in the text (offsets index the text, end exclusive).

    ``role`` is the title text attached to a person at this mention ("Foreign Minister").

    Examples:
        >>> mention = ActorMention(0, 5, "Japan", "jp", ActorKind.COUNTRY)
        >>> (mention.actor_id, mention.role)
        ('jp', None)
    """

    start: int
    end: int
    text: str
    actor_id: str
    kind: ActorKind
    role: str | None = None


def _actor_tuple(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(values)


def _mention_tuple(values: Iterable[ActorMention]) -> tuple[ActorMention, ...]:
    return tuple(sorted(values, key=lambda m: (m.start, m.end)))


def _abbreviation_tuple(values: Iterable[Abbreviation]) -> tuple[Abbreviation, ...]:
    return tuple(values)


@attrs.frozen
class ActorAnalysis:
    """The actors of one text, their mentions (sorted by start) and its abbreviations.

    Examples:
        >>> analysis = analyze_actors("Peru and Chile met.", document_id="d1")
        >>> [m.actor_id for m in analysis.at(0, 4)]
        ['pe']
    """

    actors: tuple[Actor, ...] = attrs.field(converter=_actor_tuple)
    mentions: tuple[ActorMention, ...] = attrs.field(converter=_mention_tuple)
    abbreviations: tuple[Abbreviation, ...] = attrs.field(default=(), converter=_abbreviation_tuple)

    def at(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """The mentions that lie inside ``[start, end)``.

        Examples:
            >>> analysis = analyze_actors("Peru and Chile met.", document_id="d1")
            >>> [m.text for m in analysis.at(0, 19)]
            ['Peru', 'Chile']
        """
        starts = [mention.start for mention in self.mentions]
        first = bisect.bisect_left(starts, start)
        return tuple(m for m in self.mentions[first:] if m.start < end and m.end <= end)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with ``actor_id``, or None.

        Examples:
            >>> analyze_actors("Peru met Chile.", document_id="d1").actor("cl").name
            'Chile'
        """
        return next((actor for actor in self.actors if actor.id == actor_id), None)


# ---------------------------------------------------------------------------------------
# Lexicon: gazetteer forms as folded token n-grams


@attrs.frozen
class _Entry:
    kind: str  # country, demonym, organization, place, office, honorific, modifier, block
    id: str
    exact: tuple[str, ...] | None = None
    title: TitleEntry | None = None
    capital: bool = False


@attrs.frozen
class _Lexicon:
    entries: Mapping[tuple[str, ...], tuple[_Entry, ...]]
    prefixes: frozenset[tuple[str, ...]]
    firsts: frozenset[str]
    max_len: int
    organizations: Mapping[str, tuple[str, str | None, str | None]]  # id -> name, acronym, country
    countries: Mapping[str, tuple[str, str]]  # id -> name, official name
    minister: TitleEntry | None


def _fold_tokens(form: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(form)))


def _build_lexicon(gazetteer: Gazetteer) -> _Lexicon:
    shapes = OrganizationShapes.load()
    rules = load_actor_rules()
    table: defaultdict[tuple[str, ...], list[_Entry]] = defaultdict(list)

    def add(form: str, entry: _Entry) -> None:
        key = _fold_tokens(form)
        if not key:
            return
        if is_case_sensitive(form):
            entry = attrs.evolve(entry, exact=tuple(_TOKEN.findall(form)))
        table[key].append(entry)

    for form, country in gazetteer.country_names():
        add(form, _Entry("country", country.id))
    for form, country in gazetteer.demonyms():
        add(form, _Entry("demonym", country.id))
    organizations: dict[str, tuple[str, str | None, str | None]] = {}
    for form, organization in gazetteer.organization_names():
        if shapes.is_excluded_gazetteer_name(organization.name):
            continue
        organizations[organization.id] = (
            organization.name,
            organization.acronym,
            organization.country,
        )
        add(form, _Entry("organization", organization.id))
    for form, title in gazetteer.title_names():
        kind = {
            TitleKind.OFFICE: "office",
            TitleKind.HONORIFIC: "honorific",
            TitleKind.MODIFIER: "modifier",
        }[title.kind]
        add(form, _Entry(kind, title.title, title=title))
    for form, place in gazetteer.place_names():
        add(form, _Entry("place", place.country, capital=place.kind is PlaceKind.CAPITAL))
    for form in rules["countries"]["not_countries"]:
        add(form, _Entry("block", ""))
    entries = {key: tuple(values) for key, values in table.items()}
    prefixes = frozenset(key[:size] for key in entries for size in range(1, len(key) + 1))
    return _Lexicon(
        entries=entries,
        prefixes=prefixes,
        firsts=frozenset(key[0] for key in entries),
        max_len=max((len(key) for key in entries), default=1),
        organizations=organizations,
        countries={c.id: (c.name, c.official_name) for c in gazetteer.countries},
        minister=gazetteer.title("Minister"),
    )


_LEXICONS: dict[int, tuple[weakref.ref[Gazetteer], _Lexicon]] = {}
_LEXICON_LOCK: Final = threading.Lock()


def _lexicon(gazetteer: Gazetteer) -> _Lexicon:
    with _LEXICON_LOCK:
        cached = _LEXICONS.get(id(gazetteer))
        if cached is not None and cached[0]() is gazetteer:
            return cached[1]
        lexicon = _build_lexicon(gazetteer)
        _LEXICONS[id(gazetteer)] = (weakref.ref(gazetteer), lexicon)
        return lexicon


@attrs.frozen
class _Vocabulary:
    conventions: NameConventions
    shapes: OrganizationShapes
    portfolios: frozenset[str]
    portfolio_heads: frozenset[str]
    generic_modifiers: frozenset[str]
    generic_heads: Mapping[str, TitleEntry]
    standalone_heads: frozenset[str]
    anaphors: Mapping[tuple[str, ...], tuple[str, ...]]
    feature_words: frozenset[str]
    place_prepositions: frozenset[str]
    metonym_verbs: frozenset[str]
    led_by: frozenset[str]


_VOCABULARY: list[_Vocabulary] = []


def _vocabulary() -> _Vocabulary:
    if not _VOCABULARY:
        rules: Mapping[str, Any] = load_actor_rules()
        titles, context = rules["titles"], rules["context"]
        _VOCABULARY.append(
            _Vocabulary(
                conventions=NameConventions.load(),
                shapes=OrganizationShapes.load(),
                portfolios=frozenset(titles["portfolios"]),
                portfolio_heads=frozenset(titles["portfolio_heads"]),
                generic_modifiers=frozenset(
                    fold(word) for word in (*titles["generic_modifiers"], *titles["portfolios"])
                ),
                generic_heads={
                    fold(head): TitleEntry(
                        title=head, kind=TitleKind.OFFICE, category=TitleCategory(category)
                    )
                    for head, category in titles["generic_heads"].items()
                },
                standalone_heads=frozenset(fold(head) for head in titles["standalone_heads"]),
                anaphors={
                    _fold_tokens(noun): tuple(kinds) for noun, kinds in titles["anaphors"].items()
                },
                feature_words=frozenset(rules["countries"]["feature_words"]),
                place_prepositions=frozenset(context["place_prepositions"]),
                metonym_verbs=frozenset(context["metonym_verbs"]),
                led_by=frozenset(context["led_by"]),
            )
        )
    return _VOCABULARY[0]


# ---------------------------------------------------------------------------------------
# Intermediate values


@attrs.frozen
class _Title:
    """An office phrase over tokens ``[start, end)``; ``core`` is where the office starts."""

    start: int
    core: int
    end: int
    titles: tuple[TitleEntry, ...]
    country: str | None
    org: str | None
    target: str | None
    modifiers: tuple[str, ...]
    prefixed: bool


@attrs.frozen
class _Role:
    text: str
    of: str | None
    country: str | None
    titles: tuple[TitleEntry, ...] = ()
    modifiers: tuple[str, ...] = ()


@attrs.frozen
class _PersonMention:
    start: int
    end: int
    words: tuple[str, ...]
    roles: tuple[_Role, ...]
    honorific: str | None


@attrs.frozen
class _Anaphor:
    start: int
    end: int
    titles: tuple[TitleEntry, ...]
    categories: tuple[str, ...]
    country: str | None
    role: str


@attrs.define
class _OrgRecord:
    id: str
    name: str
    acronym: str | None
    country: str | None
    mentions: set[tuple[int, int]] = attrs.Factory(set)


@attrs.define
class _PersonGroup:
    keys: set[frozenset[str]]
    mentions: list[_PersonMention]
    alone: set[str] = attrs.Factory(set)


# ---------------------------------------------------------------------------------------
# The analyzer


class _Analyzer:
    """Holds one text's tokens and gazetteer matches while its actors are found."""

    def __init__(self, text: str, document_id: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.document_id = document_id
        self.lexicon = _lexicon(gazetteer)
        self.vocabulary = _vocabulary()
        self.names = self.vocabulary.conventions
        urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
        matches = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        if urls:
            matches = [m for m in matches if not any(s <= m[0] < e for s, e in urls)]
        starts = [m[0] for m in matches]
        ends = [m[1] for m in matches]
        words = [m[2] for m in matches]
        self.starts, self.ends, self.words = starts, ends, words
        self.size = len(words)
        self.keys = [w.lower() if w.isascii() else _fold_word(w) for w in words]
        self.caps = [w[0].isupper() for w in words]
        self.gaps = [_BREAK, *map(_gap_kind, map(text.__getitem__, map(slice, ends, starts[1:])))]
        self.lex_at: dict[int, tuple[int, tuple[_Entry, ...]]] = {}
        firsts = self.lexicon.firsts
        for i, key in enumerate(self.keys):
            if key in firsts:
                found = self._match(i)
                if found is not None:
                    self.lex_at[i] = found
        self.greedy: list[tuple[int, int, tuple[_Entry, ...]]] = []
        i = 0
        while i < self.size:
            found = self.lex_at.get(i)
            if found is None:
                i += 1
                continue
            self.greedy.append((i, found[0], found[1]))
            i = found[0]
        self.org_at: dict[int, tuple[int, str]] = {}
        self.orgs: dict[str, _OrgRecord] = {}
        # For each token, the greedy office or organisation match covering it (-1: none).
        self.office_of = [-1] * self.size
        self.gazetteer_org_of = [-1] * self.size
        for index, (first, end, entries) in enumerate(self.greedy):
            kinds = {entry.kind for entry in entries}
            for target, kind in (
                (self.office_of, "office"),
                (self.gazetteer_org_of, "organization"),
            ):
                if kind in kinds and (kind == "office" or end - first > 1):
                    for token in range(first, end):
                        target[token] = index

    # -- tokens and gazetteer ----------------------------------------------------------

    def _case_ok(self, entry: _Entry, first: int, end: int) -> bool:
        if entry.exact is not None:
            return tuple(self.words[first:end]) == entry.exact
        if entry.kind in ("office", "modifier", "honorific"):
            return True
        return self.caps[first]

    def _match(self, first: int) -> tuple[int, tuple[_Entry, ...]] | None:
        lexicon = self.lexicon
        best: tuple[int, tuple[_Entry, ...]] | None = None
        key: tuple[str, ...] = (self.keys[first],)
        last = first
        while True:
            entries = lexicon.entries.get(key)
            if entries:
                accepted = tuple(e for e in entries if self._case_ok(e, first, last + 1))
                if accepted:
                    best = (last + 1, accepted)
            last += 1
            if (
                last >= self.size
                or last - first >= lexicon.max_len
                or self.gaps[last] not in _JOINING
            ):
                break
            key = (*key, self.keys[last])
            if key not in lexicon.prefixes:
                break
        return best

    def _kinds(self, i: int) -> dict[str, _Entry]:
        found = self.lex_at.get(i)
        return {entry.kind: entry for entry in reversed(found[1])} if found else {}

    def _is_initial(self, i: int) -> bool:
        """Whether token ``i`` is one capital letter, as in "S. Jaishankar" or "U.S."."""
        word = self.words[i]
        return len(word) == 1 and word.isupper()

    def _stop(self, end: int) -> int:
        """The end offset of a gazetteer match ending before token ``end``, with the final
        dot of an abbreviation ("U.S.")."""
        stop = self.ends[end - 1]
        last = self.words[end - 1]
        if (
            len(last) == 1
            and last.isupper()
            and end >= 2
            and self.gaps[end - 1] == _DOT
            and self.text[stop : stop + 1] == "."
        ):
            stop += 1
        return stop

    def _span_text(self, first: int, end: int) -> str:
        return self.text[self.starts[first] : self.ends[end - 1]]

    def _is_possessive(self, i: int) -> bool:
        return i < self.size and self.gaps[i] == _APOS and self.keys[i] == "s"

    def _entity_at(self, i: int) -> tuple[int, str, str] | None:
        """A country or organisation starting at token ``i``: (end, kind, id)."""
        if i >= self.size:
            return None
        custom = self.org_at.get(i)
        kinds = self._kinds(i)
        found = self.lex_at.get(i)
        if custom is not None and (found is None or custom[0] >= found[0]):
            return custom[0], "organization", custom[1]
        if found is None or not self.caps[i]:
            return None
        for kind in ("country", "organization", "demonym"):
            if kind in kinds:
                return found[0], kind, kinds[kind].id
        return None

    # -- organisations -----------------------------------------------------------------

    def find_organizations(self, abbreviations: Sequence[Abbreviation]) -> None:
        shapes = self.vocabulary.shapes
        spans: list[tuple[int, int]] = []
        for head in range(self.size):
            if not self.caps[head] or self.words[head] not in shapes.heads:
                continue
            first = head
            while first > 0 and head - first < 8 and self.gaps[first] in (_SPACE, _HYPHEN):
                before = first - 1
                if (
                    self.keys[before] == "and"
                    and before > 0
                    and first < head
                    and self.gaps[before] == _SPACE
                    and self.caps[before - 1]
                    and self.words[before - 1] in self.vocabulary.portfolios
                ):
                    first = before
                    continue
                if (
                    not self.caps[before]
                    or self.words[before] in self.names.not_names
                    or self.words[before] in shapes.heads
                ):
                    break
                first = before
            end = self._extend_organization(head + 1)
            if end - first < 2 or self.gazetteer_org_of[head] >= 0:
                continue
            if shapes.is_outlet_name(self._span_text(first, end)):
                continue
            if self.office_of[first] >= 0 and self.office_of[first] == self.office_of[end - 1]:
                continue
            spans.append((first, end))
        spans.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int]] = []
        for span in spans:
            if kept and span[0] < kept[-1][1]:
                continue
            kept.append(span)
        by_long_end = {(a.long_start, a.long_end): a for a in abbreviations}
        for first, end in kept:
            start_char, end_char = self.starts[first], self.ends[end - 1]
            name = self.text[start_char:end_char]
            acronym = None
            for (long_start, long_end), abbreviation in by_long_end.items():
                if long_end == end_char and start_char <= long_start:
                    acronym = abbreviation.short
            following = _ACRONYM_AFTER.match(self.text, end_char)
            if acronym is None and following is not None:
                letters = following.group("short")
                if sum(char.isupper() for char in letters) >= 2 or (
                    len(letters) >= 3
                    and letters.isalpha()
                    and letters not in self.names.not_names
                    and not self.lexicon.entries.get(_fold_tokens(letters))
                ):
                    acronym = letters
            self._add_custom_org(first, end, name, acronym)
        for abbreviation in abbreviations:
            if any(self.starts[f] <= abbreviation.long_start < self.ends[e - 1] for f, e in kept):
                continue
            if not shapes.is_organization_name(abbreviation.long) or shapes.is_outlet_name(
                abbreviation.long
            ):
                continue
            first = bisect.bisect_left(self.starts, abbreviation.long_start)
            end = bisect.bisect_left(self.starts, abbreviation.long_end)
            if first < end and self.starts[first] == abbreviation.long_start:
                self._add_custom_org(first, end, abbreviation.long, abbreviation.short)

    def _extend_organization(self, end: int) -> int:
        """Extend a body's name after its head: "of Education and Training", "for Peace"."""
        shapes = self.vocabulary.shapes
        for step in range(4):
            if end >= self.size or self.gaps[end] != _SPACE:
                break
            connector = self.keys[end]
            allowed = ("of", "for", "on") if step == 0 else tuple(shapes.connectors)
            if connector not in allowed or connector == "in":
                break
            start = end + 1
            if start < self.size and self.keys[start] == "the" and self.gaps[start] == _SPACE:
                start += 1
            run = start
            while (
                run < self.size
                and self.caps[run]
                and self.gaps[run] in (_SPACE, _HYPHEN)
                and self.words[run] not in self.names.not_names
                and run - start < 8
            ):
                run += 1
            if run == start or self._is_possessive(run):
                break
            end = run
        return end

    def _add_custom_org(self, first: int, end: int, name: str, acronym: str | None) -> None:
        if name.lower().startswith("the "):
            name = name[4:]
        gazetteer_id = None
        key = _fold_tokens(name)
        for entry in self.lexicon.entries.get(key, ()):
            if entry.kind == "organization":
                gazetteer_id = entry.id
        if gazetteer_id is None and acronym is not None:
            for entry in self.lexicon.entries.get(_fold_tokens(acronym), ()):
                if entry.kind == "organization":
                    gazetteer_id = entry.id
        org_id = gazetteer_id or organization_id(name, acronym=acronym)
        country = None
        if first >= 2 and self._is_possessive(first - 1):
            for owner in range(max(0, first - 5), first - 1):
                found = self.lex_at.get(owner)
                if found is not None and found[0] == first - 1:
                    owner_entry = self._kinds(owner).get("country")
                    country = owner_entry.id if owner_entry is not None else None
        if country is None:
            for i in range(first, end):
                kinds = self._kinds(i)
                named = kinds.get("country") or kinds.get("demonym")
                if named is not None and self.caps[i]:
                    country = named.id
                    break
        record = self.orgs.get(org_id)
        if record is None:
            if gazetteer_id is not None:
                gname, gacronym, gcountry = self.lexicon.organizations[gazetteer_id]
                record = _OrgRecord(gazetteer_id, gname, gacronym, gcountry or country)
            else:
                record = _OrgRecord(org_id, name, acronym, country)
            self.orgs[org_id] = record
        self.org_at[first] = (end, org_id)

    # -- titles and names --------------------------------------------------------------

    def _core(self, i: int, lowercase: bool) -> tuple[int, TitleEntry] | None:
        """An office starting at token ``i``: (end, entry)."""
        if i >= self.size:
            return None
        vocabulary = self.vocabulary
        k = i
        while (
            k < self.size
            and self.caps[k]
            and self.words[k] in vocabulary.portfolios
            and (k == i or self.gaps[k] == _SPACE)
        ):
            k += 1
        if (
            k > i
            and k < self.size
            and self.gaps[k] == _SPACE
            and self.words[k] in vocabulary.portfolio_heads
            and self.lexicon.minister is not None
            and not self.words[k].endswith("s")
        ):
            return k + 1, self.lexicon.minister
        generic = self._generic_core(i, lowercase)
        found = self.lex_at.get(i)
        if found is None or (not lowercase and not self.caps[i]):
            return generic
        office = next((e.title for e in found[1] if e.kind == "office" and e.title), None)
        if office is None:
            return generic
        if generic is not None and generic[0] > found[0]:
            return generic
        return self._portfolio_tail(found[0]), office

    def _portfolio_tail(self, end: int) -> int:
        """Extend an office over its portfolio: "Minister of Agriculture and Rural Development",
        "Minister of Foreign Affairs and International Cooperation"."""
        portfolios = self.vocabulary.portfolios
        k = end
        if (
            self.words[end - 1] in self.vocabulary.portfolio_heads
            and end + 1 < self.size
            and self.keys[end] in ("of", "for")
            and self.gaps[end] == _SPACE
        ):
            k = end + 1
        elif self.words[end - 1] not in portfolios:
            return end
        best = end
        while k < self.size and self.gaps[k] in (_SPACE, _COMMA):
            if self.caps[k] and self.words[k] in portfolios:
                k += 1
                best = k
            elif self.keys[k] == "and" and k + 1 < self.size and self.words[k + 1] in portfolios:
                k += 1
            else:
                break
        return best

    def _generic_core(self, i: int, lowercase: bool) -> tuple[int, TitleEntry] | None:
        """A title such as "Prime Cabinet Secretary": modifiers, then an office word."""
        vocabulary = self.vocabulary
        best: tuple[int, TitleEntry] | None = None
        if lowercase and self.keys[i] in vocabulary.standalone_heads:
            best = (i + 1, vocabulary.generic_heads[self.keys[i]])
        k = i
        while k < self.size and k - i < 5 and (lowercase or self.caps[k]):
            if k > i:
                if self.gaps[k] not in (_SPACE, _HYPHEN):
                    break
                head = vocabulary.generic_heads.get(self.keys[k])
                if head is not None and self.gaps[k] == _SPACE:
                    best = (k + 1, head)
            if self.keys[k] not in vocabulary.generic_modifiers:
                break
            k += 1
        return best

    def _title(self, i: int, *, lowercase: bool) -> _Title | None:
        """An office phrase starting at token ``i`` (prefixes, stacked offices, complement)."""
        j = i
        country: str | None = None
        org: str | None = None
        modifiers: list[str] = []
        prefixed = False
        for _ in range(6):
            if j >= self.size:
                return None
            kinds = self._kinds(j)
            if "modifier" in kinds and "office" not in kinds and "country" not in kinds:
                modifiers.append(self.keys[j].rstrip("-"))
                j = self.lex_at[j][0]
                continue
            entity = self._entity_at(j)
            if entity is not None:
                end, kind, entity_id = entity
                if self._is_possessive(end):
                    after = end + 1
                elif (
                    end < self.size
                    and (
                        self.gaps[end] == _SPACE
                        or (self.gaps[end] == _DOTSPACE and self._is_initial(end - 1))
                    )
                    and self._core(end, True)
                ):
                    after = end
                else:
                    break
                if kind == "organization":
                    org = entity_id
                else:
                    country = entity_id
                prefixed = True
                j = after
                continue
            break
        core = j
        found = self._core(j, lowercase)
        if found is None:
            return None
        k, office = found
        titles = [office]
        while (
            k + 1 < self.size
            and self.keys[k] == "and"
            and self.gaps[k] == _SPACE
            and self.gaps[k + 1] == _SPACE
        ):
            stacked = self._core(k + 1, False)
            if stacked is None:
                break
            k, entry = stacked
            titles.append(entry)
        target: str | None = None
        for _ in range(2):
            if k + 1 >= self.size or self.gaps[k] != _SPACE or self.keys[k] not in ("of", "to"):
                break
            s = k + 1
            if self.keys[s] == "the" and s + 1 < self.size:
                s += 1
            entity = self._entity_at(s)
            if entity is None:
                break
            end, kind, entity_id = entity
            if self.keys[k] == "to":
                target = entity_id
            elif kind == "organization":
                org = org or entity_id
            else:
                country = country or entity_id
            k = end
        return _Title(
            start=i,
            core=core,
            end=k,
            titles=tuple(titles),
            country=country,
            org=org,
            target=target,
            modifiers=tuple(modifiers),
            prefixed=prefixed,
        )

    def _name(self, j: int, *, after_title: bool) -> int | None:
        """The end of a person's name starting at token ``j``, or None."""
        if j >= self.size or not self.caps[j]:
            return None
        names = self.names
        k = j
        words = 0
        while k < self.size:
            if k > j:
                gap = self.gaps[k]
                if gap == _HYPHEN and words:
                    k += 1
                    continue
                if gap != _SPACE and not (gap == _DOTSPACE and self._is_initial(k - 1)):
                    break
            word = self.words[k]
            if self.caps[k]:
                kinds = self._kinds(k)
                if any(kind in _NAMED_KINDS for kind in kinds) or k in self.org_at:
                    break
                if word in names.not_names and not (
                    k > j
                    and is_vietnamese_syllable(word)
                    and all(is_vietnamese_syllable(w) for w in self.words[j:k])
                ):
                    nxt = k + 1
                    if not (
                        k == j
                        and after_title
                        and nxt < self.size
                        and self.gaps[nxt] == _SPACE
                        and self.caps[nxt]
                        and self.words[nxt] not in names.not_names
                        and not self._kinds(nxt)
                    ):
                        break
                words += 1
                k += 1
            elif word in names.particles and words:
                run = k
                while run < self.size and run - k < 3 and self.words[run] in names.particles:
                    run += 1
                if not (
                    run < self.size
                    and all(self.gaps[x] == _SPACE for x in range(k + 1, run + 1))
                    and self.caps[run]
                    and not self._kinds(run)
                ):
                    break
                k = run
            else:
                break
            if words > 5:
                return None
        if not words:
            return None
        return k

    def _name_words(self, first: int, end: int) -> tuple[str, ...]:
        """The words of a name; hyphenated parts ("Jae-myung") make one word."""
        words: list[str] = []
        word_start = self.starts[first]
        for i in range(first, end):
            if i > first and self.gaps[i] == _HYPHEN:
                words[-1] = self.text[word_start : self.ends[i]]
            else:
                word_start = self.starts[i]
                words.append(self.words[i])
        return tuple(words)

    def _role(self, title: _Title) -> _Role:
        text = self._span_text(title.start, title.end)
        country = title.country
        if country is None and title.org is not None:
            record = self.orgs.get(title.org)
            if record is not None:
                country = record.country
            elif title.org in self.lexicon.organizations:
                country = self.lexicon.organizations[title.org][2]
        return _Role(
            text=text,
            of=title.country or title.org,
            country=country,
            titles=title.titles,
            modifiers=title.modifiers,
        )

    def _appositions(self, k: int) -> tuple[list[_Role], int]:
        roles: list[_Role] = []
        while k < self.size and self.gaps[k] == _COMMA:
            s = k
            article = self.keys[s] in _ARTICLES
            if article:
                s += 1
            title = self._title(s, lowercase=True)
            if title is None or not (self.caps[title.core] or article or title.prefixed):
                break
            if (
                title.end < self.size
                and self.gaps[title.end] == _SPACE
                and self.caps[title.end]
                and self._name(title.end, after_title=True) is not None
            ):
                break
            roles.append(self._role(title))
            k = title.end
        return roles, k

    def _honorifics(self, j: int) -> tuple[int, str | None]:
        """Skip honorifics ("H.E. Mr.", "Samdech Thipadei") at ``j``: (next token, honorific)."""
        honorific = None
        while j < self.size and self.caps[j]:
            if honorific is not None and self.words[j] in self.names.honorific_words:
                j += 1
                continue
            found = self.lex_at.get(j)
            if found is None or not any(e.kind == "honorific" for e in found[1]):
                break
            if any(e.kind == "office" for e in found[1]):
                break
            if honorific is None:
                honorific = self.text[self.starts[j] : self._stop(found[0])]
                if self.text[self.ends[found[0] - 1] : self.ends[found[0] - 1] + 1] == ".":
                    honorific = self.text[self.starts[j] : self.ends[found[0] - 1] + 1]
            j = found[0]
            if j < self.size and self.gaps[j] not in (_SPACE, _DOTSPACE):
                return j, None
        return j, honorific

    def find_people(self) -> tuple[list[_PersonMention], list[_Anaphor]]:
        people: list[_PersonMention] = []
        anaphors: list[_Anaphor] = []
        vocabulary = self.vocabulary
        i = 0
        caps, lex_at, keys = self.caps, self.lex_at, self.keys
        while i < self.size:
            if not caps[i] and i not in lex_at and keys[i] not in vocabulary.led_by:
                i += 1
                continue
            if self.words[i] in ("Photo", "Ảnh", "Photos") or self.keys[i] == "photo":
                i = self._skip_credit(i)
                continue
            found = self._person_at(i, people, anaphors)
            if found > i:
                i = found
                continue
            if (
                self.keys[i] in vocabulary.led_by
                and i + 2 < self.size
                and self.keys[i + 1] == "by"
                and self._title(i + 2, lowercase=False) is None
            ):
                end = self._name(i + 2, after_title=False)
                if end is not None and end - (i + 2) >= 2:
                    roles = self._led_roles(i)
                    people.append(self._mention(i + 2, end, roles, None))
                    i = end
                    continue
            i += 1
        return people, anaphors

    def _skip_credit(self, i: int) -> int:
        """Skip a photo credit ("Photo: Jane Doe/AFP"): its names are not actors."""
        j = i + 1
        while j < self.size and self.gaps[j] not in (_BREAK,) and j - i < 8:
            if self.gaps[j] == _DOTSPACE and not self.caps[j - 1]:
                break
            j += 1
        return j

    def _led_roles(self, i: int) -> list[_Role]:
        """The body led, for "the X Alliance, led by NAME"."""
        for first, (end, org_id) in self.org_at.items():
            if end == i:
                record = self.orgs[org_id]
                text = f"leader of the {self._span_text(first, end)}"
                return [_Role(text=text, of=org_id, country=record.country)]
        return []

    def _mention(
        self, first: int, end: int, roles: Sequence[_Role], honorific: str | None
    ) -> _PersonMention:
        return _PersonMention(
            start=self.starts[first],
            end=self.ends[end - 1],
            words=self._name_words(first, end),
            roles=tuple(roles),
            honorific=honorific,
        )

    def _person_at(self, i: int, people: list[_PersonMention], anaphors: list[_Anaphor]) -> int:
        """Find a person (or an anaphor) starting at token ``i``; return where to go on."""
        if not self.caps[i] and self._kinds(i).get("modifier") is None:
            return i
        if (
            i not in self.lex_at
            and i not in self.org_at
            and self.keys[i] not in self.vocabulary.generic_modifiers
        ):
            # No honorific, office or prefix can start here: only an apposition can.
            return self._apposition_person(i, people)
        j, honorific = self._honorifics(i)
        title = self._title(j, lowercase=True)
        roles: list[_Role] = []
        if title is not None:
            capital = self.caps[title.core]
            if not capital and not title.prefixed:
                title = None
        if title is not None:
            roles.append(self._role(title))
            j = title.end
            j, later_honorific = self._honorifics(j)
            honorific = honorific or later_honorific
        if title is None and honorific is None:
            return self._apposition_person(i, people)
        if j >= self.size:
            return j
        gap = self.gaps[j]
        comma = gap == _COMMA and title is not None and (title.prefixed or title.target)
        after_abbreviation = gap == _DOTSPACE and (
            (title is None or title.end < j) or self._is_initial(j - 1)
        )
        if gap == _SPACE or after_abbreviation or comma:
            end = self._name(j, after_title=True)
            if end is not None and comma and (end - j < 2 or not self._ends_phrase(end)):
                end = None
            if end is not None:
                more, after = self._appositions(end)
                people.append(self._mention(j, end, roles + more, honorific))
                return after
        if title is not None:
            self._anaphor(title, anaphors)
            return title.end
        return j

    def _ends_phrase(self, end: int) -> bool:
        return end >= self.size or self.gaps[end] != _SPACE or not self.caps[end]

    def _apposition_person(self, i: int, people: list[_PersonMention]) -> int:
        if not self.caps[i] or (i > 0 and self.gaps[i] == _SPACE and self.caps[i - 1]):
            return i
        if i > 0 and self.keys[i - 1] in _ARTICLES:
            return i
        end = self._name(i, after_title=False)
        if end is None:
            return i
        words = self._name_words(i, end)
        if len(words) < 2 and not any(w.isupper() and len(w) > 1 for w in words):
            return i
        roles, after = self._appositions(end)
        if not roles:
            return end
        people.append(self._mention(i, end, roles, None))
        return after

    def _anaphor(self, title: _Title, anaphors: list[_Anaphor]) -> None:
        before = title.start - 1
        if before < 0 or self.keys[before] != "the":
            return
        if self._is_possessive(title.end):
            return
        anaphors.append(
            _Anaphor(
                start=self.starts[title.start],
                end=self.ends[title.end - 1],
                titles=title.titles,
                categories=(),
                country=title.country,
                role=self._span_text(title.start, title.end),
            )
        )

    def find_noun_anaphors(self) -> list[_Anaphor]:
        found: list[_Anaphor] = []
        anaphors = self.vocabulary.anaphors
        for i in range(1, self.size):
            if self.keys[i - 1] != "the":
                continue
            j = i
            country = None
            demonym = self._kinds(i).get("demonym")
            if demonym is not None and self.caps[i]:
                country = demonym.id
                j = self.lex_at[i][0]
            for size in (2, 1):
                key = tuple(self.keys[j : j + size])
                if len(key) == size and key in anaphors:
                    end = j + size
                    if end < self.size and self.gaps[end] == _SPACE and self.caps[end]:
                        break
                    found.append(
                        _Anaphor(
                            start=self.starts[i],
                            end=self.ends[end - 1],
                            titles=(),
                            categories=anaphors[key],
                            country=country,
                            role=self._span_text(i, end),
                        )
                    )
                    break
        return found

    # -- countries ---------------------------------------------------------------------

    def find_countries(self, people: Sequence[_PersonMention]) -> list[tuple[int, int, str]]:
        covered = [(p.start, p.end) for p in people]
        covered.sort()
        cover_starts = [s for s, _ in covered]
        vocabulary = self.vocabulary
        found: list[tuple[int, int, str]] = []
        for first, end, entries in self.greedy:
            if not self.caps[first]:
                continue
            kinds = {e.kind: e for e in entries}
            if "block" in kinds:
                continue
            entry = kinds.get("country") or kinds.get("demonym")
            start, stop = self.starts[first], self._stop(end)
            if entry is None:
                place = kinds.get("place")
                if place is not None and place.capital and self._is_metonym(first, end):
                    found.append((start, stop, place.id))
                continue
            if (
                end < self.size
                and self.words[end] in vocabulary.feature_words
                and self.gaps[end] == _SPACE
            ):
                continue
            if self.text[self.ends[end - 1] : self.ends[end - 1] + 1] == "$":
                continue
            at = bisect.bisect_right(cover_starts, start) - 1
            if at >= 0 and covered[at][0] <= start and stop <= covered[at][1]:
                continue
            found.append((start, stop, entry.id))
        return found

    def _is_metonym(self, first: int, end: int) -> bool:
        vocabulary = self.vocabulary
        if first > 0 and self.keys[first - 1] in vocabulary.place_prepositions:
            return False
        if self._is_possessive(end):
            return True
        return (
            end < self.size
            and self.gaps[end] == _SPACE
            and self.keys[end] in vocabulary.metonym_verbs
        )

    # -- organisation mentions -----------------------------------------------------------

    def organization_mentions(
        self, abbreviations: Sequence[Abbreviation], people: Sequence[_PersonMention]
    ) -> None:
        covered = sorted((p.start, p.end) for p in people)
        cover_starts = [s for s, _ in covered]
        for first, end, entries in self.greedy:
            entry = next((e for e in entries if e.kind == "organization"), None)
            if entry is None:
                continue
            if not self.caps[first] and entry.exact is None:
                continue
            start, stop = self.starts[first], self._stop(end)
            at = bisect.bisect_right(cover_starts, start) - 1
            if at >= 0 and stop <= covered[at][1]:
                continue
            record = self.orgs.get(entry.id)
            if record is None:
                name, acronym, country = self.lexicon.organizations[entry.id]
                record = _OrgRecord(entry.id, name, acronym, country)
                self.orgs[entry.id] = record
            record.mentions.add((start, stop))
        for first, (end, org_id) in self.org_at.items():
            start, stop = self.starts[first], self.ends[end - 1]
            if self.text[start:stop].lower().startswith("the "):
                start += 4
            self.orgs[org_id].mentions.add((start, stop))
        for record in self.orgs.values():
            if not record.acronym or record.id in self.lexicon.organizations or not record.mentions:
                continue
            first_start = min(record.mentions)[0]
            pattern = re.compile(rf"(?<![^\W_]){re.escape(record.acronym)}(?![^\W_])")
            for use in pattern.finditer(self.text, first_start):
                record.mentions.add((use.start(), use.end()))
        self._organization_anaphors()

    def _organization_anaphors(self) -> None:
        """ "the Association" after "Association of Southeast Asian Nations"."""
        heads = self.vocabulary.shapes.heads
        records = [
            (record, frozenset(head_words(record.name)), min(record.mentions)[0])
            for record in self.orgs.values()
            if record.mentions
        ]
        spans = sorted(span for record in self.orgs.values() for span in record.mentions)
        span_starts = [start for start, _ in spans]
        for i in range(1, self.size):
            word = self.words[i]
            if word not in heads or self.keys[i - 1] != "the":
                continue
            nxt = i + 1
            if nxt < self.size and self.gaps[nxt] in (_SPACE, _HYPHEN) and self.caps[nxt]:
                continue
            if nxt < self.size and self.gaps[nxt] == _SPACE and self.keys[nxt] in ("of", "for"):
                continue
            start = self.starts[i]
            at = bisect.bisect_right(span_starts, start) - 1
            if at >= 0 and start < spans[at][1]:
                continue
            candidates = [r for r, words, first in records if word in words and first < start]
            if len(candidates) == 1:
                candidates[0].mentions.add((start, self.ends[i]))


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


@functools.lru_cache(maxsize=4096)
def _gap_kind(gap: str) -> int:
    if not gap or "\n" in gap or "\r" in gap:
        return _BREAK
    stripped = gap.strip(" \t\u00a0\u2009\u202f")
    if not stripped:
        return _SPACE
    if len(stripped) == 1:
        if stripped in _DASHES:
            return _HYPHEN
        if stripped in _APOSTROPHES and stripped == gap:
            return _APOS
        if stripped == ".":
            if gap == ".":
                return _DOT
            return _DOTSPACE if gap[0] == "." else _BREAK
        if stripped == "," and gap[0] == ",":
            return _COMMA
    return _BREAK


# ---------------------------------------------------------------------------------------
# People: grouping mentions into persons


def _name_key(words: Sequence[str], conventions: NameConventions) -> frozenset[str]:
    return frozenset(
        _fold_word(word) for word in words if word not in conventions.particles and _fold_word(word)
    )


def _group_people(
    mentions: Sequence[_PersonMention], conventions: NameConventions
) -> list[_PersonGroup]:
    groups: list[_PersonGroup] = []
    singles: list[_PersonMention] = []
    for mention in mentions:
        key = _name_key(mention.words, conventions)
        if len(key) < 2:
            singles.append(mention)
            continue
        group = next((g for g in groups if key in g.keys), None)
        if group is None:
            groups.append(_PersonGroup(keys={key}, mentions=[mention]))
        else:
            group.mentions.append(mention)
    # Merge a shorter full name into the one longer name that contains it.
    merged: list[_PersonGroup] = []
    for group in sorted(groups, key=lambda g: -max(len(k) for k in g.keys)):
        small = min(group.keys, key=len)
        hosts = [g for g in merged if any(small < key for key in g.keys)]
        if len(hosts) == 1:
            hosts[0].keys |= group.keys
            hosts[0].mentions.extend(group.mentions)
        else:
            merged.append(group)
    groups = merged
    for mention in singles:
        token = next(iter(_name_key(mention.words, conventions)), "")
        hosts = [g for g in groups if any(token in key for key in g.keys)]
        if not hosts:
            groups.append(_PersonGroup(keys={frozenset({token})}, mentions=[mention]))
            continue
        host = _nearest(hosts, mention.start)
        host.mentions.append(mention)
        if any(len(key) > 1 for key in host.keys):
            host.alone.add(token)
    return groups


def _nearest(groups: Sequence[_PersonGroup], position: int) -> _PersonGroup:
    def distance(group: _PersonGroup) -> tuple[int, int]:
        before = [m.start for m in group.mentions if m.start < position]
        if before:
            return (0, position - max(before))
        return (1, min(m.start for m in group.mentions) - position)

    return min(groups, key=distance)


def _country_of(group: _PersonGroup) -> str | None:
    for mention in group.mentions:
        for role in mention.roles:
            if role.country is not None:
                return role.country
    return None


@attrs.frozen
class _Resolved:
    id: str
    name: str
    family: str | None
    given: str | None
    order: NameOrder
    country: str | None
    short: frozenset[tuple[str, ...]]
    full: frozenset[tuple[str, ...]]


def _resolve(group: _PersonGroup, conventions: NameConventions) -> _Resolved:
    country = _country_of(group)
    full = [m.words for m in group.mentions if len(_name_key(m.words, conventions)) > 1]
    words = next((w for w in full if any(x.isupper() and len(x) > 1 for x in w)), None)
    if words is None:
        counts: dict[tuple[str, ...], int] = {}
        for form in full:
            counts[form] = counts.get(form, 0) + 1
        words = (
            max(counts, key=lambda form: (counts[form], len(form)))
            if counts
            else group.mentions[0].words
        )
    ordered = order_name(words, country=country, alone=group.alone, conventions=conventions)
    name = ordered.name
    if ordered.given and country in conventions.family_first:
        name = " ".join((*ordered.family, *ordered.given, *ordered.suffix))
    short = {(token,) for token in group.alone}
    given_alone = conventions.uses_given_name_alone(country) or (
        country is None and all(is_vietnamese_syllable(word) for word in words)
    )
    if ordered.given and given_alone:
        short.add((fold(ordered.given[-1]),))
    else:
        family = " ".join(ordered.family)
        short.add(tuple(_TOKEN.findall(fold(family))))
    return _Resolved(
        id=ordered.id,
        name=name,
        family=ordered.family_name,
        given=ordered.given_name,
        order=ordered.order,
        country=country,
        short=frozenset(short),
        full=frozenset(tuple(_fold_word(w) for w in m.words) for m in group.mentions),
    )


# ---------------------------------------------------------------------------------------
# Entry point


def analyze_actors(
    text: str, *, document_id: str, gazetteer: Gazetteer | None = None
) -> ActorAnalysis:
    """Find the people, countries and organisations of ``text`` and every mention of them.

    Args:
        text: The document's text.
        document_id: The id recorded in each mention's evidence.
        gazetteer: Gazetteers to use; the packaged ones by default.

    Returns:
        The actors (people with roles, countries, organisations), their mentions sorted by
        start, and the abbreviations the text defines.

    Examples:
        >>> text = ("Ms. SATO Hanako, Minister for Foreign Affairs of Japan, met Thai "
        ...         "Foreign Minister Somchai. Minister Sato thanked Bangkok.")
        >>> analysis = analyze_actors(text, document_id="doc")
        >>> sato = analysis.actor("sato-hanako")
        >>> (sato.name, sato.country, [role.title for role in sato.roles])
        ('Sato Hanako', 'jp', ['Minister for Foreign Affairs of Japan'])
        >>> [m.text for m in analysis.mentions if m.actor_id == "sato-hanako"]
        ['SATO Hanako', 'Sato']
        >>> analysis.actor("somchai").country
        'th'
    """
    analyzer = _Analyzer(text, document_id, gazetteer or load_gazetteer())
    abbreviations = find_abbreviations(text)
    analyzer.find_organizations(abbreviations)
    raw_people, anaphors = analyzer.find_people()
    seen = {anaphor.start for anaphor in anaphors}
    anaphors.extend(a for a in analyzer.find_noun_anaphors() if a.start not in seen)
    countries = analyzer.find_countries(raw_people)
    analyzer.organization_mentions(abbreviations, raw_people)
    return _assemble(analyzer, raw_people, anaphors, countries, abbreviations)


def _assemble(
    analyzer: _Analyzer,
    raw_people: Sequence[_PersonMention],
    anaphors: Sequence[_Anaphor],
    countries: Sequence[tuple[int, int, str]],
    abbreviations: Sequence[Abbreviation],
) -> ActorAnalysis:
    text, document = analyzer.text, analyzer.document_id
    conventions = analyzer.names
    mentions: list[ActorMention] = []
    actors: list[Actor] = []

    groups = _group_people(raw_people, conventions)
    resolved = [_resolve(group, conventions) for group in groups]
    ids: set[str] = set()
    for index, item in enumerate(resolved):
        unique = item.id or "person"
        suffix = 2
        while unique in ids:
            unique = f"{item.id}-{suffix}"
            suffix += 1
        ids.add(unique)
        resolved[index] = attrs.evolve(item, id=unique)
    person_spans: dict[int, list[tuple[int, int, str | None]]] = defaultdict(list)
    for index, group in enumerate(groups):
        for mention in group.mentions:
            shown = mention.roles[0].text if mention.roles else None
            person_spans[index].append((mention.start, mention.end, shown))
    _bare_person_mentions(analyzer, groups, resolved, person_spans)
    anaphoric: set[tuple[int, int]] = set()
    _resolve_anaphors(anaphors, groups, resolved, person_spans, anaphoric)

    for index, group in enumerate(groups):
        item = resolved[index]
        found = sorted(set(person_spans[index]))
        roles: dict[str, Role] = {}
        for mention in group.mentions:
            for role in mention.roles:
                if role.text not in roles:
                    roles[role.text] = Role(
                        title=role.text,
                        of=role.of,
                        holder=item.id,
                        modifiers=role.modifiers,
                    )
        roles = {
            title: role
            for title, role in roles.items()
            if not any(
                title != other and re.search(rf"\b{re.escape(title)}\b", other)
                for other, kept in roles.items()
                if not kept.is_former
            )
        }
        aliases = _unique(
            text[s:e] for s, e, _ in found if text[s:e] != item.name and (s, e) not in anaphoric
        )
        honorific = next((m.honorific for m in group.mentions if m.honorific), None)
        actors.append(
            Person(
                id=item.id,
                name=item.name,
                family_name=item.family,
                given_name=item.given,
                name_order=item.order,
                honorific=honorific,
                aliases=aliases,
                country=item.country,
                roles=tuple(roles.values()),
                evidence=tuple(Evidence.from_text(document, text, s, e) for s, e, _ in found),
            )
        )
        mentions.extend(
            ActorMention(s, e, text[s:e], item.id, ActorKind.PERSON, shown) for s, e, shown in found
        )

    by_country: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end, country_id in countries:
        by_country[country_id].append((start, end))
    for country_id, spans in by_country.items():
        name, official = analyzer.lexicon.countries[country_id]
        actors.append(
            Country(
                id=country_id,
                name=name,
                official_name=official,
                aliases=_unique(text[s:e] for s, e in spans if text[s:e] != name),
                evidence=tuple(Evidence.from_text(document, text, s, e) for s, e in spans),
            )
        )
        mentions.extend(
            ActorMention(s, e, text[s:e], country_id, ActorKind.COUNTRY) for s, e in spans
        )

    for record in analyzer.orgs.values():
        if not record.mentions:
            continue
        spans = sorted(set(record.mentions))
        actors.append(
            Organization(
                id=record.id,
                name=record.name,
                acronym=record.acronym,
                aliases=_unique(text[s:e] for s, e in spans if text[s:e] != record.name),
                country=record.country,
                evidence=tuple(Evidence.from_text(document, text, s, e) for s, e in spans),
            )
        )
        mentions.extend(
            ActorMention(s, e, text[s:e], record.id, ActorKind.ORGANIZATION) for s, e in spans
        )
    return ActorAnalysis(actors=actors, mentions=mentions, abbreviations=abbreviations)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value.strip()))


def _bare_person_mentions(
    analyzer: _Analyzer,
    groups: Sequence[_PersonGroup],
    resolved: Sequence[_Resolved],
    person_spans: dict[int, list[tuple[int, int, str | None]]],
) -> None:
    """Later uses of a known name without a title: "Ishida said", "Kenji Ishida's"."""
    taken = sorted((s, e) for spans in person_spans.values() for s, e, _ in spans)
    taken_starts = [s for s, _ in taken]
    full: dict[tuple[str, ...], list[int]] = defaultdict(list)
    short: dict[tuple[str, ...], list[int]] = defaultdict(list)
    max_words = 1
    for index, item in enumerate(resolved):
        for words in item.full:
            full[words].append(index)
            max_words = max(max_words, len(words))
        for words in item.short:
            short[words].append(index)
            max_words = max(max_words, len(words))
    not_names = analyzer.names.not_names
    size = analyzer.size
    i = 0
    firsts = {key[0] for key in full} | {key[0] for key in short}
    keys = analyzer.keys
    while i < size:
        if not analyzer.caps[i] or keys[i] not in firsts:
            i += 1
            continue
        start = analyzer.starts[i]
        at = bisect.bisect_right(taken_starts, start) - 1
        if at >= 0 and taken[at][0] <= start < taken[at][1]:
            i += 1
            continue
        hit: tuple[int, list[int]] | None = None
        for count in range(min(max_words, size - i), 0, -1):
            if any(analyzer.gaps[k] not in (_SPACE, _HYPHEN) for k in range(i + 1, i + count)):
                continue
            key = tuple(analyzer.keys[i : i + count])
            owners = full.get(key)
            if owners is None:
                owners = short.get(key)
                end = i + count
                joined = end < size and analyzer.gaps[end] == _SPACE and analyzer.caps[end]
                if owners is not None and (
                    joined
                    or (i > 0 and analyzer.gaps[i] == _SPACE and analyzer.caps[i - 1])
                    or (
                        count == 1
                        and (
                            analyzer.words[i] in not_names
                            or len(analyzer.words[i]) < 2
                            or analyzer.lex_at.get(i) is not None
                        )
                    )
                ):
                    owners = None
            if owners:
                hit = (count, owners)
                break
        if hit is None:
            i += 1
            continue
        count, owners = hit
        index = owners[0]
        if len(owners) > 1:
            nearest = _nearest([groups[o] for o in owners], start)
            index = next(o for o in owners if groups[o] is nearest)
        person_spans[index].append((start, analyzer.ends[i + count - 1], None))
        i += count


def _resolve_anaphors(
    anaphors: Sequence[_Anaphor],
    groups: Sequence[_PersonGroup],
    resolved: Sequence[_Resolved],
    person_spans: dict[int, list[tuple[int, int, str | None]]],
    anaphoric: set[tuple[int, int]],
) -> None:
    """ "the Prime Minister", "the Japanese leader": to the one person who fits so far."""
    firsts = [min(s for s, _, _ in person_spans[index]) for index in range(len(groups))]
    profiles = [_RoleProfile.of(group) for group in groups]
    for anaphor in anaphors:
        fits = [
            index
            for index in range(len(groups))
            if firsts[index] < anaphor.start
            and (anaphor.country is None or resolved[index].country == anaphor.country)
            and profiles[index].fits(anaphor)
        ]
        if len(fits) == 1:
            person_spans[fits[0]].append((anaphor.start, anaphor.end, anaphor.role))
            anaphoric.add((anaphor.start, anaphor.end))


@attrs.frozen
class _RoleProfile:
    """What a person's offices answer to: titles, their last words, categories, leadership."""

    titles: frozenset[str]
    last_words: frozenset[str]
    categories: frozenset[str]

    @classmethod
    def of(cls, group: _PersonGroup) -> _RoleProfile:
        titles = [
            title
            for mention in group.mentions
            for role in mention.roles
            for title in role.titles
            if title.category is not TitleCategory.DEPUTY
        ]
        categories = {title.category.value for title in titles}
        if any(title.is_leader for title in titles):
            categories.add("leader")
        return cls(
            titles=frozenset(title.title for title in titles),
            last_words=frozenset(title.title.split()[-1] for title in titles),
            categories=frozenset(categories),
        )

    def fits(self, anaphor: _Anaphor) -> bool:
        for wanted in anaphor.titles:
            if wanted.title in self.titles:
                return True
            if " " not in wanted.title and wanted.title in self.last_words:
                return True
        return any(category in self.categories for category in anaphor.categories)
