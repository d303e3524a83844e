"""Case-insensitive patterns run as case-sensitive twins over the lower-cased text.

A pattern compiled with :data:`re.IGNORECASE` folds the case of every character it
compares, and Python's engine can then use none of its fast scans: the event frames spent
most of their time there. Their *twin* is the same pattern with its letters in lower case
and no ``IGNORECASE``: on ``text.lower()`` it matches at the same positions, with the same
spans, three to four times faster.

That holds when lower-casing keeps the length of the text and the text holds none of the
four characters that case-fold to or from an ASCII letter in a way ``str.lower`` does not
(U+0130 "İ", U+0131 "ı", U+017F "ſ", U+212A Kelvin sign): :func:`lowered_text` gives
``None`` for such a text, and callers then run the pattern itself. ``\\w``, ``\\d``,
``\\s`` and ``\\b`` do not depend on case (a test checks every code point). A pattern
the twin cannot copy (a back-reference, a conditional, a letter that folds unlike its
``str.lower()``, a range beyond ASCII) has no twin. A scoped ``(?-i:...)`` is copied
case-insensitively: the twin then matches *more* than the pattern (it is not
:func:`exact_twin`), which :func:`finditer` allows for by trying the pattern at each of
the twin's hits in turn; inside a negative look-around or an atomic group, where that
would make it match less, there is no twin.

The matches callers get are always the pattern's own, on the original text: each match of
the twin is matched again by the pattern at the same start, which costs one anchored
attempt per match and gives the original text in every group.

Examples:
    >>> import re
    >>> pattern = re.compile(r"\\b(?P<verb>met|signed)\\s+(?=[A-Z])", re.IGNORECASE)
    >>> text = "Peru SIGNED a deal. Chile met Peru."
    >>> [m.group("verb") for m in finditer(pattern, text, lowered_text(text), 0, len(text))]
    ['SIGNED', 'met']
    >>> [m.group("verb") for m in pattern.finditer(text)]
    ['SIGNED', 'met']
"""

from __future__ import annotations

import re
import threading
from typing import Any, Final

__all__ = [
    "exact_twin",
    "finditer",
    "lowered_text",
    "place_chunk",
    "rematch",
    "twin",
    "twin_of_parsed",
    "twin_text_of",
]

# Characters whose case-insensitive match with an ASCII letter differs from comparing
# their ``str.lower()`` (found by checking every code point; see the tests).
_UNSAFE: Final = re.compile("[\u0130\u0131\u017f\u212a]")


def _folds() -> frozenset[str]:
    """Characters that fold to others beyond ``str.lower()`` ("µ" and "μ", "σ" and "ς")."""
    try:
        from re import _casefix  # type: ignore[attr-defined]

        extra: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover - another Python: no letters
        return frozenset(map(chr, range(0x80, 0x3000)))
    codes = {code for key, values in extra.items() for code in (key, *values)}
    return frozenset({*map(chr, codes), "\u0130", "\u212a", "\u03a3"})


# Letters beyond ASCII that fold unlike their str.lower(): a pattern holding one has no twin.
_FOLDS: Final = _folds()
# By the id of the pattern (hashing a pattern hashes its whole code each time), with the
# pattern itself, which keeps the id from being reused.
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, bool]] = {}
_LOCK: Final = threading.Lock()
_LIMIT: Final = 4096


def lowered_text(text: str) -> str | None:
    """``text.lower()``, or ``None`` when twins may not run on it (see the module).

    Examples:
        >>> lowered_text("Talks in ANKARA")
        'talks in ankara'
        >>> lowered_text("İzmir") is None, lowered_text("Kılıç") is None
        (True, True)
    """
    return twin_text_of(text, text.lower())


def place_chunk(text: str, chunk: str, cursor: int) -> int:
    """Where ``chunk``, one of ``text.split()``, stands between blanks at or past ``cursor``.

    Callers that visit only some of the chunks place each past the last one placed: a chunk
    skipped in between is another string, and ``chunk`` may occur inside a longer chunk
    there, which this passes over.

    Examples:
        >>> place_chunk("a mia amia mia", "mia", 0)
        2
        >>> place_chunk("a mia amia mia", "mia", 3)
        11
    """
    size = len(text)
    at = text.find(chunk, cursor)
    after = at + len(chunk)
    while at >= 0 and (
        (at > 0 and not text[at - 1].isspace()) or (after < size and not text[after].isspace())
    ):
        at = text.find(chunk, at + 1)
        after = at + len(chunk)
    if at < 0:  # pragma: no cover - split() took the chunk from between blanks
        raise RuntimeError(f"chunk {chunk!r} not found past {cursor}")
    return at


