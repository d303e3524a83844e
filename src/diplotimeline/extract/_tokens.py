"""Word tokens of the event readers, made once per sentence and shared by every reader.

A :class:`Token` carries what the readers ask of it (lower case, word, capital,
possessive), computed once when it is made.

Examples:
    >>> [t.text for t in tokens_in("the 12th Andean-Nordic Summit.", 0, 30)]
    ['the', '12th', 'Andean-Nordic', 'Summit', '.']
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["QUOTES", "Token", "tokens_in"]

_TOKEN: Final = re.compile(
    # A word: letters and digits, single inner marks between them ("U.S", "Andean-Nordic").
    # (Words come first, as most tokens are words: no two branches start with the same
    # character, except the two of numbers, so the order changes no token.)
    r"[^\W\d_]\w*(?:[’'.&–-]\w+)*(?:[’'](?!\w))?"
    r"|[0-9]+(?:st|nd|rd|th)\b"
    r"|[0-9]+(?:[+.,:/–-][0-9]+)*"
    r"|[^\s\w]"
)
QUOTES: Final = frozenset("“”\"‘’'«»")
_FACTS_LIMIT: Final = 100_000
# The tokens of each blank-free chunk seen, as (offset in the chunk, length, text, facts):
# about 300 bytes a chunk, so the table empties itself past 20,000 chunks (a few MB).
_CHUNKS: dict[str, tuple[tuple[int, int, str, tuple[str, bool, bool, bool, bool]], ...]] = {}
_CHUNKS_LIMIT: Final = 20_000
# The facts of each word seen, as Token holds them: (lower, is_word, is_capital,
# is_name_word, is_possessive). Words repeat, so most tokens need only a look-up.
_FACTS: dict[str, tuple[str, bool, bool, bool, bool]] = {}


def _is_elided_capital(text: str) -> bool:
    """ "d'Ivoire", "l'Union": an elided French article before a capitalised word, a part
    of the name it stands in ("Côte d'Ivoire")."""
    return len(text) > 2 and text[0] in "dl" and text[1] in "'’" and text[2].isupper()


def _is_capital(text: str) -> bool:
    first = text[0]
    if not first.isupper():
        return first.isdigit() or _is_elided_capital(text)
    if "-" not in text and "–" not in text:
        return True
    # "Nam-themed" is a modifier, not a name part.
    last = text.replace("–", "-").rsplit("-", 1)[-1]
    return not last[:1].islower()


class Token:
    """One token and the facts the readers ask of it, computed once.

    Examples:
        >>> token = Token(0, 6, "Japan’s")
        >>> (token.lower, token.is_word, token.is_capital, token.is_possessive)
        ('japan’s', True, True, True)
    """

    __slots__ = (
        "end",
        "is_capital",
        "is_name_word",
        "is_possessive",
        "is_word",
        "lower",
        "start",
        "text",
    )

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()
        self.is_word = is_word = text[0].isalnum()
        self.is_capital = is_capital = _is_capital(text)
        self.is_name_word = is_word and is_capital
        self.is_possessive = len(text) > 2 and text.endswith(("’s", "'s"))

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def _facts(word: str) -> tuple[str, bool, bool, bool, bool]:
    is_word = word[0].isalnum()
    is_capital = _is_capital(word)
    facts = (
        word.lower(),
        is_word,
        is_capital,
        is_word and is_capital,
        len(word) > 2 and word.endswith(("’s", "'s")),
    )
    if len(_FACTS) >= _FACTS_LIMIT:
        _FACTS.clear()
    _FACTS[word] = facts
    return facts


def _chunk_tokens(
    chunk: str,
) -> tuple[tuple[int, int, str, tuple[str, bool, bool, bool, bool]], ...]:
    """The tokens of a blank-free ``chunk`` read alone: (offset, length, text, facts).

    A token starts at the first place at or after the last one's end where its text occurs
    (the pattern skips only "_" and digits other than 0-9 here, which start no token)."""
    found = []
    at = 0
    for word in _TOKEN.findall(chunk):
        if len(word) == len(chunk):
            word = chunk  # a chunk of one token keeps one string
        facts = _FACTS.get(word) or _facts(word)
        at = chunk.find(word, at)
        found.append((at, len(word), word, facts))
        at += len(word)
    tokens = tuple(found)
    if len(_CHUNKS) >= _CHUNKS_LIMIT:
        _CHUNKS.clear()
    _CHUNKS[chunk] = tokens
    return tokens


def tokens_in(text: str, start: int, end: int) -> list[Token]:
    """Tokenise ``text[start:end]`` (offsets into ``text``).

    Examples:
        >>> [t.start for t in tokens_in("He met Ito.", 3, 11)]
        [3, 7, 10]
    """
    # No token holds a blank, and no part of the pattern looks behind a token or past a
    # blank (``(?!\w)`` and ``\b`` after a token hold alike before a blank, at the end of
    # the slice and at the end of a chunk). So the tokens of the slice are those of its
    # chunks between blanks, each read alone: once, when the chunk is first seen, and
    # remembered (chunks repeat). A chunk starts at the first place at or after the last
    # one's end where its text occurs (only blanks lie in between). The tokens are filled
    # in here, as Token.__init__ would fill them, without a call per token.
    tokens: list[Token] = []
    append = tokens.append
    new = object.__new__
    known = _CHUNKS.get
    find = text.find
    at = start
    for chunk in text[start:end].split():
        base = find(chunk, at)
        at = base + len(chunk)
        for offset, length, word, facts in known(chunk) or _chunk_tokens(chunk):
            token = new(Token)
            token.start = first = base + offset
            token.end = first + length
            token.text = word
            (
                token.lower,
                token.is_word,
                token.is_capital,
                token.is_name_word,
                token.is_possessive,
            ) = facts
            append(token)
    return tokens
