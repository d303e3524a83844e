"""Screens: cheap searches that find where a rule's pattern may start, for the engine.

A rule's pattern is compiled case-insensitively and usually starts with ``\\b`` or a
look-ahead, so Python's engine tries it at every position of a window: it can skip
ahead to a possible first character only when the pattern starts with a literal or a
character set matched with case. The engine searches each window instead with the rule's
*screen*::

    (?-i:[F])(?<=(?=(?:PATTERN))[\\s\\S])

where ``F`` holds every character a match of the pattern can start with (worked out from
the parsed pattern, the pattern's own look-aheads included, so ``(?=(?-i:[A-Z]))`` leaves
the capitals only). The set comes first, so the search jumps from one character of ``F``
to the next in C; at each, the look-behind steps back over that character and the
look-ahead tries the pattern there. The screen therefore finds the first place in the
window where the pattern matches, and the engine runs the pattern itself from there.
Better still, the screen runs as its case-sensitive twin over the lower-cased text
(:mod:`diplotimeline.extract._lowered`), which finds that place or an earlier one (a twin
may match more than the pattern; never less).

``F`` is exact only for texts in which case folds as ``str.lower()`` says, the texts for
which :func:`~diplotimeline.extract._lowered.twin_text_of` is not ``None``; the engine
uses screens on those only. A pattern whose first characters cannot be listed (a ``.``,
a negated set, a letter beyond ASCII that has a case) or that may match the empty
string has no screen. A conditional ``(?(name)yes|no)`` becomes ``(?:yes|no)`` in the
screen (a look-behind may not refer to its own groups), which matches wherever the
conditional does.

Examples:
    >>> import re
    >>> pattern = re.compile(r"\\b(?=(?-i:[A-Z]))(?:may|june)\\s+[0-9]+", re.IGNORECASE)
    >>> sorted(first_characters(pattern))
    ['J', 'M']
    >>> found = screen(pattern)
    >>> found is not None
    True
    >>> text = "in may 5 and in June 6"
    >>> regex, on_lowered = found
    >>> at = regex.search(text.lower() if on_lowered else text).start()
    >>> at  # the twin drops the capital: "may 5" is a candidate, the pattern then skips it
    3
    >>> pattern.search(text, at).start()
    16
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from diplotimeline.extract._lowered import twin_of_parsed

__all__ = ["first_characters", "screen"]

# A set of first characters, as the items of a parsed character set: ``(LITERAL, code)``
# and ``(CATEGORY, code)`` for ``\d``, ``\w``...
_Chars = frozenset[tuple[Any, Any]]
# The screen with a placeholder set, which gets the pattern's first characters.
_SCREEN: Final = "(?-i:[\\x00])(?<=(?=(?:{}))[\\s\\S])"


class _Unknown(Exception):
    """The first characters cannot be listed."""


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or ``None`` if unknown.

    A pattern that can start with a category (``\\d``, ``\\w``...) gives ``None`` here,
    though it may still have a screen. Case variants are listed for letters matched
    without case (ASCII only: texts whose case folds otherwise run without screens).

    Examples:
        >>> import re
        >>> sorted(first_characters(re.compile(r"\\b(?:the\\s+)?end", re.IGNORECASE)))
        ['E', 'T', 'e', 't']
        >>> first_characters(re.compile(r"a?")) is None
        True
    """
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _first_of(parsed.data, parsed.state.flags)
    except Exception:  # pragma: no cover - another Python's internals
        return None
    if found is None or any(op is not sre.LITERAL for op, _ in found):
        return None
    return frozenset(chr(code) for _, code in found)


def _first_of(items: Any, flags: int) -> _Chars | None:
    """The first characters of a parsed pattern, or ``None`` (unknown, or it may be empty)."""
    try:
        chars, empty = _sequence(list(items), flags)
    except _Unknown:
        return None
    if empty or not chars:
        return None
    return chars


