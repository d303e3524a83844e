"""Named events: capitalised event names, read token by token.

A name is a run of capitalised words ending in a head word of ``events.toml`` ("Summit",
"Joint Statement", "Memorandum of Understanding"), with its complements ("on Climate
Change"), an ordinal or a year before it, an acronym and a period after it; or a
capitalised modifier before a lower-case head ("the Blue Ocean initiative"). Quoted names
come from :mod:`~diplotimeline.extract._event_quoted`, the candidates they make from
:mod:`~diplotimeline.extract._event_name_candidates`.

Each sentence is tokenised once (:meth:`Context.tokens_of`). A run is read from each of
its capitalised words, but no further than :data:`MAX_RUN` tokens (real names have fewer
than 30), and a run's end that has no lower-case head after it is remembered, so that a
long run of capitalised words costs time in proportion to its length.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> ctx = Context.build("Leaders attended the 12th Andean-Nordic Summit.", document_id="d")
    >>> [(c.name, c.kind.value, c.ordinal) for c in find_named_events(ctx, ctx.sentences[0])]
    [('12th Andean-Nordic Summit', 'meeting', 12)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from diplotimeline.extract._event_acronyms import find_acronym_initiatives
from diplotimeline.extract._event_context import Candidate, Context
from diplotimeline.extract._event_cues import EventCues, cue_key
from diplotimeline.extract._event_name_candidates import name_candidates
from diplotimeline.extract._event_name_parts import (
    ACRONYM_PAREN,
    ORDINAL,
    ORDINAL_WORDS,
    PERIOD_PAREN,
    YEAR,
    NameParts,
    head_at,
    is_organization,
    last_head,
    last_head_words,
    strip_quotes,
)
from diplotimeline.extract._event_quoted import QuotedNames, quoted_names
from diplotimeline.extract._sentences import Sentence
from diplotimeline.extract._tokens import QUOTES, Token, tokens_in
from diplotimeline.model import ActorKind, LinkRelation

__all__ = ["MAX_RUN", "YEAR", "find_acronym_initiatives", "find_named_events", "is_shouted"]

MAX_RUN: Final = 64
"""The most tokens a capitalised run may have: a longer one is read as its first 64."""


def find_named_events(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the capitalised event names of one sentence and record them as candidates.

    Examples:
        >>> ctx = Context.build("Leaders attended the 12th Andean-Nordic Summit.", document_id="d")
        >>> [(c.name, c.kind.value, c.ordinal) for c in find_named_events(ctx, ctx.sentences[0])]
        [('12th Andean-Nordic Summit', 'meeting', 12)]
    """
    if not ctx.may_name_events(sentence) or is_shouted(ctx.text[sentence.start : sentence.end]):
        return []
    tokens = ctx.tokens_of(sentence)
    found: list[Candidate] = []
    quoted = quoted_names(ctx, sentence)
    for name in quoted:
        found.extend(name_candidates(ctx, sentence, name))
    inside = QuotedNames(quoted)
    # Run ends already known to have no lower-case head after them.
    bare_ends: set[int] = set()
    heads = _head_counts(tokens, ctx.cues)
    # The act whose name holds the next one ("Declaration establishing a Partnership").
    outer: tuple[Candidate, int] | None = None
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        if not token.is_name_word:
            # No name starts here (and skipping a quoted name token by token ends alike).
            index += 1
            continue
        holder = inside.holding(token.start) if quoted else None
        if holder is not None:
            while index < count and tokens[index].start < holder.evidence_end:
                index += 1
            continue
        read, next_index = _read_name(ctx, tokens, index, bare_ends, heads)
        if read is not None:
            made = name_candidates(ctx, sentence, read)
            if outer is not None and made and made[0].start == outer[1]:
                # "a Joint Declaration establishing a Strategic Partnership": the partnership
                # dates from the declaration.
                made[0].made_at(outer[0], LinkRelation.PART_OF)
            outer = None
            if made and next_index < count and " establishing " in read.name:
                outer = (made[0], tokens[next_index].start)
            found.extend(made)
        index = max(next_index, index + 1)
    return found


