"""Meetings told by a verb whose subject is a body, a group or a state, in news phrasing.

News tells some meetings by a verb alone, with no meeting noun the other readers know: a body
that "has met twice since, most recently in Quito on 3 and 4 May" (a further meeting of the
body whose meeting the clause before told); a state that "summoned Chile's ambassador on
Tuesday" (a summons is a meeting at the ministry); negotiators who "agreed to meet again in
Geneva on 10 October" (a further round of the talks); a text "due to be presented to Andean
trade ministers in Lima in July" (the meeting of the ministers it is presented to); a body, a
long apposition after it, that "will hold an extraordinary session next Tuesday".

Each reading needs what the verb takes up (a body's meeting told before in the sentence, an
ambassador, a place and a date, a body opening the sentence): "has met twice since" of no
meeting told, "summoned the courage", "agreed to meet again" with no place and date, or
"presented to the ministers" without a place and a date are no meetings.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("They summoned the courage to speak.", document_id="d")
    >>> read_summons(ctx, ctx.sentences[0])
    []
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import (
    ActorMentionLike,
    Candidate,
    Context,
    is_future,
)
from diplotimeline.extract._event_group_meets import _make, _place_then_date, _read_at
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, EventKind

__all__ = [
    "read_held_sessions",
    "read_met_since",
    "read_negotiators_meet_again",
    "read_presented_to_ministers",
    "read_summons",
]


# "and has met twice since, most recently in Quito on 3 and 4 May": a further meeting of the
# body whose meeting the clause before told, at the place and date after "most recently".
_MET_SINCE: Final = re.compile(
    r"\b(?:has|have)\s+(?:since\s+)?met\s+(?:again|twice|(?:three|four|five|six|several"
    r"|\d{1,2})\s+times)(?:\s+since(?:\s+then)?)?\s*,\s*(?P<last>most\s+recently|(?:the\s+)?last"
    r"(?:\s+time)?)\s+in\s+(?=[A-Z])"
)
# "Meeting of the X", "First meeting of the X", "Extraordinary session of the X": the body.
_OF_THE: Final = re.compile(r"^(?:\w+\s+)?(?:meeting|session)\s+of\s+the\s+(?P<body>.+)$", re.I)


def read_met_since(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Its board met for the first time last June and has met twice since, most recently in
    Quito on 3 and 4 May": the board's meeting in Quito (the latest of those told).

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "Prices have met twice since, most recently in Lima on 3 May."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_met_since(ctx, ctx.sentences[0])  # no body's meeting told before
        []
    """
    made: list[Candidate] = []
    if " met " not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_MET_SINCE, sentence):
        told = [
            c
            for c in ctx.in_sentence(sentence)
            if c.kind is EventKind.MEETING and c.end <= match.start()
        ]
        body = _OF_THE.match(told[-1].name) if told else None
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None:
            continue
        if body is not None:
            name = body.group("body").split(" in ", 1)[0]
            form, participants = told[-1].form, list(told[-1].participants)
        else:
            # "The X Commission has met three times since, most recently in P on D": the body
            # that opens the sentence
            subject = _opening_body(ctx, sentence, match.start())
            if subject is None:
                continue
            name, form, participants = subject.text, "other", [subject.actor_id]
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Meeting of the {name} in {place[0]}",
                form=form,
                span=(match.start("last"), place[1]),
                at=match.start("last"),
                place=place,
                future=False,
                participants=participants,
            )
        )
    return made


# One apposition between a body and its verb: ", the Strasbourg-based body that ...,".
_ONE_APPOSITION: Final = re.compile(r",[^,;:()]{3,240},\s*")


def _opening_body(ctx: Context, sentence: Sentence, position: int) -> ActorMentionLike | None:
    """The standing body ("... Commission", "... Council") that opens ``sentence`` and is the
    subject of the verb at ``position`` (right before it, or an apposition closed by a comma
    between), else None."""
    low = max(sentence.start, position - _SUBJECT_REACH)
    bodies = ctx.actors_in(low, position, (ActorKind.ORGANIZATION,))
    if not bodies:
        return None
    body = bodies[0]
    opening = ctx.text[sentence.start : body.start].strip()
    if opening.lower() not in ("", "the") or not body.text.lower().endswith(_BODY_HEADS):
        return None
    between = ctx.text[body.end : position]
    if between.strip() and _ONE_APPOSITION.fullmatch(between) is None:
        return None  # "..., which France chairs, said that Germany ... will hold": not its verb
    return body


