"""Actors merge by id: one actor per id, with the union of aliases, roles and evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

from diplotimeline.model import Actor, ActorKind, Country, Evidence, Organization, Person, Role

__all__ = ["merge_actors"]

_ACTOR_PRIORITY: Final = {ActorKind.PERSON: 0, ActorKind.ORGANIZATION: 1, ActorKind.COUNTRY: 2}


def _first(values: Iterable[Any]) -> Any:
    known = sorted((v for v in values if v is not None), key=repr)
    return known[0] if known else None


def _merge_group(group: Sequence[Actor]) -> Actor:
    kind = min((a.kind for a in group), key=_ACTOR_PRIORITY.__getitem__)
    same = [a for a in group if a.kind is kind]
    if len(same) == 1:
        return same[0]
    names = sorted({a.name for a in same}, key=lambda name: (-len(name), name))
    name = names[0]
    all_names = sorted({*names, *(alias for a in same for alias in a.aliases)} - {name})
    evidence: set[Evidence] = {e for a in same for e in a.evidence}
    changes: dict[str, Any] = {
        "name": name,
        "aliases": tuple(all_names),
        "evidence": tuple(sorted(evidence, key=lambda e: (e.sort_key(), e.quote))),
    }
    base = same[0]
    if isinstance(base, Person):
        roles: set[Role] = {r for a in same if isinstance(a, Person) for r in a.roles}
        changes["roles"] = tuple(sorted(roles, key=repr))
        for field in ("family_name", "given_name", "honorific", "country"):
            changes[field] = _first(getattr(a, field) for a in same)
        orders = sorted({a.name_order for a in same if isinstance(a, Person)} - {"unknown"})
        if orders:
            changes["name_order"] = orders[0]
    elif isinstance(base, Country):
        changes["official_name"] = _first(a.official_name for a in same if isinstance(a, Country))
        demonyms = {d for a in same if isinstance(a, Country) for d in a.demonyms}
        changes["demonyms"] = tuple(sorted(demonyms))
    elif isinstance(base, Organization):
        for field in ("acronym", "country"):
            changes[field] = _first(getattr(a, field) for a in same)
    return attrs.evolve(base, **changes)


def merge_actors(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """Merge actors with the same id into one: union of aliases, roles and evidence.

    The longest name wins (ties alphabetically) and the others become aliases; other
    fields take the first known value in a fixed order, so the merge is associative,
    commutative and idempotent. An id used for actors of different kinds keeps the
    person, else the organisation.

    Args:
        actors: Actors from one or many documents.

    Returns:
        One actor per id, sorted by id.

    Examples:
        >>> from diplotimeline.model import Country
        >>> [peru] = merge_actors([Country(id="pe", name="Peru", aliases=("Lima",)),
        ...                        Country(id="pe", name="Republic of Peru")])
        >>> (peru.name, peru.aliases)
        ('Republic of Peru', ('Lima', 'Peru'))
    """
    groups: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        groups[actor.id].append(actor)
    return tuple(_merge_group(groups[key]) for key in sorted(groups))
