"""Tests for the rule-file loader: schema, fragments, lists, triggers and load-time checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplotimeline.errors import RuleFileError
from diplotimeline.extract.rules import expand_fragments, load_rules, read_table
from diplotimeline.extract.temporal import PRODUCTIONS

HEADER = 'schema = 1\ndescription = "test rules"\n'


def write(tmp_path: Path, body: str, name: str = "extra.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def problems(group: ExceptionGroup[RuleFileError]) -> list[str]:
    return [str(error) for error in group.exceptions]


class TestExpandFragments:
    def test_leaves_counted_repeats_alone(self) -> None:
        """Only {identifier} expands, so \\d{4} and {1,3} stay as they are."""
        assert (
            expand_fragments(r"{year}-\d{2}x{1,3}", {"year": r"\d{4}"}) == r"(?:\d{4})-\d{2}x{1,3}"
        )

    def test_expands_recursively(self) -> None:
        """A fragment may use another fragment."""
        assert expand_fragments("{outer}", {"outer": "a{inner}", "inner": "b"}) == "(?:a(?:b))"

    def test_unknown_fragment(self) -> None:
        """An unknown name raises KeyError naming it."""
        with pytest.raises(KeyError, match="nope"):
            expand_fragments("{nope}", {})

    def test_cycle(self) -> None:
        """Fragments that refer to each other in a cycle are refused."""
        with pytest.raises(RecursionError):
            expand_fragments("{a}", {"a": "{b}", "b": "{a}"})


class TestReadTable:
    def test_reads_entries(self) -> None:
        """Surface forms fold to lower case; comments and blank lines are skipped."""
        text = "# schema: 1\n# description: months\n\nJan\t1\n# note\nFeb\t2\n"
        assert read_table(text, path="m.tsv") == {"jan": "1", "feb": "2"}

    def test_collects_every_problem(self) -> None:
        """A missing header and a bad line are reported together."""
        with pytest.raises(ExceptionGroup) as caught:
            read_table("jan 1\nfeb\t\n", path="m.tsv")
        assert len(caught.value.exceptions) == 4
        assert all(isinstance(e, RuleFileError) for e in caught.value.exceptions)


class TestPackagedRules:
    def test_loads_with_every_production_known(self) -> None:
        """The packaged temporal rules load and name only existing productions."""
        rules = load_rules(productions=PRODUCTIONS)
        assert {rule.produces for rule in rules.rules} <= set(PRODUCTIONS)

    def test_month_list_is_a_fragment_and_a_table(self) -> None:
        """months.tsv gives the {month} fragment and the month table."""
        rules = load_rules()
        assert rules.tables["month"]["september"] == "9"
        month = re.compile(expand_fragments("{month}", {"month": _fragment(rules)}), re.IGNORECASE)
        assert month.match("sept.").group(0) == "sept"

    def test_rule_ids_are_unique(self) -> None:
        """No two packaged rules share an id."""
        ids = [rule.id for rule in load_rules().rules]
        assert len(ids) == len(set(ids))


def _fragment(rules: object) -> str:
    # The {month} fragment is the one the month trigger uses.
    trigger = next(t for t in rules.triggers if t.name == "month")
    return str(trigger.pattern)


class TestUserRules:
    def test_extra_file_adds_a_rule_using_packaged_fragments(self, tmp_path: Path) -> None:
        """A user file adds a rule with the packaged {month} fragment, without code."""
        path = write(
            tmp_path,
            """
[[rule]]
id = "user.month-eve"
pattern = '\\beve\\s+of\\s+(?P<month>{month})\\b'
produces = "date"
trigger = "month"
example = [{ text = "the eve of May", match = "eve of May" }]
""",
        )
        rules = load_rules([path], productions=PRODUCTIONS)
        assert rules.rules[-1].id == "user.month-eve"
        assert str(path) in rules.paths

    def test_extra_file_may_ship_its_own_list(self, tmp_path: Path) -> None:
        """A list file beside the rule file becomes a fragment."""
        (tmp_path / "holidays.tsv").write_text(
            "# schema: 1\n# description: h\nTet\t01-29\n", encoding="utf-8"
        )
        path = write(
            tmp_path,
            """
