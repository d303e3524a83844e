"""Initiatives told by an apposition or by a body that leaders agree to create.

"the Lusophone Digital Academy, a programme that would train teachers" names a programme
whose own name looks like a body's; "Leaders also agreed to create a working group on
sovereign debt" sets up a working group with no capitalised name.
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context, is_future
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import AgreementStage, EventKind

__all__ = ["is_programme_apposition", "read_initiative_appositions"]

# "NAME, a programme that would", "NAME, a five-year project to", "NAME, an initiative
# which": a capitalised name, then its kind in apposition.
_APPOSITION: Final = re.compile(
    r"(?P<name>(?:[A-Z][\w’'-]{1,30}[ \t]+){1,5}[A-Z][\w’'-]{1,30}),[ \t]+an?[ \t]+"
    r"(?:(?:[\w-]{1,20}[ \t]+){0,2})(?P<noun>programme|program|project|initiative|scheme"
    r"|fund|facility|platform)[ \t]+(?:that|which|to|for|meant|designed|aimed)\b"
)
_FORMS: Final = {
    "programme": "programme",
    "program": "programme",
    "project": "project",
    "initiative": "programme",
    "scheme": "programme",
    "fund": "fund",
    "facility": "fund",
    "platform": "framework",
}
# "agreed to create a working group on sovereign debt", "decided to set up a task force on
# migration": a lower-case body with its remit, set up by the subject.
_CREATE_GROUP: Final = re.compile(
    r"\b(?:agreed|decided|resolved|agree|decide)[ \t]+to[ \t]+(?:create|set[ \t]+up|establish"
    r"|form|launch)[ \t]+(?:a|an)[ \t]+(?:new[ \t]+|joint[ \t]+|permanent[ \t]+)?"
    r"(?P<body>working[ \t]+group|task[ \t]+force|expert[ \t]+group|study[ \t]+group)"
    r"[ \t]+(?P<remit>on|for)[ \t]+(?P<topic>[a-z][a-z-]{1,30}(?:[ \t]+[a-z][a-z-]{1,30}){0,3})"
    r"(?=[ \t]*(?:[,;.]|$|[ \t]+(?:and|as|by|in|to|with|before|after|at|from)\b))"
)


def is_programme_apposition(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by ", a programme that ..." (so it is a
    programme's name, not a body's).

    Examples:
        >>> text = "the Andean Digital School, a programme that would train teachers"
        >>> is_programme_apposition(text, 25)
        True
        >>> is_programme_apposition("the Andean Digital School, a school in Lima", 25)
        False
    """
    match = _APPOSITION_TAIL.match(text, end)
    return match is not None


_APPOSITION_TAIL: Final = re.compile(
    r",[ \t]+an?[ \t]+(?:(?:[\w-]{1,20}[ \t]+){0,2})(?:programme|program|project|initiative"
    r"|scheme|fund|facility|platform)[ \t]+(?:that|which|to|for|meant|designed|aimed)\b"
)


def _appositions(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    for match in ctx.scan(_APPOSITION, sentence):
        start, end = match.span("name")
        if ctx.starting(start, end) or ctx.covers(start):
            continue  # already read as an event
        if any(m.start < end and start < m.end for m in ctx.actors_in(start, end)) and not any(
            m.start == start and m.end == end for m in ctx.actors_in(start, end)
        ):
            continue  # a country or person inside the name: no name of a programme
        noun = match.group("noun").lower()
        candidate = Candidate(
            kind=EventKind.INITIATIVE,
            form=_FORMS[noun],
            name=match.group("name"),
            start=start,
            end=end,
            sentence=sentence.index,
            named=True,
            head=noun,
            dateable=True,
            evidence=(start, match.end()),
        )
        made.append(ctx.add(candidate))
    return made


def _created_groups(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    for match in ctx.scan(_CREATE_GROUP, sentence):
        if ctx.covers(match.start("body")):
            continue
        body = " ".join(match.group("body").split())
        topic = " ".join(match.group("topic").split())
        subject = ctx.subject_before(match.start(), sentence)
        owner = next((m.text for m in subject if not m.text.islower()), "")
        name = f"{owner} {body} {match.group('remit')} {topic}".strip()
        candidate = Candidate(
            kind=EventKind.INITIATIVE,
            form="framework",
            name=name[:1].upper() + name[1:],
            start=match.start("body"),
            end=match.end("topic"),
            sentence=sentence.index,
            head=body.split()[-1],
            # Decided at the occasion the text tells: dated by it (as a signing is), not by
            # a date of the clause ("as Kenya had asked in April").
            stage=AgreementStage.ADOPTED,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start(), match.end()),
        )
        candidate.participants = [m.actor_id for m in subject]
        made.append(ctx.add(candidate))
    return made


# The nouns of the schemes and of the groups read here (every match holds one).
_SCHEME_NOUNS: Final = (
    "programme",
    "program",
    "project",
    "initiative",
    "scheme",
    "fund",
    "facility",
    "platform",
)
_GROUP_NOUNS: Final = ("working group", "task force", "expert group", "study group")


@reads_where(*_SCHEME_NOUNS, *_GROUP_NOUNS)
def read_initiative_appositions(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the programmes named in apposition and the working groups agreed in a sentence.

    Returns:
        The new initiatives.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = ("Her project is the Andean Digital School, a programme that would train "
        ...         "teachers from 2046 to 2049.")
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Andean Digital School']
        >>> text = "Leaders also agreed to create a working group on sovereign debt."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Working group on sovereign debt']
    """
    made: list[Candidate] = []
    if ctx.may_hold_any(sentence, _SCHEME_NOUNS):
        made.extend(_appositions(ctx, sentence))
    if ctx.may_hold_any(sentence, _GROUP_NOUNS):
        made.extend(_created_groups(ctx, sentence))
    return made
