"""Agreement frames: signing, adoption, establishment, upgrades and anniversaries.

Named agreements ("the Pacific Alliance Free Trade Agreement (PAFTA)")
come from :func:`diplotimeline.extract.events.find_named_events`; this module reads what
the sentence says happened to them, and the unnamed ones it introduces:

- "X and Y signed a bilateral extradition treaty in 2020", "JBIC has signed a Memorandum
  of Understanding with BIDV", "leaders adopted a Joint Statement on ...", "N was adopted":
  the stage (signed, adopted) and its date; the parties from the subject and "with";
- "at the conclusion of the Summit, leaders adopted ...": adopted at that meeting, whose
  date it takes;
- "elevating ties to the Strategic Partnership for Growth ...": upgraded;
- "the second anniversary of the establishment of N (November 27, 2023 - November 27,
  2025)": established on the first date;
- "the early completion of N", "negotiations on N": planned.

Examples:
    >>> from diplotimeline.extract._event_context import Context
    >>> from diplotimeline.extract.temporal import tag
    >>> text = "Peru and Chile signed a bilateral extradition treaty in 2019."
    >>> ctx = Context.build(text, document_id="d", temporal=tag(text))
    >>> [(c.name, c.stage.value) for c in read_agreements(ctx, ctx.sentences[0])]
    [('bilateral extradition treaty', 'signed')]
"""

from __future__ import annotations

import re
from typing import Final

from diplotimeline.extract._agreement_founding import read_founding_acts
from diplotimeline.extract._event_context import (
    ActorMentionLike,
    Candidate,
    Context,
    Reader,
    is_future,
    iter_frames,
    run_readers,
)
from diplotimeline.extract._event_readers import reads_where
from diplotimeline.extract._sentences import Sentence
from diplotimeline.model import ActorKind, AgreementStage, EventKind, LinkRelation
from diplotimeline.time import DateSpan

__all__ = ["read_agreements"]

_STAGES: Final = {
    "sign": AgreementStage.SIGNED,
    "ink": AgreementStage.SIGNED,
    "initial": AgreementStage.CONCLUDED,
    "seal": AgreementStage.CONCLUDED,
    "struck": AgreementStage.CONCLUDED,
    "clinch": AgreementStage.CONCLUDED,
    "reach": AgreementStage.CONCLUDED,
    "conclud": AgreementStage.CONCLUDED,
    "adopt": AgreementStage.ADOPTED,
    "issu": AgreementStage.ADOPTED,
    "approv": AgreementStage.ADOPTED,
    "endors": AgreementStage.ADOPTED,
    "set out": AgreementStage.ADOPTED,
    "unveil": AgreementStage.ADOPTED,
    "produc": AgreementStage.ADOPTED,
    "yield": AgreementStage.ADOPTED,
    "ratif": AgreementStage.RATIFIED,
    "agreed": AgreementStage.CONCLUDED,
    "negotiat": AgreementStage.NEGOTIATIONS_LAUNCHED,
    "into force": AgreementStage.ENTERED_INTO_FORCE,
    "took effect": AgreementStage.ENTERED_INTO_FORCE,
}
_NOUN_PHRASE: Final = re.compile(
    r"(?P<np>(?:(?!(?:on|of|off|in|at|with|for|to|by|from|up|that|which)\s)[\w’'-]{1,30}\s+){0,5}?"
    r"(?P<noun>treat(?:y|ies)|agreements?|accords?|memorand(?:um|a)\s+of\s+understanding"
    r"|mous?|memorand(?:um|a|ums)|joint\s+statements?|joint\s+declarations?|declarations?"
    r"|deals?|pacts?|protocols?|charters?|vision|communiqu[eé]s?|letters?\s+of\s+intent"
    # "a customs convention signed in London", not "the convention centre"
    r"|conventions?(?!\s+(?:cent(?:re|er)s?|halls?|bureaus?|delegates?)\b)"
    r"|roadmap|action\s+plan|(?-i:partnerships?)(?!\s+(?:and|&)\s)))\b",
    re.IGNORECASE,
)
# What an unnamed agreement is about: "a memorandum on visa facilitation", "agreements on
# agriculture, energy and aviation" (see _topic).
_TOPIC_START: Final = re.compile(
    r"\s+(?:on|for|concerning|regarding|covering"
    # "its protocol of accession", "a memorandum of cooperation": what the act is for
    r"|of(?=\s+(?:accession|cooperation|intent|amendment|friendship|ratification)\b))\s+",
    re.IGNORECASE,
)
_TOPIC_TOKEN: Final = re.compile(r"[\w’'-]{1,30}|\S")
_TOPIC_STOP: Final = frozenset(
    (
        "the",
        "a",
        "an",
        "with",
        "between",
        "among",
        "in",
        "at",
        "on",
        "during",
        "by",
        "from",
        "was",
        "were",
        "will",
        "would",
        "is",
        "are",
        "that",
        "which",
        "who",
        "as",
        "after",
        "before",
        "under",
        "to",
        "worth",
        "valued",
        "said",
        "says",
        "while",
        "but",
        "when",
        "where",
        "this",
        "their",
        "its",
        "his",
        "her",
        "our",
        "also",
        # A pronoun names nothing: "a financing agreement for it", "an accord on them".
        "it",
        "them",
        "these",
        "those",
    )
)
_TOPIC_WORDS: Final = 8
_ACT_PARTICIPLES: Final = frozenset(
    {"signed", "adopted", "concluded", "ratified", "reached", "initialled", "initialed"}
    | {"agreed", "negotiated", "approved", "endorsed", "announced", "launched"}
)
_AFTER_THE: Final = re.compile(
    r"\s+(?:sidelines|margins|occasion|eve|basis|side|part|day|morning|afternoon|evening|night"
    r"|weekend|same|first|second|last|next|other|two|three)\b",
    re.IGNORECASE,
)
# "a memorandum on a visit to Hanoi", "an accord on a case-by-case basis": no topic.
_AFTER_A: Final = re.compile(
    r"\s+(?:visit|trip|tour|day|date|weekend|basis|case|timetable|timeline|number|range|par"
    r"|regular|permanent|temporary|trial|pilot|provisional|yearly|annual|monthly)\b",
    re.IGNORECASE,
)
# "a memorandum on cooperation in peace and security": "in" and a field of lower-case words
# goes on with the topic; a place ("in Addis Ababa"), a determiner ("in the capital") or a
# set phrase ("in principle", "in part") ends it.
_IN_FIELD: Final = re.compile(
    r"[ \t]+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|principle|part|order"
    r"|response|return|line|addition|particular|general|total|exchange|force|time|person"
    r"|writing|private|public|full|theory|practice|recent|accordance|effect|place|turn"
    r"|which|what|whose|case|view|light|favour|favor|support|future|coming|next|last)\b)"
    r"(?-i:[a-z])",
    re.IGNORECASE,
)
# "the signing of a memorandum": the noun phrase starts after "of" and its article.
_SIGNING_OF: Final = re.compile(r"of\s+(?:(?:a|an|the|two|three|several)\s+)?", re.IGNORECASE)
_NOUN_FORMS: Final = {
    "trade agreement": "trade-agreement",
    "treat": "treaty",
    "agreement": "treaty",
    "accord": "treaty",
    "deal": "trade-agreement",
    "pact": "treaty",
    "convention": "treaty",
    "protocol": "treaty",
    "charter": "treaty",
    "mou": "mou",
    "memorand": "mou",
    "vision": "vision",
    "declaration": "declaration",
    "statement": "joint-statement",
    "communique": "joint-statement",
    "communiqué": "joint-statement",
    "partnership": "partnership",
}
# "the X Agreement on access to information, adopted in ...": a topic in lower case before
# the comma is no part of the name; "the X Charter, the treaty signed in ...": an apposition.
_PASSIVE: Final = re.compile(
    r"(?:[ \t]+(?:on|for)[ \t]+(?-i:[a-z][a-z \t’'-]{0,80}?)(?=,))?"
    r"\s*(?:,\s*(?-i:the\s+(?:treaty|convention|agreement|accord|pact|charter|protocol)\s+)?)?"
    r"(?:which\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)"
    r"\s+(?:\w+\s+)?)?(?P<verb>signed|adopted|concluded|issued|ratified|established|launched"
    r"|approved|endorsed|inked|entered\s+into\s+force|came\s+into\s+force|took\s+effect"
    # "The Convention ... was opened for signature in Lisbon on 16 May": its first signing.
    r"|opened\s+for\s+signature)\b",
    re.IGNORECASE,
)
# "the X Declaration, which ministers will adopt on Thursday", "the accord that the two
# leaders signed in 2019": the agreement is the object of a relative clause's act.
_ACTIVE_RELATIVE: Final = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:[\w’'-]{1,30}\s+){1,4}?"
    r"(?:(?:will|would|are\s+to|is\s+to|plan\s+to|(?:are|is)\s+(?:due|expected|set)\s+to)\s+)?"
    r"(?P<verb>sign(?:ed)?|adopt(?:ed)?|conclude[d]?|ratif(?:y|ied)|endorse[d]?|approve[d]?|ink(?:ed)?)\b",
    re.IGNORECASE,
)
# "the X Agreement, which Grenada and the other six full members of the Organisation of
# Eastern Caribbean States (OECS) signed in Roseau": a longer subject (five to sixteen words,
# no comma, no auxiliary or conjunction) before a past act.
_LONG_SUBJECT_RELATIVE: Final = re.compile(
    r"\s*,\s*(?:which|that)\s+(?:(?!(?:was|were|is|are|will|would|has|have|had|did|does|do"
    r"|before|after|when|while|but|because|if|although|not|never|also|then)\s)"
    r"[\w’'().-]{1,30}\s+){5,16}?(?P<verb>signed|adopted|concluded|ratified|endorsed"
    r"|approved|inked)\b",
    re.IGNORECASE,
)
_AT_MEETING: Final = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+(?:conclusion|end|close|opening)\s+of\s+)?"
    r"(?:the|this)\s+",
    re.IGNORECASE,
)


_FRAMES: Final = ("sign", "elevate", "anniversary", "establishment", "relations")
_PENDING: Final = re.compile(
    r"\b(?:(?:early|speedy|swift|prompt|timely)\s+(?:completion|conclusion|signing|signature)"
    r"|negotiations?\s+(?:on|for)|negotiating|finali[sz]ing|finali[sz]e)\s+(?:of\s+)?(?:the\s+|a\s+)?$"
)


def _stage(verb: str) -> AgreementStage:
    verb = verb.lower()
    for prefix, stage in _STAGES.items():
        if verb.startswith(prefix) or prefix in verb:
            return stage
    return AgreementStage.SIGNED


def _form(noun: str) -> str:
    lowered = noun.lower()
    for word, form in _NOUN_FORMS.items():
        if word in lowered:
            return form
    return "other"


# A word of a legislature's name ("National Assembly", "Parliament of Ghana"): it ratifies
# for its state, which is the party.
_LEGISLATURES: Final = frozenset(
    {"assembly", "parliament", "senate", "congress", "duma", "majlis", "knesset", "diet"}
    | {"sejm", "bundestag", "legislature", "storting", "riksdag", "folketing", "eduskunta"}
)


def _party(ctx: Context, mention: ActorMentionLike) -> str:
    """The party a subject stands for: a state's legislature stands for the state
    ("Côte d'Ivoire's National Assembly ratified": Côte d'Ivoire); else the subject."""
    if mention.kind is not ActorKind.ORGANIZATION or not any(
        word in _LEGISLATURES for word in mention.text.lower().split()
    ):
        return mention.actor_id
    inside = ctx.actors_in(mention.start, mention.end, (ActorKind.COUNTRY,))
    if inside:
        return inside[0].actor_id  # "the Parliament of Ghana"
    owner = ctx.actors_ending_in(max(0, mention.start - 4), mention.start)
    for found in owner:
        if found.kind is ActorKind.COUNTRY and mention.start - 4 <= found.end <= mention.start:
            return found.actor_id  # "Côte d'Ivoire's National Assembly"
    return mention.actor_id  # a body of no state named ("the UN General Assembly")


