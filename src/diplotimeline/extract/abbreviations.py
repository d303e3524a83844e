"""Abbreviation definitions in news text: Schwartz & Hearst (2003), adapted to English news.

The classic algorithm (Schwartz & Hearst, "A simple algorithm for identifying abbreviation
definitions in biomedical text", PSB 2003) looks at every ``long form (SF)`` and
``SF (long form)``, takes at most ``min(|SF| + 5, 2 * |SF|)`` words before the parenthesis
(``|SF|`` counts the short form's letters and digits) and matches the short form's
characters right to left; the first one must start a word. This module keeps that window
and the paper's checks and changes the rest as follows.

Short forms
    1 or 2 tokens of letters and digits joined by ``& . ' / -``; 2 to 10 letters and digits
    in all; at least two capitals, and capitals make at least half of the letters
    (``MoU``, ``AfCFTA``, ``Lao PDR`` pass; ``Xinhua``, ``local time``, ``Kuala Lumpur`` do
    not). No colon, plus sign or clock time, so ``(Photo: Reuters)``, ``(GMT+7)``,
    ``(10:00 am, GMT)`` give nothing. As in the paper, the part before a ``", "`` or
    ``"; "`` is the candidate.

Alignment
    Each character of the short form must fall on the *initial* of a word or sub-word
    (after a hyphen, dash, slash or dot, or a camel-case capital: ``Asia-Pacific``,
    ``U.S.``, ``PetroVietnam``), or *continue* the word its predecessor fell on
    (``Southeast`` gives the S and E of ASEAN). A character may not fall in the middle
    of a word none of whose initials was used: so ``the Africa-Korea Cooperation Fund
    (AKIF)`` is rejected where the paper would accept it. The long form may not start or
    end on a stop word, so a leading "the" is never part of it. At most a quarter of its
    content words may be left without a letter (``Comprehensive and Progressive Agreement
    for Trans-Pacific Partnership (CPTPP)``), at least two letters must fall on initials,
    and among the valid alignments the one with fewest uncovered words, then most
    initials, then the shortest long form wins. A small dynamic programme over the (at
    most 15) window words finds it. A name built as "X of Y ..." starts at X when that
    also aligns (``the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic
    Cooperation (BIMSTEC)``).

Letter conventions
    ``X`` stands for a word starting "trans" or "cross" (``sustainability transformation
    (SX)``), ``2`` for "to"/"two" (``B2B``), ``4`` for "for"/"four"; other
    non-alphanumeric characters (``&``) are skipped, as in the paper.

Numbers
    A number ending the short form (``COP 29``, ``G7``) is matched to the same number, its
    ordinal or its English word in the window (``29th``, ``Seven``). Decision: the long
    form then *includes* an ordinal standing just before it, because the number is part of
    what the short form names: ``the 29th Conference of the Parties (COP 29)`` gives
    ``29th Conference of the Parties``. A name followed by an edition number (``the 44th
    ASEAN Summit (ASEAN 44)``) is accepted when the name is a word of the long form and
    the words from the ordinal on are capitalised. Relaxed rule: a version or number found
    nowhere in the window (``AKIF 2.0``) is ignored and the letters alone must match.

Reordered letters (relaxed rule)
    When the letters (3 or more capitals) are exactly a reordering of the initials of a run
    of capitalised words before the parenthesis, that run is the long form: ``the Central
    American Integration System (SICA)``. The paper has no such rule; here it wins over a
    shorter in-order alignment inside the same run.

Article extension
    When one to three title-case words (not all capitals, not a possessive, not a demonym
    in -ese/-ian/-ean/-ish) stand between the article "the" and the aligned long form, they
    are part of the name: ``the Kunming-Montreal Global Biodiversity Framework (GBF)``;
    ``the Australian Department of Foreign Affairs and Trade (DFAT)`` keeps ``Department
    of Foreign Affairs and Trade``.

Limits
    Letters out of order outside a capitalised run (``Treaty on the Non-Proliferation of
    Nuclear Weapons (NPT)``), short forms from another language (``Southern Common Market
    (Mercosur)``, ``Vietnam Electricity (EVN)``), mixed-case names (``Quad``) and long forms
    that do not spell their short form are missed.

Everything runs in time linear in the text: one scan of the parentheses, with a bounded
look-back (320 characters, cut at the previous parenthesis or sentence or clause break),
a bounded parenthetical (200 characters) per pair, and bounded work inside each; words
longer than 60 characters end the look-back.

Examples:
    >>> text = "The Korea International Cooperation Agency (KOICA) will fund it. KOICA said so."
    >>> [(a.short, a.long) for a in find_abbreviations(text)]
    [('KOICA', 'Korea International Cooperation Agency')]
    >>> [(use.short, use.start) for use in resolve_acronyms(text, find_abbreviations(text))]
    [('KOICA', 65)]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Final, NamedTuple

import attrs

from diplotimeline.errors import InvalidValueError

__all__ = [
    "Abbreviation",
    "AbbreviationIndex",
    "AcronymUse",
    "find_abbreviations",
    "resolve_acronyms",
]

# How many characters before a parenthesis may hold its long form, and the longest
# parenthetical read as a short or long form: these bounds keep the scan linear.
_MAX_LOOKBACK: Final = 320
_MAX_PARENTHETICAL: Final = 200
_MAX_WORD: Final = 60
_MAX_SHORT: Final = 24
_MAX_EXTENSION: Final = 3

# Lists below are general English; TODO(#4): move them to data/gazetteers when that loader lands.
_STOP_WORDS: Final = frozenset(
    {"a", "an", "the", "of", "for", "and", "on", "in", "to", "at", "by", "with", "from", "or"}
    | {"as", "into", "via", "per", "de", "del", "des", "du", "la", "le", "da", "do", "dos"}
    | {"das", "y", "e", "et", "und"}
)
_ARTICLES: Final = frozenset({"a", "an", "the"})
_DEMONYM_ENDINGS: Final = ("ese", "ian", "ean", "ish")
_PREFIX_LETTERS: Final = {"x": ("trans", "cross")}
_WORD_DIGITS: Final = {"2": ("to", "two"), "4": ("for", "four")}
# The units that may stand for a word or a part of one ("x" for "trans", "2" for "two").
_SPELLED_UNITS: Final = frozenset(_PREFIX_LETTERS) | frozenset(_WORD_DIGITS)
_NUMBERS_TEXT: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty",
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
)
_NUMBER_WORDS: Final = {
    word: value for words in _NUMBERS_TEXT for value, word in enumerate(words.split())
}
_ABBREVIATED_TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "jr", "sr", "gen", "lt", "col", "capt"}
    | {"gov", "sen", "rep", "rev", "vs"}
)

_SHORT_SHAPE: Final = re.compile(
    r"[^\W_]+(?:[&.'’/-][^\W_]+)*\.?(?: [^\W_]+(?:[&.'’/-][^\W_]+)*\.?)?"
)
_TRAILING_NUMBER: Final = re.compile(r"(?:(?<=[^\W\d_])|[ -])(\d{1,4}(?:\.\d{1,2})?)$")
_BREAK: Final = re.compile(r"\n|[;:](?=\s)|\s[-–—]\s|[.!?][\"'”’)\]]*(?=\s)")
_TOKEN: Final = re.compile(r"\S+")
_SEPARATORS: Final = "-–—/."
_DASHES: Final = "-–—"
_ALNUM_RUN: Final = re.compile(r"[^\W_]+")


def _check_span(start: int, end: int, text: str, what: str) -> None:
    if not 0 <= start < end:
        raise InvalidValueError(
            f"{what} span must have 0 <= start < end, got {start}..{end}", value=(start, end)
        )
    if len(text) != end - start:
        raise InvalidValueError(
            f"{what} form has {len(text)} characters but its span has {end - start}", value=text
        )


@attrs.frozen(kw_only=True)
class Abbreviation:
    """A short form defined in a text, with its long form; offsets index the text, end exclusive.

    Args:
        short: The short form as written, such as ``"KOICA"`` or ``"COP 29"``.
        long: The long form as written, without a leading article or quotes.
        short_start: Offset of the short form's first character.
        short_end: Offset after its last character.
        long_start: Offset of the long form's first character.
        long_end: Offset after its last character.

    Raises:
        InvalidValueError: A span is empty or negative, or its length differs from its text.

    Examples:
        >>> Abbreviation(short="EU", long="European Union", short_start=16, short_end=18,
        ...              long_start=0, long_end=14).is_reversed
        False
        >>> Abbreviation(short="EU", long="EU", short_start=0, short_end=1,
        ...              long_start=0, long_end=2)
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidValueError: short form has 2 characters but its span has 1
    """

    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int

    def __attrs_post_init__(self) -> None:
        _check_span(self.short_start, self.short_end, self.short, "short")
        _check_span(self.long_start, self.long_end, self.long, "long")

    @property
    def is_reversed(self) -> bool:
        """Whether the short form comes first, as in ``DEPA (Digital Economy Partnership ...)``.

        Examples:
            >>> find_abbreviations("ODA (official development assistance) grew.")[0].is_reversed
            True
        """
        return self.short_start < self.long_start


@attrs.frozen(kw_only=True)
class AcronymUse:
    """A later bare use of a defined short form, tied to the definition it resolves to.

    Args:
        short: The short form as written.
        start: Offset of its first character.
        end: Offset after its last character.
        definition: The definition in force at this use.

    Examples:
        >>> text = "The World Trade Organization (WTO) met. The WTO ruled."
        >>> use = resolve_acronyms(text, find_abbreviations(text))[0]
        >>> (use.short, use.start, use.end, use.definition.long)
        ('WTO', 44, 47, 'World Trade Organization')
    """

    short: str
    start: int
    end: int
    definition: Abbreviation

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end, self.short, "short")


def resolve_acronyms(text: str, abbreviations: Iterable[Abbreviation]) -> tuple[AcronymUse, ...]:
    """Find the later bare uses of each defined short form in ``text``.

    A use is an exact, case-sensitive occurrence of the short form that no letter or digit
    touches on either side (``ASEAN-Japan`` uses ``ASEAN``; ``ASEANs`` does not), after the
    end of a definition of it. It resolves to the latest definition before it. The scan is
    linear: each run of letters and digits is looked up in a table of short forms.

    Args:
        text: The text the definitions were found in.
        abbreviations: Definitions, usually ``find_abbreviations(text)``.

    Returns:
        The uses in text order.

    Examples:
        >>> text = "Official development assistance (ODA) rose; ODA-funded roads and ODAs."
        >>> [(u.short, u.start) for u in resolve_acronyms(text, find_abbreviations(text))]
        [('ODA', 44)]
    """
    definitions = sorted(abbreviations, key=lambda item: item.short_end)
    by_first_run: dict[str, list[str]] = {}
    by_short: dict[str, tuple[list[int], list[Abbreviation]]] = {}
    for definition in definitions:
        first = _ALNUM_RUN.match(definition.short)
        if first is None:
            continue
        ends, items = by_short.setdefault(definition.short, ([], []))
        ends.append(definition.short_end)
        items.append(definition)
        shorts = by_first_run.setdefault(first.group(), [])
        if definition.short not in shorts:
            shorts.append(definition.short)
            shorts.sort(key=len, reverse=True)
    defined_at = {definition.short_start for definition in definitions}
    size = len(text)
    uses: list[AcronymUse] = []
    for run in _ALNUM_RUN.finditer(text):
        candidates = by_first_run.get(run.group())
        if candidates is None:
            continue
        start = run.start()
        for short in candidates:
            end = start + len(short)
            if not text.startswith(short, start):
                continue
            if end < size and text[end].isalnum() and short[-1].isalnum():
                continue
            if start in defined_at:
                break
            ends, items = by_short[short]
            in_force = bisect.bisect_right(ends, start)
            if in_force:
                uses.append(
                    AcronymUse(short=short, start=start, end=end, definition=items[in_force - 1])
                )
            break
    return tuple(uses)


def _to_definitions(items: Iterable[Abbreviation]) -> tuple[Abbreviation, ...]:
    return tuple(items)


def _to_uses(items: Iterable[AcronymUse]) -> tuple[AcronymUse, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class AbbreviationIndex:
    """The definitions of one text and the later uses that resolve to them.

    Args:
        definitions: The definitions, in text order.
        uses: The later bare uses, in text order.

    Examples:
        >>> index = AbbreviationIndex.from_text("The Asian Development Bank (ADB) lent. ADB said.")
        >>> index.lookup("ADB").long, len(index.uses)
        ('Asian Development Bank', 1)
    """

    definitions: tuple[Abbreviation, ...] = attrs.field(converter=_to_definitions)
    uses: tuple[AcronymUse, ...] = attrs.field(converter=_to_uses)

    @classmethod
    def from_text(cls, text: str) -> AbbreviationIndex:
        """Find the definitions in ``text`` and resolve the uses after them.

        Examples:
            >>> AbbreviationIndex.from_text("No acronyms here.").definitions
            ()
        """
        definitions = find_abbreviations(text)
        return cls(definitions=definitions, uses=resolve_acronyms(text, definitions))

    def lookup(self, short: str, at: int | None = None) -> Abbreviation | None:
        """The definition of ``short`` in force at offset ``at`` (the first one if ``at`` is None).

        Examples:
            >>> index = AbbreviationIndex.from_text("The European Union (EU) met.")
            >>> index.lookup("EU").long, index.lookup("EU", at=0), index.lookup("AU")
            ('European Union', None, None)
        """
        found = [d for d in self.definitions if d.short == short]
        if at is None:
            return found[0] if found else None
        in_force = [d for d in found if d.short_end <= at]
        return in_force[-1] if in_force else None


# --- the scan -----------------------------------------------------------------------------


def find_abbreviations(text: str) -> tuple[Abbreviation, ...]:
    """Find every abbreviation definition in ``text``, in order of appearance.

    See the module documentation for the rules.

    Args:
        text: Any text; nothing found gives ``()``.

    Returns:
        The definitions, ordered by their parenthesis.

    Examples:
        >>> text = ("the 29th Conference of the Parties (COP 29) on sustainability "
        ...         "transformation (SX). (Photo: Reuters)")
        >>> [(a.short, a.long) for a in find_abbreviations(text)]
        [('COP 29', '29th Conference of the Parties'), ('SX', 'sustainability transformation')]
        >>> find_abbreviations("the Africa-Korea Cooperation Fund (AKIF 2.0) (2026-2030)")
        ()
    """
    found: list[Abbreviation] = []
    floor = 0
    open_at = -1
    open_floor = 0
    for position in _parentheses(text):
        if text[position] == "(":
            open_at, open_floor = position, floor
        elif open_at >= 0:
            if position - open_at <= _MAX_PARENTHETICAL:
                definition = _definition(text, open_floor, open_at, position)
                if definition is not None:
                    found.append(definition)
            open_at = -1
        floor = position + 1
    return tuple(found)


def _parentheses(text: str) -> Iterator[int]:
    """The offsets of the parentheses of ``text``, in order (``str.find`` is much faster
    than a pattern with a character class, which tries every offset)."""
    find = text.find
    open_at, close_at = find("("), find(")")
    while open_at >= 0 or close_at >= 0:
        if close_at < 0 or 0 <= open_at < close_at:
            yield open_at
            open_at = find("(", open_at + 1)
        else:
            yield close_at
            close_at = find(")", close_at + 1)


class _Short(NamedTuple):
    start: int
    end: int
    text: str
    units: str  # the letters and digits to align, without the trailing number
    letters: str  # the short form without its trailing number
    number: str | None
    size: int  # all letters and digits: the paper's |SF|


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    initials: tuple[int, ...]
    tokens: int
    content: bool
    stop: bool
    capitalised: bool


def _definition(text: str, floor: int, open_at: int, close_at: int) -> Abbreviation | None:
    start, end = open_at + 1, close_at
    while start < end and (text[start].isspace() or text[start] in "\"'“‘"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'”’"):
        end -= 1
    for separator in (", ", "; "):
        cut = text.find(separator, start, end)
        if cut >= 0:
            end = cut
    if start >= end:
        return None
    short = _parse_short(text, start, end)
    if short is not None:
        return _classic(text, floor, open_at, short)
    return _reverse(text, floor, open_at, start, end)


def _parse_short(text: str, start: int, end: int) -> _Short | None:
    if end - start > _MAX_SHORT:
        return None
    raw = text[start:end]
    if _SHORT_SHAPE.fullmatch(raw) is None:
        return None
    number = None
    letters = raw
    tail = _TRAILING_NUMBER.search(raw)
    if tail is not None and tail.start() > 0:
        number = tail.group(1)
        letters = raw[: tail.start()]
    alphabetic = [char for char in letters if char.isalpha()]
    capitals = sum(char.isupper() for char in alphabetic)
    units = "".join(char for char in letters if char.isalnum())
    size = sum(char.isalnum() for char in raw)
    if not alphabetic or not 2 <= size <= 10 or 2 * capitals < len(alphabetic):
        return None
    if number is None and (capitals < 2 or len(units) < 2):
        return None
    return _Short(start, end, raw, units, letters.rstrip(" -"), number, size)


def _lower(text: str) -> str:
    """Lower case with one character per character, so offsets stay valid."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(char.lower()[:1] for char in text)


