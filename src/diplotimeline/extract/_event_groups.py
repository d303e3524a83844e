"""Meetings of groups: "the leaders of the five Central Asian states will meet in Tashkent".

Diplomatic news often names the participants of a multilateral meeting as a group rather
than person by person: "the G7 foreign ministers met in Capri", "the leaders of the five
Central Asian states are due to meet in Tashkent in November for a consultative summit",
"Heads of Government of the region will gather in Apia". Such a sentence reports one
meeting of the group, placed and dated by the sentence, and named by the noun it gives
("a consultative summit", "their second meeting") or else as the "Meeting of" the group.

A group of two ("the two presidents met") is the pair the article is about and is read by
:mod:`~diplotimeline.extract.meetings`; a group with a person after the verb ("the
ministers met President X") is a meeting with that person, read there too.

A summit may likewise be named only by its place: "the G7 leaders at the summit in
Kananaskis", "will host the next leaders' summit in Rio de Janeiro" (see
:func:`read_place_summits`).

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("The G7 foreign ministers met in Capri.", document_id="d")
    >>> [c.name for c in read_group_meetings(ctx, ctx.sentences[0])]
    ['Meeting of the G7 foreign ministers']
"""

from __future__ import annotations

import functools
import re
from typing import Final

from diplotimeline.extract._event_context import (
    ActorMentionLike,
    Candidate,
    Context,
    is_future,
)
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, EventKind, LinkRelation
from diplotimeline.time import DateSpan

__all__ = [
    "read_group_meeting_nouns",
    "read_group_meetings",
    "read_group_possessive_meetings",
    "read_ordinal_summits",
    "read_pair_talks",
    "read_place_summits",
    "read_place_talks",
]

_GROUP_NOUN: Final = (
    r"(?i:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents"
    r"|prime\s+ministers|premiers|foreign\s+ministers"
    r"|(?:[a-z]{3,12}\s+(?:and\s+[a-z]{3,12}\s+)?)?ministers"
    # "finance ministers and central bank governors", "trade ministers and senior officials"
    r"(?:\s+and\s+(?:central\s+bank\s+governors|(?:senior\s+)?officials))?"
    r"|officials|negotiators|envoys|sherpas)"
)
# Capitalised words that open a clause, not a name ("When Arctic ministers gather ...").
_NOT_A_NAME: Final = (
    r"(?!(?:When|While|As|After|Before|If|Once|Since|Until|Where|Although|Though|Because"
    r"|And|But|Then|Now|Yesterday|Today|Tomorrow|Last|Next|This|That|These|Those"
    r"|Our|Their|Its|His|Her|My|Your)\b)"
)
# The group, an optional "of ..." complement, the verb (with its tense markers). Capitalised
# words before the noun are names ("the G7 foreign ministers"); the rest is case-blind.
_GATHERING: Final = re.compile(
    r"\b(?P<group>(?:(?i:the)\s+(?:(?i:region|regions|bloc|grouping|union|three|four|five"
    r"|six|seven|eight|nine|ten|countries|states|nations|members|member\s+states)[’']s?\s+"
    # "the European Union's foreign ministers": a named body's group, after "the" only
    r"|(?:[A-Z][\w-]{0,20}\s+){0,2}[A-Z][\w-]{0,20}[’']s\s+)?)?"
    # "U.S. and Chinese sherpas": an abbreviation with its dots is a name too
    r"(?:(?:" + _NOT_A_NAME + r"(?:[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|[A-Z][\w-]{0,20})"
    r"(?:\s+and\s+[A-Z][\w-]{0,20})?"
    r"|(?i:two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+){0,2}"
    + _GROUP_NOUN
    + r"(?:\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[\w’'-]{1,30}\s+){0,6}?(?:[A-Z][\w’'-]{0,30}(?:,\s+[A-Z][\w’'-]{0,30}){0,8}"
    r"(?:,?\s+and\s+[A-Z][\w’'-]{0,30})?|states|countries|nations|members?"
    r"|region|(?:countries|states)\s+concerned)"
    # "Heads of state of the Economic Community of Central African States (ECCAS) meet": the
    # body's acronym in brackets after its name
    r"(?:\s+\([A-Z][A-Za-z0-9-]{1,12}\))?)?)(?:\s+(?:(?:also|then|again|last|first)\s+)?"
    r"(?P<tense>(?:are|were|is|was)\s+(?:due|set|expected|scheduled)\s+to\s+|will\s+|would\s+"
    r"|agreed\s+to\s+|plan\s+to\s+|are\s+to\s+|to\s+)?(?:(?P<verb>meet|met|gather|gathered"
    r"|convene|convened)\b(?!\s+(?:with\b|[A-Z]))"
    # "ASEAN foreign ministers will hold an informal meeting in Hue", "Nordic ministers held
    # an emergency meeting": the group's meeting, named by its noun
    r"|(?P<hold>hold|holds|held)\s+(?:a|an|their)\s+"
    r"(?P<held>(?:[a-z]{3,15}\s+){0,2}?meeting)\b(?!\s+with\b))"
    # "GCC foreign ministers, meeting in Muscat last week, agreed": a participle of the
    # gathering, placed (", meeting reporters" is none)
    r"|,\s(?P<verb_ing>meeting)(?=\s+in\s+[A-Z]))"
)
# "for their second consultative meeting", "for a consultative summit".
_FOR_NOUN: Final = re.compile(
    r"\bfor\s+(?:(?P<own>the\s+(?:grouping|bloc|organi[sz]ation|union|alliance|community"
    r"|association)[’']s)|their|a|an|the|its)\s+(?P<what>(?:(?:first|second|third|fourth|fifth|sixth|next"
    r"|annual|\d{1,2}(?:st|nd|rd|th))\s+)?(?:[a-z-]{3,20}\s+){0,2}?(?:meeting|summit|talks"
    r"|consultations|session))\b"
)
# Every gathering holds its verb, a whole word: a sentence without one holds no gathering,
# and this search (which skips in C to an "m", "g", "c" or "h") is far cheaper than the frame's.
_VERB: Final = re.compile(
    r"(?:meet|met|gather|gathered|convene|convened)\b|, meeting in "
    r"|\b(?:hold|holds|held)\s"
)
_TWO: Final = re.compile(r"^(?:the\s+)?(?:two|both)\b", re.IGNORECASE)


