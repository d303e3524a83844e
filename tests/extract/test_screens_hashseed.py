"""The screens' needs do not hang on string hashing (``PYTHONHASHSEED``).

Which strings a screen looks for first, and so how much work a scan does, used to change
from one process to the next when two sets of strings said as much (the session-11 note
named it); ties now go by the strings themselves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from diplotimeline.extract._screens import _rank, needs
from diplotimeline.extract.rules import load_rules

_SCRIPT = """
import json
from diplotimeline.extract._screens import needs
from diplotimeline.extract.rules import load_rules
rules = load_rules()
print(json.dumps([[sorted(s) for s in needs(rule.regex)] for rule in rules.rules]))
"""


def _needs_under(seed: str) -> list[list[list[str]]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    result: list[list[list[str]]] = json.loads(done.stdout)
    return result


def test_needs_of_the_temporal_rules_are_the_same_under_any_hash_seed() -> None:
    first, second, third = (_needs_under(seed) for seed in ("0", "1", "12345"))
    assert first == second == third
    assert len(first) == len(load_rules().rules)


def test_ties_go_by_the_strings() -> None:
    one, other = frozenset({"ab", "cd"}), frozenset({"ef", "gh"})
    assert _rank(one) < _rank(other)
    assert sorted([other, one], key=_rank) == [one, other]


def test_a_longer_shortest_string_still_says_more() -> None:
    assert _rank(frozenset({"visit"})) < _rank(frozenset({"ab"}))
    assert _rank(frozenset({"abc"})) < _rank(frozenset({"abc", "abd"}))


def test_needs_order_is_stable_within_a_process() -> None:
    import re

    pattern = re.compile(r"\b(?:met|meets)\s+(?:with\s+)?(?:the|a)\s+(?:ab|cd)\s+xy")
    assert needs(pattern) == needs(re.compile(pattern.pattern))
