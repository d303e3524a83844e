"""Event names compared: folding (:func:`fold_name`) and a score (:func:`name_similarity`).

Used by :func:`~diplotimeline.eval.scoring.evaluate` to pair predicted events with gold events
by name: a pair is similar when :func:`name_similarity` reaches 0.6.

Examples:
    >>> fold_name("The Đà Nẵng Talks")
    'the da nang talks'
    >>> name_similarity("Summit of the Andean States", "Andean States Summit")
    1.0
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold_name", "name_similarity"]

_ACRONYM_SCORE = 0.95

_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE"}
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_POSSESSIVE_RE = re.compile(r"'s\b")
_NON_WORD_RE = re.compile(r"[\W_]+")
_ORDINAL_RE = re.compile(r"(?P<number>\d{1,6})(?:st|nd|rd|th)")
_PAREN_RE = re.compile(r"\((?P<inner>[^()]{1,30})\)")
_STOPWORDS = frozenset(
    {"a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "its", "of", "on"}
    | {"the", "their", "to", "with"}
)


def fold_name(text: str) -> str:
    """Fold a name for comparison: no case, diacritics, quotes, possessives, dashes or punctuation.

    Letters that Unicode does not decompose (``đ``, ``ø``, ``ł``, ``ß``, ``æ``) are spelt out;
    the result is lower-case words joined by single spaces.

    Args:
        text: A name as written.

    Returns:
        The folded words.

    Examples:
        >>> fold_name("Việt Nam–Đức “Strategic” Partnership")
        'viet nam duc strategic partnership'
        >>> fold_name("Ministers’ Meeting") == fold_name("Ministers' meeting")
        True
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    bare = _POSSESSIVE_RE.sub("", bare.translate(_APOSTROPHES).casefold())
    return " ".join(_NON_WORD_RE.sub(" ", bare.replace("'", "")).split())


def _content_tokens(folded: str) -> list[str]:
    tokens = []
    for token in folded.split():
        if token in _STOPWORDS:
            continue
        ordinal = _ORDINAL_RE.fullmatch(token)
        if ordinal is not None:
            token = ordinal["number"]
        elif len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        tokens.append(token)
    return tokens


def _join_compounds(tokens: list[str], other: set[str]) -> set[str]:
    """Join neighbours that the other side writes as one word ("viet nam" ~ "vietnam")."""
    out: set[str] = set()
    index = 0
    while index < len(tokens):
        if index + 1 < len(tokens) and tokens[index] + tokens[index + 1] in other:
            out.add(tokens[index] + tokens[index + 1])
            index += 2
        else:
            out.add(tokens[index])
            index += 1
    return out


def _acronym_key(text: str) -> str | None:
    """Return the folded acronym when ``text`` is one ("OPEC", "COP 28", "G20"), else None."""
    stripped = text.strip()
    if not 2 <= len(stripped) <= 16 or any(c.islower() for c in stripped):
        return None
    tokens = fold_name(stripped).split()
    if not 1 <= len(tokens) <= 2 or not any(c.isalpha() for c in tokens[0]):
        return None
    return "".join(tokens)


def _paren_acronyms(text: str) -> set[str]:
    keys = (_acronym_key(m["inner"]) for m in _PAREN_RE.finditer(text))
    return {key for key in keys if key is not None}


def _compact_grams(folded: str) -> set[str]:
    tokens = folded.split()
    return {
        "".join(tokens[start : start + size])
        for size in (1, 2, 3)
        for start in range(len(tokens) - size + 1)
    }


def _initials(folded: str) -> set[str]:
    every = [t for t in _PAREN_RE.sub(" ", folded).split() if t[0].isalpha()]
    content = [t for t in every if t not in _STOPWORDS]
    return {"".join(t[0] for t in words) for words in (every, content) if len(words) >= 2}


def _is_acronym_pair(first: str, second: str) -> bool:
    folded_first, folded_second = fold_name(first), fold_name(second)
    for one, other, folded_other in ((first, second, folded_second), (second, first, folded_first)):
        key = _acronym_key(one)
        if key is not None and (
            key in _paren_acronyms(other) or key in _initials(_unparenthesised(other))
        ):
            return True
        grams = _compact_grams(folded_other)
        if any(acronym in grams for acronym in _paren_acronyms(one)):
            return True
    return False


def _unparenthesised(text: str) -> str:
    return fold_name(_PAREN_RE.sub(" ", text))


def name_similarity(predicted: str, gold: str) -> float:
    """Score how similar two names are, from 0.0 to 1.0; 0.6 and above counts as similar.

    Both names are folded (:func:`fold_name`) into content words (no ``of``, ``the``...;
    ordinals as numbers; a final plural ``s`` dropped; two words joined when the other side
    writes them as one). Equal word sets score 1.0; an acronym and its expansion 0.95 (one side
    is an acronym that the other has in brackets or as its initials, or one side contains the
    other's bracketed acronym). Otherwise the score is the mean of the Jaccard index and the
    containment of the smaller set in the larger (Jaccard alone when a side has one word),
    and 0.0 when both names carry numbers and share none ("23rd" against "28th").

    Args:
        predicted: The predicted name.
        gold: A gold name or alias.

    Returns:
        The similarity score.

    Examples:
        >>> name_similarity("Andean Green Hydrogen Partnership", "AGHP")
        0.95
        >>> name_similarity("India–Brazil Strategic Dialogue", "India-Brazil strategic dialogues")
        1.0
        >>> name_similarity("12th Andean Summit", "13th Andean Summit")
        0.0
        >>> name_similarity("Andean Summit", "12th Andean Summit") >= 0.6
        True
    """
    predicted_tokens = _content_tokens(fold_name(predicted))
    gold_tokens = _content_tokens(fold_name(gold))
    first = _join_compounds(predicted_tokens, set(gold_tokens))
    second = _join_compounds(gold_tokens, first)
    if first and first == second:
        return 1.0
    if _is_acronym_pair(predicted, gold):
        return _ACRONYM_SCORE
    common = len(first & second)
    if not common:
        return 0.0
    numbers_first = {t for t in first if t.isdigit()}
    numbers_second = {t for t in second if t.isdigit()}
    if numbers_first and numbers_second and not numbers_first & numbers_second:
        return 0.0
    jaccard = common / len(first | second)
    smaller = min(len(first), len(second))
    if smaller < 2:
        return jaccard
    return (jaccard + common / smaller) / 2
