"""Named events: capitalised and quoted event names, and acronym-defined initiatives.

A name is a run of capitalised words ending in a head word of ``events.toml`` ("Summit",
"Joint Statement", "Memorandum of Understanding"), with its complements ("on Climate
Change"), an ordinal or a year before it, an acronym and a period after it; or a quoted or
capitalised modifier before a lower-case head ("the Blue Ocean initiative").

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("Leaders attended the 12th Andean-Nordic Summit.", document_id="d")
    >>> [(c.name, c.kind.value, c.ordinal) for c in find_named_events(ctx, ctx.sentences[0])]
    [('12th Andean-Nordic Summit', 'meeting', 12)]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract._event_cues import EventCues, cue_key
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract._tokens import QUOTES, Token, tokens_in
from diplotimeline.extract.gazetteer import fold
from diplotimeline.model import (
    ActorKind,
    AgreementForm,
    EventKind,
    InitiativeForm,
    MeetingForm,
)
from diplotimeline.time import DateSpan, PartialDate

__all__ = ["YEAR", "find_acronym_initiatives", "find_named_events"]

_QUOTE_MARKS: Final = str.maketrans({ord(q): None for q in '“”"‘«»'})
_LONE_APOSTROPHES: Final = re.compile(r"(?<!\w)['’]|(?<=[^\Ws])['’](?!\w)")
_DEFINITE_BEFORE: Final = re.compile(r"\b(?:the|this|our|its|their)\s+(?:[\w-]+\s+)?$")
_INDEFINITE_BEFORE: Final = re.compile(r"\b(?:a|an)\s+(?:[\w,-]+\s+){0,4}$")
_SPACES: Final = re.compile(r"[\s]+")

_ACRONYM_PAREN: Final = re.compile(
    r"\s?\(\s?(?P<acr>[A-Z][A-Za-z0-9&.\-]{0,12}[A-Z0-9](?:\s[0-9]{1,3}(?:\.[0-9])?)?)\s?\)"
)
_PERIOD_PAREN: Final = re.compile(
    r"\s?\(\s?(?P<a>(?:19|20)[0-9]{2})\s?[-–—/]\s?(?P<b>(?:19|20)[0-9]{2})\s?\)"
)
YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
_ORDINAL: Final = re.compile(r"([0-9]{1,3})(?:st|nd|rd|th)")
_ORDINAL_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


# ---------------------------------------------------------------------------------------
# Named events


@attrs.frozen
class _Name:
    start: int
    end: int
    name: str
    kind: str
    form: str
    core: str
    head: str
    acronym: str | None
    period: tuple[int, int] | None
    year: int | None
    ordinal: int | None
    evidence_end: int


def _head_at(tokens: Sequence[Token], end: int, cues: EventCues, lower: bool) -> tuple[int, str]:
    """The longest head phrase ending at token ``end`` (inclusive): (first index, phrase)."""
    table = cues.lower_heads if lower else cues.heads
    for size in range(min(cues.longest_head, end + 1), 0, -1):
        first = end - size + 1
        phrase = " ".join(t.text for t in tokens[first : end + 1])
        if cue_key(phrase) in table and (lower or tokens[first].is_capital or size > 1):
            return first, phrase
    return -1, ""


def find_named_events(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the capitalised event names of one sentence and record them as candidates.

    Examples:
        >>> ctx = Context.build("Leaders attended the 12th Andean-Nordic Summit.", document_id="d")
        >>> [(c.name, c.kind.value, c.ordinal) for c in find_named_events(ctx, ctx.sentences[0])]
        [('12th Andean-Nordic Summit', 'meeting', 12)]
    """
    if not ctx.may_name_events(sentence):
        return []
    tokens = ctx.tokens_of(sentence)
    found: list[Candidate] = []
    quoted = _quoted_names(ctx, sentence)
    for name in quoted:
        found.extend(_name_candidates(ctx, sentence, name))
    index = 0
    while index < len(tokens):
        if not tokens[index].is_name_word:
            # No name starts here (and skipping a quoted name token by token ends alike).
            index += 1
            continue
        inside = [n for n in quoted if n.start - 1 <= tokens[index].start < n.evidence_end]
        if inside:
            while index < len(tokens) and tokens[index].start < inside[0].evidence_end:
                index += 1
            continue
        read, next_index = _read_name(ctx, tokens, index)
        if read is not None:
            found.extend(_name_candidates(ctx, sentence, read))
        index = max(next_index, index + 1)
    return found


