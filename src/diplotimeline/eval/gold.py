"""Gold annotation files (``"format": "diplotimeline-gold/1"``): typed records, reader and writer.

The records mirror the JSON format of ``shared/gold/README.md`` field for field; dates stay
partial ISO 8601 strings (``2025``, ``2025-04``, ``2025-04-28``, ``2024-07-26T10:00+07:00``).
The same format carries predictions, so that an extraction can be scored against the gold.

Examples:
    >>> corpus = read_gold('''{"format": "diplotimeline-gold/1", "documents": [
    ...   {"id": "d1", "file": "d1.txt", "published": "2031-05-02", "source": "Daily",
    ...    "actors": [{"id": "ke", "kind": "country", "name": "Kenya", "aliases": []}],
    ...    "events": []}]}''')
    >>> corpus.documents[0].actors[0].kind
    <GoldActorKind.COUNTRY: 'country'>
    >>> read_gold(dump_gold(corpus)) == corpus
    True
"""

from __future__ import annotations

import calendar
import enum
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import attrs

from diplotimeline.errors import DecodeError, InputError, InvalidDateError, InvalidValueError

__all__ = [
    "GoldActor",
    "GoldActorKind",
    "GoldCorpus",
    "GoldDocument",
    "GoldEvent",
    "GoldEventKind",
    "GoldStatus",
    "dump_gold",
    "is_partial_iso",
    "read_gold",
]

_FORMAT = "diplotimeline-gold/1"

# Optional groups nest, but no quantifier repeats another, so matching is linear.
_DATE_RE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<offset>Z|[+-]\d{2}:\d{2}))?)?)?"
)


class GoldActorKind(enum.StrEnum):
    """The kind of an actor in a gold file.

    Examples:
        >>> GoldActorKind("organization")
        <GoldActorKind.ORGANIZATION: 'organization'>
    """

    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"


class GoldEventKind(enum.StrEnum):
    """The kind of an event in a gold file.

    Examples:
        >>> [kind.value for kind in GoldEventKind]
        ['meeting', 'agreement', 'initiative']
    """

    MEETING = "meeting"
    AGREEMENT = "agreement"
    INITIATIVE = "initiative"


class GoldStatus(enum.StrEnum):
    """Whether an event occurred, is planned, or is only mentioned without a date of its own.

    Examples:
        >>> GoldStatus.PLANNED == "planned"
        True
    """

    OCCURRED = "occurred"
    PLANNED = "planned"
    MENTIONED = "mentioned"


def is_partial_iso(value: str) -> bool:
    """Tell whether ``value`` is a partial ISO 8601 date of the gold format.

    Accepted: a year, a year-month, a date, or a date with a local time (seconds optional)
    and a UTC offset or ``Z``. Months, days, hours and minutes must exist.

    Args:
        value: The text to check.

    Returns:
        True when the gold format accepts ``value`` as ``start``, ``end`` or ``published``.

    Examples:
        >>> [is_partial_iso(v) for v in ("2025", "2025-04", "2025-02-29", "2024-07-26T10:00+07:00")]
        [True, True, False, True]
    """
    match = _DATE_RE.fullmatch(value)
    if match is None:
        return False
    year = int(match["year"])
    if match["month"] is None:
        return year >= 1
    month = int(match["month"])
    if not 1 <= month <= 12:
        return False
    if match["day"] is None:
        return year >= 1
    if not 1 <= int(match["day"]) <= calendar.monthrange(year, month)[1] or year < 1:
        return False
    if match["hour"] is None:
        return True
    offset = match["offset"]
    offset_ok = offset == "Z" or (int(offset[1:3]) <= 14 and int(offset[4:6]) <= 59)
    second = match["second"]
    return (
        int(match["hour"]) <= 23
        and int(match["minute"]) <= 59
        and (second is None or int(second) <= 59)
        and offset_ok
    )


