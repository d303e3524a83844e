"""Session 13 of the temporal tagger: "soon" in a clause still to come ("may soon seek an
indictment") is TimeML's FUTURE_REF, while a past narrative's "soon" ("was soon
released") and "as soon as" or "soon after" are no time of their own."""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag
from diplotimeline.time import PartialDate

# A Wednesday.
JUNE = PartialDate(2041, 6, 12)


def found(text: str, anchor: PartialDate = JUNE) -> list[tuple[str, str, str]]:
    """Each mention: text, TIMEX3 type and value."""
    return [(m.text, m.timex_type, m.timex_value) for m in tag(text, anchor, infer_anchor=False)]


# ---------------------------------------------------------------- soon


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said they may soon seek an indictment of the former minister.",
        "The ministry expects exports to soon grow to a quarter of all sales.",
        "The embassy said it soon will begin issuing visas again.",
        "Both sides hope a ceasefire could soon be agreed, the envoy said.",
        "We'll soon know whether the truce holds, the foreign minister told reporters.",
    ],
)
def test_soon_in_a_clause_still_to_come_is_a_future_reference(text: str) -> None:
    assert ("soon", "DATE", "FUTURE_REF") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A past narrative: soon after another event, not after the writing.
        "The envoy was soon released and flew home on Tuesday.",
        "The trickle of aid soon became a flood.",
        # Tied to an event.
        "The delegation will leave soon after the talks end.",
        "Both sides will sign the accord as soon as possible.",
        "The minister will arrive as soon as Friday.",
        "The ministers will meet sooner than planned.",
        "The soon-to-be ambassador will present his credentials.",
    ],
)
def test_soon_tied_to_an_event_or_a_past_narrative_is_no_timex(text: str) -> None:
    assert [mention for mention in found(text) if "soon" in mention[0].lower()] == []
