"""Tests of diplotimeline.eval.predict: extractions written as gold records."""

from __future__ import annotations

from diplotimeline.eval.gold import GoldStatus, dump_gold, is_partial_iso, read_gold
from diplotimeline.eval.predict import event_to_gold, extraction_to_gold, format_point
from diplotimeline.model import (
    Agreement,
    AgreementForm,
    Document,
    Evidence,
    Extraction,
    Meeting,
    MeetingForm,
    Organization,
    Status,
)
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

TEXT = "Ministers met in Quito on May 2."


def _meeting(when: str | None) -> Meeting:
    return Meeting(
        id="d1:e1",
        name="Quito Ministerial",
        form=MeetingForm.MINISTERIAL_MEETING,
        when=None if when is None else DateSpan.parse_iso(when),
        status=Status.OCCURRED,
        participants=("ec",),
        evidence=(Evidence.from_text("d1", TEXT, 0, 16),),
    )


class TestEventToGold:
    def test_single_date_has_no_end(self) -> None:
        """A single day gives start only; end stays null."""
        event = event_to_gold(_meeting("2031-05-02"))
        assert (event.start, event.end) == ("2031-05-02", None)

    def test_span_and_open_end(self) -> None:
        """A span gives start and end; an open end stays null."""
        assert (
            event_to_gold(_meeting("2031-05/2031-06")).start,
            event_to_gold(_meeting("2031-05/2031-06")).end,
        ) == ("2031-05", "2031-06")
        assert (
            event_to_gold(_meeting("2031-05/..")).start,
            event_to_gold(_meeting("2031-05/..")).end,
        ) == ("2031-05", None)

    def test_first_evidence_quote_and_cluster(self) -> None:
        """The evidence is the first quote; the cluster defaults to the event id."""
        event = event_to_gold(_meeting(None))
        assert (
            event.evidence,
            event.cluster,
            event.status,
        ) == ("Ministers met in", "d1:e1", GoldStatus.OCCURRED)

    def test_time_with_zone(self) -> None:
        """A local time keeps its offset and drops the bracketed zone name."""
        moment = LocalDateTime(2031, 5, 2, 10, 0, zone="America/Guayaquil")
        assert format_point(moment) == "2031-05-02T10:00-05:00"


def test_corpus_round_trip_and_clusters() -> None:
    """A corpus written from extractions reads back equal, with the given clusters."""
    accord = Agreement(id="d1:e2", name="Quito Accord", form=AgreementForm.TREATY)
    extraction = Extraction(
        document=Document(id="d1", text=TEXT, published=PartialDate(2031, 5, 3), source="Wire"),
        actors=(Organization(id="can", name="Andean Community", acronym="CAN"),),
        events=(_meeting("2031-05-02"), accord),
    )
    corpus = extraction_to_gold([extraction], clusters={"d1:e2": "quito-accord"})
    assert [e.cluster for e in corpus.documents[0].events] == ["d1:e1", "quito-accord"]
    assert corpus.documents[0].actors[0].aliases == ("CAN",)
    assert corpus == read_gold(dump_gold(corpus))


def test_a_time_without_zone_keeps_its_day() -> None:
    """A floating time (no zone known) is written as its day, which the gold format accepts."""
    text = format_point(LocalDateTime(2026, 3, 18, 10, 0))
    assert text == "2026-03-18"
    assert text is not None
    assert is_partial_iso(text)


def test_a_stretch_of_floating_times_is_its_day() -> None:
    """16:30 to 17:05 with no zone is written as one day, not as a day to the same day."""
    call = Meeting(
        id="d1:e1",
        name="Call",
        when=DateSpan(LocalDateTime(2026, 6, 4, 16, 30), LocalDateTime(2026, 6, 4, 17, 5)),
    )
    gold = event_to_gold(call)
    assert (gold.start, gold.end) == ("2026-06-04", None)
    zoned = Meeting(
        id="d1:e2",
        name="Call",
        when=DateSpan(
            LocalDateTime(2026, 6, 4, 16, 30, 540), LocalDateTime(2026, 6, 4, 17, 5, 540)
        ),
    )
    gold = event_to_gold(zoned)
    assert (gold.start, gold.end) == ("2026-06-04T16:30+09:00", "2026-06-04T17:05+09:00")


def test_a_time_with_zone_keeps_its_offset() -> None:
    text = format_point(LocalDateTime(2024, 7, 26, 10, 0, zone="Asia/Vientiane"))
    assert text == "2024-07-26T10:00+07:00"