_PERIOD_LAST: Final = re.compile(r"\s(?P<a>(?:19|20)[0-9]{2})\s?[-–—/]\s?(?P<b>(?:19|20)[0-9]{2})$")
_CASED_WORD: Final = re.compile(r"[^\W\d_]{2,}")
# A year written right after a name: "the Lima Accord of 2004", "the Treaty on Fisheries
# (2011)" (not a year followed by more of a date or a number: "of 2004 tonnes").
_YEAR_AFTER: Final = re.compile(
    r"(?:\s+of\s+|\s?\(\s?)(?P<year>(?:19|20)[0-9]{2})(?:\s?\))?(?![\w/–-])"
)


def is_shouted(text: str) -> bool:
    """Whether ``text`` is a heading set in capitals: three words or more, none in lower case.

    A release's or a statement's title line ("NIGERIA AND GERMANY HOLD FIFTH SESSION OF
    BINATIONAL COMMISSION") repeats, in capitals and cut short, what the body says in full;
    its words are not read as event names. Acronyms in a normal sentence are not enough.

    Examples:
        >>> is_shouted("STATEMENT BY THE CHAIR AT THE CLOSING OF THE SUMMIT")
        True
        >>> is_shouted("ASEAN and EU leaders met at the ASEAN-EU Summit.")
        False
    """
    upper = 0
    for match in _CASED_WORD.finditer(text):
        if not match.group().isupper():
            return False
        upper += 1
    return upper >= 3


def _run_end(ctx: Context, tokens: Sequence[Token], start: int) -> int:
    """The index after the last token of the capitalised run starting at ``start``.

    A run stops after :data:`MAX_RUN` tokens.
    """
    cues = ctx.cues
    index = start + 1
    complement = False
    stop = min(len(tokens), start + MAX_RUN)
    while index < stop:
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
                    tokens[ahead].text[0].isdigit() and not ORDINAL.fullmatch(tokens[ahead].text)
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


def _head_counts(tokens: Sequence[Token], cues: EventCues) -> list[int]:
    """``counts[i]``: how many of ``tokens[:i]`` are capitalised last words of a head."""
    last_words = last_head_words(cues)
    counts = [0]
    total = 0
    for token in tokens:
        if token.is_name_word and cue_key(token.text) in last_words:
            total += 1
        counts.append(total)
    return counts


# Offices of a body or meeting: "Chair of the X Forum" names a person's office.
_OFFICES: Final = frozenset(
    {
        *("chair", "chairman", "chairwoman", "chairperson", "co-chair", "vice-chair"),
        *("chairmanship", "chairship", "presidency", "secretary-general", "director-general"),
        # "Leaders of the Pacific Islands Forum adopted ...": the body's people, no event
        *("leaders", "members", "delegates", "representatives", "officials", "envoys"),
    }
)


# A document about a meeting, before "of" and the meeting's name: "Report of the Summit".
_DOCUMENTS: Final = frozenset({"report", "reports", "minutes", "proceedings", "record", "summary"})


# Plural nouns after a body's name that make it the body ("Forum members", "Forum states").
_MEMBERS: Final = frozenset(
    {"members", "member", "states", "countries", "nations", "economies", "delegations"}
)
# Offices an outcome is conveyed or reported to: "the Meeting to the Secretary-General".
_ADDRESSEES: Final = frozenset(
    {
        *("secretary-general", "secretary", "president", "prime", "minister", "king", "queen"),
        *("chair", "chairman", "chairperson", "director-general", "governor", "emir"),
    }
)
_LEGISLATURES: Final = frozenset(
    {"parliament", "congress", "legislature", "assembly", "senate", "diet", "house"}
)


def _of_a_legislature(tokens: Sequence[Token], index: int) -> bool:
    """Whether the name at ``index`` follows "Parliament," ("48th Parliament, 2nd Session")."""
    return index >= 2 and tokens[index - 1].text == "," and tokens[index - 2].lower in _LEGISLATURES


