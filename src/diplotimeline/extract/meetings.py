"""Meeting frames: talks, meetings with someone, visits, briefings, attendance and venues.

Named meetings ("the 12th Andean-Nordic Summit") come from
:func:`diplotimeline.extract.events.find_named_events`; this module reads the verb frames
of one sentence and adds what they say:

- "X held talks / a summit meeting / a bilateral meeting with Y", "X met (with) Y",
  "X received Y", "X paid a courtesy call on Y", "X's planned meeting with Y": one
  bilateral meeting per counterpart, or per venue when one counterpart is met at several
  ("met Y twice -- at the A Summit and the B Summit"), part of the venue it names;
- "X paid an official visit to P", "X will visit P from ... to ...", "X's visit to P",
  "... and continue to Q on ...": visits, one per destination;
- "a press briefing in P", "their first 2+2 dialogue in P", "a dialogue event with Y":
  meetings named by their noun;
- "X attended the N", "N was co-chaired by X and Y", "N, held in P on ...": participants
  and places of named meetings.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("Ortega will visit Chile next week.", document_id="d")
    >>> read_meetings(ctx, ctx.sentences[0])  # no actors known: no visitor, no visit
    []
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import Final

from diplotimeline.extract._event_body_meets import (
    read_body_noun_meetings,
    read_head_possessive_meetings,
    read_meets_next,
    read_organ_meets,
    read_preceding_meetings,
)
from diplotimeline.extract._event_context import (
    ORDINAL_WORDS,
    ActorMentionLike,
    Candidate,
    Context,
    Reader,
    is_future,
    iter_frames,
    name_key,
    ordinal_number,
    run_readers,
)
from diplotimeline.extract._event_group_meets import (
    place_summits,
    read_body_meets,
    read_group_meets,
    read_place_ministerials,
    read_series_meetings,
)
from diplotimeline.extract._event_groups import (
    _short_name,
    _writes,
    read_group_meeting_nouns,
    read_group_meetings,
    read_group_possessive_meetings,
    read_ordinal_summits,
    read_pair_talks,
    read_place_summits,
    read_place_talks,
)
from diplotimeline.extract._event_noun_meets import (
    read_group_held_meetings,
    read_group_meeting_clauses,
    read_groups_addressed,
    read_own_sessions,
    read_placed_topic_meetings,
    read_planned_topic_meetings,
    read_topic_conferences,
)
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._event_verb_meets import (
    read_held_sessions,
    read_met_since,
    read_negotiators_meet_again,
    read_presented_to_ministers,
    read_summons,
)
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract.organizations import organization_id
from diplotimeline.model import ActorKind, EventKind, LinkRelation
from diplotimeline.time import DateSpan, PartialDate

__all__ = ["read_meetings"]

_VENUE_CUE: Final = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of|on\s+the\s+occasion\s+of|on\s+the\s+margins\s+of"
    r"|as\s+part\s+of|in\s+the\s+framework\s+of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PLACE_CUE: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:was|were|is|are|will\s+be|to\s+be|being|has\s+been|will|is\s+to)\s+)?"
    r"(?:(?:held|hosted|convened|organi[sz]ed|taking\s+place|took\s+place|takes?\s+place)\s+)?"
    r"(?:on\s+[^,;.()]{1,30}?\s+)?in\s+",
    re.IGNORECASE,
)
_PASSIVE_BY: Final = re.compile(
    r"\b(?:co-chaired|chaired|attended|hosted|opened|addressed)\s+by\s+", re.IGNORECASE
)
# Every frame the readers of this module start from ("visit_continue" only follows a visit).
_FRAMES: Final = (
    "talks",
    "joint_talks",
    "met_described",
    "met",
    "meeting_noun",
    "attend",
    "visit_noun",
    "visit_verb",
    "visit_bare",
    "visit_by",
    "event_noun",
    "meeting_of",
    "body_ordinal",
    "meeting_between",
)
# The frames whose triggers send a sentence to every reader of read_meetings: those of
# _FRAMES but "body_ordinal", whose trigger used to be "the" (now its ordinals), and which
# read_meetings stands for by "the" itself, so that the same sentences go there.
_PATH_FRAMES: Final = tuple(name for name in _FRAMES if name != "body_ordinal")
# Between two coordinated persons: "X and Y", "X and President Y", "X and his Egyptian
# counterpart, Y," (titles are capitalised words; the mentions are the bare names).
# Or an office in apposition: "X and Tanzania's Minister for Foreign Affairs, Y".
# "NAME of Peru": the country written after a person's name ("Foreign Ministers A of Peru
# and B of Norway met").
_OF_COUNTRY: Final = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]{0,30}(?:\s+[A-Z][\w.’'-]{0,30}){0,3})?"
_JOINED: Final = re.compile(
    _OF_COUNTRY
    + r"\s*,?\s+(?:and|&)\s+(?:(?:his|her|their)\s+(?:[\w-]{1,30}\s+){0,2}counterparts?\s*,?\s*"
    r"|(?:[A-Z][\w.’'-]{0,30}\s+){0,6}"
    r"|(?:[A-Z][\w.’'-]{0,30}\s+|(?:for|of|and|the)\s+){1,10}[A-Z][\w.’'-]{0,30},\s+"
    r"(?:the\s+(?:[A-Z][\w.’'-]{0,30}\s+){1,3})?)"
)
# Between the second person and the verb: "Y held", "Y, held", "Y also held".
_TO_VERB: Final = re.compile(
    # "X and Y last met in P", "X and Y have met twice": an adverb of the series between
    _OF_COUNTRY + r"\s*,?\s*(?:(?:also|later|then|separately|jointly|last|previously|recently"
    r"|had|have)\s+){0,2}"
    # "X and Y are expected to hold talks", "... are due to meet", "... will also"
    r"(?:(?:are|were|will|would)\s+(?:(?:also|then|now)\s+)?"
    r"(?:(?:expected|due|set|scheduled|likely|going)\s+to\s+|to\s+)?)?"
    # "X and Y agreed to meet in P in December": a meeting ahead
    r"(?:(?:agreed|decided|promised|pledged)\s+to\s+(?:(?:also|again)\s+)?)?"
)
# A wire dateline at the start of a line: "ULAANBAATAR, Aug 22 (Yonhap) --", "RIYADH (AP) -".
_DATELINE: Final = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.’'-]{1,30}(?:[ -][A-Z][A-Za-z.’'-]{1,30}){0,2})"
    r"(?:,\s+[A-Z][A-Za-z.’' -]{1,30}?)?"
    r"(?=,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b|\s+\()",
    re.MULTILINE,
)
# A phrase that opens its sentence before the subject: "In a telephone conversation with".
# "received today, Tuesday 4 March, at the Palace in Oslo, H.E. Mrs. NAME": a parenthetical
# of time or place between the verb and the person received, and an honorific.
# Without commas, an honorific of address closes the aside: "received at his office this
# afternoon His Excellency Mr. NAME".
_RECEIVED_ASIDE: Final = re.compile(
    r"\s{0,4},?\s{0,4}(?:today|yesterday|on|at|in)\b[^;.]{0,160}"
    r"(?:,\s{0,4}|\s(?=(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s))"
    r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
)
# "for talks with X": what a visit or a trip is for, no meeting of its own.
_FOR_BEFORE: Final = re.compile(r"\bfor\s+$", re.IGNORECASE)
_FRONTED: Final = re.compile(
    r"\s*(?:\d{1,2}\.\s*)?"
    # "Speaking after talks with X on Monday, Y said ...": a participle before the phrase
    r"(?:(?:speaking|writing|addressing\s+reporters|talking\s+to\s+reporters)\s+)?"
    r"(?:in|during|at|after|following|on)\s+",
    re.IGNORECASE,
)
_ANAPHOR: Final = re.compile(r"\b(?:the|this)\s+(?:meeting|summit|conference|forum|talks)\b", re.I)


def _names(mentions: Sequence[ActorMentionLike], ctx: Context | None = None) -> str:
    """The names of persons in an event name: each as first named ("the president": no)."""
    if ctx is None:
        return " and ".join(m.text for m in mentions)
    names = []
    for mention in mentions:
        first = ctx.first_mention(mention.actor_id) if mention.kind is ActorKind.PERSON else None
        names.append(first.text if first is not None and first.text[:1].isupper() else mention.text)
    return " and ".join(names)


def _ids(mentions: Sequence[ActorMentionLike]) -> list[str]:
    return list(dict.fromkeys(m.actor_id for m in mentions))


def _region_end(ctx: Context, sentence: Sentence, start: int, frames: Sequence[int]) -> int:
    later = [position for position in frames if position > start]
    return min([*later, sentence.end])


def _persons(ctx: Context, start: int, end: int) -> list[ActorMentionLike]:
    """The persons named in ``[start, end)``, but not a word inside an organisation's name
    ("the United Nations General Assembly" holds no person "Assembly")."""
    persons = ctx.actors_in(start, end, (ActorKind.PERSON,))
    if not persons:
        return persons
    bodies = [
        m for m in ctx.actors_starting(max(0, start - 80), end) if m.kind is not ActorKind.PERSON
    ]
    return [
        p
        for p in persons
        if not any(
            b.start <= p.start and p.end <= b.end and b.end - b.start > p.end - p.start
            for b in bodies
        )
    ]


def _venues(ctx: Context, start: int, end: int) -> list[Candidate]:
    """Named meetings in ``[start, end)`` introduced as venues ("at the G20 Summit")."""
    cue = _VENUE_CUE.search(ctx.text, start, end)
    if cue is None:
        return []
    return [
        c
        for c in ctx.starting(cue.start(), end)
        if c.kind is EventKind.MEETING
        and c.named
        and not c.anaphor
        and c.host is None
        and c.frame_key is None
    ]


# "NAME, for the": a person met for a named meeting (a title in apposition may come first).
_FOR_OCCASION: Final = re.compile(r"\s{0,3},?\s{1,3}for\s+(?:the|a|an|their|its)\s+(?:\w+\s+)?")


def _occasion_after(ctx: Context, position: int, end: int) -> Candidate | None:
    """The named meeting that a person named right before ``position`` is met "for"."""
    cue = _FOR_OCCASION.match(ctx.text, position, end)
    if cue is None:
        return None
    for candidate in ctx.starting(cue.start(), cue.end() + 1):
        if candidate.kind is EventKind.MEETING and candidate.named and not candidate.anaphor:
            return candidate
    return None


def _meeting(
    ctx: Context,
    sentence: Sentence,
    subject: Sequence[ActorMentionLike],
    objects: Sequence[ActorMentionLike],
    venue: Candidate | None,
    span: tuple[int, int],
    future: bool,
    noun: str = "Meeting",
) -> Candidate:
    people = [*subject, *objects]
    name = f"{noun} of {_names(people, ctx)}" if people else noun
    if venue is not None:
        name += f" at the {venue.name}"
    ids = _ids(people)
    key = "meet:" + "|".join(sorted(ids)) + ":" + (venue.key if venue else "")
    candidate = Candidate(
        kind=EventKind.MEETING,
        form="bilateral-meeting",
        name=name,
        start=span[0],
        end=span[1],
        sentence=sentence.index,
        participants=ids,
        dateable=True,
        future=future,
        host=venue,
        relation=LinkRelation.PART_OF,
        inherit=venue is not None,
        evidence=span,
        frame_key=key if ids else None,
        subject=subject[0].actor_id if subject else None,
        objects=tuple(m.actor_id for m in objects),
    )
    if venue is not None and venue.location and candidate.location is None:
        candidate.location = venue.location
    return ctx.add(candidate)


def _counterparts(
    ctx: Context,
    sentence: Sentence,
    subject: Sequence[ActorMentionLike],
    start: int,
    end: int,
    future: bool,
    span_start: int,
) -> list[Candidate]:
    """Meetings with the persons met in ``[start, end)``, paired with their venues."""
    made: list[Candidate] = []
    segments = []
    cursor = start
    for match in re.finditer(r";", ctx.text[start:end]):
        segments.append((cursor, start + match.start()))
        cursor = start + match.end()
    segments.append((cursor, end))
    subject_ids = {m.actor_id for m in subject}
    for low, high in segments:
        persons = [
            p
            for p in _persons(ctx, low, high)
            if p.actor_id not in subject_ids and not _SPEAKER.match(ctx.text, p.end)
        ]
        if not persons:
            continue
        venues = _venues(ctx, low, high)
        last = max(p.end for p in persons)
        occasion = _occasion_after(ctx, last, high)
        if occasion is not None:
            # "hosts her counterpart, NAME, for the first X-Y strategic dialogue": the
            # meeting is that dialogue, with both of them.
            for mention in [*subject, *persons]:
                if mention.actor_id not in occasion.participants:
                    occasion.participants.append(mention.actor_id)
            continue
        if len(venues) > 1 and len(persons) == 1:
            for venue in venues:
                made.append(
                    _meeting(ctx, sentence, subject, persons, venue, (span_start, last), future)
                )
        elif len(persons) > 1 and len(venues) <= 1:
            only = venues[0] if venues else None
            for person in persons:
                made.append(
                    _meeting(
                        ctx, sentence, subject, [person], only, (span_start, person.end), future
                    )
                )
        else:
            first = venues[0] if venues else None
            span = (span_start, last)
            made.append(_meeting(ctx, sentence, subject, persons, first, span, future))
    return made


def _frame_starts(ctx: Context, sentence: Sentence) -> list[int]:
    starts: list[int] = []
    for name in ("talks", "met", "meeting_noun", "attend", "visit_noun", "visit_verb"):
        starts.extend(m.start() for m in iter_frames(ctx, name, sentence))
    return sorted(starts)


# Honorifics that may stand before a person's name ("Senator NAME", "His Excellency NAME").
_HONORIFICS: Final = re.compile(
    r"(?:(?:Senator|Sen\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Hon\.?|Honourable|Honorable|H\.\s?E\.|His"
    r"\s+Excellency|Her\s+Excellency|Ambassador|General|Gen\.|Sheikh|Sheikha|Dato'?|Datuk"
    r"|Tan\s+Sri|Chief|Dame|Sir|Major|Lieutenant|Brigadier|Admiral|Vice|Rear|Colonel|Captain"
    r"|Commodore|Air\s+Marshal|Marshal)\s+){0,3}"
)


# "visiting Lao Deputy Prime Minister ": a visitor received, named by nationality and office.
_VISITING_BEFORE: Final = re.compile(r"(?:the\s+)?visiting\s+(?:[A-Z][\w’'-]*\s+){0,6}")
# "Ecuador's President, ", "the Minister of Trade, ": an office in apposition before the
# name of the person met (capitalised words, then a comma).
# A second office may follow the comma: "the Governor for Indonesia, Minister of Finance NAME".
_OFFICE_IN_APPOSITION: Final = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.’'-]{0,30}\s+|(?:of|for|and)\s+){0,6}[A-Z][\w.’'-]{0,30},\s+"
    r"(?:[A-Z][\w.’'-]{0,30}\s+(?:(?:of|for|and)\s+[A-Z][\w.’'-]{0,30}\s+){1,2})?"
)
# "her Polish colleague ", "his Kenyan counterpart, ": a person met named by the relation.
_RELATION_BEFORE: Final = re.compile(
    r"(?:his|her|their)\s+(?:[A-Z][\w-]{1,30}\s+)?(?:counterpart|colleague),?\s+"
)


# The verbs after which "his Kenyan counterpart NAME" is the person met.
_RELATION_VERBS: Final = (
    *("receiv", "welcom", "host", "discuss", "sat", "sit", "phon", "teleph"),
    *("met", "meet", "will meet"),
)


# "called on X's President, NAME, to free the prisoners": urged to do something, no call.
_URGED_TO: Final = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,2})?"
    r"\s*,?\s*(?:on\s+\w+\s+)?to\s+[a-z]"
)


def _is_urged(ctx: Context, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a "call(s/ed) on" frame urges the person after it to do something ("called
    on President NAME to resign", "calls on the Prime Minister of X, NAME, to act")."""
    verb = (match.groupdict().get("verb") or "").lower()
    if not verb.startswith(("call", "will call", "to call", "would call")) or "courtesy" in verb:
        return False
    persons = _persons(ctx, match.end() - 2, min(sentence.end, match.end() + 160))
    return bool(persons) and _URGED_TO.match(ctx.text, persons[0].end) is not None


# "said he would", "announced that she would": a plan reported, still to come.
_REPORTED_WOULD: Final = re.compile(
    r"\b(?:said|says|announced|confirmed|added)\s+(?:that\s+)?(?:he|she|they)\s+would\s+$"
)
# A determiner right before "meeting" makes it a noun.
_NOUN_MEETING: Final = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$", re.I)
# "is also expected to", "are then due to": a plan with an adverb inside the phrase.
_EXPECTED_TO: Final = re.compile(
    r"\b(?:is|are)\s+(?:also|then|now|still)\s+(?:expected|due|scheduled|set)\s+to\s+$"
)
# Verbs of the talks and met frames in the present that news uses for what is arranged.
_SCHEDULED_PRESENT: Final = frozenset({"holds", "meets"})


def _read_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    frames: list[int] | None = None  # the starts of the sentence's frames, when first asked
    covered: list[tuple[int, int]] = []
    for frame in ("talks", "meeting_noun", "met_described", "met"):
        for match in iter_frames(ctx, frame, sentence):
            if any(low <= match.start() < high for low, high in covered):
                continue
            at = match.end()
            if frame == "talks" and (holder := _MET_HOLDER.match(ctx.text, at, sentence.end)):
                # "held talks with his Iraqi counterpart on Monday": a counterpart unnamed
                made.extend(_holder_met(ctx, sentence, match, holder))
                continue
            if frame == "met_described" and not match.group("verb").lower().startswith(
                ("welcom", "host")
            ):
                # "called on the Vice President, Senator NAME": an honorific before the name
                # (not after "welcomed the report presented by the Minister, Hon. NAME")
                honorific = _HONORIFICS.match(ctx.text, at)
                at = honorific.end() if honorific is not None else at
            starting = ctx.actors_starting(at, at + 2)
            if frame == "met_described" and not any(m.kind is ActorKind.PERSON for m in starting):
                continue
            if (
                frame == "met"
                and match.group("verb").lower() == "meeting"
                and _NOUN_MEETING.search(
                    ctx.text, max(sentence.start, match.start() - 8), match.start()
                )
            ):
                # "On the margins of the meeting the Finance Minister met ...": a noun, not
                # the verb "meeting" with the person after it as the one met.
                continue
            if frame == "met":
                after = _persons(ctx, match.end(), match.end() + 80)
                aside = False
                if match.group("verb").lower().startswith("receiv"):
                    reach = _persons(ctx, match.end(), min(sentence.end, match.end() + 240))
                    aside = bool(reach) and bool(
                        _RECEIVED_ASIDE.fullmatch(ctx.text, match.end(), reach[0].start)
                    )
                    after = reach if aside else after
                between = ctx.text[match.end() : after[0].start] if after else ""
                if _RELATION_BEFORE.fullmatch(between) and match.group("verb").lower().startswith(
                    _RELATION_VERBS
                ):
                    # "received her Polish colleague NAME", "discussed trade with his
                    # Kenyan counterpart, NAME", "met his German counterpart NAME": the
                    # person received or talked with
                    between = ""
                if _VISITING_BEFORE.fullmatch(between) and match.group("verb").lower().startswith(
                    ("receiv", "welcom", "host", "met")
                ):
                    between = ""  # "received visiting Lao Deputy Prime Minister NAME"
                if _OFFICE_IN_APPOSITION.fullmatch(between) and match.group(
                    "verb"
                ).lower().startswith(("receiv", "welcom", "host", "met", "meet", "will")):
                    # "had also met Colombia's President, NAME,", "would meet Japan's Prime
                    # Minister, NAME"
                    between = ""
                if (
                    _OFFICE_IN_APPOSITION.fullmatch(between)
                    and match.group("verb").lower().startswith("called")
                    and not _URGED_TO.match(ctx.text, after[0].end)
                ):
                    # "called on Ghana's Prime Minister, NAME, at State House": a courtesy
                    # call (not "called on Ghana's President, NAME, to free them": urged)
                    between = ""
                if not after or (not aside and re.search(r"[,;.]|\b[a-z]{4,}\b", between)):
                    # No person met right after the verb: "X and Y met in P", "the
                    # presidents met" (a person named later is no object of "met").
                    if match.group("verb").lower() != "talks":  # "talks with the rebels"
                        made.extend(_group_met(ctx, sentence, match))
                    continue
            subject = _possessor(ctx, match.start(), sentence) or ctx.subject_before(
                match.start(), sentence
            )
            if not any(m.kind is ActorKind.PERSON for m in subject):
                # "where she holds talks with NAME", "said he would meet NAME": the
                # pronoun's person, named before it.
                subject = _pronoun_at_verb(ctx, sentence, match.start()) or subject
            if frame == "met" and match.group("verb").lower() == "talks":
                if not subject:
                    continue  # "Talks with President X are planned": whose, it does not say
                if _FOR_BEFORE.search(
                    ctx.text, max(sentence.start, match.start() - 5), match.start()
                ):
                    continue  # "flew to Kyiv for talks with X": the visit's purpose
            if _is_urged(ctx, sentence, match):
                continue  # "called on President NAME to resign": urged, no call
            if frames is None:
                frames = _frame_starts(ctx, sentence)
            end = _region_end(ctx, sentence, match.end(), frames)
            if not subject and _FRONTED.fullmatch(ctx.text, sentence.start, match.start()):
                # "In a telephone conversation with X on Monday, Y discussed ...": Y is
                # the subject, after the comma that closes the fronted phrase.
                comma = ctx.text.find(",", match.end(), end)
                if comma >= 0:
                    subject = _persons(ctx, comma, min(end, comma + 80))[:1]
                    end = comma
            future = (
                is_future(ctx, match.start(), sentence)
                or match.group().lower().startswith("will")  # the frame's own "will meet"
                or (match.groupdict().get("det") or "").lower() in ("planned", "upcoming")
            )
            if "planned" in match.group().lower() or "upcoming" in match.group().lower():
                future = True
            if _EXPECTED_TO.search(
                ctx.text, max(sentence.start, match.start() - 40), match.start()
            ):
                future = True  # "X is also expected to meet NAME"
            if _REPORTED_WOULD.search(
                ctx.text, max(sentence.start, match.start() - 60), match.start()
            ):
                future = True  # "the office said he would meet NAME": announced, to come
            if (
                frame in ("talks", "met")
                and match.group("verb").lower() in _SCHEDULED_PRESENT
                and not _is_headline(ctx, sentence)
            ):
                # "where she holds talks with NAME on Monday": the present that news uses
                # for what is arranged (a headline's present tells what was done).
                future = True
            found = _counterparts(ctx, sentence, subject, match.start(), end, future, match.start())
            if found:
                covered.append((match.start(), end))
                made.extend(found)
                _on_the_margins(ctx, sentence, found)
                _during_visit(ctx, sentence, found)
    return made


# "On the margins of the meeting the Finance Minister also met NAME": a meeting noun taken up
# from before, opening the sentence.
_FRONTED_MARGINS: Final = re.compile(
    r"\s*(?:On|At)\s+the\s+(?:sidelines|margins)\s+of\s+the\s+"
    r"(?P<noun>meeting|summit|forum|conference|session)\b"
)


def _on_the_margins(ctx: Context, sentence: Sentence, made: Sequence[Candidate]) -> None:
    """Meetings told after "On the margins of the meeting" take as host, and for their days,
    the meeting named last before the sentence whose name holds that noun ("the 51st Annual
    Meeting of the Board of Governors"), not a meeting of persons or states named after the
    noun ("Meeting with Uzbekistan")."""
    fronted = _FRONTED_MARGINS.match(ctx.text, sentence.start, sentence.end)
    if fronted is None:
        return
    noun = fronted.group("noun").lower()
    hosts = [
        c
        for c in ctx.candidates
        if c.kind is EventKind.MEETING
        and c.named
        and not c.anaphor
        and c.frame_key is None
        and c.start < sentence.start
        and noun in c.name.lower()
        # "Meeting with Uzbekistan", "Meeting of X and Y": meetings of persons or states
        and not c.name.lower().startswith(noun)
    ]
    if not hosts:
        return
    host = max(hosts, key=lambda c: c.start)
    for candidate in made:
        if candidate.host is None:
            candidate.host, candidate.inherit = host, True


