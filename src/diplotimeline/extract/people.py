"""Person names: which token is the family name, person ids and display forms.

News writes names in several orders: "ISHIDA Kenji" (an upper-case family name),
"Ishida Kenji" and "Kenji Ishida" for the same person. :func:`order_name` decides the order
from, in turn: an upper-case family name; the country's convention (``[names]`` in
``data/rules/en/actors.toml``); the token the text uses on its own ("Minister Ishida"); for
Japanese names, the usual endings of given and family names; for a name of unknown origin,
whether every token is a Vietnamese syllable. Nothing here knows any particular person.

Examples:
    >>> order_name(["ISHIDA", "Kenji"]).id
    'ishida-kenji'
    >>> order_name(["Kenji", "Ishida"], country="jp", alone={"ishida"}).id
    'ishida-kenji'
    >>> order_name(["Maria", "Lopez"], country="pe").id
    'lopez-maria'
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Final

import attrs

from diplotimeline.errors import RuleFileError
from diplotimeline.extract.gazetteer import fold
from diplotimeline.model import NameOrder

__all__ = [
    "NameConventions",
    "OrderedName",
    "display_token",
    "is_vietnamese_syllable",
    "load_actor_rules",
    "name_slug",
    "order_name",
]

_RULES_PATH: Final = "rules/en/actors.toml"
_RULES_SCHEMA: Final = 1
_NON_SLUG: Final = re.compile(r"[^a-z0-9]+")
# One Vietnamese syllable, folded to ASCII: onset, one to three vowels, coda. Bounded, linear.
_VIETNAMESE_SYLLABLE: Final = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
# Romanised Japanese: a run of morae (consonant, optional y, vowel, optional n). Linear:
# each mora starts with a consonant or vowel that the previous one cannot end with.
_JAPANESE_WORD: Final = re.compile(
    r"(?:(?:sh|ch|ts|[kgsztdnhbpmrwfj])?y?[aeiou](?:n(?![aeiouy]))?){1,8}"
)


@functools.cache
def load_actor_rules() -> Mapping[str, Any]:
    """Load ``data/rules/en/actors.toml`` once: the vocabulary of actor recognition.

    Returns:
        The parsed file (sections ``names``, ``titles``, ``organizations``, ``countries``,
        ``context``).

    Raises:
        RuleFileError: The file lacks ``schema = 1``, a description or a section.

    Examples:
        >>> "jp" in load_actor_rules()["names"]["family_first"]
        True
    """
    source = importlib.resources.files("diplotimeline.data").joinpath(_RULES_PATH)
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    if data.get("schema") != _RULES_SCHEMA:
        raise RuleFileError(f"expected schema = {_RULES_SCHEMA}", path=_RULES_PATH)
    if not isinstance(data.get("description"), str):
        raise RuleFileError("expected a description", path=_RULES_PATH)
    for section in ("names", "titles", "organizations", "countries", "context"):
        if not isinstance(data.get(section), dict):
            raise RuleFileError(f"expected a [{section}] table", path=_RULES_PATH)
    return data


def _words(section: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = section.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RuleFileError(f"[names] {key} must be a list of strings", path=_RULES_PATH)
    return tuple(value)


@attrs.frozen(kw_only=True)
class NameConventions:
    """How names of each country are written and referred to (the ``[names]`` section).

    Examples:
        >>> conventions = NameConventions.load()
        >>> conventions.is_family_first("vn"), conventions.is_family_first("br")
        (True, False)
    """

    family_first: frozenset[str]
    varies: frozenset[str]
    varies_default_family_first: frozenset[str]
    short_form_given: frozenset[str]
    short_form_family_too: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    japanese_given_endings: tuple[str, ...]
    japanese_family_endings: tuple[str, ...]
    not_names: frozenset[str]
    honorific_words: frozenset[str]

    @classmethod
    @functools.cache
    def load(cls) -> NameConventions:
        """The packaged conventions (loaded once).

        Examples:
            >>> "da" in NameConventions.load().particles
            True
        """
        names = load_actor_rules()["names"]
        return cls(
            family_first=frozenset(_words(names, "family_first")),
            varies=frozenset(_words(names, "varies")),
            varies_default_family_first=frozenset(_words(names, "varies_default_family_first")),
            short_form_given=frozenset(_words(names, "short_form_given")),
            short_form_family_too=frozenset(_words(names, "short_form_family_too")),
            particles=frozenset(_words(names, "particles")),
            suffixes=frozenset(_words(names, "suffixes")),
            japanese_given_endings=tuple(
                sorted(_words(names, "japanese_given_endings"), key=len, reverse=True)
            ),
            japanese_family_endings=tuple(
                sorted(_words(names, "japanese_family_endings"), key=len, reverse=True)
            ),
            not_names=frozenset(_words(names, "not_names")),
            honorific_words=frozenset(_words(names, "honorific_words")),
        )

    def is_family_first(self, country: str | None) -> bool:
        """Whether the country's names are written family name first (a fixed convention).

        Examples:
            >>> NameConventions.load().is_family_first(None)
            False
        """
        return country is not None and country in self.family_first and country not in self.varies

    def uses_given_name_alone(self, country: str | None) -> bool:
        """Whether people of the country are referred to by their given name alone.

        Examples:
            >>> NameConventions.load().uses_given_name_alone("th")
            True
        """
        return country is not None and country in self.short_form_given

    def uses_family_name_alone_too(self, country: str | None) -> bool:
        """Whether people of a country referred to by their given name alone are also
        referred to by their family name alone ("Chaiyaporn said" of Siriporn Chaiyaporn).

        Examples:
            >>> conventions = NameConventions.load()
            >>> [conventions.uses_family_name_alone_too(c) for c in ("th", "vn")]
            [True, False]
        """
        return country is not None and country in self.short_form_family_too


@attrs.frozen(kw_only=True)
class OrderedName:
    """A name split into family and given parts, with its order as written.

    Examples:
        >>> name = OrderedName(family=("Ishida",), given=("Kenji",), order=NameOrder.FAMILY_FIRST)
        >>> name.id, name.name
        ('ishida-kenji', 'Ishida Kenji')
    """

    family: tuple[str, ...]
    given: tuple[str, ...] = ()
    suffix: tuple[str, ...] = ()
    order: NameOrder = NameOrder.UNKNOWN

    @property
    def id(self) -> str:
        """The person id: family then given names, folded to ASCII, joined by hyphens."""
        return name_slug(" ".join((*self.family, *self.given)))

    @property
    def name(self) -> str:
        """The display name: family first for family-first names, else given first."""
        if self.order is NameOrder.GIVEN_FIRST:
            parts = (*self.given, *self.family, *self.suffix)
        else:
            parts = (*self.family, *self.given, *self.suffix)
        return " ".join(parts)

    @property
    def family_name(self) -> str | None:
        """The family name, or None for a single-name person."""
        return " ".join(self.family) if self.given else None

    @property
    def given_name(self) -> str | None:
        """The given name(s), or the single name."""
        return " ".join(self.given) if self.given else " ".join(self.family)


@functools.lru_cache(maxsize=16384)
def name_slug(text: str) -> str:
    """Fold ``text`` to a lower-case ASCII slug joined by hyphens.

    Examples:
        >>> name_slug("Đặng Thị Hương")
        'dang-thi-huong'
        >>> name_slug("Lee Jae-myung")
        'lee-jae-myung'
    """
    return _NON_SLUG.sub("-", fold(text)).strip("-")


def display_token(token: str) -> str:
    """Write an upper-case name token in title case; leave other tokens as they are.

    Examples:
        >>> display_token("ISHIDA"), display_token("Jae-myung"), display_token("McCain")
        ('Ishida', 'Jae-myung', 'McCain')
    """
    if token.isupper() and len(token) > 1:
        return "-".join(part[:1] + part[1:].lower() for part in token.split("-"))
    return token


@functools.lru_cache(maxsize=16384)
def is_vietnamese_syllable(token: str) -> bool:
    """Whether a token can be one Vietnamese syllable (judged after folding diacritics).

    Examples:
        >>> [is_vietnamese_syllable(t) for t in ("Nguyễn", "Thanh", "Schmidt", "Ruto")]
        [True, True, False, False]
    """
    return _VIETNAMESE_SYLLABLE.fullmatch(fold(token)) is not None


def _is_east_asian_given_name(token: str) -> bool:
    """A hyphenated given name with a lower-case second part: "Jae-myung", "Tae-yul"."""
    first, _, second = token.partition("-")
    return bool(first) and second[:1].islower()


@functools.lru_cache(maxsize=16384)
def _looks_japanese(token: str) -> bool:
    return _JAPANESE_WORD.fullmatch(fold(token)) is not None


@functools.lru_cache(maxsize=16384)
def _folded_token(token: str) -> str:
    return fold(token)


@functools.lru_cache(maxsize=16384)
def _ending(token: str, endings: tuple[str, ...]) -> int:
    """The length of the first of ``endings`` that ends ``token`` (folded) without being
    all of it, or 0. Cached: a name's tokens recur in an article."""
    folded = _folded_token(token)
    return next((len(end) for end in endings if folded.endswith(end) and folded != end), 0)


