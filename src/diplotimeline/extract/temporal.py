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
from diplotimeline.extract._temporal_productions import (
    PRODUCTIONS,
    Context,
    Production,
    holiday_date,
)
from diplotimeline.extract._temporal_tense import TenseCues, guess_with
from diplotimeline.extract.engine import Engine, Mention
from diplotimeline.extract.rules import RuleSet, load_rules
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.time.anchor import (
    DateReference,
    DurationReference,
    FiscalYear,
    Lean,
    RangeReference,
    Reference,
    Resolution,
    SetReference,
    Tense,
    Unit,
    resolve,
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
            resolution = _resolve(reference, anchor, tense, fiscal)
            if mention.rule_id in self._floating:
                reference, resolution = self._holiday(mention, reference, resolution, fiscal)
            value = resolution.timex_value
            if resolution.timex_type == "DURATION":
                value = _whole_units(value)
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

        for mention, reference, start, end in recognised:
            if (
                _TITLE_WORD.search(text, start, end) is not None
                and mention.rule_id not in self._floating
                and _in_a_title(text, start, end)
            ):
                continue
            reference = _compared_quarter(reference, text[start:end], mentions, start)
            reference = _anaphora(reference, mentions, start, text[start:end])
            tense = Tense.UNKNOWN
            if _needs_tense(reference):
                tense = guess_with(text, start, end, self._cues)
                tense = _possessive_weekday(reference, text, start, end, tense, self._cues)
                tense = _deadline_weekday(reference, text, start, tense)
                reference = _next_day_weekday(reference, anchor, tense)
            if (
                isinstance(reference, DateReference)
                and mention.has("local")
                and reference.zone is None
            ):
                reference = attrs.evolve(reference, zone=self._place_zone(text, mention.start))
            if split_ranges and isinstance(reference, RangeReference):
                for part, part_start, part_end in _range_ends(mention, reference):
                    add(mention, part, part_start, part_end, tense)
                if mentions and mentions[-1].start >= start:
                    continue
            add(mention, reference, start, end, tense)
        return tuple(_clock_days(mentions, text, anchor, fiscal))

    def _holiday(
        self,
        mention: Mention,
        reference: Reference,
        resolution: Resolution,
        fiscal: FiscalYear | None,
    ) -> tuple[Reference, Resolution]:
        """A floating holiday ("Thanksgiving": the fourth Thursday of November) in its year."""
        context = Context(self.rules.tables, self.rules.settings)
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
            return unknown, _resolve(unknown, None, Tense.UNKNOWN, fiscal)
        year = resolution.value.start.year
        day = first + (weekday - datetime.date(year, month, first).isoweekday()) % 7
        fixed = DateReference(year=year, month=month, day=day)
        return fixed, _resolve(fixed, None, Tense.UNKNOWN, fiscal)

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


_QUARTER_VALUE: Final = re.compile(r"([0-9]{4})-Q([1-4])")
_PERIOD_VALUE: Final = re.compile(r"P(?:[0-9]+M|1Y)")
_YEAR_BACK: Final = DateReference(shift_unit=Unit.YEAR, shift=-1)
_QUARTER_YEAR_BACK: Final = DateReference(shift_unit=Unit.QUARTER, shift=-5)
_COMPARISON: Final = re.compile(
    r"\b(?:ago|earlier|last\s+year[’']s|(?:period|quarter)\s+(?:of\s+)?last\s+year)\b",
    re.IGNORECASE,
)
_YEAR_PERIOD: Final = re.compile(r"the\s+[0-9]{4}\s+(?:period|quarter)", re.IGNORECASE)


def _is_comparison(reference: Reference, text: str) -> bool:
    """Whether a mention compares with a year before ("a year ago", "the year-ago quarter")."""
    if not isinstance(reference, DateReference):
        return False
    if reference.shift_unit is None and reference.year is not None:
        return reference.month is None and _YEAR_PERIOD.fullmatch(text) is not None
    if reference.shift >= 0:
        return False
    return reference == _QUARTER_YEAR_BACK or (
        reference == _YEAR_BACK and _COMPARISON.search(text) is not None
    )


def _compared_quarter(
    reference: Reference, text: str, before: list[TemporalMention], start: int
) -> Reference:
    """ "a year ago" after "the third quarter" means that quarter a year earlier.

    Financial news compares a quarter with the same quarter of the year before; the
    comparison takes the granularity of the nearest quarter named before it (within a
    few sentences), else of the first quarter the report names, the period it reports
    on. Comparisons themselves are never the quarter compared with.
    """
    if not isinstance(reference, DateReference) or not _is_comparison(reference, text):
        return reference
    lead = None
    for previous in reversed(before):
        if _COMPARISON.search(previous.text) or _YEAR_PERIOD.fullmatch(previous.text):
            continue
        near = start - previous.end <= 400
        if near and _PERIOD_VALUE.fullmatch(previous.timex_value):
            # "the nine months ... a year earlier" compares the nine months.
            return reference
        quarter = _QUARTER_VALUE.fullmatch(previous.timex_value)
        if quarter is None:
            continue
        lead = quarter
        if near:
            break
    if lead is None:
        return reference
    year = reference.year if reference.year is not None else int(lead.group(1)) - 1
    return DateReference(year=year, quarter=int(lead.group(2)))


def _range_ends(
    mention: Mention, reference: RangeReference
) -> list[tuple[DateReference, int, int]]:
    """The two ends of a range match, each with its extent (the groups suffixed 1 and 2)."""
    filled = reference.filled()
    ends: list[tuple[DateReference, int, int]] = []
    for suffix, part in (("1", filled.start), ("2", filled.end)):
        spans = [(start, end) for name, start, end in mention.offsets if name.endswith(suffix)]
        if part is None or not spans:
            return []
        ends.append((part, min(s for s, _ in spans), max(e for _, e in spans)))
    return ends


_GRAINS: Final = {
    Unit.DAY: re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T.*)?"),
    Unit.YEAR: re.compile(r"([0-9]{4})(?:-.*)?"),
    Unit.QUARTER: re.compile(r"([0-9]{4})-Q([1-4])"),
    Unit.MONTH: re.compile(r"([0-9]{4})-([0-9]{2})(?:-.*)?"),
}


