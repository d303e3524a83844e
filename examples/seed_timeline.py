"""The merged timeline of the five seed articles, as a table of dated entries."""

from pathlib import Path

from diplotimeline.extract.document import load_documents
from diplotimeline.extract.pipeline import extract_many
from diplotimeline.timeline import Timeline

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "metadata.json"

timeline = Timeline.from_extractions(extract_many(load_documents(SEEDS)))
print(f"{len(timeline)} entries from 5 articles")
for entry in timeline.where(lambda entry: entry.when is not None)[:8]:
    assert entry.when is not None
    print(f"{entry.when.format_iso():<24} {entry.kind.value:<10} {entry.name}")
