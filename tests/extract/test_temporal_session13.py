"""Session 13 of the temporal tagger: "soon" in a clause still to come ("may soon seek an
indictment") is TimeML's FUTURE_REF, while a past narrative's "soon" ("was soon
released") and "as soon as" or "soon after" are no time of their own; "the year-earlier
nine months" of an earnings report is one stretch of nine months."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotimeline.extract.temporal import tag, tag_for_timeml
from diplotimeline.time import PartialDate

TBAQ = Path("/work/shared/data/tempeval3/TBAQ-cleaned")

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


# ---------------------------------------------------------------- the year-earlier months

# A Thursday in late October, as an earnings report is dated.
OCTOBER = PartialDate(2043, 10, 29)


def test_the_year_earlier_nine_months_is_one_stretch_of_nine_months() -> None:
    text = (
        "Net for the nine months rose 56% to $254 million. Net for the year-earlier nine "
        "months also included a gain of $9.7 million from the sale of a stake."
    )
    mentions = found(text, OCTOBER)
    assert ("the year-earlier nine months", "DURATION", "P9M") in mentions
    assert [m for m in mentions if m[0] in ("year-earlier", "nine months")] == []


def test_the_year_earlier_quarter_still_compares_with_the_quarter() -> None:
    text = "Third-quarter profit rose 19% from the year-earlier quarter."
    assert ("the year-earlier quarter", "DATE", "2042-Q3") in found(text, OCTOBER)


# ---------------------------------------------------------------- TBAQ floor


@pytest.mark.eval
def test_tbaq_scores_do_not_fall_below_session_13() -> None:
    """The tagger's TempEval-3 figures on TBAQ-cleaned stay at or above this session's."""
    if not TBAQ.is_dir():
        pytest.skip(f"{TBAQ} is not available")
    from diplotimeline.eval.timex import score_timexes
    from diplotimeline.io.timeml import Timex, iter_timeml_dir

    documents = list(iter_timeml_dir(TBAQ))
    predicted = {}
    for document in documents:
        anchor = PartialDate.parse_iso(document.dct[:10]) if document.dct else None
        predicted[document.doc_id] = [
            Timex(m.start, m.end, m.text, m.timex_type, m.timex_value)
            for m in tag_for_timeml(document.text, anchor)
        ]
    scores = score_timexes(documents, predicted)
    assert scores.value_f1 >= 0.8425
    assert scores.strict_f1 >= 0.8983
    assert scores.relaxed_f1 >= 0.9498
    assert scores.type_f1 >= 0.9102
