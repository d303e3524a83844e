"""Streaming batch extraction on several processes of one machine.

:func:`extract_batch` reads documents from any iterable (see
:mod:`diplotimeline.extract.sources`) in chunks, extracts each chunk in a pool of worker
processes and yields the extractions in input order, so the output is the same, byte for
byte, whatever the number of workers or the chunk size:

* **bounded memory**: at most ``2 * workers`` chunks are in flight; the input is never
  read ahead further than that, so memory does not grow with the number of documents;
* **one load per worker**: each worker process loads the gazetteers and rules once, in
  its initializer, and keeps them for every chunk; top-level functions only, so the pool
  works with the ``spawn``, ``forkserver`` and ``fork`` start methods;
* **start method**: by default ``fork`` on Linux when this process runs a single thread:
  the rules and gazetteers are loaded here first, so the workers inherit them and load
  nothing themselves. Forking a process that runs other threads (a web server, a Dask
  client) can deadlock a child on a lock another thread held, so then ``forkserver`` is
  used (each worker imports the library and loads the rules itself, about a second),
  and elsewhere the platform's default. ``start_method`` chooses explicitly;
* **small inputs**: when the whole input fits in one chunk there is nothing to share out,
  so it is extracted in this process and no pool is started;
* **errors**: a document whose extraction raises (anything, not only the library's own
  errors), and an error a source yields in a document's place, is recorded as a
  :class:`BatchError` and skipped; nothing else is lost. With ``strict=True`` the first
  one stops the batch instead, raising an :class:`~diplotimeline.errors.InputError` that
  names the document (or the source's own error);
* **summary**: :attr:`Batch.summary` counts the documents read, extracted and skipped,
  with the reasons (:class:`BatchSummary`).

Order independence: an extraction depends on its document only, so extracting a
shuffled input and sorting by document id gives the same result as sorting the
extractions of the original order.

Examples:
    >>> from diplotimeline.model import Document
    >>> docs = [Document(id="a", text="Peru and Chile met."), Document(id="b", text="x")]
    >>> batch = extract_batch(docs, workers=1)
    >>> [extraction.document.id for extraction in batch]
    ['a', 'b']
    >>> batch.summary.describe()
    'read 2 documents: extracted 2, skipped 0'
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Final

import attrs

from diplotimeline.errors import DiplotimelineError, InputError, UsageError
from diplotimeline.extract.gazetteer import Gazetteer, load_gazetteer
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import Tagger, default_tagger
from diplotimeline.model import Document, Extraction

__all__ = [
    "Batch",
    "BatchError",
    "BatchSummary",
    "default_workers",
    "extract_batch",
]

_IN_FLIGHT_PER_WORKER: Final = 2
_START_METHODS: Final = frozenset({"spawn", "fork", "forkserver"})


@attrs.frozen(kw_only=True)
class BatchError:
    """A document that a batch reported and skipped: which one, and why.

    Args:
        index: The document's position in the input (from 0).
        document: Its id, or where it was read from when it has none (a file, a line).
        error: The class name of the exception.
        message: The exception's message.

    Examples:
        >>> record = BatchError(index=3, document="d4", error="InvalidDateError",
        ...                     message="day 30 is out of range for February 2031")
        >>> record.describe()
        'd4 (input #3): InvalidDateError: day 30 is out of range for February 2031'
    """

    index: int
    document: str
    error: str
    message: str

    @classmethod
    def from_exception(cls, index: int, document: str, error: BaseException) -> BatchError:
        """The record of ``error``, raised while reading or extracting a document.

        Examples:
            >>> BatchError.from_exception(0, "d1", ValueError("bad")).error
            'ValueError'
        """
        return cls(index=index, document=document, error=type(error).__name__, message=str(error))

    def describe(self) -> str:
        """One line: the document, its position, the error class and message.

        Examples:
            >>> BatchError(index=0, document="d1", error="ValueError", message="bad").describe()
            'd1 (input #0): ValueError: bad'
        """
        return f"{self.document} (input #{self.index}): {self.error}: {self.message}"


def _records(values: Iterable[BatchError]) -> tuple[BatchError, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class BatchSummary:
    """What a batch did: documents read, extracted and skipped, and why they were skipped.

    Args:
        read: Documents taken from the input (good and bad).
        extracted: Extractions yielded.
        skipped: The skipped documents, in input order.

    Examples:
        >>> bad = BatchError(index=1, document="d2", error="InputError", message="not UTF-8")
        >>> summary = BatchSummary(read=3, extracted=2, skipped=(bad,))
        >>> summary.reasons
        {'InputError': 1}
        >>> summary.describe()
        'read 3 documents: extracted 2, skipped 1 (InputError: 1)'
    """

    read: int = 0
    extracted: int = 0
    skipped: tuple[BatchError, ...] = attrs.field(default=(), converter=_records)

    @property
    def reasons(self) -> dict[str, int]:
        """How many documents were skipped for each error class, by class name.

        Examples:
            >>> BatchSummary().reasons
            {}
        """
        return dict(sorted(collections.Counter(item.error for item in self.skipped).items()))

    def describe(self) -> str:
        """One line for a log or a command's standard error.

        Examples:
            >>> BatchSummary(read=1, extracted=1).describe()
            'read 1 documents: extracted 1, skipped 0'
        """
        text = (
            f"read {self.read} documents: extracted {self.extracted}, skipped {len(self.skipped)}"
        )
        if self.skipped:
            reasons = ", ".join(f"{name}: {count}" for name, count in self.reasons.items())
            text += f" ({reasons})"
        return text


def default_workers() -> int:
    """The default number of worker processes: the cores this process may use.

    Inside a daemonic process (a worker of another pool, which may not start processes
    of its own) it is 1, so a default batch there extracts in that process.

    Examples:
        >>> default_workers() >= 1
        True
    """
    if multiprocessing.current_process().daemon:
        return 1
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _threads() -> int:
    """Threads of this process, native ones included where the system tells."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _default_start_method() -> str | None:
    """``fork`` where it is safe and fast, else ``forkserver``; see the module docstring."""
    if not sys.platform.startswith("linux"):
        return None
    if _threads() == 1:
        return "fork"
    return "forkserver"


