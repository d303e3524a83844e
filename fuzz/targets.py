"""Fuzz targets: each takes raw bytes and fails only on an exception that is not typed.

A target decodes its bytes (UTF-8 with replacement), calls one entry point, and checks that
it returns a sound value or raises a :class:`~diplotimeline.errors.DiplotimelineError`;
anything else escapes and is a crash. ``python fuzz/run.py`` drives them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Final

from diplotimeline.errors import DiplotimelineError
from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import tag
from diplotimeline.io.json import load_jsonl, loads
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def extract_text(data: bytes) -> None:
    """The whole pipeline: bytes as an article (plain text or HTML); evidence quotes the text."""
    try:
        extraction = extract(document_from_text(_text(data), id="fuzz"))
    except DiplotimelineError:
        return
    text = extraction.document.text
    for item in (*extraction.actors, *extraction.events):
        spans = item.evidence if isinstance(item.evidence, tuple) else (item.evidence,)
        for span in spans:
            assert span.quote == text[span.start : span.end], (span, text[span.start : span.end])


def temporal_tag(data: bytes) -> None:
    """The temporal tagger, with the first line as a partial ISO anchor when it is one."""
    text = _text(data)
    head, _, body = text.partition("\n")
    try:
        anchor = PartialDate.parse_iso(head)
    except DiplotimelineError:
        anchor, body = None, text
    try:
        mentions = tag(body, anchor)
    except DiplotimelineError:
        return
    for mention in mentions:
        assert mention.text == body[mention.start : mention.end], mention


def json_loads(data: bytes) -> None:
    """io.json.loads on the bytes, and load_jsonl on their lines."""
    with contextlib.suppress(DiplotimelineError):
        loads(data)
    with contextlib.suppress(DiplotimelineError):
        list(load_jsonl(data.splitlines()))


def iso_parse(data: bytes) -> None:
    """PartialDate, DateSpan and LocalDateTime.parse_iso; what parses formats back to itself."""
    text = _text(data)
    parsers: tuple[Callable[[str], Any], ...] = (
        PartialDate.parse_iso,
        DateSpan.parse_iso,
        LocalDateTime.parse_iso,
    )
    for parse in parsers:
        try:
            value = parse(text)
        except DiplotimelineError:
            continue
        assert parse(value.format_iso()) == value, (text, value)


TARGETS: Final[dict[str, Callable[[bytes], None]]] = {
    "extract_text": extract_text,
    "iso_parse": iso_parse,
    "json_loads": json_loads,
    "temporal_tag": temporal_tag,
}
"""Target name -> target function."""

DICTIONARY: Final[dict[str, tuple[bytes, ...]]] = {
    "extract_text": (
        b"May", b"April 27", b" to ", b"2025", b"President", b"Prime Minister", b"Ministry of",
        b"Peru", b"ASEAN", b" (", b")", b'"', b"\xe2\x80\x9c", b"summit", b"signed", b"visit",
        b"memorandum", b"initiative", b"last year", b"\r\n", b"\x00", b"<p>", b"</p>",
        b"<!--", b"&amp;", b"U.S.", b"Mr.", b"Q3", b"10:00 a.m.",
    ),
    "temporal_tag": (
        b"May", b"April 27", b" to ", b"2025", b"last", b"next", b"week", b"Monday", b"ago",
        b"Q3", b"10:00", b"GMT", b"mid-", b"1990s", b"'25", b"fiscal", b"quarter", b"\n",
    ),
    "json_loads": (
        b'"format"', b'"diplotimeline/1"', b'"extractions"', b"[", b"]", b"{", b"}", b",",
        b":", b"null", b"true", b"1e999", b'"2025-02-30"', b'"kind"', b'"when"', b"\n",
    ),
    "iso_parse": (
        b"2025", b"-", b"04", b"30", b"/", b"..", b"T", b"10:00", b"Z", b"+07:00",
        b"[Asia/Tokyo]", b"[", b"]", b"0000", b"10000", b"02-29", b":",
    ),
}  # fmt: skip
"""Tokens the mutator splices in, per target."""
