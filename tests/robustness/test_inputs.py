"""Bad and unusual input (issue 10, "Inputs to handle"): one test class per kind of input.

Each test goes through the public entry points (``load_documents``, ``read_metadata``,
``extract``, ``io.json.loads``/``load_jsonl``) and, where a command reads the input, through
``diplotimeline.cli.main``: bad input there must give exit status 2 and one line on stderr.
"""

from __future__ import annotations

import io
import json
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from tests.isolation import extract_within

from diplotimeline.cli import main
from diplotimeline.errors import DecodeError, InputError
from diplotimeline.examples import example_extraction
from diplotimeline.extract.document import document_from_text, load_documents, read_metadata
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.text import decode_bytes, html_to_text, is_html, normalize_text
from diplotimeline.io.json import dump_jsonl, dumps, load_jsonl, loads
from diplotimeline.model import Extraction
from diplotimeline.time import PartialDate

ARTICLE = (
    "NAIROBI, March 3, 2031 (Reuters) - Kenyan President Amina Wanjiru will visit Brazil "
    "from April 7 to 9, the State House said on Monday.\n"
    "Wanjiru and Brazilian President Paulo Mendes signed a memorandum of understanding on "
    "renewable energy in Nairobi last November.\n"
)


def _evidence_points_into(extraction: Extraction) -> None:
    """Every evidence span of the extraction quotes the stored document text exactly."""
    text = extraction.document.text
    for item in (*extraction.actors, *extraction.events):
        evidence = item.evidence if isinstance(item.evidence, tuple) else (item.evidence,)
        for span in evidence:
            assert span.quote == text[span.start : span.end]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert 1 == len(lines), err
    assert lines[0].startswith("diplotimeline: error: ")
    assert "Traceback" not in err
    return lines[0]


def _metadata(folder: Path, entries: list[dict[str, Any]]) -> Path:
    path = folder / "metadata.json"
    path.write_text(
        json.dumps({"format": "diplotimeline-seeds/1", "documents": entries}), encoding="utf-8"
    )
    return path


def _valid_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps(example_extraction()))
    return data


class TestInvalidUTF8:
    def test_error_names_file_and_byte_offset(self, tmp_path: Path) -> None:
        """A file with an invalid byte is an InputError naming the file and that byte's offset."""
        path = tmp_path / "bad.txt"
        path.write_bytes(b"Peru and Chile met. Caf\xe9 talks.")
        with pytest.raises(InputError) as info:
            next(load_documents([path]))
        assert (str(path), 23) == (info.value.source, info.value.offset)
        assert "byte 23" in str(info.value)

    def test_offset_counts_raw_bytes_after_a_bom(self) -> None:
        """The offset counts bytes of the file, the BOM included."""
        with pytest.raises(InputError) as info:
            decode_bytes(b"\xef\xbb\xbfab\xff", source="x.txt")
        assert 5 == info.value.offset

    def test_replace_when_asked(self, tmp_path: Path) -> None:
        """With errors="replace" the bad byte becomes U+FFFD and the rest is read."""
        path = tmp_path / "bad.txt"
        path.write_bytes(b"Caf\xe9 talks in Lima.")
        document = next(load_documents([path], errors="replace"))
        assert "Caf\ufffd talks in Lima." == document.text

    def test_cli_strict_exits_2_with_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`extract --strict` on invalid UTF-8 exits 2 with one line naming file and byte."""
        path = tmp_path / "bad.txt"
        path.write_bytes(b"Talks\n\xc3\x28 in Lima.")
        code, out, err = _cli(["extract", "--strict", str(path)], capsys)
        line = _one_line_error(err)
        assert (2, "") == (code, out)
        assert str(path) in line
        assert "byte 6" in line

    def test_cli_batch_skips_and_reports(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Without --strict the bad file is skipped and counted; the good one is extracted."""
        (tmp_path / "a-bad.txt").write_bytes(b"Talks\n\xc3\x28 in Lima.")
        (tmp_path / "b-good.txt").write_text(ARTICLE, encoding="utf-8")
        code, out, err = _cli(["extract", "--format", "jsonl", str(tmp_path)], capsys)
        assert 0 == code
        assert ["b-good"] == [ex.document.id for ex in load_jsonl(out.splitlines())]
        assert "skipped 1" in err
        assert "InputError" in err


