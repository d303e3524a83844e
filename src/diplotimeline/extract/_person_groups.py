"""People: grouping person mentions into persons, later bare names and anaphors."""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence

import attrs

from diplotimeline.extract._actor_lexicon import HYPHEN, SPACE, WORD, fold_word
from diplotimeline.extract._actor_people import PersonReader
from diplotimeline.extract._actor_text import Anaphor, PersonGroup, PersonMention
from diplotimeline.extract.gazetteer import (
    TitleCategory,
    fold,
)
from diplotimeline.extract.people import (
    NameConventions,
    is_vietnamese_syllable,
    order_name,
)
from diplotimeline.model import (
    NameOrder,
)

# ---------------------------------------------------------------------------------------
# People: grouping mentions into persons


def person_key(words: Sequence[str], conventions: NameConventions) -> frozenset[str]:
    return frozenset(
        fold_word(word) for word in words if word not in conventions.particles and fold_word(word)
    )


def group_people(
    mentions: Sequence[PersonMention], conventions: NameConventions
) -> list[PersonGroup]:
    groups: list[PersonGroup] = []
    singles: list[PersonMention] = []
    # Each group holds one key until the merge below: find it by its key, not by a pass
    # over every group (which grows with the number of people).
    by_key: dict[frozenset[str], PersonGroup] = {}
    for mention in mentions:
        key = person_key(mention.words, conventions)
        if len(key) < 2:
            singles.append(mention)
            continue
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = PersonGroup(keys={key}, mentions=[mention])
            groups.append(group)
        else:
            group.mentions.append(mention)
    # Merge a shorter full name into the one longer name that contains it.
    merged: list[PersonGroup] = []
    for group in sorted(groups, key=lambda g: -max(len(k) for k in g.keys)):
        small = min(group.keys, key=len)
        hosts = [g for g in merged if any(small < key for key in g.keys)]
        if len(hosts) == 1:
            hosts[0].keys |= group.keys
            hosts[0].mentions.extend(group.mentions)
        else:
            merged.append(group)
    groups = merged
    # The groups holding each word in one of their keys, in the order of ``groups``.
    holding: dict[str, dict[int, PersonGroup]] = defaultdict(dict)
    for group in groups:
        for key in group.keys:
            for word in key:
                holding[word][id(group)] = group
    for mention in singles:
        token = next(iter(person_key(mention.words, conventions)), "")
        hosts = list(holding[token].values()) if token in holding else []
        if not hosts:
            single = PersonGroup(keys={frozenset({token})}, mentions=[mention])
            groups.append(single)
            holding[token][id(single)] = single
            continue
        host = nearest_group(hosts, mention.start)
        host.mentions.append(mention)
        if any(len(key) > 1 for key in host.keys):
            host.alone.add(token)
    return groups


def nearest_group(groups: Sequence[PersonGroup], position: int) -> PersonGroup:
    def distance(group: PersonGroup) -> tuple[int, int]:
        before = [m.start for m in group.mentions if m.start < position]
        if before:
            return (0, position - max(before))
        return (1, min(m.start for m in group.mentions) - position)

    return min(groups, key=distance)


def country_of_group(group: PersonGroup) -> str | None:
    for mention in group.mentions:
        for role in mention.roles:
            if role.country is not None:
                return role.country
    return None


@attrs.frozen
class ResolvedPerson:
    id: str
    name: str
    family: str | None
    given: str | None
    order: NameOrder
    country: str | None
    short: frozenset[tuple[str, ...]]
    full: frozenset[tuple[str, ...]]


def resolve_person(group: PersonGroup, conventions: NameConventions) -> ResolvedPerson:
    country = country_of_group(group)
    full = [m.words for m in group.mentions if len(person_key(m.words, conventions)) > 1]
    words = next((w for w in full if any(x.isupper() and len(x) > 1 for x in w)), None)
    if words is None:
        counts: dict[tuple[str, ...], int] = {}
        for form in full:
            counts[form] = counts.get(form, 0) + 1
        # The most frequent form; among equals, one without initials ("Ferdinand Marcos Jr."
        # over "Ferdinand R. Marcos Jr."), then the longest.
        words = (
            max(
                counts,
                key=lambda form: (counts[form], -_initials(form), len(form)),
            )
            if counts
            else group.mentions[0].words
        )
    ordered = order_name(words, country=country, alone=group.alone, conventions=conventions)
    name = ordered.name
    if ordered.given and country in conventions.family_first:
        name = " ".join((*ordered.family, *ordered.given, *ordered.suffix))
    short = {(token,) for token in group.alone}
    given_alone = conventions.uses_given_name_alone(country) or (
        country is None and all(is_vietnamese_syllable(word) for word in words)
    )
    if ordered.given and given_alone:
        short.add((fold(ordered.given[-1]),))
        if conventions.uses_family_name_alone_too(country):
            short.add(tuple(WORD.findall(fold(" ".join(ordered.family)))))
    else:
        family = " ".join(ordered.family)
        short.add(tuple(WORD.findall(fold(family))))
        # "al-Sisi" is "Sisi" on its own; "van Klaveren" may be "Klaveren" only after "Mr."
        lead, _, rest = family.partition("-")
        if rest and lead in conventions.particles:
            short.add(tuple(WORD.findall(fold(rest))))
        if country is None and ordered.order is NameOrder.GIVEN_FIRST and ordered.given:
            # Where the country (and so its custom) is unknown, a given name used on its own
            # ("Mohamad said") also refers to the person.
            short.add((fold(ordered.given[0]),))
    return ResolvedPerson(
        id=ordered.id,
        name=name,
        family=ordered.family_name,
        given=ordered.given_name,
        order=ordered.order,
        country=country,
        short=frozenset(short),
        full=frozenset(tuple(fold_word(w) for w in m.words) for m in group.mentions),
    )


