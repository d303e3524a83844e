"""The rule engine: rules -> :class:`Mention` (rule id, span, named groups); no domain knowledge.

For speed the engine does not run every rule over the whole text. It finds the *trigger*
tokens (a month name, a run of digits, a unit word ...) by splitting the text at blanks
and looking each chunk's tokens up (a chunk of up to 64 characters is read with a regular
expression only the first time it is seen); each rule then runs only in windows around
the triggers of its class. A rule without a trigger runs over the whole text. Overlaps
are then resolved: the longest match wins, then the leftmost, then the higher priority,
then the earlier rule; a latent match survives only beside a non-latent one.

Examples:
    >>> from diplotimeline.extract.rules import load_rules
    >>> engine = Engine(load_rules())
    >>> [(m.rule_id, m.text) for m in engine.find("Talks resume on 2024-07-26.")]
    [('date.iso', '2024-07-26')]
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import Final, Literal

import attrs

from diplotimeline.extract._lowered import exact_twin, place_chunk, twin_text_of
from diplotimeline.extract._screens import needs, screen
from diplotimeline.extract.rules import Rule, RuleSet, _list_fragment

__all__ = ["Engine", "Mention", "resolve_overlaps"]

_SENTENCE_BREAK: Final = re.compile(r"[.;!?\n]\s")


@attrs.frozen
class Mention:
    """One match of one rule: where it is and what its named groups caught.

    Args:
        rule_id: The rule that matched.
        start: Character offset of the first character.
        end: Character offset after the last character.
        text: ``text[start:end]`` of the scanned text.
        groups: The named groups that took part, as ``(name, text)`` pairs.
        latent: Whether the rule is latent.
        priority: The rule's priority.
        order: The rule's position in its rule set.
        offsets: The named groups' character spans, as ``(name, start, end)``.

    Examples:
        >>> m = Mention("date.iso", 3, 13, "2024-07-26", (("year", "2024"),))
        >>> m.group("year"), m.group("month")
        ('2024', None)
    """

    rule_id: str
    start: int
    end: int
    text: str
    groups: tuple[tuple[str, str], ...] = ()
    latent: bool = False
    priority: int = 0
    order: int = 0
    offsets: tuple[tuple[str, int, int], ...] = ()

    def span_of(self, name: str) -> tuple[int, int] | None:
        """The ``(start, end)`` of named group ``name`` in the text, or ``None``.

        Examples:
            >>> Mention("r", 3, 9, "in May", (("t", "May"),), offsets=(("t", 6, 9),)).span_of("t")
            (6, 9)
        """
        for key, start, end in self.offsets:
            if key == name:
                return start, end
        return None

    def group(self, name: str) -> str | None:
        """The text of named group ``name``, or ``None`` if it did not take part.

        Examples:
            >>> Mention("r", 0, 1, "x", (("a", "x"),)).group("a")
            'x'
        """
        for key, value in self.groups:
            if key == name:
                return value
        return None

    def has(self, *names: str) -> bool:
        """Whether any of the named groups took part.

        Examples:
            >>> Mention("r", 0, 1, "x", (("a", "x"),)).has("b", "a")
            True
        """
        # A loop, not any() over a generator or maps: this is called for most mentions.
        for key, _ in self.groups:  # noqa: SIM110
            if key in names:
                return True
        return False


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# Tokens that can be triggers: runs of digits, and runs of three letters or more.
_TOKEN: Final = re.compile(r"[0-9]+|[^\W\d_]{3,}")
# What a chunk not classified yet looks up to: true, unlike a chunk without triggers, ().
_UNSEEN: Final = ((-1, -1, -1),)
_MARGIN: Final = 16
_CACHE_LIMIT: Final = 200_000
_CHUNK_LIMIT: Final = 64
# The named groups of each pattern a rule runs, ``(name, index)`` in the order of the
# pattern, by the id of the pattern (kept with it, so that the id is not reused).
_NAMES: dict[int, tuple[re.Pattern[str], tuple[tuple[str, int], ...]]] = {}


def _screened(
    regex: re.Pattern[str],
    text: str,
    screen: re.Pattern[str],
    screened: str,
    first: re.Match[str],
    end: int,
) -> Iterator[re.Match[str]]:
    """``first`` (not empty), then the rest of ``regex.finditer(text, first.end(), end)``.

    Each next match is the rule's own search from the screen's next hit, as for the
    first; an empty match hands over to ``finditer`` (which steps past it).
    """
    match = first
    while True:
        yield match
        at = match.end()
        hit = screen.search(screened, at, end)
        if hit is None:
            return
        found = regex.search(text, hit.start(), end)
        if found is None:
            return
        if found.end() == found.start():
            yield from regex.finditer(text, at, end)
            return
        match = found


def _windows(
    size: int, tokens: list[tuple[int, int]], before: int, after: int
) -> list[tuple[int, int]]:
    """Merged windows from ``before`` ahead of each token to ``after`` past it.

    The end gets a margin so that look-aheads just past a match still see real text.
    Two tokens share a window when the gap between them is at most the two reaches;
    only the first window can start before the text and only the last end after it
    (the tokens are disjoint and in text order, as the tokeniser gives them).
    """
    after += _MARGIN
    if len(tokens) == 1:  # the commonest case
        token_start, token_end = tokens[0]
        start = token_start - before
        return [(start if start > 0 else 0, min(size, token_end + after))]
    if not tokens:
        return []
    reach = before + after
    merged: list[tuple[int, int]] = []
    first, last_end = tokens[0]
    for token_start, token_end in tokens:
        if token_start - last_end > reach:
            merged.append((first - before, last_end + after))
            first = token_start
        if token_end > last_end:
            last_end = token_end
    merged.append((first - before, last_end + after))
    if merged[0][0] < 0:
        merged[0] = (0, merged[0][1])
    if merged[-1][1] > size:
        merged[-1] = (merged[-1][0], size)
    return merged


def _holds(sets: tuple[frozenset[str], ...], strings: frozenset[str]) -> bool:
    """Whether a text that holds one string of each of ``sets`` holds one of ``strings``."""
    return any(all(any(string in one for string in strings) for one in found) for found in sets)


# A rule's screen (or None), whether it runs on the lower-cased text, and its check (or
# None).
_Looked = tuple[re.Pattern[str] | None, bool, re.Pattern[str] | None]


_NO_SCREEN: Final[_Looked] = (None, False, None)
# A rule's _Looked and its exact twin (or None).
_Step = tuple[re.Pattern[str] | None, bool, re.Pattern[str] | None, re.Pattern[str] | None]
_NO_STEP: Final[_Step] = (None, False, None, None)


class _Screens(list[_Looked | Literal[False] | None]):
    """The screens an engine has looked up (``False``: not yet), pickled as not yet.

    Twins are compiled from parsed patterns, and such a pattern does not pickle; an engine
    sent to another process looks its screens up again there.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type[_Screens], tuple[list[Literal[False]]]]:
        return _Screens, ([False] * len(self),)


