"""TempEval-3 Task A scoring of temporal expressions: span, value and type.

The figures follow the official TempEval-3 scorer (``TE3-evaluation.py`` and
``evaluation-entities/evaluate_entities.py`` by Naushad UzZaman, as reported in
UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3"). With ``G`` gold timexes,
``S`` predicted ones, and counts summed over all documents before dividing (micro
averages):

- A **relaxed match** pairs a gold and a predicted timex whose spans overlap (share at
  least one character). Pairs are one-to-one, as after the official TimeML normaliser,
  which gives an overlapping system timex the gold timex's id: exact spans are paired
  first, then the largest overlaps, then earlier spans. ``R`` is the number of pairs.
- A **strict match** is a relaxed match with exactly the same offsets; ``X`` is their
  number. (The official scorer compares the two texts; with overlapping spans that is
  the same test except for a repeated word such as "1998 1998".)
- strict P = X / S, strict R = X / G; relaxed P = R / S, relaxed R = R / G; each F1 is
  2PR / (P + R), and 0 when P + R = 0. P is 0 when S = 0 and R is 0 when G = 0.
- **value F1** = (V / R) x relaxed F1, where V counts the relaxed matches whose ``value``
  strings are equal; V / R is the value accuracy. Equivalently value P = (V / R) x
  relaxed P and value R = (V / R) x relaxed R, and since pairs are one-to-one this is
  V / S, V / G and 2V / (S + G). **type F1** is the same with ``type``.
- When ``S = G = 0`` every F1 is 1, as in the official scorer.

The document creation time is outside ``<TEXT>`` and never among a document's timexes,
so it is not scored.

This module reads only the fields it scores, through the `DocumentLike` and `TimexLike`
protocols, which ``diplotimeline.io.timeml``'s ``TimeMLDocument`` and ``Timex`` satisfy.

Examples:
    >>> from typing import NamedTuple
    >>> class Span(NamedTuple):
    ...     start: int
    ...     end: int
    ...     text: str
    ...     type: str
    ...     value: str
    ...     tid: str = ""
    >>> class Doc(NamedTuple):
    ...     doc_id: str
    ...     text: str
    ...     timexes: tuple[Span, ...]
    >>> morning = Span(0, 14, "Friday morning", "TIME", "1998-08-07TMO")
    >>> gold = Doc("d1", "Friday morning", (morning,))
    >>> scores = score_timexes([gold], {"d1": [Span(0, 6, "Friday", "DATE", "1998-08-07")]})
    >>> (scores.strict_f1, scores.relaxed_f1, scores.value_f1, scores.type_f1)
    (0.0, 1.0, 0.0, 0.0)
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import attrs

from diplotimeline.errors import UsageError

__all__ = [
    "DocumentLike",
    "ErrorKind",
    "TimexError",
    "TimexLike",
    "TimexScores",
    "score_timexes",
]

_CONTEXT = 40


class TimexLike(Protocol):
    """What scoring reads of a temporal expression: offsets, text, type and value.

    Examples:
        >>> from typing import NamedTuple
        >>> class Span(NamedTuple):
        ...     start: int
        ...     end: int
        ...     text: str
        ...     type: str
        ...     value: str
        ...     tid: str
        >>> span: TimexLike = Span(0, 5, "today", "DATE", "2003-02-11", "t1")
        >>> span.value
        '2003-02-11'
    """

    @property
    def start(self) -> int:
        """Offset of the first character in the document's text."""

    @property
    def end(self) -> int:
        """Offset just past the last character (exclusive)."""

    @property
    def text(self) -> str:
        """The expression as it stands in the text."""

    @property
    def type(self) -> str:
        """The TIMEX3 type: DATE, TIME, DURATION or SET."""

    @property
    def value(self) -> str:
        """The normalised TIMEX3 value."""

    @property
    def tid(self) -> str:
        """The TIMEX3 id, or ``""``."""