_THAT: Final = re.compile(r"\bthat\s", re.IGNORECASE)


def _anaphora(
    reference: Reference, before: list[TemporalMention], start: int, written: str = ""
) -> Reference:
    """ "the following year", "the quarter": counted from the period the text last named.

    A quarter is taken only from a quarter named before (within a few paragraphs, and
    not a comparison such as "a year ago"); "the following year", "later that month" and
    the like from the last date of at least that precision ("the same month" keeps the
    anchor's). Without one the anchor decides.
    """
    if not isinstance(reference, DateReference) or not reference.anaphoric:
        return reference
    if reference.weekday is not None and reference.shift_unit is None:
        return _anaphoric_weekday(reference, before, start)
    unit = reference.shift_unit
    grain = _GRAINS.get(unit) if unit is not None else None
    if grain is None or (
        unit is Unit.MONTH and reference.shift == 0 and _THAT.search(written) is None
    ):
        return reference
    for previous in reversed(before):
        if start - previous.end > 1500:
            break
        if (
            previous.timex_type not in ("DATE", "TIME")
            or _COMPARISON.search(previous.text)
            or _YEAR_PERIOD.fullmatch(previous.text)
        ):
            continue
        found = grain.fullmatch(previous.timex_value)
        if found is None:
            continue
        year = int(found.group(1))
        if unit is Unit.DAY:
            try:
                day = datetime.date(year, int(found.group(2)), int(found.group(3)))
            except ValueError:
                continue
            day += datetime.timedelta(days=reference.shift)
            return DateReference(
                year=day.year, month=day.month, day=day.day, part_of_day=reference.part_of_day
            )
        if unit is Unit.YEAR:
            return DateReference(year=year + reference.shift, modifier=reference.modifier)
        index = int(found.group(2)) - 1 + reference.shift
        if unit is Unit.QUARTER:
            return DateReference(year=year + index // 4, quarter=index % 4 + 1)
        return DateReference(year=year + index // 12, month=index % 12 + 1)
    return reference


def _anaphoric_weekday(
    reference: DateReference, before: list[TemporalMention], start: int
) -> DateReference:
    """ "the following Monday", "the previous Friday": from the last day the text named.

    Without a day named before (within a few paragraphs) the tense decides, as for a
    bare "Monday".
    """
    grain = _GRAINS[Unit.DAY]
    for previous in reversed(before):
        if start - previous.end > 1500:
            break
        found = grain.fullmatch(previous.timex_value)
        if previous.timex_type not in ("DATE", "TIME") or found is None:
            continue
        try:
            day = datetime.date(*(int(part) for part in found.groups()))
        except ValueError:
            continue
        weekday = reference.weekday or 1
        if reference.lean is Lean.BEFORE:
            day -= datetime.timedelta(days=(day.isoweekday() - weekday) % 7 or 7)
        else:
            day += datetime.timedelta(days=(weekday - day.isoweekday()) % 7 or 7)
        return DateReference(
            year=day.year, month=day.month, day=day.day, part_of_day=reference.part_of_day
        )
    return attrs.evolve(reference, anaphoric=False, lean=None)


# What may stand between a clock time and the day after it that it is on: "10:35 a.m.
# (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)", "9 p.m. on Friday".
_DAY_AFTER: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*,?[ \t]*(?:on[ \t]+)?|\(|,?[ \t]*(?:on[ \t]+)?)"
)
_DAY_VALUE: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|$)")