def _read_name(
    ctx: Context,
    tokens: Sequence[Token],
    index: int,
    bare_ends: set[int],
    heads: Sequence[int],
) -> tuple[NameParts | None, int]:
    cues = ctx.cues
    token = tokens[index]
    if not token.is_name_word or token.lower.rstrip(".") in cues.openers:
        return None, index + 1
    if token.is_possessive:
        return None, index + 1
    if (
        token.text.isdigit()
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in cues.connectors
    ):
        return None, index + 1  # "the Lima Partnership of 2023 and the ...": no name at "2023"
    if (
        token.lower.rstrip(".") in cues.calendar
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in cues.connectors
    ):
        return None, index + 1  # "the entry into force in July of the X agreement"
    if token.lower in _OFFICES and index + 1 < len(tokens) and tokens[index + 1].lower == "of":
        return None, index + 2  # "Chair of the Pacific Islands Forum": an office, not an event
    if token.lower in _DOCUMENTS and index + 1 < len(tokens) and tokens[index + 1].lower == "of":
        return None, index + 2  # "the Report of the X Summit": the summit is named, not a report
    end = _run_end(ctx, tokens, index)
    if heads[end] == heads[index]:
        # No head word in the run (a run's words other than its capitalised ones are
        # connectors, articles, quotes and commas): at most a lower-case head after it.
        return _headless(ctx, tokens, index, end, bare_ends)
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
    if (
        not head
        and len(pieces) > 1
        and (
            run[pieces[0][1]].lower in ("and", "&")
            # "Ocean of Peace Declaration": one word, "of", then the headed piece.
            or (run[pieces[0][1]].lower == "of" and pieces[0][1] - pieces[0][0] == 1)
        )
        and pieces[1][0] == pieces[0][1] + 1  # no article: not "Vientiane and the G20 Summit"
        and not _is_place(ctx, " ".join(t.text for t in run[pieces[0][0] : pieces[0][1]]))
    ):
        # "Belt and Road Initiative", "Peace and Prosperity Fund": the head ends the second
        # piece and "and" joins two modifiers of it.
        joined = [(pieces[0][0], pieces[1][1]), *pieces[2:]]
        head_first, head = _core_head(run, joined, cues)
        if head:
            pieces = joined
    if not head:
        return _headless(ctx, tokens, index, end, bare_ends)
    kind, form = cues.heads[cue_key(head)]
    core_end = pieces[0][1] if head_first < pieces[0][1] else head_first + len(head.split())
    if kind == "initiative" and core_end == len(run) and _meeting_word_after(ctx, tokens, end):
        # "the Three Seas Initiative summit": a format's meeting, named by the format.
        return _lower_headed(ctx, tokens, index, end, run)
    if kind == "initiative" and core_end == len(run):
        # "Berlin Process foreign ministers' meeting": the meeting of the format's ministers.
        grouped = _group_meeting_after(ctx, tokens, end, run)
        if grouped is not None:
            return grouped
    name_end = _complement_end(ctx, run, core_end, kind)
    last = run[name_end - 1]
    name_tokens = run[:name_end]
    if is_organization(ctx, name_tokens, core_end):
        return None, index + name_end
    if (
        head.lower() == "forum"
        and end < len(tokens)
        and tokens[end].lower in _MEMBERS
        and name_end == len(run)
    ):
        return None, index + name_end  # "Eighteen Forum members": the body, not a meeting
    if head.lower() == "session" and _of_a_legislature(tokens, index):
        return None, index + name_end  # "48th Parliament, 2nd Session": a legislature's
    inner = _inner_event(name_tokens, core_end, cues)
    found, consumed = _finish(
        ctx, tokens, index, name_tokens, kind, form, head, core_end, last.end, inner is None
    )
    if inner is not None:
        # "the Protocol amending the Agreement on Road Transport of 1997": the agreement it
        # amends (or the partnership a declaration establishes) is read as well, next.
        return found, index + inner
    return found, consumed


def _meeting_word_after(ctx: Context, tokens: Sequence[Token], at: int) -> bool:
    """Whether a lower-case meeting head ("summit", "forum") comes right at ``at``."""
    if at >= len(tokens) or not tokens[at].text.islower():
        return False
    pair = ctx.cues.lower_head(tokens[at].text)
    return pair is not None and pair[0] == "meeting"