_QUOTED: Final = re.compile(
    r"[“\"](?P<q>[A-Z][^“”\"\n]{2,160}?)[”\"]"
    r"|(?<!\w)[‘'](?P<s>[A-Z][^‘’'\n]{2,100}?)[’'](?!\w)"
)


def _quoted_names(ctx: Context, sentence: Sentence) -> list[_Name]:
    """Names in quotation marks: a head word inside, or a lower-case head just after."""
    names = []
    for match in _QUOTED.finditer(ctx.text, sentence.start, sentence.end):
        group = "q" if match.group("q") else "s"
        start, end = match.start(group), match.end(group)
        inner = tokens_in(ctx.text, start, end)
        words = [t for t in inner if t.is_word]
        if not words or sum(1 for t in words if t.is_capital) < len(words) / 2:
            continue
        _, head = _last_head(inner, ctx.cues)
        after = tokens_in(ctx.text, match.end(), min(sentence.end, match.end() + 40))
        pair = None
        evidence_end = match.end()
        for size in (2, 1):
            phrase = " ".join(t.text for t in after[:size])
            if len(after) >= size and phrase.islower() and ctx.cues.lower_head(phrase):
                pair = ctx.cues.lower_head(phrase)
                evidence_end = after[size - 1].end
                head = phrase
                break
        if pair is None and head:
            pair = ctx.cues.heads[cue_key(head)]
        if pair is None or _is_organization(ctx, inner, len(inner)):
            continue
        name = _strip_quotes(ctx.text[start:end])
        names.append(
            _Name(
                start=start,
                end=end,
                name=name,
                kind=pair[0],
                form=pair[1],
                core=name,
                head=head,
                acronym=None,
                period=None,
                year=None,
                ordinal=None,
                evidence_end=evidence_end,
            )
        )
    return names


def _run_end(ctx: Context, tokens: Sequence[Token], start: int) -> int:
    """The index after the last token of the capitalised run starting at ``start``."""
    cues = ctx.cues
    index = start + 1
    complement = False
    while index < len(tokens):
        token = tokens[index]
        previous = tokens[index - 1]
        if previous.is_possessive and not previous.text[0].isdigit():
            return index - 1 if index - 1 > start else index
        if token.is_name_word:
            index += 1
            continue
        if token.text in QUOTES and index + 1 < len(tokens) and tokens[index + 1].is_name_word:
            index += 1
            continue
        if token.lower in cues.connectors or token.text == ",":
            ahead = index + 1
            if ahead < len(tokens) and tokens[ahead].lower in cues.articles:
                ahead += 1
            if ahead < len(tokens) and tokens[ahead].text in QUOTES:
                ahead += 1
            if (
                ahead < len(tokens)
                and tokens[ahead].is_name_word
                and not (
                    tokens[ahead].text[0].isdigit() and not _ORDINAL.fullmatch(tokens[ahead].text)
                )
                and tokens[ahead].lower.rstrip(".") not in cues.calendar
            ):
                if token.text == "," and not (complement and _comma_list(tokens, ahead)):
                    break
                complement = complement or token.lower in ("of", "on", "for")
                index = ahead
                continue
        break
    return index


def _comma_list(tokens: Sequence[Token], at: int) -> bool:
    """Whether a capitalised word after a comma is followed by "and"/"," (a list)."""
    for token in tokens[at + 1 : at + 4]:
        if token.lower in ("and", ","):
            return True
        if not token.is_name_word:
            return False
    return False