def _clause_start(text: str, low: int, high: int) -> int:
    """The offset after the last clause or sentence break in ``text[low:high]``."""
    start = low
    for match in _BREAK.finditer(text, low, high):
        if text[match.start()] == ".":
            space = text.rfind(" ", low, match.start()) + 1
            token = text[max(space, low) : match.start()]
            if "." in token or len(token) == 1 or token.lower() in _ABBREVIATED_TITLES:
                continue
        start = match.end()
    return start


# What a whitespace-delimited token makes of a word, by the token's text (``None``: no
# word): the core's offsets in the token, its text, lower case, initials, token count and
# flags, as :class:`_Word` holds them. Tokens repeat, so most need only a look-up.
_WordFacts = tuple[int, int, str, str, tuple[int, ...], int, bool, bool, bool]
_WORD_FACTS: dict[str, _WordFacts | None] = {}
_WORD_FACTS_LIMIT: Final = 100_000
# Returned by the look-up for a token not seen yet (compared by identity).
_NOT_SEEN: Final[_WordFacts] = (0, 0, "", "", (), 0, False, False, False)


def _word_facts(token: str) -> _WordFacts | None:
    first, last = 0, len(token)
    while first < last and not token[first].isalnum():
        first += 1
    while last > first and not token[last - 1].isalnum():
        last -= 1
    facts: _WordFacts | None = None
    if first < last:
        core = token[first:last]
        if last < len(token) and token[last] == "." and "." in core:
            last += 1
            core += "."
        lower = _lower(core)
        if core.isalpha() and (core.isupper() or core[1:].islower()):
            # The common case, a plain word, has one initial and one token.
            initials: tuple[int, ...] = (0,)
            tokens, has_letter = 1, True
        else:
            initials = tuple(
                index
                for index in range(len(core))
                if index == 0
                or (
                    core[index].isalnum()
                    and (
                        core[index - 1] in _SEPARATORS
                        or (core[index].isupper() and core[index - 1].islower())
                    )
                )
            )
            tokens = 1 + sum(core.count(dash) for dash in _DASHES)
            has_letter = any(char.isalpha() for char in core)
        stop = lower in _STOP_WORDS
        numeric = core[0].isdigit()
        content = has_letter and not stop and not numeric
        facts = (first, last, core, lower, initials, tokens, content, stop, core[0].isupper())
    if len(_WORD_FACTS) >= _WORD_FACTS_LIMIT:
        _WORD_FACTS.clear()
    _WORD_FACTS[token] = facts
    return facts


