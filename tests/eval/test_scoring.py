"""Tests for diplotimeline.eval.scoring: matching, scores and reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from diplotimeline.eval.gold import (
    GoldActorKind,
    GoldCorpus,
    GoldEventKind,
    read_gold,
)
from diplotimeline.eval.scoring import (
    Accuracy,
    EvaluationReport,
    MatchBasis,
    Scores,
    dates_agree,
    dates_overlap,
    evaluate,
    fold_name,
    name_similarity,
)

DATA = Path(__file__).parent / "data"
SEEDS_GOLD = Path(__file__).parents[2] / ".." / "shared" / "gold" / "seeds.json"
needs_seeds = pytest.mark.skipif(
    not SEEDS_GOLD.exists(), reason="shared/gold/seeds.json is not available"
)


def _event(event_id: str, name: str, **fields: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": event_id,
        "kind": "meeting",
        "form": "summit",
        "name": name,
        "start": None,
        "end": None,
        "date_text": None,
        "participants": [],
        "status": "mentioned",
        "evidence": "named in the text",
        "cluster": event_id,
    }
    event.update(fields)
    return event


def _actor(actor_id: str, kind: str, name: str, *aliases: str, **fields: Any) -> dict[str, Any]:
    return {"id": actor_id, "kind": kind, "name": name, "aliases": list(aliases), **fields}


def _corpus(*documents: tuple[str, list[dict[str, Any]], list[dict[str, Any]]]) -> GoldCorpus:
    """Build a corpus from (document id, actors, events) triples through the reader."""
    raw = {
        "format": "diplotimeline-gold/1",
        "documents": [
            {
                "id": doc_id,
                "file": f"{doc_id}.txt",
                "published": "2029-03-05",
                "source": "Wire",
                "actors": actors,
                "events": events,
            }
            for doc_id, actors, events in documents
        ],
    }
    return read_gold(json.dumps(raw))


def _one(events: list[dict[str, Any]], actors: list[dict[str, Any]] | None = None) -> GoldCorpus:
    return _corpus(("d1", actors or [], events))


@pytest.fixture(scope="module")
def small_report() -> EvaluationReport:
    return evaluate(read_gold(DATA / "small_gold.json"), read_gold(DATA / "small_pred.json"))


@pytest.fixture(scope="module")
def seeds() -> GoldCorpus:
    return read_gold(SEEDS_GOLD)


class TestScores:
    def test_rates(self) -> None:
        """Precision, recall and F1 follow from the counts."""
        scores = Scores(tp=6, fp=2, fn=4)
        assert (scores.precision, scores.recall) == (0.75, 0.6)
        assert pytest.approx(2 * 0.75 * 0.6 / 1.35) == scores.f1

    def test_empty_sides(self) -> None:
        """Nothing predicted gives precision 1 and F1 0; nothing at all gives 1 throughout."""
        assert (
            Scores(0, 0, 3).precision,
            Scores(0, 0, 3).recall,
            Scores(0, 0, 3).f1,
        ) == (1.0, 0.0, 0.0)
        assert Scores().f1 == 1.0

    def test_accuracy(self) -> None:
        """Accuracy is correct over total, 1.0 without cases, and adds up."""
        assert (Accuracy(1, 4).value, Accuracy().value) == (0.25, 1.0)
        assert Accuracy(3, 5) == Accuracy(1, 2) + Accuracy(2, 3)


class TestFoldName:
    def test_diacritics_and_d_with_stroke(self) -> None:
        """Vietnamese and Spanish diacritics and đ fold to plain letters."""
        assert fold_name("Đặng Văn Đức, Sofía QUISPE") == "dang van duc sofia quispe"

    def test_quotes_and_possessives(self) -> None:
        """Curly and straight apostrophes fold alike, and a possessive 's goes."""
        assert fold_name("Foreign Ministers’ Meeting") == fold_name("Foreign Ministers' Meeting")
        assert fold_name("Chile’s President") != "chile s president"
        assert fold_name("Chile’s President") == "chile president"

    def test_dashes(self) -> None:
        """En dash, em dash and hyphen all separate words."""
        assert fold_name("Chile–Norway") == fold_name("Chile-Norway") == fold_name("Chile—Norway")

    def test_quoted_titles(self) -> None:
        """Typographic quotes around a title disappear."""
        assert fold_name("the “Blue Pacific” Strategy") == "the blue pacific strategy"