# "Slovenia summoned Croatia's ambassador on Tuesday", "the ministry summoned the Chilean
# envoy": a summons of a state's envoy, a meeting at the summoning ministry.
_SUMMONED: Final = re.compile(
    r"\b(?P<verb>summoned|summons|summon)\s+(?P<whom>(?:the\s+)?"
    r"(?:[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,2}[’']s\s+|[A-Z][\w-]{1,30}\s+)?"
    r"(?P<noun>ambassador|envoy|high\s+commissioner|charg[ée]\s+d[’']affaires))\b"
)


# "Croatia's ambassador was summoned to the Slovenian foreign ministry on Tuesday": the
# passive, the summoning state named after "to" or "by".
_SUMMONED_PASSIVE: Final = re.compile(
    r"\b(?P<whom>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,2}[’']s\s+"
    r"|[A-Z][\w-]{1,30}\s+)(?P<noun>ambassador|envoy|high\s+commissioner"
    r"|charg[ée]\s+d[’']affaires))\s+(?:was|has\s+been|had\s+been|were)\s+summoned\s+"
    r"(?:to|by)\s+(?:the\s+)?(?=[A-Z])"
)


def read_summons(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Slovenia summoned Croatia's ambassador on Tuesday": the summons, with the summoning
    state (or the state of the summoning minister or ministry) and the envoy's state; also
    "Croatia's ambassador was summoned to the Slovenian foreign ministry".

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "The coach summoned the team captain on Tuesday."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_summons(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if "summon" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_SUMMONED, sentence):
        subject = [
            m
            for m in ctx.subject_before(match.start(), sentence)
            if m.kind in (ActorKind.COUNTRY, ActorKind.PERSON)
        ]
        host = subject[0] if subject else None
        if host is not None and host.kind is ActorKind.PERSON:
            home = ctx.actors_in(
                max(sentence.start, host.start - 40), host.start, (ActorKind.COUNTRY,)
            )
            host = home[-1] if home else None  # "NAME summoned ..." of no state said
        future = match.group("verb") == "summon" and is_future(ctx, match.start(), sentence)
        made.extend(_summons(ctx, sentence, match, host, future))
    for match in ctx.scan(_SUMMONED_PASSIVE, sentence):
        after = [
            m
            for m in ctx.actors_starting(match.end(), match.end() + 1)
            if m.kind is ActorKind.COUNTRY
        ]
        made.extend(_summons(ctx, sentence, match, after[0] if after else None, False))
    return made


def _summons(
    ctx: Context,
    sentence: Sentence,
    match: re.Match[str],
    host: ActorMentionLike | None,
    future: bool,
) -> list[Candidate]:
    """The summons of the envoy of ``match`` by the state ``host``."""
    if host is None or _read_at(ctx, match.start(), match.end()) is not None:
        return []
    envoy = ctx.actors_in(match.start("whom"), match.end("noun"), (ActorKind.COUNTRY,))
    if len(envoy) != 1 or host.actor_id == envoy[0].actor_id:
        return []
    home = ctx.country(host.actor_id)
    summoner = home.name if home is not None else host.text  # "the Polish ministry"
    # One name however the envoy is written ("Croatia's ambassador", "the Croatian
    # ambassador"), so that a headline's summons and the body's are one
    entry = ctx.country(envoy[0].actor_id)
    state = entry.name if entry is not None else envoy[0].text
    noun = " ".join(match.group("noun").lower().split())
    participants = [host.actor_id, envoy[0].actor_id]
    # "summoned Chile's ambassador, NAME": the envoy named right after
    named = [
        m
        for m in ctx.actors_starting(match.end("noun"), match.end("noun") + 4)
        if m.kind is ActorKind.PERSON
    ]
    participants.extend(m.actor_id for m in named[:1])
    span = (min(host.start, match.start()), max(host.end, match.end()))
    candidate = Candidate(
        kind=EventKind.MEETING,
        form="other",
        name=f"Summoning of the {noun} of {state} by {summoner}",
        start=match.start(),
        end=match.end(),
        sentence=sentence.index,
        participants=participants,
        dateable=True,
        future=future,
        evidence=span,
    )
    return [ctx.add(candidate)]


# "Negotiators agreed to meet again in Geneva on 10 October": the next round of the talks.
_MEET_AGAIN: Final = re.compile(
    r"\b(?P<group>[Nn]egotiators|[Dd]elegations|[Tt]he\s+(?:two\s+)?(?:negotiating\s+)?(?:sides"
    r"|delegations|negotiators))\s+(?:(?:have|had)\s+)?(?:agreed|decided|are\s+(?:due|expected"
    r"|set|scheduled)|will|plan|planned)\s+(?:to\s+)?meet\s+again\s+in\s+(?=[A-Z])"
)


def read_negotiators_meet_again(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Negotiators agreed to meet again in Geneva on 10 October": a further round of the
    negotiations (or talks) at the place and date said.

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "Negotiators agreed to meet again soon."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_negotiators_meet_again(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if "meet again" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_MEET_AGAIN, sentence):
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None or _read_at(ctx, match.start(), match.end()) is not None:
            continue
        before = ctx.text[max(0, match.start() - 2000) : match.start()].lower()
        what = "negotiations" if "negotiations" in before else "talks"
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Further round of {what} in {place[0]}",
                form="other",
                span=(match.start(), place[1]),
                at=match.start(),
                place=place,
                future=True,
                participants=[],
            )
        )
    return made


