"""Meetings named by a noun phrase, often inside a prepositional clause, with their place and date.

News often tells a meeting only in passing, by a noun phrase that names no meeting of its
own: the meeting of a group of office-holders ("Bulgaria and Romania agreed at a meeting of
their transport ministers in Ruse on 8 May", "updated at a meeting of senior officials in
Astana in March", "due to be presented to ECO energy ministers in Ashgabat in July",
"Foreign ministers hold a preparatory meeting on Monday"); a body's own session or organ
taken up by "its" ("will review the protocol at its plenary session in Budapest in
December", "a tribute at its Permanent Council in Paris in January"); a body's conference
named by its topic ("calls on the UN climate conference in November", "the UN climate
conference, COP77, in November"); and a meeting named by its kind and its topic, at a place
and a date ("the extraordinary summit on water security held in Kampala last June") or said
to be planned ("a ministerial meeting on the market's second phase ... is pencilled in for
the Baku summit's margins").

Each reading needs an owner the text names and what pins the meeting down: a place right
after the noun and a date right after the place (or, for a conference or a group's meeting
of a kind, its date right after it; for a meeting by its topic, a clause that says it is
planned), and an owner ("their": the states joined before the clause; else an organisation
the text names, for a session a standing body). "At a meeting of ministers in Paris", "at
its annual meeting in Houston in May" in a text that names no body, "a UN climate report" or
"a meeting on trade in Lima in May" name no meeting.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("They met at a meeting of officials in Lima.", document_id="d")
    >>> read_group_meeting_clauses(ctx, ctx.sentences[0])
    []
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import ActorMentionLike, Candidate, Context, is_future
from diplotimeline.extract._event_group_meets import _make, _named_here, _place_then_date, _read_at
from diplotimeline.extract._event_groups import _joined_run, _topic_body
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, EventKind

__all__ = [
    "read_group_held_meetings",
    "read_group_meeting_clauses",
    "read_groups_addressed",
    "read_own_sessions",
    "read_placed_topic_meetings",
    "read_planned_topic_meetings",
    "read_topic_conferences",
]

# "at a meeting of their transport ministers in", "during a meeting of senior officials
# held in": a group of office-holders in lower case, its meeting told after a preposition.
_GROUP_CLAUSE: Final = re.compile(
    r"\b(?i:at|during|after|following)\s+(?i:a|an|the)\s+"
    r"(?:(?i:first|second|third|recent|special|extraordinary|informal|joint|annual)\s+)?"
    r"(?i:meeting)\s+of\s+(?P<owner>(?i:their|its|the)\s+)?"
    r"(?P<group>(?:(?!(?:and|of|the|their|its|who|which)\s)[a-z]{3,12}\s+){0,2}"
    r"(?:ministers|officials|envoys|negotiators|governors|experts))"
    r"\s+(?:held\s+)?in\s+(?=[A-Z])"
)
_GROUP_SCREEN: Final = re.compile(r"meeting of (?:[a-z]{3,12} ){1,4}in [A-Z]")
# The subject of the clause: the states joined by "and" right before a verb ("Bulgaria and
# Romania agreed at"), with at most an auxiliary or an adverb between.
_SUBJECT_VERB: Final = re.compile(
    r"\s+(?:(?:have|has|had|will|would|also|then|first|jointly|finally)\s+){0,2}"
    r"[a-z]{3,15}(?:ed|d)?\s+$"
)
# How far back the organisation a bare group belongs to is looked for (characters).
_BODY_REACH: Final = 3000

# "at its plenary session in Budapest in December", "during its annual meeting in": a body's
# own session, qualified by its kind.
_OWN_SESSION: Final = re.compile(
    r"\b(?i:at|during)\s+(?P<owner>its)\s+"
    r"(?P<what>(?:(?:plenary|annual|ordinary|extraordinary|regular|general|special"
    r"|spring|autumn|summer|winter|next)\s+){1,2}(?:session|meeting|assembly))"
    r"\s+(?:held\s+)?in\s+(?=[A-Z])",
    re.IGNORECASE,
)

# "at its Permanent Council in Paris in January": the organ of the body "its" takes up,
# named in capitals, meeting at a place and a date.
_OWN_ORGAN: Final = re.compile(
    r"\b(?i:at|during)[ \t]+its[ \t]+(?P<organ>(?:[A-Z][a-z]{2,20}[ \t]+){0,3}"
    r"(?:Council|Committee|Assembly|Board|Conference))[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])"
)


# "the UN climate conference, COP77, in November", "the UN ocean conference in June": a
# body's conference named by a topic word in lower case; an acronym in apposition is kept.
_TOPIC_CONFERENCE: Final = re.compile(
    r"[ \t]+(?P<topic>(?:[a-z]{4,15}[ \t]+){1,2})(?P<noun>conference)"
    r"(?:,[ \t]*(?P<acronym>[A-Z]{2,6}[ -]?\d{1,3}),)?(?=[ \t]+(?:in|on|from|next|this)\b)"
)
# A topic that is no subject of a conference: "a press conference", "a video conference".
_NOT_TOPICS: Final = frozenset(
    {"press", "news", "video", "telephone", "phone", "online", "virtual", "joint", "review"}
)


def _subject_states(ctx: Context, sentence: Sentence, position: int) -> list[str]:
    """The two or more states joined right before the verb of the clause at ``position``
    ("Bulgaria and Romania agreed at a meeting of their ..."), or none."""
    countries = ctx.actors_in(max(sentence.start, position - 200), position, (ActorKind.COUNTRY,))
    if not countries:
        return []
    last = countries[-1]
    if _SUBJECT_VERB.fullmatch(ctx.text, last.end, position) is None:
        return []
    ids = list(dict.fromkeys(m.actor_id for m in _joined_run(ctx, countries, len(countries))))
    return ids if len(ids) >= 2 else []


def _topic_organization(
    ctx: Context, position: int, *, standing: bool = False
) -> ActorMentionLike | None:
    """The organisation the text is about among those named before ``position`` (within
    reach); with ``standing``, only a standing body (a commission, a council...)."""
    bodies = [
        m
        for m in ctx.actors_in(max(0, position - _BODY_REACH), position, (ActorKind.ORGANIZATION,))
        if not standing or _is_standing(ctx, m)
    ]
    return _topic_body(ctx, bodies) if bodies else None


def _is_standing(ctx: Context, body: ActorMentionLike) -> bool:
    """Whether an organisation is a standing body that holds sessions."""
    name = body.text.lower()
    return any(name.endswith(head) for head in ctx.cues.body_heads)


@reads_where("meeting of ")  # _GROUP_SCREEN holds it
def read_group_meeting_clauses(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "at a meeting of their transport ministers in Ruse on 8 May": the meeting of a
    group of office-holders, at the place and the date told right after it.

    "their" is the states joined as the clause's subject ("Bulgaria and Romania agreed at
    ..."); a group without them belongs to the organisation the text is about. With no owner,
    no place or no date after the place, nothing is read.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> ctx = Context.build("It was agreed at a meeting of ministers.", document_id="d")
        >>> read_group_meeting_clauses(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if _GROUP_SCREEN.search(ctx.text, sentence.start, sentence.end) is None:
        return made
    for match in ctx.scan(_GROUP_CLAUSE, sentence):
        if ctx.covers(match.start("group")) or _read_at(ctx, match.start(), match.end()):
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None or _named_here(ctx, sentence, place[0]):
            continue
        owner = (match.group("owner") or "").strip().lower()
        participants = _subject_states(ctx, sentence, match.start()) if owner == "their" else []
        if not participants:
            if owner == "their":
                continue  # "at a meeting of their ministers": whose, when no states are told?
            body = _topic_organization(ctx, match.start())
            if body is None:
                continue  # "at a meeting of senior officials in Lima": of which body?
            participants = [body.actor_id]
        group = " ".join(match.group("group").split())
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Meeting of the {group} in {place[0]}",
                form="ministerial-meeting" if group.endswith("ministers") else "other",
                span=(match.start(), place[1]),
                at=match.start("group"),
                place=place,
                future=is_future(ctx, match.start(), sentence),
                participants=participants,
            )
        )
    return made


@reads_where("its ")
def read_own_sessions(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "at its plenary session in Budapest in December": the session of the standing
    body the text is about ("Plenary session of the Danube Commission in Budapest"), at the
    place and the date told right after it; without a standing body named before, or
    without the place and the date, nothing is read.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "The firm will vote at its annual meeting in Houston in May."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_own_sessions(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if "its " not in lowered:
        return made
    made.extend(_read_own_organs(ctx, sentence))
    for match in ctx.scan(_OWN_SESSION, sentence):
        if ctx.covers(match.start("what")) or _read_at(ctx, match.start(), match.end()):
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None or _named_here(ctx, sentence, place[0]):
            continue
        body = _topic_organization(ctx, match.start(), standing=True)
        if body is None:
            continue
        what = " ".join(match.group("what").lower().split())
        the = _the(body.text)
        made.append(
            _make(
                ctx,
                sentence,
                name=f"{what[:1].upper()}{what[1:]} of {the}{body.text} in {place[0]}",
                form="other",
                span=(match.start(), place[1]),
                at=match.start("what"),
                place=(place[0], place[1], None),  # the host is no party of its own
                future=is_future(ctx, match.start(), sentence),
                participants=[body.actor_id],
            )
        )
    return made


def _the(body: str) -> str:
    """ "the " before a body's name, none before an acronym or a name with its article."""
    return "" if body.isupper() or re.match(r"(?:La|Le|Les|The)\s", body) else "the "


