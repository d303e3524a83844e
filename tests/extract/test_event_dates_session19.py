"""Event dates, session 16 (dates-19): dates of events_dev11's causes.

"The 31st Consultative Committee Meeting of the X, held on Wednesday and Thursday, adopted
the Y Statement", "The leaders met ... on 9 and 10 September for the 22nd Meeting ... They
also adopted the Z Declaration": a past meeting dated by a short run of days sets the
occasion of those days, so an act adopted there with no day of its own takes the whole
run (not the day a wire's lead reports, nor a review's own date); a run that ended before
the day a wire's lead reports is a round recalled.

"The Tunis Declaration of March 2031": "of" and a date right after an act's name dates it.

"The X Programme, which ministers approved at their meeting in Quito in March", "the X
Initiative, which the Pacific Community launched at its Regional Forum in Suva on Feb. 12":
a relative clause with a subject of its own places the act at a meeting, whose date (read
as an event or not) dates the act.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind, Status


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


# ---------------------------------------------------------------- an act at a run of days

_WRAPUP = """\
WRAPUP 1-Andean Plan ministers back water scheme in Cusco; Chile and Bolivia resume talks

By Ana Quispe and Luis Rojas

CUSCO/SANTIAGO, March 12 (Andes Wire) - Ministers from the Andean Plan's member countries \
ended a two-day meeting in the old Inca capital on Thursday by endorsing a regional scheme \
to train water engineers, while in Santiago the foreign ministers of Chile and Bolivia held \
their first formal talks in a decade.

CUSCO

The 31st Consultative Committee Meeting of the Andean Plan, held on Wednesday and Thursday, \
adopted the Cusco Statement on Water Security, which asks member governments to share river \
data within two years.
"""


def test_an_act_of_a_meeting_of_two_days_takes_both() -> None:
    dates = _dates(EventKind.AGREEMENT, _WRAPUP, "2071-03-12")  # a Thursday
    assert dates["Cusco Statement on Water Security"] == "2071-03-11/2071-03-12"


_REVIEW = """\
2071 IN REVIEW

A year when the atolls stood together

By Losa Tuilagi, Political Editor
The Apia Observer, Thursday 31 December 2071

If 2071 had a theme for the Pacific, it was the sea. Here is how the year went for the \
Polynesian Leaders Group and its members.

Funafuti: the big one

The heads of government met in Funafuti, Tuvalu, on 9 and 10 September for the 22nd Meeting \
of the Polynesian Leaders Group. On the second day they signed the Polynesian Maritime Patrol \
Agreement, which lets the members' patrol boats pursue suspect vessels into one another's \
waters. They also adopted the Funafuti Declaration on Sea Level Rise.
"""


def test_an_act_told_after_a_meeting_of_two_days_takes_both() -> None:
    dates = _dates(EventKind.AGREEMENT, _REVIEW, "2071-12-31")
    # not the review's own day
    assert dates["Funafuti Declaration on Sea Level Rise"] == "2071-09-09/2071-09-10"
    # an act of a day of its own keeps it
    assert dates["Polynesian Maritime Patrol Agreement"] == "2071-09-10"


_RECALLED_ROUND = """\
Kenya, Uganda sign railway deal

NAIROBI, May 20 (AP) - Kenya and Uganda signed a railway agreement on Monday as Ugandan \
Prime Minister Grace Atim held talks in Nairobi with President Samuel Mwangi.

The text was finalised at the fourth and last round of talks, held in Kampala on April 2-3, \
after negotiations that began in 2070.

