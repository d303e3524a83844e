"""Name folding and comparison for merging (private: timeline must not import extract).

Names are folded (NFKD, combining marks stripped, ``đ`` -> ``d``, case folded, dashes and
quotes unified, punctuation dropped), then split into content words: no function words,
ordinals as bare numbers, a final plural ``s`` dropped. Words that only say what *type* of
event something is ("summit", "partnership", "memorandum") are generic: two names that
share only generic words are not evidence of one event.

Common multi-word names of international bodies are shortened to their usual abbreviation
("United Nations" -> "un") so that "UN Convention" and "United Nations Convention" have
the same content words. Words that state the *level* of a relationship ("comprehensive",
"strategic", "enhanced") tell apart a "Strategic Partnership" from the later
"Comprehensive Strategic Partnership" of the same two countries.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import attrs

__all__ = ["NameKey", "fold", "name_key", "similarity"]

_LETTERS: Final = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE"}
)
_QUOTES: Final = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_POSSESSIVE: Final = re.compile(r"'s\b")
_NON_WORD: Final = re.compile(r"[\W_]+")
_ORDINAL: Final = re.compile(r"(?P<number>[0-9]{1,6})(?:st|nd|rd|th)")
_PAREN: Final = re.compile(r"\((?P<inner>[^()]{1,40})\)")
_YEAR: Final = re.compile(r"1[5-9][0-9]{2}|2[0-9]{3}")
# Multi-word names of international bodies and states, folded, and their usual abbreviation.
_ABBREVIATIONS: Final = (
    ("united nations", "un"),
    ("european union", "eu"),
    ("african union", "au"),
    ("united states", "us"),
    ("united kingdom", "uk"),
    ("united arab emirates", "uae"),
)
_ABBREVIATION: Final = re.compile(r"\b(?:" + "|".join(long for long, _ in _ABBREVIATIONS) + r")\b")
_SHORT: Final = dict(_ABBREVIATIONS)
# Words that state the level of a relationship: different levels are different agreements.
_LEVELS: Final = frozenset(
    {"comprehensive", "strategic", "enhanced", "extensive", "privileged", "special"}
)
# Words that make a later instrument of an earlier one's name ("the Revised Treaty of X" is
# not "the Treaty of X"): a name with one and a name without are different agreements.
_REVISIONS: Final = frozenset({"revised", "amended", "additional", "supplementary"})

_STOPWORDS: Final = frozenset(
    {"a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "into", "its"}
    | {"of", "on", "or", "the", "their", "to", "with"}
)
# Abbreviations of an agreement's type inside a name, spelled out as its words.
_SPELLED: Final = {"mou": ("memorandum", "understanding"), "mous": ("memorandum", "understanding")}
# Words that name the type of an event or its general framing, not which one it is.
_GENERIC: Final = frozenset(
    {"meeting", "summit", "talk", "visit", "official", "state", "working", "trip"}
    | {"conference", "forum", "dialogue", "session", "plenary", "briefing", "press", "call"}
    | {"ministerial", "minister", "ministers", "leader", "leaders", "high", "level"}
    | {"bilateral", "multilateral", "related", "annual", "regular", "special", "agreement"}
    | {"partnership", "treaty", "convention", "memorandum", "understanding", "mou"}
    | {"statement", "joint", "declaration", "vision", "accord", "pact", "charter", "protocol"}
    | {"deal", "trade", "economic", "programme", "program", "project", "fund", "framework"}
    | {"initiative", "strategy", "plan", "action", "work", "comprehensive", "strategic"}
    | {"cooperation", "cooperative", "relation", "relations", "friendship", "international"}
    | {"regional", "global", "national", "new", "first", "second", "third", "phase"}
    | {"field", "area", "sphere", "domain"}  # "cooperation in the field of ..."
    # the head of a works project: "the X hydropower project" is "the X hydropower plant"
    | {"plant", "station", "scheme", "facility", "complex"}
)


def fold(text: str) -> str:
    """Fold a name for comparison: no case, diacritics, quotes, possessives or punctuation.

    Args:
        text: A name as written.

    Returns:
        Lower-case words joined by single spaces.

    Examples:
        >>> fold("Việt Nam–Đức “Strategic” Partnership")
        'viet nam duc strategic partnership'
        >>> fold("Ministers’ Meeting") == fold("Ministers' meeting")
        True
    """
    if text.isascii():
        bare = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
        bare = bare.translate(_LETTERS).translate(_QUOTES).casefold()
    bare = _POSSESSIVE.sub("", bare)
    return " ".join(_NON_WORD.sub(" ", bare.replace("'", "")).split())


def _content_words(folded: str) -> tuple[str, ...]:
    words: list[str] = []
    for word in folded.split():
        if word in _STOPWORDS:
            continue
        ordinal = _ORDINAL.fullmatch(word)
        if ordinal is not None:
            word = ordinal["number"]
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        elif word in _SPELLED:
            words.extend(_SPELLED[word])  # "green hydrogen MoU": a memorandum of understanding
            continue
        words.append(word)
    return tuple(words)


def _acronym(text: str) -> str | None:
    """The folded acronym when ``text`` is one ("PCSA", "ASEF 3.0", "G20"), else None."""
    stripped = text.strip()
    if not 2 <= len(stripped) <= 16 or any(c.islower() for c in stripped):
        return None
    words = fold(stripped).split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isalpha():
        return None
    return "".join(words)


def _initials(folded: str) -> str | None:
    words = [w for w in folded.split() if w not in _STOPWORDS and w[:1].isalpha()]
    return "".join(w[0] for w in words) if len(words) >= 3 else None


@attrs.frozen
class NameKey:
    """What a name (with its aliases) offers for comparison.

    ``words`` are the content-word sets of the name and of each alias; ``acronyms`` the
    explicit acronyms (an all-capital alias, a bracketed acronym at the end of the name);
    ``initials`` the initials of the long names; ``ordinals``, ``years`` and ``numbers``
    the numbers the names carry; ``levels`` the relationship levels the name states;
    ``revisions`` the words that make it a later instrument ("revised", "additional").

    Examples:
        >>> key = name_key("Pacific Clean Shipping Alliance (PCSA)", ())
        >>> (sorted(key.acronyms), sorted(key.initials))
        (['pcsa'], ['pcsa'])
    """

    words: tuple[frozenset[str], ...]
    distinctive: frozenset[str]
    acronyms: frozenset[str]
    initials: frozenset[str]
    ordinals: frozenset[str]
    years: frozenset[str]
    numbers: frozenset[str]
    levels: frozenset[str] = frozenset()
    revisions: frozenset[str] = frozenset()

    @property
    def is_generic(self) -> bool:
        """Whether the name has words but none that says which event it is ("Joint Statement").

        Examples:
            >>> (name_key("Joint Statement", ()).is_generic, name_key("Lima Accord", ()).is_generic)
            (True, False)
        """
        return bool(self.words) and not self.distinctive


def name_key(name: str, aliases: tuple[str, ...], acronym: str | None = None) -> NameKey:
    """Compute the comparison key of a name and its aliases.

    Examples:
        >>> key = name_key("28th Andean Summit", ("Andean Summit",))
        >>> (sorted(key.distinctive), sorted(key.ordinals))
        (['andean'], ['28'])
    """
    words: list[frozenset[str]] = []
    acronyms: set[str] = set()
    initials: set[str] = set()
    ordinals: set[str] = set()
    years: set[str] = set()
    numbers: set[str] = set()
    levels: frozenset[str] = frozenset()
    revisions: frozenset[str] = frozenset()
    for index, text in enumerate((name, *aliases)):
        explicit = _acronym(text)
        if explicit is not None:
            acronyms.add(explicit)
            continue
        for match in _PAREN.finditer(text):
            inner = _acronym(match["inner"])
            if inner is not None and match.end() == len(text.rstrip()):
                acronyms.add(inner)
        bare = fold(_PAREN.sub(" ", text))
        if index == 0:
            for word in fold(text).split():
                if _ORDINAL.fullmatch(word):
                    ordinals.add(_ORDINAL.fullmatch(word)["number"])  # type: ignore[index]
                elif _YEAR.fullmatch(word):
                    years.add(word)
                elif word.isdigit():
                    numbers.add(word)
        letters = _initials(bare)
        if letters is not None:
            initials.add(letters)
        content = _content_words(_ABBREVIATION.sub(_shorten, bare))
        if index == 0:
            levels = _LEVELS.intersection(content)
            revisions = _REVISIONS.intersection(content)
        if content:
            words.append(frozenset(content))
    distinctive = frozenset(
        w for group in words for w in group if w not in _GENERIC and not w.isdigit()
    )
    return NameKey(
        words=tuple(words),
        distinctive=distinctive | frozenset(acronyms),
        acronyms=frozenset(acronyms),
        initials=frozenset(initials),
        ordinals=frozenset(ordinals),
        years=frozenset(years),
        numbers=frozenset(numbers),
        levels=levels,
        revisions=revisions,
    )


def _shorten(match: re.Match[str]) -> str:
    return _SHORT[match[0]]


def _pair_score(first: frozenset[str], second: frozenset[str]) -> float:
    common = first & second
    if not common or not any(w not in _GENERIC and not w.isdigit() for w in common):
        return 0.0
    if first == second:
        return 1.0
    jaccard = len(common) / len(first | second)
    smaller = min(len(first), len(second))
    if smaller < 2:
        return jaccard
    return (jaccard + len(common) / smaller) / 2


def similarity(first: NameKey, second: NameKey) -> tuple[float, str]:
    """Score two names from 0.0 to 1.0 and say why.

    1.0 for equal content words, 0.95 for a shared acronym or an acronym that spells the
    other's initials, else the best mean of Jaccard index and containment over the pairs
    of name and alias word sets (0.0 when they share no distinctive word). Mismatched
    ordinals ("23rd" against "28th"), years, numbers or relationship levels (both names
    state a level, and not the same) score 0.0, as do names of which one states a revision
    the other does not ("Revised Treaty of X" against "Treaty of X").

    Examples:
        >>> a = name_key("Pacific Clean Shipping Alliance", ())
        >>> similarity(a, name_key("PCSA", ()))
        (0.95, 'acronym pcsa matches initials')
        >>> similarity(name_key("23rd Andean Summit", ()), name_key("28th Andean Summit", ()))
        (0.0, 'ordinal mismatch')
        >>> similarity(name_key("UN Charter", ()), name_key("Charter of the United Nations", ()))
        (1.0, 'same name')
        >>> similarity(name_key("Revised Treaty of Apia", ()), name_key("Treaty of Apia", ()))
        (0.0, 'revision mismatch')
    """
    for mine, theirs, label in (
        (first.ordinals, second.ordinals, "ordinal"),
        (first.years, second.years, "year"),
        (first.numbers, second.numbers, "number"),
    ):
        if mine and theirs and not mine & theirs:
            return 0.0, f"{label} mismatch"
    if first.levels and second.levels and first.levels != second.levels:
        return 0.0, "level mismatch"
    if first.revisions != second.revisions:
        return 0.0, "revision mismatch"
    best = 0.0
    for mine_words in first.words:
        for their_words in second.words:
            best = max(best, _pair_score(mine_words, their_words))
    if best == 1.0:
        return 1.0, "same name"
    shared = first.acronyms & second.acronyms
    if shared:
        return 0.95, f"shared acronym {min(shared)}"
    spelled = (first.acronyms & second.initials) | (second.acronyms & first.initials)
    if spelled:
        return 0.95, f"acronym {min(spelled)} matches initials"
    return round(best, 3), f"name similarity {best:.2f}"
