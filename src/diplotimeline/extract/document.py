"""Reading articles: a seeds-style metadata file and text files into :class:`Document` values.

A metadata file has the form of ``seeds/metadata.json``::

    {"format": "diplotimeline-seeds/1",
     "documents": [{"id": "...", "file": "a.txt", "published": "2025-04", "source": "..."}]}

``published`` is a partial ISO date (``2025``, ``2025-04``, ``2025-04-24``) or ``null``;
``file`` is relative to the metadata file. Other keys (``published_basis``, ``title``,
``url``) are allowed; ``title`` and ``url`` are kept. Without metadata, each text file
becomes a document whose id is the file's stem and whose published date is read from a
dateline or header line of the text (``published_inferred=True``), or stays unknown.

Every text goes through :mod:`diplotimeline.extract.text` first: bytes are decoded as UTF-8
(invalid bytes raise :class:`~diplotimeline.errors.InputError` with the file and byte
offset, or become U+FFFD with ``errors="replace"``), HTML is turned into plain text, and
the text is normalised (no BOM, LF line ends, no control characters). ``Document.text``
holds the normalised text, and every offset the library reports points into it.

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
from diplotimeline.extract.text import (
    DecodeErrors,
    html_to_text,
    is_html,
    normalize_text,
    text_from_bytes,
)
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
_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:+\-]{0,199}")
_HTML_SUFFIXES: Final = frozenset({".htm", ".html", ".xhtml"})


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
    if _ID.fullmatch(document_id) is None:
        raise _fail(
            f"'id' must be 1 to 200 ASCII letters, digits and ._:+- (starting with a letter "
            f"or digit), got {document_id[:80]!r}",
            where,
        )
    if not isinstance(file, str) or not file or "\x00" in file:
        raise _fail("each document needs a non-empty string 'file'", where)
    published_text = _optional_string(entry, "published", where)
    try:
        published = None if published_text is None else PartialDate.parse_iso(published_text)
    except (ISOFormatError, InvalidValueError) as exc:
        raise _fail(
            f"'published' is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD with year "
            f"1..9999 and a real day): {str(published_text)[:80]!r}: {exc}",
            where,
        ) from exc
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
        InputError: The file cannot be read, is not UTF-8 JSON, or does not fit the format;
            the message names the file and the entry (``documents[i]``) or JSON line.

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
        data = file.read_bytes()
    except OSError as exc:
        raise _fail(f"cannot read metadata: {exc.strerror or exc}", source) from exc
    try:
        raw = json.loads(text_from_bytes(data, source=source, html=False))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"metadata is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            source=source,
            line=exc.lineno,
        ) from None
    except RecursionError:
        raise _fail("metadata is nested too deeply", source) from None
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
    html: bool | None = None,
) -> Document:
    """A document from its text; without a published date, one is looked for in the text.

    The text is first converted from HTML when it is HTML (``html=None`` decides with
    :func:`~diplotimeline.extract.text.is_html`; ``True`` or ``False`` forces the choice),
    then normalised with :func:`~diplotimeline.extract.text.normalize_text`: the
    document stores the normalised text, which all offsets point into.

    A dateline or header date ("HANOI, April 24, 2025 (VNA) -", "July 26, 2024" on its
    own line) becomes the published date, with ``published_inferred=True``; a given date,
    even a partial one, is kept as given (the tagger refines a partial anchor itself).

    Examples:
        >>> document_from_text("Talks went well.", id="d1").published is None
        True
        >>> doc = document_from_text("LIMA, May 2, 2031 (AP) - Talks went well.", id="d2")
        >>> (doc.published, doc.published_inferred)
        (PartialDate('2031-05-02'), True)
        >>> document_from_text("\\ufeffTalks\\r\\nwent\\x00well.", id="d3").text
        'Talks\\nwent well.'
    """
    if html or (html is None and is_html(text)):
        text = html_to_text(text)
    text = normalize_text(text)
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


def _read_text(path: Path, errors: DecodeErrors) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}", source=str(path)) from exc
    html = True if path.suffix.lower() in _HTML_SUFFIXES else None
    return text_from_bytes(data, source=str(path), errors=errors, html=html)


def _file_id(path: Path) -> str:
    return _ID_UNSAFE.sub("-", path.stem).strip("-") or "document"


def load_documents(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    errors: DecodeErrors = "strict",
) -> Iterator[Document]:
    """Yield the documents of a metadata file, or of text files read with an inferred date.

    Files named ``.html``/``.htm``/``.xhtml``, and other files whose text is HTML, are
    converted to plain text; every text is normalised (see :mod:`diplotimeline.extract.text`).

    Args:
        source: A ``.json`` metadata file, or one or several text files.
        errors: ``"strict"`` raises on invalid UTF-8; ``"replace"`` decodes it as U+FFFD.

    Yields:
        One document per entry or file, in order; they are read lazily.

    Raises:
        InputError: A file cannot be read, is not UTF-8 (naming the byte offset), or the
            metadata does not fit its format.

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
                _read_text(spec.path, errors),
                id=spec.id,
                published=spec.published,
                source=spec.source,
                title=spec.title,
                url=spec.url,
                html=False,
            )
        return
    paths = [source] if isinstance(source, str | os.PathLike) else list(source)
    for item in paths:
        path = Path(item)
        yield document_from_text(_read_text(path, errors), id=_file_id(path), html=False)