Foreign Ministers Peter Otieno of Kenya and Joseph Okello of Uganda signed a separate \
memorandum of understanding on border posts.
"""


def test_a_round_recalled_before_the_lead_sets_no_occasion() -> None:
    dates = _dates(EventKind.AGREEMENT, _RECALLED_ROUND, "2072-05-20")  # a Friday
    memorandum = next(name for name in dates if "memorandum" in name)
    assert dates[memorandum] != "2072-04-02/2072-04-03"


# ---------------------------------------------------------------- "the X of <date>"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The Tunis Declaration of March 2031 promised a zone of shared prosperity.",
            "Tunis Declaration",
            "2031-03",
        ),
        (
            "The Lima Accord of 12 May 2039, which ended the border dispute, is still in force.",
            "Lima Accord",
            "2039-05-12",
        ),
        (
            "Critics compare the plan with the Accra Protocol of 2029 on cocoa prices.",
            "Accra Protocol",
            "2029",
        ),
    ],
)
def test_an_act_of_a_date(text: str, name: str, expected: str) -> None:
    assert expected == _dates(EventKind.AGREEMENT, text, "2046-03-07")[name]


def test_an_act_of_a_date_to_come_is_planned() -> None:
    (compact,) = [
        e
        for e in events_of(
            EventKind.AGREEMENT,
            "Ministers said the Accra Compact of next year would replace the old accord.",
            "2046-03-07",
        )
        if e.name == "Accra Compact"
    ]
    assert when(compact) == "2047"
    assert compact.status is Status.PLANNED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a year to come an initiative looks to
            "Leaders renewed their commitment to the Kigali Fund of 2050 for clean cooking.",
            "Kigali Fund",
        ),
        (  # no date right after "of"
            "The Quito Declaration of the Andean ministers was adopted without a vote.",
            "Quito Declaration",
        ),
    ],
)
def test_no_act_of_a_date(text: str, name: str) -> None:
    kind = EventKind.INITIATIVE if "Fund" in name else EventKind.AGREEMENT
    dates = _dates(kind, text, "2046-03-07")
    assert dates.get(name) in (None, "2046-03-07")
    assert dates.get(name) != "2050"


# ---------------------------------------------------------------- "which X did at its meeting"


@pytest.mark.parametrize(
    ("text", "published", "expected", "status"),
    [
        (
            "The Andean Green Jobs Programme, which ministers approved at their meeting in "
            "Quito in March, will train its first technicians next year.",
            "2046-05-07",
            "2046-03",
            Status.OCCURRED,
        ),
        (
            "The Coral Reef Initiative, which the Pacific Community launched at its Regional "
            "Forum in Suva on Feb. 12, would fund the work, the diplomats said.",
            "2046-05-07",
            "2046-02-12",
            Status.OCCURRED,
        ),
        (
            "The Coral Reef Initiative, which ministers will launch at their meeting in Suva "
            "on 12 June, would fund the work.",
            "2046-05-07",
            "2046-06-12",
            Status.PLANNED,
        ),
    ],
)
def test_an_initiative_made_at_a_meeting(
    text: str, published: str, expected: str, status: Status
) -> None:
    (initiative,) = events_of(EventKind.INITIATIVE, text, published)
    assert when(initiative) == expected
    assert initiative.status is status


@pytest.mark.parametrize(
    "text",
    [
        # discussed, not made there
        "The Coral Reef Initiative, which ministers discussed at their meeting in Suva in "
        "March, is still a draft.",
        # the meeting has no date; a later date is of something else
        "The Coral Reef Initiative, which ministers approved at their meeting in Suva, is to "
        "be reviewed in March.",
        # the date is of the programme's work, not of a meeting
        "The Coral Reef Initiative, which ministers approved at their request, will start "
        "work in March.",
    ],
)
def test_no_initiative_made_at_a_meeting(text: str) -> None:
    (initiative,) = events_of(EventKind.INITIATIVE, text, "2046-05-07")
    assert when(initiative) is None


# ---------------------------------------------------------------- leaving for a visit


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # leaving for the place starts the trip
            "Prime Minister Jane Doe leaves for Seoul on 12 May for a four-day official visit "
            "to South Korea.",
            "2046-05-07",
            "2046-05-12/2046-05-15",
        ),
        (
            "Prime Minister Jane Doe left for Seoul on 12 May for a four-day official visit to "
            "South Korea.",
            "2046-05-17",
            "2046-05-12/2046-05-15",
        ),
        (  # leaving the place ends it
            "Prime Minister Jane Doe left Seoul on 12 May after a four-day official visit to "
            "South Korea.",
            "2046-05-17",
            "2046-05-09/2046-05-12",
        ),
        (
            "Prime Minister Jane Doe departs on 12 May at the end of a four-day official visit "
            "to South Korea.",
            "2046-05-07",
            "2046-05-09/2046-05-12",
        ),
    ],
)
def test_leaving_for_a_visit_starts_it(text: str, published: str, expected: str) -> None:
    (visit,) = events_of(EventKind.MEETING, text, published)
    assert when(visit) == expected


# ---------------------------------------------------------------- one trip, two legs


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Pacific Community's Director-General, Marta Ruiz, travels to Lima on Monday "
            "and to Quito on Wednesday, her office said.",
            "2046-05-03",  # a Thursday
            "2046-05-07/2046-05-09",
        ),
        (  # read on a Wednesday, "Thursday" alone would be the next day
            "The envoy, Marta Ruiz, travels to Lima on Monday and to Quito on Thursday, her "
            "office said.",
            "2046-05-09",
            "2046-05-14/2046-05-17",
        ),
        (
            "The envoy, Marta Ruiz, travelled to Lima on 3 May and then to Quito on 5 May.",
            "2046-05-09",
            "2046-05-03/2046-05-05",
        ),
    ],
)
def test_a_trip_of_two_legs(text: str, published: str, expected: str) -> None:
    (visit,) = events_of(EventKind.MEETING, text, published)
    assert when(visit) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next leg has no day
        "The envoy, Marta Ruiz, travels to Lima on Monday and to Quito in June.",
        # another person's trip
        "The envoy, Marta Ruiz, travels to Lima on Monday, and her deputy to Quito on Thursday.",
        # going home is no leg
        "The envoy, Marta Ruiz, travels to Lima on Monday and returns to Quito on Thursday.",
        # a day before the first
        "The envoy, Marta Ruiz, travels to Lima on 14 May and to Quito on 10 May.",
    ],
)
def test_no_second_leg(text: str) -> None:
    visits = [e for e in events_of(EventKind.MEETING, text, "2046-05-09") if "Lima" in e.name]
    assert [when(v) for v in visits] == ["2046-05-14"]


# ---------------------------------------------------------------- "since" and an act to come

_EDITORIAL = """\
EDITORIAL

