"""Rebuild docs/reference/<module>.md and the Reference section of mkdocs.yml from the code.

One page per public module (a module with an ``__all__`` and no ``_``-prefixed part). A
name exported by an ancestor package as the same object is documented on that package's
page only, so each name has one home; a module whose names all live on its package's page
still gets a page that points there.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import types
from pathlib import Path

import diplotimeline

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "docs" / "reference"
GROUPS = ("time", "model", "io", "extract", "timeline", "eval")


def public_modules() -> list[str]:
    names = ["diplotimeline"]
    for info in pkgutil.walk_packages(diplotimeline.__path__, "diplotimeline."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts):
            continue
        module = importlib.import_module(info.name)
        if hasattr(module, "__all__"):
            names.append(info.name)
    return sorted(names)


def shared_names(name: str) -> set[str]:
    """Names of ``name`` that an ancestor package (not the top level) exports as well."""
    module = importlib.import_module(name)
    parts = name.split(".")
    shared: set[str] = set()
    for depth in range(2, len(parts)):
        parent = importlib.import_module(".".join(parts[:depth]))
        for exported in getattr(parent, "__all__", ()):
            if exported in module.__all__ and getattr(parent, exported) is getattr(
                module, exported, None
            ):
                shared.add(exported)
    return shared


def home(item: str) -> str:
    """The shallowest public module below the top level that exports ``item``."""
    value = getattr(diplotimeline, item)
    candidates = []
    for name in public_modules():
        if name == "diplotimeline":
            continue
        module = importlib.import_module(name)
        if item in module.__all__ and getattr(module, item, None) is value:
            candidates.append(name)
    return min(candidates, key=lambda name: (name.count("."), name))


def summary(value: object) -> str:
    if isinstance(value, types.UnionType):
        return "Any of " + ", ".join(f"`{arg.__name__}`" for arg in value.__args__) + "."
    doc = (getattr(value, "__doc__", None) or "").strip().splitlines()
    return doc[0].replace("|", "\\|") if doc else ""


def page(name: str) -> str:
    module = importlib.import_module(name)
    short = name.removeprefix("diplotimeline.") if name != "diplotimeline" else name
    title = f"# `{name}`\n\n"
    exported = list(module.__all__)
    if name == "diplotimeline":
        rows = "".join(
            f"| [`{item}`][{home(item)}.{item}] | {summary(getattr(module, item))} |\n"
            for item in exported
        )
        return title + (
            "The package re-exports the everyday names; each is documented on the page of "
            "the module it comes from.\n\n| name | what it is |\n| --- | --- |\n"
            + rows
            + "\n::: diplotimeline\n    options:\n      members: false\n"
        )
    shared = shared_names(name)
    own = [item for item in exported if item not in shared]
    if not shared:
        return title + f"::: {name}\n"
    parent = ".".join(name.split(".")[:2])
    parent_page = parent.removeprefix("diplotimeline.")
    note = (
        f"The names this module shares with [`{parent}`]({parent_page}.md) "
        "are documented there.\n\n"
    )
    if not own:
        return title + note + f"::: {name}\n    options:\n      members: false\n"
    members = "".join(f"        - {item}\n" for item in own)
    del short
    return title + note + f"::: {name}\n    options:\n      members:\n{members}"


def nav(modules: list[str]) -> str:
    lines = ["  - Reference:", "      - reference/index.md"]
    lines.append("      - diplotimeline: reference/diplotimeline.md")
    rest = [name.removeprefix("diplotimeline.") for name in modules if name != "diplotimeline"]
    singles = [name for name in rest if name.split(".")[0] not in GROUPS]
    for group in GROUPS:
        members = [name for name in rest if name.split(".")[0] == group]
        if not members:
            continue
        lines.append(f"      - {group}:")
        lines.extend(f"          - {name}: reference/{name}.md" for name in members)
    lines.extend(f"      - {name}: reference/{name}.md" for name in singles)
    return "\n".join(lines) + "\n"


def main() -> None:
    modules = public_modules()
    keep = {"index.md"}
    for name in modules:
        file = (
            "diplotimeline.md"
            if name == "diplotimeline"
            else (name.removeprefix("diplotimeline.") + ".md")
        )
        keep.add(file)
        (REFERENCE / file).write_text(page(name), "utf-8")
    for stale in REFERENCE.glob("*.md"):
        if stale.name not in keep:
            stale.unlink()
    config = ROOT / "mkdocs.yml"
    text = config.read_text("utf-8")
    start = text.index("  - Reference:\n")
    end = text.index("  - Explanation:\n")
    config.write_text(text[:start] + nav(modules) + text[end:], "utf-8")
    print(f"wrote {len(modules)} reference pages", file=sys.stderr)


if __name__ == "__main__":
    main()
