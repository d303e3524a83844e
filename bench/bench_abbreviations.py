"""Speed of diplotimeline.extract.abbreviations on news-like and adversarial text.

Run: ``.venv/bin/python bench/bench_abbreviations.py``. It prints, per case, the CPU time
of 1 MB (best of three runs, garbage collector off), MB/s, and the best ratio of that time to
the mean time of the ten 100 KB pieces of the same text timed just before it, which stays
near 10 when the scan is linear.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from diplotimeline.extract.abbreviations import (
    Abbreviation,
    find_abbreviations,
    resolve_acronyms,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
MEGABYTE = 1_000_000


def news(size: int) -> str:
    """The seed articles repeated to ``size`` characters."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def repeat(unit: str) -> Callable[[int], str]:
    """A maker of ``unit`` repeated to a given size."""
    return lambda size: (unit * (size // len(unit) + 1))[:size]


CASES: dict[str, Callable[[int], str]] = {
    "news (seed articles repeated)": news,
    "open parentheses": repeat("("),
    "nested 'a (b (c ...'": lambda size: "".join(
        f"{chr(97 + index % 26)} (" for index in range(size // 3 + 1)
    )[:size],
    "100,000-character words": repeat("x" * 100_000 + " (AB) "),
    "dense definitions": repeat("Asian Development Bank (ADB) "),
    "worst alignment": repeat("a " * 12 + "A A A A A A A A A A (AAAAAAAAAA) "),
    "short-form pairs (AB)": repeat("(AB)"),
}


def cpu_time(function: Callable[[], object]) -> float:
    """The CPU time of ``function()``, in seconds."""
    started = time.process_time()
    function()
    return time.process_time() - started


def run_all(texts: list[str]) -> list[tuple[Abbreviation, ...]]:
    """The abbreviations of each text (kept, as one run on the whole text keeps its own)."""
    return [find_abbreviations(text) for text in texts]


def main() -> None:
    """Print the speed of every case at 1 MB and its ratio to the 100 KB pieces."""
    print(f"{'case':32} {'1 MB s':>8} {'MB/s':>7} {'ratio':>6} {'found':>7}")
    gc.collect()
    gc.disable()  # collector pauses land at random and blur a ratio of timings
    try:
        for name, make in CASES.items():
            large = make(MEGABYTE)
            step = MEGABYTE // 10
            pieces = [large[start : start + step] for start in range(0, MEGABYTE, step)]
            rounds = []
            for _ in range(3):
                small_time = cpu_time(partial(run_all, pieces)) / len(pieces)
                large_time = cpu_time(partial(find_abbreviations, large))
                rounds.append((large_time / small_time, large_time))
            ratio = min(rounds)[0]
            best = min(large_time for _, large_time in rounds)
            found = len(find_abbreviations(large))
            print(
                f"{name:32} {best:8.3f} {len(large) / MEGABYTE / best:7.2f} {ratio:6.1f} {found:7}"
            )
        text = news(MEGABYTE)
        definitions = find_abbreviations(text)
        took = min(cpu_time(partial(resolve_acronyms, text, definitions)) for _ in range(3))
        print(f"resolve_acronyms on 1 MB of news: {took:.3f} s, {MEGABYTE / 1e6 / took:.2f} MB/s")
    finally:
        gc.enable()


if __name__ == "__main__":
    main()