def _during_visit(ctx: Context, sentence: Sentence, made: Sequence[Candidate]) -> None:
    """Meetings still to come of a person on a visit, told in the sentence before or earlier
    in the same sentence, take that visit as host, and its days, when their sentence gives no
    date: "X leaves for Tokyo on 22 June for a four-day official visit. The office said he
    would meet Japan's Prime Minister, NAME" (the visit's tense is known only once dated)."""
    if ctx.temporal_starting(sentence.start, sentence.end):
        return
    # Only the candidates of this sentence and the two before are looked at (linear time).
    near = [
        c
        for index in range(max(0, sentence.index - 2), sentence.index + 1)
        for c in ctx.in_sentence(ctx.sentences[index])
    ]
    for candidate in made:
        if candidate.host is not None or candidate.subject is None or not candidate.future:
            continue
        visits = [
            c
            for c in near
            if c.kind is EventKind.MEETING
            and c.form == "visit"
            and c.subject == candidate.subject
            and c.start < candidate.start
            and sentence.index - 1 <= c.sentence <= sentence.index
        ]
        if visits:
            candidate.host, candidate.inherit = visits[-1], True
            continue
        stay = _WHILE_IN.search(ctx.text, candidate.start, sentence.end)
        place = ctx.place_at(stay.end()) if stay is not None else None
        if place is None:
            continue
        # "X is also expected to meet NAME while in Tashkent": during the named meeting held
        # in that place, told in the two sentences before.
        hosts = [
            c
            for c in near
            if c.kind is EventKind.MEETING
            and c.named
            and not c.anaphor
            and c.start < candidate.start
            and place[0] in _sentence_text(ctx, c.sentence)
        ]
        if hosts:
            candidate.host, candidate.inherit = hosts[-1], True


# "while in Tashkent", "during her stay in Accra": where a person is when a meeting is held.
_WHILE_IN: Final = re.compile(
    r"\b(?:while|when)\s+in\s+|\bduring\s+(?:his|her|their)\s+stay\s+in\s+", re.IGNORECASE
)


def _sentence_text(ctx: Context, index: int) -> str:
    sentence = ctx.sentences[index]
    return ctx.text[sentence.start : sentence.end]


def _coordinated_subject(ctx: Context, sentence: Sentence, position: int) -> list[ActorMentionLike]:
    """The subject of a verb at ``position``, both persons of "X and Y" where joined."""
    subject = ctx.subject_before(position, sentence)
    if len(subject) != 1 or subject[0].kind is not ActorKind.PERSON:
        return subject
    persons = _persons(ctx, sentence.start, subject[0].start)
    if persons and _JOINED.fullmatch(ctx.text, persons[-1].end, subject[0].start):
        return [persons[-1], subject[0]]
    return subject


@reads_where(frames=("meeting_between",))
def _read_between(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "the meeting between President X and President Y": a meeting of both."""
    made: list[Candidate] = []
    for match in iter_frames(ctx, "meeting_between", sentence):
        persons = _persons(ctx, match.end(), min(sentence.end, match.end() + 160))
        if len(persons) < 2 or persons[0].start - match.end() > 60:
            made.extend(_bodies_between(ctx, sentence, match))
            continue
        first, second = persons[0], persons[1]
        if first.actor_id == second.actor_id or not _JOINED.fullmatch(
            ctx.text, first.end, second.start
        ):
            continue
        lowered = match.group().lower()
        future = (
            is_future(ctx, match.start(), sentence) or "planned" in lowered or "upcoming" in lowered
        )
        venues = _venues(ctx, second.end, sentence.end)
        venue = venues[0] if venues else None
        span = (match.start(), second.end)
        made.append(_meeting(ctx, sentence, [first], [second], venue, span, future))
    return made


# "between the Peace and Security Council and the UN Security Council": two bodies.
_BODY_PAIR_GAP: Final = re.compile(r"\s+and\s+(?:the\s+)?")
_BETWEEN_DET: Final = re.compile(r"(?i:a|an|the|their|its)\s+")


# Who may meet as a body: "between the X Council and the Y Council", "talks between Peru
# and Colombia", "between the EU and China".
_PARTIES: Final = (ActorKind.ORGANIZATION, ActorKind.COUNTRY)


def _bodies_between(ctx: Context, sentence: Sentence, match: re.Match[str]) -> list[Candidate]:
    """ "the joint consultative meeting between the X Council and the Y Council", "talks
    between Peru and Colombia": a meeting of the two organisations or countries, named as
    written (no persons are named)."""
    lead = re.match(r"(?i:the\s+)?", ctx.text[match.end() : match.end() + 4])
    at = match.end() + (lead.end() if lead is not None else 0)
    first = next((m for m in ctx.actors_starting(at, at + 1) if m.kind in _PARTIES), None)
    if first is None:
        return []
    gap = _BODY_PAIR_GAP.match(ctx.text, first.end, sentence.end)
    second = (
        next(
            (m for m in ctx.actors_starting(gap.end(), gap.end() + 1) if m.kind in _PARTIES),
            None,
        )
        if gap is not None
        else None
    )
    if second is None or second.actor_id == first.actor_id:
        return []
    det = _BETWEEN_DET.match(ctx.text, match.start(), match.end())
    begin = det.end() if det is not None else match.start()
    name = " ".join(ctx.text[begin : second.end].split())
    lowered = match.group().lower()
    future = (
        is_future(ctx, match.start(), sentence) or "planned" in lowered or "upcoming" in lowered
    )
    candidate = Candidate(
        kind=EventKind.MEETING,
        form="summit" if match.group("noun").lower().startswith("summit") else "other",
        name=name[:1].upper() + name[1:],
        start=begin,
        end=second.end,
        sentence=sentence.index,
        participants=[first.actor_id, second.actor_id],
        dateable=True,
        future=future,
        evidence=(begin, second.end),
    )
    return [ctx.add(candidate)]


# A person followed by a verb of saying is the source of a quote, not a counterpart
# ("..., Foreign Minister Grace Wanjiru told reporters").
_SPEAKER: Final = re.compile(
    r"\s*,?\s*(?:told|said|says|added|noted|stressed|explained|announced|confirmed|wrote)\b"
)
# "the two Heads of State", "the two leaders", "both presidents" just before a verb.
_GROUP: Final = re.compile(
    r"\b(?:the\s+two|both|the)\s+(?:heads\s+of\s+(?:state|government)|leaders|presidents"
    r"|prime\s+ministers|premiers|foreign\s+ministers|ministers|chancellors)\s+(?:also\s+)?$",
    re.IGNORECASE,
)


# Offices a group noun implies ("the presidents": both introduced as presidents).
_GROUP_OFFICES: Final = {
    "presidents": ("president",),
    "ministers": ("minister", "secretary"),
    "premiers": ("premier", "prime minister"),
    "chancellors": ("chancellor",),
    "state": ("president", "king", "emir", "sultan", "queen", "monarch"),
    "government": ("prime minister", "premier", "chancellor", "president"),
    "leaders": ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader"),
}


# The groups of heads that a counterpart, named so right before the name, belongs to.
_COUNTERPART_GROUPS: Final = frozenset({"leaders", "presidents", "premiers", "government"})
_COUNTERPART_BEFORE: Final = re.compile(r"\bcounterparts?,?\s+$", re.IGNORECASE)


def _leading_pair(ctx: Context, position: int, group: str = "") -> list[ActorMentionLike] | None:
    """The first two distinct persons named before ``position``: an article's protagonists.

    "The two Heads of State", "the leaders" refer to the pair the article is about, who are
    named first; officials named since then are not meant. When the group names an office
    ("the presidents", "the two foreign ministers"), both must have been introduced with it.
    """
    office = _GROUP_OFFICES.get(group.lower().split()[-1] if group else "", ())
    found: list[ActorMentionLike] = []
    for mention in ctx.actors_in(0, position, (ActorKind.PERSON,)):
        # The office before the name or in an apposition after it ("X, President of Chile");
        # a spokesperson or a reporter named first is not one of "the two presidents".
        before = ctx.text[max(0, mention.start - 40) : mention.start].rsplit(".", 1)[-1]
        after = ctx.text[mention.end : mention.end + 40].split(".", 1)[0]
        title = f"{before} {after}".lower()
        if (
            office
            and not any(word in title for word in office)
            # "meets his PNG counterpart NAME ... The two leaders": the counterpart of a
            # leader named right before the name is one (a minister's is left alone)
            and not (
                group.lower().split()[-1] in _COUNTERPART_GROUPS
                and _COUNTERPART_BEFORE.search(before)
            )
            # "Foreign Minister X met his Beninese counterpart Y ... The two ministers": the
            # counterpart of one taken with the office, in the same sentence, holds it too
            and not (
                found
                and _COUNTERPART_BEFORE.search(before)
                and "." not in ctx.text[found[-1].end : mention.start]
            )
        ):
            continue
        if all(m.actor_id != mention.actor_id for m in found):
            found.append(mention)
        if len(found) == 2:
            break
    if len(found) < 2:
        return None
    return found


# "when they met", "they had first met": "they" right before the verb.
_THEY_BEFORE: Final = re.compile(
    r"\b[Tt]hey\s+(?:(?:had|have|also|first|last|later|then|would|will|once)\s+){0,2}$"
)


def _they_met(ctx: Context, sentence: Sentence, match: re.Match[str]) -> list[Candidate]:
    """ "the two ministers, A of Jordan and B of Egypt, who agreed on the deal when they met
    on the margins of the forum": "they" are the two persons joined by "and" last named
    before it, in its sentence or (none named there) in the sentence before."""
    they = _THEY_BEFORE.search(ctx.text, max(sentence.start, match.start() - 30), match.start())
    if they is None:
        return []
    persons = _persons(ctx, sentence.start, they.start())
    if not persons and sentence.index > 0:
        before = ctx.sentences[sentence.index - 1]
        persons = _persons(ctx, before.start, before.end)
    if len(persons) < 2:
        return []
    first, second = persons[-2], persons[-1]
    if first.actor_id == second.actor_id or not _JOINED.fullmatch(
        ctx.text, first.end, second.start
    ):
        return []
    end = _region_end(ctx, sentence, match.end(), [])
    venues = _venues(ctx, match.end(), end)
    future = is_future(ctx, match.start(), sentence)
    venue = venues[0] if venues else None
    return [_meeting(ctx, sentence, [first], [second], venue, (they.start(), match.end()), future)]


# "agreed to meet regularly", "meet every year": a habit, no one meeting.
_HABIT_AFTER: Final = re.compile(
    r"\s*(?:regularly|periodically|frequently|annually|more\s+often|every\s+(?:year|month))\b"
)


def _pair_met(ctx: Context, sentence: Sentence, match: re.Match[str]) -> list[Candidate]:
    """ "X, the Honourable A, and Y, the Right Honourable B, met in P": A and B met."""
    # The coordinated subject stands just before the verb (titles and appositions included).
    persons = _persons(ctx, max(sentence.start, match.start() - 300), match.start())
    if len(persons) < 2 or not _TO_VERB.fullmatch(ctx.text, persons[-1].end, match.start()):
        return []
    if _HABIT_AFTER.match(ctx.text, match.end()):
        return []
    second = persons[-1]
    # The first may stand two mentions back: a bare title in between ("and the Prime
    # Minister of New Zealand, the Right Honourable Y") names the second one's office.
    headline = _is_headline(ctx, sentence)
    for first in persons[-2:-4:-1]:
        if first.actor_id != second.actor_id and (
            _JOINED.fullmatch(ctx.text, first.end, second.start)
            or (headline and _HEADLINE_JOINED.fullmatch(ctx.text, first.end, second.start))
        ):
            future = is_future(ctx, match.start(), sentence)
            span = (first.start, match.end())
            meeting = _meeting(ctx, sentence, [first], [second], None, span, future)
            return [_headline_key(ctx, sentence, meeting)]
    return []


# A headline joins names with a comma: "Ruiz, Berg meet in Lima".
_HEADLINE_JOINED: Final = re.compile(r"\s*,\s+")
# "Peru, Norway leaders meet", "Peruvian and Norwegian foreign ministers to meet": the
# office-holders of two countries.
_COUNTRIES_GROUP: Final = re.compile(
    r"\s+(?:leaders|presidents|premiers|prime\s+ministers|PMs|foreign\s+ministers|FMs"
    r"|top\s+diplomats)\s+(?:(?:to|will)\s+)?$",
    re.IGNORECASE,
)
_COUNTRIES_JOINED: Final = re.compile(r"\s*(?:,|and|&)\s*")


def _joined_countries(
    ctx: Context, mentions: Sequence[ActorMentionLike]
) -> tuple[ActorMentionLike, ActorMentionLike] | None:
    """The last two of ``mentions`` when they are two countries joined by "and" or a comma
    ("Peru and Norway", "Peru, Norway"), else None."""
    if len(mentions) < 2:
        return None
    first, second = mentions[-2], mentions[-1]
    if (
        first.kind is not ActorKind.COUNTRY
        or second.kind is not ActorKind.COUNTRY
        or first.actor_id == second.actor_id
        or not _COUNTRIES_JOINED.fullmatch(ctx.text, first.end, second.start)
    ):
        return None
    return first, second


def _is_headline(ctx: Context, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the document's first line, without a full stop: a headline."""
    if ctx.text[: sentence.start].strip():
        return False
    line_end = ctx.text.find("\n", sentence.start)
    return line_end > 0 and not ctx.text[sentence.start : line_end].rstrip().endswith(".")


def _countries_met(ctx: Context, sentence: Sentence, match: re.Match[str]) -> list[Candidate]:
    """ "Peru, Norway leaders meet in Lima": the persons the article introduces for each
    country (the countries themselves where it introduces none) met."""
    group = _COUNTRIES_GROUP.search(
        ctx.text, max(sentence.start, match.start() - 40), match.start()
    )
    if group is None:
        return []
    countries = [
        m
        for m in ctx.actors_in(max(sentence.start, group.start() - 80), group.start())
        if m.kind is ActorKind.COUNTRY
    ]
    pair = _joined_countries(ctx, countries)
    if pair is None or ctx.text[pair[1].end : group.start()].strip():
        return []
    words = group.group().split()
    office = " ".join(words[:-1] if words[-1].lower() in ("to", "will") else words)
    sides = [_introduced_as(ctx, country.actor_id, office) or country for country in pair]
    if sides[0].actor_id == sides[1].actor_id:
        return []
    future = is_future(ctx, match.start(), sentence)
    span = (countries[-2].start, match.end())
    meeting = _meeting(ctx, sentence, sides[:1], sides[1:], None, span, future)
    if any(side.kind is not ActorKind.PERSON for side in sides):
        # "the Sri Lankan and Maldivian foreign ministers met": no person of that office is
        # introduced for a side, so the group names the meeting, its states are the parties
        states = ctx.text[pair[0].start : pair[1].end]
        meeting.name = f"Meeting of the {states} {office}"
        meeting.form = "ministerial-meeting" if "inister" in office.lower() else "summit"
    return [_headline_key(ctx, sentence, meeting)]


def _introduced_as(ctx: Context, country: str, office: str) -> ActorMentionLike | None:
    """The person :func:`_introduced_for` ``country`` when the article introduces them with
    the group's office ("leaders": a president or a prime minister; "foreign ministers": a
    minister), else None: the Maldivian President is not one of "the foreign ministers"."""
    person = _introduced_for(ctx, country)
    if person is None:
        return None
    words = _GROUP_OFFICES.get(office.lower().split()[-1], ())
    before = ctx.text[max(0, person.start - 40) : person.start].rsplit(".", 1)[-1]
    after = ctx.text[person.end : person.end + 40].split(".", 1)[0]
    title = f"{before} {after}".lower()
    return person if not words or any(word in title for word in words) else None


def _headline_key(ctx: Context, sentence: Sentence, candidate: Candidate) -> Candidate:
    """Mark a meeting read from the headline: it joins the one meeting of its people that
    the body tells (see ``_event_merge``), whatever venue the body adds."""
    if candidate.frame_key is not None and _is_headline(ctx, sentence):
        candidate.frame_key = "headline:" + candidate.frame_key
    return candidate


# "NAME of Peru", "NAME, President of the Republic of Peru".
_OF_OR_OFFICE_OF: Final = re.compile(
    r"(?:\s*,\s*(?:(?i:the)\s+)?(?:[A-Z][\w-]{0,30}\s+){1,4})?\s*(?i:of)\s+(?:(?i:the)\s+)?"
    r"(?:[A-Z][\w-]{0,30}\s+(?i:of)\s+(?:(?i:the)\s+)?)?"
)


def _country_of(ctx: Context, person: str) -> str | None:
    """The country written beside the first mention of ``person`` ("Peruvian President
    NAME", "NAME of Peru"), if any."""
    mention = ctx.first_mention(person)
    if mention is None:
        return None
    after = [
        m
        for m in ctx.actors_in(mention.end, mention.end + 60)
        if m.kind is ActorKind.COUNTRY
        and _OF_OR_OFFICE_OF.fullmatch(ctx.text, mention.end, m.start)
    ]
    before = [
        m
        for m in ctx.actors_in(max(0, mention.start - 40), mention.start)
        if m.kind is ActorKind.COUNTRY and _TITLE_GAP.fullmatch(ctx.text, m.end, mention.start)
    ]
    nearest = after[:1] or before[-1:]
    return nearest[0].actor_id if nearest else None


def _introduced_for(ctx: Context, country: str) -> ActorMentionLike | None:
    """The first person the article names beside a mention of ``country`` ("Peruvian
    President NAME", "NAME of Peru")."""
    for mention in ctx.actors:
        if mention.kind is not ActorKind.PERSON:
            continue
        before = [
            m
            for m in ctx.actors_in(max(0, mention.start - 40), mention.start)
            if m.kind is ActorKind.COUNTRY
        ]
        after = [
            m
            for m in ctx.actors_in(mention.end, mention.end + 30)
            if m.kind is ActorKind.COUNTRY
            and re.fullmatch(r"\s+of\s+(?:the\s+)?", ctx.text[mention.end : m.start])
        ]
        nearest = after[:1] or before[-1:]
        if nearest and nearest[0].actor_id == country:
            return mention
    return None


# "meet the five Central Asian foreign ministers", "met the G7 leaders": a group as object.
# "met Pacific leaders over breakfast": a group named by its region, without "the".
_MET_GROUP: Final = re.compile(
    r"\s+(?P<group>(?:the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:[A-Z][\w-]{1,30}\s+){0,3}|(?:[A-Z][\w-]{1,30}\s+){1,3})"
    r"(?:(?:foreign|defen[cs]e|finance|trade|energy|economy)"
    r"\s+ministers|leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers))\b"
)


# "meet the Venezuelan ambassador on Friday": one office-holder of a country named by its
# demonym and left unnamed (a name after a comma is read by the met_described frame).
# Or a counterpart left unnamed: "met her Peruvian counterpart in Lima on Monday".
_MET_HOLDER: Final = re.compile(
    r"\s+(?P<group>the\s+(?:[A-Z][\w-]{1,30}\s+){1,2}(?:ambassador|envoy|high\s+commissioner"
    r"|foreign\s+minister|prime\s+minister|president|consul-general|consul)"
    r"|(?:his|her)\s+[A-Z][\w-]{1,30}\s+counterpart)\b(?!\s*,|\s+[A-Z]|[’']s\b)"
)


def _holder_met(
    ctx: Context, sentence: Sentence, match: re.Match[str], holder: re.Match[str]
) -> list[Candidate]:
    """ "She would meet the Venezuelan ambassador on Friday": a meeting of the person (or the
    pronoun's person) with an unnamed office-holder, whose country takes part."""
    parties = [
        m.actor_id
        for m in ctx.actors_in(holder.start("group"), holder.end())
        if m.kind is ActorKind.COUNTRY
    ]
    if len(parties) != 1:
        return []
    subject = [
        m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
    ] or _pronoun_at_verb(ctx, sentence, match.start())
    who = ""
    if not subject:
        # "Sweden's prime minister hosted his Estonian counterpart": an office-holder left
        # unnamed as the host too (the person introduced with that office, else the country)
        unnamed = _unnamed_holder(ctx, sentence, match.start())
        if unnamed is None or unnamed[1].actor_id in parties:
            return []
        who, subject = unnamed[0], [unnamed[1]]
    future = (
        is_future(ctx, match.start(), sentence)
        or "will" in match.group().lower()
        or _REPORTED_WOULD.search(ctx.text, max(sentence.start, match.start() - 60), match.start())
        is not None
    )
    candidate = _meeting(
        ctx, sentence, subject[:1], [], None, (match.start(), holder.end()), future
    )
    who = who or _names(subject[:1], ctx)
    candidate.name = f"Meeting of {who} and {holder.group('group')}"
    home = _country_of(ctx, subject[0].actor_id)
    for party in [*([home] if home else []), *parties]:
        if party not in candidate.participants:
            candidate.participants.append(party)
    candidate.frame_key = f"met-holder:{subject[0].actor_id}:{name_key(candidate.name)}"
    return [candidate]


def _group_met(ctx: Context, sentence: Sentence, match: re.Match[str]) -> list[Candidate]:
    """ "The presidents met in Astana in March": the article's first two persons met."""
    verb = match.group("verb").lower()
    if verb in ("received", "receives", "welcomed", "hosted", "hosts"):
        # "received the Peruvian ambassador on Monday", "hosted his Latvian counterpart for
        # talks": an office-holder left unnamed
        holder = _MET_HOLDER.match(ctx.text, match.end() - 1, sentence.end)
        return _holder_met(ctx, sentence, match, holder) if holder is not None else []
    if verb not in ("met", "meets", "meet", "will meet"):
        return []
    met_group = _MET_GROUP.match(ctx.text, match.end() - 1, sentence.end)
    if met_group is not None:
        # "X is expected to meet the five Central Asian foreign ministers in New York"
        subject = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ]
        if not subject:
            return []
        future = is_future(ctx, match.start(), sentence) or "will" in match.group().lower()
        candidate = _meeting(
            ctx, sentence, subject[:1], [], None, (match.start(), met_group.end()), future
        )
        candidate.name = f"Meeting of {_names(subject[:1], ctx)} with {met_group.group('group')}"
        if "ministers" in met_group.group("group"):
            candidate.form = "ministerial-meeting"
        home = _country_of(ctx, subject[0].actor_id)
        parties = [m.actor_id for m in ctx.actors_in(met_group.start(), met_group.end())]
        for party in [*([home] if home else []), *parties]:
            if party not in candidate.participants:
                candidate.participants.append(party)
        candidate.frame_key = f"met-group:{subject[0].actor_id}:{name_key(candidate.name)}"
        return [candidate]
    holder = _MET_HOLDER.match(ctx.text, match.end() - 1, sentence.end)
    if holder is not None:
        return _holder_met(ctx, sentence, match, holder)
    group = _GROUP.search(ctx.text, max(sentence.start, match.start() - 40), match.start())
    if group is None:
        return (
            _pair_met(ctx, sentence, match)
            or _countries_met(ctx, sentence, match)
            or _they_met(ctx, sentence, match)
        )
    pair = _leading_pair(ctx, group.start(), group.group().strip())
    if pair is None:
        return []
    future = is_future(ctx, match.start(), sentence)
    return [_meeting(ctx, sentence, pair[:1], pair[1:], None, (group.start(), match.end()), future)]


# "In talks at State House on 18 March, X and Y signed ...": a fronted meeting noun whose
# participants are the coordinated subject after the comma.
_FRONTED_TALKS: Final = re.compile(
    r"\s*(?:\d{1,2}\.\s*)?(?:In|During|After|Following)\s+(?:(?:their|the|bilateral|separate"
    r"|official|formal|lengthy|closed-door)\s+){0,2}(?:talks|meeting|consultations)\b"
    r"(?![^,]{0,80}\bwith\b)[^,]{0,80},\s*"
)


# "After the talks": the talks the sentence before told, no new meeting.
_AFTER_THE_TALKS: Final = re.compile(r"\s*(?:After|Following)\s+the\s+(?:talks|meeting)\b")


