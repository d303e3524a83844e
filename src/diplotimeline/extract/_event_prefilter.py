"""Shortcuts of the event stage that change its speed, never its answers (session 11).

Each function here computes what a plainer computation of the event readers computes,
faster; ``tests/extract/test_speed11_pipeline.py`` compares each with the plain one.

- :func:`trie_alternation` writes an alternation of words as a trie: the same strings,
  but Python's engine tries a handful of branches at a position instead of one per word
  (the head words of ``events.toml`` are looked for at the start of every word of every
  sentence, see :func:`~diplotimeline.extract._event_cues.head_word_pattern`);
- the tokeniser (:func:`~diplotimeline.extract._tokens.tokens_in`) takes its tokens as
  strings (``findall``, no match object each) and their offsets from ``str.find``;
- :meth:`Context.sentence_lower <diplotimeline.extract._event_context.Context.sentence_lower>`
  keeps the lower case of each sentence, which several readers ask for, made once.

Examples:
    >>> import re
    >>> trie_alternation(["summit", "summits", "sum"])
    'sum(?:mit(?:s)?)?'
    >>> bool(re.fullmatch(trie_alternation(["summit", "summits", "sum"]), "summits"))
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie_alternation"]


def trie_alternation(words: Iterable[str]) -> str:
    """A regular expression (no groups) that matches exactly the strings ``words``.

    The words are laid out as a trie: words that share a beginning share its branch, so
    the engine compares each character of the text once per level instead of once per
    word. It matches the same set of strings as ``"|".join(map(re.escape, words))``
    (wherever that one matches a string at a position, so does this one, and no other
    string), so a pattern searched for a match of it somewhere finds one exactly when
    the plain alternation does. No quantifier is nested in another: it runs in linear
    time.

    Args:
        words: The strings (non-empty; an empty one is ignored).

    Returns:
        The expression, as a non-capturing group when it has alternatives.

    Examples:
        >>> trie_alternation(["meeting", "memorandum", "forum"])
        '(?:forum|me(?:eting|morandum))'
        >>> trie_alternation(["talks"])
        'talks'
    """
    return _trie(sorted({word for word in words if word}))


def _trie(words: list[str]) -> str:
    """The trie of sorted, distinct ``words`` (possibly with "" for a word that ends here)."""
    ends_here = bool(words) and words[0] == ""
    rest = words[1:] if ends_here else words
    branches: list[str] = []
    index = 0
    while index < len(rest):
        first = rest[index][0]
        stop = index
        while stop < len(rest) and rest[stop][0] == first:
            stop += 1
        group = [word[1:] for word in rest[index:stop]]
        if len(group) == 1:
            branches.append(re.escape(rest[index]))  # no sharing: the word itself
        else:
            branches.append(re.escape(first) + _trie(group))
        index = stop
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # A word ends here, others go on: the rest is optional.
        inner = body if body.startswith("(?:") and len(branches) > 1 else f"(?:{body})"
        return inner + "?"
    return body
