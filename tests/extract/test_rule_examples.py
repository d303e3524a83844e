"""Every example and counter-example of the packaged rule files, run through the tagger."""

from __future__ import annotations

import pytest

from diplotimeline.extract.rules import CounterExample, Rule, RuleExample, load_rules
from diplotimeline.extract.temporal import PRODUCTIONS, Tagger
from diplotimeline.time import DateSpan, PartialDate

RULES = load_rules(productions=PRODUCTIONS)
TAGGER = Tagger(rules=RULES)

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.id}[{index}]")
    for rule in RULES.rules
    for index, example in enumerate(rule.examples)
]
COUNTER_EXAMPLES = [
    pytest.param(rule, counter, id=f"{rule.id}[{index}]")
    for rule in RULES.rules
    for index, counter in enumerate(rule.counter_examples)
]


def test_every_rule_has_an_example() -> None:
    """Each packaged rule carries at least one positive example."""
    assert [rule.id for rule in RULES.rules if not rule.examples] == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_example(rule: Rule, example: RuleExample) -> None:
    """The rule tags the example's match with the expected type, value and span."""
    anchor = None if example.published is None else PartialDate.parse_iso(example.published)
    mentions = TAGGER.tag(example.text, anchor, country=example.get("country"), infer_anchor=False)
    expected_text = example.match if example.match is not None else example.text
    found = [m for m in mentions if m.text == expected_text]
    assert [(expected_text, rule.id)] == [(m.text, m.rule_id) for m in found], [
        (m.text, m.rule_id) for m in mentions
    ]
    mention = found[0]
    if example.get("type") is not None:
        assert example.get("type") == mention.timex_type
    if example.get("value") is not None:
        assert example.get("value") == mention.timex_value
    if example.get("span") is not None:
        assert isinstance(mention.value, DateSpan)
        assert example.get("span") == mention.value.format_iso()


@pytest.mark.parametrize(("rule", "counter"), COUNTER_EXAMPLES)
def test_counter_example(rule: Rule, counter: CounterExample) -> None:
    """The rule tags nothing in the counter-example (or not its given match)."""
    mentions = TAGGER.tag(counter.text, PartialDate(2025, 4, 24), infer_anchor=False)
    if counter.match is None:
        assert [m.text for m in mentions if m.rule_id == rule.id] == []
    else:
        assert [m.text for m in mentions if m.text == counter.match] == []
