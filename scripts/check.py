"""Run every check of the project, in the order CI runs them; exit non-zero on the first failure.

Used by the README's test command and by .ci/run:
ruff format --check, ruff check, mypy --strict, import-linter, pytest (unit, property,
doctests, docs), the fuzz targets for a bounded time and, when mkdocs.yml exists, mkdocs
build --strict.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# Four fuzz targets, two at a time, FUZZ_SECONDS each: about a minute of wall time on the
# two cores CI has. The buffers are seeded, so a run repeats the inputs of the last one.
FUZZ_SECONDS = 30
FUZZ_JOBS = 2


def run(name: str, command: list[str], *, ok: tuple[int, ...] = (0,)) -> None:
    print(f"==> {name}: {' '.join(command)}", flush=True)
    started = time.monotonic()
    code = subprocess.call(command, cwd=ROOT)
    print(f"<== {name}: exit {code} in {time.monotonic() - started:.1f}s", flush=True)
    if code not in ok:
        sys.exit(code or 1)


def main() -> None:
    os.environ.setdefault("HYPOTHESIS_PROFILE", "ci")
    run("ruff format", [str(BIN / "ruff"), "format", "--check", "."])
    run("ruff check", [str(BIN / "ruff"), "check", "."])
    run("mypy", [str(BIN / "mypy"), "--strict", "src"])
    run("import-linter", [str(BIN / "lint-imports")])
    # pytest exits 5 when it collects no test; that is a failure of this project's suite.
    # Tests marked "slow" compare timings at two input sizes; a busy machine makes them
    # noisy, so they run on demand (pytest -m slow) beside the benchmarks in bench/.
    run("pytest", [str(BIN / "python"), "-m", "pytest", "-q", "-m", "not slow"])
    # Any crash (an exception that is not a DiplotimelineError) fails the check; the log
    # shows its traceback and a --replay-hex command, and the input is in fuzz/crashes/.
    fuzz = [str(BIN / "python"), "fuzz/run.py", "--seconds", str(FUZZ_SECONDS)]
    run("fuzz", [*fuzz, "--jobs", str(FUZZ_JOBS), "all"])
    if (ROOT / "mkdocs.yml").exists():
        run("mkdocs", [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(ROOT / "site")])
    print("all checks passed")


if __name__ == "__main__":
    main()
