"""Meetings of groups and series told by their place and date, in ordinary news phrasing.

News reports the meetings of a body's ministers, leaders or sherpas in a handful of common
turns that name no meeting: a group that meets ("finance ministers, who meet in Lima on
April 17 and 18", "the ministers met in Cusco on Monday and Tuesday", "foreign ministers,
when they meet in Accra in the spring", "governors will meet again in Quito on 3 and 4
July", "ministers ended their two-day meeting in Bern on Friday"); a meeting of a series
told by "will be held", "took place" or "is planned for" ("The next ordinary summit will be
held in Luanda in the second half of 2071", "The first sherpa meeting of the year took
place in Puebla in February", "A third is planned for Tijuana in July", "The last summit, in
Dakar in May 2069, ended ..."); a host of the leaders ("which will host the leaders in Cairns
in November next year"); and a meeting named only by the place of its session ("agreed at
their Council of Ministers in Mindelo in March", "settled it at a meeting in Bata in June").

Every reading needs a place right after the verb or noun and a date right after the place:
"the ministers met in Cusco" or "the next summit will be held in Luanda" alone is too vague
to tell which meeting, and "meet the demand", "the meeting point" or "the summit of Mont
Blanc" hold no place-and-date at all. A group's or a series' meeting also needs an owner the
text names (a body or a state for a group, a body for a bare "the next summit"): "Foreign
ministers met in Paris on Monday" or "Prices rose. The next summit will be held in Quito in
2032" alone say whose meeting it is no more than a place does. And a named meeting of the
sentence ("met in Asunción on Monday for the 70th Mercosur Summit") is the one held there:
no "Summit in Asunción" replaces or doubles it.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract.gazetteer import load_gazetteer
    >>> text = "The ministers met in Lima."
    >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
    >>> read_group_meets(ctx, ctx.sentences[0])
    []
"""

from __future__ import annotations

import calendar
import re
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context, is_future
from diplotimeline.extract._event_groups import _short_name, _topic_body
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, EventKind
from diplotimeline.time import DateSpan, PartialDate

__all__ = [
    "place_summits",
    "read_body_meets",
    "read_group_meets",
    "read_place_ministerials",
    "read_series_meetings",
]

# A group of office-holders that meets as one: "finance ministers and central bank
# governors", "the presidents", "heads of state and government", "sherpas".
_GROUP: Final = (
    r"(?P<group>(?i:(?:(?!(?:the|their|its|our|and|who|when|that|these|those)\s)[a-z]{3,12}\s+)?ministers(?:\s+and\s+(?:central\s+bank\s+)?governors)?"
    r"|leaders|presidents|prime\s+ministers|sherpas|senior\s+officials"
    r"|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?))"
)
_TENSE: Final = (
    r"(?:(?P<tense>will|are\s+(?:due|set|expected|scheduled)\s+to|are\s+to|were\s+to)\s+)?"
)
# "finance ministers, who meet in", "foreign ministers when they meet in", "the ministers
# met in", "governors will meet again in", "ministers ended their two-day meeting in".
_GROUP_MEETS: Final = re.compile(
    # "leaders of the 28-nation Conference on ...": the body's size may stand before its name
    r"\b" + _GROUP + r"(?P<of>\s+of\s+the\s+(?:\d{1,3}-(?:nation|member|country|state)\s+)?"
    r"[A-Z][^,.;:()]{0,80}?(?:\s+\([A-Z][\w-]{1,12}\))?)?"
    r"(?:,?\s+(?:who|when\s+they)\s+|\s+(?:(?:also|then|first|had|have)\s+)?)" + _TENSE + r"(?:"
    r"(?P<verb>meet|met|gather|gathered)(?:\s+again)?"
    r"|(?P<ended>ended|closed|concluded|opened|began)\s+(?:their|a)\s+"
    r"(?:(?:two|three|four)-day\s+)?(?:meeting|session|talks|summit))"
    # "who met at Marlborough House in London": the venue, then the place
    r"(?:\s+at\s+(?P<venue>(?:the\s+)?[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30}){0,3}))?"
    r"\s+in\s+(?=[A-Z])"
)
_GROUP_SCREEN: Final = re.compile(
    r"(?:meet|met|gather|gathered|meeting|session|talks|summit)(?: again)? (?:in|at)(?: the)? [A-Z]"
)
_LEADERS: Final = re.compile(r"(?i:leaders|presidents|heads|prime)")

