"""Timeline queries against DuckDB and polars on the same synthetic events, in one run.

Run: ``.venv/bin/python bench/bench_timeline.py`` (1,000,000 events; ``--events`` to
change). Needs ``duckdb``, ``polars`` and ``pyarrow`` (not dependencies of the library).

The events: 10,000 documents of 100 events each; kinds 50/30/20 % meetings, agreements,
initiatives; dates from 1995 to 2030 at mixed precision (57 % days, 15 % ranges of 2-5
days, 10 % months, 7 % years, 5 % spans of 2-6 years, 1 % open-ended, 5 % undated; with
``--short``, days and day ranges only, 6.5 % undated); 2 to 4 participants out of 2,000 actors;
each with one evidence quote. Queries, each repeated with random arguments:

* window: the events overlapping a random 30-day window;
* actor: one random actor's events overlapping a random year;
* counts: the number of events per kind per year.

What each engine's timed call does (one call per query, median over ``--repeat`` calls):

* ``timeline``: the query, then ``.entries``: a tuple of the matching
  :class:`TimelineEntry` objects in timeline order (the headline row: one Python object
  per result, as DuckDB's rows give);
* ``timeline lazy``: the query and ``len()`` of its result: a query returns a view whose
  positions are runs of an index lookup, so this times the lookup and the count, with no
  entry read (what a user pays to count, or before reading a few entries);
* ``timeline names``: the query, then a list of every result's name (iterating the view
  and reading an attribute of each entry: what a user does with a result);
* ``duckdb rows``: ``execute(sql).fetchall()``: the query and every row fetched as a
  Python tuple of (position, kind, name, low, high);
* ``duckdb arrow``: ``sql(sql).to_arrow_table()``: the same query fetched as an Arrow
  table (columns, no Python object per row);
* ``polars``: ``frame.filter(...)``/``group_by(...).len()``: a new DataFrame (columns).

Counts are the number of events per kind per start year; the timeline's come from a
table built with its indexes. DuckDB holds an in-memory ``events`` table ordered by start,
and an ``event_actors`` table ordered by (actor, start); polars holds the same two
frames, sorted the same way. No engine sorts its result except the timeline, whose
results are in timeline order. Printed: median latency per engine, the ratios, build time
and memory per event (the growth of resident memory from before the events were made, so
it counts the events, their evidence, the entries and every index, plus what the allocator
kept from the build; ``--trace-memory`` counts live objects only, with tracemalloc, on a
slower run).
"""

from __future__ import annotations

import argparse
import datetime
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from diplotimeline.model import (
    Agreement,
    Document,
    Event,
    Evidence,
    Extraction,
    Initiative,
    Meeting,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Timeline

SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "ven", "sor", "dal", "qui", "bex", "nor", "pha")
GENERIC = {
    "meeting": ("Summit", "Dialogue", "Forum", "Ministerial Meeting", "Talks"),
    "agreement": ("Accord", "Treaty", "Memorandum", "Joint Statement", "Partnership"),
    "initiative": ("Fund", "Programme", "Initiative", "Framework", "Project"),
}
EVENTS_PER_DOCUMENT = 100


def rss_bytes() -> int:
    """Resident memory of this process, or the bytes traced by tracemalloc if it runs."""
    if tracemalloc.is_tracing():
        return tracemalloc.get_traced_memory()[0]
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * 4096


def make_words(rng: random.Random, count: int) -> list[str]:
    """Distinct pseudo-words."""
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title())
    return sorted(words)


def random_span(rng: random.Random, short: bool = False) -> DateSpan | None:
    """A date at mixed precision, or None for an undated event (``short``: days only)."""
    roll = rng.random() * (0.77 if short else 1.0)
    day = datetime.date(1995, 1, 1) + datetime.timedelta(days=rng.randrange(36 * 365))
    point = PartialDate.from_date(day)
    if roll < 0.05:
        return None
    if roll < 0.62:
        return DateSpan.of(point)
    if roll < 0.77:
        last = PartialDate.from_date(day + datetime.timedelta(days=rng.randint(1, 4)))
        return DateSpan(point, last)
    if roll < 0.87:
        return DateSpan.of(PartialDate(day.year, day.month))
    if roll < 0.94:
        return DateSpan.of(PartialDate(day.year))
    if roll < 0.99:
        return DateSpan(PartialDate(day.year), PartialDate(day.year + rng.randint(1, 5)))
    return DateSpan(PartialDate(day.year, day.month), None)


