"""resolve_overlaps keeps the same mentions as the sorted-list algorithm it replaced, in
linear time (a text of a hundred thousand dates made list insertion quadratic)."""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract.engine import Mention, resolve_overlaps


def _reference(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The former algorithm: a sorted list, each mention checked against its neighbours."""
    ranked = sorted(mentions, key=lambda m: (m.start - m.end, m.start, -m.priority, m.order))
    starts: list[int] = []
    chosen: list[Mention] = []
    for mention in ranked:
        index = bisect.bisect_right(starts, mention.start)
        if index > 0 and chosen[index - 1].end > mention.start:
            continue
        if index < len(chosen) and chosen[index].start < mention.end:
            continue
        starts.insert(index, mention.start)
        chosen.insert(index, mention)
    return tuple(chosen)


@st.composite
def _mentions(draw: st.DrawFn) -> list[Mention]:
    count = draw(st.integers(0, 30))
    found = []
    for order in range(count):
        start = draw(st.integers(0, 60))
        end = start + draw(st.integers(0, 12))
        priority = draw(st.integers(0, 3))
        found.append(
            Mention(f"r{order}", start, end, "x" * (end - start), priority=priority, order=order)
        )
    return found


@settings(max_examples=300, deadline=None)
@given(_mentions())
def test_resolve_overlaps_equals_the_sorted_list_algorithm(mentions: list[Mention]) -> None:
    assert resolve_overlaps(mentions) == _reference(mentions)


def test_resolve_overlaps_examples() -> None:
    short, long_ = Mention("short", 0, 5, "April"), Mention("long", 0, 8, "April 27")
    assert resolve_overlaps([short, long_]) == (long_,)
    empty_inside = Mention("empty", 3, 3, "")
    empty_after = Mention("after", 8, 8, "")
    assert resolve_overlaps([long_, empty_inside, empty_after]) == (long_, empty_after)
    assert resolve_overlaps([]) == ()
