"""TimeML files: TIMEX3 annotations as offsets into the plain text of ``<TEXT>``.

TimeML (TimeBank, AQUAINT, the TempEval-3 corpora) marks temporal expressions inline:
``<TEXT>... <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> ...</TEXT>``.
`read_timeml` keeps the character content of ``<TEXT>`` with every tag removed (``EVENT``,
``SIGNAL`` and the like keep their text) and records each ``TIMEX3`` as a `Timex` with
offsets into that plain text. `write_timeml` is its exact inverse.

Safety: the parser is the standard library's expat, used directly. It never fetches an
external DTD or entity (the standard library does not, and parameter entity parsing is
off). This module also refuses every entity declaration and every reference to an
undeclared entity, so neither "billion laughs" expansion nor an external entity can
happen and no text is dropped silently, whatever the input. A document type declaration
without entities (``<!DOCTYPE TimeML SYSTEM "TimeML.dtd">``) is accepted and ignored.

Examples:
    >>> doc = read_timeml(
    ...     b'<TimeML><DOCID>d1</DOCID><TEXT>Talks resume on '
    ...     b'<TIMEX3 tid="t1" type="DATE" value="2001-03-05">Monday</TIMEX3>.</TEXT></TimeML>'
    ... )
    >>> doc.text
    'Talks resume on Monday.'
    >>> timex = doc.timexes[0]
    >>> (doc.text[timex.start : timex.end], timex.value)
    ('Monday', '2001-03-05')
    >>> read_timeml(write_timeml(doc)) == doc
    True
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.parsers import expat

import attrs

from diplotimeline.errors import (
    DecodeError,
    InputError,
    InvalidValueError,
    ISOFormatError,
    UsageError,
)
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

__all__ = [
    "TimeMLDocument",
    "Timex",
    "annotate_document",
    "document_from_timeml",
    "iter_timeml_dir",
    "read_timeml",
    "write_timeml",
]

_TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
_RESERVED_ATTRIBUTES = frozenset({"tid", "type", "value"})
# ASCII XML names, bounded; enough for every TimeML attribute (anchorTimeID, beginPoint ...).
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.:-]{0,99}")
# Characters that XML 1.0 cannot carry at all, not even as character references.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What a document id may not hold (see diplotimeline.model): runs become one hyphen.
_NOT_ID_CHARS = re.compile(r"[^A-Za-z0-9._:+-]+")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
# Whitespace in attribute values must be escaped, or the parser would turn it into spaces.
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def _to_pairs(items: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((name, value) for name, value in items)


def _to_timexes(items: Iterable[Timex]) -> tuple[Timex, ...]:
    return tuple(items)


@attrs.frozen
class Timex:
    """A TIMEX3 temporal expression, located by offsets into a document's plain text.

    Args:
        start: Offset of the first character in the plain text of ``<TEXT>``.
        end: Offset just past the last character (exclusive); ``end - start == len(text)``.
        text: The expression as it stands in the text.
        type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: The normalised TIMEX3 value, such as ``1998-08-07``, ``P1W`` or ``PAST_REF``.
        tid: The TIMEX3 id (``t3``), or ``""`` when there is none.
        attributes: The other TIMEX3 attributes (``temporalFunction``, ``anchorTimeID``,
            ``mod`` ...) as ``(name, value)`` pairs, in document order.

    Raises:
        InvalidValueError: For a negative start, an end before the start, a text whose
            length is not ``end - start``, an unknown type, or a bad, repeated or reserved
            attribute name.

    Examples:
        >>> Timex(12, 18, "Friday", "DATE", "1998-08-07", tid="t1").value
        '1998-08-07'
        >>> Timex(0, 4, "week", "WEEK", "P1W")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidValueError: TIMEX3 type must be one of DATE, ..., not 'WEEK'
    """

    start: int = attrs.field()
    end: int = attrs.field()
    text: str = attrs.field()
    type: str = attrs.field()
    value: str
    tid: str = attrs.field(default="", kw_only=True)
    attributes: tuple[tuple[str, str], ...] = attrs.field(
        default=(), kw_only=True, converter=_to_pairs
    )

    @start.validator
    def _check_start(self, _attribute: object, start: int) -> None:
        if start < 0:
            raise InvalidValueError(f"start must be at least 0, not {start}", value=start)

    @end.validator
    def _check_end(self, _attribute: object, end: int) -> None:
        if end < self.start:
            raise InvalidValueError(f"end {end} is before start {self.start}", value=end)

    @text.validator
    def _check_text(self, _attribute: object, text: str) -> None:
        if len(text) != self.end - self.start:
            raise InvalidValueError(
                f"text {text!r} has {len(text)} characters but the span "
                f"[{self.start}, {self.end}) has {self.end - self.start}",
                value=text,
            )

    @type.validator
    def _check_type(self, _attribute: object, type_: str) -> None:
        if type_ not in _TIMEX_TYPES:
            raise InvalidValueError(
                f"TIMEX3 type must be one of {', '.join(_TIMEX_TYPES)}, not {type_!r}",
                value=type_,
            )

    @attributes.validator
    def _check_attributes(self, _attribute: object, pairs: tuple[tuple[str, str], ...]) -> None:
        seen: set[str] = set()
        for name, _value in pairs:
            if name in _RESERVED_ATTRIBUTES or name in seen:
                raise InvalidValueError(f"attribute {name!r} is reserved or repeated", value=name)
            if not _ATTRIBUTE_NAME.fullmatch(name):
                raise InvalidValueError(
                    f"attribute name {name!r} is not a plain ASCII XML name", value=name
                )
            seen.add(name)


@attrs.frozen
class TimeMLDocument:
    """The temporal annotation of one TimeML document.

    Args:
        doc_id: The document id (the ``DOCID`` element), without surrounding whitespace.
        text: The plain text of ``<TEXT>``: its character content with all tags removed.
        dct: The ``value`` of the document creation time (the TIMEX3 whose
            ``functionInDocument`` is ``CREATION_TIME``, outside ``<TEXT>``), or None.
        timexes: The TIMEX3 elements inside ``<TEXT>``, in text order, not overlapping.

    Raises:
        InvalidValueError: For a doc_id with surrounding whitespace, or timexes that are
            out of order, overlap, fall outside the text or disagree with it.

    Examples:
        >>> doc = TimeMLDocument("d1", "Signed in May 1998.", "1998-06-01",
        ...                      [Timex(10, 18, "May 1998", "DATE", "1998-05")])
        >>> doc.timexes[0].text
        'May 1998'
    """

    doc_id: str = attrs.field()
    text: str
    dct: str | None
    timexes: tuple[Timex, ...] = attrs.field(converter=_to_timexes)

    @doc_id.validator
    def _check_doc_id(self, _attribute: object, doc_id: str) -> None:
        if doc_id != doc_id.strip():
            raise InvalidValueError(f"doc_id {doc_id!r} has surrounding whitespace", value=doc_id)

    @timexes.validator
    def _check_timexes(self, _attribute: object, timexes: tuple[Timex, ...]) -> None:
        previous_end = 0
        for timex in timexes:
            if timex.start < previous_end:
                raise InvalidValueError(
                    f"timex at [{timex.start}, {timex.end}) overlaps or precedes the one "
                    f"ending at {previous_end}",
                    value=timex,
                )
            if timex.end > len(self.text) or self.text[timex.start : timex.end] != timex.text:
                raise InvalidValueError(
                    f"timex {timex.text!r} does not match the text at [{timex.start}, {timex.end})",
                    value=timex,
                )
            previous_end = timex.end


@attrs.define
class _OpenTimex:
    start: int
    line: int
    path: str
    attributes: list[tuple[str, str]]


@attrs.define
class _Reader:
    """The state of one expat parse: the plain text of TEXT and the timexes in it."""

    source: str
    parser: expat.XMLParserType
    stack: list[str] = attrs.field(factory=list)
    pieces: list[str] = attrs.field(factory=list)
    offset: int = 0
    text_seen: bool = False
    in_text: bool = False
    open_timex: _OpenTimex | None = None
    spans: list[tuple[_OpenTimex, int]] = attrs.field(factory=list)
    doc_id_pieces: list[str] | None = None
    in_doc_id: bool = False
    dct: str | None = None

    def error(self, message: str) -> DecodeError:
        line = self.parser.CurrentLineNumber
        return DecodeError(
            f"{self.source}:{line}: {message}",
            path="/" + "/".join(self.stack),
            line=line,
            source=self.source,
        )

    def start_element(self, name: str, flat_attributes: list[str]) -> None:
        self.stack.append(name)
        pairs = list(zip(flat_attributes[::2], flat_attributes[1::2], strict=True))
        if name == "TEXT" and not self.in_text:
            if self.text_seen:
                raise self.error("more than one TEXT element")
            self.text_seen = self.in_text = True
        elif name == "TIMEX3" and self.in_text:
            if self.open_timex is not None:
                raise self.error("TIMEX3 inside TIMEX3")
            line, path = self.parser.CurrentLineNumber, "/" + "/".join(self.stack)
            self.open_timex = _OpenTimex(self.offset, line, path, pairs)
        elif name == "TIMEX3" and self.dct is None:
            found = dict(pairs)
            if "DCT" in self.stack or found.get("functionInDocument") == "CREATION_TIME":
                if "value" not in found:
                    raise self.error("the document creation time TIMEX3 has no value")
                self.dct = found["value"]
        elif name == "DOCID" and self.doc_id_pieces is None:
            self.doc_id_pieces = []
            self.in_doc_id = True

    def end_element(self, name: str) -> None:
        self.stack.pop()
        if name == "TEXT" and "TEXT" not in self.stack:
            self.in_text = False
        elif name == "TIMEX3" and self.open_timex is not None:
            self.spans.append((self.open_timex, self.offset))
            self.open_timex = None
        elif name == "DOCID":
            self.in_doc_id = False

    def character_data(self, data: str) -> None:
        if self.in_text:
            self.pieces.append(data)
            self.offset += len(data)
        elif self.in_doc_id and self.doc_id_pieces is not None:
            self.doc_id_pieces.append(data)

    def refuse_entities(self, *_args: object) -> None:
        raise self.error("entity declarations are not allowed")

    def refuse_external_entity(self, *_args: object) -> int:
        raise self.error("external entities are not allowed")

    def refuse_skipped_entity(self, name: str, _is_parameter_entity: bool) -> None:
        # With an external DTD subset, which is never read, expat would drop an
        # undeclared reference silently and the text would lose characters.
        raise self.error(f"entity &{name}; is not defined in the document")

    def timex(self, text: str, span: tuple[_OpenTimex, int]) -> Timex:
        opened, end = span
        start, line, pairs = opened.start, opened.line, opened.attributes
        found = dict(pairs)
        for required in ("type", "value"):
            if required not in found:
                raise DecodeError(
                    f"{self.source}:{line}: TIMEX3 has no {required} attribute",
                    path=opened.path,
                    line=line,
                    source=self.source,
                )
        try:
            return Timex(
                start,
                end,
                text[start:end],
                found["type"],
                found["value"],
                tid=found.get("tid", ""),
                attributes=[pair for pair in pairs if pair[0] not in _RESERVED_ATTRIBUTES],
            )
        except InvalidValueError as exc:
            raise DecodeError(
                f"{self.source}:{line}: {exc}",
                path=opened.path,
                line=line,
                source=self.source,
            ) from exc


def _parse(data: bytes, *, source: str, encoding: str | None, default_id: str) -> TimeMLDocument:
    parser = expat.ParserCreate(encoding)
    reader = _Reader(source, parser)
    parser.buffer_text = True
    parser.ordered_attributes = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = reader.start_element
    parser.EndElementHandler = reader.end_element
    parser.CharacterDataHandler = reader.character_data
    parser.EntityDeclHandler = reader.refuse_entities
    parser.UnparsedEntityDeclHandler = reader.refuse_entities
    parser.ExternalEntityRefHandler = reader.refuse_external_entity
    parser.SkippedEntityHandler = reader.refuse_skipped_entity
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise DecodeError(
            f"{source}:{exc.lineno}: not well-formed XML: {expat.ErrorString(exc.code)}",
            path="/" + "/".join(reader.stack),
            line=exc.lineno,
            source=source,
        ) from exc
    if not reader.text_seen:
        raise DecodeError(f"{source}: no TEXT element", path="/", source=source)
    text = "".join(reader.pieces)
    timexes = [reader.timex(text, span) for span in reader.spans]
    pieces = reader.doc_id_pieces
    doc_id = "".join(pieces).strip() if pieces is not None else default_id
    return TimeMLDocument(doc_id, text, reader.dct, timexes)


def read_timeml(source: str | os.PathLike[str] | bytes) -> TimeMLDocument:
    """Read a TimeML document: the plain text of ``<TEXT>``, its TIMEX3s and the DCT.

    The exact inverse of `write_timeml`. The text keeps every character inside
    ``<TEXT>`` (the newline after the opening tag included) and drops the tags; XML
    turns a literal CR LF into LF, as any XML reader must.

    Args:
        source: A path, or the markup itself: bytes, or a str that starts with ``<``
            (after leading whitespace). Bytes follow the XML declaration's encoding;
            a str is taken as already decoded.

    Returns:
        The document. Its id is the ``DOCID`` element's text, else the file's stem
        (markup without ``DOCID`` gets ``""``).

    Raises:
        InputError: The file cannot be read.
        DecodeError: The markup is not well-formed, has no ``TEXT``, nests TIMEX3,
            declares entities, or a TIMEX3 lacks or misuses ``type`` or ``value``; the
            message starts with ``file:line:`` and the error carries ``source`` and ``line``.

    Examples:
        >>> doc = read_timeml(
        ...     '<TimeML><DOCID>d2</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2003-02-11" '
        ...     'functionInDocument="CREATION_TIME">02/11/2003</TIMEX3></DCT><TEXT>\\n'
        ...     'Ministers <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" '
        ...     'value="2003-02-10">yesterday</TIMEX3>.\\n</TEXT></TimeML>'
        ... )
        >>> (doc.doc_id, doc.dct, doc.text)
        ('d2', '2003-02-11', '\\nMinisters met yesterday.\\n')
        >>> [(t.start, t.end, t.text, t.tid) for t in doc.timexes]
        [(15, 24, 'yesterday', 't1')]
        >>> read_timeml(b"<TimeML><TEXT>unclosed</TimeML>")
        Traceback (most recent call last):
        ...
        diplotimeline.errors.DecodeError: <markup>:1: not well-formed XML: mismatched tag
    """
    if isinstance(source, bytes):
        return _parse(source, source="<markup>", encoding=None, default_id="")
    if isinstance(source, str) and source.lstrip().startswith("<"):
        return _parse(source.encode("utf-8"), source="<markup>", encoding="UTF-8", default_id="")
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", source=str(path)) from exc
    return _parse(data, source=str(path), encoding=None, default_id=path.stem)


def _check_xml_chars(value: str, what: str) -> None:
    bad = _NOT_XML_CHAR.search(value)
    if bad is not None:
        raise UsageError(
            f"{what} holds U+{ord(bad.group()):04X} at offset {bad.start()}, "
            "which XML 1.0 cannot represent"
        )


def _escape_attribute(value: str) -> str:
    return value.translate(_ATTRIBUTE_ESCAPES)


def _start_tag(timex: Timex) -> str:
    pairs = [("type", timex.type), ("value", timex.value), *timex.attributes]
    if timex.tid:
        pairs.insert(0, ("tid", timex.tid))
    rendered = " ".join(f'{name}="{_escape_attribute(value)}"' for name, value in pairs)
    return f"<TIMEX3 {rendered}>"


def write_timeml(doc: TimeMLDocument) -> str:
    """Write a document as TimeML markup; the exact inverse of `read_timeml`.

    ``read_timeml(write_timeml(doc)) == doc`` holds for every document. Only the DCT's
    value is kept, in a ``TIMEX3`` of type ``DATE`` (``TIME`` when the value has a
    time). A carriage return is written as ``&#13;`` so that reading keeps it.

    Args:
        doc: The document.

    Returns:
        UTF-8 TimeML markup with an XML declaration.

    Raises:
        UsageError: A string holds a character XML 1.0 cannot carry (NUL, most C0
            controls, U+FFFE, U+FFFF, lone surrogates).

    Examples:
        >>> timex = Timex(7, 12, "5 May", "DATE", "XXXX-05-05")
        >>> doc = TimeMLDocument("d3", "Q&A on 5 May", None, [timex])
        >>> print(write_timeml(doc))
        <?xml version="1.0" encoding="UTF-8"?>
        <TimeML>
        <DOCID>d3</DOCID>
        <TEXT>Q&amp;A on <TIMEX3 type="DATE" value="XXXX-05-05">5 May</TIMEX3></TEXT>
        </TimeML>
        <BLANKLINE>
    """
    _check_xml_chars(doc.doc_id, "doc_id")
    _check_xml_chars(doc.text, "text")
    if doc.dct is not None:
        _check_xml_chars(doc.dct, "dct")
    for timex in doc.timexes:
        for name, value in [("tid", timex.tid), ("value", timex.value), *timex.attributes]:
            _check_xml_chars(value, f"attribute {name} of timex {timex.text!r}")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<TimeML>",
        f"<DOCID>{doc.doc_id.translate(_TEXT_ESCAPES)}</DOCID>",
    ]
    if doc.dct is not None:
        dct_type = "TIME" if "T" in doc.dct else "DATE"
        dct = _escape_attribute(doc.dct)
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="{dct_type}" value="{dct}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>'
        )
    parts: list[str] = ["<TEXT>"]
    position = 0
    for timex in doc.timexes:
        parts.append(doc.text[position : timex.start].translate(_TEXT_ESCAPES))
        parts.append(_start_tag(timex))
        parts.append(timex.text.translate(_TEXT_ESCAPES))
        parts.append("</TIMEX3>")
        position = timex.end
    parts.append(doc.text[position:].translate(_TEXT_ESCAPES))
    parts.append("</TEXT>")
    lines.append("".join(parts))
    lines.append("</TimeML>\n")
    return "\n".join(lines)


def iter_timeml_dir(path: str | os.PathLike[str]) -> Iterator[TimeMLDocument]:
    """Read every ``*.tml`` file under a folder and its subfolders, sorted by file name.

    Files whose name starts with a dot (such as macOS ``._x.tml`` forks) are skipped.
    Files with the same name in different folders come in the order of their paths.

    Args:
        path: The folder.

    Yields:
        One document per file, read with `read_timeml`.

    Raises:
        InputError: ``path`` is not a folder, or a file cannot be read.
        DecodeError: A file is not valid TimeML.

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     _ = Path(folder, "b.tml").write_text("<TimeML><TEXT>b</TEXT></TimeML>")
        ...     Path(folder, "sub").mkdir()
        ...     _ = Path(folder, "sub", "a.tml").write_text("<TimeML><TEXT>a</TEXT></TimeML>")
        ...     [doc.doc_id for doc in iter_timeml_dir(folder)]
        ['a', 'b']
    """
    root = Path(path)
    if not root.is_dir():
        raise InputError(f"{root} is not a folder", source=str(root))
    files = [
        file for file in root.rglob("*.tml") if file.is_file() and not file.name.startswith(".")
    ]
    files.sort(key=lambda file: (file.name, file.relative_to(root).parts))
    for file in files:
        yield read_timeml(file)


def annotate_document(document: Document) -> TimeMLDocument:
    """Tag a document's temporal expressions with the packaged rules, as TimeML.

    The tagging is what ``diplotimeline eval-timex`` scores (the ends of a range apart),
    anchored on the document's ``published`` date, which also becomes the DCT. A
    character that XML 1.0 cannot carry (NUL, most C0 controls) becomes U+FFFD, so
    offsets stay those of ``document.text`` and `write_timeml` accepts the result.

    Args:
        document: The document.

    Returns:
        Its text and TIMEX3 annotations; the id is the document's id.

    Examples:
        >>> doc = Document(id="w1", text="Talks resume next Monday.",
        ...                published=PartialDate(2031, 5, 2))
        >>> timeml = annotate_document(doc)
        >>> [(t.text, t.type, t.value) for t in timeml.timexes], timeml.dct
        ([('next Monday', 'DATE', '2031-05-05')], '2031-05-02')
        >>> read_timeml(write_timeml(timeml)) == timeml
        True
    """
    from diplotimeline.extract.temporal import tag_for_timeml

    text = _NOT_XML_CHAR.sub("\ufffd", document.text)
    timexes: list[Timex] = []
    previous_end = 0
    for number, mention in enumerate(tag_for_timeml(text, document.published), start=1):
        # TimeML does not nest or overlap TIMEX3; keep the first of overlapping mentions.
        if mention.start < previous_end or mention.start >= mention.end:
            continue
        timexes.append(
            Timex(
                mention.start,
                mention.end,
                text[mention.start : mention.end],
                mention.timex_type,
                _NOT_XML_CHAR.sub("\ufffd", mention.timex_value),
                tid=f"t{number}",
            )
        )
        previous_end = mention.end
    dct = document.published.format_iso() if document.published is not None else None
    return TimeMLDocument(document.id, text, dct, timexes)


def document_from_timeml(doc: TimeMLDocument, *, default_id: str = "document") -> Document:
    """The news document a TimeML document holds: its text, id and creation date.

    The inverse of `annotate_document` for the text, id and date (the annotations are
    dropped: extraction finds its own). A DOCID that is not a valid document id has
    each run of other characters replaced by ``-`` (``NYT 2001/07`` gives ``NYT-2001-07``);
    a DCT that is not a (partial) ISO date leaves ``published`` unknown.

    Args:
        doc: The TimeML document.
        default_id: The id when the DOCID is empty or has no letter or digit.

    Returns:
        The document.

    Examples:
        >>> tml = read_timeml(
        ...     '<TimeML><DOCID>NYT 2001/07</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
        ...     'value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3>'
        ...     '</DCT><TEXT>Ministers met yesterday.</TEXT></TimeML>'
        ... )
        >>> document = document_from_timeml(tml)
        >>> document.id, document.published, document.text
        ('NYT-2001-07', PartialDate('1989-11-02'), 'Ministers met yesterday.')
    """
    doc_id = _NOT_ID_CHARS.sub("-", doc.doc_id).strip(".:+-")[:200].strip(".:+-")
    published = None
    if doc.dct:
        try:
            published = PartialDate.parse_iso(doc.dct[:10])
        except (ISOFormatError, InvalidValueError):
            published = None
    return Document(id=doc_id or default_id, text=doc.text, published=published)
