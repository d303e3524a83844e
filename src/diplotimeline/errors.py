"""Every exception and warning that diplotimeline raises on purpose.

The hierarchy::

    DiplotimelineError(Exception)
    ├── InvalidValueError(ValueError)        a model value breaks an invariant
    │   ├── InvalidDateError                 Feb 30, month 13, end before start ...
    │   └── InvalidTimeZoneError             an unknown IANA zone or a bad offset
    ├── ParseError(ValueError)               text that should hold a value does not
    │   └── ISOFormatError                   not a partial ISO 8601 string
    ├── DecodeError(ValueError)              JSON / JSON Lines that do not fit the format
    ├── InputError(ValueError)               a file or document that cannot be read
    ├── RuleFileError(ValueError)            a rule or gazetteer file cannot be loaded
    └── UsageError(ValueError)               a public function called with bad arguments

    DiplotimelineWarning(UserWarning)

Every subclass also derives from the builtin exception it means, so callers may catch
either. Errors carry what they are about as attributes, not only as text.

Examples:
    >>> from diplotimeline.errors import DiplotimelineError, InvalidDateError
    >>> issubclass(InvalidDateError, ValueError)
    True
    >>> try:
    ...     raise InvalidDateError("day 30 is out of range for February 2025", value="2025-02-30")
    ... except DiplotimelineError as error:
    ...     print(error.value)
    2025-02-30
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "DiplotimelineError",
    "DiplotimelineWarning",
    "ISOFormatError",
    "InputError",
    "InvalidDateError",
    "InvalidTimeZoneError",
    "InvalidValueError",
    "ParseError",
    "RuleFileError",
    "UsageError",
]


class DiplotimelineError(Exception):
    """Base class: catch it to handle anything diplotimeline raises on purpose.

    Examples:
        >>> isinstance(UsageError("bad"), DiplotimelineError)
        True
    """


class InvalidValueError(DiplotimelineError, ValueError):
    """A model value breaks one of its invariants.

    Args:
        message: What was expected and what arrived.
        value: The offending value, as given.

    Examples:
        >>> InvalidValueError("name must not be empty", value="").value
        ''
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class InvalidDateError(InvalidValueError):
    """A date that does not exist (February 30), or a span whose end precedes its start.

    Examples:
        >>> str(InvalidDateError("month 13 is out of range", value=13))
        'month 13 is out of range'
    """


class InvalidTimeZoneError(InvalidValueError):
    """An unknown IANA time zone name or an impossible UTC offset.

    Examples:
        >>> InvalidTimeZoneError("unknown time zone 'Mars/Olympus'", value="Mars/Olympus").value
        'Mars/Olympus'
    """


class ParseError(DiplotimelineError, ValueError):
    """Text that should hold a value in a known form does not.

    Args:
        message: What was expected and what arrived.
        text: The text that failed to parse.
        position: Character offset of the problem in ``text``, where known.

    Examples:
        >>> ParseError("expected a digit", text="20x5", position=2).position
        2
    """

    def __init__(self, message: str, *, text: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.position = position


class ISOFormatError(ParseError):
    """A string that is not a (partial) ISO 8601 date or date-time.

    Examples:
        >>> ISOFormatError("not an ISO 8601 date", text="2025/04").text
        '2025/04'
    """


class DecodeError(DiplotimelineError, ValueError):
    """JSON or JSON Lines input that does not fit the expected format.

    Args:
        message: What was wrong.
        path: The field path of the bad value, such as ``$.events[3].when.start``.
        line: The 1-based line number (JSON Lines, or a JSON syntax error), where known.
        source: The file name, where known.

    Examples:
        >>> error = DecodeError("expected a string", path="$.events[0].name", line=4)
        >>> (error.path, error.line)
        ('$.events[0].name', 4)
    """

    def __init__(
        self,
        message: str,
        *,
        path: str = "$",
        line: int | None = None,
        source: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.source = source


class InputError(DiplotimelineError, ValueError):
    """A file or document that cannot be read: bad encoding, missing file, bad metadata.

    Args:
        message: What was wrong.
        source: The file name or document id.
        offset: The byte or character offset of the problem, where known.
        line: The 1-based line number, where known.

    Examples:
        >>> InputError("invalid UTF-8", source="a.txt", offset=17).offset
        17
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        offset: int | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.source = source
        self.offset = offset
        self.line = line


class RuleFileError(DiplotimelineError, ValueError):
    """A rule or gazetteer file cannot be loaded.

    Loaders collect every problem of a file and raise them together in an
    ``ExceptionGroup`` of ``RuleFileError``.

    Args:
        message: What was wrong.
        path: The file.
        line: The 1-based line, where known.
        rule_id: The rule concerned, where known.

    Examples:
        >>> RuleFileError("pattern matches the empty string", path="t.toml", rule_id="x").rule_id
        'x'
    """

    def __init__(
        self,
        message: str,
        *,
        path: str,
        line: int | None = None,
        rule_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.rule_id = rule_id


class UsageError(DiplotimelineError, ValueError):
    """A public function or command called with arguments it cannot use.

    Examples:
        >>> str(UsageError("workers must be at least 1"))
        'workers must be at least 1'
    """


class DiplotimelineWarning(UserWarning):
    """Base class of the warnings diplotimeline emits.

    Examples:
        >>> issubclass(DiplotimelineWarning, UserWarning)
        True
    """
