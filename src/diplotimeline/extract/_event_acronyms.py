"""Initiatives introduced with an acronym: "a Peaceful and Connected South Pacific (PCSP)".

Examples:
    >>> from diplotimeline.extract.abbreviations import find_abbreviations
    >>> text = "Both back a Peaceful and Connected South Pacific (PCSP)."
    >>> ctx = Context.build(text, document_id="d", abbreviations=find_abbreviations(text))
    >>> [c.acronym for c in find_acronym_initiatives(ctx)]
    ['PCSP']
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract.gazetteer import fold
from diplotimeline.model import ActorKind, EventKind

__all__ = ["find_acronym_initiatives"]

_SPACES: Final = re.compile(r"[\s]+")


def find_acronym_initiatives(ctx: Context) -> list[Candidate]:
    """Concepts introduced with an acronym that are no actor and no other event.

    "Chile's advocacy for a Peaceful and Connected South Pacific (PCSP)" names a framework; a long
    form that is an organisation (a gazetteer entry, an actor, a name ending in "Bank",
    "Agency", "Centre"...) or a common economic term is left alone.

    Examples:
        >>> from diplotimeline.extract.abbreviations import find_abbreviations
        >>> text = "Both back a Peaceful and Connected South Pacific (PCSP). The PCSP matters."
        >>> ctx = Context.build(text, document_id="d", abbreviations=find_abbreviations(text))
        >>> [(c.name, c.acronym) for c in find_acronym_initiatives(ctx)]
        [('Peaceful and Connected South Pacific', 'PCSP')]
    """
    found = []
    small_words = ctx.cues.connectors | ctx.cues.articles
    for item in ctx.abbreviations:
        if item.is_reversed:
            continue
        if ctx.covers(item.long_start) or ctx.has_acronym(item.short):
            continue
        words = [w for w in _SPACES.split(item.long) if w]
        content = [w for w in words if w.lower() not in small_words]
        if len(content) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in content):
            continue
        last = fold(content[-1]).strip(".,")
        if last in ctx.cues.organization_heads or last in ctx.cues.not_events:
            continue
        if ctx.is_actor_span(item.long_start, item.long_end):
            continue
        if ctx.organization(item.long) or ctx.organization(item.short):
            continue
        if ctx.actors_in(item.long_start, item.long_end, (ActorKind.PERSON,)):
            continue
        sentence = ctx.sentence_at(item.long_start)
        candidate = Candidate(
            kind=EventKind.INITIATIVE,
            form="framework",
            name=item.long,
            start=item.long_start,
            end=item.long_end,
            sentence=sentence.index,
            acronym=item.short,
            aliases=[item.short],
            named=True,
            core=item.long,
            head="",
            evidence=(item.long_start, item.short_end + 1),
        )
        found.append(ctx.add(candidate))
    return found