@reads_where("talks", "meeting", "consultations")
def _read_fronted_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "In talks at State House on 18 March, X and President Y signed ...": X and Y met."""
    fronted = _FRONTED_TALKS.match(ctx.text, sentence.start, sentence.end)
    if fronted is None:
        return []
    if (
        _AFTER_THE_TALKS.match(ctx.text, sentence.start, fronted.end())
        and sentence.index > 0
        and any(
            c.kind is EventKind.MEETING for c in ctx.in_sentence(ctx.sentences[sentence.index - 1])
        )
    ):
        return []  # "After the talks, the two ministers signed": the talks just told
    persons = _persons(ctx, fronted.end(), min(sentence.end, fronted.end() + 160))
    if len(persons) < 2 or persons[0].start - fronted.end() > 40:
        return []
    first, second = persons[0], persons[1]
    if first.actor_id == second.actor_id or not _JOINED.fullmatch(
        ctx.text, first.end, second.start
    ):
        return []
    span = (fronted.start(), second.end)
    future = is_future(ctx, second.end + 1, sentence)
    return [_meeting(ctx, sentence, [first], [second], None, span, future)]


# "X and her counterpart Y discussed ... in a phone call on Tuesday": a call told after the
# verb, as wires write it; its participants are the coordinated subject of the sentence.
_CALL_AFTER: Final = re.compile(
    r"\b(?:in|during|over|by)\s+(?:(?:a|an|their|the)\s+)?(?:[\w-]{1,12}-minute\s+)?"
    r"(?:(?:phone|telephone|video)\s+(?:call|conversation|talks)|telephone|phone)\b",
    re.IGNORECASE,
)
_CALL_VERB: Final = re.compile(
    r"\s*(?:,\s*)?(?:(?:also|later|then|have|has|had|will)\s+)?(?:discuss|spoke|speak|talk|agree"
    r"|review|exchang|confer|held\s+(?:a\s+)?phone|held\s+(?:a\s+)?telephone)\w*\b",
    re.IGNORECASE,
)


@reads_where(frames=("met", "talks"))
def _read_calls(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "X and his counterpart Y discussed trade in a phone call on Tuesday": a call of both."""
    if not ctx.may_frame(sentence, ("met", "talks")):
        return []
    call = (
        _CALL_AFTER.search(ctx.text, sentence.start, sentence.end)
        if ctx.may_hold_any(sentence, ("phone", "video"))  # every match holds one
        else None
    )
    if call is None:
        return []
    persons = _persons(ctx, sentence.start, call.start())
    if len(persons) < 2:
        return _group_call(ctx, sentence, call)
    first, second = persons[0], persons[1]
    if (
        first.actor_id == second.actor_id
        or first.start - sentence.start > 80
        or not _JOINED.fullmatch(ctx.text, first.end, second.start)
        or not _CALL_VERB.match(ctx.text, second.end)
        or any(
            c.kind is EventKind.MEETING
            and first.actor_id in c.participants
            and second.actor_id in c.participants
            for c in ctx.in_sentence(sentence)
        )
    ):
        return []
    span = (first.start, call.end())
    future = is_future(ctx, second.end + 1, sentence)
    return [_meeting(ctx, sentence, [first], [second], None, span, future, noun="Phone call")]


# "The two presidents spoke by telephone on Tuesday": the pair the article is about.
_GROUP_SPOKE: Final = re.compile(
    r"\b(?P<group>(?:the\s+two|both)\s+(?:heads\s+of\s+(?:state|government)|leaders|presidents"
    r"|prime\s+ministers|premiers|foreign\s+ministers|ministers|chancellors))\s+"
    r"(?:(?:also|later|then|have|has|had|will)\s+)?(?:spoke|speak|talked|talk)\s+$",
    re.IGNORECASE,
)


def _group_call(ctx: Context, sentence: Sentence, call: re.Match[str]) -> list[Candidate]:
    """ "The two presidents spoke by telephone": a call of the article's first two persons."""
    low = max(sentence.start, call.start() - 80)
    group = _GROUP_SPOKE.search(ctx.text, low, call.start())
    if group is None:
        return []
    pair = _leading_pair(ctx, group.start(), group.group("group"))
    if pair is None:
        return []
    span = (group.start(), call.end())
    future = is_future(ctx, call.end(), sentence)
    return [_meeting(ctx, sentence, pair[:1], pair[1:], None, span, future, noun="Phone call")]


# "the two presidents went downstairs and talked for an hour", "X and Y talked privately":
# talks told by the verb and how long or how they went, not by a noun.
_TALKED: Final = re.compile(
    r"\btalked\s+(?:for\s+(?:(?:nearly|almost|about|more\s+than|over)\s+)?(?:an?|half\s+an"
    r"|one|two|three|four|several)\s+(?:hours?|minutes)|privately|alone|at\s+length"
    r"|in\s+private|behind\s+closed\s+doors|one-on-one|face\s+to\s+face)\b",
    re.IGNORECASE,
)
# The group that talked, in the clause before the verb ("the two presidents went ... and").
_GROUP_BEFORE: Final = re.compile(
    r"\b(?:the\s+two|both)\s+(?P<group>heads\s+of\s+(?:state|government)|leaders|presidents"
    r"|prime\s+ministers|premiers|foreign\s+ministers|ministers|chancellors)\b(?=[^.;:!?]*$)",
    re.IGNORECASE,
)


@reads_where("talked")
def _read_talked(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "X and Y talked for an hour", "the two presidents ... talked privately": the talks of
    the coordinated pair, or of the article's first two persons for "the two presidents"."""
    if not ctx.may_hold(sentence, "talked"):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_TALKED, sentence):
        low = max(sentence.start, match.start() - 120)
        persons = _persons(ctx, low, match.start())
        pair: list[ActorMentionLike] | None = None
        if len(persons) >= 2 and _JOINED.fullmatch(ctx.text, persons[-2].end, persons[-1].start):
            pair = persons[-2:]
        else:
            # the last group named before the verb
            group = next(reversed(list(_GROUP_BEFORE.finditer(ctx.text, low, match.start()))), None)
            if group is not None and not persons:
                pair = _leading_pair(ctx, group.start(), group.group("group"))
        if pair is None or pair[0].actor_id == pair[1].actor_id:
            continue
        span = (match.start(), match.end())
        future = is_future(ctx, match.start(), sentence)
        made.append(_meeting(ctx, sentence, pair[:1], pair[1:], None, span, future, noun="Talks"))
    return made


def _country_pair(
    ctx: Context, sentence: Sentence, verb: int
) -> tuple[ActorMentionLike, ActorMentionLike] | None:
    """The two joined countries that are the subject of the verb at ``verb``, with no person
    among the words before it ("Kenya and Uganda held talks")."""
    before = ctx.actors_in(max(sentence.start, verb - 80), verb)
    if any(m.kind is ActorKind.PERSON for m in before):
        return None
    pair = _joined_countries(ctx, before)
    if pair is None or not _TO_VERB.fullmatch(ctx.text, pair[1].end, verb):
        return None
    return pair


# "hold their next meeting": a meeting that lies ahead.
_NEXT_MEETING: Final = re.compile(r"\bnext\b", re.IGNORECASE)


@reads_where(frames=("joint_talks",))
def _read_joint_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "X and Y held talks", "X and his counterpart, Y, held a separate meeting"."""
    made: list[Candidate] = []
    for match in iter_frames(ctx, "joint_talks", sentence):
        persons = _persons(ctx, sentence.start, match.start())
        group = _GROUP.search(ctx.text, max(sentence.start, match.start() - 40), match.start())
        if group is not None:
            # "the two Heads of State held talks": the article's first two persons.
            pair = _leading_pair(ctx, group.start(), group.group().strip())
            if pair is not None:
                future = (
                    is_future(ctx, match.start(), sentence)
                    or _NEXT_MEETING.search(match.group()) is not None
                )
                span = (group.start(), match.end())
                made.append(_meeting(ctx, sentence, pair[:1], pair[1:], None, span, future))
            else:
                made.extend(_visit_talks(ctx, sentence, match, group))
            continue
        if len(persons) < 2 or not _TO_VERB.fullmatch(ctx.text, persons[-1].end, match.start()):
            states = (
                _country_pair(ctx, sentence, match.start())
                if match.group("noun").lower() in ("talks", "consultations")
                else None  # "will hold the first meeting of the X Committee": the body's
            )
            if states is not None:
                # "Kenya and Uganda held talks in Kampala": the two states' talks
                future = (
                    is_future(ctx, match.start(), sentence)
                    or _NEXT_MEETING.search(match.group()) is not None
                )
                span = (states[0].start, match.end())
                said = ctx.text[match.end("verb") : match.end()].split()
                words = [w for w in said if w.lower() not in ("a", "an", "the", "their", "and")]
                what = " ".join(words)  # "Political consultations of Ghana and Togo"
                what = what[:1].upper() + what[1:]
                first, second = states
                made.append(_meeting(ctx, sentence, [first], [second], None, span, future, what))
            continue
        first, second = persons[-2], persons[-1]
        if first.actor_id == second.actor_id or not _JOINED.fullmatch(
            ctx.text, first.end, second.start
        ):
            continue
        future = (
            is_future(ctx, match.start(), sentence)
            or _NEXT_MEETING.search(match.group()) is not None
        )
        span = (first.start, match.end())
        made.append(_meeting(ctx, sentence, [first], [second], None, span, future))
    return made


# "at the invitation of President NAME", "hosted by President NAME": the host of a visit.
_INVITED_BY: Final = re.compile(
    r"\b(?:invitation\s+of|hosted\s+by|guest\s+of)\s+(?:(?:[A-Z][\w.’'-]{0,30}|of|the)\s+){0,6}$"
)
# How far back the visit that "the two heads of state" take up is looked for (characters).
_TAKEN_UP_VISIT_REACH: Final = 1500


def _visit_talks(
    ctx: Context, sentence: Sentence, match: re.Match[str], group: re.Match[str]
) -> list[Candidate]:
    """ "The Namibian President will pay a state visit to Botswana at the invitation of
    President NAME. The two heads of state will hold official talks in Gaborone on 11
    August": the talks of the visitor left unnamed and the host, named by the group, at the
    place said (the visit's parties and the host take part)."""
    place = ctx.place_at(match.end() + 4) if ctx.text.startswith(" in ", match.end()) else None
    if place is None:
        return []
    visits = [
        c
        for c in ctx.starting(max(0, group.start() - _TAKEN_UP_VISIT_REACH), group.start())
        if c.kind is EventKind.MEETING and c.form == "visit"
    ]
    if not visits:
        return []
    visit = visits[-1]
    told = ctx.sentence_at(visit.start)
    hosts = [
        m.actor_id
        for m in ctx.actors_in(visit.start, told.end, (ActorKind.PERSON,))
        if _INVITED_BY.search(ctx.text, max(told.start, m.start - 80), m.start)
    ]
    said = ctx.text[match.end("verb") : match.end()].split()
    what = " ".join(w for w in said if w.lower() not in ("a", "an", "the", "their", "and"))
    who = " ".join(group.group().split()).lower()
    future = is_future(ctx, match.start(), sentence)
    name, _, place_end, _ = place
    candidate = Candidate(
        kind=EventKind.MEETING,
        form="bilateral-meeting",
        name=f"{what[:1].upper()}{what[1:]} of {who} in {name}",
        start=group.start(),
        end=place_end,
        sentence=sentence.index,
        participants=list(dict.fromkeys([*hosts, *visit.participants])),
        location=name,
        dateable=True,
        future=future,
        evidence=(group.start(), place_end),
    )
    return [ctx.add(candidate)]


def _possessor(ctx: Context, position: int, sentence: Sentence) -> list[ActorMentionLike]:
    """The person of "Ortega's planned meeting" / "Ruto's visit" just before ``position``."""
    left = ctx.text[max(sentence.start, position - 4) : position]
    for mention in ctx.actors_ending_in(max(sentence.start, position - 80), position):
        if mention.kind is ActorKind.PERSON and sentence.start <= mention.end <= position:
            tail = ctx.text[mention.end : position]
            if re.fullmatch(r"[’']s?\s*", tail) or (
                re.fullmatch(r"[’']s\s+(?:\w+\s+){0,2}", tail) and left
            ):
                return [mention]
    return []


_FOR_VISIT: Final = re.compile(
    r"\bfor\s+(?:a|an|his|her|their)\s+(?:[\w-]{1,20}\s+){0,3}?visit\s+to\s+(?:the\s+)?",
    re.IGNORECASE,
)


# An office-holder left unnamed, just before a visit: "The Argentine President will pay",
# "Chile's Prime Minister paid", "the President of the Republic of Korea made". The country
# is the visitor; no person is made up.
_HOLDER: Final = (
    r"(?P<who>\b(?:[Tt]he\s+(?:[A-Z][\w-]{1,30}\s+){0,2}|[A-Z][\w-]{1,30}[’']s\s+)"
    r"(?P<office>(?i:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan"
    r"|crown\s+prince|vice[-\s]president|foreign\s+minister|head\s+of\s+state))"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]{1,30}(?:\s+(?:of\s+)?[A-Z][\w-]{1,30}){0,3})?)"
)
# "the official visit of the Armenian Prime Minister to Georgia", "the State Visit of
# President NAME to Norway": the visitor after "of", the place after "to".
_VISIT_OF: Final = re.compile(
    r"\b(?:(?:official|state|working|return|first|historic|\w{1,10}-day)\s+){0,3}visits?\s+"
    r"(?:of|(?P<that>that|which))\s+",
    re.IGNORECASE,
)
_VISIT_OF_HOLDER: Final = re.compile(_HOLDER + r"(?=\s+to\s)")
# "the State visit that the President of Bolivia will undertake to Uruguay", "the visit which
# President NAME made to Chile": the visitor of a relative clause, then its verb.
_VISIT_THAT_HOLDER: Final = re.compile(
    _HOLDER + r"(?=\s+(?:will|would|shall|is|undertakes?|undertook|makes?|made|pays?|paid)\b)"
)
_VISIT_THAT_VERB: Final = re.compile(
    r"\s+(?:(?P<future>will|would|shall|is\s+to|is\s+(?:due|set|expected)\s+to)\s+)?"
    r"(?:undertakes?|undertook|makes?|made|pays?|paid)\b"
)
_TITLE_WORDS: Final = re.compile(r"(?:(?:[A-Z][\w.’'-]{0,30}|the|of|and)\s+){0,6}")
_TITLE_GAP: Final = re.compile(r"[’']?s?\s+(?:(?:[A-Z][\w.’'-]{0,30}|the|of|and)\s+){0,5}")
_UNNAMED_HOLDER: Final = re.compile(
    _HOLDER + r"(?:[’']s(?:\s+(?:official|state|working|first|\w{1,10}-day)){0,2})?"
    # "The Latvian Foreign Minister, who chaired Monday's meeting, will visit Kyiv"
    r"(?:\s*,\s*(?:who|whose)\s[^,;.()]{1,80},)?"
    r"(?:\s+(?:will|would|shall|is|was|has|had|also|then|to|due|set|expected|scheduled|pay|paid"
    r"|make|made|stay|stays|stayed|leave|leaves|left|for"
    r"|pays|makes|on|be|been|undertake|undertook|began|begins|start|started|starts)){0,4}\s*$"
)


def _holder_after(ctx: Context, sentence: Sentence, position: int, person_end: int) -> bool:
    """Whether an unnamed office-holder stands between a person and the visit at
    ``position`` ("NAME said the Prime Minister of Chile would pay a visit"): the visitor."""
    match = _UNNAMED_HOLDER.search(ctx.text, max(sentence.start, position - 140), position)
    return match is not None and match.start("who") >= person_end


def _unnamed_holder(
    ctx: Context, sentence: Sentence, position: int, speaker: str | None = None
) -> tuple[str, ActorMentionLike] | None:
    """An unnamed office-holder of one country as the subject of a visit at ``position``:
    (the office as written, the country's mention); never the ``speaker`` who tells of it."""
    match = _UNNAMED_HOLDER.search(ctx.text, max(sentence.start, position - 140), position)
    if match is None:
        return None
    countries = [
        m
        for m in ctx.actors_in(match.start("who"), match.end("who"))
        if m.kind is ActorKind.COUNTRY
    ]
    return _holder(ctx, match, countries, speaker)


def _holder(
    ctx: Context,
    match: re.Match[str],
    countries: Sequence[ActorMentionLike],
    speaker: str | None = None,
) -> tuple[str, ActorMentionLike] | None:
    """The visitor of a matched office phrase: the person the article introduces with
    that office, else the country, with the phrase as written."""
    if len(countries) != 1:
        return None
    who = match.group("who")
    office = match.group("office").lower()
    named = _named_holder(ctx, office, countries[0].actor_id, (match.start(), match.end()))
    if named is not None and named.actor_id != speaker:
        return "", named
    return (who[0].lower() + who[1:] if who.startswith("The ") else who), countries[0]


def _named_holder(
    ctx: Context, office: str, country: str, phrase: tuple[int, int] = (0, 0)
) -> ActorMentionLike | None:
    """The person the article introduces with ``office`` of ``country`` ("Chilean President
    NAME", "NAME, Prime Minister of Chile"), if exactly one is; the office ``phrase`` itself
    introduces no one ("his Bolivian counterpart, NAME, to prepare the visit that the
    President of Bolivia will undertake": NAME is not the President)."""
    office = " ".join(office.split())
    found: list[ActorMentionLike] = []
    for mention in ctx.actors:
        if mention.kind is not ActorKind.PERSON or any(
            m.actor_id == mention.actor_id for m in found
        ):
            continue
        low, high = max(0, mention.start - 40), mention.end + 50
        text = ctx.text[low:high]
        if phrase[0] < high and low < phrase[1]:
            cut_low, cut_high = max(low, phrase[0]) - low, min(high, phrase[1]) - low
            text = text[:cut_low] + " " * (cut_high - cut_low) + text[cut_high:]
        window = " ".join(text.lower().split())
        if office in window and any(
            m.actor_id == country and m.kind is ActorKind.COUNTRY for m in ctx.actors_in(low, high)
        ):
            found.append(mention)
    return found[0] if len(found) == 1 else None


_PREMISES: Final = re.compile(
    r"(?:(?:our|its|their|his|her|the)\s+)?(?:[A-Z][\w-]{0,30}\s+){0,3}(?:headquarters|secretariat"
    r"|offices?|premises|embassy|seat)\s+in\s+(?:the\s+)?"
)


# An office after "visiting" and a nationality: the visitor's title, not a destination.
_OFFICE_AFTER: Final = re.compile(
    r"\s+(?:(?:Deputy|Vice|First|Acting|Senior|Foreign|Defen[cs]e|Trade|Prime|Crown)[\s-]+){0,2}"
    r"(?:President|Prime\s+Minister|Premier|Minister|Chancellor|Secretary|King|Queen|Emir"
    r"|Prince|Princess|Sultan|Speaker|Governor|Chief|Ambassador|Envoy|delegation|leader"
    r"|counterpart|minister|president|officials?)\b"
)


