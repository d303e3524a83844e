"""Ministerial meetings named by their place and dated right after it: "agreed in principle
at a ministerial meeting in Port Louis in 1982", "at the ministerial meeting in Apia on 4 May".

Only a date that follows the place (a space, "on" or "in" and the date) makes the meeting
one to read; "a ministerial meeting in Apia" without a date is left alone.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract.gazetteer import load_gazetteer
    >>> text = "Ministers will discuss it at a ministerial meeting in Lima."
    >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
    >>> read_place_ministerials(ctx, ctx.sentences[0])
    []
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context, is_future
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import EventKind

__all__ = ["read_place_ministerials"]

# "at a ministerial meeting in", "during the annual ministerial meeting held in"
_PLACE_MINISTERIAL: Final = re.compile(
    r"\b(?i:at|during|after|following|before)[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?:(?:first|last|next|previous|annual|extraordinary|special|informal|regional)[ \t]+){0,2}"
    r"(?P<noun>ministerial[ \t]+meeting)[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])"
)
_BEFORE_DATE: Final = re.compile(r"[ \t]*,?[ \t]+(?:on[ \t]+|in[ \t]+)?")


def read_place_ministerials(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the ministerial meetings named by their place and dated right after it."""
    made: list[Candidate] = []
    if "ministerial meeting" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_PLACE_MINISTERIAL, sentence):
        if ctx.covers(match.start("noun")):
            continue
        place = ctx.place_at(match.end())
        if place is None:
            continue
        name, _, place_end, place_id = place
        gap = _BEFORE_DATE.match(ctx.text, place_end, sentence.end)
        if gap is None or not ctx.temporal_starting(gap.end(), gap.end() + 1):
            continue  # no date right after the place: too vague to tell which meeting
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="ministerial-meeting",
            name=f"Ministerial meeting in {name}",
            start=match.start("noun"),
            end=place_end,
            sentence=sentence.index,
            participants=[place_id] if place_id is not None else [],
            location=name,
            dateable=True,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start("noun"), place_end),
        )
        made.append(ctx.add(candidate))
    return made
