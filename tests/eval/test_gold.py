"""Tests for diplotimeline.eval.gold: the diplotimeline-gold/1 records, reader and writer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from diplotimeline.errors import DecodeError, InputError, InvalidDateError, InvalidValueError
from diplotimeline.eval.gold import (
    GoldActor,
    GoldActorKind,
    GoldCorpus,
    GoldDocument,
    GoldEvent,
    GoldEventKind,
    GoldStatus,
    dump_gold,
    is_partial_iso,
    read_gold,
)

DATA = Path(__file__).parent / "data"
SEEDS_GOLD = Path(__file__).parents[2] / ".." / "shared" / "gold" / "seeds.json"


def _event(**changes: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": "e1",
        "kind": "meeting",
        "form": "visit",
        "name": "State visit of the President of Chile to Norway",
        "start": "2029-03-04",
        "end": None,
        "date_text": "on March 4",
        "participants": ["cl", "no"],
        "status": "occurred",
        "evidence": "arrived in Oslo on March 4",
        "cluster": "cl-no-visit-2029-03",
    }
    event.update(changes)
    return event


def _corpus_text(*events: dict[str, Any], **document_changes: Any) -> str:
    document: dict[str, Any] = {
        "id": "n1",
        "file": "n1.txt",
        "published": "2029-03-05",
        "source": "Nordic Wire",
        "actors": [{"id": "no", "kind": "country", "name": "Norway", "aliases": ["Oslo"]}],
        "events": list(events),
    }
    document.update(document_changes)
    return json.dumps({"format": "diplotimeline-gold/1", "documents": [document]})


def _decode_error(text: str) -> DecodeError:
    with pytest.raises(DecodeError) as info:
        read_gold(text)
    return info.value


class TestIsPartialIso:
    @pytest.mark.parametrize(
        "value",
        ["2029", "2029-03", "2028-02-29", "2024-07-26T10:00+07:00", "2029-03-04T23:59:30Z"],
    )
    def test_accepts_partial_dates(self, value: str) -> None:
        """Accepts years, months, days and timed values with an offset."""
        assert is_partial_iso(value)

    @pytest.mark.parametrize(
        "value",
        ["29", "2029-13", "2029-02-29", "2029/03", "2029-03-04T10:00", "2029-03-04T25:00Z", ""],
    )
    def test_rejects_malformed_or_impossible_dates(self, value: str) -> None:
        """Rejects other spellings, impossible dates and times without an offset."""
        assert not is_partial_iso(value)


class TestRecords:
    def test_collections_become_tuples(self) -> None:
        """Lists passed to the records are stored as tuples."""
        actor = GoldActor(id="no", kind=GoldActorKind.COUNTRY, name="Norway", aliases=["Oslo"])
        document = GoldDocument(
            id="n1", file="n1.txt", published="2029", source="Wire", actors=[actor]
        )
        assert (("Oslo",), (actor,)) == (actor.aliases, document.actors)

    def test_event_rejects_bad_date(self) -> None:
        """An event's start must be a partial ISO date."""
        with pytest.raises(InvalidDateError):
            GoldEvent(
                id="e1",
                kind=GoldEventKind.MEETING,
                form="visit",
                name="Visit",
                start="March 2029",
                status=GoldStatus.OCCURRED,
                evidence="visited in March",
                cluster="v",
            )

    def test_corpus_rejects_other_format(self) -> None:
        """The corpus only carries the diplotimeline-gold/1 tag."""
        with pytest.raises(InvalidValueError):
            GoldCorpus(format="diplotimeline/1")

    def test_records_are_frozen(self) -> None:
        """Records cannot be changed in place; evolve makes a changed copy."""
        corpus = GoldCorpus(notes="a")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            corpus.notes = "b"  # type: ignore[misc]
        assert attrs.evolve(corpus, notes="b").notes == "b"


