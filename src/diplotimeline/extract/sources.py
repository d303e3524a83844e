"""Document sources: text files, folders, JSON Lines and iterables, read lazily, one by one.

Every source yields :class:`~diplotimeline.model.Document` values in a fixed order and
holds at most one document in memory at a time, so a batch over an archive of any size
runs in bounded memory. A source either raises the first :class:`~diplotimeline.errors.InputError`
or :class:`~diplotimeline.errors.DecodeError` it meets, or, with ``return_errors=True``,
yields the error in the bad document's place and carries on: a batch
(:func:`~diplotimeline.extract.batch.extract_batch`) then reports and skips it.

* :func:`read_text_file`: one UTF-8 text file (a byte-order mark is dropped); the id is
  the file's stem and the published date is read from a dateline, where there is one.
* :func:`read_folder`: every ``*.txt`` file under a folder, recursively, sorted by
  relative path; the id is the relative path without the suffix, ``/`` written ``.``.
* :func:`read_jsonl`: JSON Lines of ``{"id", "text", "published", "source", "title",
  "url"}`` (only ``id`` and ``text`` are required); errors name the line and field path.
* :func:`iter_documents`: any of these, chosen by what is given.
* :func:`synthetic_documents`: generated short diplomatic news, for benchmarks and tests.

Examples:
    >>> import json, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [{"id": "a", "text": "Peru and Chile met.", "published": "2031-05-02"},
    ...          {"id": "b", "text": 7}]
    >>> _ = (folder / "feed.jsonl").write_text("\\n".join(json.dumps(x) for x in lines))
    >>> [getattr(item, "id", None) or str(item)
    ...  for item in read_jsonl(folder / "feed.jsonl", return_errors=True)]
    ['a', "line 2: 'text' must be a string, got int at $.text"]
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final, Literal, overload

from diplotimeline.errors import (
    DecodeError,
    DiplotimelineError,
    InputError,
    InvalidValueError,
    ISOFormatError,
)
from diplotimeline.extract.document import document_from_text, load_documents
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

__all__ = [
    "JSONL_KEYS",
    "DocumentSource",
    "iter_documents",
    "read_folder",
    "read_jsonl",
    "read_text_file",
    "synthetic_documents",
]

JSONL_KEYS: Final = ("id", "text", "published", "source", "title", "url")
"""The keys a JSON Lines document may have; ``id`` and ``text`` are required."""

DocumentSource = str | os.PathLike[str] | Document | Iterable["str | os.PathLike[str] | Document"]
"""What :func:`iter_documents` reads: a path, a document, or an iterable of either."""

_ID_UNSAFE: Final = re.compile(r"[^A-Za-z0-9._:+-]+")
_BOM: Final = "\ufeff"
_JSONL_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})


def _file_id(relative: Path) -> str:
    parts = [*relative.parent.parts, relative.stem]
    joined = ".".join(_ID_UNSAFE.sub("-", part).strip("-") for part in parts)
    return joined.strip(".-")[:200] or "document"


def _decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not UTF-8: {exc.reason} at byte {exc.start}",
            source=source,
            offset=exc.start,
        ) from exc
    return text.removeprefix(_BOM)


def _read_file(path: Path, document_id: str) -> Document:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}", source=source) from exc
    return document_from_text(_decode(data, source), id=document_id)


def read_text_file(path: str | os.PathLike[str]) -> Document:
    """Read one UTF-8 text file into a document whose id is the file's stem.

    Args:
        path: The file.

    Returns:
        The document; its published date comes from a dateline, where the text has one.

    Raises:
        InputError: The file cannot be read or is not UTF-8 (naming the byte offset).

    Examples:
        >>> import tempfile, pathlib
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "wire 7.txt"
        >>> _ = path.write_bytes(b"\\xef\\xbb\\xbfLIMA, May 2, 2031 - Talks were held.")
        >>> doc = read_text_file(path)
        >>> (doc.id, doc.published, doc.text[:4])
        ('wire-7', PartialDate('2031-05-02'), 'LIMA')
        >>> _ = path.write_bytes(b"Caf\\xe9 au lait")
        >>> read_text_file(path)
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InputError: ... is not UTF-8: invalid continuation byte at byte 3
    """
    file = Path(path)
    return _read_file(file, _file_id(Path(file.name)))


@overload
def read_folder(
    folder: str | os.PathLike[str],
    *,
    pattern: str = ...,
    return_errors: Literal[False] = ...,
) -> Iterator[Document]: ...
@overload
def read_folder(
    folder: str | os.PathLike[str],
    *,
    pattern: str = ...,
    return_errors: bool,
) -> Iterator[Document | DiplotimelineError]: ...
def read_folder(
    folder: str | os.PathLike[str],
    *,
    pattern: str = "*.txt",
    return_errors: bool = False,
) -> Iterator[Document | DiplotimelineError]:
    """Read every file matching ``pattern`` under ``folder``, recursively, in sorted order.

    Files are sorted by their path relative to ``folder`` (as text, ``/`` separated), so
    the order does not depend on the file system. A document's id is that relative path
    without its suffix, ``/`` written ``.`` (``2031/may/wire.txt`` gives
    ``2031.may.wire``). Only the list of paths is held in memory, not the texts.

    Args:
        folder: The folder.
        pattern: A glob pattern for file names.
        return_errors: Yield an unreadable file's :class:`InputError` in its place and go
            on, instead of raising it.

    Raises:
        InputError: ``folder`` is not a folder, or (unless ``return_errors``) a file
            cannot be read or is not UTF-8.

    Examples:
        >>> import tempfile, pathlib
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> (root / "2031").mkdir()
        >>> _ = (root / "2031" / "b.txt").write_text("Chile.")
        >>> _ = (root / "a.txt").write_text("Peru.")
        >>> _ = (root / "notes.md").write_text("Ignored.")
        >>> [doc.id for doc in read_folder(root)]
        ['2031.b', 'a']
    """
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{str(root)!r} is not a folder", source=str(root))
    found = sorted(
        (path.relative_to(root).as_posix(), path) for path in root.rglob(pattern) if path.is_file()
    )
    for relative, path in found:
        try:
            yield _read_file(path, _file_id(Path(relative)))
        except InputError as exc:
            if not return_errors:
                raise
            yield exc


def _jsonl_document(raw: Any, where: str, line: int) -> Document:
    def fail(message: str, field: str = "$") -> DecodeError:
        return DecodeError(
            f"line {line}: {message} at {field}", path=field, line=line, source=where
        )

    if not isinstance(raw, dict):
        raise fail(f"each line must hold a JSON object, got {type(raw).__name__}")
    unknown = sorted(set(raw) - set(JSONL_KEYS))
    if unknown:
        raise fail(
            f"unknown key {unknown[0]!r} (allowed: {', '.join(JSONL_KEYS)})", f"$.{unknown[0]}"
        )
    for key in ("id", "text"):
        if key not in raw:
            raise fail(f"missing key {key!r}", f"$.{key}")
    for key in JSONL_KEYS:
        value = raw.get(key)
        if key in ("id", "text") and not isinstance(value, str):
            raise fail(f"{key!r} must be a string, got {type(value).__name__}", f"$.{key}")
        if value is not None and not isinstance(value, str):
            raise fail(f"{key!r} must be a string or null, got {type(value).__name__}", f"$.{key}")
    published = None
    if raw.get("published") is not None:
        try:
            published = PartialDate.parse_iso(raw["published"])
        except (ISOFormatError, InvalidValueError) as exc:
            raise fail(f"'published' is not a partial ISO date: {exc}", "$.published") from exc
    try:
        return document_from_text(
            raw["text"].removeprefix(_BOM),
            id=raw["id"],
            published=published,
            source=raw.get("source"),
            title=raw.get("title"),
            url=raw.get("url"),
        )
    except InvalidValueError as exc:
        raise fail(str(exc), "$.id" if raw["id"] and "id" in str(exc) else "$") from exc


def _jsonl_lines(
    lines: Iterable[str | bytes], where: str, return_errors: bool
) -> Iterator[Document | DiplotimelineError]:
    for number, line in enumerate(lines, start=1):
        try:
            text = _decode(line, where) if isinstance(line, bytes) else line
            if not text.strip():
                continue
            try:
                raw = json.loads(text)
            except json.JSONDecodeError as exc:
                raise DecodeError(
                    f"line {number}: not JSON ({exc.msg} at column {exc.colno})",
                    line=number,
                    source=where,
                ) from exc
            yield _jsonl_document(raw, where, number)
        except InputError as exc:
            error = DecodeError(f"line {number}: {exc}", line=number, source=where)
            if not return_errors:
                raise error from exc
            yield error
        except DecodeError as exc:
            if not return_errors:
                raise
            yield exc


@overload
def read_jsonl(
    source: str | os.PathLike[str] | Iterable[str | bytes],
    *,
    return_errors: Literal[False] = ...,
) -> Iterator[Document]: ...
@overload
def read_jsonl(
    source: str | os.PathLike[str] | Iterable[str | bytes],
    *,
    return_errors: bool,
) -> Iterator[Document | DiplotimelineError]: ...
def read_jsonl(
    source: str | os.PathLike[str] | Iterable[str | bytes],
    *,
    return_errors: bool = False,
) -> Iterator[Document | DiplotimelineError]:
    """Read documents from JSON Lines, one object per line, lazily.

    Each line holds ``{"id": ..., "text": ..., "published": ..., "source": ...}``
    (``title`` and ``url`` are allowed too; other keys are errors). ``published`` is a
    partial ISO date or ``null``; when missing, it is read from a dateline in the text.
    Blank lines are skipped. A file is read line by line, never whole.

    Args:
        source: A file path, or an iterable of lines (text or UTF-8 bytes).
        return_errors: Yield a bad line's :class:`DecodeError` in its place and go on,
            instead of raising it.

    Raises:
        DecodeError: A line is not UTF-8, not JSON, or does not fit the format; its
            ``line``, ``path`` (field path) and ``source`` say where.
        InputError: The file cannot be opened.

    Examples:
        >>> docs = read_jsonl(['{"id": "d1", "text": "Talks.", "published": "2031-05"}'])
        >>> [(doc.id, doc.published) for doc in docs]
        [('d1', PartialDate('2031-05'))]
        >>> next(read_jsonl(['', '{"id": "d2", "text": "x", "lang": "en"}']))
        Traceback (most recent call last):
        ...
        diplotimeline.errors.DecodeError: line 2: unknown key 'lang' (allowed: ...) at $.lang
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise InputError(
                f"cannot read {path}: {exc.strerror or exc}", source=str(path)
            ) from exc
        with handle:
            yield from _jsonl_lines(handle, str(path), return_errors)
        return
    yield from _jsonl_lines(source, "<lines>", return_errors)


