"""Session 10's scan shortcuts never change what the engine finds.

The scan visits only the rules whose trigger classes a text holds, searches a lone window
without building iterators, looks a set of needed strings up once a text, and runs a
rule's exact twin over the lower case in place of the rule itself. An engine without
twins, and the plain windowed scan of test_engine_fast_scan, must find the very same
mentions (same order, same groups) on texts made of the rules' own examples.
"""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract.engine import Engine, Mention
from diplotimeline.extract.rules import load_rules

_RULES = load_rules()
_FAST = Engine(_RULES)


def _without_twins() -> Engine:
    engine = Engine(_RULES)
    engine._twins[:] = [None] * len(_RULES.rules)
    return engine


_NO_TWINS = _without_twins()

# Pieces of the rules' examples and counter-examples (so every rule has matches to find
# and near misses), in several cases, with characters whose case folds unlike str.lower(),
# which must turn the twins off.
_SENTENCES = sorted(
    {
        example.text
        for rule in _RULES.rules
        for example in (*rule.examples, *rule.counter_examples)
        if example.text
    }
)
_PIECE = st.sampled_from(_SENTENCES).flatmap(
    lambda sentence: st.tuples(
        st.integers(0, len(sentence)), st.integers(0, len(sentence)), st.sampled_from("lut")
    ).map(lambda cut: _cased(sentence[min(cut[:2]) : max(cut[:2])], cut[2]))
)
_GAP = st.sampled_from([" ", " ", ", ", ". ", "\n", "-", " (", ") ", "", " İ ", " ſ ", " é "])
_TEXT = st.lists(st.tuples(_PIECE, _GAP), max_size=12).map(
    lambda pairs: "".join(piece + gap for piece, gap in pairs)
)


def _cased(text: str, how: str) -> str:
    return text.lower() if how == "l" else text.upper() if how == "u" else text


def _key(mentions: list[Mention]) -> list[tuple[object, ...]]:
    return [(m.rule_id, m.start, m.end, m.text, m.groups, m.offsets) for m in mentions]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_twins_find_what_the_rules_find(text: str) -> None:
    assert _key(_FAST.scan(text)) == _key(_NO_TWINS.scan(text))


def test_every_example_scans_alike_with_and_without_twins() -> None:
    for sentence in _SENTENCES:
        for how in "lut":
            text = _cased(sentence, how)
            assert _key(_FAST.scan(text)) == _key(_NO_TWINS.scan(text)), text


def test_the_scan_runs_exact_twins() -> None:
    """The shortcut is taken: a rule with an exact twin has it looked up and used."""
    engine = Engine(_RULES)
    engine.scan("The talks lasted 70 minutes and resumed three years ago.")
    assert any(twin not in (False, None) for twin in engine._twins)


def test_an_engine_pickles_without_its_twins() -> None:
    engine = Engine(_RULES)
    text = "The talks lasted 70 minutes."
    before = engine.scan(text)
    copy = pickle.loads(pickle.dumps(engine))
    assert all(twin is False for twin in copy._twins)
    assert copy.scan(text) == before


def test_visits_skip_rules_without_their_trigger() -> None:
    """A text without any trigger visits only the rules that have none."""
    engine = Engine(_RULES)
    assert engine.scan("no such words here") == []
    untriggered = [number for number, rule in enumerate(_RULES.rules) if rule.trigger is None]
    assert engine._visits[()] == tuple(untriggered)