# "due to be presented to Andean trade ministers in Lima in July": the ministers' meeting
# that a text is brought to, at the place and date said.
_PRESENTED_TO: Final = re.compile(
    r"\b(?:presented|submitted)\s+to\s+(?P<group>(?:[A-Z][\w-]{1,15}\s+){1,2}"
    r"(?:[a-z]{3,12}\s+)?ministers)\s+in\s+(?=[A-Z])"
)


def read_presented_to_ministers(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "The roadmap is due to be presented to Andean energy ministers in Lima in July": a
    meeting of the body's ministers at the place and date said.

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "It was presented to Andean ministers last year."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_presented_to_ministers(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lower = ctx.sentence_lower(sentence)
    if "presented to" not in lower and "submitted to" not in lower:
        return made
    for match in ctx.scan(_PRESENTED_TO, sentence):
        bodies = ctx.actors_in(match.start("group"), match.end("group"), (ActorKind.ORGANIZATION,))
        group = " ".join(match.group("group").split())
        # "ECO energy ministers": a body's acronym the text writes, though no actor reads it
        acronym = _ACRONYM.search(group)
        place = _place_then_date(ctx, match.end(), sentence)
        if (not bodies and acronym is None) or place is None:
            continue  # "presented to Andean ministers in Lima": whose ministers, no body says
        if _read_at(ctx, match.start("group"), match.end()) is not None:
            continue
        owners = [bodies[0].actor_id] if bodies else _named_by_initials(ctx, group, match.start())
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Meeting of {group} in {place[0]}",
                form="ministerial-meeting",
                span=(match.start("group"), place[1]),
                at=match.start("group"),
                place=place,
                future=is_future(ctx, match.start(), sentence),
                participants=owners,
            )
        )
    return made


_ACRONYM: Final = re.compile(r"\b[A-Z]{2,10}\b")


# How far back an organisation named by its initials is looked for (characters): a window,
# so that a text with many such phrases is read in linear time.
_INITIALS_REACH: Final = 3000


def _named_by_initials(ctx: Context, group: str, position: int) -> list[str]:
    """The organisation named before ``position`` whose initials are the acronym of ``group``
    ("ECO" for "the Economic Cooperation Organization"), as a participant list."""
    acronym = _ACRONYM.search(group)
    if acronym is None:
        return []
    low = max(0, position - _INITIALS_REACH)
    for mention in ctx.actors_in(low, position, (ActorKind.ORGANIZATION,)):
        words = mention.text.split()
        content = [w for w in words if w.lower() not in ("of", "the", "and", "for", "on")]
        if acronym.group() in (
            "".join(w[0] for w in words).upper(),
            "".join(w[0] for w in content),
        ):
            return [mention.actor_id]
    return []


# "The X Commission, the body that ..., will hold an extraordinary session next Tuesday".
_HOLD_SESSION: Final = re.compile(
    r"\b(?P<tense>will|is\s+to|is\s+due\s+to|is\s+expected\s+to|is\s+set\s+to)\s+hold\s+"
    r"(?:an?|its)\s+(?P<kind>extraordinary|special|emergency)\s+session\b(?!\s+of\b)"
)
# How far before its verb the body opening the sentence may stand (characters).
_SUBJECT_REACH: Final = 400
# The words a body's name ends with that make it a standing body that holds sessions.
_BODY_HEADS: Final = ("commission", "council", "committee", "assembly", "board", "authority")


def read_held_sessions(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "The Rhine Commission, the Strasbourg-based body that ..., will hold an extraordinary
    session next Tuesday": the body's session, its subject being the body that opens the
    sentence (an apposition, however long, may stand between).

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "Critics say it will hold an extraordinary session next week."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_held_sessions(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if "session" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_HOLD_SESSION, sentence):
        if _read_at(ctx, match.start(), match.end()) is not None:
            continue
        body = _opening_body(ctx, sentence, match.start())
        if body is None:
            continue  # the body must be the sentence's subject
        kind = match.group("kind").capitalize()
        name = f"{kind} session of the {body.text}"
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="other",
            name=name,
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            participants=[body.actor_id],
            dateable=True,
            future=True,
            evidence=(match.start(), match.end()),
        )
        made.append(ctx.add(candidate))
    return made