# Who meets, between a format's name and "meeting" ("X foreign ministers' meeting").
_MEETING_GROUPS: Final = frozenset(
    [
        *("foreign", "defence", "defense", "finance", "trade", "economy", "interior"),
        *("ministers'", "ministers’", "leaders'", "leaders’", "ministerial", "senior"),
        *("officials'", "officials’"),
    ]
)


def _group_meeting_after(
    ctx: Context, tokens: Sequence[Token], at: int, run: Sequence[Token]
) -> tuple[NameParts | None, int] | None:
    """ "Berlin Process foreign ministers' meeting": up to three words saying who meets,
    then "meeting" or "summit", after the name of a format of cooperation."""
    stop = at
    while stop < len(tokens) and stop - at < 3 and tokens[stop].text in _MEETING_GROUPS:
        stop += 1
    if stop == at or stop >= len(tokens) or not tokens[stop].text.islower():
        return None
    pair = ctx.cues.heads.get(cue_key(tokens[stop].text))
    if pair is None or pair[0] != "meeting":
        return None
    start, end = run[0].start, tokens[stop].end
    name = strip_quotes(ctx.text[start:end])
    form = "ministerial-meeting" if "minister" in name.lower() else pair[1]
    parts = NameParts(
        start=start,
        end=end,
        name=name,
        kind="meeting",
        form=form,
        core=name,
        head=tokens[stop].text,
        evidence_end=end,
    )
    return parts, stop + 1


# Words that join an act to another act it makes or changes ("Joint Declaration establishing
# a Strategic Partnership", "Protocol amending the Agreement on ...").
_ACT_JOINERS: Final = frozenset({"establishing", "amending"})


def _inner_event(name_tokens: Sequence[Token], core_end: int, cues: EventCues) -> int | None:
    """The index of the event named inside an act's name after "establishing"/"amending"."""
    for position in range(core_end, len(name_tokens)):
        if name_tokens[position].lower not in _ACT_JOINERS:
            continue
        start = position + 1
        while start < len(name_tokens) and name_tokens[start].lower in cues.articles:
            start += 1
        end = start
        while end < len(name_tokens) and name_tokens[end].lower not in cues.connectors:
            end += 1
        if start < end and _has_head(name_tokens[start:end], cues):
            return start
        return None
    return None


def _headless(
    ctx: Context, tokens: Sequence[Token], index: int, end: int, bare_ends: set[int]
) -> tuple[NameParts | None, int]:
    """A run without a head: "the Blue Ocean initiative", "'Green Harbour Skills' programme"."""
    cues = ctx.cues
    stop = end
    while stop > index and (
        tokens[stop - 1].text in QUOTES or tokens[stop - 1].lower in cues.connectors
    ):
        stop -= 1
    if stop == index:
        return None, end
    if end in bare_ends:
        return None, index + 1
    found, after = _lower_headed(ctx, tokens, index, end, list(tokens[index:stop]))
    if found is None and after == end:
        bare_ends.add(end)
    return found, (after if found is not None else index + 1)


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
        head_first, head = head_at(run, end - 1, cues, lower=False)
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
        if connector == "in" and (
            not seen_for or _is_place(ctx, words) or segment[0].lower in _NOT_IN_NAMES
        ):
            return index  # "table the Memorandum of Understanding in Parliament": where
        if connector in ("and", "&", ",") and _has_head(segment, cues):
            return index
        if connector == "with" and (kind != "meeting" or _names_person(ctx, segment)):
            return index
        if connector in ("between", "among", "from", "against") and kind == "meeting":
            return index
        if connector == "to" and kind == "meeting" and segment[0].lower in _ADDRESSEES:
            return index  # "convey the outcomes of the Meeting to the Secretary-General"
        if connector in ("for", "on", "of"):
            seen_for = True
        index = segment_end
    return index


