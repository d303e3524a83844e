"""Tests for diplotimeline.extract.batch: parallel, streaming, ordered, skipping bad documents."""

from __future__ import annotations

import itertools
import multiprocessing
import random
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotimeline.errors import DiplotimelineError, InputError, InvalidDateError, UsageError
from diplotimeline.extract import batch as batch_module
from diplotimeline.extract.batch import BatchError, BatchSummary, default_workers, extract_batch
from diplotimeline.extract.pipeline import extract, extract_many
from diplotimeline.extract.sources import iter_documents, synthetic_documents
from diplotimeline.io.json import dump_jsonl
from diplotimeline.model import Document, Extraction

FORK = "fork" in multiprocessing.get_all_start_methods()


def _corpus(root: Path) -> list[Document]:
    """Seed articles, hand-written ones about other countries, and generated news."""
    own = [
        Document(id="own-1", text="Kenyan President Amina Achieng will visit Brazil in May 2031."),
        Document(id="own-2", text="Norway and Chile signed a fisheries memorandum on 3 June 2030."),
    ]
    seeds = list(iter_documents(root / "seeds" / "metadata.json"))
    return [*seeds, *own, *synthetic_documents(40, seed=11)]


def _jsonl(extractions: object) -> bytes:
    return "\n".join(dump_jsonl(extractions)).encode()  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def corpus(request: pytest.FixtureRequest) -> list[Document]:
    """The test corpus."""
    return _corpus(Path(request.config.rootpath))


@pytest.fixture(scope="module")
def serial(corpus: list[Document]) -> bytes:
    """The serial extraction of the corpus, as JSON Lines bytes."""
    return _jsonl(extract_many(corpus))


class TestDeterminism:
    @pytest.mark.parametrize(("workers", "chunk_size"), [(1, 1), (1, 32), (2, 1), (2, 7), (2, 32)])
    def test_identical_bytes(
        self, corpus: list[Document], serial: bytes, workers: int, chunk_size: int
    ) -> None:
        """Output is byte-identical to the serial run whatever the workers and chunk size."""
        # strict: a document failing in a worker is raised with its cause, not skipped
        output = _jsonl(extract_batch(corpus, workers=workers, chunk_size=chunk_size, strict=True))
        assert serial == output

    def test_spawn_start_method(self, corpus: list[Document], serial: bytes) -> None:
        """The pool works with the spawn start method (top-level functions only)."""
        assert serial == _jsonl(
            extract_batch(corpus, workers=2, chunk_size=8, start_method="spawn")
        )

    def test_order_independent(self, corpus: list[Document]) -> None:
        """A shuffled input gives the same extractions once sorted by document id."""
        shuffled = corpus[:]
        random.Random(7).shuffle(shuffled)

        def by_id(extractions: list[Extraction]) -> list[Extraction]:
            return sorted(extractions, key=lambda x: x.document.id)

        original = by_id(list(extract_batch(corpus, workers=2, chunk_size=5)))
        assert original == by_id(list(extract_batch(shuffled, workers=2, chunk_size=3)))


class TestStreaming:
    def test_reads_ahead_a_bounded_amount(self) -> None:
        """At most about 2 x workers chunks are read before the first result comes out."""
        consumed = 0

        def documents() -> Iterator[Document]:
            nonlocal consumed
            for document in synthetic_documents(10_000, seed=2):
                consumed += 1
                yield document

        batch = extract_batch(documents(), workers=2, chunk_size=4, strict=True)
        next(batch)
        batch.close()
        assert consumed <= (2 * 2 + 1) * 4

    def test_serial_is_lazy(self) -> None:
        """With one worker, only one chunk is read ahead."""
        source = iter(synthetic_documents(1_000, seed=2))
        batch = extract_batch(source, workers=1, chunk_size=3)
        next(batch)
        assert "syn-2-000003" == next(source).id


def _failing_extract(document: Document, **kwargs: object) -> Extraction:
    if "bad" in document.id:
        raise InvalidDateError("day 30 is out of range for February 2031", value="2031-02-30")
    if "bug" in document.id:
        raise ZeroDivisionError("division by zero")
    return extract(document, **kwargs)  # type: ignore[arg-type]


def _mixed() -> list[Document | DiplotimelineError]:
    docs: list[Document | DiplotimelineError] = list(synthetic_documents(12, seed=5))
    docs[2] = Document(id="bad-1", text="x")
    docs[5] = InputError("feed.jsonl is not UTF-8", source="feed.jsonl", line=6)
    docs[9] = Document(id="bug-1", text="y")
    return docs