# Ordinals and modifiers of a meeting of a series.
_ORDINAL: Final = r"first|second|third|fourth|fifth|sixth|next|last|previous"
# "The next ordinary summit will be held in", "The first G20 sherpa meeting of the year took
# place in", "Australia's first sherpa meeting is planned for", "The last summit, in",
# "The first G20 leaders' summit, held in".
_SERIES: Final = re.compile(
    r"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir|whose|[A-Z][\w-]{1,20}[’']s)\s+"
    r"(?P<mods>(?:(?:"
    + _ORDINAL
    + r"|ordinary|extraordinary|leaders[’']|[A-Z][A-Za-z0-9]{1,15})\s+)"
    r"{1,3})(?P<noun>summit|sherpa\s+meeting|ministerial\s+meeting|ministerial)"
    r"(?:\s+of\s+the\s+year)?(?P<how>"
    r"\s+(?P<plan>(?:will|is\s+to|would)\s+be\s+held\s+in|(?:is|was)\s+(?:planned|scheduled|due)"
    r"\s+(?:for|in))|\s+(?:took\s+place|was\s+held)\s+in|,\s+(?:held\s+|planned\s+for\s+)?in"
    r"|,\s+planned\s+for)\s+(?=[A-Z])"
)
_SERIES_SCREEN: Final = re.compile(
    r"(?:summit|meeting|ministerial)(?: of the year)?(?: (?:will|is|was|took|would)|,)"
)
# "A third is planned for Monterrey in July": the next of the series just named.
_NTH: Final = re.compile(
    r"\b(?:A|The)\s+(?P<nth>second|third|fourth|fifth|sixth)\s+(?:one\s+)?"
    r"(?:(?P<plan>(?:is|was)\s+(?:planned|scheduled|due)\s+(?:for|in)|will\s+be\s+held\s+in)"
    r"|took\s+place\s+in|was\s+held\s+in)\s+(?=[A-Z])"
)
_SERIES_NOUN: Final = re.compile(
    r"(?P<what>(?:[A-Z][A-Z0-9]{1,8}\s+)?(?:sherpa\s+meeting|ministerial\s+meeting|summit))\b"
)
# "will host the group's foreign ministers in Yerevan in June", "will host our next
# Presidential Council in Quito in 2074", "will host the following summit in December".
# Or "will host leaders of the Andean Community in Lima on 4 May": the body's leaders.
_HOST: Final = re.compile(
    r"\b(?:will\s+host|hosts|hosted|hosting)\s+(?:(?:the|our|its|their|a|an)\s+"
    r"(?:(?:group|bloc|organi[sz]ation|union|community|alliance)[’']s\s+)?"
    r"(?:(?P<next>next|following)\s+)?(?=\w)|(?=leaders\s+of\s+the\s+[A-Z]))"
    r"(?P<what>leaders(?P<of>\s+of\s+the\s+[A-Z][^,.;:()]{0,80}?)?"
    # "will host a summit of West African leaders in Cotonou": the leaders of a region
    r"|summit(?:\s+of\s+(?:(?:[A-Z][\w-]{1,20}|regional|world)\s+){1,2}leaders)?"
    r"|(?:[a-z]{3,12}\s+)?ministers"
    r"|(?:(?:first|second|third)\s+)?(?:senior\s+officials[’']?|ministerial|sherpa)\s+meeting"
    r"|(?:[A-Z][\w-]{2,20}\s+){0,2}(?:Council|Summit|Meeting|Conference))\s+in\s+(?=[A-Z])"
)
# "Next stop: Asunción, where Paraguay will host the following summit in December".
_WHERE_HOST: Final = re.compile(
    r"(?P<place>[A-Z][^\W\d_]{2,30}(?:[ -][A-Z][^\W\d_]{2,30})?),\s+where\s+"
    r"(?:[A-Z][\w-]{1,30}\s+){1,3}(?:will\s+host|hosts|is\s+to\s+host)\s+the\s+"
    r"(?:next|following)\s+summit(?=\s+(?:in|on)\s)"
)
# "agreed at their Council of Ministers in Mindelo in March", "at a meeting in Bata in June".
_AT_SESSION: Final = re.compile(
    r"\bat\s+(?:a|an|their|its)\s+(?P<noun>(?:(?:extraordinary|special|emergency)\s+)?"
    r"(?:meeting|session|summit)|Council\s+of\s+Ministers)\s+in\s+(?=[A-Z])"
)
# "a programme that the organisation's foreign ministers approved at their meeting in P": the
# group of office-holders right before the act's verb, which is "their".
_APPROVING_GROUP: Final = re.compile(
    r"\b(?P<group>(?:(?!(?:which|that|whose|the|its|their|and|who)\s)[a-z]{3,12}\s+)?"
    r"(?:ministers|leaders))\s+(?:had\s+|have\s+)?(?:approved|endorsed|adopted|launched)\s+\Z"
)
# "first met at leaders' level in Washington on November 14 and 15, 2008".
_LEVEL: Final = re.compile(
    r"\bmet\s+at\s+(?P<level>leaders|ministerial)[’']?\s+level\s+in\s+(?=[A-Z])"
)
# Between the place and its date: "on", "in", or a part of the date the tagger leaves out
# ("in the first week of February": February).
_BEFORE_DATE: Final = re.compile(
    r"[ \t]*,?[ \t]+(?:on[ \t]+|in[ \t]+)?"
    r"(?:the[ \t]+(?P<week>first|second|third|fourth)[ \t]+week[ \t]+of[ \t]+)?"
)
_WEEKS: Final = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_TOWN: Final = re.compile(
    r"[A-Z][^\W\d_]{2,30}(?:\s(?:do|da|de|del|di|dos|das|es)\s[A-Z][^\W\d_]{2,30}"
    r"|[ -][A-Z][^\W\d_]{2,30})?(?=\s+(?:on|from|in|early|late)\b)"
)


