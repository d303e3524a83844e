"""Event dates, session 15 (dates-18): dates of ordinary news (events_dev10's causes).

"Ministers will try to close the last gaps in the fund's statute when the Council of
Ministers meets on Tuesday and Wednesday": "the last" far back from the date is an
adjective, no past cue, and the modal further back dates it (the tagger's tense heuristic).

"He left Lima for Quito, where he will begin a three-day state visit on Monday": the visit
starts on Monday; a verb of starting after the verb of leaving makes the day told the first
of the stretch, not its last ("concluded a three-day visit on Friday" still ends then).

"held talks on the corridor, their first since the quarrel over the fund last year": a date
at the end of "since the <noun> ..." dates that noun, not the event named before "since"; an
event named inside the phrase ("since the summit in Nairobi in March") still takes it.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import guess_tense, tag
from diplotimeline.model import EventKind, Status
from diplotimeline.time import PartialDate
from diplotimeline.time.anchor import Tense


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


# ---------------------------------------------------------------- "the last" far back


def test_the_last_far_back_is_no_past_cue() -> None:
    text = (
        "Trade and finance ministers will try to settle the last figures in the budget of the "
        "fund when the Pacific Islands Forum Council of Ministers meets in Apia on Tuesday and "
        "Wednesday."
    )
    (meeting,) = events_of(EventKind.MEETING, text, "2047-05-13")  # a Monday
    assert when(meeting) == "2047-05-14/2047-05-15"
    assert meeting.status is Status.PLANNED


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        (
            "Ministers will try to settle the last figures in the budget of the fund when the "
            "council meets in Apia on Tuesday.",
            Tense.FUTURE,
        ),
        (  # a past verb far back still dates it
            "Ministers signed the last of the accords at the end of a long night of talks in "
            "the capital of Samoa on Tuesday.",
            Tense.PAST,
        ),
        (  # "last" without an article is still a past cue
            "Ministers met last at the end of a long night of talks in the old capital of "
            "Samoa on Tuesday.",
            Tense.PAST,
        ),
    ],
)
def test_tense_with_last_far_back(text: str, tense: Tense) -> None:
    start = text.index("Tuesday")
    assert guess_tense(text, start, start + len("Tuesday")) is tense


def test_met_on_weekdays_is_still_the_days_gone() -> None:
    text = "The Pacific Islands Forum Council of Ministers met in Apia on Tuesday and Wednesday."
    (meeting,) = events_of(EventKind.MEETING, text, "2047-05-16")  # a Thursday
    assert when(meeting) == "2047-05-14/2047-05-15"
    assert meeting.status is Status.OCCURRED


# ---------------------------------------------------------------- a visit begun after leaving


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        (
            "Chile's President Marta Ibarra Soto left Lima for Quito, where she will begin a "
            "three-day state visit to Ecuador on Monday.",
            "2047-05-11",
            "2047-05-13/2047-05-15",
        ),
        (
            "Kenya's President Daniel Mwangi Otieno departed Nairobi on Sunday and started a "
            "two-day official visit to Rwanda on Monday.",
            "2038-02-16",
            "2038-02-15/2038-02-16",
        ),
    ],
)
def test_visit_begun_after_leaving_starts_on_the_day(text: str, published: str, span: str) -> None:
    (visit,) = events_of(EventKind.MEETING, text, published)
    assert when(visit) == span


@pytest.mark.parametrize(
    "text",
    [
        "Chile's President Marta Ibarra Soto concluded a three-day state visit to Peru on Friday.",
        "Chile's President Marta Ibarra Soto left Lima on Friday, ending a three-day state "
        "visit to Peru.",
    ],
)
def test_visit_ended_on_the_day_still_ends_there(text: str) -> None:
    (visit,) = events_of(EventKind.MEETING, text, "2047-05-11")
    assert when(visit) == "2047-05-08/2047-05-10"


# ---------------------------------------------------------------- "since the <noun> <date>"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's President Daniel Mwangi Otieno and Uganda's President Grace Akello held talks "
        "on the pipeline, their first since the dispute over tariffs in March.",
        "Peru's President Lucía Ramos Vidal and Bolivia's President Tomás Quispe held a "
        "one-hour meeting on the lake, the first since the quarrel over water rights last "
        "year.",
    ],
)
def test_date_of_the_noun_after_since_does_not_date_the_meeting(text: str) -> None:
    (meeting,) = events_of(EventKind.MEETING, text, "2047-05-11")
    assert when(meeting) is None


def test_date_of_the_meeting_itself_before_since_still_dates_it() -> None:
    text = (
        "Kenya's President Daniel Mwangi Otieno and Uganda's President Grace Akello held talks "
        "on the pipeline on Thursday, their first since the dispute over tariffs in March."
    )
    (meeting,) = events_of(EventKind.MEETING, text, "2047-05-11")
    assert when(meeting) == "2047-05-09"


def test_meeting_named_after_since_takes_its_date() -> None:
    text = "Relations have improved since the summit in Nairobi in March."
    assert _dates(EventKind.MEETING, text, "2047-05-11") == {"Summit in Nairobi": "2047-03"}


def test_since_noun_phrase_is_linear_on_adversarial_input() -> None:
    text = "They met since the " + "a " * 5000 + "in March."
    events_of(EventKind.MEETING, text, "2047-05-11")


# ---------------------------------------------------------------- "which X Y ministers endorsed"


@pytest.mark.parametrize(
    "text",
    [
        "Loans are rescheduled under the Andean Debt Framework, which CAN finance ministers "
        "endorsed in March 2031, and the bank will report in May.",
        "Loans are rescheduled under the Andean Debt Framework, which the Andean finance "
        "ministers endorsed in March 2031.",
    ],
)
def test_initiative_endorsed_by_a_subject_of_three_words(text: str) -> None:
    assert _dates(EventKind.INITIATIVE, text, "2047-04-19") == {"Andean Debt Framework": "2031-03"}


def test_initiative_with_a_longer_clause_stays_undated() -> None:
    text = (
        "Loans are rescheduled under the Andean Debt Framework, which officials of the bank "
        "say will be reviewed in 2048."
    )
    assert _dates(EventKind.INITIATIVE, text, "2047-04-19") == {"Andean Debt Framework": None}


# ---------------------------------------------------------------- "the Lima Leaders' Declaration"


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        (
            "Pacific Alliance leaders ended their summit in Lima on Tuesday with the Lima "
            "Leaders' Declaration on fisheries.",
            "Lima Leaders' Declaration",
            "2051-06-06",
        ),
        (
            "The Pacific Alliance summit was held in Lima on Monday and Tuesday. It closed with "
            "the Lima Summit Declaration on fisheries.",
            "Lima Summit Declaration",
            "2051-06-05/2051-06-06",
        ),
        (
            "The Pacific Alliance summit was held in Lima on Monday and Tuesday. It closed with "
            "the Lima Ministers' Declaration on fisheries.",
            "Lima Ministers' Declaration",
            "2051-06-05/2051-06-06",
        ),
    ],
)
def test_leaders_declaration_named_after_the_host_city(text: str, name: str, span: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2051-06-09")[name] == span


def test_leaders_declaration_of_another_city_stays_undated() -> None:
    text = (
        "The Pacific Alliance summit was held in Lima on Monday and Tuesday. It recalled the "
        "Quito Leaders' Declaration on fisheries."
    )
    assert _dates(EventKind.AGREEMENT, text, "2051-06-09")["Quito Leaders' Declaration"] is None


# ---------------------------------------------------------------- a weekday after a stretch to come


def test_past_weekday_after_a_stretch_to_come_is_before_the_anchor() -> None:
    text = (
        "Next steps. Trade ministers will meet again in Cusco on 12 and 13 August.\n\n"
        "Outside the talks, Chile's Trade Minister Marta Ibarra Soto and Peru's Trade "
        "Minister Tomás Quispe held talks on Thursday on copper tariffs, the Peruvian "
        "ministry said."
    )
    (thursday,) = [m for m in tag(text, PartialDate(2049, 5, 22)) if m.text == "Thursday"]
    assert thursday.timex_value == "2049-05-20"


def test_weekday_inside_a_stretch_gone_is_that_day() -> None:
    text = (
        "President Juan Ortega paid a two-day state visit to Finland on 9-10 May. After talks "
        "at Kesäranta on Monday, he met business leaders."
    )
    (monday,) = [m for m in tag(text, PartialDate(2049, 5, 22)) if m.text == "Monday"]
    assert monday.timex_value == "2049-05-10"


def test_future_weekday_inside_a_stretch_to_come_is_that_day() -> None:
    text = (
        "Ministers will meet in Cusco on 12 and 13 August. They will sign the accord on "
        "Friday, officials said."
    )
    (friday,) = [m for m in tag(text, PartialDate(2049, 5, 22)) if m.text == "Friday"]
    assert friday.timex_value == "2049-08-13"


# ---------------------------------------------------------------- a deadline in the clause


def test_deadline_in_an_agreements_clause_does_not_date_it() -> None:
    text = (
        "The summit adopted the Apia Declaration on Ocean Health, which commits members to a "
        "common register of fishing vessels by 2065."
    )
    assert _dates(EventKind.AGREEMENT, text, "2062-07-22") == {
        "Apia Declaration on Ocean Health": None
    }


def test_day_of_the_adoption_still_dates_the_agreement_before_a_deadline() -> None:
    text = (
        "The summit adopted the Apia Declaration on Ocean Health on Friday, which commits "
        "members to a common register of fishing vessels by 2065."
    )
    assert _dates(EventKind.AGREEMENT, text, "2062-07-22") == {
        "Apia Declaration on Ocean Health": "2062-07-21"
    }


def test_year_of_adoption_in_the_clause_still_dates_the_agreement() -> None:
    text = "Members recalled the Apia Declaration on Ocean Health, which was adopted in 2059."
    assert _dates(EventKind.AGREEMENT, text, "2062-07-22") == {
        "Apia Declaration on Ocean Health": "2059"
    }


# ---------------------------------------------------------------- a clock time before the day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Water Charter was signed at 10:15 local time (UTC-5) yesterday.",
            "2047-05-10T10:15-05:00",
        ),
        ("The Andean Water Charter was signed at 10:15 on Friday in Quito.", "2047-05-10T10:15"),
        (  # a time after the day, as before
            "The Andean Water Charter was signed on Friday at 10:15 (UTC-5) in Quito.",
            "2047-05-10T10:15-05:00",
        ),
    ],
)
def test_act_signed_at_a_time_before_its_day(text: str, expected: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2047-05-11") == {"Andean Water Charter": expected}


def test_time_of_another_clause_before_the_day_is_not_the_acts() -> None:
    text = (
        "Delegates arrived at 09:00 for the closing session, and the Andean Water Charter was "
        "signed on Friday in Quito."
    )
    assert _dates(EventKind.AGREEMENT, text, "2047-05-11") == {"Andean Water Charter": "2047-05-10"}


def test_meeting_opening_at_a_time_before_its_day_keeps_the_day() -> None:
    text = "The 21st Andean Summit opens at 10 a.m. on Thursday in Quito."
    assert _dates(EventKind.MEETING, text, "2047-05-13") == {"21st Andean Summit": "2047-05-16"}


# ---------------------------------------------------------------- "After the talks" of a visit


_VISIT = (
    "LIMA, Saturday 11 May 2047 - Chile's President Marta Ibarra Soto paid a one-day visit to "
    "Peru on Tuesday. "
)


def test_act_after_the_talks_of_a_one_day_visit_takes_its_day() -> None:
    text = (
        _VISIT + "After the talks the two foreign ministers signed a memorandum of "
        "understanding on a dry port at Ilo."
    )
    # Session 16 (fold-22): the topic after "on a" is the memorandum's name.
    assert _dates(EventKind.AGREEMENT, text, "2047-05-11") == {
        "memorandum of understanding on a dry port": "2047-05-07"
    }


def test_act_without_a_cue_keeps_the_date_lines_day() -> None:
    text = (
        _VISIT + "The two foreign ministers also signed a memorandum of understanding on a dry "
        "port at Ilo."
    )
    # Session 16 (fold-22): the topic after "on a" is the memorandum's name.
    assert _dates(EventKind.AGREEMENT, text, "2047-05-11") == {
        "memorandum of understanding on a dry port": "2047-05-11"
    }


def test_act_after_the_talks_of_a_meeting_keeps_the_meetings_day() -> None:
    text = (
        "LIMA, Saturday 11 May 2047 - Chile's President Marta Ibarra Soto paid a one-day visit "
        "to Peru on Tuesday. Chile's Foreign Minister Pedro Vial Echeverría and Peru's Foreign "
        "Minister Rosa Cárdenas Luna held talks in Lima on Wednesday. After the talks the two "
        "foreign ministers signed a memorandum of understanding on a dry port at Ilo."
    )
    # Session 16 (fold-22): the topic after "on a" is the memorandum's name.
    assert _dates(EventKind.AGREEMENT, text, "2047-05-11") == {
        "memorandum of understanding on a dry port": "2047-05-08"
    }


# ---------------------------------------------------------------- "adopted by the X summit of"


_LEAD = "NAIROBI, 14 March 2052 - East African ministers met in Arusha on Tuesday.\n\n"


def test_act_adopted_by_a_dated_summit_takes_its_date() -> None:
    text = (
        _LEAD + "Kenya's Foreign Minister Amina Wekesa Odhiambo told reporters her country "
        "would pay, referring to the Arusha Declaration adopted by the Lake Victoria summit "
        "of May 2049."
    )
    assert _dates(EventKind.AGREEMENT, text, "2052-03-14") == {"Arusha Declaration": "2049-05"}


def test_act_adopted_by_ministers_keeps_the_occasion() -> None:
    text = (
        _LEAD + "Kenya's Foreign Minister Amina Wekesa Odhiambo said the Arusha Declaration was "
        "adopted by the ministers."
    )
    assert _dates(EventKind.AGREEMENT, text, "2052-03-14") == {"Arusha Declaration": "2052-03-12"}


def test_agreement_taken_up_as_signed_at_a_dated_summit_takes_its_date() -> None:
    text = (
        _LEAD + "She wants leaders to finish what the Visa Agreement began. That agreement, "
        "signed at the Kampala summit in May 2041, made travel easier for students."
    )
    assert _dates(EventKind.AGREEMENT, text, "2052-03-14") == {"Visa Agreement": "2041-05"}


def test_agreement_taken_up_without_a_meeting_keeps_the_occasion() -> None:
    text = (
        _LEAD + "Ministers signed the Visa Agreement after the talks. That agreement, signed "
        "without a vote, made travel easier for students."
    )
    assert _dates(EventKind.AGREEMENT, text, "2052-03-14") == {"Visa Agreement": "2052-03-12"}


# ------------------------------------------------------------ "the Quito summit" dated elsewhere


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Quito summit ends with water deal\n\nQUITO, Saturday 11 May 2047 - Andean leaders "
            "closed their two-day summit in Quito yesterday with a water deal approved.",
            "2047-05-09/2047-05-10",
        ),
        (
            "Quito summit opens with water deal in sight\n\nQUITO, Tuesday 14 May 2047 - Andean "
            "leaders opened their three-day summit in Quito on Monday.",
            "2047-05-13/2047-05-15",
        ),
        (
            "Quito summit backs water fund\n\nQUITO, 11 May 2047 - Andean leaders approved a "
            "water fund at the close of their summit here, the host said. She said the summit, "
            "held on Thursday and Friday, had also adopted a statement on glaciers.",
            "2047-05-09/2047-05-10",
        ),
    ],
)
def test_summit_told_by_its_place_takes_the_date_told_elsewhere(text: str, span: str) -> None:
    published = "2047-05-14" if "14 May" in text else "2047-05-11"
    # Since events-20 (merged in session 15) "Andean leaders closed their two-day summit in
    # Quito" is a meeting of its own, and the headline's "Quito summit" folds into it as an
    # alias: the summit so named has the days either way.
    dated = {
        label: when(e)
        for e in events_of(EventKind.MEETING, text, published)
        for label in (e.name, *e.aliases)
    }
    assert dated["Quito summit"] == span


def test_summit_of_another_place_told_with_a_date_stays_undated() -> None:
    text = (
        "Quito summit ends with water deal\n\nQUITO, Saturday 11 May 2047 - Andean leaders "
        "recalled their summit in Lima on Friday 3 May 2041 as a failure."
    )
    assert _dates(EventKind.MEETING, text, "2047-05-11").get("Quito summit") is None


def test_two_summits_told_by_their_places_leave_the_summit_held_undated() -> None:
    text = (
        "Quito summit and Lima summit compared\n\nQUITO, 11 May 2047 - Andean leaders compared "
        "the two meetings. She said the summit, held on Thursday and Friday, had adopted a "
        "statement on glaciers."
    )
    found = _dates(EventKind.MEETING, text, "2047-05-11")
    assert found.get("Quito summit") is None
    assert found.get("Lima summit") is None


def test_place_meeting_patterns_are_linear_on_adversarial_input() -> None:
    text = (
        "Quito summit ends\n\nQUITO, 11 May 2047 - "
        + "their summit in Quito " * 400
        + "the summit, held " * 400
        + "on Friday."
    )
    events_of(EventKind.MEETING, text, "2047-05-11")


# ---------------------------------------------------------------- "asks X to do ... in <month>"


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        (
            "The communiqué welcomes the debt framework, which finance ministers endorsed in "
            "June 2031, and asks the World Bank to report on delays before the leaders' summit "
            "in Lima in November.",
            Tense.FUTURE,
        ),
        (
            "The declaration urges the secretariat to present a plan for the fisheries register "
            "to the ministers in November.",
            Tense.FUTURE,
        ),
        (  # a past request: no guess
            "The communiqué asked the World Bank to report on delays before the leaders' "
            "summit in Lima in November.",
            Tense.UNKNOWN,
        ),
        (  # a past verb nearer the date still dates it
            "The resolution asks the secretariat to prepare a report on the floods that struck "
            "the region in November.",
            Tense.PAST,
        ),
    ],
)
def test_tense_after_a_present_request(text: str, tense: Tense) -> None:
    start = text.rindex("November")
    assert guess_tense(text, start, start + len("November")) is tense


def test_summit_before_which_a_report_is_asked_is_still_to_come() -> None:
    text = (
        "The communiqué welcomes the debt framework, which finance ministers endorsed in June "
        "2031, and asks the World Bank to report on delays before the G20 leaders' summit in "
        "Lima in November."
    )
    found = _dates(EventKind.MEETING, text, "2047-04-19")
    assert list(found.values()) == ["2047-11"]


# ---------------------------------------------------- "The facility would start lending in"


_OUTLINE = (
    "Negotiators agreed the outline of a Global Grain Reserve Facility that would lend to "
    "importing countries when prices rise. "
)


@pytest.mark.parametrize(
    "after",
    [
        "The facility would be hosted by the African Development Bank and start lending in 2049.",
        "The facility will begin disbursing from 2049, officials said.",
    ],
)
def test_initiative_taken_up_by_its_head_takes_the_year_it_starts(after: str) -> None:
    found = _dates(EventKind.INITIATIVE, _OUTLINE + after, "2047-04-03")
    assert found == {"Global Grain Reserve Facility": "2049"}


@pytest.mark.parametrize(
    "after",
    [
        # another noun takes it up
        "The bank would start lending in 2049.",
        # a month: not a year alone
        "The facility would start lending in March 2049.",
        # no start of work
        "The facility was first discussed in 2041.",
    ],
)
def test_initiative_without_a_start_year_of_its_own_stays_undated(after: str) -> None:
    found = _dates(EventKind.INITIATIVE, _OUTLINE + after, "2047-04-03")
    assert found == {"Global Grain Reserve Facility": None}


# ---------------------------------------------- a host's declaration, not the report's day


_REPORT = (
    "Quito summit ends with water deal\n\nQUITO, Saturday 11 May 2047 - Andean leaders closed "
    "their two-day summit in Quito yesterday with a water deal signed by all five members."
    "\n\n"
)


def test_host_declaration_given_the_reports_day_takes_the_summits_days() -> None:
    text = _REPORT + "Leaders also adopted the Quito Declaration on Glacier Protection."
    found = _dates(EventKind.AGREEMENT, text, "2047-05-11")
    assert found["Quito Declaration on Glacier Protection"] == "2047-05-09/2047-05-10"


def test_declaration_of_another_city_keeps_the_reports_day() -> None:
    text = _REPORT + "Leaders also adopted the Lima Declaration on Glacier Protection."
    found = _dates(EventKind.AGREEMENT, text, "2047-05-11")
    assert found["Lima Declaration on Glacier Protection"] == "2047-05-11"


def test_host_declaration_with_a_day_of_its_own_keeps_it() -> None:
    text = _REPORT + "Leaders adopted the Quito Declaration on Glacier Protection on Friday."
    found = _dates(EventKind.AGREEMENT, text, "2047-05-11")
    assert found["Quito Declaration on Glacier Protection"] == "2047-05-10"
