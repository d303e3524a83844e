"""JSON and JSON Lines in the library's own versioned format, ``"format": "diplotimeline/1"``.

A JSON file holds ``{"format": "diplotimeline/1", "extractions": [...]}``. A JSON Lines
file holds one extraction a line, each line ``{"format": "diplotimeline/1", "document":
..., "actors": [...], "events": [...]}``, so a file can be appended to and streamed.
Loading is lossless: ``loads(dumps(x)) == x``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Final

from diplotimeline.errors import DecodeError
from diplotimeline.io.converter import structure, unstructure
from diplotimeline.model import Extraction

__all__ = ["FORMAT", "dump_jsonl", "dumps", "load_jsonl", "loads"]

FORMAT: Final = "diplotimeline/1"
"""The value of the ``"format"`` key of every document this module writes."""


def _as_tuple(extractions: Extraction | Iterable[Extraction]) -> tuple[Extraction, ...]:
    if isinstance(extractions, Extraction):
        return (extractions,)
    return tuple(extractions)


def dumps(extractions: Extraction | Iterable[Extraction], *, indent: int | None = 2) -> str:
    """Write extractions as one JSON document; the inverse of :func:`loads`.

    Examples:
        >>> from diplotimeline.model import Document, Extraction
        >>> text = dumps(Extraction(document=Document(id="d1", text="Hello.")), indent=None)
        >>> text[:60]
        '{"format": "diplotimeline/1", "extractions": [{"document": {'
    """
    data = {
        "format": FORMAT,
        "extractions": [unstructure(item) for item in _as_tuple(extractions)],
    }
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _parse_json(text: str | bytes, *, source: str | None, line_offset: int = 0) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecodeError(
            f"invalid JSON: {exc.msg} (line {exc.lineno + line_offset}, column {exc.colno})",
            line=exc.lineno + line_offset,
            source=source,
        ) from None
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid UTF-8 at byte {exc.start}", line=None, source=source) from None
    except RecursionError:
        where = f" (line {line_offset + 1})" if line_offset else ""
        raise DecodeError(
            f"JSON nested too deeply to read{where}", line=line_offset + 1, source=source
        ) from None
    except ValueError as exc:
        # Integers longer than Python's conversion limit (4,300 digits): a fuzz finding.
        where = f" (line {line_offset + 1})" if line_offset else ""
        raise DecodeError(
            f"invalid JSON{where}: {exc}", line=line_offset + 1, source=source
        ) from None


def _check_format(data: Any, *, source: str | None, line: int | None) -> None:
    if not isinstance(data, dict):
        raise DecodeError(
            f"expected a JSON object, got {type(data).__name__}", line=line, source=source
        )
    if data.get("format") != FORMAT:
        raise DecodeError(
            f'expected "format": {FORMAT!r}, got {data.get("format")!r}',
            path="$.format",
            line=line,
            source=source,
        )


def loads(text: str | bytes, *, source: str | None = None) -> tuple[Extraction, ...]:
    """Read extractions from one JSON document written by :func:`dumps`.

    Raises:
        DecodeError: For invalid JSON (with its line), a wrong ``format``, or a value
            that does not fit the model (with the JSON path of the bad field).

    Examples:
        >>> from diplotimeline.model import Document, Extraction
        >>> original = Extraction(document=Document(id="d1", text="Hello."))
        >>> loads(dumps(original)) == (original,)
        True
        >>> loads('{"format": "diplotimeline/1", "extractions": [{"document": {"text": ""}}]}')
        Traceback (most recent call last):
        ...
        diplotimeline.errors.DecodeError: required field missing: 'id' at $.extractions[0]...
    """
    data = _parse_json(text, source=source)
    _check_format(data, source=source, line=None)
    extra = set(data) - {"format", "extractions"}
    if extra:
        raise DecodeError(f"unknown keys {sorted(extra)}", path="$", source=source)
    items = data.get("extractions")
    if not isinstance(items, list):
        raise DecodeError("expected a list", path="$.extractions", source=source)
    extractions: list[Extraction] = []
    for index, item in enumerate(items):
        try:
            extractions.append(structure(item, Extraction, path=f"$.extractions[{index}]"))
        except DecodeError as exc:
            exc.source = source
            raise
    return tuple(extractions)


def dump_jsonl(extractions: Iterable[Extraction]) -> Iterator[str]:
    """Write each extraction as one JSON line (without its newline).

    Examples:
        >>> from diplotimeline.model import Document, Extraction
        >>> lines = list(dump_jsonl([Extraction(document=Document(id="d1", text="x"))]))
        >>> len(lines), lines[0].startswith('{"format": "diplotimeline/1", "document"')
        (1, True)
    """
    for extraction in extractions:
        data = {"format": FORMAT, **unstructure(extraction)}
        yield json.dumps(data, ensure_ascii=False)


def load_jsonl(lines: Iterable[str | bytes], *, source: str | None = None) -> Iterator[Extraction]:
    """Read extractions from JSON lines written by :func:`dump_jsonl`; blank lines are skipped.

    Raises:
        DecodeError: Naming the line number and field path of the first bad line.

    Examples:
        >>> from diplotimeline.model import Document, Extraction
        >>> original = [Extraction(document=Document(id="d1", text="x"))]
        >>> list(load_jsonl(dump_jsonl(original))) == original
        True
        >>> list(load_jsonl(['{"format": "diplotimeline/1", "document": {"id": "d1", "text": 7}}']))
        Traceback (most recent call last):
        ...
        diplotimeline.errors.DecodeError: line 1: expected str, got int 7 at $.document.text
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        data = _parse_json(line, source=source, line_offset=number - 1)
        _check_format(data, source=source, line=number)
        body = {key: value for key, value in data.items() if key != "format"}
        try:
            yield structure(body, Extraction)
        except DecodeError as exc:
            raise DecodeError(
                f"line {number}: {exc}", path=exc.path, line=number, source=source
            ) from exc
