"""Rule files: the TOML schema, its loader, `{fragment}` expansion and the load-time checks.

A rule file (``data/rules/<lang>/<dimension>.toml``) says *what* to match; the code that
turns a match into a value lives under the rule's ``produces`` name elsewhere. A file::

    schema = 1
    description = "English temporal expressions"

    [lists]        # fragments built from TSV name lists (data/gazetteers/*.tsv)
    month = "months.tsv"

    [fragments]    # shared pieces of pattern, used as {name}; only {identifier} expands
    day = '(?:3[01]|[12]\\d|0?[1-9])'

    [triggers]     # token classes; a rule is only tried near a token of its trigger
    month = { pattern = '{month}', before = 24, after = 48 }

    [settings]     # free-form data for the productions (word lists, tables)

    [[rule]]
    id = "date.month-day"
    pattern = '\\b(?P<month>{month})\\.?\\s+(?P<day>{day})\\b'
    produces = "date"
    trigger = "month"
    example = [{ text = "on April 27", published = "2025-04-24", value = "2025-04-27" }]
    counter_example = [{ text = "April showers" }]

Everything is checked when the file is read, and every problem found is raised at once:
a :class:`~diplotimeline.errors.RuleFileError` per problem, together in an
``ExceptionGroup``. Patterns are compiled case-insensitively; use ``(?-i:...)`` for a
part that must keep its case ("May" the month against "may" the verb).

Examples:
    >>> rules = load_rules()
    >>> rules.rule("date.month-day").produces
    'date'
    >>> rules.tables["month"]["sept"]
    '9'
"""

from __future__ import annotations

import importlib.resources
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from diplotimeline.errors import RuleFileError

__all__ = [
    "SCHEMA",
    "CounterExample",
    "Rule",
    "RuleExample",
    "RuleSet",
    "Trigger",
    "expand_fragments",
    "load_rules",
    "read_table",
]

SCHEMA: Final = 1
"""The rule-file and list-file schema this loader reads."""

FLAGS: Final = re.IGNORECASE
_FRAGMENT: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_RULE_ID: Final = re.compile(r"[a-z0-9]+(?:[._-][a-z0-9]+)*")
_TOP_KEYS: Final = frozenset(
    {"schema", "description", "lists", "fragments", "triggers", "settings", "rule"}
)
_RULE_KEYS: Final = frozenset(
    {
        "id",
        "pattern",
        "produces",
        "trigger",
        "reach",
        "latent",
        "priority",
        "note",
        "example",
        "counter_example",
    }
)
_EXAMPLE_KEYS: Final = frozenset({"text", "published", "match", "type", "value", "span", "country"})
_PROBE: Final = " a 1 .\n\t-,"


@attrs.frozen
class RuleExample:
    """A sentence a rule must tag, with what it must make of it.

    Args:
        text: The sentence.
        published: The anchor date (partial ISO) the example is read against, if any.
        match: The text the rule must match (the whole ``text`` when ``None``).
        expected: Other expectations (``type``, ``value``, ``span``, ``country``) as pairs.

    Examples:
        >>> RuleExample("on April 27", "2025-04-24", "April 27", (("value", "2025-04-27"),)).get(
        ...     "value"
        ... )
        '2025-04-27'
    """

    text: str
    published: str | None = None
    match: str | None = None
    expected: tuple[tuple[str, str], ...] = ()

    def get(self, key: str) -> str | None:
        """The expectation ``key``, or ``None`` when the example does not state it.

        Examples:
            >>> RuleExample("x").get("value") is None
            True
        """
        for name, value in self.expected:
            if name == key:
                return value
        return None


@attrs.frozen
class CounterExample:
    """A sentence in which a rule must tag nothing (or not ``match``, when given).

    Examples:
        >>> CounterExample("May I add a point?").match is None
        True
    """

    text: str
    match: str | None = None


@attrs.frozen
class Trigger:
    """A class of tokens (runs of letters or of digits) that rules can ask to be near.

    A rule with a trigger is tried only from ``before`` characters before such a token to
    ``after`` characters after it, so its matches must contain a token of the class and
    start no further than ``before`` characters ahead of it.

    Args:
        name: The name rules use.
        pattern: A regular expression that a whole token must match (case-insensitive).
        before: How far before the token a match may start.
        after: How far after the token a match may end.

    Examples:
        >>> Trigger("digits", "[0-9]+").regex.fullmatch("2025") is not None
        True
    """

    name: str
    pattern: str
    before: int = 64
    after: int = 64
    regex: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern, FLAGS))


