"""Speed of the whole extraction pipeline (actors, dates, events) on news text.

Run: ``.venv/bin/python bench/bench_pipeline.py`` (prints MB/s of the whole pipeline and of
each stage, best of three runs, and the 400 KB / 100 KB time ratio, which stays near 4
when the pipeline is linear). The target is 1 MB/s on one core.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from diplotimeline.extract.actors import analyze_actors
from diplotimeline.extract.gazetteer import load_gazetteer
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import default_tagger
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "golden").glob("[!s]*.txt")
)
MEGABYTE = 1_000_000


def corpus(size: int) -> list[Document]:
    """Articles (the seeds and the golden cases) repeated up to ``size`` bytes of text."""
    texts = [path.read_text(encoding="utf-8") for path in ARTICLES]
    documents: list[Document] = []
    total = 0
    while total < size:
        for text in texts:
            documents.append(
                Document(id=f"b{len(documents)}", text=text, published=PartialDate(2025, 6))
            )
            total += len(text.encode("utf-8"))
    return documents


def best_of(run: Callable[[], object], repeat: int = 3) -> float:
    """The best wall time of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Print the pipeline's throughput and the time of each stage."""
    gazetteer = load_gazetteer()
    tagger = default_tagger()
    documents = corpus(400_000)
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    extract(documents[0], gazetteer=gazetteer, tagger=tagger)  # warm the caches

    whole = best_of(lambda: [extract(d, gazetteer=gazetteer, tagger=tagger) for d in documents])
    actors = best_of(
        lambda: [analyze_actors(d.text, document_id=d.id, gazetteer=gazetteer) for d in documents]
    )
    dates = best_of(lambda: [tagger.tag(d.text, d.published) for d in documents])
    print(f"pipeline   {size / whole / MEGABYTE:6.3f} MB/s  ({size} bytes, {len(documents)} docs)")
    print(f"  actors   {size / actors / MEGABYTE:6.3f} MB/s")
    print(f"  temporal {size / dates / MEGABYTE:6.3f} MB/s")
    rest = whole - actors - dates
    print(f"  events   {size / rest / MEGABYTE:6.3f} MB/s (pipeline minus the two stages)")
    small = corpus(100_000)
    small_time = best_of(lambda: [extract(d, gazetteer=gazetteer, tagger=tagger) for d in small])
    print(f"ratio 400 KB / 100 KB time: {whole / small_time:.2f}")


if __name__ == "__main__":
    main()