class _Twins(list[re.Pattern[str] | Literal[False] | None]):
    """The exact twins an engine has looked up (``False``: not yet), pickled as not yet."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type[_Twins], tuple[list[Literal[False]]]]:
        return _Twins, ([False] * len(self),)


class _Steps(list[_Step | None]):
    """What the scan reads of each rule (``None``: not yet), pickled as not yet."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type[_Steps], tuple[list[None]]]:
        return _Steps, ([None] * len(self),)


@attrs.frozen(eq=False)
class Engine:
    """Runs a :class:`~diplotimeline.extract.rules.RuleSet` over texts.

    Args:
        rules: The rules.
        windowed: Run each rule only near its trigger tokens (``False`` scans the whole
            text with every rule: slower, for checking that the windows lose nothing).
        latent_distance: How close (characters, no sentence break between) a latent
            match must be to a non-latent one to survive.

    Examples:
        >>> from diplotimeline.extract.rules import load_rules
        >>> Engine(load_rules()).find("No dates here.")
        ()
    """

    rules: RuleSet
    windowed: bool = True
    latent_distance: int = 16
    _classes: dict[str, int] = attrs.field(init=False, factory=dict)
    _chunks: dict[str, tuple[tuple[int, int, int], ...]] = attrs.field(init=False, factory=dict)
    # The rules a text visits, by the trigger classes it holds (see _visits_of).
    _visits: dict[tuple[int, ...], tuple[int, ...]] = attrs.field(init=False, factory=dict)
    # Each rule with the indices of its trigger classes (``None``: scan the whole text),
    # its reach before and after, and the number of its ``(classes, before, after)`` key,
    # under which the scan keeps the windows that rules with the same key share; worked
    # out once here rather than per text.
    _plan: tuple[tuple[Rule, tuple[int, ...] | None, int, int, int], ...] = attrs.field(init=False)

    # Each rule's screen (see _screens) and whether it runs on the lower-cased text, and
    # its check, in the order of the plan; looked up when the rule first has a window (and
    # remembered across engines), so a short text compiles few. The check is a search for
    # the strings of which each of the rule's matches holds one (see _screens.needs) and
    # of which its trigger tokens may hold none: only the windows that hold one are run.
    _screens: _Screens = attrs.field(init=False)

    @_screens.default
    def _make_screens(self) -> _Screens:
        return _Screens([False] * len(self.rules.rules))

    # Each rule's exact twin (see _lowered.exact_twin) or None, in the order of the plan,
    # looked up with its screen: on a text whose case folds as str.lower() says, the twin
    # runs case-sensitively over the lower case, faster than the rule's own pattern, and
    # finds the same matches with the same spans (the mentions read the original text).
    _twins: _Twins = attrs.field(init=False)

    @_twins.default
    def _make_twins(self) -> _Twins:
        return _Twins([False] * len(self.rules.rules))

    # Each rule's screen, whether it runs on the lower case, check and exact twin (see
    # _step), in the order of the plan: one read a rule on a screened text, worked out
    # from _screens and _twins when the rule first has a text to scan.
    _steps: _Steps = attrs.field(init=False)

    @_steps.default
    def _make_steps(self) -> _Steps:
        return _Steps([None] * len(self.rules.rules))

    def _step(self, number: int) -> _Step:
        """What the scan reads of rule ``number`` on a screened text (see _steps)."""
        looked = self._screens[number]
        if looked is False:
            looked = self._screens[number] = self._look_up(number)
        # (None, which tests set: neither a screen nor a check, nor a twin.)
        if looked is None:
            step: _Step = (*_NO_SCREEN, None)
        else:
            twin = self._twins[number]
            if twin is False:
                twin = self._twins[number] = exact_twin(self.rules.rules[number].regex)
            step = (*looked, twin)
        self._steps[number] = step
        return step

    def _look_up(self, number: int) -> _Looked:
        """The screen, whether it runs on the lower case, and the check of a rule."""
        rule, classes, *_ = self._plan[number]
        found = screen(rule.regex)
        triggers = self.rules.triggers
        useful = [
            strings
            for strings in needs(rule.regex)
            if classes is None
            or not all(_holds(needs(triggers[index].regex), strings) for index in classes)
        ]
        # (The check runs in the windows only: looking for its strings in the whole text
        # first, to skip a rule before its windows are worked out, cost more than it saved.)
        check = re.compile(_list_fragment(dict.fromkeys(useful[0], ""))) if useful else None
        if found is None:
            return None, False, check
        return found[0], found[1], check

    @_plan.default
    def _make_plan(self) -> tuple[tuple[Rule, tuple[int, ...] | None, int, int, int], ...]:
        triggers = self.rules.triggers
        index = {trigger.name: number for number, trigger in enumerate(triggers)}
        keys: dict[tuple[tuple[str, ...], int, int], int] = {}
        plan: list[tuple[Rule, tuple[int, ...] | None, int, int, int]] = []
        for rule in self.rules.rules:
            if rule.trigger is None:
                plan.append((rule, None, 0, 0, -1))
                continue
            first = triggers[index[rule.trigger[0]]]
            before, after = rule.reach or (first.before, first.after)
            key = keys.setdefault((rule.trigger, before, after), len(keys))
            classes = tuple(index[name] for name in rule.trigger)
            plan.append((rule, classes, before, after, key))
        return tuple(plan)

    def _chunk_tokens(self, chunk: str) -> tuple[tuple[int, int, int], ...]:
        """The trigger tokens of a chunk of text without blanks, remembered.

        Each is ``(start, end, class index)``, the offsets within the chunk.
        """
        inside = []
        for match in _TOKEN.finditer(chunk):
            index = self._classify(match.group())
            if index >= 0:
                inside.append((match.start(), match.end(), index))
        found = tuple(inside)
        if len(chunk) <= _CHUNK_LIMIT:  # a long chunk (a table row, junk) is not remembered
            if len(self._chunks) >= _CACHE_LIMIT:
                self._chunks.clear()
            self._chunks[chunk] = found
        return found

    def _classify(self, token: str) -> int:
        """The index of the first trigger whose pattern the whole token matches, or -1."""
        key = token.lower()
        found = self._classes.get(key)
        if found is None:
            found = -1
            for index, trigger in enumerate(self.rules.triggers):
                if trigger.regex.fullmatch(key):
                    found = index
                    break
            if len(self._classes) >= _CACHE_LIMIT:
                self._classes.clear()
            self._classes[key] = found
        return found

    def tokens(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """The spans of the trigger tokens of ``text``, by trigger class.

        Examples:
            >>> from diplotimeline.extract.rules import load_rules
            >>> Engine(load_rules()).tokens("It ends in May 2025.")["month"]
            [(11, 14)]
        """
        triggers = self.rules.triggers
        return {
            trigger.name: found for trigger, found in zip(triggers, self._spans(text), strict=True)
        }

    def _spans(self, text: str, lowered: str | None = None) -> list[list[tuple[int, int]]]:
        """The spans of the trigger tokens of ``text``, by the index of their class.

        ``lowered`` is ``text.lower()`` when the caller has it already.
        """
        if lowered is None:
            lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text  # a rare letter whose lower case is longer: keep the offsets
        return self._spans_in(lowered, lowered.split())

    def _spans_in(self, lowered: str, chunks: list[str]) -> list[list[tuple[int, int]]]:
        """The spans of the trigger tokens of a text, from its lower case split at blanks.

        (``lowered`` is the text itself when its lower case is longer.)
        """
        spans: list[list[tuple[int, int]]] = [[] for _ in self.rules.triggers]
        # In C: split at blanks into chunks ("said,", "1999.", "mid-2026") and look every
        # chunk's trigger tokens up; Python only visits the chunks that hold a trigger and
        # the chunks not seen yet. (No token spans a blank, so a chunk holds whole tokens.)
        found = list(map(self._chunks.get, chunks, itertools.repeat(_UNSEEN)))
        cursor = 0
        for position in itertools.compress(range(len(chunks)), found):
            chunk = chunks[position]
            inside = found[position]
            if inside is _UNSEEN:
                inside = self._chunk_tokens(chunk)
                if not inside:
                    continue
            at = place_chunk(lowered, chunk, cursor)
            cursor = at + len(chunk)
            for start, end, index in inside:
                spans[index].append((at + start, at + end))
        return spans

    def windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """The merged windows around each trigger class's tokens, with the class's reach.

        Examples:
            >>> from diplotimeline.extract.rules import load_rules
            >>> Engine(load_rules()).windows("It ends in May 2025.")["month"]
            [(0, 20)]
            >>> Engine(load_rules()).windows("A month is no trigger.")["month"]
            []
        """
        tokens = self.tokens(text)
        return {
            trigger.name: _windows(len(text), tokens[trigger.name], trigger.before, trigger.after)
            for trigger in self.rules.triggers
        }

    def scan(self, text: str) -> list[Mention]:
        """Every match of every rule, overlapping ones included, in no particular order.

        Examples:
            >>> from diplotimeline.extract.rules import load_rules
            >>> sorted({m.rule_id for m in Engine(load_rules()).scan("in May 2025")})
            ['date.month-year', 'date.year']
        """
        size = len(text)
        whole = [(0, size)]
        found: list[Mention] = []
        if not self.windowed:
            for rule in self.rules.rules:
                self._run(rule, text, whole, [rule.regex.search(text)], found)
            return found
        lowered = text.lower()
        # Screens find where a pattern may start (see _screens), and needs where it may
        # match; they hold for texts whose case folds as str.lower() says.
        screened = twin_text_of(text, lowered) is not None
        if len(lowered) != len(text):
            lowered = text  # a rare letter whose lower case is longer: keep the offsets
        spans_of = self._spans_in(lowered, lowered.split())
        # Only the rules with a trigger class in the text (or none at all) are visited,
        # in the order of the plan.
        present = tuple(itertools.compress(range(len(spans_of)), spans_of))
        visits = self._visits.get(present)
        if visits is None:
            visits = self._visits_of(present)
        plan = self._plan
        # The windows of each key of the plan, worked out when a rule first needs them.
        windows: dict[int, list[tuple[int, int]]] = {}
        steps = self._steps if screened else None
        for number in visits:
            rule, classes, before, after, key = plan[number]
            if steps is None:
                regex, on_lowered, check, own = _NO_STEP
            else:
                step = steps[number]
                if step is None:
                    step = self._step(number)
                regex, on_lowered, check, own = step
            if classes is None:
                regions = whole
            else:
                cached = windows.get(key)
                if cached is None:
                    if len(classes) == 1:
                        spans = spans_of[classes[0]]
                    else:
                        spans = sorted(span for index in classes for span in spans_of[index])
                    cached = windows[key] = _windows(size, spans, before, after)
                regions = cached
            # Most windows hold no match: one search each, in C, says so (with the screen
            # when the rule has one, which finds the place of the first match or an
            # earlier one); the rule is run only where one found something. A text
            # usually gives a rule one window, searched without building any iterator.
            if check is not None:
                # Only the windows that hold a string the rule needs.
                if len(regions) == 1:
                    if check.search(lowered, regions[0][0], regions[0][1]) is None:
                        continue
                else:
                    holds = check.search
                    regions = [region for region in regions if holds(lowered, region[0], region[1])]
                    if not regions:
                        continue
            searched = text if regex is None or not on_lowered else lowered
            if regex is not None:
                search = regex.search
            elif own is not None:
                search, searched = own.search, lowered
            else:
                search = rule.regex.search
            firsts: list[re.Match[str] | None]
            if len(regions) == 1:
                first = search(searched, regions[0][0], regions[0][1])
                if first is None:
                    continue
                firsts = [first]
            else:
                firsts = [search(searched, start, end) for start, end in regions]
                if not any(firsts):
                    continue
            self._run(rule, text, regions, firsts, found, regex, searched, own, lowered)
        return found

    def _visits_of(self, present: tuple[int, ...]) -> tuple[int, ...]:
        """The numbers of the rules to run on a text with the trigger classes ``present``.

        Those without a trigger and those with one of ``present``, in the order of the
        plan; remembered (a text's classes are one of few combinations).
        """
        classes = frozenset(present)
        visits = tuple(
            number
            for number, (_, triggers, *_) in enumerate(self._plan)
            if triggers is None or not classes.isdisjoint(triggers)
        )
        if len(self._visits) >= _CACHE_LIMIT:
            self._visits.clear()
        self._visits[present] = visits
        return visits

    @staticmethod
    def _run(
        rule: Rule,
        text: str,
        regions: list[tuple[int, int]],
        firsts: list[re.Match[str] | None],
        found: list[Mention],
        screen: re.Pattern[str] | None = None,
        screened: str = "",
        own: re.Pattern[str] | None = None,
        lowered: str = "",
    ) -> None:
        """Add the matches of ``rule`` in ``regions`` of ``text`` to ``found``.

        ``firsts`` holds each region's first search: the rule's own, or that of its
        ``screen`` (searched over ``screened``, the text or its lower case), which finds
        the place of the rule's first match there or an earlier one, or nothing when there
        is none (see :mod:`diplotimeline.extract._screens`). A first match is the
        finditer's first, and a finditer from its end (when it is not empty) gives the
        rest, as the first one's would. ``own`` is the rule's exact twin, which then
        runs over ``lowered`` in place of the rule's pattern over ``text`` (the same
        matches, the same spans; the mentions read ``text``).
        """
        size = len(text)
        if own is None:
            regex, matched = rule.regex, text
        else:
            regex, matched = own, lowered
        named = _NAMES.get(id(regex))
        if named is None or named[0] is not regex:
            named = _NAMES[id(regex)] = (regex, tuple(regex.groupindex.items()))
        names = named[1]
        rule_id, latent, priority, order = rule.id, rule.latent, rule.priority, rule.order
        for (start, end), first in zip(regions, firsts, strict=True):
            if first is None:
                continue
            if screen is not None:
                # The rule's own search from the screen's hit (no match of the rule starts
                # before it) finds the first match of the region.
                first = regex.search(matched, first.start(), end)
                if first is None:
                    continue
            matches: Iterable[re.Match[str]]
            if first.end() == first.start():
                matches = regex.finditer(matched, start, end)
            elif screen is None:
                matches = itertools.chain((first,), regex.finditer(matched, first.end(), end))
            else:
                matches = _screened(regex, matched, screen, screened, first, end)
            for match in matches:
                if match.end() == end and end < size:
                    # The window may have cut the match short: match again without the limit.
                    again = regex.match(matched, match.start())
                    if again is None:
                        continue
                    match = again
                match_start, match_end = match.span()
                if match_start == match_end:
                    continue
                # The named groups that took part (their spans start at 0 or later), in
                # the order of the pattern, as groupdict() gives them.
                # One walk over the names gives both (no list comprehensions to call).
                spans = match.regs
                took: list[tuple[str, int, int]] = []
                texts: list[tuple[str, str]] = []
                for name, index in names:
                    group_start, group_end = spans[index]
                    if group_start >= 0:
                        took.append((name, group_start, group_end))
                        texts.append((name, text[group_start:group_end]))
                offsets, groups = tuple(took), tuple(texts)
                found.append(
                    Mention(
                        rule_id,
                        match_start,
                        match_end,
                        text[match_start:match_end],
                        groups,
                        latent,
                        priority,
                        order,
                        offsets,
                    )
                )

    def find(self, text: str) -> tuple[Mention, ...]:
        """The mentions that survive overlap resolution and the latent check, in text order.

        Examples:
            >>> from diplotimeline.extract.rules import load_rules
            >>> [m.text for m in Engine(load_rules()).find("It rose in 1999 and 2001.")]
            ['1999', '2001']
        """
        return resolve_overlaps(self.keep_latent(text, self.scan(text)))

    def keep_latent(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Drop latent mentions that are not beside a non-latent one.

        Examples:
            >>> from diplotimeline.extract.rules import load_rules
            >>> engine = Engine(load_rules())
            >>> engine.keep_latent("x", [Mention("r", 0, 1, "x", latent=True)])
            []
        """
        strong = sorted((m.start, m.end) for m in mentions if not m.latent)
        if len(strong) == len(mentions):
            return mentions
        starts = [start for start, _ in strong]
        kept = []
        for mention in mentions:
            if not mention.latent or self._beside(text, mention, strong, starts):
                kept.append(mention)
        return kept

    def _beside(
        self, text: str, mention: Mention, strong: list[tuple[int, int]], starts: list[int]
    ) -> bool:
        index = bisect.bisect_left(starts, mention.end)
        # The next strong mention that starts after this one ends ...
        if index < len(strong):
            gap = text[mention.end : strong[index][0]]
            if len(gap) <= self.latent_distance and not _SENTENCE_BREAK.search(gap + " "):
                return True
        # ... or the last strong one that ends before this one starts.
        # (Walked back by index: a reversed slice would copy the list for every mention.)
        for index in range(bisect.bisect_left(starts, mention.start) - 1, -1, -1):
            end = strong[index][1]
            if end <= mention.start:
                gap = text[end : mention.start]
                return len(gap) <= self.latent_distance and not _SENTENCE_BREAK.search(gap + " ")
        return False


_START: Final = operator.attrgetter("start")
_END: Final = operator.attrgetter("end")


def resolve_overlaps(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Keep non-overlapping mentions: longest first, then leftmost, priority, rule order.

    Examples:
        >>> a = Mention("short", 0, 5, "April")
        >>> b = Mention("long", 0, 8, "April 27")
        >>> [m.rule_id for m in resolve_overlaps([a, b])]
        ['long']
    """
    if not mentions:
        return ()
    ranked = sorted(mentions, key=lambda m: (m.start - m.end, m.start, -m.priority, m.order))
    # The characters the chosen mentions cover: a mention is kept when it covers none of
    # them (an empty one, when its position is not inside a chosen one). Marking costs the
    # chosen mentions' lengths, which do not overlap: linear time, where inserting into a
    # sorted list was quadratic on a text of a hundred thousand dates.
    taken = bytearray(max(map(_END, mentions)) + 1)
    chosen: list[Mention] = []
    for mention in ranked:
        start, end = mention.start, mention.end
        if taken[start] if start == end else taken.find(1, start, end) >= 0:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(mention)
    chosen.sort(key=_START)  # stable: equal starts keep the order chosen
    return tuple(chosen)
