"""One agreement told several ways in a document: a headline's deal, a bare "agreement".

News tells the agreement it reports in several ways: a headline or a subhead says "Egypt
and Jordan to sign deal", the lede "an agreement to build a desalination plant", the body
"the Aqaba Joint Desalination Agreement", a run-in head "Signing of the loan agreement."
before "signed the loan agreement for the X Project", a last line "the agreement with Jordan
would be signed in Amman". A careful reader takes the bare mentions for the one fuller
agreement they fit: :func:`fold_agreement_mentions` joins each unnamed mention to the one
agreement of the text that is fuller than it (named, or with more words of its own), of a
compatible noun, with every word it has, compatible parties and dates. Two agreements told
apart by their words ("a trade agreement" and "a visa agreement"), their nouns ("the
Treaty" is no "deal"), their parties or their dates stay apart, and so does a bare mention
that two agreements could fill. :func:`fold_headline_plurals` joins a headline's plural
("sign fisheries and energy deals") to an act of the body it sums up.

Examples:
    >>> descriptors("Agreement with Jordan", "agreement")
    frozenset()
    >>> sorted(descriptors("joint desalination agreement", "agreement"))
    ['desalination']
    >>> sorted(descriptors("loan agreement for the Sirajganj Port Project", "agreement"))
    ['loan', 'port', 'project', 'sirajganj']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context, name_key
from diplotimeline.extract._event_kept import compatible
from diplotimeline.extract._event_name_folds import head_end
from diplotimeline.model import ActorKind, AgreementStage, EventKind

__all__ = [
    "descriptors",
    "fold_agreement_mentions",
    "fold_bracketed_names",
    "fold_headline_plurals",
    "fold_named_variants",
    "fold_plans",
]

Absorb = Callable[[Candidate, Candidate], None]
"""Merge the second mention into the first (``_event_merge._absorb``)."""

_GENERIC_HEADS: Final = frozenset({"agreement", "deal", "accord", "pact"})
"""Nouns that say only that something was agreed: any of them may tell another."""
_SPECIFIC_HEADS: Final = {
    "treaty": "treaty",
    "memorandum": "memorandum",
    "mou": "memorandum",
    "protocol": "protocol",
    "convention": "convention",
}
"""Nouns of a kind of instrument: a mention with one tells only an agreement of its kind."""
_PLAIN_WORDS: Final = frozenset(
    {"the", "a", "an", "of", "on", "for", "to", "and", "in", "at", "this", "that", "its"}
    | {"their", "joint", "bilateral", "final", "draft", "proposed", "planned", "landmark"}
    | {"historic", "long", "awaited", "understanding", "mutual", "formal", "full"}
)
"""Words that tell nothing of what an agreement is about."""
_OTHER_WORDS: Final = frozenset(
    {"new", "another", "second", "separate", "further", "other", "more", "earlier", "old"}
    | {"previous", "original", "first", "third", "interim"}
)
"""Words that set a mention apart from the agreement told before ("a new agreement")."""
_MOST: Final = 48
"""Above this many agreements a text is a list of acts, each told once: none is folded."""
_PARTY_OPENERS: Final = frozenset({"with", "between", "among"})
_MAKING: Final = frozenset(
    {None, AgreementStage.SIGNED, AgreementStage.ADOPTED, AgreementStage.CONCLUDED}
)
"""The stages whose date is the agreement's own (or no stage told)."""


def _family(head: str) -> str | None:
    """The kind of instrument a head noun names: "generic", a specific kind, or None (a
    charter, a declaration, a vision: acts of their own, never folded here)."""
    word = head.lower().split()[0] if head else ""
    if word in _GENERIC_HEADS:
        return "generic"
    return _SPECIFIC_HEADS.get(word)


def _is_plural(head: str) -> bool:
    """ "agreements", "memoranda", "MoUs": several acts, not the one told elsewhere."""
    word = head.lower().split()[0] if head else ""
    return word.endswith("s") or word == "memoranda"


def _stem(word: str) -> str:
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def descriptors(name: str, head: str) -> frozenset[str]:
    """The words of an agreement's name that tell what it is about: neither its head noun,
    nor words any agreement may carry ("joint", "bilateral"), nor the parties named after
    "with" or "between"."""
    words: list[str] = []
    heads = {word for part in name_key(head).split() for word in (part, _stem(part))}
    for word in name_key(name).split():
        if word in _PARTY_OPENERS:
            break
        if word in heads or _stem(word) in heads or word in _PLAIN_WORDS or word in _OTHER_WORDS:
            continue
        words.append(_stem(word))
    return frozenset(words)


def _parties(ctx: Context, candidate: Candidate) -> set[str]:
    """The participants that are states or organisations (people stand for them)."""
    parties = set()
    for actor in candidate.participants:
        mention = ctx.first_mention(actor)
        if mention is None or mention.kind is not ActorKind.PERSON:
            parties.add(actor)
    return parties


