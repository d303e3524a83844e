"""The actor lexicon: gazetteer forms as folded token n-grams, and the token layer.

Words are runs of letters and digits; what lies between two words is one of a few *gap*
kinds (a space, a hyphen, an apostrophe, a dot, a comma, a break), so that a name or a
title can be followed across "U.S." or "Jae-myung" but not across a line break.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, TypeVar

import attrs

from diplotimeline.extract.gazetteer import (
    Gazetteer,
    OrganizationType,
    PlaceKind,
    TitleCategory,
    TitleEntry,
    TitleKind,
    UNMembership,
    fold,
    is_case_sensitive,
)
from diplotimeline.extract.organizations import OrganizationShapes
from diplotimeline.extract.people import (
    NameConventions,
    load_actor_rules,
)

WORD: Final = re.compile(r"[^\W_]+")
WORD_SPLIT: Final = re.compile(r"([^\W_]+)")
URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}")
DASHES: Final = "-‐‑‒–—―−"
ACRONYM_AFTER: Final = re.compile(r"[ \t]{0,3}\((?P<short>[A-Z][A-Za-z0-9&-]{1,14})\)")
APOSTROPHES: Final = "'’"

# How the characters between two tokens join them.
SPACE, HYPHEN, APOS, DOT, DOTSPACE, COMMA, BREAK = range(7)
JOINING: Final = frozenset({SPACE, HYPHEN, APOS, DOT, DOTSPACE})
ARTICLES: Final = frozenset({"the", "a", "an"})
NAMED_KINDS: Final = frozenset(
    {"country", "demonym", "organization", "place", "office", "honorific", "block"}
)


# ---------------------------------------------------------------------------------------
# Lexicon: gazetteer forms as folded token n-grams


@attrs.frozen
class Entry:
    kind: str  # country, demonym, organization, place, office, honorific, modifier, block
    id: str
    exact: tuple[str, ...] | None = None
    title: TitleEntry | None = None
    capital: bool = False


@attrs.frozen
class Lexicon:
    entries: Mapping[tuple[str, ...], tuple[Entry, ...]]
    prefixes: frozenset[tuple[str, ...]]
    firsts: frozenset[str]
    singles: frozenset[str]  # one-word forms
    pairs: frozenset[tuple[str, str]]  # the first two words of longer forms
    max_len: int
    organizations: Mapping[str, tuple[str, str | None, str | None]]  # id -> name, acronym, country
    countries: Mapping[str, tuple[str, str]]  # id -> name, official name
    # The ids of the entities that are no UN member or observer (territories, Kosovo ...).
    non_members: frozenset[str]
    minister: TitleEntry | None
    # The last words of office forms: an office in the plural ("Foreign Ministers") ends in
    # one of them with an "s".
    office_ends: frozenset[str]
    # Folded words that may be an office in the plural ("ministers", "secretaries"): such a
    # last word or a portfolio head, with "s" (or "y" made "ies").
    plural_keys: frozenset[str]
    # How the entries of a key depend on case: CASELESS (all match in any case), CAPITAL
    # (all need a capital first letter), MIXED (decide entry by entry).
    modes: Mapping[tuple[str, ...], int]
    # The entries of each key by kind, the first of each kind (what ``ActorText`` asks).
    kinds: Mapping[tuple[str, ...], Mapping[str, Entry]]


CASELESS, CAPITAL, MIXED = range(3)
_CASELESS_KINDS: Final = frozenset({"office", "modifier", "honorific"})


def _mode(entries: tuple[Entry, ...]) -> int:
    if any(entry.exact is not None for entry in entries):
        return MIXED
    caseless = {entry.kind in _CASELESS_KINDS for entry in entries}
    if caseless == {True}:
        return CASELESS
    return CAPITAL if caseless == {False} else MIXED


def kinds_of(entries: tuple[Entry, ...]) -> dict[str, Entry]:
    """The first entry of each kind.

    Every office entry carries its title, so an "office" key means a title to read.
    """
    return {entry.kind: entry for entry in reversed(entries)}


def fold_tokens(form: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(form)))


def _build_lexicon(gazetteer: Gazetteer) -> Lexicon:
    shapes = OrganizationShapes.load()
    rules = load_actor_rules()
    table: defaultdict[tuple[str, ...], list[Entry]] = defaultdict(list)

    def add(form: str, entry: Entry) -> None:
        key = fold_tokens(form)
        if not key:
            return
        if is_case_sensitive(form):
            entry = attrs.evolve(entry, exact=tuple(WORD.findall(form)))
        table[key].append(entry)

    for form, country in gazetteer.country_names():
        add(form, Entry("country", country.id))
    for form, country in gazetteer.demonyms():
        add(form, Entry("demonym", country.id))
    organizations: dict[str, tuple[str, str | None, str | None]] = {}
    for form, organization in gazetteer.organization_names():
        if (
            shapes.is_excluded_gazetteer_name(organization.name)
            and organization.type is OrganizationType.FORUM
        ):
            # A meeting series ("East Asia Summit"), not a body with members and a
            # secretariat such as the (regional) Pacific Islands Forum.
            continue
        organizations[organization.id] = (
            organization.name,
            organization.acronym,
            organization.country,
        )
        add(form, Entry("organization", organization.id))
    for form, title in gazetteer.title_names():
        kind = {
            TitleKind.OFFICE: "office",
            TitleKind.HONORIFIC: "honorific",
            TitleKind.MODIFIER: "modifier",
        }[title.kind]
        add(form, Entry(kind, title.title, title=title))
    for form, place in gazetteer.place_names():
        add(form, Entry("place", place.country, capital=place.kind is PlaceKind.CAPITAL))
    for form in rules["countries"]["not_countries"]:
        add(form, Entry("block", ""))
    entries = {key: tuple(dict.fromkeys(values)) for key, values in table.items()}
    prefixes = frozenset(key[:size] for key in entries for size in range(1, len(key) + 1))
    office_ends = frozenset(
        key[-1] for key, values in entries.items() if any(e.kind == "office" for e in values)
    )
    singulars = office_ends | {fold(head) for head in rules["titles"]["portfolio_heads"]}
    return Lexicon(
        entries=entries,
        prefixes=prefixes,
        firsts=frozenset(key[0] for key in entries),
        singles=frozenset(key[0] for key in entries if len(key) == 1),
        pairs=frozenset((key[0], key[1]) for key in entries if len(key) > 1),
        max_len=max((len(key) for key in entries), default=1),
        organizations=organizations,
        countries={
            c.id: (c.name, c.official_name)
            for c in (*gazetteer.countries, *gazetteer.former_states)
        },
        non_members=frozenset(
            c.id for c in gazetteer.countries if c.un_member is UNMembership.NON_MEMBER
        ),
        minister=gazetteer.title("Minister"),
        office_ends=office_ends,
        plural_keys=frozenset(
            {f"{word}s" for word in singulars}
            | {f"{word[:-1]}ies" for word in singulars if word.endswith("y")}
        ),
        modes={key: _mode(values) for key, values in entries.items()},
        kinds={key: kinds_of(values) for key, values in entries.items()},
    )


_LEXICONS: dict[int, tuple[weakref.ref[Gazetteer], Lexicon]] = {}
_LEXICON_LOCK: Final = threading.Lock()


def lexicon_of(gazetteer: Gazetteer) -> Lexicon:
    with _LEXICON_LOCK:
        cached = _LEXICONS.get(id(gazetteer))
        if cached is not None and cached[0]() is gazetteer:
            return cached[1]
        lexicon = _build_lexicon(gazetteer)
        _LEXICONS[id(gazetteer)] = (weakref.ref(gazetteer), lexicon)
        return lexicon


@attrs.frozen
class Vocabulary:
    conventions: NameConventions
    shapes: OrganizationShapes
    portfolios: frozenset[str]
    portfolio_heads: frozenset[str]
    generic_modifiers: frozenset[str]
    generic_heads: Mapping[str, TitleEntry]
    standalone_heads: frozenset[str]
    relational_heads: Mapping[str, TitleEntry]
    # Folded lower-case nouns of a trade ("economist") that describe a person named after them.
    professions: frozenset[str]
    anaphors: Mapping[tuple[str, ...], tuple[str, ...]]
    feature_words: frozenset[str]
    currency_words: frozenset[str]  # folded
    language_cues: frozenset[str]  # folded
    language_after: tuple[tuple[str, ...], ...]  # folded phrases
    place_prepositions: frozenset[str]
    metonym_verbs: frozenset[str]
    led_by: frozenset[str]
    speech_verbs: frozenset[str]
    succession_verbs: frozenset[str]
    # Folded words that can open an office without a gazetteer match: a quick way out.
    office_openers: frozenset[str]
    place_heads: frozenset[str]
    # Folded words before a country's possessive that make a bare name after it a person.
    person_pair_cues: frozenset[str]
    # Folded phrases between an office word and its portfolio ("responsible for").
    remit_links: tuple[tuple[str, ...], ...]
    # Head words of bodies and events: a run of capitalised words that reaches one is no
    # person's name ("General Assembly").
    name_enders: frozenset[str]
    bodies: BodyWords


_VOCABULARY: list[Vocabulary] = []


@attrs.frozen
class BodyWords:
    """The ``[bodies]`` vocabulary of ``actors.toml``: bodies that are not actors."""

    council_heads: frozenset[str]
    mechanism_markers: frozenset[str]
    working_heads: frozenset[tuple[str, str]]
    venue_words: frozenset[str]
    venue_heads: frozenset[str]
    meeting_nouns: frozenset[str]
    plenary_of: Mapping[str, str]

    @classmethod
    def from_rules(cls, section: Mapping[str, Any]) -> BodyWords:
        """Read the ``[bodies]`` section (its lists of words)."""
        pairs = (tuple(WORD.findall(head)) for head in section["working_heads"])
        return cls(
            council_heads=frozenset(section["council_heads"]),
            mechanism_markers=frozenset(section["mechanism_markers"]),
            working_heads=frozenset((pair[0], pair[-1]) for pair in pairs if len(pair) == 2),
            venue_words=frozenset(section["venue_words"]),
            venue_heads=frozenset(section["venue_heads"]),
            meeting_nouns=frozenset(section["meeting_nouns"]),
            plenary_of=dict(section["plenary_of"]),
        )


def vocabulary_of() -> Vocabulary:
    if not _VOCABULARY:
        rules: Mapping[str, Any] = load_actor_rules()
        titles, context = rules["titles"], rules["context"]
        openers = (
            *titles["generic_modifiers"],
            *titles["portfolios"],
            *titles["portfolio_heads"],
            *titles["standalone_heads"],
            *titles["relational_heads"],
        )
        shapes = OrganizationShapes.load()
        _VOCABULARY.append(
            Vocabulary(
                conventions=NameConventions.load(),
                shapes=shapes,
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
                relational_heads={
                    fold(head): TitleEntry(
                        title=head, kind=TitleKind.OFFICE, category=TitleCategory.STATUS
                    )
                    for head in titles["relational_heads"]
                },
                professions=frozenset(fold(word) for word in titles["professions"]),
                anaphors={
                    fold_tokens(noun): tuple(kinds) for noun, kinds in titles["anaphors"].items()
                },
                feature_words=frozenset(rules["countries"]["feature_words"]),
                currency_words=frozenset(fold(w) for w in rules["countries"]["currency_words"]),
                language_cues=frozenset(fold(w) for w in rules["countries"]["language_cues"]),
                language_after=tuple(
                    fold_tokens(phrase) for phrase in rules["countries"]["language_after"]
                ),
                place_prepositions=frozenset(context["place_prepositions"]),
                metonym_verbs=frozenset(context["metonym_verbs"]),
                led_by=frozenset(context["led_by"]),
                speech_verbs=frozenset(context["speech_verbs"]),
                succession_verbs=frozenset(context["succession_verbs"]),
                office_openers=frozenset(fold(word) for word in openers),
                place_heads=frozenset(context["place_heads"]),
                person_pair_cues=frozenset(context["person_pair_cues"]),
                remit_links=tuple(fold_tokens(link) for link in titles["remit_links"]),
                name_enders=shapes.heads | shapes.event_heads,
                bodies=BodyWords.from_rules(rules["bodies"]),
            )
        )
    return _VOCABULARY[0]


_Value = TypeVar("_Value")


def positions_of(values: list[_Value], value: _Value, start: int = 0) -> Iterator[int]:
    """The indexes of ``value`` in ``values`` from ``start`` on, found by ``list.index``.

    For a rare value this is faster than any test of every item: the search runs in C
    and compares by identity first (small integers and common words are shared objects).

    Examples:
        >>> list(positions_of([3, 1, 3, 3], 3, 1))
        [2, 3]
    """
    index = values.index
    while True:
        try:
            start = index(value, start)
        except ValueError:
            return
        yield start
        start += 1


class Memo(dict[str, _Value]):
    """A table that computes a missing value once; it empties itself past ``limit`` keys.

    Its ``__getitem__`` is a plain dictionary look-up, cheaper than a call through
    :func:`functools.lru_cache`, so ``map(memo.__getitem__, words)`` runs in C for the
    words seen before.

    Examples:
        >>> lengths = Memo(len, limit=2)
        >>> lengths["abc"], lengths["ab"], len(lengths)
        (3, 2, 2)
        >>> lengths["a"], len(lengths)  # the third key empties the table first
        (1, 1)
    """

    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[str], _Value], *, limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: str) -> _Value:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value


FOLDED: Final[Memo[str]] = Memo(fold, limit=65536)
"""Folded words (:func:`~diplotimeline.extract.gazetteer.fold`), by the word as written."""


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


CAPITALISED: Final[Memo[bool]] = Memo(_is_capitalised, limit=65536)
"""Whether each word seen starts with a capital letter."""


def fold_word(word: str) -> str:
    return FOLDED[word]


def gap_kind(gap: str) -> int:
    if not gap or "\n" in gap or "\r" in gap:
        return BREAK
    stripped = gap.strip(" \t\u00a0\u2009\u202f")
    if not stripped:
        return SPACE
    if len(stripped) == 1:
        if stripped in DASHES:
            return HYPHEN
        if stripped in APOSTROPHES and stripped == gap:
            return APOS
        if stripped == ".":
            if gap == ".":
                return DOT
            return DOTSPACE if gap[0] == "." else BREAK
        if stripped == "," and gap[0] == ",":
            return COMMA
    return BREAK


GAP_KINDS: Final[Memo[int]] = Memo(gap_kind, limit=4096)
"""The :func:`gap_kind` of each gap text seen."""
