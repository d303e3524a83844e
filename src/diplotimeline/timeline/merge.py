"""Cross-document merge: mentions of one real-world event become one timeline entry.

Decision, for two mentions (see :func:`compare`):

* never merged: different kinds; the same document (a document names each real-world
  event once); incompatible dates (both dated and not overlapping, a clock time counting
  as its whole day: reports of one signing at 11:45 and 11:50 agree), except for a treaty,
  convention, memorandum, trade agreement or partnership with a name of its own, which
  articles date by different stages (signed, ratified, in force): its date does not keep
  its mentions apart, unless each side names a party the other lacks (so too a fund with a
  name of its own, dated by its launch or by the years it runs, and a programme or project
  dated by the years it runs, which another text may date by its launch, though not two
  programmes of one name running in years apart); meetings of different
  forms (a visit and the talks held during it, a bilateral meeting and the summit on
  whose sidelines it was held, a ministers' meeting and the summit it precedes), unless
  one form is ``other``; different ordinals, years, numbers or relationship levels in the
  names ("23rd" against "28th" summit, a "Strategic" against a "Comprehensive Strategic"
  partnership); visits and bilateral meetings whose people or countries differ on both
  sides (a body's id and its short form, "joint-commission" of
  "peru-chile-joint-commission", are one party);
* merged on name evidence: equal content words (1.0; "UN" and "United Nations" are one
  word), a shared acronym or an acronym that spells the other's initials (0.95); or, when
  both are dated, equal long general names (agreements and initiatives: four or more
  content words, none distinctive, "Framework Agreement on Economic Cooperation"; 0.6)
  unless each side names a party the other lacks; or a folded-name similarity of at
  least :data:`NAME_THRESHOLD` sharing a distinctive word (not only "summit",
  "partnership"...), unless each side names a party (country, organisation) the other
  lacks, or of at least 0.45 when both name the same parties or, dated to a week or
  less, the same ordinal ("18th session of the Peru-Chile Joint Commission" and "18th
  meeting of the Joint Commission"); or, when one is undated,
  a similarity of at least 0.75 between names of one form whose telling words are nested
  ("Mekong-Korea cooperation" and "Korea-Mekong cooperation framework");
* or, for dated meetings of the same known form lasting at most a month, the people of
  one are all among the people of the other (0.7);
* or, for two dated rounds of negotiations held at one place ("the fifth and last round",
  "the final round", "the Tbilisi round"), their dates overlapping (0.7);
* or, weakly (below 0.45), for agreements and initiatives of one form and the same
  parties: a dated general name ("the joint statement") whose words are mostly in a
  specific name; two short-lived (a season at most) specific names with nested dates and
  a shared telling word. A weak pair joins two groups only if every specific name of one
  matches every specific name of the other, so a general name never bridges two events.

Grouping. A *narrow* mention (dated to about a week or less) is compared with the narrow
mentions of its candidate blocks whose dates overlap; accepted pairs are taken best first
(ties by mention keys), each joining two groups only if the joined group still spans one
document at most once, has dates that all overlap and at most one ordinal and one meeting
form. Every other mention (a month, a year, a long span, undated) is then *placed*,
narrowest first, ties by key: it joins the one group it matches, and stays on its own
when it matches none, or several (an undated "Nordic Summit" when the corpus has two):
a vague mention never bridges two events, and is never compared with a whole block.
Blocks: kind and acronym, full name (a long general name too), set of distinctive words,
distinctive word (a name with several distinctive words meets another such name only
through a shared *pair* of words), person, or form and parties. Merging is
deterministic, independent of input order, and idempotent (mentions are deduplicated
by ``(document id, event id)``); what a mention joins depends only on the mentions
connected to it by accepted pairs (what :meth:`MergeIndex.related` finds), so adding
documents re-merges only those. Time grows about as n log n with the number of
mentions (``bench/bench_merge.py``).

Merged entry: the status is the most advanced (occurred > planned > mentioned); the date
the most precise (narrowest) of the mentions' dates, ties to the latest publication; two
dates that are not nested are kept as a :class:`Conflict`; the name, form and other
fields come from the representative mention (most advanced status, then most precise
date, then latest publication), the other names become aliases, and participants,
aliases and evidence are unions.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence, Set
from typing import Any, Final

import attrs

from diplotimeline.model import (
    Event,
    EventKind,
    MeetingForm,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime
from diplotimeline.timeline._names import NameKey, fold, name_key, similarity
from diplotimeline.timeline.entry import (
    Mention,
    MentionKey,
    MergeReason,
    TimelineEntry,
    build_entry,
)

__all__ = [
    "NAME_THRESHOLD",
    "MergeDecision",
    "MergeIndex",
    "compare",
    "merge_mentions",
]

NAME_THRESHOLD: Final = 0.6
"""The folded-name similarity from which two mentions may be one event."""

_PARTICIPANT_SCORE: Final = 0.7
_RELATED_THRESHOLD: Final = 0.45
_STATUS_RANK: Final = {Status.MENTIONED: 0, Status.PLANNED: 1, Status.OCCURRED: 2}
_PAIRED_FORMS: Final = frozenset({MeetingForm.VISIT, MeetingForm.BILATERAL_MEETING})
_INF: Final = sys.maxsize
_DAY: Final = 1440
_WEEK: Final = 7 * _DAY
_MONTH: Final = 31 * _DAY
_NARROW: Final = 8 * 1440
"""Mentions whose dates span at most this many minutes are merged pairwise, best first."""
_SEASON: Final = 92 * 1440
_NESTED_THRESHOLD: Final = 0.75
_WEAK_SCORE: Final = 0.4
_LINKAGE_LIMIT: Final = 12
_STAGED_FORMS: Final = frozenset({"treaty", "convention", "mou", "trade-agreement", "partnership"})
# A fund, programme or project is dated by its launch or by the years it runs: two texts
# may give either.
_RUNNING_FORMS: Final = frozenset({"fund"})
# A programme or project dated by the years it runs (a span over more than one calendar
# year) may be dated by its launch or approval in another text: only that span is opened.
_SPAN_FORMS: Final = frozenset({"programme", "project"})
_ROUND_WORD: Final = re.compile(r"\bround\b", re.IGNORECASE)
_LONG_GENERAL: Final = 4
"""From this many content words, a general name of an agreement or initiative is telling."""


@attrs.frozen
class MergeDecision:
    """The verdict on a pair of mentions: merge them, with this score and evidence.

    Examples:
        >>> MergeDecision(0.95, ("shared acronym pcsa",)).score
        0.95
    """

    score: float
    evidence: tuple[str, ...]


class _Features:
    """What comparison needs of a mention, computed once."""

    __slots__ = (
        "document",
        "form",
        "gathering",
        "high",
        "key",
        "kind",
        "low",
        "names",
        "ordinal",
        "parties",
        "persons",
        "place",
        "place_named",
        "round_place",
        "runs",
        "staged",
        "width",
    )

    def __init__(self, mention: Mention, persons: Set[str]) -> None:
        event = mention.event
        self.key: MentionKey = mention.key
        self.document = mention.document
        self.kind: EventKind = event.kind
        self.form: str = event.form.value
        acronym = getattr(event, "acronym", None)
        self.names: NameKey = name_key(event.name, event.aliases, acronym)
        self.ordinal: int | None = getattr(event, "ordinal", None)
        # A treaty, convention, memorandum, trade agreement or partnership with a name of
        # its own is one agreement whatever stage a text dates it by (negotiated, signed,
        # ratified, in force, established): its date does not keep its mentions apart,
        # as an undated mention's does not. (Statements, declarations and visions are
        # adopted once: two dates are two texts.)
        self.staged = event.when is not None and _is_staged(event, self.names)
        # The years a programme or project runs, kept apart from the years another runs
        # (two phases of one name), though not from the day it was launched.
        self.runs: tuple[int, int] | None = None
        if (
            self.staged
            and event.kind is EventKind.INITIATIVE
            and event.form.value in _SPAN_FORMS
            and event.when is not None
        ):
            self.runs = _day_bounds(event.when)
        if event.when is None or self.staged:
            self.low: int | None = None
            self.high: int | None = None
            self.width = _INF
        else:
            self.low, self.high = _day_bounds(event.when)
            self.width = min(self.high - self.low, _INF)
        participants = frozenset(event.participants)
        self.persons: frozenset[str] = participants & persons if persons else frozenset()
        self.parties: frozenset[str] = participants - self.persons
        # A round of negotiations and where it was held: articles name one round by its
        # ordinal ("the fifth and last round"), its rank ("the final round") or its place
        # ("the Tbilisi round").
        location = getattr(event, "location", None)
        self.round_place: str | None = None
        self.place: str | None = None
        if event.kind is EventKind.MEETING and location:
            place = fold(location.split(",")[0].split("(")[0])
            self.place = place
            if _ROUND_WORD.search(event.name):
                self.round_place = place
        # "Meeting of the Gulf leaders": a gathering named by who meets, not by a name of its
        # own; the summit held at its place on its day is the same meeting.
        self.gathering = bool(_GATHERING.fullmatch(event.name))
        # "Summit in Montevideo": a summit named by its place only, as a columnist recalls
        # "last week's summit in Montevideo"; the summit held there in those days is it.
        self.place_named = (
            self.place is not None
            and self.form == "summit"
            and bool(self.names.distinctive)
            and self.names.distinctive <= frozenset(self.place.split())
        )

    def block_keys(self) -> Iterator[tuple[tuple[str, str, str], bool]]:
        """Candidate blocks and, for each, whether this mention anchors it.

        Two mentions are compared when they share a block that at least one of them
        anchors: an acronym anchors, initials do not (initials only meet acronyms); a
        distinctive word anchors only for names with one distinctive word, and names
        with more anchor the pairs of their words (two such names must share two).
        """
        kind = self.kind.value
        names = self.names
        for acronym in names.acronyms:
            yield (kind, "a", acronym), True
        for initials in names.initials - names.acronyms:
            yield (kind, "a", initials), False
        for words in names.words:
            if any(word in names.distinctive for word in words):
                yield (kind, "n", " ".join(sorted(words))), True
        if names.distinctive:
            yield (kind, "d", " ".join(sorted(names.distinctive))), True
        for words in self.long_general():
            yield (kind, "n", " ".join(sorted(words))), True
        if self.parties and self.kind is not EventKind.MEETING and self.form != "other":
            # general names ("the joint statement") and short-lived programmes meet the
            # specific names of the same form and parties
            anchor = (names.is_generic and self.low is not None) or (
                bool(names.distinctive) and self.width <= _SEASON
            )
            if anchor or names.distinctive:
                yield (kind, "g", " ".join((self.form, *sorted(self.parties)))), anchor
        if self.low is None and not self.staged:
            return  # an undated mention merges on an equal name or an acronym only
        distinctive = sorted(names.distinctive)
        single = len(distinctive) == 1
        for word in distinctive:
            yield (kind, "w", word), single
        if not single:
            for index, word in enumerate(distinctive):
                for other in distinctive[index + 1 :]:
                    yield (kind, "w", f"{word} {other}"), True
        if self.round_place:
            yield (kind, "r", self.round_place), True
        if self.place and self.width <= _DAY and self.low is not None:
            # a gathering meets the one-day meetings held at its place on its day
            yield (kind, "l", f"{self.place} {self.low}"), self.gathering
        if self.low is not None and self.width <= _WEEK:
            # a gathering of an organisation's members meets its bodies' meetings of its days
            if self.gathering:
                for party in self.parties:
                    yield (kind, "b", f"{party} {self.low}"), True
            for party in self.parties:
                member, dash, _ = party.partition("-")
                if dash:
                    yield (kind, "b", f"{member} {self.low}"), False
        if self.low is not None and self.kind is EventKind.MEETING:
            # a gathering told by its month ("their meeting in Thimphu in June") meets the
            # dated meeting of its body held in those days (only that pair is compared)
            loose_gathering = self.gathering and not self.is_narrow()
            if loose_gathering or self.is_narrow():
                for party in self.parties:
                    yield (kind, "m", party), loose_gathering
        if self.place and self.form == "summit" and self.low is not None and self.is_narrow():
            # a summit named by its place meets the summits held there in its days
            yield (kind, "s", self.place), self.place_named
        if self.is_short_meeting():
            for person in self.persons:
                yield (kind, "p", f"{self.form} {person}"), True
            if self.form == "visit" and len(self.parties) >= 2:
                # "the Vietnamese Prime Minister's visit to Thailand" and the visit of the
                # prime minister named in another article: the countries tell them apart.
                yield (kind, "v", " ".join(sorted(self.parties))), True

    def long_general(self) -> tuple[frozenset[str], ...]:
        """The word sets of a dated agreement's or initiative's long general name.

        A general name ("Framework Agreement on Economic Cooperation") of at least
        :data:`_LONG_GENERAL` content words says which text it is almost as well as a name
        of its own, between mentions of one date and parties.
        """
        if self.kind is EventKind.MEETING or self.low is None or not self.names.is_generic:
            return ()
        return tuple(words for words in self.names.words if len(words) >= _LONG_GENERAL)

    def is_narrow(self) -> bool:
        """Dated, over at most about a week: merged pairwise, best first."""
        return self.width <= _NARROW

    def is_short_meeting(self) -> bool:
        """A dated meeting of a known form lasting at most a month (people may identify it)."""
        return (
            self.kind is EventKind.MEETING
            and self.form != "other"
            and self.low is not None
            and self.high is not None
            and self.high - self.low <= _MONTH
        )


_GATHERING: Final = re.compile(
    # "Special meeting of the OECS heads of government": a kind of meeting before it too
    r"(?:(?:Special|Extraordinary|Emergency|Informal) meeting|Meeting|Summit) of the "
    r"(?:[A-Z][\w’'-]*\s){1,3}(?:leaders|heads of state"
    r"(?: and government)?|heads of government|(?:[a-z]+\s)?ministers|officials|envoys)"
    # the place it is held in: "Summit of the Gulf leaders in Kuwait"
    r"(?: in [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})?"
)


def _is_staged(event: Event, names: NameKey | None = None) -> bool:
    """A named treaty, convention, memorandum, trade agreement, partnership or fund.

    The name is read (``names``, when not given) only for agreements of those forms.
    """
    if event.kind is EventKind.INITIATIVE:
        if event.form.value not in _RUNNING_FORMS and not (
            event.form.value in _SPAN_FORMS and _runs_over_years(event.when)
        ):
            return False
    elif event.kind is not EventKind.AGREEMENT or event.form.value not in _STAGED_FORMS:
        return False
    if names is None:
        names = name_key(event.name, event.aliases, getattr(event, "acronym", None))
    return bool(names.distinctive)


def _runs_over_years(when: DateSpan | None) -> bool:
    """Whether a span runs from one calendar year into a later one ("2066 to 2070").

    Examples:
        >>> _runs_over_years(DateSpan.parse_iso("2066/2070"))
        True
        >>> _runs_over_years(DateSpan.parse_iso("2037-01/2037-06"))
        False
    """
    if when is None or when.start is None or when.end is None:
        return False
    return when.end.year > when.start.year


def merge_bounds(mention: Mention) -> tuple[int, int] | None:
    """The minutes a mention's date covers, for merging: ``None`` when it keeps nothing apart.

    That is an undated mention, or a named agreement dated by one of its stages (see the
    module docstring): two mentions whose bounds are both known and do not overlap never
    merge. (For the timeline package and :mod:`diplotimeline.distributed`.)

    Examples:
        >>> from diplotimeline.model import Agreement, AgreementForm
        >>> from diplotimeline.time import DateSpan
        >>> from diplotimeline.timeline.entry import Origin
        >>> treaty = Agreement(id="e1", name="Lima Treaty", form=AgreementForm.TREATY,
        ...                    when=DateSpan.parse_iso("2031-05-02"))
        >>> merge_bounds(Mention(treaty, Origin("d1"))) is None
        True
        >>> merge_bounds(Mention(Agreement(id="e2", name="Joint Statement",
        ...                                when=DateSpan.parse_iso("2031-05-02")), Origin("d1")))
        (1067852160, 1067853600)
    """
    event = mention.event
    if event.when is None:
        return None
    if _is_staged(event):
        return None
    return _day_bounds(event.when)


def _day_bounds(when: DateSpan) -> tuple[int, int]:
    """The minutes a span covers for merging, a clock time counting as its whole day.

    A programme's "11:45" and a live blog's "adopted at 11:50" are one signing: reports of
    one event often differ by some minutes (scheduled and actual, rounded, another clock).
    """
    low, high = when.bounds()
    if isinstance(when.start, LocalDateTime):
        low -= low % _DAY
    if isinstance(when.end, LocalDateTime):
        high += -high % _DAY
    return low, high


def _dates_compatible(a: _Features, b: _Features) -> bool:
    if a.low is None or b.low is None:
        return True
    assert a.high is not None
    assert b.high is not None
    return a.low < b.high and b.low < a.high


def _members_of_body(group: _Features, body: _Features) -> bool:
    """Whether ``group`` is a gathering of an organisation's members ("Meeting of the GCC
    foreign ministers") and ``body`` a meeting of one of its bodies ("gcc-ministerial-council").
    """
    return group.gathering and any(
        party.startswith(f"{member}-") for member in group.parties for party in body.parties
    )


def _both_sides(first: frozenset[str], second: frozenset[str]) -> bool:
    return bool(first - second) and bool(second - first)


def _short_form(first: str, second: str) -> bool:
    """One id is the short form of the other ("joint-commission" of "x-y-joint-commission"),
    or an organ's id is its organisation's and the organ's name ("oas" of
    "oas-general-assembly")."""
    shorter, longer = sorted((first, second), key=len)
    return ("-" in shorter and longer.endswith("-" + shorter)) or longer.startswith(shorter + "-")


def _parties_differ(first: frozenset[str], second: frozenset[str]) -> bool:
    """Each side names a party the other lacks (a body and its short form are one party)."""
    if not _both_sides(first, second):
        return False
    mine, theirs = first - second, second - first
    return any(all(not _short_form(x, y) for y in theirs) for x in mine) and any(
        all(not _short_form(y, x) for x in mine) for y in theirs
    )


def _compare(a: _Features, b: _Features) -> MergeDecision | None:
    if a.kind is not b.kind or a.document == b.document or not _dates_compatible(a, b):
        return None
    if a.runs and b.runs and not (a.runs[0] < b.runs[1] and b.runs[0] < a.runs[1]):
        return None  # "the X Programme" of 2031-2035 and of 2036-2040: two phases
    meeting = a.kind is EventKind.MEETING
    if meeting and a.form != b.form and "other" not in (a.form, b.form):
        return None
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return None
    paired = meeting and (a.form in _PAIRED_FORMS or b.form in _PAIRED_FORMS)
    if paired and (_both_sides(a.persons, b.persons) or _parties_differ(a.parties, b.parties)):
        return None
    score, why = similarity(a.names, b.names)
    if why.endswith("mismatch"):
        return None
    if (
        a.round_place is not None
        and a.round_place == b.round_place
        and a.low is not None
        and b.low is not None
        and not _parties_differ(a.parties, b.parties)
    ):
        return MergeDecision(
            _PARTICIPANT_SCORE, (f"rounds held in {a.round_place}", "overlapping dates")
        )
    if (
        (a.gathering or b.gathering)
        and a.place is not None
        and a.place == b.place
        and a.width <= _DAY
        and b.width <= _DAY
        and a.low is not None
        and a.low == b.low
        and not _parties_differ(a.parties, b.parties)
    ):
        return MergeDecision(_PARTICIPANT_SCORE, (f"gathering in {a.place}", "same day"))
    if (
        (a.gathering or b.gathering)
        and (a.place is None or b.place is None or a.place == b.place)
        and a.low is not None
        and b.low is not None
        and a.is_narrow() != b.is_narrow()
        and a.parties & b.parties
        and not _parties_differ(a.parties, b.parties)
    ):
        # "their meeting in Thimphu in June" and the 59th Consultative Committee Meeting
        # of the Colombo Plan held in Thimphu on 9 and 10 June: the body's gathering told
        # by its month is the meeting of that body held there in those days
        return MergeDecision(_PARTICIPANT_SCORE, ("gathering of a body", "within its dates"))
    if (
        (_members_of_body(a, b) or _members_of_body(b, a))
        and a.low is not None
        and (a.low, a.high) == (b.low, b.high)
        and a.width <= _WEEK
    ):
        # "the GCC foreign ministers, meeting on 1 and 2 October" and "the 189th session of
        # the GCC Ministerial Council" on those days: one meeting of the body's members
        return MergeDecision(_PARTICIPANT_SCORE, ("gathering of a body's members", "same days"))
    if (
        (a.place_named or b.place_named)
        and a.form == b.form == "summit"
        and a.place == b.place
        and a.low is not None
        and b.low is not None
        and a.is_narrow()
        and b.is_narrow()
    ):
        # (its parties are the host country at most: they tell nothing)
        return MergeDecision(_PARTICIPANT_SCORE, (f"summit in {a.place}", "overlapping days"))
    dated = (a.low is not None or a.staged) and (b.low is not None or b.staged)
    dates = "overlapping dates" if dated else "one undated"
    if dated and (a.staged or b.staged):
        if _parties_differ(a.parties, b.parties):
            return None  # one name, other parties: the same kind of treaty, not this one
        dates = "dated by its stages"
    if score >= 0.95:
        return MergeDecision(score, (why, dates))
    if set(a.long_general()) & set(b.long_general()) and not _parties_differ(a.parties, b.parties):
        return MergeDecision(NAME_THRESHOLD, ("same long general name", dates))
    if not dated:
        return _compare_undated(a, b, score, why)
    if score >= NAME_THRESHOLD and not _parties_differ(a.parties, b.parties):
        return MergeDecision(score, (why, dates))
    if (
        score >= _RELATED_THRESHOLD
        and a.names.ordinals
        and a.names.ordinals == b.names.ordinals
        and a.is_narrow()
        and b.is_narrow()
        and not _parties_differ(a.parties, b.parties)
    ):
        ordinal = min(a.names.ordinals)
        return MergeDecision(score, (why, dates, f"same ordinal {ordinal}"))
    if score >= _RELATED_THRESHOLD and dated and a.parties and a.parties == b.parties:
        shared = ", ".join(sorted(a.parties))
        return MergeDecision(score, (why, dates, f"same parties {shared}"))
    if (
        a.form == b.form
        and a.is_short_meeting()
        and b.is_short_meeting()
        and a.persons
        and b.persons
        and (a.persons <= b.persons or b.persons <= a.persons)
        and not _parties_differ(a.parties, b.parties)
    ):
        shared = ", ".join(sorted(a.persons & b.persons))
        return MergeDecision(_PARTICIPANT_SCORE, (f"shared people {shared}", dates, a.form))
    if (
        a.form == b.form == "visit"
        and a.is_short_meeting()
        and b.is_short_meeting()
        and len(a.parties) >= 2
        and a.parties == b.parties
        and not (a.persons and b.persons)
    ):
        # A visit by a country's unnamed office-holder and one by a named person, from the
        # same country to the same place on overlapping days (see ``block_keys``).
        shared = ", ".join(sorted(a.parties))
        return MergeDecision(_PARTICIPANT_SCORE, (f"same countries {shared}", dates, a.form))
    return _same_telling_words(a, b, score, why, dates) or _compare_weak(a, b)


def _same_telling_words(
    a: _Features, b: _Features, score: float, why: str, dates: str
) -> MergeDecision | None:
    """Names with the same two or more telling words ("the Kambarata-1 hydropower project"
    and "the Kambarata-1 hydropower plant": the works' head tells nothing)."""
    telling = a.names.distinctive
    if (
        len(telling) >= 2
        and telling == b.names.distinctive
        and _same_form(a, b)
        and not _parties_differ(a.parties, b.parties)
    ):
        return MergeDecision(max(score, NAME_THRESHOLD), (why, dates, "same telling words"))
    return None


def _same_form(a: _Features, b: _Features) -> bool:
    return a.form == b.form or "other" in (a.form, b.form)


def _compare_undated(a: _Features, b: _Features, score: float, why: str) -> MergeDecision | None:
    """One side undated: close wording of the same form, one's telling words within the other's."""
    first, second = a.names.distinctive, b.names.distinctive
    if (
        score >= _NESTED_THRESHOLD
        and _same_form(a, b)
        and first
        and second
        and (first <= second or second <= first)
        and not _parties_differ(a.parties, b.parties)
    ):
        return MergeDecision(score, (why, "one undated", "one name's telling words within other's"))
    return _same_telling_words(a, b, score, why, "one undated") or _compare_weak(a, b)


def _compare_weak(a: _Features, b: _Features) -> MergeDecision | None:
    """Agreements and initiatives of one form and the same parties, named differently.

    A general name ("Joint Statement"), dated, meets a specific name whose words hold most
    of its words; two short-lived (a season at most) specific names, dated one within the
    other, meet when they share a telling word. Both are weak: a weak pair joins groups
    only if every specific name on one side also matches every one on the other.
    """
    if (
        a.kind is EventKind.MEETING
        or a.form != b.form
        or a.form == "other"
        or not a.parties
        or a.parties != b.parties
    ):
        return None
    parties = "same parties " + ", ".join(sorted(a.parties))
    for general, specific in ((a, b), (b, a)):
        if general.names.is_generic and general.low is not None and specific.names.distinctive:
            for mine in general.names.words:
                if any(len(mine & theirs) * 3 >= len(mine) * 2 for theirs in specific.names.words):
                    return MergeDecision(
                        _WEAK_SCORE, ("general name within specific name", parties, a.form)
                    )
    if a.low is None or b.low is None or a.width > _SEASON or b.width > _SEASON:
        return None
    assert a.high is not None
    assert b.high is not None
    nested = (a.low <= b.low and b.high <= a.high) or (b.low <= a.low and a.high <= b.high)
    shared = a.names.distinctive & b.names.distinctive
    if nested and shared and not _levels_differ(a, b):
        return MergeDecision(
            _WEAK_SCORE - 0.05, (f"shared word {min(shared)}", parties, "dates nested", a.form)
        )
    return None


def _levels_differ(a: _Features, b: _Features) -> bool:
    first, second = a.names.levels, b.names.levels
    return bool(first) and bool(second) and first != second


def _is_weak(decision: MergeDecision) -> bool:
    return decision.score < _RELATED_THRESHOLD


def compare(
    first: Mention, second: Mention, persons: Set[str] = frozenset()
) -> MergeDecision | None:
    """Decide whether two mentions are one real-world event (see the module docstring).

    Args:
        first: A mention.
        second: Another mention.
        persons: The actor ids that are people (the others are parties).

    Returns:
        The decision with its score and evidence, or ``None`` when they stay apart.

    Examples:
        >>> from diplotimeline.model import Initiative
        >>> from diplotimeline.timeline.entry import Origin
        >>> a = Mention(Initiative(id="e1", name="Blue Pacific Fund (BPF)"), Origin("d1"))
        >>> b = Mention(Initiative(id="e4", name="BPF"), Origin("d2"))
        >>> compare(a, b)
        MergeDecision(score=0.95, evidence=('shared acronym bpf', 'one undated'))
        >>> c = Mention(Initiative(id="e5", name="Blue Pacific Fund"), Origin("d1"))
        >>> compare(a, c) is None  # the same document never names one event twice
        True
    """
    return _compare(_Features(first, persons), _Features(second, persons))


class _Group:
    """A group of mentions being merged, with the summaries the join checks need."""

    __slots__ = ("documents", "forms", "high", "low", "members", "ordinals")

    def __init__(self, index: int, features: _Features) -> None:
        self.members = [index]
        self.documents = {features.document}
        self.low = -_INF if features.low is None else features.low
        self.high = _INF if features.high is None else features.high
        self.ordinals = set() if features.ordinal is None else {features.ordinal}
        forms = {features.form} if features.kind is EventKind.MEETING else set()
        self.forms = forms - {"other"}

    def can_join(self, other: _Group) -> bool:
        return (
            not self.documents & other.documents
            and max(self.low, other.low) < min(self.high, other.high)
            and len(self.ordinals | other.ordinals) <= 1
            and len(self.forms | other.forms) <= 1
        )

    def join(self, other: _Group) -> None:
        self.members.extend(other.members)
        self.documents |= other.documents
        self.low = max(self.low, other.low)
        self.high = min(self.high, other.high)
        self.ordinals |= other.ordinals
        self.forms |= other.forms


def _overlap(a: _Features, b: _Features) -> bool:
    return (a.low is None or b.high is None or a.low < b.high) and (
        b.low is None or a.high is None or b.low < a.high
    )


def _block_pairs(
    features: Sequence[_Features], anchors: Sequence[int], others: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Date-compatible pairs of a block with at least one anchor, by a sweep over starts."""
    members = [(i, True) for i in anchors] + [(i, False) for i in others]
    members.sort(key=lambda row: features[row[0]].low or 0)
    active_anchors: list[int] = []
    active_others: list[int] = []
    for i, anchor in members:
        low = features[i].low or 0
        active_anchors = [j for j in active_anchors if (features[j].high or 0) > low]
        for j in active_anchors:
            yield i, j
        if anchor:
            active_others = [j for j in active_others if (features[j].high or 0) > low]
            for j in active_others:
                yield i, j
            active_anchors.append(i)
        else:
            active_others.append(i)


def _candidate_pairs(
    features: Sequence[_Features],
    anchors: Mapping[Any, Sequence[int]],
    others: Mapping[Any, Sequence[int]],
) -> set[tuple[int, int]]:
    """Date-compatible pairs that share a block anchored by one of them (dated mentions)."""
    pairs: set[tuple[int, int]] = set()
    for block, anchored in anchors.items():
        rest = others.get(block, ())
        if len(anchored) + len(rest) < 2:
            continue
        for i, j in _block_pairs(features, anchored, rest):
            pairs.add((i, j) if i < j else (j, i))
    return pairs


_Block = tuple[str, str, str]


class _Members:
    """The members of one block, sorted by start: narrow ones, then the placed others.

    Placed members of unbounded dates (undated, open spans) are kept apart and always
    returned; the bounded ones are found by start, within the widest placed span.
    """

    __slots__ = ("indexes", "lows", "placed", "placed_lows", "unbounded", "widest")

    def __init__(self) -> None:
        self.lows: list[int] = []
        self.indexes: list[int] = []
        self.placed_lows: list[tuple[int, int]] = []
        self.placed: list[int] = []
        self.unbounded: list[int] = []
        self.widest = 0

    def add(self, index: int, item: _Features) -> None:
        """Add a placed member."""
        if item.low is None or item.width >= _INF:
            self.unbounded.append(index)
            return
        row = (item.low, index)
        position = bisect.bisect(self.placed_lows, row)
        self.placed_lows.insert(position, row)
        self.placed.insert(position, index)
        self.widest = max(self.widest, item.width)

    def near(self, item: _Features) -> Iterator[int]:
        """Members that may overlap ``item``: narrow ones first, then the placed ones."""
        if item.low is None or item.high is None or item.width >= _INF:
            yield from self.indexes
            yield from self.placed
        else:
            start = bisect.bisect_left(self.lows, item.low - _NARROW)
            stop = bisect.bisect_left(self.lows, item.high)
            yield from self.indexes[start:stop]
            start = bisect.bisect_left(self.placed_lows, (item.low - self.widest, -1))
            stop = bisect.bisect_left(self.placed_lows, (item.high, -1))
            yield from self.placed[start:stop]
        yield from self.unbounded


class _Merger:
    """Groups mentions: narrow ones pairwise best first, then the others one at a time.

    A narrow mention (dated to about a week or less) is compared with the narrow
    mentions of its blocks whose dates overlap, and accepted pairs are taken best first.
    Every other mention (dated to a month, a year, a long span, or undated) is then
    placed, narrowest first: it joins the one group it matches, and stays on its own when
    it matches none or several (a "summit" in 2031 when that year had two such summits),
    so no mention is compared with a whole block, and a vague mention never bridges two
    events.
    """

    def __init__(self, features: Sequence[_Features]) -> None:
        self.features = features
        self.groups = [_Group(i, item) for i, item in enumerate(features)]
        self.owner = list(range(len(features)))
        self.reasons: dict[int, list[MergeReason]] = defaultdict(list)

    def run(self) -> tuple[list[int], dict[int, list[MergeReason]]]:
        """Group the mentions: each one's group (its root), and each root's reasons."""
        features = self.features
        anchors: dict[_Block, list[int]] = defaultdict(list)
        others: dict[_Block, list[int]] = defaultdict(list)
        loose = []
        for index, item in enumerate(features):
            if not item.is_narrow():
                loose.append(index)
                continue
            for block, anchor in item.block_keys():
                (anchors if anchor else others)[block].append(index)
        decisions = []
        for i, j in _candidate_pairs(features, anchors, others):
            decision = _compare(features[i], features[j])
            if decision is not None:
                decisions.append((-decision.score, i, j, decision))
        decisions.sort(key=lambda row: row[:3])
        for _, i, j, decision in decisions:
            self.join(i, j, decision)
        self.place(loose, anchors, others)
        return self.owner, self.reasons

    def place(
        self,
        loose: list[int],
        anchors: Mapping[_Block, list[int]],
        others: Mapping[_Block, list[int]],
    ) -> None:
        features = self.features
        blocks: dict[tuple[bool, _Block], _Members] = {}
        for anchor, table in ((True, anchors), (False, others)):
            for block, indexes in table.items():
                members = blocks[anchor, block] = _Members()
                rows = sorted((features[i].low or 0, i) for i in indexes)
                members.lows = [low for low, _ in rows]
                members.indexes = [i for _, i in rows]
        loose.sort(key=lambda i: (features[i].width, i))
        for index in loose:
            item = features[index]
            keys = list(item.block_keys())
            found = self.matches(index, keys, blocks)
            if len(found) == 1:
                [(other, decision)] = found.values()
                self.join(other, index, decision)
            for block, anchor in keys:
                blocks.setdefault((anchor, block), _Members()).add(index, item)

    def matches(
        self,
        index: int,
        keys: list[tuple[_Block, bool]],
        blocks: Mapping[tuple[bool, _Block], _Members],
    ) -> dict[int, tuple[int, MergeDecision]]:
        """The groups (at most two) that ``index`` may join, each with a matching member."""
        features, owner, groups = self.features, self.owner, self.groups
        item = features[index]
        mine = groups[owner[index]]
        found: dict[int, tuple[int, MergeDecision]] = {}
        refused: set[int] = set()
        for block, anchor in keys:
            for side in (True, False) if anchor else (True,):
                members = blocks.get((side, block))
                if members is None:
                    continue
                for other in members.near(item):
                    root = owner[other]
                    if root in found or root in refused:
                        continue
                    if not mine.can_join(groups[root]):
                        refused.add(root)
                        continue
                    if not _overlap(item, features[other]):
                        continue
                    decision = _compare(item, features[other])
                    if decision is None:
                        continue
                    if _is_weak(decision) and not self.linked(owner[index], root):
                        continue
                    found[root] = (other, decision)
                    if len(found) > 1:
                        return found
        return found

    def linked(self, first: int, second: int) -> bool:
        """Whether every specific name of one group matches every one of the other."""
        features = self.features
        mine = [i for i in self.groups[first].members if features[i].names.distinctive]
        theirs = [i for i in self.groups[second].members if features[i].names.distinctive]
        if len(mine) * len(theirs) > _LINKAGE_LIMIT:
            return False
        return all(_compare(features[i], features[j]) is not None for i in mine for j in theirs)

    def join(self, i: int, j: int, decision: MergeDecision) -> bool:
        owner, groups, features = self.owner, self.groups, self.features
        first, second = owner[i], owner[j]
        if first == second or not groups[first].can_join(groups[second]):
            return False
        if _is_weak(decision) and not self.linked(first, second):
            return False
        if len(groups[first].members) < len(groups[second].members):
            first, second = second, first
        groups[first].join(groups[second])
        for member in groups[second].members:
            owner[member] = first
        reasons = self.reasons
        reasons[first].extend(reasons.pop(second, ()))
        reasons[first].append(
            MergeReason(features[i].key, features[j].key, decision.score, decision.evidence)
        )
        return True


def _groups(owner: Sequence[int]) -> Iterator[tuple[int, list[int]]]:
    """Each group's root and its members, ascending; groups in order of their root."""
    shared: dict[int, list[int]] = {}
    for index, root in enumerate(owner):
        if root != index:
            shared.setdefault(root, [root]).append(index)
    for index, root in enumerate(owner):
        if root == index:
            members = shared.get(index)
            yield index, [index] if members is None else sorted(members)


@contextlib.contextmanager
def paused_gc() -> Generator[None, None, None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    Building a large timeline allocates millions of small objects, none in cycles; the
    collector would otherwise rescan the growing heap again and again.

    Examples:
        >>> with paused_gc():
        ...     gc.isenabled()
        False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_RELEASE_FROM: Final = 50_000
"""The number of mentions from which a build gives its freed memory back to the system."""


def release_freed_memory(count: int) -> None:
    """After a build of ``count`` entries, give the memory it freed back to the system.

    Two things keep a large build's freed tables resident. CPython keeps the objects it
    freed last in free lists (tuples, lists, dicts) to reuse them; those few thousand
    objects lie scattered over the allocator's 1 MiB arenas, each otherwise empty, and
    keep them. Only a full collection empties the free lists, so one is run (it finds no
    garbage: the timeline makes no cycles). And glibc keeps freed large blocks (dict and
    list storage) in its heap; ``malloc_trim(0)`` returns their pages. Below
    :data:`_RELEASE_FROM` entries this does nothing, and without glibc only the collection
    runs. (For the timeline package; not in ``__all__``.)

    Examples:
        >>> release_freed_memory(10)  # a small build: nothing to give back
    """
    if count >= _RELEASE_FROM:
        gc.collect()
        trim = _malloc_trim()
        if trim is not None:
            trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or ``None`` elsewhere."""
    if not sys.platform.startswith("linux"):
        return None  # pragma: no cover - tests run on Linux
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def _dedupe(mentions: Iterable[Mention]) -> list[Mention]:
    unique: dict[MentionKey, Mention] = {}
    for mention in mentions:
        unique.setdefault(mention.key, mention)
    return [unique[key] for key in sorted(unique)]


def merge_mentions(
    mentions: Iterable[Mention], persons: Set[str] = frozenset()
) -> tuple[TimelineEntry, ...]:
    """Merge mentions into entries, one per real-world event (see the module docstring).

    Mentions are deduplicated by ``(document id, event id)``; the result does not depend
    on the input order, and merging the mentions of the result again gives it back.

    Args:
        mentions: Mentions from one or many documents.
        persons: The actor ids that are people (the other participants are parties).

    Returns:
        The entries, ordered by their first mention's key (not by time: see
        :class:`~diplotimeline.timeline.timeline.Timeline` for the time order).

    Examples:
        >>> from diplotimeline.model import Meeting, MeetingForm, Status
        >>> from diplotimeline.time import DateSpan
        >>> from diplotimeline.timeline.entry import Origin
        >>> planned = Meeting(id="e1", name="Official visit of the President to Chile",
        ...                   form=MeetingForm.VISIT, status=Status.PLANNED,
        ...                   when=DateSpan.parse_iso("2031-04-27/2031-04-29"))
        >>> done = Meeting(id="e2", name="President's official visit to Chile",
        ...                form=MeetingForm.VISIT, status=Status.OCCURRED,
        ...                when=DateSpan.parse_iso("2031-04"))
        >>> [entry] = merge_mentions([Mention(planned, Origin("a")), Mention(done, Origin("b"))])
        >>> (entry.status.value, entry.when.format_iso(), len(entry.mentions))
        ('occurred', '2031-04-27/2031-04-29', 2)
        >>> entry.reasons[0].evidence
        ('same name', 'overlapping dates')
    """
    with paused_gc():
        return tuple(
            build_entry((group,)) if isinstance(group, Mention) else group
            for group in merged_groups(mentions, persons)
        )


def merged_groups(
    mentions: Iterable[Mention], persons: Set[str] = frozenset()
) -> list[Mention | TimelineEntry]:
    """The groups of :func:`merge_mentions`: a lone mention, or the entry of several.

    A timeline makes the entries of lone mentions itself, in its own order, so that
    entries next to each other in a timeline are next to each other in memory too.
    (For the timeline package; not in ``__all__``.)

    Examples:
        >>> from diplotimeline.model import Agreement
        >>> from diplotimeline.timeline.entry import Origin
        >>> a = Mention(Agreement(id="e1", name="Lima Accord"), Origin("d1"))
        >>> b = Mention(Agreement(id="e1", name="Lima Accord"), Origin("d2"))
        >>> c = Mention(Agreement(id="e2", name="Quito Accord"), Origin("d2"))
        >>> [type(group).__name__ for group in merged_groups([a, b, c])]
        ['TimelineEntry', 'Mention']
    """
    with paused_gc():
        unique = _dedupe(mentions)
        if len(unique) >= _RELEASE_FROM:
            _malloc_trim()  # looked up now, not among the merge's temporary objects
        features = [_Features(m, persons) for m in unique]
        owner, reasons = _Merger(features).run()
        # The comparison features (most of what the merge allocates) are freed before the
        # entries are made: the entries reuse that memory instead of growing the heap
        # beside it, and a large timeline keeps less resident memory after its build.
        del features
        groups: list[Mention | TimelineEntry] = []
        for root, members in _groups(owner):
            if len(members) == 1:
                groups.append(unique[root])
            else:
                groups.append(build_entry([unique[i] for i in members], reasons.get(root, ())))
        return groups


class MergeIndex:
    """The comparison features and candidate blocks of a timeline's mentions.

    Kept beside a timeline so that adding documents compares only the new mentions'
    candidate blocks. :meth:`extended` returns a new index and leaves this one valid
    (copy-on-write), so timelines derived from one another stay independent.

    Examples:
        >>> from diplotimeline.model import Initiative
        >>> from diplotimeline.timeline.entry import Origin
        >>> a = Mention(Initiative(id="e1", name="Blue Pacific Fund"), Origin("d1"))
        >>> b = Mention(Initiative(id="e2", name="Blue Pacific Fund"), Origin("d2"))
        >>> index = MergeIndex([a]).extended([b])
        >>> sorted(index.related([b]))
        [('d1', 'e1'), ('d2', 'e2')]
    """

    __slots__ = ("_anchors", "_features", "_others", "_sorted", "persons")

    def __init__(self, mentions: Iterable[Mention] = (), persons: Set[str] = frozenset()) -> None:
        self.persons = frozenset(persons)
        self._features: dict[MentionKey, _Features] = {}
        self._anchors: dict[tuple[str, str, str], list[MentionKey]] = {}
        self._others: dict[tuple[str, str, str], list[MentionKey]] = {}
        self._sorted: dict[tuple[bool, _Block], _Pending] = {}
        with paused_gc():
            for mention in mentions:
                item = _Features(mention, self.persons)
                self._features[item.key] = item
                for block, anchor in item.block_keys():
                    (self._anchors if anchor else self._others).setdefault(block, []).append(
                        item.key
                    )

    def __contains__(self, key: object) -> bool:
        return key in self._features

    def extended(self, mentions: Iterable[Mention], persons: Set[str] | None = None) -> MergeIndex:
        """A new index with these mentions added (or refreshed, if already present).

        Examples:
            >>> len(MergeIndex().extended([])._features)
            0
        """
        index = MergeIndex.__new__(MergeIndex)
        index.persons = self.persons if persons is None else frozenset(persons)
        index._features = dict(self._features)
        index._anchors = dict(self._anchors)
        index._others = dict(self._others)
        index._sorted = {}
        copied: set[tuple[bool, tuple[str, str, str]]] = set()
        with paused_gc():
            for mention in mentions:
                item = _Features(mention, index.persons)
                known = item.key in index._features
                index._features[item.key] = item
                for block, anchor in item.block_keys():
                    blocks = index._anchors if anchor else index._others
                    members = blocks.get(block)
                    if members is None:
                        blocks[block] = [item.key]
                        copied.add((anchor, block))
                        continue
                    if known and item.key in members:
                        continue
                    if (anchor, block) not in copied:
                        members = blocks[block] = list(members)
                        copied.add((anchor, block))
                    members.append(item.key)
        return index

    def related(self, seeds: Iterable[Mention]) -> set[MentionKey]:
        """The seeds' keys and those of every mention connected to them by accepted pairs.

        Examples:
            >>> MergeIndex().related([])
            set()
        """
        features = self._features
        frontier = [features[m.key] for m in seeds]
        found = {item.key for item in frontier}
        pending: dict[tuple[bool, _Block], _Pending] = {}
        while frontier:
            item = frontier.pop()
            for block, anchor in item.block_keys():
                for side in (True, False) if anchor else (True,):
                    members = pending.get((side, block))
                    if members is None:
                        members = pending[side, block] = self._members(side, block).copy()
                    for key in members.near(item, found):
                        other = features[key]
                        if _overlap(item, other) and _compare(item, other) is not None:
                            found.add(key)
                            frontier.append(other)
        return found

    def _members(self, anchor: bool, block: _Block) -> _Pending:
        """The members of a block by start (computed once per index)."""
        members = self._sorted.get((anchor, block))
        if members is None:
            table = self._anchors if anchor else self._others
            members = _Pending(table.get(block, ()), self._features)
            self._sorted[anchor, block] = members
        return members


class _Pending:
    """The members of a block by start, for :meth:`MergeIndex.related`.

    A copy (:meth:`copy`, cheap: the lists are shared until changed) drops the members
    found during one search as they become the majority of a scanned range.
    """

    __slots__ = ("rows", "unbounded", "widest")

    def __init__(
        self,
        keys: Iterable[MentionKey] = (),
        features: Mapping[MentionKey, _Features] | None = None,
    ) -> None:
        rows = []
        self.unbounded: list[MentionKey] = []
        self.widest = 0
        for key in keys:
            item = features[key]  # type: ignore[index]
            if item.low is None or item.width >= _INF:
                self.unbounded.append(key)
            else:
                rows.append((item.low, key))
                self.widest = max(self.widest, item.width)
        rows.sort()
        self.rows = rows

    def copy(self) -> _Pending:
        """A view sharing the lists until it drops members."""
        view = _Pending()
        view.rows, view.unbounded, view.widest = self.rows, self.unbounded, self.widest
        return view

    def near(self, item: _Features, found: Set[MentionKey]) -> list[MentionKey]:
        """Members not in ``found`` whose dates may overlap ``item``'s (dropping found ones)."""
        rows = self.rows
        if item.low is None or item.high is None or item.width >= _INF:
            start, stop = 0, len(rows)
        else:
            start = bisect.bisect_left(rows, (item.low - self.widest,))
            stop = bisect.bisect_left(rows, (item.high,))
        chosen = [key for _, key in rows[start:stop] if key not in found]
        if 2 * len(chosen) < stop - start:  # mostly found: drop them for later scans
            kept = [row for row in rows[start:stop] if row[1] not in found]
            self.rows = [*rows[:start], *kept, *rows[stop:]]
        unbounded = [key for key in self.unbounded if key not in found]
        if 2 * len(unbounded) < len(self.unbounded):
            self.unbounded = unbounded
        return [*chosen, *unbounded]
