"""Property tests (issue 10): any input returns a value or raises a DiplotimelineError.

"Any input" is arbitrary Unicode (surrogate-free, control characters included), long runs
of one piece, and news-like token soup that reaches the rules. Anything other than a
``DiplotimelineError`` escaping an entry point fails the test.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.strategies import extractions, partial_dates

from diplotimeline.errors import DiplotimelineError
from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import tag
from diplotimeline.extract.text import html_to_text, normalize_text, text_from_bytes
from diplotimeline.io.json import dump_jsonl, dumps, load_jsonl, loads
from diplotimeline.model import Extraction
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = (
    "May", "April", "27", "29", "2025", "2031", "0", "99999", "from", "to", "and", "on", "in",
    "last", "next", "week", "year", "Monday", "President", "Prime", "Minister", "Foreign",
    "Ministry", "of", "Peru", "Chile", "Japan", "ASEAN", "UN", "U.S.", "Mr.", "Ana", "Ortega",
    "visit", "summit", "talks", "signed", "agreement", "memorandum", "initiative", "Summit",
    "Partnership", "(", ")", '"', "“", "”", "'", ".", ",", "-", "–", "/", ":", "\n", "\r\n",
    "\t", "\x00", "\u2028", "<p>", "</p>", "&amp;", "Q3", "10:00", "GMT", "a.m.", "1st",
    "2025-04-24", "mid-", "early", "late", "this", "ago", "days", "Dec.", "'25", "1990s",
)  # fmt: skip


def _runs() -> st.SearchStrategy[str]:
    return st.tuples(st.text(min_size=1, max_size=6), st.integers(1, 3000)).map(
        lambda pair: pair[0] * pair[1]
    )


def _soup() -> st.SearchStrategy[str]:
    words = st.lists(st.sampled_from(TOKENS), max_size=80)
    separators = st.sampled_from([" ", "", " ", "\n"])
    return st.tuples(words, separators).map(lambda pair: pair[1].join(pair[0]))


ANY_TEXT = st.one_of(
    st.text(),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400),
    _runs(),
    _soup(),
    st.lists(st.one_of(_soup(), _runs(), st.text(max_size=20)), max_size=6).map("".join),
)


_MARKUP = st.lists(
    st.sampled_from(
        [
            "<",
            ">",
            "!--",
            "-->",
            "<![",
            "a",
            "]]>",
            "&",
            "#",
            ";",
            "/",
            "'",
            '"',
            "=",
            " ",
            "script",
        ]
    )
).map("".join)


def _check_extraction(extraction: Extraction) -> None:
    text = extraction.document.text
    for item in (*extraction.actors, *extraction.events):
        spans = item.evidence if isinstance(item.evidence, tuple) else (item.evidence,)
        for span in spans:
            assert span.quote == text[span.start : span.end]
    # What was extracted can always be written and read back.
    assert (extraction,) == loads(dumps(extraction))


class TestExtractAnyText:
    @SLOW
    @given(ANY_TEXT, st.none() | partial_dates(min_year=1, max_year=9999))
    def test_returns_or_raises_typed(self, text: str, published: PartialDate | None) -> None:
        """Any text gives an Extraction (evidence quoting the text) or a typed error."""
        try:
            extraction = extract(document_from_text(text, id="p", published=published))
        except DiplotimelineError:
            return
        _check_extraction(extraction)

    @SLOW
    @given(ANY_TEXT)
    def test_html_input(self, text: str) -> None:
        """Any text read as HTML returns an Extraction or a typed error."""
        try:
            extraction = extract(document_from_text(f"<p>{text}</p>", id="h", html=True))
        except DiplotimelineError:
            return
        _check_extraction(extraction)


class TestTagAnyText:
    @SLOW
    @given(ANY_TEXT, st.none() | partial_dates(min_year=1, max_year=9999))
    def test_returns_or_raises_typed(self, text: str, anchor: PartialDate | None) -> None:
        """The temporal tagger returns mentions whose offsets quote the text, or a typed error."""
        try:
            mentions = tag(text, anchor)
        except DiplotimelineError:
            return
        for mention in mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert mention.text == text[mention.start : mention.end]


class TestTextFunctions:
    @given(st.binary(max_size=2000))
    def test_bytes_with_replacement_never_fail(self, data: bytes) -> None:
        """Any bytes decode with errors="replace" to normalised text."""
        text = text_from_bytes(data, errors="replace")
        assert text == normalize_text(text)

    @given(st.binary(max_size=2000))
    def test_bytes_strict_returns_or_raises_typed(self, data: bytes) -> None:
        """Strict decoding of any bytes returns text or raises an InputError."""
        try:
            text_from_bytes(data)
        except DiplotimelineError:
            return

    @given(ANY_TEXT)
    def test_normalize_is_idempotent_and_keeps_offsets(self, text: str) -> None:
        """Normalising twice changes nothing; without BOM or CRLF the length is kept."""
        once = normalize_text(text)
        assert once == normalize_text(once)
        if not text.startswith("\ufeff") and "\r\n" not in text:
            assert len(text) == len(once)

    @given(st.text() | _soup() | _MARKUP)
    def test_html_to_text_never_fails(self, markup: str) -> None:
        """Any markup, however broken, converts to text without an exception."""
        assert isinstance(html_to_text(markup), str)


def _mutate(data: Any, path: list[Any], value: Any) -> Any:
    """``data`` with the value at ``path`` (indices taken modulo the length) set to ``value``."""
    if not path or not isinstance(data, dict | list) or not data:
        return value
    if isinstance(data, dict):
        key = sorted(data)[path[0] % len(data)]
        return {**data, key: _mutate(data[key], path[1:], value)}
    index = path[0] % len(data)
    return [*data[:index], _mutate(data[index], path[1:], value), *data[index + 1 :]]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


class TestJSONAnyInput:
    @given(st.text() | st.binary())
    def test_loads_arbitrary(self, text: str | bytes) -> None:
        """loads() of any string or bytes returns extractions or raises a DecodeError."""
        try:
            loads(text)
        except DiplotimelineError:
            return

    @given(st.lists(st.text() | st.binary(), max_size=5))
    def test_load_jsonl_arbitrary(self, lines: list[str | bytes]) -> None:
        """load_jsonl() of any lines yields extractions or raises a DecodeError."""
        try:
            list(load_jsonl(lines))
        except DiplotimelineError:
            return

    @SLOW
    @given(extractions(), st.lists(st.integers(0, 50), max_size=8), JSON_VALUES)
    def test_loads_mutated_document(
        self, extraction: Extraction, path: list[int], value: Any
    ) -> None:
        """A valid document with one value replaced loads or raises a DecodeError."""
        data = _mutate(json.loads(dumps(extraction)), path, value)
        try:
            loads(json.dumps(data))
        except DiplotimelineError:
            return

    @SLOW
    @given(extractions(), st.integers(0, 10**6), st.text(max_size=3))
    def test_loads_cut_or_spliced_document(
        self, extraction: Extraction, at: int, insert: str
    ) -> None:
        """A valid document cut short, or with characters spliced in, loads or raises typed."""
        text = dumps(extraction, indent=None)
        at %= len(text) + 1
        for broken in (text[:at], text[:at] + insert + text[at:]):
            try:
                loads(broken)
            except DiplotimelineError:
                continue

    @SLOW
    @given(extractions(), st.lists(st.integers(0, 50), max_size=8), JSON_VALUES)
    def test_load_jsonl_mutated_line(
        self, extraction: Extraction, path: list[int], value: Any
    ) -> None:
        """A valid JSON line with one value replaced loads or raises a DecodeError."""
        line = next(dump_jsonl([extraction]))
        data = _mutate(json.loads(line), path, value)
        try:
            list(load_jsonl([line, json.dumps(data)]))
        except DiplotimelineError:
            return


ISO_LIKE = st.one_of(
    st.text(),
    st.from_regex(r"\A[0-9]{1,5}(-[0-9]{1,2}(-[0-9]{1,2})?)?\Z"),
    st.from_regex(
        r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?(\[[A-Za-z_/+-]{1,20}\])?\Z"
    ),
    st.lists(st.sampled_from(["2025", "-", "04", "30", "/", "..", "T", "10:00", "Z", "+07:00",
                              "[Asia/Tokyo]", "[", "]", "0000", "10000", "02", "29", ":"]),
             max_size=8).map("".join),
)  # fmt: skip


class TestParseISOAnyString:
    @given(ISO_LIKE)
    def test_partial_date(self, text: str) -> None:
        """PartialDate.parse_iso returns a date that formats back to the same value, or raises."""
        try:
            value = PartialDate.parse_iso(text)
        except DiplotimelineError:
            return
        assert value == PartialDate.parse_iso(value.format_iso())

    @given(ISO_LIKE)
    def test_date_span(self, text: str) -> None:
        """DateSpan.parse_iso returns a span that formats back to the same value, or raises."""
        try:
            value = DateSpan.parse_iso(text)
        except DiplotimelineError:
            return
        assert value == DateSpan.parse_iso(value.format_iso())

    @given(ISO_LIKE)
    def test_local_date_time(self, text: str) -> None:
        """LocalDateTime.parse_iso returns a value that formats back to itself, or raises."""
        try:
            value = LocalDateTime.parse_iso(text)
        except DiplotimelineError:
            return
        assert value == LocalDateTime.parse_iso(value.format_iso())
