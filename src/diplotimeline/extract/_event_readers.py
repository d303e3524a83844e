"""What each event reader needs in a sentence before it can read anything there.

A reader (a function of a context and a sentence, such as those that ``read_meetings``
calls in turn) may be declared with :func:`reads_where`: the lower-case strings, and the
frames of the cue file, one of which a sentence must hold (or may match) for the reader
to read anything in it. In a sentence that holds none of them, the reader adds, changes
and returns nothing. The dispatcher then asks
:meth:`~diplotimeline.extract._event_context.Context.readers_for` which readers of its
list to call in a sentence: the sentences of each declared reader are found once per
document (the strings from the sentences' chunks, see
:meth:`~diplotimeline.extract._event_cues.FrameIndex.use_words`; the frames from their
triggers), so a sentence without "ceremon" never calls the ceremony reader, where each
reader used to be called in every sentence to find that out by itself.

A reader without a declaration runs in every sentence, as before (safe by default): a new
reader needs no declaration to be correct, only to be cheap. A declaration must say no
less than the reader's own first test (each reader keeps that test, so it also reads
correctly when called on its own); ``tests/extract/test_speed16_pipeline.py`` checks each
one on every sentence of the corpora against the reader itself.

Examples:
    >>> @reads_where("ceremon")
    ... def read_ceremonies(ctx, sentence):
    ...     return []
    >>> needs_of(read_ceremonies)
    (('ceremon',), ())
    >>> needs_of(len) is None
    True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

__all__ = ["Needs", "declared_words", "needs_of", "reads_where"]

# The strings and the frame names one of which a sentence must hold or may match.
Needs = tuple[tuple[str, ...], tuple[str, ...]]
_Reader = TypeVar("_Reader", bound=Callable[..., object])
# The needs of each declared reader, by the reader itself (functions hash by identity).
_NEEDS: Final[dict[Callable[..., object], Needs]] = {}


def reads_where(*words: str, frames: tuple[str, ...] = ()) -> Callable[[_Reader], _Reader]:
    """Declare that the reader reads nothing in a sentence whose lower case holds none of
    ``words`` and where none of the frames ``frames`` may match (by their triggers).

    The reader itself is returned unchanged.

    Raises:
        ValueError: No string and no frame, an empty string, or one not in lower case.

    Examples:
        >>> @reads_where("talks", frames=("met",))
        ... def read_talks(ctx, sentence):
        ...     return []
        >>> needs_of(read_talks)
        (('talks',), ('met',))
    """
    if not words and not frames:
        raise ValueError("a reader needs at least one string or frame")
    for word in words:
        if not word or word != word.lower():
            raise ValueError(f"a reader's string must be lower case and not empty: {word!r}")

    def declare(reader: _Reader) -> _Reader:
        _NEEDS[reader] = (tuple(words), tuple(frames))
        return reader

    return declare


def needs_of(reader: Callable[..., object]) -> Needs | None:
    """The strings and frames declared for ``reader`` (None: it runs in every sentence)."""
    return _NEEDS.get(reader)


# The strings of every declared reader, sorted, with the number of readers they come from.
_WORDS: list[tuple[int, tuple[str, ...]]] = [(0, ())]


def declared_words() -> tuple[str, ...]:
    """The strings of every declared reader, sorted (the same tuple until a reader is added).

    Examples:
        >>> "ceremon" in declared_words() or not declared_words()
        True
    """
    count, words = _WORDS[0]
    if count != len(_NEEDS):
        words = tuple(sorted({word for needed, _ in _NEEDS.values() for word in needed}))
        _WORDS[0] = (len(_NEEDS), words)
    return words
