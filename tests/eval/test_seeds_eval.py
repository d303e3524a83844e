"""The whole pipeline on the five seed articles, scored against ../shared/gold/seeds.json.

Prints the scores and asserts the floors reached (raise them as the extractor improves).
Reproduce the figures with ``.venv/bin/pytest -s tests/eval/test_seeds_eval.py``.
"""

from __future__ import annotations

from pathlib import Path

from diplotimeline.eval.gold import GoldEventKind, read_gold
from diplotimeline.eval.predict import extraction_to_gold
from diplotimeline.eval.scoring import evaluate
from diplotimeline.extract.document import load_documents
from diplotimeline.extract.pipeline import extract_many

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "metadata.json"


def test_seed_scores_reach_the_floors(shared: Path) -> None:
    """Event F1 (loose and strict) and date accuracy on the seeds stay at or above the floors."""
    gold = read_gold(shared / "gold" / "seeds.json")
    predicted = extraction_to_gold(extract_many(load_documents(SEEDS)))
    report = evaluate(gold, predicted)
    print(report.to_text())
    events = report.events
    assert events.loose.f1 >= 0.95
    assert events.strict.f1 >= 0.95
    assert events.dates.value >= 0.95
    for kind in GoldEventKind:
        assert report.event_scores(kind).loose.f1 >= 0.9, kind