[lists]
holiday = "holidays.tsv"

[[rule]]
id = "user.holiday"
pattern = '\\b(?P<ref>{holiday})\\b'
produces = "special"
""",
        )
        rules = load_rules([path], productions=PRODUCTIONS)
        assert rules.tables["holiday"]["tet"] == "01-29"


class TestLoadTimeChecks:
    def test_collects_all_problems_at_once(self, tmp_path: Path) -> None:
        """Unknown fragment, bad regex, empty match, duplicate id, unknown production and
        unknown trigger are all reported in one ExceptionGroup."""
        path = write(
            tmp_path,
            """
[[rule]]
id = "a.unknown-fragment"
pattern = '{nothing}'
produces = "date"

[[rule]]
id = "a.bad-regex"
pattern = '(unclosed'
produces = "date"

[[rule]]
id = "a.empty"
pattern = 'x*'
produces = "date"

[[rule]]
id = "date.iso"
pattern = 'iso'
produces = "date"

[[rule]]
id = "a.production"
pattern = 'abc'
produces = "no_such_production"

[[rule]]
id = "a.trigger"
pattern = 'abc'
produces = "date"
trigger = "no_such_trigger"
""",
        )
        with pytest.raises(ExceptionGroup) as caught:
            load_rules([path], productions=PRODUCTIONS)
        messages = problems(caught.value)
        assert len(messages) == 6, messages
        assert all(isinstance(e, RuleFileError) for e in caught.value.exceptions)
        expected = [
            "unknown fragment",
            "bad regular expression",
            "empty string",
            "duplicate rule id",
            "unknown production",
            "unknown trigger",
        ]
        for needle in expected:
            assert any(needle in message for message in messages), needle
        assert {str(path)} == {
            e.path for e in caught.value.exceptions if isinstance(e, RuleFileError)
        }

    def test_errors_carry_the_rule_id_and_line(self, tmp_path: Path) -> None:
        """A problem names its rule and the line of its id."""
        path = write(tmp_path, '\n[[rule]]\nid = "b.bad"\npattern = "(("\nproduces = "date"\n')
        with pytest.raises(ExceptionGroup) as caught:
            load_rules([path], productions=PRODUCTIONS)
        error = caught.value.exceptions[0]
        assert isinstance(error, RuleFileError)
        assert (error.rule_id, error.line) == ("b.bad", 5)

    def test_schema_and_description_are_required(self, tmp_path: Path) -> None:
        """A file without schema = 1 and a description is refused."""
        path = tmp_path / "bare.toml"
        path.write_text("schema = 2\n", encoding="utf-8")
        with pytest.raises(ExceptionGroup) as caught:
            load_rules([path])
        assert len(caught.value.exceptions) == 2

    def test_unknown_keys_are_refused(self, tmp_path: Path) -> None:
        """A misspelt key is an error, not silently ignored."""
        path = write(
            tmp_path, '\n[[rule]]\nid = "c.x"\npattern = "abc"\nproduces = "date"\nlatnet = true\n'
        )
        with pytest.raises(ExceptionGroup) as caught:
            load_rules([path], productions=PRODUCTIONS)
        assert "unknown key 'latnet'" in problems(caught.value)[0]

    def test_fragments_may_not_name_groups(self, tmp_path: Path) -> None:
        """A named group in a fragment would clash when used twice, so it is refused."""
        path = write(tmp_path, "\n[fragments]\nbad = '(?P<x>a)'\n")
        with pytest.raises(ExceptionGroup) as caught:
            load_rules([path])
        assert "named group" in problems(caught.value)[0]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A rule file that cannot be read is reported as a RuleFileError."""
        with pytest.raises(ExceptionGroup) as caught:
            load_rules([tmp_path / "absent.toml"])
        assert isinstance(caught.value.exceptions[0], RuleFileError)