@reads_where("visit", frames=("visit_noun", "visit_verb", "visit_by", "visit_bare"))
def _read_visits(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    for frame in ("visit_noun", "visit_verb"):
        for match in iter_frames(ctx, frame, sentence):
            if any(c.start <= match.start() < c.end for c in made):
                continue
            place = ctx.place_at(match.end())
            if place is None:
                # "will visit our headquarters in Lima": the premises, then the place.
                premises = _PREMISES.match(ctx.text, match.end(), sentence.end)
                place = ctx.place_at(premises.end()) if premises is not None else None
            if place is None:
                continue
            name, _, place_end, place_id = place
            if (
                frame == "visit_verb"
                and match.group().lower().startswith("visiting")
                and _OFFICE_AFTER.match(ctx.text, place_end)
            ):
                continue  # "received visiting Lao Deputy Prime Minister X": X visits, not P
            if (
                frame == "visit_verb"
                and (
                    match.group().lower().startswith(("left", "leaves", "depart"))
                    or _LEAVE_FOR.search(match.group()) is not None
                )
                and _FOR_VISIT.search(ctx.text, place_end, sentence.end) is not None
                and any(c.form == "visit" for c in made)
            ):
                continue  # "leaves for Tokyo ... for a visit to Japan": the visit read there
            if frame == "visit_verb" and match.group().lower().startswith(("arriv", "land")):
                # "arrived in Nairobi ... for a three-day State Visit to Kenya": the visit is
                # to the place it is said to be to, the city is where it began.
                purpose = _FOR_VISIT.search(ctx.text, place_end, sentence.end)
                later = ctx.place_at(purpose.end()) if purpose is not None else None
                if later is not None:
                    name, _, place_end, place_id = later
            by = re.match(r"\s+by\s+", ctx.text[place_end : place_end + 6])
            visitor = (
                [
                    m
                    for m in ctx.actors_in(place_end, min(sentence.end, place_end + 120))
                    if m.kind is ActorKind.PERSON
                ][:1]
                if by is not None
                else []
            )
            subject = (
                visitor
                or _possessor(ctx, match.start(), sentence)
                or [
                    m
                    for m in ctx.subject_before(match.start(), sentence)
                    if m.kind is ActorKind.PERSON
                ]
            )
            det = (match.groupdict().get("det") or "").lower()
            if det in ("his", "her", "their"):
                # "during her visit": the person named last before the pronoun.
                nearest = ctx.actors_in(sentence.start, match.start(), (ActorKind.PERSON,))
                subject = nearest[-1:] or subject
            holder = (
                None
                if subject and not _holder_after(ctx, sentence, match.start(), subject[-1].end)
                else _unnamed_holder(
                    ctx, sentence, match.start(), subject[-1].actor_id if subject else None
                )
            )
            if holder is not None and holder[1].actor_id != place_id:
                subject = [holder[1]]
            if not subject and frame == "visit_verb":
                subject = _relative_subject(ctx, sentence, match.start())
            if not subject:
                # "He will make a state visit to P", "when he pays a state visit to P"
                subject = _pronoun_subject(ctx, sentence, match.start())
            if not subject:
                continue
            if frame == "visit_verb" and re.search(
                r"\b(?:\d[\d,.]*|tourists?|people|visitors|citizens|nationals)\s*$",
                ctx.text[max(sentence.start, match.start() - 30) : match.start()],
            ):
                continue
            future = (
                is_future(ctx, match.start(), sentence)
                or match.group().lower().startswith(("will", "to visit"))
                or "expected" in match.group().lower()  # "is expected in Colombo for a visit"
                or "due in" in match.group().lower()
            )
            who = holder[0] if holder is not None and subject[0] is holder[1] else None
            made.append(
                _visit(
                    ctx, sentence, subject, name, place_id, match.start(), place_end, future, who
                )
            )
    _read_visits_by(ctx, sentence, made)
    _read_visits_of(ctx, sentence, made)
    _read_bare_visits(ctx, sentence, made)
    _read_return_visits(ctx, sentence, made)
    if made:
        for match in iter_frames(ctx, "visit_continue", sentence):
            place = ctx.place_at(match.end())
            if place is None or match.start() < made[0].start:
                continue
            name, _, place_end, place_id = place
            first = ctx.first_mention(made[0].subject)
            subject = [first] if first is not None else []
            made.append(
                _visit(
                    ctx, sentence, subject, name, place_id, match.start(), place_end, made[0].future
                )
            )
    return made


# "during President NAME's state visit": a visit named by its visitor in the possessive,
# without its destination ("... visit to P" is read above).
_POSSESSIVE_VISIT: Final = re.compile(
    r"[’']s[ \t]+(?P<what>(?:(?:state|official|working|first|historic|farewell|\w{1,10}-day)"
    r"[ \t]+){0,2}visit)\b(?![ \t]+to\b)(?![ \t-]+(?:programme|schedule|plans?|itinerary"
    r"|delegation)\b)",
    re.IGNORECASE,
)
# "signed in Tehran on 12 March, during": the place of the clause the visit frames.
_IN_PLACE_BEFORE: Final = re.compile(r"\bin[ \t]+(?=[A-Z])")
# How far before the visitor the place of that clause is looked for (characters).
_CLAUSE_REACH: Final = 120


@reads_where("visit")  # and "'s " or "’s "
def _read_possessive_visits(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "during President NAME's state visit": the visit of the person in the possessive,
    unless a visit of that person was read before (the possessive takes it up). It is placed
    where the clause it frames says ("signed in Tehran on 12 March, during ..."), and dated
    only by a date told right after it: the clause's date is the act's, within the visit."""
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if "visit" not in lowered or ("'s " not in lowered and "’s " not in lowered):
        return made
    for person in ctx.actors_in(sentence.start, sentence.end, (ActorKind.PERSON,)):
        match = _POSSESSIVE_VISIT.match(ctx.text, person.end, sentence.end)
        if match is None or ctx.covers(match.start("what")):
            continue
        if any(
            c.form == "visit" and c.subject == person.actor_id and c.start < match.end()
            for c in ctx.candidates
        ):
            continue  # "Quispe will visit Chile ... during Quispe's visit": that visit
        place: tuple[str, int, int, str | None] | None = None
        for cue in _IN_PLACE_BEFORE.finditer(
            ctx.text, max(sentence.start, person.start - _CLAUSE_REACH), person.start
        ):
            place = ctx.place_at(cue.end()) or place
        what = " ".join(match.group("what").split())
        who = _names([person], ctx)
        ids = [person.actor_id]
        home = _country_of(ctx, person.actor_id)
        if home is not None:
            ids.append(home)
        if place is not None and place[3] is not None and place[3] not in ids:
            ids.append(place[3])
        dated = any(
            m.start - match.end() <= 4 for m in ctx.temporal_starting(match.end(), match.end() + 5)
        )
        name = f"{what[:1].upper()}{what[1:]} of {who}"
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="visit",
                    name=f"{name} to {place[0]}" if place is not None else name,
                    start=person.start,
                    end=match.end(),
                    sentence=sentence.index,
                    participants=ids,
                    location=place[0] if place is not None else None,
                    dateable=dated,
                    future=is_future(ctx, person.start, sentence),
                    evidence=(person.start, match.end()),
                    subject=person.actor_id,
                    destination=place[3] if place is not None else None,
                )
            )
        )
    return made


# "will leave for Tokyo ... for a four-day visit to Japan": the visit its noun tells.
_LEAVE_FOR: Final = re.compile(r"\b(?:leave|depart)\s+for\b", re.IGNORECASE)
# How far before a verb the ", who" of its relative clause is looked for (characters).
_RELATIVE_REACH: Final = 160


def _relative_subject(ctx: Context, sentence: Sentence, position: int) -> list[ActorMentionLike]:
    """The person a relative clause is about, when the verb at ``position`` is in it:
    "Foreign Minister NAME, who left Olomouc early to fly to Belgrade" (NAME)."""
    low = max(sentence.start, position - _RELATIVE_REACH)
    comma = ctx.text.rfind(", who ", low, position)
    if comma < 0 or any(mark in ctx.text[comma + 6 : position] for mark in (",", ";", '"', "“")):
        return []  # no "who", or another clause between it and the verb
    return [
        m
        for m in ctx.actors_ending_in(max(sentence.start, comma - 60), comma)
        if m.kind is ActorKind.PERSON and m.end == comma
    ][:1]


_PRONOUN_OPENING: Final = re.compile(
    r"\s*[\"“]?(?:(?:In|On|By|Next|Later|Then|Tomorrow|Today|Tonight|Afterwards|Meanwhile)"
    r"\s+(?:[A-Za-z0-9]{1,12}\s+){0,2}?(?:,\s*)?"
    r"(?:he|she)|He|She)\s"
)
# How many sentences opened by "He" or "She" with no person named a pronoun is carried back
# through, to the sentence that names its person (a profile: "NAME ... She ... She ...").
_PRONOUN_CHAIN: Final = 4
# A quotation, or "she says" in it, carries the pronoun's person on as well.
_QUOTE_OPENING: Final = re.compile(r"\s*[\"“]")
_SHE_SAYS: Final = re.compile(r"\b(?:he|she)\s+(?:says|said|adds|added)\b")


# "when he pays a state visit to", "she will then make an official visit to": the pronoun
# is the subject of the visit, a few words before it.
_PRONOUN_BEFORE: Final = re.compile(r"\b(?:he|she)\s+(?:[a-z]{2,12}\s+){1,3}$")


# "where she holds", "said he would", "she is expected to": a pronoun as the subject of the
# verb right after it (a few auxiliary words between).
_PRONOUN_AT_VERB: Final = re.compile(
    r"\b(?:he|she|He|She)\s+(?:(?:would|will|also|then|later|now|is|was|to|expected|due"
    r"|set|going)\s+){0,3}$"
)


def _pronoun_at_verb(ctx: Context, sentence: Sentence, position: int) -> list[ActorMentionLike]:
    """The person of "he" or "she" right before the verb at ``position``: the one person
    named before the pronoun in the sentence, else (none named there) the one person named
    in the sentences before, as for a sentence opened by the pronoun (_pronoun_subject)."""
    window = max(sentence.start, position - 40)
    pronoun = _PRONOUN_AT_VERB.search(ctx.text, window, position)
    if pronoun is None:
        return []
    named = ctx.actors_in(sentence.start, pronoun.start(), (ActorKind.PERSON,))
    if named:
        return named[:1] if len({m.actor_id for m in named}) == 1 else []
    return _carried_person(ctx, sentence)


def _carried_person(ctx: Context, sentence: Sentence) -> list[ActorMentionLike]:
    """The one person named in the sentences before ``sentence`` that a pronoun in it refers
    to: the nearest sentence naming persons, through at most a few sentences opened by "He"
    or "She", a quotation or "she says"; none when that sentence names several."""
    index = sentence.index - 1
    while index >= 0:
        before = ctx.sentences[index]
        persons = ctx.actors_in(before.start, before.end, (ActorKind.PERSON,))
        if persons:
            return persons[:1] if len({m.actor_id for m in persons}) == 1 else []
        if sentence.index - index >= _PRONOUN_CHAIN or not (
            _PRONOUN_OPENING.match(ctx.text, before.start, before.end)
            or _QUOTE_OPENING.match(ctx.text, before.start, before.end)
            or _SHE_SAYS.search(ctx.text, before.start, before.end)
        ):
            return []
        index -= 1
    return []


def _pronoun_subject(ctx: Context, sentence: Sentence, position: int) -> list[ActorMentionLike]:
    """The person a sentence opened by "He" or "She" is about: the one person named in the
    sentence before ("Foreign Minister NAME said ... He said he would travel to P"); or, for
    "he" or "she" a few words before the visit ("with President NAME's delegation when he
    pays a state visit to P"), the one person named before it in the sentence."""
    window = max(sentence.start, position - 40)
    inline = _PRONOUN_BEFORE.search(ctx.text[window:position])
    if inline is not None:
        named = ctx.actors_in(sentence.start, window + inline.start(), (ActorKind.PERSON,))
        if len({m.actor_id for m in named}) == 1:
            return named[:1]
    if sentence.index == 0 or not _PRONOUN_OPENING.match(ctx.text, sentence.start, position):
        return []
    if ctx.actors_in(sentence.start, position, (ActorKind.PERSON,)):
        return []  # a person named before the verb: not the pronoun's
    return _carried_person(ctx, sentence)


def _read_visits_of(ctx: Context, sentence: Sentence, made: list[Candidate]) -> None:
    """ "the official visit of President NAME to Norway", "the visit of the Armenian Prime
    Minister to Georgia": the visitor after "of" (a person, or an unnamed office-holder)."""
    for match in ctx.scan(_VISIT_OF, sentence) if ctx.may_hold_any(sentence, ("visit",)) else ():
        if any(c.start <= match.start() < c.end for c in made):
            continue
        persons = _persons(ctx, match.end(), min(sentence.end, match.end() + 120))
        subject: list[ActorMentionLike] = []
        who = None
        end = match.end()
        that = match.group("that") is not None
        if persons and _TITLE_WORDS.fullmatch(ctx.text, match.end(), persons[0].start):
            subject, end = [persons[0]], persons[0].end
        else:
            holder_phrase = _VISIT_THAT_HOLDER if that else _VISIT_OF_HOLDER
            office = holder_phrase.match(ctx.text, match.end(), sentence.end)
            if office is None:
                continue
            countries = [
                m
                for m in ctx.actors_in(office.start("who"), office.end("who"))
                if m.kind is ActorKind.COUNTRY
            ]
            holder = _holder(ctx, office, countries)
            if holder is None:
                continue
            who, subject, end = holder[0] or None, [holder[1]], office.end()
        verb = _VISIT_THAT_VERB.match(ctx.text, end, sentence.end) if that else None
        if that and verb is None:
            continue  # "the visit that the President described": no visit made by them
        to = _TO_PLACE.match(ctx.text, verb.end() if verb is not None else end, sentence.end)
        place = ctx.place_at(to.end()) if to is not None else None
        if place is None or place[3] == subject[0].actor_id:
            continue
        name, _, place_end, place_id = place
        future = is_future(ctx, match.start(), sentence) or bool(
            verb is not None and verb.group("future")
        )
        made.append(
            _visit(ctx, sentence, subject, name, place_id, match.start(), place_end, future, who)
        )


def _dateline_place(ctx: Context) -> tuple[str, str | None] | None:
    """The place of the wire dateline in the first lines, as (name, country id), if any."""
    for match in _DATELINE.finditer(ctx.text, 0, min(len(ctx.text), 800)):
        place = ctx.place_at(match.start("place"))
        if place is not None and place[2] <= match.end("place"):
            name = match.group("place")
            return (name.title() if name.isupper() else name), place[3]
    return None


_TO_PLACE: Final = re.compile(r"\s*,?\s+to\s+(?:the\s+)?")


def _read_visits_by(ctx: Context, sentence: Sentence, made: list[Candidate]) -> None:
    """ "a return visit by President X to Chile next year": the visitor, then the place."""
    for match in iter_frames(ctx, "visit_by", sentence):
        if any(c.start <= match.start() < c.end for c in made):
            continue
        who: str | None = None
        unnamed = _VISIT_OF_HOLDER.match(ctx.text, match.end(), sentence.end)
        holder = (
            _holder(
                ctx,
                unnamed,
                [
                    m
                    for m in ctx.actors_in(unnamed.start("who"), unnamed.end("who"))
                    if m.kind is ActorKind.COUNTRY
                ],
            )
            if unnamed is not None
            else None
        )
        if unnamed is not None and holder is not None:
            # "during a visit by the Kuwaiti emir to Amman": an office-holder left unnamed
            # (the person the article introduces with that office, else the country)
            who, visitor, visitor_end = holder[0] or None, holder[1], unnamed.end()
        else:
            visitors = _persons(ctx, match.end(), min(sentence.end, match.end() + 120))
            if not visitors:
                continue
            visitor, visitor_end = visitors[0], visitors[0].end
        to = _TO_PLACE.match(ctx.text, visitor_end, sentence.end)
        place = ctx.place_at(to.end()) if to is not None else None
        if place is None or place[3] == visitor.actor_id:
            continue
        name, _, place_end, place_id = place
        future = is_future(ctx, match.start(), sentence) or "return" in match.group().lower()
        made.append(
            _visit(ctx, sentence, [visitor], name, place_id, match.start(), place_end, future, who)
        )


# "is due in Nairobi for a state visit", "arrived in Lima on Sunday for a working visit",
# "will stay on in Togo for a state visit", "remained in Togo for a state visit":
# the place named just before the visit (the lookahead finds where the place ends).
_IN_PLACE_FOR: Final = re.compile(
    r"\b(?:due|be|is|are|was|were|arrive[sd]?|arriving|stay(?:s|ed)?\s+on|remain(?:s|ed)?)\s+in\s+"
    r"(?=(?P<rest>[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,2})"
    r"(?:\s+(?:on|this|last|next)\s+\w{3,12})?\s+(?:on|for)\s+(?:a|an|his|her|their|this)\s)"
)


def _read_bare_visits(ctx: Context, sentence: Sentence, made: list[Candidate]) -> None:
    """ "X, who is on a three-day official visit," at the dateline's place."""
    for match in iter_frames(ctx, "visit_bare", sentence):
        if any(c.form == "visit" for c in ctx.in_sentence(sentence)):
            continue  # "arrived in Malaysia for a two-day visit": that visit, already read
        subject = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ] or _pronoun_subject(ctx, sentence, match.start())
        # "NAME is due in Nairobi for a state visit": the place the visitor is said to be in
        there = _IN_PLACE_FOR.search(ctx.text, max(sentence.start, match.start() - 60), match.end())
        here = ctx.place_at(there.end()) if there is not None and subject else None
        if here is not None and there is not None and here[2] <= there.end("rest") + 1:
            place: tuple[str, str | None] | None = (here[0], here[3])
        else:
            place = _dateline_place(ctx) if subject else None
        if place is None:
            continue
        name, place_id = place
        future = is_future(ctx, match.start(), sentence)
        made.append(
            _visit(ctx, sentence, subject, name, place_id, match.start(), match.end(), future)
        )


# What a visit is for, after its destination: "flew to Beijing on Sunday for talks with
# President X", "travelled to Lima to meet his counterpart, Y".
_FOR_TALKS_WITH: Final = re.compile(
    r"[^.;:()]{0,60}?\b(?:for|to\s+hold)\s+(?:(?:[\w-]{1,20}\s+)?(?:talks|meetings?|consultations"
    r"|discussions)\s+with|to\s+meet(?:\s+with)?)\s+(?:(?:his|her|their)\s+)?",
    re.IGNORECASE,
)


def _visit_hosts(ctx: Context, sentence: Sentence, end: int) -> list[ActorMentionLike]:
    """The person a visit is made to hold talks with, named right after "for talks with"."""
    purpose = _FOR_TALKS_WITH.match(ctx.text, end, sentence.end)
    if purpose is None:
        return []
    persons = _persons(ctx, purpose.end(), min(sentence.end, purpose.end() + 80))
    return persons[:1] if persons and persons[0].start - purpose.end() <= 40 else []


def _visit(
    ctx: Context,
    sentence: Sentence,
    subject: Sequence[ActorMentionLike],
    place: str,
    place_id: str | None,
    start: int,
    end: int,
    future: bool,
    who: str | None = None,
) -> Candidate:
    who = who or _names(subject[:1], ctx)
    ids = _ids(subject[:1])
    if subject and subject[0].kind is ActorKind.PERSON:
        # The visitor's country, as the article introduces the visitor ("Chilean President
        # NAME"): a party to the visit.
        home = _country_of(ctx, subject[0].actor_id)
        if home is not None and home != place_id:
            ids.append(home)
    if place_id is not None and place_id not in ids:
        ids.append(place_id)
    for host in _visit_hosts(ctx, sentence, end):
        if host.actor_id not in ids:
            ids.append(host.actor_id)
    return ctx.add(
        Candidate(
            kind=EventKind.MEETING,
            form="visit",
            name=f"Visit of {who} to {place}" if who else f"Visit to {place}",
            start=start,
            end=end,
            sentence=sentence.index,
            participants=ids,
            location=place,
            dateable=True,
            future=future,
            evidence=(start, end),
            frame_key=f"visit:{subject[0].actor_id if subject else ''}:{place_id or place}",
            subject=subject[0].actor_id if subject else None,
            destination=place_id,
        )
    )


# How far back the visit that a return visit or a programme's call belongs to is looked for
# (characters): a window, so that a long text of many calls stays linear.
_VISIT_REACH: Final = 4000
# "President X will return the visit in 2036": a visit to the country of an earlier visitor.
_RETURN_VISIT: Final = re.compile(
    r"\b(?:(?P<future>will|would|shall|is\s+to|to)\s+return|returned)\s+the\s+visit\b"
)


def _read_return_visits(ctx: Context, sentence: Sentence, made: list[Candidate]) -> None:
    """ "President Arosemena will return the visit in 2036": the return visit of the subject,
    to the home country of the last visitor told before (when the text gives it)."""
    for match in ctx.scan(_RETURN_VISIT, sentence) if ctx.may_hold(sentence, "visit") else ():
        subject = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ]
        if not subject:
            continue
        earlier = [
            c
            for c in ctx.starting(max(0, match.start() - _VISIT_REACH), match.start())
            if c.form == "visit" and c.subject is not None and c.subject != subject[0].actor_id
        ]
        home = _country_of(ctx, earlier[-1].subject) if earlier and earlier[-1].subject else None
        mention = ctx.first_mention(home) if home is not None else None
        entry = ctx.country(mention.text) if mention is not None else None
        place = entry.name if entry is not None else None
        candidate = _visit(
            ctx,
            sentence,
            subject,
            place or "",
            home,
            match.start(),
            match.end(),
            match.group("future") is not None,
        )
        who = _names(subject[:1], ctx)
        candidate.name = f"Return visit of {who}" + (f" to {place}" if place else "")
        if place is None:
            candidate.location = None
        made.append(candidate)


# "Border delimitation talks would resume in Yerevan next week": a round of talks on a
# subject, resumed (a determiner first is a talks told before: "the talks resumed").
_TALKS_RESUME: Final = re.compile(
    r"\b(?P<what>(?!(?i:the|these|those|their|its|his|her|our|such|and|but|when|as)\b)"
    r"[A-Za-z][\w-]{2,20}\s+(?:[a-z][\w-]{2,20}\s+)?talks)\s+(?:(?P<future>would|will|are\s+to"
    r"|are\s+(?:due|expected|set|scheduled)\s+to)\s+)?(?:resume|resumed|resumes)\b"
)


@reads_where("resum")
def _read_resumed_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Talks on a subject that resume somewhere ("delimitation talks would resume in P")."""
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "resum"):
        return made
    for match in ctx.scan(_TALKS_RESUME, sentence):
        if ctx.covers(match.start("what")) or ctx.starting(match.start(), match.end()):
            continue
        what = " ".join(match.group("what").split())
        name = what[:1].upper() + what[1:]
        candidate = ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form="dialogue",
                name=name,
                start=match.start(),
                end=match.end(),
                sentence=sentence.index,
                dateable=True,
                future=match.group("future") is not None or is_future(ctx, match.start(), sentence),
                evidence=(match.start(), match.end()),
                frame_key=f"resumed:{name_key(name)}",
            )
        )
        made.append(candidate)
    return made


# "courtesy call on His Excellency the President of Fiji": a call on an office-holder the
# text does not name (a named one is read by the "met" frames).
_COURTESY_CALL: Final = re.compile(
    r"\b(?i:courtesy\s+call)\s+on\s+(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness)\s+)?"
    r"(?P<who>the\s+(?:Vice[- ])?(?:President|Prime\s+Minister|King|Queen|Governor-General"
    r"|Speaker|Emir|Sultan|Crown\s+Prince|Chancellor)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]{1,30}"
    r"(?:\s+[A-Z][\w-]{1,30}){0,3})?)"
)


# What may stand between an office and the name of its holder ("the President, Ratu NAME").
_NAMED_AFTER: Final = re.compile(r"\s{0,2},?\s{0,2}(?:[A-Z][a-z]{1,10}\.?\s+)?")


# A ceremony that marks an anniversary: "a ceremony marking the 60th anniversary of
# diplomatic relations", "mark the treaty's fiftieth anniversary with a ceremony in P". A
# signing or opening ceremony belongs to what is signed or opened and is not read here.
_ANNIVERSARY: Final = (
    r"(?P<what>(?:the\s+|its\s+|their\s+)?[^,;.()\n]{2,60}?\banniversary\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]{1,30}\s+){0,6}?[\w’'-]{1,30}"
    r"(?=\s+(?:in|on|at|was|will|is|held|with|this|last|next)\b|[,;.()]))?)"
)
_CEREMONY: Final = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:special|solemn|official|commemorative|formal|joint)\s+)?ceremony"
    r"(?:\s+(?:held|organi[sz]ed))?(?:\s+in\s+[A-Z][\w’'-]{1,30})?\s+(?:marking|to\s+mark"
    r"|commemorating|to\s+commemorate|celebrating|to\s+celebrate)\s+"
    + _ANNIVERSARY
    + r"|\b(?:mark|marks|marked|marking|celebrate|celebrates|celebrated|celebrating|commemorate"
    r"|commemorates|commemorated|commemorating)\s+"
    + _ANNIVERSARY.replace("what", "what2")
    + r"\s+with\s+(?:a|an)\s+(?:(?:special|solemn|official|commemorative|formal|joint)\s+)?"
    r"ceremony\b",
    re.IGNORECASE,
)


@reads_where("ceremon")
def _read_ceremonies(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A ceremony marking an anniversary, named by what it marks.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "Peru and Chile marked the 50th anniversary of the treaty with a ceremony."
        >>> ctx = Context.build(text, document_id="d")
        >>> [c.name for c in _read_ceremonies(ctx, ctx.sentences[0])]
        ['Ceremony marking the 50th anniversary of the treaty']
    """
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "ceremon"):
        return made
    for match in ctx.scan(_CEREMONY, sentence):
        what = match.group("what") or match.group("what2")
        if not what.lower().startswith(("the ", "its ", "their ")):
            what = "the " + what
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="other",
            name="Ceremony marking " + " ".join(what.split()),
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            participants=_ids(_coordinated_subject(ctx, sentence, match.start())),
            dateable=True,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start(), match.end()),
        )
        made.append(ctx.add(candidate))
    return made


@reads_where("courtesy")
def _read_courtesy_calls(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A courtesy call on an unnamed office-holder ("3:00 pm: courtesy call on His Excellency
    the President of Fiji"), by the visitor of the first visit told before, if any."""
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "courtesy"):
        return made
    for match in ctx.scan(_COURTESY_CALL, sentence):
        named = _NAMED_AFTER.match(ctx.text, match.end("who"))
        name_at = named.end() if named is not None else match.end("who")
        holders = ctx.actors_in(match.end("who"), name_at + 30, (ActorKind.PERSON,))
        if ctx.covers(match.start()) or any(p.start <= name_at for p in holders):
            continue  # "on the President of Fiji, NAME": read by the "met" frames
        who = match.group("who")
        low = max(0, match.start() - _VISIT_REACH)
        visits = [c for c in ctx.starting(low, match.start()) if c.form == "visit" and c.subject]
        visitor = visits[0].subject if visits else None  # the article's visit
        mention = ctx.first_mention(visitor) if visitor is not None else None
        by = f" of {_names([mention], ctx)}" if mention is not None else ""
        ids = [visitor] if visitor is not None else []
        ids.extend(
            m.actor_id
            for m in ctx.actors_in(match.start("who"), match.end("who"))
            if m.kind is ActorKind.COUNTRY and m.actor_id not in ids
        )
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="bilateral-meeting",
                    name=f"Courtesy call{by} on {who}",
                    start=match.start(),
                    end=match.end(),
                    sentence=sentence.index,
                    participants=ids,
                    dateable=True,
                    future=is_future(ctx, match.start(), sentence),
                    evidence=(match.start(), match.end()),
                    frame_key=f"courtesy:{name_key(who)}",
                )
            )
        )
    return made


# "We are also preparing a business forum": an event in preparation lies ahead.
_PREPARING: Final = re.compile(r"\b(?:preparing|organi[sz]ing|planning)\s+$")


@reads_where(frames=("event_noun",))
def _read_noun_events(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made = []
    for match in iter_frames(ctx, "event_noun", sentence):
        det = match.group("det").lower()
        phrase = ctx.text[match.end("det") : match.end()].strip()
        if det in ("the", "its") and " " not in phrase:
            continue
        if ctx.covers(match.start("noun")):
            continue
        after = ctx.text[match.end() : match.end() + 40]
        before = ctx.text[max(sentence.start, match.start() - 40) : match.start()].lower()
        framed = re.match(r"\s+(?:with|in|between|on|was|were|will|is|held)\b", after) or re.search(
            r"\b(?:at|held|hold|holds|attended|attend|host|hosted|organi[sz]e[sd]?|during)\s*$",
            before,
        )
        if not framed and match.group("noun").lower() == "conference":
            # "a donors' conference for Sudan will be held": for whom it is convened
            framed = re.match(r"\s+for\s+(?:the\s+)?(?-i:[A-Z])", after)
        if not framed:
            continue
        if det == "the" and _NEGATED_VERB.search(before):
            continue  # "did not attend the press conference": none of theirs
        subject = ctx.subject_before(match.start(), sentence)
        objects: list[ActorMentionLike] = []
        with_match = re.match(r"\s+with\s+", after)
        if with_match:
            objects = _persons(ctx, match.end(), match.end() + 80)[:2]
        if not subject:
            later = [
                m
                for m in ctx.actors_in(match.end(), sentence.end, (ActorKind.PERSON,))
                if m not in objects
            ]
            subject = later[:1]
        people = [*subject, *objects]
        # Where the phrase starts, before a topic lengthens it ("an international conference
        # on the reconstruction of Gaza" starts at "international").
        start = match.start("noun") - len(phrase) + len(match.group("noun"))
        tail = _TOPIC.match(ctx.text, match.end(), sentence.end)
        if tail is not None:
            phrase += tail.group()
        noun = phrase[:1].upper() + phrase[1:]
        group = _GROUP_SUBJECT.match(ctx.text, sentence.start, match.end())
        if det == "their" and not people and group is not None and phrase.islower():
            # "Leaders held their retreat at Takara": the Leaders' retreat.
            noun = f"{group.group('group')}' {phrase}"
        if match.group("noun").lower() == "pull-aside":
            # "X and Y have just held a short pull-aside": theirs, whatever its length.
            noun = "Pull-aside"
            if not objects:
                people = _coordinated_subject(ctx, sentence, match.start())
                objects = people[1:]
        name = f"{noun} of {_names(people)}" if people and objects else noun
        if (people and not objects and "briefing" in noun.lower()) or "conference" in noun.lower():
            name = f"{noun} by {_names(people)}" if people else noun
        candidate = ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form=_noun_form(match.group("noun")),
                name=name,
                start=start,
                end=match.end(),
                sentence=sentence.index,
                participants=_ids(people),
                dateable=True,
                future=is_future(ctx, match.start(), sentence)
                or _PREPARING.search(before) is not None,
                evidence=(match.start(), match.end()),
                aliases=[phrase],
            )
        )
        place = _place_after(ctx, match.end())
        if place is not None:
            candidate.location = place
        made.append(candidate)
    return made


