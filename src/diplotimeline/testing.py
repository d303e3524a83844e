"""Hypothesis strategies for every model type, so users can property-test their own code.

Needs the ``hypothesis`` package (the ``test`` extra): ``pip install diplotimeline[test]``.

Examples:
    >>> from hypothesis import find
    >>> from diplotimeline.testing import partial_dates
    >>> find(partial_dates(), lambda date: date.precision.name == "MONTH")
    PartialDate('0001-01')
"""

from __future__ import annotations

import calendar
import datetime
from typing import Any

from hypothesis import strategies as st

from diplotimeline.model import (
    Actor,
    Agreement,
    AgreementForm,
    AgreementStage,
    Country,
    Document,
    Event,
    EventLink,
    Evidence,
    Extraction,
    Initiative,
    InitiativeForm,
    LinkRelation,
    Meeting,
    MeetingForm,
    Milestone,
    NameOrder,
    Organization,
    Person,
    Role,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, TimePoint

__all__ = [
    "actors",
    "agreements",
    "countries",
    "date_spans",
    "documents",
    "events",
    "evidence",
    "extractions",
    "initiatives",
    "local_date_times",
    "meetings",
    "organizations",
    "partial_dates",
    "persons",
    "roles",
    "time_points",
]

_ZONES = ("Asia/Tokyo", "Asia/Ho_Chi_Minh", "Europe/Paris", "America/Lima", "UTC")
_SLUG_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_SLUGS = st.lists(_SLUG_WORD, min_size=1, max_size=3).map("-".join)
_IDS = st.from_regex(r"[a-z0-9][a-z0-9_:.-]{0,20}", fullmatch=True)
_COUNTRY_CODES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=2)
_NAMES = st.text(min_size=1, max_size=30).filter(lambda text: bool(text.strip()))
_NAME_TUPLES = st.lists(_NAMES, max_size=3).map(tuple)


@st.composite
def partial_dates(draw: Any, min_year: int = 1, max_year: int = 9999) -> PartialDate:
    """Dates at year, month or day precision, each valid.

    Examples:
        >>> from hypothesis import find
        >>> find(partial_dates(min_year=2020), lambda date: date.day is not None)
        PartialDate('2020-01-01')
    """
    year = draw(st.integers(min_year, max_year))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


@st.composite
def local_date_times(draw: Any) -> LocalDateTime:
    """Minute-precision times: floating, with an offset, or with an IANA zone.

    Examples:
        >>> from hypothesis import find
        >>> find(local_date_times(), lambda time: time.zone is not None).zone
        'Asia/Tokyo'
    """
    day = draw(st.dates(min_value=datetime.date(1900, 1, 1)))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    choice = draw(st.sampled_from(("floating", "offset", "zone")))
    if choice == "floating":
        return LocalDateTime(day.year, day.month, day.day, hour, minute)
    if choice == "offset":
        offset = draw(st.integers(-18 * 60, 18 * 60))
        return LocalDateTime(day.year, day.month, day.day, hour, minute, offset)
    zone = draw(st.sampled_from(_ZONES))
    return LocalDateTime(day.year, day.month, day.day, hour, minute, zone=zone)


def time_points() -> st.SearchStrategy[TimePoint]:
    """Partial dates or local date-times.

    Examples:
        >>> from hypothesis import find
        >>> find(time_points(), lambda point: True)
        PartialDate('0001')
    """
    return st.one_of(partial_dates(), local_date_times())


@st.composite
def date_spans(draw: Any) -> DateSpan:
    """Valid spans: single values, closed intervals, and open ones.

    Examples:
        >>> from hypothesis import find
        >>> find(date_spans(), lambda span: span.is_open)
        DateSpan('0001/..')
    """
    first = draw(time_points())
    shape = draw(st.sampled_from(("single", "closed", "open-end", "open-start")))
    approximate = draw(st.booleans())
    if shape == "single":
        return DateSpan.of(first, approximate=approximate)
    if shape == "open-end":
        return DateSpan(first, None, approximate=approximate)
    if shape == "open-start":
        return DateSpan(None, first, approximate=approximate)
    second = draw(time_points())
    low, high = sorted((first, second), key=lambda point: point.bounds())
    if low.bounds()[1] > high.bounds()[1]:  # one contains the other: keep it single
        return DateSpan.of(low, approximate=approximate)
    return DateSpan(low, high, approximate=approximate)


@st.composite
def evidence(draw: Any, document: str | None = None) -> Evidence:
    """Evidence whose quote matches its span.

    Examples:
        >>> from hypothesis import find
        >>> ev = find(evidence(document="d1"), lambda ev: len(ev.quote) == 2)
        >>> ev.end - ev.start
        2
    """
    doc = document if document is not None else draw(_IDS)
    quote = draw(st.text(max_size=40))
    start = draw(st.integers(0, 10_000))
    return Evidence(document=doc, start=start, end=start + len(quote), quote=quote)


def roles() -> st.SearchStrategy[Role]:
    """Offices with optional country, holder, tenure and modifiers.

    Examples:
        >>> from hypothesis import find
        >>> find(roles(), lambda role: role.is_former).modifiers
        ('former',)
    """
    return st.builds(
        Role,
        title=_NAMES,
        of=st.none() | _COUNTRY_CODES | _SLUGS,
        holder=st.none() | _SLUGS,
        tenure=st.none() | date_spans(),
        modifiers=st.lists(st.sampled_from(("former", "acting", "new")), max_size=2).map(tuple),
    )


