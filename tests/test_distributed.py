"""Tests for diplotimeline.distributed: Dask extraction, Parquet datasets and the blocked merge."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplotimeline import distributed
from diplotimeline.errors import DiplotimelineError, InputError, UsageError
from diplotimeline.extract.batch import BatchError
from diplotimeline.extract.pipeline import extract_many
from diplotimeline.extract.sources import synthetic_documents
from diplotimeline.io.json import dump_jsonl
from diplotimeline.model import (
    Agreement,
    AgreementForm,
    Event,
    Initiative,
    Meeting,
    MeetingForm,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, Timeline
from diplotimeline.timeline.merge import merge_mentions

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")

DOCUMENTS = 2_000


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two single-threaded worker processes."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def _query(sql: str) -> list[tuple[Any, ...]]:
    import duckdb

    relation = duckdb.sql(sql)
    assert relation is not None
    return relation.fetchall()


class TestOnLocalCluster:
    def test_extraction_and_merge_equal_serial(self, client: object, tmp_path: Path) -> None:
        """On two workers, extraction, merge and Parquet output equal the serial results."""
        del client
        documents = list(synthetic_documents(DOCUMENTS, seed=21))
        serial = list(extract_many(documents, workers=1))
        bag = distributed.extract_bag(db.from_sequence(documents, npartitions=8)).persist()
        assert list(dump_jsonl(serial)) == list(dump_jsonl(bag.compute()))

        expected = Timeline.from_extractions(serial)
        merged = distributed.merge_bag(bag, block_size=500)
        assert expected == merged
        assert len(expected) > 500

        folders = distributed.write_parquet(bag, tmp_path / "out")
        assert bag.npartitions == len(list(folders[0].glob("part-*.parquet")))
        events = tmp_path / "out" / "events" / "*.parquet"
        mentions = tmp_path / "out" / "mentions" / "*.parquet"
        total = _query(f"select count(*) from '{events}'")
        assert [(sum(len(x.events) for x in serial),)] == total
        kinds = _query(f"select kind, count(*) from '{events}' group by kind order by kind")
        assert dict(kinds) == {
            kind.value: sum(1 for x in serial for e in x.events if e.kind is kind)
            for kind in {e.kind for x in serial for e in x.events}
        }
        [(quotes,)] = _query(f"select count(*) from '{mentions}' where len(quote) > 0")
        assert quotes > 0


class TestDataFrame:
    def test_rows_become_documents(self) -> None:
        """Each row becomes a document; a bad published date is kept as a BatchError."""
        frame = pd.DataFrame(
            {
                "id": ["r1", "r2", "r3"],
                "text": ["Peru and Chile met.", "Talks.", "LIMA, May 2, 2031 - Talks."],
                "published": ["2031-05", "2031-02-30", None],
                "source": ["Wire", None, "Daily"],
            }
        )
        bag = distributed.extract_dataframe(dd.from_pandas(frame, npartitions=2), keep_errors=True)
        items = bag.compute(scheduler="sync")
        assert ["Extraction", "BatchError", "Extraction"] == [type(x).__name__ for x in items]
        assert PartialDate(2031, 5, 2) == items[2].document.published
        assert isinstance(items[1], BatchError)
        assert "r2" == items[1].document

    def test_strict_fails(self) -> None:
        """With strict, a bad row fails the computation."""
        frame = pd.DataFrame(
            {"id": ["r1"], "text": ["x"], "published": ["2031-13"], "source": [None]}
        )
        bag = distributed.extract_dataframe(dd.from_pandas(frame, npartitions=1), strict=True)
        with pytest.raises(DiplotimelineError, match=r"month must be within 1\.\.12"):
            bag.compute(scheduler="sync")

    def test_missing_columns(self) -> None:
        """A frame without the required columns is a UsageError."""
        frame = dd.from_pandas(pd.DataFrame({"id": ["a"], "body": ["x"]}), npartitions=1)
        with pytest.raises(UsageError, match="text, published, source"):
            distributed.extract_dataframe(frame)


class TestSummarize:
    def test_counts(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The summary of a bag with kept errors counts them by class."""

        def failing(document: object, **_: object) -> object:
            raise InputError("broken")

        monkeypatch.setattr(distributed, "extract", failing)
        bag = distributed.extract_bag(
            db.from_sequence(list(synthetic_documents(3)), npartitions=1), keep_errors=True
        )
        with dask.config.set(scheduler="sync"):
            summary = distributed.summarize(bag)
        assert (3, 0, {"InputError": 3}) == (summary.read, summary.extracted, summary.reasons)


