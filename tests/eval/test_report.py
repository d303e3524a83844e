"""Tests for diplotimeline.eval.report: score arithmetic and the text and dict reports."""

from __future__ import annotations

from diplotimeline.eval import scoring
from diplotimeline.eval.gold import GoldActorKind, GoldEventKind
from diplotimeline.eval.report import (
    ActorRef,
    DocumentReport,
    EvaluationReport,
    EventRef,
    EventScores,
    Scores,
)


def _report() -> EvaluationReport:
    missed = EventRef(
        document="d7",
        id="e3",
        kind=GoldEventKind.AGREEMENT,
        name="Baltic Grid Accord",
        start="2029-11",
    )
    actor = ActorRef(document="d7", id="ee", kind=GoldActorKind.COUNTRY, name="Estonia")
    document = DocumentReport(
        document="d7",
        events=EventScores(loose=Scores(1, 0, 1), strict=Scores(1, 0, 1)),
        events_by_kind=[(GoldEventKind.AGREEMENT, EventScores(loose=Scores(1, 0, 1)))],
        actors=Scores(0, 1, 0),
        missed_events=[missed],
        spurious_actors=[actor],
    )
    return EvaluationReport(documents=[document], extra_documents=["d9"])


def test_corpus_scores_sum_documents() -> None:
    """Corpus-wide scores add up the documents' scores, per kind too."""
    report = _report()
    assert report.events.loose == Scores(1, 0, 1)
    assert report.event_scores(GoldEventKind.AGREEMENT).loose.recall == 0.5
    assert report.event_scores(GoldEventKind.MEETING).loose == Scores()


def test_text_report_lists_problems() -> None:
    """The text report names the missed event with its dates and the spurious actor."""
    text = _report().to_text()
    assert 'missed    e3 "Baltic Grid Accord" (2029-11)' in text
    assert 'spurious  country ee "Estonia"' in text
    assert "Documents extra, not scored: d9" in text


def test_dict_report_is_json_shaped() -> None:
    """The dict report carries the summary and each document's detail lists."""
    data = _report().to_dict()
    assert data["extra_documents"] == ["d9"]
    documents = data["documents"]
    assert isinstance(documents, list)
    assert documents[0]["missed_events"][0]["name"] == "Baltic Grid Accord"


def test_scoring_still_exports_the_same_types() -> None:
    """The old import path diplotimeline.eval.scoring gives the very same classes."""
    assert scoring.EvaluationReport is EvaluationReport
    assert scoring.Scores is Scores