class DocumentLike(Protocol):
    """What scoring reads of a gold document: its id, text and timexes.

    Examples:
        >>> from typing import NamedTuple
        >>> class Doc(NamedTuple):
        ...     doc_id: str
        ...     text: str
        ...     timexes: tuple[TimexLike, ...]
        >>> doc: DocumentLike = Doc("d1", "No dates here.", ())
        >>> doc.doc_id
        'd1'
    """

    @property
    def doc_id(self) -> str:
        """The document id, the key of the predictions."""

    @property
    def text(self) -> str:
        """The plain text that timex offsets point into."""

    @property
    def timexes(self) -> Sequence[TimexLike]:
        """The gold timexes, in text order."""


class ErrorKind(enum.StrEnum):
    """What went wrong with one gold or predicted timex.

    ``SPAN``, ``TYPE`` and ``VALUE`` concern a relaxed match; one pair can have all three.

    Examples:
        >>> ErrorKind("missed") is ErrorKind.MISSED
        True
    """

    MISSED = "missed"
    SPURIOUS = "spurious"
    SPAN = "span"
    TYPE = "type"
    VALUE = "value"


@attrs.frozen(kw_only=True)
class TimexError:
    """One scoring error: a missed or spurious timex, or a flaw in a relaxed match.

    Args:
        kind: What went wrong.
        doc_id: The document.
        gold: The gold timex; None for a spurious one.
        predicted: The predicted timex; None for a missed one.
        context: The text around the timex, the timex in square brackets, on one line.

    Examples:
        >>> from typing import NamedTuple
        >>> class Span(NamedTuple):
        ...     start: int
        ...     end: int
        ...     text: str
        ...     type: str
        ...     value: str
        ...     tid: str = ""
        >>> error = TimexError(kind=ErrorKind.MISSED, doc_id="d1", gold=Span(3, 8, "today", "DATE",
        ...     "2003-02-11"), predicted=None, context="It [today] rained.")
        >>> error.describe()
        'gold "today" DATE 2003-02-11'
    """

    kind: ErrorKind
    doc_id: str
    gold: TimexLike | None
    predicted: TimexLike | None
    context: str

    def describe(self) -> str:
        """Say in one line what the gold and predicted timexes were.

        Returns:
            Each timex present as ``gold`` or ``predicted``, its quoted text, type and value.

        Examples:
            >>> TimexError(kind=ErrorKind.SPURIOUS, doc_id="d", gold=None, predicted=None,
            ...            context="").describe()
            ''
        """
        parts = []
        if self.gold is not None:
            parts.append(f'gold "{self.gold.text}" {self.gold.type} {self.gold.value}')
        if self.predicted is not None:
            timex = self.predicted
            parts.append(f'predicted "{timex.text}" {timex.type} {timex.value}')
        return " ".join(parts)


def _to_errors(errors: Iterable[TimexError]) -> tuple[TimexError, ...]:
    return tuple(errors)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