def _is_other(candidate: Candidate) -> bool:
    """Whether the words before the noun set the mention apart ("a new agreement")."""
    before = name_key(candidate.name).partition(candidate.head.lower())[0]
    return not _OTHER_WORDS.isdisjoint(before.split())


def _past_against_future(ctx: Context, first: Candidate, second: Candidate) -> bool:
    """A mention to come against one dated before the publication ("would sign an
    agreement" and "the 2010 agreement"): two acts."""
    published = ctx.published
    if published is None:
        return False
    for one, other in ((first, second), (second, first)):
        if one.future and other.when is not None and other.when.before(published):
            return True
    return False


def fold_agreement_mentions(ctx: Context, kept: list[Candidate], absorb: Absorb) -> None:
    """ "Egypt and Jordan to sign deal" (a subhead), "negotiating an agreement" and "the
    Aqaba Joint Desalination Agreement": one agreement.

    An unnamed agreement joins the one agreement of the text fuller than it (named, or
    unnamed with more words of its own) whose name has every word it has (besides its
    noun, the words any agreement may carry and its parties after "with"), whose noun is
    of its kind (a deal, an agreement, an accord or a pact only an agreement, a deal, an
    accord or a pact; a treaty only a treaty; a memorandum only a memorandum), whose
    parties hold its own or are held by them, and whose dates overlap its own (a mention
    to come never joins an agreement dated before the text). A mention of a later stage
    ("ratified the maritime agreement in December") joins whatever its date, and leaves
    the agreement its own date. The fullest mentions fold
    first, so that "a joint desalination agreement" joins "an agreement on a joint
    desalination plant" before a bare "deal" looks for its host. A plural, a mention set
    apart ("a new agreement") or one that two agreements could fill stays as it is.
    """
    agreements = [
        c
        for c in kept
        if c.kind is EventKind.AGREEMENT and c.merged_into is None and _family(c.head)
    ]
    if not 2 <= len(agreements) <= _MOST:
        return  # nothing to fold, or a list of acts (and no quadratic work on long inputs)
    words = {id(c): descriptors(c.name, c.head) for c in agreements}
    parties = {id(c): _parties(ctx, c) for c in agreements}
    thin = [
        c
        for c in agreements
        if not c.named and not c.indefinite and not _is_other(c) and not _is_plural(c.head)
    ]
    thin.sort(key=lambda c: -len(words[id(c)]))
    for candidate in thin:
        if candidate.merged_into is not None:
            continue
        mine = words[id(candidate)]
        family = _family(candidate.head)
        hosts = []
        for other in agreements:
            if other is candidate or other.merged_into is not None:
                continue
            theirs = words[id(other)]
            if not (other.named or len(theirs) > len(mine)) or not mine <= theirs:
                continue
            if _family(other.head) != family:
                continue
            a, b = parties[id(candidate)], parties[id(other)]
            if a and b and not (a <= b or b <= a):
                continue
            if candidate.stage in _MAKING and (
                not compatible(candidate, other) or _past_against_future(ctx, candidate, other)
            ):
                continue  # a later stage ("ratified the agreement") has a date of its own
            hosts.append(other)
        if len(hosts) == 1:
            host = hosts[0]
            when, date_text, stage = host.when, host.date_text, host.stage
            absorb(host, candidate)
            if candidate.stage not in _MAKING:
                # "had ratified the maritime agreement by December": the date of a later
                # stage, not of the act that made it.
                host.when, host.date_text, host.stage = when, date_text, stage
            parties[id(host)] |= parties[id(candidate)]


def fold_headline_plurals(ctx: Context, kept: list[Candidate], absorb: Absorb) -> None:
    """ "Senegal's president to make state visit to Morocco, sign fisheries and energy
    deals" (a headline) and "expected to sign a maritime fisheries agreement": the headline
    sums up the acts the body tells, it is no act of its own.

    An unnamed plural of the head of the text (see ``head_end``) joins the first agreement
    of the body that shares a word of its own with it ("fisheries and port deals" and "a
    fisheries agreement and a memorandum on port management": the first), when their dates
    allow; it gives it no other name. A plural that shares no word with
    the body's acts stays as read.
    """
    body = head_end(ctx.text)
    if body == 0:
        return
    agreements = [c for c in kept if c.kind is EventKind.AGREEMENT and c.merged_into is None]
    for candidate in agreements:
        if (
            candidate.named
            or candidate.merged_into is not None
            or candidate.evidence_end > body
            or not _is_plural(candidate.head)
        ):
            continue
        mine = descriptors(candidate.name, candidate.head)
        hosts = []
        for other in agreements:
            if other.start < body or other.merged_into is not None or _is_plural(other.head):
                continue
            # No check of parties: a headline's are often the visit's ("Gambia's president
            # to visit Mauritania, sign ... deals"), not the acts'.
            if mine & descriptors(other.name, other.head) and compatible(candidate, other):
                hosts.append(other)
        if hosts:
            host = hosts[0]
            absorb(host, candidate)
            # The headline's words name several acts: no other name of this one.
            host.aliases = [alias for alias in host.aliases if alias != candidate.name]