def _place_then_date(
    ctx: Context, at: int, sentence: Sentence, *, towns: bool = True
) -> tuple[str, int, str | None] | None:
    """The place named at ``at`` and followed right away by a date: (name, end, id).

    With ``towns``, a capitalised town the gazetteer lacks counts as a place when a time
    word follows it.
    """
    place = ctx.place_at(at)
    if place is None:
        if not towns:
            return None
        town = _TOWN.match(ctx.text, at, sentence.end)
        if town is None:
            return None
        place = (town.group(), town.start(), town.end(), None)
    name, _, end, place_id = place
    gap = _BEFORE_DATE.match(ctx.text, end, sentence.end)
    if gap is None or not any(
        m.timex_type in ("DATE", "TIME") for m in ctx.temporal_starting(gap.end(), gap.end() + 1)
    ):
        return None  # no date ("every year" is a frequency, not a meeting's date)
    return name, end, place_id


def _has_body(ctx: Context, *, states: bool = True) -> bool:
    """Whether the document names an organisation (or, with ``states``, a country) whose
    group or series a bare "ministers met in P" or "the next summit" can be: "Foreign
    ministers met in Paris on Monday" in a text that names no body nor state is too vague."""
    kinds = (ActorKind.ORGANIZATION, ActorKind.COUNTRY) if states else (ActorKind.ORGANIZATION,)
    return any(m.kind in kinds for m in ctx.actors)


def _named_here(ctx: Context, sentence: Sentence, where: str) -> bool:
    """Whether a named meeting of ``sentence`` (a proper name or an ordinal: "the 70th
    Mercosur Summit", "the annual Pacific Islands Forum Leaders Meeting") may be the one held
    at ``where``: a group's or a series' reading would replace or double it."""
    return any(
        c.kind is EventKind.MEETING
        and (c.named or c.ordinal is not None)
        and (c.location is None or c.location == where)
        for c in ctx.in_sentence(sentence)
    )


def _read_at(ctx: Context, start: int, end: int) -> Candidate | None:
    """The meeting already read that overlaps ``[start, end)``, if any."""
    for candidate in ctx.starting(max(0, start - 300), end):
        if candidate.kind is EventKind.MEETING and candidate.end > start:
            return candidate
    return None