class TestNameSimilarity:
    def test_equal_after_folding(self) -> None:
        """Names that differ only in case, marks, dashes and plurals are equal."""
        assert (
            name_similarity(
                "Chile–Norway Joint Commission Meetings", "chile-norway joint commission meeting"
            )
            == 1.0
        )

    def test_acronym_against_initials(self) -> None:
        """An acronym matches a name whose words have those initials."""
        assert name_similarity("AGHP", "Andean Green Hydrogen Partnership") == 0.95
        assert name_similarity("Free and Open Arctic Outlook", "FOAO") == 0.95

    def test_acronym_against_bracketed_form(self) -> None:
        """An acronym matches a name that gives it in brackets."""
        assert name_similarity("NPSA", "Nordic-Pacific Shipping Accord (NPSA)") == 0.95

    def test_name_containing_bracketed_acronym(self) -> None:
        """A name that contains the other's bracketed acronym is similar."""
        assert (
            name_similarity("the NPSA implementation", "Nordic-Pacific Shipping Accord (NPSA)")
            == 0.95
        )

    def test_different_ordinals_are_not_similar(self) -> None:
        """The 12th and the 13th meeting of a series do not match."""
        assert name_similarity("12th Andean Summit", "13th Andean Summit") == 0.0
        assert name_similarity("12th Andean summit", "12th Andean Summit") == 1.0

    def test_shorter_name_contained(self) -> None:
        """A name contained in a longer one scores above the 0.6 threshold."""
        assert name_similarity("Andean Summit", "12th Andean Summit") >= 0.6
        assert name_similarity("Mercosur trade talks", "12th Andean Summit") < 0.6

    def test_word_split_differently(self) -> None:
        """Two words on one side match one word on the other (Viet Nam, Vietnam)."""
        assert name_similarity("Vietnam-Chile Forum", "Viet Nam–Chile Forum") == 1.0

    def test_single_words_use_jaccard(self) -> None:
        """A one-word name is not similar to every longer name containing it."""
        assert name_similarity("Summit", "Andean Summit") < 0.6


class TestDatesAgree:
    @pytest.mark.parametrize(
        ("gold", "predicted", "expected"),
        [
            (("2025-04", None), ("2025-04", None), True),
            (("2025-04", None), ("2025-04-27", None), False),
            (("2025-04", None), ("2025", None), False),
            (("2025", None), ("2025-04", None), False),
            (("2025-04-27", "2025-04-29"), ("2025-04-27", "2025-04-29"), True),
            (("2025-04-27", "2025-04-29"), ("2025-04-27", None), False),
            (("2025-04-27", None), ("2025-04-27", "2025-04-27"), True),
            (("2025-04-27", None), ("2025-04-27", "2025-04-28"), False),
            ((None, None), (None, None), True),
            ((None, None), ("2025", None), False),
            (("2026", "2030"), ("2026", "2030"), True),
        ],
    )
    def test_precision_rules(
        self,
        gold: tuple[str | None, str | None],
        predicted: tuple[str | None, str | None],
        expected: bool,
    ) -> None:
        """Predicted dates must have the gold's precision and value; a null end equals the start."""
        assert expected == dates_agree(*gold, *predicted)

    @pytest.mark.parametrize(
        ("predicted", "expected"),
        [
            ("2024-07-26T10:00+07:00", True),
            ("2024-07-26T10:00:00+07:00", True),
            ("2024-07-26T10:00+08:00", False),
            ("2024-07-26T03:00Z", False),
            ("2024-07-26", False),
        ],
    )
    def test_timed_values(self, predicted: str, expected: bool) -> None:
        """Timed values compare as normalised strings, offsets included."""
        assert expected == dates_agree("2024-07-26T10:00+07:00", None, predicted, None)

    def test_utc_spellings(self) -> None:
        """Z, +00:00 and -00:00 are the same offset."""
        assert dates_agree("2030-01-02T08:15Z", None, "2030-01-02T08:15:00+00:00", None)


