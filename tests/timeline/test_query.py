"""IntervalIndex and range arguments: lookups equal brute force, also with long and open spans."""

from __future__ import annotations

import datetime
import sys
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.errors import UsageError
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate
from diplotimeline.timeline.query import IntervalIndex, PositionRuns, merge_sorted, to_range

NEG, POS = -sys.maxsize, sys.maxsize


@st.composite
def intervals(draw: st.DrawFn) -> tuple[list[int], list[int]]:
    """Spans sorted by start: short, long (up to 10,000) and open on either side."""
    rows = []
    for _ in range(draw(st.integers(0, 60))):
        shape = draw(st.sampled_from(("short", "short", "long", "open-end", "open-start")))
        low = draw(st.integers(0, 1000))
        if shape == "open-start":
            rows.append((NEG, low + 1))
        elif shape == "open-end":
            rows.append((low, POS))
        else:
            size = draw(st.integers(1, 20 if shape == "short" else 10_000))
            rows.append((low, low + size))
    rows.sort()
    return [r[0] for r in rows], [r[1] for r in rows]


@settings(deadline=None)
@given(
    intervals(),
    st.integers(-20_000, 1200),
    st.integers(1, 20_000),
    st.booleans(),
    st.booleans(),
)
def test_overlapping_and_within_equal_brute_force(
    spans: tuple[list[int], list[int]], low: int, size: int, copy_bounds: bool, fine: bool
) -> None:
    """Both lookups return exactly the positions a scan finds, ascending, in every layout."""
    lows, highs = spans
    index = IntervalIndex(range(len(lows)), lows, highs, copy_bounds=copy_bounds, fine=fine)
    high = low + size
    assert index.overlapping(low, high) == [
        p for p in range(len(lows)) if lows[p] < high and low < highs[p]
    ]
    assert index.within(low, high) == [
        p for p in range(len(lows)) if low <= lows[p] and highs[p] <= high
    ]
    assert index.within(NEG, high) == [p for p in range(len(lows)) if highs[p] <= high]
    assert index.within(low, POS) == [p for p in range(len(lows)) if low <= lows[p]]
    assert len(index) == len(lows)


@settings(deadline=None)
@given(intervals(), st.integers(0, 1000), st.integers(1, 500))
def test_subset_index_sees_only_its_positions(
    spans: tuple[list[int], list[int]], low: int, size: int
) -> None:
    """An index over some positions (an actor's) answers for those positions only."""
    lows, highs = spans
    chosen = list(range(0, len(lows), 2))
    index = IntervalIndex(chosen, lows, highs)
    assert index.overlapping(low, low + size) == [
        p for p in chosen if lows[p] < low + size and low < highs[p]
    ]


def test_to_range_accepts_time_values() -> None:
    """Strings, spans, partial dates, local times and stdlib dates; other types raise."""
    day = PartialDate(2031, 4, 28).bounds()
    assert to_range("2031-04-28") == day
    assert to_range(datetime.date(2031, 4, 28)) == day
    assert to_range(DateSpan.parse_iso("2031-04-28")) == day
    assert (
        to_range(datetime.datetime(2031, 4, 28, 10, 0))
        == LocalDateTime(2031, 4, 28, 10, 0).bounds()
    )
    assert to_range("../2031")[0] == NEG
    with pytest.raises(UsageError):
        to_range(2031)  # type: ignore[arg-type]


def test_merge_sorted() -> None:
    """Runs merge into one ascending list."""
    assert merge_sorted([[5, 9], [1], [2, 3, 4]]) == [1, 2, 3, 4, 5, 9]
    assert merge_sorted([]) == []


def test_open_start_spans_come_back_in_position_order() -> None:
    """Spans open at the start are kept by end; a lookup still answers by position."""
    lows, highs = [NEG, NEG, NEG], [50, 30, 40]
    index = IntervalIndex(range(3), lows, highs, copy_bounds=True)
    assert [0, 1, 2] == index.overlapping(10, 20)
    assert [0, 2] == index.overlapping(35, 36)


@settings(deadline=None)
@given(intervals(), st.integers(-20_000, 1200), st.integers(1, 20_000), st.booleans())
def test_overlapping_runs_count_first_and_last_without_merging(
    spans: tuple[list[int], list[int]], low: int, size: int, fine: bool
) -> None:
    """A lookup's runs give the length, first and last position before they are merged."""
    lows, highs = spans
    index = IntervalIndex(range(len(lows)), lows, highs, copy_bounds=True, fine=fine)
    expected = [p for p in range(len(lows)) if lows[p] < low + size and low < highs[p]]
    runs = index.overlapping_runs(low, low + size)
    assert len(runs) == len(expected)
    if expected:
        assert (runs[0], runs[-1]) == (expected[0], expected[-1])
    assert runs._merged is None  # nothing read one by one yet
    assert list(runs) == expected
    assert runs[1:] == expected[1:]
    assert index.overlapping(low, low + size) == expected


def test_position_runs_merge_once() -> None:
    """Runs merge into one ascending list, kept for later reads."""
    runs = PositionRuns([array("i", [3, 8]), [1, 2, 9]], 5)
    assert (len(runs), runs[0], runs[-1]) == (5, 1, 9)
    merged = runs.merged()
    assert merged == [1, 2, 3, 8, 9]
    assert runs.merged() is merged
    assert (runs[2], 8 in runs, 4 in runs) == (3, True, False)
    empty = PositionRuns([], 0)
    assert (len(empty), list(empty), bool(empty)) == (0, [], False)


def test_small_index_joins_length_classes_and_still_answers_as_a_scan() -> None:
    """One actor's spans (days, ranges, months, years over decades) need three buckets.

    Days, day ranges and months share one bucket (a lookup checks a few more spans one
    by one and bisects fewer buckets); years and four-year spans keep their own, as
    joining them would mean checking some sixty spans one by one.
    """
    day, lows, highs = 1440, [], []
    for index in range(1500):
        start = index * 7 * day  # one span a week, over about 29 years
        length = (day, 3 * day, 30 * day, 365 * day, 4 * 365 * day)[index % 5 if index % 7 else 0]
        lows.append(start)
        highs.append(start + length)
    coarse = IntervalIndex(range(1500), lows, highs, copy_bounds=True, fine=False)
    fine = IntervalIndex(range(1500), lows, highs, copy_bounds=True, fine=True)
    assert [(b[0], b[1]) for b in coarse._buckets] == [
        (day, 30 * day),
        (365 * day, 365 * day),
        (4 * 365 * day, 4 * 365 * day),
    ]
    assert len(fine._buckets) == 5
    for low in range(0, lows[-1], 97 * day):
        high = low + 365 * day
        expected = [p for p in range(1500) if lows[p] < high and low < highs[p]]
        assert coarse.overlapping(low, high) == fine.overlapping(low, high) == expected


def test_bounds_beyond_four_bytes_still_index() -> None:
    """Minutes past 2**31 (after the year 4000) are kept in 8-byte arrays, not truncated."""
    lows = [0, 2**33, 2**34]
    highs = [10, 2**33 + 5, 2**35]
    index = IntervalIndex(range(3), lows, highs, copy_bounds=True, fine=False)
    assert index.overlapping(2**33, 2**33 + 1) == [1]
    assert index.overlapping(2**34 + 1, 2**34 + 2) == [2]
    assert index.within(0, 2**34) == [0, 1]
