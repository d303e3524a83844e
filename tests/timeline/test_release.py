"""A large build gives the memory it freed back: one full collection and a heap trim."""

from __future__ import annotations

import gc

import pytest

from diplotimeline.model import Document, Extraction, Meeting
from diplotimeline.time import DateSpan
from diplotimeline.timeline import Timeline
from diplotimeline.timeline import merge as merge_module


def _extractions(count: int) -> list[Extraction]:
    return [
        Extraction(
            document=Document(id=f"d{index}", text=""),
            events=(
                Meeting(
                    id="e1",
                    name=f"Talks {index}",
                    when=DateSpan.parse_iso(f"2031-05-{index + 1:02d}"),
                ),
            ),
        )
        for index in range(count)
    ]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    collect = gc.collect

    def counting_collect(*args: int) -> int:
        seen.append("collect")
        return collect(*args)

    def trim(pad: int) -> int:
        seen.append(f"trim {pad}")
        return 1

    monkeypatch.setattr(gc, "collect", counting_collect)
    monkeypatch.setattr(merge_module, "_malloc_trim", lambda: trim)
    return seen


def test_a_large_build_releases_after_merging_and_indexing(
    calls: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge_module, "_RELEASE_FROM", 3)
    timeline = Timeline.from_extractions(_extractions(5))
    assert calls == ["collect", "trim 0"]
    timeline.build_indexes()
    assert calls == ["collect", "trim 0"] * 2
    assert [entry.name for entry in timeline] == [f"Talks {index}" for index in range(5)]


def test_a_small_build_releases_nothing(calls: list[str]) -> None:
    Timeline.from_extractions(_extractions(5)).build_indexes()
    assert calls == []


def test_malloc_trim_is_found_on_linux() -> None:
    import sys

    trim = merge_module._malloc_trim()
    if sys.platform.startswith("linux"):
        assert trim is not None
        assert trim(0) in (0, 1)
