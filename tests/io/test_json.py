"""Tests for diplotimeline.io.json, io.converter and io.schema: lossless round trips."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import actors, date_spans, events, evidence, extractions, roles

from diplotimeline.errors import DecodeError
from diplotimeline.io.converter import structure, unstructure
from diplotimeline.io.json import dump_jsonl, dumps, load_jsonl, loads
from diplotimeline.io.schema import json_schema, packaged_schema
from diplotimeline.model import Actor, Document, Event, Extraction
from diplotimeline.time import DateSpan

_VALIDATOR = jsonschema.Draft202012Validator(packaged_schema())


class TestRoundTrip:
    @given(extractions())
    def test_json_round_trip_is_identity(self, extraction: Extraction) -> None:
        """loads(dumps(x)) == (x,)."""
        assert (extraction,) == loads(dumps(extraction))

    @given(st.lists(extractions(), max_size=3))
    def test_jsonl_round_trip_is_identity(self, items: list[Extraction]) -> None:
        """load_jsonl(dump_jsonl(xs)) == xs."""
        assert items == list(load_jsonl(dump_jsonl(items)))

    @given(events())
    def test_event_round_trip(self, event: Event) -> None:
        """Every event kind survives the converter."""
        assert event == structure(unstructure(event, Event), Event)

    @given(actors())
    def test_actor_round_trip(self, actor: Actor) -> None:
        """Every actor kind survives the converter."""
        assert actor == structure(unstructure(actor, Actor), Actor)

    @given(date_spans())
    def test_span_round_trip(self, span: DateSpan) -> None:
        """Spans travel as ISO strings."""
        assert span == structure(unstructure(span), DateSpan)

    @given(evidence(), roles())
    def test_small_values_round_trip(self, ev: object, role: object) -> None:
        """Evidence and roles survive the converter."""
        assert ev == structure(unstructure(ev), type(ev))
        assert role == structure(unstructure(role), type(role))

    def test_output_is_deterministic(self) -> None:
        """The same value always gives the same bytes."""
        value = Extraction(document=Document(id="d1", text="Ünïcode"))
        assert dumps(value) == dumps(value)
        assert "Ünïcode" in dumps(value)


class TestSchema:
    def test_packaged_schema_is_in_sync(self) -> None:
        """The shipped schema file equals the one derived from the model."""
        assert json_schema() == packaged_schema()

    @given(st.lists(extractions(), max_size=2))
    def test_output_validates_against_schema(self, items: list[Extraction]) -> None:
        """Everything dumps writes is valid under the schema."""
        _VALIDATOR.validate(json.loads(dumps(items)))


class TestDecodeErrors:
    def _doc(self, **extraction: object) -> str:
        base: dict[str, object] = {"document": {"id": "d1", "text": "x"}}
        base.update(extraction)
        return json.dumps({"format": "diplotimeline/1", "extractions": [base]})

    def test_syntax_error_names_the_line(self) -> None:
        """Truncated JSON gives its line number."""
        with pytest.raises(DecodeError) as info:
            loads('{"format": "diplotimeline/1",\n "extractions": [')
        assert info.value.line == 2

    def test_wrong_format(self) -> None:
        """Another format is refused."""
        with pytest.raises(DecodeError) as info:
            loads('{"format": "other/2", "extractions": []}')
        assert info.value.path == "$.format"

    def test_wrong_type_names_the_path(self) -> None:
        """A number where a name is expected names the field path."""
        text = self._doc(events=[{"kind": "meeting", "id": "e1", "name": 3}])
        with pytest.raises(DecodeError) as info:
            loads(text)
        assert info.value.path == "$.extractions[0].events[0].name"

    def test_unknown_key_is_an_error(self) -> None:
        """Unknown keys are never silently dropped."""
        with pytest.raises(DecodeError) as info:
            loads(self._doc(events=[{"kind": "meeting", "id": "e1", "name": "S", "colour": 1}]))
        assert "colour" in str(info.value)

    def test_unknown_kind(self) -> None:
        """An event kind that does not exist is an error."""
        with pytest.raises(DecodeError):
            loads(self._doc(events=[{"kind": "party", "id": "e1", "name": "S"}]))

    def test_invalid_date_names_the_path(self) -> None:
        """February 30 is reported at its field."""
        text = self._doc(
            events=[{"kind": "meeting", "id": "e1", "name": "S", "when": "2025-02-30"}]
        )
        with pytest.raises(DecodeError) as info:
            loads(text)
        assert info.value.path == "$.extractions[0].events[0].when"
        assert "February" in str(info.value) or "2025-02" in str(info.value)

    def test_jsonl_names_the_line(self) -> None:
        """A bad JSON line is reported with its number."""
        good = next(dump_jsonl([Extraction(document=Document(id="d1", text="x"))]))
        with pytest.raises(DecodeError) as info:
            list(load_jsonl([good, "", '{"format": "diplotimeline/1", "document": 5}']))
        assert info.value.line == 3

    def test_jsonl_truncated_line(self) -> None:
        """A truncated JSON line is reported with its number."""
        with pytest.raises(DecodeError) as info:
            list(load_jsonl(['{"format": "diplotim']))
        assert info.value.line == 1


class TestShapes:
    """An object where an array belongs, or the reverse, is a DecodeError with its path."""

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            ({}, "expected an array, got object {}"),
            ("pe", 'expected an array, got string "pe"'),
            (None, "expected an array, got null"),
        ],
    )
    def test_not_an_array(self, value: object, message: str) -> None:
        """A list field given an object, string or null names what arrived and where."""
        line: dict[str, object] = {
            "format": "diplotimeline/1",
            "document": {"id": "d1", "text": "x"},
        }
        line["actors"] = value
        with pytest.raises(DecodeError) as info:
            list(load_jsonl([json.dumps(line)]))
        assert "$.actors" == info.value.path
        assert message in str(info.value)

    @pytest.mark.parametrize("value", [[], "d1", 7, True])
    def test_not_an_object(self, value: object) -> None:
        """A document, actor or event that is not a JSON object is a DecodeError."""
        for field, wrapped in (("document", value), ("actors", [value]), ("events", [value])):
            line: dict[str, object] = {
                "format": "diplotimeline/1",
                "document": {"id": "d1", "text": "x"},
            }
            line[field] = wrapped
            with pytest.raises(DecodeError, match="expected an object"):
                list(load_jsonl([json.dumps(line)]))

    def test_structure_checks_nested_lists(self) -> None:
        """structure() refuses a string for a tuple of strings rather than splitting it."""
        data = {"id": "pe", "kind": "country", "name": "Peru", "aliases": "Peru"}
        with pytest.raises(DecodeError) as info:
            structure(data, Actor)
        assert "$.aliases" == info.value.path
