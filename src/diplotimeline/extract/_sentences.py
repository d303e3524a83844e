"""Sentences: a linear-time splitter into sentences and caption lines.

Examples:
    >>> [s.text for s in split_sentences("Talks began. Ministers met.\\nPhoto: X")]
    ['Talks began.', 'Ministers met.', 'Photo: X']
"""

from __future__ import annotations

import re
from typing import Final

import attrs

__all__ = ["Sentence", "split_sentences"]

# The punctuation (or line break) comes first so that the scan skips ahead to it; the
# look-behinds then check the word before it ("Mr.", "U.S." and initials do not end a sentence,
# nor "Aug." before a day's number; a line break after it does).
_SENTENCE_BREAK: Final = re.compile(
    r"[\n.!?](?:(?<=\n)\n*"
    r"|(?<=[.!?])(?<!\b[A-Z].)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bNo.)(?<!\bMrs.)"
    r"(?<!\bH\.E.)(?<!\bHon.)(?<!\bAmb.)(?<!\bSen.)(?<!\bRep.)(?<!\bProf.)(?<!\bGov.)"
    r"(?<!\bGen.)(?<!\bCol.)(?<!\bLt.)(?<!\bRt.)(?<!\bSgt.)(?<!\bCapt.)(?<!\bMaj.)"
    r"(?<!\bDept.)"
    # A month's abbreviation before a day's number: "on Aug. 14 the ministers met".
    r"(?!(?:(?<=\bJan.)|(?<=\bFeb.)|(?<=\bMar.)|(?<=\bApr.)|(?<=\bJun.)|(?<=\bJul.)"
    r"|(?<=\bAug.)|(?<=\bSep.)|(?<=\bSept.)|(?<=\bOct.)|(?<=\bNov.)|(?<=\bDec.))"
    r"[ \t]+[0-9])"
    r"[”\"’']?[ \t]+(?=[“\"(]?[A-Z0-9]))"
)


# "a.m." / "p.m." before a time zone does not end a sentence.
_CLOCK_BEFORE: Final = re.compile(r"\b[ap]\.m\.$")
_ZONE_AFTER: Final = re.compile(
    r"(?:[A-Z]{2,5}\b|(?:[A-Z][a-z]{1,15}\s+){1,3}(?:Time|Standard|Daylight)\b|local\b)"
)


@attrs.frozen
class Sentence:
    """A sentence (or a caption line): its index and character span in the text.

    Examples:
        >>> [s.text for s in split_sentences("Talks began. Ministers met.\\nPhoto: X")]
        ['Talks began.', 'Ministers met.', 'Photo: X']
    """

    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences and lines (linear time).

    Examples:
        >>> [s.start for s in split_sentences("Mr. Ito spoke. He left.")]
        [0, 15]
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if _CLOCK_BEFORE.search(text, max(0, match.start() - 4), match.start() + 1) and (
            _ZONE_AFTER.match(text, match.end())
        ):
            continue  # "at 10:00 a.m. East Africa Time, ...": one sentence
        end = match.end() if match.group()[0] in ".!?" else match.start()
        _add_sentence(text, start, end, sentences)
        start = match.end()
    _add_sentence(text, start, len(text), sentences)
    return tuple(sentences)


# A speaker's or a calendar item's label in capitals at the start of a line, before a colon:
# "PRESENTER:", "MS HALVORSEN:", "QUESTION (Radio Lima):", "- OSLO:". It is left out of the
# sentence, which starts after it (the label is no subject of what is said).
_LABEL: Final = re.compile(
    r"(?:[-–•*]\s{1,3})?(?:[A-Z][A-Z.’'-]{1,30}\s{1,3}){0,4}[A-Z][A-Z.’'-]{1,30}"
    r"(?:\s{1,3}\([^()\n]{1,40}\))?:(?=[ \t]+\S)"
)


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    label = _LABEL.match(text, start, end) if start == 0 or text[start - 1] == "\n" else None
    if label is not None:
        start = label.end()
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(len(out), start, end, text[start:end]))