def _words(text: str, low: int, high: int) -> list[_Word]:
    words: list[_Word] = []
    known = _WORD_FACTS.get
    for match in _TOKEN.finditer(text, low, high):
        token = match.group()
        if len(token) > _MAX_WORD:
            words.clear()
            continue
        facts = known(token, _NOT_SEEN)
        if facts is _NOT_SEEN:
            facts = _word_facts(token)
        if facts is None:
            continue
        first, last, core, lower, initials, tokens, content, stop, capitalised = facts
        at = match.start()
        words.append(
            _Word(at + first, at + last, core, lower, initials, tokens, content, stop, capitalised)
        )
    return words


def _last_words(text: str, low: int, high: int, limit: int) -> list[_Word]:
    """The last ``limit`` words of ``_words(text, low, high)``, built from the end: the words
    before them are never read.

    The tokens (``_TOKEN``'s runs of non-blanks) come from the end of the span by
    ``str.rsplit``, which splits at the same blanks, a few more at a time when some make
    no word; each token's offset is the last place of its text before the one after it,
    as no token holds a blank.
    """
    if limit < 1:
        return _words(text, low, high)  # every word: none ends the count
    words: list[_Word] = []
    known = _WORD_FACTS.get
    cursor = high  # the tokens read so far start at or after it
    wanted = limit
    while True:
        parts = text[low:cursor].rsplit(None, wanted)
        complete = len(parts) <= wanted  # every token of the span is in ``parts``
        for token in reversed(parts if complete else parts[1:]):
            if len(token) > _MAX_WORD:
                complete = True  # _words drops every word before a token this long
                break
            cursor = at = text.rfind(token, low, cursor)
            facts = known(token, _NOT_SEEN)
            if facts is _NOT_SEEN:
                facts = _word_facts(token)
            if facts is None:
                continue
            first, last, core, lower, initials, tokens, content, stop, capitalised = facts
            words.append(
                _Word(
                    at + first, at + last, core, lower, initials, tokens, content, stop, capitalised
                )
            )
            if len(words) == limit:
                complete = True
                break
        if complete:
            break
        wanted = limit - len(words)
    words.reverse()
    return words


