"""Tests for the fuzz harness (fuzz/run.py): crashes fail the run, reports reproduce them."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz import run
from fuzz.targets import DICTIONARY, TARGETS

from diplotimeline.errors import DecodeError


@pytest.fixture
def harness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """A target "probe" that records its inputs and crashes on a brace; crashes go to tmp."""
    seen: list[bytes] = []

    def probe(data: bytes) -> None:
        seen.append(data)
        if b"{" in data:
            raise KeyError("brace")
        if b"!" in data:
            raise DecodeError("typed", path="$")

    monkeypatch.setattr(run, "HERE", tmp_path)
    monkeypatch.setitem(TARGETS, "probe", probe)
    monkeypatch.setitem(DICTIONARY, "probe", (b"{", b"!", b"a"))
    return seen


class TestFuzz:
    def test_same_seed_same_inputs(self, harness: list[bytes]) -> None:
        """Two runs with one seed try the same inputs in the same order."""
        run.fuzz("probe", 60, 7, 5.0, log=lambda _line: None, max_runs=200)
        first = list(harness)
        harness.clear()
        run.fuzz("probe", 60, 7, 5.0, log=lambda _line: None, max_runs=200)
        # Hypothesis may reject a buffer too short to build an input from.
        assert len(first) > 150
        assert first == harness

    def test_crash_is_reported_with_a_reproducer(self, harness: list[bytes]) -> None:
        """An untyped exception is a crash: saved, and reported with a --replay-hex command."""
        lines: list[str] = []
        crashes = run.fuzz("probe", 60, 0, 5.0, log=lines.append, max_runs=500)
        assert 1 == len(crashes)
        description, saved = crashes[0]
        assert description.startswith("KeyError")
        data = saved.read_bytes()
        assert b"{" in data
        report = "\n".join(lines)
        assert "probe: 0 seeds + 500 generated inputs" in report
        assert f"input ({len(data)} bytes) saved as" in report
        if len(data) <= run.MAX_PRINTED:
            assert f"--replay-hex {data.hex()} probe" in report
        assert "KeyError: 'brace'" in report

    def test_typed_errors_are_not_crashes(
        self, harness: list[bytes], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A DiplotimelineError from the target is a clean result, not a crash."""
        monkeypatch.setitem(DICTIONARY, "probe", (b"!",))
        monkeypatch.setitem(TARGETS, "probe", _typed_only)
        assert [] == run.fuzz("probe", 60, 0, 5.0, log=lambda _line: None, max_runs=100)


def _typed_only(data: bytes) -> None:
    raise DecodeError(f"typed {len(data)}", path="$")


class TestMain:
    def test_exit_status_1_on_a_crash(
        self, harness: list[bytes], capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The command exits 1 when a target crashed and says so in its last line."""
        assert 1 == run.main(["--seconds", "1", "probe"])
        assert capsys.readouterr().out.splitlines()[-1].endswith("1 distinct crashes")

    def test_replay_hex(self, harness: list[bytes]) -> None:
        """--replay-hex runs the target on exactly the given bytes and re-raises a crash."""
        with pytest.raises(KeyError):
            run.main(["--replay-hex", b"x{".hex(), "probe"])
        assert [b"x{"] == harness

    def test_real_targets_run_clean(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Every real target replays its seed corpus and a few generated inputs without a crash."""
        assert 0 == run.main(["--seconds", "0.5", "all"])
        assert "no crash" in capsys.readouterr().out