def _read_name(ctx: Context, tokens: Sequence[Token], index: int) -> tuple[_Name | None, int]:
    cues = ctx.cues
    token = tokens[index]
    if not token.is_name_word or token.lower.rstrip(".") in cues.openers:
        return None, index + 1
    if token.is_possessive:
        return None, index + 1
    end = _run_end(ctx, tokens, index)
    run = list(tokens[index:end])
    while run and (run[-1].text in QUOTES or run[-1].lower in cues.connectors):
        run.pop()
    if not run:
        return None, end
    # Split the run into segments at connectors; segment 0 is the core.
    pieces: list[tuple[int, int]] = []
    first = 0
    for position, item in enumerate(run):
        if item.lower in cues.connectors or item.text == ",":
            if position > first:
                pieces.append((first, position))
            first = position + 1
    pieces.append((first, len(run)))
    head_first, head = _core_head(run, pieces, cues)
    if not head:
        # "the Blue Ocean initiative", "'Green Harbour Skills' programme".
        found, after = _lower_headed(ctx, tokens, index, end, run)
        return found, (after if found is not None else index + 1)
    kind, form = cues.heads[cue_key(head)]
    core_end = pieces[0][1] if head_first < pieces[0][1] else head_first + len(head.split())
    name_end = _complement_end(ctx, run, core_end, kind)
    last = run[name_end - 1]
    name_tokens = run[:name_end]
    if _is_organization(ctx, name_tokens, core_end):
        return None, index + name_end
    return _finish(ctx, tokens, index, name_tokens, kind, form, head, core_end, last.end)


def _core_head(
    run: Sequence[Token], pieces: Sequence[tuple[int, int]], cues: EventCues
) -> tuple[int, str]:
    first_piece_end = pieces[0][1]
    # "Vision 2050", "Project 2.0", "Action Plan Phase 3": numbers after the head.
    while first_piece_end > 1 and (
        run[first_piece_end - 1].text[0].isdigit() or run[first_piece_end - 1].lower == "phase"
    ):
        first_piece_end -= 1
    # A head made of several words may span a connector ("Memorandum of Understanding").
    for end in range(min(len(run), first_piece_end + 2), first_piece_end - 1, -1):
        if end - 1 < 0:
            continue
        head_first, head = _head_at(run, end - 1, cues, lower=False)
        if head and head_first < first_piece_end:
            if end > first_piece_end and " " not in head:
                continue
            return head_first, head
    return -1, ""


def _complement_end(ctx: Context, run: Sequence[Token], core_end: int, kind: str) -> int:
    """Where the name ends: the core plus "of/on/for ..." complements, not a location."""
    cues = ctx.cues
    index = core_end
    seen_for = False
    while index < len(run):
        connector = run[index].lower
        if connector not in cues.connectors and connector != ",":
            index += 1
            continue
        ahead = index + 1
        while ahead < len(run) and (run[ahead].lower in cues.articles or run[ahead].text in QUOTES):
            ahead += 1
        segment_end = ahead
        while (
            segment_end < len(run)
            and run[segment_end].lower not in cues.connectors
            and (run[segment_end].text != ",")
        ):
            segment_end += 1
        segment = run[ahead:segment_end]
        if not segment:
            return index
        words = " ".join(t.text for t in segment)
        if connector == "in" and (not seen_for or _is_place(ctx, words)):
            return index
        if connector in ("and", "&", ",") and _has_head(segment, cues):
            return index
        if connector == "with" and kind != "meeting":
            return index
        if connector in ("between", "among", "from", "against") and kind == "meeting":
            return index
        if connector in ("for", "on", "of"):
            seen_for = True
        index = segment_end
    return index


def _has_head(segment: Sequence[Token], cues: EventCues) -> bool:
    return bool(_head_at(segment, len(segment) - 1, cues, lower=False)[1])


def _is_place(ctx: Context, words: str) -> bool:
    return ctx.place(words) is not None or ctx.country(words) is not None


def _is_organization(ctx: Context, name_tokens: Sequence[Token], core_end: int) -> bool:
    core = name_tokens[:core_end]
    if any(t.lower in ctx.cues.organization_heads for t in core[-1:]):
        return True
    start, end = name_tokens[0].start, name_tokens[-1].end
    name = ctx.text[start:end]
    if ctx.organization(name) is not None:
        return not _ORDINAL.match(name_tokens[0].text)
    return ctx.country(name) is not None or ctx.place(name) is not None