_NOT_IN_NAMES: Final = frozenset(
    {"parliament", "congress", "senate", "chamber", "plenary", "cabinet", "court", "full"}
    | {"writing", "principle", "advance", "person", "public", "private"}
)
"""Words after "in" that tell where or how an act is done, never part of its name."""


def _names_person(ctx: Context, segment: Sequence[Token]) -> bool:
    """Whether a segment after "with" names a person ("... Dialogue with Vice Minister X")."""
    gazetteer = ctx.gazetteer
    if gazetteer is not None and any(gazetteer.title(t.text) is not None for t in segment[:6]):
        return True
    return bool(ctx.actors_in(segment[0].start, segment[-1].end, (ActorKind.PERSON,)))


def _has_head(segment: Sequence[Token], cues: EventCues) -> bool:
    return bool(head_at(segment, len(segment) - 1, cues, lower=False)[1])


def _is_place(ctx: Context, words: str) -> bool:
    return ctx.place(words) is not None or ctx.country(words) is not None


# Words that open a sentence with a capital only because they open it: modifiers of the
# lower-case heads ("political dialogue", "business forum") and common adjectives. Alone
# before a head, they name nothing.
_GENERIC_OPENER: Final = dict.fromkeys(
    (
        *("political", "strategic", "energy", "security", "economic", "trade", "defence"),
        *("defense", "maritime", "business", "investment", "cooperation", "border", "power"),
        *("railway", "rail", "transmission", "interconnection", "tourist", "common"),
        *("unified", "single", "regional", "bilateral", "multilateral", "annual", "joint"),
        *("national", "international", "global", "new", "future", "such", "this", "that"),
    ),
    True,
)