def _check_date(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not is_partial_iso(value):
        raise InvalidDateError(
            f"{attribute.name} must be a partial ISO 8601 date, got {value!r}", value=value
        )


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _actors(values: Iterable[GoldActor]) -> tuple[GoldActor, ...]:
    return tuple(values)


def _events(values: Iterable[GoldEvent]) -> tuple[GoldEvent, ...]:
    return tuple(values)


def _documents(values: Iterable[GoldDocument]) -> tuple[GoldDocument, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class GoldActor:
    """A person, country or organisation named in a document.

    Examples:
        >>> actor = GoldActor(id="ruto-william", kind=GoldActorKind.PERSON, name="William Ruto",
        ...                   aliases=["Ruto"], country="ke", roles=["President of Kenya"])
        >>> actor.aliases
        ('Ruto',)
    """

    id: str
    kind: GoldActorKind
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    country: str | None = None
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    optional: bool = False
    note: str | None = None


@attrs.frozen(kw_only=True)
class GoldEvent:
    """A meeting, agreement or initiative, with its dates as partial ISO strings.

    Examples:
        >>> event = GoldEvent(id="e1", kind=GoldEventKind.MEETING, form="summit",
        ...                   name="Nordic-African Summit", start="2031-05", end=None,
        ...                   status=GoldStatus.OCCURRED, evidence="held the summit in May",
        ...                   cluster="nordic-african-summit-2031")
        >>> (event.start, event.optional)
        ('2031-05', False)
    """

    id: str
    kind: GoldEventKind
    form: str
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    start: str | None = attrs.field(default=None, validator=_check_date)
    end: str | None = attrs.field(default=None, validator=_check_date)
    date_text: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    status: GoldStatus
    evidence: str
    cluster: str
    optional: bool = False
    note: str | None = None


@attrs.frozen(kw_only=True)
class GoldDocument:
    """One annotated article: its metadata, actors and events.

    Examples:
        >>> GoldDocument(id="d1", file="d1.txt", published="2031-05", source="Daily").events
        ()
    """

    id: str
    file: str
    published: str = attrs.field(validator=_check_date)
    published_basis: str | None = None
    source: str
    actors: tuple[GoldActor, ...] = attrs.field(default=(), converter=_actors)
    events: tuple[GoldEvent, ...] = attrs.field(default=(), converter=_events)
    note: str | None = None


@attrs.frozen(kw_only=True)
class GoldCorpus:
    """A whole gold (or prediction) file: the format tag, the file's notes and its documents.

    Examples:
        >>> GoldCorpus().format
        'diplotimeline-gold/1'
        >>> GoldCorpus(format="other/1")
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidValueError: format must be 'diplotimeline-gold/1', got 'other/1'
    """

    FORMAT: ClassVar[str] = _FORMAT

    format: str = attrs.field(default=_FORMAT)
    notes: str | None = None
    documents: tuple[GoldDocument, ...] = attrs.field(default=(), converter=_documents)

    @format.validator
    def _is_known_format(self, _attribute: object, value: str) -> None:
        if value != _FORMAT:
            raise InvalidValueError(f"format must be {_FORMAT!r}, got {value!r}", value=value)


# ---------------------------------------------------------------------------------------
# Reading

_TOP_KEYS = {"format": True, "notes": False, "documents": True}
_DOCUMENT_KEYS = {
    "id": True,
    "file": True,
    "published": True,
    "published_basis": False,
    "source": True,
    "note": False,
    "actors": True,
    "events": True,
}
_ACTOR_KEYS = {
    "id": True,
    "kind": True,
    "name": True,
    "aliases": True,
    "country": False,
    "roles": False,
    "optional": False,
    "note": False,
}
_EVENT_KEYS = {
    "id": True,
    "kind": True,
    "form": True,
    "name": True,
    "aliases": False,
    "start": True,
    "end": True,
    "date_text": True,
    "location": False,
    "participants": True,
    "status": True,
    "evidence": True,
    "cluster": True,
    "optional": False,
    "note": False,
}

_E = TypeVar("_E", bound=enum.StrEnum)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


class _Reader:
    """Walks decoded JSON, checking each value and naming its path in errors."""

    def __init__(self, source: str | None) -> None:
        self.source = source

    def fail(self, message: str, path: str) -> DecodeError:
        where = f"{self.source}: {path}" if self.source else path
        return DecodeError(f"{where}: {message}", path=path, source=self.source)

    def fields(self, raw: object, path: str, spec: Mapping[str, bool]) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(f"expected an object, got {_type_name(raw)}", path)
        for key in raw:
            if key not in spec:
                raise self.fail(f"unknown key {key!r}", f"{path}.{key}")
        for key, required in spec.items():
            if required and key not in raw:
                raise self.fail(f"missing required key {key!r}", f"{path}.{key}")
        return raw

    def string(
        self, obj: Mapping[str, Any], key: str, path: str, *, nullable: bool = False
    ) -> str | None:
        value = obj.get(key)
        where = f"{path}.{key}"
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            wanted = "a string or null" if nullable else "a string"
            raise self.fail(f"expected {wanted}, got {_type_name(value)}", where)
        return value

    def text(self, obj: Mapping[str, Any], key: str, path: str) -> str:
        value = self.string(obj, key, path)
        assert value is not None  # string() without nullable never returns None
        if not value.strip():
            raise self.fail("expected a non-empty string", f"{path}.{key}")
        return value

    def strings(self, obj: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = obj.get(key, [])
        where = f"{path}.{key}"
        if not isinstance(value, list):
            raise self.fail(f"expected an array of strings, got {_type_name(value)}", where)
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"expected a string, got {_type_name(item)}", f"{where}[{index}]")
        return tuple(value)

    def flag(self, obj: Mapping[str, Any], key: str, path: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"expected true or false, got {_type_name(value)}", f"{path}.{key}")
        return value

    def choice(self, obj: Mapping[str, Any], key: str, path: str, kind: type[_E]) -> _E:
        value = self.text(obj, key, path)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise self.fail(f"expected one of {allowed}, got {value!r}", f"{path}.{key}") from None

    def date(
        self, obj: Mapping[str, Any], key: str, path: str, *, nullable: bool = True
    ) -> str | None:
        value = self.string(obj, key, path, nullable=nullable)
        if value is not None and not is_partial_iso(value):
            raise self.fail(f"expected a partial ISO 8601 date, got {value!r}", f"{path}.{key}")
        return value

    def array(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key)
        if not isinstance(value, list):
            raise self.fail(f"expected an array, got {_type_name(value)}", f"{path}.{key}")
        return value

    def unique(self, ids: Iterable[str], path: str, what: str) -> None:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                raise self.fail(f"duplicate {what} id {item_id!r}", f"{path}[{index}].id")
            seen.add(item_id)

    def actor(self, raw: object, path: str) -> GoldActor:
        obj = self.fields(raw, path, _ACTOR_KEYS)
        return GoldActor(
            id=self.text(obj, "id", path),
            kind=self.choice(obj, "kind", path, GoldActorKind),
            name=self.text(obj, "name", path),
            aliases=self.strings(obj, "aliases", path),
            country=self.string(obj, "country", path, nullable=True),
            roles=self.strings(obj, "roles", path),
            optional=self.flag(obj, "optional", path),
            note=self.string(obj, "note", path, nullable=True),
        )

    def event(self, raw: object, path: str) -> GoldEvent:
        obj = self.fields(raw, path, _EVENT_KEYS)
        return GoldEvent(
            id=self.text(obj, "id", path),
            kind=self.choice(obj, "kind", path, GoldEventKind),
            form=self.text(obj, "form", path),
            name=self.text(obj, "name", path),
            aliases=self.strings(obj, "aliases", path),
            start=self.date(obj, "start", path),
            end=self.date(obj, "end", path),
            date_text=self.string(obj, "date_text", path, nullable=True),
            location=self.string(obj, "location", path, nullable=True),
            participants=self.strings(obj, "participants", path),
            status=self.choice(obj, "status", path, GoldStatus),
            evidence=self.text(obj, "evidence", path),
            cluster=self.text(obj, "cluster", path),
            optional=self.flag(obj, "optional", path),
            note=self.string(obj, "note", path, nullable=True),
        )

    def document(self, raw: object, path: str) -> GoldDocument:
        obj = self.fields(raw, path, _DOCUMENT_KEYS)
        document_id = self.text(obj, "id", path)
        file = self.text(obj, "file", path)
        published = self.date(obj, "published", path, nullable=False)
        assert published is not None  # date() without nullable never returns None
        published_basis = self.string(obj, "published_basis", path, nullable=True)
        source = self.text(obj, "source", path)
        note = self.string(obj, "note", path, nullable=True)
        actors = [
            self.actor(item, f"{path}.actors[{index}]")
            for index, item in enumerate(self.array(obj, "actors", path))
        ]
        self.unique((actor.id for actor in actors), f"{path}.actors", "actor")
        events = [
            self.event(item, f"{path}.events[{index}]")
            for index, item in enumerate(self.array(obj, "events", path))
        ]
        self.unique((event.id for event in events), f"{path}.events", "event")
        return GoldDocument(
            id=document_id,
            file=file,
            published=published,
            published_basis=published_basis,
            source=source,
            actors=actors,
            events=events,
            note=note,
        )

    def corpus(self, raw: object) -> GoldCorpus:
        obj = self.fields(raw, "$", _TOP_KEYS)
        tag = self.string(obj, "format", "$")
        if tag != _FORMAT:
            raise self.fail(f"expected {_FORMAT!r}, got {tag!r}", "$.format")
        notes = self.string(obj, "notes", "$", nullable=True)
        documents = [
            self.document(item, f"$.documents[{index}]")
            for index, item in enumerate(self.array(obj, "documents", "$"))
        ]
        self.unique((document.id for document in documents), "$.documents", "document")
        return GoldCorpus(notes=notes, documents=documents)


def _load_text(source: str | os.PathLike[str]) -> tuple[str, str | None]:
    if isinstance(source, str) and source.lstrip().startswith(("{", "[")):
        return source, None
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: invalid UTF-8", source=str(path), offset=exc.start) from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}", source=str(path)) from exc


def read_gold(source: str | os.PathLike[str]) -> GoldCorpus:
    """Read a ``diplotimeline-gold/1`` file, or its text; the inverse of :func:`dump_gold`.

    A string that starts (after white space) with ``{`` or ``[`` is JSON text; any other string
    or path-like value names a UTF-8 file. Unknown keys are errors, as are missing required
    keys, values of the wrong type, unknown kinds or statuses, malformed partial ISO dates and
    duplicate ids (documents in the file; actors and events in a document).

    Args:
        source: A path to a gold file, or the JSON text itself.

    Returns:
        The corpus, its lists as tuples.

    Raises:
        DecodeError: The text is not JSON (``line`` is set) or does not fit the format
            (``path`` names the value, such as ``$.documents[2].events[5].start``).
        InputError: The file cannot be read or is not UTF-8.

    Examples:
        >>> read_gold('{"format": "diplotimeline-gold/1", "documents": []}').documents
        ()
        >>> read_gold('{"format": "diplotimeline-gold/1", "documents": [], "extra": 1}')
        Traceback (most recent call last):
        ...
        diplotimeline.errors.DecodeError: $.extra: unknown key 'extra'
    """
    text, name = _load_text(source)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"{name}: " if name else ""
        raise DecodeError(
            f"{where}invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            line=exc.lineno,
            source=name,
        ) from exc
    return _Reader(name).corpus(raw)


# ---------------------------------------------------------------------------------------
# Writing


def _actor_dict(actor: GoldActor) -> dict[str, object]:
    out: dict[str, object] = {
        "id": actor.id,
        "kind": actor.kind.value,
        "name": actor.name,
        "aliases": list(actor.aliases),
    }
    if actor.country is not None:
        out["country"] = actor.country
    if actor.roles:
        out["roles"] = list(actor.roles)
    if actor.optional:
        out["optional"] = True
    if actor.note is not None:
        out["note"] = actor.note
    return out


def _event_dict(event: GoldEvent) -> dict[str, object]:
    out: dict[str, object] = {
        "id": event.id,
        "kind": event.kind.value,
        "form": event.form,
        "name": event.name,
    }
    if event.aliases:
        out["aliases"] = list(event.aliases)
    out |= {
        "start": event.start,
        "end": event.end,
        "date_text": event.date_text,
        "location": event.location,
        "participants": list(event.participants),
        "status": event.status.value,
        "evidence": event.evidence,
        "cluster": event.cluster,
    }
    if event.optional:
        out["optional"] = True
    if event.note is not None:
        out["note"] = event.note
    return out


def _document_dict(document: GoldDocument) -> dict[str, object]:
    out: dict[str, object] = {
        "id": document.id,
        "file": document.file,
        "published": document.published,
    }
    if document.published_basis is not None:
        out["published_basis"] = document.published_basis
    out["source"] = document.source
    if document.note is not None:
        out["note"] = document.note
    out["actors"] = [_actor_dict(actor) for actor in document.actors]
    out["events"] = [_event_dict(event) for event in document.events]
    return out


def _corpus_dict(corpus: GoldCorpus) -> dict[str, object]:
    out: dict[str, object] = {"format": corpus.format}
    if corpus.notes is not None:
        out["notes"] = corpus.notes
    out["documents"] = [_document_dict(document) for document in corpus.documents]
    return out


def dump_gold(corpus: GoldCorpus) -> str:
    """Write a corpus as ``diplotimeline-gold/1`` JSON text; the inverse of :func:`read_gold`.

    Keys come in the format's order, indented by two spaces, non-ASCII text kept as is, and
    the text ends with a newline. Empty optional fields (``optional`` false, no ``note``, no
    event ``aliases``, a non-person's ``country`` and ``roles``) are left out.

    Args:
        corpus: The corpus to write.

    Returns:
        The JSON text; ``read_gold(dump_gold(corpus)) == corpus``.

    Examples:
        >>> print(dump_gold(GoldCorpus(notes="Việt Nam sample")), end="")
        {
          "format": "diplotimeline-gold/1",
          "notes": "Việt Nam sample",
          "documents": []
        }
    """
    return json.dumps(_corpus_dict(corpus), indent=2, ensure_ascii=False) + "\n"
