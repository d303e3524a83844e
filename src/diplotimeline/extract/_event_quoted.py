"""Quoted event names: a head word inside the quotes, or a lower-case head just after.

"the “Blue Pacific Summit”", "a 'Green Harbour Skills' programme". A sentence's quoted
names are read once; :class:`QuotedNames` then says in constant time (amortised) whether
a token lies inside one, as the capitalised reader walks the sentence left to right.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("They launched the 'Green Harbour Skills' programme.", document_id="d")
    >>> [(n.name, n.head) for n in quoted_names(ctx, ctx.sentences[0])]
    [('Green Harbour Skills', 'programme')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplotimeline.extract._event_context import Context
from diplotimeline.extract._event_cues import cue_key
from diplotimeline.extract._event_name_parts import (
    NameParts,
    is_organization,
    last_head,
    strip_quotes,
)
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract._tokens import tokens_in

__all__ = ["QuotedNames", "quoted_names"]

# A name in double quotes, or in single quotes not after a letter ("the 'Lima' talks", not
# "Peru's"). The opening quote comes first as one set of characters, so that a search
# skips in C from one quotation mark to the next (a first branch that starts with a
# look-behind made it try the pattern at every character); each branch then looks back
# at the quote it needs.
_QUOTED: Final = re.compile(
    r"[“\"‘'](?:(?<=[“\"])(?P<q>[A-Z][^“”\"\n]{2,160}?)[”\"]"
    r"|(?<=[‘'])(?<!\w[‘'])(?P<s>[A-Z][^‘’'\n]{2,100}?)[’'](?!\w))"
)


def quoted_names(ctx: Context, sentence: Sentence) -> list[NameParts]:
    """Names in quotation marks in one sentence, in order.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> ctx = Context.build('Both back the "Lima Summit".', document_id="d")
        >>> [n.name for n in quoted_names(ctx, ctx.sentences[0])]
        ['Lima Summit']
    """
    names = []
    text = ctx.text
    cues = ctx.cues
    for match in _QUOTED.finditer(text, sentence.start, sentence.end):
        group = "q" if match.group("q") else "s"
        start, end = match.start(group), match.end(group)
        inner = tokens_in(text, start, end)
        words = [t for t in inner if t.is_word]
        if not words or sum(1 for t in words if t.is_capital) < len(words) / 2:
            continue
        _, head = last_head(inner, cues)
        after = tokens_in(text, match.end(), min(sentence.end, match.end() + 40))
        pair = None
        evidence_end = match.end()
        for size in (2, 1):
            phrase = " ".join(t.text for t in after[:size])
            if len(after) >= size and phrase.islower() and cues.lower_head(phrase):
                pair = cues.lower_head(phrase)
                evidence_end = after[size - 1].end
                head = phrase
                break
        if pair is None and head:
            pair = cues.heads[cue_key(head)]
        if pair is None or is_organization(ctx, inner, len(inner)):
            continue
        name = strip_quotes(text[start:end])
        names.append(
            NameParts(
                start=start,
                end=end,
                name=name,
                kind=pair[0],
                form=pair[1],
                core=name,
                head=head,
                evidence_end=evidence_end,
            )
        )
    return names


class QuotedNames:
    """The quoted names of a sentence, asked about positions that only grow.

    Examples:
        >>> parts = NameParts(start=5, end=16, name="Lima Summit", kind="meeting",
        ...                   form="summit", core="Lima Summit", head="Summit")
        >>> names = QuotedNames([parts])
        >>> names.holding(2) is None, names.holding(4) is parts, names.holding(17) is None
        (True, True, True)
    """

    __slots__ = ("_first", "_names")

    def __init__(self, names: Sequence[NameParts]) -> None:
        self._names = names
        self._first = 0

    def holding(self, position: int) -> NameParts | None:
        """The first name (in order) whose span, with its opening quote, holds ``position``.

        Positions must not decrease from one call to the next.
        """
        names = self._names
        # Names that end before a position end before every later one too.
        while self._first < len(names) and names[self._first].evidence_end <= position:
            self._first += 1
        index = self._first
        while index < len(names) and names[index].start - 1 <= position:
            if position < names[index].evidence_end:
                return names[index]
            index += 1
        return None
