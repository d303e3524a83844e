"""Decoding and normalising input text: bytes or markup in, the text a Document stores.

Everything an article goes through before extraction happens here, in this order:

1. :func:`decode_bytes`: UTF-8 (a UTF-8, UTF-16 or UTF-32 byte-order mark is honoured and
   dropped). Invalid UTF-8 raises :class:`~diplotimeline.errors.InputError` naming the
   source and the byte offset, or is decoded with U+FFFD when ``errors="replace"``.
2. :func:`html_to_text`, when the input is HTML (:func:`is_html`): the stdlib
   :class:`html.parser.HTMLParser` turns markup into plain text (no ``eval``, no XML
   parser, no entity expansion beyond HTML's own character references).
3. :func:`normalize_text`: a leading BOM is dropped; CRLF becomes LF; a lone CR, vertical
   tab, form feed, NEL, U+2028 and U+2029 become LF; NUL and every other C0 or C1 control
   character (and DEL) becomes a space; a lone surrogate becomes U+FFFD.

Offsets: every offset the library reports (evidence spans, temporal mentions) is a
character offset into the *normalised* text, which is what ``Document.text`` stores. Step 3
keeps the length of the text except where it drops the BOM or joins a CRLF pair into one
LF, so offsets into the normalised text are not offsets into the raw file; no map back to
raw bytes is kept. Normalising twice changes nothing.

Examples:
    >>> normalize_text("\\ufeffTalks\\r\\nbegan.\\x00Done.\\rEnd")
    'Talks\\nbegan. Done.\\nEnd'
    >>> text_from_bytes(b"<p>Talks&nbsp;began.</p><script>x()</script><p>Ended.</p>")
    'Talks began.\\n\\nEnded.'
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from typing import Final, Literal

from diplotimeline.errors import InputError, UsageError

__all__ = [
    "DecodeErrors",
    "decode_bytes",
    "html_to_text",
    "is_html",
    "normalize_text",
    "text_from_bytes",
]

DecodeErrors = Literal["strict", "replace"]
"""How invalid UTF-8 is handled: ``"strict"`` raises, ``"replace"`` decodes it as U+FFFD."""

# Longest first, so that a UTF-32-LE mark (FF FE 00 00) is not read as UTF-16-LE (FF FE).
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Single characters only, so that the replacements keep every offset.
_LINE_BREAKS: Final = re.compile("[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATES: Final = re.compile("[\ud800-\udfff]")
_ANY_ODD: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

# What makes a text HTML: it opens with a doctype, an <html> tag or an XML declaration, or
# it opens with a tag and closes a common HTML element somewhere in its head.
_HTML_START: Final = re.compile(r"\s{0,1000}<(?:!doctype\s+html|html[\s>]|\?xml\s)", re.IGNORECASE)
_HTML_CLOSE: Final = re.compile(
    r"</(?:a|article|b|body|div|em|h[1-6]|head|html|i|li|main|ol|p|section|span|strong"
    r"|table|td|title|tr|ul)\s{0,20}>",
    re.IGNORECASE,
)
_SNIFF_CHARS: Final = 100_000

# Elements whose content is not text a reader sees.
_SKIPPED: Final = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"}
)
# Elements that begin a paragraph (a blank line) or a new line.
_PARAGRAPHS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "title", "ul",
    }
)  # fmt: skip
_LINES: Final = frozenset(
    {"body", "br", "caption", "div", "head", "html", "li", "option", "tbody", "tfoot", "thead",
     "tr"}
)  # fmt: skip
_CELLS: Final = frozenset({"td", "th"})
_HTML_SPACE: Final = re.compile(r"[ \t\n\r\f\u00a0]+")
# While parsing, a paragraph break is written as U+001D and a line break as U+001C: control
# characters, so data never holds one (its controls are replaced first). Only <pre> data
# keeps its own LFs.
_PARAGRAPH: Final = "\x1d"
_LINE: Final = "\x1c"
_BREAKS: Final = re.compile("[ \t]*[\n\x1c\x1d][\n\x1c\x1d \t]*")
# A start or end tag: a name, then attributes (quoted values may hold ">"), bounded, with
# no "<" anywhere (a longer or broken "tag" is read as text). The three alternatives of the
# repeat start with different characters, so the match never backtracks far.
_TAG_OPEN: Final = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:_-]{0,63})"
    r"(?P<rest>(?:[\s/](?:[^<>\"']|\"[^\"<]{0,2000}\"|'[^'<]{0,2000}'){0,500})?)>"
)


def decode_bytes(data: bytes, *, source: str | None = None, errors: DecodeErrors = "strict") -> str:
    """Decode UTF-8 bytes (or UTF-16/32 with a byte-order mark), dropping the mark.

    Args:
        data: The raw bytes.
        source: The file name or document id, for the error message.
        errors: ``"strict"`` to raise on invalid bytes, ``"replace"`` to decode them as U+FFFD.

    Returns:
        The decoded text (not yet normalised).

    Raises:
        InputError: The bytes are not valid in their encoding (``offset`` is the byte
            offset of the first bad byte in ``data``), with ``errors="strict"``.
        UsageError: ``errors`` is neither ``"strict"`` nor ``"replace"``.

    Examples:
        >>> decode_bytes(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9")
        'Café'
        >>> decode_bytes(b"Caf\\xe9", errors="replace")
        'Caf�'
        >>> decode_bytes(b"Caf\\xe9 au lait", source="a.txt")
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InputError: a.txt is not valid UTF-8: invalid continuation byte at ...
    """
    if errors not in ("strict", "replace"):
        raise UsageError(f"errors must be 'strict' or 'replace', got {errors!r}")
    encoding, skip = "utf-8", 0
    for mark, name in _BOMS:
        if data.startswith(mark):
            encoding, skip = name, len(mark)
            break
    try:
        return str(data[skip:], encoding, errors)
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        label = "UTF-8" if encoding == "utf-8" else encoding.upper()
        raise InputError(
            f"{source or 'input'} is not valid {label}: {exc.reason} at byte {offset}",
            source=source,
            offset=offset,
        ) from None


def normalize_text(text: str) -> str:
    """The text with one kind of line break and no control characters.

    A leading BOM is dropped and CRLF becomes LF (the only two changes of length); lone
    CR, VT, FF, NEL, U+2028 and U+2029 become LF; other C0/C1 controls, DEL and NUL become
    a space; lone surrogates become U+FFFD. Tabs stay. The result is a fixed point.

    Examples:
        >>> normalize_text("a\\r\\nb\\rc\\x0cd")
        'a\\nb\\nc\\nd'
        >>> normalize_text("N\\x00U\\x1bL\\x9fL\\tX")
        'N U L L\\tX'
    """
    text = text.removeprefix("\ufeff")
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    if _ANY_ODD.search(text) is None:
        return text
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub(" ", text)
    return _SURROGATES.sub("\ufffd", text)


def is_html(text: str) -> bool:
    """Whether ``text`` looks like an HTML page or fragment rather than plain text.

    It must open (after white space) with a doctype, ``<html>``, an XML declaration, or a
    tag followed, within its first 100,000 characters, by the closing tag of a common
    element. Plain text that merely mentions ``<b>`` somewhere inside is left alone.

    Examples:
        >>> is_html("<!DOCTYPE html><title>x</title>")
        True
        >>> is_html("<p>Talks began.</p>")
        True
        >>> is_html("Talks on <b>trade</b> began.")
        False
    """
    if _HTML_START.match(text):
        return True
    stripped = text.lstrip()
    if not stripped.startswith("<"):
        return False
    return _HTML_CLOSE.search(stripped, 0, _SNIFF_CHARS) is not None


class _TextParser(HTMLParser):
    """Collects the visible text of a page, with block elements as line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "pre":
            self.preformatted += 1
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        if tag != "br":
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        data = _CONTROLS.sub(" ", data)
        if self.preformatted:
            self.parts.append(data.replace("\r\n", "\n").replace("\u00a0", " "))
        else:
            self.parts.append(_HTML_SPACE.sub(" ", data))

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPHS:
            self.parts.append(_PARAGRAPH)
        elif tag in _LINES:
            self.parts.append(_LINE)
        elif tag in _CELLS:
            self.parts.append(" ")


def _closer(markup: str, closing: str) -> int:
    """Where the last ``closing`` starts, or -1: an opener after it can never be closed."""
    return markup.rfind(closing)


def _simplify_markup(markup: str) -> str:
    """The markup with every tag reduced to its name and nothing else able to start one.

    Python 3.11's :class:`HTMLParser` takes quadratic time on some malformed input (an
    unclosed comment, processing instruction or quoted attribute repeated many times) and
    may raise ``AssertionError`` on odd ``<![`` sections. This single linear pass keeps
    well-formed tags (without their attributes, which no text comes from), drops comments,
    declarations, processing instructions and CDATA sections, and escapes every other
    ``<`` as ``&lt;``, so the parser only ever sees complete, short tags.
    """
    out: list[str] = []
    copied = 0
    comment_close = _closer(markup, "-->")
    cdata_close = _closer(markup, "]]>")
    start = markup.find("<")
    while start >= 0:
        following = markup.find("<", start + 1)
        limit = len(markup) if following < 0 else following
        end = -1
        tag = _TAG_OPEN.match(markup, start, limit)
        if tag is not None:
            end = tag.end()
            name = tag.group("name").lower()
            slash = "/" if tag.group("rest").endswith("/") else ""
            replacement = f"<{tag.group('close') or ''}{name}{slash}>"
        elif markup.startswith("<!--", start):
            if comment_close >= start + 4:
                end = markup.find("-->", start + 4) + 3
            replacement = ""
        elif markup.startswith("<![CDATA[", start):
            if cdata_close >= start + 9:
                end = markup.find("]]>", start + 9) + 3
            replacement = ""
        elif markup.startswith(("<!", "<?"), start):
            close = markup.find(">", start + 2, limit)
            end = -1 if close < 0 else close + 1
            replacement = ""
        out.append(markup[copied:start])
        if end < 0:
            out.append("&lt;")
            copied = start + 1
            start = following
        else:
            out.append(replacement)
            copied = end
            start = markup.find("<", end)
    out.append(markup[copied:])
    return "".join(out)


def _break_run(match: re.Match[str]) -> str:
    run = match.group()
    return "\n\n" if _PARAGRAPH in run or run.count("\n") > 1 else "\n"


def _tidy(text: str) -> str:
    return _BREAKS.sub(_break_run, text).strip(" \t\n")


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page: blocks as lines, entities unescaped.

    Script, style and similar elements are dropped; paragraphs, headings, lists and table
    rows become lines (paragraphs separated by a blank line); runs of white space inside a
    line collapse to one space, except inside ``<pre>``; ``&nbsp;`` becomes a space. A
    ``<`` that starts no well-formed tag is kept as text. Runs in linear time on any
    input. The result is not normalised (see :func:`normalize_text`).

    Examples:
        >>> html_to_text("<h1>Summit</h1><p>Leaders &amp; envoys\\n met.<br>Then left.</p>")
        'Summit\\n\\nLeaders & envoys met.\\nThen left.'
        >>> html_to_text("<ul><li>Peru</li><li>Chile</li></ul><style>p {}</style>")
        'Peru\\nChile'
        >>> html_to_text("<p>1 < 2 <!-- note --> and 3 > 2</p>")
        '1 < 2 and 3 > 2'
    """
    parser = _TextParser()
    parser.feed(_simplify_markup(markup))
    parser.close()
    return _tidy("".join(parser.parts))


def text_from_bytes(
    data: bytes,
    *,
    source: str | None = None,
    errors: DecodeErrors = "strict",
    html: bool | None = None,
) -> str:
    """Decode, convert HTML to text where needed, and normalise: what a Document stores.

    Args:
        data: The raw bytes of an article.
        source: The file name or document id, for error messages.
        errors: ``"strict"`` or ``"replace"`` (see :func:`decode_bytes`).
        html: ``True`` to read the input as HTML, ``False`` as plain text, ``None`` to
            decide with :func:`is_html`.

    Returns:
        The normalised text.

    Raises:
        InputError: The bytes are not valid UTF-8 and ``errors`` is ``"strict"``.

    Examples:
        >>> text_from_bytes(b"Line one\\r\\nLine two\\x00.")
        'Line one\\nLine two .'
    """
    text = decode_bytes(data, source=source, errors=errors)
    if html or (html is None and is_html(text)):
        text = html_to_text(text)
    return normalize_text(text)
