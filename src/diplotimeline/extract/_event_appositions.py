"""Acts dated by an apposition that says what they are and when they were made.

"The Pacific Resilience Facility, a fund set up in 2039 to help island states, ...", "the
Green Mekong Initiative, a framework launched in 2045 by Thailand, Laos and Cambodia",
"the Nile Fisheries Accord, a pact that was signed in Kampala in May 2041": a named
initiative or agreement, then, in apposition, a noun of its own kind (an event head of
``data/rules/en/events.toml``) and a past participle of making it, whose clause holds the
date. The date-attaching step reads "NAME, set up in 2039" but not a descriptive noun phrase
between the name and the participle; this step runs after it and dates only what it left
undated. A lower-case mention of the same act read inside the apposition ("an insurance
scheme set up by Fiji and Samoa in 2039") is the named act told again: it is merged into
it, with its participants.

A bare act's noun that opens its sentence with its signing in apposition ("The treaty,
signed in Kampala in 2031, expires in December", "The memorandum, signed by the two energy
ministers in Tbilisi on Monday, provides for ...") refers back to the last act of that noun
told before, which takes the date when it has none (with none told before it names no act:
the one the article is about, named elsewhere).
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract._event_dates import usable_dates
from diplotimeline.extract.temporal import TemporalMention
from diplotimeline.model import EventKind
from diplotimeline.time import DateSpan

__all__ = ["date_appositions", "read_opening_acts"]

# ", a fund set up in", " (PRF), a regional framework that was launched", ", a framework
# that Thailand and Laos launched in", ", an insurance scheme set up by Fiji and Samoa in":
# the noun, the participle, then the rest of the clause.
_APPOSED: Final = re.compile(
    r"[ \t]{0,2}(?:\([^()\n]{1,30}\)[ \t]{0,2})?,[ \t]{1,3}(?:a|an)[ \t]{1,3}"
    r"(?:[\w$.’'-]{1,20}[ \t]{1,3}){0,4}?(?P<noun>[a-z]{3,20})[ \t]{1,3}"
    r"(?:(?:that|which)[ \t]{1,3}(?:was|were|had[ \t]{1,3}been|(?:the[ \t]{1,3})?[A-Z][\w’'-]{1,30}"
    r"(?:[ \t]{1,3}(?:and[ \t]{1,3})?[A-Z][\w’'-]{1,30}){0,3})[ \t]{1,3})?"
    r"(?:set[ \t]{1,3}up|launched|established|created|founded|started|signed|adopted"
    r"|concluded|inaugurated|unveiled|introduced)\b(?P<rest>[^,;()\n]{0,120})"
)
# The preposition that makes a date the act's own ("in 2039", "on 4 May"), not a bound.
_DATE_BEFORE: Final = re.compile(r"\b(?:in|on)[ \t]{1,3}(?:early[ \t]{1,3}|late[ \t]{1,3})?\Z")
_KINDS: Final = frozenset({EventKind.INITIATIVE, EventKind.AGREEMENT})


def date_appositions(ctx: Context) -> None:
    """Date each named initiative or agreement left undated by its apposition's clause.

    Examples:
        >>> from diplotimeline.extract._event_names import find_named_events
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "The Andes Water Fund, a scheme set up in 2039, has built dams."
        >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
        >>> [c.name for c in find_named_events(ctx, ctx.sentences[0])]
        ['Andes Water Fund']
        >>> date_appositions(ctx)
        >>> ctx.candidates[0].when
        DateSpan('2039')
    """
    dates: list[TemporalMention] | None = None
    for candidate in list(ctx.candidates):
        if (
            candidate.kind not in _KINDS
            or not candidate.named
            or candidate.when is not None
            or candidate.future
        ):
            continue
        match = _APPOSED.match(ctx.text, candidate.end)
        if match is None:
            continue
        head = ctx.cues.head(match["noun"])
        if head is None or head[0] != candidate.kind.value:
            continue  # "the Andes Water Fund, a body set up in 2039": not told as an act
        if dates is None:
            dates = usable_dates(ctx)
        found = _own_date(ctx, dates, match.start("rest"), match.end("rest"))
        if found is None:
            continue
        candidate.when, candidate.date_text = found
        _fold_told_again(ctx, candidate, match.start(), match.start("rest"))


def _own_date(
    ctx: Context, dates: list[TemporalMention], start: int, end: int
) -> tuple[DateSpan, str] | None:
    """The first resolved date in ``[start, end)`` after "in" or "on", with its text."""
    for mention in dates:
        if mention.start < start or mention.end > end:
            continue
        if not isinstance(mention.value, DateSpan):
            continue
        if _DATE_BEFORE.search(ctx.text, max(start, mention.start - 12), mention.start):
            return mention.value, mention.text
    return None


def _fold_told_again(ctx: Context, named: Candidate, start: int, end: int) -> None:
    """Fold an unnamed mention of the same kind read inside the apposition ``[start, end)``
    ("an insurance scheme set up by Fiji and Samoa": it starts in it): merge it into
    ``named``, with its participants."""
    for other in list(ctx.candidates):
        if (
            other is named
            or other.named
            or other.kind is not named.kind
            or not start <= other.start < end
            or any(c.host is other for c in ctx.candidates)
        ):
            continue
        for participant in other.participants:
            if participant not in named.participants:
                named.participants.append(participant)
        # Merged, not removed: the context's indexes count the candidates by position.
        other.merged_into = named


# "The memorandum, signed by the two ministers in Tbilisi on Monday, provides ...": an act's
# noun opening the sentence, then its signing in apposition up to the next comma.
_OPENING: Final = re.compile(
    r"[ \t\n\"“]{0,3}(?:The|This)[ \t]{1,3}(?P<noun>[a-z]{3,20}(?:[ \t]{1,3}of[ \t]{1,3}"
    r"understanding)?)[ \t]{0,2},[ \t]{1,3}(?:which[ \t]{1,3}was[ \t]{1,3})?"
    r"(?:signed|adopted|concluded|inked)\b(?P<rest>[^,;()\n]{0,160}),"
)


def read_opening_acts(ctx: Context) -> None:
    """Date the act told before that a bare noun opening a sentence refers back to, with its
    signing in apposition ("The treaty, signed in Kampala in 2031, expires ...").

    Examples:
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "The treaty, signed in Lusaka in 2039, sets the border of Zambia."
        >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
        >>> read_opening_acts(ctx)
        >>> ctx.candidates
        []
    """
    dates: list[TemporalMention] | None = None
    for sentence in ctx.sentences:
        match = _OPENING.match(ctx.text, sentence.start, sentence.end)
        if match is None:
            continue
        noun = match["noun"]
        head = ctx.cues.head(noun)
        if head is None or head[0] != EventKind.AGREEMENT.value:
            continue
        if dates is None:
            dates = usable_dates(ctx)
        found = _own_date(ctx, dates, match.start("rest"), match.end("rest"))
        if found is None:
            continue
        earlier = [
            c
            for c in ctx.candidates
            if c.kind is EventKind.AGREEMENT
            and c.merged_into is None
            and c.end <= sentence.start
            and c.head.lower() == noun
        ]
        if earlier:
            told = max(earlier, key=lambda c: c.start)
            if told.when is None and not told.future:
                told.when, told.date_text = found
