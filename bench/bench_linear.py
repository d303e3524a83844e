"""Linear time of the whole pipeline on inputs built to stress each rule (issue 10).

Run: ``.venv/bin/python bench/bench_linear.py`` (every input at 100 KB and 1 MB) or
``.venv/bin/python bench/bench_linear.py --small 10000 --large 100000 digits quotes``.
For each input it prints the CPU time of the whole pipeline (reading the text as a
document, then :func:`~diplotimeline.extract.pipeline.extract`) at both sizes, best of
``--repeat`` runs, and the ratio large / small, which must stay under 12 for 10x the size.
``--stages`` also times the actor analysis and the temporal tagger alone, to show which
stage grows too fast. Each run happens in a child process with a time limit, so a
quadratic input shows as a timeout instead of hanging the benchmark. Exit status 1 when a
ratio fails.

``STRESS_INPUTS`` is shared with ``tests/robustness/test_linear.py``, which runs the same
inputs at smaller sizes.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import sys
import time
from collections.abc import Callable
from typing import Final

MAX_RATIO: Final = 12.0
WORD: Final = 100_000

NEWS: Final = (
    "HANOI, April 24, 2025 (VNA) - Prime Minister Ana Ortega of Peru will pay an official "
    "visit to Viet Nam from April 27 to 29, the Ministry of Foreign Affairs said on Thursday. "
    'The two sides signed a memorandum of understanding on trade, and the "Green Corridor" '
    "initiative (GCI) was launched last year with the Association of Southeast Asian Nations "
    "(ASEAN).\n"
)


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _nested(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


def _nested_words(size: int) -> str:
    unit = "(talks "
    half = size // (2 * len(unit))
    return (unit * half + ") " * half)[:size].ljust(size)


def _long_words(letter: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        word = letter[0].upper() + letter * (WORD - 1) + " "
        return (word * (size // len(word) + 1))[:size]

    return build


def _letters(number: int) -> str:
    """A capitalised word of its own for each number below 26**4: 0 -> "Baaaa", 1 -> "Baaab"."""
    letters = ""
    for _ in range(4):
        number, digit = divmod(number, 26)
        letters = chr(ord("a") + digit) + letters
    return "B" + letters


def _distinct_events(size: int) -> str:
    """Sentences each naming an event of its own: merging compares each with the others."""
    parts: list[str] = []
    total = 0
    number = 0
    while total < size:
        part = f"Leaders attended the {_letters(number)} Summit on May 2. "
        parts.append(part)
        total += len(part)
        number += 1
    return "".join(parts)[:size]


STRESS_INPUTS: Final[dict[str, Callable[[int], str]]] = {
    "news": _repeat(NEWS),
    "digits": _repeat("1234567890"),
    "digit-groups": _repeat("2025 12 31 1 000 000 "),
    "digits-dashes": _repeat("2025-04-24-"),
    "month-names": _repeat("May "),
    "month-cycle": _repeat(
        "January February March April May June July August September October November December "
    ),
    "month-days": _repeat("April 27 to 29, May 1 and "),
    "weekdays": _repeat("Monday Tuesday, "),
    "nested-parentheses": _nested,
    "nested-parenthesised-words": _nested_words,
    "long-word-lower": _long_words("a"),
    "long-word-upper": _long_words("A"),
    "whitespace": _repeat(" "),
    "newlines": _repeat("\n"),
    "mixed-whitespace": _repeat(" \t\n \n\t "),
    "punctuation": _repeat(".,;:!?-"),
    "dots": _repeat("."),
    "dashes": _repeat("-"),
    "titles": _repeat("Minister "),
    "title-mix": _repeat("President Prime Minister Foreign Minister "),
    "capitalised": _repeat("Alpha Beta Gamma Delta "),
    "capitalised-of": _repeat("Ministry of Alpha and Beta of "),
    "countries": _repeat("Peru Chile Japan "),
    "acronyms": _repeat("ASEAN (ASEAN) UN (UN) "),
    "abbreviations": _repeat("U.S. Mr. Dr. "),
    "quotes": _repeat('"'),
    "quoted-words": _repeat('"Talks" '),
    "curly-quotes": _repeat("“ ” ‘ ’ "),
    "event-words": _repeat("summit visit talks agreement memorandum initiative "),
    "relative-dates": _repeat("last year next week this month "),
    "corrections": _repeat("an earlier version of this story said on 1 May 2031, "),
    "timeline-entries": _repeat("- 1 May 1941: The Arica Treaty settles the border.\n"),
    "during-visits": _repeat("the Lima Accord will be signed during the visit in May, "),
    "weekday-pairs": _repeat("on Monday and Tuesday, Wednesday and Thursday, "),
    "distinct-events": _distinct_events,
}
"""Input name -> a function building that input at a given size in characters."""


def _run_pipeline(text: str) -> None:
    from diplotimeline.extract.document import document_from_text
    from diplotimeline.extract.pipeline import extract

    extract(document_from_text(text, id="bench", html=False))


def _run_actors(text: str) -> None:
    from diplotimeline.extract.actors import analyze_actors

    analyze_actors(text, document_id="bench")


def _run_temporal(text: str) -> None:
    from diplotimeline.extract.temporal import default_tagger

    default_tagger().tag(text, None, infer_anchor=True)


STAGES: Final[dict[str, Callable[[str], None]]] = {
    "pipeline": _run_pipeline,
    "actors": _run_actors,
    "temporal": _run_temporal,
}


def cpu_time(stage: str, text: str, repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``stage`` on ``text``, in seconds."""
    run = STAGES[stage]
    run("Warm up: Peru and Chile met on May 2, 2025.")
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()  # the collector runs more often on larger inputs: noise, not growth
        try:
            started = time.process_time()
            run(text)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def _child(
    stage: str, name: str, size: int, repeat: int, queue: multiprocessing.Queue[float]
) -> None:
    queue.put(cpu_time(stage, STRESS_INPUTS[name](size), repeat))