def _window(text: str, floor: int, open_at: int, limit: int) -> list[_Word]:
    """The last ``limit`` words of the clause before the parenthesis at ``open_at``."""
    low = max(floor, open_at - _MAX_LOOKBACK)
    if low > floor and not text[low - 1].isspace() and not text[low].isspace():
        next_space = _TOKEN.search(text, low, open_at)
        low = next_space.end() if next_space is not None else open_at
    return _last_words(text, _clause_start(text, low, open_at), open_at, limit)


# --- alignment ----------------------------------------------------------------------------


def _subword(word: _Word, index: int) -> str:
    end = index
    while end < len(word.lower) and word.lower[end] not in _SEPARATORS:
        end += 1
    return word.lower[index:end]


def _first_match(word: _Word, unit: str, position: int) -> tuple[int, int, bool] | None:
    """Where ``unit`` falls in ``word`` at or after ``position``: (index, next, on initial)."""
    char_at = word.lower.find(unit, position)
    best: tuple[int, int, bool] | None = None
    if char_at >= 0:
        best = (char_at, char_at + 1, char_at in word.initials)
    prefixes = _PREFIX_LETTERS.get(unit, ())
    wholes = _WORD_DIGITS.get(unit, ())
    if prefixes or wholes:
        for index in word.initials:
            if index < position or (best is not None and index >= best[0]):
                continue
            part = _subword(word, index)
            if (prefixes and part.startswith(prefixes)) or part in wholes:
                best = (index, index + len(part), True)
                break
    return best