# Adjectives of regions whose states meet as a group ("Arctic foreign ministers gather",
# "Nordic defence ministers met"); a capitalised first word that is none of these (nor an
# acronym, "G7 leaders") may be capitalised only because it opens the sentence.
_REGIONS: Final = frozenset(
    [
        *("Arctic", "Nordic", "Baltic", "Balkan", "Andean", "Caribbean", "Pacific", "Mekong"),
        *("Sahel", "Sahelian", "Gulf", "Arab", "African", "Asian", "European", "Latin"),
        *("Amazonian", "Alpine", "Danubian", "Adriatic", "Mediterranean", "Commonwealth"),
        *("Francophone", "Lusophone", "Visegrad", "Benelux", "Scandinavian", "Himalayan"),
    ]
)


def _group_is_plural(text: str) -> bool:
    """A group of more than two: "the leaders of X", "the G7 ministers", "five leaders".

    Examples:
        >>> [_group_is_plural(t) for t in ("Nordic defence ministers", "Foreign ministers")]
        [True, False]
        >>> [_group_is_plural(t) for t in ("Kenyan and Ugandan officials", "the two presidents")]
        [True, False]
    """
    if _TWO.search(text):
        return False
    words = text.split()
    if re.search(r" (?:of|from|and) ", text) or any(
        word[:1].isupper() or word.isdigit() for word in words[1:-1]
    ):
        return True
    if re.search(r"[’']s?\s", text):
        return True  # "the region's foreign ministers", "the three countries' ministers"
    first = words[0] if len(words) > 1 else ""
    return first in _REGIONS or (
        (len(first) > 2 and first.isupper()) or any(c.isdigit() for c in first)
    )


# "on the sidelines of the", "on the margins of": a meeting held beside another one.
_SIDELINES: Final = re.compile(
    r"[^.;:()]{0,40}?\bon\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+(?:the\s+)?$"
)


def _sidelines_venue(
    ctx: Context, match: re.Match[str], named: list[Candidate]
) -> Candidate | None:
    """The named meeting a group of two or more named states meets on the sidelines of, or
    ``None`` (a group of no states, or one that meets at the meeting itself)."""
    if not named:
        return None
    venue = named[0]
    if not _SIDELINES.match(ctx.text, match.end(), venue.start):
        return None
    states = ctx.actors_in(match.start("group"), match.end("group"), (ActorKind.COUNTRY,))
    return venue if len({m.actor_id for m in states}) >= 2 else None


