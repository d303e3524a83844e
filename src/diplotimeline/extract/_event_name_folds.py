"""One meeting named several ways in a document: a headline, a short name, its year, its place.

News names the meeting it reports in many ways: the headline calls it "the OIC summit", the
lede "the 19th Islamic Summit"; a title gives "Astana Summit (2056)" and the first line "the
Astana Summit of the Organization of Turkic States"; a later sentence says "the 2056 summit" or
"the Rio summit", or tells only that "ECOWAS leaders are due to meet again soon". Each fold
here joins such a mention to the one meeting of the text it can name, and leaves it alone
when two could be meant or when the dates, places or bodies differ (two summits of one body
in different years, a summit and its ministers' meeting).

Examples:
    >>> head_end("Leaders meet in Lima\\n\\nLIMA (Wire) - Leaders met on Monday.\\n")
    22
    >>> head_end("Leaders met in Lima on Monday.\\nThey agreed.\\n")
    0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from diplotimeline.extract._event_context import Candidate, Context, name_key, ordinal_number
from diplotimeline.extract._event_kept import compatible
from diplotimeline.model import EventKind
from diplotimeline.time import DateSpan

__all__ = [
    "fold_head_meetings",
    "fold_place_named",
    "fold_short_names",
    "fold_undated_gathering",
    "fold_year_named",
    "head_end",
    "place_by_name",
]

Absorb = Callable[[Candidate, Candidate], None]
"""Merge the second mention into the first (``_event_merge._absorb``)."""

_HEAD_LINES: Final = 8
"""At most this many lines (headline, kicker, byline, dateline) come before the body."""
_HEAD_WORDS: Final = 20
"""A line of more words than this is a paragraph of the body, not a headline."""
_PLAIN_WORDS: Final = frozenset(
    {"the", "of", "in", "on", "at", "and", "for", "a", "an", "to", "summit", "meeting"}
    | {"conference", "forum", "session", "talks"}
)
"""Words two names may share without naming the same meeting."""
_GATHERINGS: Final = frozenset({"summit", "ministerial-meeting", "forum", "conference", "dialogue"})
"""The forms of the meetings a headline names by another name than the body's: gatherings,
not talks, visits or calls (which their people name) nor meetings of no known form."""


def head_end(text: str) -> int:
    """Where the body of ``text`` starts, after its head: the short leading lines (headline,
    kicker, byline, dateline) none of which ends with a full stop; 0 when there is none.

    Examples:
        >>> text = "UCAD NEWS\\nA lecture on the OIC\\n\\nThe minister spoke.\\n"
        >>> text[head_end(text):]
        'The minister spoke.\\n'
    """
    position = 0
    lines = 0
    while lines < _HEAD_LINES:
        end = text.find("\n", position)
        if end < 0:
            return 0
        line = text[position:end].strip()
        if line:
            if line.rstrip("\"”’')").endswith(".") or len(line.split()) > _HEAD_WORDS:
                return position if lines else 0
            lines += 1
        position = end + 1
    return 0


def _dated_in_line(ctx: Context, candidate: Candidate) -> bool:
    """Whether the line ``candidate`` was read from gives a date (a headline's meeting may
    take the dateline's day, which the body's date overrides)."""
    start = ctx.text.rfind("\n", 0, candidate.start) + 1
    end = ctx.text.find("\n", candidate.start)
    end = len(ctx.text) if end < 0 else end
    return any(start <= m.start and m.end <= end for m in ctx.temporal)


def _places_differ(first: Candidate, second: Candidate) -> bool:
    if first.location is None or second.location is None:
        return False
    a, b = name_key(first.location), name_key(second.location)
    return not (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _meetings(kept: list[Candidate]) -> list[Candidate]:
    return [c for c in kept if c.kind is EventKind.MEETING and c.merged_into is None]


def fold_head_meetings(ctx: Context, kept: list[Candidate], absorb: Absorb) -> None:
    """ "What is on the table at the OIC summit in Kuala Lumpur" (a headline) and "Leaders of
    the OIC meet ... for the 19th Islamic Summit" (the lede): one summit.

    A meeting read from the head of the text (see :func:`head_end`), not from a frame of
    people, joins the first meeting of its form the body tells (the news the headline
    announces) when its date allows it (or is not told in its own line: the day a
    dateline gives a headline is not the meeting's), its place and its
    bodies do not differ from the body's, and it shares a body or its place with the body's
    meeting or the sentence that tells it, or the body's meeting has every word of its name
    ("Astana Summit (2056)" and "The Astana Summit of the Organization of Turkic States").
    """
    body = head_end(ctx.text)
    if body == 0:
        return
    meetings = _meetings(kept)
    heads = [
        c
        for c in meetings
        if c.frame_key is None and c.evidence_end <= body and c.form in _GATHERINGS
    ]
    for head in heads:
        if head.merged_into is not None:
            continue
        host = next(
            (
                c
                for c in meetings
                if c.start >= body and c.merged_into is None and c.form == head.form
            ),
            None,
        )
        if host is None or _places_differ(head, host):
            continue
        if not compatible(head, host) and _dated_in_line(ctx, head):
            continue  # "Windhoek Summit (2049)" is not the summit of 2051
        if (
            head.participants
            and host.participants
            and not set(head.participants) & set(host.participants)
        ):
            continue  # "the G20 summit" in the headline, "the Mercosur Summit" below
        sentence = ctx.sentences[host.sentence]
        around = set(host.participants)
        around.update(m.actor_id for m in ctx.actors_in(sentence.start, sentence.end))
        words = set(name_key(head.name).split()) - _PLAIN_WORDS
        if (
            set(head.participants) & around
            or (head.location is not None and head.location.lower() in sentence.text.lower())
            or (words and words <= set(name_key(host.name).split()))
        ):
            absorb(host, head)


def fold_short_names(kept: list[Candidate], absorb: Absorb) -> None:
    """ "ahead of Forum Leaders Meeting" (a headline) and "the 67th Pacific Islands Forum
    Leaders Meeting" in the body, "last week's Islamic Summit" and "the 19th Islamic Summit,
    held on Wednesday and Thursday last week", "Astana Summit (2056)" and "the Astana Summit
    of the Organization of Turkic States": one meeting.

    A meeting of no number whose name, of two words at least, is the end of the name of
    exactly one other meeting of the text joins it (two such meetings, "the 67th" and "the
    68th", leave it alone); so does one whose name is the beginning of exactly one other
    name of its form. A dated short name must have the form and a date that allows the
    other's, which must have one ("the Islamic Summit in October 2003" is not the 19th of
    2054).
    """
    # Each named meeting under every proper ending and beginning of its name's words (a
    # name has few words, so the index stays linear in the number of meetings).
    endings: dict[str, list[Candidate]] = {}
    beginnings: dict[str, list[Candidate]] = {}
    for other in _meetings(kept):
        if other.named:
            parts = name_key(other.name).split(" ")
            for first in range(1, len(parts) - 1):
                endings.setdefault(" ".join(parts[first:]), []).append(other)
            for last in range(2, len(parts)):
                beginnings.setdefault(" ".join(parts[:last]), []).append(other)
    if not endings and not beginnings:
        return
    for candidate in kept:
        if (
            candidate.merged_into is not None
            or candidate.kind is not EventKind.MEETING
            or ordinal_number(candidate) is not None
        ):
            continue
        words = name_key(candidate.name)
        if " " not in words:
            continue
        if candidate.when is None:
            hosts = [
                o for o in endings.get(words, []) if o is not candidate and o.merged_into is None
            ]
            hosts = hosts or _alike(candidate, beginnings.get(words, []))
        else:
            hosts = _alike(candidate, endings.get(words, []) + beginnings.get(words, []))
        if len(hosts) == 1:
            absorb(hosts[0], candidate)


def _alike(candidate: Candidate, others: list[Candidate]) -> list[Candidate]:
    """The other meetings, once each, of ``candidate``'s form whose dates allow its own."""
    found: list[Candidate] = []
    for other in others:
        if (
            other is not candidate
            and other.merged_into is None
            and other.form == candidate.form
            and compatible(other, candidate)
            and (candidate.when is None or other.when is not None)
            and other not in found
        ):
            found.append(other)
    return found


def _year_of(when: DateSpan | None) -> int | None:
    """The one year a date lies in, else None."""
    if when is None or when.start is None:
        return None
    end = when.end if when.end is not None else when.start
    return when.start.year if end.year == when.start.year else None


def fold_year_named(kept: list[Candidate], absorb: Absorb) -> None:
    """ "Preparations for the 2056 summit" and "the Astana Summit ... on 7-8 September
    2056": one summit, when it is the one meeting of that form the text dates in that year."""
    meetings = _meetings(kept)
    for candidate in meetings:
        parts = name_key(candidate.name).split(" ")
        if (
            candidate.merged_into is not None
            or len(parts) != 2
            or not (parts[0].isdigit() and len(parts[0]) == 4)
        ):
            continue
        year = int(parts[0])
        hosts = [
            o
            for o in meetings
            if o is not candidate
            and o.merged_into is None
            and o.form == candidate.form
            and _year_of(o.when) == year
        ]
        if len(hosts) == 1:
            absorb(hosts[0], candidate)


def fold_place_named(kept: list[Candidate], absorb: Absorb, ctx: Context | None = None) -> None:
    """ "after the Rio summit" and "the BRICS summit in Rio de Janeiro on Thursday and Friday
    last week": one summit, when it is the one meeting of that form the text places there
    (and the dates allow it).

    With ``ctx``, "the Koror summit" and "their summit in Palau" are one too when the named
    place is a city of that country (the gazetteer's) and the summit is the one meeting of
    that form placed in the country: the summit is then placed in the city, and named so.
    """
    meetings = _meetings(kept)
    located = [c for c in meetings if c.location is not None]
    if not located:
        return
    for candidate in meetings:
        parts = name_key(candidate.name).split(" ")
        if (
            candidate.merged_into is not None
            or candidate.location is not None
            or ordinal_number(candidate) is not None
            or len(parts) < 2
            or parts[-1] != candidate.form
        ):
            continue
        place = " ".join(parts[:-1])
        hosts = []
        for other in located:
            where = name_key(other.location or "")
            if (
                other is not candidate
                and other.merged_into is None
                and other.form == candidate.form
                and (where == place or where.startswith(place + " "))
                and compatible(other, candidate)
            ):
                hosts.append(other)
        if not hosts and ctx is not None:
            city, hosts = _in_country_of(ctx, located, candidate, place)
            if len(hosts) == 1:
                _place_in_city(hosts[0], city)
        if len(hosts) == 1:
            absorb(hosts[0], candidate)


def place_by_name(ctx: Context, kept: list[Candidate]) -> None:
    """ "the Kampala summit", left on its own: held in Kampala, a place the gazetteer knows
    (the name's words before the form, not an ordinal nor a body: "the BRICS summit")."""
    for candidate in _meetings(kept):
        if candidate.location is not None or ordinal_number(candidate) is not None:
            continue
        words = candidate.name.split()
        if len(words) < 2 or name_key(words[-1]) != candidate.form:
            continue
        place = ctx.place(" ".join(words[:-1]))
        if place is not None and name_key(place.name) == name_key(" ".join(words[:-1])):
            candidate.location = place.name


def _in_country_of(
    ctx: Context, located: list[Candidate], candidate: Candidate, place: str
) -> tuple[str, list[Candidate]]:
    """The city ``candidate`` is named by and the meetings of its form placed in the country
    the city (``place``, folded) lies in, whose dates allow them to be ``candidate``."""
    words = candidate.name.split()[:-1]
    city = ctx.place(" ".join(words)) if words else None
    if city is None or name_key(city.name) != place:
        return "", []
    return city.name, [
        other
        for other in located
        if other is not candidate
        and other.merged_into is None
        and other.form == candidate.form
        and (country := ctx.country(other.location or "")) is not None
        and country.id == city.country
        and compatible(other, candidate)
    ]


def _place_in_city(host: Candidate, city: str) -> None:
    """Place ``host`` in ``city``, within the country it was placed in; a name that ends
    with the country ("AOSIS summit in Palau") ends with the city."""
    country = host.location or ""
    suffix = f" in {country}"
    if host.name.endswith(suffix):
        host.name = host.name[: -len(suffix)] + f" in {city}"
    host.location = city


def fold_undated_gathering(ctx: Context, kept: list[Candidate], absorb: Absorb) -> None:
    """ "ECOWAS leaders are due to meet again soon" and "the ECOWAS Authority of Heads of
    State and Government will hold its ordinary session in Abuja on June 17-18": one summit.

    A summit to come read from a gathering of a body's leaders, with no date, place or
    number of its own, joins the one summit to come of the text that is dated and has every
    body of its among its participants; a summit that took place ("ECOWAS leaders met in
    Abuja in June") is another, and two summits to come leave it alone.
    """
    summits = [c for c in _meetings(kept) if c.form == "summit"]
    for candidate in summits:
        if (
            candidate.merged_into is not None
            or candidate.named
            or not candidate.future
            or candidate.when is not None
            or candidate.location is not None
            or not candidate.participants
            or ordinal_number(candidate) is not None
        ):
            continue
        bodies = set(candidate.participants)
        hosts = [
            o
            for o in summits
            if o is not candidate
            and o.merged_into is None
            and o.when is not None
            and (o.future or (ctx.published is not None and o.when.after(ctx.published)))
            and bodies <= set(o.participants)
        ]
        if len(hosts) == 1:
            absorb(hosts[0], candidate)
