"""The temporal tagger: rule matches -> unresolved references -> resolved TIMEX3 mentions.

Recognise, then resolve. The rules in ``data/rules/en/temporal.toml`` find the text; a
*production* named by each rule turns a match into an unresolved reference ("month
April, no year"; see :mod:`diplotimeline.time.anchor`); the tense of the governing verb
and the anchor (the document date) then resolve it. Without a document date the tagger
looks for a dateline or header date and marks the anchor as inferred; failing that,
relative expressions stay unresolved (TIMEX3 ``XXXX``), never guessed.

Examples:
    >>> from diplotimeline.time import PartialDate
    >>> text = "Ortega will visit Chile from April 27 to 29, his first trip this year."
    >>> for m in tag(text, anchor=PartialDate(2025, 4, 24)):
    ...     print(m.text, m.timex_type, m.timex_value, m.value)
    April 27 to 29 DATE 2025-04-27 DateSpan('2025-04-27/2025-04-29')
    this year DATE 2025 DateSpan('2025')
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from diplotimeline.errors import DecodeError, InvalidValueError, ISOFormatError
from diplotimeline.extract._temporal_context import (
    anaphora,
    clock_days,
    compared_quarter,
    deadline_weekday,
    needs_tense,
    next_day_weekday,
    possessive_weekday,
    range_ends,
    resolve_remembered,
    same_day_back,
    weekday_in_stretch,
    whole_units,
)
from diplotimeline.extract._temporal_productions import (
    PRODUCTIONS,
    Context,
    Production,
    easter_offset,
    easter_sunday,
    holiday_date,
)
from diplotimeline.extract._temporal_tense import TenseCues, guess_with
from diplotimeline.extract.engine import Engine, Mention
from diplotimeline.extract.rules import RuleSet, load_rules
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.time.anchor import (
    DateReference,
    FiscalYear,
    RangeReference,
    Reference,
    Resolution,
    Tense,
)
from diplotimeline.time.duration import Duration, Recurrence

__all__ = [
    "PRODUCTIONS",
    "Tagger",
    "TemporalMention",
    "default_tagger",
    "guess_tense",
    "infer_anchor",
    "run_timex_jsonl",
    "tag",
    "tag_for_timeml",
]


@attrs.frozen(kw_only=True)
class TemporalMention:
    """One temporal expression: where it is, what it says, and what it means.

    Args:
        start: Character offset of the first character.
        end: Character offset after the last character.
        text: The expression as written.
        rule_id: The rule that found it.
        timex_type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        timex_value: The TIMEX3 value ("2025-04", "XXXX-04", "P3Y6M", "PRESENT_REF").
        value: The model value (:class:`~diplotimeline.time.DateSpan`, ``Duration`` or
            ``Recurrence``), or ``None`` when the anchor does not allow one.
        reference: The unresolved form recognition produced.
        anchor: The anchor used, or ``None``.
        anchor_inferred: Whether the anchor came from a dateline rather than the caller.
        tense: The tense the heuristic gave the governing verb; ``UNKNOWN`` where the
            value does not depend on it ("last year", "2024", durations).

    Examples:
        >>> m = tag("Growth slowed last year.", anchor=PartialDate(2025, 4, 24))[0]
        >>> (m.text, m.timex_value, m.anchor_inferred)
        ('last year', '2024', False)
    """

    start: int
    end: int
    text: str
    rule_id: str
    timex_type: str
    timex_value: str
    value: DateSpan | Duration | Recurrence | None
    reference: Reference
    anchor: PartialDate | None = None
    anchor_inferred: bool = False
    tense: Tense = Tense.UNKNOWN


def guess_tense(
    text: str, start: int, end: int, settings: Mapping[str, Any] | None = None
) -> Tense:
    """The tense of the verb that governs ``text[start:end]``: the nearest tense cue wins.

    Cues (from the rule file's settings) are searched in the same sentence, first up to
    eight words to the left (nearest first), then, for the clearest cues only, up to five
    words to the right.

    Examples:
        >>> text = "The summit will take place in May."
        >>> guess_tense(text, text.index("May"), text.index("May") + 3)
        <Tense.FUTURE: 'future'>
        >>> text = "Ministers met in May."
        >>> guess_tense(text, text.index("May"), text.index("May") + 3)
        <Tense.PAST: 'past'>
    """
    if settings is None:
        settings = default_tagger().rules.settings
    return guess_with(text, start, end, TenseCues.from_settings(settings))


_DATELINE: Final = re.compile(
    r"^[\s\W]*(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹa-zà-ỹ.'’ -]{1,40}?,?\s*(?:\([^)\n]{1,40}\)\s*)?[,—–-]?\s*)?$"
)


@functools.cache
def default_tagger() -> Tagger:
    """The tagger with the packaged English rules (loaded once, on first use).

    Examples:
        >>> default_tagger() is default_tagger()
        True
    """
    return Tagger()


# "All times ICT (UTC+7)", "all times are local (GMT+3)", "All times given in GMT".
_ALL_TIMES: Final = re.compile(r"\ball\s+times\s+(?:are\s+|given\s+)?(?:in\s+)?", re.IGNORECASE)
_STATED_OFFSET: Final = re.compile(
    r"\b(?:UTC|GMT)\s?(?P<sign>[+\-−])\s?(?P<hours>1[0-4]|0?[0-9])(?::?(?P<minutes>[0-5][0-9]))?\b"
)
_STATED_WORDS: Final = re.compile(r"[a-z]+")


def _tense_allows(reference: Reference, anchor: PartialDate | None, tense: Tense) -> bool:
    """Whether a day read from a stretch of days agrees with the tense of its verb: not
    after the anchor's day in the past, nor before it in the future.

    Examples:
        >>> day = DateReference(year=2064, month=7, day=24)
        >>> _tense_allows(day, PartialDate(2064, 4, 19), Tense.PAST)
        False
        >>> _tense_allows(day, PartialDate(2064, 4, 19), Tense.FUTURE)
        True
    """
    if (
        anchor is None
        or anchor.day is None
        or not isinstance(reference, DateReference)
        or reference.year is None
        or reference.month is None
        or reference.day is None
    ):
        return True
    day = (reference.year, reference.month, reference.day)
    today = (anchor.year, anchor.month or 1, anchor.day)
    if tense is Tense.PAST:
        return day <= today
    if tense is Tense.FUTURE:
        return day >= today
    return True


def _fiscal_year(settings: Mapping[str, Any], country: str | None) -> FiscalYear | None:
    if country is None:
        return None
    table = settings.get("fiscal_years", {})
    entry = table.get(country.lower()) if isinstance(table, dict) else None
    if not isinstance(entry, dict):
        return None
    return FiscalYear(
        int(entry.get("start_month", 1)), named_by_end=bool(entry.get("named_by_end", False))
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut an unbalanced "(" and what follows it, and the blanks and commas at the ends."""
    piece = text[start:end]
    opening = piece.find("(")
    if opening > 0 and ")" not in piece[opening:]:
        end = start + opening
    while end > start and text[end - 1] in " \t\n,;(":
        end -= 1
    while start < end and text[start] in " \t\n,;)":
        start += 1
    return start, end


@attrs.frozen(eq=False)
class Tagger:
    """A temporal tagger over one rule set (the packaged rules plus any extra files).

    Args:
        extra_rules: Paths of rule files to add to the packaged ones.
        rules: A rule set to use instead (``extra_rules`` is then ignored).

    Examples:
        >>> Tagger().tag("The council meets weekly.")[0].timex_value
        'P1W'
    """

    extra_rules: tuple[str | Path, ...] = attrs.field(default=(), converter=tuple)
    rules: RuleSet = attrs.field(default=None)
    engine: Engine = attrs.field(init=False)
    _cues: TenseCues = attrs.field(init=False)
    _floating: frozenset[str] = attrs.field(init=False)
    _productions: dict[str, Production] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        if self.rules is None:
            object.__setattr__(self, "rules", load_rules(self.extra_rules, productions=PRODUCTIONS))
        object.__setattr__(self, "engine", Engine(self.rules))
        object.__setattr__(self, "_cues", TenseCues.from_settings(self.rules.settings))
        holidays = frozenset(r.id for r in self.rules.rules if r.produces == "holiday")
        object.__setattr__(self, "_floating", holidays)
        productions = {rule.id: PRODUCTIONS[rule.produces] for rule in self.rules.rules}
        object.__setattr__(self, "_productions", productions)

    def recognise(self, text: str) -> list[tuple[Mention, Reference, int, int]]:
        """The matches with their unresolved references and reported extents.

        Examples:
            >>> [(ref.month, ref.year) for _, ref, _, _ in Tagger().recognise("in April")]
            [(4, None)]
        """
        context = Context(self.rules.tables, self.rules.settings)
        found = []
        productions = self._productions
        for mention in self.engine.find(text):
            reference = productions[mention.rule_id](mention, context)
            if reference is None:
                continue
            start, end = mention.span_of("t") or (mention.start, mention.end)
            start, end = _trim(text, start, end)
            if start < end:
                found.append((mention, reference, start, end))
        return found

    def tag(
        self,
        text: str,
        anchor: PartialDate | None = None,
        *,
        country: str | None = None,
        infer_anchor: bool = True,
        split_ranges: bool = False,
    ) -> tuple[TemporalMention, ...]:
        """Find, normalise and resolve every temporal expression in ``text``.

        Args:
            text: The text.
            anchor: The document date (any precision), or ``None``.
            country: ISO 3166 code whose fiscal-year convention applies ("jp").
            infer_anchor: Without a day-precision anchor, look for a dateline.
            split_ranges: Report the two ends of a range ("April 27 to 29") as two
                mentions, each with its own value, as TimeML annotates them; by default
                a range is one mention whose value spans both ends.

        Examples:
            >>> text = "HANOI, April 24, 2025 (VNA) - Talks open today."
            >>> [m.timex_value for m in Tagger().tag(text)]
            ['2025-04-24', '2025-04-24']
            >>> text = "Talks ran from April 27 to 29."
            >>> [(m.text, m.timex_value) for m in Tagger().tag(text, PartialDate(2025, 5, 2),
            ...                                                 split_ranges=True)]
            [('April 27', '2025-04-27'), ('29', '2025-04-29')]
        """
        inferred = False
        recognised = self.recognise(text)
        if infer_anchor and (anchor is None or anchor.precision < 3):
            found = self._infer_from(text, recognised, anchor)
            if found is not None:
                anchor, inferred = found, True
        fiscal = _fiscal_year(self.rules.settings, country)
        mentions: list[TemporalMention] = []

        def add(mention: Mention, reference: Reference, start: int, end: int, tense: Tense) -> None:
            resolution = resolve_remembered(reference, anchor, tense, fiscal)
            if mention.rule_id in self._floating:
                reference, resolution = self._holiday(
                    mention, reference, resolution, fiscal, anchor, tense
                )
            value = resolution.timex_value
            if resolution.timex_type == "DURATION":
                value = whole_units(value)
            mentions.append(
                TemporalMention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    rule_id=mention.rule_id,
                    timex_type=resolution.timex_type,
                    timex_value=value,
                    value=resolution.value,
                    reference=reference,
                    anchor=anchor,
                    anchor_inferred=inferred,
                    tense=tense,
                )
            )

        stated: tuple[tuple[int | None, str | None] | None] | None = None
        for mention, reference, start, end in recognised:
            if (
                _TITLE_WORD.search(text, start, end) is not None
                and mention.rule_id not in self._floating
                and _in_a_title(text, start, end)
            ):
                continue
            reference = compared_quarter(
                reference, text[start:end], mentions, start, text[max(0, start - 80) : start]
            )
            reference = anaphora(reference, mentions, start, text[start:end])
            if mention.has("today"):
                reference = same_day_back(reference, anchor)
            stretched = weekday_in_stretch(reference, mentions, start)
            if stretched is not reference and not _tense_allows(
                stretched, anchor, guess_with(text, start, end, self._cues)
            ):
                # "will meet again on 23 and 24 July. [...] held talks on Thursday": a past
                # verb puts the weekday before the anchor, not in a stretch to come.
                stretched = reference
            reference = stretched
            tense = Tense.UNKNOWN
            if needs_tense(reference):
                tense = guess_with(text, start, end, self._cues)
                tense = possessive_weekday(reference, text, start, end, tense, self._cues)
                tense = deadline_weekday(reference, text, start, tense)
                reference = next_day_weekday(reference, anchor, tense)
            if (
                isinstance(reference, DateReference)
                and mention.has("local")
                and reference.zone is None
            ):
                reference = attrs.evolve(reference, zone=self._place_zone(text, mention.start))
            elif (
                isinstance(reference, DateReference)
                and reference.hour is not None
                and reference.zone is None
                and reference.offset_minutes is None
                and not mention.has("local")
            ):
                if stated is None:
                    stated = (self._stated_zone(text),)
                if stated[0] is not None:
                    offset, zone = stated[0]
                    reference = attrs.evolve(reference, offset_minutes=offset, zone=zone)
            if split_ranges and isinstance(reference, RangeReference):
                for part, part_start, part_end in range_ends(mention, reference):
                    add(mention, part, part_start, part_end, tense)
                if mentions and mentions[-1].start >= start:
                    continue
            add(mention, reference, start, end, tense)
        return tuple(clock_days(mentions, text, anchor, fiscal))

    def _holiday(
        self,
        mention: Mention,
        reference: Reference,
        resolution: Resolution,
        fiscal: FiscalYear | None,
        anchor: PartialDate | None = None,
        tense: Tense = Tense.UNKNOWN,
    ) -> tuple[Reference, Resolution]:
        """A floating holiday ("Thanksgiving": the fourth Thursday of November) in its year."""
        context = Context(self.rules.tables, self.rules.settings)
        offset = easter_offset(mention.group("holiday"), context)
        if offset is not None and isinstance(reference, DateReference):
            return _easter(reference, resolution, offset, fiscal, anchor, tense)
        date = holiday_date(mention.group("holiday"), context)
        if date is None or not isinstance(reference, DateReference):
            return reference, resolution
        month, first, weekday = date
        if weekday is None:
            return reference, resolution
        if not isinstance(resolution.value, DateSpan) or not isinstance(
            resolution.value.start, PartialDate
        ):
            unknown = DateReference(month=month)
            return unknown, resolve_remembered(unknown, None, Tense.UNKNOWN, fiscal)
        year = resolution.value.start.year
        day = first + (weekday - datetime.date(year, month, first).isoweekday()) % 7
        fixed = DateReference(year=year, month=month, day=day)
        return fixed, resolve_remembered(fixed, None, Tense.UNKNOWN, fiscal)

    def _stated_zone(self, text: str) -> tuple[int | None, str | None] | None:
        """The zone a text states for all its clock times ("All times ICT (UTC+7)").

        Returns (offset minutes, IANA zone), one of them set, or ``None``. An offset
        written in the statement wins over a zone's name.
        """
        found = _ALL_TIMES.search(text)
        if found is None:
            return None
        window = text[found.end() : found.end() + 60]
        offset = _STATED_OFFSET.search(window)
        if offset is not None:
            sign = -1 if offset.group("sign") in "-−" else 1
            minutes = int(offset.group("hours")) * 60 + int(offset.group("minutes") or 0)
            return sign * minutes, None
        zones = self.rules.tables.get("zone_name", {})
        words = _STATED_WORDS.findall(window.lower())
        for first in range(len(words)):
            for length in (3, 2, 1):
                value = zones.get(" ".join(words[first : first + length]))
                if value is None:
                    continue
                if value[0] in "+-":
                    hours, minutes_text = value[1:].split(":")
                    sign = -1 if value[0] == "-" else 1
                    return sign * (int(hours) * 60 + int(minutes_text)), None
                return None, value
        return None

    def _place_zone(self, text: str, position: int) -> str | None:
        """The zone of the nearest place named before ``position`` (or just after it)."""
        zones = self.rules.tables.get("zone_name", {})
        places = sorted(
            (name for name, zone in zones.items() if "/" in zone and len(name) > 3),
            key=len,
            reverse=True,
        )
        if not places:
            return None
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in places) + r")\b", re.IGNORECASE
        )
        window = text[max(0, position - 1500) : position + 200]
        offset = max(0, position - 1500)
        best: tuple[int, str] | None = None
        for match in pattern.finditer(window):
            distance = abs(offset + match.start() - position) + (
                0 if offset + match.start() < position else 500
            )
            if best is None or distance < best[0]:
                best = (distance, zones[match.group(0).lower()])
        return None if best is None else best[1]

    def infer_anchor(self, text: str, partial: PartialDate | None = None) -> PartialDate | None:
        """The date of a dateline or a header line near the top of ``text``, if any.

        A date counts when it stands alone on a line ("July 26, 2024") or follows an
        upper-case place name ("HANOI, April 24 (Reuters) -"). A date without a year
        takes the year of ``partial``; without one it cannot anchor anything.

        Examples:
            >>> Tagger().infer_anchor("July 26, 2024\\nThe ministers met today.")
            PartialDate('2024-07-26')
            >>> Tagger().infer_anchor("HANOI, April 24 (Reuters) - Talks began.", PartialDate(2025))
            PartialDate('2025-04-24')
            >>> Tagger().infer_anchor("Talks began on April 24.") is None
            True
        """
        head = text[:_HEAD]
        return _anchor_in(head, self.recognise(head), partial)

    def _infer_from(
        self,
        text: str,
        recognised: list[tuple[Mention, Reference, int, int]],
        partial: PartialDate | None,
    ) -> PartialDate | None:
        """:meth:`infer_anchor` from the matches of the whole text: the engine runs once.

        Matches well inside the head are those the head alone gives (no rule looks
        further than ``_MARGIN`` characters around a match); only when none of them is
        a dateline and a match lies near the end of the head does the head run again.
        """
        if len(text) <= _HEAD:
            return _anchor_in(text, recognised, partial)
        head = text[:_HEAD]
        inside = [found for found in recognised if found[3] <= _HEAD - _MARGIN]
        anchor = _anchor_in(head, inside, partial)
        if anchor is not None or not any(
            found[2] < _HEAD + _MARGIN and found[3] > _HEAD - _MARGIN for found in recognised
        ):
            return anchor
        return _anchor_in(head, self.recognise(head), partial)