@attrs.frozen(kw_only=True)
class TimexScores:
    """TempEval-3 Task A counts, the figures computed from them, and the errors.

    The figures are properties, computed as the module docstring defines them.

    Args:
        documents: Number of gold documents scored.
        gold: Number of gold timexes (G).
        predicted: Number of predicted timexes (S).
        strict_matches: Relaxed matches with identical offsets (X).
        relaxed_matches: One-to-one pairs of overlapping gold and predicted timexes (R).
        value_matches: Relaxed matches with equal ``value`` (V).
        type_matches: Relaxed matches with equal ``type``.
        errors: Every error, by document in gold order, then by offset.

    Examples:
        >>> scores = TimexScores(documents=1, gold=4, predicted=2, strict_matches=1,
        ...                      relaxed_matches=2, value_matches=1, type_matches=2)
        >>> (scores.strict_precision, scores.strict_recall, scores.relaxed_recall)
        (0.5, 0.25, 0.5)
        >>> round(scores.relaxed_f1, 4), round(scores.value_f1, 4), round(scores.type_f1, 4)
        (0.6667, 0.3333, 0.6667)
    """

    documents: int
    gold: int
    predicted: int
    strict_matches: int
    relaxed_matches: int
    value_matches: int
    type_matches: int
    errors: tuple[TimexError, ...] = attrs.field(default=(), converter=_to_errors)

    @property
    def _nothing_to_score(self) -> bool:
        return self.gold == 0 and self.predicted == 0

    @property
    def strict_precision(self) -> float:
        """Strict matches over predicted timexes.

        Examples:
            >>> TimexScores(documents=1, gold=2, predicted=1, strict_matches=1,
            ...             relaxed_matches=1, value_matches=1, type_matches=1).strict_precision
            1.0
        """
        return _ratio(self.strict_matches, self.predicted)

    @property
    def strict_recall(self) -> float:
        """Strict matches over gold timexes.

        Examples:
            >>> TimexScores(documents=1, gold=2, predicted=1, strict_matches=1,
            ...             relaxed_matches=1, value_matches=1, type_matches=1).strict_recall
            0.5
        """
        return _ratio(self.strict_matches, self.gold)

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall.

        Examples:
            >>> TimexScores(documents=1, gold=0, predicted=0, strict_matches=0,
            ...             relaxed_matches=0, value_matches=0, type_matches=0).strict_f1
            1.0
        """
        if self._nothing_to_score:
            return 1.0
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Relaxed matches over predicted timexes.

        Examples:
            >>> TimexScores(documents=1, gold=2, predicted=4, strict_matches=0,
            ...             relaxed_matches=2, value_matches=0, type_matches=0).relaxed_precision
            0.5
        """
        return _ratio(self.relaxed_matches, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        """Relaxed matches over gold timexes.

        Examples:
            >>> TimexScores(documents=1, gold=2, predicted=4, strict_matches=0,
            ...             relaxed_matches=2, value_matches=0, type_matches=0).relaxed_recall
            1.0
        """
        return _ratio(self.relaxed_matches, self.gold)

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall.

        Examples:
            >>> TimexScores(documents=1, gold=1, predicted=1, strict_matches=0,
            ...             relaxed_matches=1, value_matches=0, type_matches=0).relaxed_f1
            1.0
        """
        if self._nothing_to_score:
            return 1.0
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        """Share of relaxed matches whose ``value`` is right.

        Examples:
            >>> TimexScores(documents=1, gold=4, predicted=4, strict_matches=4,
            ...             relaxed_matches=4, value_matches=3, type_matches=4).value_accuracy
            0.75
        """
        return _ratio(self.value_matches, self.relaxed_matches)

    @property
    def type_accuracy(self) -> float:
        """Share of relaxed matches whose ``type`` is right.

        Examples:
            >>> TimexScores(documents=1, gold=4, predicted=4, strict_matches=4,
            ...             relaxed_matches=4, value_matches=3, type_matches=2).type_accuracy
            0.5
        """
        return _ratio(self.type_matches, self.relaxed_matches)

    @property
    def value_f1(self) -> float:
        """Value accuracy times relaxed F1: TempEval-3's "Value F1", the task's main figure.

        Examples:
            >>> TimexScores(documents=1, gold=4, predicted=4, strict_matches=4,
            ...             relaxed_matches=4, value_matches=3, type_matches=4).value_f1
            0.75
        """
        if self._nothing_to_score:
            return 1.0
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        """Type accuracy times relaxed F1: TempEval-3's "Type F1".

        Examples:
            >>> TimexScores(documents=1, gold=4, predicted=2, strict_matches=2,
            ...             relaxed_matches=2, value_matches=2, type_matches=1).type_f1
            0.3333333333333333
        """
        if self._nothing_to_score:
            return 1.0
        return self.type_accuracy * self.relaxed_f1

    def report(self, max_errors: int = 50) -> str:
        """Render the figures as a table (in percent) and list the errors by document.

        Args:
            max_errors: How many errors to list at most; the count of all is given.

        Returns:
            Several lines of text, ending in a newline.

        Examples:
            >>> scores = TimexScores(documents=1, gold=2, predicted=2, strict_matches=1,
            ...                      relaxed_matches=2, value_matches=2, type_matches=2)
            >>> print(scores.report(), end="")
            TempEval-3 Task A: 1 documents, 2 gold timexes, 2 predicted
                           F1       P       R
            strict      50.00   50.00   50.00
            relaxed    100.00  100.00  100.00
                           F1  accuracy
            value      100.00  100.00
            type       100.00  100.00
            errors: none
        """
        lines = [
            f"TempEval-3 Task A: {self.documents} documents, {self.gold} gold timexes, "
            f"{self.predicted} predicted",
            f"{'':<8}{'F1':>9}{'P':>8}{'R':>8}",
        ]
        for name, f1, precision, recall in (
            ("strict", self.strict_f1, self.strict_precision, self.strict_recall),
            ("relaxed", self.relaxed_f1, self.relaxed_precision, self.relaxed_recall),
        ):
            lines.append(f"{name:<8}{f1 * 100:>9.2f}{precision * 100:>8.2f}{recall * 100:>8.2f}")
        lines.append(f"{'':<8}{'F1':>9}  accuracy")
        lines.append(f"{'value':<8}{self.value_f1 * 100:>9.2f}{self.value_accuracy * 100:>8.2f}")
        lines.append(f"{'type':<8}{self.type_f1 * 100:>9.2f}{self.type_accuracy * 100:>8.2f}")
        if not self.errors:
            lines.append("errors: none")
            return "\n".join(lines) + "\n"
        counts = ", ".join(
            f"{sum(error.kind is kind for error in self.errors)} {kind.value}" for kind in ErrorKind
        )
        shown = self.errors[: max(max_errors, 0)]
        lines.append(f"errors: {counts} (listing {len(shown)} of {len(self.errors)})")
        current = None
        # The span, type and value errors of one pair share a line: "span+type+value".
        for _pair, group in itertools.groupby(
            shown, key=lambda error: (error.doc_id, id(error.gold), id(error.predicted))
        ):
            errors = list(group)
            first = errors[0]
            if first.doc_id != current:
                current = first.doc_id
                lines.append(current)
            kinds = "+".join(error.kind.value for error in errors)
            lines.append(f"  {kinds:<9} {first.describe()}")
            lines.append(f"  {'':<9} | {first.context}")
        return "\n".join(lines) + "\n"


def _context(text: str, start: int, end: int) -> str:
    left = text[max(start - _CONTEXT, 0) : start]
    right = text[end : end + _CONTEXT]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _overlap(gold: TimexLike, predicted: TimexLike) -> int:
    return min(gold.end, predicted.end) - max(gold.start, predicted.start)


def _pair(gold: Sequence[TimexLike], predicted: Sequence[TimexLike]) -> list[tuple[int, int]]:
    """Pair gold and predicted timexes one to one: exact spans, then larger overlaps."""
    candidates: list[tuple[int, int, int, int, int, int]] = []
    for g, gold_timex in enumerate(gold):
        for p, timex in enumerate(predicted):
            exact = (gold_timex.start, gold_timex.end) == (timex.start, timex.end)
            overlap = _overlap(gold_timex, timex)
            if exact or overlap > 0:
                candidates.append(
                    (0 if exact else 1, -overlap, gold_timex.start, timex.start, g, p)
                )
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_key, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return pairs


def _check_predicted(doc: DocumentLike, predicted: Sequence[TimexLike]) -> None:
    for timex in predicted:
        if not 0 <= timex.start <= timex.end <= len(doc.text):
            raise UsageError(
                f"predicted timex [{timex.start}, {timex.end}) lies outside the "
                f"{len(doc.text)} characters of document {doc.doc_id!r}"
            )
        if doc.text[timex.start : timex.end] != timex.text:
            raise UsageError(
                f"predicted timex {timex.text!r} does not match the text of document "
                f"{doc.doc_id!r} at [{timex.start}, {timex.end}): "
                f"{doc.text[timex.start : timex.end]!r}; offsets must point into the same text"
            )


def score_timexes(
    gold: Iterable[DocumentLike], predicted: Mapping[str, Sequence[TimexLike]]
) -> TimexScores:
    """Score predicted timexes against gold documents as TempEval-3 Task A does.

    A gold document without an entry in ``predicted`` counts as having no predictions.

    Args:
        gold: The gold documents, each with its text and timexes (the DCT excluded).
        predicted: The predicted timexes of each document, by doc_id, with offsets into
            the same text.

    Returns:
        The counts, figures and errors.

    Raises:
        UsageError: Two gold documents share an id; ``predicted`` names a document that
            is not in ``gold``; or a predicted timex falls outside its document's text or
            its text differs from the text at its offsets.

    Examples:
        >>> from typing import NamedTuple
        >>> class Span(NamedTuple):
        ...     start: int
        ...     end: int
        ...     text: str
        ...     type: str
        ...     value: str
        ...     tid: str = ""
        >>> class Doc(NamedTuple):
        ...     doc_id: str
        ...     text: str
        ...     timexes: tuple[Span, ...]
        >>> text = "Talks on Monday, a deal in May."
        >>> gold = Doc("d1", text, (Span(9, 15, "Monday", "DATE", "2001-03-05"),
        ...                         Span(27, 30, "May", "DATE", "2001-05")))
        >>> scores = score_timexes([gold], {"d1": [Span(9, 15, "Monday", "DATE", "2001-03-12")]})
        >>> (scores.strict_precision, scores.strict_recall, scores.value_f1)
        (1.0, 0.5, 0.0)
        >>> for error in scores.errors:
        ...     print(error.kind.value, error.describe())
        value gold "Monday" DATE 2001-03-05 predicted "Monday" DATE 2001-03-12
        missed gold "May" DATE 2001-05
    """
    seen: set[str] = set()
    counts = {"gold": 0, "predicted": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    errors: list[TimexError] = []
    for doc in gold:
        if doc.doc_id in seen:
            raise UsageError(f"two gold documents have the id {doc.doc_id!r}")
        seen.add(doc.doc_id)
        system = sorted(predicted.get(doc.doc_id, ()), key=lambda t: (t.start, t.end))
        _check_predicted(doc, system)
        reference = list(doc.timexes)
        counts["gold"] += len(reference)
        counts["predicted"] += len(system)
        found: list[tuple[int, TimexError]] = []
        pairs = _pair(reference, system)
        for g, p in pairs:
            gold_timex, timex = reference[g], system[p]
            context = _context(doc.text, gold_timex.start, gold_timex.end)
            counts["relaxed"] += 1
            kinds = []
            if (gold_timex.start, gold_timex.end) == (timex.start, timex.end):
                counts["strict"] += 1
            else:
                kinds.append(ErrorKind.SPAN)
            if gold_timex.type == timex.type:
                counts["type"] += 1
            else:
                kinds.append(ErrorKind.TYPE)
            if gold_timex.value == timex.value:
                counts["value"] += 1
            else:
                kinds.append(ErrorKind.VALUE)
            found.extend(
                (
                    gold_timex.start,
                    TimexError(
                        kind=kind,
                        doc_id=doc.doc_id,
                        gold=gold_timex,
                        predicted=timex,
                        context=context,
                    ),
                )
                for kind in kinds
            )
        paired_gold = {g for g, _ in pairs}
        paired_system = {p for _, p in pairs}
        for g, gold_timex in enumerate(reference):
            if g not in paired_gold:
                context = _context(doc.text, gold_timex.start, gold_timex.end)
                error = TimexError(
                    kind=ErrorKind.MISSED,
                    doc_id=doc.doc_id,
                    gold=gold_timex,
                    predicted=None,
                    context=context,
                )
                found.append((gold_timex.start, error))
        for p, timex in enumerate(system):
            if p not in paired_system:
                context = _context(doc.text, timex.start, timex.end)
                error = TimexError(
                    kind=ErrorKind.SPURIOUS,
                    doc_id=doc.doc_id,
                    gold=None,
                    predicted=timex,
                    context=context,
                )
                found.append((timex.start, error))
        found.sort(key=lambda item: item[0])
        errors.extend(error for _start, error in found)
    unknown = sorted(set(predicted) - seen)
    if unknown:
        raise UsageError(f"predictions for documents not in gold: {', '.join(unknown[:5])}")
    return TimexScores(
        documents=len(seen),
        gold=counts["gold"],
        predicted=counts["predicted"],
        strict_matches=counts["strict"],
        relaxed_matches=counts["relaxed"],
        value_matches=counts["value"],
        type_matches=counts["type"],
        errors=errors,
    )