def _is_bare_clock(reference: DateReference) -> bool:
    """Whether ``reference`` is a clock time alone ("10:35 a.m."), with no day of its own."""
    return (
        reference.hour is not None
        and reference.year is None
        and reference.month is None
        and reference.day is None
        and reference.weekday is None
        and reference.shift_unit is None
        and not reference.anaphoric
    )


def _clock_days(
    mentions: list[TemporalMention],
    text: str,
    anchor: PartialDate | None,
    fiscal: FiscalYear | None,
) -> list[TemporalMention]:
    """A clock time alone takes the day written right after it, not the anchor's.

    "at about 10:35 a.m. (0735 GMT) Friday" is on that Friday: TimeML annotates the clock
    time and the day apart, each with the day's date. Only a day-precise expression counts,
    and only across a parenthesis, a comma or "on". A day written before the clock time
    ("On May 2, at 10:00 a.m.") is left to the event dates, which join the two.

    Examples:
        >>> text = "The blast occurred at 10:35 a.m. (0735 GMT) Friday."
        >>> [(m.text, m.timex_value) for m in tag(text, PartialDate(1998, 8, 8))]
        [('10:35 a.m.', '1998-08-07T10:35'), ('Friday', '1998-08-07')]
    """
    result = list(mentions)
    for index, mention in enumerate(mentions):
        clock = mention.reference
        if mention.timex_type != "TIME" or not isinstance(clock, DateReference):
            continue
        if not _is_bare_clock(clock):
            continue
        day = None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is not None and following.start >= mention.end:
            gap = _DAY_AFTER.match(text, mention.end, following.start)
            if gap is not None and gap.end() == following.start:
                day = _DAY_VALUE.match(following.timex_value)
        if day is None:
            continue
        year, month, date = (int(part) for part in day.groups())
        reference = attrs.evolve(clock, year=year, month=month, day=date)
        resolution = _resolve(reference, anchor, mention.tense, fiscal)
        result[index] = attrs.evolve(
            mention,
            reference=reference,
            timex_type=resolution.timex_type,
            timex_value=resolution.timex_value,
            value=resolution.value,
        )
    return result


_HALF_UNIT: Final = re.compile(r"P(T?)([0-9]+)\.5([YDHM])")
_HALF_OF: Final = {("", "Y"): "6M", ("", "D"): "T12H", ("T", "H"): "30M", ("T", "M"): "30S"}


