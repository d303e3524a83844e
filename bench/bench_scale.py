"""Scale: batch throughput per worker, 1 vs 2 workers, peak memory, merge time, capacity plan.

Run ``.venv/bin/python bench/bench_scale.py`` for every part (about 6 minutes on 2 cores),
or one with ``--part ipc|startup|throughput|chunks|memory|merge``. Options: ``--documents``
(generated articles per throughput run, default 3,000), ``--seed-like`` (seed-like
articles per run, default 400), ``--repeats`` (default 3), ``--memory-sizes`` (default
``1000,20000``), ``--merge-sizes`` (default ``50000,100000``).

Other jobs on a shared machine take CPU from the benchmark, so every figure comes with
the load around it: the 1-minute load average, and the cores that *other* processes kept
busy during the measured window (from ``/proc/stat``, minus this benchmark's own CPU
time). A wall-clock ratio measured while others hold a core says little; the
CPU-time-based expected ratio beside it does not depend on the load.

* ipc: per article, the CPU cost of extraction against the cost of sending the document
  to a worker and the extraction back (pickling attrs objects), measured in one process.
* startup: in a fresh process per start method (``fork``, ``forkserver``, ``spawn``):
  seconds from :func:`~diplotimeline.extract.batch.extract_batch` to the first
  extraction with 2 workers (process start, import, loading rules and gazetteers).
* throughput: generated short articles (:func:`~diplotimeline.extract.sources.synthetic_documents`,
  about 500 characters) and the five seed articles repeated under new ids (about 6,000
  characters each), through :func:`~diplotimeline.extract.pipeline.extract_many` with 1
  worker (in this process) and 2 workers (a pool), alternating, ``--repeats`` times.
  Start-up and warm-up (the first two chunks per worker) are timed apart; steady-state
  articles/s (total and per worker) are measured after them. CPU seconds per article
  are split between the driver (this process: reading, sending, receiving) and the
  workers (from ``/proc/<pid>/stat``). The CPU-based expected ratio for an idle
  machine is ``c1 / max((w + d) / cores, w / workers, d)``, with ``c1`` the CPU per
  article of one worker, ``w`` and ``d`` that of the pool's workers and driver.
* chunks: 2-worker steady-state throughput on generated articles for chunk sizes 1 to 64.
* memory: a fresh subprocess streams N generated articles from a generator through
  ``extract_many(workers=2)`` into JSON Lines written to ``os.devnull``; the high-water
  mark of resident memory (``ru_maxrss``) of the driver and of the largest worker is
  printed for each N.
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
import pickle
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs

from diplotimeline.distributed import merge_blocks
from diplotimeline.extract.batch import extract_batch
from diplotimeline.extract.gazetteer import load_gazetteer
from diplotimeline.extract.pipeline import extract, extract_many
from diplotimeline.extract.sources import iter_documents, synthetic_documents
from diplotimeline.extract.temporal import default_tagger
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
CORES = os.cpu_count() or 1
TICKS = os.sysconf("SC_CLK_TCK")
Corpus = Callable[[int], Iterable[Document]]
SESSION_SAMPLE_CPU = 0.0  # measured at start-up by calibrate()


# -- measuring on a shared machine ---------------------------------------------------------


def load_average() -> float:
    """The 1-minute load average."""
    return os.getloadavg()[0]


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (every core, every process)."""
    with open("/proc/stat", encoding="ascii") as handle:
        fields = [int(x) for x in handle.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / TICKS


def _stat(pid: int) -> list[str] | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def descendants_cpu() -> float:
    """CPU seconds of the live descendants of this process (the pool's workers)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None:
            parents[int(entry)] = int(fields[1])
    family, total, grew = {os.getpid()}, 0.0, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    for pid in family - {os.getpid()}:
        if (fields := _stat(pid)) is not None:
            total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


def _autogroup(pid: int | str) -> str | None:
    try:
        with open(f"/proc/{pid}/autogroup", encoding="ascii") as handle:
            return handle.read().split()[0]
    except (OSError, IndexError):
        return None


def busy_sessions() -> int:
    """Other scheduler autogroups (sessions) with a process running or runnable right now."""
    ours, found = _autogroup("self"), set()
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (fields := _stat(int(entry))) is not None and fields[0] == "R":
            group = _autogroup(entry)
            if group is not None and group != ours:
                found.add(group)
    return len(found)


def scheduler() -> str:
    """How the kernel shares the cores: by session (autogroup) or by process."""
    try:
        with open("/proc/sys/kernel/sched_autogroup_enabled", encoding="ascii") as handle:
            enabled = handle.read().strip() == "1"
    except OSError:
        enabled = False
    if not enabled:
        return "scheduler: cores are shared between processes"
    return (
        "scheduler: autogroup is on, so the cores are shared between sessions first and"
        " between the processes of a session second; while other sessions keep the cores"
        " busy, 2 workers share this session's slice and cannot beat 1"
    )


def own_cpu() -> float:
    """CPU seconds of this process, every thread included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@attrs.frozen
class Sample:
    """Clocks read at one moment."""

    wall: float
    driver: float
    workers: float
    machine: float

    @classmethod
    def now(cls) -> Sample:
        """Read every clock."""
        return cls(time.perf_counter(), own_cpu(), descendants_cpu(), machine_busy())


@attrs.frozen
class Run:
    """One steady-state measurement of a batch."""

    workers: int
    count: int
    startup: float
    wall: float
    driver: float
    pool: float
    others: float
    load: float
    sessions: float
    overall: float

    @property
    def rate(self) -> float:
        """Steady-state articles per second."""
        return self.count / self.wall

    @property
    def cpu(self) -> float:
        """CPU seconds per article, driver and workers together."""
        return (self.driver + self.pool) / self.count

    def describe(self, label: str) -> str:
        """One line of figures."""
        return (
            f"{label:>9} {self.workers} worker(s): {self.rate:6.1f} articles/s,"
            f" {self.rate / self.workers:6.1f} per worker ({self.overall:6.1f}/s with"
            f" start-up) | CPU/article: driver"
            f" {1000 * self.driver / self.count:5.2f} ms,"
            f" workers {1000 * self.pool / self.count:5.2f} ms | start-up {self.startup:4.2f} s"
            f" | used {(self.driver + self.pool) / self.wall:4.2f} cores; others kept"
            f" {self.others:3.1f} busy ({self.sessions:.1f} busy sessions),"
            f" load {self.load:4.2f}"
        )


def measure(make: Corpus, count: int, workers: int, chunk_size: int = 16) -> Run:
    """Extract ``count`` articles after a warm-up; time start-up and steady state apart."""
    warm = max(2 * workers * chunk_size, chunk_size)
    started = time.perf_counter()
    with extract_batch(
        make(warm + count), workers=workers, chunk_size=chunk_size, strict=True
    ) as batch:
        next(batch)
        startup = time.perf_counter() - started
        for _ in range(warm - 1):
            next(batch)
        before, sessions = Sample.now(), [busy_sessions()]
        for number in range(count):
            next(batch)
            if number % max(count // 8, 1) == 0:
                sessions.append(busy_sessions())
        after = Sample.now()
    wall = after.wall - before.wall
    driver, pool = after.driver - before.driver, after.workers - before.workers
    others = max(0.0, (after.machine - before.machine) - driver - pool) / wall
    # The sampling of sessions above costs this process CPU; leave it out of the driver's.
    sampled = len(sessions) * SESSION_SAMPLE_CPU
    return Run(
        workers,
        count,
        startup,
        wall,
        max(0.0, driver - sampled),
        pool,
        others,
        load_average(),
        statistics.mean(sessions),
        (warm + count) / (after.wall - started),
    )


def calibrate() -> None:
    """Measure the CPU cost of one :func:`busy_sessions` sample in this process."""
    global SESSION_SAMPLE_CPU
    started = own_cpu()
    for _ in range(5):
        busy_sessions()
    SESSION_SAMPLE_CPU = (own_cpu() - started) / 5


def expected_ratio(one: Run, two: Run) -> float:
    """The 2-vs-1 ratio an idle machine would give, from CPU seconds per article."""
    work, drive = two.pool / two.count, two.driver / two.count
    bound = max((work + drive) / min(CORES, two.workers + 1), work / two.workers, drive)
    return one.cpu / bound


# -- corpora --------------------------------------------------------------------------------


def generated(count: int) -> Iterator[Document]:
    """Generated short articles (about 500 characters)."""
    return synthetic_documents(count, seed=1)


def seed_articles(count: int) -> Iterator[Document]:
    """The seed articles repeated under new ids (realistic length and density)."""
    seeds = list(iter_documents(ROOT / "seeds" / "metadata.json"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        yield attrs.evolve(seed, id=f"{seed.id}-{number}")


# -- parts ----------------------------------------------------------------------------------


def part_ipc() -> None:
    """Print, per article, the extraction's CPU cost against the cost of moving it."""
    gazetteer, tagger = load_gazetteer(), default_tagger()
    for label, documents in (
        ("generated", list(generated(1000))),
        ("seed-like", list(seed_articles(100))),
    ):
        count = len(documents)
        started = time.process_time()
        extractions = [extract(d, gazetteer=gazetteer, tagger=tagger) for d in documents]
        work = (time.process_time() - started) / count
        started = time.process_time()
        for document in documents:
            pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
        received = [pickle.dumps(e, protocol=pickle.HIGHEST_PROTOCOL) for e in extractions]
        dumped = (time.process_time() - started) / count
        started = time.process_time()
        for data in received:
            pickle.loads(data)
        loaded = (time.process_time() - started) / count
        started = time.process_time()
        for _ in dump_jsonl(extractions):
            pass
        jsonl = (time.process_time() - started) / count
        size = sum(map(len, received)) / count / 1024
        print(
            f"ipc {label}: extract {1000 * work:.2f} ms/article; worker pickles document and"
            f" result {1000 * dumped:.3f} ms; driver unpickles the result {1000 * loaded:.3f} ms"
            f" ({size:.1f} KiB); JSON line in the driver {1000 * jsonl:.3f} ms;"
            f" driver share {100 * (loaded + jsonl) / work:.0f} % of the work (load"
            f" {load_average():.2f})"
        )


def startup_child(method: str) -> None:
    """In a fresh process: seconds to the first extraction of a 2-worker pool; print JSON."""
    started = time.perf_counter()
    batch = extract_batch(generated(200), workers=2, chunk_size=16, start_method=method)
    next(batch)
    first = time.perf_counter() - started
    for _ in batch:
        pass
    total = time.perf_counter() - started
    print(json.dumps({"first": first, "total": total}))


def part_startup() -> None:
    """Print the start-up of a 2-worker pool for each start method, in fresh processes."""
    for method in ("fork", "forkserver", "spawn"):
        load = load_average()
        output = subprocess.run(
            [sys.executable, __file__, "--startup-child", method],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        data = json.loads(output.strip().splitlines()[-1])
        print(
            f"startup {method:>10}: first extraction after {data['first']:.2f} s; 200 articles"
            f" in {data['total']:.2f} s (load {load:.2f})"
        )


def part_throughput(documents: int, seed_like: int, repeats: int) -> dict[str, float]:
    """Print 1- and 2-worker throughput; return CPU seconds per article of one worker."""
    calibrate()
    print(f"throughput: {CORES} cores; load average at start {load_average():.2f}")
    print(scheduler())
    corpora: dict[str, tuple[Corpus, int]] = {
        "generated": (generated, documents),
        "seed-like": (seed_articles, seed_like),
    }
    costs: dict[str, float] = {}
    for label, (make, count) in corpora.items():
        list(extract_many(make(20), workers=1))  # load rules and gazetteers in this process
        runs: dict[int, list[Run]] = {1: [], 2: []}
        for _ in range(repeats):
            for workers in (1, 2):
                run = measure(make, count, workers)
                runs[workers].append(run)
                print(run.describe(label))
        one = max(runs[1], key=lambda run: run.rate)
        two = max(runs[2], key=lambda run: run.rate)
        median = statistics.median(r.rate for r in runs[2]) / statistics.median(
            r.rate for r in runs[1]
        )
        expected = statistics.median(
            expected_ratio(a, b) for a, b in zip(runs[1], runs[2], strict=True)
        )
        print(
            f"{label:>9}: 2 vs 1 workers, steady state: best {two.rate / one.rate:.2f}x,"
            f" median {median:.2f}x; CPU-based expected on an idle machine {expected:.2f}x;"
            f" others kept {statistics.median(r.others for r in runs[2]):.1f} cores busy"
            f" (median) during the 2-worker runs"
        )
        costs[label] = statistics.median(r.cpu for r in runs[1])
    return costs


def part_chunks(documents: int) -> None:
    """Print 2-worker steady-state throughput for several chunk sizes."""
    for chunk_size in (1, 4, 16, 64):
        run = measure(generated, documents, 2, chunk_size)
        print(run.describe(f"chunk {chunk_size:>2}"))


def memory_child(count: int) -> None:
    """Stream ``count`` documents through ``extract_many(workers=2)``; print peak RSS as JSON."""
    extracted = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for line in dump_jsonl(extract_many(generated(count), workers=2, chunk_size=16)):
            sink.write(line + "\n")
            extracted += 1
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"documents": extracted, "driver_kb": own, "worker_kb": workers}))


def part_memory(sizes: list[int]) -> None:
    """Print the peak RSS of a streaming batch for each size, in fresh processes."""
    found = []
    for count in sizes:
        started, load = time.perf_counter(), load_average()
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
            f" ({time.perf_counter() - started:.0f} s, load {load:.2f})"
        )
    if len(found) == 2:
        for key in ("driver_kb", "worker_kb"):
            ratio = found[1][key] / found[0][key]
            verdict = "within" if abs(ratio - 1) <= 0.2 else "NOT within"
            print(
                f"memory: {key[:-3]} peak ratio {sizes[1]} vs {sizes[0]} documents:"
                f" {ratio:.3f} ({verdict} 20 %)"
            )


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


def capacity(costs: dict[str, float]) -> None:
    """Print the cores a million articles a day need at the measured CPU cost per article."""
    rate = ARTICLES_PER_DAY / 86_400
    for label, cost in costs.items():
        busy = rate * cost
        print(
            f"capacity ({label}, {1000 * cost:.1f} ms CPU/article, {1 / cost:.0f} articles/s"
            f" per core): {ARTICLES_PER_DAY:,} articles/day = {rate:.1f}/s keep {busy:.2f} cores"
            f" busy around the clock; with a 3x peak hour and 50 % headroom"
            f" {math.ceil(busy * 3 * 1.5)} cores"
        )


def main() -> None:
    """Run the parts asked for."""
    parts = ["ipc", "startup", "throughput", "chunks", "memory", "merge"]
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--part", choices=[*parts, "all"], default="all")
    parser.add_argument("--documents", type=int, default=3_000)
    parser.add_argument("--seed-like", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--memory-sizes", default="1000,20000")
    parser.add_argument("--merge-sizes", default="50000,100000")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--startup-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    if args.startup_child:
        startup_child(args.startup_child)
        return
    chosen = parts if args.part == "all" else [args.part]
    if "ipc" in chosen:
        part_ipc()
    if "startup" in chosen:
        part_startup()
    if "throughput" in chosen:
        capacity(part_throughput(args.documents, args.seed_like, args.repeats))
    if "chunks" in chosen:
        part_chunks(args.documents)
    if "memory" in chosen:
        part_memory([int(x) for x in args.memory_sizes.split(",")])
    if "merge" in chosen:
        part_merge([int(x) for x in args.merge_sizes.split(",")])


if __name__ == "__main__":
    main()
