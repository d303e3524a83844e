"""Run the fuzz targets for a bounded time: ``python fuzz/run.py --seconds 60 extract_text``.

``scripts/check.py`` runs ``python fuzz/run.py --seconds 30 --jobs 2 all`` in CI.

Each target first replays its seed corpus (``fuzz/corpus/<target>/``), then runs Hypothesis
through ``fuzz_one_input`` on random buffers until the time is up. Hypothesis turns each
buffer into an input: a corpus seed with mutations (token splices from the target's
dictionary, deletions, byte flips, long repeats, crossover with another seed), fresh token
soup, raw bytes or arbitrary Unicode. A crash (any exception other than a
``DiplotimelineError``, or a failed check) is saved as ``fuzz/crashes/<target>/<sha1>.bin``
and listed (an input slower than ``--slow`` seconds is saved as ``slow-<sha1>.bin`` and
listed, without failing); replay one with ``python fuzz/run.py --replay FILE <target>``. The exit
status is 1 when a target crashed. ``--seconds`` is the time per target; with ``all`` or
several targets each gets that much, and ``--jobs N`` runs N targets at a time, one process
each.

Runs are reproducible: the buffers come from ``random.Random(seed + target index)``
(``--seed``, default 0) and Hypothesis turns a buffer into an input deterministically, so
two runs try the same inputs in the same order and differ only in how far they get in
the time allowed. A crash report gives everything needed to reproduce it without the saved
file: the traceback and, for inputs up to 2,000 bytes, a command that runs the target on
the input given in hexadecimal (``--replay-hex``).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import os
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fuzz.targets import DICTIONARY, TARGETS  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from diplotimeline.errors import DiplotimelineError  # noqa: E402

MAX_INPUT = 200_000
# The whole pipeline reads about 0.2 MB/s, so its inputs stay small enough for many runs.
MAX_SIZE = {"extract_text": 20_000, "temporal_tag": 50_000}
# Inputs up to this size are printed in a crash report as a Python literal.
MAX_PRINTED = 2_000
OPERATIONS = ("insert", "delete", "flip", "repeat", "splice")


def corpus(target: str) -> list[bytes]:
    """The seed inputs of ``target``, in file-name order."""
    folder = HERE / "corpus" / target
    if not folder.is_dir():
        return []
    return [path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()]


def _apply(
    seed: bytes, mutations: list[tuple[str, int, bytes, int]], seeds: list[bytes], limit: int
) -> bytes:
    data = bytearray(seed[:limit])
    for operation, where, token, count in mutations:
        at = where % (len(data) + 1)
        if operation == "insert":
            data[at:at] = token
        elif operation == "delete":
            del data[at : at + count]
        elif operation == "flip" and data:
            data[at % len(data)] ^= 1 << (count % 8)
        elif operation == "repeat":
            chunk = bytes(data[at : at + 1 + count % 16]) or token or b" "
            data[at:at] = chunk * min(count * 50, limit // len(chunk))
        elif operation == "splice":
            other = seeds[count % len(seeds)]
            data[at:] = other[where % (len(other) + 1) :]
        if len(data) > limit:
            del data[limit:]
    return bytes(data)


def inputs(target: str, seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """What Hypothesis feeds ``target``: mutated seeds, token soup, raw bytes, Unicode."""
    tokens = DICTIONARY[target]
    limit = MAX_SIZE.get(target, MAX_INPUT)
    token = st.sampled_from(tokens) | st.binary(min_size=1, max_size=6)
    mutation = st.tuples(
        st.sampled_from(OPERATIONS), st.integers(0, 2**20), token, st.integers(1, 400)
    )
    strategies: list[st.SearchStrategy[bytes]] = [
        st.lists(token, max_size=80).map(b" ".join),
        st.binary(max_size=1024),
        st.text(max_size=300).map(lambda text: text.encode("utf-8")),
    ]
    if seeds:
        mutated = st.tuples(st.sampled_from(seeds), st.lists(mutation, max_size=10)).map(
            lambda pair: _apply(pair[0], pair[1], seeds, limit)
        )
        strategies.insert(0, mutated)
    return st.one_of(strategies)


def _save(target: str, data: bytes, prefix: str = "") -> Path:
    folder = HERE / "crashes" / target
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{prefix}{hashlib.sha1(data).hexdigest()}.bin"
    path.write_bytes(data)
    return path


def _describe(error: BaseException) -> str:
    frame = traceback.extract_tb(error.__traceback__)[-1]
    return f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}: {error}"[:300]


def reproducer(target: str, data: bytes, saved: Path, error: BaseException) -> str:
    """The crash report: what failed, the traceback, and how to run the input again.

    A small input is printed in hexadecimal in a ``--replay-hex`` command, so that the
    report alone (a CI log) reproduces the crash even when the saved file is gone.
    """
    try:
        shown = saved.relative_to(Path.cwd())
    except ValueError:
        shown = saved
    lines = [
        f"  CRASH in {target}: {_describe(error)}",
        f"        input ({len(data)} bytes) saved as {shown}",
        f"        replay: python fuzz/run.py --replay {shown} {target}",
    ]
    if len(data) <= MAX_PRINTED:
        lines.append(
            f"        or, without the file: python fuzz/run.py --replay-hex {data.hex()} {target}"
        )
    # Hypothesis's own frames say nothing about the bug; keep the target's.
    report = traceback.TracebackException.from_exception(error)
    report.stack = traceback.StackSummary.from_list(
        [frame for frame in report.stack if f"{os.sep}hypothesis{os.sep}" not in frame.filename]
    )
    trace = "".join(report.format()).rstrip()
    lines.extend("        | " + line for line in trace.splitlines()[-30:])
    return "\n".join(lines)


def fuzz(
    target: str,
    seconds: float,
    seed: int,
    slow: float,
    log: Callable[[str], None] = print,
    *,
    max_runs: int | None = None,
) -> list[tuple[str, Path]]:
    """Run ``target`` for ``seconds``; return the distinct crashes (description, saved input).

    An input that takes more than ``slow`` seconds of CPU is saved and listed as SLOW (a
    hang or a quadratic pattern) but does not count as a crash. Reports go to ``log``.
    ``max_runs`` stops after that many generated inputs even if time is left.
    """
    check = TARGETS[target]
    seeds = corpus(target)
    crashes: dict[str, Path] = {}
    current: list[bytes] = [b""]
    slow_inputs: list[Path] = []

    def run(data: bytes) -> None:
        current[0] = data
        began = time.process_time()
        try:
            check(data)
        finally:
            spent = time.process_time() - began
            if spent > slow and len(slow_inputs) < 5:
                slow_inputs.append(_save(target, data, "slow-"))
                log(f"  SLOW {spent:.1f}s on {len(data)} bytes: {slow_inputs[-1]}")

    def record(error: BaseException) -> None:
        key = _describe(error)
        if key not in crashes:
            crashes[key] = _save(target, current[0])
            log(reproducer(target, current[0], crashes[key], error))

    started = time.monotonic()
    for data in seeds:
        try:
            run(data)
        except DiplotimelineError:
            pass
        except Exception as error:
            record(error)

    @settings(
        database=None,
        deadline=None,
        max_examples=10**9,
        suppress_health_check=list(HealthCheck),
    )
    @given(inputs(target, seeds))
    def one(data: bytes) -> None:
        run(data)

    fuzz_one: Callable[[bytes], Any] = one.hypothesis.fuzz_one_input  # type: ignore[attr-defined]
    generator = random.Random(seed)
    runs = 0
    while time.monotonic() - started < seconds and (max_runs is None or runs < max_runs):
        runs += 1
        try:
            fuzz_one(generator.randbytes(generator.randint(8, 4096)))
        except DiplotimelineError:
            pass
        except Exception as error:
            record(error)
    elapsed = time.monotonic() - started
    log(
        f"{target}: {len(seeds)} seeds + {runs} generated inputs in {elapsed:.0f}s, "
        f"{len(crashes)} distinct crashes, {len(slow_inputs)} slow inputs"
    )
    return sorted(crashes.items())


def _fuzz_quietly(
    target: str, seconds: float, seed: int, slow: float
) -> tuple[list[str], list[tuple[str, Path]]]:
    """:func:`fuzz` in a worker process: the report comes back as lines, printed in order."""
    lines: list[str] = []
    found = fuzz(target, seconds, seed, slow, log=lines.append)
    return lines, found


def fuzz_all(
    names: list[str], seconds: float, seed: int, slow: float, jobs: int
) -> list[tuple[str, Path]]:
    """Fuzz each of ``names`` (``jobs`` at a time); return every crash found.

    Target number ``i`` (in the order of ``TARGETS``) draws its buffers from seed
    ``seed + i``, whatever else runs beside it.
    """
    order = sorted(TARGETS)
    seeds = {name: seed + order.index(name) for name in names}
    found: list[tuple[str, Path]] = []
    if jobs <= 1 or len(names) <= 1:
        for name in names:
            found.extend(fuzz(name, seconds, seeds[name], slow, log=_print))
        return found
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_fuzz_quietly, name, seconds, seeds[name], slow) for name in names]
        for future in futures:
            lines, crashes = future.result()
            for line in lines:
                _print(line)
            found.extend(crashes)
    return found


def _print(line: str) -> None:
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and fuzz or replay; return 1 when something crashed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+", help=f"targets or 'all': {sorted(TARGETS)}")
    parser.add_argument("--seconds", type=float, default=60.0, help="time per target")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the buffers")
    parser.add_argument("--slow", type=float, default=5.0, help="report inputs slower than this")
    parser.add_argument("--replay", type=Path, help="run one saved input and show the traceback")
    parser.add_argument("--replay-hex", help="run one input given in hexadecimal")
    parser.add_argument("--jobs", type=int, default=1, help="targets run at a time (processes)")
    args = parser.parse_args(argv)
    names = sorted(TARGETS) if args.targets == ["all"] else args.targets
    unknown = sorted(set(names) - set(TARGETS))
    if unknown:
        parser.error(f"unknown targets {unknown}; known: {sorted(TARGETS)}")
    if args.replay is not None or args.replay_hex is not None:
        data = args.replay.read_bytes() if args.replay else bytes.fromhex(args.replay_hex)
        for name in names:
            # A crash propagates with its full traceback; a typed error is a clean result.
            try:
                TARGETS[name](data)
            except DiplotimelineError as error:
                print(f"{name}: typed error, not a crash: {type(error).__name__}: {error}")
        print("no crash")
        return 0
    started = time.monotonic()
    found = fuzz_all(names, args.seconds, args.seed, args.slow, max(1, args.jobs))
    verdict = f"{len(found)} distinct crashes" if found else "no crash"
    print(f"fuzzing: {len(names)} targets in {time.monotonic() - started:.0f}s, {verdict}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