@reads_where("meet", "met", "gather", "convene", "hold", "held")
def read_group_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the meetings of named groups in one sentence (after the other meeting frames).

    Returns:
        The new meetings, one per gathering verb that no other meeting already covers.
    """
    text = ctx.text
    made: list[Candidate] = []
    if _VERB.search(text, sentence.start, sentence.end) is None:
        return made
    for match in ctx.scan(_GATHERING, sentence):
        group = match.group("group")
        held = match.group("held")
        if held and not _SERIES_WORDS.isdisjoint(held.lower().split()):
            continue  # "agreed to hold their next meeting in 2020": the series' readers
        hold = (match.group("hold") or "").lower()
        if hold in ("hold", "holds") and not match.group("tense"):
            # "Ministers hold a meeting on Monday": a bare present, in a headline a past as
            # often as a plan; only "will hold", "are to hold" or the past "held" are read.
            continue
        bare = group[:1].isupper() and not group.lower().startswith("the ")
        whose = _whose_states(ctx, sentence, match.start("group"))
        if not _group_is_plural(group) and not (held and bare) and whose is None:
            # A bare plural of offices holding a meeting ("Ministers will hold an informal
            # meeting") is a group too: "the foreign ministers" may be two.
            continue
        verb = match.group("verb") or match.group("verb_ing") or match.group("hold")
        verb_name = next(n for n in ("verb", "verb_ing", "hold") if match.group(n))
        verb_start = match.start(verb_name)
        earlier = ctx.starting(max(sentence.start, match.start() - 300), verb_start + 1)
        if any(c.kind is EventKind.MEETING and c.end >= match.start() for c in earlier):
            continue  # "the two presidents met": read as the pair's meeting
        window_end = min(sentence.end, match.end() + 100)
        named = [
            c
            for c in ctx.starting(match.end(), window_end)
            if c.kind is EventKind.MEETING and c.named
        ]
        venue = _sidelines_venue(ctx, match, named)
        if named and venue is None:
            continue  # "met in Bishkek for the 15th Ministerial Meeting": that meeting
        if text.startswith(" at ", match.end()) and any(
            c.kind is EventKind.MEETING and c.start <= match.end() + 12
            for c in ctx.starting(match.end(), window_end)
        ):
            continue  # "will meet at the Nordic Council in Bergen": that body's meeting
        tail = _FOR_NOUN.search(text, match.end(), window_end)
        label = group[4:] if group.lower().startswith("the ") else group
        # "Energy ministers from the countries concerned": the complement names no one
        label = _UNNAMED_FROM.sub("", label)
        states = _states_taken_up(ctx, match, label)
        taken: list[str] = []
        if states is not None:
            # "Senior officials of the two countries met": of the two the text named before
            label, taken = states
            label = _lowered_opening(ctx, match, label)
        elif whose is not None:
            # "Morocco and Algeria, whose foreign ministers met": the ministers of those states
            label, taken = f"{label} of {whose[0]}", whose[1]
        if held:
            name = f"{held[:1].upper()}{held[1:]} of the {_lowered_opening(ctx, match, label)}"
            end = match.end()
        elif tail is not None:
            what = tail.group("what")
            name = f"{what[:1].upper()}{what[1:]} of the {label}"
            end = tail.end()
            own = _own_series(ctx, match, what) if tail.group("own") else None
            name = own or name
        else:
            # "SICA leaders meet": a gathering of leaders is a summit
            head = "Summit" if _LEADERS.search(label) else "Meeting"
            name = f"{head} of the {label}"
            end = match.end()
        tense = (match.group("tense") or "").lower()
        future = bool(tense) or is_future(ctx, match.start(), sentence)
        if verb.lower() in ("met", "gathered", "convened") and not tense:
            future = False
        participants = [
            m.actor_id
            for m in ctx.actors_in(match.start(), match.end("group"))
            if m.kind is not ActorKind.PERSON
        ] + taken
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="summit" if "summit" in name.lower() else "other",
            name=name,
            start=match.start("group"),
            end=end,
            sentence=sentence.index,
            participants=list(dict.fromkeys(participants)),
            dateable=True,
            future=future,
            evidence=(match.start("group"), end),
        )
        place = ctx.place_at(match.end() + 4) if text.startswith(" in ", match.end()) else None
        if place is None and whose is not None and text.startswith(" in ", match.end()):
            # "Slovakia and Hungary, whose foreign ministers met in Komarno on 25 May": a town
            # the gazetteer lacks, told with its date
            place = _dated_town(ctx, match.end() + 4, sentence)
        if place is not None:
            candidate.location = place[0]
            if held:
                candidate.name = f"{name} in {place[0]}"
            elif tail is None and name.startswith("Summit ") and label.islower():
                # "your heads of state and government met in Reykjavík": the group names no
                # bloc, the place names the summit ("Summit in Reykjavík")
                candidate.name = f"Summit in {place[0]}"
            elif tail is None:
                candidate.name = f"{name} in {place[0]}"  # "... foreign ministers in Muscat"
            elif match.group("group").endswith(")"):
                # "Heads of state of the X (ACR) meet in Bata ... for their ordinary summit":
                # the long name of the body tells less than the place that other reports use
                candidate.name = f"{name} in {place[0]}"
        where = _IN_PLACE.match(text, match.end())
        body = _body_meeting(ctx, label, where.group(1)) if where is not None else None
        if venue is not None:
            # "The presidents of Chile and Peru met on the sidelines of the APEC summit": the
            # two states' own meeting, part of the summit
            candidate.name = f"Meeting of the {label} at the {venue.name}"
            candidate.form = "bilateral-meeting" if len(candidate.participants) == 2 else "other"
            candidate.host, candidate.relation, candidate.inherit = (
                venue,
                LinkRelation.PART_OF,
                True,
            )
        elif body is not None and tail is None and not held:
            # "the Arctic Council meets in Iqaluit ... Arctic foreign ministers gather in
            # Iqaluit on Wednesday": the body's meeting, named as it was.
            candidate.name, candidate.form = body.name, body.form
        if venue is None:
            _date_of_venue_day(ctx, candidate, match.end(), sentence)
        made.append(ctx.add(candidate))
    return made


# "met on the sidelines of yesterday's meeting": a meeting beside one dated by a possessive.
_SIDELINES_DAY: Final = re.compile(
    r"\s+on\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+(?=[\w-]{3,20}[’']s\s)"
)


def _date_of_venue_day(ctx: Context, candidate: Candidate, end: int, sentence: Sentence) -> None:
    """Date a group's meeting "on the sidelines of yesterday's meeting" by that day (the
    possessive dates the meeting beside which the group met, and so the group's)."""
    beside = _SIDELINES_DAY.match(ctx.text, end, sentence.end)
    if beside is None:
        return
    for mention in ctx.temporal_starting(beside.end(), beside.end() + 1):
        if isinstance(mention.value, DateSpan) and mention.timex_type == "DATE":
            candidate.when, candidate.date_text = mention.value, mention.text
            candidate.dateable = False
            return


# "officials of the two countries", "the ministers of the three states": a group of states
# the text named before, whose number it gives.
_THE_STATES: Final = re.compile(
    r"\b(?P<of>of|from)\s+the\s+(?P<count>two|three|four)\s+(?:countries|states|nations"
    r"|governments)$"
)
_COUNTS: Final = {"two": 2, "three": 3, "four": 4}
# How far back the states of "the two countries" are looked for (characters).
_STATES_REACH: Final = 2000


def _states_taken_up(
    ctx: Context, match: re.Match[str], label: str
) -> tuple[str, list[str]] | None:
    """ "Senior officials of the two countries": the label with the states that the text
    named last before the group ("of Egypt and Jordan"), and their ids: the last states of
    that count joined by "and" or commas ("Egypt and Jordan ... Qatar welcomed it": Egypt and
    Jordan), else the last distinct ones; None when the label counts no states or fewer
    states than it counts were named."""
    told = _THE_STATES.search(label)
    if told is None:
        return None
    count = _COUNTS[told.group("count")]
    start = match.start("group")
    countries = ctx.actors_in(max(0, start - _STATES_REACH), start, (ActorKind.COUNTRY,))
    ordered = _last_joined(ctx, countries, count)
    if ordered is None:
        found: dict[str, ActorMentionLike] = {}
        for mention in reversed(countries):
            if mention.actor_id not in found:
                found[mention.actor_id] = mention
            if len(found) == count:
                break
        if len(found) < count:
            return None
        ordered = sorted(found.values(), key=lambda m: m.start)
    entries = [ctx.country(m.text) for m in ordered]
    names = [e.name if e is not None else m.text for e, m in zip(entries, ordered, strict=True)]
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return f"{label[: told.start()]}{told.group('of')} {joined}", [m.actor_id for m in ordered]


_WHOSE: Final = re.compile(r"\s*,\s+whose\s+$")
_JOINED_STATES: Final = re.compile(r"\s*(?:,|,?\s+and|&)\s+")