class TestByteOrderMark:
    def test_utf8_bom_is_dropped(self, tmp_path: Path) -> None:
        """A UTF-8 BOM is not part of the text, so the dateline is read from character 0."""
        path = tmp_path / "bom.txt"
        path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
        document = next(load_documents([path]))
        assert ARTICLE == document.text
        assert PartialDate(2031, 3, 3) == document.published

    def test_utf16_with_bom_is_decoded(self, tmp_path: Path) -> None:
        """A UTF-16 file with its BOM (as Windows tools write) is decoded, not rejected."""
        path = tmp_path / "utf16.txt"
        path.write_bytes(ARTICLE.encode("utf-16"))
        assert ARTICLE == next(load_documents([path])).text

    def test_bom_in_metadata(self, tmp_path: Path) -> None:
        """A metadata file written with a BOM is read."""
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        path = tmp_path / "metadata.json"
        body = json.dumps(
            {"format": "diplotimeline-seeds/1", "documents": [{"id": "a", "file": "a.txt"}]}
        )
        path.write_bytes(b"\xef\xbb\xbf" + body.encode())
        assert ["a"] == [spec.id for spec in read_metadata(path)]


class TestLineEnds:
    @pytest.mark.parametrize("newline", ["\r\n", "\r"])
    def test_same_extraction_as_lf(self, tmp_path: Path, newline: str) -> None:
        """CRLF and lone CR files give the LF text and the same events, evidence into the text."""
        path = tmp_path / "wire.txt"
        path.write_bytes(ARTICLE.replace("\n", newline).encode())
        document = next(load_documents([path]))
        assert ARTICLE == document.text
        crlf = extract(document)
        lf = extract(document_from_text(ARTICLE, id="wire"))
        assert lf == crlf
        assert crlf.events
        _evidence_points_into(crlf)

    def test_offsets_point_into_stored_text(self) -> None:
        """After CRLF joining, evidence offsets index Document.text (the normalised text)."""
        document = document_from_text(ARTICLE.replace("\n", "\r\n") * 3, id="w")
        assert "\r" not in document.text
        _evidence_points_into(extract(document))


class TestControlCharacters:
    def test_nul_and_controls_become_spaces(self, tmp_path: Path) -> None:
        """NUL, ESC, DEL and C1 controls become spaces, so the text keeps its length."""
        raw = ARTICLE.replace(" will ", " \x00will\x1b").replace("Monday", "Mon\x7fday\x9b")
        path = tmp_path / "nul.txt"
        path.write_bytes(raw.encode())
        document = next(load_documents([path]))
        assert len(raw) == len(document.text)
        assert "\x00" not in document.text
        assert "Wanjiru  will visit" in document.text
        assert not any(ord(char) < 32 and char not in "\t\n" for char in document.text)
        _evidence_points_into(extract(document))

    def test_unicode_line_separators_become_lf(self) -> None:
        """Vertical tab, form feed, NEL, U+2028 and U+2029 are line breaks."""
        assert "a\nb\nc\nd\ne\nf" == normalize_text("a\x0bb\x0cc\x85d\u2028e\u2029f")

    def test_lone_surrogate_becomes_replacement(self) -> None:
        """A lone surrogate (which cannot be written as UTF-8) becomes U+FFFD."""
        document = document_from_text("Talks\ud800 in Lima.", id="s")
        assert "Talks\ufffd in Lima." == document.text
        assert dumps(extract(document)).encode("utf-8")


