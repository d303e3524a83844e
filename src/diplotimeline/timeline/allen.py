"""Allen's thirteen interval relations between two dated spans.

A span is the half-open range of minutes it may cover (:meth:`DateSpan.bounds`), so
"2031-05-02" *meets* "2031-05-03" (one ends as the other begins), and a month
*contains* each of its days. Open ends stretch to the end of time.

Examples:
    >>> from diplotimeline.time import DateSpan
    >>> relation(DateSpan.parse_iso("2031-05-02"), DateSpan.parse_iso("2031-05"))
    <AllenRelation.DURING: 'during'>
"""

from __future__ import annotations

import enum

from diplotimeline.time import DateSpan, TimePoint

__all__ = ["AllenRelation", "relation"]


class AllenRelation(enum.StrEnum):
    """How interval A stands to interval B.

    Examples:
        >>> AllenRelation.MET_BY.inverse
        <AllenRelation.MEETS: 'meets'>
    """

    BEFORE = "before"
    MEETS = "meets"
    OVERLAPS = "overlaps"
    STARTS = "starts"
    DURING = "during"
    FINISHES = "finishes"
    EQUALS = "equals"
    FINISHED_BY = "finished-by"
    CONTAINS = "contains"
    STARTED_BY = "started-by"
    OVERLAPPED_BY = "overlapped-by"
    MET_BY = "met-by"
    AFTER = "after"

    @property
    def inverse(self) -> AllenRelation:
        """The relation of B to A.

        Examples:
            >>> AllenRelation.DURING.inverse
            <AllenRelation.CONTAINS: 'contains'>
        """
        members = list(AllenRelation)
        return members[len(members) - 1 - members.index(self)]


def relation(first: DateSpan | TimePoint, second: DateSpan | TimePoint) -> AllenRelation:
    """The Allen relation of ``first`` to ``second``.

    Args:
        first: A span or a single time value.
        second: Another one.

    Returns:
        Exactly one of the thirteen relations.

    Examples:
        >>> from diplotimeline.time import PartialDate
        >>> relation(PartialDate(2031, 5, 2), PartialDate(2031, 5, 3))
        <AllenRelation.MEETS: 'meets'>
        >>> relation(DateSpan.parse_iso("2026/2030"), PartialDate(2026))
        <AllenRelation.STARTED_BY: 'started-by'>
        >>> relation(PartialDate(2031, 5), DateSpan.parse_iso("2031-05-20/2031-06-10"))
        <AllenRelation.OVERLAPS: 'overlaps'>
    """
    a_low, a_high = first.bounds()
    b_low, b_high = second.bounds()
    if a_high < b_low:
        return AllenRelation.BEFORE
    if b_high < a_low:
        return AllenRelation.AFTER
    if a_high == b_low:
        return AllenRelation.MEETS
    if b_high == a_low:
        return AllenRelation.MET_BY
    if a_low == b_low:
        if a_high == b_high:
            return AllenRelation.EQUALS
        return AllenRelation.STARTS if a_high < b_high else AllenRelation.STARTED_BY
    if a_high == b_high:
        return AllenRelation.FINISHES if a_low > b_low else AllenRelation.FINISHED_BY
    if a_low < b_low:
        return AllenRelation.OVERLAPS if a_high < b_high else AllenRelation.CONTAINS
    return AllenRelation.DURING if a_high < b_high else AllenRelation.OVERLAPPED_BY