def _sequence(items: list[tuple[Any, Any]], flags: int) -> tuple[_Chars, bool]:
    """The first characters of a sequence, and whether it can match the empty string."""
    from re import _constants as sre  # type: ignore[attr-defined]

    found: set[tuple[Any, Any]] = set()
    for index, (op, av) in enumerate(items):
        if op is sre.ASSERT and av[0] == 1:
            # A look-ahead: what follows it starts with one of its own first characters.
            ahead, ahead_empty = _sequence(list(av[1].data), flags)
            rest, rest_empty = _sequence(items[index + 1 :], flags)
            if ahead_empty:
                return frozenset(found | rest), rest_empty
            if rest_empty:
                raise _Unknown  # the character it sees may come after this sequence
            return frozenset(found | _meet(rest, ahead)), False
        chars, empty = _item(op, av, flags)
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _meet(chars: _Chars, allowed: _Chars) -> _Chars:
    """The characters of ``chars`` that ``allowed`` admits (kept whole when unsure)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    if any(op is not sre.LITERAL for op, _ in allowed):
        return chars  # a category in the look-ahead: keep every character
    if any(op is not sre.LITERAL for op, _ in chars):
        return allowed  # a category here: the look-ahead's characters are the bound
    return chars & allowed


def _item(op: Any, av: Any, flags: int) -> tuple[_Chars, bool]:
    """The first characters of one parsed item, and whether it can match empty."""
    from re import _constants as sre  # type: ignore[attr-defined]

    nocase = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        return _cases(av, nocase), False
    if op is sre.IN:
        return _set(av, nocase), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset(), True  # zero-width (a look-ahead in a sequence is handled there)
    if op is sre.BRANCH:
        found: set[tuple[Any, Any]] = set()
        empty = False
        for branch in av[1]:
            chars, branch_empty = _sequence(list(branch.data), flags)
            found |= chars
            empty = empty or branch_empty
        return frozenset(found), empty
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return _sequence(list(sub.data), (flags | add_flags) & ~del_flags)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
        low, _, sub = av
        chars, empty = _sequence(list(sub.data), flags)
        return chars, empty or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av.data), flags)
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        chars, empty = _sequence(list(yes.data), flags)
        if no is None:
            return chars, True
        other, other_empty = _sequence(list(no.data), flags)
        return chars | other, empty or other_empty
    raise _Unknown  # ".", a back-reference, a negated literal...


def _cases(code: int, nocase: bool) -> _Chars:
    """The characters a literal matches (ASCII letters in both cases without case)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    char = chr(code)
    if not nocase:
        return frozenset(((sre.LITERAL, code),))
    if char.isascii():
        return frozenset(((sre.LITERAL, ord(char.lower())), (sre.LITERAL, ord(char.upper()))))
    if char.lower() == char == char.upper() and not char.isalpha():
        return frozenset(((sre.LITERAL, code),))  # a dash, a quotation mark: no case
    raise _Unknown


def _set(items: list[tuple[Any, Any]], nocase: bool) -> _Chars:
    """The characters and categories of a character set."""
    from re import _constants as sre  # type: ignore[attr-defined]

    found: set[tuple[Any, Any]] = set()
    for op, av in items:
        if op is sre.LITERAL:
            found |= _cases(av, nocase)
        elif op is sre.RANGE:
            low, high = av
            if high - low > 256:
                raise _Unknown
            for code in range(low, high + 1):
                found |= _cases(code, nocase)
        elif op is sre.CATEGORY and av in _categories():
            found.add((op, av))
        else:
            raise _Unknown  # a negated set
    return frozenset(found)


@functools.cache
def _literal() -> Any:
    """The parser's code for a literal character."""
    from re import _constants as sre  # type: ignore[attr-defined]

    return sre.LITERAL


