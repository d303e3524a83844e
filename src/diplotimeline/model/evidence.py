"""Documents and evidence: every fact points back at the characters it was read from."""

from __future__ import annotations

import attrs

from diplotimeline.errors import InvalidValueError
from diplotimeline.model._validators import check_id, matches, non_empty
from diplotimeline.time import PartialDate

__all__ = ["Document", "Evidence"]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Document:
    """A news article: its text and what is known of where and when it was published.

    ``published`` is the anchor that "last December" or "this year" are read against; it
    may be partial (a month) or unknown. ``published_inferred`` says the date was read
    from the text (a dateline) rather than given.

    Examples:
        >>> doc = Document(id="a1", text="Talks were held.", published=PartialDate(2025, 4, 24))
        >>> doc.published
        PartialDate('2025-04-24')
    """

    id: str = attrs.field(validator=matches(check_id, "an id of letters, digits and ._:+-"))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    published: PartialDate | None = None
    published_inferred: bool = False
    source: str | None = None
    title: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class Evidence:
    """Where a fact was read: a document and a character span of its text (end exclusive).

    Examples:
        >>> text = "Ishida met Ortega in Lima on May 2."
        >>> ev = Evidence.from_text("d1", text, 0, 17)
        >>> ev.quote
        'Ishida met Ortega'
        >>> Evidence(document="d1", start=5, end=2, quote="")
        Traceback (most recent call last):
        ...
        diplotimeline.errors.InvalidValueError: evidence span must have 0 <= start <= end, got 5..2
    """

    document: str = attrs.field(validator=[non_empty])
    start: int = attrs.field()
    end: int = attrs.field()
    quote: str = attrs.field(validator=attrs.validators.instance_of(str))

    @end.validator
    def _check_span(self, _attribute: object, end: int) -> None:
        if not 0 <= self.start <= end:
            raise InvalidValueError(
                f"evidence span must have 0 <= start <= end, got {self.start}..{end}",
                value=(self.start, end),
            )
        if len(self.quote) != end - self.start:
            raise InvalidValueError(
                f"quote has {len(self.quote)} characters but the span has {end - self.start}",
                value=self.quote,
            )

    @classmethod
    def from_text(cls, document: str, text: str, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]`` of the document with id ``document``.

        Examples:
            >>> Evidence.from_text("d1", "abc def", 4, 7).quote
            'def'
        """
        return cls(document=document, start=start, end=end, quote=text[start:end])

    def sort_key(self) -> tuple[str, int, int]:
        """Order by document, then position.

        Examples:
            >>> Evidence.from_text("d1", "abc", 1, 2).sort_key()
            ('d1', 1, 2)
        """
        return (self.document, self.start, self.end)