# "X and her Angolan counterpart Y signed", "Latvian President X and Lithuanian President Y
# signed": both persons are the subject (only a title between "and" and the second name).
_AND_COUNTERPART: Final = re.compile(
    r"\s*,?\s+and\s+(?:his|her|their)\s+(?:visiting\s+)?(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:counterpart|colleague)\s*,?\s*|\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,5}"
)


# A sentence that opens with the people of states or bodies: "Leaders of the Pacific Islands
# Forum adopted ...", "Negotiators from Serbia and North Macedonia initialled ...".
_GROUP_OPENING: Final = re.compile(
    r"\s*(?:The\s+)?(?:[A-Z][\w-]{1,20}\s+)?(?i:leaders|ministers|foreign\s+ministers"
    r"|negotiators|delegations|delegates|representatives|officials|envoys"
    r"|heads\s+of\s+(?:state|government))\s+(?:of|from)\s+(?:the\s+)?"
)
_GROUP_WORDS: Final = frozenset({"and", "the", "of", ","})


def _group_parties(ctx: Context, sentence: Sentence, start: int) -> list[str]:
    """The states or bodies of a group that opens the sentence right before the act at
    ``start`` (only capitalised names, "and" and commas in between)."""
    opening = _GROUP_OPENING.match(ctx.text, sentence.start, start)
    if opening is None:
        return []
    rest = ctx.text[opening.end() : start].replace(",", " , ").split()
    if not rest or not all(w[:1].isupper() or w in _GROUP_WORDS for w in rest):
        return []
    found = ctx.actors_in(opening.end(), start, (ActorKind.COUNTRY, ActorKind.ORGANIZATION))
    return [_party(ctx, m) for m in found]


def _counterpart_before(
    ctx: Context, sentence: Sentence, subject: list[ActorMentionLike]
) -> list[ActorMentionLike]:
    """The person joined to a one-person subject by "and his counterpart", else none."""
    if len(subject) != 1 or subject[0].kind is not ActorKind.PERSON:
        return []
    low = max(sentence.start, subject[0].start - 160)
    persons = [m for m in ctx.actors_in(low, subject[0].start) if m.kind is ActorKind.PERSON]
    if persons and _AND_COUNTERPART.fullmatch(ctx.text, persons[-1].end, subject[0].start):
        return persons[-1:]
    return []


def _parties(ctx: Context, sentence: Sentence, start: int, end: int) -> list[str]:
    """The subject actors before ``start`` and the "with" object just after ``end``."""
    subject = ctx.subject_before(start, sentence)
    parties = [_party(ctx, m) for m in [*_counterpart_before(ctx, sentence, subject), *subject]]
    parties.extend(_group_parties(ctx, sentence, start))
    with_match = re.match(r"\s+with\s+(?:the\s+)?", ctx.text[end : end + 12])
    if with_match is not None:
        objects = ctx.actors_in(end, min(sentence.end, end + 160))
        if objects:
            parties.append(objects[0].actor_id)
    between = re.match(r"\s+between\s+", ctx.text[end : end + 12])
    if between is not None:
        objects = ctx.actors_in(end, min(sentence.end, end + 80), (ActorKind.COUNTRY,))
        parties.extend(m.actor_id for m in objects[:2])
    return list(dict.fromkeys(parties))


_BETWEEN: Final = re.compile(r"[ \t]+between[ \t]+")


_POSSESSIVE_END: Final = re.compile(r"[’']s$")


def _between_states(ctx: Context, sentence: Sentence, end: int) -> list[ActorMentionLike]:
    """The two states named after "between" right after ``end``, each once ("between
    Chile's north and Peru's south"); none when fewer are named there."""
    between = _BETWEEN.match(ctx.text, end, sentence.end)
    if between is None:
        return []
    low, high = between.end(), min(sentence.end, between.end() + 80)
    found: dict[str, ActorMentionLike] = {}
    for mention in ctx.actors_in(low, high, (ActorKind.COUNTRY,)):
        found.setdefault(mention.actor_id, mention)
    states = list(found.values())[:2]
    return states if len(states) == 2 else []


def _meeting_in(ctx: Context, sentence: Sentence) -> Candidate | None:
    """The meeting a sentence says an agreement was adopted at ("At the Summit, ...")."""
    for match in ctx.scan(_AT_MEETING, sentence):
        target = ctx.named_at(match.end(), slack=2)
        if target is not None and target.kind is EventKind.MEETING:
            return target
    return None


class _MeetingIn:
    """:func:`_meeting_in` of one sentence, looked up once (the agreement readers add no
    meeting, so the answer holds for every agreement of the sentence: linear time)."""

    __slots__ = ("_ctx", "_found", "_looked", "_sentence")

    def __init__(self, ctx: Context, sentence: Sentence) -> None:
        self._ctx, self._sentence = ctx, sentence
        self._looked = False
        self._found: Candidate | None = None

    def get(self) -> Candidate | None:
        """The meeting the sentence names after "at the", "during the"..., or ``None``."""
        if not self._looked:
            self._found = _meeting_in(self._ctx, self._sentence)
            self._looked = True
        return self._found


# How far into its sentence a meeting that is the subject of an act may start (characters):
# "The fifth, held in ...", "Its fourth summit, in ...".
_SUBJECT_REACH: Final = 12


def _subject_meeting(ctx: Context, sentence: Sentence, verb: int) -> Candidate | None:
    """The meeting that opens the sentence as the subject of the act at ``verb`` ("Its fourth
    summit, in Kathmandu on 30-31 August 2018, produced a memorandum on ..."), when the act
    has no date of its own after it."""
    if _own_date(ctx, sentence, verb):
        return None
    for candidate in ctx.starting(sentence.start, sentence.start + _SUBJECT_REACH):
        if (
            candidate.kind is EventKind.MEETING
            and candidate.form != "visit"
            and candidate.end <= verb
            and _OPENS.fullmatch(ctx.text, sentence.start, candidate.start) is not None
        ):
            return candidate
    return None


# "a visit from 20 to 22 October, during which the two countries would sign ...": the act
# is done at the meeting the relative clause hangs on; "On the margins, X and Y signed":
# at the meeting of the sentence before.
_DURING_WHICH: Final = re.compile(r",\s+(?:during|at)\s+which\b")
_ON_THE_MARGINS: Final = re.compile(
    r"\s*(?:On|At)\s+the\s+(?:margins|sidelines)\s*,", re.IGNORECASE
)


# How far from an act its own date, its "during which" and its meeting are looked for
# (characters): a window, so that a long sentence of many acts stays linear.
_REACH: Final = 200