def _iter_path(path: Path, return_errors: bool) -> Iterator[Document | DiplotimelineError]:
    if path.is_dir():
        yield from read_folder(path, return_errors=return_errors)
    elif path.suffix.lower() in _JSONL_SUFFIXES:
        yield from read_jsonl(path, return_errors=return_errors)
    elif path.suffix.lower() == ".json":
        yield from load_documents(path)
    else:
        try:
            yield read_text_file(path)
        except InputError as exc:
            if not return_errors:
                raise
            yield exc


@overload
def iter_documents(
    source: DocumentSource, *, return_errors: Literal[False] = ...
) -> Iterator[Document]: ...
@overload
def iter_documents(
    source: DocumentSource, *, return_errors: bool
) -> Iterator[Document | DiplotimelineError]: ...
def iter_documents(
    source: DocumentSource, *, return_errors: bool = False
) -> Iterator[Document | DiplotimelineError]:
    """Yield the documents of a path, a document, or an iterable of them, lazily and in order.

    A folder is read with :func:`read_folder`, a ``.jsonl`` or ``.ndjson`` file with
    :func:`read_jsonl`, a ``.json`` file as a ``diplotimeline-seeds/1`` metadata file
    (:func:`~diplotimeline.extract.document.load_documents`), any other file as one
    text document (:func:`read_text_file`); documents pass through unchanged.

    Args:
        source: What to read.
        return_errors: Yield each unreadable document's error in its place and go on.

    Raises:
        InputError: A path cannot be read (unless ``return_errors``).
        DecodeError: A JSON Lines line does not fit (unless ``return_errors``).

    Examples:
        >>> [doc.id for doc in iter_documents([Document(id="a", text="Peru.")])]
        ['a']
    """
    if isinstance(source, Document):
        yield source
        return
    if isinstance(source, str | os.PathLike):
        yield from _iter_path(Path(source), return_errors)
        return
    for item in source:
        if isinstance(item, Document):
            yield item
        else:
            yield from _iter_path(Path(item), return_errors)