def _read_own_organs(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "would hold a tribute to him at its Permanent Council in Paris in January": the
    session of that organ of the organisation the text is about ("Permanent Council of La
    Francophonie in Paris"), at the place and the date right after it."""
    made: list[Candidate] = []
    for match in _OWN_ORGAN.finditer(ctx.text, sentence.start, sentence.end):
        if ctx.covers(match.start("organ")) or _read_at(ctx, match.start(), match.end()):
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None or _named_here(ctx, sentence, place[0]):
            continue
        body = _topic_organization(ctx, match.start())
        if body is None or body.text.endswith(match.group("organ").split()[-1]):
            continue  # no body, or the organ is the body itself
        organ = " ".join(match.group("organ").split())
        made.append(
            _make(
                ctx,
                sentence,
                name=f"{organ} of {_the(body.text)}{body.text} in {place[0]}",
                form="other",
                span=(match.start(), place[1]),
                at=match.start("organ"),
                place=(place[0], place[1], None),
                future=is_future(ctx, match.start(), sentence),
                participants=[body.actor_id],
            )
        )
    return made


@reads_where("conference")
def read_topic_conferences(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "the UN climate conference in November": a body's conference named by its topic
    word, with the date told right after it (or after an acronym in apposition, "the UN
    climate conference, COP77, in November", which the name keeps). A press or video
    conference, or a conference without its date, is no reading.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> ctx = Context.build("The UN climate conference was a success.", document_id="d")
        >>> read_topic_conferences(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if "conference" not in ctx.sentence_lower(sentence):
        return made
    for body in ctx.actors_in(sentence.start, sentence.end, (ActorKind.ORGANIZATION,)):
        match = _TOPIC_CONFERENCE.match(ctx.text, body.end, sentence.end)
        if match is None or ctx.covers(match.start("noun")):
            continue
        topic = match.group("topic").split()
        if any(word in _NOT_TOPICS for word in topic):
            continue
        before = ctx.text[max(0, body.start - 4) : body.start].lower()
        if not before.endswith("the "):
            continue  # "a UN climate conference": which one?
        if _read_at(ctx, body.start, match.end()) is not None:
            continue
        gap = match.end()
        dated = [
            m
            for m in ctx.temporal_starting(gap, gap + 8)
            if m.timex_type in ("DATE", "TIME") and m.start - gap <= 4
        ]
        if not dated:
            continue
        acronym = match.group("acronym")
        name = f"{body.text} {' '.join(topic)} conference" + (f" {acronym}" if acronym else "")
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="conference",
            name=name,
            start=body.start,
            end=match.end(),
            sentence=sentence.index,
            participants=[body.actor_id],
            dateable=True,
            future=is_future(ctx, body.start, sentence),
            evidence=(body.start, match.end()),
        )
        made.append(ctx.add(candidate))
    return made


# "due to be presented to ECO energy ministers in Ashgabat in July": a body's group of
# ministers (the body an acronym in capitals) that receives something at a place and a date.
_GROUP_ADDRESSED: Final = re.compile(
    r"\b(?:to|before)[ \t]+(?:the[ \t]+)?(?P<group>(?P<body>[A-Z][A-Z0-9&-]{1,9})[ \t]+"
    r"(?:[a-z]{3,12}[ \t]+){0,2}(?:ministers|leaders|governors|officials))"
    r"[ \t]+in[ \t]+(?=[A-Z])"
)
_GROUP_ADDRESSED_SCREEN: Final = re.compile(r"(?:ministers|leaders|governors|officials) in [A-Z]")


@reads_where("ministers in ", "leaders in ", "governors in ", "officials in ")
def read_groups_addressed(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "presented to ECO energy ministers in Ashgabat in July": the meeting of a body's
    group of office-holders that something is put to, at the place and the date told right
    after it ("Meeting of the ECO energy ministers in Ashgabat"). The body is an acronym
    in capitals; a people's or a country's ministers ("to Chilean ministers in Lima") or a
    group without a place and a date after it give nothing.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "It was sent to Chilean ministers in Lima in May."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_groups_addressed(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if _GROUP_ADDRESSED_SCREEN.search(ctx.text, sentence.start, sentence.end) is None:
        return made
    for match in _GROUP_ADDRESSED.finditer(ctx.text, sentence.start, sentence.end):
        if ctx.covers(match.start("group")) or _read_at(ctx, match.start(), match.end()):
            continue
        if ctx.country(match.group("body")) is not None:
            continue  # "to UK ministers in London": a state's ministers, no body's meeting
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None or any(
            c.kind is EventKind.MEETING and c.location == place[0]
            for c in ctx.in_sentence(sentence)
        ):
            continue  # a meeting of the sentence held there is the one the group attends
        group = " ".join(match.group("group").split())
        bodies = [
            m.actor_id
            for m in ctx.actors_in(match.start("body"), match.end("body"))
            if m.kind is ActorKind.ORGANIZATION
        ]
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Meeting of the {group} in {place[0]}",
                form="ministerial-meeting" if group.endswith("ministers") else "other",
                span=(match.start("group"), place[1]),
                at=match.start("group"),
                place=place,
                future=is_future(ctx, match.start(), sentence),
                participants=bodies,
            )
        )
    return made


# "a ministerial meeting on the market's second phase, covering 2071 to 2075, is pencilled in
# for the Baku summit's margins": a meeting named by its kind and topic, planned.
_TOPIC_MEETING: Final = re.compile(
    r"\b(?:[Aa]|[Aa]n)[ \t]+(?P<what>(?:(?:ministerial|high-level|special|extraordinary|informal"
    r"|technical|donors[’']?|regional|expert-level)[ \t]+){1,2}(?:meeting|conference|session))"
    r"[ \t]+on[ \t]+(?P<topic>(?:the[ \t]+)?[^,;.()\n]{3,60}?)"
    r"(?=[ \t]*,|[ \t]+(?:is|are|was|will|would|has|had)\b)"
)
# What says the meeting is planned: "is pencilled in for", "will be held", "is scheduled".
_PLANNED_AFTER: Final = re.compile(
    r"(?:[ \t]*,[^,;.()\n]{1,80},)?[ \t]+(?:is|are|will[ \t]+be|would[ \t]+be|has[ \t]+been)"
    r"[ \t]+(?:(?:now|also|tentatively|provisionally)[ \t]+)?(?P<verb>pencill?ed[ \t]+in|planned"
    r"|scheduled|set|slated|expected|due|to[ \t]+be[ \t]+held|held)\b"
)
# "for the Baku summit's margins", "on the margins of the summit": held at another meeting.
_AT_MARGINS: Final = re.compile(
    r"[ \t]+(?:for|on|at)[ \t]+(?:the[ \t]+)?(?:(?P<host>[^,;.()\n]{3,40}?)[’']s[ \t]+"
    r"(?:margins|sidelines)|(?:margins|sidelines)[ \t]+of[ \t]+)"
)


# The nouns one of which a planned topic meeting needs (its first test, and its declaration).
_PLANNED_NOUNS: Final = ("meeting", "conference", "session")


@reads_where(*_PLANNED_NOUNS)
def read_planned_topic_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "a ministerial meeting on the market's second phase ... is pencilled in for the
    Baku summit's margins": a meeting named by its kind and its topic that the text says is
    planned ("Ministerial meeting on the market's second phase"), held at the meeting whose
    margins it is pencilled in for (whose days it takes). A bare "a meeting on X", or one
    that is not said to be planned, gives nothing.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "A ministerial meeting on fisheries would be useful."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_planned_topic_meetings(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if " on " not in lowered or not any(w in lowered for w in _PLANNED_NOUNS):
        return made
    for match in _TOPIC_MEETING.finditer(ctx.text, sentence.start, sentence.end):
        if ctx.covers(match.start("what")) or _read_at(ctx, match.start(), match.end()):
            continue
        planned = _PLANNED_AFTER.match(ctx.text, match.end(), sentence.end)
        if planned is None:
            continue
        what = " ".join(match.group("what").split())
        topic = " ".join(match.group("topic").split())
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="ministerial-meeting" if what.startswith("ministerial") else "other",
            name=f"{what[:1].upper()}{what[1:]} on {topic}",
            start=match.start("what"),
            end=match.end(),
            sentence=sentence.index,
            dateable=False,  # "covering 2071 to 2075" dates the topic, not the meeting
            future=True,
            evidence=(match.start(), match.end()),
        )
        margins = _AT_MARGINS.match(ctx.text, planned.end(), sentence.end)
        if margins is not None:
            host = _read_at(ctx, margins.start(), margins.end()) or _placed_host(
                ctx, margins.group("host"), match.start()
            )
            if host is not None and host is not candidate:
                candidate.host, candidate.inherit = host, True
        made.append(ctx.add(candidate))
    return made


# "the Baku summit": a meeting named by its place, in a possessive of margins.
_PLACE_HEAD: Final = re.compile(
    r"(?P<place>[A-Z][^\W\d_]{2,30}(?:[ \t-][A-Z][^\W\d_]{2,30})?)[ \t]+"
    r"(?P<noun>summit|meeting|conference)"
)


def _placed_host(ctx: Context, host: str | None, position: int) -> Candidate | None:
    """The meeting told before ``position`` that "the Baku summit" names by its place: the
    last of that noun placed there, or told in a sentence that says "in Baku"."""
    head = _PLACE_HEAD.fullmatch(host or "")
    if head is None:
        return None
    place, noun = head.group("place"), head.group("noun")
    found = None
    for candidate in ctx.starting(max(0, position - _BODY_REACH), position):
        if candidate.kind is not EventKind.MEETING or noun not in candidate.name.lower():
            continue
        told = ctx.sentences[candidate.sentence].text
        if candidate.location == place or f" in {place}" in told:
            found = candidate
    return found


# "the extraordinary summit on water security held in Kampala last June", "to host an
# international conference on Gaza's reconstruction in Cairo in October": a meeting named by
# its kind and its topic, at the place and the date told right after the topic.
_PLACED_TOPIC: Final = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he)[ \t]+(?P<what>(?:(?:ministerial|high-level|special|extraordinary"
    r"|informal|international|regional|donors[’']?|emergency)[ \t]+){1,2}"
    r"(?:meeting|conference|summit))[ \t]+on[ \t]+(?P<topic>[^,;.()\n]{3,60}?)"
    r"[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])"
)


def _is_bare(name: str, what: str) -> bool:
    """Whether a meeting's name is its noun ``what`` alone, or with a host ("by Egyptian")."""
    lowered, noun = name.lower(), what.lower()
    return lowered == noun or lowered.startswith(noun + " by ")


# The nouns one of which a placed topic meeting needs (its first test, and its declaration).
_PLACED_NOUNS: Final = ("meeting", "conference", "summit")


@reads_where(*_PLACED_NOUNS)
def read_placed_topic_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "the extraordinary summit on water security held in Kampala last June": a meeting
    named by its kind and its topic, at the place and the date told right after the topic
    ("Extraordinary summit on water security in Kampala"). Without a kind ("a meeting on
    trade in Lima in May"), a place or a date after the place, nothing is read.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "An international conference on trade in Lima would help."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_placed_topic_meetings(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if " on " not in lowered or not any(w in lowered for w in _PLACED_NOUNS):
        return made
    for match in _PLACED_TOPIC.finditer(ctx.text, sentence.start, sentence.end):
        place = _place_then_date(ctx, match.end(), sentence, towns=False)
        if place is None:
            continue
        what = " ".join(match.group("what").split())
        topic = " ".join(match.group("topic").split())
        name = f"{what[:1].upper()}{what[1:]} on {topic} in {place[0]}"
        read = _read_at(ctx, match.start(), match.end())
        if read is not None and _is_bare(read.name, what):
            # "an international conference" read by its noun alone (or with its host, "by
            # Egyptian"): the topic and the place name it
            read.name, read.location = name, read.location or place[0]
            continue
        if read is not None or ctx.covers(match.start("what")):
            continue
        noun = what.rsplit(" ", 1)[-1].lower()
        made.append(
            _make(
                ctx,
                sentence,
                name=name,
                form="summit"
                if noun == "summit"
                else "conference"
                if noun == "conference"
                else "other",
                span=(match.start("what"), place[1]),
                at=match.start("what"),
                place=(place[0], place[1], None),  # the host is no party of its own
                future=is_future(ctx, match.start(), sentence),
                participants=[],
            )
        )
    return made


# "Foreign ministers hold a preparatory meeting on Monday", "the leaders will hold an
# informal session on 3 May": a group that holds a meeting of a kind, on a day.
_GROUP_HOLDS: Final = re.compile(
    r"\b(?P<group>(?i:(?:(?!(?:the|their|its|and|who|when|that|these|those)\s)[a-z]{3,12}\s+)?"
    r"(?:ministers|leaders|officials|envoys|governors|sherpas)))\s+"
    r"(?P<tense>(?i:will\s+|are\s+to\s+|are\s+due\s+to\s+|also\s+)?)"
    r"(?P<verb>(?i:hold|held|are\s+holding))\s+(?i:a|an|their)\s+"
    r"(?P<what>(?:(?i:preparatory|informal|special|extraordinary|joint|annual|closed-door"
    r"|separate|emergency)\s+){1,2}(?i:meeting|session))\b"
)


@reads_where("hold", "held")
def read_group_held_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "Foreign ministers hold a preparatory meeting on Monday": the meeting of that
    kind of the group ("Preparatory meeting of the foreign ministers"), of the organisation
    the text is about, dated by the day told right after it. Without an organisation named
    before, or without the day, nothing is read.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "Foreign ministers hold a preparatory meeting on Monday."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_group_held_meetings(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if "hold" not in lowered and "held" not in lowered:
        return made
    for match in _GROUP_HOLDS.finditer(ctx.text, sentence.start, sentence.end):
        if ctx.covers(match.start("what")) or _read_at(ctx, match.start(), match.end()):
            continue
        after = ctx.text[match.end() : match.end() + 4]
        if not after.startswith((" on ", " in ", " this", " next", " tom", " tod")) or not any(
            m.timex_type in ("DATE", "TIME")
            for m in ctx.temporal_starting(match.end(), match.end() + 5)
        ):
            continue
        body = _topic_organization(ctx, match.start())
        if body is None:
            continue  # "Ministers hold a preparatory meeting on Monday": whose ministers?
        group = " ".join(match.group("group").lower().split())
        what = " ".join(match.group("what").lower().split())
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="ministerial-meeting" if group.endswith("ministers") else "other",
            name=f"{what[:1].upper()}{what[1:]} of the {group}",
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            participants=[body.actor_id],
            dateable=True,
            # "ministers hold a meeting on Monday": the present of a schedule, still to come
            future=match.group("verb").lower() != "held" or is_future(ctx, match.start(), sentence),
            evidence=(match.start(), match.end()),
        )
        made.append(ctx.add(candidate))
    return made