def _easter(
    reference: DateReference,
    resolution: Resolution,
    offset: int,
    fiscal: FiscalYear | None,
    anchor: PartialDate | None,
    tense: Tense,
) -> tuple[Reference, Resolution]:
    """A day counted from Easter Sunday ("Easter Monday"), or its week, in its year.

    The year is the one the anchor's own Easter day would be placed in, by the tense and
    "last" or "next", as for any day named without a year.
    """
    if not isinstance(resolution.value, DateSpan) or not isinstance(
        resolution.value.start, PartialDate
    ):
        return reference, resolution
    year = resolution.value.start.year
    if anchor is not None and anchor.month is not None:
        near = easter_sunday(anchor.year) + datetime.timedelta(days=offset)
        placed = resolve_remembered(
            DateReference(month=near.month, day=near.day, lean=reference.lean),
            anchor,
            tense,
            fiscal,
        )
        if isinstance(placed.value, DateSpan) and isinstance(placed.value.start, PartialDate):
            year = placed.value.start.year
    day = easter_sunday(year) + datetime.timedelta(days=offset)
    fixed = DateReference(
        year=day.year, month=day.month, day=day.day, whole_week=reference.whole_week
    )
    return fixed, resolve_remembered(fixed, None, Tense.UNKNOWN, fiscal)