def _last_joined(
    ctx: Context, countries: list[ActorMentionLike], count: int
) -> list[ActorMentionLike] | None:
    """The last run of exactly ``count`` distinct states joined by "and" or commas among
    ``countries`` (in text order), or None."""
    end = len(countries)
    while end > 0:
        run = _joined_run(ctx, countries, end)
        if len(run) == count and len({m.actor_id for m in run}) == count:
            return run
        end -= len(run)
    return None


def _joined_run(
    ctx: Context, countries: list[ActorMentionLike], end: int
) -> list[ActorMentionLike]:
    """The states joined by "and" or commas that end with ``countries[end - 1]``."""
    first = end - 1
    while first > 0 and _JOINED_STATES.fullmatch(
        ctx.text, countries[first - 1].end, countries[first].start
    ):
        first -= 1
    return countries[first:end]


def _whose_states(ctx: Context, sentence: Sentence, start: int) -> tuple[str, list[str]] | None:
    """ "Morocco and Algeria, whose foreign ministers": the two or more states joined right
    before ", whose" (as written, and their ids), or None."""
    whose = _WHOSE.search(ctx.text, max(sentence.start, start - 12), start)
    if whose is None:
        return None
    countries = ctx.actors_in(
        max(sentence.start, whose.start() - 160), whose.start(), (ActorKind.COUNTRY,)
    )
    if not countries or countries[-1].end != whose.start():
        return None
    joined = _joined_run(ctx, countries, len(countries))
    ids = list(dict.fromkeys(m.actor_id for m in joined))
    if len(ids) < 2:
        return None
    return ctx.text[joined[0].start : joined[-1].end], ids


# Words of a meeting of a series ("their next meeting"), which the series' readers name.
_SERIES_WORDS: Final = frozenset(
    {"next", "following", "previous", "last", "latest", "upcoming", "first", "second", "third"}
)
_IN_PLACE: Final = re.compile(r" in ([A-Z][\w’'-]{1,30})\b")


def _lowered_opening(ctx: Context, match: re.Match[str], label: str) -> str:
    """The group as a name writes it: "Foreign ministers" opening a sentence is "foreign
    ministers"; a name ("ASEAN foreign ministers", "Nordic ministers") keeps its capital."""
    first = label.split(" ", 1)[0]
    if first.isupper() or first in _REGIONS or ctx.actors_in(match.start("group"), match.end()):
        return label
    return label[:1].lower() + label[1:]


# A group of leaders, whose gathering is a summit: "the Gulf leaders", "heads of state".
_LEADERS: Final = re.compile(
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|premiers)\b",
    re.IGNORECASE,
)
_UNNAMED_FROM: Final = re.compile(r"\s+from\s+(?:the\s+)?(?:[a-z]{1,20}\s+){0,3}[a-z]{1,20}$")


def _short_name(ctx: Context, body: ActorMentionLike) -> str:
    """How a summit's name calls an organisation: its acronym when the gazetteer knows one
    and the text writes it ("BIMSTEC"), else the name as written (a text that writes only
    "the Union for the Mediterranean" names its summits so, not by an acronym it never uses)."""
    entry = ctx.organization(body.text)
    if entry is None or not entry.acronym:
        return body.text
    if entry.acronym == body.text or _writes(ctx.text, entry.acronym):
        return entry.acronym
    return body.text


@functools.lru_cache(maxsize=32)
def _writes(text: str, acronym: str) -> bool:
    """Whether ``text`` writes ``acronym`` as a word (looked up once per text and acronym)."""
    return re.search(rf"\b{re.escape(acronym)}\b", text) is not None


def _own_series(ctx: Context, match: re.Match[str], what: str) -> str | None:
    """ "the leaders of the seven BIMSTEC countries gather ... for the grouping's ninth
    summit": the meeting of the organisation named in the group, "Ninth BIMSTEC summit"."""
    bodies = [
        m
        for m in ctx.actors_in(match.start("group"), match.end("group"))
        if m.kind is ActorKind.ORGANIZATION
    ]
    if not bodies:
        return None
    short = _short_name(ctx, bodies[-1])
    first, _, head = what.rpartition(" ")
    if not first:
        return f"{short} {head}"
    return f"{first[:1].upper()}{first[1:]} {short} {head}"


def _body_meeting(ctx: Context, label: str, place: str) -> Candidate | None:
    """A meeting in ``place`` of a body named by the region word of a group ("Arctic")."""
    region = label.split(None, 1)[0]
    if region not in _REGIONS:
        return None
    prefix = f"Meeting of the {region} "
    for candidate in ctx.candidates:
        if (
            candidate.kind is EventKind.MEETING
            and candidate.name.startswith(prefix)
            and candidate.name.rsplit(None, 1)[-1].lower() in ctx.cues.body_heads
            and (
                candidate.location == place
                or f" in {place}" in ctx.text[candidate.end : candidate.end + 40]
            )
        ):
            return candidate
    return None


# "the summit in Kananaskis", "the next leaders' summit in Rio de Janeiro", "at their
# summit in Rabat" (a group's own), "at the summit held in Arusha".
_PLACE_SUMMIT: Final = re.compile(
    r"\b(?:the|a|an|its|their"
    # a date in the possessive: "last week's summit in Accra", "Tuesday's summit in Lima"
    r"|(?i:(?:last|next|this)\s+(?:week|month|year)|yesterday|today|tomorrow)[’']s"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[’']s"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)[’']s)"
    r"\s+(?:(?:next|upcoming|last|previous|annual|leaders[’']|regional)\s+){0,2}"
    r"(?P<noun>summit|Summit(?=\s+held\s))\s+(?:held\s+)?in\s+"
)


# Who holds "their summit": leaders, states or members told before it in the sentence.
_SUMMIT_GROUP: Final = re.compile(
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|premiers"
    r"|countries|states|nations|members|governments|partners)\b",
    re.IGNORECASE,
)


# How far back a summit held in the same place is looked for (characters).
_ANTECEDENT_REACH: Final = 3000