def twin_text_of(text: str, lowered: str) -> str | None:
    """``lowered`` (``text.lower()``), or ``None`` when twins may not run on it.

    Examples:
        >>> twin_text_of("Ankara", "ankara"), twin_text_of("Kılıç", "kılıç")
        ('ankara', None)
    """
    if text.isascii():  # (known without reading the text) most news
        return lowered
    if len(lowered) != len(text) or _UNSAFE.search(text) is not None:
        return None
    return lowered


def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive ``pattern``, or ``None`` if it has none.

    A pattern without ``IGNORECASE`` has none (it runs as it is); twins are remembered.

    Examples:
        >>> import re
        >>> twin(re.compile("[A-C]x", re.IGNORECASE)).fullmatch("bx") is not None
        True
        >>> twin(re.compile(r"(a)\\1", re.IGNORECASE)) is None
        True
    """
    return _twin_of(pattern)[1]


def exact_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The twin of ``pattern`` if it matches exactly where the pattern does, else ``None``.

    Such a twin's ``finditer`` over the lower-cased text finds the pattern's matches (a
    twin that drops a ``(?-i:...)`` matches more, so it is not exact).

    Examples:
        >>> import re
        >>> exact_twin(re.compile("[A-C]x", re.IGNORECASE)) is not None
        True
        >>> exact_twin(re.compile(r"(?=(?-i:[A-Z]))may", re.IGNORECASE)) is None
        True
    """
    found = _twin_of(pattern)
    return found[1] if found[2] else None


def _twin_of(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None, bool]:
    found = _TWINS.get(id(pattern))
    if found is not None and found[0] is pattern:
        return found
    made, exact = _make_twin(pattern)
    found = (pattern, made, exact)
    with _LOCK:
        if len(_TWINS) >= _LIMIT:
            _TWINS.clear()
        _TWINS[id(pattern)] = found
    return found


