"""Tests of diplotimeline.extract.document: metadata files and text files into documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotimeline.errors import InputError
from diplotimeline.extract.document import document_from_text, load_documents, read_metadata
from diplotimeline.time import PartialDate

ROOT = Path(__file__).resolve().parents[2]


def _metadata(folder: Path, documents: list[object], fmt: str = "diplotimeline-seeds/1") -> Path:
    path = folder / "metadata.json"
    path.write_text(json.dumps({"format": fmt, "documents": documents}), encoding="utf-8")
    return path


class TestReadMetadata:
    def test_reads_the_seeds(self) -> None:
        """The seeds' metadata gives five entries with partial published dates."""
        specs = read_metadata(ROOT / "seeds" / "metadata.json")
        assert len(specs) == 5
        assert PartialDate(2025, 7) == specs[0].published
        assert specs[0].path is not None
        assert specs[0].path.exists()

    def test_rejects_a_wrong_format(self, tmp_path: Path) -> None:
        """A file whose format tag is not diplotimeline-seeds/1 is refused."""
        with pytest.raises(InputError):
            read_metadata(_metadata(tmp_path, [], fmt="other/1"))

    def test_rejects_a_bad_date(self, tmp_path: Path) -> None:
        """A published value that is not a partial ISO date is refused."""
        path = _metadata(tmp_path, [{"id": "a", "file": "a.txt", "published": "April 2025"}])
        with pytest.raises(InputError, match="partial ISO"):
            read_metadata(path)

    def test_rejects_duplicate_ids(self, tmp_path: Path) -> None:
        """Two entries with one id are refused."""
        entry = {"id": "a", "file": "a.txt", "published": None}
        with pytest.raises(InputError, match="twice"):
            read_metadata(_metadata(tmp_path, [entry, entry]))

    def test_rejects_invalid_json(self, tmp_path: Path) -> None:
        """Malformed JSON is an InputError, not a JSONDecodeError."""
        path = tmp_path / "m.json"
        path.write_text("{", encoding="utf-8")
        with pytest.raises(InputError):
            read_metadata(path)


class TestLoadDocuments:
    def test_metadata_dates_are_kept(self, tmp_path: Path) -> None:
        """With metadata, the given (partial) date is the published date, not inferred."""
        (tmp_path / "a.txt").write_text("Leaders met in Quito.", encoding="utf-8")
        path = _metadata(tmp_path, [{"id": "a", "file": "a.txt", "published": "2030-02"}])
        doc = next(load_documents(path))
        assert (PartialDate(2030, 2), False) == (doc.published, doc.published_inferred)

    def test_text_files_infer_the_date(self, tmp_path: Path) -> None:
        """Without metadata a dateline gives the published date, marked as inferred."""
        (tmp_path / "wire 1.txt").write_text(
            "QUITO, May 2, 2031 (AP) - Leaders met.", encoding="utf-8"
        )
        doc = next(load_documents([tmp_path / "wire 1.txt"]))
        assert ("wire-1", PartialDate(2031, 5, 2), True) == (
            doc.id,
            doc.published,
            doc.published_inferred,
        )

    def test_missing_file(self, tmp_path: Path) -> None:
        """A text file that does not exist is an InputError naming it."""
        with pytest.raises(InputError) as info:
            next(load_documents([tmp_path / "nope.txt"]))
        assert str(tmp_path / "nope.txt") == info.value.source

    def test_no_date_stays_unknown(self) -> None:
        """A text with no dateline keeps an unknown published date."""
        doc = document_from_text("Leaders met.", id="x")
        assert (doc.published, doc.published_inferred) == (None, False)
