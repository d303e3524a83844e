"""The group-meeting reader skips sentences without a gathering verb: it loses nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from diplotimeline.extract._event_context import Context
from diplotimeline.extract._event_groups import _GATHERING, _VERB, read_group_meetings

_WORDS = st.sampled_from(
    [
        "The", "the", "G7", "five", "Central", "Asian", "leaders", "foreign", "ministers",
        "heads", "of", "state", "government", "and", "will", "are", "due", "to", "meet",
        "met", "meets", "meeting", "gather", "gathered", "gathering", "convene", "convened",
        "Met", "MEET", "with", "in", "Tashkent", "for", "a", "consultative", "summit",
        "Comet", "gathers", "reconvened", "prime", "premiers", "12", "region",
    ]
)  # fmt: skip
_GAP = st.sampled_from([" ", " ", ", ", ". ", "\n", "-", ""])
_TEXT = st.lists(st.tuples(_WORDS, _GAP), max_size=25).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_every_gathering_holds_a_verb_the_prefilter_finds(text: str, start: int, size: int) -> None:
    """Wherever the gathering frame matches in a span, the verb search finds one there."""
    start = min(start, len(text))
    end = min(len(text), start + size)
    if _GATHERING.search(text, start, end) is not None:
        assert _VERB.search(text, start, end) is not None


def test_group_meetings_are_still_read() -> None:
    text = (
        "The leaders of the five Central Asian states will meet in Tashkent in November "
        "for a consultative summit. The G7 foreign ministers met in Capri. Nothing else."
    )
    ctx = Context.build(text, document_id="d")
    names = [c.name for s in ctx.sentences for c in read_group_meetings(ctx, s)]
    assert names == [
        "Consultative summit of the leaders of the five Central Asian states",
        "Meeting of the G7 foreign ministers",
    ]
