"""The public API: every name in every __all__ exists, is documented, has one home; every
attrs class is frozen and slotted; importing the package stays fast and lazy."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import types

import attrs
import pytest

import diplotimeline

PUBLIC_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(diplotimeline.__path__, "diplotimeline.")
    if not any(part.startswith("_") for part in info.name.split("."))
)


def _isort_key(name: str) -> tuple[int, str]:
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def _module(name: str) -> types.ModuleType:
    return importlib.import_module(name)


@pytest.mark.parametrize("name", ["diplotimeline", *PUBLIC_MODULES])
class TestModules:
    def test_has_sorted_all(self, name: str) -> None:
        """Every public module has an __all__, sorted as ruff's RUF022 sorts it."""
        module = _module(name)
        if name.endswith("__main__"):
            pytest.skip("entry point")
        names = getattr(module, "__all__", None)
        assert names is not None, f"{name} has no __all__"
        assert sorted(names, key=_isort_key) == list(names)

    def test_names_exist_and_are_documented(self, name: str) -> None:
        """Every exported name exists and has a docstring."""
        module = _module(name)
        assert module.__doc__, f"{name} has no module docstring"
        for exported in getattr(module, "__all__", ()):
            value = getattr(module, exported)
            if inspect.isclass(value) or inspect.isfunction(value):
                assert value.__doc__, f"{name}.{exported} has no docstring"


def _attrs_classes() -> list[type]:
    found: dict[str, type] = {}
    for name in ["diplotimeline", *PUBLIC_MODULES]:
        module = _module(name)
        for exported in getattr(module, "__all__", ()):
            value = getattr(module, exported)
            if inspect.isclass(value) and attrs.has(value):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


@pytest.mark.parametrize("cls", _attrs_classes(), ids=lambda cls: cls.__qualname__)
def test_attrs_classes_are_frozen_and_slotted(cls: type) -> None:
    """Every public attrs class is frozen and slotted."""
    assert "__slots__" in cls.__dict__, f"{cls.__qualname__} is not slotted"
    instance_setattr = cls.__setattr__
    assert instance_setattr is not object.__setattr__, f"{cls.__qualname__} is not frozen"
    assert attrs.fields(cls) is not None


def test_import_is_lazy() -> None:
    """Importing the package loads neither pendulum nor cattrs."""
    code = (
        "import sys, diplotimeline; "
        "print(sorted(m for m in ('pendulum', 'cattrs') if m in sys.modules))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert output.strip() == "[]"