def _options(word: _Word, units: str, first: int) -> list[tuple[int, int]]:
    """How many units from ``first`` on fit in ``word``, the first on an initial.

    Returns ``(end, initials)`` pairs: units ``first .. end - 1`` fit, ``initials`` of them on
    initials.
    """
    unit = units[first]
    lower, starts = word.lower, word.initials
    placed = None
    for index in starts:
        # ``_first_match`` at ``index`` finds the unit there exactly when it is the letter
        # there, or (for the few units with words of their own) a word it stands for.
        if lower[index] == unit:
            placed = (index, index + 1, True)
            break
        if unit in _SPELLED_UNITS:
            hit = _first_match(word, unit, index)
            if hit is not None and hit[0] == index:
                placed = hit
                break
    if placed is None:
        return []
    options = [(first + 1, 1)]
    position, initials = placed[1], 1
    find = lower.find
    for next_unit in range(first + 1, len(units)):
        unit = units[next_unit]
        if unit in _SPELLED_UNITS:
            hit = _first_match(word, unit, position)
            if hit is None:
                break
            position = hit[1]
            initials += hit[2]
        else:
            # ``_first_match`` without its look for a word the unit stands for.
            at = find(unit, position)
            if at < 0:
                break
            position = at + 1
            initials += at in starts
        options.append((next_unit + 1, initials))
    return options