_HEAD: Final = 1200
_MARGIN: Final = 100


def _anchor_in(
    head: str, recognised: list[tuple[Mention, Reference, int, int]], partial: PartialDate | None
) -> PartialDate | None:
    """The first of ``recognised`` that is a dateline or header date of ``head``."""
    for _, reference, start, end in recognised:
        if (
            not isinstance(reference, DateReference)
            or reference.day is None
            or reference.month is None
        ):
            continue
        line_start = head.rfind("\n", 0, start) + 1
        line_end = head.find("\n", end)
        line_end = len(head) if line_end < 0 else line_end
        before, after = head[line_start:start], head[end:line_end]
        alone = not before.strip(" \t|*#>_–—-") and len(after.strip(" \t|*.")) == 0
        dateline = (
            bool(_DATELINE.match(before))
            and re.match(r"\s*(?:\([^)\n]{1,40}\))?\s*[-—–:]", after) is not None
        )
        if not (alone or (dateline and before.strip())):
            continue
        year = reference.year if reference.year is not None else (partial.year if partial else None)
        if year is None:
            continue
        if partial is not None and (
            partial.year != year or partial.month not in (None, reference.month)
        ):
            continue
        try:
            return PartialDate(year, reference.month, reference.day)
        except InvalidValueError:
            continue
    return None