class TestDatesOverlap:
    def test_coarser_precision(self) -> None:
        """A month overlaps the days inside it, and a year its months."""
        assert dates_overlap("2025-04", None, "2025-04-27", "2025-04-29")
        assert dates_overlap("2025", None, "2025-12", None)

    def test_disjoint(self) -> None:
        """Spans that share no day do not overlap."""
        assert not dates_overlap("2025-04-27", "2025-04-29", "2025-05", None)
        assert not dates_overlap("2024", None, "2025-01-01", None)

    def test_undated(self) -> None:
        """An undated side is compatible with anything."""
        assert dates_overlap(None, None, "2025-04-27T10:00+07:00", None)


class TestEvaluateSmallFiles:
    def test_overall_event_scores(self, small_report: EvaluationReport) -> None:
        """Loose, strict and date scores over both documents match the hand count."""
        events = small_report.events
        assert Scores(7, 1, 1) == events.loose
        assert Scores(4, 4, 4) == events.strict
        assert Accuracy(4, 7) == events.dates

    def test_per_kind_and_document(self, small_report: EvaluationReport) -> None:
        """Scores are kept per document and per kind."""
        first, second = small_report.documents
        assert Scores(1, 1, 0) == first.event_scores(GoldEventKind.AGREEMENT).loose
        assert Scores(0, 2, 1) == first.event_scores(GoldEventKind.AGREEMENT).strict
        assert Scores(2, 0, 0) == first.event_scores(GoldEventKind.MEETING).strict
        assert Scores(0, 0, 1) == second.event_scores(GoldEventKind.INITIATIVE).loose
        assert Scores(3, 0, 0) == small_report.event_scores(GoldEventKind.MEETING).loose

    def test_optional_event_is_neither_hit_nor_false_positive(
        self, small_report: EvaluationReport
    ) -> None:
        """The predicted Mercosur summit matches an optional gold event and is not counted."""
        first = small_report.documents[0]
        optional = [m for m in first.matches if m.optional]
        assert [(m.gold.id, m.predicted.id) for m in optional] == [("e5", "p5")]
        assert "p5" not in [e.id for e in first.spurious_events]

    def test_person_overlap_matches_meeting(self, small_report: EvaluationReport) -> None:
        """'Bilateral talks' with the same two persons on the same day matches the gold talks."""
        match = next(m for m in small_report.documents[0].matches if m.gold.id == "e2")
        assert (
            match.predicted.id,
            match.basis,
            match.dates_equal,
        ) == ("p2", MatchBasis.PARTICIPANTS, True)

    def test_acronym_matches_expansion(self, small_report: EvaluationReport) -> None:
        """The prediction 'AGHP' matches 'Andean Green Hydrogen Partnership (AGHP)'."""
        match = next(m for m in small_report.documents[0].matches if m.gold.id == "e4")
        assert (match.predicted.id, match.score) == ("p4", 0.95)

    def test_detail_lists(self, small_report: EvaluationReport) -> None:
        """Missed, spurious and misdated events and actors are listed."""
        assert [(e.document, e.id) for e in small_report.missed_events] == [("g2", "e2")]
        assert [e.id for e in small_report.spurious_events] == ["p7"]
        assert [(m.gold.id, m.predicted.id) for m in small_report.date_mismatches] == [
            ("e3", "p3"),
            ("e6", "p6"),
            ("e3", "q2"),
        ]
        assert [a.id for a in small_report.missed_actors] == ["mercosur", "bo"]
        assert [a.id for a in small_report.spurious_actors] == ["oas"]

    def test_actor_scores(self, small_report: EvaluationReport) -> None:
        """Actors match on id or folded name; the optional UN is not counted."""
        assert Scores(6, 1, 2) == small_report.actors
        assert Scores(3, 0, 0) == small_report.actor_scores(GoldActorKind.PERSON)
        assert Scores(0, 1, 1) == small_report.actor_scores(GoldActorKind.ORGANIZATION)

    def test_merge_scores(self, small_report: EvaluationReport) -> None:
        """One right merge (the visit), one missed (the MoU), one wrong (talks with MoU)."""
        assert Scores(1, 1, 1) == small_report.merge
        assert (small_report.merge.precision, small_report.merge.recall) == (0.5, 0.5)

    def test_documents_without_counterpart(self, small_report: EvaluationReport) -> None:
        """A predicted document without gold is listed, not scored."""
        assert (small_report.missing_documents, small_report.extra_documents) == ((), ("x9",))

    def test_missing_prediction_counts_all_as_missed(self) -> None:
        """A gold document without prediction loses all its required events."""
        gold = read_gold(DATA / "small_gold.json")
        report = evaluate(gold, GoldCorpus())
        assert report.missing_documents == ("g1", "g2")
        assert report.events.loose == Scores(0, 0, 8)

    def test_text_report(self, small_report: EvaluationReport) -> None:
        """The text report has the summary table and each document's problems."""
        text = small_report.to_text()
        assert "events (strict)           4    4    4      0.500   0.500   0.500" in text
        assert "== g2 ==" in text
        assert 'missed    e2 "Andean Green Hydrogen Partnership" (undated)' in text
        assert "gold 2031-05-19, predicted p3" in text

    def test_dict_report_is_json(self, small_report: EvaluationReport) -> None:
        """to_dict gives plain JSON values with the summary on top."""
        data = json.loads(json.dumps(small_report.to_dict()))
        assert data["summary"]["merge"]["precision"] == 0.5
        assert data["summary"]["events"]["dates_correct"] == 4
        assert data["documents"][1]["date_mismatches"][0]["gold"]["id"] == "e3"


