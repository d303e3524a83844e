"""What the command line reads: files, folders, globs, stdin, metadata, TimeML, extractions.

Also the one-line description of a bad input that every error message uses.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from diplotimeline.cli._progress import _Progress
from diplotimeline.errors import DiplotimelineError, InputError, UsageError

if TYPE_CHECKING:
    from diplotimeline.extract.batch import BatchSummary
    from diplotimeline.model import Document, Extraction


def _expand(name: str) -> list[Path]:
    """A path, or the files a glob matches (sorted)."""
    if any(char in name for char in "*?[") and not Path(name).exists():
        matches = sorted(Path(item) for item in glob.glob(name, recursive=True))
        if not matches:
            raise UsageError(f"no files match {name!r}")
        return matches
    path = Path(name)
    if not path.exists():
        raise InputError(f"no such file or folder: {name}", source=name)
    return [path]


# Every "diplotimeline/1" JSON file this library writes starts like this, so most files are
# recognised from their first bytes, without parsing them twice.
_EXTRACTIONS_HEAD = re.compile(r'\A\ufeff?\s*\{\s*"format"\s*:\s*"diplotimeline/1"')
_EXTRACTIONS_FORMAT = '"diplotimeline/1"'
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _read_text(path: Path, *, first_line: bool = False) -> str:
    try:
        with path.open("r", encoding="utf-8-sig") as handle:
            return handle.readline() if first_line else handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}", source=str(path)) from None


def _is_extractions(head: str) -> bool:
    """Whether JSON text (a whole .json file, or a .jsonl file's first line) is ours."""
    if _EXTRACTIONS_HEAD.match(head):
        return True
    if _EXTRACTIONS_FORMAT not in head:
        return False
    # Only a file that names the format, but not first, is parsed here as well.
    try:
        data = json.loads(head)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(data, dict) and data.get("format") == "diplotimeline/1"


def _timeml_files(folder: Path) -> list[Path]:
    """The *.tml files under ``folder`` in the order of ``iter_timeml_dir``."""
    files = [
        file for file in folder.rglob("*.tml") if file.is_file() and not file.name.startswith(".")
    ]
    files.sort(key=lambda file: (file.name, file.relative_to(folder).parts))
    return files


def _has_text_files(folder: Path) -> bool:
    return any(file.is_file() for file in folder.rglob("*.txt"))


def _read_timeml_document(path: Path) -> Document | DiplotimelineError:
    from diplotimeline.io.timeml import document_from_timeml, read_timeml

    try:
        return document_from_timeml(read_timeml(path), default_id=path.stem)
    except DiplotimelineError as error:
        return error


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


class _Inputs:
    """What the command line names: documents to extract and extractions already made.

    Each input file is opened once to see what it is; a ``diplotimeline/1`` JSON file is
    kept in memory from that first read and parsed once, by :meth:`extractions`.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.documents: list[Document | Path | str] = []
        self.extraction_files: list[tuple[Path, str | None]] = []
        if getattr(args, "metadata", None):
            self.documents.append(str(args.metadata))
        for name in args.inputs:
            if name == "-":
                from diplotimeline.extract.document import document_from_text

                self.documents.append(document_from_text(sys.stdin.read(), id="stdin"))
                continue
            for path in _expand(name):
                self._add(path)
        if not self.documents and not self.extraction_files:
            raise UsageError(
                "nothing to read: name text files, folders, globs, -, JSON Lines of documents, "
                "TimeML files, extractions, or --metadata"
            )

    def _add(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix == ".json" and path.is_file():
            text = _read_text(path)
            if _is_extractions(text):
                self.extraction_files.append((path, text))
                return
        elif suffix in _JSONL_SUFFIXES and path.is_file():
            if _is_extractions(_read_text(path, first_line=True)):
                self.extraction_files.append((path, None))
                return
        elif path.is_dir() and not _has_text_files(path):
            timeml = _timeml_files(path)
            if timeml:
                self.documents.extend(timeml)
                return
        self.documents.append(path)

    def extractions(self) -> Iterator[Extraction]:
        """The extractions of the named ``diplotimeline/1`` files, in order."""
        from diplotimeline.io.json import load_jsonl, loads

        for path, text in self.extraction_files:
            if text is not None:
                yield from loads(text, source=str(path))
                continue
            try:
                with path.open("r", encoding="utf-8-sig") as handle:
                    yield from load_jsonl(handle, source=str(path))
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot read {path}: {exc}", source=str(path)) from None

    def iter_documents(self) -> Iterator[Document | DiplotimelineError]:
        """The documents to extract, lazily; a bad one is yielded as its error."""
        from diplotimeline.extract.sources import iter_documents

        for item in self.documents:
            if isinstance(item, Path) and item.suffix.lower() == ".tml" and item.is_file():
                yield _read_timeml_document(item)
            else:
                yield from iter_documents(item, return_errors=True)

    def count_documents(self) -> int | None:
        """How many documents :meth:`iter_documents` will yield, or None if unknown.

        Only worth its extra reading for a progress bar: folders are listed, JSON Lines
        counted, metadata files read; a file that cannot be read leaves it unknown.
        """
        from diplotimeline.extract.document import read_metadata

        total = 0
        try:
            for item in self.documents:
                if isinstance(item, str):
                    total += len(read_metadata(item))
                elif not isinstance(item, Path):
                    total += 1
                elif item.is_dir():
                    total += sum(1 for file in item.rglob("*.txt") if file.is_file())
                elif item.suffix.lower() in _JSONL_SUFFIXES:
                    total += _count_lines(item)
                elif item.suffix.lower() == ".json":
                    total += len(read_metadata(item))
                else:
                    total += 1
        except (OSError, DiplotimelineError):
            return None
        return total


def _extractions(args: argparse.Namespace) -> list[Extraction]:
    """Extract every named document (in parallel when asked) and load named extractions."""
    from diplotimeline.extract.batch import BatchError, extract_batch

    inputs = _Inputs(args)
    results: list[Extraction] = list(inputs.extractions())
    if inputs.documents:
        quiet = getattr(args, "quiet", False)
        enabled = _Progress.wanted(sys.stderr, quiet)
        total = inputs.count_documents() if enabled else None
        progress = _Progress(sys.stderr, total=total, enabled=enabled)
        workers = getattr(args, "workers", None)
        strict = getattr(args, "strict", False)
        done = [0]

        def skipped(_record: BatchError) -> None:
            done[0] += 1
            progress.update(done[0])

        try:
            with extract_batch(
                inputs.iter_documents(), workers=workers, strict=strict, on_error=skipped
            ) as batch:
                for extraction in batch:
                    results.append(extraction)
                    done[0] += 1
                    progress.update(done[0])
                summary = batch.summary
        finally:
            # Also on an error, so that its message starts on a line of its own.
            progress.close()
        _report_skipped(summary, quiet=quiet)
    return results


def _read_documents(args: argparse.Namespace) -> list[Document]:
    """The named documents, read but not extracted; bad ones skipped (or, --strict, raised)."""
    inputs = _Inputs(args)
    documents = [extraction.document for extraction in inputs.extractions()]
    skipped: list[DiplotimelineError] = []
    for item in inputs.iter_documents():
        if isinstance(item, DiplotimelineError):
            if getattr(args, "strict", False):
                raise item
            skipped.append(item)
        else:
            documents.append(item)
    if skipped and not getattr(args, "quiet", False):
        print(
            f"diplotimeline: read {len(documents) + len(skipped)} documents, skipped "
            f"{len(skipped)}; the first: {_describe(skipped[0])}",
            file=sys.stderr,
        )
    return documents


def _report_skipped(summary: BatchSummary, *, quiet: bool) -> None:
    if summary.skipped and not quiet:
        print(f"diplotimeline: {summary.describe()}", file=sys.stderr)


def _describe(error: DiplotimelineError) -> str:
    """One line: where (file, line, offset, field path) and what went wrong."""
    message = " ".join(str(error).split())
    where = []
    source = getattr(error, "source", None)
    if source and str(source) not in message:
        where.append(str(source))
    line = getattr(error, "line", None)
    if line is not None and f"line {line}" not in message:
        where.append(f"line {line}")
    offset = getattr(error, "offset", None)
    if offset is not None and str(offset) not in message:
        where.append(f"offset {offset}")
    path = getattr(error, "path", None)
    if isinstance(path, str) and path not in ("$", "") and path not in message:
        where.append(path)
    return f"{': '.join(where)}: {message}" if where else message