def _make(
    ctx: Context,
    sentence: Sentence,
    *,
    name: str,
    form: str,
    span: tuple[int, int],
    at: int,
    place: tuple[str, int, str | None],
    future: bool,
    participants: list[str],
) -> Candidate:
    """Record the meeting ``name`` held at ``place``."""
    where, _, place_id = place
    if place_id is not None:
        participants = [*participants, place_id]
    candidate = Candidate(
        kind=EventKind.MEETING,
        form=form,
        name=name,
        start=at,
        end=span[1],
        sentence=sentence.index,
        participants=list(dict.fromkeys(participants)),
        location=where,
        dateable=True,
        future=future,
        evidence=span,
    )
    _week_of_month(ctx, candidate, span[1])
    return ctx.add(candidate)


def _week_of_month(ctx: Context, candidate: Candidate, place_end: int) -> None:
    """ "in the first week of February": days 1 to 7 of the month the tagger gives."""
    gap = _BEFORE_DATE.match(ctx.text, place_end)
    if gap is None or gap.group("week") is None:
        return
    for mention in ctx.temporal_starting(gap.end(), gap.end() + 1):
        value = mention.value
        if not isinstance(value, DateSpan) or not value.is_single:
            return
        month = value.start
        if not isinstance(month, PartialDate) or month.month is None or month.day is not None:
            return
        last = calendar.monthrange(month.year, month.month)[1]
        week = gap.group("week")  # not "the last week of April", which the tagger dates
        first = 1 + 7 * _WEEKS[week]
        candidate.when = DateSpan(
            PartialDate(month.year, month.month, first),
            PartialDate(month.year, month.month, min(last, first + 6)),
        )
        candidate.date_text = ctx.text[gap.start("week") - 4 : mention.end]  # "the first ..."
        candidate.dateable = False
        return