class _Alignment(NamedTuple):
    start: int  # index of the first word of the long form
    uncovered: int
    initials: int


class _Table(NamedTuple):
    """What the alignment of one candidate needs; a plain argument, so no closure cycles."""

    words: list[_Word]
    units: str
    content: list[int]  # content[i]: content words in words[i:], the exempt one left out
    memo: dict[tuple[int, int], tuple[int, int] | None]


def _best(table: _Table, word: int, unit: int) -> tuple[int, int] | None:
    """Fewest uncovered words, then most initials, placing units ``unit..`` from ``word`` on."""
    key = (word, unit)
    if key in table.memo:
        return table.memo[key]
    content, size = table.content, len(table.units)
    result: tuple[int, int] | None = None
    for end, initials in _options(table.words[word], table.units, unit):
        if end == size:
            candidates = [(content[word + 1], initials)]
        else:
            candidates = []
            for following in range(word + 1, len(table.words)):
                skipped = content[word + 1] - content[following]
                if skipped > 3:
                    break
                rest = _best(table, following, end)
                if rest is not None:
                    candidates.append((skipped + rest[0], initials + rest[1]))
        for candidate in candidates:
            if result is None or (candidate[0], -candidate[1]) < (result[0], -result[1]):
                result = candidate
    table.memo[key] = result
    return result


