"""The one cattrs converter that turns model values into JSON-ready data and back."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from typing import Any, TypeVar

import cattrs
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
    configure_tagged_union(Actor, converter, tag_generator=_tag, tag_name="kind")
    configure_tagged_union(Event, converter, tag_generator=_tag, tag_name="kind")
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
