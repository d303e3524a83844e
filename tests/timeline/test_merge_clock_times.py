"""Merge rules of session 8: clock times of one event reported by two sources."""

from __future__ import annotations

from diplotimeline.model import Agreement, AgreementForm
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate
from diplotimeline.timeline.entry import Mention, Origin
from diplotimeline.timeline.merge import compare, merge_bounds


def _declaration(event_id: str, document: str, when: DateSpan) -> Mention:
    event = Agreement(
        id=event_id, name="Andean Water Declaration", form=AgreementForm.DECLARATION, when=when
    )
    return Mention(event, Origin(document))


def test_times_minutes_apart_on_one_day_merge() -> None:
    """A programme's 11:45 (in ICT) and a live blog's 11:50 (no zone) are one adoption."""
    planned = _declaration("e1", "programme", DateSpan.of(LocalDateTime(2031, 4, 3, 11, 45, 420)))
    adopted = _declaration("e2", "blog", DateSpan.of(LocalDateTime(2031, 4, 3, 11, 50)))
    decision = compare(planned, adopted)
    assert decision is not None
    assert "overlapping dates" in decision.evidence


def test_times_on_different_days_stay_apart() -> None:
    """Counter-example: the same declaration's name on two days is two declarations."""
    first = _declaration("e1", "a", DateSpan.of(LocalDateTime(2031, 4, 3, 11, 45)))
    second = _declaration("e2", "b", DateSpan.of(LocalDateTime(2031, 4, 4, 11, 45)))
    assert compare(first, second) is None


def test_merge_bounds_of_a_time_are_its_day() -> None:
    at_noon = _declaration("e1", "a", DateSpan.of(LocalDateTime(2031, 4, 3, 12, 0)))
    day = _declaration("e2", "b", DateSpan.of(PartialDate(2031, 4, 3)))
    assert merge_bounds(at_noon) == merge_bounds(day)
