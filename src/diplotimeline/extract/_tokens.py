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
    r"[0-9]+(?:st|nd|rd|th)\b"
    r"|[0-9]+(?:[+.,:/–-][0-9]+)*"
    r"|[^\W\d_](?:\w|[’'.&–-](?=\w))*(?:[’'](?!\w))?"
    r"|[^\s\w]"
)
QUOTES: Final = frozenset("“”\"‘’'«»")


def _is_capital(text: str) -> bool:
    first = text[0]
    if not first.isupper():
        return first.isdigit()
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
        first = text[0]
        self.is_word = is_word = first.isalnum()
        if first.isupper():
            is_capital = ("-" not in text and "–" not in text) or _is_capital(text)
        else:
            is_capital = first.isdigit()
        self.is_capital = is_capital
        self.is_name_word = is_word and is_capital
        self.is_possessive = len(text) > 2 and text.endswith(("’s", "'s"))

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokens_in(text: str, start: int, end: int) -> list[Token]:
    """Tokenise ``text[start:end]`` (offsets into ``text``).

    Examples:
        >>> [t.start for t in tokens_in("He met Ito.", 3, 11)]
        [3, 7, 10]
    """
    # No part of the pattern looks behind a token, so scanning between ``start`` and
    # ``end`` gives the tokens of the slice without copying it. The tokens are filled in
    # here, as Token.__init__ would fill them, without a call per token.
    tokens: list[Token] = []
    append = tokens.append
    new = object.__new__
    for match in _TOKEN.finditer(text, start, end):
        token = new(Token)
        token.start, token.end = match.span()
        token.text = word = match.group()
        token.lower = word.lower()
        first = word[0]
        token.is_word = is_word = first.isalnum()
        if first.isupper():
            is_capital = ("-" not in word and "–" not in word) or _is_capital(word)
        else:
            is_capital = first.isdigit()
        token.is_capital = is_capital
        token.is_name_word = is_word and is_capital
        token.is_possessive = len(word) > 2 and word.endswith(("’s", "'s"))
        append(token)
    return tokens