@attrs.frozen
class Rule:
    """One compiled rule: an id, a pattern and the name of the production it feeds.

    Args:
        id: A dotted lower-case id that says what the rule matches.
        pattern: The pattern with every ``{fragment}`` expanded, and each group made
            optional by ``?`` written as an alternative with an empty branch (the same
            matches, found faster; see ``_optional_as_branch``).
        regex: ``pattern`` compiled (case-insensitive).
        produces: The name of the production that turns a match into a value.
        trigger: The trigger classes of which the rule needs a token nearby (the file may
            name one or a list), or ``None`` to scan everywhere.
        reach: How far ``(before, after)`` a trigger token a match may reach; ``None``
            takes the trigger's own reach.
        latent: A weak rule whose matches survive only beside a stronger one.
        priority: Breaks ties between overlapping matches of equal length (higher wins).
        examples: Sentences the rule must tag.
        counter_examples: Sentences it must not tag.
        source: The file the rule came from.
        order: The rule's position in the rule set (the last tie-breaker).

    Examples:
        >>> rule = load_rules().rule("date.iso")
        >>> bool(rule.regex.search("on 2024-07-26"))
        True
    """

    id: str
    pattern: str
    regex: re.Pattern[str] = attrs.field(eq=False, repr=False)
    produces: str
    trigger: tuple[str, ...] | None = None
    reach: tuple[int, int] | None = None
    latent: bool = False
    priority: int = 0
    examples: tuple[RuleExample, ...] = ()
    counter_examples: tuple[CounterExample, ...] = ()
    source: str = ""
    order: int = 0


@attrs.frozen(eq=False)
class RuleSet:
    """The rules of one dimension, with their triggers, name tables and settings.

    Args:
        rules: The rules, in file order (base file first, then extra files).
        triggers: The trigger classes, in file order.
        tables: For every list, its entries: lower-case surface form -> value.
        settings: The merged ``[settings]`` tables of the files, for the productions.
        paths: The files read.

    Examples:
        >>> rules = load_rules()
        >>> [trigger.name for trigger in rules.triggers][:2]
        ['month', 'weekday']
    """

    rules: tuple[Rule, ...]
    triggers: tuple[Trigger, ...]
    tables: Mapping[str, Mapping[str, str]]
    settings: Mapping[str, Any]
    paths: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        """The rule called ``rule_id``.

        Raises:
            KeyError: If there is none.

        Examples:
            >>> load_rules().rule("date.iso").trigger
            ('year',)
        """
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def read_table(text: str, *, path: str) -> dict[str, str]:
    """Read a two-column TSV name list (``# schema: 1`` and ``# description`` first).

    Surface forms are folded to lower case; blank lines and ``#`` comments are skipped.

    Raises:
        ExceptionGroup: Of :class:`RuleFileError`, one per bad line or header.

    Examples:
        >>> read_table("# schema: 1\\n# description: x\\nJan\\t1\\n", path="m.tsv")
        {'jan': '1'}
    """
    errors: list[RuleFileError] = []
    lines = text.splitlines()
    if not lines or lines[0].strip() != f"# schema: {SCHEMA}":
        errors.append(RuleFileError(f"expected '# schema: {SCHEMA}' first", path=path, line=1))
    if len(lines) < 2 or not lines[1].startswith("# description"):
        errors.append(RuleFileError("expected a '# description' line second", path=path, line=2))
    table: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2 or not cells[0].strip() or not cells[1].strip():
            errors.append(
                RuleFileError(f"expected 'surface<TAB>value', got {line!r}", path=path, line=number)
            )
            continue
        surface = cells[0].strip().lower()
        if surface in table and table[surface] != cells[1].strip():
            errors.append(
                RuleFileError(
                    f"{surface!r} listed twice with different values", path=path, line=number
                )
            )
        table[surface] = cells[1].strip()
    if errors:
        raise ExceptionGroup(f"{path}: {len(errors)} problem(s)", errors)
    return table