def _lower_headed(
    ctx: Context, tokens: Sequence[Token], index: int, end: int, run: list[Token]
) -> tuple[_Name | None, int]:
    cues = ctx.cues
    after = end
    acronym = None
    text = ctx.text
    paren = _ACRONYM_PAREN.match(text, run[-1].end)
    if paren is not None:
        acronym = paren.group("acr")
        while after < len(tokens) and tokens[after].start < paren.end():
            after += 1
    while after < len(tokens) and tokens[after].text in QUOTES:
        after += 1
    for size in (2, 1):
        if after + size > len(tokens):
            continue
        words = tokens[after : after + size]
        phrase = " ".join(t.text for t in words)
        pair = cues.lower_head(phrase)
        if pair is None or not all(t.text.islower() for t in words):
            continue
        if len(run) == 1 and (ctx.country(run[0].text) or ctx.organization(run[0].text)):
            return None, end
        kind, form = pair
        if acronym is not None:
            # "the Andean Clean Power Network (ACPN) initiative": the name is the long form.
            name = _Name(
                start=run[0].start,
                end=run[-1].end,
                name=text[run[0].start : run[-1].end],
                kind=kind,
                form=form,
                core=text[run[0].start : run[-1].end],
                head=phrase,
                acronym=acronym,
                period=None,
                year=None,
                ordinal=None,
                evidence_end=words[-1].end,
            )
            return name, after + size
        start = run[0].start
        stop = words[-1].end
        name_text = text[start:stop]
        return _Name(
            start=start,
            end=stop,
            name=_strip_quotes(name_text),
            kind=kind,
            form=form,
            core=_strip_quotes(name_text),
            head=phrase,
            acronym=None,
            period=None,
            year=None,
            ordinal=None,
            evidence_end=stop,
        ), after + size
    return None, end


def _strip_quotes(text: str) -> str:
    text = _LONE_APOSTROPHES.sub("", text.translate(_QUOTE_MARKS))
    return " ".join(text.split()).strip(" '’")


def _finish(
    ctx: Context,
    tokens: Sequence[Token],
    index: int,
    name_tokens: Sequence[Token],
    kind: str,
    form: str,
    head: str,
    core_end: int,
    end: int,
) -> tuple[_Name | None, int]:
    text = ctx.text
    first = name_tokens[0]
    year = None
    ordinal = None
    start = first.start
    if YEAR.fullmatch(first.text) and len(name_tokens) > 1:
        year = int(first.text)
        start = name_tokens[1].start
    match = _ORDINAL.fullmatch(name_tokens[0].text)
    if match:
        ordinal = int(match.group(1))
    elif index > 0 and tokens[index - 1].lower in _ORDINAL_WORDS:
        ordinal = _ORDINAL_WORDS[tokens[index - 1].lower]
    core = text[start : name_tokens[max(0, core_end - 1)].end]
    acronym = None
    period = None
    evidence_end = end
    consumed = index + len(name_tokens)
    paren = _ACRONYM_PAREN.match(text, end)
    if paren is not None:
        acronym = paren.group("acr")
        evidence_end = paren.end()
        # "Initiative (AGI) Action Plan Phase 3 (2031-2035)": the name goes on.
        rest = tokens_in(text, paren.end(), min(len(text), paren.end() + 80))
        extra = 0
        while extra < len(rest) and rest[extra].is_name_word:
            extra += 1
        if extra and _head_in(rest[:extra], ctx.cues):
            _, more = _last_head(rest[:extra], ctx.cues)
            if more:
                kind, form = ctx.cues.heads[cue_key(more)]
                head = more
                end = rest[extra - 1].end
                evidence_end = end
    name_text = text[start:end]
    period_match = _PERIOD_PAREN.match(text, evidence_end)
    if period_match is not None:
        period = (int(period_match.group("a")), int(period_match.group("b")))
        evidence_end = period_match.end()
    while consumed < len(tokens) and tokens[consumed].start < evidence_end:
        consumed += 1
    return (
        _Name(
            start=start,
            end=end,
            name=_strip_quotes(name_text),
            kind=kind,
            form=form,
            core=_strip_quotes(core),
            head=head,
            acronym=acronym,
            period=period,
            year=year,
            ordinal=ordinal,
            evidence_end=evidence_end,
        ),
        consumed,
    )