class TestReadGold:
    def test_reads_the_small_gold_file(self) -> None:
        """Reads a file by path into typed records."""
        corpus = read_gold(DATA / "small_gold.json")
        first = corpus.documents[0]
        assert [d.id for d in corpus.documents] == ["g1", "g2"]
        assert GoldEventKind.MEETING is first.events[0].kind
        assert first.events[1].start == "2031-05-19T10:30-04:00"
        assert (first.actors[5].optional, first.actors[0].optional) == (True, False)
        assert first.events[0].participants == ("dang-van-duc", "vn", "bo")

    def test_reads_text_and_str_paths_alike(self) -> None:
        """A JSON string and a path given as str give the same corpus."""
        path = DATA / "small_gold.json"
        assert read_gold(path.read_text(encoding="utf-8")) == read_gold(str(path))

    def test_defaults_for_absent_optional_keys(self) -> None:
        """Absent optional keys read as empty or false."""
        event = read_gold(_corpus_text(_event())).documents[0].events[0]
        assert (
            event.aliases,
            event.location,
            event.optional,
            event.note,
        ) == ((), None, False, None)

    def test_truncated_json_names_the_line(self) -> None:
        """A JSON syntax error gives the line number and the file."""
        with pytest.raises(DecodeError) as info:
            read_gold(DATA / "truncated.json")
        assert (info.value.line, info.value.path) == (10, "$")
        assert str(info.value.source).endswith("truncated.json")
        assert "line 10" in str(info.value)

    def test_wrong_type_names_the_path(self) -> None:
        """A number where a date string belongs is reported at its JSON path."""
        with pytest.raises(DecodeError) as info:
            read_gold(DATA / "wrong_type.json")
        assert info.value.path == "$.documents[0].events[0].start"
        assert "got a number" in str(info.value)

    def test_unknown_key_is_an_error(self) -> None:
        """An unknown key is an error at its own path."""
        with pytest.raises(DecodeError) as info:
            read_gold(DATA / "unknown_key.json")
        assert info.value.path == "$.documents[0].actors[1].title"

    def test_missing_required_key(self) -> None:
        """A missing required key is reported at the path it should have."""
        event = _event()
        del event["cluster"]
        assert _decode_error(_corpus_text(event)).path == "$.documents[0].events[0].cluster"

    def test_malformed_date_in_a_later_event(self) -> None:
        """A bad partial date is reported with the event's index."""
        text = _corpus_text(_event(), _event(id="e2", start="2029-02-30"))
        assert _decode_error(text).path == "$.documents[0].events[1].start"

    @pytest.mark.parametrize(
        ("changes", "path"),
        [
            ({"kind": "conference"}, "$.documents[0].events[0].kind"),
            ({"status": "done"}, "$.documents[0].events[0].status"),
            ({"optional": "yes"}, "$.documents[0].events[0].optional"),
            ({"participants": ["cl", 7]}, "$.documents[0].events[0].participants[1]"),
            ({"aliases": "Oslo visit"}, "$.documents[0].events[0].aliases"),
            ({"name": "  "}, "$.documents[0].events[0].name"),
        ],
    )
    def test_bad_event_values(self, changes: dict[str, Any], path: str) -> None:
        """Unknown kinds and statuses, wrong types and blank names are reported by path."""
        assert path == _decode_error(_corpus_text(_event(**changes))).path

    def test_duplicate_event_ids(self) -> None:
        """Two events of one document may not share an id."""
        text = _corpus_text(_event(), _event(cluster="other"))
        assert _decode_error(text).path == "$.documents[0].events[1].id"

    def test_wrong_format_tag(self) -> None:
        """The format tag must be diplotimeline-gold/1."""
        text = json.dumps({"format": "diplotimeline/1", "documents": []})
        assert _decode_error(text).path == "$.format"

    def test_top_level_must_be_an_object(self) -> None:
        """A JSON array at the top is reported at the root path."""
        assert _decode_error("[]").path == "$"

    def test_document_date_is_checked(self) -> None:
        """The published date must be a partial ISO date too."""
        text = _corpus_text(published="5 March 2029")
        assert _decode_error(text).path == "$.documents[0].published"

    def test_missing_file_is_an_input_error(self, tmp_path: Path) -> None:
        """A file that does not exist raises InputError with its name."""
        with pytest.raises(InputError) as info:
            read_gold(tmp_path / "absent.json")
        assert str(info.value.source).endswith("absent.json")


class TestDumpGold:
    def test_round_trip_of_the_small_files(self) -> None:
        """read_gold(dump_gold(c)) == c for the hand-made gold and prediction files."""
        for name in ("small_gold.json", "small_pred.json"):
            corpus = read_gold(DATA / name)
            assert corpus == read_gold(dump_gold(corpus))

    def test_key_order_and_omissions(self) -> None:
        """Keys follow the format's order; empty optional fields are left out."""
        corpus = read_gold(_corpus_text(_event()))
        raw = json.loads(dump_gold(corpus))
        event_keys = list(raw["documents"][0]["events"][0])
        assert event_keys == [
            "id",
            "kind",
            "form",
            "name",
            "start",
            "end",
            "date_text",
            "location",
            "participants",
            "status",
            "evidence",
            "cluster",
        ]
        assert list(raw["documents"][0]["actors"][0]) == ["id", "kind", "name", "aliases"]

    def test_keeps_non_ascii_text(self) -> None:
        """Non-ASCII names are written as they are, not escaped."""
        corpus = read_gold(DATA / "small_gold.json")
        text = dump_gold(corpus)
        assert "Đặng Văn Đức" in text
        assert text.endswith("}\n")


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="shared/gold/seeds.json is not available")
class TestSeedsGold:
    def test_reads_and_round_trips_byte_for_byte(self) -> None:
        """The shared gold file reads, and writing it back gives the same text."""
        text = SEEDS_GOLD.read_text(encoding="utf-8")
        corpus = read_gold(SEEDS_GOLD)
        assert len(corpus.documents) == 5
        assert text == dump_gold(corpus)
        assert corpus == read_gold(dump_gold(corpus))