# A plural group opening the sentence as the subject: "Leaders held their retreat",
# "Forum Foreign Ministers go into their retreat"; at most two words between it and the noun.
_GROUP_SUBJECT: Final = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?P<group>(?:[A-Z][\w-]{1,20}\s+){0,2}(?:Leaders|Ministers))"
    r"(?:\s+[a-z]{1,12}){1,3}\s+(?=their\b)"
)
_TOPIC: Final = re.compile(
    r"\s(?:on|among|between|for)\s(?!(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|the\s+margins?|the\s+sidelines?)\b)(?:[\w-]{1,30}\s){0,3}?[\w-]{1,30}"
    r"(?=[,.;]|\s(?:was|were|is|are|will|in|at|and)\b)",
    re.IGNORECASE,
)


def _body_name(ctx: Context, body: ActorMentionLike) -> str:
    """A body's name as written, its acronym expanded where the text defines it."""
    for abbreviation in ctx.abbreviations:
        if abbreviation.short == body.text:
            return abbreviation.long
    return body.text


def _is_body(ctx: Context, body: ActorMentionLike) -> bool:
    """Whether an organisation is a standing body that holds sessions (a commission, ...)."""
    name = _body_name(ctx, body).lower()
    return any(name.endswith(head) for head in ctx.cues.body_heads)


def _last_body(ctx: Context, position: int) -> ActorMentionLike | None:
    """The standing body named last before ``position`` (within 600 characters)."""
    for mention in reversed(
        ctx.actors_in(max(0, position - 600), position, (ActorKind.ORGANIZATION,))
    ):
        if _is_body(ctx, mention):
            return mention
    return None


# A capitalised name that ends in a standing body's head word, with an optional "for/of/on"
# complement: "the Kenya-Chile Joint Commission for Cooperation", "the CARICOM Council for
# Trade and Economic Development". Bounded repetitions only: linear on any input.
_BODY_NAME: Final = re.compile(
    # a word may be an elided article and a name ("the Ghana-Côte d'Ivoire Joint Commission")
    r"\b(?P<name>(?:(?:[A-Z]|[dl][’'](?=[A-Z]))[\w’'-]{0,30}\s+){0,6}"
    r"(?:Commission|Committee|Council|Cabinet|Board|Task\s+Force)\b"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]{0,30}(?:,?\s+(?:and\s+)?[A-Z][\w’'-]{0,30}){0,4})?)"
)
# "whose first session will be held": the future told right after the session noun.
_WILL_AFTER: Final = re.compile(
    r"\s+(?:will|would|shall|could|may|might"
    r"|(?:is|are)\s+(?:(?:due|expected|scheduled|set|planned)\s+)?to)\b",
    re.IGNORECASE,
)
_NAME_OPENERS: Final = frozenset({"the", "a", "an", "its", "their", "this", "newly", "new"})


# "The X Assembly will hold its annual session": the subject's organisation holds its own
# session; only an auxiliary or an adverb may stand between the name and "hold".
_HOLDS_ITS: Final = re.compile(
    r"\s{1,3}(?:(?:will|shall|would|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|scheduled|expected)"
    r"\s+to|also|again|then|has|have|had|recently|today|yesterday)\s+){0,2}"
    r"(?:hold|holds|held|holding|convene|convenes|convened|opened|opens|open|begin|begins|began)"
    r"\s+$",
    re.IGNORECASE,
)


def _holding_body(ctx: Context, sentence: Sentence, position: int) -> ActorMentionLike | None:
    """The organisation that "will hold its annual session" at ``position``: the one named
    right before the verb ("The Nordic Assembly will hold its"), whatever its head word."""
    mentions = ctx.actors_in(
        max(sentence.start, position - 160), position, (ActorKind.ORGANIZATION,)
    )
    if not mentions:
        return None
    last = max(mentions, key=lambda m: (m.end, -m.start))
    return last if _HOLDS_ITS.fullmatch(ctx.text, last.end, position) is not None else None


def _body_named_before(ctx: Context, sentence: Sentence, position: int) -> str | None:
    """The name of the standing body written last before ``position`` in its sentence, when
    no actor stands for it ("The newly created Kenya-Chile Joint Commission for Cooperation
    is due to hold its first session")."""
    last = None
    for match in _BODY_NAME.finditer(ctx.text, sentence.start, position):
        last = match
    if last is None:
        return None
    words = last.group("name").split()
    while words and words[0].lower() in _NAME_OPENERS | ctx.cues.openers:
        words = words[1:]
    while words and words[-1].lower() in ("and", "of", "for", "on"):
        words = words[:-1]
    if len(words) < 2:
        return None
    return " ".join(words).rstrip(",")


# A round of talks: "the first round of GCC-UK talks", "the third round of the relaunched
# negotiations", "a first negotiating round", "a technical round on updating the rules of
# origin". A round of something else ("of voting", "of sanctions", "of applause") is not one.
_ROUND: Final = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:(?P<ordinal>first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|next|new|final|last|\d{1,3}(?:st|nd|rd|th))"
    r"(?P<last>\s+and\s+(?:last|final))?\s+|(?P<place>(?-i:[A-Z])[\w-]{2,30})\s+)?"
    r"(?:(?P<adj>negotiating|technical)\s+)?round\b"
    r"(?:(?P<of>\s+of\s+(?:the\s+)?(?:[\w’'-]{1,30}\s+){0,4}?"
    r"(?:talks|negotiations|consultations|discussions))\b"
    r"|(?P<on>\s+on\s+[^,;.()]{3,80}?)(?=\s+(?:will|would|was|were|is|are|could|may|in|at"
    r"|opened|opens|began|begins|ended|ends|closed|closes|resumed|resumes|took|takes)\b"
    r"|[,;.]))?",
    re.IGNORECASE,
)


# "the next round of talks with the European Union on a Mediterranean trade framework": the
# partner after "with" (a country or a body, "the" before it kept), and what is negotiated
# when an article opens it ("on Monday" is a day, not a subject).
_WITH: Final = re.compile(r"\s+with\s+(?:the\s+)?")
_ON_SUBJECT: Final = re.compile(
    r"\s+on\s+(?:a|an|the)\s+[^,;.()]{3,60}?(?=\s+(?:will|would|was|were|is|are|in|at|planned"
    r"|scheduled|due|set|expected|opened|opens|began|begins|took|takes|held|ended|ends)\b|[,;.])"
)


def _partner_and_subject(ctx: Context, sentence: Sentence, end: int) -> tuple[str, list[str], int]:
    """ "with the European Union on a Mediterranean trade framework" after a round of talks:
    the words the name takes, the partner's id and where the words end; none without a
    country or body named right after "with"."""
    with_ = _WITH.match(ctx.text, end, sentence.end)
    if with_ is None:
        return "", [], end
    partner = [
        m
        for m in ctx.actors_in(with_.end(), min(sentence.end, with_.end() + 80))
        if m.start == with_.end() and m.kind is not ActorKind.PERSON
    ]
    if not partner:
        return "", [], end
    stop = max(m.end for m in partner)
    subject = _ON_SUBJECT.match(ctx.text, stop, sentence.end)
    if subject is not None and not any(
        t.start < subject.end() and t.end > stop for t in ctx.temporal
    ):
        stop = subject.end()
    return ctx.text[end:stop], [partner[0].actor_id], stop


# "agreed to convene the first round": a round still to be held.
_TO_HOLD: Final = re.compile(r"\bto\s+(?:hold|convene|host|organi[sz]e|launch)\s+$", re.IGNORECASE)
_THESE: Final = re.compile(r"\s+of\s+(?:these|those)\s+(?P<noun>[a-z]{4,20})$", re.IGNORECASE)
_STOP: Final = frozenset({"the", "a", "an", "on", "of", "for", "and", "in", "these", "those"})


def _resolve_these(ctx: Context, sentence: Sentence, position: int, phrase: str) -> str:
    """ "the first round of these consultations" after "a memorandum on political
    consultations": " of political consultations" (the noun as qualified earlier)."""
    these = _THESE.match(phrase)
    if these is None:
        return phrase
    noun = these.group("noun").lower()
    before = ctx.text[sentence.start : position].lower().split()
    for index in range(len(before) - 1, 0, -1):
        word = before[index].strip(",;:")
        if word == noun and before[index - 1] not in _STOP and before[index - 1].isalpha():
            return f" of {before[index - 1]} {noun}"
    return phrase


# "the fourth round of those negotiations", "The third round of talks": a bare round of
# negotiations or talks, with nothing said of what is negotiated.
_BARE_ROUND_OF: Final = re.compile(
    r"\s+of\s+(?:the\s+|these\s+|those\s+)?(?P<noun>talks|negotiations)", re.IGNORECASE
)
# "negotiations on a CICA Convention on Military Transparency, which ...", "talks over a
# free trade agreement": what the negotiations are about, up to a verb or a clause's end.
_NEGOTIATED: Final = re.compile(
    r"\b(?:negotiations|talks)\s+(?P<subject>(?:on|over|for)\s+(?:a|an|the)\s+"
    r"[^,;.()\n]{3,70}?)(?=\s+(?:which|that|who|will|would|was|were|is|are|has|have|had|broke"
    r"|ended|ends|began|begins|opened|opens|stalled|resumed|in|at|since|after|before|with)\b"
    r"|[,;.()])",
    re.IGNORECASE,
)
# "the second round of talks on security": what is negotiated, told right after the round.
_TOLD_AFTER: Final = re.compile(r"\s+(?:on|over|about|with|between)\s", re.IGNORECASE)
# How many sentences back "negotiations on X" is looked for.
_NEGOTIATED_REACH: Final = 3


def _negotiated_before(ctx: Context, sentence: Sentence, position: int, of: str) -> str:
    """ "of those negotiations" after "to revive negotiations on a CICA Convention on
    Military Transparency": " of negotiations on a CICA Convention on Military Transparency".

    Only a bare round of talks or negotiations takes up what is negotiated, from this
    sentence before the round or the few sentences before it; the last such phrase wins.
    """
    bare = _BARE_ROUND_OF.fullmatch(of)
    if bare is None:
        return of
    low = ctx.sentences[max(0, sentence.index - _NEGOTIATED_REACH)].start
    found = None
    for match in _NEGOTIATED.finditer(ctx.text, low, position):
        found = match
    if found is None:
        return of
    return f" of {bare.group('noun').lower()} {' '.join(found.group('subject').split())}"


@reads_where("round")
def _read_rounds(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Rounds of talks or negotiations, named by their ordinal and what is negotiated."""
    if "round" not in ctx.sentence_lower(sentence):
        return []
    made = []
    for match in ctx.scan(_ROUND, sentence):
        ordinal, adj, of, on = match.group("ordinal", "adj", "of", "on")
        place = match.group("place")
        if place is not None and ctx.place_at(match.start("place")) is None:
            continue  # "the Doha round" names a place; "the Second round" is read above
        if not of and not on and (ordinal or place) and not adj:
            # "agreed that the final round will take place in Tbilisi", "The Brussels round
            # last month": a round of the negotiations the article is about.
            of = _negotiations_told(ctx, sentence, match.start())
        if not (of and (ordinal or adj or place)) and not adj:
            continue
        if ctx.covers(match.start()) or (of and ctx.covers(match.end() - 1)):
            continue  # "the first round of GCC-UK talks": the named talks stand for it
        if match.group("last"):
            ordinal = f"{ordinal} and {match.group('last').split()[-1]}"
        words = [w for w in (place or ordinal, adj) if w]
        head = " ".join([*words, "round"])
        partner: list[str] = []
        end = match.end()
        if of:
            of = _resolve_these(ctx, sentence, match.start(), of)
            if match.group("of"):
                told, partner, end = _partner_and_subject(ctx, sentence, end)
                of += told
                if _TOLD_AFTER.match(ctx.text, end, sentence.end) is None:
                    of = _negotiated_before(ctx, sentence, match.start(), of)
        name = head[:1].upper() + head[1:] + (of or on or "")
        name = " ".join(name.split())
        lowered = (ordinal or "").lower()
        candidate = ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form="other",
                name=name,
                start=match.start(),
                end=match.end(),
                sentence=sentence.index,
                participants=list(
                    dict.fromkeys(
                        [*_ids(_coordinated_subject(ctx, sentence, match.start())), *partner]
                    )
                ),
                dateable=True,
                future=is_future(ctx, match.start(), sentence)
                or lowered == "next"
                or _WILL_AFTER.match(ctx.text, match.end()) is not None
                or _TO_HOLD.search(ctx.text, max(sentence.start, match.start() - 30), match.start())
                is not None,
                evidence=(match.start(), match.end()),
            )
        )
        if place is not None:
            candidate.location = place  # "the Brussels round": held in Brussels
        made.append(candidate)
    return made


# "The commission last met in Dakar in March 2023", "the Committee, which met for the third
# time in Seoul last month": a session of a body told by the verb "met".
_BODY_MET: Final = re.compile(
    r"\b(?:the\s+(?P<anaphor>commission|committee|council|board|cabinet)|,\s*which)\s+"
    r"(?:(?:(?:has|had)\s+)?(?P<last>last\s+)?met|(?P<future>will|(?:is|are)\s+(?:scheduled|due"
    r"|expected|set)\s+to)\s+meet)\b(?!\s+with\b)"
    r"(?:\s+for\s+the\s+(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+time\b)?",
    re.IGNORECASE,
)


_NEGOTIATIONS: Final = re.compile(r"\b(?:negotiations|talks)\b", re.IGNORECASE)


def _negotiations_told(ctx: Context, sentence: Sentence, position: int) -> str | None:
    """What an ordinal or place round is a round of: the last round "of ..." named before
    it in the article, else "of negotiations" when this sentence or the one before speaks of
    negotiations or talks."""
    for candidate in reversed(ctx.candidates):
        if candidate.start < position and " round of " in candidate.name:
            return " of " + candidate.name.split(" round of ", 1)[1]
    low = ctx.sentences[sentence.index - 1].start if sentence.index else sentence.start
    found = _NEGOTIATIONS.search(ctx.text, low, sentence.end)
    return f" of {found.group().lower()}" if found is not None else None


def _ordinal_suffix(number: int) -> str:
    """ "19th", "21st", "2nd", "13th"."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _body_ending_at(ctx: Context, sentence: Sentence, position: int) -> str | None:
    """The standing body named right before ``position`` ("the X Committee, which met")."""
    for mention in ctx.actors_in(max(sentence.start, position - 200), position):
        if (
            mention.kind is ActorKind.ORGANIZATION
            and position - mention.end <= 1
            and _is_body(ctx, mention)
        ):
            return _body_name(ctx, mention)
    last = None
    for match in _BODY_NAME.finditer(ctx.text, max(sentence.start, position - 300), position):
        last = match
    if last is None or position - last.end() > 1:
        return None
    words = last.group("name").split()
    while words and words[0].lower() in _NAME_OPENERS | ctx.cues.openers:
        words = words[1:]
    gap = last.start() - 1 if ctx.text[last.start() - 1 : last.start()] == " " else last.start()
    acronym = _ACRONYM_BEFORE.search(ctx.text, max(sentence.start, gap - 16), gap)
    if acronym is not None and words and words[0] in ("Council", "Commission", "Committee"):
        # "the Organization of Islamic Cooperation (OIC) Council of Foreign Ministers"
        words = [acronym.group().strip(" ()"), *words]
    return " ".join(words) if len(words) > 1 else None


def _body_named_earlier(ctx: Context, position: int, head: str) -> str | None:
    """The last body with head word ``head`` written in the 600 characters before."""
    found = None
    for match in _BODY_NAME.finditer(ctx.text, max(0, position - 600), position):
        words = match.group("name").split()
        while words and words[0].lower() in _NAME_OPENERS | ctx.cues.openers:
            words = words[1:]
        if len(words) > 1 and head.lower() in (w.lower() for w in words):
            found = " ".join(words)
    return found


@reads_where("met", "meet")
def _read_body_met(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A body that "met": its meeting, "previous" when it "last met", or the N-th one."""
    if "met" not in (lowered := ctx.sentence_lower(sentence)) and "meet" not in lowered:
        return []
    made = []
    for match in ctx.scan(_BODY_MET, sentence):
        anaphor, last, ordinal, future = match.group("anaphor", "last", "ordinal", "future")
        if anaphor:
            body = _body_named_earlier(ctx, match.start(), anaphor)
        else:
            body = _body_ending_at(ctx, sentence, match.start())
        if body is None or ctx.covers(match.start()):
            continue
        if last:
            head = "Previous session"
        elif ordinal:
            head = f"{ordinal.capitalize()} meeting"
        elif future:
            head = "Meeting"  # "which is scheduled to meet in Lima in June"
        else:
            continue
        name = f"{head} of the {body}"
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="other",
                    name=name,
                    start=match.start(),
                    end=match.end(),
                    sentence=sentence.index,
                    dateable=True,
                    future=bool(future),
                    evidence=(match.start(), match.end()),
                    frame_key=f"body-met:{name_key(name)}",
                )
            )
        )
    return made


# A standing body written as the meeting it holds: "the Andean Presidential Council meets in
# La Paz on 15 July", "the Council of Foreign Ministers, which met here yesterday", "the
# Association Council held in Brussels earlier this year", "the Ministerial Council to be
# held in Vienna in December", "the MRC Council, meeting at ministerial level". What follows
# the verb must say where or when ("met with", "met the demands" are no meetings).
_BODY_SESSION: Final = re.compile(
    r"(?:\s{0,3},\s{0,3}(?:which|that)\s+(?:(?:has|had)\s+)?|\s{1,3})"
    r"(?:(?P<future>will|(?:is|are)\s+(?:(?:scheduled|due|expected|set)\s+)?to|to)\s+(?:be\s+)?)?"
    r"(?:(?:was|were|is|are|has\s+been)\s+)?"
    r"(?P<verb>meets|met|meet|convenes|convened|convene|held|hold)"
    r"(?=\s+(?:in|on|at|here|there|yesterday|today|tomorrow|last|next|this|earlier|later|from"
    r"|every|for\s+the)\b)"
    r"|\s{0,3},\s{0,3}(?P<verb2>meeting)\s+(?=(?:at|in)\s)",
    re.IGNORECASE,
)
# "Its Regulatory Board, based in Cusco, met ...": the body's seat in apposition, right
# before the verb (only a seat: "the Board, which Peru chairs, met" is read otherwise).
_SEAT_APPOSITION: Final = re.compile(
    r",\s*(?:based|headquartered|seated)\s+in\s+[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30})?\s*,?$"
)
# Every match of _BODY_SESSION holds one of these (its verbs).
_SESSION_VERBS: Final = ("met", "meet", "conven", "held", "hold")
_BODY_ANAPHOR: Final = re.compile(
    r"\b(?:the|its)\s+(?P<head>commission|committee|council|board|cabinet)$", re.IGNORECASE
)
# "agreed to convene the Thailand-Cambodia Joint Commission in Phnom Penh in June", "at the
# Andean Council of Foreign Ministers in La Paz on 14 July": a body convened or attended at a
# place (and, after "at", a date), which is one of its meetings.
_BODY_CONVENED: Final = re.compile(
    r"\b(?P<verb>convene|convenes|convened|convening|at|attend|attends|attended|attending)"
    r"\s+the\s+(?=[A-Z])",
    re.IGNORECASE,
)
# "he would brief the OSCE Ministerial Council in Dublin on 6 and 7 December", "the address of
# the Foreign Minister to the Permanent Council in Vienna on 1 March": a body briefed or
# addressed at a place on a day, which is one of its meetings (place and date both needed:
# "briefed the Council on the talks" is no meeting of it).
_BODY_ADDRESSED: Final = re.compile(
    r"\b(?P<verb>(?i:brief|briefs|briefed|briefing|address|addresses|addressed|addressing))"
    r"(?:\s+(?:of|by)\s+[^,;.()]{1,60}?\s+to)?\s+the\s+(?=[A-Z])"
)
_ADDRESS_WORDS: Final = ("brief", "address")


# A capitalised place name and the space before a date: "Pärnu on ", "Sankt Pölten from ".
_TOWN: Final = re.compile(r"[A-Z][^\W\d_]{2,30}(?:[ -][A-Z][^\W\d_]{2,30})?\s+(?=on|from|in)\b")


# "Oman and Kuwait agreed to convene their joint committee in Kuwait City": two countries'
# own body, written in lower case, convened or held somewhere.
_OWN_BODY: Final = re.compile(
    r"\b(?P<verb>convene|convenes|convened|hold|holds|held)\s+(?:their|its)\s+"
    r"(?P<body>(?:joint|bilateral|binational|intergovernmental|mixed)\s+"
    r"(?:(?:ministerial|economic|trade|permanent)\s+)?(?:committee|commission))\s+in\s+(?=[A-Z])"
)


def _read_own_bodies(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Peru and Chile will hold their binational commission in Lima in May": a meeting of
    the two countries' body, named by them ("Peru-Chile binational commission")."""
    made: list[Candidate] = []
    if not ctx.may_hold_any(sentence, ("committee", "commission")):
        return made
    for match in ctx.scan(_OWN_BODY, sentence):
        if ctx.covers(match.start("body")):
            continue
        countries = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.COUNTRY
        ]
        if len(countries) != 2:
            continue
        body = f"{countries[0].text}-{countries[1].text} {match.group('body')}"
        future = match.group("verb").lower() in ("convene", "hold") or is_future(
            ctx, match.start(), sentence
        )
        candidate = _body_session(ctx, sentence, body, match.start(), match.end(), future)
        candidate.participants = [*(m.actor_id for m in countries), *candidate.participants]
        candidate.name = f"Meeting of the {body}"
        place = ctx.place_at(match.end())
        if place is not None:
            candidate.location = place[0]
        made.append(candidate)
    return made


def _body_before(ctx: Context, sentence: Sentence, position: int) -> str | None:
    """The body whose name ends at ``position``, or "the Commission" said of one named before."""
    body = _body_ending_at(ctx, sentence, position)
    if body is not None and " " in body:
        return body
    anaphor = _BODY_ANAPHOR.search(ctx.text, max(sentence.start, position - 20), position)
    if anaphor is None:
        return None
    return _body_named_earlier(ctx, anaphor.start(), anaphor.group("head"))


def _read_body_sessions(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A standing body that meets, met, convenes or is held somewhere or on some day: a
    meeting of the body (when no session of it is named there)."""
    made: list[Candidate] = []
    sessions = (
        ctx.scan(_BODY_SESSION, sentence) if ctx.may_hold_any(sentence, _SESSION_VERBS) else []
    )
    for match in sessions:
        if ctx.covers(match.start()) or ctx.covers(max(sentence.start, match.start() - 2)):
            continue
        body = _body_before(ctx, sentence, match.start())
        if body is None:
            # "Its Regulatory Board, based in Cusco, met ...": a seat in apposition between
            seat = _SEAT_APPOSITION.search(
                ctx.text, max(sentence.start, match.start() - 80), match.start()
            )
            body = _body_before(ctx, sentence, seat.start()) if seat is not None else None
        if body is None or _meeting_ending_at(ctx, match.start()):
            continue  # "the twelfth session of the X, which will be held": read as named
        verb = (match.group("verb") or match.group("verb2")).lower()
        future = bool(match.group("future")) or verb in ("meets", "convenes")
        made.append(_body_session(ctx, sentence, body, match.start(), match.end(), future))
    made.extend(_read_own_bodies(ctx, sentence))
    convened = list(ctx.scan(_BODY_CONVENED, sentence))
    if ctx.may_hold_any(sentence, _ADDRESS_WORDS):
        convened.extend(ctx.scan(_BODY_ADDRESSED, sentence))
    for match in convened:
        name = _BODY_NAME.match(ctx.text, match.end())
        if name is None or ctx.covers(match.end()):
            continue
        words = name.group("name").split()
        after = _PLACE_CUE.match(ctx.text, name.end())
        if len(words) < 2 or after is None:
            continue
        place = ctx.place_at(after.end())
        if place is None:
            town = _TOWN.match(ctx.text, after.end())
            if town is None or not ctx.temporal_starting(town.end(), town.end() + 4):
                continue  # "in Pärnu on 9 June": a town the gazetteer lacks, then a date
        verb = match.group("verb").lower()
        told = verb == "at" or verb.startswith(_ADDRESS_WORDS)
        if told and not ctx.temporal_starting(name.end(), min(sentence.end, name.end() + 60)):
            continue
        body = " ".join(words)
        if verb.startswith(_ADDRESS_WORDS):
            future = is_future(ctx, match.start(), sentence)
        else:
            future = is_future(ctx, match.start(), sentence) or verb != "at"
        future = future and not verb.endswith("ed")
        session = _body_session(ctx, sentence, body, match.end(), name.end(), future)
        if place is not None:
            # "at the Council of Ministers in New Delhi": the meeting held there
            session.location = place[0]
            session.name = f"{session.name} in {place[0]}"
        made.append(session)
    return made


def _meeting_ending_at(ctx: Context, position: int) -> bool:
    """Whether a meeting read before ends right at ``position`` ("the 23rd session of X"),
    or before the acronym in brackets there ("the 7th meeting of the X (JCC)")."""
    acronym = _ACRONYM_BEFORE.search(ctx.text, max(0, position - 16), position)
    if acronym is not None:
        position = acronym.start()
    return any(
        candidate.kind is EventKind.MEETING and 0 <= position - candidate.end <= 1
        for candidate in ctx.starting(max(0, position - 400), position)
    )


# "Ministers of the X" right before the body's name: the body's ministers who met.
_MINISTERS_OF: Final = re.compile(r"\b[Mm]inisters\s+of\s+(?:the\s+)?\s?$")
# "met in extraordinary session": the kind of session the body held, which names it.
_IN_SESSION: Final = re.compile(
    r"\s*in\s+(?P<kind>extraordinary|special|emergency|ordinary|plenary|closed)\s+session\b",
    re.IGNORECASE,
)


def _body_session(
    ctx: Context, sentence: Sentence, body: str, start: int, end: int, future: bool
) -> Candidate:
    kind = _IN_SESSION.match(ctx.text, end, sentence.end)
    form = "other"
    if kind is not None and (
        "inisters" in body
        or _MINISTERS_OF.search(ctx.text, max(0, start - len(body) - 30), start - len(body))
    ):
        # "Ministers of the X met in extraordinary session": a ministers' session, no summit
        form = "ministerial-meeting"
    name = (
        f"{kind.group('kind').capitalize()} session of the {body}"
        if kind
        else f"Meeting of the {body}"
    )
    if kind is not None:
        end = kind.end()  # ", meeting in extraordinary session in Budapest": its place follows
    mention = next(
        (
            m
            for m in ctx.actors_in(max(sentence.start, start - len(body) - 6), end)
            if m.kind is ActorKind.ORGANIZATION and _body_name(ctx, m) == body
        ),
        None,
    )
    return ctx.add(
        Candidate(
            kind=EventKind.MEETING,
            form=form,
            name=name,
            start=start,
            end=end,
            sentence=sentence.index,
            participants=[mention.actor_id] if mention is not None else [],
            dateable=True,
            future=future or is_future(ctx, start, sentence),
            evidence=(start, end),
            frame_key=f"body-met:{name_key(name)}",
        )
    )


def _next_ordinal(ctx: Context, position: int, body: str) -> str | None:
    """ "the 18th Joint Commission ... the next session": "19th" (the one after the last)."""
    suffix = body.lower()
    best = None
    for candidate in ctx.starting(max(0, position - 1200), position):
        if candidate.kind is not EventKind.MEETING or not candidate.name.lower().endswith(suffix):
            continue
        number = ordinal_number(candidate)
        if number is not None and (best is None or candidate.start > best[0]):
            best = (candidate.start, number)
    return _ordinal_suffix(best[1] + 1) if best is not None else None


_ACRONYM_BEFORE: Final = re.compile(r"\s?\([A-Z][A-Za-z&]{1,10}\)$")


def _named_ending_at(ctx: Context, position: int) -> Candidate | None:
    """The named project, agreement or initiative that ends right before ``position``."""
    for candidate in ctx.starting(max(0, position - 200), position):
        if (
            candidate.named
            and candidate.kind is not EventKind.MEETING
            and 0 <= position - candidate.end <= 1
        ):
            return candidate
    return None


def _named_over(ctx: Context, match: re.Match[str], body: ActorMentionLike) -> bool:
    """Whether a named meeting starts between the ordinal and the body and goes on past
    the body ("the 57th [Supreme Council summit]")."""
    return any(
        c.kind is EventKind.MEETING and c.named and c.end > body.end
        for c in ctx.starting(match.start(), body.start + 1)
    )


def _format_named_at(ctx: Context, match: re.Match[str]) -> str | None:
    """ "the ministerial meeting of the Accra Initiative": the named initiative (a format of
    cooperation) whose meeting this is; not for a round ("a round of the Fund" is money)."""
    if match.group("noun").lower() == "round":
        return None
    for candidate in ctx.starting(match.end(), match.end() + 1):
        if candidate.named and candidate.kind is EventKind.INITIATIVE:
            return candidate.name
    return None


def _named_inside(ctx: Context, match: re.Match[str]) -> Candidate | None:
    """A named meeting read inside ``match`` that ends with it ("its [80th Session]")."""
    for candidate in ctx.starting(match.start() + 1, match.end()):
        if (
            candidate.named
            and candidate.kind is EventKind.MEETING
            and candidate.end == match.end()
            and " of " not in candidate.name
        ):
            return candidate
    return None


def _meeting_on(
    ctx: Context, sentence: Sentence, match: re.Match[str], phrase: str, project: Candidate
) -> Candidate:
    """ "the Gas Pipeline, whose ministerial meeting is set for ...": a meeting on it."""
    candidate = ctx.add(
        Candidate(
            kind=EventKind.MEETING,
            form="ministerial-meeting" if "ministerial" in phrase.lower() else "other",
            name=f"{phrase[:1].upper()}{phrase[1:]} on the {project.name}",
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            participants=list(project.participants),
            dateable=True,
            future=is_future(ctx, match.start(), sentence)
            or _WILL_AFTER.match(ctx.text, match.end()) is not None,
            evidence=(match.start(), match.end()),
            frame_key=f"on:{project.key}:{name_key(phrase)}",
        )
    )
    place = _place_after(ctx, match.end())
    if place is not None:
        candidate.location = place
    return candidate


# "the twelfth session of the intergovernmental commission on economic cooperation": a body
# written in lower case, with a word before its head and perhaps a topic after it.
_LOWER_WORD: Final = (
    r"(?!(?:will|was|were|is|are|be|been|has|have|had|which|that|in|at|on|to|and|of|for|the)\b)"
    r"[a-z][\w-]{2,30}"
)
_LOWER_BODY: Final = re.compile(
    r"(?P<body>(?:" + _LOWER_WORD + r"\s+){1,3}(?:commission|committee|council)"
    r"(?:\s+(?:on|for)\s+(?:" + _LOWER_WORD + r"\s+){0,2}" + _LOWER_WORD + r")?)\b"
)


# "the third meeting of the Azerbaijan-Armenia-Georgia business forum": a series named by
# capitalised parties and a lower-case meeting noun.
_NAMED_LOWER_SERIES: Final = re.compile(
    r"(?P<body>(?:[A-Z][\w’'-]{1,40}\s+){1,3}(?:(?:business|investment|economic|trade|energy"
    r"|youth|media|civil\s+society)\s+)?(?:forum|dialogue|conference|summit))\b"
)


# A calendar item or a heading that opens with the session, without an article: "189th
# session of the Nordic Council, Monday and Tuesday", "Extraordinary session of the X Council
# of Ministers at 10:00". An ordinal or a kind of session must come first.
_OPENING_SESSION: Final = re.compile(
    r"(?:(?P<ordinal>\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh"
    r"|Eighth|Ninth|Tenth|Eleventh|Twelfth|Inaugural)\s+(?:(?:annual|joint|plenary|ministerial"
    r"|regular|ordinary|extraordinary|special)\s+)?"
    r"|(?:Annual|Joint|Plenary|Ministerial|Regular|Ordinary|Extraordinary|Special)\s+)"
    r"(?P<noun>meeting|session)\s+(?P<of>of\s+(?:the\s+)?)(?=[A-Z])"
)
# "the Assembly of Heads of State and Government", "the Council of Heads of State": a body
# of leaders, whose sessions are summits.
_HEADS_OF_STATE: Final = re.compile(r"\bHeads\s+of\s+(?:State|Government)\b", re.IGNORECASE)
# "the meeting of the Visegrad Group's foreign ministers": the group of the body that met.
_BODY_MEMBERS: Final = re.compile(
    r"[’']s\s+(?P<group>(?:(?:foreign|defence|defense|finance|trade|energy|health|interior"
    r"|agriculture|transport|environment|economy|justice|education)\s+)?(?:and\s+[a-z]{3,12}\s+)?"
    r"(?:ministers|leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers"
    r"|speakers|chiefs\s+of\s+staff|ambassadors))\b",
    re.IGNORECASE,
)


@reads_where(frames=("meeting_of", "body_ordinal"))
def _read_body_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Sessions of standing bodies: "chaired the first meeting of a ... Council", "the
    third session of the Joint Commission", "its first session", "the sixth JCC"."""
    made = []
    # "the sixth JCC" names a session only before an organisation's mention.
    bodies = any(
        m.kind is ActorKind.ORGANIZATION for m in ctx.actors_starting(sentence.start, sentence.end)
    )
    for frame in ("meeting_of", "body_ordinal") if bodies else ("meeting_of",):
        matches = list(iter_frames(ctx, frame, sentence))
        if frame == "meeting_of" and bodies:
            opening = _OPENING_SESSION.match(ctx.text, sentence.start, sentence.end)
            if opening is not None:
                matches.insert(0, opening)
        for match in matches:
            groups = match.groupdict()
            ordinal = groups.get("ordinal")
            written = None
            if frame == "body_ordinal" or groups.get("of"):
                body = next(
                    (
                        m
                        for m in ctx.actors_starting(match.end(), match.end() + 1)
                        if m.kind is ActorKind.ORGANIZATION
                    ),
                    None,
                )
                if body is not None and frame == "body_ordinal" and not _is_body(ctx, body):
                    body = None
                if body is not None and frame == "body_ordinal" and _named_over(ctx, match, body):
                    continue  # "the 57th Supreme Council summit": that summit, read as named
                if body is None and ordinal and frame == "meeting_of":
                    lower = _LOWER_BODY.match(ctx.text, match.end(), sentence.end)
                    lower = lower or _NAMED_LOWER_SERIES.match(ctx.text, match.end(), sentence.end)
                    written = lower.group("body") if lower is not None else None
                if body is None and written is None and frame == "meeting_of":
                    written = _format_named_at(ctx, match)
            elif (groups.get("det") or "").lower() == "whose":
                body = None  # "the X Committee, whose first session": X, read below
            elif ordinal or (groups.get("det") or "").lower() in ("its", "their"):
                body = _last_body(ctx, match.start())  # "its first session", "the next meeting"
            else:
                body = None
            if (groups.get("det") or "").lower() == "whose":
                comma = ctx.text.rfind(",", max(sentence.start, match.start() - 3), match.start())
                if comma < 0:
                    continue
                acronym = _ACRONYM_BEFORE.search(ctx.text, max(sentence.start, comma - 16), comma)
                if acronym is not None:
                    comma = acronym.start()  # "the Joint Commission (JCC), whose ..."
                written = _body_ending_at(ctx, sentence, comma)
                project = None if written else _named_ending_at(ctx, comma)
                if project is not None and not ctx.covers(match.start()):
                    # "the Gas Pipeline, whose ministerial meeting": a meeting on the project
                    phrase = " ".join(ctx.text[match.end("det") : match.end()].split())
                    made.append(_meeting_on(ctx, sentence, match, phrase, project))
                    continue
            if (
                body is None
                and written is None
                and frame == "meeting_of"
                and not groups.get("of")
                and (groups.get("det") or "").lower() in ("its", "their")
            ):
                written = _body_named_before(ctx, sentence, match.start())
                if written is None:
                    body = _holding_body(ctx, sentence, match.start())
            if (body is None and written is None) or ctx.covers(match.start()):
                continue
            inner = _named_inside(ctx, match)
            if inner is not None:
                # "will hold its 80th Session in Oslo": the named session is the body's.
                body_text = _body_name(ctx, body) if body else (written or "")
                inner.name = f"{inner.name} of the {body_text}"
                if body is not None and body.actor_id not in inner.participants:
                    inner.participants.append(body.actor_id)
                continue
            if groups.get("noun", "").lower() == "round":
                talks = _ROUND.match(ctx.text, match.start())
                if talks is not None and talks.group("of"):
                    continue  # "the first round of GCC-UK talks": a round of talks, read above
            noun = (groups.get("noun") or "meeting").lower()
            body_text = _body_name(ctx, body) if body else (written or "")
            if ordinal and ordinal.lower() == "next":
                series = _last_in_series(ctx, match.start(), noun)
                mention = body.start if body is not None else -1
                if series is not None and series[0].end >= mention:
                    # "the twelfth session of the X Commission ... the next session": the
                    # series told last, not a body named before it
                    made.append(_next_of(ctx, sentence, series, (match.start(), match.end())))
                    continue
                ordinal = _next_ordinal(ctx, match.start(), body_text) or ordinal
            form = "summit" if noun == "summit" else "other"  # "the summit of the SCO"
            if _HEADS_OF_STATE.search(body_text) and noun in ("meeting", "session"):
                noun, form = "summit", "summit"  # a body of leaders meets at a summit
            head = f"{ordinal.capitalize()} {noun}" if ordinal else noun.capitalize()
            the = "" if re.match(r"(?:La|Le|Les|The)\s", body_text) else "the "  # "La Francophonie"
            name = f"{head} of {the}{body_text}"
            subject = _coordinated_subject(ctx, sentence, match.start())
            ids = _ids(subject)
            if written is not None:
                # "the Ghana-Togo Joint Commission": a body of the countries it is named after
                at = ctx.text.find(written, sentence.start, sentence.end)
                pair = (
                    [m.actor_id for m in ctx.actors_in(at, at + len(written), (ActorKind.COUNTRY,))]
                    if at >= 0
                    else []
                )
                if len(pair) >= 2:
                    # the body itself, as when it is an actor, unless the subject names it
                    known = any(m.kind is ActorKind.ORGANIZATION for m in subject)
                    own = organization_id(written) if body is None and not known else None
                    ids = [*pair, *(i for i in ids if i not in pair)]
                    if own is not None and own not in ids:
                        ids.append(own)
            end = match.end()
            if body is not None and body.start >= match.start():
                end = max(end, body.end)
                members = _BODY_MEMBERS.match(ctx.text, body.end, sentence.end)
                if members is not None and body.start == match.end():
                    # "meeting of the Visegrad Group's foreign ministers": of the ministers
                    name = f"{name}'s {' '.join(members.group('group').split())}"
                    end = members.end()
            lowered = (ordinal or "").lower()
            key = body.actor_id if body is not None else name_key(written or "")
            candidate = ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form=form,
                    name=name,
                    start=match.start(),
                    end=end,
                    sentence=sentence.index,
                    participants=[*ids, body.actor_id] if body is not None else ids,
                    dateable=True,
                    future=is_future(ctx, match.start(), sentence)
                    or lowered in ("next", "upcoming")
                    or _WILL_AFTER.match(ctx.text, end) is not None,
                    evidence=(match.start(), end),
                    frame_key=f"body:{key}:{lowered}",
                )
            )
            place = _place_after(ctx, end)
            if place is not None:
                candidate.location = place
            made.append(candidate)
    return made