_YEAR_IN: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _own_year(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence dates what it tells with a year of its own ("- 6 December 2024:
    at the summit in Montevideo"): then a summit told there is not the one named before."""
    return any(
        _YEAR_IN.search(m.text) is not None
        for m in ctx.temporal_overlapping(sentence.start, sentence.end)
    )


# A town the gazetteer lacks, then a date: "in Foz do Iguaçu on 6 December", "in Recife in
# May" (its words capitalised but for one particle; "in Rio" alone, without a date, is none).
_TOWN: Final = re.compile(
    r"[A-Z][^\W\d_]{2,30}(?:\s(?:do|da|de|del|di|dos|das|es)\s[A-Z][^\W\d_]{2,30}"
    r"|[ -][A-Z][^\W\d_]{2,30})?(?=\s+(?:on|from|in)\b)"
)


# "Kananaskis, Canada, in June": a town the gazetteer lacks, its country, then the date.
_TOWN_OF_COUNTRY: Final = re.compile(
    r"(?P<town>[A-Z][^\W\d_]{2,30}(?:[ -][A-Z][^\W\d_]{2,30})?),[ \t]+(?=[A-Z])"
)
_COUNTRY_THEN_DATE: Final = re.compile(r",?[ \t]+(?:on|in|from)[ \t]+")


def _dated_town(ctx: Context, at: int, sentence: Sentence) -> tuple[str, int, int, None] | None:
    """ "Foz do Iguaçu" at ``at`` when a date follows it, or its country and then a date
    ("Kananaskis, Canada, in June"): (name, start, end, no id)."""
    town = _TOWN.match(ctx.text, at, sentence.end)
    if town is not None and ctx.temporal_starting(town.end() + 1, town.end() + 5):
        return town.group(), town.start(), town.end(), None
    named = _TOWN_OF_COUNTRY.match(ctx.text, at, sentence.end)
    if named is None:
        return None
    country = ctx.place_at(named.end())
    if country is None or ctx.place_at(named.start()) is not None:
        return None
    gap = _COUNTRY_THEN_DATE.match(ctx.text, country[2], sentence.end)
    if gap is None or country[3] is None:
        return None
    if not any(m.timex_type == "DATE" for m in ctx.temporal_starting(gap.end(), gap.end() + 1)):
        return None
    return named.group("town"), named.start(), named.end("town"), None


def _bare_head(ctx: Context, match: re.Match[str]) -> bool:
    """Whether the only mention at the match's noun is the bare capitalised head ("at the
    Summit held in Foz do Iguaçu": "Summit", a name too bare to keep), which the place names."""
    at = match.start("noun")
    covering = [c for c in ctx.starting(at - 1, at + 1) if c.end > at]
    return bool(covering) and all(
        c.name == "Summit" and c.end == match.end("noun") for c in covering
    )


@reads_where("summit in", "summit held in")
def read_place_summits(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "the summit in P": a summit named by its place, unless one held there is known.

    The body whose summit it is comes from an organisation named just before ("the G7
    leaders at the summit in P", "the presidency of the Group of 20 ... the next leaders'
    summit in P").

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "Leaders met at the summit in Lima."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> [c.name for c in read_place_summits(ctx, ctx.sentences[0])]
        ['Summit in Lima']
    """
    made: list[Candidate] = []
    told = ctx.sentence_lower(sentence)
    if "summit in" not in told and "summit held in" not in told:
        return made
    for match in ctx.scan(_PLACE_SUMMIT, sentence):
        if ctx.covers(match.start("noun")) and not _bare_head(ctx, match):
            continue
        if (
            match.group().startswith("their")
            and _SUMMIT_GROUP.search(ctx.text, sentence.start, match.start()) is None
        ):
            continue  # "the climbers reached their summit in Nepal": no group that meets
        if match.group().startswith("their") and not ctx.temporal_overlapping(
            match.end(), sentence.end
        ):
            # "their summit" is told with its date after it ("at their summit in Doha on
            # Tuesday"); "Shares rose on Friday after the leaders signed a pact at their
            # summit in Doha" dates the news, not the summit, which stays unread
            continue
        place = ctx.place_at(match.end()) or _dated_town(ctx, match.end(), sentence)
        if place is None:
            continue
        name, _, place_end, place_id = place
        lowered = name.lower()
        if not _own_year(ctx, sentence) and any(
            c.kind is EventKind.MEETING
            and (c.named or c.form == "summit")
            and (c.location == name or lowered in c.name.lower())
            for c in ctx.starting(max(0, match.start() - _ANTECEDENT_REACH), match.start())
        ):
            continue  # "the XV BRICS Summit in P ... the summit in P": that summit
        bodies = [
            m
            for m in ctx.actors_in(max(sentence.start, match.start() - 90), match.start())
            if m.kind is ActorKind.ORGANIZATION
        ]
        label = "Summit"
        if bodies:
            short = _short_name(ctx, bodies[-1])
            label = f"{short} summit"
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="summit",
            name=f"{label} in {name}",
            start=match.start(),
            end=place_end,
            sentence=sentence.index,
            participants=[m.actor_id for m in bodies[-1:]]
            + ([place_id] if place_id is not None else []),
            location=name,
            dateable=True,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start(), place_end),
        )
        made.append(ctx.add(candidate))
    return made


# "The deal was struck at talks in Geneva on Tuesday", "after two days of negotiations in
# Doha": talks named by their place, when a date in the sentence says when they were held.
_PLACE_TALKS: Final = re.compile(
    r"\b(?i:at|during|after|following|since)\s+(?:the\s+|a\s+|two\s+days\s+of\s+|three\s+days\s+of\s+)?"
    r"(?:(?:new|fresh|further|direct|bilateral|indirect|(?P<topic>peace|trade|border))\s+)?"
    r"(?P<noun>talks|negotiations|consultations)\s+in\s+(?=[A-Z])"
)


@reads_where("talks", "negotiations", "consult")
def read_place_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Talks named by their place and dated in their sentence ("at talks in Geneva on
    Tuesday"): a meeting held there, of the parties the sentence does not say.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> from diplotimeline.time import PartialDate
        >>> text = "The deal was struck at talks in Geneva on Tuesday."
        >>> document = Document(id="d", text=text, published=PartialDate(2041, 5, 10))
        >>> [(e.name, e.when.format_iso()) for e in extract(document).events]
        [('Talks in Geneva', '2041-05-07')]
    """
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if " in " not in lowered or not any(n in lowered for n in ("talks", "negotiations", "consult")):
        return made
    for match in ctx.scan(_PLACE_TALKS, sentence):
        if ctx.covers(match.start("noun")):
            continue
        place = ctx.place_at(match.end())
        if place is None or not ctx.temporal_overlapping(sentence.start, sentence.end):
            continue
        name, _, place_end, place_id = place
        noun = match.group("noun").lower()
        if match.group("topic"):  # "the border talks in Kathmandu": what they were about
            noun = f"{match.group('topic').lower()} {noun}"
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.MEETING,
                    form="other",
                    name=f"{noun.capitalize()} in {name}",
                    start=match.start("noun"),
                    end=place_end,
                    sentence=sentence.index,
                    participants=[place_id] if place_id is not None else [],
                    location=name,
                    dateable=True,
                    future=is_future(ctx, match.start(), sentence),
                    evidence=(match.start("noun"), place_end),
                )
            )
        )
    return made


_ORDINALS: Final = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th)"
)
# A sentence opened by an ordinal of a series told before: "The fifth, held in Colombo on
# 30 March 2022, ...", "Its fourth summit, in Kathmandu on 30-31 August 2018, ...".
_ORDINAL_OPENING: Final = re.compile(
    r"\s*(?:The|Its|Their)\s+(?P<ordinal>(?i:" + _ORDINALS + r"))(?P<noun>\s+summit)?\s*,\s+"
    r"(?:(?:which\s+was\s+|was\s+)?held\s+)?(?:in|at)\s+(?=[A-Z])"
)
# Inside a sentence, the body's own summit by its ordinal and place: "adopted its current name
# at its eighth summit, held in Istanbul on 12 November 2021", "at their 12th summit in Accra".
_OWN_ORDINAL: Final = re.compile(
    r"\b(?:its|their)\s+(?P<ordinal>(?i:" + _ORDINALS + r"))(?P<noun>\s+summit)(?:\s*,)?\s+"
    r"(?:(?:which\s+was\s+|was\s+)?held\s+)?(?:in|at)\s+(?=[A-Z])"
)
# The series: "summits" or an ordinal summit in the sentences just before.
_SERIES: Final = re.compile(r"(?i:summits\b|(?:" + _ORDINALS + r")\s+(?:[\w-]{1,20}\s+)?summit\b)")
# How far back the series and its body are looked for (characters).
_SERIES_REACH: Final = 600


