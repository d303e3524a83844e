"""Held-out actor corpus: articles about other countries, people and years (issue 4).

The articles in ``data/actors_heldout/`` were written for these tests, in the styles of wire
reports, ministry press releases, features and photo captions; ``gold.json`` beside them
lists the people a careful reader takes from each. Nothing in the package knows them.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from diplotimeline.eval.gold import GoldActor, GoldActorKind, GoldCorpus, read_gold
from diplotimeline.eval.scoring import EvaluationReport, evaluate
from diplotimeline.extract.actors import analyze_actors
from diplotimeline.model import Person

HELDOUT = Path(__file__).resolve().parent / "data" / "actors_heldout"


def _people(text: str, document_id: str) -> list[GoldActor]:
    analysis = analyze_actors(text, document_id=document_id)
    return [
        GoldActor(
            id=actor.id,
            kind=GoldActorKind.PERSON,
            name=actor.name,
            aliases=actor.aliases,
            country=actor.country,
            roles=[role.title for role in actor.roles],
        )
        for actor in analysis.actors
        if isinstance(actor, Person)
    ]


def score_heldout() -> tuple[GoldCorpus, EvaluationReport]:
    """Score the extractor's people against the held-out gold."""
    gold = read_gold((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    documents = [
        attrs.evolve(
            document,
            actors=_people((HELDOUT / document.file).read_text(encoding="utf-8"), document.id),
            events=(),
        )
        for document in gold.documents
    ]
    return gold, evaluate(gold, GoldCorpus(documents=documents))


class TestHeldout:
    def test_person_f1(self) -> None:
        """Person F1 over the whole held-out corpus is at least 0.92 (issue 4's target)."""
        gold, report = score_heldout()
        scores = report.actor_scores(GoldActorKind.PERSON)
        print(
            f"held-out persons ({len(gold.documents)} documents): P {scores.precision:.3f} "
            f"R {scores.recall:.3f} F1 {scores.f1:.3f}"
        )
        assert scores.f1 >= 0.92

    def test_corpus_size(self) -> None:
        """The corpus has at least six articles and each lists some people."""
        gold = read_gold((HELDOUT / "gold.json").read_text(encoding="utf-8"))
        assert len(gold.documents) >= 6
        assert all(document.actors for document in gold.documents)
        assert all((HELDOUT / document.file).exists() for document in gold.documents)