def _noun_form(noun: str) -> str:
    noun = noun.lower()
    if "briefing" in noun or noun.endswith("press conference") or "news" in noun:
        return "press-briefing"
    if "dialogue" in noun or "consultation" in noun:
        return "dialogue"
    if "conference" in noun:
        return "conference"
    if "pull-aside" in noun:
        return "bilateral-meeting"
    if "retreat" in noun:
        return "other"
    return "forum"


def _place_after(ctx: Context, position: int) -> str | None:
    cue = _PLACE_CUE.match(ctx.text, position)
    if cue is None:
        return None
    place = ctx.place_at(cue.end())
    if place is None:
        return None
    name, _, end, _ = place
    capital = re.match(r",\s+the\s+capital\s+of\s+(?:the\s+)?", ctx.text[end : end + 40])
    if capital is not None:
        country = ctx.place_at(end + capital.end())
        if country is not None:
            return f"{name}, {country[0]}"
    bracket = re.match(r"\s?\(([^()]{2,40})\)", ctx.text[end : end + 44])
    if bracket is not None and ctx.place_at(end + bracket.start(1)) is not None:
        return f"{name} ({bracket.group(1)})"
    return name


# A session named only by its kind ("2,214th Plenary Meeting" heading a meetings coverage).
_BARE_SESSION: Final = re.compile(
    r"(?:[\d,]{1,7}(?:st|nd|rd|th)\s+)?(?:(?:Plenary|Ordinary|Regular|Special)\s+)?"
    r"(?:Meeting|Session)",
    re.IGNORECASE,
)
# How far into a document its title and session heading may go (characters).
_TITLE_REACH: Final = 200


def _titled_body(ctx: Context, candidate: Candidate) -> None:
    """ "OSCE Permanent Council: meetings coverage" then "2,214th Plenary Meeting, Vienna": a
    session heading under a title that names the standing body is one of the body's."""
    if candidate.start > _TITLE_REACH or not _BARE_SESSION.fullmatch(candidate.name):
        return
    title_end = ctx.text.find("\n", 0, candidate.start)
    body = _BODY_NAME.search(ctx.text, 0, title_end) if title_end > 0 else None
    if body is None:
        return
    candidate.name = f"{candidate.name} of the {body.group('name')}"
    for mention in ctx.actors_in(body.start(), body.end()):
        if (
            mention.kind is ActorKind.ORGANIZATION
            and mention.actor_id not in candidate.participants
        ):
            candidate.participants.append(mention.actor_id)


def _read_named(ctx: Context, sentence: Sentence) -> None:
    """Places, participants and status of the named meetings of a sentence."""
    named = [c for c in ctx.in_sentence(sentence) if c.kind is EventKind.MEETING and c.named]
    for candidate in named:
        _titled_body(ctx, candidate)
        end = candidate.evidence_end
        if candidate.location is None:
            candidate.location = _place_after(ctx, end)
        if is_future(ctx, candidate.start, sentence, words=4):
            candidate.future = True
    for match in iter_frames(ctx, "attend", sentence):
        if _NEGATED.search(ctx.text, max(sentence.start, match.start() - 12), match.start()):
            continue  # "did not attend the press conference": no participant
        target = ctx.named_at(match.end() + 1, slack=8)
        if target is None and _ANAPHOR.match(ctx.text, match.end() + 1):
            target = _last_named(ctx, match.start())
        if target is None or target.kind is not EventKind.MEETING:
            continue
        people = ctx.actors_in(sentence.start, match.start(), (ActorKind.PERSON,))
        end = target.evidence_end
        if re.match(r"\s+with\s", ctx.text[end : end + 6]):
            # "held the 10th Strategic Dialogue with Vice Minister X"
            people = [*people, *_persons(ctx, end, min(sentence.end, end + 160))[:1]]
        for person in people:
            if person.actor_id not in target.participants:
                target.participants.append(person.actor_id)
        if "will" in match.group().lower() or is_future(ctx, match.start(), sentence, words=3):
            target.future = True
    for match in ctx.scan(_PASSIVE_BY, sentence) if ctx.may_hold(sentence, "by") else ():
        target = _last_named(ctx, match.start())
        if target is None:
            continue
        for person in _persons(ctx, match.end(), sentence.end):
            if person.actor_id not in target.participants:
                target.participants.append(person.actor_id)


# "did not attend", "will not host", "never attended": the verb denied.
_NEGATED: Final = re.compile(r"\b(?:not|never|n[’']t)\s+$")
# The same before a verb of the frame and its article (lower-cased text before the noun).
_NEGATED_VERB: Final = re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:attend|attended|hold|held|host|hosted)\s+(?:the\s+)?$"
)


def _last_named(ctx: Context, position: int) -> Candidate | None:
    best = None
    for candidate in ctx.starting(position - 599, position):
        if (
            candidate.kind is EventKind.MEETING
            and candidate.named
            and not candidate.anaphor
            and (best is None or candidate.start > best.start)
        ):
            best = candidate
    return best


# "The summit, which runs from August 22 to 24, ...": the meeting just named, with the
# dates its relative clause gives.
_DATED_ANAPHOR: Final = re.compile(
    r"\b(?:the|this\s+year['’]s)\s+(?P<noun>summit|meeting|forum|conference|session|talks"
    r"|visit|dialogue)\s*,\s*(?:(?:which|that)\s+(?:will\s+|is\s+to\s+|(?:is|are|was|were)\s+)?"
    r"(?:be\s+)?(?:runs?|ran|takes?\s+place|took\s+place|held|opens?|opened|begins?|began"
    r"|lasts?|lasted|scheduled|due|set)\b"
    # "the summit, held on Thursday and Friday, adopted": a participle and the date
    r"|held\s+(?=(?:on|from)\s))",
    re.IGNORECASE,
)


def _read_dated_anaphors(ctx: Context, sentence: Sentence) -> None:
    """An anaphor of the last meeting of its noun, dated by its relative clause.

    It merges into that meeting (and is dropped when none was named before).
    """
    if (
        ", which" not in ctx.text[sentence.start : sentence.end]
        and ", held " not in ctx.text[sentence.start : sentence.end]
    ):
        return
    for match in ctx.scan(_DATED_ANAPHOR, sentence):
        noun = match.group("noun")
        if ctx.covers(match.start("noun")):
            continue
        told = match.group().lower()
        if (
            "which" not in told
            and "that" not in told
            and _two_named(ctx, noun.lower(), match.start())
        ):
            # "Quito summit and Lima summit compared ... the summit, held on Thursday and
            # Friday": which summit is not told
            continue
        ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form=_noun_form(noun),
                name=noun.lower(),
                start=match.start("noun"),
                end=match.end("noun"),
                sentence=sentence.index,
                named=True,
                head=noun.lower(),
                anaphor=True,
                dateable=True,
                future=is_future(ctx, match.start(), sentence),
                evidence=(match.start("noun"), match.end("noun")),
            )
        )


def _two_named(ctx: Context, noun: str, before: int) -> bool:
    """Whether two meetings with different names ending in ``noun`` were named before."""
    names = {
        c.name.lower()
        for c in ctx.candidates
        if c.kind is EventKind.MEETING
        and not c.anaphor
        and c.start < before
        and c.name.lower().endswith(noun)
    }
    return len(names) > 1


def read_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the meeting frames of one sentence (after its named events were read).

    Returns:
        The new candidates (named meetings only gain participants and places).

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> read_meetings(Context.build("No meeting here.", document_id="d"),
        ...               Context.build("No meeting here.", document_id="d").sentences[0])
        []
    """
    _read_dated_anaphors(ctx, sentence)
    first_person = (
        _read_first_person(ctx, sentence) if "I " in ctx.text[sentence.start : sentence.end] else []
    )
    # "ceremony", "talked for an hour", "a port call", "a joint commission, to meet" and
    # "spent Tuesday in P" are in no frame
    run_readers(ctx, sentence, _FIRST_READERS, first_person)
    if (
        not first_person
        and not ctx.in_sentence(sentence)
        and not ctx.may_frame(sentence, _PATH_FRAMES)
        and not ctx.holds_starting(sentence, ("the",))
        and not ctx.may_hold(sentence, "by")
    ):
        # no frame, no named meeting: only a group's or a series' meeting told by its place
        return run_readers(ctx, sentence, _PLACE_READERS, [])
    _read_named(ctx, sentence)
    made = first_person
    made.extend(_read_talks(ctx, sentence))
    run_readers(ctx, sentence, _READERS, made)
    for candidate in made:
        if candidate.location is None and candidate.form != "visit":
            candidate.location = _place_after(ctx, candidate.end)
        if candidate.host is None:
            during = re.search(
                r"\bduring\s+(?:his|her|their|the)\s+(?:\w+\s+){0,2}visit",
                # within a clause's reach: a window, linear when a sentence holds many meetings
                ctx.text[candidate.end : min(sentence.end, candidate.end + 300)],
            )
            if during is not None:
                visit = ctx.first_visit_from(candidate.end + during.start())
                if visit is not None:
                    candidate.host = visit
                    candidate.inherit = True
    _read_where_and_for(ctx, sentence)
    place_summits(ctx, sentence)
    return made


# The first tests of the readers of ``_event_verb_meets`` that ``_read_verb_meets`` calls, in
# its order (a reader added there needs its own here).
_VERB_MEET_WORDS: Final = (
    " met ",
    "summon",
    "meet again",
    "presented to",
    "submitted to",
    "session",
)


@reads_where(*_VERB_MEET_WORDS)
def _read_verb_meets(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """The meetings told by a verb alone (see ``_event_verb_meets``), once per sentence."""
    return [
        *read_met_since(ctx, sentence),
        *read_summons(ctx, sentence),
        *read_negotiators_meet_again(ctx, sentence),
        *read_presented_to_ministers(ctx, sentence),
        *read_held_sessions(ctx, sentence),
    ]


# "I will meet Mexico's Secretary of Economy in Monterrey on Friday", "I discussed the
# preparations with my Mexican counterpart, NAME, here yesterday": a meeting of the speaker
# of a transcript (a heading line "Hon. NAME (Office, Party):") with the person named after.
_FIRST_PERSON: Final = re.compile(
    r"\bI\s+(?:(?P<future>will|shall|am\s+to|am\s+going\s+to)\s+)?(?:(?:also|then|today)\s+)?"
    r"(?P<verb>met|meet|(?:discussed|raised)\s+[^.;:()]{1,80}?\s+with|(?:spoke|talked)\s+with"
    r"|(?:held|had)\s+(?:\w+\s+)?talks\s+with)\s+(?:(?:my|our)\s+)?"
)
# A speaker heading of a transcript: a line of its own that ends with a colon.
_HEADING: Final = re.compile(r"^[^\n]{2,120}:[ \t]*$", re.MULTILINE)
# How far back a speaker heading is looked for (characters).
_HEADING_REACH: Final = 3000
# "Mexico's Secretary of Economy": an office-holder named by a country and an office.
_COUNTRY_OFFICE: Final = re.compile(
    r"(?:[A-Z][\w-]{1,30}\s+){0,2}?[A-Z][\w-]{1,30}[’']s\s+(?:[A-Z][\w-]{1,20}\s+){0,2}?"
    r"(?:Secretary|Minister|President|Prime\s+Minister|Premier|Chancellor|Ambassador)"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w-]{1,20})(?:\s+(?:and\s+)?[A-Z][\w-]{1,20}){0,2})?"
)


@functools.lru_cache(maxsize=4)
def _headings(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the speaker headings of a text, found once per text (linear time)."""
    return tuple((m.start(), m.end()) for m in _HEADING.finditer(text))