# ---------------------------------------------------------------------------------------
# Generated news, for benchmarks and tests: general knowledge and invented people only.

_COUNTRIES: Final = (
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Australia", "Australian", "Canberra"),
    ("Brazil", "Brazilian", "Brasília"),
    ("Canada", "Canadian", "Ottawa"),
    ("Chile", "Chilean", "Santiago"),
    ("Egypt", "Egyptian", "Cairo"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Ghana", "Ghanaian", "Accra"),
    ("India", "Indian", "New Delhi"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Italy", "Italian", "Rome"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Norway", "Norwegian", "Oslo"),
    ("Peru", "Peruvian", "Lima"),
    ("Poland", "Polish", "Warsaw"),
    ("Senegal", "Senegalese", "Dakar"),
    ("Spain", "Spanish", "Madrid"),
    ("Sweden", "Swedish", "Stockholm"),
    ("Thailand", "Thai", "Bangkok"),
    ("Turkey", "Turkish", "Ankara"),
)
_GIVEN: Final = (
    "Ana", "Lars", "Amina", "Rafael", "Ingrid", "Kwame", "Mei", "Tomas", "Leila", "Pablo",
    "Sofia", "Daniel", "Nadia", "Jonas", "Farida", "Marco", "Elena", "Samuel", "Ayesha", "Hugo",
)  # fmt: skip
_FAMILY: Final = (
    "Ortega", "Lindqvist", "Okafor", "Duarte", "Haugen", "Mensah", "Santoro", "Novak",
    "Haddad", "Ferreira", "Kowalski", "Moreau", "Achieng", "Castillo", "Brandt", "Rahman",
    "Silva", "Berger", "Diallo", "Vargas",
)  # fmt: skip
_OFFICES: Final = ("President", "Prime Minister", "Foreign Minister", "Trade Minister")
_TOPICS: Final = (
    "energy", "climate", "health", "education", "fisheries", "digital", "transport",
    "water", "agriculture", "maritime",
)  # fmt: skip
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_ORDINALS: Final = ("3rd", "5th", "7th", "10th", "12th", "15th", "21st", "28th")


def _sentence(rng: random.Random, year: int, month: int) -> str:
    (first, first_adj, _), (second, second_adj, city) = rng.sample(_COUNTRIES, 2)
    person = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    other = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    office = rng.choice(_OFFICES)
    topic = rng.choice(_TOPICS)
    month_name = _MONTHS[month - 1]
    day = rng.randint(1, 25)
    shape = rng.randrange(6)
    if shape == 0:
        return (
            f"{first_adj} {office} {person} will visit {second} "
            f"from {month_name} {day} to {day + 2}."
        )
    if shape == 1:
        return (
            f"{first_adj} {office} {person} met his {second_adj} counterpart {other} "
            f"in {city} on {month_name} {day}, {year}."
        )
    if shape == 2:
        return (
            f"{first} and {second} signed a memorandum of understanding on {topic} "
            f"cooperation on {month_name} {day}."
        )
    if shape == 3:
        return (
            f"The {rng.choice(_ORDINALS)} {first}-{second} Joint Commission on {topic.title()} "
            f"will be held in {city} in {month_name} {year}."
        )
    if shape == 4:
        return f"{first} launched the {second_adj} {topic.title()} Partnership Fund in {year - 1}."
    return (
        f"{office} {person} said {first} would deepen {topic} ties with {second} "
        f"during talks in {city} last week."
    )


def synthetic_documents(count: int, *, seed: int = 0, sentences: int = 4) -> Iterator[Document]:
    """Generate short diplomatic news articles, lazily and reproducibly.

    The articles are made from a few sentence shapes (visits, meetings, memoranda,
    joint commissions, funds) over 25 countries, invented people and dates from 2020
    to 2029, for benchmarks and tests at scale. The same ``seed`` gives the same texts.

    Args:
        count: How many documents.
        seed: The random seed.
        sentences: Sentences per article.

    Examples:
        >>> docs = list(synthetic_documents(2, seed=1))
        >>> [doc.id for doc in docs]
        ['syn-1-000000', 'syn-1-000001']
        >>> docs == list(synthetic_documents(2, seed=1))
        True
    """
    rng = random.Random(seed)
    for number in range(count):
        year, month = rng.randint(2020, 2029), rng.randint(1, 12)
        text = " ".join(_sentence(rng, year, month) for _ in range(sentences))
        yield Document(
            id=f"syn-{seed}-{number:06d}",
            text=text,
            published=PartialDate(year, month, rng.randint(1, 28)),
            source="Synthetic Wire",
        )