def _whole_units(value: str) -> str:
    """A TIMEX3 duration with a half unit in whole smaller units ("P2.5Y" -> "P2Y6M").

    TimeBank writes "two and a half years" as P2Y6M and "5 1/2 hours" as PT5H30M; a
    half month or week has no whole smaller unit and stays as it is.
    """
    match = _HALF_UNIT.fullmatch(value)
    if match is None:
        return value
    time, count, unit = match.groups()
    rest = _HALF_OF.get((time, unit))
    if rest is None:
        return value
    whole = "" if count == "0" else f"{count}{unit}"
    return f"P{time}{whole}{rest}"


def _next_day_weekday(reference: Reference, anchor: PartialDate | None, tense: Tense) -> Reference:
    """With no tense to go by, the weekday after the anchor's is the next day.

    A report dated Monday that mentions "Tuesday" means the next day far more often than
    six days before (which news would call "last Tuesday"); other weekdays stay in the
    past week.
    """
    if (
        tense is not Tense.UNKNOWN
        or anchor is None
        or anchor.day is None
        or not isinstance(reference, DateReference)
        or reference.weekday is None
        or reference.lean is not None
        or reference.month is not None
        or reference.shift_unit is not None
    ):
        return reference
    today = datetime.date(anchor.year, anchor.month or 1, anchor.day).isoweekday()
    if reference.weekday != today % 7 + 1:
        return reference
    return attrs.evolve(reference, lean=Lean.AFTER)


_POSSESSIVE: Final = re.compile(r"[’']s\b")


def _possessive_weekday(
    reference: Reference, text: str, start: int, end: int, tense: Tense, cues: TenseCues
) -> Tense:
    """ "get around Wednesday's ruling": a weekday's event, reported, has mostly happened.

    A possessive weekday names an event ("Friday's vote") that the verb of the clause
    does not date: only a cue of intention right before it ("ahead of Sunday's vote")
    puts it in the future.
    """
    if (
        tense is not Tense.FUTURE
        or not isinstance(reference, DateReference)
        or reference.weekday is None
        or reference.shift_unit is not None
        or _POSSESSIVE.match(text, end) is None
    ):
        return tense
    before = re.findall(r"[\w’']+", text[max(0, start - 40) : start].lower())[-3:]
    return tense if any(word in cues.future for word in before) else Tense.PAST


_UNTIL: Final = re.compile(r"(?<!\bnot\s)(?<!\bup\s)\b(?:until|till)\s+$")


def _deadline_weekday(reference: Reference, text: str, start: int, tense: Tense) -> Tense:
    """ "postponed until Tuesday", "given them until 9 a.m. Tuesday": a deadline to come.

    "Not until Tuesday", "up until Tuesday" and a sentence that opens with "Until
    Thursday, they had..." tell of the past and keep the tense.
    """
    if (
        tense is Tense.FUTURE
        or not isinstance(reference, DateReference)
        or reference.weekday is None
        or reference.month is not None
        or reference.shift_unit is not None
        or _UNTIL.search(text, max(0, start - 16), start) is None
    ):
        return tense
    return Tense.FUTURE


def _needs_tense(reference: Reference) -> bool:
    """Whether resolving ``reference`` reads the tense (it does not for "last year")."""
    if isinstance(reference, RangeReference):
        filled = reference.filled()
        return any(end is not None and _needs_tense(end) for end in (filled.start, filled.end))
    if not isinstance(reference, DateReference) or reference.is_absolute:
        return False
    if reference.shift_unit is not None:
        return reference.anaphoric
    return reference.decade is None and reference.century is None


def _resolve(
    reference: Reference, anchor: PartialDate | None, tense: Tense, fiscal: FiscalYear | None
) -> Resolution:
    """:func:`resolve`, remembered: news repeats "Tuesday" and "last year" against one anchor."""
    if isinstance(reference, DurationReference | SetReference):
        return _resolve_cached(reference, None, Tense.UNKNOWN, None)
    return _resolve_cached(reference, anchor, tense, fiscal)


@functools.lru_cache(maxsize=4096)
def _resolve_cached(
    reference: Reference, anchor: PartialDate | None, tense: Tense, fiscal: FiscalYear | None
) -> Resolution:
    return resolve(reference, anchor, tense=tense, fiscal_year=fiscal)


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
