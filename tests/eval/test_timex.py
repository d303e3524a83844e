"""Tests for diplotimeline.eval.timex: TempEval-3 Task A timex scoring."""

from __future__ import annotations

import time
from pathlib import Path

import attrs
import pytest

from diplotimeline.errors import UsageError
from diplotimeline.eval.timex import ErrorKind, TimexScores, score_timexes
from diplotimeline.io.timeml import TimeMLDocument, Timex, iter_timeml_dir, read_timeml

TBAQ = Path("/work/shared/data/tempeval3/TBAQ-cleaned")
ENVOY = Path(__file__).parents[1] / "io" / "data" / "corpus" / "envoy_talks.tml"

TEXT = (
    "On Friday morning the envoys met; talks last two weeks, end on 3 May and resume every Monday."
)


def span(text: str, phrase: str, type_: str, value: str) -> Timex:
    """A timex over the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, type_, value)


def gold_doc() -> TimeMLDocument:
    """Four gold timexes: a TIME, a DURATION, a DATE and a SET."""
    return TimeMLDocument(
        "wire-1",
        TEXT,
        "2010-04-30",
        [
            span(TEXT, "Friday morning", "TIME", "2010-04-30TMO"),
            span(TEXT, "two weeks", "DURATION", "P2W"),
            span(TEXT, "3 May", "DATE", "2010-05-03"),
            span(TEXT, "every Monday", "SET", "XXXX-WXX-1"),
        ],
    )


class TestScoreTimexes:
    def test_mixed_case_matches_hand_computed_figures(self) -> None:
        """A partial span, an exact hit, a wrong value, a miss and a spurious timex.

        G = 4, S = 4. Relaxed matches: "Friday"~"Friday morning", "two weeks", "3 May"
        (R = 3); strict: "two weeks", "3 May" (X = 2); right values: "two weeks" (V = 1);
        right types: "two weeks", "3 May" (T = 2). Strict P = R = F1 = 2/4; relaxed
        P = R = F1 = 3/4; value F1 = 1/3 x 3/4 = 1/4 = 2V/(S+G); type F1 = 2/3 x 3/4 = 1/2.
        """
        predicted = [
            span(TEXT, "Friday", "DATE", "2010-04-30"),
            span(TEXT, "two weeks", "DURATION", "P2W"),
            span(TEXT, "3 May", "DATE", "2011-05-03"),
            span(TEXT, "envoys", "DATE", "PRESENT_REF"),
        ]
        scores = score_timexes([gold_doc()], {"wire-1": predicted})
        counts = (
            scores.gold,
            scores.predicted,
            scores.strict_matches,
            scores.relaxed_matches,
            scores.value_matches,
            scores.type_matches,
        )
        assert counts == (4, 4, 2, 3, 1, 2)
        assert (scores.strict_precision, scores.strict_recall, scores.strict_f1) == (0.5, 0.5, 0.5)
        assert (scores.relaxed_precision, scores.relaxed_recall) == (0.75, 0.75)
        assert scores.relaxed_f1 == pytest.approx(0.75)
        assert scores.value_f1 == pytest.approx(0.25)
        assert scores.type_f1 == pytest.approx(0.5)
        assert scores.value_accuracy == pytest.approx(1 / 3)

    def test_mixed_case_lists_each_error_in_text_order(self) -> None:
        """Errors carry kind, gold and predicted timexes, ordered by position."""
        predicted = [
            span(TEXT, "Friday", "DATE", "2010-04-30"),
            span(TEXT, "envoys", "DATE", "PRESENT_REF"),
            span(TEXT, "3 May", "DATE", "2011-05-03"),
        ]
        scores = score_timexes([gold_doc()], {"wire-1": predicted})
        found = [
            (
                error.kind,
                error.gold.text if error.gold else None,
                error.predicted.text if error.predicted else None,
            )
            for error in scores.errors
        ]
        assert found == [
            (ErrorKind.SPAN, "Friday morning", "Friday"),
            (ErrorKind.TYPE, "Friday morning", "Friday"),
            (ErrorKind.VALUE, "Friday morning", "Friday"),
            (ErrorKind.SPURIOUS, None, "envoys"),
            (ErrorKind.MISSED, "two weeks", None),
            (ErrorKind.VALUE, "3 May", "3 May"),
            (ErrorKind.MISSED, "every Monday", None),
        ]
        assert scores.errors[0].context.startswith("On [Friday morning] the envoys met;")

    def test_strict_and_relaxed_differ_on_a_longer_prediction(self) -> None:
        """A prediction that swallows a neighbour word is relaxed but not strict."""
        predicted = [span(TEXT, "3 May and", "DATE", "2010-05-03")]
        doc = attrs.evolve(gold_doc(), timexes=[span(TEXT, "3 May", "DATE", "2010-05-03")])
        scores = score_timexes([doc], {"wire-1": predicted})
        assert (scores.strict_f1, scores.relaxed_f1, scores.value_f1) == (0.0, 1.0, 1.0)

    def test_one_prediction_over_two_gold_timexes_matches_one(self) -> None:
        """Matches are one to one: the larger overlap wins, the other gold is missed.

        G = 2, S = 1, R = 1: relaxed P = 1, R = 1/2, F1 = 2/3; strict all 0.
        """
        text = "from May to June 2004"
        doc = TimeMLDocument(
            "d",
            text,
            None,
            [span(text, "May", "DATE", "2004-05"), span(text, "June 2004", "DATE", "2004-06")],
        )
        predicted = [span(text, "May to June 2004", "DATE", "2004-06")]
        scores = score_timexes([doc], {"d": predicted})
        assert (scores.relaxed_precision, scores.relaxed_recall) == (1.0, 0.5)
        assert scores.relaxed_f1 == pytest.approx(2 / 3)
        assert scores.strict_f1 == 0.0
        assert scores.value_matches == 1
        missed = [e.gold.text for e in scores.errors if e.kind is ErrorKind.MISSED and e.gold]
        assert missed == ["May"]

    def test_exact_span_is_preferred_over_a_larger_overlap(self) -> None:
        """An exact prediction is paired with its gold even if another overlaps more."""
        text = "on Monday morning"
        doc = TimeMLDocument("d", text, None, [span(text, "Monday", "DATE", "XXXX")])
        predicted = [
            span(text, "on Monday morning", "TIME", "XXXX"),
            Timex(3, 9, "Monday", "DATE", "XXXX"),
        ]
        scores = score_timexes([doc], {"d": predicted})
        assert (scores.strict_matches, scores.relaxed_matches) == (1, 1)
        assert [e.kind for e in scores.errors] == [ErrorKind.SPURIOUS]

    def test_gold_document_without_predictions_counts_every_timex_missed(self) -> None:
        """No entry for a document: S = 0, so P = 0 and every F1 is 0."""
        scores = score_timexes([gold_doc()], {})
        assert (scores.gold, scores.predicted, scores.relaxed_f1, scores.value_f1) == (4, 0, 0, 0)
        assert {e.kind for e in scores.errors} == {ErrorKind.MISSED}

    def test_nothing_to_find_and_nothing_found_scores_one(self) -> None:
        """With no gold and no predicted timexes every F1 is 1, as in the official scorer."""
        doc = TimeMLDocument("d", "No dates here.", None, [])
        scores = score_timexes([doc], {"d": []})
        assert (scores.strict_f1, scores.relaxed_f1, scores.value_f1, scores.type_f1) == (
            1.0,
            1.0,
            1.0,
            1.0,
        )

    def test_counts_add_up_across_documents(self) -> None:
        """Counts are summed over documents before dividing (micro average)."""
        other = attrs.evolve(gold_doc(), doc_id="wire-2")
        scores = score_timexes([gold_doc(), other], {"wire-1": gold_doc().timexes})
        assert (scores.documents, scores.gold, scores.predicted, scores.relaxed_matches) == (
            2,
            8,
            4,
            4,
        )
        assert (scores.relaxed_precision, scores.relaxed_recall) == (1.0, 0.5)

    def test_scores_timeml_files_read_from_disk(self) -> None:
        """Documents from read_timeml score directly; a changed value shows up as an error."""
        doc = read_timeml(ENVOY)
        predicted = [attrs.evolve(doc.timexes[0], value="2003-02-09"), *doc.timexes[1:]]
        scores = score_timexes([doc], {doc.doc_id: predicted})
        assert (scores.strict_f1, scores.value_matches, scores.gold) == (1.0, 5, 6)
        assert [e.kind for e in scores.errors] == [ErrorKind.VALUE]

    def test_rejects_predictions_for_unknown_documents(self) -> None:
        """A predicted doc_id absent from gold raises UsageError."""
        with pytest.raises(UsageError, match="wire-9"):
            score_timexes([gold_doc()], {"wire-9": []})

    def test_rejects_duplicate_gold_ids(self) -> None:
        """Two gold documents with one id raise UsageError."""
        with pytest.raises(UsageError, match="wire-1"):
            score_timexes([gold_doc(), gold_doc()], {})

    def test_rejects_offsets_into_a_different_text(self) -> None:
        """A predicted timex whose text is not the document text at its offsets is refused."""
        with pytest.raises(UsageError, match="does not match"):
            score_timexes([gold_doc()], {"wire-1": [Timex(0, 6, "Friday", "DATE", "X")]})

    def test_rejects_offsets_past_the_end(self) -> None:
        """A predicted timex beyond the text is refused."""
        far = Timex(500, 506, "Friday", "DATE", "X")
        with pytest.raises(UsageError, match="outside"):
            score_timexes([gold_doc()], {"wire-1": [far]})


class TestTimexScoresReport:
    def test_report_shows_figures_and_errors_by_document(self) -> None:
        """The report has the figure table, error counts and each error with context."""
        predicted = [span(TEXT, "Friday", "DATE", "2010-04-30")]
        report = score_timexes([gold_doc()], {"wire-1": predicted}).report()
        lines = report.splitlines()
        assert lines[0] == "TempEval-3 Task A: 1 documents, 4 gold timexes, 1 predicted"
        assert lines[2] == "strict       0.00    0.00    0.00"
        assert lines[3] == "relaxed     40.00  100.00   25.00"
        assert lines[7] == "errors: 3 missed, 0 spurious, 1 span, 1 type, 1 value (listing 6 of 6)"
        assert lines[8] == "wire-1"
        assert lines[9] == (
            '  span+type+value gold "Friday morning" TIME 2010-04-30TMO '
            'predicted "Friday" DATE 2010-04-30'
        )
        assert (
            lines[10] == "            | On [Friday morning] the envoys met; talks last two weeks, e"
        )
        assert lines[11] == '  missed    gold "two weeks" DURATION P2W'

    def test_report_truncates_the_error_list(self) -> None:
        """max_errors limits the listed errors but the count covers them all."""
        report = score_timexes([gold_doc()], {}).report(max_errors=1)
        assert "(listing 1 of 4)" in report
        assert report.count("  missed") == 1

    def test_report_of_a_perfect_score(self) -> None:
        """A perfect run reports 100.00 everywhere and no errors."""
        scores = TimexScores(
            documents=1,
            gold=3,
            predicted=3,
            strict_matches=3,
            relaxed_matches=3,
            value_matches=3,
            type_matches=3,
        )
        assert scores.report().splitlines()[-1] == "errors: none"
        assert "strict     100.00  100.00  100.00" in scores.report()


@pytest.mark.eval
def test_tbaq_cleaned_gold_against_itself_scores_full_marks() -> None:
    """TBAQ-cleaned reads as 256 documents and 1,822 TIMEX3; gold scored as gold is 100%."""
    if not TBAQ.is_dir():
        pytest.skip(f"{TBAQ} is not available")
    began = time.perf_counter()
    docs = list(iter_timeml_dir(TBAQ))
    seconds = time.perf_counter() - began
    timexes = sum(len(doc.timexes) for doc in docs)
    types = dict.fromkeys(("DATE", "DURATION", "TIME", "SET"), 0)
    for doc in docs:
        for timex in doc.timexes:
            types[timex.type] += 1
    print(f"\nTBAQ-cleaned: {len(docs)} documents, {timexes} TIMEX3, read in {seconds:.2f} s")
    assert (len(docs), timexes) == (256, 1822)
    assert types == {"DATE": 1505, "DURATION": 257, "TIME": 30, "SET": 30}
    assert sum(len(doc.text) for doc in docs) == 528_700
    assert all(doc.dct for doc in docs)
    scores = score_timexes(docs, {doc.doc_id: doc.timexes for doc in docs})
    figures = (
        scores.strict_f1,
        scores.relaxed_f1,
        scores.value_f1,
        scores.type_f1,
        scores.strict_precision,
        scores.relaxed_recall,
    )
    assert figures == (1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    assert scores.errors == ()
