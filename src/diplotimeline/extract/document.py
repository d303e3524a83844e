"""Reading articles: a seeds-style metadata file and text files into :class:`Document` values.

A metadata file has the form of ``seeds/metadata.json``::

    {"format": "diplotimeline-seeds/1",
     "documents": [{"id": "...", "file": "a.txt", "published": "2025-04", "source": "..."}]}

``published`` is a partial ISO date (``2025``, ``2025-04``, ``2025-04-24``) or ``null``;
``file`` is relative to the metadata file. Other keys (``published_basis``, ``title``,
``url``) are allowed; ``title`` and ``url`` are kept. Without metadata, each text file
becomes a document whose id is the file's stem and whose published date is read from a
dateline or header line of the text (``published_inferred=True``), or stays unknown.

Examples:
    >>> spec = DocumentSpec(id="a1", file="a1.txt", published=PartialDate(2025, 4))
    >>> spec.published
    PartialDate('2025-04')
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

import attrs

from diplotimeline.errors import InputError, InvalidValueError, ISOFormatError
from diplotimeline.extract.temporal import infer_anchor
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

__all__ = [
    "METADATA_FORMAT",
    "DocumentSpec",
    "document_from_text",
    "load_documents",
    "read_metadata",
]

METADATA_FORMAT: Final = "diplotimeline-seeds/1"
"""The ``format`` tag of a metadata file."""

_ID_UNSAFE: Final = re.compile(r"[^A-Za-z0-9._:+-]+")


@attrs.frozen(kw_only=True)
class DocumentSpec:
    """One entry of a metadata file: which file holds the article and what is known of it.

    Args:
        id: The document id.
        file: The text file, as written in the metadata (relative to its folder).
        published: The publication date, or ``None`` when unknown.
        source: The outlet, where known.
        title: The headline, where given.
        url: The address, where given.
        path: The resolved path of the text file, where known.

    Examples:
        >>> DocumentSpec(id="d1", file="d1.txt").source is None
        True
    """

    id: str
    file: str
    published: PartialDate | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    path: Path | None = None


def _fail(message: str, source: str) -> InputError:
    return InputError(message, source=source)


def _optional_string(entry: dict[str, Any], key: str, source: str) -> str | None:
    value = entry.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _fail(f"{key!r} must be a string or null, got {type(value).__name__}", source)


def _spec(entry: object, index: int, folder: Path, source: str) -> DocumentSpec:
    where = f"{source} (documents[{index}])"
    if not isinstance(entry, dict):
        raise _fail(f"each document must be an object, got {type(entry).__name__}", where)
    document_id, file = entry.get("id"), entry.get("file")
    if not isinstance(document_id, str) or not document_id:
        raise _fail("each document needs a non-empty string 'id'", where)
    if not isinstance(file, str) or not file:
        raise _fail("each document needs a non-empty string 'file'", where)
    published_text = _optional_string(entry, "published", where)
    try:
        published = None if published_text is None else PartialDate.parse_iso(published_text)
    except (ISOFormatError, InvalidValueError) as exc:
        raise _fail(f"'published' is not a partial ISO date: {published_text!r}", where) from exc
    return DocumentSpec(
        id=document_id,
        file=file,
        published=published,
        source=_optional_string(entry, "source", where),
        title=_optional_string(entry, "title", where),
        url=_optional_string(entry, "url", where),
        path=folder / file,
    )


def read_metadata(path: str | os.PathLike[str]) -> tuple[DocumentSpec, ...]:
    """Read a ``diplotimeline-seeds/1`` metadata file.

    Args:
        path: The metadata file.

    Returns:
        Its entries in file order, with ``path`` resolved against the file's folder.

    Raises:
        InputError: The file cannot be read, is not JSON, or does not fit the format.

    Examples:
        >>> import json, tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "m.json").write_text(json.dumps({"format": "diplotimeline-seeds/1",
        ...     "documents": [{"id": "a", "file": "a.txt", "published": "2031-05"}]}))
        >>> [(s.id, s.published) for s in read_metadata(folder / "m.json")]
        [('a', PartialDate('2031-05'))]
    """
    file = Path(path)
    source = str(file)
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(f"cannot read metadata: {exc}", source) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(f"metadata is not JSON in UTF-8: {exc}", source) from exc
    if not isinstance(raw, dict) or raw.get("format") != METADATA_FORMAT:
        raise _fail(f"metadata must be an object with format {METADATA_FORMAT!r}", source)
    entries = raw.get("documents")
    if not isinstance(entries, list):
        raise _fail("metadata needs a 'documents' list", source)
    specs = tuple(_spec(entry, i, file.parent, source) for i, entry in enumerate(entries))
    seen: set[str] = set()
    for spec in specs:
        if spec.id in seen:
            raise _fail(f"document id {spec.id!r} appears twice", source)
        seen.add(spec.id)
    return specs


def document_from_text(
    text: str,
    *,
    id: str,
    published: PartialDate | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """A document from its text; without a published date, one is looked for in the text.

    A dateline or header date ("HANOI, April 24, 2025 (VNA) -", "July 26, 2024" on its
    own line) becomes the published date, with ``published_inferred=True``; a given date,
    even a partial one, is kept as given (the tagger refines a partial anchor itself).

    Examples:
        >>> document_from_text("Talks went well.", id="d1").published is None
        True
        >>> doc = document_from_text("LIMA, May 2, 2031 (AP) - Talks went well.", id="d2")
        >>> (doc.published, doc.published_inferred)
        (PartialDate('2031-05-02'), True)
    """
    inferred = False
    if published is None:
        found = infer_anchor(text)
        if found is not None:
            published, inferred = found, True
    return Document(
        id=id,
        text=text,
        published=published,
        published_inferred=inferred,
        source=source,
        title=title,
        url=url,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}", source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path} is not UTF-8: {exc.reason}", source=str(path), offset=exc.start
        ) from exc


def _file_id(path: Path) -> str:
    return _ID_UNSAFE.sub("-", path.stem).strip("-") or "document"


def load_documents(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> Iterator[Document]:
    """Yield the documents of a metadata file, or of text files read with an inferred date.

    Args:
        source: A ``.json`` metadata file, or one or several text files.

    Yields:
        One document per entry or file, in order; they are read lazily.

    Raises:
        InputError: A file cannot be read or the metadata does not fit its format.

    Examples:
        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "wire.txt").write_text("July 26, 2024\\nMinisters met in Vientiane.")
        >>> doc = next(load_documents([folder / "wire.txt"]))
        >>> (doc.id, doc.published, doc.published_inferred)
        ('wire', PartialDate('2024-07-26'), True)
    """
    if isinstance(source, str | os.PathLike) and Path(source).suffix.lower() == ".json":
        for spec in read_metadata(source):
            assert spec.path is not None
            yield document_from_text(
                _read_text(spec.path),
                id=spec.id,
                published=spec.published,
                source=spec.source,
                title=spec.title,
                url=spec.url,
            )
        return
    paths = [source] if isinstance(source, str | os.PathLike) else list(source)
    for item in paths:
        path = Path(item)
        yield document_from_text(_read_text(path), id=_file_id(path))
