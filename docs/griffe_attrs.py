"""A griffe extension that gives attrs classes the ``__init__`` that attrs writes at run time.

attrs generates ``__init__`` when the class is created, so griffe's static analysis sees a
class without one and mkdocstrings shows its signature without parameters. This
extension, loaded by ``mkdocs.yml``, imports each class that griffe finds without an
``__init__``, and if it is an attrs class, adds an ``__init__`` whose parameters are its
``attrs.fields``: the init alias (``_x`` becomes ``x``), keyword-only where the field is,
the annotation as written in the source (so mkdocstrings links the types) and the
default. With ``merge_init_into_class``, the class heading then shows the real
constructor. It changes what the site shows, never the source.
"""

from __future__ import annotations

import ast
import enum
import importlib
from typing import Any

import attrs
import griffe

__all__ = ["AttrsInit", "default_text", "runtime_class"]


def runtime_class(cls: griffe.Class) -> type | None:
    """The class object that ``cls`` describes, or ``None`` if it cannot be imported.

    Examples:
        >>> module = griffe.Module("diplotimeline.time.partial")
        >>> runtime_class(griffe.Class("PartialDate", parent=module)).__name__
        'PartialDate'
        >>> runtime_class(griffe.Class("Nowhere", parent=module)) is None
        True
    """
    try:
        value: Any = importlib.import_module(cls.module.path)
    except ImportError:
        return None
    for part in cls.path.removeprefix(cls.module.path + ".").split("."):
        value = getattr(value, part, None)
    return value if isinstance(value, type) else None


def default_text(default: Any) -> str | None:
    """How a field's default reads in a signature; ``None`` for a required field.

    Examples:
        >>> default_text(attrs.NOTHING) is None
        True
        >>> default_text(attrs.Factory(list)), default_text(None), default_text(())
        ('list()', 'None', '()')
        >>> import enum
        >>> default_text(enum.Enum("Colour", "RED").RED)
        'Colour.RED'
    """
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory = default.factory
        return f"{getattr(factory, '__name__', 'factory')}()"
    if isinstance(default, enum.Enum):
        return f"{type(default).__name__}.{default.name}"
    return repr(default)


def _annotation(text: Any, cls: griffe.Class) -> str | griffe.Expr | None:
    if text is None:
        return None
    if not isinstance(text, str):
        text = getattr(text, "__name__", repr(text))
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return str(text)
    return griffe.safe_get_annotation(node, parent=cls) or str(text)


class AttrsInit(griffe.Extension):
    """Add the generated ``__init__`` of each attrs class (see the module docstring).

    Examples:
        >>> isinstance(AttrsInit(), griffe.Extension)
        True
    """

    def on_class(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        """Give ``cls`` an ``__init__`` built from its attrs fields, if it is an attrs class
        without a hand-written one."""
        if "__init__" in cls.members:
            return
        runtime = runtime_class(cls)
        if runtime is None or not attrs.has(runtime):
            return
        parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
        for field in attrs.fields(runtime):
            if not field.init:
                continue
            kind = (
                griffe.ParameterKind.keyword_only
                if field.kw_only
                else griffe.ParameterKind.positional_or_keyword
            )
            parameters.append(
                griffe.Parameter(
                    field.alias or field.name,
                    kind=kind,
                    annotation=_annotation(field.type, cls),
                    default=default_text(field.default),
                )
            )
        init = griffe.Function(
            "__init__",
            parameters=griffe.Parameters(*parameters),
            returns="None",
            lineno=cls.lineno,
            endlineno=cls.lineno,
        )
        cls.set_member("__init__", init)