@reads_where("meet", "met", "gather", "session", "talks", "summit")
def read_group_meets(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the meetings of a group that meets at a place and a date (see the module).

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> from diplotimeline.extract.actors import analyze_actors
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "Mercosur trade ministers, who meet in Lima on May 3, will discuss it."
        >>> actors = analyze_actors(text, document_id="d").mentions
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer(),
        ...                     temporal=tag(text), actors=actors)
        >>> [c.name for c in read_group_meets(ctx, ctx.sentences[0])]
        ['Meeting of the trade ministers in Lima']
    """
    made: list[Candidate] = []
    if _GROUP_SCREEN.search(ctx.text, sentence.start, sentence.end) is None:
        return made
    for match in ctx.scan(_GROUP_MEETS, sentence):
        if _read_at(ctx, match.start(), match.end()) is not None:
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None or _named_here(ctx, sentence, place[0]):
            continue
        if not _has_body(ctx):
            continue  # "Our ministers will meet in Oslo on 9 June": whose ministers?
        group = match.group("group")
        if match.group("venue") and _LEADERS.match(group):
            continue  # "The leaders met at the X Center in P": the summit its name tells
        label = group[:1].lower() + group[1:] if not group[1:2].isupper() else group
        of = match.group("of") or ""
        mentions = ctx.actors_in(match.start(), match.end(), (ActorKind.ORGANIZATION,))
        bodies = [m.actor_id for m in mentions]
        if _LEADERS.match(group):
            # "leaders of the X (ACR) meet in P": the acronym names the summit, as reports do
            entry = ctx.organization(mentions[0].text) if of and len(mentions) == 1 else None
            head = f"{entry.acronym} summit" if entry is not None and entry.acronym else "Summit"
            name, form = f"{head} in {place[0]}", "summit"
        else:
            venue = f" at {match.group('venue')}" if match.group("venue") else ""
            name = f"Meeting of the {label}{of}{venue} in {place[0]}"
            form = "ministerial-meeting"
        tense = match.group("tense")
        verb = (match.group("verb") or match.group("ended") or "").lower()
        future = bool(tense) or (
            verb not in ("met", "gathered", "ended", "closed", "concluded", "opened", "began")
            and is_future(ctx, match.start(), sentence)
        )
        candidate = _make(
            ctx,
            sentence,
            name=name,
            form=form,
            span=(match.start(), place[1]),
            at=match.start("verb") if match.group("verb") else match.start("ended"),
            place=place,
            future=future,
            participants=bodies,
        )
        if match.group("ended"):
            _own_date(ctx, candidate, place[1], sentence)
        made.append(candidate)
    return made


def _own_date(ctx: Context, candidate: Candidate, end: int, sentence: Sentence) -> None:
    """Date ``candidate`` by the date right after its place, and take it out of the sentence's
    share of dates: "leaders closed their summit in Bata yesterday with the fund approved"
    leaves the other dates of the sentence to what was approved."""
    gap = _BEFORE_DATE.match(ctx.text, end, sentence.end)
    if gap is None:
        return
    for mention in ctx.temporal_starting(gap.end(), gap.end() + 1):
        if isinstance(mention.value, DateSpan) and mention.timex_type == "DATE":
            candidate.when, candidate.date_text = mention.value, mention.text
            candidate.dateable = False
            return


def _series_owned(ctx: Context, match: re.Match[str]) -> bool:
    """Whether the series of ``match`` is someone's: a name among its words ("the first G7
    sherpa meeting"), a named owner ("Canada's", "the V4+2, whose"), or else an organisation
    the document names ("The next summit will be held in Quito in 2032" alone: of what?)."""
    det = match.group("det")
    if det == "whose" or (det[:1].isupper() and det.lower() not in ("the", "its", "their")):
        return True
    if any(w[:1].isupper() for w in match.group("mods").split()):
        return True
    return _has_body(ctx, states=False)


def _series_name(mods: str, noun: str, where: str) -> str:
    """ "First G20 sherpa meeting in Oaxaca" (no "last": the text's own, not the name's)."""
    words = [w for w in mods.split() if w.lower() not in ("last", "previous")]
    name = " ".join([*words, noun])
    return f"{name[:1].upper()}{name[1:]} in {where}"


# The words of each block of read_series_meetings: its screen's, the ordinals', "where",
# and the cues of the loop (the session's needed words for " in " and "at ", as its scan
# skips a sentence without them).
@reads_where(
    "meeting",
    "ministerial",
    "summit",
    " second ",
    " third ",
    " fourth ",
    ", where ",
    "host",
    "ministers",
    "session",
    " level in ",
)
def read_series_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the meetings of a series told by their place and date (see the module).

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> from diplotimeline.extract.actors import analyze_actors
        >>> from diplotimeline.extract.temporal import tag
        >>> text = ("Mercosur has five members. The next ordinary summit will be held in Lima"
        ...         " in May 2071.")
        >>> actors = analyze_actors(text, document_id="d").mentions
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer(),
        ...                     temporal=tag(text), actors=actors)
        >>> [c.name for c in read_series_meetings(ctx, ctx.sentences[1])]
        ['Next ordinary summit in Lima']
    """
    made: list[Candidate] = []
    text = ctx.text
    lower = ctx.sentence_lower(sentence)
    if not ctx.lacks_needed(_SERIES_SCREEN, sentence) and _SERIES_SCREEN.search(lower) is not None:
        for match in ctx.scan(_SERIES, sentence):
            place = _place_then_date(ctx, match.end(), sentence)
            if place is None:
                continue
            read = _read_at(ctx, match.start("mods"), match.end("noun"))
            if read is not None:
                # "the next Amazon summit, planned for Belém in 2071": the summit its name
                # gave is held at the place
                if read.location is None:
                    read.location = place[0]
                continue
            if _named_here(ctx, sentence, place[0]) or not _series_owned(ctx, match):
                continue
            noun = " ".join(match.group("noun").split())
            if noun == "ministerial":
                noun = "ministerial meeting"
            name = _series_name(match.group("mods"), noun, place[0])
            future = bool(match.group("plan")) or is_future(ctx, match.start(), sentence)
            if "took place" in match.group("how") or "held in" in match.group("how"):
                future = bool(match.group("plan"))
            made.append(
                _make(
                    ctx,
                    sentence,
                    name=name,
                    form="summit" if noun == "summit" else "ministerial-meeting",
                    span=(match.start("mods"), place[1]),
                    at=match.start("how"),
                    place=place,
                    future=future,
                    participants=[],
                )
            )
    if (" second " in lower or " third " in lower or " fourth " in lower) and (
        "planned" in lower or "held" in lower or "took place" in lower or "due" in lower
    ):
        for match in ctx.scan(_NTH, sentence):
            before = [*_SERIES_NOUN.finditer(text, max(0, match.start() - 400), match.start())]
            place = _place_then_date(ctx, match.end(), sentence)
            if not before or place is None:
                continue
            what = " ".join(before[-1].group("what").split())
            if not what[:1].isupper() and not _has_body(ctx, states=False):
                continue  # "A third is planned for P in July" after a summit of nobody told
            made.append(
                _make(
                    ctx,
                    sentence,
                    name=f"{match.group('nth').capitalize()} {what} in {place[0]}",
                    form="summit" if what.endswith("summit") else "ministerial-meeting",
                    span=(match.start("nth"), place[1]),
                    at=match.start("nth"),
                    place=place,
                    future=bool(match.group("plan")) or is_future(ctx, match.start(), sentence),
                    participants=[],
                )
            )
    if ", where " in lower and " host" in lower:
        for match in ctx.scan(_WHERE_HOST, sentence):
            found = ctx.place_at(match.start("place"))
            gap = _BEFORE_DATE.match(text, match.end(), sentence.end)
            if (
                found is None
                or found[2] != match.end("place")
                or gap is None
                or not any(
                    m.timex_type == "DATE" for m in ctx.temporal_starting(gap.end(), gap.end() + 1)
                )
                or _read_at(ctx, match.start("place"), match.end()) is not None
            ):
                continue
            made.append(
                _make(
                    ctx,
                    sentence,
                    name=f"Summit in {found[0]}",
                    form="summit",
                    span=(match.start("place"), match.end()),
                    at=match.end() - len("summit"),
                    place=(found[0], match.end(), found[3]),
                    future=True,
                    participants=[],
                )
            )
    for pattern, head, cue in (
        (_HOST, "Summit", "host"),
        (_AT_SESSION, "", " in "),
        (_LEVEL, "", " level in "),
    ):
        if cue not in lower or (pattern is _AT_SESSION and "at " not in lower):
            continue
        for match in ctx.scan(pattern, sentence):
            if _read_at(ctx, match.start(), match.end()) is not None:
                continue
            place = _place_then_date(ctx, match.end(), sentence)
            if place is None:
                continue
            owners: list[str] = []
            if pattern is _AT_SESSION:
                if any(
                    c.kind is not EventKind.MEETING
                    for c in ctx.starting(sentence.start, match.start())
                ):
                    # "the Fund, approved at their meeting in Bata in May and that will run
                    # to 2070": the session dates what it adopted, which the agreements read;
                    # a meeting of its own only when the text names the body whose group
                    # approved it ("which ministers approved at their meeting in P in June")
                    made.extend(_approving_meeting(ctx, sentence, match, place))
                    continue
                noun = " ".join(match.group("noun").split())
                head = noun[:1].upper() + noun[1:]
            elif pattern is _HOST:
                what = " ".join(match.group("what").split())
                if what.endswith("ministers"):
                    head = f"Meeting of the {what}"
                elif what.endswith("meeting"):
                    head = what[:1].upper() + what[1:]  # "First senior officials' meeting"
                elif what[:1].isupper():
                    head = f"{(match.group('next') or '').capitalize()} {what}".strip()
                elif match.group("of"):
                    # "will host leaders of the X (ACR) in P": the body's summit
                    bodies = ctx.actors_in(
                        match.start("of"), match.end(), (ActorKind.ORGANIZATION,)
                    )
                    entry = ctx.organization(bodies[0].text) if len(bodies) == 1 else None
                    short = entry.acronym if entry is not None and entry.acronym else None
                    short = short or (bodies[0].text if len(bodies) == 1 else None)
                    head = f"{short} summit" if short else "Summit"
                    owners = [m.actor_id for m in bodies[:1]]
                else:
                    head = "Summit"
            elif pattern is _LEVEL:
                head = (
                    "Leaders' summit"
                    if match.group("level") == "leaders"
                    else "Ministerial meeting"
                )
            made.append(
                _make(
                    ctx,
                    sentence,
                    name=f"{head} in {place[0]}",
                    form="summit" if "summit" in head.lower() else "ministerial-meeting",
                    span=(match.start(), place[1]),
                    at=match.start(),
                    place=place,
                    future=is_future(ctx, match.start(), sentence),
                    participants=owners,
                )
            )
    return made