_BRACKET_OPEN: Final = re.compile(r"[ \t]*\([ \t]*(?:the[ \t]+)?", re.IGNORECASE)
_BRACKET_CLOSE: Final = re.compile(r"[ \t]*\)")


def fold_bracketed_names(
    ctx: Context, absorb: Absorb, resolve: Callable[[Candidate], Candidate]
) -> None:
    """ "the Agreement on the Joint Management of the Lake Chad Basin (the N'Djamena Water
    Agreement)": one agreement under two names, the bracketed one an alias.

    A named agreement followed by a bracket that holds only another named agreement (after
    "the") is one act: the bracketed mention joins the first (``resolve`` gives the event
    each mention belongs to).
    """
    named = sorted(
        (c for c in ctx.candidates if c.kind is EventKind.AGREEMENT and c.named and not c.anaphor),
        key=lambda c: c.start,
    )
    if len(named) < 2:
        return
    starts = {c.start: c for c in named}
    for first in named:
        opening = _BRACKET_OPEN.match(ctx.text, first.end, first.end + 12)
        second = starts.get(opening.end()) if opening is not None else None
        if second is None or second is first:
            continue
        if _BRACKET_CLOSE.match(ctx.text, second.end, second.end + 4) is None:
            continue  # "(the X Agreement and ...)": more than a name
        target, other = resolve(first), resolve(second)
        if target is not other:
            absorb(target, other)


_PLAN_HEADS: Final = frozenset({"action plan", "roadmap", "road map", "work plan"})
"""The nouns of plans, which a text may tell as an act signed ("signed an action plan")."""


def fold_plans(kept: list[Candidate], absorb: Absorb) -> None:
    """ "signed an action plan" and "the Canada-Mexico Action Plan for 2039-2041, which the
    Prime Minister ... signed on June 14": one plan, an initiative.

    An unnamed agreement whose noun is a plan's ("action plan", "roadmap", "work plan")
    joins the one named initiative of the text whose name ends with that noun, when their
    dates allow.
    """
    plans = [
        c for c in kept if c.kind is EventKind.INITIATIVE and c.named and c.merged_into is None
    ]
    if not plans:
        return
    for candidate in kept:
        head = name_key(candidate.head)
        if (
            candidate.kind is not EventKind.AGREEMENT
            or candidate.named
            or candidate.merged_into is not None
            or head not in _PLAN_HEADS
        ):
            continue
        hosts = [
            plan
            for plan in plans
            if plan.merged_into is None
            and name_key(plan.name).endswith(" " + head)
            and compatible(plan, candidate)
        ]
        if len(hosts) == 1:
            absorb(hosts[0], candidate)


_AMENDING: Final = frozenset(
    {"revised", "amended", "amending", "additional", "optional", "updated", "supplementary"}
    | {"protocol", "enlarged", "extended", "modernised", "modernized", "renewed"}
)
"""Words that make a longer name another instrument than the shorter one ("the Revised
Treaty of Basseterre" is not "the Treaty of Basseterre")."""


def fold_named_variants(ctx: Context, kept: list[Candidate], absorb: Absorb) -> None:
    """ "Agreement on the Visegrad Joint Gas Reserve" and "the Joint Gas Reserve Agreement";
    "Minister Briefs Council on South Caucasus Transit Agreement" (a headline) and "the
    Trilateral Agreement on Transit and Connectivity": one agreement under two names.

    A named agreement joins the one other named agreement of its kind of noun whose words
    hold all of its own and more (none of them "revised", "amending", "additional" and the
    like), when their dates allow. A named agreement of the head of
    the text (see ``head_end``) joins the one agreement of the body of its kind of noun
    that shares a word of its own with it, when their dates allow.
    """
    named = [
        c
        for c in kept
        if c.kind is EventKind.AGREEMENT and c.named and c.merged_into is None and _family(c.head)
    ]
    if len(named) < 2:
        return
    body = head_end(ctx.text)
    words = {id(c): descriptors(c.name, c.head) for c in named}
    for candidate in sorted(named, key=lambda c: len(words[id(c)])):
        mine = words[id(candidate)]
        if candidate.merged_into is not None or not mine:
            continue
        headline = body > 0 and candidate.evidence_end <= body
        hosts = [
            other
            for other in named
            if other is not candidate
            and other.merged_into is None
            and _family(other.head) == _family(candidate.head)
            and compatible(other, candidate)
            and (
                (mine < words[id(other)] and _AMENDING.isdisjoint(words[id(other)]))
                or (headline and other.start >= body and bool(mine & words[id(other)]))
            )
        ]
        if len(hosts) == 1:
            absorb(hosts[0], candidate)
