"""Validators shared by the model classes (private)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final

from diplotimeline.errors import InvalidValueError

__all__ = ["check_id", "matches", "non_empty", "non_empty_strings", "strings"]

check_id: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:+\-]{0,199}")
"""The syntax of every id: ASCII letters, digits and ``._:+-``, 1 to 200 characters."""


def non_empty(_instance: object, attribute: Any, value: str) -> None:
    """Reject an empty or blank string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(
            f"{attribute.name} must be a non-empty string, got {value!r}", value=value
        )


def non_empty_strings(_instance: object, attribute: Any, value: tuple[str, ...]) -> None:
    """Reject a tuple holding an empty, blank or non-string item."""
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValueError(
                f"{attribute.name} must hold non-empty strings, got {item!r}", value=item
            )


def matches(pattern: re.Pattern[str], what: str) -> Callable[[Any, Any, Any], None]:
    """A validator that requires ``pattern`` to match the whole value."""

    def check(_instance: Any, attribute: Any, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, str) or pattern.fullmatch(value) is None:
            raise InvalidValueError(f"{attribute.name} must be {what}, got {value!r}", value=value)

    return check


def strings(values: Iterable[str]) -> tuple[str, ...]:
    """Convert any iterable of strings to a tuple (an attrs converter mypy can type)."""
    return tuple(values)
