"""Unnamed acts told by what they made or by who signed them.

"ECCAS was founded by the treaty signed in Libreville on 18 October 1983" names the founding
treaty of a body by the body ("Treaty establishing the Economic Community of Central African
States"); "the memorandum Peru and Colombia signed on the sidelines" names an act by its two
parties, in a relative clause without "that" ("Peru-Colombia memorandum").
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._event_context import ActorMentionLike, Candidate, Context
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, AgreementStage, EventKind

__all__ = ["read_founding_acts"]

# "was founded by the treaty signed in", "was established under a charter adopted in".
_FOUNDED_BY: Final = re.compile(
    r"[ \t]+(?:was|were|had[ \t]+been)[ \t]+(?:founded|established|created|set[ \t]+up)"
    r"[ \t]+(?:by|under|through)[ \t]+(?:the|a|its)[ \t]+(?P<np>treaty|charter|convention"
    r"|agreement|protocol)[ \t]*,?[ \t]+(?P<verb>signed|adopted|concluded)\b",
    re.IGNORECASE,
)
# "the community", "the organisation": a body taken up by its head noun before the verb.
_BODY_NOUN: Final = re.compile(
    r"\b[Tt]he[ \t]+(?P<noun>community|organi[sz]ation|bloc|union|association|alliance"
    r"|group|commission)$"
)
# Between a body's name and the verb: nothing, or its acronym in brackets.
_ACRONYM_GAP: Final = re.compile(r"(?:[ \t]*\([A-Z][A-Za-z&]{1,10}\))?")
# How far back the body a head noun takes up is looked for (characters).
_BODY_REACH: Final = 1500
# "the memorandum Peru and Colombia signed", "the accord Chile and Bolivia initialled": the
# act, then its two parties and the verb of a relative clause written without "that".
# One lower-case word may say what the act is about ("the interconnection memorandum Iran
# and Pakistan signed"); "under a memorandum the two countries signed in April" takes up the
# two states named last.
_CONTACT_RELATIVE: Final = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?)[ \t]+(?P<np>(?:(?P<modifier>[a-z][a-z-]{2,24})[ \t]+)?"
    r"(?:memorandum(?:[ \t]+of[ \t]+understanding)?|agreement|accord|treaty|protocol|deal"
    r"|pact|declaration))[ \t]+(?:(?=[A-Z])|(?P<two>the[ \t]+two[ \t]+(?:countries|states"
    r"|nations|governments)(?=[ \t])))"
)
_PARTY_PAIR_VERB: Final = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+and[ \t]+)(?:the[ \t]+)?(?=[A-Z])")
# Modifiers that only refer back or tell the order, left out of the name ("the new treaty").
_BACK_WORDS: Final = frozenset(
    {"new", "same", "original", "revised", "first", "second", "last", "latest", "final", "old"}
    | {"only", "other", "such", "two", "three", "very", "earlier", "later", "previous"}
)
# How far back the states of "the two countries" are looked for (characters).
_STATES_REACH: Final = 1500
_SIGNED_NEXT: Final = re.compile(
    r"[ \t]+(?:(?:had|have|has|jointly|also)[ \t]+)?(?P<verb>signed|initial(?:l)?ed|concluded)\b"
)
_FORMS: Final = {
    "memorandum": "mou",
    "agreement": "treaty",
    "accord": "treaty",
    "deal": "trade-agreement",
    "pact": "treaty",
    "treaty": "treaty",
    "charter": "treaty",
    "convention": "convention",
    "protocol": "treaty",
    "declaration": "declaration",
}
_STAGES: Final = {
    "signed": AgreementStage.SIGNED,
    "adopted": AgreementStage.ADOPTED,
    "concluded": AgreementStage.CONCLUDED,
    "initialled": AgreementStage.CONCLUDED,
    "initialed": AgreementStage.CONCLUDED,
}


def _body_before(ctx: Context, sentence: Sentence, position: int) -> ActorMentionLike | None:
    """The organisation the subject before ``position`` names: written there ("ECCAS was
    founded") or taken up by its head noun ("the community was founded"), then the last
    organisation named before whose name holds that noun."""
    named = [
        m
        for m in ctx.actors_ending_in(max(sentence.start, position - 120), position)
        if m.kind is ActorKind.ORGANIZATION
        and _ACRONYM_GAP.fullmatch(ctx.text, m.end, position) is not None
    ]
    if named:
        return named[0]
    noun = _BODY_NOUN.search(ctx.text, max(sentence.start, position - 30), position)
    if noun is None:
        return None
    head = noun.group("noun").lower()[:-3]  # "organisation" and "organization" alike
    for mention in reversed(
        ctx.actors_in(max(0, position - _BODY_REACH), noun.start(), (ActorKind.ORGANIZATION,))
    ):
        entry = ctx.organization(mention.text)
        name = entry.name if entry is not None else mention.text
        if head in name.lower():
            return mention
    return None


def _candidate(
    sentence: Sentence, span: tuple[int, int], name: str, noun: str, verb: str
) -> Candidate:
    return Candidate(
        kind=EventKind.AGREEMENT,
        form=_FORMS.get(noun, "other"),
        name=name,
        start=span[0],
        end=span[1],
        sentence=sentence.index,
        dateable=True,
        stage=_STAGES.get(verb.lower(), AgreementStage.SIGNED),
        head=noun,
        evidence=span,
    )


def _read_founded_by(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    for match in ctx.scan(_FOUNDED_BY, sentence):
        if ctx.covers(match.start("np")):
            continue
        body = _body_before(ctx, sentence, match.start())
        if body is None:
            continue
        entry = ctx.organization(body.text)
        full = entry.name if entry is not None else body.text
        full = full if full.lower().startswith("the ") else f"the {full}"
        noun = match.group("np").lower()
        name = f"{noun.capitalize()} establishing {full}"
        span = (match.start("np"), match.end())
        candidate = _candidate(sentence, span, name, noun, match.group("verb"))
        candidate.participants = [body.actor_id]
        made.append(ctx.add(candidate))
    return made


def _two_states(ctx: Context, position: int) -> list[ActorMentionLike]:
    """The last two distinct states named before ``position``, in text order ("Palau ...
    help from Australia under a memorandum the two countries signed": Palau, Australia)."""
    found: dict[str, ActorMentionLike] = {}
    for mention in reversed(ctx.actors_in(max(0, position - _STATES_REACH), position)):
        if mention.kind is ActorKind.COUNTRY and mention.end <= position:
            found.setdefault(mention.actor_id, mention)
            if len(found) == 2:
                return sorted(found.values(), key=lambda m: m.start)
    return []


def _read_contact_relative(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    for match in ctx.scan(_CONTACT_RELATIVE, sentence):
        if ctx.covers(match.start("np")):
            continue
        if match.group("two") is not None:
            if match.group("det").lower() == "the" and (
                match.group("modifier") in _BACK_WORDS or match.group("modifier") is None
            ):
                continue  # "the agreement the two countries signed": the one named before
            states = _two_states(ctx, match.start())
            signed = _SIGNED_NEXT.match(ctx.text, match.end(), sentence.end)
            if len(states) != 2 or signed is None:
                continue
            made.append(ctx.add(_pair_act(ctx, sentence, match, states[0], states[1], signed)))
            continue
        first = [
            m
            for m in ctx.actors_starting(match.end(), match.end() + 1)
            if m.kind is ActorKind.COUNTRY
        ]
        if not first:
            continue
        joint = _PARTY_PAIR_VERB.match(ctx.text, first[0].end, sentence.end)
        if joint is None:
            continue
        second = [
            m
            for m in ctx.actors_starting(joint.end(), joint.end() + 1)
            if m.kind is ActorKind.COUNTRY and m.actor_id != first[0].actor_id
        ]
        if not second:
            continue
        signed = _SIGNED_NEXT.match(ctx.text, second[0].end, sentence.end)
        if signed is None:
            continue
        made.append(ctx.add(_pair_act(ctx, sentence, match, first[0], second[0], signed)))
    return made


def _pair_act(
    ctx: Context,
    sentence: Sentence,
    match: re.Match[str],
    first: ActorMentionLike,
    second: ActorMentionLike,
    signed: re.Match[str],
) -> Candidate:
    """The act of :data:`_CONTACT_RELATIVE` named by its two parties ("Chile-Bolivia
    memorandum"), each as the text writes it (its short name where it took up "the two
    countries")."""
    np = " ".join(match.group("np").split())
    if match.group("modifier") in _BACK_WORDS:
        np = np.split(" ", 1)[1]  # "the new treaty Chile and Peru signed": a treaty
    noun = np.split()[-1].lower() if "memorandum" not in np.lower() else "memorandum"
    names = []
    for mention in (first, second):
        entry = ctx.country(mention.text) if match.group("two") is not None else None
        names.append(entry.name if entry is not None else mention.text)
    name = f"{names[0]}-{names[1]} {np}"
    span = (match.start("np"), signed.end())
    candidate = _candidate(sentence, span, name, noun, signed.group("verb"))
    candidate.participants = [first.actor_id, second.actor_id]
    return candidate


# Every act read here is founded, established, created, set up, signed or concluded.
_FOUNDING_VERBS: Final = (
    "founded",
    "established",
    "created",
    "set up",
    "signed",
    "initial",
    "concluded",
)


@reads_where(*_FOUNDING_VERBS)
def read_founding_acts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the acts of one sentence named by the body they founded or by their two parties.

    Returns:
        The new agreements.

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = ("The Southern African Development Community (SADC) was founded by the "
        ...         "treaty signed in Windhoek on 17 August 1992.")
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Treaty establishing the Southern African Development Community']
        >>> text = "Less noticed was the memorandum Chile and Bolivia signed on Friday."
        >>> [e.name for e in extract(Document(id="d", text=text)).events]
        ['Chile-Bolivia memorandum']
    """
    if not ctx.may_hold_any(sentence, _FOUNDING_VERBS):
        return []
    return [*_read_founded_by(ctx, sentence), *_read_contact_relative(ctx, sentence)]
