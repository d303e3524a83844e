"""Actors in a text: people with their offices, countries and organisations, with every mention.

:func:`analyze_actors` reads one document and returns an :class:`ActorAnalysis`: the actors
(model values with aliases, roles and one :class:`~diplotimeline.model.Evidence` per
mention), each mention with its span, and the abbreviations the text defines.

How it works, in one pass over word tokens:

* Countries, demonyms, organisations, places and titles come from the gazetteers, matched as
  token n-grams (longest first) with folded case and diacritics; forms without a lower-case
  letter ("US", "WHO") match only with their case. Phrases such as "South China Sea" or
  "Korean Peninsula" are not countries; a capital is the country's government only where it
  acts ("Tokyo's footprint", "Tokyo said"), and a place otherwise.
* Organisations also come from their shape (a head word such as "Agency" or "Ministry",
  see :mod:`diplotimeline.extract.organizations`) and from definitions with an acronym
  (:mod:`diplotimeline.extract.abbreviations`); later bare acronyms and "the Association"
  resolve to them.
* People are recognised from context only: an office ("Deputy Prime Minister and Minister of
  Foreign Affairs"), possibly with a demonym, a country's or body's possessive, modifiers
  ("former") and a complement ("of Japan", "to ASEAN"); honorifics ("H.E. Mr."); appositions
  ("NAME, Minister for Foreign Affairs of Japan,"); "led by NAME"; definite descriptions
  ("the kingdom's finance minister, NAME,"); relations ("his Kenyan counterpart NAME", a
  person and a country but no office); and a name with no title whose last word speaks
  ("Mahama said"). Roles keep modifiers ("former", "acting", "then", "elect", "first
  female"). Later short mentions ("Minister Ishida", "Ishida", "the ambassador") resolve to
  the person when unambiguous. Name order and ids come from
  :mod:`diplotimeline.extract.people`.
* Tenures need resolved dates, which come later in the pipeline: :func:`attach_tenures`
  dates the office of the person named before "took office in May 2023", "since taking
  office in October" or "became foreign minister in July".

Examples:
    >>> text = ("Kenyan President William Ruto met European Commission President "
    ...         "Ursula von der Leyen in Nairobi. Ruto said Kenya valued the EU.")
    >>> analysis = analyze_actors(text, document_id="d1")
    >>> sorted(actor.id for actor in analysis.actors)
    ['eu', 'european-commission', 'ke', 'ruto-william', 'von-der-leyen-ursula']
    >>> [m.text for m in analysis.mentions if m.kind.value == "person"]
    ['William Ruto', 'Ursula von der Leyen', 'Ruto']
"""

from __future__ import annotations

import bisect
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from diplotimeline.extract._actor_people import PersonReader
from diplotimeline.extract._actor_tenure import DatedMention, tenure_starts, with_tenure
from diplotimeline.extract._actor_text import Anaphor, PersonMention
from diplotimeline.extract._person_groups import (
    bare_person_mentions,
    group_people,
    resolve_anaphors,
    resolve_person,
)
from diplotimeline.extract.abbreviations import Abbreviation, find_abbreviations
from diplotimeline.extract.gazetteer import (
    Gazetteer,
    load_gazetteer,
)
from diplotimeline.model import (
    Actor,
    ActorKind,
    Country,
    Evidence,
    Organization,
    Person,
    Role,
)

__all__ = ["ActorAnalysis", "ActorMention", "analyze_actors", "attach_tenures"]

# ---------------------------------------------------------------------------------------
# Results


@attrs.frozen
class ActorMention:
    """One occurrence of an actor in the text (offsets index the text, end exclusive).

    ``role`` is the title text attached to a person at this mention ("Foreign Minister").

    Examples:
        >>> mention = ActorMention(0, 5, "Japan", "jp", ActorKind.COUNTRY)
        >>> (mention.actor_id, mention.role)
        ('jp', None)
    """

    start: int
    end: int
    text: str
    actor_id: str
    kind: ActorKind
    role: str | None = None


