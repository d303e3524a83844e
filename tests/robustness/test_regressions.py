"""Regression tests: every crash, hang or quadratic input that fuzzing or benchmarks found.

Each test names how it was found and which module is at fault. A test marked
``xfail(strict=True)`` documents a problem that is not fixed yet in a module this suite
does not own; when the owner fixes it the test passes, strict xfail turns that into a
failure, and the marker must be removed.
"""

from __future__ import annotations

import json
import time

import pytest
from tests.isolation import extract_within

from diplotimeline.errors import DecodeError, DiplotimelineError, InvalidTimeZoneError
from diplotimeline.examples import example_extraction
from diplotimeline.extract.text import html_to_text
from diplotimeline.io.json import dump_jsonl, dumps, load_jsonl, loads
from diplotimeline.time import LocalDateTime


class TestHTMLParser:
    """Found by bench timings of html_to_text; fixed in extract/text.py."""

    @pytest.mark.parametrize("unit", ["<a", '<a b="', "<!--", "<?", "</", "<![CDATA["])
    def test_malformed_markup_is_fast(self, unit: str) -> None:
        """200 KB of repeated unclosed constructs (quadratic in html.parser) take under 4 s."""
        started = time.process_time()
        html_to_text("<p>" + unit * (200_000 // len(unit)))
        assert time.process_time() - started < 2

    def test_unknown_marked_section(self) -> None:
        """An unknown <![keyword[ section (AssertionError in html.parser) is skipped."""
        assert "a b" == html_to_text("<p>a <![bogus[ x ]]> b</p>")


class TestJSONNesting:
    """Found by `python fuzz/run.py json_loads` (RecursionError in the stdlib decoder)."""

    def test_deep_arrays(self) -> None:
        """JSON nested 100,000 deep is a DecodeError, not a RecursionError."""
        with pytest.raises(DiplotimelineError):
            loads("[" * 100_000 + "]" * 100_000)

    def test_deep_objects_in_a_line(self) -> None:
        """A JSON line nested 100,000 deep is a DecodeError naming the line."""
        line = next(dump_jsonl([example_extraction()]))
        deep = '{"a": ' * 100_000 + "1" + "}" * 100_000
        with pytest.raises(DiplotimelineError):
            list(load_jsonl([line, deep]))


class TestJSONTypes:
    """Found while writing test_inputs.py and by test_properties.py (mutated documents).

    Fixed in io/converter.py: attrs classes and tagged unions accept only JSON objects,
    tuples and lists only JSON arrays.
    """

    def test_empty_object_for_a_list(self) -> None:
        """ "actors": {} (an object where a list belongs) is a DecodeError, not an empty list."""
        data = json.loads(dumps(example_extraction()))
        data["extractions"][0]["actors"] = {}
        with pytest.raises(DiplotimelineError):
            loads(json.dumps(data))

    @pytest.mark.parametrize("value", ["ab", 3, None])
    def test_scalar_for_a_list(self, value: object) -> None:
        """A string, number or null where a list of aliases belongs is a DecodeError."""
        data = json.loads(dumps(example_extraction()))
        data["extractions"][0]["events"][0]["aliases"] = value
        with pytest.raises(DiplotimelineError, match=r"expected an array.*aliases"):
            loads(json.dumps(data))

    @pytest.mark.parametrize("item", ["[]", '"x"'])
    def test_extraction_not_an_object(self, item: str) -> None:
        """An extraction that is a list or string (found by test_properties) is a DecodeError."""
        with pytest.raises(DiplotimelineError):
            loads('{"format": "diplotimeline/1", "extractions": [' + item + "]}")


class TestQuadraticExtraction:
    """Found by bench/bench_linear.py: inputs whose extraction time grows with the square.

    Each runs 50-200 KB, which a linear pipeline reads in well under 2 s of CPU time.
    """

    def test_long_capitalised_run(self) -> None:
        """A 50 KB run of "Ministry of Alpha and Beta of ..." is extracted in under 4 s."""
        extract_within(4, "Ministry of Alpha and Beta of " * 1700)

    def test_many_quoted_names(self) -> None:
        """A 100 KB sentence of quoted names is extracted in under 4 s."""
        extract_within(4, '"Talks" ' * 12_500)

    def test_runs_of_titles(self) -> None:
        """200 KB of "President Prime Minister Foreign Minister" is extracted in under 4 s."""
        extract_within(4, "President Prime Minister Foreign Minister " * 5000)


class TestFuzzFindings:
    """Found by the fuzz step of ``scripts/check.py`` on a quiet machine."""

    def test_huge_integer_in_json(self) -> None:
        """An integer of 10,000 digits (ValueError in the stdlib decoder) is a DecodeError."""
        with pytest.raises(DecodeError, match="invalid JSON"):
            loads('{"format": ' + "7" * 10_000 + "}")

    def test_huge_integer_in_a_json_line(self) -> None:
        """The same in JSON Lines names the line."""
        line = next(dump_jsonl([example_extraction()]))
        with pytest.raises(DecodeError, match="line 2"):
            list(load_jsonl([line, "[" + "7" * 10_000 + "]"]))

    def test_zone_name_longer_than_a_file_name(self) -> None:
        """A 5,000-character zone name (OSError from the zone database) is a typed error."""
        with pytest.raises(InvalidTimeZoneError):
            LocalDateTime.parse_iso("2025-04-28T10:00[Asia/" + "Toky" * 1_250 + "]")