def _approving_meeting(
    ctx: Context,
    sentence: Sentence,
    match: re.Match[str],
    place: tuple[str, int, str | None],
) -> list[Candidate]:
    """ "the X Programme, which ministers approved at their meeting in Apia in May": the
    meeting of the group of the body the text is about (the organisation it names most
    often before), named "Meeting of the <body> <group> in <place>"; none when the sentence
    gives no group right before the verb or the text names no organisation before it."""
    if match.group("noun") != "meeting":
        return []
    window = ctx.text[max(sentence.start, match.start() - 60) : match.start()]
    group = _APPROVING_GROUP.search(window)
    bodies = [m for m in ctx.actors if m.kind is ActorKind.ORGANIZATION and m.end <= match.start()]
    if group is None or not bodies:
        return []
    body = _topic_body(ctx, bodies)
    return [
        _make(
            ctx,
            sentence,
            name=f"Meeting of the {_short_name(ctx, body)} {group.group('group')} in {place[0]}",
            form="ministerial-meeting" if "ministers" in group.group("group") else "summit",
            span=(match.start(), place[1]),
            at=match.start(),
            # the body alone: the place's country is no party of the body's gathering
            place=(place[0], place[1], None),
            future=is_future(ctx, match.start(), sentence),
            participants=[body.actor_id],
        )
    ]


