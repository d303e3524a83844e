"""Candidate events from the names the readers found: kind, form, anaphors, dates.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("Leaders left the Summit.", document_id="d")
    >>> parts = NameParts(start=17, end=23, name="Summit", kind="meeting",
    ...                   form="summit", core="Summit", head="Summit")
    >>> [c.anaphor for c in name_candidates(ctx, ctx.sentences[0], parts)]
    [True]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract._event_name_parts import ORDINAL_WORDS, NameParts
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract._tokens import QUOTES
from diplotimeline.extract.gazetteer import fold
from diplotimeline.model import (
    ActorKind,
    AgreementForm,
    EventKind,
    InitiativeForm,
    MeetingForm,
)
from diplotimeline.time import DateSpan, PartialDate

__all__ = ["name_candidates"]

_DEFINITE_BEFORE: Final = re.compile(r"\b(?:the|this|our|its|their)\s+(?:[\w-]+\s+)?$")
_INDEFINITE_BEFORE: Final = re.compile(r"\b(?:a|an)\s+(?:[\w,-]+\s+){0,4}$")


def _is_new_level(ctx: Context, sentence: Sentence, start: int) -> bool:
    """Whether an upgrade frame ("elevated ties to a") ends right before ``start``."""
    frame = ctx.cues.frames.get("elevate")
    if frame is None:
        return False
    return any(m.end() == start for m in frame.finditer(ctx.text, sentence.start, start))


_SERIES_BEFORE: Final = re.compile(r"\b(?:annual|regular|periodic|yearly|biennial)\s+$")
# "the Joint Work Plan for 2061 to 2064": a general name made specific by the years it
# covers (two years, the first before the second; a single year may be a target).
_FOR_PERIOD: Final = re.compile(
    r"[ \t]+for[ \t]+(?P<years>(?P<first>(?:19|20)[0-9][0-9])[ \t]*(?:-|–|to)[ \t]*"
    r"(?P<last>(?:19|20)[0-9][0-9]))\b(?![ \t]*[-–/]?[0-9])"
)
_GENERIC: Final = frozenset(
    [
        "comprehensive",
        "strategic",
        "partnership",
        "free",
        "trade",
        "agreement",
        "joint",
        "statement",
        "economic",
        "cooperation",
        "framework",
        "new",
        "bilateral",
        "summit",
        "meeting",
        "memorandum",
        "of",
        "understanding",
        "treaty",
        "declaration",
        "vision",
        "initiative",
        "programme",
        "program",
        "project",
        "fund",
        "forum",
        "conference",
        "dialogue",
        "talks",
        "plan",
        "action",
        "work",
        "enhanced",
        "extended",
        "global",
        "regional",
        "multilateral",
    ]
)

_FORMS: Final[Mapping[str, type[MeetingForm] | type[AgreementForm] | type[InitiativeForm]]] = {
    "meeting": MeetingForm,
    "agreement": AgreementForm,
    "initiative": InitiativeForm,
}


# The words before "Act" that make it a diplomatic act, not a law: "the Helsinki Final Act",
# "the Constitutive Act of the African Union", "the NATO-Russia Founding Act".
_ACT_KINDS: Final = frozenset({"final", "constitutive", "founding"})


def _is_diplomatic_act(ctx: Context, core: str) -> bool:
    """Whether a name headed by "Act" names an act of states: a place's act ("the Almaty
    Act", not a country's: "the Kenya Act") or a final, constitutive or founding act; a law
    ("the Foreign Agents Act", "the Arms Export Control Act") is none.

    Examples:
        >>> from diplotimeline.extract.gazetteer import load_gazetteer
        >>> ctx = Context.build("x", document_id="d", gazetteer=load_gazetteer())
        >>> _is_diplomatic_act(ctx, "Almaty Act"), _is_diplomatic_act(ctx, "Helsinki Final Act")
        (True, True)
        >>> _is_diplomatic_act(ctx, "Foreign Agents Act"), _is_diplomatic_act(ctx, "Act")
        (False, False)
    """
    words = core.split()
    if len(words) < 2 or words[-1].lower() != "act":
        return False
    if words[-2].lower() in _ACT_KINDS:
        return True
    place = " ".join(words[:-1])
    return ctx.place(place) is not None and ctx.country(place) is None


def name_candidates(ctx: Context, sentence: Sentence, name: NameParts) -> list[Candidate]:
    """Record the candidate event of a name read in ``sentence`` (none for a bare anaphor).

    "the Summit" is an anaphor of the last summit named; "a Summit" and a lone
    "Summit" name nothing.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> ctx = Context.build("Leaders attended the Lima Summit.", document_id="d")
        >>> parts = NameParts(start=21, end=32, name="Lima Summit", kind="meeting",
        ...                   form="summit", core="Lima Summit", head="Summit")
        >>> [(c.name, c.anaphor, c.dateable) for c in name_candidates(ctx, ctx.sentences[0], parts)]
        [('Lima Summit', False, True)]
    """
    kind = EventKind(name.kind)
    form = name.form
    if name.head.lower() == "act" and not _is_diplomatic_act(ctx, name.core):
        return []  # "the Foreign Agents Act": a law, not an act of states
    lowered = name.name.lower()
    if kind is EventKind.MEETING and form == "other" and "minister" in lowered:
        form = "ministerial-meeting"
    if (
        kind is EventKind.AGREEMENT
        and form == "treaty"
        and ("trade" in lowered or "economic" in lowered)
    ):
        form = "trade-agreement"
    if kind is EventKind.INITIATIVE and form == "vision" and "joint" in lowered:
        kind, form = EventKind.AGREEMENT, "vision"
    if kind is EventKind.MEETING and name.name.lower().endswith(("meetings", "summits")):
        before = ctx.text[max(sentence.start, name.start - 30) : name.start].lower()
        if _SERIES_BEFORE.search(before):
            return []  # "will hold annual Leaders' Meetings": a series, not one meeting
    words = name.name.split()
    generic = all(fold(w).strip("’'") in _GENERIC for w in words)
    single = len(words) == 1 or (len(words) == 2 and words[0].lower() in ORDINAL_WORDS)
    quoted = ctx.text[max(0, name.start - 1) : name.start] in QUOTES
    anaphor = (single or generic) and name.acronym is None and name.year is None and not quoted
    if anaphor and kind is EventKind.AGREEMENT and _is_new_level(ctx, sentence, name.start):
        anaphor = False  # "elevated ties to a Comprehensive Strategic Partnership": the new level
    period = None
    if anaphor and kind is not EventKind.MEETING and not single:
        period = _FOR_PERIOD.match(ctx.text, name.end, sentence.end)
        if period is not None and int(period.group("last")) <= int(period.group("first")):
            period = None
        anaphor = period is None  # "the Joint Work Plan for 2061 to 2064": that plan
    if anaphor and not name.name.isupper():
        before = ctx.text[max(sentence.start, name.start - 60) : name.start].lower()
        definite = _DEFINITE_BEFORE.search(before)
        if not definite:
            if single or _INDEFINITE_BEFORE.search(before):
                return []
            anaphor = False
    candidate = Candidate(
        kind=kind,
        form=form,
        name=name.name,
        start=name.start,
        end=name.end,
        sentence=sentence.index,
        acronym=name.acronym,
        named=True,
        core=name.core,
        head=name.head,
        ordinal=name.ordinal,
        anaphor=anaphor,
        evidence=(name.start, name.evidence_end),
        dateable=kind is EventKind.MEETING,
    )
    if name.acronym:
        candidate.aliases.append(name.acronym)
    published = ctx.published
    if (
        name.year is not None
        and kind is not EventKind.MEETING
        and published is not None
        and name.year > published.year
    ):
        pass  # "the 2050 Strategy", "Vision 2045": a target year, not the date of the thing
    elif name.year is not None and kind is not EventKind.MEETING:
        candidate.when = DateSpan.of(PartialDate(name.year))
        candidate.date_text = str(name.year)
    elif name.year is not None:
        candidate.when = DateSpan.of(PartialDate(name.year))
    if name.period is not None:
        span = DateSpan.between(PartialDate(name.period[0]), PartialDate(name.period[1]))
        candidate.period = span
        candidate.when = span
    if period is not None:
        first, last = int(period.group("first")), int(period.group("last"))
        candidate.name = f"{name.name} for {period.group('years')}"
        candidate.end = period.end()
        candidate.evidence = (name.start, max(name.evidence_end, period.end()))
        span = DateSpan.between(PartialDate(first), PartialDate(last))
        candidate.period = candidate.when = span
        candidate.date_text = period.group("years")
    for mention in ctx.actors_in(name.start, name.end):
        if mention.kind is not ActorKind.PERSON and mention.actor_id not in candidate.participants:
            candidate.participants.append(mention.actor_id)
    ctx.add(candidate)
    return [candidate]