def read_ordinal_summits(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read "The fifth, held in Colombo on 30 March 2022, ...": a summit of a series told
    just before, named by its ordinal and the organisation named last before it.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "ASEAN has held many summits. The fifth, held in Bali in 2011, was short."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Fifth ASEAN summit']
    """
    made: list[Candidate] = []
    match = _ORDINAL_OPENING.match(ctx.text, sentence.start, sentence.end)
    if match is None:
        if ctx.may_hold(sentence, "summit"):
            match = _OWN_ORDINAL.search(ctx.text, sentence.start, sentence.end)
        if match is None:
            return made
    low = max(0, match.start() - _SERIES_REACH)
    if match.group("noun") is None and _SERIES.search(ctx.text, low, match.start()) is None:
        return made
    place = ctx.place_at(match.end())
    if place is None:
        return made
    bodies = [m for m in ctx.actors_in(low, match.start()) if m.kind is ActorKind.ORGANIZATION]
    if not bodies:
        return made
    if match.re is _OWN_ORDINAL:
        bodies.append(_topic_body(ctx, bodies))
    short = _short_name(ctx, bodies[-1])
    ordinal = match.group("ordinal")
    name = f"{ordinal[:1].upper()}{ordinal[1:].lower()} {short} summit"
    place_name, _, place_end, place_id = place
    for old in ctx.starting(match.start(), place_end):
        if old.kind is EventKind.MEETING:
            # "Its fourth summit" already read as the body's summit: give it its ordinal.
            old.name, old.form, old.dateable = name, "summit", True
            old.location = old.location or place_name
            return made
    candidate = Candidate(
        kind=EventKind.MEETING,
        form="summit",
        name=name,
        start=match.start("ordinal"),
        end=place_end,
        sentence=sentence.index,
        participants=[bodies[-1].actor_id] + ([place_id] if place_id is not None else []),
        location=place_name,
        dateable=True,
        future=is_future(ctx, match.start(), sentence),
        evidence=(match.start("ordinal"), place_end),
    )
    made.append(ctx.add(candidate))
    return made


def _topic_body(ctx: Context, bodies: list[ActorMentionLike]) -> ActorMentionLike:
    """Of the organisations named before "its eighth summit", the one the text names most
    often (the body it is about, which "its" takes up; ties: the last named), not one named
    in passing ("the agreement that established the Cooperation Council")."""
    counts: dict[str, int] = {}
    for mention in ctx.actors:
        if mention.kind is ActorKind.ORGANIZATION:
            counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    best = bodies[-1]
    for body in reversed(bodies):
        if counts.get(body.actor_id, 0) > counts.get(best.actor_id, 0):
            best = body
    return best


# "the meeting of their Foreign Ministers", "the meeting of the three countries' Ministers of
# Foreign Affairs", "Forum Foreign Ministers for their preparatory meeting": a group's meeting.
_MINISTERS: Final = (
    r"(?:[A-Z][\w-]{1,20}\s+){0,2}?(?:Foreign\s+Ministers|Ministers\s+of\s+Foreign\s+Affairs"
    r"|Defen[cs]e\s+Ministers|Ministers\s+of\s+Defen[cs]e|Heads\s+of\s+State"
    r"(?:\s+and\s+Government)?|Heads\s+of\s+Government|Leaders)\b"
)
_MEETING_OF_GROUP: Final = re.compile(
    r"\b(?i:the|a)\s+(?:(?i:first|second|third|preparatory|joint|last|previous)\s+)?"
    r"(?i:meeting)\s+of\s+(?P<group>(?i:their|the)\s+(?:(?i:[a-z]{3,12}\s+)?[a-z]{3,12}[’']s?\s+)?"
    + _MINISTERS
    + r")"
)
# "the forthcoming meeting of the Nordic and Baltic foreign ministers in Tallinn", "the meeting
# of Arab central bank governors in Tunis": a group in lower case, named by a capitalised
# region, bloc or people, and the place the meeting is held in (without it, no meeting).
_MEETING_OF_NAMED_GROUP: Final = re.compile(
    r"\b(?i:the|a)\s+(?:(?i:forthcoming|upcoming|next|first|annual|informal|special"
    r"|extraordinary|joint)\s+)?(?i:meeting)\s+of\s+"
    r"(?P<group>(?:the\s+)?[A-Z][\w-]{1,20}(?:\s+and\s+[A-Z][\w-]{1,20})?\s+"
    r"(?:[a-z]{3,12}\s+){0,2}(?:ministers|leaders|governors|officials))(?=\s+in\s+[A-Z])"
)
# "a meeting of the foreign ministers of Armenia and Azerbaijan", "the summit of the leaders of
# Chile, Peru and Colombia": office-holders of named states or bodies, who are its parties.
_MEETING_OF_HOLDERS: Final = re.compile(
    r"\b(?i:the|a)\s+(?:(?i:forthcoming|upcoming|planned|next|first|annual|informal|special"
    r"|extraordinary|joint|trilateral|bilateral)\s+)?(?i:meeting|summit)\s+of\s+"
    r"(?P<group>(?i:the)\s+(?:(?i:[a-z]{3,12})\s+)?(?i:ministers|leaders|presidents"
    r"|prime\s+ministers|heads\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?"
    r"[A-Z][\w-]{1,20}(?:\s+[A-Z][\w-]{1,20})?"
    r"(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Z][\w-]{1,20}(?:\s+[A-Z][\w-]{1,20})?){1,3})"
)
_GROUP_FOR_MEETING: Final = re.compile(
    r"\b(?P<group>(?:[A-Z][\w-]{1,20}\s+)?" + _MINISTERS + r")\s+for\s+their\s+"
    r"(?P<what>(?:(?:preparatory|annual|first|second|joint)\s+)?meeting)\b"
)
# Persons in apposition after the group: ", NAME, NAME and NAME,".
_APPOSITION: Final = re.compile(r"\s*,\s*")


@reads_where("eeting")
def read_group_meeting_nouns(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read a meeting noun whose participants are a group of office-holders, unnamed.

    "the meeting of their Foreign Ministers held in Bishkek on 31 May", "Forum Foreign
    Ministers for their preparatory meeting in Port Vila on 8 September". Persons named in
    apposition right after the group are its participants.

    Returns:
        The new meetings, none where another meeting already covers the noun.
    """
    made: list[Candidate] = []
    text = ctx.text
    if "eeting" not in text[sentence.start : sentence.end]:
        return made
    found = [(m, "Meeting", m.end("group")) for m in ctx.scan(_MEETING_OF_GROUP, sentence)]
    found += [(m, m.group("what"), m.end()) for m in ctx.scan(_GROUP_FOR_MEETING, sentence)]
    found += [
        (m, "Meeting", m.end("group"))
        for m in ctx.scan(_MEETING_OF_NAMED_GROUP, sentence)
        if not any(m.start() == f.start() for f, _, _ in found)
    ]
    found += [
        (m, "Meeting", m.end("group"))
        for m in ctx.scan(_MEETING_OF_HOLDERS, sentence)
        if not any(m.start() == f.start() for f, _, _ in found)
    ]
    for match, what, end in found:
        if ctx.covers(match.start()) or ctx.covers(end - 1):
            continue
        group = match.group("group")
        group = "the " + group.split(None, 1)[1] if group.lower().startswith("their ") else group
        if not group.lower().startswith("the "):
            group = "the " + group
        name = f"{what[:1].upper()}{what[1:]} of {group}"
        participants: list[str] = []
        if _APPOSITION.match(text, end) is not None:
            persons = ctx.actors_in(end, min(sentence.end, end + 160), (ActorKind.PERSON,))
            if persons and persons[0].start - end < 6:
                participants = [m.actor_id for m in persons[:6]]
        if not participants and match.re in (_MEETING_OF_NAMED_GROUP, _MEETING_OF_HOLDERS):
            # "the meeting of the ASEAN finance ministers in Hanoi": the bloc that meets
            participants = [
                m.actor_id
                for m in ctx.actors_in(match.start("group"), match.end("group"))
                if m.kind is not ActorKind.PERSON
            ]
        if match.re is _MEETING_OF_HOLDERS and not _of_states(ctx, match):
            continue  # "a meeting of the leaders of the Liberal Party and Labour": no states
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="summit"
            if _LEADERS.search(group)
            else ("ministerial-meeting" if "inisters" in group else "other"),
            name=name,
            start=match.start(),
            end=end,
            sentence=sentence.index,
            participants=list(dict.fromkeys(participants)),
            dateable=True,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start(), end),
        )
        where = _HELD_IN.match(text, end)
        place = ctx.place_at(where.end()) if where is not None else None
        if place is not None:
            candidate.location = place[0]
            candidate.name = f"{name} in {place[0]}"
        made.append(ctx.add(candidate))
    return made


