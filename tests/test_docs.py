"""The documentation site: every public name is in the reference with a docstring, every
page is in the navigation, the Home page repeats the README's commands, and the changelog
includes every fragment. (Sybil runs the pages' code blocks; `mkdocs build --strict` checks
the links.)"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

import diplotimeline

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"

# A mkdocstrings block: "::: target" and the indented YAML options under it.
BLOCK = re.compile(r"^::: (?P<target>[\w.]+)[ \t]*\n(?P<options>(?:[ \t]+\S.*\n)*)", re.MULTILINE)
SNIPPET = re.compile(r'^--8<-- "(?P<path>[^"\n]+)"$', re.MULTILINE)


def _public_modules() -> dict[str, types.ModuleType]:
    modules = {"diplotimeline": diplotimeline}
    for info in pkgutil.walk_packages(diplotimeline.__path__, "diplotimeline."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        modules[info.name] = importlib.import_module(info.name)
    return modules


MODULES = _public_modules()
EXPORTING = {name: module for name, module in MODULES.items() if getattr(module, "__all__", [])}


def _blocks() -> Iterator[tuple[Path, str, dict[str, Any]]]:
    """Every mkdocstrings block of the reference: its page, target and options."""
    for page in sorted(REFERENCE.glob("*.md")):
        for match in BLOCK.finditer(page.read_text(encoding="utf-8")):
            options = yaml.safe_load(match["options"]) if match["options"].strip() else None
            yield page, match["target"], (options or {}).get("options") or {}


def _resolve(target: str) -> tuple[str, object]:
    """The name and object of a block target: a module, or a name inside one."""
    if target in MODULES:
        return target, MODULES[target]
    module, _, name = target.rpartition(".")
    return name, getattr(importlib.import_module(module), name)


@functools.cache
def _rendered() -> frozenset[tuple[str, int]]:
    """(name, id of the object) of every public name that a reference block renders."""
    shown: set[tuple[str, int]] = set()
    for _page, target, options in _blocks():
        name, value = _resolve(target)
        if not isinstance(value, types.ModuleType):
            shown.add((name, id(value)))
            continue
        members = options.get("members", True)
        names = value.__all__ if members is True else members or []
        shown.update((member, id(getattr(value, member))) for member in names)
    return frozenset(shown)


def _own_names(name: str) -> list[str]:
    """The names of a module's __all__ that its parent package does not re-export."""
    module = EXPORTING[name]
    parent = MODULES.get(name.rpartition(".")[0])
    if parent is None or parent is diplotimeline:
        return list(module.__all__)
    shared = set(getattr(parent, "__all__", []))
    return [
        n for n in module.__all__ if n not in shared or getattr(parent, n) is not getattr(module, n)
    ]


@pytest.mark.parametrize("name", sorted(EXPORTING))
def test_every_public_name_is_rendered(name: str) -> None:
    """Each name in a public module's __all__ is rendered by some reference block: the module's
    own, a block for the name itself, or that of a package re-exporting the same object."""
    module = EXPORTING[name]
    shown = _rendered()
    missing = [n for n in module.__all__ if (n, id(getattr(module, n))) not in shown]
    page = REFERENCE / f"{name.removeprefix('diplotimeline.')}.md"
    assert not missing, (
        f"{name}: {missing} appear on no reference page; list them under `members:` of the "
        f"`::: {name}` block in {page.relative_to(ROOT)} (or render the whole module)"
    )


@pytest.mark.parametrize("name", sorted(EXPORTING))
def test_module_with_own_names_has_its_page(name: str) -> None:
    """A public module with names of its own (not re-exported by its parent package) has
    the page docs/reference/<module>.md, whose block targets that module."""
    if name != "diplotimeline" and not _own_names(name):
        pytest.skip(f"every name of {name} is documented on its package's page")
    page = REFERENCE / f"{name.removeprefix('diplotimeline.')}.md"
    assert page.exists(), f"add {page.relative_to(ROOT)} with a `::: {name}` block"
    targets = [target for path, target, _ in _blocks() if path == page]
    assert name in targets, f"{page.relative_to(ROOT)} has no `::: {name}` block"


def test_no_reference_page_for_a_missing_module() -> None:
    """Every block of the reference targets a module or a name that exists."""
    for page, target, _ in _blocks():
        try:
            _resolve(target)
        except (ImportError, AttributeError) as error:  # pragma: no cover - the failure
            pytest.fail(f"{page.relative_to(ROOT)}: `::: {target}` does not exist ({error})")


def test_top_level_names_are_listed_on_the_package_page() -> None:
    """The page of `diplotimeline` links each re-exported everyday name to its home."""
    text = (REFERENCE / "diplotimeline.md").read_text(encoding="utf-8")
    missing = [n for n in diplotimeline.__all__ if f"[`{n}`][" not in text]
    assert not missing, f"add rows for {missing} to docs/reference/diplotimeline.md"


