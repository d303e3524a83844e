"""Session 12 of the temporal tagger: military "Zulu" clock times ("at 1430Z"), the tense
around a present perfect ("has set a record on March 3", "has extended the loans through
January"), a preposition "to" that starts no infinitive ("changed to a calendar year in
December") and the scheduled present of "ends" and "closes" ("voting ends at 8 p.m.
Sunday local time")."""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import tag
from diplotimeline.time import DateSpan, PartialDate

# A Wednesday.
JUNE = PartialDate(2039, 6, 8)
# A Monday in late October.
OCTOBER = PartialDate(2037, 10, 26)


def found(text: str, anchor: PartialDate = JUNE) -> list[tuple[str, str, str]]:
    """Each mention: text, TIMEX3 type and value."""
    return [(m.text, m.timex_type, m.timex_value) for m in tag(text, anchor, infer_anchor=False)]


def value_of(text: str, match: str, anchor: PartialDate = JUNE) -> str:
    """The TIMEX3 value of the one mention whose text is ``match``."""
    values = [value for text_, _, value in found(text, anchor) if text_ == match]
    assert len(values) == 1, found(text, anchor)
    return values[0]


# ---------------------------------------------------------------- Zulu time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first airstrikes hit the runway at 1430Z, the joint command said.",
            ("1430Z", "TIME", "2039-06-08T14:30"),
        ),
        (
            "Overflights of the strait remain suspended until 2200Z.",
            ("2200Z", "TIME", "2039-06-08T22:00"),
        ),
        (
            "The patrol returned to its base at 1845Z after the exchange of fire.",
            ("1845Z", "TIME", "2039-06-08T18:45"),
        ),
        (
            "The evacuation flight leaves at noon (0900Z Friday), the embassy said.",
            ("0900Z Friday", "TIME", "2039-06-10T09:00"),
        ),
    ],
)
def test_a_zulu_clock_time_is_a_utc_time(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_zulu_clock_time_carries_the_utc_offset() -> None:
    mention = next(m for m in tag("The ceasefire took hold at 0400Z.", JUNE, infer_anchor=False))
    assert isinstance(mention.value, DateSpan)
    assert mention.value.format_iso() == "2039-06-08T04:00+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry bought the 1200Z scanner for its border posts.",
        "Ground crews worked until 2460Z on the broken radar.",
        "The memo was filed at 1430z by mistake.",
        "Generation Z voters queued at the polls from 1430 on.",
    ],
)
def test_model_codes_bad_hours_and_small_z_are_no_zulu_time(text: str) -> None:
    assert [kind for _, kind, _ in found(text) if kind == "TIME"] == []


# ---------------------------------------------------------------- the present perfect


def test_a_record_set_in_the_present_perfect_lies_in_the_past() -> None:
    text = "The envoy has set a record on March 3 for the longest session of the talks."
    assert value_of(text, "March 3") == "2039-03-03"


def test_an_adverb_between_has_and_set_keeps_the_past() -> None:
    text = "The negotiators have already set a record on May 30 with a 20-hour sitting."
    assert value_of(text, "May 30") == "2039-05-30"


def test_a_day_set_for_a_vote_still_lies_ahead() -> None:
    """Counter-example: "has set the vote for May 2" plans the vote."""
    assert value_of("The council has set the referendum for May 2.", "May 2") == "2040-05-02"


def test_a_present_perfect_running_through_a_month_takes_the_nearest_one() -> None:
    text = "Lenders have extended the government $90 million in credit through January."
    assert value_of(text, "January", OCTOBER) == "2038-01"


def test_a_past_verb_before_through_keeps_the_past() -> None:
    """Counter-example: "extended ... through January" in the simple past is done."""
    text = "Lenders extended the government $90 million in credit through January."
    assert value_of(text, "January", OCTOBER) == "2037-01"


def test_a_past_perfect_before_until_keeps_the_past() -> None:
    """Counter-example: "had served until March" ended before the writing."""
    assert value_of("The ambassador had served until March.", "March", OCTOBER) == "2037-03"


# ---------------------------------------------------------------- "to" as a preposition


def test_to_before_an_article_leaves_the_past_verb_dating_the_month() -> None:
    text = (
        "The state carrier changed from a fiscal year to a calendar year in December, "
        "the ministry said."
    )
    assert value_of(text, "December", OCTOBER) == "2036-12"


def test_an_infinitive_between_verb_and_month_may_lie_ahead() -> None:
    """Counter-example: "agreed ... to hold a round of talks in December" is still to come."""
    text = (
        "The ministers agreed on Monday to hold a second round of the talks with the "
        "rebels in December."
    )
    assert value_of(text, "December", OCTOBER) == "2037-12"


# ---------------------------------------------------------------- "ends", "closes"


@pytest.mark.parametrize(
    ("text", "match", "expected"),
    [
        (
            "Voting ends at 8 p.m. Sunday local time.",
            "8 p.m. Sunday local time",
            "2039-06-12T20:00",
        ),
        ("The offer to the rebels closes on Friday.", "Friday", "2039-06-10"),
        ("The ceasefire ends Saturday at midnight.", "Saturday", "2039-06-11"),
    ],
)
def test_ends_and_closes_in_the_present_are_arranged(text: str, match: str, expected: str) -> None:
    assert value_of(text, match) == expected


def test_ended_in_the_past_stays_in_the_past() -> None:
    """Counter-example: "the summit ended on Sunday" is over."""
    assert value_of("The summit ended on Sunday with a joint statement.", "Sunday") == "2039-06-05"