class TestEmptyFile:
    def test_empty_file_gives_an_empty_extraction(self, tmp_path: Path) -> None:
        """An empty file is a document with empty text and nothing extracted, not an error."""
        path = tmp_path / "empty.txt"
        path.write_bytes(b"")
        extraction = extract(next(load_documents([path])))
        assert ("", (), ()) == (extraction.document.text, extraction.actors, extraction.events)

    def test_cli_on_an_empty_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`diplotimeline extract` on an empty file succeeds with one empty extraction."""
        path = tmp_path / "empty.txt"
        path.write_bytes(b"\xef\xbb\xbf")
        code, out, err = _cli(["extract", "--format", "jsonl", str(path)], capsys)
        assert (0, "") == (code, err)
        [extraction] = list(load_jsonl(out.splitlines()))
        assert ((), ()) == (extraction.actors, extraction.events)


class TestLargeDocument:
    def test_fifty_megabytes_read_and_normalised(self, tmp_path: Path) -> None:
        """A 50 MB file with CRLFs is read, normalised and dated in seconds, in bounded memory.

        The whole pipeline runs at about 0.15-0.2 MB/s, so 50 MB would take several
        minutes; extraction itself is tested on 5 MB below.
        """
        size = 50_000_000
        unit = ARTICLE.replace("\n", "\r\n").encode()
        path = tmp_path / "big.txt"
        path.write_bytes(unit * (size // len(unit)))
        tracemalloc.start()
        started = time.process_time()
        document = next(load_documents([path]))
        elapsed = time.process_time() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert ARTICLE * (size // len(unit)) == document.text
        assert PartialDate(2031, 3, 3) == document.published
        assert elapsed < 20, elapsed
        assert peak < 6 * size, peak

    @pytest.mark.slow
    def test_five_megabytes_extracted(self) -> None:
        """The whole pipeline reads a 5 MB document within 60 s."""
        text = ARTICLE * (5_000_000 // len(ARTICLE))
        extract_within(60, text)

    @pytest.mark.slow
    def test_one_line_of_one_megabyte(self) -> None:
        """A document that is a single 1 MB line (no line breaks) is extracted in time.

        About 30 s of CPU, mostly merging the one article's events repeated 2,800 times.
        """
        text = ARTICLE.replace("\n", " ") * (1_000_000 // len(ARTICLE))
        assert "\n" not in text
        started = time.process_time()
        extraction = extract(document_from_text(text, id="line"))
        assert time.process_time() - started < 60
        assert extraction.events
        _evidence_points_into(extraction)


class TestHTML:
    PAGE = (
        "<!DOCTYPE html><html><head><title>Kenya and Brazil</title>"
        "<script>var s = '<p>Not text</p>'; alert(1)</script><style>p { x: 1 }</style></head>"
        "<body><nav><a href='/'>Home</a></nav><article><h1>Energy pact</h1>"
        "<p>NAIROBI, March 3, 2031 (Reuters) &ndash; Kenyan President Amina Wanjiru will "
        "visit Brazil from April&nbsp;7 to 9, the State House said.</p>"
        "<p>Tom &amp; Jerry&#39;s <b>bold</b> <!-- hidden --> text &lt;script&gt;</p>"
        "</article></body></html>"
    )

    def test_html_file_becomes_text(self, tmp_path: Path) -> None:
        """A .html file is converted: no tags, scripts or styles; entities unescaped."""
        path = tmp_path / "page.html"
        path.write_text(self.PAGE, encoding="utf-8")
        document = next(load_documents([path]))
        assert "<" not in document.text.replace("<script>", "")
        assert "alert" not in document.text
        assert "Not text" not in document.text
        assert "hidden" not in document.text
        assert "Tom & Jerry's bold text <script>" in document.text
        assert "from April 7 to 9" in document.text
        assert PartialDate(2031, 3, 3) == document.published
        assert extract(document).events

    def test_html_in_a_txt_file_is_detected(self, tmp_path: Path) -> None:
        """A .txt file that holds an HTML page is detected and converted too."""
        path = tmp_path / "page.txt"
        path.write_text(self.PAGE, encoding="utf-8")
        assert "Energy pact\n\nNAIROBI" in next(load_documents([path])).text

    def test_plain_text_with_angle_brackets_is_kept(self) -> None:
        """Plain text mentioning a tag is not HTML and is kept as it is."""
        text = "Growth was <b>strong</b> and 3 < 4 > 2."
        assert not is_html(text)
        assert text == document_from_text(text, id="t").text

    def test_malformed_html_does_not_raise(self) -> None:
        """Unclosed comments, odd marked sections and broken tags are read as text."""
        markup = "<p>a <!-- b <![if x]> c <![bogus[ d ]]> <a href='x e </p><?pi f"
        assert "a" == html_to_text(markup)[:1]


class TestMetadataDates:
    def test_missing_date_is_inferred(self, tmp_path: Path) -> None:
        """An entry without "published" takes the dateline's date, marked inferred."""
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        path = _metadata(tmp_path, [{"id": "a", "file": "a.txt"}])
        document = next(load_documents(path))
        assert (PartialDate(2031, 3, 3), True) == (document.published, document.published_inferred)

    @pytest.mark.parametrize(
        "published",
        ["March 2031", "2031-3-1", "", "0000", "0000-01-01", "10000-01-01", "2031-02-30",
         "2031-13", "２０３１"],
    )  # fmt: skip
    def test_malformed_or_out_of_range_date(self, tmp_path: Path, published: str) -> None:
        """A malformed or impossible date is an InputError naming the file and the entry."""
        path = _metadata(
            tmp_path,
            [{"id": "ok", "file": "a.txt"}, {"id": "b", "file": "b.txt", "published": published}],
        )
        with pytest.raises(InputError) as info:
            read_metadata(path)
        assert str(path) in str(info.value.source)
        assert "documents[1]" in str(info.value.source)
        assert "published" in str(info.value)

    @pytest.mark.parametrize("published", [2031, ["2031"], {"y": 2031}, True])
    def test_date_of_wrong_type(self, tmp_path: Path, published: object) -> None:
        """A date that is not a string is an InputError naming the field and the type."""
        path = _metadata(tmp_path, [{"id": "b", "file": "b.txt", "published": published}])
        with pytest.raises(InputError, match="'published' must be a string"):
            read_metadata(path)

    def test_cli_reports_the_bad_date(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`extract --metadata` with February 30 exits 2 with one line naming file and entry."""
        path = _metadata(tmp_path, [{"id": "b", "file": "b.txt", "published": "2031-02-30"}])
        code, _, err = _cli(["extract", "--strict", "--metadata", str(path)], capsys)
        line = _one_line_error(err)
        assert 2 == code
        assert "documents[0]" in line
        assert "2031-02-30" in line

    def test_bad_document_id(self, tmp_path: Path) -> None:
        """An id the model would refuse is reported at the metadata entry, not later."""
        path = _metadata(tmp_path, [{"id": "a b/c", "file": "a.txt"}])
        with pytest.raises(InputError, match="'id' must be"):
            read_metadata(path)


class TestMalformedJSON:
    def test_truncated_json(self) -> None:
        """A truncated diplotimeline/1 document is a DecodeError with its line."""
        text = dumps(example_extraction())
        cut = text[: len(text) // 2]
        with pytest.raises(DecodeError) as info:
            loads(cut, source="x.json")
        assert info.value.line == cut.count("\n") + 1
        assert "x.json" == info.value.source

    def test_truncated_json_lines(self) -> None:
        """A JSON Lines file whose last line is cut names that line."""
        line = next(dump_jsonl([example_extraction()]))
        with pytest.raises(DecodeError) as info:
            list(load_jsonl([line, line, line[:-40]]))
        assert 3 == info.value.line

    @pytest.mark.parametrize(
        ("where", "value", "path"),
        [
            (("document", "text"), 7, "$.extractions[0].document"),
            (("events", 0, "name"), None, "$.extractions[0].events"),
            (("actors",), {"x": 1}, "$.extractions[0].actors"),
            (("document", "colour"), "red", "$.extractions[0].document"),
            (("events", 0, "colour"), "red", "$.extractions[0].events[0]"),
        ],
        ids=["int-text", "null-name", "dict-actors", "unknown-key", "unknown-event-key"],
    )
    def test_wrong_types_and_unknown_keys(
        self, where: tuple[str | int, ...], value: object, path: str
    ) -> None:
        """Wrong types and unknown keys are DecodeErrors whose field path names the value."""
        data = _valid_json()
        target = data["extractions"][0]
        for key in where[:-1]:
            target = target[key]
        target[where[-1]] = value
        with pytest.raises(DecodeError) as info:
            loads(json.dumps(data))
        assert info.value.path.startswith(path), info.value.path

    def test_unknown_top_level_key(self) -> None:
        """An unknown key beside "format" and "extractions" is refused."""
        data = _valid_json()
        data["extra"] = 1
        with pytest.raises(DecodeError, match="unknown keys"):
            loads(json.dumps(data))

    def test_json_lines_error_has_line_and_path(self) -> None:
        """In JSON Lines a wrong type on line 2 names line 2 and the field path."""
        good = next(dump_jsonl([example_extraction()]))
        data = json.loads(good)
        data["events"][0]["status"] = "maybe"
        with pytest.raises(DecodeError) as info:
            list(load_jsonl([good, json.dumps(data)]))
        assert (2, True) == (info.value.line, info.value.path.startswith("$.events[0]"))

    def test_deeply_nested_metadata_is_an_input_error(self, tmp_path: Path) -> None:
        """Metadata nested 100,000 deep is an InputError, not a RecursionError."""
        path = tmp_path / "m.json"
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        with pytest.raises(InputError, match="nested too deeply"):
            read_metadata(path)

    def test_cli_truncated_metadata(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`extract --metadata` on truncated JSON exits 2 with one line naming file and line."""
        path = tmp_path / "metadata.json"
        path.write_text('{"format": "diplotimeline-seeds/1",\n "documents": [', encoding="utf-8")
        code, _, err = _cli(["extract", "--strict", "--metadata", str(path)], capsys)
        line = _one_line_error(err)
        assert 2 == code
        assert str(path) in line
        assert "line 2" in line

    @pytest.mark.parametrize("command", ["timeline", "query", "extract"])
    def test_cli_bad_extraction_files(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        """Commands reading diplotimeline/1 files exit 2, naming the line or field path."""
        good = next(dump_jsonl([example_extraction()]))
        cut = tmp_path / "cut.jsonl"
        cut.write_text(f"{good}\n{good[:-30]}\n", encoding="utf-8")
        data = _valid_json()
        data["extractions"][0]["events"][0]["status"] = 3
        typed = tmp_path / "typed.json"
        typed.write_text(json.dumps(data), encoding="utf-8")
        data = _valid_json()
        data["extractions"][0]["document"]["colour"] = "red"
        unknown = tmp_path / "unknown.json"
        unknown.write_text(json.dumps(data), encoding="utf-8")
        for path, where in [
            (cut, "line 2"),
            (typed, "$.extractions[0].events[0]"),
            (unknown, "$.extractions[0].document"),
        ]:
            code, _, err = _cli([command, str(path)], capsys)
            line = _one_line_error(err)
            assert 2 == code
            assert str(path) in line
            assert where in line

    def test_cli_timex_bad_lines(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`diplotimeline timex` exits 2 on a truncated or mistyped JSON line, naming the line."""
        good = '{"doc": "d1", "dct": "2031-03-03", "text": "They met last week."}'
        for bad, where in [(good[:-5], "line 2"), ('{"doc": "d", "text": 7}', "line 2")]:
            monkeypatch.setattr("sys.stdin", io.StringIO(f"{good}\n{bad}\n"))
            code, _, err = _cli(["timex"], capsys)
            line = _one_line_error(err)
            assert 2 == code
            assert where in line

    def test_cli_evaluate_truncated_gold(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`diplotimeline evaluate` on a truncated gold file exits 2 with one line."""
        path = tmp_path / "gold.json"
        path.write_text('{"format": "diplotimeline-gold/1", "documents": [{"id"', encoding="utf-8")
        code, _, err = _cli(["evaluate", str(path), str(path)], capsys)
        _one_line_error(err)
        assert 2 == code


class TestDatesOutOfRangeInJSON:
    @pytest.mark.parametrize("value", ["0000-01-01", "10000-01-01", "2031-02-30", "2031-00", "0"])
    def test_published_out_of_range(self, value: str) -> None:
        """An impossible published date in JSON is a DecodeError at $...document.published."""
        data = _valid_json()
        data["extractions"][0]["document"]["published"] = value
        with pytest.raises(DecodeError) as info:
            loads(json.dumps(data))
        assert "$.extractions[0].document.published" == info.value.path

    @pytest.mark.parametrize("value", ["2031-02-30/2031-03-02", "0000/2031", "2031/10000"])
    def test_event_span_out_of_range(self, value: str) -> None:
        """An impossible event date in JSON is a DecodeError naming the event's field."""
        data = _valid_json()
        data["extractions"][0]["events"][0]["when"] = value
        with pytest.raises(DecodeError) as info:
            loads(json.dumps(data))
        assert info.value.path.startswith("$.extractions[0].events[0]")

    def test_timex_dct_out_of_range(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`diplotimeline timex` with dct February 30 exits 2 with one line."""
        monkeypatch.setattr(
            "sys.stdin", io.StringIO('{"doc": "d", "dct": "2031-02-30", "text": "Today."}\n')
        )
        code, _, err = _cli(["timex"], capsys)
        _one_line_error(err)
        assert 2 == code


class TestUnknownTimeZone:
    @pytest.mark.parametrize(
        "value",
        ["2031-04-07T10:00[Mars/Olympus]", "2031-04-07T10:00+03:00[Mars/Olympus]",
         "2031-04-07T10:00[../../etc/passwd]", "2031-04-07T10:00+25:00"],
    )  # fmt: skip
    def test_unknown_zone_in_json(self, value: str) -> None:
        """An unknown IANA zone (or impossible offset) in JSON is a DecodeError with the path."""
        data = _valid_json()
        data["extractions"][0]["events"][0]["when"] = value
        with pytest.raises(DecodeError) as info:
            loads(json.dumps(data))
        assert info.value.path.startswith("$.extractions[0].events[0]")

    def test_known_zone_round_trips(self) -> None:
        """A known zone loads, so the tests above fail for the zone, not for the form."""
        data = _valid_json()
        data["extractions"][0]["events"][0]["when"] = "2031-04-07T10:00+03:00[Africa/Nairobi]"
        [extraction] = loads(json.dumps(data))
        assert extraction.events[0].when is not None
        assert "Africa/Nairobi" in extraction.events[0].when.format_iso()
