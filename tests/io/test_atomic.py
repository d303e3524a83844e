"""Tests for diplotimeline.io.atomic: writes that never leave a half-written file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplotimeline.errors import UsageError
from diplotimeline.io.atomic import atomic_path, open_atomic, write_atomic

ROOT = Path(__file__).resolve().parents[2]


class TestWriteAtomic:
    def test_writes_text_bytes_exactly(self, tmp_path: Path) -> None:
        """Text is encoded as UTF-8 without newline translation."""
        target = tmp_path / "out.csv"
        write_atomic(target, "a,ü\r\nb\n")
        assert "a,ü\r\nb\n".encode() == target.read_bytes()

    def test_writes_bytes(self, tmp_path: Path) -> None:
        """Bytes are written as they are."""
        target = tmp_path / "out.bin"
        write_atomic(target, b"\x00\xff")
        assert b"\x00\xff" == target.read_bytes()

    def test_replaces_an_existing_file_and_keeps_its_mode(self, tmp_path: Path) -> None:
        """A new version replaces the old file and keeps its permission bits."""
        target = tmp_path / "out.txt"
        target.write_text("old", encoding="utf-8")
        os.chmod(target, 0o640)
        write_atomic(target, "new")
        assert "new" == target.read_text(encoding="utf-8")
        assert 0o640 == target.stat().st_mode & 0o777

    def test_new_file_gets_the_umask_mode(self, tmp_path: Path) -> None:
        """A new file gets 0o666 less the umask, as open() would give it (not 0o600)."""
        umask = os.umask(0o022)
        try:
            write_atomic(tmp_path / "new.txt", "x")
        finally:
            os.umask(umask)
        assert 0o644 == (tmp_path / "new.txt").stat().st_mode & 0o777

    def test_no_temporary_file_is_left(self, tmp_path: Path) -> None:
        """After a successful write only the target is in the directory."""
        write_atomic(tmp_path / "a.txt", "x")
        assert ["a.txt"] == [path.name for path in tmp_path.iterdir()]

    def test_a_directory_target_is_refused(self, tmp_path: Path) -> None:
        """Writing over a directory is a UsageError."""
        with pytest.raises(UsageError, match="directory"):
            write_atomic(tmp_path, "x")


class TestFailures:
    def test_failure_keeps_the_old_file_and_removes_the_temporary(self, tmp_path: Path) -> None:
        """An exception in the block leaves the old content and no temporary file."""
        target = tmp_path / "calendar.ics"
        target.write_text("old", encoding="utf-8")

        def interrupted() -> None:
            with open_atomic(target) as out:
                out.write("half of the new")
                raise RuntimeError("interrupted")

        with pytest.raises(RuntimeError):
            interrupted()
        assert "old" == target.read_text(encoding="utf-8")
        assert ["calendar.ics"] == [path.name for path in tmp_path.iterdir()]

    def test_failure_creates_no_file(self, tmp_path: Path) -> None:
        """An interrupted first write leaves no target at all."""
        target = tmp_path / "new.txt"

        def interrupted() -> None:
            with atomic_path(target) as temporary:
                temporary.write_text("partial", encoding="utf-8")
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            interrupted()
        assert [] == list(tmp_path.iterdir())

    def test_the_target_appears_only_at_the_end(self, tmp_path: Path) -> None:
        """Inside the block the target still holds the old content."""
        target = tmp_path / "t.txt"
        target.write_text("old", encoding="utf-8")
        with open_atomic(target) as out:
            out.write("new")
            out.flush()
            assert "old" == target.read_text(encoding="utf-8")
        assert "new" == target.read_text(encoding="utf-8")

    def test_sigkill_during_a_write_leaves_the_old_file(self, tmp_path: Path) -> None:
        """A process killed while writing leaves the old file whole (only a temporary)."""
        target = tmp_path / "big.txt"
        target.write_text("old", encoding="utf-8")
        code = (
            "import sys, time\n"
            "from diplotimeline.io.atomic import open_atomic\n"
            "with open_atomic(sys.argv[1]) as out:\n"
            "    out.write('x' * 100000)\n"
            "    out.flush()\n"
            "    print('writing', flush=True)\n"
            "    time.sleep(30)\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        child = subprocess.Popen(
            [sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout is not None
        started = time.monotonic()
        assert "writing\n" == child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert time.monotonic() - started < 10
        assert "old" == target.read_text(encoding="utf-8")
        leftovers = [path.name for path in tmp_path.iterdir() if path.name != "big.txt"]
        assert 1 == len(leftovers)
        assert leftovers[0].startswith(".big.txt.")
        assert leftovers[0].endswith(".tmp")