The Andes need water, not words

Tuesday, 22 November 2067

Next Tuesday, foreign ministers from the 12 members of the Andean Community will gather in \
Lima for the organisation's annual Ministerial Forum. They are expected to adopt an Andean \
Water Charter, a text their officials have been polishing since the spring. We hope they do.
"""


def test_since_bounds_no_act_to_come() -> None:
    dates = _dates(EventKind.AGREEMENT, _EDITORIAL, "2067-11-22")
    assert dates["Andean Water Charter"] == "2067-11-29"  # the forum's day, not "2067"


def test_since_still_bounds_a_meeting() -> None:
    text = "Officials have held talks on the water charter since March, the ministry said."
    assert {when(e) for e in events_of(EventKind.MEETING, text, "2067-11-22")} <= {"2067"}


# ---------------------------------------------------------------- on the sidelines of a meeting


@pytest.mark.parametrize(
    ("text", "published", "name", "expected"),
    [
        (
            "Finance Minister Jane Moyo is to sign the loan agreement with ADB President Lee "
            "Min-ho in Manila, on the sidelines of the bank's Annual Meeting on 4 and 5 May. "
            "Manila is hosting the meeting for the tenth time.",
            "2046-03-09",
            "loan agreement",
            "2046-05-04/2046-05-05",
        ),
        (
            "The two ministers will sign a memorandum of understanding on fisheries on the "
            "margins of the Pacific Islands Forum Leaders Meeting in Apia on 12 and 13 August.",
            "2046-03-09",
            "memorandum of understanding on fisheries",
            "2046-08-12/2046-08-13",
        ),
    ],
)
def test_an_act_on_the_sidelines(text: str, published: str, name: str, expected: str) -> None:
    assert expected == _dates(EventKind.AGREEMENT, text, published)[name]


def test_an_act_of_a_date_of_its_own_beside_the_sidelines() -> None:
    text = (
        "The two ministers signed a memorandum of understanding on fisheries in March; they "
        "met again on the margins of the Pacific Islands Forum Leaders Meeting in Apia on 12 "
        "and 13 August."
    )
    dates = _dates(EventKind.AGREEMENT, text, "2046-09-09")
    assert dates["memorandum of understanding on fisheries"] == "2046-03"


# ---------------------------------------------------------------- a body that will meet

_READOUT = """\
Meeting with Kenya. On Friday morning the Finance Minister met Kenya's Minister of Finance, \
Jane Wambui. The two ministers agreed to set up a Ghana-Kenya Joint Working Group on Trade \
Finance, which will meet for the first time in Accra in the first quarter of 2047.
"""


def test_a_body_set_up_is_not_dated_by_its_first_meeting() -> None:
    (group,) = events_of(EventKind.INITIATIVE, _READOUT, "2046-09-11")  # a Tuesday
    assert when(group) == "2046-09-07"  # the Friday of the decision, not 2047-01/2047-03


def test_a_body_set_up_on_a_day_of_its_own() -> None:
    text = (
        "The two ministers agreed on Friday to set up a Ghana-Kenya Joint Working Group on "
        "Trade Finance, which will meet for the first time in Accra in the first quarter of 2047."
    )
    (group,) = events_of(EventKind.INITIATIVE, text, "2046-09-11")
    assert when(group) == "2046-09-07"


def test_a_body_told_as_background_takes_no_occasion() -> None:
    text = (
        "On Friday morning the Finance Minister met Kenya's Minister of Finance, Jane Wambui. "
        "The two ministers had agreed to set up a Ghana-Kenya Joint Working Group on Trade "
        "Finance, which will meet for the first time in Accra in 2047."
    )
    (group,) = events_of(EventKind.INITIATIVE, text, "2046-09-11")
    assert when(group) is None


def test_a_body_launched_in_its_clause_keeps_that_date() -> None:
    text = (
        "The two ministers set up the Ghana-Kenya Joint Working Group on Trade Finance, which "
        "was launched in Accra in March."
    )
    (group,) = events_of(EventKind.INITIATIVE, text, "2046-09-11")
    assert when(group) == "2046-03"


# ---------------------------------------------------------------- "The project will run from"

_SIGNING = (
    "Signing of the grant agreement. On Tuesday the Finance Minister and President Otieno "
    "signed the grant agreement for the Lake Turkana Water Project, a grant of US$50 million. "
)


@pytest.mark.parametrize(
    ("then", "expected", "status"),
    [
        ("The project will run from July 2046 to June 2051.", "2046-07/2051-06", Status.PLANNED),
        ("The project runs from July 2045 to June 2051.", "2045-07/2051-06", Status.OCCURRED),
        (
            "It will employ 900 people. The project is to run from 2047 to 2050.",
            "2047/2050",
            Status.PLANNED,
        ),
    ],
)
def test_an_initiative_runs_as_a_next_sentence_says(
    then: str, expected: str, status: Status
) -> None:
    (project,) = events_of(EventKind.INITIATIVE, _SIGNING + then, "2046-03-09")
    assert when(project) == expected
    assert project.status is status


@pytest.mark.parametrize(
    "text",
    [
        # another head
        "The ministers discussed the Lake Turkana Water Project. The agreement will run from "
        "July 2046 to June 2051.",
        # two projects named together: "the project" is either
        "The ministers discussed the Lake Turkana Water Project and the Omo Valley Roads "
        "Project. The project will run from July 2046 to June 2051.",
        # a span open at its end
        "The ministers discussed the Lake Turkana Water Project. The project will run from "
        "July 2046.",
        # too far: three sentences on
        "The ministers discussed the Lake Turkana Water Project. They met for an hour. They "
        "spoke of rain. The project will run from July 2046 to June 2051.",
    ],
)
def test_no_initiative_runs_as_a_next_sentence_says(text: str) -> None:
    projects = events_of(EventKind.INITIATIVE, text, "2046-03-09")
    assert [when(p) for p in projects] == [None] * len(projects)


# ---------------------------------------------------------------- a zone written after the day


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("(Nairobi time, UTC+3)", "2046-03-06T10:15+03:00"),
        ("(UTC-4)", "2046-03-06T10:15-04:00"),
        ("(Nairobi)", "2046-03-06T10:15"),  # no offset written: none invented
    ],
)
def test_a_zone_after_the_day_of_a_signing(zone: str, expected: str) -> None:
    text = (
        f"At 10:15 on Tuesday {zone}, the Finance Minister and President Otieno signed the "
        "grant agreement for the Lake Turkana Water Project."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2046-03-09")
    assert when(agreement) == expected


# ---------------------------------------------------------------- a long subject before the act


def test_an_act_with_a_long_subject_in_its_relative_clause() -> None:
    text = (
        "The minister said the Pacific Maritime Security Agreement, which Tonga and the other "
        "ten full members of the Pacific Islands Forum (PIF) signed in Apia, Samoa, on 15 June, "
        "had already led to two joint patrols."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2068-10-10")
    assert when(agreement) == "2068-06-15"


def test_no_act_of_a_long_clause_with_another_verb() -> None:
    text = (
        "The minister said the Pacific Maritime Security Agreement, which the ministers of the "
        "ten members discussed for hours before they signed a statement on 15 June, had already "
        "led to patrols."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2068-10-10")
    assert when(agreement) is None


# ---------------------------------------------------------------- "X followed in 2010"


def test_an_act_that_followed_in_a_year() -> None:
    text = (
        "The original Treaty of Apia, which founded the forum, was signed on 3 May 1971; the "
        "Revised Treaty of Apia, which created the customs union, followed in 2019."
    )
    dates = _dates(EventKind.AGREEMENT, text, "2046-03-09")
    assert dates == {"Treaty of Apia": "1971-05-03", "Revised Treaty of Apia": "2019"}


@pytest.mark.parametrize(
    "text",
    [
        # "followed" with an object: a model, not a time
        "The Apia Fisheries Protocol followed the model of the Lomé Convention in 2021.",
        # still to come
        "The Apia Fisheries Protocol, the ministers said, will follow in 2047.",
    ],
)
def test_no_act_that_followed(text: str) -> None:
    dates = _dates(EventKind.AGREEMENT, text, "2046-03-09")
    assert dates["Apia Fisheries Protocol"] is None


# ---------------------------------------------------------------- "the agreement, which X signed"

_HEARING = """\
Foreign Minister Jane Tui told a parliamentary committee on Tuesday that Tonga could ratify \
the Pacific Maritime Security Agreement before the end of October.