# "she will carry it to Dili this month, where the leaders of the X meet on 4 and 5 May".
_WHERE_GROUP: Final = re.compile(r"\b(?:to|in|at)\s+(?P<at>[A-Z])")
_ACRONYM: Final = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,12})\)$")
# "(ECCAS) in Malabo" right after a summit of a body: its acronym, then its place.
_ACRONYM_THEN_PLACE: Final = re.compile(
    r"[ \t]*\((?P<acronym>[A-Z][A-Za-z0-9-]{1,12})\)[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])"
)
_WHERE_AFTER: Final = re.compile(
    r"(?:\s+(?:this|next|that|last)\s+(?:month|week|year))?,\s+where\s+"
)


def place_summits(ctx: Context, sentence: Sentence) -> None:
    """Give a place to the summits of ``sentence`` that their name or a "where" tells.

    A summit named by its place only ("São Tomé summit") is held there; a summit of a group
    told after "to P, where" ("to Dili this month, where the leaders of the X meet on 4 and
    5 May") is held at P; a summit of a body whose acronym and place follow it ("the summit
    of the X (ACR) in P") is held at P and named so. Only summits without a place gain one.
    """
    found = [
        c
        for c in ctx.in_sentence(sentence)
        if c.kind is EventKind.MEETING and c.form == "summit" and c.location is None
    ]
    if not found:
        return
    text = ctx.text
    for candidate in found:
        bracketed = _ACRONYM_THEN_PLACE.match(text, candidate.end, sentence.end)
        if bracketed is None or not candidate.name.startswith("Summit of the "):
            continue
        place = ctx.place_at(bracketed.end())
        if place is not None:
            # "last month's summit of the Economic Community of Central African States
            # (ECCAS) in Malabo": held there, and named as the text names it
            candidate.location = place[0]
            candidate.name = f"{candidate.name} ({bracketed.group('acronym')}) in {place[0]}"
    found = [c for c in found if c.location is None]
    if ", where " not in text[sentence.start : sentence.end] or not found:
        return
    for match in ctx.scan(_WHERE_GROUP, sentence):
        place = ctx.place_at(match.start("at"))
        if place is None:
            continue
        where = _WHERE_AFTER.match(text, place[2], sentence.end)
        if where is None:
            continue
        for candidate in found:
            if candidate.location is None and where.end() <= candidate.start <= where.end() + 120:
                candidate.location = place[0]
                if candidate.name.startswith("Summit of the "):
                    # "Summit of the leaders of the X (ACR)": the place names it better, as
                    # the reports of the summit do ("ACR summit in P")
                    acronym = _ACRONYM.search(candidate.name)
                    head = f"{acronym.group(1)} summit" if acronym else "Summit"
                    candidate.name = f"{head} in {place[0]}"