def finditer(
    pattern: re.Pattern[str], text: str, lowered: str | None, start: int, end: int
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, start, end))``, found with the twin when it can be.

    Args:
        pattern: A compiled pattern.
        text: The text.
        lowered: :func:`lowered_text` of ``text`` (``None``: run ``pattern`` itself).
        start: Where the scan starts.
        end: Where the scan stops (as ``endpos``).

    Returns:
        The pattern's own matches on ``text``, in order.

    Examples:
        >>> import re
        >>> p = re.compile(r"\\bmay\\b", re.IGNORECASE)
        >>> [m.span() for m in finditer(p, "May or MAY", "may or may", 0, 10)]
        [(0, 3), (7, 10)]
    """
    if lowered is None:
        return list(pattern.finditer(text, start, end))
    _, copy, exact = _twin_of(pattern)
    if copy is None:
        return list(pattern.finditer(text, start, end))
    if exact:
        return rematch(pattern, text, list(copy.finditer(lowered, start, end)), start, end)
    found: list[re.Match[str]] = []
    search = copy.search
    match = pattern.match
    at = start
    while True:
        candidate = search(lowered, at, end)
        if candidate is None:
            return found
        position = candidate.start()
        real = match(text, position, end)
        if real is None:
            # The twin matches more than the pattern (it drops ``(?-i:...)``): go on.
            at = position + 1
            continue
        if real.end() == position:
            # An empty match: let the pattern itself step past it, as finditer does.
            found.extend(pattern.finditer(text, position, end))
            return found
        found.append(real)
        at = real.end()


def rematch(
    pattern: re.Pattern[str],
    text: str,
    matches: list[re.Match[str]],
    start: int,
    end: int,
) -> list[re.Match[str]]:
    """The pattern's own matches on ``text`` at the starts of an exact twin's ``matches``.

    Examples:
        >>> import re
        >>> p = re.compile("may", re.IGNORECASE)
        >>> [m.group() for m in rematch(p, "MAY may", list(exact_twin(p).finditer("may may")),
        ...                             0, 7)]
        ['MAY', 'may']
    """
    if not matches:
        return matches
    found = []
    for match in matches:
        real = pattern.match(text, match.start(), end)
        if real is None or real.end() != match.end():  # pragma: no cover - a safety net
            return list(pattern.finditer(text, start, end))
        found.append(real)
    return found


def _make_twin(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """The twin and whether it is exact (``(None, False)``: no twin)."""
    if not isinstance(pattern.pattern, str):
        return None, False
    relaxed: list[bool] = []
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - another Python's internals: no twin
        return None, False
    made = twin_of_parsed(parsed, relaxed)
    if made is None:
        return None, False
    if made.groups != pattern.groups:  # pragma: no cover - a safety net
        return None, False
    return made, not relaxed


def twin_of_parsed(parsed: Any, relaxed: list[bool]) -> re.Pattern[str] | None:
    """The twin compiled from a pattern parsed by ``re._parser`` (changed in place), or None.

    ``relaxed`` gets an item for every ``(?-i:...)`` the twin drops (it is then not exact).

    Examples:
        >>> import re
        >>> from re import _parser
        >>> relaxed = []
        >>> twin_of_parsed(_parser.parse("(?-i:M)ay", re.IGNORECASE), relaxed).pattern is None
        True
        >>> relaxed
        [True]
    """
    try:
        from re import _compiler  # type: ignore[attr-defined]

        flags = parsed.state.flags
        if flags & (re.VERBOSE | re.LOCALE | re.ASCII | re.DEBUG):
            return None
        if not flags & re.IGNORECASE:
            return None
        if not _lower_tree(parsed, relaxed):
            return None
        parsed.state.flags = flags & ~re.IGNORECASE
        made: re.Pattern[str] = _compiler.compile(parsed, 0)
    except Exception:  # pragma: no cover - another Python's internals: no twin
        return None
    return made


def _lower_char(code: int) -> int | None:
    """The code of the lower case of a pattern character, or None if it cannot be copied."""
    char = chr(code)
    if char.isascii():
        return ord(char.lower())
    lower = char.lower()
    # Other letters: only those that fold like their str.lower() ("à", not "µ" or "σ").
    if len(lower) != 1 or char in _FOLDS or lower in _FOLDS:
        return None
    return ord(lower)


def _lower_tree(tree: Any, relaxed: list[bool], negated: bool = False) -> bool:
    """Lower-case the letters of a parsed pattern in place; False if it cannot be copied.

    ``relaxed`` gets an item for every ``(?-i:...)`` dropped. ``negated``: inside a
    negative look-around (or an atomic group), where dropping a
    ``(?-i:...)`` could make the twin match less than the pattern (so there it gives no
    twin).
    """
    from re import _compiler as constants  # type: ignore[attr-defined]

    data = tree.data
    for index, (op, av) in enumerate(data):
        if op in (constants.LITERAL, constants.NOT_LITERAL):
            code = _lower_char(av)
            if code is None:
                return False
            data[index] = (op, code)
        elif op is constants.IN:
            items = _lower_set(av, constants)
            if items is None:
                return False
            data[index] = (op, items)
        elif op in (constants.ANY, constants.AT):
            continue
        elif op is constants.BRANCH:
            if not all(_lower_tree(branch, relaxed, negated) for branch in av[1]):
                return False
        elif op is constants.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~re.IGNORECASE or (negated and del_flags):
                return False
            if not _lower_tree(sub, relaxed, negated):
                return False
            # "(?-i:[A-Z])" becomes "[a-z]": the twin then matches more than the pattern.
            if del_flags:
                relaxed.append(True)
            data[index] = (op, (group, 0, 0, sub))
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) or (
            op is getattr(constants, "POSSESSIVE_REPEAT", None)
        ):
            possessive = op is not constants.MAX_REPEAT and op is not constants.MIN_REPEAT
            if not _lower_tree(av[2], relaxed, negated or possessive):
                return False
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            if not _lower_tree(av[1], relaxed, negated ^ (op is constants.ASSERT_NOT)):
                return False
        elif op is getattr(constants, "ATOMIC_GROUP", None):
            # Matching more inside an atomic group may make what follows fail: exact only.
            if not _lower_tree(av, relaxed, True):
                return False
        else:
            return False  # back-references, conditionals: no twin
    return True


def _lower_set(items: list[tuple[Any, Any]], constants: Any) -> list[tuple[Any, Any]] | None:
    """The items of a character set, lower-cased; ranges become their lower-case letters."""
    lowered: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is constants.LITERAL:
            code = _lower_char(av)
            if code is None:
                return None
            lowered.append((op, code))
        elif op is constants.RANGE:
            low, high = av
            if high > 0x7F:
                return None
            codes = sorted({ord(chr(code).lower()) for code in range(low, high + 1)})
            lowered.extend((constants.LITERAL, code) for code in codes)
        elif op in (constants.NEGATE, constants.CATEGORY):
            lowered.append((op, av))
        else:
            return None
    return lowered
