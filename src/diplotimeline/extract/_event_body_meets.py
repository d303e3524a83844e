"""Meetings of bodies, series and organs taken up by a word the text gave them before.

News names a body's meeting in full once and then takes it up by a short word: the body's
head word in the possessive ("The Authority's special meeting on 14 November", after "the
OECS Authority"), a head noun of a programme or bank before its organ ("The programme's
governing board meets for the first time in Bangkok on 19 and 20 October"), a group that
"meets next" after the series' last meeting was named ("The heads of government meet next in
Basseterre in June"), or a meeting noun right after the body's name ("a Union for the
Mediterranean ministerial conference on energy in Rabat in June 2068"). It tells a meeting
also as what preceded another ("preceded by the Committee of Senior Officials on 17 and 18
May").

Each reading needs what it takes up to have been named before (a body, a programme, a series)
or a place and a date right after it: "The Cathedral's special meeting", "the fund's board
meets in Lima on Monday" of no fund named, "The ministers meet next in Lima in May" of no
series, "a Nordic Council summit in Oslo" without a date, say no more than a place.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("The Authority's special meeting approved it.", document_id="d")
    >>> read_head_possessive_meetings(ctx, ctx.sentences[0])
    []
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import (
    ORDINAL_WORDS,
    Candidate,
    Context,
    is_future,
    ordinal_number,
)
from diplotimeline.extract._event_group_meets import _make, _place_then_date, _read_at
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, EventKind
from diplotimeline.time import DateSpan

__all__ = [
    "read_body_noun_meetings",
    "read_head_possessive_meetings",
    "read_meets_next",
    "read_organ_meets",
    "read_preceding_meetings",
]


# "to hold a Union for the Mediterranean ministerial conference on energy in Rabat in June
# 2068", "the Nordic Council ministerial meeting in Oslo on 4 May": a meeting noun in lower
# case right after a body's name (the name opens it), at a place and a date.
_DETERMINER_BEFORE: Final = re.compile(r"(?:\b(?i:a|an|the|its|their|next)[ \t]+)$")
_BODY_NOUN: Final = re.compile(
    r"[ \t]+(?P<noun>(?:(?:ministerial|leaders[’']?|high-level|regional|annual|special"
    r"|extraordinary|informal)[ \t]+){0,2}(?:conference|meeting|summit|forum)"
    r"(?:[ \t]+on[ \t]+(?:[a-z]{3,20}[ \t]+){0,2}?[a-z]{3,20})?)"
    r"[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])"
)
_BODY_NOUN_SCREEN: Final = re.compile(
    r"(?:conference|meeting|summit|forum)(?: on [a-z ]{3,60}?)? in [A-Z]"
)


@reads_where("conference", "meeting", "summit", "forum")
def read_body_noun_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read a meeting named by a body's name and a lower-case meeting noun, held at a place
    and a date told right after it ("a Union for the Mediterranean ministerial conference on
    energy in Rabat in June 2068"); without the place and the date ("the Nordic Council
    meeting room", "a Nordic Council meeting in Oslo") nothing is read.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> from diplotimeline.extract.actors import analyze_actors
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "They will hold a Nordic Council summit in Oslo."
        >>> actors = analyze_actors(text, document_id="d").mentions
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer(),
        ...                     temporal=tag(text), actors=actors)
        >>> read_body_noun_meetings(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if (
        ctx.lacks_needed(_BODY_NOUN_SCREEN, sentence)
        or _BODY_NOUN_SCREEN.search(ctx.text, sentence.start, sentence.end) is None
    ):
        return made
    for body in ctx.actors_in(sentence.start, sentence.end, (ActorKind.ORGANIZATION,)):
        match = _BODY_NOUN.match(ctx.text, body.end, sentence.end)
        if match is None or ctx.covers(match.start("noun")):
            continue
        if _DETERMINER_BEFORE.search(ctx.text, max(0, body.start - 8), body.start) is None:
            continue  # "Union for the Mediterranean ministers' meeting" or a subject
        if _read_at(ctx, body.start, match.end()) is not None:
            continue
        place = _place_then_date(ctx, match.end(), sentence, towns=False)
        if place is None:
            continue  # "a Union for the Mediterranean conference in Rabat": which one?
        noun = " ".join(match.group("noun").split())
        form = (
            "summit"
            if "summit" in noun
            else "ministerial-meeting"
            if "ministerial" in noun
            else "other"
        )
        made.append(
            _make(
                ctx,
                sentence,
                name=f"{body.text} {noun}",
                form=form,
                span=(body.start, place[1]),
                at=match.start("noun"),
                place=place,
                future=is_future(ctx, body.start, sentence),
                participants=[body.actor_id],
            )
        )
    return made


# "The Authority's special meeting on 14 November", "the Council's extraordinary session":
# a meeting of a body told before in full ("the OECS Authority"), now by its head word.
_HEAD_POSSESSIVE: Final = re.compile(
    r"\b(?i:the)\s+(?P<head>[A-Z][a-z]{3,20})[’']s\s+(?P<what>(?P<mods>(?:special|extraordinary"
    r"|emergency|annual|ordinary|informal|inaugural)\s+){0,2}(?:meeting|session|summit))\b"
)
_HELD_AT: Final = re.compile(r"[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])")
# How far back the body of a head word is looked for (characters).
_HEAD_REACH: Final = 3000


def _body_of_head(ctx: Context, head: str, position: int) -> tuple[str, str] | None:
    """The organisation named before ``position`` whose name ends with the head word
    ``head`` ("OECS Authority" for "Authority", not an organ "of" it): (name, id)."""
    for mention in reversed(
        ctx.actors_in(max(0, position - _HEAD_REACH), position, (ActorKind.ORGANIZATION,))
    ):
        words = mention.text.split()
        if len(words) > 1 and words[-1] == head and " of " not in mention.text:
            # not "Council of Ministers of the Indian Ocean Commission": its head is "Council"
            return mention.text, mention.actor_id
    return None


@reads_where("'s ", "’s ")
def read_head_possessive_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "The Authority's special meeting": the meeting of the body named before in full
    whose head word the possessive takes up ("Special meeting of the OECS Authority"); a head
    word of no body named before ("The Cathedral's special meeting") gives nothing.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "The Authority's special meeting approved it."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_head_possessive_meetings(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lower = ctx.sentence_lower(sentence)
    if "'s " not in lower and "’s " not in lower:
        return made
    for match in ctx.scan(_HEAD_POSSESSIVE, sentence):
        if ctx.covers(match.start("what")) or _read_at(ctx, match.start(), match.end()):
            continue
        at = _HELD_AT.match(ctx.text, match.end(), sentence.end)
        place = _place_then_date(ctx, at.end(), sentence) if at is not None else None
        if place is None and not match.group("mods"):
            continue  # "the Council's meeting" without a place and a date: which one?
        body = _body_of_head(ctx, match.group("head"), match.start())
        if body is None:
            continue
        what = " ".join(match.group("what").lower().split())
        name = f"{what[:1].upper()}{what[1:]} of the {body[0]}"
        if place is not None:
            # "at the Commission's summit in Port Louis on Thursday 17 and Friday 18 May": held
            # there (the name stays the body's, as the other reports of the summit name it)
            made.append(
                _make(
                    ctx,
                    sentence,
                    name=name,
                    form="summit" if what.endswith("summit") else "other",
                    span=(match.start(), place[1]),
                    at=match.start("what"),
                    place=(place[0], place[1], None),  # the host is no party of its own
                    future=is_future(ctx, match.start(), sentence),
                    participants=[body[1]],
                )
            )
            continue
        held = _held_for(ctx, sentence, match.start())
        if held is not None:
            # "The presidents will meet in Lima on 25 April for the Alliance's annual summit":
            # the group's meeting is that summit, named by it
            held.name = f"{name} in {held.location}" if held.location else name
            held.form = "summit" if what.endswith("summit") else held.form
            if body[1] not in held.participants:
                held.participants.append(body[1])
            continue
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="summit" if what.endswith("summit") else "other",
            name=name,
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            participants=[body[1]],
            dateable=True,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start(), match.end()),
        )
        made.append(ctx.add(candidate))
    return made


_FOR_BEFORE: Final = re.compile(r"\bfor\s+$")


def _held_for(ctx: Context, sentence: Sentence, position: int) -> Candidate | None:
    """The meeting of ``sentence`` told before ``position`` when "for" opens what follows
    ("met in Lima on Monday for the Alliance's summit"): the meeting held for it."""
    if _FOR_BEFORE.search(ctx.text, max(sentence.start, position - 8), position) is None:
        return None
    before = [
        c
        for c in ctx.in_sentence(sentence)
        if c.kind is EventKind.MEETING and c.form != "visit" and c.end <= position
    ]
    return before[-1] if before else None


# "The heads of government meet next in Basseterre in June", "the committee will meet next
# in Dhaka in 2067": the next meeting of the series whose last one was named before.
_MEET_NEXT: Final = re.compile(
    r"\b(?i:the|their|its)\s+(?P<group>(?:[a-z]{3,12}\s+)?(?:ministers|leaders|presidents"
    r"|prime\s+ministers|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)"
    r"|(?i:committee|council|commission|authority|assembly|board))"
    r"\s+(?:(?P<tense>will|are\s+to|is\s+to|are\s+due\s+to|is\s+due\s+to)\s+)?"
    r"(?:meets?|convenes?|gathers?)\s+next\s+in\s+(?=[A-Z])"
)


def _last_of_series(ctx: Context, position: int) -> Candidate | None:
    """The last meeting named before ``position`` (within :data:`_HEAD_REACH`) whose name
    opens with its ordinal ("73rd Meeting of the OECS Authority")."""
    last = None
    for candidate in ctx.starting(max(0, position - _HEAD_REACH), position):
        first = candidate.name.split(" ", 1)[0].lower()
        if (
            candidate.kind is EventKind.MEETING
            and " " in candidate.name
            and ordinal_number(candidate) is not None
            and (first in ORDINAL_WORDS or first[:1].isdigit())
        ):
            last = candidate
    return last


@reads_where(" next in ")
def read_meets_next(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "The heads of government meet next in P in June": the next meeting of the series
    named last before, at the place ("Next meeting of the OECS Authority in P"), without an
    ordinal of its own (a special meeting may come between). Without a series named before,
    or a date right after the place, nothing is read here.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "The ministers meet next in Lima."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_meets_next(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if " next in " not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_MEET_NEXT, sentence):
        if _read_at(ctx, match.start(), match.end()) is not None:
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None:
            continue
        last = _last_of_series(ctx, match.start())
        if last is None:
            continue  # "The ministers meet next in Lima in May" of no series named: too vague
        rest = last.name.split(" ", 1)[1]
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Next {rest} in {place[0]}",
                form=last.form,
                span=(match.start("group"), place[1]),
                at=match.start("group"),
                place=place,
                future=True,
                participants=[p for p in last.participants if _is_organization(ctx, p)],
            )
        )
    return made


def _is_organization(ctx: Context, actor_id: str) -> bool:
    mention = ctx.first_mention(actor_id)
    return mention is not None and mention.kind is ActorKind.ORGANIZATION


# "The programme's governing board meets for the first time in Bangkok on 19 and 20
# October", "the fund's steering committee will meet in Nairobi in May": an organ of a
# programme, fund or body named before, taken up by its head noun, that meets at a place and
# a date.
_ORGAN_MEETS: Final = re.compile(
    r"\b(?i:the|its)\s+(?P<owner>programme|program|fund|facility|initiative|bank|organi[sz]ation"
    r"|plan|agency|commission|corridor|project)[’']s\s+(?P<organ>(?:governing|executive"
    r"|steering|supervisory|advisory|joint|management)\s+(?:board|council|committee)"
    r"|board\s+of\s+(?:directors|governors|trustees))\s+"
    r"(?:(?P<tense>will|is\s+to|is\s+due\s+to|is\s+set\s+to|would)\s+meet|meets|(?P<past>met))"
    r"(?P<first>\s+for\s+the\s+first\s+time)?\s+in\s+(?=[A-Z])"
)


def _owner_named_before(ctx: Context, owner: str, position: int) -> str | None:
    """The name of the programme, fund or organisation named last before ``position`` whose
    name ends with the head noun ``owner`` ("Colombo Plan Green Skills Programme")."""
    for candidate in reversed(ctx.starting(max(0, position - _HEAD_REACH), position)):
        words = candidate.name.split()
        if (
            candidate.kind is not EventKind.MEETING
            and len(words) > 1
            and words[-1].lower() == owner
            and words[0][:1].isupper()
        ):
            return candidate.name
    for mention in reversed(
        ctx.actors_in(max(0, position - _HEAD_REACH), position, (ActorKind.ORGANIZATION,))
    ):
        words = mention.text.split()
        if len(words) > 1 and words[-1].lower() == owner:
            return mention.text
    return None


@reads_where("'s ", "’s ")
def read_organ_meets(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the meeting of an organ of a programme or body named before, taken up by its head
    noun ("The programme's governing board meets for the first time in Bangkok on 19 and 20
    October": "First meeting of the governing board of the Colombo Plan Green Skills
    Programme"); without an owner of that noun named before, or a date right after the
    place, nothing.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "The fund's governing board meets in Lima."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_organ_meets(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lower = ctx.sentence_lower(sentence)
    if ("'s " not in lower and "’s " not in lower) or " in " not in lower:
        return made
    for match in ctx.scan(_ORGAN_MEETS, sentence):
        if _read_at(ctx, match.start(), match.end()) is not None:
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None:
            continue
        owner = _owner_named_before(ctx, match.group("owner").lower(), match.start())
        if owner is None:
            continue  # "the fund's board meets in Lima on Monday": which fund?
        organ = " ".join(match.group("organ").lower().split())
        name = f"meeting of the {organ} of the {owner}"
        name = f"First {name}" if match.group("first") else f"{name[:1].upper()}{name[1:]}"
        made.append(
            _make(
                ctx,
                sentence,
                name=name,
                form="other",
                span=(match.start("organ"), place[1]),
                at=match.start("organ"),
                place=place,
                future=bool(match.group("tense"))
                or (not match.group("past") and is_future(ctx, match.start(), sentence)),
                participants=[],
            )
        )
    return made


# "The Council of Ministers was preceded by the Committee of Senior Officials on 17 and 18
# May", "The meeting was preceded by Foreign Secretary-level consultations on 8 October": a
# meeting held before (or after) the one told, named by its body or its kind, and dated.
_PRECEDED_BY: Final = re.compile(
    r"\b(?:preceded|followed)\s+by\s+(?:the\s+|a\s+|an\s+)?(?P<what>"
    r"(?:[A-Z][\w-]{1,20}\s+){0,3}(?:Committee|Council|Commission)"
    r"(?:\s+of\s+(?:[A-Z][\w-]{1,20}\s+){0,2}[A-Z][\w-]{1,20})?"
    r"|(?:[A-Z][\w-]{1,20}\s+){0,2}[\w-]{1,20}-level\s+(?:consultations|talks|meeting)"
    r"|(?:meeting|session)\s+of\s+(?:the\s+)?(?:[a-z]{3,12}\s+)?(?:ministers|officials|leaders))"
    r"\s+(?:on|from)\s+(?=\d|[A-Z])"
)
# How far back the meeting "preceded" is looked for (characters).
_PRECEDED_REACH: Final = 600


@reads_where("preceded", "followed")
def read_preceding_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read a meeting told as what preceded or followed another, with its own date: "The
    Council of Ministers was preceded by the Committee of Senior Officials on 17 and 18 May"
    ("Meeting of the Committee of Senior Officials"), "The meeting was preceded by Foreign
    Secretary-level consultations on 8 October". Its countries are those of the meeting told
    last before; without a date right after it ("preceded by a dinner",
    "followed by the Council's decision"), nothing is read.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "The summit was preceded by the Committee of Senior Officials."
        >>> ctx = Context.build(text, document_id="d")
        >>> read_preceding_meetings(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    lower = ctx.sentence_lower(sentence)
    if " by " not in lower or ("preceded" not in lower and "followed" not in lower):
        return made
    for match in ctx.scan(_PRECEDED_BY, sentence):
        if ctx.covers(match.start("what")):
            continue
        date: tuple[DateSpan, str] | None = None
        for told in ctx.temporal_starting(match.end(), match.end() + 1):
            if isinstance(told.value, DateSpan) and told.timex_type in ("DATE", "TIME"):
                date = (told.value, told.text)
                break
        if date is None:
            continue
        what = " ".join(match.group("what").split())
        if what[:1].isupper() and what.split()[-1] not in ("consultations", "talks", "meeting"):
            name = f"Meeting of the {what}"  # "the Committee of Senior Officials"
        else:
            name = what[:1].upper() + what[1:]
        before = [
            c
            for c in ctx.starting(max(0, match.start() - _PRECEDED_REACH), match.start())
            if c.kind is EventKind.MEETING and c.end <= match.start()
        ]
        parties = [
            p
            for p in (before[-1].participants if before else [])
            if (mention := ctx.first_mention(p)) is not None and mention.kind is ActorKind.COUNTRY
        ]
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="other",
            name=name,
            start=match.start("what"),
            end=match.end("what"),
            sentence=sentence.index,
            participants=parties,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start("what"), match.end("what")),
        )
        candidate.when, candidate.date_text = date
        made.append(ctx.add(candidate))
    return made
