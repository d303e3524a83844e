"""Initiative frames: launches, "a programme called ...", lists of examples, periods.

Named initiatives ("the Andean Water Security Fund (AWSF)", "the Blue Ocean
initiative", "Action Plan Phase 3 (2031-2035)") come from
:func:`diplotimeline.extract.events.find_named_events` and
:func:`~diplotimeline.extract.events.find_acronym_initiatives`; this module reads:

- "launched the 'X' project", "X, launched last year", "will launch a training course
  in Y this autumn": a launch, dated by the sentence, or by the span of the event it
  was launched during ("during Robotics Week (May 4-6), ... launched X");
- "a programme called 'X'": X is a programme whatever its head word;
- "frameworks such as Andes-Nordic cooperation", "initiatives ... including A, B and C":
  the listed names are of the listed kind;
- "is being developed", "is considering", "plans to launch": planned.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract.temporal import tag
    >>> from diplotimeline.time import PartialDate
    >>> text = "The university will launch a training course in robotics this autumn."
    >>> ctx = Context.build(text, document_id="d", temporal=tag(text, PartialDate(2031, 5, 2)))
    >>> [(c.name, c.future) for c in read_initiatives(ctx, ctx.sentences[0])]
    [('training course in robotics', True)]
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import (
    Candidate,
    Context,
    Reader,
    count_of,
    is_future,
    iter_frames,
    run_readers,
)
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._initiative_appositions import read_initiative_appositions
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, AgreementStage, EventKind, LinkRelation
from diplotimeline.time import DateSpan, PartialDate

__all__ = ["read_initiatives"]

_LAUNCH_NOUNS: Final = (
    "programme|program|project|initiative|fund|scheme|course|platform|campaign|facility"
    "|strategy|framework|mechanism|centre|center|network|plan|partnership|fellowship"
    "|scholarship|accelerator|hub|portal|corridor|alliance|visa"
)
# A word of a launched thing's topic: not a conjunction, verb of saying or preposition.
_TAIL_WORD: Final = (
    r"(?!(?:and|or|but|said|says|to|that|which|with|as|in|on|at|by|the|a|an)\b)[a-z][\w-]{0,30}"
)
# What a launched thing is worth, before its noun: "a $2 billion programme", "a US$40m
# fund", "a 300 million euro initiative" (one amount, read in linear time).
_AMOUNT: Final = (
    r"(?:(?:US|A|C|NZ|HK|S)?[$€£¥]\s?\d[\d.,]{0,12}(?:\s?(?:million|billion|trillion|bn|mn|m)\b)?"
    r"|\d[\d.,]{0,12}\s(?:million|billion|trillion)\s(?:euros?|dollars?|yuan|yen|pounds?"
    r"|rupees?|francs?|riyals?|dirhams?|won|pesos?|reais|rand|naira|shillings?|rubles?|roubles?)"
    r")\s+"
)
_LAUNCH_PHRASE: Final = re.compile(
    r"(?P<np>(?P<amount>"
    + _AMOUNT
    + r")?(?:[a-z][\w’'-]{0,30}\s+){0,3}?"
    # "a scholarship programme", "a visa scheme": a launched noun before the head noun
    + r"(?:(?:"
    + _LAUNCH_NOUNS
    + r")\s+(?=(?:"
    + _LAUNCH_NOUNS
    + r")s?\b))?(?P<noun>"
    + _LAUNCH_NOUNS
    + r")s?"
    r"(?:\s+(?:in|on|for)\s+(?:(?:the|a|an)\s+)?(?:"
    + _TAIL_WORD
    + r"\s+){0,2}"
    + _TAIL_WORD
    + r")?)\b"
)
# A length that qualifies the noun after it ("a five-year programme", "a 10-year plan"): no
# date of the launch, so it does not end the phrase.
_LENGTH: Final = re.compile(r"-(?:years?|months?|weeks?|days?)$", re.IGNORECASE)
# A preposition or article left at the end of a phrase cut before a date.
_DANGLING: Final = re.compile(r"(?:\s+(?:in|on|for|the|a|an)\b)+$")
# A visa launched by several countries: "a single tourist visa", "the unified visa".
_SHARED_VISA: Final = re.compile(r"\b(?:unified|common|single|joint)\b")
_POST_LAUNCH: Final = re.compile(
    r"[”\"’']?\s*(?:,\s*)?(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?"
    r"(?:launched|initiated|introduced|inaugurated|unveiled|established|set\s+up"
    r"|announced|endorsed|adopted|approved|founded|created"
    # a bridge, railway or cable is dated by its opening
    r"|opened|commissioned)\b",
    re.IGNORECASE,
)
# "Work on the X Project began in 2033", "construction of the Y Railway will start next
# year": a project is dated by its start.
_WORK_ON: Final = re.compile(r"\b(?:work|construction)\s+(?:on|of)\s+(?:the\s+)?$", re.IGNORECASE)
_BEGAN: Final = re.compile(
    r"\s+(?:began|started|begins|starts|will\s+(?:begin|start)"
    r"|(?:is|was)\s+(?:due|expected|set|scheduled)\s+to\s+(?:begin|start))\b",
    re.IGNORECASE,
)
_CALLED: Final = re.compile(
    r"(?:[\w’'-]{1,30}\s+){0,5}?(?:called|named|dubbed|titled|entitled|known\s+as)\s+",
    re.IGNORECASE,
)
_DURING: Final = re.compile(r"\b(?:during|at)\s+(?:the\s+)?", re.IGNORECASE)
_FRAMES: Final = ("called", "launch", "such_as")
_STOP: Final = re.compile(r"[;.:–—]|\bwhich\b|\bwho\b")
_LIST_ITEM: Final = re.compile(
    r"(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){0,5}?[A-Z][\w’'-]*"
    r"(?:\s+cooperation)?)(?=\s*(?:\(|,|\band\b|\bas\s+well\b|$|[.;:–—]))"
)


@reads_where(frames=("launch",))
def _read_launches(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    for match in iter_frames(ctx, "launch", sentence):
        future = is_future(ctx, match.end("verb"), sentence) or match.group(
            "verb"
        ).lower().startswith(("will", "to "))
        # A name may begin inside the modifiers the frame skips: "launched the Joint X".
        verb_end = match.end("verb")
        target = ctx.named_at(verb_end, slack=match.end() - verb_end + 3)
        if target is None:
            called = _CALLED.match(ctx.text, match.end(), sentence.end)
            if called is not None:
                target = ctx.named_at(called.end(), slack=3)
        if target is not None and _launched_partnership(match.group("verb"), target):
            _retype_partnership(ctx, target)
        if target is not None and target.kind is EventKind.INITIATIVE:
            _launched(ctx, sentence, target, future)
            continue
        if target is not None:
            continue
        phrase = _LAUNCH_PHRASE.match(ctx.text, match.end(), min(sentence.end, match.end() + 90))
        if phrase is None:
            continue
        np = phrase.group("np").strip()
        overlapping = ctx.temporal_overlapping(phrase.start(), phrase.end())
        if overlapping:
            # A date inside the phrase ends it ("a fund this year"); one that began before
            # the phrase leaves it whole.
            cuts = [
                m.start
                for m in overlapping
                if phrase.start() <= m.start
                and not (m.end <= phrase.start("noun") and _LENGTH.search(ctx.text, m.start, m.end))
            ]
            np = ctx.text[phrase.start() : min(cuts)].strip() if cuts else np
        np = _DANGLING.sub("", np)  # "the visa in [the first half of 2037]"
        if not np or _STOP.search(np):
            continue
        if not ctx.cues.business.isdisjoint(np.lower().split()):
            continue  # "launched a new bond fund for retail investors": a market product
        if phrase.group("noun") == "visa" and not _SHARED_VISA.search(np):
            continue  # "launched a visa": one country's visa, no scheme
        if ctx.covers(phrase.start()):
            continue
        if phrase.group("amount") and not _DETERMINED.search(match.group()):
            continue  # a headline's "set up $2 billion fund" restates the body's fund
        np = _with_purpose(ctx, phrase.start(), np, phrase.group("noun"))
        candidate = ctx.add(
            Candidate(
                kind=EventKind.INITIATIVE,
                form=_form(phrase.group("noun")),
                name=np,
                start=phrase.start(),
                end=phrase.start() + len(np),
                sentence=sentence.index,
                head=phrase.group("noun"),
                indefinite=True,
                evidence=(match.start(), phrase.start() + len(np)),
                frame_key=_launch_key(ctx.text[phrase.start() : phrase.end("noun")]),
            )
        )
        for mention in ctx.subject_before(match.start(), sentence):
            candidate.participants.append(mention.actor_id)
        _launched(ctx, sentence, candidate, future)
        made.append(candidate)
    return made


# The frame ended on a determiner: "launched a $2 billion programme".
_DETERMINED: Final = re.compile(r"\b(?:a|an|the|its|their|his|her|new|joint)\s+$", re.IGNORECASE)
# "a joint initiative to redevelop the naval base": what a bare programme is for; up to
# eight words, stopping before a conjunction, a clause or a date.
_PURPOSE: Final = re.compile(
    r"\s+to\s+[a-z][\w-]{1,30}"
    r"(?:\s+(?!(?:and|or|but|when|which|who|while|after|before|as|said|says|with|by|over)\b)"
    r"[\w’'-]{1,30}){0,7}"
)


def _with_purpose(ctx: Context, start: int, np: str, noun: str) -> str:
    """A launched thing named only by its noun, with what it is for ("initiative to
    redevelop the naval base"); any other phrase as it is."""
    if np.lower().rstrip("s") != noun.lower():
        return np
    end = start + len(np)
    purpose = _PURPOSE.match(ctx.text, end)
    if purpose is None:
        return np
    stop = purpose.end()
    for mention in ctx.temporal_overlapping(end, stop):
        stop = min(stop, mention.start)
    return _DANGLING.sub("", ctx.text[start:stop].rstrip())


def _launch_key(phrase: str) -> str:
    """What tells one launched thing from another: its noun and the word before it ("a
    single tourist visa" and "the unified tourist visa" are one; a training programme and a
    loan programme are two)."""
    return "launch:" + " ".join(phrase.lower().split()[-2:])


_LAUNCH_ONLY: Final = re.compile(
    r"(?:will\s+|to\s+)?(?:launch\w*|unveil\w*|initiated|rolled\s+out|kicked\s+off)$",
    re.IGNORECASE,
)
# Words of a partnership that is a level of a relationship, not a scheme of work.
_RELATIONSHIP_WORDS: Final = re.compile(
    r"\b(?:strategic|comprehensive|enhanced|privileged|special|global|economic)\b", re.IGNORECASE
)


def _launched_partnership(verb: str, target: Candidate) -> bool:
    """ "launched the Tana Flood Early Warning Partnership": a partnership that is launched
    (not signed, not established between two states) is a programme of work."""
    return (
        target.kind is EventKind.AGREEMENT
        and target.form == "partnership"
        and target.named
        and not target.anaphor
        and _LAUNCH_ONLY.match(verb) is not None
        and not _RELATIONSHIP_WORDS.search(target.name)
        and len(target.name.split()) >= 3
    )


def _retype_partnership(ctx: Context, target: Candidate) -> None:
    """Make a launched partnership, and every mention of its name, an initiative."""
    key = target.key
    for candidate in ctx.candidates:
        if candidate is target or (
            candidate.kind is EventKind.AGREEMENT and candidate.named and candidate.key == key
        ):
            candidate.kind = EventKind.INITIATIVE
            candidate.form = "programme"


# After a capitalised name: what says it was (or will be) launched, so that the name is an
# initiative whatever its last word ("the International Coalition for X, launched in Kyiv in
# February", "Operation Y, the military training mission launched in 2015", "the Z Alliance,
# which India plans to launch next month").
_LAUNCHED_AFTER: Final = re.compile(
    r",\s*(?:(?:which\s+(?:was|were)\s+)?(?P<past>launched|initiated|unveiled)\b"
    r"|which\s+(?:[\w’'-]{1,30}\s+){0,3}?(?P<future>(?:plans?|intends?|aims?|hopes?|is|are)"
    r"\s+to\s+launch|will\s+launch|would\s+launch)\b"
    r"|(?:the|a|an)\s+(?:[\w’'-]{1,30}\s+){0,4}?(?P<noun>mission|programme|program|initiative"
    r"|campaign|operation|scheme|project|platform|coalition|alliance)\s+(?:launched|initiated)\b)",
)
_NAME_WORD: Final = re.compile(r"[\w’'&-]+")
_NAME_JOINERS: Final = frozenset({"of", "for", "on", "the", "and", "to"})


def _name_before(ctx: Context, sentence: Sentence, position: int) -> tuple[int, int] | None:
    """The span of the capitalised name that ends at ``position`` (before a comma), if any."""
    low = max(sentence.start, position - 120)
    words = list(_NAME_WORD.finditer(ctx.text, low, position))
    if not words or words[-1].end() != position:
        return None
    start_index = len(words)
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group()
        if (
            index < len(words) - 1
            and ctx.text[words[index].end() : words[index + 1].start()] != " "
        ):
            break
        if word[:1].isupper():
            start_index = index
        elif word not in _NAME_JOINERS or (
            word == "the" and (index == 0 or words[index - 1].group() not in _NAME_JOINERS)
        ):
            break
    while start_index < len(words) and (
        words[start_index].group().lower() in ctx.cues.openers
        or words[start_index].group() in _NAME_JOINERS
    ):
        start_index += 1
    if len(words) - start_index < 2:
        return None
    return words[start_index].start(), position


@reads_where("launch")
def _read_launched_names(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A capitalised name followed by ", launched ..." or ", which X plans to launch"."""
    made: list[Candidate] = []
    if "launch" not in ctx.sentence_lower(sentence):
        return made
    for match in ctx.scan(_LAUNCHED_AFTER, sentence):
        span = _name_before(ctx, sentence, match.start())
        if span is None:
            continue
        start, end = span
        existing = ctx.starting(start, end)
        if existing or ctx.covers(start):
            for candidate in existing:
                if candidate.kind is EventKind.INITIATIVE:
                    candidate.dateable = True
            continue
        name = ctx.text[start:end]
        if ctx.actors_in(start, end, (ActorKind.PERSON,)):
            continue  # "President X, launched into politics in 2010, ..."
        if ctx.is_actor_span(start, end) and (
            ctx.organization(name) is not None or ctx.country(name) is not None
        ):
            continue  # a known body or country: "the World Bank, which launched ..."
        noun = match.group("noun") or name.rsplit(None, 1)[-1]
        candidate = ctx.add(
            Candidate(
                kind=EventKind.INITIATIVE,
                form=_form(noun),
                name=name,
                start=start,
                end=end,
                sentence=sentence.index,
                named=True,
                core=name,
                dateable=True,
                future=match.group("future") is not None,
                evidence=(start, match.end()),
                participants=[
                    m.actor_id for m in ctx.actors_in(start, end) if m.kind is not ActorKind.PERSON
                ],
            )
        )
        # "which India plans to launch at the G20 summit": launched at that meeting.
        during = _DURING.match(ctx.text, match.end() + 1, sentence.end)
        event = ctx.named_at(during.end(), slack=2) if during is not None else None
        if event is not None and event.kind is EventKind.MEETING:
            candidate.made_at(event, LinkRelation.LAUNCHED_AT)
            event.dateable = True
        made.append(candidate)
    return made


# After a capitalised name (or its possessive and a part of it): what says it is a work
# being built or opened ("Rail Baltica's main line opened in 2035", "the Nordic Defence Line,
# agreed in 2024, is largely built", "the Kivu Bridge went into service"). An aside between
# commas may come first. Not "completed": a project is dated by its opening or its start.
_WORKS_AFTER: Final = re.compile(
    r"(?:[’']s\s+(?:(?:main|first|second|last|northern|southern|eastern|western|new)\s+)?"
    r"(?:line|section|phase|stretch|leg|link|span)\s+"
    # ", whose Ghanaian section went into construction in May"
    r"|\s*,\s*whose\s+(?:[\w’'-]{1,30}\s+)?(?:line|section|phase|stretch|leg|link|span)\s+"
    r"|\s*,[^,;.]{3,80},\s*|\s+)"
    r"(?:(?:was|were|has\s+been|have\s+been|will\s+be|is|are)\s+"
    r"(?:(?:largely|mostly|now|fully|finally|officially|already)\s+)?"
    r"(?:opened|inaugurated|built)\b(?!\s+for\s+signature)"
    # without an auxiliary, no object may follow ("X and Y built their agreement")
    r"|(?:opened|went\s+into\s+(?:service|operation|construction))"
    r"(?=\s+(?:in|on|last|this|earlier|to\s+traffic)\b|\s*[,.;]))"
)
_WORKS_VERBS: Final = ("opened", "inaugurated", "built", "went into")
# Last words of places that open without being a project of cooperation.
_VENUES: Final = frozenset(
    [
        *("hotel", "museum", "gallery", "theatre", "theater", "stadium", "hospital", "church"),
        *("cathedral", "mosque", "temple", "mall", "restaurant", "exhibition", "festival"),
        *("games", "championship", "season", "house", "palace", "hall", "consulate", "store"),
    ]
)


@reads_where(*_WORKS_VERBS)
def _read_works_names(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A capitalised name of two words or more that is opened, built or goes into service: a
    works project, whatever its last word ("Rail Baltica", "the Nordic Defence Line").
    Not a known body, country, place or person, nor an event already named there."""
    made: list[Candidate] = []
    if not ctx.may_hold_any(sentence, _WORKS_VERBS):
        return made
    for match in ctx.scan(_WORKS_AFTER, sentence):
        span = _name_before(ctx, sentence, match.start())
        if span is None:
            continue
        start, end = span
        name = ctx.text[start:end]
        last = name.rsplit(None, 1)[-1]
        if not last[:1].isupper() and not last[:1].isdigit():
            continue  # "the X Zone and was opened for signature": no name ends so
        last = last.lower()
        existing = ctx.starting(start, end)
        for candidate in existing:
            if candidate.kind is EventKind.INITIATIVE and candidate.form == "project":
                candidate.dateable = True  # "the Kivu Railway opened in May": its opening
        if (
            existing
            or ctx.covers(start)
            or ctx.actors_in(start, end, (ActorKind.PERSON,))
            or ctx.is_actor_span(start, end)
            or ctx.place(name) is not None
            or last in ctx.cues.organization_heads
            or last in ctx.cues.meeting_words
            or last in _VENUES
        ):
            continue
        made.append(
            ctx.add(
                Candidate(
                    kind=EventKind.INITIATIVE,
                    form="project",
                    name=name,
                    start=start,
                    end=end,
                    sentence=sentence.index,
                    named=True,
                    core=name,
                    dateable=True,
                    evidence=(start, match.end()),
                    participants=[
                        m.actor_id
                        for m in ctx.actors_in(start, end)
                        if m.kind is not ActorKind.PERSON
                    ],
                )
            )
        )
    return made


def _form(noun: str) -> str:
    noun = noun.lower()
    if noun in ("fund", "facility"):
        return "fund"
    if noun in ("project", "corridor", "accelerator", "hub", "portal"):
        return "project"
    if noun in ("framework", "mechanism"):
        return "framework"
    if noun == "strategy":
        return "strategy"
    return "programme"


# After a launched thing, within its clause: the meeting it was launched at.
_AT_AFTER: Final = re.compile(r"[^,;.()]{0,60}?\b(?:at|during)\s+(?:the\s+)?")


def _launched(ctx: Context, sentence: Sentence, target: Candidate, future: bool) -> None:
    target.dateable = True
    target.future = target.future or future
    for mention in ctx.subject_before(target.start, sentence):
        if mention.actor_id not in target.participants:
            target.participants.append(mention.actor_id)
    # Launched during a dated event: that event's span (its date is read later).
    for cue in _DURING.finditer(ctx.text, sentence.start, target.start):
        event = ctx.named_at(cue.end(), slack=2)
        if event is not None and event is not target and event.kind is EventKind.MEETING:
            target.made_at(event, LinkRelation.LAUNCHED_AT)
            event.dateable = True
            return
    # "unveiled a fund for X at the Riyadh summit": launched at the meeting named after it.
    after = _AT_AFTER.match(ctx.text, target.end, sentence.end)
    if after is not None:
        event = ctx.named_at(after.end(), slack=2)
        if event is not None and event is not target and event.kind is EventKind.MEETING:
            target.made_at(event, LinkRelation.LAUNCHED_AT)
            event.dateable = True


# A works project that is opened or inaugurated is dated by the clause that says so ("they
# will open the new X border centre together in September").
_OPENED_BEFORE: Final = re.compile(
    r"\b(?:open|opens|opened|opening|inaugurate|inaugurates|inaugurated|inaugurating"
    r"|commission|commissions|commissioned)\s+(?:the\s+|a\s+)?(?:new\s+)?$",
    re.IGNORECASE,
)

# "... to open the X border market before the end of the year": a deadline, not a date.
_DEADLINE: Final = re.compile(r"[^,;.]{0,30}?\b(?:before|by|no\s+later\s+than)\s", re.IGNORECASE)


# A dialogue, forum or mechanism that is launched or set up is a standing framework, not one
# meeting ("the Korea-Ghana Critical Minerals Dialogue launched at that summit").
_FRAMEWORK_MEETING_HEADS: Final = frozenset({"dialogue", "dialog", "mechanism", "platform"})
_SET_UP_AFTER: Final = re.compile(
    r"\s*,?\s*(?:which\s+(?:was|were)\s+)?(?:launched|established|set\s+up|created)\b"
)


_AT_THAT: Final = re.compile(
    r"\s+(?:at|during)\s+(?:that|this|the)\s+(?P<head>summit|meeting|conference|forum)\b"
)


def _set_up_at_that(ctx: Context, sentence: Sentence, candidate: Candidate, end: int) -> None:
    """ "... launched at that summit": the framework takes the date of the last summit named."""
    cue = _AT_THAT.match(ctx.text, end, sentence.end)
    if cue is None:
        return
    head = cue.group("head")
    for event in reversed(ctx.starting(0, candidate.start)):
        if (
            event.kind is EventKind.MEETING
            and event.named
            and not event.anaphor
            and (event.head or "").lower() == head
        ):
            candidate.made_at(event, LinkRelation.LAUNCHED_AT)
            event.dateable = True
            return


def _read_launched_dialogues(ctx: Context, sentence: Sentence) -> None:
    for candidate in ctx.in_sentence(sentence):
        if (
            candidate.kind is EventKind.MEETING
            and candidate.named
            and not candidate.anaphor
            and (candidate.head or "").lower() in _FRAMEWORK_MEETING_HEADS
            and candidate.ordinal is None
            and (after := _SET_UP_AFTER.match(ctx.text, candidate.evidence_end, sentence.end))
        ):
            _set_up_at_that(ctx, sentence, candidate, after.end())
            key = candidate.key
            for other in ctx.candidates:
                if other is candidate or (
                    other.kind is EventKind.MEETING and other.named and other.key == key
                ):
                    other.kind, other.form = EventKind.INITIATIVE, "framework"
            candidate.dateable = True


def _read_post_launch(ctx: Context, sentence: Sentence) -> None:
    _read_launched_dialogues(ctx, sentence)
    for candidate in ctx.in_sentence(sentence):
        if candidate.kind is not EventKind.INITIATIVE:
            continue
        end = candidate.evidence_end
        began = _BEGAN.match(ctx.text, end, sentence.end) is not None and bool(
            _WORK_ON.search(ctx.text, max(sentence.start, candidate.start - 30), candidate.start)
        )
        if began or _POST_LAUNCH.match(ctx.text, end, sentence.end):
            candidate.dateable = True
        elif (
            candidate.form == "project"
            and _OPENED_BEFORE.search(
                ctx.text[max(sentence.start, candidate.start - 40) : candidate.start]
            )
            and not _DEADLINE.match(ctx.text, end, sentence.end)
        ):
            candidate.dateable = True
            candidate.future = candidate.future or is_future(ctx, candidate.start, sentence)


@reads_where(frames=("called",))
def _read_called(ctx: Context, sentence: Sentence) -> None:
    for match in iter_frames(ctx, "called", sentence):
        target = ctx.named_at(match.end(), slack=3)
        if target is None:
            continue
        pair = ctx.cues.lower_head(match.group("noun"))
        if pair is None:
            continue
        kind, form = pair
        target.kind = EventKind(kind)
        target.form = form


@reads_where(frames=("such_as",))
def _read_lists(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "frameworks such as Andes-Nordic cooperation": listed names get the list's kind."""
    made: list[Candidate] = []
    text = ctx.text
    for match in iter_frames(ctx, "such_as", sentence):
        left = text[max(sentence.start, match.start() - 70) : match.start()].lower()
        heads = [
            (left.rfind(word), pair)
            for word, pair in ctx.cues.list_heads.items()
            if word in left and re.search(r"\b" + re.escape(word) + r"\b", left)
        ]
        if not heads:
            continue
        kind, form = max(heads)[1]
        stop = _STOP.search(text, match.end(), sentence.end)
        end = min(sentence.end, match.end() + 260, stop.start() if stop else sentence.end)
        for found in _LIST_ITEM.finditer(text, match.end(), end):
            start, stop_at = found.start("name"), found.end("name")
            if ctx.covers(start) or ctx.starting(start, stop_at):
                continue
            if ctx.is_actor_span(start, stop_at) or ctx.actors_in(
                start, stop_at, (ActorKind.PERSON,)
            ):
                continue
            name = found.group("name")
            if len(name.split()) < 2 and "-" not in name:
                continue
            if kind != "initiative":
                continue
            made.append(
                ctx.add(
                    Candidate(
                        kind=EventKind(kind),
                        form=form,
                        name=name,
                        start=start,
                        end=stop_at,
                        sentence=sentence.index,
                        named=True,
                        core=name,
                        evidence=(start, stop_at),
                        participants=[m.actor_id for m in ctx.actors_in(start, stop_at)],
                    )
                )
            )
    return made


def _read_planned(ctx: Context, sentence: Sentence) -> None:
    for candidate in ctx.in_sentence(sentence):
        if candidate.kind is not EventKind.INITIATIVE:
            continue
        after = ctx.text[candidate.end : min(sentence.end, candidate.end + 60)].lower()
        if re.search(r"\b(?:is|are)\s+being\s+(?:developed|prepared|drafted|negotiated)\b", after):
            candidate.future = True
        if (
            candidate.period is not None
            and ctx.published is not None
            and isinstance(candidate.period, DateSpan)
            and candidate.period.after(ctx.published)
        ):
            candidate.future = True


# A sentence that opens on an initiative named before, by its head noun, and dates it: "The
# program has brought workers to Canadian farms since 1974", "Construction of the plant is
# due to start in the second half of 2040".
_ANAPHOR_NOUNS: Final = (
    r"(?:programme|program|initiative|fund|facility|scheme|project|plant|corridor"
    r"|railway|pipeline|highway|bridge|dam|port|strategy|plan)"
)
_INITIATIVE_ANAPHOR: Final = re.compile(
    r"\s*(?:(?P<works>Construction|Work|Works|Building)\s+(?:of|on)\s+the\s+"
    r"(?:[\w,.’'-]{1,25}\s+){0,2}?"  # "the 1,860-megawatt plant"
    + f"(?P<works_noun>{_ANAPHOR_NOUNS})"
    + r"\s+(?:is|are|was|were|will|has|had|should|could|may)\s+(?:[a-z]{2,12}\s+){0,3}?"
    r"(?:start|begin|began|started|begun|get\s+under\s+way|got\s+under\s+way)\b"
    r"|(?:The|This)\s+"
    + f"(?P<noun>{_ANAPHOR_NOUNS})"
    + r"\s+(?:has|have)\s+(?!(?:been\s+)?(?:suspended|stalled|frozen|halted|stopped"
    r"|paused|delayed|blocked|cut|closed|shelved|criticised|criticized|under)\b)"
    r"[a-z]{3,20}\b[^.;:!?]{0,80}?\bsince\s+(?P<since>(?:19|20)\d\d)\b)"
)
_SPELLINGS: Final = {"program": "programme", "programme": "programme"}


def _named_before(ctx: Context, noun: str, position: int) -> bool:
    """Whether an initiative whose name ends in ``noun`` was read before ``position``."""
    wanted = _SPELLINGS.get(noun, noun)
    for candidate in ctx.candidates:
        if (
            candidate.kind is EventKind.INITIATIVE
            and candidate.named
            and not candidate.anaphor
            and candidate.end <= position
        ):
            last = candidate.name.rsplit(None, 1)[-1].lower()
            if _SPELLINGS.get(last, last) == wanted:
                return True
    return False


# "Construction of the plant began", "The fund has run since 2051": the verbs of the first
# form of _INITIATIVE_ANAPHOR ("under" of "got under way"), "since" of the second.
@reads_where("start", "begin", "began", "begun", "under", "since")
def _read_initiative_anaphors(ctx: Context, sentence: Sentence) -> None:
    """An initiative named before, taken up by its head noun at the start of a sentence
    that dates it: its start ("has run since 1974") or its works' start."""
    found = _INITIATIVE_ANAPHOR.match(ctx.text, sentence.start, sentence.end)
    if found is None:
        return
    group = "works_noun" if found.group("works") else "noun"
    noun = found.group(group).lower()
    start, end = found.span(group)
    if ctx.covers(start) or not _named_before(ctx, noun, start):
        return
    candidate = ctx.add(
        Candidate(
            kind=EventKind.INITIATIVE,
            form=_form(noun),
            name=noun,
            start=start,
            end=end,
            sentence=sentence.index,
            named=True,
            head=noun,
            anaphor=True,
            dateable=True,
            evidence=(found.start() if found.group("works") else start, found.end()),
        )
    )
    since = found.group("since")
    if since is not None:
        candidate.when = DateSpan.of(PartialDate(int(since)))
        candidate.date_text = since


# "... endorsed the X Initiative. The initiative will link the payment systems in three phases
# from 2056 to 2059." / "It will run from 2032 to 2036.": the sentence after an initiative's
# name takes it up and states the years it covers, which date it (as its own clause would).
_PERIOD_ANAPHOR: Final = re.compile(r"\s*(?:It|The\s+(?P<noun>" + _ANAPHOR_NOUNS + r"))\b")
_PERIOD_ANAPHOR_REACH: Final = 200  # characters of the sentence searched for the period


# The first year of the period (group "first" of _PERIOD_CLAUSE), without which it reads nothing.
@reads_where("19", "20")
def _read_period_anaphor(ctx: Context, sentence: Sentence) -> None:
    """Date the one initiative the sentence before named by the period this sentence
    gives it ("The initiative will ... from 2056 to 2059", "It will run from 2032 to 2036")."""
    if sentence.index == 0:
        return
    found = _PERIOD_ANAPHOR.match(ctx.text, sentence.start, sentence.end)
    if found is None:
        return
    period = _PERIOD_CLAUSE.search(
        ctx.text, found.end(), min(sentence.end, found.end() + _PERIOD_ANAPHOR_REACH)
    )
    if period is None or period.group("first") is None or _outside_clause(ctx, found.end(), period):
        return
    first, last = int(period.group("first")), int(period.group("last"))
    if first > last:
        return
    before = [
        candidate
        for candidate in ctx.in_sentence(ctx.sentences[sentence.index - 1])
        if candidate.kind is not EventKind.MEETING and candidate.named and not candidate.anaphor
    ]
    # "It" takes up the one act the sentence before named; "The programme" the one whose name
    # ends in that noun ("The initiative" any initiative).
    noun = found.group("noun")
    if noun is not None:
        wanted = _SPELLINGS.get(noun.lower(), noun.lower())
        before = [
            candidate
            for candidate in before
            if wanted == "initiative"
            or _SPELLINGS.get(word := candidate.name.rsplit(None, 1)[-1].lower(), word) == wanted
        ]
    if len(before) != 1 or before[0].kind is not EventKind.INITIATIVE or before[0].period:
        return
    candidate = before[0]
    candidate.period = candidate.when = DateSpan.between(PartialDate(first), PartialDate(last))
    candidate.date_text = period.group(0)
    candidate.dateable = True


def read_initiatives(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the initiative frames of one sentence (after its named events were read).

    Returns:
        The new initiatives (named ones gain launches, kinds and participants).

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> ctx = Context.build("Nothing new.", document_id="d")
        >>> read_initiatives(ctx, ctx.sentences[0])
        []
    """
    bodies = run_readers(ctx, sentence, _FIRST_READERS, [])
    if not ctx.in_sentence(sentence) and not ctx.may_frame(sentence, _FRAMES):
        return bodies  # no frame, no initiative named: nothing more to read
    return bodies + run_readers(ctx, sentence, _READERS, [])


# "The green hydrogen roadmap requested by the Islamabad summit", "a water action plan
# endorsed at the Lima Summit": a plan told in lower case by its topic and the meeting that
# asked for it or approved it.
_PLAN_OF_MEETING: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?P<np>(?:[a-z][a-z-]{1,24}[ \t]+){1,3}(?P<noun>roadmap"
    r"|road[ \t]+map|action[ \t]+plan|work[ \t]+plan))[ \t]*,?[ \t]+"
    r"(?:(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+)?(?P<verb>requested|commissioned"
    r"|mandated|called[ \t]+for|adopted|approved|endorsed|agreed)[ \t]+(?:by|at)[ \t]+"
)
# Words that say which plan, not what it is about ("the new roadmap requested by ...").
_PLAN_BACK_WORDS: Final = frozenset({"new", "same", "latest", "first", "second", "final", "draft"})
_MAKING_VERBS: Final = frozenset({"adopted", "approved", "endorsed", "agreed"})


# The words one of which a plan of a meeting needs (its first test, and its declaration).
_PLAN_WORDS: Final = ("roadmap", "road map", " plan ")


@reads_where(*_PLAN_WORDS)
def _read_plans_of_meetings(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A lower-case plan with a topic, asked for or approved by a meeting named right after
    ("the green hydrogen roadmap requested by the Lima summit"): a programme made at it.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "The solar energy roadmap requested by the Lima Summit is late."
        >>> events = extract(Document(id="d", text=text)).events
        >>> [e.name for e in events if e.kind.value == "initiative"]
        ['solar energy roadmap']
    """
    made: list[Candidate] = []
    if not ctx.may_hold_any(sentence, _PLAN_WORDS):
        return made
    for match in ctx.scan(_PLAN_OF_MEETING, sentence):
        meeting = ctx.named_at(match.end(), slack=4)
        if meeting is None or meeting.kind is not EventKind.MEETING:
            continue
        words = match.group("np").split()[: -len(match.group("noun").split())]
        if all(word in _PLAN_BACK_WORDS for word in words) or ctx.covers(match.start("np")):
            continue
        candidate = Candidate(
            kind=EventKind.INITIATIVE,
            form="programme",
            name=" ".join(match.group("np").split()),
            start=match.start("np"),
            end=match.end("np"),
            sentence=sentence.index,
            head=match.group("noun"),
            evidence=(match.start(), meeting.end),
            frame_key=_launch_key(match.group("np")),
        )
        if match.group("verb") in _MAKING_VERBS:
            candidate.made_at(meeting)  # adopted there: dated by it (asked for: not yet made)
        made.append(ctx.add(candidate))
    return made


# "agreed to establish a Peru-Ghana Business Council": a standing body of a relationship
# that two sides set up is a cooperation framework of theirs (an initiative).
_BODY_NAME: Final = (
    r"(?P<name>(?:[A-Z][\w’'+-]{0,30}[ \t]+|(?:for|of|on|and)[ \t]+){0,8}?"
    r"(?:Council|Commission|Committee|Working[ \t]+Group|Task[ \t]+Force|Mechanism|Observatory)\b"
    r"(?:[ \t]+(?:for|on)[ \t]+[A-Z][\w’'-]{0,30}(?:[ \t]+[A-Z][\w’'-]{0,30}){0,3})?)"
)
_BODY_SET_UP: Final = re.compile(
    r"\b(?:(?P<planned>establish|establishing|set[ \t]+up|setting[ \t]+up|create|creating)"
    r"[ \t]+(?:a|an)|(?P<done>established|created|launched)[ \t]+(?:a|an|the))[ \t]+" + _BODY_NAME
)
# "The Peru-Ghana Business Council was set up in 2024", "..., which was established in".
_BODY_WAS_SET_UP: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+"
    + _BODY_NAME
    + r"(?:[ \t]*,[ \t]*which)?[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:first[ \t]+|formally[ \t]+|jointly[ \t]+)?(?:set[ \t]+up|established|created|launched)\b"
)
# "the GCC-Peru Business Council that we plan to set up", "the newly created Chile-Ghana
# Joint Commission": a body being (or just) set up, named before the act.
_BODY_TO_SET_UP: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?:(?P<new>newly|recently)[ \t]+(?:created|established|formed"
    r"|set[ \t]+up)[ \t]+)?"
    + _BODY_NAME
    + r"(?(new)|[ \t]+(?:that|which)[ \t]+(?:[\w’'-]{1,20}[ \t]+){1,3}?(?:to[ \t]+)?"
    r"(?:set[ \t]+up|establish|create)\b)"
)
_BODY_CUES: Final = ("establish", "set up", "setting up", "creat", "launched", "formed")


def _body(sentence: Sentence, match: re.Match[str], evidence_end: int) -> Candidate:
    """The framework a set-up body is: its name, head word and evidence (not yet added)."""
    start, end = match.span("name")
    return Candidate(
        kind=EventKind.INITIATIVE,
        form="framework",
        name=match.group("name"),
        start=start,
        end=end,
        sentence=sentence.index,
        named=True,
        head=match.group("name").rsplit(None, 1)[-1],
        evidence=(match.start(), evidence_end),
    )


def _says_too_little(ctx: Context, match: re.Match[str], *, known: bool = True) -> bool:
    """A name of fewer than three words ("a Joint Commission"), one already read, or (with
    ``known``) a known organisation ("the African Union Commission was set up in 2002")."""
    start, end = match.span("name")
    return (
        len(match.group("name").split()) < 3
        or ctx.covers(start)
        or bool(ctx.starting(start, end))
        or (known and ctx.organization(match.group("name")) is not None)
    )


@reads_where(*_BODY_CUES)
def _read_bodies_set_up(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """A named council, commission, committee or working group that two sides set up."""
    lowered = ctx.sentence_lower(sentence)
    if not any(cue in lowered for cue in _BODY_CUES):
        return []
    made: list[Candidate] = []
    for match in ctx.scan(_BODY_TO_SET_UP, sentence):
        if _says_too_little(ctx, match):
            continue
        body = _body(sentence, match, match.end())
        body.future = match.group("new") is None
        made.append(ctx.add(body))
    for match in ctx.scan(_BODY_WAS_SET_UP, sentence):
        # Set up in the past, as the clause says: dated by the clause ("in 2024").
        if _says_too_little(ctx, match):
            continue
        body = _body(sentence, match, match.end())
        body.evidence = (match.start("name"), match.end())
        body.dateable = True
        ctx.add(body)
        _set_up_during(ctx, sentence, body, match.end())
        made.append(body)
    for match in ctx.scan(_BODY_SET_UP, sentence):
        if _says_too_little(ctx, match, known=False):
            continue
        body = _body(sentence, match, match.end("name"))
        if match.group("done") is not None:
            # set up in the past: dated by its own clause
            body.dateable = True
            body.participants = [m.actor_id for m in ctx.subject_before(match.start(), sentence)]
        else:
            # decided at the occasion: dated by it (carry_occasion), as a signing is, not by
            # a date of its clause ("whose first session will be held before the end of
            # the year")
            body.stage = AgreementStage.ADOPTED
            body.future = is_future(ctx, match.start(), sentence)
        made.append(ctx.add(body))
    return made


def _set_up_during(ctx: Context, sentence: Sentence, body: Candidate, end: int) -> None:
    """ "was set up during the president's visit to Ankara in 2024": the body takes the date
    of the meeting or visit it was set up at."""
    cue = _DURING.match(ctx.text, end + 1, sentence.end)
    if cue is None:
        return
    for event in ctx.in_sentence(sentence):
        if (
            event.kind is EventKind.MEETING
            and cue.end() <= event.end
            and event.start < cue.end() + 60
        ):
            body.made_at(event, LinkRelation.LAUNCHED_AT)
            event.dateable = True
            return


# What follows a name and dates it: "for 2024-2026", "covering 2027 to 2031", "of 2023",
# ", announced in 2023".
_PERIOD_TAIL: Final = re.compile(
    r"\s*,?\s*(?:(?:for|covering)\s+(?:the\s+(?:period|years)\s+)?(?P<first>(?:19|20)\d\d)"
    r"\s*(?:-|–|to|through|until)\s*(?P<last>(?:19|20)\d\d)\b"
    # "of 1997", "the Bangkok Declaration of 6 June 1997", "of June 6, 1997"
    r"|of\s+(?:[0-3]?\d\s+[A-Z][a-z]{2,8}\s+|[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,\s+)?"
    r"(?P<of>(?:19|20)\d\d)\b"
    # "that Leaders endorsed in Suva in July 2022", "which the ministers adopted in 2031",
    # "which G20 finance ministers endorsed in November 2020"
    r"|(?:(?:that|which)\s+(?:the\s+)?(?:[\w’'-]{1,30}\s+){0,3}?"
    # "Agenda 2063, the continent's blueprint adopted by the Assembly in January 2015"
    r"|,\s+the\s+(?:[\w’'-]{1,30}\s+){1,3}?)?"
    r"(?:announced|launched|adopted|signed|established|unveiled|introduced|set\s+up"
    r"|created|founded|formed|presented|proposed|endorsed|approved|concluded|inaugurated)"
    r"(?:\s+by\s+the\s+(?-i:[A-Z])[\w’'-]{1,30}(?:\s+(?-i:[A-Z])[\w’'-]{1,30}){0,2})?"
    # "adopted in Lusaka in 1994": the place of the act may come first
    r"(?:\s+in\s+[A-Z][\w’'-]{1,30}(?:\s+[A-Z][\w’'-]{1,30})?)?"
    # "presented in October 2023", "created in early 2004"
    r"\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?P<done>(?:19|20)\d\d)\b"
    # "the X Programme, in place since 1974": an initiative running since the year it began
    r"|(?:in\s+(?:place|operation|existence)|operating|running|active)\s+since\s+"
    r"(?P<since>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


# A period stated in the clause that follows an initiative's name: "the X programme, under
# which Germany will provide 35 million euros over the period 2024-2027", "the Y Facility, a
# regional fund to be capitalised over the years 2029 to 2033", "the Z Initiative, a
# five-year programme (running) from 2032 to 2036".
_PERIOD_CLAUSE: Final = re.compile(
    r"\b(?:(?:over|for|during|covering|in)\s+the\s+(?:period|years)\s+(?:of\s+|from\s+)?"
    r"|(?:(?:running|lasting)\s+)?from\s+|\b(?:programme|program|strategy|plan|fund)\s+for\s+"
    r"|\bfor\s+)"
    r"(?P<first>(?:19|20)\d\d)\s*(?:-|–|to|through|until)\s*(?P<last>(?:19|20)\d\d)\b"
    # "a five-year plan starting in 2035", "runs for five years from 2036"
    r"|\b(?:(?P<n>[2-9]|1[0-5]|two|three|four|five|six|seven|eight|nine|ten|fifteen)-year\s+"
    r"(?:[\w’'-]{1,30}\s+){0,3}?|for\s+(?P<n2>[2-9]|1[0-5]|two|three|four|five|six|seven|eight"
    r"|nine|ten|fifteen)\s+years\s+)(?:starting|beginning|from|as\s+of)\s+(?:in\s+)?"
    r"(?P<start>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# The end or the start alone that an initiative's clause states: ", which will run until
# 2033", ", which provides USD 2 billion through 2030", ", which will offer 50 places a year
# from 2032".
_BOUND_CLAUSE: Final = re.compile(
    r"\b(?:(?:until|through|till|to\s+the\s+end\s+of)\s+(?P<until>(?:19|20)\d\d)"
    r"|(?:from|starting\s+in|beginning\s+in|as\s+of)\s+(?P<from>(?:19|20)\d\d))\b"
    r"(?!\s*(?:-|–|to\b|through\b|until\b|and\b))",
    re.IGNORECASE,
)
_CLAUSE_END: Final = re.compile(r"[;:–—()]|\.(?!\d)")
# ", which runs ...", ", a five-year plan ...", ", funded from 2053 to 2062 by ...", or the
# name's own predicate ("will run from")
_CLAUSE_OPENING: Final = re.compile(
    r"\s*,\s*(?:under\s+which|which|that|a|an|the|with|funded|financed|launched|created"
    r"|established|set\s+up)\b"
    r"|\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:runs?|ran|running|lasts?|lasted|covers?)\b"
    # "a Fund to finance dams over the next five years"
    r"|\s+to\s+(?!(?:the|a|an|be)\b)[a-z]{3,20}\b"
)


def _outside_clause(ctx: Context, end: int, found: re.Match[str]) -> bool:
    """Whether what was found after a name ending at ``end`` lies past the name's own clause,
    or belongs to another name read in between (a meeting's holds no span of years: "the
    X Facility, launched at the 18th summit in May 2051 and funded for 2052-2056")."""
    return _CLAUSE_END.search(ctx.text, end + 1, found.start()) is not None or any(
        c.kind is not EventKind.MEETING for c in ctx.starting(end, found.start())
    )


def _clause_period(ctx: Context, sentence: Sentence, candidate: Candidate, end: int) -> bool:
    """Date an initiative by the period its own relative or appositive clause states."""
    if candidate.kind is not EventKind.INITIATIVE or not _CLAUSE_OPENING.match(
        ctx.text, end, sentence.end
    ):
        return False
    found = _PERIOD_CLAUSE.search(ctx.text, end, min(sentence.end, end + 160))
    if found is None:
        return _next_years(ctx, sentence, candidate, end)
    if _outside_clause(ctx, end, found):
        return False
    if found.group("start") is not None:
        count = found.group("n") or found.group("n2") or "1"
        first = int(found.group("start"))
        last = first + count_of(count) - 1
    else:
        first, last = int(found.group("first")), int(found.group("last"))
    if first > last:
        return False
    candidate.period = DateSpan.between(PartialDate(first), PartialDate(last))
    candidate.dateable = True
    return True


_NEXT_YEARS: Final = re.compile(
    r"\b(?:over|in|during|for|within)\s+the\s+(?:next|coming)\s+(?P<n>[2-9]|1[0-5]|two|three"
    r"|four|five|six|seven|eight|nine|ten|fifteen)\s+years\b",
    re.IGNORECASE,
)


def _next_years(ctx: Context, sentence: Sentence, candidate: Candidate, end: int) -> bool:
    """Date an initiative set up now by "over the next five years" in its own clause.

    "agreed to create a $2 billion X Fund to finance dams over the next five years",
    published in 2039, runs from 2039 to 2043.
    """
    published = ctx.published
    if published is None or candidate.when is not None:
        return False
    found = _NEXT_YEARS.search(ctx.text, end, min(sentence.end, end + 160))
    if found is None or _outside_clause(ctx, end, found):
        return False
    first = published.year
    candidate.period = DateSpan.between(
        PartialDate(first), PartialDate(first + count_of(found.group("n")) - 1)
    )
    candidate.when = candidate.period
    return True


def _clause_bound(ctx: Context, sentence: Sentence, candidate: Candidate, end: int) -> None:
    """Give an initiative the one end of its period that its own clause states.

    ", which will run until 2033" ends it (its start stays unknown unless a launch date
    gives it: "announced in 2023, which provides aid through 2030" runs from 2023 to 2030);
    ", which will offer 50 places a year from 2032" starts it.
    """
    if candidate.kind is not EventKind.INITIATIVE or not _CLAUSE_OPENING.match(
        ctx.text, end, sentence.end
    ):
        return
    found = _BOUND_CLAUSE.search(ctx.text, end, min(sentence.end, end + 120))
    if found is None or _outside_clause(ctx, end, found):
        return
    until, since = found.group("until"), found.group("from")
    if until is not None:
        candidate.period = DateSpan(None, PartialDate(int(until)))
    elif since is not None:
        candidate.period = DateSpan(PartialDate(int(since)), None)
    candidate.dateable = True


# "Mercosur, created by the Treaty of Asuncion in 1991": the act that founded a body is
# dated by the year of the founding.
_FOUNDED_BY: Final = re.compile(
    r"\b(?:created|established|founded|formed|set\s+up|born)\s+(?:by|under|through|with)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_IN_YEAR: Final = re.compile(r"\s+in\s+(?:19|20)\d\d\b")


def _founding_act(ctx: Context, sentence: Sentence, candidate: Candidate, end: int) -> bool:
    """Make an agreement that founded a body dateable by the year that follows its name."""
    if candidate.kind is not EventKind.AGREEMENT or _IN_YEAR.match(ctx.text, end) is None:
        return False
    before = ctx.text[max(sentence.start, candidate.start - 30) : candidate.start]
    if _FOUNDED_BY.search(before) is None:
        return False
    candidate.dateable = True
    return True


# "the 1998 Syr Darya agreement", "the 2015 Paris Agreement": an act named after its year
# (not "the 2030 Agenda" or "Vision 2050", which name a horizon).
_YEAR_FIRST: Final = re.compile(r"(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+(?=[A-Z])", re.IGNORECASE)
_ACT_HEAD: Final = re.compile(
    r"\b(?:agreement|accord|treaty|convention|declaration|protocol|memorandum|pact|charter"
    r"|communiqu[eé])s?\b",
    re.IGNORECASE,
)
_HORIZON: Final = re.compile(r"\b(?:agenda|vision|goals?|targets?|strategy)\b", re.IGNORECASE)


def _year_first(candidate: Candidate) -> None:
    """Date an agreement whose name opens with the year it was made."""
    if candidate.kind is not EventKind.AGREEMENT or candidate.when is not None:
        return
    found = _YEAR_FIRST.match(candidate.name)
    if found is None or not _ACT_HEAD.search(candidate.name) or _HORIZON.search(candidate.name):
        return
    candidate.when = DateSpan.of(PartialDate(int(found.group("year"))))
    candidate.date_text = found.group("year")


# "the X Action Plan adopted at that Summit", "the Y Declaration, which was endorsed at the
# meeting": made at the meeting named just before.
_AT_THAT_MEETING: Final = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:adopted|launched|endorsed"
    r"|approved|agreed|signed|issued)\s+(?:at|during|by)\s+(?:that|this|the)\s+"
    r"(?P<noun>summit|meeting|session|conference|forum|council)\b",
    re.IGNORECASE,
)
_AT_THAT_REACH: Final = 1500  # characters back to the meeting named


def _made_at_that_meeting(ctx: Context, candidate: Candidate, end: int) -> bool:
    """Host the candidate at the meeting its clause points back to ("adopted at that
    Summit"): the last meeting named before it whose name holds that noun."""
    found = _AT_THAT_MEETING.match(ctx.text, end)
    if found is None or ctx.temporal_starting(found.end(), found.end() + 40):
        return False  # "launched at the summit for 2042-2046": a date of its own
    noun = found.group("noun").lower()
    for meeting in reversed(ctx.starting(max(0, candidate.start - _AT_THAT_REACH), end)):
        if (
            meeting.kind is EventKind.MEETING
            and meeting.end <= candidate.start
            and noun in meeting.name.lower()
        ):
            candidate.made_at(meeting)
            candidate.dateable = meeting.dateable = True
            return True
    return False


def _read_period_tails(ctx: Context, sentence: Sentence) -> None:
    """Periods and dates written after an initiative's or agreement's name make it dateable."""
    for candidate in ctx.in_sentence(sentence):
        if candidate.kind is EventKind.MEETING or not candidate.named:
            continue
        end = candidate.evidence_end
        _year_first(candidate)
        tail = _PERIOD_TAIL.match(ctx.text, end, sentence.end)
        if tail is None and _founding_act(ctx, sentence, candidate, end):
            continue
        if tail is None:
            if not _clause_period(ctx, sentence, candidate, end):
                _clause_bound(ctx, sentence, candidate, end)
            continue
        since = tail.group("since")
        if since is not None:
            if candidate.kind is EventKind.INITIATIVE and candidate.when is None:
                # "since <year>" bounds the other events of a sentence (see
                # _event_dates): here it is the year this one began.
                candidate.when = DateSpan.of(PartialDate(int(since)))
                candidate.date_text = tail.group(0).strip(" ,")
                _clause_bound(ctx, sentence, candidate, tail.end())
            continue
        first, last = tail.group("first"), tail.group("last")
        if first is not None and last is not None and int(first) <= int(last):
            candidate.period = DateSpan.between(PartialDate(int(first)), PartialDate(int(last)))
        elif tail.group("done") is not None:
            _clause_bound(ctx, sentence, candidate, tail.end())
        # The date itself is attached with the others (attach_dates), so that it is not
        # given to another event of the sentence as well.
        candidate.dateable = True
    for candidate in ctx.in_sentence(sentence):
        # a period of its own dates it better than the meeting that made it
        if (
            candidate.kind is not EventKind.MEETING
            and candidate.named
            and candidate.host is None
            and candidate.period is None
            and candidate.when is None
        ):
            _made_at_that_meeting(ctx, candidate, candidate.evidence_end)


# An unnamed launched thing and who launched it, after "by": "A fund set up by Norway and
# Brazil in 2039 pays ...", "The $2 billion programme launched by the World Bank last year",
# "A new facility was unveiled by the African Development Bank on Tuesday", "Under the
# 2048-2052 programme announced by the Asian Development Bank, ...".
_LAUNCHED_BY: Final = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?)\s+(?P<np>(?:"
    + _AMOUNT
    + r")?(?:[a-z\d][\w’'-]{0,30}\s+){0,3}?(?P<noun>"
    + _LAUNCH_NOUNS
    + r"))(?:\s*,\s*|\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?)"
    r"(?P<verb>launched|unveiled|set\s+up|established|announced|rolled\s+out|introduced"
    r"|created)\s+by\s+(?:the\s+)?"
)
# Where the launchers after "by" end: a clause, a place, a date.
_LAUNCHERS_END: Final = re.compile(
    r"[,;:()]|\s(?:in|on|at|during|last|this|earlier|since|with|to|has|have|had|was|were|is|are"
    r"|will|pays|trains)\s"
)
_LAUNCHERS: Final = (ActorKind.COUNTRY, ActorKind.ORGANIZATION, ActorKind.PERSON)


@reads_where("by")
def _read_launched_by(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """An unnamed programme, fund or facility "launched/set up/announced by" states, bodies
    or persons: made with them as its participants (an initiative already read there gains
    them).

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "A fund set up by Norway and Brazil in 2039 pays farmers."
        >>> [(e.name, e.participants) for e in extract(Document(id="d", text=text)).events]
        [('fund', ('no', 'br'))]
    """
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "by"):
        return made
    for match in ctx.scan(_LAUNCHED_BY, sentence):
        stop = _LAUNCHERS_END.search(ctx.text, match.end(), sentence.end)
        end = stop.start() if stop is not None else sentence.end
        launchers = [m.actor_id for m in ctx.actors_in(match.end(), end, _LAUNCHERS)]
        if not launchers or not ctx.actors_starting(match.end(), match.end() + 1):
            continue  # "a programme set up by the ministry's staff": no state or body named
        np = match.group("np")
        if not ctx.cues.business.isdisjoint(np.lower().split()):
            continue  # "a new bond fund launched by the bank": a market product
        start = match.start("np") + (4 if np.lower().startswith("new ") else 0)
        np = ctx.text[start : match.end("np")]  # "A new facility": the "facility"
        known = [
            c
            for c in ctx.starting(match.start("np"), match.end("np"))
            if c.kind is EventKind.INITIATIVE
        ]
        if known:
            for launcher in launchers:
                if launcher not in known[0].participants:
                    known[0].participants.append(launcher)
            continue
        if ctx.covers(match.start("np")) or ctx.covers(match.end("np") - 1):
            continue
        if match.group("det").lower() == "the" and np.lower() == match.group("noun").lower():
            continue  # "The programme, launched by X": the one named before
        future = is_future(ctx, match.start("verb"), sentence)
        candidate = ctx.add(
            Candidate(
                kind=EventKind.INITIATIVE,
                form=_form(match.group("noun")),
                name=np,
                start=start,
                end=match.end("np"),
                sentence=sentence.index,
                head=match.group("noun"),
                indefinite=True,
                participants=list(dict.fromkeys(launchers)),
                evidence=(match.start("np"), end),
                frame_key=_launch_key(np),
            )
        )
        _launched(ctx, sentence, candidate, future)
        made.append(candidate)
    return made


# The readers that read_initiatives calls in turn (see run_readers), in this order. A reader
# declared with reads_where is called only in the sentences that may hold what it needs.
# Those called in every sentence:
_FIRST_READERS: Final[tuple[Reader, ...]] = (
    _read_initiative_anaphors,
    _read_period_anaphor,
    _read_bodies_set_up,
    _read_works_names,
    read_initiative_appositions,  # ", a programme that"
    _read_plans_of_meetings,  # "requested by the X Summit"
)
# Those called in a sentence with a frame or a named initiative.
_READERS: Final[tuple[Reader, ...]] = (
    _read_called,
    _read_launches,
    _read_launched_names,
    _read_launched_by,
    _read_post_launch,
    _read_lists,
    _read_planned,
    _read_period_tails,
)