class TestErrors:
    @pytest.mark.parametrize(
        "workers", [1, pytest.param(2, marks=pytest.mark.skipif(not FORK, reason="needs fork"))]
    )
    def test_bad_documents_reported_and_skipped(
        self, monkeypatch: pytest.MonkeyPatch, workers: int
    ) -> None:
        """Failing documents and source errors are skipped, reported in order, nothing else lost."""
        monkeypatch.setattr(batch_module, "extract", _failing_extract)
        seen: list[BatchError] = []
        batch = extract_batch(
            _mixed(), workers=workers, chunk_size=4, on_error=seen.append, start_method="fork"
        )
        ids = [x.document.id for x in batch]
        expected_ids = [d.id for d in _mixed() if isinstance(d, Document) and "-1" not in d.id]
        assert expected_ids == ids
        assert [
            "bad-1 (input #2): InvalidDateError: day 30 is out of range for February 2031",
            "feed.jsonl:6 (input #5): InputError: feed.jsonl is not UTF-8",
            "bug-1 (input #9): ZeroDivisionError: division by zero",
        ] == [record.describe() for record in seen]
        summary = batch.summary
        assert (12, 9, tuple(seen)) == (summary.read, summary.extracted, summary.skipped)
        assert {"InputError": 1, "InvalidDateError": 1, "ZeroDivisionError": 1} == summary.reasons

    @pytest.mark.parametrize(
        "workers", [1, pytest.param(2, marks=pytest.mark.skipif(not FORK, reason="needs fork"))]
    )
    def test_strict_stops(self, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
        """With strict, the first failing document raises an InputError naming it."""
        monkeypatch.setattr(batch_module, "extract", _failing_extract)
        batch = extract_batch(
            _mixed(), workers=workers, chunk_size=4, strict=True, start_method="fork"
        )
        with pytest.raises(InputError, match=r"batch stopped at bad-1 \(input #2\)"):
            list(batch)
        assert 2 == batch.summary.extracted

    def test_strict_raises_a_source_error_as_it_is(self) -> None:
        """With strict, an error a source yielded is raised unchanged."""
        error = InputError("not UTF-8", source="b.txt", offset=3)
        with pytest.raises(InputError) as caught:
            list(extract_batch([error], workers=1, strict=True))
        assert error is caught.value

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"workers": 0}, "workers"),
            ({"chunk_size": 0}, "chunk_size"),
            ({"start_method": "thread"}, "start_method"),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, object], message: str) -> None:
        """Impossible settings are UsageErrors."""
        with pytest.raises(UsageError, match=message):
            extract_batch([], **kwargs)  # type: ignore[arg-type]


class TestSummary:
    def test_describe(self) -> None:
        """The summary line counts documents and reasons."""
        records = [
            BatchError(index=i, document=f"d{i}", error=name, message="m")
            for i, name in enumerate(["InputError", "DecodeError", "InputError"])
        ]
        summary = BatchSummary(read=10, extracted=7, skipped=records)
        assert "read 10 documents: extracted 7, skipped 3 (DecodeError: 1, InputError: 2)" == (
            summary.describe()
        )

    def test_default_workers(self) -> None:
        """By default the batch uses the available cores."""
        assert default_workers() >= 1

    def test_default_workers_inside_a_pool_worker(self) -> None:
        """A worker of another pool (a daemonic process, which may not fork) gets one worker."""
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            assert 1 == pool.apply(default_workers)

    def test_empty_input(self) -> None:
        """An empty input gives nothing and a zero summary."""
        batch = extract_batch(iter(()), workers=2)
        assert [] == list(batch)
        assert BatchSummary() == batch.summary

    def test_context_manager_stops_pool(self) -> None:
        """Leaving the with block stops the pool; the rest of the input is not read."""
        source = iter(synthetic_documents(500, seed=1))
        with extract_batch(source, workers=2, chunk_size=2) as batch:
            first = list(itertools.islice(batch, 3))
        assert 3 == len(first)
        assert [] == list(batch)


class TestPool:
    def test_small_input_runs_in_this_process(self) -> None:
        """An input that fits in one chunk is extracted here: no pool, nothing pickled."""
        from diplotimeline.extract.temporal import default_tagger

        real = default_tagger()
        calls: list[str] = []

        class CountingTagger:  # a local class: it cannot be pickled for a worker
            def tag(self, text: str, published: object, **options: object) -> object:
                calls.append(text)
                return real.tag(text, published, **options)  # type: ignore[arg-type]

        documents = list(synthetic_documents(5, seed=6))
        batch = extract_batch(
            documents,
            workers=2,
            chunk_size=16,
            tagger=CountingTagger(),  # type: ignore[arg-type]
            start_method="spawn",
        )
        assert [d.id for d in documents] == [x.document.id for x in batch]
        assert 5 == len(calls)

    @pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux default")
    def test_default_start_method_avoids_fork_beside_threads(self) -> None:
        """By default a single-threaded process forks; one running threads uses forkserver."""
        alone = batch_module._default_start_method()
        assert ("fork" if batch_module._threads() == 1 else "forkserver") == alone
        stop = threading.Event()
        helper = threading.Thread(target=stop.wait)
        helper.start()
        try:
            assert "forkserver" == batch_module._default_start_method()
        finally:
            stop.set()
            helper.join()

    @pytest.mark.parametrize("method", ["fork", "forkserver"])
    def test_start_methods_give_the_same_output(
        self, corpus: list[Document], serial: bytes, method: str
    ) -> None:
        """The fork and forkserver pools give the serial bytes."""
        if method not in multiprocessing.get_all_start_methods():
            pytest.skip(f"{method} is not available here")
        assert serial == _jsonl(extract_batch(corpus, workers=2, start_method=method))