_HELD_IN: Final = re.compile(r"\s+(?:held\s+)?in\s+")


def _of_states(ctx: Context, match: re.Match[str]) -> bool:
    """Whether the office-holders of a meeting serve two states or more."""
    states = ctx.actors_in(match.start("group"), match.end("group"), (ActorKind.COUNTRY,))
    return len({m.actor_id for m in states}) >= 2


# "official talks between the two Prime Ministers", "The two Presidents will hold talks":
# talks of the pair the article is about, named by their office only.
_PAIR: Final = r"(?P<pair>(?:Prime\s+Ministers|Presidents|Foreign\s+Ministers))"
_PAIR_TALKS: Final = re.compile(
    r"\b(?P<what>(?:(?i:official|formal|bilateral|high-level|first)\s+)?(?i:talks|meeting))"
    r"\s+between\s+(?i:the)\s+(?i:two)\s+" + _PAIR + r"\b"
    r"|\b(?i:the)\s+(?i:two)\s+" + _PAIR.replace("pair", "pair2") + r"\s+"
    r"(?P<tense>(?i:will\s+|are\s+to\s+)?)(?i:held|hold|had)\s+"
    r"(?P<what2>(?:(?i:official|formal|bilateral|first)\s+)?(?i:talks))\b"
)


@reads_where("two")
def read_pair_talks(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read talks of "the two Prime Ministers" (or Presidents...), named by their office.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "The two Presidents will hold official talks in Lima on 3 May."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Official talks between the two Presidents']
    """
    made: list[Candidate] = []
    if "two" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_PAIR_TALKS, sentence):
        what = match.group("what") or match.group("what2")
        pair = match.group("pair") or match.group("pair2")
        start = match.start("what") if match.group("what") else match.start("what2")
        name = f"{what[:1].upper()}{what[1:]} between the two {pair}"
        overlapping = [  # only those starting near: linear in a long sentence
            c
            for c in ctx.starting(max(sentence.start, match.start() - 300), match.end())
            if c.kind is EventKind.MEETING and c.end > match.start()
        ]
        bare = [c for c in overlapping if c.name.lower() == what.lower()]
        if bare:
            bare[0].name = name  # "Official talks between ..." read as the bare "Official talks"
            continue
        if ctx.covers(start) or overlapping:
            continue  # "the two leaders" already read as the pair's meeting
        future = bool(match.group("tense")) or is_future(ctx, match.start(), sentence)
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="bilateral-meeting",
            name=name,
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            dateable=True,
            future=future,
            evidence=(match.start(), match.end()),
        )
        made.append(ctx.add(candidate))
    return made


# "the Nordic prime ministers' summer meeting in Ilulissat", "the G20 finance ministers'
# meeting", "the EU foreign ministers' informal meeting": a meeting named, in lower case, by
# the group that holds it. The group's capitalised words (a region, an acronym) are kept.
_POSSESSIVE_MEETING: Final = re.compile(
    r"\b(?i:the|a|an|their|its|next|this\s+year[’']s|last\s+year[’']s)\s+"
    r"(?P<group>(?:" + _NOT_A_NAME + r"[A-Z][\w-]{0,20}\s+){0,2}"
    r"(?i:leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|presidents"
    r"|(?:[a-z]{3,12}\s+)?ministers|(?:senior\s+)?officials)[’'])\s+"
    r"(?P<what>(?:(?i:annual|summer|winter|spring|autumn|informal|regular|first|second"
    r"|next|joint|special|extraordinary)\s+){0,2}(?i:meeting|summit|retreat|session|gathering))\b"
    # a compound is no meeting: "the ministers' meeting room"
    r"(?!\s+(?i:rooms?|halls?|venues?|places?|points?|tables?|formats?|minutes|agendas?"
    r"|schedules?|notes|records?)\b)"
)


# A day right after a meeting noun: "the foreign ministers' meeting on Tuesday".
_ON_DAY: Final = re.compile(r"[ \t]+on[ \t]+(?=[A-Z0-9])")


def _dated_ministers(ctx: Context, match: re.Match[str], group: str) -> bool:
    """ "chaired the foreign ministers' meeting on Tuesday": a meeting of ministers or
    officials told with its day right after it, in a text that names an organisation (whose
    ministers they are); a leaders' summit so told is the summit the text named."""
    if not group.endswith(("ministers'", "ministers’", "officials'", "officials’")):
        return False
    on = _ON_DAY.match(ctx.text, match.end())
    if on is None or not any(
        m.timex_type == "DATE" for m in ctx.temporal_starting(on.end(), on.end() + 1)
    ):
        return False
    return any(m.kind is ActorKind.ORGANIZATION for m in ctx.actors_in(0, match.start()))


@reads_where("s' ", "s’ ")
def read_group_possessive_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read a meeting named by its group in the possessive, in lower case.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> text = "The Baltic prime ministers' autumn meeting will take place in Riga."
        >>> ctx = Context.build(text, document_id="d")
        >>> [c.name for c in read_group_possessive_meetings(ctx, ctx.sentences[0])]
        ["Baltic prime ministers' autumn meeting"]
    """
    made: list[Candidate] = []
    lowered = ctx.sentence_lower(sentence)
    if "s' " not in lowered and "s’ " not in lowered:
        return made
    for match in ctx.scan(_POSSESSIVE_MEETING, sentence):
        if ctx.covers(match.start("what")) or ctx.covers(match.end() - 1):
            continue
        group = " ".join(match.group("group").split())
        if (
            group.islower()
            and " " not in match.group("what").strip()
            and not _dated_ministers(ctx, match, group)
        ):
            continue  # "the leaders' summit": too little to tell which (a summit named before)
        name = f"{group} {match.group('what').lower()}"
        name = name[:1].upper() + name[1:]
        leaders = any(w in group.lower() for w in ("leaders", "heads", "prime", "presidents"))
        candidate = Candidate(
            kind=EventKind.MEETING,
            form="summit" if leaders else "ministerial-meeting",
            name=name,
            start=match.start("group"),
            end=match.end(),
            sentence=sentence.index,
            participants=[
                m.actor_id
                for m in ctx.actors_in(match.start("group"), match.end("group"))
                if m.kind is not ActorKind.PERSON
            ],
            dateable=True,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start("group"), match.end()),
        )
        where = _HELD_IN.match(ctx.text, match.end())
        place = ctx.place_at(where.end()) if where is not None else None
        if place is not None:
            candidate.location = place[0]
            candidate.name = f"{name} in {place[0]}"
        made.append(ctx.add(candidate))
    return made
