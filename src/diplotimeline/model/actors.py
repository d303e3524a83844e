"""Actors: people (with the offices they hold), countries and organisations.

Ids follow the conventions of the gold files: a person is ``family-given`` in ASCII lower
case (``nguyen-van-an``), a country its ISO 3166-1 alpha-2 code in lower case (``vn``), an
organisation its usual acronym in lower case (``asean``) or a slug of its name.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import ClassVar, Final, TypeAlias

import attrs

from diplotimeline.model._validators import matches, non_empty, non_empty_strings, strings
from diplotimeline.model.evidence import Evidence
from diplotimeline.time import DateSpan

__all__ = [
    "Actor",
    "ActorKind",
    "Country",
    "NameOrder",
    "Organization",
    "Person",
    "Role",
]


def _roles(values: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(values)


def _evidence(values: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(values)


_SLUG: Final = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_COUNTRY_CODE: Final = re.compile(r"[a-z]{2}")


class ActorKind(enum.StrEnum):
    """What an actor is.

    Examples:
        >>> ActorKind("person")
        <ActorKind.PERSON: 'person'>
    """

    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"


class NameOrder(enum.StrEnum):
    """The order of a person's names as written in the source.

    ``FAMILY_FIRST`` for "ISHIDA Kenji" or "Nguyen Van An"; ``GIVEN_FIRST`` for "Kenji
    Ishida"; ``SINGLE`` for people known by one name; ``UNKNOWN`` where the text does not
    tell.

    Examples:
        >>> NameOrder.FAMILY_FIRST.value
        'family-first'
    """

    FAMILY_FIRST = "family-first"
    GIVEN_FIRST = "given-first"
    SINGLE = "single"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True, weakref_slot=False)
class Role:
    """An office held by a person: its title, of which country or organisation, and when.

    ``modifiers`` keep what the text says of the tenure ("former", "acting", "new").

    Examples:
        >>> Role(title="Foreign Minister", of="pe").title
        'Foreign Minister'
        >>> Role(title="Prime Minister", of="jp", modifiers=("former",)).is_former
        True
    """

    title: str = attrs.field(validator=non_empty)
    of: str | None = attrs.field(default=None, validator=matches(_SLUG, "an actor id"))
    holder: str | None = attrs.field(default=None, validator=matches(_SLUG, "an actor id"))
    tenure: DateSpan | None = None
    modifiers: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )

    @property
    def is_former(self) -> bool:
        """Whether the text says the office is no longer held.

        Examples:
            >>> Role(title="President").is_former
            False
        """
        return "former" in self.modifiers


@attrs.frozen(kw_only=True, weakref_slot=False)
class Person:
    """A person, recognised from context (titles, honorifics, appositions).

    Examples:
        >>> p = Person(id="ishida-kenji", name="Ishida Kenji", family_name="Ishida",
        ...            given_name="Kenji", name_order=NameOrder.FAMILY_FIRST, country="jp")
        >>> p.kind
        <ActorKind.PERSON: 'person'>
        >>> Person(id="Ishida K", name="Ishida K")
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidValueError: id must be a lower-case ASCII slug, got 'Ishida K'
    """

    kind: ClassVar[ActorKind] = ActorKind.PERSON

    id: str = attrs.field(validator=matches(_SLUG, "a lower-case ASCII slug"))
    name: str = attrs.field(validator=non_empty)
    family_name: str | None = None
    given_name: str | None = None
    name_order: NameOrder = NameOrder.UNKNOWN
    honorific: str | None = None
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    country: str | None = attrs.field(
        default=None, validator=matches(_COUNTRY_CODE, "an ISO 3166-1 alpha-2 code")
    )
    roles: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Country:
    """A country or territory, identified by its ISO 3166-1 alpha-2 code in lower case.

    Examples:
        >>> Country(id="vn", name="Viet Nam", demonyms=("Vietnamese",)).kind.value
        'country'
    """

    kind: ClassVar[ActorKind] = ActorKind.COUNTRY

    id: str = attrs.field(validator=matches(_COUNTRY_CODE, "an ISO 3166-1 alpha-2 code"))
    name: str = attrs.field(validator=non_empty)
    official_name: str | None = None
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    demonyms: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Organization:
    """An international body, agency, company or party.

    Examples:
        >>> Organization(id="mercosur", name="Southern Common Market", acronym="MERCOSUR").acronym
        'MERCOSUR'
    """

    kind: ClassVar[ActorKind] = ActorKind.ORGANIZATION

    id: str = attrs.field(validator=matches(_SLUG, "a lower-case ASCII slug"))
    name: str = attrs.field(validator=non_empty)
    acronym: str | None = None
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    country: str | None = attrs.field(
        default=None, validator=matches(_COUNTRY_CODE, "an ISO 3166-1 alpha-2 code")
    )
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)


Actor: TypeAlias = Person | Country | Organization
"""Any actor; tell them apart by their ``kind``."""