Appearing before the committee for three hours, Tui defended the agreement, which Tonga and \
the other ten full members of the Pacific Islands Forum (PIF) signed in Apia, Samoa, on \
15 June.
"""


def test_the_agreement_taken_up_by_its_noun_and_signed() -> None:
    (agreement,) = events_of(EventKind.AGREEMENT, _HEARING, "2068-10-10")
    assert when(agreement) == "2068-06-15"


def test_the_agreement_taken_up_by_a_clause_of_no_act() -> None:
    text = (
        "Tui said Tonga could ratify the Pacific Maritime Security Agreement soon. She defended "
        "the agreement, which she said was fair, and the treaty, which critics called weak in "
        "June."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2068-10-10")
    assert when(agreement) is None


# ---------------------------------------------------------------- "the summit, held ..., adopted"


def test_an_act_of_a_meeting_subject_dated_in_its_clause() -> None:
    text = (
        "Apia, 22 July 2062 - The Pacific leaders approved a digital academy. The Secretary "
        "General said the summit, held on Thursday and Friday, had also adopted the Apia "
        "Declaration on the Ocean Economy, which commits members to a register by 2065."
    )
    dates = _dates(EventKind.AGREEMENT, text, "2062-07-22")  # a Saturday
    assert dates["Apia Declaration on the Ocean Economy"] == "2062-07-20/2062-07-21"


def test_an_act_of_a_meeting_subject_of_another_sentence() -> None:
    # the meeting is dated, but another clause names the act: no subject, no date given here
    text = (
        "The summit was held on Thursday and Friday. Critics said the Apia Declaration on the "
        "Ocean Economy, adopted years ago, was never applied."
    )
    dates = _dates(EventKind.AGREEMENT, text, "2062-07-22")
    assert dates.get("Apia Declaration on the Ocean Economy") != "2062-07-20/2062-07-21"


# ---------------------------------------------------------------- "has run since 2041"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Partners are reminded that the Regional Flood Management Programme, which the "
            "Commission has run since 2041, remains the channel for offers of equipment.",
            "2041",
        ),
        ("The Pacific Tuna Fund has operated since March 2040 and has lent $2 billion.", "2040-03"),
    ],
)
def test_an_initiative_at_work_since_a_date(text: str, expected: str) -> None:
    (initiative,) = events_of(EventKind.INITIATIVE, text, "2047-05-20")
    assert when(initiative) == expected
    assert initiative.status is Status.OCCURRED


@pytest.mark.parametrize(
    "text",
    [
        # talked about since then: not at work
        "Officials have discussed the Pacific Tuna Fund since March, the ministry said.",
        # no date after "since"
        "The Pacific Tuna Fund, which the bank has run since it was set up, lends to fishers.",
    ],
)
def test_no_initiative_at_work_since(text: str) -> None:
    (initiative,) = events_of(EventKind.INITIATIVE, text, "2047-05-20")
    assert when(initiative) is None


# ---------------------------------------------------------------- "during the conference"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ministers will gather in Lima for the Andean Water Conference on 12 and 13 May. They "
            "hope the Andean Water Charter will be adopted during the conference.",
            "Andean Water Charter",
            "2046-05-12/2046-05-13",
        ),
        (
            "The Andean Business Forum opens in Quito on Thursday. Officials said a memorandum of "
            "understanding on tourism would be signed at the forum.",
            "memorandum of understanding on tourism",
            "2046-05-10",
        ),
    ],
)
def test_an_act_during_the_conference(text: str, name: str, expected: str) -> None:
    assert expected == _dates(EventKind.AGREEMENT, text, "2046-05-07")[name]


def test_an_act_during_a_conference_of_other_form() -> None:
    # the last meeting named is a visit, not a conference: no date
    text = (
        "The President will visit Lima on 12 May. Officials hope the Andean Water Charter "
        "will be adopted during the conference."
    )
    assert _dates(EventKind.AGREEMENT, text, "2046-05-07")["Andean Water Charter"] is None


# ---------------------------------------------------------------- linear on adversarial input


def test_new_patterns_are_linear_on_adversarial_input() -> None:
    text = (
        "The Coral Reef Initiative, which "
        + "ministers of the " * 800
        + "approved at their "
        + "meeting in Suva " * 400
        + "on 12 June. The Pacific Fisheries Agreement, which "
        + "Tonga and the (PIF) " * 800
        + "signed on 3 March, on the sidelines of the "
        + "bank's " * 800
        + "Annual Meeting on 4 and 5 May. The envoy travels to Lima on Monday "
        + "and to Quito " * 800
        + "on Thursday. At 10:15 on Tuesday ("
        + "Nairobi " * 800
        + "time, UTC+3). The project will run from July 2046 to June 2051. The Apia Accord was "
        + "signed. She defended the agreement, which "
        + "the members " * 2000
        + "agreed on 15 June. The Apia Fund, which "
        + "the bank " * 2000
        + "has run since 2041, lends."
    )
    events_of(EventKind.INITIATIVE, text, "2046-05-07")