_TITLE_WORD: Final = re.compile(
    r"\b(?:Week|Weeks|Minutes?|Hours?|Months?|Noon|Midnight|Today|Tonight|Tomorrow"
    r"|Morning|Afternoon|Evening|Night)\b"
)
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;\n]|[\"“‘`'(])[\s\"“‘`'(]*$")


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Whether a match is part of a name ("ABC's This Week", "60 Minutes", "High Noon").

    A common time word such as "week" or "noon" written with a capital inside a
    sentence in mixed-case text names a programme, film or column, not a time.

    Examples:
        >>> text = "The minister said on ABC's This Week program that talks would resume."
        >>> _in_a_title(text, text.index("This"), text.index(" program"))
        True
        >>> _in_a_title("This week, talks resumed.", 0, 9)
        False
    """
    piece = text[start:end]
    for found in _TITLE_WORD.finditer(piece):
        at = start + found.start()
        if _SENTENCE_START.search(text[max(0, at - 4) : at]) is None or found.start() > 0:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            # A headline in capitals or Title Case is no name.
            words = line.split()
            return sum(w[:1].isupper() for w in words) * 10 < len(words) * 7
    return False


def tag(
    text: str,
    anchor: PartialDate | None = None,
    *,
    country: str | None = None,
    infer_anchor: bool = True,
) -> tuple[TemporalMention, ...]:
    """Tag ``text`` with the packaged English rules (see :meth:`Tagger.tag`).

    Examples:
        >>> [(m.text, m.timex_value) for m in tag("The pact was signed on 26 July 2024.")]
        [('26 July 2024', '2024-07-26')]
        >>> [m.timex_value for m in tag("The envoy arrived yesterday.")]
        ['XXXX-XX-XX']
    """
    return default_tagger().tag(text, anchor, country=country, infer_anchor=infer_anchor)


def tag_for_timeml(text: str, anchor: PartialDate | None = None) -> tuple[TemporalMention, ...]:
    """Tag ``text`` as TimeML (TempEval-3) annotates it: the ends of a range apart.

    This is what ``diplotimeline eval-timex`` scores: :func:`tag` with ``split_ranges``,
    and the anchor inferred from a dateline only when none is given.

    Examples:
        >>> [(m.text, m.timex_value) for m in tag_for_timeml("Shares sold between 1985 and 1987.")]
        [('1985', '1985'), ('1987', '1987')]
    """
    return default_tagger().tag(text, anchor, infer_anchor=anchor is None, split_ranges=True)


def infer_anchor(text: str, partial: PartialDate | None = None) -> PartialDate | None:
    """The dateline or header date of ``text`` (see :meth:`Tagger.infer_anchor`).

    Examples:
        >>> infer_anchor("Thursday, July 26, 2024\\nMinisters met.")
        PartialDate('2024-07-26')
    """
    return default_tagger().infer_anchor(text, partial)


def run_timex_jsonl(lines: Iterable[str], tagger: Tagger | None = None) -> Iterator[str]:
    """The ``diplotimeline timex`` protocol: JSON lines of documents in, of expressions out.

    Each input line is ``{"doc": ..., "dct": "YYYY-MM-DD" (optional, any partial ISO
    date), "text": ...}``; each output line is ``{"doc", "start", "end", "text",
    "type", "value"}`` with offsets into ``text``. Blank lines are skipped.

    Raises:
        DecodeError: For a line that is not such a JSON object (with its line number).

    Examples:
        >>> line = '{"doc": "d1", "dct": "2025-04-24", "text": "Talks end next year."}'
        >>> print(next(run_timex_jsonl([line])))
        {"doc": "d1", "start": 10, "end": 19, "text": "next year", "type": "DATE", "value": "2026"}
    """
    tagger = tagger or default_tagger()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DecodeError(f"not valid JSON: {exc.msg}", line=number) from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DecodeError("expected an object with a string 'text'", path="$.text", line=number)
        dct = record.get("dct")
        anchor = None
        if dct is not None:
            if not isinstance(dct, str):
                raise DecodeError("expected 'dct' to be a date string", path="$.dct", line=number)
            try:
                anchor = PartialDate.parse_iso(dct[:10])
            except (ISOFormatError, InvalidValueError) as exc:
                raise DecodeError(f"bad dct: {exc}", path="$.dct", line=number) from exc
        for mention in tagger.tag(record["text"], anchor):
            yield json.dumps(
                {
                    "doc": record.get("doc"),
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                    "type": mention.timex_type,
                    "value": mention.timex_value,
                },
                ensure_ascii=False,
            )