class TestMatching:
    def test_one_to_one_greedy_best_first(self) -> None:
        """Exact names pair first, so two crossing similar pairs resolve correctly."""
        gold = _one(
            [_event("e1", "Arctic Council Summit"), _event("e2", "Arctic Council Business Summit")]
        )
        predicted = _one(
            [_event("p1", "Arctic Council Business Summit"), _event("p2", "Arctic Council Summit")]
        )
        pairs = [
            (m.gold.id, m.predicted.id) for m in evaluate(gold, predicted).documents[0].matches
        ]
        assert pairs == [("e1", "p2"), ("e2", "p1")]

    def test_one_prediction_cannot_match_twice(self) -> None:
        """One prediction for two similar gold events is one hit and one miss."""
        gold = _one(
            [_event("e1", "Arctic Council Summit"), _event("e2", "Arctic Council Summit 2029")]
        )
        predicted = _one([_event("p1", "Arctic Council Summit")])
        assert Scores(1, 0, 1) == evaluate(gold, predicted).events.loose

    def test_kinds_must_agree(self) -> None:
        """An agreement never matches a meeting of the same name."""
        gold = _one([_event("e1", "Oslo Accord", kind="agreement", form="treaty")])
        predicted = _one([_event("p1", "Oslo Accord")])
        assert Scores(0, 1, 1) == evaluate(gold, predicted).events.loose

    def test_person_overlap_needs_compatible_dates(self) -> None:
        """A shared person is not enough when the dates do not overlap."""
        actors = [
            _actor("boric-gabriel", "person", "Gabriel Boric", country="cl", roles=["President"])
        ]
        gold = _one(
            [_event("e1", "Talks in Oslo", participants=["boric-gabriel"], start="2029-03")], actors
        )
        early = _one(
            [_event("p1", "Meeting", participants=["boric-gabriel"], start="2029-01")], actors
        )
        undated = _one([_event("p1", "Meeting", participants=["boric-gabriel"])], actors)
        assert Scores(0, 1, 1) == evaluate(gold, early).events.loose
        assert Scores(1, 0, 0) == evaluate(gold, undated).events.loose

    def test_person_overlap_uses_actor_matching(self) -> None:
        """Predicted person ids are mapped to gold ids through the actor match."""
        gold_actors = [
            _actor("boric-gabriel", "person", "Gabriel Boric", country="cl", roles=["P"])
        ]
        gold = _one([_event("e1", "Talks in Oslo", participants=["boric-gabriel"])], gold_actors)
        predicted = _one(
            [_event("p1", "Meeting", participants=["p-boric"])],
            [_actor("p-boric", "person", "Boric Gabriel")],
        )
        report = evaluate(gold, predicted)
        assert (Scores(1, 0, 0), Scores(1, 0, 0)) == (report.events.loose, report.actors)

    def test_optional_gold_unmatched_is_not_a_miss(self) -> None:
        """An optional gold event that nobody predicted costs nothing."""
        gold = _one([_event("e1", "Arctic Council Summit", optional=True)])
        assert Scores(0, 0, 0) == evaluate(gold, _one([])).events.loose

    def test_optional_actor(self) -> None:
        """An optional actor is neither a hit when found nor a miss when not."""
        gold = _one([], [_actor("un", "organization", "United Nations", "UN", optional=True)])
        found = _one([], [_actor("x", "organization", "U.N.")])
        assert Scores() == evaluate(gold, found).actors
        assert Scores() == evaluate(gold, _one([])).actors

    def test_actor_folded_alias(self) -> None:
        """Actors match on a folded alias, with diacritics and word order ignored."""
        gold = _one([], [_actor("vn", "country", "Viet Nam", "Việt Nam")])
        predicted = _one([], [_actor("vietnam", "country", "Vietnam")])
        assert Scores(1, 0, 0) == evaluate(gold, predicted).actors

    def test_merge_pairwise(self) -> None:
        """Merging is scored over pairs of matched events across documents."""
        gold = _corpus(
            ("d1", [], [_event("e1", "Arctic Council Summit", cluster="acs")]),
            ("d2", [], [_event("e1", "Arctic Council Summit", cluster="acs")]),
            (
                "d3",
                [],
                [
                    _event("e1", "Arctic Council Summit", cluster="acs"),
                    _event("e2", "Oslo Forum", cluster="of"),
                ],
            ),
        )
        predicted = _corpus(
            ("d1", [], [_event("p1", "Arctic Council Summit", cluster="a")]),
            ("d2", [], [_event("p1", "Arctic Council Summit", cluster="a")]),
            (
                "d3",
                [],
                [
                    _event("p1", "Arctic Council Summit", cluster="b"),
                    _event("p2", "Oslo Forum", cluster="a"),
                    _event("p3", "Bergen Dialogue", cluster="a"),
                ],
            ),
        )
        merge = evaluate(gold, predicted).merge
        assert Scores(tp=1, fp=2, fn=2) == merge


