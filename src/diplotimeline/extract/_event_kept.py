"""The events kept so far while merging one document, indexed by what a mention may share.

A new mention merges into the latest kept event that has its name, acronym or frame, that
it names by a short form, or (for an anaphor, "the Summit") the latest named event of its
kind. :class:`KeptEvents` answers each of these questions from a dictionary of positions
instead of a pass over every kept event, so that merging a document of many distinct
events takes time in proportion to their number. An event whose name or acronym changes
as it absorbs a mention is indexed again (:meth:`KeptEvents.refresh`); every hit is checked
against the full condition, so stale entries only cost a look.

Examples:
    >>> from diplotimeline.model import EventKind
    >>> kept = KeptEvents()
    >>> summit = Candidate(kind=EventKind.MEETING, form="summit", name="Lima Summit",
    ...                    start=0, end=11, sentence=0, named=True, core="Lima Summit")
    >>> kept.add(summit)
    >>> again = Candidate(kind=EventKind.MEETING, form="summit", name="Lima Summit",
    ...                   start=40, end=51, sentence=2, named=True)
    >>> kept.target(again) is summit
    True
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Final

from diplotimeline.extract._event_context import Candidate, name_key
from diplotimeline.model import EventKind

__all__ = ["KeptEvents", "compatible", "topic_form"]


def compatible(first: Candidate, second: Candidate) -> bool:
    """Whether two mentions' dates allow one event (unknown dates always do).

    Examples:
        >>> from diplotimeline.model import EventKind
        >>> c = Candidate(kind=EventKind.MEETING, form="summit", name="X", start=0, end=1,
        ...               sentence=0)
        >>> compatible(c, c)
        True
    """
    if first.when is None or second.when is None:
        return True
    return first.when.overlaps(second.when) or first.when.contains(second.when)


def topic_form(key: str) -> tuple[str, str, frozenset[str], frozenset[str]] | None:
    """An agreement's merge key read as (head, topic, words before the head, parties).

    "agreement between georgia and armenia on power trade" and "georgia armenia agreement
    on power trade" both give the head "agreement" and the topic "power trade"; the first
    names its parties after "between", the second before the head.

    Examples:
        >>> topic_form("agreement between peru and chile on fisheries cooperation")[:2]
        ('agreement', 'fisheries cooperation')
        >>> topic_form("lima agreement") is None
        True
    """
    before, between, rest = key.partition(" between ")
    if between:
        parties, on, topic = rest.partition(" on ")
    else:
        parties, (before, on, topic) = "", key.partition(" on ")
    words = before.split()
    if not on or not words or len(topic.split()) < 2:
        return None
    if "amending" in words or "establishing" in words:
        return None  # "protocol amending the agreement ... on X" is not that agreement
    return words[-1], topic, frozenset(words[:-1]), frozenset(parties.split())


def _same_topic(first: str, second: str) -> bool:
    """Two agreement keys that differ only by how they name the parties (see topic_form)."""
    a, b = topic_form(first), topic_form(second)
    if a is None or b is None or a[:2] != b[:2]:
        return False
    return not a[2] or not b[2] or a[2] == b[2] or a[2] <= b[3] or b[2] <= a[3]


_AGREED: Final = frozenset({"agreement", "agreements", "deal", "accord", "pact"})
"""Nouns that say only that something was agreed: any of them may take up another."""


def _same_noun(anaphor: Candidate, target: Candidate) -> bool:
    """Whether an agreement's anaphor may take up ``target`` by its noun: "its Framework
    Agreement" takes up no "Lima Protocol" (other kinds of event are not checked).

    Examples:
        >>> from diplotimeline.model import EventKind
        >>> def c(name: str) -> Candidate:
        ...     return Candidate(kind=EventKind.AGREEMENT, form="treaty", name=name,
        ...                      start=0, end=1, sentence=0, head=name.split()[-1])
        >>> _same_noun(c("Framework Agreement"), c("Lima Protocol"))
        False
        >>> _same_noun(c("the Accord"), c("Lima Agreement"))
        True
    """
    if anaphor.kind is not EventKind.AGREEMENT:
        return True
    words = name_key(anaphor.head or anaphor.name).split()
    noun = words[-1] if words else ""
    theirs = set(name_key(target.name).split())
    return noun in theirs or (noun in _AGREED and not _AGREED.isdisjoint(theirs))


class KeptEvents:
    """The kept mentions of a document in order, with indexes for :meth:`target`.

    Examples:
        >>> KeptEvents().items
        []
    """

    __slots__ = ("_index", "_indexed", "_positions", "items")

    def __init__(self) -> None:
        self.items: list[Candidate] = []
        self._positions: dict[int, int] = {}
        # (table, value) -> positions of the kept mentions filed under it, ascending.
        self._index: dict[tuple[str, Hashable], list[int]] = {}
        self._indexed: set[tuple[str, Hashable, int]] = set()

    def add(self, candidate: Candidate) -> None:
        """Keep ``candidate`` (after every mention kept so far)."""
        self._positions[id(candidate)] = len(self.items)
        self.items.append(candidate)
        self.refresh(candidate)

    def refresh(self, candidate: Candidate) -> None:
        """File a kept mention under its current name, acronym, form and flags."""
        position = self._positions.get(id(candidate))
        if position is None:
            return
        kind = candidate.kind
        key = candidate.key
        self._file("key", (kind, key), position)
        if candidate.frame_key is not None:
            self._file("frame", (kind, candidate.frame_key), position)
        if candidate.acronym:
            self._file("acronym", (kind, candidate.acronym), position)
            self._file("acronym-key", (kind, name_key(candidate.acronym)), position)
        if candidate.named:
            self._file("named", kind, position)
            self._file("named-form", (kind, candidate.form), position)
            self._file("short", (kind, name_key(candidate.core)), position)
            words = key.split(" ")
            for size in range(1, len(words)):
                self._file("short", (kind, " ".join(words[:size])), position)
        if candidate.indefinite:
            self._file("indefinite", kind, position)
        if candidate.named and kind is EventKind.AGREEMENT:
            topic = topic_form(key)
            if topic is not None:
                self._file("topic", (kind, topic[:2]), position)

    def _file(self, table: str, value: Hashable, position: int) -> None:
        marker = (table, value, position)
        if marker in self._indexed:
            return
        self._indexed.add(marker)
        positions = self._index.setdefault((table, value), [])
        if not positions or positions[-1] < position:
            positions.append(position)
        else:
            positions.append(position)
            positions.sort()

    def _latest(
        self, table: str, value: Hashable, test: Callable[[Candidate], bool], floor: int = -1
    ) -> int:
        """The last position above ``floor`` filed under (table, value) that passes ``test``."""
        positions: Sequence[int] = self._index.get((table, value), ())
        for position in reversed(positions):
            if position <= floor:
                break
            if test(self.items[position]):
                return position
        return -1

    def target(self, candidate: Candidate) -> Candidate | None:
        """The kept mention that ``candidate`` merges into, or None (a new event).

        The latest kept mention of the same kind that shares its frame, its name (and
        ordinal), its acronym, or whose acronym is its name; failing that, for an anaphor,
        the latest named mention whose head it repeats, an indefinite one it names, or the
        latest named one of its form; for a name, the latest longer name it shortens.
        """
        kind = candidate.kind
        key = candidate.key
        best = -1

        def latest(table: str, value: Hashable, test: Callable[[Candidate], bool]) -> None:
            nonlocal best
            best = max(best, self._latest(table, value, test, best))

        frame_key = candidate.frame_key
        if frame_key is not None:
            latest(
                "frame",
                (kind, frame_key),
                lambda o: o.frame_key == frame_key and compatible(o, candidate),
            )
        if not candidate.anaphor and frame_key is None:
            ordinal = candidate.ordinal
            latest(
                "key",
                (kind, key),
                lambda o: (
                    o.key == key
                    and (ordinal is None or o.ordinal in (ordinal, None))
                    and compatible(o, candidate)
                ),
            )
        bare = key.rsplit(" ", 1)[0] if candidate.head and candidate.head.islower() else key
        if bare != key:
            latest(
                "acronym-key",
                (kind, bare),
                lambda o: bool(o.acronym) and name_key(o.acronym or "") == bare,
            )
        acronym = candidate.acronym
        if acronym:
            latest("acronym", (kind, acronym), lambda o: o.acronym == acronym)
            folded = name_key(acronym)
            latest("key", (kind, folded), lambda o: o.key == folded)
        latest(
            "acronym-key",
            (kind, key),
            lambda o: bool(o.acronym) and name_key(o.acronym or "") == key,
        )
        if best >= 0:
            return self.items[best]
        if candidate.anaphor:
            return self._antecedent(candidate, key)
        if candidate.named and kind is EventKind.AGREEMENT:
            topic = topic_form(key)
            found = -1
            if topic is not None:
                found = self._latest(
                    "topic",
                    (kind, topic[:2]),
                    lambda o: o.named and _same_topic(o.key, key) and compatible(o, candidate),
                )
            if found >= 0:
                return self.items[found]
        if candidate.named:
            found = self._latest(
                "short",
                (kind, key),
                lambda o: (
                    o.named
                    and len(o.key) > len(key)
                    and (o.key.startswith(key + " ") or name_key(o.core) == key)
                    and o.ordinal == candidate.ordinal
                ),
            )
            return self.items[found] if found >= 0 else None
        return None

    def _antecedent(self, candidate: Candidate, key: str) -> Candidate | None:
        """What an anaphor ("the Summit") refers to, in the order of :meth:`target`."""
        kind = candidate.kind
        head = name_key(candidate.head or candidate.name)
        found = self._latest(
            "named",
            kind,
            lambda o: (
                o.named
                and not o.anaphor
                and (name_key(o.head) == head or o.key.endswith(" " + head) or key in o.key)
            ),
        )
        if found < 0:
            lowered = candidate.name.lower()
            found = self._latest(
                "indefinite",
                kind,
                lambda o: o.indefinite and bool(o.head) and o.head.lower() in lowered,
            )
        if found < 0:
            form = candidate.form
            found = self._latest(
                "named-form",
                (kind, form),
                lambda o: o.named and o.form == form and _same_noun(candidate, o),
            )
        return self.items[found] if found >= 0 else None
