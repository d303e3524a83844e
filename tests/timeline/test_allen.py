"""Allen's interval relations: exactly one holds, inverses agree, textbook examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from tests.strategies import date_spans

from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline.allen import AllenRelation, relation


@settings(deadline=None)
@given(date_spans(), date_spans())
def test_inverse_relation_holds_the_other_way(first: DateSpan, second: DateSpan) -> None:
    """relation(b, a) is the inverse of relation(a, b)."""
    assert relation(second, first) is relation(first, second).inverse


@settings(deadline=None)
@given(date_spans(), date_spans())
def test_relation_agrees_with_span_predicates(first: DateSpan, second: DateSpan) -> None:
    """BEFORE/MEETS imply DateSpan.before; overlap-type relations imply DateSpan.overlaps."""
    found = relation(first, second)
    if found in (AllenRelation.BEFORE, AllenRelation.MEETS):
        assert first.before(second)
    elif found in (AllenRelation.AFTER, AllenRelation.MET_BY):
        assert first.after(second)
    else:
        assert first.overlaps(second)
    if found in (AllenRelation.DURING, AllenRelation.STARTS, AllenRelation.FINISHES):
        assert second.contains(first)
    if found is AllenRelation.EQUALS:
        assert first.bounds() == second.bounds()


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2031-05-01", "2031-05-03", AllenRelation.BEFORE),
        ("2031-05-01", "2031-05-02", AllenRelation.MEETS),
        ("2031-05-01/2031-05-03", "2031-05-02/2031-05-05", AllenRelation.OVERLAPS),
        ("2031-05-01", "2031-05", AllenRelation.STARTS),
        ("2031-05-10", "2031-05", AllenRelation.DURING),
        ("2031-05-31", "2031-05", AllenRelation.FINISHES),
        ("2031-05", "2031-05-01/2031-05-31", AllenRelation.EQUALS),
        ("2031", "2031-12", AllenRelation.FINISHED_BY),
        ("2026/2030", "2028", AllenRelation.CONTAINS),
        ("2024-10/..", "2024-10", AllenRelation.STARTED_BY),
        ("../2030", "2029/2031", AllenRelation.OVERLAPS),
        ("2031-05-03", "2031-05-02", AllenRelation.MET_BY),
        ("2031-06", "2031-05", AllenRelation.MET_BY),
        ("2032", "2030", AllenRelation.AFTER),
    ],
)
def test_examples(first: str, second: str, expected: AllenRelation) -> None:
    """Relations of partial dates, ranges and open spans."""
    assert relation(DateSpan.parse_iso(first), DateSpan.parse_iso(second)) is expected


def test_points_are_accepted() -> None:
    """Single partial dates work as well as spans."""
    assert relation(PartialDate(2031, 5), PartialDate(2031)) is AllenRelation.DURING
