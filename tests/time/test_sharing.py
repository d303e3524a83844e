"""Equal dates are one object (a flyweight), and the model's value types stay small."""

from __future__ import annotations

import pytest

from diplotimeline.model import Agreement, Evidence, Initiative, Meeting, Milestone
from diplotimeline.model.events import AgreementStage
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate, shared_span
from diplotimeline.time import span as span_module


def test_events_share_equal_spans() -> None:
    first = Meeting(id="e1", name="Andean Summit", when=DateSpan.parse_iso("2031-05-02"))
    second = Agreement(id="e2", name="Lima Accord", when=DateSpan.parse_iso("2031-05-02"))
    assert first.when is second.when
    assert first.when is not None
    assert first.when.start is first.when.end


def test_sharing_keeps_values_and_distinctions() -> None:
    exact = Initiative(id="e1", name="Blue Fund", when=DateSpan.parse_iso("2031-05"))
    rough = Initiative(
        id="e2", name="Blue Fund", when=DateSpan.of(PartialDate(2031, 5), approximate=True)
    )
    assert exact.when == DateSpan.parse_iso("2031-05")
    assert rough.when is not None
    assert rough.when.approximate
    assert exact.when is not rough.when
    assert exact.when is not None
    assert exact.when.start is rough.when.start


def test_periods_and_milestones_share_too() -> None:
    period = DateSpan.parse_iso("2026/2030")
    initiative = Initiative(id="e1", name="Work Plan", period=DateSpan.parse_iso("2026/2030"))
    milestone = Milestone(AgreementStage.SIGNED, DateSpan.parse_iso("2026/2030"))
    assert initiative.period is shared_span(period) is milestone.when


def test_times_with_zones_are_kept_as_given() -> None:
    moment = LocalDateTime.parse_iso("2031-05-02T10:00+09:00")
    span = DateSpan.of(moment)
    assert span.start is moment


def test_a_full_table_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(span_module, "_SHARED_LIMIT", 2)
    monkeypatch.setattr(span_module, "_shared_spans", {})
    spans = [shared_span(DateSpan.parse_iso(f"2031-05-0{day}")) for day in (1, 2, 3)]
    assert len(span_module._shared_spans) == 1  # cleared when full, then the third added
    assert [s.format_iso() for s in spans if s is not None] == [
        "2031-05-01",
        "2031-05-02",
        "2031-05-03",
    ]


@pytest.mark.parametrize(
    "value",
    [
        PartialDate(2031, 5, 2),
        DateSpan.parse_iso("2031-05-02"),
        Evidence(document="d1", start=0, end=4, quote="talk"),
        Meeting(id="e1", name="Talks"),
        Agreement(id="e1", name="Accord"),
        Initiative(id="e1", name="Fund"),
    ],
)
def test_value_types_have_no_weakref_slot(value: object) -> None:
    # 8 bytes an object: a million-event timeline holds several million of these.
    assert not hasattr(value, "__weakref__")