# ---------------------------------------------------------------------------------------
# Worker side: top-level functions and one module-level state per process, so the pool
# works under every start method; the state is set once by the initializer.

_Outcome = Extraction | BatchError
_Item = tuple[int, Document]

_state: tuple[Gazetteer, Tagger] | None = None


def _initialize(gazetteer: Gazetteer | None, tagger: Tagger | None) -> None:
    global _state
    _state = (gazetteer or load_gazetteer(), tagger or default_tagger())


def _extract_chunk(chunk: list[_Item]) -> list[_Outcome]:
    if _state is None:  # pragma: no cover - the initializer always runs first
        _initialize(None, None)
    assert _state is not None
    gazetteer, tagger = _state
    outcomes: list[_Outcome] = []
    for index, document in chunk:
        try:
            outcomes.append(extract(document, gazetteer=gazetteer, tagger=tagger))
        except Exception as exc:  # a bad document must not stop the batch
            outcomes.append(BatchError.from_exception(index, document.id, exc))
    return outcomes


# ---------------------------------------------------------------------------------------
# Driver side.

_Chunk = tuple[list[_Item], list[tuple[int, DiplotimelineError]]]
_Pending = tuple[
    list[int], "concurrent.futures.Future[list[_Outcome]]", list[tuple[int, DiplotimelineError]]
]


def _where(error: DiplotimelineError) -> str:
    source = getattr(error, "source", None)
    line = getattr(error, "line", None)
    if source is None:
        return "<input>"
    return f"{source}:{line}" if line is not None else str(source)


def _chunks(
    documents: Iterable[Document | DiplotimelineError], size: int
) -> Iterator[list[tuple[int, Document | DiplotimelineError]]]:
    numbered = enumerate(documents)
    while chunk := list(itertools.islice(numbered, size)):
        yield chunk


