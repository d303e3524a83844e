"""Query a timeline by actor and period: what Viet Nam took part in during 2025."""

from pathlib import Path

from diplotimeline.extract.document import load_documents
from diplotimeline.extract.pipeline import extract_many
from diplotimeline.timeline import Timeline

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "metadata.json"

timeline = Timeline.from_extractions(extract_many(load_documents(SEEDS)))
in_2025 = timeline.involving("vn").overlapping("2025").of_kind("meeting")
for entry in in_2025:
    assert entry.when is not None
    print(f"{entry.when.format_iso():<24} {entry.status.value:<9} {entry.name}")
counts = timeline.involving("vn").count_by("kind")
print({kind.value: count for kind, count in sorted(counts.items())})