def _list_fragment(table: Mapping[str, str]) -> str:
    """The surface forms as one regular expression, factored as a trie for speed.

    Longer forms win over their prefixes ("sept" over "sep"); a space matches any blanks.
    """
    trie: dict[str, Any] = {}
    for form in table:
        node = trie
        for char in " ".join(form.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: Mapping[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(node[char])
        for char in sorted(c for c in node if c)
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def expand_fragments(pattern: str, fragments: Mapping[str, str]) -> str:
    """Replace every ``{identifier}`` with its fragment (recursively), leaving ``\\d{4}`` alone.

    Each fragment is wrapped in a non-capturing group.

    Raises:
        KeyError: For an unknown fragment name (the message names it).
        RecursionError: For fragments that refer to each other in a cycle.

    Examples:
        >>> expand_fragments(r"{yy}-\\d{2}", {"yy": r"\\d{4}"})
        '(?:\\\\d{4})-\\\\d{2}'
    """
    return _expand(pattern, fragments, ())


def _expand(pattern: str, fragments: Mapping[str, str], stack: tuple[str, ...]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in stack:
            raise RecursionError(" -> ".join((*stack, name)))
        if name not in fragments:
            raise KeyError(name)
        return "(?:" + _expand(fragments[name], fragments, (*stack, name)) + ")"

    return _FRAGMENT.sub(replace, pattern)


# What may follow "(" in a group that _optional_as_branch rewrites: a plain or named group,
# or one with scoped flags (not a look-around, conditional, comment or back-reference).
_GROUP_OPENING: Final = re.compile(r"\((?!\?)|\(\?(?::|P<|[aiLmsux-]+:)")
# An inline verbose flag, under which blanks and "#" mean something else: left alone.
_VERBOSE: Final = re.compile(r"\(\?[aiLmsu]*x")


def _optional_as_branch(pattern: str) -> str:
    """``pattern`` with each optional group ``(X)?`` written ``(?:(X)|)``: the same matches.

    Python's engine runs a group made optional by ``?`` as a repeat, which allocates a
    counter at every try; an alternative with an empty branch tries ``X`` and then
    nothing, in the same order, without one. Lazy ``??`` and possessive ``?+`` groups,
    look-arounds and single characters (``s?``, already cheap) are left as they are.

    Examples:
        >>> _optional_as_branch(r"\\b(?:the\\s+)?(?P<n>[0-9]+)(?:st|nd)?\\b")
        '\\\\b(?:(?:the\\\\s+)|)(?P<n>[0-9]+)(?:(?:st|nd)|)\\\\b'
        >>> _optional_as_branch(r"a(?:b)??[(]?(?=c)?")
        'a(?:b)??[(]?(?=c)?'
    """
    if _VERBOSE.search(pattern):
        return pattern
    opened: list[int] = []  # where each open group starts (-1: one not to rewrite)
    openings: set[int] = set()  # where each group to rewrite starts
    closings: set[int] = set()  # where the "?" after it stands
    index, size = 0, len(pattern)
    while index < size:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # a set: up to its closing "]" ("]" first is a literal)
            index += 2 if pattern.startswith("[^", index) else 1
            index += 1 if pattern.startswith("]", index) else 0
            while index < size and pattern[index] != "]":
                index += 2 if pattern[index] == "\\" else 1
        elif char == "(":
            if pattern.startswith("(?#", index):  # a comment: up to its ")"
                index = pattern.find(")", index)
                if index < 0:
                    return pattern
            else:
                opened.append(index if _GROUP_OPENING.match(pattern, index) else -1)
        elif char == ")":
            if not opened:
                return pattern  # unbalanced: re.compile will say so
            start = opened.pop()
            after = pattern[index + 1 : index + 3]
            if start >= 0 and after[:1] == "?" and after[1:2] not in ("?", "+"):
                openings.add(start)
                closings.add(index + 1)
        index += 1
    if not openings:
        return pattern
    pieces: list[str] = []
    for position, char in enumerate(pattern):
        if position in openings:
            pieces.append("(?:")
        pieces.append("|)" if position in closings else char)
    return "".join(pieces)


def _line_of(source: str, needle: str) -> int | None:
    index = source.find(needle)
    return None if index < 0 else source.count("\n", 0, index) + 1


@attrs.define
class _Loader:
    """Accumulates the files of one rule set and every problem found in them."""

    productions: Collection[str] | None
    errors: list[RuleFileError] = attrs.field(factory=list)
    fragments: dict[str, str] = attrs.field(factory=dict)
    tables: dict[str, dict[str, str]] = attrs.field(factory=dict)
    triggers: dict[str, Trigger] = attrs.field(factory=dict)
    settings: dict[str, Any] = attrs.field(factory=dict)
    rules: list[Rule] = attrs.field(factory=list)
    paths: list[str] = attrs.field(factory=list)

    def error(
        self, message: str, *, path: str, line: int | None = None, rule_id: str | None = None
    ) -> None:
        self.errors.append(RuleFileError(message, path=path, line=line, rule_id=rule_id))

    def add_file(self, source: str, *, path: str, directory: Path | None) -> None:
        self.paths.append(path)
        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            self.error(f"not valid TOML: {exc}", path=path)
            return
        if data.get("schema") != SCHEMA:
            self.error(f"expected schema = {SCHEMA}, got {data.get('schema')!r}", path=path, line=1)
        if not isinstance(data.get("description"), str) or not data["description"].strip():
            self.error("expected a non-empty description", path=path)
        for key in sorted(set(data) - _TOP_KEYS):
            self.error(f"unknown top-level key {key!r}", path=path, line=_line_of(source, key))
        self._add_lists(data.get("lists", {}), path=path, directory=directory)
        self._add_named(
            data.get("fragments", {}), self.fragments, "fragment", path=path, source=source
        )
        for name, value in self.fragments.items():
            if "(?P<" in value:
                self.error(
                    f"fragment {name!r} has a named group; only rules may name groups", path=path
                )
        self._add_triggers(data.get("triggers", {}), path=path, source=source)
        settings = data.get("settings", {})
        if not isinstance(settings, dict):
            self.error("[settings] must be a table", path=path)
        else:
            for key, value in settings.items():
                # Tables merge one level deep, so a user file can add words to a table.
                if isinstance(value, dict) and isinstance(self.settings.get(key), dict):
                    self.settings[key] = {**self.settings[key], **value}
                else:
                    self.settings[key] = value
        rules = data.get("rule", [])
        if not isinstance(rules, list):
            self.error("expected [[rule]] tables", path=path)
            return
        for raw in rules:
            self._add_rule(raw, path=path, source=source)

    def _add_triggers(self, table: object, *, path: str, source: str) -> None:
        if not isinstance(table, dict):
            self.error("[triggers] must be a table", path=path)
            return
        for name, raw in table.items():
            line = _line_of(source, f"{name} =")
            spec = raw if isinstance(raw, dict) else {"pattern": raw}
            pattern = spec.get("pattern")
            before, after = spec.get("before", 64), spec.get("after", 64)
            if set(spec) - {"pattern", "before", "after"} or not isinstance(pattern, str):
                self.error(
                    f"trigger {name!r} needs a pattern, and may give before and after",
                    path=path,
                    line=line,
                )
                continue
            if not isinstance(before, int) or not isinstance(after, int) or min(before, after) < 0:
                self.error(
                    f"trigger {name!r}: before and after must be integers >= 0",
                    path=path,
                    line=line,
                )
                continue
            regex = self._compile(pattern, path=path, what=f"trigger {name!r}", line=line)
            if regex is None:
                continue
            if "(?P<" in regex.pattern:
                self.error(f"trigger {name!r} has a named group", path=path, line=line)
                continue
            trigger = Trigger(name, regex.pattern, before, after)
            if name in self.triggers and self.triggers[name] != trigger:
                self.error(f"trigger {name!r} defined twice differently", path=path, line=line)
                continue
            self.triggers[name] = trigger

    def _add_lists(self, lists: object, *, path: str, directory: Path | None) -> None:
        if not isinstance(lists, dict):
            self.error("[lists] must be a table of name = file", path=path)
            return
        for name, file_name in lists.items():
            if not isinstance(file_name, str):
                self.error(f"list {name!r} must name a .tsv file", path=path)
                continue
            text, where = self._read_list(file_name, directory)
            if text is None:
                self.error(f"list file {file_name!r} not found", path=path)
                continue
            try:
                table = read_table(text, path=where)
            except ExceptionGroup as group:
                self.errors.extend(e for e in group.exceptions if isinstance(e, RuleFileError))
                continue
            if name in self.fragments and self.tables.get(name) != table:
                self.error(f"list {name!r} defined twice", path=path)
            self.tables[name] = table
            self.fragments[name] = _list_fragment(table)

    @staticmethod
    def _read_list(file_name: str, directory: Path | None) -> tuple[str | None, str]:
        if directory is not None and (directory / file_name).is_file():
            return (directory / file_name).read_text(encoding="utf-8"), str(directory / file_name)
        resource = importlib.resources.files("diplotimeline") / "data" / "gazetteers" / file_name
        if resource.is_file():
            return resource.read_text(encoding="utf-8"), f"gazetteers/{file_name}"
        return None, file_name

    def _add_named(
        self, table: object, into: dict[str, str], what: str, *, path: str, source: str
    ) -> None:
        if not isinstance(table, dict):
            self.error(f"[{what}s] must be a table", path=path)
            return
        for name, value in table.items():
            line = _line_of(source, f"{name} =")
            if not isinstance(value, str) or not value:
                self.error(f"{what} {name!r} must be a non-empty string", path=path, line=line)
            elif name in into and into[name] != value:
                self.error(f"{what} {name!r} defined twice differently", path=path, line=line)
            else:
                into[name] = value

    def _compile(
        self,
        pattern: str,
        *,
        path: str,
        what: str,
        line: int | None,
        rule_id: str | None = None,
        rewrite: bool = False,
    ) -> re.Pattern[str] | None:
        """The pattern expanded and compiled, or ``None`` (and an error noted).

        With ``rewrite``, its optional groups are written as alternatives with an empty
        branch (see :func:`_optional_as_branch`).
        """
        try:
            expanded = expand_fragments(pattern, self.fragments)
        except KeyError as exc:
            self.error(
                f"{what}: unknown fragment {{{exc.args[0]}}}", path=path, line=line, rule_id=rule_id
            )
            return None
        except RecursionError as exc:
            self.error(
                f"{what}: fragments refer to each other: {exc}",
                path=path,
                line=line,
                rule_id=rule_id,
            )
            return None
        try:
            try:
                regex = re.compile(_optional_as_branch(expanded) if rewrite else expanded, FLAGS)
            except re.error:
                regex = re.compile(expanded, FLAGS)  # its own error, said of what was written
        except re.error as exc:
            self.error(
                f"{what}: bad regular expression: {exc}", path=path, line=line, rule_id=rule_id
            )
            return None
        if regex.match("") is not None or any(m.start() == m.end() for m in regex.finditer(_PROBE)):
            self.error(
                f"{what}: pattern matches the empty string", path=path, line=line, rule_id=rule_id
            )
            return None
        return regex

    def _add_rule(self, raw: object, *, path: str, source: str) -> None:
        if not isinstance(raw, dict):
            self.error("a [[rule]] must be a table", path=path)
            return
        rule_id = raw.get("id")
        line = _line_of(source, f'"{rule_id}"') if isinstance(rule_id, str) else None
        if not isinstance(rule_id, str) or not _RULE_ID.fullmatch(rule_id):
            self.error(f"rule id must be dotted lower case, got {rule_id!r}", path=path, line=line)
            return
        where: dict[str, Any] = {"path": path, "line": line, "rule_id": rule_id}
        for key in sorted(set(raw) - _RULE_KEYS):
            self.error(f"unknown key {key!r}", **where)
        if any(rule.id == rule_id for rule in self.rules):
            self.error(f"duplicate rule id {rule_id!r}", **where)
        produces = raw.get("produces")
        if not isinstance(produces, str):
            self.error("expected produces = a production name", **where)
            return
        if self.productions is not None and produces not in self.productions:
            self.error(f"unknown production {produces!r}", **where)
        raw_trigger = raw.get("trigger")
        trigger = (raw_trigger,) if isinstance(raw_trigger, str) else raw_trigger
        if trigger is not None:
            if (
                not isinstance(trigger, list | tuple)
                or not trigger
                or not all(isinstance(t, str) for t in trigger)
            ):
                self.error("trigger must be a trigger name or a list of them", **where)
                trigger = None
            else:
                trigger = tuple(trigger)
                for name in trigger:
                    if name not in self.triggers:
                        self.error(f"unknown trigger {name!r}", **where)
        reach = raw.get("reach")
        if reach is not None and not (
            isinstance(reach, list)
            and len(reach) == 2
            and all(isinstance(x, int) and x >= 0 for x in reach)
        ):
            self.error("reach must be [before, after], two integers >= 0", **where)
            reach = None
        latent, priority = raw.get("latent", False), raw.get("priority", 0)
        if not isinstance(latent, bool) or not isinstance(priority, int):
            self.error("latent must be a boolean and priority an integer", **where)
            return
        pattern = raw.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            self.error("expected a non-empty pattern", **where)
            return
        regex = self._compile(
            pattern, path=path, what=f"rule {rule_id!r}", line=line, rule_id=rule_id, rewrite=True
        )
        examples = self._examples(raw.get("example", []), where)
        counters = self._counter_examples(raw.get("counter_example", []), where)
        if regex is None or examples is None or counters is None:
            return
        self.rules.append(
            Rule(
                id=rule_id,
                pattern=regex.pattern,
                regex=regex,
                produces=produces,
                trigger=trigger,
                reach=None if reach is None else (reach[0], reach[1]),
                latent=latent,
                priority=priority,
                examples=examples,
                counter_examples=counters,
                source=path,
                order=len(self.rules),
            )
        )

    def _examples(self, raw: object, where: dict[str, Any]) -> tuple[RuleExample, ...] | None:
        if not isinstance(raw, list):
            self.error("example must be a list of tables", **where)
            return None
        examples = []
        for item in raw:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                self.error("each example needs a text", **where)
                return None
            if set(item) - _EXAMPLE_KEYS or not all(isinstance(v, str) for v in item.values()):
                self.error(f"example keys must be strings among {sorted(_EXAMPLE_KEYS)}", **where)
                return None
            expected = tuple(
                (key, item[key]) for key in ("type", "value", "span", "country") if key in item
            )
            examples.append(
                RuleExample(item["text"], item.get("published"), item.get("match"), expected)
            )
        return tuple(examples)

    def _counter_examples(
        self, raw: object, where: dict[str, Any]
    ) -> tuple[CounterExample, ...] | None:
        if not isinstance(raw, list):
            self.error("counter_example must be a list of tables", **where)
            return None
        counters = []
        for item in raw:
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("text"), str)
                or set(item) - {"text", "match"}
            ):
                self.error("each counter_example needs a text (and may give a match)", **where)
                return None
            counters.append(CounterExample(item["text"], item.get("match")))
        return tuple(counters)


def _package_source(language: str, dimension: str) -> str:
    resource = (
        importlib.resources.files("diplotimeline")
        / "data"
        / "rules"
        / language
        / f"{dimension}.toml"
    )
    return resource.read_text(encoding="utf-8")


def load_rules(
    extra: Iterable[str | Path] = (),
    *,
    language: str = "en",
    dimension: str = "temporal",
    productions: Collection[str] | None = None,
    include_package: bool = True,
) -> RuleSet:
    """Load the packaged rule file of ``dimension``, then each ``extra`` file, and check all.

    Extra files may use the fragments, lists and triggers of the files before them, add
    their own, and add rules; a list file is looked up beside the rule file first, then
    among the packaged gazetteers.

    Args:
        extra: Paths of further rule files (users add rules without editing code).
        language: The language folder under ``data/rules``.
        dimension: The rule file name without ``.toml``.
        productions: The production names that exist; ``None`` skips that check.
        include_package: Whether to start from the packaged file.

    Raises:
        ExceptionGroup: Of :class:`~diplotimeline.errors.RuleFileError`, every problem found.

    Examples:
        >>> rules = load_rules()
        >>> len(rules.rules) > 20
        True
    """
    loader = _Loader(productions)
    if include_package:
        loader.add_file(
            _package_source(language, dimension),
            path=f"rules/{language}/{dimension}.toml",
            directory=None,
        )
    for item in extra:
        path = Path(item)
        try:
            source = path.read_text(encoding="utf-8")
        except OSError as exc:
            loader.error(f"cannot read rule file: {exc}", path=str(path))
            continue
        loader.add_file(source, path=str(path), directory=path.parent)
    if loader.errors:
        raise ExceptionGroup(f"{len(loader.errors)} problem(s) in rule files", loader.errors)
    return RuleSet(
        rules=tuple(loader.rules),
        triggers=tuple(loader.triggers.values()),
        tables={name: dict(table) for name, table in loader.tables.items()},
        settings=dict(loader.settings),
        paths=tuple(loader.paths),
    )
