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

import attrs

from diplotimeline.extract._lowered import twin_of_parsed

__all__ = ["Gate", "first_characters", "gate", "needs", "screen"]

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
    if not _has_reference(pattern.data):
        _drop_captures(pattern)
    parsed = _parser.parse(_SCREEN.format("x"), flags)
    parsed.data[0][1][3].data[0] = (sre.IN, sorted(chars))  # the set in (?-i:[...])
    behind = parsed.data[1][1][1]  # (?<=...): the look-ahead and one character
    ahead = behind.data[0][1][1]  # (?=(?:x)): the placeholder
    if ahead.data != [(sre.LITERAL, ord("x"))]:  # pragma: no cover - another parser
        raise ValueError("unexpected parse of the screen")
    ahead.data = pattern.data
    parsed.state = pattern.state  # its groups
    return parsed


def _drop_captures(tree: Any) -> None:
    """Make every capturing group of a parsed pattern a plain group, in place.

    A screen only says where a match may start, and a capturing group matches where a
    plain one does; without one, the engine records no group positions at each try.
    (Only for a pattern that refers to no group: see :func:`_has_reference`.)
    """
    from re import _constants as sre  # type: ignore[attr-defined]

    data = tree.data
    for index, (op, av) in enumerate(data):
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            data[index] = (op, (None, add_flags, del_flags, inner))
            _drop_captures(inner)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _drop_captures(branch)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(
            sre, "POSSESSIVE_REPEAT", None
        ):
            _drop_captures(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _drop_captures(av[1])
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            _drop_captures(av)


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


# Needs: strings of which every match of a pattern holds one (see needs()).
_NEED_LIMIT: Final = 16  # at most this many strings in a set, and in a product of sets
_NEEDS_KEPT: Final = 3  # the best sets a pattern keeps (every one of them is needed)


@attrs.frozen
class _Need:
    """What one parsed item tells of the strings its matches hold (all lower-cased).

    ``exact`` is every string the item can match, when few, else ``None``; ``needs``
    holds sets of strings of each of which every match holds one (none when ``exact`` is
    known, which says more); ``first`` and ``last`` the strings one of which every match
    starts or ends with, when known (with ``exact``, they are ``exact``).
    """

    exact: frozenset[str] | None = None
    needs: tuple[frozenset[str], ...] = ()
    first: frozenset[str] | None = None
    last: frozenset[str] | None = None

    @property
    def starts(self) -> frozenset[str] | None:
        """The strings every match starts with one of (none of them empty), if known."""
        found = self.exact if self.exact is not None else self.first
        return None if found is None or "" in found else found

    @property
    def ends(self) -> frozenset[str] | None:
        """The strings every match ends with one of (none of them empty), if known."""
        found = self.exact if self.exact is not None else self.last
        return None if found is None or "" in found else found


_EMPTY: Final = _Need(frozenset({""}))
_NOTHING: Final = _Need()
_NO_STRING: Final = frozenset({""})


def _rank(strings: frozenset[str]) -> tuple[int, int, tuple[str, ...]]:
    """How much a set says: its shortest string, longer first, then fewer strings.

    Ties go by the sorted strings, so the order never hangs on string hashing
    (``PYTHONHASHSEED``): the same screens run, in the same order, in every process.
    """
    return (-min(map(len, strings)), len(strings), tuple(sorted(strings)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings that hold no other: a text that holds one of them holds one of these."""
    return frozenset(
        string
        for string in strings
        if not any(other != string and other in string for other in strings)
    )


def _needed(need: _Need) -> tuple[frozenset[str], ...]:
    """The sets of ``need``, its exact strings counted as one set (unless one is empty)."""
    if need.exact is not None and "" not in need.exact:
        return (_minimal(need.exact), *need.needs)
    return need.needs


def _best(sets: Any) -> tuple[frozenset[str], ...]:
    """The ``_NEEDS_KEPT`` sets that say most, without repeats."""
    return tuple(sorted(set(sets), key=_rank)[:_NEEDS_KEPT])


def _joined(heads: frozenset[str], tails: frozenset[str] | None) -> frozenset[str] | None:
    """Every head followed by every tail, when there are few (``None`` otherwise)."""
    if tails is None or len(heads) * len(tails) > _NEED_LIMIT:
        return None
    return frozenset(head + tail for head in heads for tail in tails)


def _need_sequence(items: list[tuple[Any, Any]]) -> _Need:
    """The need of a sequence: its items' strings joined while few, each item's sets kept.

    ``run`` holds the strings that the text just before the current item ends with; at an
    item that is not exact, ``run`` followed by the strings the item starts with is
    needed (a piece of every match), and ``run`` starts again from the strings it ends with.
    """
    run: frozenset[str] = _NO_STRING
    sets: list[frozenset[str]] = []
    first: frozenset[str] | None = None
    broken = False
    for op, av in items:
        item = _need_item(op, av)
        if item.exact is not None:
            longer = _joined(run, item.exact)
            if longer is not None:
                run = longer
                continue
        piece = _joined(run, item.starts)
        if piece is None:
            piece = run
            if not broken:
                first = None if "" in run else run
        elif not broken:
            first = piece
        sets.extend(_needed(_Need(piece)))
        if item.exact is not None:
            run = item.exact
        else:
            sets.extend(item.needs)
            run = item.ends or _NO_STRING
        broken = True
    if not broken:
        return _Need(run)
    sets.extend(_needed(_Need(run)))
    return _Need(None, _best(sets), first, None if "" in run else run)


def _union_of(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """All the strings of the sets, when each is known and they are few."""
    if any(one is None for one in sets):
        return None
    joined = frozenset().union(*sets)  # type: ignore[arg-type]
    return joined if len(joined) <= _NEED_LIMIT else None


def _need_union(needs: list[_Need]) -> _Need:
    """The need of alternatives: all their strings, or the best set of each, joined."""
    exact = _union_of([need.exact for need in needs])
    if exact is not None:
        return _Need(exact)
    first = _union_of([need.starts for need in needs])
    last = _union_of([need.ends for need in needs])
    best = []
    for need in needs:
        sets = _needed(need)
        if not sets:
            return _Need(None, (), first, last)
        best.append(min(sets, key=_rank))
    joined = _minimal(frozenset().union(*best))
    return _Need(None, (joined,) if len(joined) <= _NEED_LIMIT else (), first, last)


def _need_char(code: int) -> str | None:
    """The lower case of a character a literal matches, if the lower-cased text holds it.

    Letters beyond ASCII and blanks give ``None``: a blank would split a chunk of text.
    """
    char = chr(code)
    if char.isspace():
        return None
    if char.isascii():
        return char.lower()
    if char.lower() == char == char.upper() and not char.isalpha():
        return char
    return None


def _need_item(op: Any, av: Any) -> _Need:
    """The need of one parsed item (see :func:`needs`)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    if op is sre.LITERAL:
        char = _need_char(av)
        return _NOTHING if char is None else _Need(frozenset({char}))
    if op is sre.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is sre.LITERAL:
                codes: Any = (item_av,)
            elif item_op is sre.RANGE and item_av[1] - item_av[0] < _NEED_LIMIT:
                codes = range(item_av[0], item_av[1] + 1)
            else:
                return _NOTHING  # a category, a negated set, a wide range
            for code in codes:
                char = _need_char(code)
                if char is None:
                    return _NOTHING
                chars.add(char)
        return _Need(frozenset(chars)) if len(chars) <= _NEED_LIMIT else _NOTHING
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY  # zero-width: what a look-around sees may lie outside the match
    if op is sre.SUBPATTERN:
        return _need_sequence(list(av[3].data))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _need_sequence(list(av.data))
    if op is sre.BRANCH:
        return _need_union([_need_sequence(list(branch.data)) for branch in av[1]])
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        other = _EMPTY if no is None else _need_sequence(list(no.data))
        return _need_union([_need_sequence(list(yes.data)), other])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        inner = _need_sequence(list(sub.data))
        if low == high == 1:
            return inner
        if low >= 1:
            return _Need(None, _needed(inner), inner.starts, inner.ends)
        if high == 1 and inner.exact is not None and len(inner.exact) < _NEED_LIMIT:
            return _Need(inner.exact | {""})
        return _EMPTY if inner.exact == frozenset({""}) else _NOTHING
    return _NOTHING  # any character, a back-reference...


@functools.lru_cache(maxsize=1024)
def _needs_of(source: str, flags: int) -> tuple[frozenset[str], ...]:
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        return _needed(_need_sequence(list(parsed.data)))
    except Exception:  # pragma: no cover - another Python's internals: no needs
        return ()


def needs(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings of each of which every match of ``pattern`` holds one.

    The strings are lower case and hold no blank, so a match in a text whose case folds
    as ``str.lower()`` says (:func:`~diplotimeline.extract._lowered.twin_text_of`) holds
    one of each set in its lower case, within one of the text's chunks between blanks.
    What a look-around sees is not counted (it may lie outside the match). An empty
    tuple says nothing is known. The sets that say most come first.

    Examples:
        >>> import re
        >>> [sorted(strings) for strings in needs(re.compile(r"\\bthe\\s+(?:1st|2nd)\\s+half"))]
        [['half'], ['the'], ['1st', '2nd']]
        >>> [sorted(strings) for strings in needs(re.compile(r"\\d+:[0-5]\\d"))]
        [[':0', ':1', ':2', ':3', ':4', ':5']]
        >>> needs(re.compile(r"\\w+"))
        ()
    """
    return _needs_of(pattern.pattern, pattern.flags)


# Gates: a tail of a pattern that rarer strings start (see gate()).
_GATE_BASE_MAX: Final = 2  # the pattern's own start strings are this short at most...
_GATE_TAIL_MIN: Final = 4  # ...and the tail's are this long at least


@attrs.frozen
class Gate:
    """The tail of a pattern that a search must find before the pattern's screen runs.

    ``regex`` matches the items of the pattern from ``item`` on (as its case-sensitive
    twin over the lower-cased text when ``on_lowered``); every match of the tail starts
    with one of ``starts`` (lower case).
    """

    regex: re.Pattern[str]
    on_lowered: bool
    item: int
    starts: frozenset[str]


def _start_length(items: list[tuple[Any, Any]]) -> tuple[int, frozenset[str] | None]:
    """The shortest string that every match of ``items`` starts with one of (0: unknown)."""
    starts = _need_sequence(items).starts
    return (min(map(len, starts)), starts) if starts else (0, None)


def _has_reference(items: Any) -> bool:
    """Whether parsed items refer to a group (a back-reference or a conditional)."""
    from re import _constants as sre  # type: ignore[attr-defined]

    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        for part in av if isinstance(av, (tuple, list)) else (av,):
            if hasattr(part, "data") and _has_reference(part.data):
                return True
            if isinstance(part, list) and any(
                hasattr(branch, "data") and _has_reference(branch.data) for branch in part
            ):
                return True
    return False


@functools.lru_cache(maxsize=1024)
def _gate_of(source: str, flags: int) -> Gate | None:
    """The gate of the pattern ``source`` compiled with ``flags`` (see :func:`gate`)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        from re import _constants as sre  # type: ignore[attr-defined]

        items = list(_parser.parse(source, flags).data)
        zero_width = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
        first = next((k for k, (op, _) in enumerate(items) if op not in zero_width), None)
        if first is None or _start_length(items[first:])[0] > _GATE_BASE_MAX:
            return None  # the screen starts at strings rare enough already
        best: tuple[int, int, frozenset[str]] | None = None
        for item in range(first + 1, len(items)):
            if items[item][0] in zero_width:
                continue
            if _has_reference(items[item:]):
                break  # a later item may refer to a group the tail leaves out
            length, starts = _start_length(items[item:])
            longer = best is None or length > best[0]
            if starts is not None and length >= _GATE_TAIL_MIN and longer:
                best = (length, item, starts)
        if best is None:
            return None
        _, item, starts = best
        if all(strings & starts for strings in _needed(_need_sequence(items[item:]))):
            # The tail needs only the word it starts with ("the briefing"): the frame's
            # triggers or the reader's own test looked for it already, so the gate would
            # find it; a gate needs more ("visit" and then "to").
            return None
        parsed = _parser.parse(source, flags)
        parsed.data = parsed.data[item:]
        lowered = twin_of_parsed(parsed, [])
        if lowered is not None:
            return Gate(lowered, True, item, starts)
        parsed = _parser.parse(source, flags)
        parsed.data = parsed.data[item:]
        return Gate(_compiler.compile(parsed, 0), False, item, starts)
    except Exception:  # pragma: no cover - another Python's internals: no gate
        return None


def gate(pattern: re.Pattern[str]) -> Gate | None:
    """A *gate* of ``pattern``: a search that finds nothing where the pattern finds nothing.

    A pattern whose matches may start with a short word ("a", "at") or with a blank has a
    screen that tries the pattern at most places of a text. When a later item of its
    top-level sequence starts with longer strings only ("the visit to" after optional
    determiners and modifiers), the gate is the pattern from that item on: each match of
    the pattern ends with a match of the gate inside the same span of text (what a
    look-behind of the gate sees is the same text), so a span without a match of the gate
    holds none of the pattern. A gate's search jumps from one possible first character to
    the next; only where it finds something does the screen run. No gate is made past an
    item that refers to a group (its group may lie in the part left out), nor for a
    pattern that starts with strings of three characters or more, nor when no later item
    starts with strings of four or more, nor when the tail needs one word only (the
    frame's triggers, or the words a reader tests first, looked for that word already).

    Examples:
        >>> import re
        >>> p = re.compile(r"\\b(?:an?|the)\\s+(?:official\\s+)?visit\\s+to\\b", re.IGNORECASE)
        >>> found = gate(p)
        >>> sorted(found.starts), found.on_lowered
        (['visit'], True)
        >>> found.regex.search("a state trip to lima") is None
        True
        >>> gate(re.compile(r"\\bvisit\\s+to\\s+the", re.IGNORECASE)) is None
        True
    """
    return _gate_of(pattern.pattern, pattern.flags)
