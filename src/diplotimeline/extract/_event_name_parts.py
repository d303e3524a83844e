"""The parts of an event name, and the look-ups every name reader shares.

A reader (capitalised runs in :mod:`~diplotimeline.extract._event_names`, quoted names in
:mod:`~diplotimeline.extract._event_quoted`) finds a :class:`NameParts`: where the name
lies, its head word, kind and form, and what stands around it (ordinal, year, acronym,
period). :func:`~diplotimeline.extract._event_name_candidates.name_candidates` turns it
into a candidate event.

Examples:
    >>> from diplotimeline.extract._event_cues import load_cues
    >>> from diplotimeline.extract._tokens import tokens_in
    >>> tokens = tokens_in("the Lima Joint Statement", 0, 24)
    >>> head_at(tokens, 3, load_cues(), lower=False)
    (2, 'Joint Statement')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from diplotimeline.extract._event_context import Context
from diplotimeline.extract._event_cues import EventCues, cue_key
from diplotimeline.extract._tokens import Token

__all__ = [
    "ACRONYM_PAREN",
    "ORDINAL",
    "ORDINAL_WORDS",
    "PERIOD_PAREN",
    "YEAR",
    "NameParts",
    "head_at",
    "is_organization",
    "last_head",
    "last_head_words",
    "strip_quotes",
]

_QUOTE_MARKS: Final = str.maketrans({ord(q): None for q in '“”"‘«»'})
_LONE_APOSTROPHES: Final = re.compile(r"(?<!\w)['’]|(?<=[^\Ws])['’](?!\w)")

ACRONYM_PAREN: Final = re.compile(
    r"\s?\(\s?(?P<acr>[A-Z][A-Za-z0-9&.\-]{0,12}[A-Z0-9](?:\s[0-9]{1,3}(?:\.[0-9])?)?)\s?\)"
)
PERIOD_PAREN: Final = re.compile(
    r"\s?\(\s?(?P<a>(?:19|20)[0-9]{2})\s?[-–—/]\s?(?P<b>(?:19|20)[0-9]{2})\s?\)"
)
YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
ORDINAL: Final = re.compile(r"([0-9]{1,3})(?:st|nd|rd|th)")
ORDINAL_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


@attrs.frozen
class NameParts:
    """An event name as a reader found it, before it becomes a candidate.

    Examples:
        >>> parts = NameParts(start=4, end=15, name="Lima Summit", kind="meeting",
        ...                   form="summit", core="Lima Summit", head="Summit")
        >>> (parts.name, parts.evidence_end)
        ('Lima Summit', 15)
    """

    start: int
    end: int
    name: str
    kind: str
    form: str
    core: str
    head: str
    acronym: str | None = None
    period: tuple[int, int] | None = None
    year: int | None = None
    ordinal: int | None = None
    evidence_end: int = attrs.field()

    @evidence_end.default
    def _evidence_end(self) -> int:
        return self.end


def head_at(tokens: Sequence[Token], end: int, cues: EventCues, lower: bool) -> tuple[int, str]:
    """The longest head phrase ending at token ``end`` (inclusive): (first index, phrase).

    ``(-1, "")`` when no head ends there; ``lower`` looks in the lower-case heads.

    Examples:
        >>> from diplotimeline.extract._event_cues import load_cues
        >>> from diplotimeline.extract._tokens import tokens_in
        >>> head_at(tokens_in("Memorandum of Understanding", 0, 27), 2, load_cues(), False)
        (0, 'Memorandum of Understanding')
    """
    table = cues.lower_heads if lower else cues.heads
    # Every head ends in one of a few words: elsewhere no phrase needs joining.
    if cue_key(tokens[end].text).rpartition(" ")[2] not in _last_words(cues, lower):
        return -1, ""
    for size in range(min(cues.longest_head, end + 1), 0, -1):
        first = end - size + 1
        phrase = " ".join(t.text for t in tokens[first : end + 1])
        if cue_key(phrase) in table and (lower or tokens[first].is_capital or size > 1):
            return first, phrase
    return -1, ""


_LAST_WORDS: dict[tuple[int, bool], tuple[EventCues, frozenset[str]]] = {}


def _last_words(cues: EventCues, lower: bool) -> frozenset[str]:
    """The last words of the (lower-case) heads of ``cues``, computed once per cue set."""
    key = (id(cues), lower)
    found = _LAST_WORDS.get(key)
    if found is None or found[0] is not cues:
        table = cues.lower_heads if lower else cues.heads
        found = (cues, frozenset(phrase.rpartition(" ")[2] for phrase in table))
        if len(_LAST_WORDS) > 64:
            _LAST_WORDS.clear()
        _LAST_WORDS[key] = found
    return found[1]


def last_head_words(cues: EventCues) -> frozenset[str]:
    """The last words of the capitalised heads of ``cues``: every head phrase ends in one.

    Examples:
        >>> from diplotimeline.extract._event_cues import load_cues
        >>> "understanding" in last_head_words(load_cues())
        True
    """
    return _last_words(cues, lower=False)


def last_head(tokens: Sequence[Token], cues: EventCues) -> tuple[int, str]:
    """The last head phrase in ``tokens``: (first index, phrase), or ``(-1, "")``.

    Examples:
        >>> from diplotimeline.extract._event_cues import load_cues
        >>> from diplotimeline.extract._tokens import tokens_in
        >>> last_head(tokens_in("Green Harbour Fund Review", 0, 25), load_cues())
        (2, 'Fund')
    """
    for end in range(len(tokens) - 1, -1, -1):
        first, head = head_at(tokens, end, cues, lower=False)
        if head:
            return first, head
    return -1, ""


def is_organization(ctx: Context, name_tokens: Sequence[Token], core_end: int) -> bool:
    """Whether a name is an organisation, a country or a place rather than an event.

    Examples:
        >>> from diplotimeline.extract._tokens import tokens_in
        >>> ctx = Context.build("the Andean Development Bank", document_id="d")
        >>> is_organization(ctx, tokens_in(ctx.text, 4, 27), 3)
        True
    """
    core = name_tokens[:core_end]
    if any(t.lower in ctx.cues.organization_heads for t in core[-1:]):
        return True
    start, end = name_tokens[0].start, name_tokens[-1].end
    name = ctx.text[start:end]
    if ctx.organization(name) is not None:
        return not ORDINAL.match(name_tokens[0].text) and not _is_series(ctx, core)
    if (
        0 < core_end < len(name_tokens)
        and name_tokens[core_end].lower == "and"
        and ctx.organization(ctx.text[start : name_tokens[core_end - 1].end]) is not None
    ):
        # "the International Monetary Fund and the World Bank": two bodies joined, no event.
        return True
    return (
        _joined_bodies(ctx, name_tokens)
        or ctx.country(name) is not None
        or (ctx.place(name) is not None)
    )


def _is_series(ctx: Context, core: Sequence[Token]) -> bool:
    """Whether a known body's name is that of a series of meetings ("East Asia Summit"):
    its core ends with a word of ``series_heads``, each of its meetings is an event."""
    return bool(core) and core[-1].lower in ctx.cues.series_heads


def _joined_bodies(ctx: Context, name_tokens: Sequence[Token]) -> bool:
    """Whether a name is bodies joined by "and" ("the Asian Development Bank and the
    International Monetary Fund"): each part, without its "the", is a known organisation."""
    parts: list[list[Token]] = [[]]
    for token in name_tokens:
        if token.lower == "and":
            parts.append([])
        elif not (token.lower == "the" and not parts[-1]):
            parts[-1].append(token)
    return len(parts) > 1 and all(
        part and ctx.organization(ctx.text[part[0].start : part[-1].end]) is not None
        for part in parts
    )


def strip_quotes(text: str) -> str:
    """A name without its quotation marks and lone apostrophes, spaces collapsed.

    Examples:
        >>> strip_quotes("the ‘Green  Harbour’")
        'the Green Harbour'
    """
    text = text.translate(_QUOTE_MARKS)
    if "'" in text or "’" in text:  # (each match of the pattern is one of them)
        text = _LONE_APOSTROPHES.sub("", text)
    return " ".join(text.split()).strip(" '’")
