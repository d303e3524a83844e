"""Organisation names by their shape: a head word ("Agency", "Bank", "Ministry") and ids.

A capitalised name whose head is a body ("Kenya Wildlife Service Agency", "Ministry of
Health", "Centre for Strategic Studies") is an organisation; one whose last word names a
meeting, an agreement or an initiative ("Fund", "Summit", "Partnership") is an event and is
left to the event extractor. The vocabulary is the ``[organizations]`` section of
``data/rules/en/actors.toml``.

Examples:
    >>> shapes = OrganizationShapes.load()
    >>> shapes.is_organization_name("Kenya Revenue Authority")
    True
    >>> shapes.is_organization_name("Blue Economy Partnership Fund")
    False
    >>> organization_id("Kenya Revenue Authority", acronym="KRA")
    'kra'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

import attrs

from diplotimeline.errors import RuleFileError
from diplotimeline.extract.people import load_actor_rules, name_slug

__all__ = ["OrganizationShapes", "head_words", "organization_id"]

_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _strings(key: str) -> tuple[str, ...]:
    value = load_actor_rules()["organizations"].get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RuleFileError(
            f"[organizations] {key} must be a list of strings", path="rules/en/actors.toml"
        )
    return tuple(value)


@attrs.frozen(kw_only=True)
class OrganizationShapes:
    """Head words of bodies and of events, and the words that join a name's parts.

    Examples:
        >>> "Agency" in OrganizationShapes.load().heads
        True
    """

    heads: frozenset[str]
    # Two words that head a body though the last is an event's head ("Islands Forum").
    pair_heads: frozenset[tuple[str, str]]
    event_heads: frozenset[str]
    excluded_gazetteer_endings: frozenset[str]
    connectors: frozenset[str]
    outlet_words: frozenset[str]

    @classmethod
    @functools.cache
    def load(cls) -> OrganizationShapes:
        """The packaged vocabulary (loaded once).

        Examples:
            >>> "Summit" in OrganizationShapes.load().event_heads
            True
        """
        return cls(
            heads=frozenset(_strings("heads")),
            pair_heads=frozenset(
                (pair[0], pair[1])
                for pair in (tuple(head.split()) for head in _strings("pair_heads"))
                if len(pair) == 2
            ),
            event_heads=frozenset(_strings("event_heads")),
            excluded_gazetteer_endings=frozenset(_strings("excluded_gazetteer_endings")),
            connectors=frozenset(_strings("connectors")),
            outlet_words=frozenset(_strings("outlet_words")),
        )

    def is_organization_name(self, name: str) -> bool:
        """Whether ``name`` has the shape of a body's name.

        The word before the first connector ("of", "for", ...) must be a head word, the name
        must have two words or more and its last capitalised word must not be an event head.

        Examples:
            >>> shapes = OrganizationShapes.load()
            >>> shapes.is_organization_name("Bank for International Settlements")
            True
            >>> shapes.is_organization_name("Ministry")
            False
        """
        words = _WORD.findall(name)
        if len(words) < 2:
            return False
        main = words
        for index, word in enumerate(words):
            if index and word in self.connectors:
                main = words[:index]
                break
        capitalised = [word for word in words if word[:1].isupper()]
        return (
            bool(main)
            and main[-1] in self.heads
            and bool(capitalised)
            and capitalised[-1] not in self.event_heads
        )

    def is_outlet_name(self, name: str) -> bool:
        """Whether a name is a news outlet's ("Vietnam News Agency"): not an actor.

        Examples:
            >>> OrganizationShapes.load().is_outlet_name("Kenya News Agency")
            True
        """
        return any(word in self.outlet_words for word in _WORD.findall(name))

    def is_excluded_gazetteer_name(self, name: str) -> bool:
        """Whether a gazetteer body's name marks it as a meeting series ("East Asia Summit").

        Examples:
            >>> OrganizationShapes.load().is_excluded_gazetteer_name("ASEAN Regional Forum")
            True
        """
        words = _WORD.findall(name)
        return bool(words) and words[-1] in self.excluded_gazetteer_endings


def organization_id(name: str, *, acronym: str | None = None) -> str:
    """The id of an organisation the gazetteer does not know: its acronym, else a name slug.

    Examples:
        >>> organization_id("National Robotics Centre", acronym="NRC")
        'nrc'
        >>> organization_id("Peru–Korea University")
        'peru-korea-university'
    """
    if acronym:
        slug = name_slug(acronym)
        if slug:
            return slug
    return name_slug(name)


def head_words(name: str) -> Sequence[str]:
    """The capitalised words of a name (used to find "the Association" later).

    Examples:
        >>> list(head_words("Association of Southeast Asian Nations"))
        ['Association', 'Southeast', 'Asian', 'Nations']
    """
    return [word for word in _WORD.findall(name) if word[:1].isupper()]