def _valid(table: _Table, start: int) -> _Alignment | None:
    found = _best(table, start, 0) if table.words[start].content else None
    if found is None:
        return None
    uncovered, initials = found
    if uncovered > table.content[start] // 4 or initials < min(2, len(table.units)):
        return None
    return _Alignment(start, uncovered, initials)


def _align(
    words: list[_Word], units: str, exempt: int | None, max_tokens: int
) -> _Alignment | None:
    """The best in-order alignment of ``units`` ending at the last word (see module doc)."""
    count = len(words)
    if not count or words[-1].stop:
        return None
    content = [0] * (count + 1)
    for index in range(count - 1, -1, -1):
        counts = words[index].content and index != exempt
        content[index] = content[index + 1] + counts
    table = _Table(words, _lower(units), content, {})
    chosen: _Alignment | None = None
    tokens = [0] * (count + 1)
    # A long form starts with a content word with the first unit on an initial, the only
    # place ``_options`` puts it (unless the unit may stand for a word: "x", "2", "4").
    first_unit = table.units[:1]
    screened = first_unit not in _SPELLED_UNITS
    for start in range(count - 1, -1, -1):
        word = words[start]
        tokens[start] = tokens[start + 1] + word.tokens
        if tokens[start] > max_tokens:
            break
        if screened and (
            not word.content or all(word.lower[index] != first_unit for index in word.initials)
        ):
            continue  # what _valid says: no alignment starts here
        candidate = _valid(table, start)
        if candidate is not None and (
            chosen is None
            or (candidate.uncovered, -candidate.initials) < (chosen.uncovered, -chosen.initials)
        ):
            chosen = candidate
    # A name of the form "Bay of Bengal Initiative" starts before its "of".
    while chosen is not None and chosen.start >= 2 and words[chosen.start - 1].lower == "of":
        earlier = chosen.start - 2
        if not words[earlier].capitalised:
            break
        if tokens[chosen.start] + words[earlier].tokens + 1 > max_tokens:
            break
        candidate = _valid(table, earlier)
        if candidate is None:
            break
        chosen = candidate
    return chosen


def _reordered(words: list[_Word], short: _Short, max_tokens: int) -> int | None:
    """The start of a capitalised run whose initials are a reordering of the letters."""
    letters = short.units
    if len(letters) < 3 or not letters.isalpha() or not letters.isupper() or short.number:
        return None
    wanted = Counter(letters)
    have: Counter[str] = Counter()
    tokens = 0
    for start in range(len(words) - 1, -1, -1):
        word = words[start]
        tokens += word.tokens
        inside = start < len(words) - 1
        if tokens > max_tokens or word.lower in _ARTICLES:
            return None
        if not (word.capitalised or (word.stop and inside)):
            return None
        if word.content:
            for index in word.initials:
                if index == 0 or word.text[index - 1] in _SEPARATORS:
                    part = _subword(word, index)
                    if part not in _STOP_WORDS:
                        have[word.text[index].upper()] += 1
        if have == wanted and word.content:
            return start
        if sum(have.values()) > len(letters):
            return None
    return None