def _speaker(ctx: Context, position: int) -> ActorMentionLike | None:
    """The person of the last speaker heading before ``position``, if any."""
    headings = _headings(ctx.text)
    at = bisect.bisect_right(headings, (position, position)) - 1
    if at < 0 or headings[at][1] > position or headings[at][0] < position - _HEADING_REACH:
        return None
    persons = ctx.actors_in(headings[at][0], headings[at][1], (ActorKind.PERSON,))
    return persons[0] if persons else None


def _read_first_person(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Meetings told in the first person by the speaker of a transcript."""
    made: list[Candidate] = []
    speaker = None
    for match in ctx.scan(_FIRST_PERSON, sentence):
        speaker = speaker or _speaker(ctx, sentence.start)
        if speaker is None:
            return made
        end = min(sentence.end, match.end() + 120)
        comma = ctx.text.find(",", match.end(), end)
        persons = [p for p in _persons(ctx, match.end(), end) if p.actor_id != speaker.actor_id]
        office = _COUNTRY_OFFICE.match(ctx.text, match.end(), end)
        future = match.group("future") is not None
        if persons and (comma < 0 or persons[0].start <= comma + 30):
            candidate = _meeting(
                ctx, sentence, [speaker], persons[:1], None, (match.start(), persons[0].end), future
            )
        elif office is not None:
            countries = ctx.actors_in(office.start(), office.end(), (ActorKind.COUNTRY,))
            if not countries:
                continue
            candidate = _meeting(
                ctx, sentence, [speaker], [], None, (match.start(), office.end()), future
            )
            candidate.name = f"Meeting of {_names([speaker], ctx)} and {office.group()}"
            candidate.participants.append(countries[0].actor_id)
            candidate.frame_key = f"meet:{speaker.actor_id}:{name_key(office.group())}"
        else:
            continue
        made.append(candidate)
    return made


# "Next year's summit will take place in Tashkent", "next year's consultative meeting in
# Tashkent": the next meeting of a series, named by the year only, dated by it.
_NEXT_YEARS: Final = re.compile(
    r"\b(?i:next\s+year)[’']s\s+(?P<what>(?:(?:annual|consultative|leaders[’']?|ministerial"
    r"|regional|trilateral|bilateral)\s+)?(?:summit|meeting|conference|forum|session|talks))\b"
)


@reads_where("next")
def _read_next_years(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A meeting named "next year's summit" (not one named after it, "next year's X Summit")."""
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "next"):
        return made
    for match in ctx.scan(_NEXT_YEARS, sentence):
        if ctx.covers(match.start("what")) or ctx.named_at(match.start("what"), slack=1):
            continue
        place = _place_after(ctx, match.end())
        what = match.group("what").lower()
        name = f"Next year's {what}" + (f" in {place}" if place else "")
        candidate = ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form="summit" if what.endswith("summit") else "other",
                name=name,
                start=match.start(),
                end=match.end(),
                sentence=sentence.index,
                dateable=True,
                future=True,
                location=place,
                evidence=(match.start(), match.end()),
                frame_key=f"next-year:{name_key(name)}",
            )
        )
        made.append(candidate)
    return made


# "Last year's forum approved a roadmap": the meeting of a series named before (its "annual
# Regional Forum"), the year before, named by the series and that year.
_LAST_YEARS: Final = re.compile(
    r"\b(?i:last\s+year)[’']s\s+(?P<what>(?:(?:annual|consultative|leaders[’']?|ministerial"
    r"|regional)\s+)?(?P<noun>summit|meeting|conference|forum|session|dialogue))\b"
)
# How far back the series of "last year's forum" is looked for (characters).
_LAST_YEARS_REACH: Final = 3000


@reads_where("last")
def _read_last_years(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Last year's forum" after a meeting whose name ends with that noun ("the
    organisation's annual Regional Forum"): that series' meeting of the year before,
    "Regional Forum of 2066", dated by the year. Without such a series named before, or a
    year the tagger reads, nothing ("last year's summit" of no series is too vague)."""
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "last"):
        return made
    for match in ctx.scan(_LAST_YEARS, sentence):
        if ctx.covers(match.start("what")) or ctx.named_at(match.start("what"), slack=1):
            continue
        year: tuple[int, DateSpan, str] | None = None
        for mention in ctx.temporal_starting(match.start(), match.start() + 1):
            value = mention.value
            if (
                isinstance(value, DateSpan)
                and value.is_single
                and isinstance(value.start, PartialDate)
                and value.start.month is None
            ):
                year = (value.start.year, value, mention.text)
        noun = match.group("noun").lower()
        series = [
            c
            for c in ctx.starting(max(0, match.start() - _LAST_YEARS_REACH), match.start())
            if c.kind is EventKind.MEETING and c.named and c.name.lower().endswith(noun)
        ]
        if year is None or not series:
            continue
        base = series[-1].name
        first, _, rest = base.partition(" ")
        if rest and ordinal_number(series[-1]) is not None and first[:1].isupper():
            base = rest[:1].upper() + rest[1:]  # "59th Consultative Committee Meeting"
        candidate = ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form=series[-1].form,
                name=f"{base} of {year[0]}",
                start=match.start(),
                end=match.end(),
                sentence=sentence.index,
                participants=list(series[-1].participants),
                future=False,
                evidence=(match.start(), match.end()),
            )
        )
        candidate.when, candidate.date_text = year[1], year[2]
        made.append(candidate)
    return made


# "following their first call on January 22", "since their last meeting in March", "the two
# last met in Lima in February": an earlier meeting of the pair just spoken of.
_EARLIER: Final = re.compile(
    r"\b(?:(?:following|after|since)\s+(?:their|the)\s+(?P<which>first|previous|last|earlier)"
    r"\s+(?:(?:phone|telephone|video)\s+)?(?P<noun>call|conversation|meeting|talks)"
    r"|(?:the\s+two(?:\s+\w+)?|they)\s+(?P<met>last|previously|first)\s+met)"
    r"(?=(?:\s+in\s+[A-Z][\w-]+)?\s+(?:on|in)\s+(?:[A-Z]|\d))",
    re.IGNORECASE,
)


# "agreed to hold political consultations at deputy minister level": a meeting still to be
# held, of the two sides of the talks being told.
_AGREED_TO_HOLD: Final = re.compile(
    r"\b(?:agreed|decided|resolved|undertook)(?:\s+with\s+(?:the\s+)?[A-Z][\w-]{1,30}"
    r"(?:\s+[A-Z][\w-]{1,30}){0,2})?\s+to\s+(?:hold|convene|launch)\s+"
    r"(?P<what>(?:(?:regular|annual|political|strategic|bilateral|trilateral|security|economic|trade"
    r"|defence|defense|high-level|\w{1,20}-level|further)\s+){0,2}(?:consultations|talks|dialogues?))\b"
    r"(?P<level>\s+(?:between\s+the\s+two\s+[a-z]+(?:\s+[a-z]+)?\s+)?at\s+(?:the\s+level\s+of\s+)?"
    r"(?:[\w-]{1,20}\s+){0,2}(?:ministers?|ministerial|minister\s+level|ministry\s+level|level))?",
    re.IGNORECASE,
)


# "to hold trilateral talks with Costa Rica": the third party.
_WITH_PARTY: Final = re.compile(
    r"\s+with\s+(?:the\s+)?[A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){0,2}"
)


def _level(phrase: str | None) -> str:
    """ " at the level of deputy ministers" from what follows "consultations"."""
    found = re.search(r"\bat\b", phrase or "")
    return " " + " ".join((phrase or "")[found.start() :].split()) if found else ""


def _is_person(ctx: Context, actor_id: str) -> bool:
    mention = ctx.first_mention(actor_id)
    return mention is not None and mention.kind is ActorKind.PERSON


@reads_where("to hold", "to convene", "to launch")
def _read_agreed_to_hold(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Consultations or talks the sides agreed to hold, when none is named there."""
    lowered = ctx.sentence_lower(sentence)
    if "to hold" not in lowered and "to convene" not in lowered and "to launch" not in lowered:
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_AGREED_TO_HOLD, sentence):
        start = match.start("what")
        if ctx.covers(start) or ctx.starting(start, match.end()):
            continue
        # The two sides: the persons of the last meeting of two persons told before.
        recent = [
            c
            for c in ctx.candidates
            if c.kind is EventKind.MEETING
            and c.end <= match.start()
            and sum(1 for p in c.participants if _is_person(ctx, p)) >= 2
        ]
        parties = list(recent[-1].participants) if recent else []
        # the countries of the subject, of "agreed with X" and of "talks with Y"
        after = _WITH_PARTY.match(ctx.text, match.end())
        countries = [
            m.actor_id
            for m in ctx.actors_in(sentence.start, after.end() if after else match.end())
            if m.kind is ActorKind.COUNTRY
        ]
        for country in countries:
            if country not in parties:
                parties.append(country)
        what = " ".join(match.group("what").split())
        if " " not in what and not match.group("level"):
            continue  # "agreed to hold talks": too little to tell one meeting
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="dialogue",
                    name=what[:1].upper() + what[1:] + _level(match.group("level")),
                    start=start,
                    end=match.end(),
                    sentence=sentence.index,
                    participants=parties,
                    dateable=True,
                    future=True,
                    evidence=(match.start(), match.end()),
                    frame_key=f"agreed:{what.lower()}:{'|'.join(sorted(parties))}",
                )
            )
        )
    return made


# "Ministers agreed to hold their next meeting in 2020 in Brussels", "the decision to hold
# the next session in Batumi in 2030": the meeting after the last of its series told before.
_NEXT_IN_SERIES: Final = re.compile(
    # "accepted an offer from Bangladesh to host its next meeting": any "to host"
    r"\b(?:(?:agreed|decided|resolved|undertook|decision|plans?|are|is)\s+to|will|to(?=\s+host\b))"
    r"\s+(?:hold|convene|host)\s+(?:their|the|its)\s+next\s+(?P<noun>meeting|session|summit)\b"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)
# How far back the last meeting of the series is looked for (characters).
_SERIES_REACH: Final = 3000
# A name that opens with its ordinal ("Fifth Andean Summit", "15th ... Meeting").
_OPENING_ORDINAL: Final = re.compile(
    r"(?:" + "|".join(ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th)) ", re.IGNORECASE
)


def _last_in_series(ctx: Context, position: int, noun: str) -> tuple[Candidate, int] | None:
    """The last meeting told before ``position`` that opens with its ordinal and is a
    ``noun`` ("15th EU-Central Asia Ministerial Meeting" for "meeting"), with its number."""
    last = None
    for candidate in ctx.starting(max(0, position - _SERIES_REACH), position):
        number = ordinal_number(candidate)
        if (
            candidate.kind is EventKind.MEETING
            and number is not None
            and noun in candidate.name.lower()
            and _OPENING_ORDINAL.match(candidate.name) is not None
        ):
            last = (candidate, number)
    return last


def _next_of(
    ctx: Context, sentence: Sentence, last: tuple[Candidate, int], span: tuple[int, int]
) -> Candidate:
    """The meeting after ``last`` in its series, named with the next ordinal, written as the
    last one's ("Fifth ..." then "Sixth ...", "12th ..." then "13th ...")."""
    candidate, number = last
    first, rest = candidate.name.split(" ", 1)
    spelled = first.lower() in ORDINAL_WORDS and number < len(ORDINAL_WORDS)
    ordinal = ORDINAL_WORDS[number].capitalize() if spelled else _ordinal_suffix(number + 1)
    return ctx.add(
        Candidate(
            kind=EventKind.MEETING,
            form=candidate.form,
            name=f"{ordinal} {rest}",
            start=span[0],
            end=span[1],
            sentence=sentence.index,
            participants=list(candidate.participants),
            dateable=True,
            future=True,
            evidence=span,
        )
    )


@reads_where("next")
def _read_next_in_series(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """The next meeting of a series whose last one (with an ordinal) was named before.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = ("Ministers met in Lusaka for the 7th Zambezi Ministerial Meeting. They agreed "
        ...         "to hold their next meeting in Harare in 2032.")
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['7th Zambezi Ministerial Meeting', '8th Zambezi Ministerial Meeting']
    """
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "next"):
        return made
    for match in ctx.scan(_NEXT_IN_SERIES, sentence):
        if ctx.covers(match.start("noun")):
            continue
        last = _last_in_series(ctx, match.start(), match.group("noun").lower())
        if last is None:
            continue  # "their next meeting" of no series told: too little to name it
        made.append(_next_of(ctx, sentence, last, (match.start(), match.end())))
    return made


# "The next summit will be held in Islamabad in June 2052": the summit after the last one
# told, of the same organisation, at the place said.
# "That next summit, Peru announced, will be held in Quito", "Its next summit is expected in
# 2074": a determiner of the summit told before, a reporting aside, and a year for a place.
_NEXT_SUMMIT: Final = re.compile(
    r"\b(?i:the|that|its|their)\s+next\s+(?P<noun>(?i:summit|meeting))"
    r"(?P<aside>\s*,\s*(?:[A-Z][\w-]{1,30}\s+){1,3}(?:announced|said|confirmed|decided),)?"
    r"(?:\s+(?:(?:will|would)\s+be\s+held"
    r"|(?:will|would)\s+take\s+place|takes\s+place"
    r"|is\s+(?:due|set|scheduled|planned|expected)(?:\s+to\s+(?:be\s+held|take\s+place))?)"
    # "invited his counterparts to the next Summit, to be held in Asuncion"
    r"|\s*,\s+to\s+be\s+held"
    # "chose Ghana to host the next meeting, in Accra in 2050" (a date after the place)
    r"|(?P<apposition>\s*,))\s+in\s+(?=[A-Z]|\d{4}\b)"
)


def _bodies_of_summits_before(ctx: Context, position: int) -> list[ActorMentionLike]:
    """:func:`_summit_body` of the summits told in the stretch before ``position``, the one
    that "the next summit" at ``position`` continues."""
    summits = [
        c
        for c in ctx.starting(max(0, position - _SERIES_REACH), position)
        if c.kind is EventKind.MEETING and c.form == "summit"
    ]
    return _summit_body(ctx, summits)


def _summit_body(ctx: Context, summits: Sequence[Candidate]) -> list[ActorMentionLike]:
    """The organisation of the last summit told that has one: in its name, among its
    participants, or (for the very last) the one organisation of its sentence ("the founding
    of the SCO ..., the Astana summit in 2024")."""
    for index, summit in enumerate(reversed(summits)):
        bodies = ctx.actors_in(summit.start, summit.end, (ActorKind.ORGANIZATION,)) or [
            m
            for p in summit.participants
            if (m := ctx.first_mention(p)) is not None and m.kind is ActorKind.ORGANIZATION
        ]
        if not bodies and index == 0:
            told = ctx.sentence_at(summit.start)
            around = ctx.actors_in(told.start, told.end, (ActorKind.ORGANIZATION,))
            if len({m.actor_id for m in around}) == 1:
                bodies = around[:1]
        if bodies:
            return bodies[:1]
    return []


@reads_where("next")
def _read_next_summit(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "The next summit will be held in Islamabad": "SCO summit in Islamabad", when the last
    summit told before is an organisation's (else too little is known to name it)."""
    if not ctx.may_hold(sentence, "next"):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_NEXT_SUMMIT, sentence):
        place = ctx.place_at(match.end())
        if ctx.covers(match.start()):
            continue
        summit = match.group("noun").lower() == "summit"
        if not summit and not match.group().lower().startswith("the"):
            continue  # "its next meeting": of a body, not of the summits told before
        if place is None:
            if summit:
                made.extend(_next_summit_in_year(ctx, sentence, match))
            continue
        if match.group("apposition") and not ctx.temporal_starting(place[2] + 1, place[2] + 5):
            continue  # "the next meeting, in Accra, ...": a date tells it is held there
        bodies = _bodies_of_summits_before(ctx, match.start())
        if not bodies:
            continue
        name, _, place_end, place_id = place
        body = bodies[0]
        entry = ctx.organization(body.text)
        short = entry.acronym if entry is not None and entry.acronym else _body_short(ctx, body)
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="summit",
                    name=f"{short} {match.group('noun').lower()} in {name}",
                    start=match.start(),
                    end=place_end,
                    sentence=sentence.index,
                    participants=[body.actor_id] + ([place_id] if place_id else []),
                    location=name,
                    dateable=True,
                    future=True,
                    evidence=(match.start(), place_end),
                )
            )
        )
    return made


# "Its next summit is expected in 2074", "the next summit is due in June": the next summit of
# the series told before, dated and not placed ("... in Islamabad" is read above).
_NEXT_SUMMIT_DATED: Final = re.compile(
    r"\b(?i:its|their|the)\s+next\s+(?i:summit)\s+(?:(?:is|was)\s+(?:due|set|scheduled|planned"
    r"|expected)|(?:will|would)\s+(?:be\s+held|take\s+place))\s+(?:in|for)\s+(?=the\s|\d|[A-Z])"
)


@reads_where("next")
def _read_next_summit_dated(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Its next summit is expected in 2074": "Next AOSIS summit", of the organisation of the
    last summit told before, dated by the date right after; none without that summit's body
    or without a date (a place there is read by :func:`_read_next_summit`)."""
    if not ctx.may_hold(sentence, "next"):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_NEXT_SUMMIT_DATED, sentence):
        if ctx.covers(match.start()) or ctx.place_at(match.end()) is not None:
            continue
        dated = [
            m for m in ctx.temporal_starting(match.end(), match.end() + 1) if m.timex_type == "DATE"
        ]
        if not dated:
            continue
        bodies = _bodies_of_summits_before(ctx, match.start())
        if not bodies:
            continue
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="summit",
                    name=f"Next {_short_name(ctx, bodies[0])} summit",
                    start=match.start(),
                    end=match.end(),
                    sentence=sentence.index,
                    participants=[bodies[0].actor_id],
                    dateable=True,
                    future=True,
                    evidence=(match.start(), dated[0].end),
                )
            )
        )
    return made


def _body_short(ctx: Context, body: ActorMentionLike) -> str:
    """How reports call an organisation's meetings: the gazetteer's acronym (when the text
    writes it), else the short form the text defines for it ("Alliance of Small Island States
    (AOSIS)"), else its name as written."""
    short = _short_name(ctx, body)
    if short != body.text:
        return short
    defined = next((a.short for a in ctx.abbreviations if a.long == body.text), None)
    if defined is not None and defined.isupper():
        return defined
    # "the Alliance of Small Island States ... an AOSIS ministerial": its initials, written
    words = body.text.split()
    content = [w for w in words if w.lower() not in ("of", "the", "and", "for", "on", "in")]
    for initials in ("".join(w[0] for w in words).upper(), "".join(w[0] for w in content)):
        if len(initials) >= 3 and initials.isalpha() and _writes(ctx.text, initials):
            return initials
    return body.text


def _next_summit_in_year(ctx: Context, sentence: Sentence, match: re.Match[str]) -> list[Candidate]:
    """ "Its next summit is expected in 2074": the next summit of the organisation of the
    last summit told, dated by the year (no place is said, so none is given)."""
    year = next(
        (
            m
            for m in ctx.temporal_starting(match.end(), match.end() + 1)
            if isinstance(m.value, DateSpan) and m.timex_type == "DATE"
        ),
        None,
    )
    if year is None or not isinstance(year.value, DateSpan):
        return []
    bodies = _bodies_of_summits_before(ctx, match.start())
    if not bodies:
        return []
    candidate = Candidate(
        kind=EventKind.MEETING,
        form="summit",
        name=f"Next {_body_short(ctx, bodies[0])} summit",
        start=match.start(),
        end=year.end,
        sentence=sentence.index,
        participants=[bodies[0].actor_id],
        future=True,
        evidence=(match.start(), year.end),
    )
    candidate.when, candidate.date_text = year.value, year.text
    return [ctx.add(candidate)]


# "arrived this morning for a goodwill port call that runs until Thursday", "will make a
# port call in Dakar": a navy's visit to a port, named by it.
_PORT_CALL: Final = re.compile(
    r"\b(?:a|an|the|her|his|its|their)\s+(?P<adj>(?:(?:goodwill|official|operational|routine"
    r"|farewell|first|\w{1,10}-day)\s+){0,2})(?P<noun>port\s+call)\b(?P<to>\s+(?:at|in|to)\s+(?=[A-Z]))?",
    re.IGNORECASE,
)


# A navy's ship, not a liner's: a port call is diplomatic only when a warship makes it.
_WARSHIP: Final = re.compile(
    r"\b(?:navy|naval|warships?|frigates?|destroyers?|corvettes?|patrol\s+(?:vessel|ship)s?"
    r"|coast\s+guard|submarines?|training\s+ship)\b",
    re.IGNORECASE,
)


@reads_where("port call")
def _read_port_calls(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A warship's port call at the place named after it, else at the dateline's place:
    "Goodwill port call at Mombasa", with the countries of the sentence as parties."""
    if not ctx.may_hold(sentence, "port call") or not _WARSHIP.search(
        ctx.text, sentence.start, sentence.end
    ):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_PORT_CALL, sentence):
        if ctx.covers(match.start("noun")):
            continue
        end = match.end()
        if match.group("to"):
            place = ctx.place_at(match.end())
            found = (place[0], place[3]) if place is not None else None
            end = place[2] if place is not None else end
        else:
            found = _dateline_place(ctx)
        if found is None:
            continue
        name, place_id = found
        adjective = " ".join(match.group("adj").split()).lower()
        label = f"{adjective} port call" if adjective else "port call"
        parties = [
            m.actor_id for m in ctx.actors_in(sentence.start, sentence.end, (ActorKind.COUNTRY,))
        ]
        if place_id is not None:
            parties.append(place_id)
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="visit",
                    name=f"{label[:1].upper()}{label[1:]} at {name}",
                    start=match.start("noun"),
                    end=end,
                    sentence=sentence.index,
                    participants=list(dict.fromkeys(parties)),
                    location=name,
                    dateable=True,
                    future=is_future(ctx, match.start(), sentence),
                    evidence=(match.start(), end),
                )
            )
        )
    return made


# "announced a joint commission on Lake Victoria fisheries, to meet in Jinja in January": a
# new body, in lower case, and where it is to meet (its first meeting when introduced by "a").
_LOWER_BODY_MEETS: Final = re.compile(
    r"\b(?P<det>(?i:a|an|the|its|their))\s+(?P<body>(?:(?:joint|bilateral|binational|intergovernmental"
    r"|mixed|new|permanent)\s+){1,2}(?:commission|committee|council|working\s+group|task\s+force)"
    r"(?:\s+on\s+(?:[\w-]{1,30}\s+){0,3}?[\w-]{1,30})?)\s*,\s*(?:(?:which|that)\s+)?"
    r"(?:to|will|is\s+to|is\s+due\s+to)\s+meet\s+(?:for\s+the\s+first\s+time\s+)?in\s+(?=[A-Z])"
)


@reads_where("meet")
def _read_lower_bodies(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A body in lower case that is to meet somewhere: "First meeting of the joint commission
    on Lake Victoria fisheries" (first when the body is new, "a joint commission")."""
    if not ctx.may_hold(sentence, "meet"):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_LOWER_BODY_MEETS, sentence):
        place = ctx.place_at(match.end())
        if place is None:
            # "in Jinja in January": a town the gazetteer lacks, then a date
            town = _TOWN.match(ctx.text, match.end(), sentence.end)
            if town is not None and ctx.temporal_starting(town.end(), town.end() + 4):
                place = (town.group().strip(), 0, match.end() + len(town.group().rstrip()), None)
        if place is None or ctx.covers(match.start("body")):
            continue
        body = " ".join(match.group("body").split())
        first = match.group("det").lower() in ("a", "an") or "first time" in match.group()
        countries = ctx.actors_in(sentence.start, match.start(), (ActorKind.COUNTRY,))
        name = f"{'First meeting' if first else 'Meeting'} of the {body}"
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="other",
                    name=name,
                    start=match.start("body"),
                    end=place[2],
                    sentence=sentence.index,
                    participants=list(dict.fromkeys(m.actor_id for m in countries)),
                    location=place[0],
                    dateable=True,
                    future=True,
                    evidence=(match.start(), place[2]),
                    frame_key=f"lower-body:{name_key(name)}",
                )
            )
        )
    return made


