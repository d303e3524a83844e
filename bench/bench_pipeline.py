"""Speed of the whole extraction pipeline (actors, dates, events) on news text.

Run: ``.venv/bin/python bench/bench_pipeline.py [--repeat 5] [--size 400000]``. It prints
the MB/s of the whole pipeline and of each stage, from the best of ``--repeat`` runs of
CPU time (``time.process_time``, so that other processes on a busy machine count less),
and the 400 KB / 100 KB time ratio, which stays near 4 when the pipeline is linear. The
target is 1 MB/s on one core.

The event stage is timed on its own: the actor analysis and the temporal tags of each
document are computed first, then only the event readers run (sentences, tokens, names,
frames, dates, merging), as :func:`diplotimeline.extract.pipeline.extract` runs them.

On a busy machine, count instructions instead: ``--instrument STAGE`` (``pipeline``,
``actors``, ``temporal`` or ``events``) runs one warm pass of that stage over ``--size`` bytes, then
a second one with valgrind's instrumentation switched on around it alone::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        .venv/bin/python bench/bench_pipeline.py --instrument events --size 100000

and callgrind's "Collected" line is the instructions of that one pass (set-up excluded).
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from diplotimeline.extract.actors import ActorAnalysis, analyze_actors
from diplotimeline.extract.events import (
    assemble,
    attach_dates,
    find_acronym_initiatives,
    find_named_events,
)
from diplotimeline.extract.gazetteer import Gazetteer, load_gazetteer
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import TemporalMention, default_tagger
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
    """The best CPU time of ``repeat`` runs, in seconds (the collector runs before each)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


Prepared = tuple[Document, ActorAnalysis, Sequence[TemporalMention]]


def read_events(prepared: Sequence[Prepared], gazetteer: Gazetteer) -> None:
    """Run only the event stage of the pipeline on documents whose actors and dates are known."""
    # Imported here: the pipeline's working state is internal to the extract package.
    from diplotimeline.extract._event_context import Context
    from diplotimeline.extract.agreements import read_agreements
    from diplotimeline.extract.initiatives import read_initiatives
    from diplotimeline.extract.meetings import read_meetings

    for document, analysis, temporal in prepared:
        anchor = document.published
        if temporal and temporal[0].anchor_inferred and temporal[0].anchor is not None:
            anchor = temporal[0].anchor
        ctx = Context.build(
            document.text,
            document_id=document.id,
            published=anchor,
            actors=analysis.mentions,
            temporal=temporal,
            abbreviations=analysis.abbreviations,
            gazetteer=gazetteer,
        )
        for sentence in ctx.sentences:
            find_named_events(ctx, sentence)
        find_acronym_initiatives(ctx)
        for sentence in ctx.sentences:
            read_meetings(ctx, sentence)
            read_agreements(ctx, sentence)
            read_initiatives(ctx, sentence)
        attach_dates(ctx)
        assemble(ctx)


def instrument(stage: str, size: int) -> None:
    """One warm pass of ``stage``, then one with callgrind's instrumentation on (see above)."""
    import os
    import subprocess

    gazetteer = load_gazetteer()
    tagger = default_tagger()
    documents = corpus(size)
    prepared: list[Prepared] = [
        (
            d,
            analyze_actors(d.text, document_id=d.id, gazetteer=gazetteer),
            tagger.tag(d.text, d.published, infer_anchor=True),
        )
        for d in documents
    ]

    def run() -> None:
        if stage == "events":
            read_events(prepared, gazetteer)
        elif stage == "actors":
            for d in documents:
                analyze_actors(d.text, document_id=d.id, gazetteer=gazetteer)
        elif stage == "temporal":
            for d in documents:
                tagger.tag(d.text, d.published, infer_anchor=True)
        else:
            for d in documents:
                extract(d, gazetteer=gazetteer, tagger=tagger)

    run()  # warm the caches
    gc.collect()
    control = ["callgrind_control", "--instr={}", str(os.getpid())]
    subprocess.run([part.format("on") for part in control], check=True, capture_output=True)
    run()
    subprocess.run([part.format("off") for part in control], check=True, capture_output=True)


def main(argv: list[str] | None = None) -> None:
    """Print the pipeline's throughput and the time of each stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="best of this many runs")
    parser.add_argument("--size", type=int, default=400_000, help="corpus size in bytes")
    parser.add_argument(
        "--instrument",
        choices=("pipeline", "actors", "temporal", "events"),
        help="run under callgrind: count the instructions of one pass of this stage",
    )
    args = parser.parse_args(argv)
    if args.instrument:
        instrument(args.instrument, args.size)
        return
    gazetteer = load_gazetteer()
    tagger = default_tagger()
    documents = corpus(args.size)
    size = sum(len(d.text.encode("utf-8")) for d in documents)
    extract(documents[0], gazetteer=gazetteer, tagger=tagger)  # warm the caches

    def whole_run(docs: Sequence[Document]) -> Callable[[], object]:
        return lambda: [extract(d, gazetteer=gazetteer, tagger=tagger) for d in docs]

    whole = best_of(whole_run(documents), args.repeat)
    actors = best_of(
        lambda: [analyze_actors(d.text, document_id=d.id, gazetteer=gazetteer) for d in documents],
        args.repeat,
    )
    dates = best_of(
        lambda: [tagger.tag(d.text, d.published, infer_anchor=True) for d in documents],
        args.repeat,
    )
    prepared: list[Prepared] = [
        (
            d,
            analyze_actors(d.text, document_id=d.id, gazetteer=gazetteer),
            tagger.tag(d.text, d.published, infer_anchor=True),
        )
        for d in documents
    ]
    events = best_of(lambda: read_events(prepared, gazetteer), args.repeat)
    print(f"pipeline   {size / whole / MEGABYTE:6.3f} MB/s  ({size} bytes, {len(documents)} docs)")
    print(f"  actors   {size / actors / MEGABYTE:6.3f} MB/s")
    print(f"  temporal {size / dates / MEGABYTE:6.3f} MB/s")
    print(f"  events   {size / events / MEGABYTE:6.3f} MB/s")
    print(f"CPU seconds: pipeline {whole:.3f}, actors {actors:.3f}, temporal {dates:.3f}, ", end="")
    print(f"events {events:.3f} (best of {args.repeat})")
    small = corpus(args.size // 4)
    small_time = best_of(whole_run(small), args.repeat)
    print(f"ratio {args.size // 1000} KB / {args.size // 4000} KB time: {whole / small_time:.2f}")


if __name__ == "__main__":
    main()