def _initials(words: Sequence[str]) -> int:
    return sum(1 for word in words if len(word.rstrip(".")) == 1)


def bare_person_mentions(
    analyzer: PersonReader,
    groups: Sequence[PersonGroup],
    resolved: Sequence[ResolvedPerson],
    person_spans: dict[int, list[tuple[int, int, str | None]]],
) -> None:
    """Later uses of a known name without a title: "Ishida said", "Kenji Ishida's"."""
    taken = sorted((s, e) for spans in person_spans.values() for s, e, _ in spans)
    taken_starts = [s for s, _ in taken]
    full: dict[tuple[str, ...], list[int]] = defaultdict(list)
    short: dict[tuple[str, ...], list[int]] = defaultdict(list)
    max_words = 1
    for index, item in enumerate(resolved):
        for words in item.full:
            full[words].append(index)
            max_words = max(max_words, len(words))
        for words in item.short:
            short[words].append(index)
            max_words = max(max_words, len(words))
    not_names = analyzer.names.not_names
    size = analyzer.size
    i = 0
    firsts = {key[0] for key in full} | {key[0] for key in short}
    keys = analyzer.keys
    candidates = list(itertools.compress(range(size), map(firsts.__contains__, keys)))
    position = 0
    while position < len(candidates):
        if candidates[position] < i:
            position = bisect.bisect_left(candidates, i, position)
            continue
        i = candidates[position]
        position += 1
        if not analyzer.caps[i]:
            continue
        start = analyzer.starts[i]
        at = bisect.bisect_right(taken_starts, start) - 1
        if at >= 0 and taken[at][0] <= start < taken[at][1]:
            i += 1
            continue
        hit: tuple[int, list[int]] | None = None
        # A longer gazetteer form starting here wins: "U.S." is not the person "U".
        lexical = analyzer.lex_at.get(i)
        lexical_end = lexical[0] if lexical is not None else i
        for count in range(min(max_words, size - i), 0, -1):
            if i + count < lexical_end:
                break
            if any(analyzer.gaps[k] not in (SPACE, HYPHEN) for k in range(i + 1, i + count)):
                continue
            key = tuple(analyzer.keys[i : i + count])
            owners = full.get(key)
            if owners is None:
                owners = short.get(key)
                end = i + count
                joined = end < size and analyzer.gaps[end] == SPACE and analyzer.caps[end]
                if owners is not None and (
                    joined
                    or (
                        i > 0
                        and analyzer.gaps[i] == SPACE
                        and analyzer.caps[i - 1]
                        # "On Wednesday Otieno called on ...": a fronted day is no given name
                        and not (
                            analyzer.words[i - 1] in not_names
                            and analyzer.words[i - 1].endswith("day")
                        )
                    )
                    or (
                        count == 1
                        and (
                            analyzer.words[i] in not_names
                            or len(analyzer.words[i]) < 2
                            or analyzer.lex_at.get(i) is not None
                        )
                    )
                ):
                    owners = None
            if owners:
                hit = (count, owners)
                break
        if hit is None:
            i += 1
            continue
        count, owners = hit
        index = owners[0]
        if len(owners) > 1:
            nearest = nearest_group([groups[o] for o in owners], start)
            index = next(o for o in owners if groups[o] is nearest)
        person_spans[index].append((start, analyzer.ends[i + count - 1], None))
        i += count


def resolve_anaphors(
    anaphors: Sequence[Anaphor],
    groups: Sequence[PersonGroup],
    resolved: Sequence[ResolvedPerson],
    person_spans: dict[int, list[tuple[int, int, str | None]]],
    anaphoric: set[tuple[int, int]],
) -> None:
    """ "the Prime Minister", "the Japanese leader": to the one person who fits so far."""
    firsts = [min(s for s, _, _ in person_spans[index]) for index in range(len(groups))]
    profiles = [RoleProfile.of(group) for group in groups]
    for anaphor in anaphors:
        fits = [
            index
            for index in range(len(groups))
            if firsts[index] < anaphor.start
            and (anaphor.country is None or resolved[index].country == anaphor.country)
            and profiles[index].fits(anaphor)
        ]
        if len(fits) > 1:
            # "the Finance Minister" after "Finance Minister NAME" and "Uzbekistan's Minister
            # of Economy and Finance, NAME2": the one introduced with the office as written.
            wanted = anaphor.role.casefold()
            fits = [
                index
                for index in fits
                if any(
                    role.text.casefold() == wanted
                    for mention in groups[index].mentions
                    for role in mention.roles
                )
            ]
        if len(fits) == 1:
            person_spans[fits[0]].append((anaphor.start, anaphor.end, anaphor.role))
            anaphoric.add((anaphor.start, anaphor.end))


@attrs.frozen
class RoleProfile:
    """What a person's offices answer to: titles, their last words, categories, leadership."""

    titles: frozenset[str]
    last_words: frozenset[str]
    categories: frozenset[str]

    @classmethod
    def of(cls, group: PersonGroup) -> RoleProfile:
        titles = [
            title
            for mention in group.mentions
            for role in mention.roles
            for title in role.titles
            if title.category is not TitleCategory.DEPUTY
        ]
        categories = {title.category.value for title in titles}
        if any(title.is_leader for title in titles):
            categories.add("leader")
        return cls(
            titles=frozenset(title.title for title in titles),
            last_words=frozenset(title.title.split()[-1] for title in titles),
            categories=frozenset(categories),
        )

    def fits(self, anaphor: Anaphor) -> bool:
        for wanted in anaphor.titles:
            if wanted.title in self.titles:
                return True
            if " " not in wanted.title and wanted.title in self.last_words:
                return True
        return any(category in self.categories for category in anaphor.categories)
