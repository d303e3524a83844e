"""Every script in examples/ runs and prints exactly its recorded examples/<name>.out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda path: path.stem)
def test_example_prints_its_recorded_output(script: Path) -> None:
    """The script exits 0 and its standard output equals the .out file beside it."""
    expected = script.with_suffix(".out").read_text("utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, timeout=300
    )
    assert 0 == result.returncode, result.stderr
    assert expected == result.stdout