def _japanese_family_index(tokens: Sequence[str], conventions: NameConventions) -> int | None:
    """Which of two Japanese tokens looks like the family name, or None when it is unclear."""
    if len(tokens) != 2 or not all(_looks_japanese(token) for token in tokens):
        return None
    scores = [
        _ending(token, conventions.japanese_family_endings)
        - _ending(token, conventions.japanese_given_endings)
        for token in tokens
    ]
    if scores[0] == scores[1]:
        return None
    return 0 if scores[0] > scores[1] else 1


def _upper_index(tokens: Sequence[str]) -> int | None:
    """The position of the one upper-case token in a mixed-case name, if there is one."""
    upper = [i for i, token in enumerate(tokens) if token.isupper() and len(token) > 1]
    if len(upper) == 1 and len(upper) < len(tokens):
        return upper[0]
    return None


def _split(
    tokens: Sequence[str], family_first: bool, conventions: NameConventions
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    shown = [display_token(token) for token in tokens]
    if family_first:
        return (shown[0],), tuple(shown[1:])
    start = len(shown) - 1
    while start > 1 and shown[start - 1] in conventions.particles:
        start -= 1
    return tuple(shown[start:]), tuple(shown[:start])


def order_name(
    tokens: Sequence[str],
    *,
    country: str | None = None,
    alone: Collection[str] = (),
    conventions: NameConventions | None = None,
) -> OrderedName:
    """Split a name as written into family and given names.

    Args:
        tokens: The name's words as written ("Jae-myung" is one word), without titles.
        country: The person's country (alpha-2), when the text tells it.
        alone: Folded tokens the text uses on their own for this person ("ishida").
        conventions: Name conventions; the packaged ones by default.

    Returns:
        The ordered name (its ``id`` and ``name`` follow the gold conventions).

    Examples:
        >>> order_name(["Nguyễn", "Văn", "An"]).id
        'nguyen-van-an'
        >>> order_name(["Kenji", "ISHIDA"]).order.value
        'given-first'
        >>> order_name(["Suharti"]).order.value
        'single'
        >>> order_name(["Mauro", "Vieira"], country="br").name
        'Mauro Vieira'
    """
    conventions = conventions or NameConventions.load()
    words = list(tokens)
    suffix: tuple[str, ...] = ()
    while len(words) > 1 and words[-1].rstrip(".") in conventions.suffixes:
        suffix = (words.pop(), *suffix)
    if len(words) == 1:
        return OrderedName(family=(display_token(words[0]),), suffix=suffix, order=NameOrder.SINGLE)
    family_first = _family_first(words, country, alone, conventions)
    family, given = _split(words, family_first, conventions)
    order = NameOrder.FAMILY_FIRST if family_first else NameOrder.GIVEN_FIRST
    return OrderedName(family=family, given=given, suffix=suffix, order=order)


def _family_first(
    words: Sequence[str], country: str | None, alone: Collection[str], conventions: NameConventions
) -> bool:
    upper = _upper_index(words)
    if upper is not None:
        return upper == 0
    if conventions.is_family_first(country):
        return True
    first, last = _folded_token(words[0]), _folded_token(words[-1])
    by_use: bool | None = None
    if first in alone and last not in alone:
        by_use = True
    elif last in alone and first not in alone:
        by_use = False
    if country is not None and country in conventions.varies:
        if by_use is not None:
            return by_use
        if country == "jp":
            index = _japanese_family_index(words, conventions)
            if index is not None:
                return index == 0
        return country in conventions.varies_default_family_first
    if country is not None:
        return False
    if all(is_vietnamese_syllable(word) for word in words):
        return True
    if len(words) == 2 and _is_east_asian_given_name(words[1]):
        return True
    index = _japanese_family_index(words, conventions)
    if index is not None:
        return index == 0
    return by_use if by_use is not None else False
