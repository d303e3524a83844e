"""Merge scaling: CPU time of the cross-document merge at two sizes, against n log n.

Run: ``.venv/bin/python bench/bench_merge.py`` (sizes ``50000,100000``; about a minute on
these machines), or ``--sizes 20000,40000,80000``; ``--profile N`` prints a cProfile of one
merge of N mentions instead.

The mentions are those of ``bench_scale.py``'s merge part (:func:`bench_scale.make_mentions`:
a pool of real-world events, each mentioned 1 to 6 times with name variants, dates of mixed
precision, 10 % undated). Times are CPU seconds of this process (``time.process_time``), so
other load on the machine does not inflate them; each size is timed ``--repeat`` times and
the fastest kept. Printed per size: the candidate pairs compared (the work that grows
super-linearly when blocks are not cut well), the entries, the CPU time of
:func:`~diplotimeline.timeline.merge.merge_mentions` and of ``Timeline.from_mentions``; then
the ratio of the largest to the smallest size, with what n log n and linear growth predict.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import make_mentions

from diplotimeline.timeline import Timeline
from diplotimeline.timeline.merge import merge_mentions


def cpu_time(function: object, *args: object, repeat: int = 1) -> float:
    """The fastest of ``repeat`` CPU timings of ``function(*args)``."""
    best = math.inf
    for _ in range(repeat):
        started = time.process_time()
        function(*args)  # type: ignore[operator]
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    """Time the merge at each size and print the growth ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,100000")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    if args.profile:
        mentions = make_mentions(args.profile)
        profiler = cProfile.Profile()
        profiler.runcall(merge_mentions, mentions)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return
    sizes = [int(x) for x in args.sizes.split(",")]
    found: list[tuple[int, float, float]] = []
    for count in sizes:
        mentions = make_mentions(count)
        entries = len(merge_mentions(mentions))
        merge = cpu_time(merge_mentions, mentions, repeat=args.repeat)
        timeline = cpu_time(Timeline.from_mentions, mentions, repeat=args.repeat)
        found.append((count, merge, timeline))
        print(
            f"merge: {count:>7} mentions -> {entries:>6} entries:"
            f" merge_mentions {merge:6.2f} s CPU, Timeline.from_mentions {timeline:6.2f} s CPU"
        )
    (small, small_merge, small_timeline), (large, large_merge, large_timeline) = found[0], found[-1]
    expected = (large * math.log(large)) / (small * math.log(small))
    print(
        f"merge: ratio {large} vs {small}: merge_mentions {large_merge / small_merge:.2f},"
        f" Timeline.from_mentions {large_timeline / small_timeline:.2f}"
        f" (n log n predicts {expected:.2f}, linear {large / small:.2f})"
    )


if __name__ == "__main__":
    main()
