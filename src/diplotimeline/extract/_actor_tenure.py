"""Tenures: "who took office in May 2023" dates the office of the person named before it."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final, Protocol

import attrs

from diplotimeline.extract.people import load_actor_rules
from diplotimeline.model import ActorKind, Person
from diplotimeline.time import DateSpan

# A sentence ends between a person and a date: a full stop before a capital, or a new line.
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]|\n")
_WINDOW: Final = 80
_REACH: Final = 300


class DatedMention(Protocol):
    """What a tenure needs of a temporal expression: where it is and what it resolves to."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def value(self) -> object: ...


class PersonSpan(Protocol):
    """What a tenure needs of a person mention."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def actor_id(self) -> str: ...

    @property
    def kind(self) -> ActorKind: ...


def _phrase(phrases: Sequence[str]) -> str:
    words = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return "|".join(words)


@functools.cache
def _cues() -> re.Pattern[str]:
    context = load_actor_rules()["context"]
    start = _phrase(context.get("tenure_start", ()))
    since = _phrase(context.get("tenure_since", ()))
    # Bounded gaps keep the match linear: at most five words between the cue and "in".
    return re.compile(
        rf"\b(?:(?:{start})(?:\s+[\w'’-]{{1,30}}){{0,5}}?\s+(?:in|on|since)"
        rf"|(?:{since})\s+since)\s+$",
        re.IGNORECASE,
    )


def tenure_starts(
    text: str, dates: Sequence[DatedMention], people: Sequence[PersonSpan]
) -> dict[str, DateSpan]:
    """Map person ids to the start of their tenure, where the text dates it.

    Examples:
        >>> from types import SimpleNamespace as N
        >>> from diplotimeline.time import PartialDate
        >>> text = "Ruto, who took office in September 2022, said."
        >>> date = N(start=25, end=39, value=DateSpan.of(PartialDate(2022, 9)))
        >>> person = N(start=0, end=4, actor_id="ruto-william", kind=ActorKind.PERSON)
        >>> tenure_starts(text, [date], [person])["ruto-william"].format_iso()
        '2022-09/..'
    """
    cues = _cues()
    persons = sorted((p for p in people if p.kind is ActorKind.PERSON), key=lambda p: p.start)
    found: dict[str, DateSpan] = {}
    for date in dates:
        value = date.value
        if not isinstance(value, DateSpan) or value.start is None:
            continue
        window_start = max(0, date.start - _WINDOW)
        cue = cues.search(text, window_start, date.start)
        if cue is None:
            continue
        before = [p for p in persons if p.end <= cue.start() and cue.start() - p.end <= _REACH]
        if not before:
            continue
        subject = before[-1]
        if _SENTENCE_END.search(text, subject.end, cue.start()):
            continue
        found.setdefault(subject.actor_id, DateSpan(value.start, None))
    return found


def with_tenure(person: Person, tenure: DateSpan) -> Person:
    """Give the person's current office (the first not marked former) its tenure.

    Examples:
        >>> from diplotimeline.model import Role
        >>> from diplotimeline.time import PartialDate
        >>> p = Person(id="ruto-william", name="William Ruto", roles=(Role(title="President"),))
        >>> with_tenure(p, DateSpan(PartialDate(2022, 9), None)).roles[0].tenure.format_iso()
        '2022-09/..'
    """
    roles = list(person.roles)
    for index, role in enumerate(roles):
        if not role.is_former and role.tenure is None:
            roles[index] = attrs.evolve(role, tenure=tenure)
            return attrs.evolve(person, roles=tuple(roles))
    return person