@functools.cache
def _categories() -> frozenset[Any]:
    """The categories a set of first characters may hold (those of ``\\d``, ``\\w``, ``\\s``)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    names = ("DIGIT", "NOT_DIGIT", "SPACE", "NOT_SPACE", "WORD", "NOT_WORD")
    return frozenset(getattr(sre, "CATEGORY_" + name) for name in names)


@functools.lru_cache(maxsize=1024)
def _screen_of(source: str, flags: int) -> tuple[re.Pattern[str], bool] | None:
    """The screen of the pattern ``source`` compiled with ``flags`` (see :func:`screen`)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        pattern = _parser.parse(source, flags)
        chars = _first_of(pattern.data, flags)
        if chars is None:
            return None
        parsed = _build(pattern, flags, chars)
        single = {chr(code).lower() for _, code in chars}
        if len(single) == 1 and all(op is _literal() for op, _ in chars):
            # One letter in either case, one in the lower case: the twin's search then
            # looks for that character alone (a tighter loop than for a set).
            parsed.data[0][1][3].data[0] = (_literal(), ord(single.pop()))
        lowered = twin_of_parsed(parsed, [])
        if lowered is not None:
            return lowered, True
        # No twin (and the parsed screen may be half lower-cased): the screen as it is.
        from re import _compiler  # type: ignore[attr-defined]

        pattern = _parser.parse(source, flags)
        found: re.Pattern[str] = _compiler.compile(_build(pattern, flags, chars), 0)
    except Exception:  # pragma: no cover - another Python's internals: no screen
        return None
    return found, False


def _build(pattern: Any, flags: int, chars: _Chars) -> Any:
    """The parsed screen of a parsed ``pattern`` (which it takes), its set holding ``chars``.

    The screen is parsed with a placeholder for the pattern, which then gets the parsed
    pattern, each conditional ``(?(name)yes|no)`` made ``(?:yes|no)`` (which matches
    wherever the conditional does): a look-behind may not hold a conditional on a group
    of its own, and the screen only has to match wherever the pattern does.
    """
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    _drop_conditionals(pattern)
    parsed = _parser.parse(_SCREEN.format("x"), flags)
    parsed.data[0][1][3].data[0] = (sre.IN, sorted(chars))  # the set in (?-i:[...])
    behind = parsed.data[1][1][1]  # (?<=...): the look-ahead and one character
    ahead = behind.data[0][1][1]  # (?=(?:x)): the placeholder
    if ahead.data != [(sre.LITERAL, ord("x"))]:  # pragma: no cover - another parser
        raise ValueError("unexpected parse of the screen")
    ahead.data = pattern.data
    parsed.state = pattern.state  # its groups
    return parsed


def _drop_conditionals(tree: Any) -> None:
    """Make every conditional of a parsed pattern a plain alternative, in place."""
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    data = tree.data
    for index, (op, av) in enumerate(data):
        if op is sre.GROUPREF_EXISTS:
            _, yes, no = av
            no = no if no is not None else _parser.SubPattern(tree.state)
            _drop_conditionals(yes)
            _drop_conditionals(no)
            data[index] = (sre.BRANCH, (None, [yes, no]))
        elif op is sre.BRANCH:
            for branch in av[1]:
                _drop_conditionals(branch)
        elif op is sre.SUBPATTERN:
            _drop_conditionals(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(
            sre, "POSSESSIVE_REPEAT", None
        ):
            _drop_conditionals(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _drop_conditionals(av[1])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            _drop_conditionals(av)


def screen(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], bool] | None:
    """The screen of ``pattern`` and whether it runs on the lower-cased text, or ``None``.

    The screen's first match in ``text[start:end]`` (searched with ``start`` and ``end``
    as ``pos`` and ``endpos``) is at or before the pattern's first match there, and
    there is none when the pattern has none; it holds for texts for which
    :func:`~diplotimeline.extract._lowered.twin_text_of` is not ``None``.

    Examples:
        >>> import re
        >>> screen(re.compile(r"\\bthe\\s+end", re.IGNORECASE))[1]
        True
        >>> screen(re.compile(r"a?")) is None
        True
    """
    return _screen_of(pattern.pattern, pattern.flags)
