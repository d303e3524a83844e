"""Every script in examples/ runs and prints exactly its recorded examples/<name>.out.

The recorded outputs show what the current extractor finds in the seed articles, so they
change when extraction improves. To record the new outputs, run the examples' tests with
``DIPLOTIMELINE_UPDATE_EXAMPLES=1`` and review the diff of ``examples/*.out``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
UPDATE = os.environ.get("DIPLOTIMELINE_UPDATE_EXAMPLES") == "1"


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda path: path.stem)
def test_example_prints_its_recorded_output(script: Path) -> None:
    """The script exits 0 and its standard output equals the .out file beside it (which
    DIPLOTIMELINE_UPDATE_EXAMPLES=1 rewrites instead)."""
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, timeout=300
    )
    assert 0 == result.returncode, result.stderr
    recorded = script.with_suffix(".out")
    if UPDATE:
        recorded.write_text(result.stdout, encoding="utf-8")
    expected = recorded.read_text("utf-8")
    assert expected == result.stdout


def test_every_example_has_its_recorded_output() -> None:
    """Each example script has an .out file, and each .out file a script."""
    scripts = {path.stem for path in EXAMPLES.glob("*.py")}
    outputs = {path.stem for path in EXAMPLES.glob("*.out")}
    assert scripts == outputs