_EARLIER_WORDS: Final = ("first", "previous", "last", "earlier")


@reads_where(*_EARLIER_WORDS)
def _read_earlier_encounters(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """An earlier call or meeting of the two persons of the meeting told just before."""
    lowered = ctx.sentence_lower(sentence)
    if not any(word in lowered for word in _EARLIER_WORDS):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_EARLIER, sentence):
        recent = [
            c
            for c in ctx.candidates
            if c.kind is EventKind.MEETING
            and c.end <= match.start()
            and c.form == "bilateral-meeting"
            and len(c.participants) >= 2
        ]
        if not recent:
            continue
        pair = recent[-1]
        if pair.sentence < sentence.index - 2 and "the two" not in lowered:
            continue  # told too long before: "their" may be others, unless "the two" say
        noun = (match.group("noun") or "meeting").lower()
        which = (match.group("which") or match.group("met") or "").lower()
        label = "First" if which == "first" else "Previous"
        kind = "call" if noun in ("call", "conversation") else "meeting"
        names = pair.name.split(" of ", 1)[1] if " of " in pair.name else pair.name
        names = names.split(" at the ", 1)[0]
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="bilateral-meeting",
                    name=f"{label} {kind} of {names}",
                    start=match.start(),
                    end=match.end(),
                    sentence=sentence.index,
                    participants=list(pair.participants),
                    dateable=True,
                    evidence=(match.start(), match.end()),
                    frame_key=f"earlier:{'|'.join(sorted(pair.participants))}:{match.start()}",
                )
            )
        )
    return made


# "..., where she held talks with X": a meeting at the event or visit just named.
_WHERE: Final = re.compile(r",\s+where\s+(?:[\w’'-]+\s+){0,4}$")
# "travelled to Norway in November 2019 for the eleventh Arctic summit": the visit's purpose.
_FOR_THE: Final = re.compile(r"^[^,;]{0,60}?\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$")


def _read_where_and_for(ctx: Context, sentence: Sentence) -> None:
    """Undated meetings of a sentence that depend on an event before them: the talks held
    "where" a summit was, the summit a visit was made "for", take that event's date."""
    found = sorted(ctx.in_sentence(sentence), key=lambda c: c.start)
    for index, candidate in enumerate(found):
        if candidate.kind is not EventKind.MEETING or candidate.host is not None or not index:
            continue
        before = found[index - 1]
        if before.kind is not EventKind.MEETING or before.end > candidate.start:
            continue
        gap = ctx.text[before.end : candidate.start]
        if _WHERE.search(gap) or (before.form == "visit" and _FOR_THE.match(gap)):
            candidate.host, candidate.inherit = before, True


# "The African Union convened an emergency meeting on the crisis", "the Security Council will
# hold a special session": an out-of-turn meeting an organisation calls (the adjective is
# needed: "the council held a meeting on parking fees" says too little).
_CALLED_MEETING: Final = re.compile(
    r"\b(?P<verb>held|holds|hold|will\s+hold|convened|convenes|convene|will\s+convene|called"
    r"|calls|call)\s+(?:a|an)\s+(?P<what>(?:(?:emergency|extraordinary|special|urgent|closed-door"
    r"|virtual|informal|ministerial|high-level)\s+){1,2}(?:meeting|session|summit))\b",
    re.IGNORECASE,
)


# "The Danube Commission, the Budapest-based body that oversees ..., will hold": the body
# that opens its sentence, an apposition after it, and the verb after the apposition's comma.
_OPENING_THE: Final = re.compile(r"\s*(?:[Tt]he\s+)?")
_APPOSITION_TO_VERB: Final = re.compile(r",[^,;:.()]{3,200},\s+$")


def _fronted_body(ctx: Context, sentence: Sentence, position: int) -> list[ActorMentionLike]:
    """The organisation that opens the sentence as the subject of the verb at ``position``,
    with one apposition between them ("The X Commission, the body that ..., will hold"),
    or none."""
    opening = _OPENING_THE.match(ctx.text, sentence.start)
    start = opening.end() if opening is not None else sentence.start
    bodies = ctx.actors_starting(start, start + 1)
    if not bodies or bodies[0].kind is not ActorKind.ORGANIZATION:
        return []
    body = bodies[0]
    if _APPOSITION_TO_VERB.fullmatch(ctx.text, body.end, position) is None:
        return []
    return [body]


@reads_where("meeting", "session", "summit")
def _read_called_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "The African Union convened an emergency meeting on the crisis in Addis Ababa":
    "Emergency meeting of the African Union", with the organisation that is the subject.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "The African Union convened an emergency meeting in Addis Ababa on 3 May."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Emergency meeting of the African Union']
    """
    made: list[Candidate] = []
    if not ctx.may_hold_any(sentence, ("meeting", "session", "summit")):
        return made
    for match in ctx.scan(_CALLED_MEETING, sentence):
        if ctx.covers(match.start("what")) or ctx.covers(match.end() - 1):
            continue
        bodies = [
            m
            for m in ctx.subject_before(match.start(), sentence)
            if m.kind is ActorKind.ORGANIZATION
        ] or _fronted_body(ctx, sentence, match.start())
        if len(bodies) != 1:
            continue
        what = " ".join(match.group("what").split())
        body = _body_name(ctx, bodies[0])
        name = f"{what[:1].upper()}{what[1:]} of the {body.removeprefix('the ')}"
        future = match.group("verb").lower() in ("hold", "convene", "call") or is_future(
            ctx, match.start(), sentence
        )
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="summit" if what.endswith("summit") else "other",
                    name=name,
                    start=match.start("what"),
                    end=match.end(),
                    sentence=sentence.index,
                    participants=[bodies[0].actor_id],
                    dateable=True,
                    future=future,
                    evidence=(match.start(), match.end()),
                )
            )
        )
    return made


# "President X and her visiting Ivorian counterpart Y signed ...": the host and the guest,
# together, have met.
_AND_VISITING: Final = re.compile(
    r"\s+and\s+(?:his|her|their|the)\s+visiting\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:counterpart|colleague|guest)\s*,?\s*"
)


@reads_where("visiting")
def _read_visiting_counterparts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "X and her visiting Ivorian counterpart Y": a meeting of X and Y.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "President Ana Soto and her visiting Peruvian counterpart Luis Vega spoke."
        >>> [e.participants for e in extract(Document(id="d", text=text)).events]
        [('soto-ana', 'vega-luis')]
    """
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "visiting"):
        return made
    for persons in _visiting_pairs(ctx, sentence):
        host, guest = persons
        if host.actor_id == guest.actor_id or ctx.covers(host.start):
            continue
        if any(
            c.kind is EventKind.MEETING and {host.actor_id, guest.actor_id} <= set(c.participants)
            for c in ctx.in_sentence(sentence)
        ):
            continue  # the sentence already tells their meeting
        future = is_future(ctx, guest.end, sentence)
        made.append(_meeting(ctx, sentence, [host], [guest], None, (host.start, guest.end), future))
    return made


def _visiting_pairs(
    ctx: Context, sentence: Sentence
) -> list[tuple[ActorMentionLike, ActorMentionLike]]:
    """The (host, guest) persons joined by "and her visiting counterpart" in a sentence."""
    pairs = []
    for match in _AND_VISITING.finditer(ctx.text, sentence.start, sentence.end):
        before = _persons(ctx, max(sentence.start, match.start() - 80), match.start())
        after = _persons(ctx, match.end(), min(sentence.end, match.end() + 60))
        if before and after and before[-1].end == match.start() and after[0].start == match.end():
            pairs.append((before[-1], after[0]))
    return pairs


# "hosted a state banquet for visiting Indonesian President NAME", "gave a luncheon in honour
# of NAME": the host and the guest have met.
_HOSTED_MEAL: Final = re.compile(
    r"\b(?:hosted|hosts|will\s+host|gave|gives|will\s+give|offered|threw|held)\s+(?:a|an)\s+"
    r"(?:(?:state|official|working|private|welcome|welcoming|gala|farewell)\s+){0,2}"
    r"(?:banquet|dinner|luncheon|lunch|breakfast|reception)\s+(?:for|in\s+honou?r\s+of)\s+"
    r"(?:(?:the|his|her|their)\s+)?(?:visiting\s+)?",
    re.IGNORECASE,
)
# What may stand between the meal and the guest's name: a nationality and an office.
_GUEST_TITLE: Final = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,6}")


# Every meal read by _read_hosted_meals holds one of these.
_MEALS: Final = ("banquet", "dinner", "luncheon", "lunch", "breakfast", "reception")


@reads_where(*_MEALS)
def _read_hosted_meals(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "X hosted a state banquet for visiting Indonesian President Y": a meeting of X and Y.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "President Ana Soto hosted a dinner for Peruvian President Luis Vega."
        >>> [e.participants for e in extract(Document(id="d", text=text)).events]
        [('soto-ana', 'vega-luis')]
    """
    made: list[Candidate] = []
    if not ctx.may_hold_any(sentence, _MEALS):
        return made
    for match in ctx.scan(_HOSTED_MEAL, sentence):
        guests = _persons(ctx, match.end(), min(sentence.end, match.end() + 80))
        if not guests or not _GUEST_TITLE.fullmatch(ctx.text, match.end(), guests[0].start):
            continue  # "hosted a dinner for business leaders": no person named
        hosts = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ]
        if len(hosts) != 1 or hosts[0].actor_id == guests[0].actor_id:
            continue
        host, guest = hosts[0], guests[0]
        if any(
            c.kind is EventKind.MEETING and {host.actor_id, guest.actor_id} <= set(c.participants)
            for c in ctx.in_sentence(sentence)
        ):
            continue  # the sentence already tells their meeting
        future = is_future(ctx, match.start(), sentence)
        made.append(
            _meeting(ctx, sentence, [host], [guest], None, (match.start(), guest.end), future)
        )
    return made


# "X is in Bucharest for talks", "X was in Lima on Monday for two days of consultations": a
# person abroad for talks, a visit of theirs.
_IN_PLACE: Final = re.compile(r"\b(?P<aux>is|was|will\s+be)\s+in\s+")
_FOR_TALKS: Final = re.compile(
    r"(?:\s+(?:on|this|last|next|earlier|later|yesterday|today)\b[^,;.()]{0,30}?)?\s+for\s+"
    r"(?:(?:two|three|four|five|several|\d{1,2})\s+days\s+of\s+)?(?:[\w-]{1,20}\s+)?"
    r"(?:talks|consultations|meetings|discussions)\b"
)


@reads_where("talks")
def _read_in_place_for_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Moldovan President X is in Bucharest for talks with Romanian officials": a visit of X
    to Bucharest (a place abroad: not in the country the text gives X).

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "Peruvian President Luis Vega is in Quito for talks."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Visit of Luis Vega to Quito']
    """
    made: list[Candidate] = []
    for match in ctx.scan(_IN_PLACE, sentence) if ctx.may_hold(sentence, "talks") else ():
        place = ctx.place_at(match.end())
        if place is None:
            continue
        name, _, place_end, place_id = place
        if _FOR_TALKS.match(ctx.text, place_end, sentence.end) is None:
            continue  # "X is in Paris": where someone is, no visit said
        subject = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ]
        if len(subject) != 1 or place_id is None:
            continue
        home = _country_of(ctx, subject[0].actor_id)
        if home is None or home == place_id:
            continue  # at home, or from no country the text gives
        if ctx.covers(match.start()) or any(
            c.form == "visit" and c.subject == subject[0].actor_id
            for c in ctx.in_sentence(sentence)
        ):
            continue
        future = match.group("aux").lower().startswith("will") or is_future(
            ctx, match.start(), sentence
        )
        made.append(
            _visit(ctx, sentence, subject, name, place_id, match.start(), place_end, future)
        )
    return made


# "X spent Tuesday in Garoua", "spent two days in Nairobi", "spent the weekend in Accra":
# the time a person spent in a place (the lookahead finds where the place starts).
_SPENT_IN: Final = re.compile(
    r"\bspent\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening))?|the\s+(?:day|weekend|morning|afternoon|evening)"
    r"|(?:two|three|four|five|six|[2-6])\s+days|a\s+day|the\s+night)\s+in\s+(?=[A-Z])"
)
_TOWN_WORDS: Final = re.compile(r"[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,2}")
# After the place: the sentence calls the stay a visit ("the first visit by ... to").
_CALLED_VISIT: Final = re.compile(
    r"\s*,\s+(?:the|a|his|her|on\s+a|on\s+the)\s+[^,;.]{0,40}?\bvisit\b"
)


@reads_where("spent")
def _read_spent_in(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Chad's President X spent Tuesday in Garoua, the first visit by ...": a visit of X to
    that place, when the place is abroad (in a country other than the one the text gives
    X) or the sentence calls the stay a visit.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "Ghana's President Kofi Boateng spent Tuesday in Lomé, his first visit."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Visit of Kofi Boateng to Lomé']
    """
    made: list[Candidate] = []
    for match in ctx.scan(_SPENT_IN, sentence) if ctx.may_hold(sentence, "spent") else ():
        place = ctx.place_at(match.end())
        if place is None:
            # A town no gazetteer knows ("spent Tuesday in Garoua, the first visit"): its
            # capitalised words, kept only where the sentence calls the stay a visit.
            town = _TOWN_WORDS.match(ctx.text, match.end(), sentence.end)
            if town is None or ctx.actors_in(town.start(), town.end()):
                continue
            place = (town.group(), town.start(), town.end(), None)
        name, _, place_end, place_id = place
        subject = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ]
        if len(subject) != 1:
            continue
        home = _country_of(ctx, subject[0].actor_id)
        abroad = place_id is not None and home is not None and home != place_id
        called = _CALLED_VISIT.match(ctx.text, place_end, sentence.end) is not None
        if not (abroad or (called and (place_id is None or place_id != home))):
            continue  # at home, or a stay the text does not call a visit
        if ctx.covers(match.start()) or any(
            c.form == "visit" and c.subject == subject[0].actor_id
            for c in ctx.in_sentence(sentence)
        ):
            continue
        future = is_future(ctx, match.start(), sentence)
        made.append(
            _visit(ctx, sentence, subject, name, place_id, subject[0].start, place_end, future)
        )
    return made


# A sentence opened by a pair of office-holders: "The two presidents drove ... and then
# held talks", "Both leaders toured the port and later met".
_PAIR_OPENING: Final = re.compile(
    r"\s*(?P<group>(?:The\s+two|Both)\s+(?:presidents|leaders|prime\s+ministers|premiers"
    r"|foreign\s+ministers|ministers|heads\s+of\s+(?:state|government)))\s"
)
# The verb of talks later in that sentence, in a clause joined by "and".
_AND_THEN_TALKS: Final = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+|afterwards\s+|also\s+)?(?:held|had)\s+"
    r"(?:(?:private|bilateral|closed-door|separate|further)\s+)?talks\b"
)


@reads_where("talks")
def _read_pair_opening_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "The two presidents drove to the river crossing, ... and then held talks": a meeting
    of the pair the article is about (its first two persons of that office).

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = ("Ghana's President Kofi Boateng met Togo's President Koffi Agbeyome. "
        ...         "The two presidents toured the port and then held talks.")
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Meeting of Kofi Boateng and Koffi Agbeyome']
    """
    opening = _PAIR_OPENING.match(ctx.text, sentence.start, sentence.end)
    if opening is None or not ctx.may_hold(sentence, "talks"):
        return []
    talks = ctx.scan(_AND_THEN_TALKS, sentence)
    first = next(iter(talks), None)
    if first is None or ctx.actors_in(opening.end(), first.start(), (ActorKind.PERSON,)):
        return []
    pair = _leading_pair(ctx, opening.start("group"), opening.group("group"))
    if pair is None:
        return []
    ids = {pair[0].actor_id, pair[1].actor_id}
    if any(
        c.kind is EventKind.MEETING and ids <= set(c.participants)
        for c in ctx.in_sentence(sentence)
    ):
        return []
    span = (opening.start("group"), first.end())
    # "held", "had": told in the past, whatever "planned" the clause between says.
    meeting = _meeting(ctx, sentence, pair[:1], pair[1:], None, span, False)
    # The talks of a visit told just before are part of it and take its day, not that of
    # a clause between ("who had flown in the previous evening").
    for earlier in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        visit = next(
            (
                c
                for c in ctx.in_sentence(ctx.sentences[earlier])
                if c.form == "visit" and c.subject in ids
            ),
            None,
        )
        if visit is not None:
            meeting.made_at(visit, LinkRelation.PART_OF)
            meeting.dateable = False
            # The other one of the pair is the visit's host: a party to it.
            for person in pair[:2]:
                if person.actor_id not in visit.participants:
                    visit.participants.append(person.actor_id)
            break
    return [meeting]


# "will hold talks with the host over dinner", "had lunch with their host": the person met
# is the host the article introduced ("The host, President NAME, has promised ...").
_TALKS_WITH_HOST: Final = re.compile(
    r"\b(?P<verb>hold|holds|held|holding|have|has|had|will\s+hold)\s+(?:(?:private|bilateral"
    r"|separate|brief|working)\s+)?(?:talks|dinner|lunch|breakfast)\s+with\s+(?:the|their|his"
    r"|her)\s+host\b"
)
_HOST_INTRODUCED: Final = re.compile(r"\b[Tt]he\s+(?:summit'?s\s+)?host\s*,\s+")
# How far back the host's introduction is looked for (characters).
_HOST_REACH: Final = 4000


def _introduced_host(ctx: Context, before: int) -> ActorMentionLike | None:
    """The person the text introduced as the host before ``before``: "The host, President
    NAME," (the person right after the comma), or None when there is none or several."""
    found: dict[str, ActorMentionLike] = {}
    # A window back, so that a text of many such sentences stays linear.
    for match in _HOST_INTRODUCED.finditer(ctx.text, max(0, before - _HOST_REACH), before):
        persons = ctx.actors_in(match.end(), min(before, match.end() + 60), (ActorKind.PERSON,))
        if persons:
            found.setdefault(persons[0].actor_id, persons[0])
    return next(iter(found.values())) if len(found) == 1 else None


@reads_where("host")
def _read_talks_with_host(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Chad's President X ... will hold talks with the host over dinner that night": a
    meeting of X and the person introduced as the host.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = ("The host, President Ana Souto Ramos, is ready. Peru's President Luis Vega "
        ...         "will hold talks with the host on Friday.")
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Meeting of Luis Vega and Ana Souto Ramos']
    """
    if not ctx.may_hold(sentence, "host"):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_TALKS_WITH_HOST, sentence):
        if ctx.covers(match.start()):
            continue
        host = _introduced_host(ctx, sentence.start)
        subject = [
            m for m in ctx.subject_before(match.start(), sentence) if m.kind is ActorKind.PERSON
        ]
        if host is None or len(subject) != 1 or subject[0].actor_id == host.actor_id:
            continue
        future = is_future(ctx, match.start(), sentence) or match.group("verb").startswith("will")
        span = (subject[0].start, match.end())
        made.append(_meeting(ctx, sentence, subject, [host], None, span, future))
    return made


# "agreed to resume talks on a trade agreement between Mercosur and Japan early next year":
# negotiations to come, named by their parties and the agreement's topic.
_AGREED_TALKS: Final = re.compile(
    r"\bagreed\s+to\s+(?:resume|start|open|launch|begin|restart|relaunch)\s+(?:talks"
    r"|negotiations)\s+(?:on|for|towards)\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?P<topic>(?:free\s+)?trade|investment|partnership|economic\s+partnership|fisheries"
    r"|border|peace|visa|aviation|air\s+services)\s+(?:agreement|deal|pact|treaty|accord)"
    r"\s+between\s+(?:the\s+)?"
)
_SECOND_PARTY: Final = re.compile(r"\s+and\s+(?:the\s+)?")


@reads_where("agreed to")
def _read_agreed_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "met on Friday and agreed to resume talks on a trade agreement between Mercosur and
    Japan early next year": the talks to come, "Mercosur-Japan trade talks".

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = ("Officials agreed to resume talks on a trade agreement between Chile and "
        ...         "Korea next year.")
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Chile-Korea trade talks']
    """
    if not ctx.may_hold(sentence, "agreed to"):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_AGREED_TALKS, sentence):
        first = [
            m
            for m in ctx.actors_starting(match.end(), match.end() + 1)
            if m.kind in (ActorKind.COUNTRY, ActorKind.ORGANIZATION)
        ]
        if not first:
            continue
        joint = _SECOND_PARTY.match(ctx.text, first[0].end, sentence.end)
        second = (
            [
                m
                for m in ctx.actors_starting(joint.end(), joint.end() + 1)
                if m.kind in (ActorKind.COUNTRY, ActorKind.ORGANIZATION)
                and m.actor_id != first[0].actor_id
            ]
            if joint is not None
            else []
        )
        if not second:
            continue
        topic = " ".join(match.group("topic").split()).lower()
        topic = "trade" if topic == "free trade" else topic
        name = f"{first[0].text}-{second[0].text} {topic} talks"
        candidate = ctx.add(
            Candidate(
                kind=EventKind.MEETING,
                form="dialogue",
                name=name,
                start=match.start(),
                end=second[0].end,
                sentence=sentence.index,
                participants=[first[0].actor_id, second[0].actor_id],
                dateable=True,
                future=True,
                evidence=(match.start(), second[0].end),
                frame_key=f"agreed-talks:{name_key(name)}",
            )
        )
        made.append(candidate)
    return made


# Meetings of organs, groups and topics told in a clause, and possessive visits: read the same
# way in a sentence with a frame or without one (both lists below hold them, in this order).
_CLAUSE_READERS: Final[tuple[Reader, ...]] = (
    read_organ_meets,
    read_preceding_meetings,
    read_group_meeting_clauses,
    read_own_sessions,
    read_topic_conferences,
    read_groups_addressed,
    read_planned_topic_meetings,
    read_placed_topic_meetings,
    read_group_held_meetings,
    _read_possessive_visits,
)
# The readers that read_meetings calls in turn (see run_readers), in this order. A reader
# declared with reads_where is called only in the sentences that may hold what it needs.
# What read_meetings reads in every sentence after the meetings told in the first person:
# "ceremony", "talked for an hour", "a port call", "a joint commission, to meet" and "spent
# Tuesday in P" are in no frame.
_FIRST_READERS: Final[tuple[Reader, ...]] = (
    _read_ceremonies,
    _read_talked,
    _read_port_calls,
    _read_lower_bodies,
    _read_spent_in,
)
# In a sentence without a frame or a named meeting: a group's or a series' meeting told by
# its place.
_PLACE_READERS: Final[tuple[Reader, ...]] = (
    read_group_meets,
    read_series_meetings,
    read_body_meets,
    read_body_noun_meetings,
    read_head_possessive_meetings,
    read_meets_next,
    _read_last_years,
    *_CLAUSE_READERS,
    _read_verb_meets,
)
# In any other sentence, after the talks and the meetings of named events.
_READERS: Final[tuple[Reader, ...]] = (
    _read_joint_talks,
    _read_fronted_talks,
    _read_calls,
    _read_between,
    _read_visits,
    _read_noun_events,
    _read_rounds,
    _read_body_met,
    _read_body_meetings,
    _read_body_sessions,
    read_meets_next,  # before the group's own reading
    read_group_meetings,
    read_place_summits,
    read_place_talks,
    read_place_ministerials,
    read_ordinal_summits,
    read_group_meeting_nouns,
    read_group_possessive_meetings,
    read_pair_talks,
    _read_earlier_encounters,
    _read_agreed_to_hold,
    _read_next_in_series,
    _read_next_summit,
    _read_next_summit_dated,
    _read_next_years,
    _read_last_years,
    _read_courtesy_calls,
    _read_resumed_talks,
    _read_called_meetings,
    _read_visiting_counterparts,
    _read_hosted_meals,
    _read_in_place_for_talks,
    read_group_meets,
    read_series_meetings,
    read_body_meets,
    read_body_noun_meetings,
    read_head_possessive_meetings,
    *_CLAUSE_READERS,
    _read_pair_opening_talks,
    _read_talks_with_host,
    _read_agreed_talks,
    _read_verb_meets,
)
