"""The one cattrs converter that turns model values into JSON-ready data and back."""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence, list_structure_factory
from cattrs.preconf.json import make_converter as make_json_converter
from cattrs.strategies import configure_tagged_union

from diplotimeline.errors import DecodeError, DiplotimelineError
from diplotimeline.model import Actor, Event
from diplotimeline.time import DateSpan, LocalDateTime, PartialDate

__all__ = ["default_converter", "make_converter", "structure", "unstructure"]

T = TypeVar("T")


def _strict(kind: type[T]) -> Callable[[Any, Any], T]:
    """A structure hook that accepts only values of exactly ``kind`` (no str(3) == "3")."""

    def hook(value: Any, _type: Any) -> T:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value

    return hook


def _structure_enum(value: Any, hint: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError(f"expected one of {[member.value for member in hint]}, got {value!r}")
    return hint(value)


def _tag(cls: type[Any]) -> str:
    return str(cls.kind.value)


def _json_name(value: Any) -> str:
    """What a JSON reader calls the type of ``value``: object, array, string ..."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number" if isinstance(value, int | float) else "value")


def _needs(kind: type[Any], what: str, hook: Callable[[Any, Any], T]) -> Callable[[Any, Any], T]:
    """Wrap ``hook`` so that it refuses any value that is not exactly a ``kind``.

    cattrs iterates whatever it is given: without this check ``"actors": {}`` becomes an
    empty tuple, ``"aliases": "ab"`` becomes ``("a", "b")``, and a list where an object
    belongs escapes as an AttributeError.
    """

    def checked(value: Any, hint: Any) -> T:
        if type(value) is not kind:
            raise TypeError(f"expected {what}, got {_describe_value(value)}")
        return hook(value, hint)

    return checked


def _describe_value(value: Any) -> str:
    """``string "ab"``, ``array []``, ``null``: a JSON value's type and a short excerpt."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return f"{_json_name(value)} {text if len(text) <= 40 else text[:37] + '...'}"


def _sequence_hook(hint: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Structure ``tuple[X, ...]`` and ``list[X]`` from JSON arrays only."""
    origin = getattr(hint, "__origin__", hint)
    factory = homogenous_tuple_structure_factory if origin is tuple else list_structure_factory
    return _needs(list, "an array", factory(hint, converter))


def _object_hook(cls: type[Any], converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """Structure an attrs class from JSON objects only."""
    return _needs(dict, "an object", converter.gen_structure_attrs_fromdict(cls))


def _is_model_class(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint)


def make_converter() -> cattrs.Converter:
    """Make a converter for every model type.

    Time values travel as ISO 8601 strings, actors and events as unions tagged by
    ``kind``; unknown keys are errors, and strings, integers and booleans are never
    coerced from one another.

    Examples:
        >>> from diplotimeline.model import Country
        >>> make_converter().unstructure(Country(id="pe", name="Peru"), Actor)["kind"]
        'country'
    """
    converter = make_json_converter(forbid_extra_keys=True)
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _strict(kind))
    # The str hook above would also catch StrEnum types; enums get their own hook.
    converter.register_structure_hook(enum.StrEnum, _structure_enum)
    converter.register_structure_hook(enum.IntEnum, _structure_enum)
    converter.register_unstructure_hook(enum.Enum, lambda member: member.value)
    converter.register_unstructure_hook(PartialDate, PartialDate.format_iso)
    converter.register_structure_hook(PartialDate, lambda raw, _: PartialDate.parse_iso(raw))
    converter.register_unstructure_hook(LocalDateTime, LocalDateTime.format_iso)
    converter.register_structure_hook(LocalDateTime, lambda raw, _: LocalDateTime.parse_iso(raw))
    converter.register_unstructure_hook(DateSpan, DateSpan.format_iso)
    converter.register_structure_hook(DateSpan, lambda raw, _: DateSpan.parse_iso(raw))
    converter.register_structure_hook_factory(_is_model_class, _object_hook)
    converter.register_structure_hook_factory(is_sequence, _sequence_hook)
    for union in (Actor, Event):
        configure_tagged_union(union, converter, tag_generator=_tag, tag_name="kind")
        tagged = converter.get_structure_hook(union)
        converter.register_structure_hook(union, _needs(dict, "an object", tagged))
    return converter


@functools.cache
def default_converter() -> cattrs.Converter:
    """The shared converter, made on first use.

    Examples:
        >>> default_converter() is default_converter()
        True
    """
    return make_converter()


def _describe(exc: BaseException, _type: Any) -> str:
    if isinstance(exc, DiplotimelineError | TypeError):
        return str(exc)
    if isinstance(exc, KeyError):
        return f"required field missing: {exc}"
    return cattrs.v.format_exception(exc, _type)


def unstructure(value: Any, as_type: Any = None) -> Any:
    """Turn a model value into JSON-ready data (dicts, lists, strings, numbers).

    Examples:
        >>> unstructure(DateSpan.parse_iso("2025-04-27/2025-04-29"))
        '2025-04-27/2025-04-29'
    """
    converter = default_converter()
    if as_type is None:
        return converter.unstructure(value)
    return converter.unstructure(value, as_type)


def structure(data: Any, as_type: type[T] | Any, *, path: str = "$") -> T:
    """Build a model value of ``as_type`` from JSON-ready data.

    Raises:
        DecodeError: With ``path`` set to the JSON path of the first bad field.

    Examples:
        >>> from diplotimeline.model import Evidence
        >>> structure({"document": "d1", "start": 0, "end": 3, "quote": "abc"}, Evidence).quote
        'abc'
        >>> structure({"document": "d1", "start": "0", "end": 3, "quote": "abc"}, Evidence)
        Traceback (most recent call last):
        ...
        diplotimeline.errors.DecodeError: expected int, got str '0' at $.start
    """
    try:
        return default_converter().structure(data, as_type)  # type: ignore[no-any-return]
    except (cattrs.BaseValidationError, DiplotimelineError, TypeError, ValueError) as exc:
        messages = cattrs.transform_error(exc, path=path, format_exception=_describe)
        first = messages[0] if messages else f"{type(exc).__name__}: {exc} @ {path}"
        message, _, where = first.rpartition(" @ ")
        if not message:
            message, where = first, path
        raise DecodeError(f"{message} at {where}", path=where) from exc