def _actor_tuple(values: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(values)


def _mention_tuple(values: Iterable[ActorMention]) -> tuple[ActorMention, ...]:
    return tuple(sorted(values, key=_BY_SPAN))


_BY_SPAN: Final = operator.attrgetter("start", "end")


def _abbreviation_tuple(values: Iterable[Abbreviation]) -> tuple[Abbreviation, ...]:
    return tuple(values)


@attrs.frozen
class ActorAnalysis:
    """The actors of one text, their mentions (sorted by start) and its abbreviations.

    Examples:
        >>> analysis = analyze_actors("Peru and Chile met.", document_id="d1")
        >>> [m.actor_id for m in analysis.at(0, 4)]
        ['pe']
    """

    actors: tuple[Actor, ...] = attrs.field(converter=_actor_tuple)
    mentions: tuple[ActorMention, ...] = attrs.field(converter=_mention_tuple)
    abbreviations: tuple[Abbreviation, ...] = attrs.field(default=(), converter=_abbreviation_tuple)

    def at(self, start: int, end: int) -> tuple[ActorMention, ...]:
        """The mentions that lie inside ``[start, end)``.

        Examples:
            >>> analysis = analyze_actors("Peru and Chile met.", document_id="d1")
            >>> [m.text for m in analysis.at(0, 19)]
            ['Peru', 'Chile']
        """
        starts = [mention.start for mention in self.mentions]
        first = bisect.bisect_left(starts, start)
        return tuple(m for m in self.mentions[first:] if m.start < end and m.end <= end)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with ``actor_id``, or None.

        Examples:
            >>> analyze_actors("Peru met Chile.", document_id="d1").actor("cl").name
            'Chile'
        """
        return next((actor for actor in self.actors if actor.id == actor_id), None)


# ---------------------------------------------------------------------------------------
# Entry point


def analyze_actors(
    text: str, *, document_id: str, gazetteer: Gazetteer | None = None
) -> ActorAnalysis:
    """Find the people, countries and organisations of ``text`` and every mention of them.

    Args:
        text: The document's text.
        document_id: The id recorded in each mention's evidence.
        gazetteer: Gazetteers to use; the packaged ones by default.

    Returns:
        The actors (people with roles, countries, organisations), their mentions sorted by
        start, and the abbreviations the text defines.

    Examples:
        >>> text = ("Ms. SATO Hanako, Minister for Foreign Affairs of Japan, met Thai "
        ...         "Foreign Minister Somchai. Minister Sato thanked Bangkok.")
        >>> analysis = analyze_actors(text, document_id="doc")
        >>> sato = analysis.actor("sato-hanako")
        >>> (sato.name, sato.country, [role.title for role in sato.roles])
        ('Sato Hanako', 'jp', ['Minister for Foreign Affairs of Japan'])
        >>> [m.text for m in analysis.mentions if m.actor_id == "sato-hanako"]
        ['SATO Hanako', 'Sato']
        >>> analysis.actor("somchai").country
        'th'
    """
    analyzer = PersonReader(text, document_id, gazetteer or load_gazetteer())
    abbreviations = find_abbreviations(text)
    analyzer.find_organizations(abbreviations)
    raw_people, anaphors = analyzer.find_people()
    analyzer.find_listed_people(raw_people)
    analyzer.find_described_people(raw_people)
    analyzer.find_untitled(raw_people)
    analyzer.drop_headline_people(raw_people)
    raw_people.sort(key=lambda mention: mention.start)
    seen = {anaphor.start for anaphor in anaphors}
    anaphors.extend(a for a in analyzer.find_noun_anaphors() if a.start not in seen)
    countries = analyzer.find_countries(raw_people)
    analyzer.organization_mentions(abbreviations, raw_people)
    return _assemble(analyzer, raw_people, anaphors, countries, abbreviations)


def attach_tenures(
    analysis: ActorAnalysis, text: str, dates: Sequence[DatedMention]
) -> ActorAnalysis:
    """Date the offices the text dates: "who took office in May 2023", "since taking office
    in October", "became foreign minister in July".

    The start of the tenure is the resolved date of the temporal expression after the cue,
    at the precision the text gives; the end stays open. It goes to the current office (the
    first role not marked former) of the nearest person named before the cue in the same
    sentence.

    Args:
        analysis: The document's actors, from :func:`analyze_actors`.
        text: The same document's text.
        dates: Its temporal expressions, resolved: anything with ``start``, ``end`` and a
            ``value`` (a :class:`~diplotimeline.time.DateSpan` for dates), such as the
            mentions of :meth:`diplotimeline.extract.temporal.Tagger.tag`.

    Returns:
        The analysis with tenures on the roles; the same analysis when none is dated.

    Examples:
        >>> from diplotimeline.extract.temporal import default_tagger
        >>> from diplotimeline.time import PartialDate
        >>> text = "Nigerian President Bola Tinubu, who took office in May 2023, spoke."
        >>> analysis = analyze_actors(text, document_id="d")
        >>> dates = default_tagger().tag(text, PartialDate(2025, 3, 12))
        >>> dated = attach_tenures(analysis, text, dates)
        >>> [(r.title, r.tenure.format_iso()) for r in dated.actor("tinubu-bola").roles]
        [('Nigerian President', '2023-05/..')]
    """
    starts = tenure_starts(text, dates, analysis.mentions)
    if not starts:
        return analysis
    actors = [
        with_tenure(actor, starts[actor.id])
        if isinstance(actor, Person) and actor.id in starts
        else actor
        for actor in analysis.actors
    ]
    return attrs.evolve(analysis, actors=actors)


def _assemble(
    analyzer: PersonReader,
    raw_people: Sequence[PersonMention],
    anaphors: Sequence[Anaphor],
    countries: Sequence[tuple[int, int, str]],
    abbreviations: Sequence[Abbreviation],
) -> ActorAnalysis:
    text, document = analyzer.text, analyzer.document_id
    conventions = analyzer.names
    mentions: list[ActorMention] = []
    actors: list[Actor] = []

    groups = group_people(raw_people, conventions)
    resolved = [resolve_person(group, conventions) for group in groups]
    ids: set[str] = set()
    for index, item in enumerate(resolved):
        unique = item.id or "person"
        suffix = 2
        while unique in ids:
            unique = f"{item.id}-{suffix}"
            suffix += 1
        ids.add(unique)
        resolved[index] = attrs.evolve(item, id=unique)
    person_spans: dict[int, list[tuple[int, int, str | None]]] = defaultdict(list)
    for index, group in enumerate(groups):
        for mention in group.mentions:
            shown = mention.roles[0].text if mention.roles else None
            person_spans[index].append((mention.start, mention.end, shown))
    bare_person_mentions(analyzer, groups, resolved, person_spans)
    anaphoric: set[tuple[int, int]] = set()
    resolve_anaphors(anaphors, groups, resolved, person_spans, anaphoric)

    for index, group in enumerate(groups):
        item = resolved[index]
        found = sorted(set(person_spans[index]))
        roles: dict[str, Role] = {}
        for mention in group.mentions:
            for role in mention.roles:
                if role.office and role.text not in roles:
                    roles[role.text] = Role(
                        title=role.text,
                        of=role.of,
                        holder=item.id,
                        modifiers=role.modifiers,
                    )
        roles = {
            title: role
            for title, role in roles.items()
            if not any(
                title != other
                and title in other  # cheap test first: the pattern is built only then
                and re.search(rf"\b{re.escape(title)}\b", other)
                for other, kept in roles.items()
                if not kept.is_former
            )
        }
        aliases = _unique(
            text[s:e] for s, e, _ in found if text[s:e] != item.name and (s, e) not in anaphoric
        )
        honorific = next((m.honorific for m in group.mentions if m.honorific), None)
        actors.append(
            Person(
                id=item.id,
                name=item.name,
                family_name=item.family,
                given_name=item.given,
                name_order=item.order,
                honorific=honorific,
                aliases=aliases,
                country=item.country,
                roles=tuple(roles.values()),
                evidence=tuple(
                    Evidence(document=document, start=s, end=e, quote=text[s:e])
                    for s, e, _ in found
                ),
            )
        )
        mentions.extend(
            ActorMention(s, e, text[s:e], item.id, ActorKind.PERSON, shown) for s, e, shown in found
        )

    by_country: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end, country_id in countries:
        by_country[country_id].append((start, end))
    for country_id, spans in by_country.items():
        name, official = analyzer.lexicon.countries[country_id]
        actors.append(
            Country(
                id=country_id,
                name=name,
                official_name=official,
                aliases=_unique(text[s:e] for s, e in spans if text[s:e] != name),
                evidence=tuple(
                    Evidence(document=document, start=s, end=e, quote=text[s:e]) for s, e in spans
                ),
            )
        )
        mentions.extend(
            ActorMention(s, e, text[s:e], country_id, ActorKind.COUNTRY) for s, e in spans
        )

    for record in analyzer.orgs.values():
        if not record.mentions:
            continue
        spans = sorted(set(record.mentions))
        mentions.extend(
            ActorMention(s, e, text[s:e], record.id, ActorKind.ORGANIZATION) for s, e in spans
        )
        if not record.actor:
            # A body that is no actor (a relationship's commission, a venue) keeps its
            # mentions: events are named after it ("the fifth session of the X Commission").
            continue
        actors.append(
            Organization(
                id=record.id,
                name=record.name,
                acronym=record.acronym,
                aliases=_unique(text[s:e] for s, e in spans if text[s:e] != record.name),
                country=record.country,
                evidence=tuple(
                    Evidence(document=document, start=s, end=e, quote=text[s:e]) for s, e in spans
                ),
            )
        )
    return ActorAnalysis(actors=actors, mentions=mentions, abbreviations=abbreviations)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value.strip()))
