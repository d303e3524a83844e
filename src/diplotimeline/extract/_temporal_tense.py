"""The tense heuristic: which tense governs a temporal expression in its sentence.

Examples:
    >>> cues = TenseCues(frozenset({"will"}), frozenset({"met"}), frozenset(), frozenset())
    >>> text = "Ministers met in May."
    >>> guess_with(text, text.index("May"), text.index("May") + 3, cues)
    <Tense.PAST: 'past'>
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from diplotimeline.time.anchor import Tense

__all__ = ["TenseCues", "guess_with"]

_WORD: Final = re.compile(r"[\w’']+")
_SENTENCE_END: Final = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?]\s+(?=[A-Z“\"])|\n")


@attrs.frozen
class TenseCues:
    future: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_past_ed: frozenset[str]
    future_phrases: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> TenseCues:
        future, past, present, not_ed = (
            frozenset(settings.get(key, ()))
            for key in ("future_words", "past_words", "present_words", "not_past_ed")
        )
        phrases = tuple(tuple(str(p).split()) for p in settings.get("future_phrases", ()))
        return cls(future, past, present, not_ed, phrases)


_FUTURE_AUXILIARIES: Final = frozenset({"will", "would", "shall", "'ll", "to"})
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "whose"}
)
# How far back a governing verb is looked for: any cue within eight words, and a modal up
# to sixteen ("will hold the first meeting of a new Binational Security Committee in Bogota
# in October": "will" is ten words before the date), or a listed past verb with no "to"
# after it ("agreed to buy the bank in January" may well be in the future).
_LEFT_WORDS: Final = 8
_FAR_WORDS: Final = 16


# Words that may stand before an expression that opens its sentence ("In March, ...").
_OPENERS: Final = frozenset(
    {"in", "on", "by", "since", "during", "until", "from", "at", "and", "but"}
)
_PASSIVE_PRESENT: Final = frozenset({"is", "are", "am"})
_DEGREE: Final = frozenset({"still", "newly", "recently", "previously", "so", "very", "much"})
_ARTICLES: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})


def _is_adjective(backwards: list[str], index: int) -> bool:
    """Whether the "-ed" word ``index`` words back is an adjective ("a still unspecified date").

    It is when an article or possessive stands right before it, or before a degree word
    right before it; a relative "that" ("shootings that injured") does not count.
    """
    before = backwards[index + 1 : index + 3]
    return bool(before) and (
        before[0] in _ARTICLES
        or (before[0] in _DEGREE and len(before) > 1 and before[1] in _ARTICLES)
    )


def guess_with(text: str, start: int, end: int, cues: TenseCues) -> Tense:
    future, past, present, not_ed = cues.future, cues.past, cues.present, cues.not_past_ed
    low = max(0, start - 160)
    left_text = text[low:start]
    breaks = list(_SENTENCE_END.finditer(left_text))
    if breaks:
        left_text = left_text[breaks[-1].end() :]
    far = _WORD.findall(left_text.lower())[-_FAR_WORDS:]
    left = far[-_LEFT_WORDS:]
    for phrase in cues.future_phrases:
        # "as soon as Tuesday", "as early as next week": a time still to come.
        if tuple(left[-len(phrase) :]) == phrase:
            return Tense.FUTURE
    backwards = list(reversed(left))
    back_far = list(reversed(far))
    for index, word in enumerate(backwards):
        if word in future:
            if backwards[index + 1 : index + 2] and backwards[index + 1] in _DETERMINERS:
                # "announced the plan Aug. 21": a noun, not a verb of intention.
                continue
            return Tense.FUTURE
        regular = word.endswith("ed") and len(word) > 4 and word not in not_ed
        if regular and word not in past and _is_adjective(backwards, index):
            # "on a still unspecified date", "the revised plan": no verb.
            continue
        if word in past or regular:
            if backwards[index + 1 : index + 2] and backwards[index + 1] in _PASSIVE_PRESENT:
                # "the case is heard in May": a present passive.
                return Tense.PRESENT
            # A participle after "will be" or "to be" is no past tense; "to" alone does
            # not make one ("the envoy to Venezuela said").
            after = back_far[index + 1 : index + 3]
            if (after[:1] == ["be"] and after[1:2] and after[1] in _FUTURE_AUXILIARIES) or (
                after[:1] and after[0] in _FUTURE_AUXILIARIES and after[0] != "to"
            ):
                return Tense.FUTURE
            return Tense.PAST
        if word in present:
            # "is to resume trading Tuesday": an arrangement still to come.
            if index > 0 and backwards[index - 1] == "to" and word in ("is", "are"):
                return Tense.FUTURE
            return Tense.PRESENT
    between_to = "to" in left
    for word in reversed(far[: -_LEFT_WORDS or None]):
        if word in ("will", "would", "shall", "'ll"):
            return Tense.FUTURE
        if word == "to":
            between_to = True
        elif word in past and word not in ("said", "says") and not between_to:
            # "met X on the sidelines of the General Assembly in September"; not "agreed
            # to buy the bank in January", where the infinitive may lie ahead.
            return Tense.PAST
    # To the right only the clearest cues count ("..., officials said" is no guide).
    right_text = text[end : end + 100]
    cut = _SENTENCE_END.search(right_text)
    if cut:
        right_text = right_text[: cut.start()]
    opening = right_text[:1] == "," and all(word in _OPENERS for word in left)
    for word in _WORD.findall(right_text.lower())[:5]:
        if word in ("will", "would", "'ll", "shall"):
            return Tense.FUTURE
        if word in ("was", "were", "had", "did") or (word in past and word != "said"):
            return Tense.PAST
        if opening and word.endswith("ed") and len(word) > 4 and word not in not_ed:
            # "In March, the company received an offer": the clause's own verb.
            return Tense.PAST
    return Tense.UNKNOWN