def _lower_headed(
    ctx: Context, tokens: Sequence[Token], index: int, end: int, run: list[Token]
) -> tuple[NameParts | None, int]:
    cues = ctx.cues
    after = end
    acronym = None
    text = ctx.text
    paren = ACRONYM_PAREN.match(text, run[-1].end)
    if paren is not None:
        acronym = paren.group("acr")
        while after < len(tokens) and tokens[after].start < paren.end():
            after += 1
    while after < len(tokens) and tokens[after].text in QUOTES:
        after += 1
    if acronym is None:
        described = _described_project(ctx, tokens, after, run)
        if described is not None:
            consumed = after
            while consumed < len(tokens) and tokens[consumed].start < described.end:
                consumed += 1
            return described, consumed
    for size in (2, 1):
        if after + size > len(tokens):
            continue
        words = tokens[after : after + size]
        phrase = " ".join(t.text for t in words)
        pair = cues.lower_head(phrase)
        if pair is None or not all(t.text.islower() for t in words):
            continue
        kind, form = pair
        following = after + size
        if (
            size == 1
            and following < len(tokens)
            and tokens[following].text.islower()
            and cues.lower_head(tokens[following].text) is not None
        ):
            # "the 2022 framework agreement", "a partnership agreement": the last noun of
            # the compound is its head.
            words = tokens[after : following + 1]
            phrase = " ".join(t.text for t in words)
            kind, form = cues.lower_head(tokens[following].text) or pair
            size = 2
        if len(run) == 1 and index == 0 and _GENERIC_OPENER.get(run[0].lower, False):
            return None, end  # "Political dialogue is ...", "Business forum organisers ..."
        if len(run) == 1 and (
            ctx.country(run[0].text) or (ctx.organization(run[0].text) and kind != "meeting")
        ):
            # "a Japan initiative", "the ASEAN fund": an actor's thing, not a name; but an
            # organisation's meeting is named by it ("the G20 summit", "the APEC forum").
            return None, end
        if acronym is not None:
            # "the Andean Clean Power Network (ACPN) initiative": the name is the long form.
            name = NameParts(
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
        return NameParts(
            start=start,
            end=stop,
            name=strip_quotes(name_text),
            kind=kind,
            form=form,
            core=strip_quotes(name_text),
            head=phrase,
            acronym=None,
            period=None,
            # "the 2018 accord", "the 2022 framework agreement": the year it was made.
            year=int(run[0].text) if len(run) == 1 and YEAR.fullmatch(run[0].text) else None,
            ordinal=None,
            evidence_end=stop,
        ), after + size
    return None, end


# Lower-case words that describe what a works project builds or does ("the Pak Lay
# hydropower project", "the X-Y border crossing modernisation project", "the new Z binational
# border centre"): between a capitalised name and a head of :data:`_WORKS_HEADS` they belong
# to the name.
_WORKS_DESCRIPTORS: Final = frozenset(
    [
        "hydropower",
        "hydroelectric",
        "hydro",
        "power",
        "energy",
        "electricity",
        "solar",
        "wind",
        "geothermal",
        "nuclear",
        "gas",
        "oil",
        "lng",
        "coal",
        "water",
        "irrigation",
        "wastewater",
        "sanitation",
        "railway",
        "rail",
        "road",
        "highway",
        "motorway",
        "expressway",
        "bridge",
        "tunnel",
        "port",
        "harbour",
        "harbor",
        "airport",
        "seaport",
        "dry",
        "metro",
        "tram",
        "transit",
        "pipeline",
        "transmission",
        "interconnection",
        "grid",
        "cable",
        "fibre",
        "fiber",
        "canal",
        "dam",
        "reservoir",
        "border",
        "crossing",
        "binational",
        "cross-border",
        "one-stop",
        "logistics",
        "infrastructure",
        "transport",
        "modernisation",
        "modernization",
        "construction",
        "expansion",
        "extension",
        "rehabilitation",
        "upgrade",
        "upgrading",
        "redevelopment",
        "development",
        "connectivity",
        "link",
        "smart",
        "housing",
        "terminal",
        "desalination",
        "corridor",
    ]
)
# Works descriptors that end a name as its head after another descriptor ("the X-Y corridor
# highway", "the Z coastal railway" is no name: "coastal" is no descriptor).
_ROUTE_HEADS: Final = frozenset(["highway", "motorway", "expressway", "railway"])
# Words that make a visa a scheme of several countries ("a unified tourist visa").
_VISA_DESCRIPTORS: Final = frozenset(
    ["unified", "common", "single", "joint", "tourist", "business"]
)
# Heads of works projects that a descriptor makes a name of ("border market", "power
# plant") but that alone say too little ("market", "centre").
_WORKS_HEADS: Final = frozenset(
    [
        "project",
        "plant",
        "station",
        "line",
        "link",
        "market",
        "centre",
        "center",
        "post",
        "crossing",
        "terminal",
    ]
)


# A works named as where something is, not as a project: "downstream of the X power plant",
# "near the Y border crossing".
_BESIDE_WORKS: Final = re.compile(
    r"\b(?:downstream|upstream|near|nearby|next[ \t]+to|outside|beside|behind|below|above"
    r"|close[ \t]+to)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _described_project(
    ctx: Context, tokens: Sequence[Token], after: int, run: list[Token]
) -> NameParts | None:
    """ "the Pak Lay hydropower project": a name, descriptors (at most three), a works head."""
    at = after
    while at < len(tokens) and at - after < 3 and tokens[at].text in _WORKS_DESCRIPTORS:
        at += 1
    form = "project"
    if (
        at - after >= 2
        and (at >= len(tokens) or tokens[at].text not in _WORKS_HEADS)
        and tokens[at - 1].text in _ROUTE_HEADS
    ):
        at -= 1  # "the Abidjan-Lagos corridor highway": the last descriptor is the head
    if at == after or at >= len(tokens) or tokens[at].text not in _WORKS_HEADS | _ROUTE_HEADS:
        # "the GCC unified tourist visa", "the Andean common visa": a shared visa scheme.
        at = after
        while at < len(tokens) and at - after < 3 and tokens[at].text in _VISA_DESCRIPTORS:
            at += 1
        if at == after or at >= len(tokens) or tokens[at].text != "visa":
            return None
        form = "programme"
    if at + 1 < len(tokens) and tokens[at + 1].text.islower() and tokens[at + 1].is_name_word:
        return None  # "the Lao power plant operator": the head of something else
    if len(run) == 1 and (
        ctx.country(run[0].text) is not None
        or (ctx.organization(run[0].text) is not None and form == "project")
        or YEAR.fullmatch(run[0].text)
    ):
        return None  # "the Thai border crossing", "a 2030 rail project": no name
    if any(t.lower.rstrip(".") in ctx.cues.openers for t in run[:1]):
        return None
    if _BESIDE_WORKS.search(ctx.text, max(0, run[0].start - 40), run[0].start):
        return None  # "downstream of the Gabcikovo hydropower plant": a place on the map
    start, stop = run[0].start, tokens[at].end
    name = strip_quotes(ctx.text[start:stop])
    return NameParts(
        start=start,
        end=stop,
        name=name,
        kind="initiative",
        form=form,
        core=name,
        head=tokens[at].text,
        evidence_end=stop,
    )


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
    year_after: bool = True,
) -> tuple[NameParts | None, int]:
    text = ctx.text
    first = name_tokens[0]
    year = None
    ordinal = None
    written = ""
    start = first.start
    if YEAR.fullmatch(first.text) and len(name_tokens) > 1:
        year = int(first.text)
        start = name_tokens[1].start
    match = ORDINAL.fullmatch(name_tokens[0].text)
    if match:
        ordinal = int(match.group(1))
    elif index > 0 and tokens[index - 1].lower in ORDINAL_WORDS:
        ordinal = ORDINAL_WORDS[tokens[index - 1].lower]
        if kind == "meeting" and tokens[index - 1].text.islower():
            # "the second 2+2 Meeting": the ordinal tells this meeting from the first one.
            written = tokens[index - 1].text.capitalize()
    core = text[start : name_tokens[max(0, core_end - 1)].end]
    acronym = None
    period = None
    evidence_end = end
    consumed = index + len(name_tokens)
    paren = ACRONYM_PAREN.match(text, end)
    if paren is not None:
        acronym = paren.group("acr")
        evidence_end = paren.end()
        # "an Enhanced Partnership and Cooperation Agreement (EPCA)": the acronym spells the
        # whole coordinated name, not only its last conjunct.
        for item in ctx.abbreviations:
            if (
                item.short == acronym
                and item.long_end == end
                and start - 80 <= item.long_start < start
                and "," not in text[item.long_start : start]
            ):
                start = item.long_start
                core = text[start : name_tokens[max(0, core_end - 1)].end]
        # "Initiative (AGI) Action Plan Phase 3 (2031-2035)": the name goes on.
        rest = tokens_in(text, paren.end(), min(len(text), paren.end() + 80))
        extra = 0
        while extra < len(rest) and rest[extra].is_name_word:
            extra += 1
        if extra and _head_in(rest[:extra], ctx.cues):
            _, more = last_head(rest[:extra], ctx.cues)
            if more:
                kind, form = ctx.cues.heads[cue_key(more)]
                head = more
                end = rest[extra - 1].end
                evidence_end = end
    name_text = text[start:end]
    period_match = PERIOD_PAREN.match(text, evidence_end)
    if period_match is not None:
        period = (int(period_match.group("a")), int(period_match.group("b")))
        evidence_end = period_match.end()
    else:
        # "the Strategic Cooperation Programme 2027-2031": a period written into the name.
        period_match = _PERIOD_LAST.search(name_text)
        if period_match is not None and int(period_match.group("a")) <= int(
            period_match.group("b")
        ):
            period = (int(period_match.group("a")), int(period_match.group("b")))
    if year is None and period is None and kind != "meeting" and year_after:
        written_year = _YEAR_AFTER.match(text, evidence_end)
        if written_year is not None and (
            written_year.group().strip().startswith("(") == written_year.group().endswith(")")
        ):
            year = int(written_year.group("year"))
            evidence_end = written_year.end()
    while consumed < len(tokens) and tokens[consumed].start < evidence_end:
        consumed += 1
    return (
        NameParts(
            start=start,
            end=end,
            name=f"{written} {strip_quotes(name_text)}" if written else strip_quotes(name_text),
            kind=kind,
            form=form,
            core=strip_quotes(core),
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
    return bool(last_head(tokens, cues)[1])