def _own_date(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a date that is no part of a name follows the act at ``verb`` in its clause
    ("Vision 2030" is a name, not a date)."""
    dates = ctx.temporal_starting(verb, min(sentence.end, verb + _REACH))
    return any(not ctx.covers(m.start) for m in dates)


def _meeting_during(ctx: Context, sentence: Sentence, verb: int) -> Candidate | None:
    """The meeting an act at ``verb`` is done during, by a relative clause or "On the margins,"
    (None when the act has a date of its own)."""
    if _own_date(ctx, sentence, verb):
        return None
    during = None
    for found in _DURING_WHICH.finditer(ctx.text, max(sentence.start, verb - _REACH), verb):
        during = found
    if during is not None:
        low = max(sentence.start, during.start() - _REACH)
        before = [
            c
            for c in ctx.starting(low, during.start())
            if c.kind is EventKind.MEETING and c.end <= during.start()
        ]
        return before[-1] if before else None
    if sentence.index > 0 and _ON_THE_MARGINS.match(ctx.text, sentence.start, verb):
        previous = ctx.sentences[sentence.index - 1]
        held = [c for c in ctx.in_sentence(previous) if c.kind is EventKind.MEETING]
        return held[-1] if held else None
    return None


# "will sign a visa waiver agreement during Mongolian President Ganbold's visit to Astana
# next month": "during", then the meeting told within a few words.
_DURING_AFTER: Final = re.compile(r"\bduring[ \t]+", re.IGNORECASE)
_DURING_REACH: Final = 80  # characters from "during" to the meeting's own words


def _meeting_after_during(ctx: Context, sentence: Sentence, end: int) -> Candidate | None:
    """The meeting told after "during" later in the act's sentence ("will sign a visa waiver
    agreement during President NAME's visit to Astana next month"), whose date the act takes
    when it has none of its own."""
    found = _DURING_AFTER.search(ctx.text, end, min(sentence.end, end + _REACH))
    if found is None:
        return None
    for candidate in ctx.starting(found.end(), min(sentence.end, found.end() + _DURING_REACH)):
        if candidate.kind is EventKind.MEETING:
            return candidate
    return None


# What may stand before a meeting that opens its sentence: nothing, or an article; or
# "After"/"Following" ("After talks with NAME on Monday, the two governments signed ...":
# the act crowns those talks and shares their day).
_OPENS: Final = re.compile(
    r"\s*(?:(?:After|Following)\s+)?(?:(?:The|Its|Their|This|the|their)\s+)?"
)


def _add_parties(candidate: Candidate, parties: list[str]) -> None:
    for party in parties:
        if party not in candidate.participants:
            candidate.participants.append(party)


# The stages that make an initiative signed or adopted (not its negotiation or ratification).
_MAKING: Final = frozenset({AgreementStage.SIGNED, AgreementStage.ADOPTED})


def _made_by(
    ctx: Context,
    sentence: Sentence,
    act: int,
    target: Candidate,
    future: bool,
    meeting: Candidate | None,
    *,
    keep_host: bool = False,
) -> None:
    """The act at ``act`` makes ``target``: it is dated and planned as the act, its subject
    is a party, and it was made at the sentence's meeting (unless ``keep_host`` and it
    already has a host)."""
    target.dateable = True
    target.future = target.future or future
    _add_parties(target, _parties(ctx, sentence, act, target.end))
    if meeting is not None and not (keep_host and target.host is not None):
        target.made_at(meeting)


@reads_where(frames=("sign",))
def _read_signing(ctx: Context, sentence: Sentence) -> list[Candidate]:
    made: list[Candidate] = []
    meetings = _MeetingIn(ctx, sentence)
    for match in iter_frames(ctx, "sign", sentence):
        stage = _stage(match.group("verb"))
        future = is_future(ctx, match.end("verb"), sentence)
        target = ctx.named_at(match.end(), slack=3)
        after_date = None
        if target is None and match.group("det") is None:
            # "signed today the Agreement on ...", "signed on Monday a memorandum on ...": a
            # date between the verb and the act.
            after_date = _past_date(ctx, sentence, match.end())
            if after_date is not None:
                target = ctx.named_at(after_date, slack=3)
        if target is None and match.group("verb").lower() == "signing":
            # "will witness the signing of the Treaty on ...": the named treaty.
            signing_of = _SIGNING_OF.match(ctx.text, match.end(), sentence.end)
            target = ctx.named_at(signing_of.end(), slack=3) if signing_of else None
        meeting = (
            meetings.get()
            or _subject_meeting(ctx, sentence, match.start())
            or _meeting_during(ctx, sentence, match.start())
            or _meeting_after_during(ctx, sentence, match.end())
        )
        if target is not None:
            agreement = target.kind is EventKind.AGREEMENT
            end = target.end
            if agreement:
                target.stage = stage
                _made_by(ctx, sentence, match.start(), target, future, meeting)
                # "signed the X Declaration and a financing agreement for ...": the second one.
                end = target.evidence_end
                joined = _AND_ANOTHER.match(ctx.text, end, sentence.end)
                named = ctx.named_at(joined.end(), slack=1) if joined is not None else None
                if named is not None and named.kind is EventKind.AGREEMENT:
                    named.dateable, named.stage = True, stage
                    named.future = named.future or future
                    _add_parties(named, target.participants)
            elif target.kind is EventKind.INITIATIVE and stage in _MAKING:
                # "signed the Nairobi Roadmap", "adopted the Mekong Vision": made by that act
                _made_by(ctx, sentence, match.start(), target, future, meeting, keep_host=True)
            if agreement or meeting is not None:
                # "adopted the Bangkok Vision 2030 and a maritime transport agreement": an
                # unnamed agreement after a named one, or after a programme or vision adopted
                # at a meeting, is made with it.
                for second in _second_item(ctx, sentence, match, stage, future, end):
                    if meeting is not None:
                        second.made_at(meeting)
                    made.append(second)
            continue
        begin = match.end() if after_date is None else after_date
        if _ANOTHER_VERB.match(ctx.text, begin, sentence.end):
            continue  # "agreed to sign the treaty": the inner verb's frame reads it
        kept = _KEPT_ACT.match(ctx.text, begin, sentence.end)
        if kept is not None and match.group("verb").lower().startswith("agreed"):
            # "agreed to extend the Ganges water-sharing treaty": an act already in force
            _kept_act(ctx, sentence, match.start(), kept.end())
            continue
        if match.group("verb").lower() == "signing":
            signing_of = _SIGNING_OF.match(ctx.text, begin, sentence.end)
            begin = signing_of.end() if signing_of is not None else begin
        partner = None
        if match.group("det") is None:
            since = _SINCE_ACT.match(ctx.text, begin, sentence.end)
            if since is not None:
                # "the most concrete thing the bloc has signed since the trade agreement of
                # 2011": the act after "since" is an earlier one of the subject's, without
                # the preposition in its name.
                _since_act(ctx, sentence, match.start(), since.end())
                continue
            # "expected to sign with O'Neill a memorandum on the X Cable": the partner first
            partner, begin = _partner_first(ctx, sentence, begin)
        found = _unnamed(ctx, sentence, begin, stage, future, match.start())
        if found is None:
            continue
        if partner is not None:
            _add_parties(found[0], [partner])
        candidate, phrase_end = found
        parties = _parties(ctx, sentence, match.start(), phrase_end)
        if candidate.end > phrase_end:
            # "a memorandum on a power line between Chile's north and Peru's south": the
            # states its topic links are its parties, and name it ("Chile-Peru memorandum
            # on a power line")
            linked = _between_states(ctx, sentence, candidate.end)
            if linked:
                parties.extend(m.actor_id for m in linked)
                pair = "-".join(_POSSESSIVE_END.sub("", m.text) for m in linked)
                candidate.name = f"{pair} {candidate.name}"
        if not parties and _firm_subject(ctx, sentence, match.start()):
            continue  # "The two firms signed a memorandum on battery supply": business
        det = (match.group("det") or "").lower()
        # "a new vision" (to be named later); "an agreement on a new scholarship fund" is no
        # new agreement: only the words before the noun count
        before_head = candidate.name.lower().partition(candidate.head.lower())[0]
        candidate.indefinite = det in ("a", "an") and "new" in before_head.split()
        if det in ("the", "its", "their") and _is_bare(candidate.name):
            # "sign the agreement", "ratified the new text": the agreement named before.
            candidate.anaphor = True
        made.extend(_second_item(ctx, sentence, match, stage, future, candidate.end))
        _add_parties(candidate, parties)
        if meeting is not None:
            candidate.made_at(meeting)
        made.append(ctx.add(candidate))
    return made


# "has signed since the trade agreement of 2011": a time preposition, then an earlier act.
_SINCE_ACT: Final = re.compile(r"[ \t]*(?:since|after|before|until)[ \t]+(?:the|an?)[ \t]+")


def _since_act(ctx: Context, sentence: Sentence, verb: int, begin: int) -> None:
    """The earlier act after "signed since the" at ``begin``: the one a reader already took
    there ("the trade agreement of 2011") gains the subject as party; else an unnamed act
    with a topic or a year of its own is read (a bare "since the treaty" refers back)."""
    parties = _parties(ctx, sentence, verb, verb)
    for found in ctx.starting(begin, begin + 1):
        if found.kind is EventKind.AGREEMENT:
            _add_parties(found, parties)
            return
    made = _unnamed(ctx, sentence, begin, AgreementStage.SIGNED, False, begin)
    if made is None or _is_bare(made[0].name):
        return
    _add_parties(made[0], parties)
    ctx.add(made[0])


_ON_BEFORE_DATE: Final = re.compile(r"(?:on[ \t]+)?")
_DET_AFTER_DATE: Final = re.compile(r",?[ \t]+(?:a|an|the|their|its)[ \t]+", re.IGNORECASE)


def _past_date(ctx: Context, sentence: Sentence, position: int) -> int | None:
    """Where the act starts after a date right after its verb ("signed today the X", "signed
    on Monday a memorandum"): after the date and the article; None when no date and
    article follow the verb there."""
    gap = _ON_BEFORE_DATE.match(ctx.text, position, sentence.end)
    start = gap.end() if gap is not None else position
    for mention in ctx.temporal_starting(position, start + 1):
        if mention.start in (position, start):
            det = _DET_AFTER_DATE.match(ctx.text, mention.end, sentence.end)
            return det.end() if det is not None else None
    return None


_WITH_FIRST: Final = re.compile(r"with[ \t]+")
_NAME_WORDS: Final = re.compile(r"(?-i:[A-Z][\w’'-]{1,30})(?:[ \t]+(?-i:[A-Z][\w’'-]{1,30})){0,3}")
_OBJECT_AFTER: Final = re.compile(r",?[ \t]+(?:a|an)[ \t]+", re.IGNORECASE)


def _partner_first(ctx: Context, sentence: Sentence, begin: int) -> tuple[str | None, int]:
    """ "sign with O'Neill a memorandum ...": the partner named between the verb and the
    agreement, and where the agreement's noun phrase starts; (None, ``begin``) when the
    words after the verb are not "with", a named party and "a"/"an"."""
    with_ = _WITH_FIRST.match(ctx.text, begin, sentence.end)
    if with_ is None:
        return None, begin
    mention = next(
        (m for m in ctx.actors_starting(with_.end(), with_.end() + 1) if m.kind in _PARTY_KINDS),
        None,
    )
    if mention is not None:
        after = _OBJECT_AFTER.match(ctx.text, mention.end, sentence.end)
        return (None, begin) if after is None else (mention.actor_id, after.end())
    # A name the actor reader did not take ("with O'Neill"): capitalised words, no party.
    name = _NAME_WORDS.match(ctx.text, with_.end(), sentence.end)
    after = _OBJECT_AFTER.match(ctx.text, name.end(), sentence.end) if name else None
    return (None, begin) if after is None else (None, after.end())


# The words before a verb where its subject is looked for.
_SUBJECT_WORDS: Final = 4


def _firm_subject(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether the few words right before the verb at ``verb`` name a firm by a common noun
    or a business word ("The two firms", "The streaming service", "the carmaker").

    Examples:
        >>> ctx = Context.build("The two firms signed a memorandum.", document_id="d")
        >>> _firm_subject(ctx, ctx.sentences[0], 14)
        True
        >>> ctx = Context.build("The two ministers signed a memorandum.", document_id="d")
        >>> _firm_subject(ctx, ctx.sentences[0], 18)
        False
        >>> text = "The ministers, watched by company chiefs, signed a memorandum."
        >>> ctx = Context.build(text, document_id="d")
        >>> _firm_subject(ctx, ctx.sentences[0], text.index("signed"))
        False
    """
    before = ctx.text[sentence.start : verb].rstrip()
    # "The ministers, in the presence of company chiefs, signed": the subject before the aside
    clause = before.split(",")[0] if before.endswith(",") else before.rsplit(",", 1)[-1]
    words = clause.lower().split()[-_SUBJECT_WORDS:]
    return any(w in ctx.cues.firms or w in ctx.cues.business for w in words)


# A second verb of the frame right after the first ("agreed to sign", "agreed to adopt").
_ANOTHER_VERB: Final = re.compile(
    r"(?:sign|adopt|conclude|ratify|endorse|approve|negotiate|issue)\b", re.IGNORECASE
)
# A verb that acts on an agreement already made ("agreed to extend the fisheries treaty").
_KEPT_ACT: Final = re.compile(
    r"(?:extend|renew|review|amend|revise|update|implement|prolong|uphold|respect|honou?r"
    r"|moderni[sz]e|suspend|terminate)[ \t]+the[ \t]+",
    re.IGNORECASE,
)


def _kept_act(ctx: Context, sentence: Sentence, verb: int, begin: int) -> None:
    """The act already made that "agreed to extend" acts on, at ``begin`` ("the Ganges
    water-sharing treaty, which expires in 2056"): named without the verb, with the subject
    as party, and not dated nor planned by what is agreed now (a bare "the treaty" refers
    back and is left to the act named before)."""
    made = _unnamed(ctx, sentence, begin, AgreementStage.SIGNED, False, begin)
    if made is None or _is_bare(made[0].name):
        return
    candidate, end = made
    candidate.stage, candidate.dateable = None, False
    _add_parties(candidate, _parties(ctx, sentence, verb, end))
    ctx.add(candidate)


# Words that may stand before the noun of an agreement that only refers back to one.
_BACK_REFERENCE: Final = frozenset(
    {"original", "new", "same", "final", "revised", "updated", "modernised", "modernized", "two"}
)


def _is_bare(name: str) -> bool:
    """Whether an unnamed agreement's phrase is only its noun and back-referring words.

    Examples:
        >>> _is_bare("original agreement"), _is_bare("agreement on fisheries")
        (True, False)
    """
    words = name.lower().split()
    return len(words) <= 3 and all(word in _BACK_REFERENCE for word in words[:-1])


_AND_ANOTHER: Final = re.compile(r"\s+and\s+(?:(?:a|an|the|two|three|several)\s+)?", re.IGNORECASE)


def _unnamed(
    ctx: Context,
    sentence: Sentence,
    begin: int,
    stage: AgreementStage,
    future: bool,
    evidence_start: int,
) -> tuple[Candidate, int] | None:
    """The unnamed agreement whose noun phrase starts at ``begin`` ("a memorandum on water"),
    not yet added, and where its noun phrase ends (before the topic)."""
    phrase = _NOUN_PHRASE.match(ctx.text, begin, min(sentence.end, begin + 90))
    if phrase is None or re.search(r"[,;:()]", phrase.group("np")):
        return None
    if phrase.group("np").startswith("partnership"):
        return None  # "signed partnerships with five firms": a partnership needs its kind
    if not ctx.cues.business.isdisjoint(phrase.group("np").lower().split()):
        return None  # "signed a merger agreement", "a wage deal": firms' or unions' business
    if _TALLY.match(phrase.group("np")) and _SINCE.match(ctx.text, phrase.end(), sentence.end):
        return None  # "have signed more than 140 bilateral agreements since 1960": a tally
    if phrase.group("noun").lower().endswith("s") and _BEFORE_NOW.match(
        ctx.text, phrase.end(), sentence.end
    ):
        return None  # "leaders have signed water accords before, most famously ...": a past
    np = phrase.group("np").strip()
    lead, after = _topic_lead(ctx, phrase.end(), sentence.end)
    topic = _topic(ctx, after, sentence.end)
    if topic:
        np, end = np + lead + topic, after + len(topic)
    else:
        end = phrase.start("np") + len(np)
    plan = _is_plan(phrase.group("noun"), stage)
    candidate = Candidate(
        kind=EventKind.INITIATIVE if plan else EventKind.AGREEMENT,
        form="programme" if plan else _form(np),
        name=np,
        start=phrase.start(),
        end=end,
        sentence=sentence.index,
        # A date of negotiations is not the agreement's ("launched talks on a deal in 2024").
        dateable=stage is not AgreementStage.NEGOTIATIONS_LAUNCHED,
        stage=stage,
        future=future,
        head=phrase.group("noun"),
        evidence=(evidence_start, end),
    )
    return candidate, phrase.end()


# "more than 140 bilateral agreements ... since 1960": a count of acts over the years (with
# _SINCE), not one act (nor a batch signed together, "three agreements", "over 20 deals on
# Monday").
_TALLY: Final = re.compile(
    r"(?:more[ \t]+than|over|nearly|almost|some|at[ \t]+least|dozens[ \t]+of|hundreds[ \t]+of"
    r"|scores[ \t]+of|thousands[ \t]+of)[ \t]+(?:[\d,]+[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:agreements|treaties|accords|deals|memoranda|memorandums|mous|pacts|protocols)\b",
    re.IGNORECASE,
)
# What makes a count a tally of the years: "since 1960", "so far", "to date".
_SINCE: Final = re.compile(
    r"[^.;:]{0,60}?\b(?:since|so[ \t]+far|to[ \t]+date|over[ \t]+the[ \t]+(?:years|decades|past)"
    r"|in[ \t]+(?:all|total))\b",
    re.IGNORECASE,
)
# Right after a plural ("have signed water accords before, ...", "signed agreements in the
# past"): acts of the past told together, not one act.
_BEFORE_NOW: Final = re.compile(
    r"[ \t]+(?:before(?=[ \t]*[,.;:])|in[ \t]+the[ \t]+past\b"
    r"|over[ \t]+the[ \t]+(?:years|decades)\b|since[ \t]+(?:then|independence)\b)",
    re.IGNORECASE,
)
_PLAN_NOUNS: Final = re.compile(r"roadmap", re.IGNORECASE)
_SIGNING_STAGES: Final = frozenset({AgreementStage.SIGNED})


def _is_plan(noun: str, stage: AgreementStage) -> bool:
    """Whether an unnamed act is a plan, not an agreement: a roadmap approved, adopted,
    agreed on or endorsed ("the forum approved a desalination roadmap"), not one
    two governments sign ("signed a roadmap for their partnership").

    Examples:
        >>> _is_plan("roadmap", AgreementStage.ADOPTED), _is_plan("roadmap", AgreementStage.SIGNED)
        (True, False)
        >>> _is_plan("memorandum", AgreementStage.ADOPTED)
        False
    """
    return stage not in _SIGNING_STAGES and _PLAN_NOUNS.fullmatch(noun) is not None


def _second_item(
    ctx: Context,
    sentence: Sentence,
    match: re.Match[str],
    stage: AgreementStage,
    future: bool,
    end: int,
) -> list[Candidate]:
    """ "signed an air services agreement and a memorandum on fisheries": the second one;
    "a fisheries agreement, a solar energy MoU and a double taxation agreement": each
    unnamed agreement of the list, up to the first item that is none."""
    made: list[Candidate] = []
    position = end
    parties = _parties(ctx, sentence, match.start(), end)
    while len(made) < _LIST_ITEMS:
        joined = _AND_ANOTHER.match(ctx.text, position, sentence.end)
        listed = joined is None
        if listed:
            joined = _LIST_NEXT.match(ctx.text, position, sentence.end)
        if joined is None or ctx.named_at(joined.end(), slack=1) is not None:
            break
        found = _unnamed(ctx, sentence, joined.end(), stage, future, joined.end())
        if found is None:
            # "... and a cultural programme for 2032-2034": a programme signed with them
            programme = _LISTED_PROGRAMME.match(ctx.text, joined.end(), sentence.end)
            if programme is not None:
                made.append(ctx.add(_listed_programme(sentence, programme, future)))
            break
        candidate = found[0]
        if listed and candidate.name.lower() == candidate.head.lower():
            break  # "signed a fisheries agreement, a deal worth ...": the same one
        _add_parties(candidate, parties)
        made.append(ctx.add(candidate))
        position = candidate.end
    return made


# "Four agreements were signed in front of the two presidents: a ..., a ... and a ...".
_LISTED: Final = re.compile(
    r"\b(?:agreements|instruments|documents|accords|deals|texts)[ \t]+(?:were[ \t]+|have[ \t]+"
    r"been[ \t]+)?(?P<verb>signed|concluded|adopted|inked)\b[^:;.]{0,120}:[ \t]{0,3}"
    r"(?:a|an)[ \t]+",
    re.IGNORECASE,
)


@reads_where(":")
def _read_listed(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """The unnamed agreements of a list that a signing introduces after a colon."""
    made: list[Candidate] = []
    for match in ctx.scan(_LISTED, sentence) if ctx.may_hold_any(sentence, (":",)) else ():
        if ctx.named_at(match.end(), slack=1) is not None:
            continue
        stage = _stage(match.group("verb"))
        future = is_future(ctx, match.start("verb"), sentence)
        found = _unnamed(ctx, sentence, match.end(), stage, future, match.end())
        if found is None:
            continue
        candidate = found[0]
        _add_parties(candidate, _parties(ctx, sentence, match.start(), match.end()))
        made.append(ctx.add(candidate))
        made.extend(_second_item(ctx, sentence, match, stage, future, candidate.end))
    return made


_LISTED_PROGRAMME: Final = re.compile(
    r"(?P<np>(?:(?!(?:on|of|in|at|with|for|to|by|from|that|which)[ \t])[\w’'-]{1,30}[ \t]+)"
    r"{1,3}?(?P<noun>programme|program|fund|project))\b",
    re.IGNORECASE,
)
_PROGRAMME_FORMS: Final = {"programme": "programme", "program": "programme"}


def _listed_programme(sentence: Sentence, match: re.Match[str], future: bool) -> Candidate:
    """An unnamed programme, fund or project listed among signed agreements."""
    noun = match.group("noun").lower()
    return Candidate(
        kind=EventKind.INITIATIVE,
        form=_PROGRAMME_FORMS.get(noun, noun),
        name=match.group("np"),
        start=match.start(),
        end=match.end(),
        sentence=sentence.index,
        dateable=True,
        future=future,
        head=match.group("noun"),
        evidence=(match.start(), match.end()),
    )


# "In a joint statement issued after the Andean Ministerial Meeting, ...".
_ISSUED_AFTER: Final = re.compile(
    r"\b(?:a|the|their|its)[ \t]+(?P<np>joint[ \t]+(?:statement|declaration|communiqu[eé]))"
    r"[ \t]+(?P<verb>issued|adopted|released)[ \t]+(?:after|at|following|during)[ \t]+"
    r"(?:the[ \t]+)?",
    re.IGNORECASE,
)


@reads_where("joint")
def _read_issued_after(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """An unnamed joint statement issued after (at) a named meeting: adopted there, then."""
    made: list[Candidate] = []
    for match in (
        ctx.scan(_ISSUED_AFTER, sentence) if ctx.may_hold_any(sentence, ("joint",)) else ()
    ):
        meeting = ctx.named_at(match.end(), slack=1)
        if meeting is None or meeting.kind is not EventKind.MEETING:
            continue
        if ctx.named_at(match.start("np"), slack=1) is not None:
            continue
        found = _unnamed(
            ctx, sentence, match.start("np"), AgreementStage.ADOPTED, False, match.start()
        )
        if found is None:
            continue
        candidate = found[0]
        candidate.made_at(meeting)
        _add_parties(candidate, list(meeting.participants))
        made.append(ctx.add(candidate))
    return made


# The next item of a list of unnamed agreements: ", a memorandum", ", and an accord".
_LIST_NEXT: Final = re.compile(
    r",[ \t]{0,3}(?:and[ \t]+)?(?:a|an)[ \t]+(?=[\w’'-]{1,30}[ \t]+[\w’'-])", re.IGNORECASE
)
_LIST_ITEMS: Final = 8


_TOPIC_PARTY: Final = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")
_BEFORE_DATE: Final = re.compile(r"\s+(?:on\s+)?")


def _topic_lead(ctx: Context, position: int, end: int) -> tuple[str, int]:
    """What stands between an unnamed agreement's noun and its topic: the other party, kept
    (" with India", of "an agreement with India on the recognition of degrees"), and a date,
    left out (" on Thursday", of "an agreement on Thursday on water sharing"); with where the
    topic starts. ("", ``position``) when no topic follows them."""
    lead, at = "", position
    party = _TOPIC_PARTY.match(ctx.text, at, end)
    if party is not None:
        mention = next(
            (
                m
                for m in ctx.actors_starting(party.end(), party.end() + 1)
                if m.kind is not ActorKind.PERSON
            ),
            None,
        )
        if mention is not None:
            lead, at = ctx.text[position : mention.end], mention.end
    for date in ctx.temporal_overlapping(at, min(end, at + 40)):
        gap = _BEFORE_DATE.fullmatch(ctx.text, at, date.start) if date.start >= at else None
        if gap is not None:
            at = date.end
        break
    if at == position or _TOPIC_START.match(ctx.text, at, end) is None:
        return "", position
    return lead, at


_IT: Final = re.compile(r"it\b")
# How far back the project "it" takes up is looked for (characters).
_IT_REACH: Final = 160


def _pronoun_topic(ctx: Context, position: int, after_cue: int) -> str | None:
    """ "a financing agreement for it": the topic is the project named just before ("the
    Kribi power line, and ... for it"), or None when "it" does not follow the cue or no
    project is named before."""
    if _IT.match(ctx.text, after_cue) is None:
        return None
    before = [
        c
        for c in ctx.starting(max(0, position - _IT_REACH), position)
        if c.kind is EventKind.INITIATIVE and c.end <= position
    ]
    if not before:
        return None
    name = before[-1].name
    article = "" if name.lower().startswith("the ") else "the "
    return f"{ctx.text[position:after_cue]}{article}{name}"


def _topic(ctx: Context, position: int, end: int) -> str:
    """The topic after an unnamed agreement's noun (" on visa facilitation"), or "".

    At most eight words, none a preposition, verb of saying or clause opener. Words after
    a comma are kept only when "and" closes the list ("on trade, health and tourism", not
    "on trade, officials said"). A date ends the topic ("a memorandum on Tuesday" has none).
    """
    cue = _TOPIC_START.match(ctx.text, position, end)
    if cue is None:
        return ""
    taken_up = _pronoun_topic(ctx, position, cue.end())
    if taken_up is not None:
        return taken_up
    stop = end
    for mention in ctx.temporal_overlapping(cue.end(), min(end, cue.end() + 300)):
        stop = min(stop, mention.start)
    kept = accepted = cue.end()
    words, in_list, closing, first_upper = 0, False, False, False
    previous = ""
    for token in _TOPIC_TOKEN.finditer(ctx.text, cue.end(), min(stop, cue.end() + 300)):
        word = token.group()
        lowered = word.lower()
        if word == ",":
            in_list, closing = True, False
            continue
        if lowered == "the" and words == 0 and not _AFTER_THE.match(ctx.text, token.end()):
            continue  # "on the digital economy", not "on the sidelines of"
        if lowered in ("a", "an") and words == 0 and not _AFTER_A.match(ctx.text, token.end()):
            continue  # "an agreement on a new scholarship fund", not "on a visit to Hanoi"
        if lowered in ("their", "its") and words == 0:
            continue  # "a roadmap for their strategic partnership"
        if lowered == "in" and words > 0 and _IN_FIELD.match(ctx.text, token.end()):
            # "on cooperation in peace and security", not "in Addis Ababa", "in principle"
            words += 1
            continue
        if lowered in _ACT_PARTICIPLES and words > 0:
            break  # "the treaty on X signed with Ghana in March": the act, not the topic
        if lowered == "the" and previous == "of":
            continue  # "on the joint development of the X zone"
        previous = lowered
        if not (word[0].isalnum()) or lowered in _TOPIC_STOP or words >= _TOPIC_WORDS:
            break
        if lowered in ("and", "&"):
            closing = True
            continue
        if closing and lowered.endswith("ed"):
            break  # "on trade and signed ...": a verb, not a list item
        if in_list and word[0].isupper() != first_upper:
            break  # "on geothermal energy, Prime Cabinet Secretary and ...": a new phrase
        if words == 0:
            first_upper = word[0].isupper()
        words += 1
        accepted = token.end()
        if (not in_list or closing) and lowered not in ("of", "for"):
            # never ending on "of" ("on the development of [the ...]") nor on "for" ("on
            # maritime security for [2027-2030]")
            kept = accepted
    if kept == cue.end():
        return ""
    return ctx.text[position:kept]


def _named(ctx: Context, sentence: Sentence) -> list[Candidate]:
    return [c for c in ctx.in_sentence(sentence) if c.kind is EventKind.AGREEMENT and c.named]


# "the Association Agreement with the European Union, signed in 2014": the party after
# "with" is no part of the name but the signing is the agreement's.
_WITH_PARTY: Final = re.compile(r"[ \t]+with[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]{0,30}[ \t]*){1,4}")
# "the Energy Community Treaty, to which Ghana acceded in 2017": dated by the accession.
_ACCEDED: Final = re.compile(
    r"[ \t]*,[ \t]*to[ \t]+which[ \t]+(?:[\w’'-]{1,30}[ \t]+){1,4}?(?P<verb>acceded|adhered)\b"
)


# "acceded to the Treaty of ...", "will accede to the Convention": a state becomes a party.
_ACCEDED_TO: Final = re.compile(
    r"\b(?:acceded|accedes|accede|acceding|adhered)[ \t]+to[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)


_FOR_SIGNATURE: Final = re.compile(r"[ \t]+for[ \t]+signature\b", re.IGNORECASE)
_OPENED_BEFORE: Final = re.compile(r"\bopen(?:ed|s)?[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)


def _read_passive(ctx: Context, sentence: Sentence) -> None:
    meetings = _MeetingIn(ctx, sentence)
    for candidate in _named(ctx, sentence):
        end = candidate.evidence_end
        party = _WITH_PARTY.match(ctx.text, end, sentence.end)
        if party is not None and ctx.actors_in(party.start(), party.end()):
            end = party.end()
        joined = _ACCEDED_TO.search(
            ctx.text, max(sentence.start, candidate.start - 40), candidate.start
        )
        if joined is not None:
            # "Mongolia acceded to the Treaty of Amity ... in 2045": a party by accession (the
            # year is its accession's, not the treaty's)
            candidate.stage = AgreementStage.RATIFIED
            candidate.future = candidate.future or is_future(ctx, joined.start(), sentence)
            _add_parties(candidate, _parties(ctx, sentence, joined.start(), candidate.end))
            continue
        acceded = _ACCEDED.match(ctx.text, end, sentence.end)
        if acceded is not None:
            candidate.dateable = True
            candidate.stage = AgreementStage.RATIFIED
            continue
        if _FOR_SIGNATURE.match(ctx.text, end, sentence.end) and _OPENED_BEFORE.search(
            ctx.text, max(sentence.start, candidate.start - 12), candidate.start
        ):
            # "Ministers opened the Convention for signature in Lisbon in May": its first
            # signing, as "was opened for signature" is.
            candidate.dateable = True
            candidate.stage = AgreementStage.SIGNED
            continue
        passive = (
            _PASSIVE.match(ctx.text, end, sentence.end)
            or _ACTIVE_RELATIVE.match(ctx.text, end, sentence.end)
            or _LONG_SUBJECT_RELATIVE.match(ctx.text, end, sentence.end)
        )
        if passive is None:
            tail = ctx.text[end : sentence.end]
            passive = re.search(r"\b(?:was|were)\s+(?P<verb>adopted|signed|concluded)\b", tail)
            if passive is None or len(tail[: passive.start()]) > 200:
                continue
        candidate.dateable = True
        candidate.stage = _stage(passive.group("verb"))
        meeting = meetings.get()
        if meeting is not None and meeting is not candidate:
            candidate.made_at(meeting)


# The act a noun of the "establishment" frame names: "the signing of", "the adoption of".
_ACT_STAGES: Final = {
    "signing": AgreementStage.SIGNED,
    "adoption": AgreementStage.ADOPTED,
    "conclusion": AgreementStage.CONCLUDED,
}


# "... of the X and of the Y": a second object of the same act noun.
_AND_OF: Final = re.compile(r"\s+and\s+of\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE)


@reads_where(frames=("elevate", "anniversary", "establishment"))
def _read_establishment(ctx: Context, sentence: Sentence) -> None:
    for frame, stage in (
        ("elevate", AgreementStage.UPGRADED),
        ("anniversary", AgreementStage.ESTABLISHED),
        ("establishment", AgreementStage.ESTABLISHED),
    ):
        for match in iter_frames(ctx, frame, sentence):
            target = ctx.named_at(match.end(), slack=3)
            if target is None and frame == "elevate":
                target = _unnamed_partnership(ctx, sentence, match.end())
            if target is None or target.kind is not EventKind.AGREEMENT:
                continue
            if frame == "establishment":
                # "the signing, on the margins of the Meeting, of the Memorandum": signed.
                stage = _ACT_STAGES.get(match.group().split(None, 1)[0].strip(",").lower(), stage)
            target.stage = target.stage or stage
            end = target.evidence_end
            _add_parties(target, _parties(ctx, sentence, match.start(), end))
            if frame == "anniversary":
                _anniversary_date(ctx, target, end)
            else:
                target.dateable = True
            if frame == "establishment" and match.group("there"):
                # "the Summit in Honiara in September, and the adoption there of the X"
                _adopted_at_meeting_before(ctx, target, match.start())
            if frame == "establishment":
                # "the signing of the X Arrangement and of a Memorandum on ...": both signed.
                joined = _AND_OF.match(ctx.text, end, sentence.end)
                second = ctx.named_at(joined.end(), slack=1) if joined is not None else None
                if second is not None and second.kind is EventKind.AGREEMENT:
                    second.stage = second.stage or stage
                    second.dateable = True
                    _add_parties(second, target.participants)


def _adopted_at_meeting_before(ctx: Context, target: Candidate, position: int) -> None:
    """Make ``target`` adopted at the meeting named last before ``position`` in its
    sentence, and dated by it."""
    sentence = ctx.sentences[target.sentence]
    meetings = [
        c
        for c in ctx.in_sentence(sentence)
        if c.kind is EventKind.MEETING and c.end <= position and c is not target
    ]
    if meetings:
        target.made_at(meetings[-1])


_LOWER_PARTNERSHIP: Final = re.compile(
    r"(?:[a-z][\w-]{1,30}\s+){0,4}?(?:partnership|relationship|partners)\b"
)


def _unnamed_partnership(ctx: Context, sentence: Sentence, position: int) -> Candidate | None:
    """ "upgraded ties to a comprehensive strategic partnership": the new level, unnamed."""
    found = _LOWER_PARTNERSHIP.match(ctx.text, position, sentence.end)
    if found is None or " " not in found.group():
        return None  # a bare "partnership" names no level
    return ctx.add(
        Candidate(
            kind=EventKind.AGREEMENT,
            form="partnership",
            name=found.group(),
            start=found.start(),
            end=found.end(),
            sentence=sentence.index,
            head="partnership",
            evidence=(found.start(), found.end()),
        )
    )


def _anniversary_date(ctx: Context, target: Candidate, end: int) -> None:
    """The first date of the span after the name: "(November 27, 2023 - November 27, 2025)"."""
    for mention in ctx.temporal_starting(end, end + 121):
        if isinstance(mention.value, DateSpan):
            value = mention.value
            if value.start is not None:
                target.when = DateSpan.of(value.start)
                target.date_text = mention.text
            return
    target.dateable = True


@reads_where(frames=("relations",))
def _read_relations(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """ "Kenya and Chile established diplomatic relations in 1966": an agreement between them."""
    made = []
    for match in iter_frames(ctx, "relations", sentence):
        countries = _relation_parties(ctx, sentence, match.start(), match.end())
        verb = match.group("verb").lower()
        noun = "Restoration" if verb.startswith(("restor", "resum")) else "Establishment"
        if verb.startswith("normali"):
            noun = "Normalisation"
        name = f"{noun} of diplomatic relations"
        if len(countries) >= 2:
            name += f" between {countries[0].text} and {countries[1].text}"
        candidate = Candidate(
            kind=EventKind.AGREEMENT,
            form="other",
            name=name,
            start=match.start(),
            end=match.end(),
            sentence=sentence.index,
            participants=list(dict.fromkeys(c.actor_id for c in countries)),
            dateable=True,
            stage=AgreementStage.ESTABLISHED,
            future=is_future(ctx, match.start(), sentence),
            evidence=(match.start(), match.end()),
            frame_key="relations:" + "|".join(sorted({c.actor_id for c in countries})),
        )
        made.append(ctx.add(candidate))
    return made


def _relation_parties(
    ctx: Context, sentence: Sentence, start: int, end: int
) -> list[ActorMentionLike]:
    """The two countries of a diplomatic relation: "between A and B", "with B", the subject."""
    after = re.match(r"\s+(?:between|with)\s+", ctx.text[end : end + 12])
    objects = (
        ctx.actors_in(end, min(sentence.end, end + 80), (ActorKind.COUNTRY,))
        if after is not None
        else []
    )
    subject = [m for m in ctx.subject_before(start, sentence) if m.kind is ActorKind.COUNTRY]
    found: list[ActorMentionLike] = []
    for mention in [*subject, *objects]:
        if all(m.actor_id != mention.actor_id for m in found):
            found.append(mention)
    if len(found) < 2:
        # "since the establishment of diplomatic relations": the article's two countries.
        for mention in ctx.actors_in(0, len(ctx.text), (ActorKind.COUNTRY,)):
            if all(m.actor_id != mention.actor_id for m in found):
                found.append(mention)
            if len(found) == 2:
                break
    return found[:2]


def _read_planned(ctx: Context, sentence: Sentence) -> None:
    for candidate in _named(ctx, sentence):
        left = ctx.text[max(sentence.start, candidate.start - 40) : candidate.start].lower()
        if _PENDING.search(left):
            candidate.future = True


# "That agreement was signed in 2004", "The treaty, signed in 1973, ...": an agreement
# named before, referred back to with the date it was made.
_BACK_SIGNED: Final = re.compile(
    r"\b(?:the|that|this)\s+(?P<noun>agreement|treaty|accord|memorandum|pact|protocol|convention)"
    r"(?:\s*,\s*(?:which\s+(?:was|were)\s+)?|\s+(?:was|were|had\s+been|has\s+been)\s+|\s+)"
    r"(?:first\s+|originally\s+|formally\s+)?(?P<verb>signed|concluded|adopted|ratified|inked)\b",
    re.IGNORECASE,
)
_BACK_NOUNS: Final = (
    "agreement",
    "treaty",
    "accord",
    "memorandum",
    "pact",
    "protocol",
    "convention",
)


@reads_where(*_BACK_NOUNS)
def _read_referred_back(ctx: Context, sentence: Sentence) -> None:
    """Date the agreement named last before "the treaty, signed in 1973," when the noun is
    its head (the mention joins it as an anaphor)."""
    lowered = ctx.sentence_lower(sentence)
    if not any(noun in lowered for noun in _BACK_NOUNS):
        return
    for match in ctx.scan(_BACK_SIGNED, sentence):
        if ctx.covers(match.start("noun")):
            continue
        noun = match.group("noun").lower()
        before = [
            c
            for c in ctx.candidates
            if c.kind is EventKind.AGREEMENT and c.end <= match.start() and not c.anaphor
        ]
        if not before or noun not in before[-1].name.lower():
            continue  # the agreement just spoken of is another
        last = before[-1]
        if not last.named and (
            (last.head or "").lower() != noun
            or not last.name[:1].islower()
            or last.sentence < sentence.index - 3
        ):
            # an unnamed one only by its own noun, written in lower case, just before ("the
            # treaty on X", then "the treaty, signed in ...")
            continue
        anaphor = ctx.add(
            Candidate(
                kind=EventKind.AGREEMENT,
                form=last.form,
                name=noun,
                start=match.start("noun"),
                end=match.end(),
                sentence=sentence.index,
                head=noun,
                anaphor=True,
                dateable=True,
                stage=_stage(match.group("verb")),
                evidence=(match.start(), match.end()),
            )
        )
        if not last.named:
            # An unnamed agreement has no name to be found by: the shared frame key joins
            # the two mentions.
            if last.frame_key is None:
                last.frame_key = f"referred-back:{last.start}"
            anaphor.frame_key = last.frame_key


# "the agreement on marine oil pollution, signed in Kiruna in 2013", "the agreement on the
# recognition of driving licences, which was signed in 2019": an unnamed agreement on a
# topic, dated by the signing that follows it.
_THE_AGREEMENT_ON: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?=(?:[a-z][\w-]{1,20}[ \t]+){0,2}(?:agreement|treaty|accord"
    r"|convention|memorandum(?:[ \t]+of[ \t]+understanding)?|protocol|pact)"
    r"(?:[ \t]+on[ \t]+(?:the[ \t]+)?[a-z]|[ \t]+(?:initial|to[ \t]+be[ \t]+signed)"
    # "the border agreement we signed on Tuesday": signed by the speakers or the parties
    r"|[ \t]+(?:that[ \t]+|which[ \t]+)?(?:we|they)[ \t]+(?:signed|concluded|initial)"
    # "a customs convention signed in London on 5 September 1944", "the border treaty signed
    # at Arica in 1929": a modified noun told with the place or the day of its signing
    r"|,?[ \t]+signed[ \t]+(?:in|at|on)[ \t]+(?:the[ \t]+)?[A-Z0-9]))"
)
# What follows the unnamed agreement: its signing, done ("signed in 2013", "initialled by
# the foreign ministers in Washington") or to come ("to be signed there", "will be signed").
_SIGNED_AFTER: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+(?:was|had[ \t]+been)[ \t]+"
    r"|(?:that[ \t]+|which[ \t]+)?(?:we|they)[ \t]+)?"
    r"(?P<verb>signed|concluded|initial(?:l)?ed)[ \t]+(?:in|on|at|by|last|this|earlier|yesterday)\b"
    r"|[ \t]+(?P<future>to[ \t]+be|(?:will|would|could|should)[ \t]+be"
    r"|(?:is|are)[ \t]+(?:expected|due|set|scheduled)[ \t]+to[ \t]+be)[ \t]+signed\b"
    # "a framework agreement on electricity trade is ready for signature": to be signed.
    r"|[ \t]+(?P<ready>(?:is|are)[ \t]+(?:now[ \t]+)?ready)[ \t]+for[ \t]+(?:signature|signing)\b"
)
_SIGNED_WORDS: Final = ("signed", "concluded", "initial", "ready for sign")


# "a treaty signed in Izmir in 1977": an indefinite treaty, convention or charter signed in a
# town, which history names after it ("Treaty of Izmir").
_PLACE_ACTS: Final = frozenset({"treaty", "convention", "charter"})
_INDEFINITE: Final = re.compile(r"[Aa]n?\b")
_SIGNED_IN: Final = re.compile(r"signed[ \t]+(?:in|at)$")
# "its economic union was founded by a treaty signed in The Hague": a treaty named by what it
# founded ("Treaty establishing ..."), not by its town.
_FOUNDED_BY_BEFORE: Final = re.compile(
    r"(?:founded|established|created|set[ \t]+up)[ \t]+(?:by|under|through)[ \t]+$"
)


def _treaty_of_place(
    ctx: Context, match: re.Match[str], candidate: Candidate, signed: re.Match[str]
) -> str | None:
    """The name of a bare indefinite treaty by the town it was signed in ("a treaty signed
    in Izmir" is the "Treaty of Izmir"), or None (a country is no such town: "a treaty
    signed in Chile"; "the treaty signed in ..." refers back to one named before)."""
    if (
        candidate.name.lower() not in _PLACE_ACTS
        or _INDEFINITE.match(ctx.text, match.start()) is None
        or _SIGNED_IN.search(ctx.text, signed.start(), signed.end()) is None
        or _FOUNDED_BY_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())
    ):
        return None
    place = ctx.place_at(signed.end() + 1, limit=40)
    if place is None or place[1] != signed.end() + 1 or ctx.country(place[0]) is not None:
        return None
    return f"{candidate.name.capitalize()} of {place[0]}"


@reads_where(*_SIGNED_WORDS)
def _read_signed_unnamed(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Unnamed agreements on a topic told with their signing: "the agreement on marine oil
    pollution, signed in Kiruna in 2013", "the peace agreement initialled by the ministers in
    Washington on 8 August 2025", "expect an agreement on the reservoir to be signed there".
    """
    made: list[Candidate] = []
    words = ctx.text[sentence.start : sentence.end]
    if not any(word in words for word in _SIGNED_WORDS):
        return made
    for match in ctx.scan(_THE_AGREEMENT_ON, sentence):
        if ctx.covers(match.end()) or ctx.starting(match.start(), match.end() + 1):
            continue
        found = _unnamed(ctx, sentence, match.end(), AgreementStage.SIGNED, False, match.start())
        if found is None:
            continue
        candidate = found[0]
        signed = _SIGNED_AFTER.match(ctx.text, candidate.end, sentence.end)
        if signed is not None and _is_bare(candidate.name):
            named = _treaty_of_place(ctx, match, candidate, signed)
            if named is None:
                continue
            candidate.name = named
        if signed is None:
            continue
        candidate.future = signed.group("future", "ready") != (None, None)
        candidate.evidence = (match.start(), signed.end())
        made.append(ctx.add(candidate))
    return made


# "since the customs convention of 1944", "the border treaty of 1904": a lower-case agreement
# noun after one or two lower-case words, dated by the year after "of".
_OF_YEAR_AGREEMENT: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?=(?:[a-z][\w-]{1,20}[ \t]+){1,2}(?:agreement|treaty|accord"
    r"|convention|protocol|pact)[ \t]+of[ \t]+(?:1[5-9]|20)[0-9][0-9]\b(?![ \t]*[-–/]))"
)
_OF_YEAR: Final = re.compile(r"[ \t]+of[ \t]+(?:1[5-9]|20)[0-9][0-9]\b")


@reads_where(" of 1", " of 20")
def _read_year_unnamed(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Unnamed agreements named by their kind and their year: "the customs convention of
    1944", "the border treaty of 1904" (the noun alone, "the treaty of 1904", is no name;
    "the trade agreement of 2030-2035" is a span, not the act's year)."""
    made: list[Candidate] = []
    words = ctx.text[sentence.start : sentence.end]
    if " of 1" not in words and " of 20" not in words:
        return made
    for match in ctx.scan(_OF_YEAR_AGREEMENT, sentence):
        if ctx.covers(match.end()) or ctx.starting(match.start(), match.end() + 1):
            continue
        found = _unnamed(ctx, sentence, match.end(), AgreementStage.SIGNED, False, match.start())
        if found is None:
            continue
        candidate = found[0]
        year = _OF_YEAR.match(ctx.text, candidate.end, sentence.end)
        if year is None or _is_bare(candidate.name):
            continue
        candidate.evidence = (match.start(), year.end())
        for mention in ctx.temporal_overlapping(year.end() - 4, year.end()):
            if isinstance(mention.value, DateSpan) and mention.end == year.end():
                candidate.when, candidate.date_text = mention.value, mention.text
                break
        made.append(ctx.add(candidate))
    return made


# "The free trade agreement with the United Arab Emirates, initialled in April, was signed
# last Thursday", "expect the agreement with Korea to be signed at the summit", "talks on a
# free trade agreement with Canada were concluded": an agreement named by its other party.
_AGREEMENT_WITH: Final = re.compile(
    r"\b(?P<talks>(?i:talks|negotiations)[ \t]+on[ \t]+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+"
    r"(?P<np>(?:(?:free|trade|economic|partnership|comprehensive|association|cooperation"
    r"|investment|framework|bilateral|new)[ \t]+){0,3}(?:agreement|treaty|accord|pact"
    r"|memorandum(?:[ \t]+of[ \t]+understanding)?))"
    r"[ \t]+with[ \t]+(?P<party>(?:the[ \t]+)?[A-Z][\w’'-]{0,30}(?:[ \t]+[A-Z][\w’'-]{0,30}"
    r"|[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]{0,30}){0,5})"
)
# "a memorandum of understanding with Australia on summit security would be signed": its
# topic after the party (lower-case words, no verb).
_WITH_TOPIC: Final = re.compile(
    r"[ \t]+on[ \t]+(?-i:[a-z][a-z-]{1,24})(?:[ \t]+(?!(?:was|were|is|are|will|would|could"
    r"|should|to|has|had|have|be)\b)(?-i:[a-z][a-z-]{1,24})){0,3}"
)
# Its stage, right after it or after an aside: ", initialled in April, was signed", "to be
# signed", "entered into force on 1 May", "were concluded".
_WITH_STAGE: Final = re.compile(
    r"(?:[ \t]*,[^,;.()]{1,80},)?[ \t]+(?P<future>to[ \t]+be[ \t]+|(?:will|would|could|should)"
    r"[ \t]+be[ \t]+|(?:is|are)[ \t]+(?:expected|due|set|scheduled)[ \t]+to[ \t]+be[ \t]+)?"
    r"(?:(?:was|were|has[ \t]+been|had[ \t]+been|is|are)[ \t]+)?"
    r"(?P<verb>signed|concluded|initial(?:l)?ed|ratified|entered[ \t]+into[ \t]+force"
    r"|came[ \t]+into[ \t]+force)\b"
)


@reads_where("with")
def _read_agreement_with(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """An unnamed agreement named by its other party and told with a stage.

    "The free trade agreement with the United Arab Emirates ... was signed last Thursday":
    one agreement, "Free trade agreement with the United Arab Emirates", with that party.
    Without a stage ("the agreement with Japan matters") nothing is read.
    """
    made: list[Candidate] = []
    if not ctx.may_hold(sentence, "with"):
        return made
    for match in ctx.scan(_AGREEMENT_WITH, sentence):
        party = [
            m
            for m in ctx.actors_in(match.start("party"), match.end("party"))
            if m.kind is not ActorKind.PERSON and m.start - match.start("party") < 5
        ]
        if not party or ctx.covers(match.start("np")) or ctx.covers(party[0].end - 1):
            continue
        end = party[0].end
        stage = _WITH_STAGE.match(ctx.text, end, sentence.end)
        topic = None
        if stage is None:
            topic = _WITH_TOPIC.match(ctx.text, end, sentence.end)
            if topic is not None:
                stage = _WITH_STAGE.match(ctx.text, topic.end(), sentence.end)
        if stage is None:
            continue
        verb = stage.group("verb")
        np = ctx.text[match.start("np") : end]
        before = ctx.text[match.start("np") : party[0].start]
        if party[0].kind is ActorKind.ORGANIZATION:
            entry = ctx.organization(party[0].text)
            if entry is not None and entry.acronym:
                np = before + entry.acronym  # as agreements name it: "with the EU"
        elif party[0].kind is ActorKind.COUNTRY:
            country = ctx.country(party[0].actor_id)
            if country is not None:
                np = before + country.name  # "with the Emirates": the United Arab Emirates
        if topic is not None:
            np = f"{np} {' '.join(topic.group().split())}"
        candidate = Candidate(
            kind=EventKind.AGREEMENT,
            form=_form(match.group("np")),
            name=np[:1].upper() + np[1:],
            start=match.start("np"),
            end=end,
            sentence=sentence.index,
            participants=[party[0].actor_id],
            dateable=True,
            # initialled: the text is agreed, not yet signed
            stage=AgreementStage.CONCLUDED if verb.lower().startswith("initial") else _stage(verb),
            future=stage.group("future") is not None,
            head=match.group("np").split()[-1],
            evidence=(match.start(), stage.end()),
        )
        made.append(ctx.add(candidate))
    return made


# "the Pacific Alliance, whose framework agreement Chile, Colombia, Mexico and Peru signed at
# Paranal in 2012", "the East African Community, whose Treaty was signed in Arusha": an act
# named by what it founded or governs, the noun phrase before ", whose"; "the Chile-Peru
# interconnection whose memorandum was signed in Lima" (no comma, a memorandum) alike.
_WHOSE_ACT: Final = re.compile(
    r",?[ \t]+whose[ \t]+(?P<np>(?:(?:framework|intergovernmental|founding|constituent|free"
    r"|trade|peace|border|cooperation|establishing|basic)[ \t]+){0,2}"
    r"(?:agreement|treaty|charter|convention|protocol|statute|accord"
    r"|memorandum(?:[ \t]+of[ \t]+understanding)?))\b"
    r"(?P<subject>(?:[ \t]+[\w’'-]{1,30},?){0,8}?)[ \t]+"
    r"(?:(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+)?(?P<verb>signed|adopted|concluded)\b",
    re.IGNORECASE,
)
# What ", whose" follows: "the China-Kyrgyzstan-Uzbekistan railway", read back to its "the"
# (the last one: the words after it hold no other).
_WHOSE_OWNER: Final = re.compile(
    r"\b[Tt]he[ \t]+(?P<owner>[^,;:.()\s]{1,30}(?:[ \t]+(?![Tt]he\b)[^,;:.()\s]{1,30}){0,5})$"
)
# "its Charter was signed on 30 April 1948", "the Andean Community's founding treaty, signed
# in 1969": the act of an organisation named by a possessive (the organisation just named).
_POSSESSED_ACT: Final = re.compile(
    r"(?P<owner>\b[Ii]ts|[’']s)[ \t]+(?P<np>(?:(?:[Ff]ounding|[Cc]onstituent)[ \t]+)?"
    r"(?:Charter|Treaty|Statute|Constitution|founding[ \t]+(?:treaty|charter|agreement)))\b"
    r"(?P<stage>[ \t]*,?[ \t]+(?:(?:was|had[ \t]+been)[ \t]+)?(?P<verb>signed|adopted)\b)"
)
# How far back the organisation "its" stands for is looked for (characters).
_ITS_REACH: Final = 200


def _act(
    ctx: Context, sentence: Sentence, span: tuple[int, int], name: str, verb: str, noun: str
) -> Candidate:
    """A signed or adopted act read from a relative or possessive frame, dated by its verb;
    ``noun`` is its head ("agreement" of "framework agreement")."""
    np = noun.lower()
    return Candidate(
        kind=EventKind.AGREEMENT,
        form=_form(np),
        name=name[:1].upper() + name[1:],
        start=span[0],
        end=span[1],
        sentence=sentence.index,
        dateable=True,
        stage=_stage(verb),
        head=np,
        evidence=span,
    )


def _owner_name(ctx: Context, owner: ActorMentionLike) -> str:
    """An organisation as an act's name gives it: its full name ("the Organization of
    American States" for "OAS")."""
    entry = ctx.organization(owner.text)
    name = entry.name if entry is not None else owner.text
    return name if name.lower().startswith("the ") else f"the {name}"


@reads_where("whose", "its", "’s", "'s")
def _read_whose_acts(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Acts named through ", whose agreement/Treaty ... signed" or a possessive ("its Charter
    was signed"): "Framework agreement of the Pacific Alliance", "Agreement on the X railway",
    "Charter of the Organization of American States"."""
    made: list[Candidate] = []
    if not ctx.may_hold_any(sentence, ("whose", "Its", "its", "’s", "'s")):
        return made
    for match in ctx.scan(_WHOSE_ACT, sentence):
        if ctx.covers(match.start("np")):
            continue
        low = max(sentence.start, match.start() - 100)
        orgs = [
            m
            for m in ctx.actors_ending_in(low, match.start())
            if m.kind is ActorKind.ORGANIZATION and m.end == match.start()
        ]
        np = " ".join(match.group("np").split())
        owners = orgs[:1]
        if orgs:
            name = f"{np} of {_owner_name(ctx, orgs[0])}"
        else:
            # "the X railway, whose agreement": a thing named with "the", no actor, no person
            before = _WHOSE_OWNER.search(ctx.text, low, match.start())
            inside = ctx.actors_in(before.start("owner"), match.start()) if before else []
            if (
                before is None
                or before.group("owner").islower()  # "the house, whose charter": no proper name
                or any(m.kind is not ActorKind.COUNTRY for m in inside)
            ):
                continue
            # "the China-Kyrgyzstan-Uzbekistan railway": every state it links is a party
            owners = [m for m in inside if m.end <= match.start()]
            name = f"{np} on the {' '.join(before.group('owner').split())}"
        span = (match.start("np"), match.end())
        candidate = _act(ctx, sentence, span, name, match.group("verb"), np.split()[-1])
        subject = ctx.actors_in(match.start("subject"), match.end("subject"), (ActorKind.COUNTRY,))
        candidate.participants = list(
            dict.fromkeys([*(m.actor_id for m in owners), *(m.actor_id for m in subject)])
        )
        made.append(ctx.add(candidate))
    for match in ctx.scan(_POSSESSED_ACT, sentence):
        np = " ".join(match.group("np").split())
        bare = [
            c
            for c in ctx.starting(match.start("np"), match.start("np") + 1)
            if c.kind is EventKind.AGREEMENT and c.name == np
        ]
        if ctx.covers(match.start("np")) and not bare:
            continue
        if match.group("owner").lower() == "its":
            low = max(0, match.start() - _ITS_REACH)
            orgs = [
                m
                for m in ctx.actors_in(low, match.start(), (ActorKind.ORGANIZATION,))
                if m.end <= match.start()
            ][-1:]
        else:
            orgs = [
                m
                for m in ctx.actors_ending_in(
                    max(sentence.start, match.start() - 80), match.start()
                )
                if m.kind is ActorKind.ORGANIZATION and m.end == match.start()
            ]
        if not orgs:
            continue
        name = f"{np} of {_owner_name(ctx, orgs[0])}"
        if bare:  # the bare name read as a named act ("its Charter"): name it by its owner
            bare[0].name, bare[0].anaphor = name, False
            bare[0].participants.append(orgs[0].actor_id)
            continue
        span = (match.start("np"), match.end())
        candidate = _act(ctx, sentence, span, name, match.group("verb"), np.split()[-1])
        candidate.participants = [orgs[0].actor_id]
        made.append(ctx.add(candidate))
    return made


# "the Treaty establishing the Community": a body named by its head word alone, as articles
# write it once its full name was given ("the East African Community ... the Community").
_SHORT_BODY: Final = re.compile(
    r"^(?P<act>.+\s(?:establishing|of|for|on))\s+the\s+"
    r"(?P<head>Community|Union|Organi[sz]ation|Alliance|Association|Federation)$"
)


def _read_short_bodies(ctx: Context, sentence: Sentence) -> None:
    """An act named with a body's head word ("Treaty establishing the Community") takes the
    body's full name when one organisation with that head was named before, and no other."""
    for candidate in ctx.in_sentence(sentence):
        if candidate.kind is not EventKind.AGREEMENT or not candidate.named:
            continue
        short = _SHORT_BODY.match(candidate.name)
        if short is None:
            continue
        head = short.group("head").lower()
        owners: dict[str, str] = {}
        for mention in ctx.actors_in(0, candidate.start, (ActorKind.ORGANIZATION,)):
            entry = ctx.organization(mention.text)
            name = entry.name if entry is not None else mention.text
            if name.lower().endswith(head) and name.lower() != head:
                owners[mention.actor_id] = name
        if len(owners) != 1:
            continue  # none, or two bodies it could be ("the Union": EU or AU)
        [(owner, name)] = owners.items()
        the = "" if name.lower().startswith("the ") else "the "
        candidate.name = f"{short.group('act')} {the}{name}"
        if owner not in candidate.participants:
            candidate.participants.append(owner)


# "the Fergana Valley Rail Corridor agreement, which the two Presidents signed": a project's
# name followed by a lower-case act noun names the act, not the project.
_ACT_AFTER_NAME: Final = re.compile(r"[ \t]+(?P<noun>agreement|treaty|accord|protocol)\b")
_SIGNED_LATER: Final = re.compile(r"\b(?P<verb>signed|initial(?:l)?ed|concluded)\b")


def _read_project_acts(ctx: Context, sentence: Sentence) -> None:
    """A named initiative followed by "agreement" and signed in its sentence becomes that
    agreement: "Fergana Valley Rail Corridor agreement", dated by its signing."""
    for candidate in ctx.in_sentence(sentence):
        if candidate.kind is not EventKind.INITIATIVE or not candidate.named:
            continue
        act = _ACT_AFTER_NAME.match(ctx.text, candidate.end, sentence.end)
        signed = _SIGNED_LATER.search(ctx.text, act.end(), sentence.end) if act else None
        if act is None or signed is None or ctx.covers(act.start("noun")):
            continue
        noun = act.group("noun")
        candidate.kind, candidate.form = EventKind.AGREEMENT, _form(noun)
        candidate.name, candidate.head = f"{candidate.name} {noun}", noun
        candidate.end, candidate.dateable = act.end(), True
        candidate.stage = _stage(signed.group("verb"))
        candidate.evidence = (candidate.start, signed.end())


# "It was signed yesterday in the ministry's main hall: a memorandum of understanding on
# hydropower skills, by ...": the agreement told just before, named again after the colon.
_APPOSED_ACT: Final = re.compile(
    r"[ \t]*(?:It|The[ \t]+(?:agreement|deal|accord|pact|document|text))[ \t]+(?:was|has[ \t]+been)"
    r"[ \t]+(?P<verb>signed|initial(?:l)?ed|concluded|inked|sealed)\b[^:;.]{0,120}:[ \t]*"
    r"(?:a|an|the)[ \t]+"
)
_APPOSED_BY: Final = re.compile(r",?[ \t]+(?:by|between)[ \t]+")
# How many sentences back the agreement that "It" takes up may be told.
_APPOSED_REACH: Final = 2


@reads_where(":")  # _APPOSED_ACT's colon
def _read_apposed_act(ctx: Context, sentence: Sentence) -> None:
    """ "Bhutan and Nepal put their names to an agreement on training engineers. It was
    signed yesterday: a memorandum of understanding on hydropower skills, by X and Y": one
    agreement, named by the words after the colon (the kind of act the text calls it), with
    the parties after "by" and the date of the second sentence.

    The agreement taken up is the last one told in this or the two sentences before; the
    apposition's words become its name when they are more than a bare noun, its earlier
    words an alias.
    """
    match = _APPOSED_ACT.match(ctx.text, sentence.start, sentence.end)
    if match is None:
        return
    first = ctx.sentences[max(0, sentence.index - _APPOSED_REACH)]
    told = [
        c
        for c in ctx.starting(first.start, sentence.start)
        if c.kind is EventKind.AGREEMENT and not c.anaphor and c.end <= sentence.start
    ]
    found = _unnamed(ctx, sentence, match.end(), _stage(match.group("verb")), False, match.end())
    if not told or found is None:
        return
    previous = max(told, key=lambda c: c.start)
    candidate = found[0]
    by = _APPOSED_BY.match(ctx.text, candidate.end, sentence.end)
    if by is not None:
        end = _PARTIES_END.search(ctx.text, by.end(), sentence.end)
        stop = end.start() if end is not None else sentence.end
        parties = [m.actor_id for m in ctx.actors_in(by.end(), stop, _PARTY_KINDS)]
        _add_parties(candidate, list(dict.fromkeys(parties)))
    if not previous.named and not _is_bare(candidate.name):
        previous.aliases.append(previous.name)
        previous.name, previous.form = candidate.name, candidate.form
        previous.head = candidate.head
    candidate.name = previous.name
    if previous.frame_key is None:
        previous.frame_key = f"apposed:{previous.start}"
    candidate.frame_key = previous.frame_key
    ctx.add(candidate)


# "signed off on three agreements, the most important being a memorandum of understanding
# on X", "signed 12 agreements on Monday, including an extradition treaty": one item of a
# batch of acts, told by its kind.
_HIGHLIGHTED: Final = re.compile(
    r"\b(?:agreements|accords|deals|documents|instruments|memoranda|texts|treaties)\b"
    r"[^,;.:()]{0,60},[ \t]+(?:the[ \t]+(?:most[ \t]+important|main|key|biggest|centrepiece"
    r"|centerpiece)(?:[ \t]+one)?[ \t]+being|including|among[ \t]+them|notably"
    r"|chief[ \t]+among[ \t]+them)[ \t]+(?=(?:a|an)[ \t])",
    re.IGNORECASE,
)
_BATCH_VERB: Final = re.compile(
    r"\b(?P<verb>signed|signs|sign|signing|inked|concluded|initiall?ed|sealed)\b", re.IGNORECASE
)
_HIGHLIGHT_WORDS: Final = (
    "agreements",
    "accords",
    "deals",
    "documents",
    "instruments",
    "memoranda",
    "texts",
    "treaties",
)
_ARTICLE: Final = re.compile(r"(?:a|an)[ \t]+", re.IGNORECASE)


@reads_where(*_HIGHLIGHT_WORDS)
def _read_highlighted_item(ctx: Context, sentence: Sentence) -> None:
    """ "Arriagada and Kiprono signed off on three agreements, the most important being a
    memorandum of understanding on geothermal energy": the memorandum is an act of its own,
    signed by the subject of the batch's verb (with the sentence's date)."""
    if not ctx.may_hold_any(sentence, _HIGHLIGHT_WORDS):
        return
    for match in _HIGHLIGHTED.finditer(ctx.text, sentence.start, sentence.end):
        verbs = list(
            _BATCH_VERB.finditer(ctx.text, max(sentence.start, match.start() - 80), match.start())
        )
        if not verbs:
            continue  # "three agreements are under negotiation, including ...": no act told
        verb = verbs[-1]
        article = _ARTICLE.match(ctx.text, match.end())
        if article is None:
            continue
        begin = article.end()
        stage = _stage(verb.group("verb"))
        future = is_future(ctx, verb.end("verb"), sentence)
        found = _unnamed(ctx, sentence, begin, stage, future, begin)
        if found is None or ctx.covers(begin):
            continue  # no agreement's noun, or another reader took it
        candidate = found[0]
        _add_parties(candidate, _parties(ctx, sentence, verb.start(), candidate.end))
        ctx.add(candidate)


def read_agreements(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """Read the agreement frames of one sentence (after its named events were read).

    Returns:
        The new, unnamed agreements; named ones gain stages, parties and dates.

    Examples:
        >>> from diplotimeline.extract._event_context import Context
        >>> ctx = Context.build("Nothing was signed.", document_id="d")
        >>> read_agreements(ctx, ctx.sentences[0])
        []
    """
    with_party = run_readers(ctx, sentence, _FIRST_READERS, [])
    if not ctx.in_sentence(sentence) and not ctx.may_frame(sentence, _FRAMES):
        return with_party  # no frame, no named agreement: nothing else to read
    return run_readers(ctx, sentence, _READERS, with_party)


def _read_established_by(ctx: Context, sentence: Sentence) -> None:
    """ "adopted a Joint Declaration establishing a Strategic Partnership": the partnership
    is made as the declaration is (its stage, and so its date)."""
    for candidate in ctx.in_sentence(sentence):
        host = candidate.host
        if (
            candidate.kind is EventKind.AGREEMENT
            and candidate.relation is LinkRelation.PART_OF
            and host is not None
            and host.kind is EventKind.AGREEMENT
            and candidate.stage is None
        ):
            candidate.stage, candidate.future = host.stage, host.future


# A sentence that opens with an unnamed agreement and says what was done to it: "The transit
# agreement was signed by ...", "The ceasefire agreement, signed in Doha in 2039, ...", "An
# agreement on fisheries was signed between Ghana and ...",
# "A memorandum on health was exchanged between ...", "The ferry agreement they promised was
# signed in Male on 18 September", "The free trade agreement between
# Canada and Ecuador entered into force on 1 January".
_PASSIVE_OPENING: Final = re.compile(
    r"[ \t]*(?P<det>[Tt]he|[Aa]n?)[ \t]+(?P<np>(?:[a-z][\w-]{1,20}[ \t]+){0,4}"
    r"(?:agreements?|treat(?:y|ies)|accords?|memorand(?:um|a|ums)|mous?|protocols?|pacts?"
    r"|deals?|joint[ \t]+(?:statement|declaration|communiqu[eé]))"
    r"(?:[ \t]+(?:of|on|for|between)[ \t]+[^,;.()]{1,80}?"
    # "The power sales agreement among Bangladesh, Nepal and India is expected to be signed"
    r"|[ \t]+among[ \t]+(?:[A-Z][\w’'-]{1,30}(?:[ \t]+[A-Z][\w’'-]{1,30}){0,3},?[ \t]+){1,5}"
    r"and[ \t]+[A-Z][\w’'-]{1,30}(?:[ \t]+[A-Z][\w’'-]{1,30}){0,3})?)"
    # "The ferry services agreement they promised was signed ...": a short relative clause
    r"(?:[ \t]+(?:that[ \t]+|which[ \t]+)?(?:they|we|he|she|both[ \t]+sides"
    r"|the[ \t]+two[ \t]+(?:sides|countries|governments|leaders|ministers))[ \t]+(?:had[ \t]+)?"
    r"(?:promised|pledged|announced|negotiated|discussed|agreed|planned|proposed|drafted"
    r"|initial(?:l)?ed|prepared|finali[sz]ed|mentioned))?"
    # "The ceasefire agreement, signed in Doha in 2039, ...": a participle set off by a comma
    r"(?:[ \t]*(?P<comma>,)[ \t]*|[ \t]+(?:(?P<aux>was|were|has[ \t]+been|have[ \t]+been"
    r"|had[ \t]+been|(?P<future>will[ \t]+be|is[ \t]+to[ \t]+be|are[ \t]+to[ \t]+be"
    r"|(?:is|are)[ \t]+(?:expected|due|set|scheduled)[ \t]+to[ \t]+be))[ \t]+)?)"
    r"(?P<verb>signed|initial(?:l)?ed|concluded|exchanged|inked|sealed|adopted|issued|ratified"
    r"|entered[ \t]+into[ \t]+force|came[ \t]+into[ \t]+force|took[ \t]+effect)\b"
)
# The verbs that need no auxiliary: "entered into force", "came into force", "took effect".
_INTRANSITIVE: Final = ("entered", "came", "took")
# Who did it, after the verb: "by X and his counterpart Y", "between Laos and Thailand".
_BY_PARTIES: Final = re.compile(r"[ \t]+(?:by|between)[ \t]+")
# Where the parties after "by" or "between" end: a place, a date, a clause.
_PARTIES_END: Final = re.compile(
    r"[,;:()]|[ \t](?:in|on|at|during|last|this|yesterday|earlier|after|before|when|while)[ \t]"
)
_PARTY_KINDS: Final = (ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.ORGANIZATION)


@reads_where(
    "signed",
    "initial",
    "concluded",
    "exchanged",
    "inked",
    "sealed",
    "adopted",
    "issued",
    "ratified",
    "force",
    "effect",
)
def _read_passive_unnamed(ctx: Context, sentence: Sentence) -> list[Candidate]:
    """An unnamed agreement that opens its sentence, with the act done to it and the
    parties after "by" or "between" (or in its own "between" phrase).

    Examples:
        >>> from diplotimeline.extract.pipeline import extract
        >>> from diplotimeline.model import Document
        >>> text = "An agreement on fisheries was signed between Peru and Chile on 3 May."
        >>> [(e.name, e.participants) for e in extract(Document(id="d", text=text)).events]
        [('agreement on fisheries', ('pe', 'cl'))]
    """
    match = _PASSIVE_OPENING.match(ctx.text, sentence.start, sentence.end)
    if match is None or (
        match.group("aux") is None
        and match.group("comma") is None
        and not match.group("verb").startswith(_INTRANSITIVE)
    ):
        return []
    if ctx.covers(match.start("np")) or ctx.starting(match.start("np"), match.end("np")):
        return []  # a named agreement, or one another reader took
    verb = match.group("verb").lower()
    stage = AgreementStage.SIGNED if verb == "exchanged" else _stage(verb)
    found = _unnamed(ctx, sentence, match.start("np"), stage, False, match.start("np"))
    if found is None:
        return []
    candidate = found[0]
    if match.group("det").lower() == "the" and _is_bare(candidate.name):
        return []  # "The agreement was signed on Monday": the one named before
    candidate.future = match.group("future") is not None
    candidate.evidence = (match.start("np"), match.end())
    # Entry into force is no date of the agreement's making (nor of its signing).
    candidate.dateable = stage is not AgreementStage.ENTERED_INTO_FORCE
    parties = [
        m.actor_id
        for m in ctx.actors_in(match.start("np"), match.end("np"), (ActorKind.COUNTRY,))
        if re.search(r"\s(?:between|among)\s", ctx.text[match.start("np") : m.start])
    ]
    by = _BY_PARTIES.match(ctx.text, match.end(), sentence.end)
    if by is not None:
        end = _PARTIES_END.search(ctx.text, by.end(), sentence.end)
        stop = end.start() if end is not None else sentence.end
        parties.extend(m.actor_id for m in ctx.actors_in(by.end(), stop, _PARTY_KINDS))
    _add_parties(candidate, list(dict.fromkeys(parties)))
    meeting = _meeting_after_during(ctx, sentence, match.end())
    if meeting is not None and not ctx.temporal_starting(match.end(), meeting.start):
        # "The X agreement is expected to be signed during a visit by ... in September": made
        # at that visit, whose date it takes (not when its own is told before "during")
        candidate.made_at(meeting)
    return [ctx.add(candidate)]


# The readers that read_agreements calls in turn (see run_readers), in this order. A reader
# declared with reads_where is called only in the sentences that may hold what it needs.
# Those called in every sentence: their words are in no frame.
_FIRST_READERS: Final[tuple[Reader, ...]] = (
    _read_referred_back,
    _read_agreement_with,  # "entered into force" is no frame
    _read_whose_acts,  # "whose" and "its" are no frame
    _read_passive_unnamed,  # nor "was exchanged"
    _read_project_acts,  # nor "the X Corridor agreement, which ... signed"
    _read_year_unnamed,  # nor "the X treaty of 1904"
    read_founding_acts,  # nor "was founded by the treaty"
    _read_apposed_act,  # "It was signed ...: a memorandum on ..."
    _read_highlighted_item,  # "three agreements, including a memorandum"
)
# Those called in a sentence with a frame or a named agreement.
_READERS: Final[tuple[Reader, ...]] = (
    _read_signing,
    _read_listed,
    _read_issued_after,
    _read_relations,
    _read_signed_unnamed,
    _read_passive,
    _read_establishment,
    _read_planned,
    _read_established_by,
    _read_short_bodies,
)