class Batch(Iterator[Extraction]):
    """The running batch: iterate it for the extractions, in input order; read its summary.

    Made by :func:`extract_batch`. The summary grows as the batch is consumed; after the
    last extraction it is complete. Closing the batch (or leaving a ``with`` block) stops
    the worker processes.

    Examples:
        >>> from diplotimeline.model import Document
        >>> with extract_batch([Document(id="a", text="Peru.")], workers=1) as batch:
        ...     ids = [extraction.document.id for extraction in batch]
        >>> (ids, batch.summary.extracted)
        (['a'], 1)
    """

    def __init__(
        self,
        documents: Iterable[Document | DiplotimelineError],
        *,
        workers: int,
        chunk_size: int,
        strict: bool,
        on_error: Callable[[BatchError], None] | None,
        gazetteer: Gazetteer | None,
        tagger: Tagger | None,
        start_method: str | None,
    ) -> None:
        self._strict = strict
        self._on_error = on_error
        self._read = 0
        self._extracted = 0
        self._skipped: list[BatchError] = []
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._outcomes = self._run(
            _chunks(documents, chunk_size), workers, gazetteer, tagger, start_method
        )

    # -- the two engines: both yield per-document outcomes in input order --------------

    def _split(self, chunk: list[tuple[int, Document | DiplotimelineError]]) -> _Chunk:
        good: list[_Item] = []
        bad: list[tuple[int, DiplotimelineError]] = []
        for index, item in chunk:
            if isinstance(item, Document):
                good.append((index, item))
            else:
                bad.append((index, item))
        self._read += len(chunk)
        return good, bad

    @staticmethod
    def _interleave(
        positions: list[int], outcomes: list[_Outcome], bad: list[tuple[int, DiplotimelineError]]
    ) -> list[tuple[int, _Outcome | DiplotimelineError]]:
        """A chunk's outcomes and source errors together, by input position."""
        merged: list[tuple[int, _Outcome | DiplotimelineError]] = list(
            zip(positions, outcomes, strict=True)
        )
        if bad:
            merged.extend(bad)
            merged.sort(key=lambda row: row[0])
        return merged

    def _run(
        self,
        chunks: Iterator[list[tuple[int, Document | DiplotimelineError]]],
        workers: int,
        gazetteer: Gazetteer | None,
        tagger: Tagger | None,
        start_method: str | None,
    ) -> Iterator[tuple[int, _Outcome | DiplotimelineError]]:
        # Read up to two chunks before choosing: a pool only pays off for more than one.
        head = list(itertools.islice(chunks, 2 if workers > 1 else 0))
        if len(head) < 2:
            yield from self._serial(itertools.chain(head, chunks), gazetteer, tagger)
            return
        method = start_method or _default_start_method()
        context = multiprocessing.get_context(method)
        if context.get_start_method() == "fork":
            # Load once here: forked workers inherit the loaded rules and gazetteers.
            gazetteer, tagger = gazetteer or load_gazetteer(), tagger or default_tagger()
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_initialize,
            initargs=(gazetteer, tagger),
        )
        yield from self._parallel(itertools.chain(head, chunks), workers)

    def _serial(
        self,
        chunks: Iterable[list[tuple[int, Document | DiplotimelineError]]],
        gazetteer: Gazetteer | None,
        tagger: Tagger | None,
    ) -> Iterator[tuple[int, _Outcome | DiplotimelineError]]:
        _initialize(gazetteer, tagger)
        for chunk in chunks:
            good, bad = self._split(chunk)
            yield from self._interleave([index for index, _ in good], _extract_chunk(good), bad)

    def _parallel(
        self,
        chunks: Iterable[list[tuple[int, Document | DiplotimelineError]]],
        workers: int,
    ) -> Iterator[tuple[int, _Outcome | DiplotimelineError]]:
        pending: collections.deque[_Pending] = collections.deque()
        limit = _IN_FLIGHT_PER_WORKER * workers
        for chunk in chunks:
            assert self._pool is not None
            good, bad = self._split(chunk)
            # Only the positions stay here; the documents travel to the worker.
            positions = [index for index, _ in good]
            pending.append((positions, self._pool.submit(_extract_chunk, good), bad))
            while len(pending) >= limit:
                yield from self._finish(pending.popleft())
        while pending:
            yield from self._finish(pending.popleft())

    def _finish(self, item: _Pending) -> list[tuple[int, _Outcome | DiplotimelineError]]:
        positions, future, bad = item
        return self._interleave(positions, future.result(), bad)

    # -- the iterator ---------------------------------------------------------------------

    def _skip(self, record: BatchError, cause: BaseException | None) -> None:
        if self._strict:
            self.close()
            if isinstance(cause, DiplotimelineError):
                raise cause
            raise InputError(
                f"batch stopped at {record.describe()}", source=record.document
            ) from cause
        self._skipped.append(record)
        if self._on_error is not None:
            self._on_error(record)

    def __next__(self) -> Extraction:
        for index, outcome in self._outcomes:
            if isinstance(outcome, Extraction):
                self._extracted += 1
                return outcome
            if isinstance(outcome, BatchError):
                self._skip(outcome, None)
            else:
                self._skip(BatchError.from_exception(index, _where(outcome), outcome), outcome)
        self.close()
        raise StopIteration

    @property
    def summary(self) -> BatchSummary:
        """Documents read, extracted and skipped so far (complete once the batch ends).

        Examples:
            >>> extract_batch([], workers=1).summary.read
            0
        """
        return BatchSummary(
            read=self._read, extracted=self._extracted, skipped=tuple(self._skipped)
        )

    def close(self) -> None:
        """Stop reading and shut the worker processes down; pending chunks are dropped.

        Examples:
            >>> batch = extract_batch([], workers=1)
            >>> batch.close()
            >>> list(batch)
            []
        """
        self._outcomes = iter(())
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def extract_batch(
    documents: Iterable[Document | DiplotimelineError],
    *,
    workers: int | None = None,
    chunk_size: int = 16,
    strict: bool = False,
    on_error: Callable[[BatchError], None] | None = None,
    gazetteer: Gazetteer | None = None,
    tagger: Tagger | None = None,
    start_method: str | None = None,
) -> Batch:
    """Extract many documents on several processes, streaming, in input order.

    See the module docstring for the guarantees. ``documents`` may hold the library's
    errors in place of documents, as the sources yield them with
    ``return_errors=True``: they are reported and skipped like documents whose
    extraction fails.

    Args:
        documents: The documents, read lazily.
        workers: Worker processes; ``None`` uses every core this process may use, ``1``
            extracts in this process (no pool).
        chunk_size: Documents sent to a worker at a time.
        strict: Stop at the first bad document, raising, instead of skipping it.
        on_error: Called with each :class:`BatchError` as the document is skipped.
        gazetteer: Gazetteers; the packaged ones by default (each worker loads them).
        tagger: The temporal tagger; the packaged rules by default.
        start_method: The multiprocessing start method (``"spawn"``, ``"fork"``,
            ``"forkserver"``); when ``None``, ``fork`` on Linux if this process runs a
            single thread, else ``forkserver`` (the platform's default elsewhere). A
            custom ``gazetteer`` or ``tagger`` must be picklable for the last two.

    Returns:
        The batch: an iterator of extractions with a :attr:`~Batch.summary`.

    Raises:
        UsageError: ``workers`` or ``chunk_size`` is below 1, or the start method is unknown.
        InputError: With ``strict``, when a document's extraction fails (naming it); a
            source's own error is raised as it is.

    Examples:
        >>> from diplotimeline.errors import InputError
        >>> from diplotimeline.model import Document
        >>> items = [Document(id="a", text="Peru."), InputError("not UTF-8", source="b.txt")]
        >>> batch = extract_batch(items, workers=1)
        >>> [extraction.document.id for extraction in batch]
        ['a']
        >>> [record.describe() for record in batch.summary.skipped]
        ['b.txt (input #1): InputError: not UTF-8']
        >>> list(extract_batch(items, workers=1, strict=True))
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InputError: not UTF-8
    """
    if workers is None:
        workers = default_workers()
    if not isinstance(workers, int) or workers < 1:
        raise UsageError(f"workers must be a whole number from 1, got {workers!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise UsageError(f"chunk_size must be a whole number from 1, got {chunk_size!r}")
    if start_method is not None and start_method not in _START_METHODS:
        raise UsageError(
            f"start_method must be one of {', '.join(sorted(_START_METHODS))}, got {start_method!r}"
        )
    return Batch(
        documents,
        workers=workers,
        chunk_size=chunk_size,
        strict=strict,
        on_error=on_error,
        gazetteer=gazetteer,
        tagger=tagger,
        start_method=start_method,
    )
