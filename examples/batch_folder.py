"""Extract every article of a folder on two processes, with a progress bar on stderr."""

import sys
from pathlib import Path

from diplotimeline.extract.batch import extract_batch
from diplotimeline.extract.sources import iter_documents

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "seeds"
documents = iter_documents(folder, return_errors=True)
events = 0
with extract_batch(documents, workers=2) as batch:
    for count, extraction in enumerate(batch, start=1):
        events += len(extraction.events)
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{count} documents")
summary = batch.summary
print(f"{summary.extracted} documents, {events} events, {len(summary.skipped)} skipped")