def timed(stage: str, name: str, size: int, repeat: int, limit: float) -> float | None:
    """CPU time of ``stage`` on input ``name`` at ``size``, or ``None`` past ``limit`` seconds."""
    queue: multiprocessing.Queue[float] = multiprocessing.Queue()
    process = multiprocessing.Process(target=_child, args=(stage, name, size, repeat, queue))
    process.start()
    process.join(limit)
    if process.is_alive():
        process.kill()
        process.join()
        return None
    return queue.get() if not queue.empty() else None


def main(argv: list[str] | None = None) -> int:
    """Print the time ratio per input; return 1 when one is not under the limit."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="input names (default: all)")
    parser.add_argument("--small", type=int, default=100_000, help="small size in characters")
    parser.add_argument("--large", type=int, default=1_000_000, help="large size in characters")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--stages", action="store_true", help="also time actors and temporal")
    parser.add_argument("--limit", type=float, default=300.0, help="seconds per large run")
    args = parser.parse_args(argv)
    names = args.inputs or list(STRESS_INPUTS)
    unknown = sorted(set(names) - set(STRESS_INPUTS))
    if unknown:
        parser.error(f"unknown inputs {unknown}; known: {sorted(STRESS_INPUTS)}")
    stages = list(STAGES) if args.stages else ["pipeline"]
    factor = args.large / args.small
    print(f"{'input':28} {'stage':9} {args.small:>9} {args.large:>10}  ratio (limit {MAX_RATIO})")
    failed = []
    for name in names:
        for stage in stages:
            small = timed(stage, name, args.small, args.repeat, args.limit)
            large = None
            if small is not None:
                limit = min(args.limit, max(30.0, small * factor * MAX_RATIO * args.repeat))
                large = timed(stage, name, args.large, args.repeat, limit)
            if small is None or large is None:
                shown = f"{small:9.3f}s" if small is not None else "  timeout"
                print(f"{name:28} {stage:9} {shown} {'timeout':>10}  FAIL", flush=True)
                failed.append((name, stage))
                continue
            ratio = large / max(small, 1e-3)
            verdict = "ok" if ratio < MAX_RATIO else "FAIL"
            if verdict == "FAIL":
                failed.append((name, stage))
            print(
                f"{name:28} {stage:9} {small:9.3f}s {large:9.3f}s  {ratio:5.1f} {verdict}",
                flush=True,
            )
    if failed:
        print(f"not linear: {failed}")
        return 1
    print("all inputs linear")
    return 0


if __name__ == "__main__":
    sys.exit(main())