# "the Cameroon-Chad joint commission, which has not met since 2058, will meet in Garoua in
# the first week of March", "the joint committee met in Tema on 4 May": a standing body of
# two or more states, in lower case, that meets at a place and a date.
_BODY_MEETS: Final = re.compile(
    r"\b(?i:the|its|their)\s+(?P<body>(?:[A-Z][\w’'-]{1,30}-[A-Z][\w’'-]{1,30}\s+)?"
    r"(?i:joint|bilateral|binational|intergovernmental|mixed|permanent)\s+"
    r"(?i:commission|committee|council|working\s+group|task\s+force))"
    r"(?:\s*,\s*(?:which|that)\s+[^,;.()]{1,80},)?\s+"
    r"(?:(?P<tense>will|is\s+to|is\s+due\s+to|is\s+set\s+to|would)\s+meet|(?P<past>met))"
    r"(?:\s+again)?\s+in\s+(?=[A-Z])"
)


@reads_where(" met ", " meet ")
def read_body_meets(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the meetings of a standing body of states, in lower case, at a place and a date.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> from diplotimeline.extract.temporal import tag
        >>> text = "The Ghana-Togo joint commission will meet in Lomé on 4 May."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer(),
        ...                     temporal=tag(text))
        >>> [c.name for c in read_body_meets(ctx, ctx.sentences[0])]
        ['Meeting of the Ghana-Togo joint commission in Lomé']
    """
    made: list[Candidate] = []
    lower = ctx.sentence_lower(sentence)
    if " met " not in lower and " meet " not in lower:
        return made
    for match in ctx.scan(_BODY_MEETS, sentence):
        if _read_at(ctx, match.start("body"), match.end()) is not None:
            continue
        place = _place_then_date(ctx, match.end(), sentence)
        if place is None:
            continue
        body = " ".join(match.group("body").split())
        countries = [
            m.actor_id
            for m in ctx.actors_in(match.start(), match.end("body"), (ActorKind.COUNTRY,))
        ]
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Meeting of the {body} in {place[0]}",
                form="other",
                span=(match.start("body"), place[1]),
                at=match.start("tense") if match.group("tense") else match.start("past"),
                place=place,
                future=bool(match.group("tense")),
                participants=countries,
            )
        )
    return made


# "agreed in principle at a ministerial meeting in Port Louis in 1982", "during the annual
# ministerial meeting held in Apia on 4 May".
_PLACE_MINISTERIAL: Final = re.compile(
    r"\b(?i:at|during|after|following|before)[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?:(?:first|last|next|previous|annual|extraordinary|special|informal|regional)[ \t]+){0,2}"
    r"(?P<noun>ministerial[ \t]+meeting)[ \t]+(?:held[ \t]+)?in[ \t]+(?=[A-Z])"
)


@reads_where("ministerial meeting")
def read_place_ministerials(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Ministerial meetings named by their place (one the gazetteer knows) and dated right
    after it; "a ministerial meeting in Apia" without a date is left alone.

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> text = "Ministers will discuss it at a ministerial meeting in Lima."
        >>> ctx = Context.build(text, document_id="d", gazetteer=load_gazetteer())
        >>> read_place_ministerials(ctx, ctx.sentences[0])
        []
    """
    made: list[Candidate] = []
    if "ministerial meeting" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_PLACE_MINISTERIAL, sentence):
        if ctx.covers(match.start("noun")):
            continue
        place = _place_then_date(ctx, match.end(), sentence, towns=False)
        if place is None:
            continue  # no date right after the place: too vague to tell which meeting
        made.append(
            _make(
                ctx,
                sentence,
                name=f"Ministerial meeting in {place[0]}",
                form="ministerial-meeting",
                span=(match.start("noun"), place[1]),
                at=match.start("noun"),
                place=place,
                future=is_future(ctx, match.start(), sentence),
                participants=[],
            )
        )
    return made
