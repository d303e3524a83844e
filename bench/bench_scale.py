"""Scale: batch throughput per worker, 1 vs 2 workers, peak memory, merge time, capacity plan.

Run: ``.venv/bin/python bench/bench_scale.py`` (all parts; about 5 minutes on 2 cores), or
one part with ``--part throughput|memory|merge``. Options: ``--documents`` (throughput
corpus, default 3,000), ``--memory-sizes`` (default ``1000,20000``), ``--merge-sizes``
(default ``50000,100000``).

* throughput: generated short articles (:func:`~diplotimeline.extract.sources.synthetic_documents`,
  about 500 characters) and the five seed articles repeated under new ids (about 6,000
  characters each), through :func:`~diplotimeline.extract.batch.extract_batch` with 1 and 2
  workers. Printed: articles per second (wall clock), CPU seconds per article (this process
  plus its workers, from ``resource.getrusage``, so other load on the machine does not
  inflate it), and the 2-worker speedup. The 1-minute load average is printed first: a
  speedup below 2 on a busy machine says more about the machine than the batch.
* memory: a fresh subprocess streams N generated articles from a generator through a
  2-worker batch into JSON Lines written to ``os.devnull``; the high-water mark of resident
  memory (``ru_maxrss``) of the driver and of the largest worker is printed for each N.
* merge: events made up as many documents would report them (a pool of real-world events,
  each mentioned 1 to 6 times with name variants, dates of mixed precision, 10 % undated),
  merged by ``Timeline.from_mentions`` (the timeline's own blocked merge) and by
  :func:`~diplotimeline.distributed.merge_blocks` plus one ``merge_mentions`` per block
  (what :func:`~diplotimeline.distributed.merge_bag` runs on a cluster, here serially),
  at two sizes; the time ratio is compared with the n log n expectation.
* capacity: cores needed for a million articles a day at the measured CPU cost per article.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs

from diplotimeline.distributed import merge_blocks
from diplotimeline.extract.batch import extract_batch
from diplotimeline.extract.sources import iter_documents, synthetic_documents
from diplotimeline.io.json import dump_jsonl
from diplotimeline.model import (
    Agreement,
    Document,
    Event,
    Initiative,
    Meeting,
    MeetingForm,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, Timeline
from diplotimeline.timeline.merge import merge_mentions

ROOT = Path(__file__).resolve().parents[1]
ARTICLES_PER_DAY = 1_000_000


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def seed_articles(count: int) -> Iterator[Document]:
    """The seed articles repeated under new ids (realistic length and density)."""
    seeds = list(iter_documents(ROOT / "seeds" / "metadata.json"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        yield attrs.evolve(seed, id=f"{seed.id}-{number}")


def time_batch(
    make: Callable[[int], Iterable[Document]], count: int, workers: int
) -> tuple[float, float]:
    """Wall seconds and CPU seconds to extract ``count`` documents."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    with extract_batch(make(count), workers=workers, chunk_size=16) as batch:
        for _ in batch:
            pass
    return time.perf_counter() - wall, cpu_seconds() - cpu


def part_throughput(documents: int) -> float:
    """Print throughput for 1 and 2 workers; return CPU seconds per seed-like article."""
    print(f"load average (1 min) at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    corpora: dict[str, tuple[Callable[[int], Iterable[Document]], int]] = {
        "generated": (lambda n: synthetic_documents(n, seed=1), documents),
        "seed-like": (seed_articles, max(documents // 10, 50)),
    }
    cost = 0.0
    for label, (make, count) in corpora.items():
        list(extract_batch(make(20), workers=1))  # load rules and gazetteers once
        results = {}
        for workers in (1, 2):
            wall, cpu = time_batch(make, count, workers)
            results[workers] = wall
            print(
                f"{label:>9} x{count}: {workers} worker(s): {count / wall:7.1f} articles/s wall,"
                f" {count / wall / workers:7.1f} per worker,"
                f" {1000 * cpu / count:6.2f} ms CPU/article"
            )
            if workers == 1:
                cost = cpu / count
        print(f"{label:>9}: speedup 2 vs 1 workers = {results[1] / results[2]:.2f}x")
    return cost


def memory_child(count: int) -> None:
    """Stream ``count`` documents through a 2-worker batch; print peak RSS as JSON."""
    with open(os.devnull, "w", encoding="utf-8") as sink:
        batch = extract_batch(synthetic_documents(count, seed=3), workers=2, chunk_size=16)
        for line in dump_jsonl(batch):
            sink.write(line + "\n")
        summary = batch.summary
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"documents": summary.extracted, "driver_kb": own, "worker_kb": workers}))


def part_memory(sizes: list[int]) -> None:
    """Print the peak RSS of a streaming batch for each size, in fresh processes."""
    found = []
    for count in sizes:
        started = time.perf_counter()
        output = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(count)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        data = json.loads(output.strip().splitlines()[-1])
        found.append(data)
        print(
            f"memory: {data['documents']:>6} documents: driver peak {data['driver_kb'] / 1024:6.1f}"
            f" MiB, largest worker peak {data['worker_kb'] / 1024:6.1f} MiB"
            f" ({time.perf_counter() - started:.0f} s)"
        )
    if len(found) == 2:
        for key in ("driver_kb", "worker_kb"):
            ratio = found[1][key] / found[0][key]
            print(f"memory: {key[:-3]} peak ratio {sizes[1]} vs {sizes[0]} documents: {ratio:.3f}")