def make_extractions(
    count: int, seed: int, short: bool = False
) -> tuple[list[Extraction], list[str]]:
    """``count`` events in documents of 100, and the actor ids."""
    rng = random.Random(seed)
    words = make_words(rng, 20_000)
    persons = [f"person-{i:04d}" for i in range(1000)]
    countries = sorted({a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "aeiou"})[:120]
    organizations = [f"org{i:03d}" for i in range(880)]
    actors = persons + countries + organizations
    person_values = {p: Person(id=p, name=p.replace("-", " ").title()) for p in persons}
    extractions = []
    for doc_index in range(0, count, EVENTS_PER_DOCUMENT):
        doc_id = f"doc{doc_index // EVENTS_PER_DOCUMENT:06d}"
        events: list[Event] = []
        cast: set[str] = set()
        for index in range(min(EVENTS_PER_DOCUMENT, count - doc_index)):
            kind = rng.choices(("meeting", "agreement", "initiative"), (5, 3, 2))[0]
            name = f"{rng.choice(words)} {rng.choice(words)} {rng.choice(GENERIC[kind])}"
            when = random_span(rng, short)
            status = (
                Status.MENTIONED
                if when is None
                else rng.choice((Status.OCCURRED,) * 3 + (Status.PLANNED,))
            )
            participants = tuple(rng.sample(actors, rng.randint(2, 4)))
            cast.update(p for p in participants if p in person_values)
            quote = f"held the {name}"
            evidence = (
                Evidence(
                    document=doc_id, start=index * 80, end=index * 80 + len(quote), quote=quote
                ),
            )
            cls: Any = {"meeting": Meeting, "agreement": Agreement, "initiative": Initiative}[kind]
            events.append(
                cls(
                    id=f"e{index}",
                    name=name,
                    when=when,
                    status=status,
                    participants=participants,
                    evidence=evidence,
                )
            )
        document = Document(id=doc_id, text="", published=PartialDate(2031, 1, 1))
        extractions.append(
            Extraction(
                document=document, actors=[person_values[p] for p in sorted(cast)], events=events
            )
        )
    return extractions, actors