def _mentions(count: int, seed: int) -> list[Mention]:
    """Mentions with repeated names, acronyms, undated ones and dates of every precision."""
    rng = random.Random(seed)
    names = ["Lima Accord", "Andean Summit", "Blue Water Fund (BWF)", "BWF", "Oslo talks"]
    mentions = []
    for number in range(count):
        name = rng.choice(names)
        year = rng.randint(2029, 2031)
        when = rng.choice(
            [
                None,
                DateSpan.parse_iso(f"{year}"),
                DateSpan.parse_iso(f"{year}-0{rng.randint(1, 9)}"),
            ]
        )
        event: Event
        if "Fund" in name or name == "BWF":
            event = Initiative(id="e1", name=name, when=when)
        elif "Accord" in name:
            event = Agreement(id="e1", name=name, when=when)
        else:
            status = Status.OCCURRED if when else Status.MENTIONED
            event = Meeting(id="e1", name=name, when=when, form=MeetingForm.SUMMIT, status=status)
        mentions.append(Mention(event, Origin(f"d{number}", PartialDate(2031))))
    return mentions


class TestMergeBlocks:
    @pytest.mark.parametrize("seed", [1, 2, 3])
    def test_blocks_merge_to_the_same_entries(self, seed: int) -> None:
        """Merging each block on its own gives exactly the entries of one global merge."""
        mentions = _mentions(300, seed)
        blocks = distributed.merge_blocks(mentions)
        assert sorted(m.key for m in mentions) == sorted(m.key for b in blocks for m in b)
        separately = sorted(
            (entry for block in blocks for entry in merge_mentions(block)), key=lambda e: e.id
        )
        together = sorted(merge_mentions(mentions), key=lambda e: e.id)
        assert together == separately

    def test_cuts_by_kind_and_date(self) -> None:
        """Dated mentions of one kind far apart in time fall in different blocks."""
        events = [
            Meeting(id="e1", name=f"Talks {n}", when=DateSpan.parse_iso(f"20{30 + n}"))
            for n in range(5)
        ]
        mentions = [Mention(e, Origin(f"d{i}")) for i, e in enumerate(events)]
        assert 5 == len(distributed.merge_blocks(mentions))

    def test_keeps_the_stages_of_one_agreement_together(self) -> None:
        """A named treaty dated by its signing and by its entry into force is one block."""
        signed, in_force, statement = (
            Agreement(
                id=f"e{n}",
                name=name,
                form=form,
                when=DateSpan.parse_iso(when),
                participants=("pe", "th"),
            )
            for n, (name, form, when) in enumerate(
                [
                    ("Peru-Thailand Free Trade Agreement", AgreementForm.TRADE_AGREEMENT, "2011"),
                    ("Peru-Thailand Free Trade Agreement", AgreementForm.TRADE_AGREEMENT, "2013"),
                    ("Joint Statement", AgreementForm.JOINT_STATEMENT, "2016"),
                ]
            )
        )
        mentions = [Mention(signed, Origin("a")), Mention(in_force, Origin("b"))]
        mentions.append(Mention(statement, Origin("c")))
        blocks = distributed.merge_blocks(mentions)
        assert [[m.document for m in block] for block in blocks] == [["a", "b"], ["c"]]
        assert len(merge_mentions(mentions)) == 2


class TestMissingDask:
    def test_usage_error_with_hint(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without dask, the functions raise a UsageError saying what to install."""
        monkeypatch.setitem(sys.modules, "dask.bag", None)
        with pytest.raises(UsageError, match=r"pip install 'diplotimeline\[dask\]'"):
            distributed.extract_bag(object())