def _number_word(words: list[_Word], number: str) -> int | None:
    value = int(number) if number.isdigit() else None
    for index in range(len(words) - 1, -1, -1):
        lower = words[index].lower
        if lower == number or (lower[:-2] == number and lower[-2:] in ("st", "nd", "rd", "th")):
            return index
        if value is not None and _NUMBER_WORDS.get(lower) == value:
            return index
    return None


def _is_extension_word(word: _Word) -> bool:
    return (
        word.capitalised
        and word.content
        and any(char.islower() for char in word.text)
        and "'" not in word.text
        and "’" not in word.text
        and not word.lower.endswith(_DEMONYM_ENDINGS)
    )


def _extend(words: list[_Word], start: int) -> int:
    index = start - 1
    while index >= 0 and start - index <= _MAX_EXTENSION and _is_extension_word(words[index]):
        index -= 1
    if index < start - 1 and index >= 0 and words[index].lower == "the":
        return index + 1
    return start


def _classic(text: str, floor: int, open_at: int, short: _Short) -> Abbreviation | None:
    """``long form (SF)``: align the short form with the words before the parenthesis."""
    max_tokens = min(short.size + 5, 2 * short.size)
    words = _window(text, floor, open_at, max_tokens + _MAX_EXTENSION + 1)
    if not words or text[words[-1].end : open_at].strip(" \t\"'”’"):
        return None
    number_at = None if short.number is None else _number_word(words, short.number)
    if number_at is None and len(short.units) < 2:
        return None
    alignment = _align(words, short.units, number_at, max_tokens)
    start = None if alignment is None else alignment.start
    perfect = alignment is not None and (alignment.uncovered, alignment.initials) == (
        0,
        len(short.units),
    )
    if short.number is None and not perfect:
        reordered = _reordered(words, short, max_tokens)
        if reordered is not None and (start is None or reordered < start):
            start = reordered
    if start is None:
        edition = None if number_at is None else _edition(words, short, number_at, max_tokens)
        return None if edition is None else _make(text, short, words, edition)
    if any(word.text == short.letters for word in words[start:]):
        return None
    start = number_at if number_at is not None and number_at == start - 1 else _extend(words, start)
    return _make(text, short, words, start)


def _edition(words: list[_Word], short: _Short, number_at: int, max_tokens: int) -> int | None:
    """A name plus edition number: ``the 44th ASEAN Summit (ASEAN 44)``."""
    following = words[number_at + 1 :]
    tokens = sum(word.tokens for word in words[number_at:])
    if (
        following
        and tokens <= max_tokens
        and all(word.capitalised and word.content for word in following)
        and any(word.text == short.letters for word in following)
    ):
        return number_at
    return None


def _make(text: str, short: _Short, words: list[_Word], start: int) -> Abbreviation | None:
    long_start, long_end = words[start].start, words[-1].end
    if long_end - long_start <= len(short.text):
        return None
    return Abbreviation(
        short=short.text,
        long=text[long_start:long_end],
        short_start=short.start,
        short_end=short.end,
        long_start=long_start,
        long_end=long_end,
    )


def _reverse(text: str, floor: int, open_at: int, start: int, end: int) -> Abbreviation | None:
    """``SF (long form)``: the word before the parenthesis is the short form."""
    if ":" in text[start:end] or open_at == 0 or not text[open_at - 1].isspace():
        return None
    token_end = open_at - 1
    while token_end > max(floor, open_at - _MAX_LOOKBACK) and text[token_end - 1].isspace():
        token_end -= 1
    token_start = token_end
    while token_start > max(floor, token_end - _MAX_SHORT) and not text[token_start - 1].isspace():
        token_start -= 1
    if token_start < token_end and text[token_start] in "\"'“‘":
        token_start += 1
    if token_end > token_start and text[token_end - 1] in "\"'”’":
        token_end -= 1
    if token_start >= token_end or (token_start > 0 and not text[token_start - 1].isspace()):
        return None
    short = _parse_short(text, token_start, token_end)
    if short is None or short.number is not None or " " in short.text:
        return None
    words = _words(text, start, end)
    while words and words[0].lower in _ARTICLES:
        words.pop(0)
    if len(words) < 2:
        return None
    alignment = _align(words, short.units, None, min(short.size + 5, 2 * short.size))
    if alignment is None or any(word.text == short.letters for word in words):
        return None
    return _make(text, short, words, alignment.start)
