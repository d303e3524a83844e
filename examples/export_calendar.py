"""Export the seeds' timeline as an iCalendar file that calendar applications can import."""

import sys
import tempfile
from pathlib import Path

from diplotimeline.extract.document import load_documents
from diplotimeline.extract.pipeline import extract_many
from diplotimeline.io.atomic import write_atomic
from diplotimeline.io.ical import export_ical
from diplotimeline.timeline import Timeline

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "metadata.json"

extractions = list(extract_many(load_documents(SEEDS)))
timeline = Timeline.from_extractions(extractions)
documents = {extraction.document.id: extraction.document for extraction in extractions}
calendar = export_ical(timeline.events(), actors=timeline.actors, documents=documents)
target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "seeds.ics"
write_atomic(target, calendar.text)
print(f"{calendar.exported} events in the calendar, {len(calendar.skipped)} undated left out")
print(calendar.text.splitlines()[0])