def persons() -> st.SearchStrategy[Person]:
    """People with names, aliases, roles and evidence.

    Examples:
        >>> from hypothesis import find
        >>> find(persons(), lambda person: True).kind.value
        'person'
    """
    return st.builds(
        Person,
        id=_SLUGS,
        name=_NAMES,
        family_name=st.none() | _NAMES,
        given_name=st.none() | _NAMES,
        name_order=st.sampled_from(NameOrder),
        honorific=st.none() | st.sampled_from(("Mr.", "Ms.", "Dr.", "H.E.")),
        aliases=_NAME_TUPLES,
        country=st.none() | _COUNTRY_CODES,
        roles=st.lists(roles(), max_size=2).map(tuple),
        evidence=st.lists(evidence(), max_size=2).map(tuple),
    )


def countries() -> st.SearchStrategy[Country]:
    """Countries with alpha-2 ids, names and demonyms.

    Examples:
        >>> from hypothesis import find
        >>> find(countries(), lambda country: True).id
        'aa'
    """
    return st.builds(
        Country,
        id=_COUNTRY_CODES,
        name=_NAMES,
        official_name=st.none() | _NAMES,
        aliases=_NAME_TUPLES,
        demonyms=_NAME_TUPLES,
        evidence=st.lists(evidence(), max_size=2).map(tuple),
    )


def organizations() -> st.SearchStrategy[Organization]:
    """Organisations with acronyms and aliases.

    Examples:
        >>> from hypothesis import find
        >>> find(organizations(), lambda org: org.acronym is not None).kind.value
        'organization'
    """
    return st.builds(
        Organization,
        id=_SLUGS,
        name=_NAMES,
        acronym=st.none() | _NAMES,
        aliases=_NAME_TUPLES,
        country=st.none() | _COUNTRY_CODES,
        evidence=st.lists(evidence(), max_size=2).map(tuple),
    )


def actors() -> st.SearchStrategy[Actor]:
    """Any actor.

    Examples:
        >>> from hypothesis import find
        >>> find(actors(), lambda actor: actor.kind.value == "country").kind.value
        'country'
    """
    return st.one_of(persons(), countries(), organizations())


_LINKS = st.lists(st.builds(EventLink, st.sampled_from(LinkRelation), _IDS), max_size=2).map(tuple)
_COMMON: dict[str, Any] = {
    "id": _IDS,
    "name": _NAMES,
    "aliases": _NAME_TUPLES,
    "when": st.none() | date_spans(),
    "status": st.sampled_from(Status),
    "participants": st.lists(_SLUGS, max_size=4).map(tuple),
    "location": st.none() | _NAMES,
    "links": _LINKS,
    "evidence": st.lists(evidence(), max_size=3).map(tuple),
}


def meetings() -> st.SearchStrategy[Meeting]:
    """Meetings of every form.

    Examples:
        >>> from hypothesis import find
        >>> find(meetings(), lambda meeting: meeting.ordinal is not None).ordinal
        1
    """
    return st.builds(
        Meeting,
        form=st.sampled_from(MeetingForm),
        host=st.none() | _SLUGS,
        ordinal=st.none() | st.integers(1, 200),
        series=st.none() | _NAMES,
        **_COMMON,
    )


def agreements() -> st.SearchStrategy[Agreement]:
    """Agreements of every form, with milestones.

    Examples:
        >>> from hypothesis import find
        >>> find(agreements(), lambda agreement: True).kind.value
        'agreement'
    """
    milestones = st.builds(Milestone, st.sampled_from(AgreementStage), st.none() | date_spans())
    return st.builds(
        Agreement,
        form=st.sampled_from(AgreementForm),
        milestones=st.lists(milestones, max_size=2).map(tuple),
        **_COMMON,
    )


def initiatives() -> st.SearchStrategy[Initiative]:
    """Initiatives of every form, with acronyms and periods.

    Examples:
        >>> from hypothesis import find
        >>> find(initiatives(), lambda initiative: True).kind.value
        'initiative'
    """
    return st.builds(
        Initiative,
        form=st.sampled_from(InitiativeForm),
        acronym=st.none() | _NAMES,
        period=st.none() | date_spans(),
        **_COMMON,
    )


def events() -> st.SearchStrategy[Event]:
    """Any event.

    Examples:
        >>> from hypothesis import find
        >>> find(events(), lambda event: event.kind.value == "initiative").kind.value
        'initiative'
    """
    return st.one_of(meetings(), agreements(), initiatives())


def documents() -> st.SearchStrategy[Document]:
    """Documents with text and optional metadata.

    Examples:
        >>> from hypothesis import find
        >>> find(documents(), lambda doc: doc.published is not None).published
        PartialDate('1900')
    """
    return st.builds(
        Document,
        id=_IDS,
        text=st.text(max_size=200),
        published=st.none() | partial_dates(min_year=1900, max_year=2100),
        published_inferred=st.booleans(),
        source=st.none() | _NAMES,
        title=st.none() | _NAMES,
        url=st.none() | st.just("https://example.org/a"),
    )


def extractions() -> st.SearchStrategy[Extraction]:
    """Extractions holding a few actors and events.

    Examples:
        >>> from hypothesis import find
        >>> len(find(extractions(), lambda extraction: len(extraction.events) == 2).events)
        2
    """
    return st.builds(
        Extraction,
        document=documents(),
        actors=st.lists(actors(), max_size=3).map(tuple),
        events=st.lists(events(), max_size=3).map(tuple),
    )