_PLACES = ("Lima", "Oslo", "Accra", "Nairobi", "Rabat", "Hanoi", "Quito", "Dakar", "Riga", "Suva")
_TOPICS = ("Energy", "Water", "Health", "Fisheries", "Digital", "Climate", "Trade", "Transport")


def make_mentions(count: int, seed: int = 1) -> list[Mention]:
    """``count`` mentions of about ``count / 3.5`` real-world events, as documents report them."""
    rng = random.Random(seed)
    mentions: list[Mention] = []
    document = 0
    while len(mentions) < count:
        kind = rng.random()
        place, topic = rng.choice(_PLACES), rng.choice(_TOPICS)
        year, month, day = rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 25)
        number = rng.randint(1, 40)
        if kind < 0.5:
            names = [f"{number}th {place} {topic} Summit", f"{place} {topic} Summit"]
        elif kind < 0.8:
            names = [f"{place} {topic} Accord {number}", f"{topic} Accord of {place} {number}"]
        else:
            names = [f"{place} {topic} Fund {number}", f"{topic} Fund {number} of {place}"]
        for _ in range(rng.randint(1, 6)):
            precision = rng.random()
            if precision < 0.1:
                when = None
            elif precision < 0.2:
                when = DateSpan.parse_iso(f"{year}")
            elif precision < 0.45:
                when = DateSpan.parse_iso(f"{year}-{month:02d}")
            else:
                when = DateSpan.parse_iso(f"{year}-{month:02d}-{day:02d}")
            name = rng.choice(names)
            event: Event
            status = Status.MENTIONED if when is None else Status.OCCURRED
            if kind < 0.5:
                event = Meeting(
                    id="e1", name=name, form=MeetingForm.SUMMIT, when=when, status=status
                )
            elif kind < 0.8:
                event = Agreement(id="e1", name=name, when=when, status=status)
            else:
                event = Initiative(id="e1", name=name, when=when, status=status)
            published = PartialDate(min(year + 1, 2031), rng.randint(1, 12))
            mentions.append(Mention(event, Origin(f"doc{document}", published)))
            document += 1
    return mentions[:count]


def part_merge(sizes: list[int]) -> None:
    """Print merge times at each size and the ratio against n log n."""
    timings: dict[str, list[float]] = {"timeline": [], "blocked": []}
    for count in sizes:
        mentions = make_mentions(count)
        started = time.perf_counter()
        timeline = Timeline.from_mentions(mentions)
        timings["timeline"].append(time.perf_counter() - started)
        started = time.perf_counter()
        blocks = merge_blocks(mentions)
        split = time.perf_counter() - started
        entries = [entry for block in blocks for entry in merge_mentions(block)]
        timings["blocked"].append(time.perf_counter() - started)
        assert sorted(e.id for e in timeline) == sorted(e.id for e in entries)
        largest = max(len(block) for block in blocks)
        print(
            f"merge: {count:>7} events -> {len(timeline)} entries: Timeline.from_mentions "
            f"{timings['timeline'][-1]:6.2f} s; blocked {timings['blocked'][-1]:6.2f} s "
            f"(split {split:.2f} s into {len(blocks)} blocks, largest {largest})"
        )
    if len(sizes) == 2:
        small, large = sizes
        expected = (large * math.log(large)) / (small * math.log(small))
        for label, found in timings.items():
            print(
                f"merge: {label} time ratio {large} vs {small}: {found[1] / found[0]:.2f} "
                f"(n log n predicts {expected:.2f}, linear {large / small:.2f})"
            )


def capacity(cost: float) -> None:
    """Print the cores a million articles a day need at ``cost`` CPU seconds per article."""
    per_core = 1 / cost
    needed = ARTICLES_PER_DAY / 86_400 / per_core
    print(
        f"capacity: {per_core:.0f} seed-like articles/s per core -> {ARTICLES_PER_DAY:,} "
        f"articles/day need {needed:.2f} cores busy around the clock; "
        f"with a 3x peak-hour factor and 50 % headroom, {math.ceil(needed * 3 * 1.5)} cores"
    )


def main() -> None:
    """Run the parts asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["throughput", "memory", "merge", "all"], default="all")
    parser.add_argument("--documents", type=int, default=3_000)
    parser.add_argument("--memory-sizes", default="1000,20000")
    parser.add_argument("--merge-sizes", default="50000,100000")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    if args.part in ("throughput", "all"):
        capacity(part_throughput(args.documents))
    if args.part in ("memory", "all"):
        part_memory([int(x) for x in args.memory_sizes.split(",")])
    if args.part in ("merge", "all"):
        part_merge([int(x) for x in args.merge_sizes.split(",")])


if __name__ == "__main__":
    main()
