"""Event dates, session 14 (dates-17): days told against a meeting of several days.

An act told "on its closing day", "On the second day", "on the final day" or "on the third
day of the visit" is of that day of the meeting named last before it whose dates are a run
of days: "adopted the X Declaration on its closing day" after a summit "on Monday and
Tuesday last week" is the Tuesday. A day past the meeting's last, a meeting of one day, or
a noun that names no meeting ("the last day of the year") leaves the act as it was.

An agreement or initiative named right after a date in the possessive ("the committee created
by last June's Tarija agreement", "next month's Lima Accord") is of that date, as "Tuesday's
summit" is held then; a possessive of something else before the name ("last year's chair of
the X") leaves it undated.

A meeting dated loosely ("at its summit in Astana next week", "a summit in La Paz next
month") takes the days that a later sentence opening "The summit, on 14 and 15 April," gives
it, when they lie inside; so does a meeting undated, loosely dated or dated by one of the days
that a later "expected for the summit on Saturday and Sunday" (also "at" or "during the
meeting", conference, session, forum) gives; an act still to come that a relative clause
with a subject of its own places at a dated meeting to come ("the X Rail Link, a freight
corridor that the four governments hope to approve at their summit in La Paz on 14 April")
takes its date.

An initiative is dated by the span of years its own clause gives it rather than by the day
it was approved or launched before that span ("a programme that ministers approved at their
meeting in Riga in December and that will run from 2048 to 2050"; "the X Facility, launched
at the 9th summit in Niamey in May 2046 and funded for 2047-2051": a meeting named in the
clause holds no span of years). A span open at one end, a launch inside the span, or a span
that is another name's leaves the launch's date.

What was done several times ("Santiago, which has hosted the Ibero-American Summit three
times", "twice") is no one occasion: the day an article's date line gives does not date it.

A day or month without a year, in a clause "at which" or "where" right after a name that
holds its year ("She recalled the 2011 summit, at which the Andean Charter was adopted on 14
March"), is of that year, not of the year the document's date gives it; a clause break, a
date between, or a day told relatively ("last month", "on Monday") leaves it.

An undated act that "That summit launched" (also "This", "The"; meeting, session,
conference, council; adopted, endorsed, approved, created, established, signed, set up)
takes the date of the last meeting named before whose name holds the noun, a past act of a
past meeting; no such meeting, or one still to come, leaves it undated.

An undated meeting told by its place and its noun alone ("the Rio summit") takes the dates of
the meeting named before it, with that noun in its name, held at that place ("the BRICS
summit in Rio de Janeiro on Thursday and Friday last week"); another place, another noun, or
two such meetings of different dates leave it undated.

The day of a meeting may be told in the possessive ("On the summit's second day", "during
the session's final day"), and it beats the day of a report (a minutes' "Held on ...") that
the act had been given for want of a date of its own.

A date in apposition after a short opening phrase ("On the summit's second day, 26 April,
the President of Chile, NAME, signed ...") takes the tense of the verb after the subject, as
a date that opens its sentence does, not the day nearest the article's; "used" (too short
for the "-ed" rule), "died" and "sued" are past verbs.

An undated meeting named alone on a line takes the day or days of the line right under it
("Summit of Heads of State and Government of the X / Accra, 9-10 June 2049"): a place and a
comma before the date, or nothing; a month alone, more words after the date or around the
name, or a blank line between leave it undated.

A day heading over a clock time ("FRIDAY 18 MAY" then "08:15 - The Prime Minister receives
...") is the day: a clock time after a day and month is no year that would make "18 May"
part of a longer date (the tagger, rule `date.day-month`).
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import default_tagger, guess_tense
from diplotimeline.model import EventKind, Status
from diplotimeline.time import PartialDate
from diplotimeline.time.anchor import Tense


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


# ---------------------------------------------------------------- a day of a meeting of days


@pytest.mark.parametrize(
    ("text", "published", "kind", "name", "day"),
    [
        (
            "The 12th Andean Summit, held in Quito on Monday and Tuesday last week, adopted "
            "the Quito Declaration on Glacier Protection on its closing day, after ministers "
            "had worked through the night.",
            "2041-03-19",
            EventKind.AGREEMENT,
            "Quito Declaration on Glacier Protection",
            "2041-03-12",
        ),
        (
            "The Summit of the Andean Community was held in Cusco on 3-5 June 2039. On the "
            "second day the presidents of Bolivia, Colombia, Ecuador and Peru signed the Cusco "
            "Charter on River Basins.",
            "2039-08-01",
            EventKind.AGREEMENT,
            "Cusco Charter on River Basins",
            "2039-06-04",
        ),
        (
            "The Summit of the Andean Community was held in Cusco on 3-5 June 2039. On the "
            "final day the four presidents launched the Andean Water Fund.",
            "2039-08-01",
            EventKind.INITIATIVE,
            "Andean Water Fund",
            "2039-06-05",
        ),
        (
            "The Mekong-Lancang Summit was held in Vientiane on 9-11 May 2047. President Juan "
            "Ortega of Chile paid a state visit to Laos from 14 to 17 May, and on the third "
            "day of the visit the two presidents signed the Agreement on Lithium Processing.",
            "2047-06-01",
            EventKind.AGREEMENT,
            "Agreement on Lithium Processing",
            "2047-05-16",
        ),
    ],
)
def test_act_on_a_day_of_a_meeting(
    text: str, published: str, kind: EventKind, name: str, day: str
) -> None:
    assert _dates(kind, text, published)[name] == day


def test_act_to_come_on_the_final_day() -> None:
    text = (
        "Leaders of the Pacific Islands Forum meet in Apia on 12 and 13 August. An Apia "
        "Accord on Ocean Boundaries, negotiated since the spring, is expected to be adopted "
        "on the final day."
    )
    (accord,) = events_of(EventKind.AGREEMENT, text, "2044-08-05")
    assert when(accord) == "2044-08-13"
    assert accord.status is Status.PLANNED


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a noun after "day of" that names no meeting: the year's last day, not the summit's
        (
            "The Summit of the Andean Community was held in Cusco on 3-5 June 2039. On the "
            "last day of the year the presidents of Bolivia and Peru signed the Cusco Charter "
            "on River Basins.",
            "2039",
        ),
        # the fourth day of a two-day summit is none of its days
        (
            "The Summit of the Andean Community was held in Cusco on 3-4 June 2039. On the "
            "fourth day the presidents of Bolivia and Peru signed the Cusco Charter on River "
            "Basins.",
            "2039-06-03/2039-06-04",
        ),
        # a summit of one day has no second day to count
        (
            "The Summit of the Andean Community was held in Cusco on 3 June 2039. On the second "
            "day the presidents of Bolivia and Peru signed the Cusco Charter on River Basins.",
            "2039-06-03",
        ),
        # "the third day of the conference": no conference is named, the summit is not it
        (
            "The Summit of the Andean Community was held in Cusco on 3-5 June 2039. The Cusco "
            "Charter on River Basins was signed on the third day of the conference on water.",
            "2039-06-03/2039-06-05",
        ),
    ],
)
def test_day_of_no_meeting_of_days(text: str, day: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2039-08-01")["Cusco Charter on River Basins"] == day


def test_first_day_of_a_signature_is_no_meeting_day() -> None:
    text = (
        "Ministers opened the Lima Convention on Fisheries for signature in May, with nine "
        "states signing on the first day."
    )
    assert _dates(EventKind.AGREEMENT, text, "2039-08-01") == {
        "Lima Convention on Fisheries": "2039-05"
    }


def test_day_after_another_date_is_another_acts() -> None:
    text = (
        "The Summit of the Andean Community was held in Cusco on 3-5 June 2039. The Cusco "
        "Charter on River Basins was signed on 20 May and presented on the closing day."
    )
    assert _dates(EventKind.AGREEMENT, text, "2039-08-01") == {
        "Cusco Charter on River Basins": "2039-05-20"
    }


# ---------------------------------------------------------------- a date in the possessive


@pytest.mark.parametrize(
    ("text", "kind", "name", "span"),
    [
        (
            "On Friday the river commission created by last June's Tarija agreement on the "
            "Pilcomayo basin met in Asunción for the first time.",
            EventKind.AGREEMENT,
            "Tarija agreement",
            "2047-06",
        ),
        (
            "Fishing ministers are already drafting next month's Lima Accord on Anchovy Stocks.",
            EventKind.AGREEMENT,
            "Lima Accord on Anchovy Stocks",
            "2048-04",
        ),
        (
            "Farmers in the delta have yet to see money from last year's Mekong Seed Fund.",
            EventKind.INITIATIVE,
            "Mekong Seed Fund",
            "2047",
        ),
    ],
)
def test_act_dated_in_the_possessive(text: str, kind: EventKind, name: str, span: str) -> None:
    assert _dates(kind, text, "2048-03-20")[name] == span


@pytest.mark.parametrize(
    "text",
    [
        # the possessive is the chair's, not the accord's
        "Last year's chair of the Lima Accord on Anchovy Stocks spoke first in Callao.",
        # the possessive is a country's
        "Peru's Lima Accord on Anchovy Stocks is still unsigned.",
    ],
)
def test_possessive_of_something_else(text: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2048-03-20") == {
        "Lima Accord on Anchovy Stocks": None
    }


# ---------------------------------------------------------------- days told in an apposition


def test_loose_meeting_takes_the_days_of_an_apposition() -> None:
    text = (
        "Andean ministers will meet for a summit in La Paz next month. The summit, on 14 and 15 "
        "April, will be the first hosted by Bolivia since 2031."
    )
    assert list(_dates(EventKind.MEETING, text, "2047-03-10").values()) == ["2047-04-14/2047-04-15"]


@pytest.mark.parametrize(
    "text",
    [
        # the days lie outside the month the summit was given
        "Andean ministers will meet for a summit in La Paz next month. The summit, on 14 and "
        "15 June, will be the first hosted by Bolivia since 2031.",
        # the sentence does not open by taking up the summit: the day is the talks'
        "Andean ministers will meet for a summit in La Paz next month. On the margins of the "
        "summit, on 14 April, the two presidents will hold talks.",
    ],
)
def test_apposition_that_gives_the_meeting_no_days(text: str) -> None:
    assert list(_dates(EventKind.MEETING, text, "2047-03-10").values()) == ["2047-04"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # undated before: the days of "expected for the summit on Saturday and Sunday"
        (
            "Fiji will host the 14th Summit of the Pacific Islands Forum in Suva. Some 600 "
            "delegates are expected for the summit on Saturday and Sunday, the largest "
            "gathering the city has hosted.",
            "2052-08-17/2052-08-18",
        ),
        # dated by the last of its days ("until midnight on Sunday while ... meets")
        (
            "Ring roads around Suva will be closed from Friday morning until midnight on Sunday "
            "while the 14th Summit of the Pacific Islands Forum meets at the Grand Pacific "
            "Hotel. Some 600 delegates are expected for the summit on Saturday and Sunday, the "
            "largest gathering the city has hosted.",
            "2052-08-17/2052-08-18",
        ),
        # dated by a month that holds the days
        (
            "Pacific leaders will meet for the 14th Summit of the Pacific Islands Forum in Suva "
            "next month. Tonga hopes to sign a fisheries pact at the summit on 10 and 11 "
            "September, officials said.",
            "2052-09-10/2052-09-11",
        ),
    ],
)
def test_meeting_takes_the_days_of_for_the_summit_on(text: str, days: str) -> None:
    assert list(_dates(EventKind.MEETING, text, "2052-08-14").values()) == [days]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the days lie outside the month the summit was given
        (
            "Pacific leaders will meet for the 14th Summit of the Pacific Islands Forum in Suva "
            "next month. Tonga hopes to sign a fisheries pact at the summit on 10 and 11 "
            "October, officials said.",
            "2052-09",
        ),
        # a visit's "for the visit on Friday" is an arrival's day, not the visit's
        (
            "President Wanjiru Kamau of Kenya will pay a state visit to Ghana next week. "
            "Officials in Accra are preparing for the visit on Friday and Saturday.",
            "2052-08-19/2052-08-25",
        ),
        # a meeting of one day keeps it: another day, or days that do not hold it
        (
            "The Council of Ministers of the Pacific Islands Forum met in Suva on 3 May 2052. "
            "Fiji tabled its proposal during the meeting on 4 May.",
            "2052-05-03",
        ),
        (
            "The Council of Ministers of the Pacific Islands Forum met in Suva on 3 May 2052. "
            "Fiji tabled its proposal during the meeting on 3 and 4 June.",
            "2052-05-03",
        ),
    ],
)
def test_for_the_summit_on_that_gives_no_days(text: str, day: str) -> None:
    assert list(_dates(EventKind.MEETING, text, "2052-08-14").values()) == [day]


def test_act_a_subject_hopes_to_approve_at_a_meeting() -> None:
    text = (
        "The Andean Rail Link, a freight corridor that the four governments hope to approve at "
        "their summit in La Paz on 14 April, will cost $3 billion."
    )
    assert _dates(EventKind.INITIATIVE, text, "2047-03-10") == {"Andean Rail Link": "2047-04-14"}


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Rail Link, a freight corridor that the four governments hope to approve at "
        "a date still to be set, will cost $3 billion.",
        # a hope of the past, at a meeting of the past: no act of that day
        "The Andean Rail Link, a freight corridor that the four governments hoped to approve at "
        "their summit in La Paz on 14 January, was shelved.",
    ],
)
def test_act_hoped_for_at_no_meeting_to_come(text: str) -> None:
    assert _dates(EventKind.INITIATIVE, text, "2047-03-10") == {"Andean Rail Link": None}


# ---------------------------------------------------------------- the span over the launch


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        (
            "The festival is the first event of the Baltic Music Corridor, a programme of "
            "exchanges that the organisation's culture ministers approved at their meeting in "
            "Riga in December and that will run from 2048 to 2050.",
            "2048-05-16",
            "2048/2050",
        ),
        (
            "Ministers will review the Sahel Solar Facility, launched at the 9th summit in "
            "Niamey in May 2046 and funded for 2047-2051.",
            "2049-10-09",
            "2047/2051",
        ),
    ],
)
def test_initiative_dated_by_its_span_not_its_launch(text: str, published: str, span: str) -> None:
    assert (
        _dates(EventKind.INITIATIVE, text, published)[
            "Baltic Music Corridor" if "Baltic" in text else "Sahel Solar Facility"
        ]
        == span
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the span is the next name's
        (
            "Ministers will review the Sahel Solar Facility, launched at the 9th summit in "
            "Niamey in May 2046, and the Nile Data Programme, funded for 2047-2051.",
            "2046-05",
        ),
        # a span open at one end: the launch starts it
        (
            "Ministers will review the Sahel Solar Facility, launched in May 2046, which runs "
            "until 2051.",
            "2046-05/2051",
        ),
        # a launch after the span's start is no launch before it
        (
            "Ministers will review the Sahel Solar Facility, launched in May 2048 and funded "
            "for 2047-2051.",
            "2048-05",
        ),
    ],
)
def test_launch_kept_beside_a_span(text: str, span: str) -> None:
    assert _dates(EventKind.INITIATIVE, text, "2049-10-09")["Sahel Solar Facility"] == span


# ---------------------------------------------------------------- several times, no occasion

_CAMPUS = (
    "CAMPUS NEWS\n\nThursday 12 March 2048\n\nA full hall heard the former Chilean foreign "
    "minister Rosa Valdés speak on Tuesday evening. She then turned to Santiago, which {}."
)


@pytest.mark.parametrize(
    ("clause", "day"),
    [
        ("has hosted the Ibero-American Summit three times", None),
        ("has hosted the Ibero-American Summit twice", None),
        ("has hosted the Ibero-American Summit several times", None),
        ("has hosted the Ibero-American Summit many times", None),
        # once, under the date line: the occasion's day, as before
        ("hosted the Ibero-American Summit", "2048-03-12"),
    ],
)
def test_several_times_is_no_occasion(clause: str, day: str | None) -> None:
    text = _CAMPUS.format(clause)
    assert _dates(EventKind.MEETING, text, "2048-03-12") == {"Ibero-American Summit": day}


# ---------------------------------------------------------------- the year of the antecedent


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "She recalled the 2011 summit, at which the present Andean Charter was adopted on "
            "14 March, and the 12th summit of May 2040.",
            "2011-03-14",
        ),
        (
            "He remembered the 1998 Cartagena meeting, where the ministers signed the Andean "
            "Charter on 2 June.",
            "1998-06-02",
        ),
        # a clause break: the day is the document's year's
        ("She recalled the 2011 summit; the Andean Charter was adopted on 14 March.", "2047-03-14"),
        # a date between: the day follows it, not the name's year
        (
            "She recalled the 2011 summit, at which the leaders met in 2012 and adopted the "
            "Andean Charter on 14 March.",
            "2047-03-14",
        ),
        # a day told relatively is not re-dated
        (
            "She recalled the 2011 summit, at which the Andean Charter was praised, and the "
            "ministers adopted the Andean Charter last month.",
            "2047-10",
        ),
    ],
)
def test_day_in_a_clause_after_a_named_year(text: str, day: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2047-11-05")["Andean Charter"] == day


# ---------------------------------------------------------------- "That summit launched"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "She recalled the 9th summit of June 2039, over which she presided. That summit "
            "launched the Andes Glacier Fund.",
            "2039-06",
        ),
        # no summit named before: a meeting of another noun is not "that summit"
        (
            "She recalled the Ministerial Meeting of June 2039, over which she presided. That "
            "summit launched the Andes Glacier Fund.",
            None,
        ),
        # the summit named before is still to come: no past act of it
        (
            "Ministers will meet at the 10th summit in June 2048. That summit launched the Andes "
            "Glacier Fund, she added.",
            None,
        ),
    ],
)
def test_act_that_summit_made(text: str, span: str | None) -> None:
    assert _dates(EventKind.INITIATIVE, text, "2047-11-05") == {"Andes Glacier Fund": span}


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "The envoy recalled the Ministerial Meeting of the Andean Community in Lima in "
            "October 2036. This meeting adopted the Andean Charter on Migrant Workers.",
            EventKind.AGREEMENT,
            "Andean Charter on Migrant Workers",
        ),
        (
            "The envoy recalled the 7th Andean Conference in Lima in October 2036. The "
            "conference established the Andean Migration Observatory.",
            EventKind.INITIATIVE,
            "Andean Migration Observatory",
        ),
    ],
)
def test_act_this_meeting_or_the_conference_made(text: str, kind: EventKind, name: str) -> None:
    assert _dates(kind, text, "2047-11-05") == {name: "2036-10"}


# ---------------------------------------------------------------- a meeting told by its place


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        (
            "Trade tensions eased after the EAC summit in Nairobi on Tuesday and Wednesday last "
            "week. The shilling rose after the Nairobi summit, officials said.",
            "Nairobi summit",
            "2051-02-28/2051-03-01",
        ),
        # the first word of a longer place: "in Rio de Janeiro" is "Rio"
        (
            "Trade tensions eased after the Mercosur summit in Rio de Janeiro on Tuesday and "
            "Wednesday last week. The real rose after the Rio summit, officials said.",
            "Rio summit",
            "2051-02-28/2051-03-01",
        ),
        # a meeting still to come
        (
            "Andean leaders will meet for a summit in Quito on 14 April. Flower growers hope the "
            "Quito summit will cut tariffs on roses, their association said.",
            "Quito summit",
            "2051-04-14",
        ),
    ],
)
def test_meeting_told_by_its_place(text: str, name: str, span: str) -> None:
    # Since events-18's folds (merged in session 15) the summit told by its place is one
    # event with the summit named before it, its name an alias: it has those dates either way.
    dated = {
        label: when(e)
        for e in events_of(EventKind.MEETING, text, "2051-03-09")
        for label in (e.name, *e.aliases)
    }
    assert dated[name] == span


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # another place
        (
            "Trade tensions eased after the EAC summit in Nairobi on Tuesday and Wednesday last "
            "week. The shilling rose after the Kampala summit, officials said.",
            "Kampala summit",
        ),
        # another noun: talks are not the summit
        (
            "Trade tensions eased after the EAC summit in Nairobi on Tuesday and Wednesday last "
            "week. The shilling rose after the Nairobi talks, officials said.",
            "Nairobi talks",
        ),
        # two summits held there, on different days: which one is not told
        (
            "EAC leaders met at the 20th EAC Summit in Nairobi on 3 February 2051 and will meet "
            "again at the 21st EAC Summit in Nairobi on 9 June 2051. The shilling rose after "
            "the Nairobi summit, officials said.",
            "Nairobi summit",
        ),
    ],
)
def test_meeting_told_by_a_place_no_dated_meeting_holds(text: str, name: str) -> None:
    assert _dates(EventKind.MEETING, text, "2051-03-09")[name] is None


# ---------------------------------------------------------------- a day of the meeting, again

_MINUTES = (
    "MUNICIPALITY OF TROMSØ - CITY COUNCIL\nExcerpt from the minutes of the 12th ordinary "
    "meeting\nHeld on Tuesday, 16 November 2049, at the City Hall, Tromsø\n\nCouncillor Ingrid "
    "Solberg reported that the Session of the Nordic Council was held at the Tromsø Concert "
    "Hall on 28 and 29 October without any serious incident. She noted that the ministers "
    "adopted the Tromsø Declaration on Arctic Shipping {}."
)


@pytest.mark.parametrize(
    ("day_told", "day"),
    [
        # the day told beats the day of the minutes, which the act had been given
        ("on the closing day", "2049-10-29"),
        ("on the first day", "2049-10-28"),
        # the meeting's day in the possessive
        ("on the session's second day", "2049-10-29"),
        # no day of the meeting: the minutes' day stays
        ("on the fourth day", "2049-11-16"),
        ("on the festival's second day", "2049-11-16"),
    ],
)
def test_day_told_over_the_day_of_a_report(day_told: str, day: str) -> None:
    text = _MINUTES.format(day_told)
    assert _dates(EventKind.AGREEMENT, text, "2049-11-16") == {
        "Tromsø Declaration on Arctic Shipping": day
    }


@pytest.mark.parametrize(
    ("text", "kind", "name", "day"),
    [
        (
            "The ASEAN Summit was held in Vientiane on 6-8 October 2048. On the summit's second "
            "day, the leaders signed the Vientiane Accord on Mekong Fisheries.",
            EventKind.AGREEMENT,
            "Vientiane Accord on Mekong Fisheries",
            "2048-10-07",
        ),
        (
            "The ASEAN Summit was held in Vientiane on 6-8 October 2048. During the summit's "
            "final day the leaders launched the Mekong Clean Rivers Initiative.",
            EventKind.INITIATIVE,
            "Mekong Clean Rivers Initiative",
            "2048-10-08",
        ),
        # a possessive that names no meeting, or another noun than the summit's: its days
        (
            "The ASEAN Summit was held in Vientiane on 6-8 October 2048. On the festival's "
            "second day, the leaders signed the Vientiane Accord on Mekong Fisheries.",
            EventKind.AGREEMENT,
            "Vientiane Accord on Mekong Fisheries",
            "2048-10-06/2048-10-08",
        ),
        (
            "The ASEAN Summit was held in Vientiane on 6-8 October 2048. During the meeting's "
            "final day the leaders launched the Mekong Clean Rivers Initiative.",
            EventKind.INITIATIVE,
            "Mekong Clean Rivers Initiative",
            "2048-10-06/2048-10-08",
        ),
    ],
)
def test_day_of_the_summit_in_the_possessive(
    text: str, kind: EventKind, name: str, day: str
) -> None:
    assert _dates(kind, text, "2048-12-01") == {name: day}


# ---------------------------------------------------------------- a date after an opening phrase


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On the summit's second day, 30 April, the President of Ghana, Kwame Asante, used "
            "a gold pen to sign the Accra Protocol on Cocoa Trade.",
            "2061-04-30",
        ),
        (
            "At the closing session, 30 April, the President of Ghana, Kwame Asante, signed "
            "the Accra Protocol on Cocoa Trade.",
            "2061-04-30",
        ),
        (
            "On 30 April the President of Ghana used a gold pen to sign the Accra Protocol on "
            "Cocoa Trade.",
            "2061-04-30",
        ),
        # the verb after the subject is to come: the next 30 April
        (
            "On the summit's second day, 30 April, the President of Ghana, Kwame Asante, will "
            "sign the Accra Protocol on Cocoa Trade.",
            "2062-04-30",
        ),
    ],
)
def test_date_after_an_opening_phrase_takes_the_verbs_tense(text: str, day: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2061-11-20") == {"Accra Protocol on Cocoa Trade": day}


@pytest.mark.parametrize(
    ("text", "date", "tense"),
    [
        ("Ghana sued the contractor on 2 March.", "2 March", Tense.PAST),
        (
            "On the summit's second day, 30 April, the President of Ghana, Kwame Asante, "
            "signed the protocol.",
            "30 April",
            Tense.PAST,
        ),
        # no commas around the date: no apposition, and no verb near enough to tell
        (
            "On the summit's second day 30 April the President of Ghana, Kwame Asante, signed "
            "the protocol.",
            "30 April",
            Tense.UNKNOWN,
        ),
        # an opening clause with a verb of its own is no opening phrase: its verb tells
        (
            "When the ministers meet in Accra, 30 April, the President of Ghana, Kwame Asante, "
            "signed the protocol.",
            "30 April",
            Tense.FUTURE,
        ),
        (
            "On the day the summit opens, 30 April, the President of Ghana, Kwame Asante, "
            "signed the protocol.",
            "30 April",
            Tense.FUTURE,
        ),
    ],
)
def test_tense_of_a_date_after_an_opening_phrase(text: str, date: str, tense: Tense) -> None:
    start = text.index(date)
    assert guess_tense(text, start, start + len(date)) is tense


# ---------------------------------------------------------------- a heading over its date line

_NOTICE = (
    "REPUBLIC OF GHANA\nMINISTRY OF FOREIGN AFFAIRS - PROTOCOL DEPARTMENT\n\nNOTICE No. "
    "4/2049\n{}\n\nAccra, 2 June 2049\n\nThe Protocol Department informs delegations and "
    "accredited media of the arrangements for the Summit. Delegations will be received at the "
    "Accra International Conference Centre."
)
_ECOWAS = "Summit of Heads of State and Government of the Economic Community of West African States"


@pytest.mark.parametrize(
    ("heading", "span"),
    [
        (_ECOWAS + "\nAccra, 9-10 June 2049", "2049-06-09/2049-06-10"),
        (_ECOWAS + "\n9 June 2049", "2049-06-09"),
        # a month alone is no day of the heading's
        (_ECOWAS + "\nAccra, June 2049", None),
        # more than a date on the line under, or more than the name on its line
        (_ECOWAS + "\nAccra, 9-10 June 2049: order of arrivals", None),
        ("Leaders gather for " + _ECOWAS + "\nAccra, 9-10 June 2049", None),
        # a blank line between: the date line is the notice's, not the heading's
        (_ECOWAS + "\n\nAccra, 9-10 June 2049", None),
    ],
)
def test_heading_over_its_date_line(heading: str, span: str | None) -> None:
    text = _NOTICE.format(heading)
    assert _dates(EventKind.MEETING, text, "2049-06-02") == {_ECOWAS: span}


# ---------------------------------------------------------------- a day heading over clock times


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a clock time under the heading, or after it on its line, leaves the day
        ("SATURDAY 12 JUNE\n\n09:00 - Arrival of delegations", ("SATURDAY 12 JUNE", "2049-06-12")),
        ("Saturday 12 June 09:00 - Arrival of delegations", ("Saturday 12 June", "2049-06-12")),
        ("On 12 June 2.5 million people voted.", ("12 June", "2049-06-12")),
        # a year after it, on its line or the next, still makes one date of them
        ("The talks opened on 12 June 2051 in Lomé.", ("12 June 2051", "2051-06-12")),
        ("The talks opened on 12 June\n2051 in Lomé.", ("12 June\n2051", "2051-06-12")),
    ],
)
def test_day_heading_over_a_clock_time(text: str, found: tuple[str, str]) -> None:
    mentions = default_tagger().tag(text, PartialDate.parse_iso("2049-06-10"))
    dates = [(m.text, str(m.value.format_iso())) for m in mentions if m.timex_type == "DATE"]
    assert dates[0] == found


def test_schedule_item_under_a_day_heading() -> None:
    text = (
        "REPUBLIC OF TOGO\nPRESIDENCY - PRESS OFFICE\n\nLomé, 10 June 2049\n\n"
        "FRIDAY 11 JUNE\n\n10:00 - Opening session\n\nSATURDAY 12 JUNE\n\n"
        "09:00 - The President of Togo receives the President of Benin for talks\n"
        "11:30 - The two presidents sign the Lomé Accord on the Mono River Basin\n"
        "12:30 - Closing press conference"
    )
    dates = _dates(EventKind.AGREEMENT, text, "2049-06-10")
    assert dates["Lomé Accord on the Mono River Basin"] == "2049-06-12"