@pytest.mark.parametrize("name", sorted(EXPORTING))
def test_public_names_have_docstrings_as_rendered(name: str) -> None:
    """What mkdocstrings renders (griffe's view of the source) has a docstring for every
    name in __all__, constants and type aliases included."""
    package = _griffe_package()
    module = package if name == "diplotimeline" else package[name.removeprefix("diplotimeline.")]
    undocumented = []
    for member in EXPORTING[name].__all__:
        obj = module[member]
        if not (obj.docstring and obj.docstring.value.strip()):
            undocumented.append(member)
    assert not undocumented, f"{name}: no docstring for {undocumented}"


@functools.cache
def _griffe_package() -> Any:
    """The package as griffe, and so mkdocstrings, sees it (loaded once)."""
    griffe = pytest.importorskip("griffe")
    return griffe.load("diplotimeline", search_paths=[str(ROOT / "src")], resolve_aliases=True)


def _nav_files(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _nav_files(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _nav_files(value)


def _config() -> dict[str, Any]:
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return config


def test_navigation_lists_every_page() -> None:
    """mkdocs.yml's nav names every Markdown file under docs/ (no orphan pages) and no other."""
    listed = set(_nav_files(_config()["nav"]))
    pages = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    assert pages - listed == set(), "pages missing from the nav"
    assert listed - pages == set(), "nav entries without a page"


def test_home_page_shows_the_readme_commands() -> None:
    """The two shell commands of README.md appear verbatim on the Home page."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(.*?)```", readme, flags=re.DOTALL)
    assert len(commands) == 2
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    for command in commands:
        assert f"```bash\n{command}```" in home


def test_home_page_has_a_runnable_example() -> None:
    """The Home page holds a Python doctest block, which Sybil runs."""
    assert "```python\n>>> " in (DOCS / "index.md").read_text(encoding="utf-8")


def test_changelog_includes_every_fragment() -> None:
    """CHANGELOG.md includes each changelog.d fragment, each included file exists, and the
    site's changelog page includes CHANGELOG.md."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    included = set(SNIPPET.findall(changelog))
    fragments = {path.relative_to(ROOT).as_posix() for path in (ROOT / "changelog.d").glob("*.md")}
    assert fragments <= included, "include the new fragments under ## Unreleased"
    assert all((ROOT / path).is_file() for path in included), (
        "a released fragment is still included"
    )
    page = (DOCS / "changelog.md").read_text(encoding="utf-8")
    assert SNIPPET.findall(page) == ["CHANGELOG.md"]


def test_site_settings_follow_the_style_guide() -> None:
    """mkdocs.yml uses the settings of STYLE.md section 10: material, search, mkdocstrings
    with Google docstrings and the private-name filter, and checked snippets."""
    config = _config()
    assert config["theme"]["name"] == "material"
    plugins = {next(iter(p)) if isinstance(p, dict) else p: p for p in config["plugins"]}
    assert "search" in plugins
    python = plugins["mkdocstrings"]["mkdocstrings"]["handlers"]["python"]
    assert python["paths"] == ["src"]
    options = python["options"]
    assert options["docstring_style"] == "google"
    assert options["filters"] == ["!^_"]
    assert options["merge_init_into_class"] is True
    extensions = {
        next(iter(e)) if isinstance(e, dict) else e: e for e in config["markdown_extensions"]
    }
    assert {"admonition", "pymdownx.superfences", "pymdownx.snippets"} <= set(extensions)
    assert extensions["pymdownx.snippets"]["pymdownx.snippets"]["check_paths"] is True


def test_no_page_is_a_placeholder() -> None:
    """No page of the site (the reference aside) announces itself as unwritten."""
    phrases = ("not yet available", "not yet written", "coming with issue", "coming soon", "todo")
    found = [
        (page.relative_to(DOCS).as_posix(), phrase)
        for page in DOCS.rglob("*.md")
        if REFERENCE not in page.parents
        for phrase in phrases
        if phrase in page.read_text(encoding="utf-8").casefold()
    ]
    assert [] == found


def test_every_example_is_shown_on_the_examples_page() -> None:
    """docs/examples.md includes each script of examples/ and its recorded output."""
    included = set(SNIPPET.findall((DOCS / "examples.md").read_text(encoding="utf-8")))
    examples = ROOT / "examples"
    expected = {
        f"examples/{path.name}" for path in [*examples.glob("*.py"), *examples.glob("*.out")]
    }
    assert expected == included


def test_seed_picture_is_generated_and_shown() -> None:
    """mkdocs.yml runs the hook that draws the seed timeline, and the Home page and the
    tutorial show the picture and link the interactive page it writes."""
    assert "docs/hooks.py" in _config()["hooks"]
    for page, prefix in (("index.md", ""), ("tutorial/index.md", "../")):
        text = (DOCS / page).read_text(encoding="utf-8")
        assert f"]({prefix}assets/seed-timeline.svg)" in text
        assert f"]({prefix}assets/seed-timeline.html)" in text