@needs_seeds
class TestSeeds:
    def test_gold_against_itself(self, seeds: GoldCorpus) -> None:
        """Gold scored against itself gives 1.0 everywhere."""
        report = evaluate(seeds, seeds)
        values = [
            report.events.loose.f1,
            report.events.strict.f1,
            report.events.dates.value,
            report.actors.f1,
            report.actor_scores(GoldActorKind.PERSON).f1,
            report.merge.f1,
        ]
        assert values == [1.0] * 6
        assert all(m.gold.id == m.predicted.id for d in report.documents for m in d.matches)
        assert report.merge.tp > 0

    def _baseline(self, seeds: GoldCorpus) -> EvaluationReport:
        return evaluate(seeds, seeds)

    @staticmethod
    def _replace_event(
        seeds: GoldCorpus, doc_index: int, event_index: int, **changes: Any
    ) -> GoldCorpus:
        document = seeds.documents[doc_index]
        events = list(document.events)
        if changes.pop("drop", False):
            del events[event_index]
        else:
            events[event_index] = attrs.evolve(events[event_index], **changes)
        documents = list(seeds.documents)
        documents[doc_index] = attrs.evolve(document, events=events)
        return attrs.evolve(seeds, documents=documents)

    @staticmethod
    def _find(seeds: GoldCorpus, predicate: Any) -> tuple[int, int]:
        for doc_index, document in enumerate(seeds.documents):
            for event_index, event in enumerate(document.events):
                if predicate(document, event):
                    return doc_index, event_index
        raise AssertionError("no such event in the seeds gold")

    def test_drop_one_event(self, seeds: GoldCorpus) -> None:
        """Dropping a required dated event costs exactly one miss, loose and strict."""
        base = self._baseline(seeds)
        where = self._find(seeds, lambda _d, e: not e.optional and e.start is not None)
        report = evaluate(seeds, self._replace_event(seeds, *where, drop=True))
        tp = base.events.loose.tp
        assert Scores(tp - 1, 0, 1) == report.events.loose
        assert Scores(tp - 1, 0, 1) == report.events.strict
        dates = base.events.dates
        assert Accuracy(dates.correct - 1, dates.total - 1) == report.events.dates
        assert report.merge.precision == 1.0

    def test_shift_one_date(self, seeds: GoldCorpus) -> None:
        """Shifting a day-precision start by one day keeps loose scores, costs one strict hit."""
        base = self._baseline(seeds)
        where = self._find(
            seeds, lambda _d, e: not e.optional and e.start is not None and len(e.start) == 10
        )
        event = seeds.documents[where[0]].events[where[1]]
        assert event.start is not None
        shifted = f"{event.start[:-2]}{int(event.start[-2:]) % 28 + 1:02d}"
        report = evaluate(seeds, self._replace_event(seeds, *where, start=shifted))
        tp = base.events.loose.tp
        assert base.events.loose == report.events.loose
        assert Scores(tp - 1, 1, 1) == report.events.strict
        assert Accuracy(base.events.dates.total - 1, base.events.dates.total) == report.events.dates
        assert [event.id] == [m.gold.id for m in report.date_mismatches]
        assert report.merge.f1 == 1.0

    def test_rename_with_an_alias(self, seeds: GoldCorpus) -> None:
        """Naming a prediction by one of the gold aliases changes no score."""
        base = self._baseline(seeds)
        where = self._find(
            seeds, lambda _d, e: not e.optional and len(e.aliases) == 1 and e.aliases[0].isupper()
        )
        event = seeds.documents[where[0]].events[where[1]]
        report = evaluate(seeds, self._replace_event(seeds, *where, name=event.aliases[0]))
        assert base.events == report.events
        assert base.merge == report.merge
        match = next(m for m in report.documents[where[0]].matches if m.gold.id == event.id)
        assert (event.id, 0.99) == (match.predicted.id, match.score)

    def test_empty_prediction(self, seeds: GoldCorpus) -> None:
        """Predicting nothing misses every required event and actor."""
        empty = attrs.evolve(
            seeds,
            documents=[attrs.evolve(d, actors=(), events=()) for d in seeds.documents],
        )
        report = evaluate(seeds, empty)
        required = sum(1 for d in seeds.documents for e in d.events if not e.optional)
        assert Scores(0, 0, required) == report.events.loose
        assert report.actors.f1 == 0.0

    def test_every_document_scored(self, seeds: GoldCorpus) -> None:
        """Each gold document gets its own report in file order."""
        report = evaluate(seeds, seeds)
        assert [d.id for d in seeds.documents] == [r.document for r in report.documents]
