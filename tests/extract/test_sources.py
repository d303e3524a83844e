"""Tests for diplotimeline.extract.sources: folders, files, JSON Lines and generated news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotimeline.errors import DecodeError, InputError
from diplotimeline.extract.sources import (
    iter_documents,
    read_folder,
    read_jsonl,
    read_text_file,
    synthetic_documents,
)
from diplotimeline.model import Document
from diplotimeline.time import PartialDate


def _tree(root: Path) -> Path:
    (root / "2031" / "may").mkdir(parents=True)
    (root / "2031" / "may" / "wire.txt").write_text("LIMA, May 2, 2031 - Peru and Chile met.")
    (root / "b.txt").write_text("Kenya and Ghana signed a trade agreement.")
    (root / "a.txt").write_bytes("\ufeffNorway will host talks.".encode())
    (root / "readme.md").write_text("Not an article.")
    return root


class TestReadFolder:
    def test_recursive_sorted_with_path_ids(self, tmp_path: Path) -> None:
        """Reads *.txt files under the folder recursively, sorted by relative path."""
        docs = list(read_folder(_tree(tmp_path)))
        assert ["2031.may.wire", "a", "b"] == [doc.id for doc in docs]
        assert PartialDate(2031, 5, 2) == docs[0].published

    def test_drops_byte_order_mark(self, tmp_path: Path) -> None:
        """A UTF-8 byte-order mark is not part of the text."""
        docs = {doc.id: doc for doc in read_folder(_tree(tmp_path))}
        assert "Norway will host talks." == docs["a"].text

    def test_bad_file_raises_with_offset(self, tmp_path: Path) -> None:
        """An invalid UTF-8 file raises InputError naming the file and byte offset."""
        (tmp_path / "bad.txt").write_bytes(b"Accord sign\xffed.")
        with pytest.raises(InputError, match=r"bad\.txt is not UTF-8") as caught:
            list(read_folder(tmp_path))
        assert 11 == caught.value.offset

    def test_return_errors_reports_and_goes_on(self, tmp_path: Path) -> None:
        """With return_errors, a bad file becomes an error in its place; the rest is read."""
        _tree(tmp_path)
        (tmp_path / "bad.txt").write_bytes(b"\xff")
        items = list(read_folder(tmp_path, return_errors=True))
        kinds = [type(item).__name__ for item in items]
        assert ["Document", "Document", "Document", "InputError"] == kinds

    def test_not_a_folder(self, tmp_path: Path) -> None:
        """A path that is not a folder is an InputError."""
        with pytest.raises(InputError, match="is not a folder"):
            list(read_folder(tmp_path / "missing"))


class TestReadTextFile:
    def test_stem_id(self, tmp_path: Path) -> None:
        """A text file's id is its stem with unsafe characters replaced."""
        path = tmp_path / "Kenya Brazil (wire).txt"
        path.write_text("Kenya and Brazil met.")
        assert "Kenya-Brazil-wire" == read_text_file(path).id

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing file is an InputError naming it."""
        with pytest.raises(InputError, match="cannot read"):
            read_text_file(tmp_path / "nope.txt")


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines))
    return path


class TestReadJsonl:
    def test_reads_fields(self, tmp_path: Path) -> None:
        """Each line becomes a document with its published date and source."""
        path = _jsonl(
            tmp_path / "feed.jsonl",
            [
                {"id": "n1", "text": "Ghana and Togo met.", "published": "2029-03", "source": "X"},
                "",
                {"id": "n2", "text": "ACCRA, March 3, 2029 - Talks.", "published": None},
            ],
        )
        docs = list(read_jsonl(path))
        assert [("n1", PartialDate(2029, 3), "X"), ("n2", PartialDate(2029, 3, 3), None)] == [
            (doc.id, doc.published, doc.source) for doc in docs
        ]
        assert docs[1].published_inferred

    @pytest.mark.parametrize(
        ("line", "message", "field"),
        [
            ('{"id": "a", "text": "x"', "not JSON", "$"),
            ({"id": "a", "text": 5}, "'text' must be a string", "$.text"),
            ({"id": "a"}, "missing key 'text'", "$.text"),
            ({"id": "a", "text": "x", "lang": "en"}, "unknown key 'lang'", "$.lang"),
            (
                {"id": "a", "text": "x", "published": "2031-02-30"},
                "not a partial ISO",
                "$.published",
            ),
            ({"id": "a b", "text": "x"}, "id", "$.id"),
            ([1, 2], "must hold a JSON object", "$"),
        ],
    )
    def test_errors_name_line_and_field(
        self, tmp_path: Path, line: object, message: str, field: str
    ) -> None:
        """A bad line raises DecodeError with its line number, field path and file."""
        path = _jsonl(tmp_path / "feed.jsonl", [{"id": "ok", "text": "Fine."}, line])
        with pytest.raises(DecodeError, match=message) as caught:
            list(read_jsonl(path))
        assert (2, field, str(path)) == (caught.value.line, caught.value.path, caught.value.source)

    def test_invalid_utf8_line(self, tmp_path: Path) -> None:
        """A line that is not UTF-8 is a DecodeError naming the line."""
        path = tmp_path / "feed.jsonl"
        path.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "\xff"}\n')
        with pytest.raises(DecodeError, match="line 2") as caught:
            list(read_jsonl(path))
        assert 2 == caught.value.line

    def test_return_errors_keeps_the_good_lines(self, tmp_path: Path) -> None:
        """With return_errors, bad lines become errors in place and good ones are all read."""
        path = _jsonl(
            tmp_path / "feed.jsonl",
            [{"id": "a", "text": "x"}, '{"id": "b", "te', {"id": "c", "text": "y"}],
        )
        items = list(read_jsonl(path, return_errors=True))
        assert ["a", "DecodeError", "c"] == [
            item.id if isinstance(item, Document) else type(item).__name__ for item in items
        ]

    def test_lines_from_memory(self) -> None:
        """An iterable of lines (text or bytes) is read like a file."""
        lines: list[str | bytes] = [b'{"id": "a", "text": "x"}', '{"id": "b", "text": "y"}']
        assert ["a", "b"] == [doc.id for doc in read_jsonl(lines)]


class TestIterDocuments:
    def test_dispatches_on_what_is_given(self, tmp_path: Path) -> None:
        """Folders, JSON Lines files, text files and documents are all read, in order."""
        folder = _tree(tmp_path / "folder")
        feed = _jsonl(tmp_path / "feed.ndjson", [{"id": "j1", "text": "x"}])
        single = tmp_path / "single.txt"
        single.write_text("Peru.")
        given = Document(id="given", text="Chile.")
        ids = [doc.id for doc in iter_documents([folder, feed, single, given])]
        assert ["2031.may.wire", "a", "b", "j1", "single", "given"] == ids

    def test_single_path(self, tmp_path: Path) -> None:
        """A single folder path is read as a folder."""
        assert 3 == len(list(iter_documents(_tree(tmp_path))))

    def test_metadata_file(self, root: Path) -> None:
        """A .json file is read as seeds-style metadata."""
        docs = list(iter_documents(root / "seeds" / "metadata.json"))
        assert 5 == len(docs)


class TestSyntheticDocuments:
    def test_reproducible_and_varied(self) -> None:
        """The same seed gives the same texts; different seeds different ones."""
        first = list(synthetic_documents(50, seed=3))
        assert first == list(synthetic_documents(50, seed=3))
        assert first[0].text != next(synthetic_documents(1, seed=4)).text
        assert 40 < len({doc.text for doc in first})
