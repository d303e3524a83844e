"""Event dates, session 12: "is due to" + a verb plans what follows.

"The minister is due to hold talks in Rabat on Friday" is a plan, so its weekday is the Friday
to come, as after "will" or "is scheduled to"; "are also due to" keeps it a plan with an adverb
between. "due to" that gives a cause ("is due to the storm", "due to rising costs") plans
nothing, and a past plan ("was due to") is left to the clause that governs it.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import tag
from diplotimeline.model import EventKind
from diplotimeline.time import PartialDate


def _meetings(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.MEETING, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister is due to hold talks with his Moroccan counterpart Karim Bennani"
        " in Rabat on Friday.",
        "The Chilean and Peruvian presidents are also due to hold bilateral talks with"
        " President Lucia Mendes in the capital on Friday.",
    ],
)
def test_is_due_to_hold_talks_on_a_weekday_is_the_weekday_to_come(text: str) -> None:
    # Published on Wednesday 7 March 2046: the Friday to come is 9 March, not 2 March.
    dates = {date for _, date in _meetings(text, "2046-03-07")}
    assert dates == {"2046-03-09"}


def test_due_to_a_cause_does_not_plan_the_weekday() -> None:
    text = "The talks in Rabat on Friday were short, and that is due to heavy rain."
    [mention] = [m for m in tag(text, anchor=PartialDate(2046, 3, 7)) if m.text == "Friday"]
    assert mention.timex_value == "2046-03-02"


def test_is_due_to_the_storm_is_a_cause() -> None:
    text = "The delay of the vote on Friday is due to the storm."
    [mention] = [m for m in tag(text, anchor=PartialDate(2046, 3, 7)) if m.text == "Friday"]
    assert mention.timex_value != "2046-03-09"


@pytest.mark.parametrize(
    ("text", "match", "span"),
    [
        # Published on Wednesday 7 March 2046.
        (
            "Ministers met in Vienna on Monday and Tuesday of last week.",
            "Monday and Tuesday of last week",
            "2046-02-26/2046-02-27",
        ),
        (
            "Ministers met in Vienna on Monday and Tuesday last week.",
            "Monday and Tuesday last week",
            "2046-02-26/2046-02-27",
        ),
        (
            "Envoys will meet on Thursday and Friday next week.",
            "Thursday and Friday next week",
            "2046-03-15/2046-03-16",
        ),
        (
            "The talks took place last Wednesday and Thursday in Geneva.",
            "last Wednesday and Thursday",
            "2046-02-28/2046-03-01",
        ),
        ("The envoys met on Monday of last week.", "Monday of last week", "2046-02-26"),
        # Without a week, the days are the nearest ones the tense gives.
        ("Delegations met on Monday and Tuesday.", "Monday and Tuesday", "2046-03-05/2046-03-06"),
    ],
)
def test_weekdays_of_a_named_week(text: str, match: str, span: str) -> None:
    [mention] = [m for m in tag(text, anchor=PartialDate(2046, 3, 7)) if "day" in m.text]
    assert (mention.text, str(mention.value)) == (match, f"DateSpan('{span}')")


def test_monday_last_week_without_of_stays_two_mentions() -> None:
    # "on Monday last week" is left as it was: "Monday" and "last week" apart.
    texts = [m.text for m in tag("They met on Monday last week.", anchor=PartialDate(2046, 3, 7))]
    assert texts == ["Monday", "last week"]


_DIGEST = (
    "WEEKLY DIGEST\n\nNo. 88, Monday 12 March 2046\n\n"
    "1. PACIFIC. Forum foreign ministers, meeting in Suva last Wednesday and Thursday, agreed"
    " to review the regional security framework next year. On the margins, Fiji and Samoa"
    " signed a memorandum of understanding on fisheries surveillance."
)


def test_what_the_lead_reports_of_a_run_of_days_takes_those_days() -> None:
    # The memorandum signed "on the margins" of a two-day meeting is of those two days (the
    # day is not told), not of the digest's own date.
    [mou] = events_of(EventKind.AGREEMENT, _DIGEST, "2046-03-12")
    assert when(mou) == "2046-03-07/2046-03-08"


def test_a_lead_stretch_longer_than_a_week_dates_nothing() -> None:
    text = _DIGEST.replace("last Wednesday and Thursday", "from 1 to 20 February")
    [mou] = events_of(EventKind.AGREEMENT, text, "2046-03-12")
    assert when(mou) != "2046-02-01/2046-02-20"


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Water Initiative was adopted at the Quito summit on 14 May 2031.",
        "Leaders recalled the Andean Water Initiative, adopted at the Quito summit on 14 May 2031.",
    ],
)
def test_what_was_adopted_at_a_dated_summit_takes_its_date(text: str) -> None:
    [initiative] = events_of(EventKind.INITIATIVE, text, "2046-03-07")
    assert when(initiative) == "2031-05-14"


def test_to_be_adopted_at_a_summit_still_to_come_takes_its_day() -> None:
    text = "The Andean Water Initiative will be adopted at the Quito summit on 14 May."
    [initiative] = events_of(EventKind.INITIATIVE, text, "2046-03-07")
    assert (initiative.status.value, when(initiative)) == ("planned", "2046-05-14")


def test_a_conference_on_a_topic_does_not_take_the_date_told_before_it() -> None:
    # The conference's own span starts at "international", after the Quito date: the date is
    # the summit's (the name's topic once moved the conference's start back over the date).
    text = (
        "The draft reaffirms the Andean Water Initiative, adopted at the Quito summit on 14 May"
        " 2031, and backs an international conference on the reconstruction of Haiti."
    )
    dates = {e.name: when(e) for e in events_of(EventKind.MEETING, text, "2046-03-07")}
    assert dates == {
        "Quito summit": "2031-05-14",
        "International conference on the reconstruction of Haiti": None,
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Convention on Cross-Border Data was opened for signature in Lisbon on 16 May 2031.",
        "The Convention on Cross-Border Data, which was opened for signature on 16 May 2031,"
        " has 30 parties.",
    ],
)
def test_opened_for_signature_is_its_signing(text: str) -> None:
    [convention] = events_of(EventKind.AGREEMENT, text, "2046-03-07")
    assert when(convention) == "2031-05-16"
    assert [m.stage.value for m in convention.milestones] == ["signed"]


def test_a_building_that_was_opened_is_no_agreement() -> None:
    assert (
        events_of(EventKind.AGREEMENT, "The new embassy was opened on 16 May 2031.", "2046-03-07")
        == []
    )
