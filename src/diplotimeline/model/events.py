"""Events: meetings, agreements and initiatives, with their dates, status and evidence."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import ClassVar, TypeAlias

import attrs

from diplotimeline.errors import InvalidValueError
from diplotimeline.model._validators import check_id, matches, non_empty, non_empty_strings, strings
from diplotimeline.model.evidence import Evidence
from diplotimeline.time import DateSpan, shared_span

__all__ = [
    "Agreement",
    "AgreementForm",
    "AgreementStage",
    "Event",
    "EventKind",
    "EventLink",
    "Initiative",
    "InitiativeForm",
    "LinkRelation",
    "Meeting",
    "MeetingForm",
    "Milestone",
    "Status",
]


def _links(values: Iterable[EventLink]) -> tuple[EventLink, ...]:
    return tuple(values)


def _milestones(values: Iterable[Milestone]) -> tuple[Milestone, ...]:
    return tuple(values)


def _evidence(values: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(values)


_ID = matches(check_id, "an id of letters, digits and ._:+-")


class EventKind(enum.StrEnum):
    """The three kinds of event.

    Examples:
        >>> [kind.value for kind in EventKind]
        ['meeting', 'agreement', 'initiative']
    """

    MEETING = "meeting"
    AGREEMENT = "agreement"
    INITIATIVE = "initiative"


class Status(enum.StrEnum):
    """Where an event stands as of the document's date.

    ``OCCURRED``: it took place (and the text dates it); ``PLANNED``: announced for the
    future as of the published date; ``MENTIONED``: named with no date of its own.

    Examples:
        >>> Status("planned")
        <Status.PLANNED: 'planned'>
    """

    OCCURRED = "occurred"
    PLANNED = "planned"
    MENTIONED = "mentioned"


class MeetingForm(enum.StrEnum):
    """The finer kind of a meeting.

    Examples:
        >>> MeetingForm("ministerial-meeting").name
        'MINISTERIAL_MEETING'
    """

    SUMMIT = "summit"
    MINISTERIAL_MEETING = "ministerial-meeting"
    BILATERAL_MEETING = "bilateral-meeting"
    VISIT = "visit"
    FORUM = "forum"
    DIALOGUE = "dialogue"
    CONFERENCE = "conference"
    PRESS_BRIEFING = "press-briefing"
    CALL = "call"
    OTHER = "other"


class AgreementForm(enum.StrEnum):
    """The finer kind of an agreement.

    Examples:
        >>> AgreementForm("mou").name
        'MOU'
    """

    PARTNERSHIP = "partnership"
    TREATY = "treaty"
    CONVENTION = "convention"
    MOU = "mou"
    JOINT_STATEMENT = "joint-statement"
    DECLARATION = "declaration"
    VISION = "vision"
    TRADE_AGREEMENT = "trade-agreement"
    OTHER = "other"


class InitiativeForm(enum.StrEnum):
    """The finer kind of an initiative.

    Examples:
        >>> InitiativeForm("fund").value
        'fund'
    """

    PROGRAMME = "programme"
    FUND = "fund"
    PROJECT = "project"
    FRAMEWORK = "framework"
    STRATEGY = "strategy"
    VISION = "vision"
    OTHER = "other"


class AgreementStage(enum.StrEnum):
    """A stage in the life of an agreement.

    Examples:
        >>> AgreementStage.ENTERED_INTO_FORCE.value
        'entered-into-force'
    """

    NEGOTIATIONS_LAUNCHED = "negotiations-launched"
    CONCLUDED = "concluded"
    SIGNED = "signed"
    ADOPTED = "adopted"
    ESTABLISHED = "established"
    UPGRADED = "upgraded"
    RATIFIED = "ratified"
    ENTERED_INTO_FORCE = "entered-into-force"


class LinkRelation(enum.StrEnum):
    """How one event relates to another.

    Examples:
        >>> LinkRelation.PART_OF.value
        'part-of'
    """

    PART_OF = "part-of"
    ADOPTED_AT = "adopted-at"
    LAUNCHED_AT = "launched-at"
    SIGNED_AT = "signed-at"


@attrs.frozen(weakref_slot=False)
class EventLink:
    """A typed link from an event to another one, by the other's id.

    Examples:
        >>> EventLink(LinkRelation.PART_OF, "d1:e2")
        EventLink(relation=<LinkRelation.PART_OF: 'part-of'>, target='d1:e2')
    """

    relation: LinkRelation
    target: str = attrs.field(validator=_ID)


@attrs.frozen(weakref_slot=False)
class Milestone:
    """A dated stage of an agreement ("signed in 2020", "entered into force in 2022").

    Examples:
        >>> Milestone(AgreementStage.SIGNED, DateSpan.parse_iso("2020")).when
        DateSpan('2020')
    """

    stage: AgreementStage
    when: DateSpan | None = attrs.field(default=None, converter=shared_span)


def _check_evidence(_instance: object, _attribute: object, value: tuple[Evidence, ...]) -> None:
    for item in value:
        if not isinstance(item, Evidence):
            raise InvalidValueError(
                f"evidence must hold Evidence values, got {type(item).__name__}", value=item
            )


def _check_ordinal(_instance: object, _attribute: object, value: int | None) -> None:
    if value is not None and (not isinstance(value, int) or value < 1):
        raise InvalidValueError(
            f"ordinal must be a whole number from 1, got {value!r}", value=value
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Meeting:
    """A summit, ministerial meeting, bilateral talk, visit, forum, dialogue or briefing.

    ``ordinal`` and ``series`` keep "the 28th" of "ASEAN-Japan Summit"; ``host`` is an
    actor id; ``location`` the place as written.

    Examples:
        >>> m = Meeting(id="d1:e1", name="12th Andean Summit", when=DateSpan.parse_iso("2025-03"),
        ...             status=Status.OCCURRED, ordinal=12, series="Andean Summit")
        >>> (m.kind.value, m.form.value)
        ('meeting', 'other')
    """

    kind: ClassVar[EventKind] = EventKind.MEETING

    id: str = attrs.field(validator=_ID)
    name: str = attrs.field(validator=non_empty)
    form: MeetingForm = MeetingForm.OTHER
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    when: DateSpan | None = attrs.field(default=None, converter=shared_span)
    status: Status = Status.MENTIONED
    participants: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    location: str | None = None
    host: str | None = None
    ordinal: int | None = attrs.field(default=None, validator=_check_ordinal)
    series: str | None = None
    links: tuple[EventLink, ...] = attrs.field(default=(), converter=_links)
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=_evidence, validator=_check_evidence
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Agreement:
    """A partnership, treaty, convention, memorandum, joint statement, declaration or vision.

    ``participants`` are its parties; ``when`` is when it was signed, adopted or
    established; ``milestones`` keep the other dated stages the text gives.

    Examples:
        >>> a = Agreement(id="d1:e2", name="Andean Trade Accord",
        ...               form=AgreementForm.TRADE_AGREEMENT, participants=("pe", "co"))
        >>> a.status.value
        'mentioned'
    """

    kind: ClassVar[EventKind] = EventKind.AGREEMENT

    id: str = attrs.field(validator=_ID)
    name: str = attrs.field(validator=non_empty)
    form: AgreementForm = AgreementForm.OTHER
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    when: DateSpan | None = attrs.field(default=None, converter=shared_span)
    status: Status = Status.MENTIONED
    participants: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    location: str | None = None
    milestones: tuple[Milestone, ...] = attrs.field(default=(), converter=_milestones)
    links: tuple[EventLink, ...] = attrs.field(default=(), converter=_links)
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=_evidence, validator=_check_evidence
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Initiative:
    """A programme, fund, project, framework or strategy.

    ``participants`` are its owners or proposers; ``when`` is its launch, or the span it
    covers when the text gives only that; ``period`` is the span it covers
    ("Phase 3 (2026-2030)").

    Examples:
        >>> i = Initiative(id="d1:e3", name="Blue Pacific Fund", acronym="BPF",
        ...                period=DateSpan.parse_iso("2026/2030"))
        >>> i.period.format_iso()
        '2026/2030'
    """

    kind: ClassVar[EventKind] = EventKind.INITIATIVE

    id: str = attrs.field(validator=_ID)
    name: str = attrs.field(validator=non_empty)
    form: InitiativeForm = InitiativeForm.OTHER
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    acronym: str | None = None
    when: DateSpan | None = attrs.field(default=None, converter=shared_span)
    period: DateSpan | None = attrs.field(default=None, converter=shared_span)
    status: Status = Status.MENTIONED
    participants: tuple[str, ...] = attrs.field(
        default=(), converter=strings, validator=non_empty_strings
    )
    location: str | None = None
    links: tuple[EventLink, ...] = attrs.field(default=(), converter=_links)
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=_evidence, validator=_check_evidence
    )


Event: TypeAlias = Meeting | Agreement | Initiative
"""Any event; tell them apart by their ``kind``."""
