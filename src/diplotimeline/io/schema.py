"""The JSON Schema of the ``diplotimeline/1`` format, derived from the model classes.

The packaged file ``data/schema/diplotimeline-1.schema.json`` is this module's output;
a test keeps the two in sync (rebuild with ``python scripts/build_schema.py``).
"""

from __future__ import annotations

import enum
import json
import types
import typing
from importlib import resources
from typing import Any, Final

import attrs

from diplotimeline.io.json import FORMAT
from diplotimeline.model import Actor, Event, Extraction
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

__all__ = ["SCHEMA_RESOURCE", "json_schema", "packaged_schema"]

SCHEMA_RESOURCE: Final = "data/schema/diplotimeline-1.schema.json"
"""Where the schema file lives inside the package."""

_DATE: Final = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_DATETIME: Final = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?(\[[A-Za-z0-9_+/\-]+\])?$"
_POINT: Final = (
    r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?(\[[A-Za-z0-9_+/\-]+\])?)?)?)?"
)
_SPAN: Final = rf"^({_POINT}|(\.\.|{_POINT})/(\.\.|{_POINT}))~?$"


class _Builder:
    def __init__(self) -> None:
        self.definitions: dict[str, Any] = {}

    def ref(self, cls: type[Any]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.definitions:
            self.definitions[name] = {}  # placeholder against recursion
            self.definitions[name] = self.build_class(cls)
        return {"$ref": f"#/$defs/{name}"}

    def build_class(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        kind = getattr(cls, "kind", None)
        if isinstance(kind, enum.Enum):
            properties["kind"] = {"const": kind.value}
            required.append("kind")
        for field in attrs.fields(cls):
            properties[field.name] = self.schema(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        doc = (cls.__doc__ or "").strip().splitlines()
        return {
            "type": "object",
            "description": doc[0] if doc else cls.__name__,
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def schema(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        if hint is str:
            return {"type": "string"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is type(None):
            return {"type": "null"}
        if hint is PartialDate:
            return {"type": "string", "pattern": _DATE}
        if hint is LocalDateTime:
            return {"type": "string", "pattern": _DATETIME}
        if hint is DateSpan:
            return {"type": "string", "pattern": _SPAN}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return {"enum": [member.value for member in hint]}
        if origin is tuple:
            item, *_ = typing.get_args(hint)
            return {"type": "array", "items": self.schema(item)}
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.schema(arg) for arg in typing.get_args(hint)]}
        if attrs.has(hint):
            return self.ref(hint)
        raise TypeError(f"no JSON Schema for {hint!r}")


def json_schema() -> dict[str, Any]:
    """Build the JSON Schema (draft 2020-12) of a ``diplotimeline/1`` JSON document.

    Examples:
        >>> schema = json_schema()
        >>> schema["properties"]["format"]
        {'const': 'diplotimeline/1'}
        >>> sorted(schema["$defs"])[:3]
        ['Agreement', 'Country', 'Document']
    """
    builder = _Builder()
    for union in (Actor, Event):
        for member in typing.get_args(union):
            builder.ref(member)
    extraction = builder.ref(Extraction)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://diplotimeline.invalid/schema/diplotimeline-1.schema.json",
        "title": "diplotimeline/1",
        "description": "Extractions of actors and events from diplomatic news.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "extractions": {"type": "array", "items": extraction},
        },
        "required": ["format", "extractions"],
        "additionalProperties": False,
        "$defs": dict(sorted(builder.definitions.items())),
    }


def packaged_schema() -> dict[str, Any]:
    """The schema file shipped in the package.

    Examples:
        >>> packaged_schema() == json_schema()
        True
    """
    text = resources.files("diplotimeline").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