def median_ms(run: Callable[[Any], object], arguments: list[Any]) -> float:
    """Median wall time of ``run`` over the arguments, in milliseconds."""
    times = []
    for argument in arguments:
        start = time.perf_counter()
        run(argument)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    """Build every engine, run the queries, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--short",
        action="store_true",
        help="only day and day-range events (no months, years, multi-year or open spans)",
    )
    parser.add_argument(
        "--trace-memory",
        action="store_true",
        help="count memory with tracemalloc (live objects only; slow) instead of RSS",
    )
    args = parser.parse_args()
    if args.trace_memory:
        tracemalloc.start()
    rng = random.Random(args.seed + 1)

    gc.collect()
    base = rss_bytes()
    start = time.perf_counter()
    extractions, actor_ids = make_extractions(args.events, args.seed, args.short)
    generated = time.perf_counter() - start
    gc.collect()
    raw = rss_bytes() - base
    per_raw = raw / args.events
    print(f"generated {args.events:,} events in {generated:.1f} s ({per_raw:.0f} B/event)")

    start = time.perf_counter()
    timeline = Timeline.from_extractions(extractions).build_indexes()
    built = time.perf_counter() - start
    del extractions
    gc.collect()
    memory = rss_bytes() - base
    if args.trace_memory:
        tracemalloc.stop()
    per_event = memory / args.events
    print(f"timeline: {len(timeline):,} entries, built in {built:.1f} s, {per_event:.0f} B/event")

    # Columns for the other engines, taken from the timeline's own entries.
    import duckdb
    import polars as pl
    import pyarrow as pa  # type: ignore[import-untyped]

    pos, kind, year, low, high, name, parts = [], [], [], [], [], [], []
    for position, entry in enumerate(timeline):
        if entry.when is None:
            continue
        lo, hi = entry.when.bounds()
        pos.append(position)
        kind.append(entry.kind.value)
        year.append(datetime.date.fromordinal(max(lo, 1440) // 1440).year if lo > 0 else None)
        low.append(lo)
        high.append(hi)
        name.append(entry.name)
        parts.append(list(entry.event.participants))
    table = pa.table(
        {
            "pos": pos,
            "kind": kind,
            "year": year,
            "low": low,
            "high": high,
            "name": name,
            "participants": parts,
        }
    )
    del pos, kind, year, low, high, name, parts
    gc.collect()

    before = rss_bytes()
    start = time.perf_counter()
    con = duckdb.connect()
    con.register("source", table)
    con.execute("CREATE TABLE events AS SELECT * FROM source ORDER BY low")
    con.execute(
        "CREATE TABLE event_actors AS SELECT unnest(participants) AS actor, "
        "pos, kind, name, low, high FROM events ORDER BY actor, low"
    )
    con.unregister("source")
    duck_built = time.perf_counter() - start
    gc.collect()
    duck_memory = rss_bytes() - before

    before = rss_bytes()
    start = time.perf_counter()
    loaded = pl.from_arrow(table)
    assert isinstance(loaded, pl.DataFrame)
    frame = loaded.sort("low")
    actor_frame = (
        frame.explode("participants")
        .rename({"participants": "actor"})
        .drop("year")
        .sort(["actor", "low"])
    )
    polars_built = time.perf_counter() - start
    polars_memory = frame.estimated_size() + actor_frame.estimated_size()
    del table
    gc.collect()

    windows = []
    for _ in range(args.repeat):
        first = datetime.date(1995, 1, 1) + datetime.timedelta(days=rng.randrange(36 * 365 - 30))
        span = DateSpan(
            PartialDate.from_date(first), PartialDate.from_date(first + datetime.timedelta(days=29))
        )
        windows.append((span, *span.bounds()))
    years = []
    for _ in range(args.repeat):
        year_value = rng.randrange(1995, 2031)
        span = DateSpan.of(PartialDate(year_value))
        years.append((rng.choice(actor_ids), span, *span.bounds()))

    window_sql = "SELECT pos, kind, name, low, high FROM events WHERE low < ? AND high > ?"
    actor_sql = (
        "SELECT pos, kind, name, low, high FROM event_actors "
        "WHERE actor = ? AND low < ? AND high > ?"
    )
    count_sql = "SELECT kind, year, count(*) FROM events GROUP BY kind, year"
    engines: dict[str, dict[str, Callable[[Any], object]]] = {
        "timeline lazy": {
            "window": lambda w: len(timeline.overlapping(w[0])),
            "actor": lambda a: len(timeline.involving(a[0]).overlapping(a[1])),
            "counts": lambda _: timeline.count_by("kind", "year"),
        },
        "timeline": {
            "window": lambda w: timeline.overlapping(w[0]).entries,
            "actor": lambda a: timeline.involving(a[0]).overlapping(a[1]).entries,
            "counts": lambda _: timeline.count_by("kind", "year"),
        },
        "timeline names": {
            "window": lambda w: [entry.name for entry in timeline.overlapping(w[0])],
            "actor": lambda a: [entry.name for entry in timeline.involving(a[0]).overlapping(a[1])],
            "counts": lambda _: timeline.count_by("kind", "year"),
        },
        "duckdb rows": {
            "window": lambda w: con.execute(window_sql, [w[2], w[1]]).fetchall(),
            "actor": lambda a: con.execute(actor_sql, [a[0], a[3], a[2]]).fetchall(),
            "counts": lambda _: con.execute(count_sql).fetchall(),
        },
        "duckdb arrow": {
            "window": lambda w: con.sql(window_sql, params=[w[2], w[1]]).to_arrow_table(),
            "actor": lambda a: con.sql(actor_sql, params=[a[0], a[3], a[2]]).to_arrow_table(),
            "counts": lambda _: con.sql(count_sql).to_arrow_table(),
        },
        "polars": {
            "window": lambda w: frame.filter((pl.col("low") < w[2]) & (pl.col("high") > w[1])),
            "actor": lambda a: actor_frame.filter(
                (pl.col("actor") == a[0]) & (pl.col("low") < a[3]) & (pl.col("high") > a[2])
            ),
            "counts": lambda _: frame.group_by(["kind", "year"]).len(),
        },
    }
    # Same answers: the timeline's window count equals DuckDB's (undated entries excluded).
    check = windows[0]
    assert len(timeline.overlapping(check[0])) == len(
        con.execute(window_sql, [check[2], check[1]]).fetchall()
    )
    results: dict[str, dict[str, float]] = {}
    for engine, queries in engines.items():
        results[engine] = {
            "window": median_ms(queries["window"], windows),
            "actor": median_ms(queries["actor"], years),
            "counts": median_ms(queries["counts"], list(range(min(args.repeat, 50)))),
        }
    print()
    print(
        f"{'engine':<16}{'window ms':>11}{'actor ms':>11}{'counts ms':>11}"
        f"{'build s':>9}{'B/event':>9}"
    )
    builds = {
        "timeline lazy": (built, memory),
        "timeline": (built, memory),
        "timeline names": (built, memory),
        "duckdb rows": (duck_built, duck_memory),
        "duckdb arrow": (duck_built, duck_memory),
        "polars": (polars_built, polars_memory),
    }
    for engine, row in results.items():
        build, mem = builds[engine]
        print(
            f"{engine:<16}{row['window']:>11.4f}{row['actor']:>11.4f}{row['counts']:>11.4f}"
            f"{build:>9.1f}{mem / args.events:>9.0f}"
        )
    print()
    for mine in ("timeline", "timeline lazy", "timeline names"):
        ours = results[mine]
        for engine in ("duckdb rows", "duckdb arrow", "polars"):
            other = results[engine]
            ratios = ", ".join(
                f"{q} {other[q] / ours[q]:.1f}x" for q in ("window", "actor", "counts")
            )
            print(f"{mine} speed-up over {engine}: {ratios}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
