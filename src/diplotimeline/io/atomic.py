"""Atomic file output: write beside the target, flush to disk, then rename over it.

An interrupted export (a crash, a full disk, SIGKILL) leaves either the old file or the
new one, never a half-written file: the data go to a temporary file in the target's own
directory (so the final :func:`os.replace` never crosses a file system), which is
flushed with :func:`os.fsync` before the rename; the directory is synced after it so the
rename itself survives a power cut. A failed write removes its temporary file.

The new file gets the permission bits of the file it replaces, or ``0o666`` less the
process umask for a new file, as :func:`open` would give it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

from diplotimeline.errors import UsageError

__all__ = ["atomic_path", "open_atomic", "write_atomic"]

_TEMP_SUFFIX: Final = ".tmp"


def _default_mode() -> int:
    """The mode :func:`open` gives a new file: ``0o666`` less the umask."""
    try:
        # Linux reports the umask without changing it (reading it via os.umask is racy).
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_directory(directory: Path) -> None:
    # Not every platform can open a directory (Windows cannot); the rename is then as
    # durable as that platform makes it.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Give a temporary path beside ``path``; on success move it over ``path``.

    For writers that want a file name rather than a file object (pyarrow, sqlite). The
    temporary file exists (empty) when the block starts; the writer may overwrite it.
    If the block raises, the temporary file is removed and ``path`` is untouched.

    Raises:
        UsageError: If ``path`` is an existing directory.

    Examples:
        >>> import pathlib, tempfile
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> with atomic_path(target) as temporary:
        ...     _ = temporary.write_text("done", encoding="utf-8")
        ...     target.exists()
        False
        >>> target.read_text(encoding="utf-8")
        'done'
    """
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"cannot write to {str(target)!r}: it is a directory")
    directory = target.parent
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mode = _default_mode()
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=directory)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, mode)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_directory(directory)


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open a text file for writing that appears at ``path`` only once the block succeeds.

    Newlines are written exactly as given (no translation), so the bytes on disk are the
    string's own (CSV keeps its ``\\r\\n``). For binary data use :func:`write_atomic`
    or :func:`atomic_path`.

    Args:
        path: The file to create or replace.
        encoding: The text encoding.

    Examples:
        >>> import pathlib, tempfile
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "rows.csv"
        >>> with open_atomic(target) as out:
        ...     _ = out.write("a,b\\r\\n")
        >>> target.read_bytes()
        b'a,b\\r\\n'
    """
    with (
        atomic_path(path) as temporary,
        open(temporary, "w", encoding=encoding, newline="") as text,
    ):
        yield text
        text.flush()


def write_atomic(
    path: str | os.PathLike[str], data: str | bytes, *, encoding: str = "utf-8"
) -> None:
    """Write ``data`` (text or bytes) to ``path`` atomically.

    Text is encoded with ``encoding`` and written without newline translation.

    Examples:
        >>> import pathlib, tempfile
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "calendar.ics"
        >>> write_atomic(target, "BEGIN:VCALENDAR\\r\\n")
        >>> target.read_bytes()
        b'BEGIN:VCALENDAR\\r\\n'
    """
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(path) as temporary, open(temporary, "wb") as out:
        out.write(payload)
        out.flush()