def _head_in(tokens: Sequence[Token], cues: EventCues) -> bool:
    return bool(_last_head(tokens, cues)[1])


def _last_head(tokens: Sequence[Token], cues: EventCues) -> tuple[int, str]:
    for end in range(len(tokens) - 1, -1, -1):
        first, head = _head_at(tokens, end, cues, lower=False)
        if head:
            return first, head
    return -1, ""


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


def _name_candidates(ctx: Context, sentence: Sentence, name: _Name) -> list[Candidate]:
    kind = EventKind(name.kind)
    form = name.form
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
    words = name.name.split()
    generic = all(fold(w).strip("’'") in _GENERIC for w in words)
    single = len(words) == 1 or (len(words) == 2 and words[0].lower() in _ORDINAL_WORDS)
    quoted = ctx.text[max(0, name.start - 1) : name.start] in QUOTES
    anaphor = (single or generic) and name.acronym is None and name.year is None and not quoted
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
    if name.year is not None and kind is not EventKind.MEETING:
        candidate.when = DateSpan.of(PartialDate(name.year))
        candidate.date_text = str(name.year)
    elif name.year is not None:
        candidate.when = DateSpan.of(PartialDate(name.year))
    if name.period is not None:
        span = DateSpan.between(PartialDate(name.period[0]), PartialDate(name.period[1]))
        candidate.period = span
        candidate.when = span
    for mention in ctx.actors_in(name.start, name.end):
        if mention.kind is not ActorKind.PERSON and mention.actor_id not in candidate.participants:
            candidate.participants.append(mention.actor_id)
    ctx.add(candidate)
    return [candidate]


def find_acronym_initiatives(ctx: Context) -> list[Candidate]:
    """Concepts introduced with an acronym that are no actor and no other event.

    "Chile's advocacy for a Peaceful and Connected South Pacific (PCSP)" names a framework; a long
    form that is an organisation (a gazetteer entry, an actor, a name ending in "Bank",
    "Agency", "Centre"...) or a common economic term is left alone.

    Examples:
        >>> from diplotimeline.extract.abbreviations import find_abbreviations
        >>> text = "Both back a Peaceful and Connected South Pacific (PCSP). The PCSP matters."
        >>> ctx = Context.build(text, document_id="d", abbreviations=find_abbreviations(text))
        >>> [(c.name, c.acronym) for c in find_acronym_initiatives(ctx)]
        [('Peaceful and Connected South Pacific', 'PCSP')]
    """
    found = []
    for item in ctx.abbreviations:
        if item.is_reversed:
            continue
        if any(
            c.start <= item.long_start < c.end or c.acronym == item.short for c in ctx.candidates
        ):
            continue
        words = [w for w in _SPACES.split(item.long) if w]
        content = [w for w in words if w.lower() not in ctx.cues.connectors | ctx.cues.articles]
        if len(content) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in content):
            continue
        last = fold(content[-1]).strip(".,")
        if last in ctx.cues.organization_heads or last in ctx.cues.not_events:
            continue
        if ctx.is_actor_span(item.long_start, item.long_end):
            continue
        if ctx.organization(item.long) or ctx.organization(item.short):
            continue
        if ctx.actors_in(item.long_start, item.long_end, (ActorKind.PERSON,)):
            continue
        sentence = ctx.sentence_at(item.long_start)
        candidate = Candidate(
            kind=EventKind.INITIATIVE,
            form="framework",
            name=item.long,
            start=item.long_start,
            end=item.long_end,
            sentence=sentence.index,
            acronym=item.short,
            aliases=[item.short],
            named=True,
            core=item.long,
            head="",
            evidence=(item.long_start, item.short_end + 1),
        )
        found.append(ctx.add(candidate))
    return found
