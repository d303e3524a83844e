"""Event dates, session 13 (dates-16): stretches of days the tagger or the dates cut to one.

"From 20 to 22 June next year" and "on 4 and 5 February last year" are stretches of days in
the year counted from the document's date, as "June next year" is a month of it; before,
the tagger read only "22 June next year". Two days that follow each other, joined by "and"
("tomorrow and on Friday", "today and tomorrow", "on 4 May and on 5 May") and ending the
clause, date an event by both of them; days that do not follow each other, or a second
day that opens a clause of its own ("yesterday and today the ministers met"), stay apart.

An agreement followed by an apposition of its kind in lower case ("the X Charter, the treaty
signed in Nairobi on 27 June 1981") or by a topic in lower case before the comma ("the Aarhus
Convention on access to information in environmental matters, adopted in Aarhus on 25 June
1998") is dated by that signing or adoption, as "the X Charter, signed in ..." is.

A meeting whose own relative clause says it "runs until" a day, after the day of an arrival
or an opening ("arrived this morning for a goodwill port call that runs until Thursday",
"arrived in Lima yesterday for a state visit that runs until Saturday"), runs from that day
to that one; a clause of something else ("; the fair that runs until Saturday", "and toured
a fair that runs until Saturday") leaves the meeting's day alone.

An initiative whose participle clause says how it is paid for over a stretch of years ("the
Regional Grain Reserve Facility, funded from 2057 to 2064 by the six ministries") is dated
by that stretch, as ", which runs from 2057 to 2064" is.

An agreement "to be signed by the Prime Ministers at the summit in Riga on 7 March" or
"which will be signed at the summit in Riga on 7 March" takes the day of that summit, as
"to be signed at the Riga summit" did: the signatories may come before "at", and the
meeting may start with "the".

"On the seventh of next month", "the 20th of this month", "the third of last month" are that
day of the month counted from the document's date (the tagger read only "next month"); a day
the month lacks stays unread.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import tag
from diplotimeline.model import EventKind
from diplotimeline.time import DateSpan, PartialDate


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


def _spans(text: str, published: PartialDate) -> dict[str, str]:
    return {
        m.text: m.value.format_iso()
        for m in tag(text, anchor=published)
        if isinstance(m.value, DateSpan)
    }


# ---------------------------------------------------------------- day ranges of a relative year


@pytest.mark.parametrize(
    ("text", "published", "match", "span"),
    [
        (
            "The assembly is due in Montevideo from 9 to 11 May next year.",
            PartialDate(2037, 10, 2),
            "9 to 11 May next year",
            "2038-05-09/2038-05-11",
        ),
        (
            "The commission met in Asmara on 4 and 5 February last year.",
            PartialDate(2041, 10, 2),
            "4 and 5 February last year",
            "2040-02-04/2040-02-05",
        ),
        (
            "The forum is due in Quito on March 3 to 5 next year.",
            PartialDate(2044, 11, 20),
            "March 3 to 5 next year",
            "2045-03-03/2045-03-05",
        ),
        (
            "The talks ran from 2 to 4 May of this year in Dili.",
            PartialDate(2039, 8, 1),
            "2 to 4 May of this year",
            "2039-05-02/2039-05-04",
        ),
    ],
)
def test_day_range_of_a_relative_year_is_one_stretch(
    text: str, published: PartialDate, match: str, span: str
) -> None:
    assert _spans(text, published).get(match) == span


@pytest.mark.parametrize(
    ("text", "published", "match", "span"),
    [
        # Two days that do not follow each other: the second is the date, as without a year.
        (
            "Polls will be held on 3 and 10 May next year.",
            PartialDate(2036, 9, 1),
            "3 and 10 May next year",
            "2037-05-10",
        ),
        # A year written out keeps its reading.
        (
            "The fair runs from 5 to 7 March 2047 in Tbilisi.",
            PartialDate(2046, 1, 1),
            "5 to 7 March 2047",
            "2047-03-05/2047-03-07",
        ),
    ],
)
def test_day_range_of_a_relative_year_negatives(
    text: str, published: PartialDate, match: str, span: str
) -> None:
    assert _spans(text, published).get(match) == span


def test_meeting_dated_by_day_range_of_next_year() -> None:
    text = (
        "The President confirmed that Ecuador will host the summit of the Andean Community,"
        " due in Quito from 14 to 16 April next year."
    )
    assert _dates(EventKind.MEETING, text, "2043-11-08") == {
        "Summit of the Andean Community": "2044-04-14/2044-04-16"
    }


# ---------------------------------------------------------------- two days joined by "and"


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # 12 March 2053 is a Wednesday: tomorrow is Thursday 13, Friday is 14.
        (
            "Both Prime Ministers will attend the summit of the Caribbean Community in"
            " Georgetown tomorrow and on Friday, where a fisheries accord is expected.",
            "2053-03-12",
            "2053-03-13/2053-03-14",
        ),
        (
            "The summit of the Caribbean Community will be held in Georgetown today and tomorrow.",
            "2053-03-12",
            "2053-03-12/2053-03-13",
        ),
        (
            "The summit of the Caribbean Community was held in Georgetown yesterday and today"
            " under tight security.",
            "2053-03-12",
            "2053-03-11/2053-03-12",
        ),
    ],
)
def test_two_days_in_a_row_date_one_meeting(text: str, published: str, span: str) -> None:
    assert list(_dates(EventKind.MEETING, text, published).values()) == [span]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # Days that do not follow each other: the nearest dates the summit, as before.
        (
            "The summit of the Caribbean Community will be held in Georgetown tomorrow and on"
            " Saturday.",
            "2053-03-12",
            "2053-03-13",
        ),
        # The second day opens a clause of its own.
        (
            "The summit of the Caribbean Community opened in Georgetown yesterday and today"
            " the ministers approved the budget.",
            "2053-03-12",
            "2053-03-11",
        ),
    ],
)
def test_two_days_not_joined(text: str, published: str, day: str) -> None:
    assert list(_dates(EventKind.MEETING, text, published).values()) == [day]


# ---------------------------------------------------------------- an agreement's apposition


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The judges held that the closures breached Article 9 of the African Charter on"
            " Human and Peoples' Rights, the treaty signed in Nairobi on 27 June 1981 that"
            " created the Commission.",
            "African Charter on Human and Peoples' Rights",
            "1981-06-27",
        ),
        (
            "The tribunal read the Charter together with the Aarhus Convention on access to"
            " information in environmental matters, adopted in Aarhus on 25 June 1998, because"
            " the radio stations had reported on logging.",
            "Aarhus Convention",
            "1998-06-25",
        ),
        (
            "Ms Tamsin Oduya recalled the Lomé Convention, the accord signed in Lomé on 28"
            " February 1975.",
            "Lomé Convention",
            "1975-02-28",
        ),
    ],
)
def test_agreement_dated_after_apposition_or_lower_case_topic(
    text: str, name: str, day: str
) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2057-05-27").get(name) == day


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A day after the name, then a participle: the day is not a topic.
        (
            "The tribunal read the Aarhus Convention on Monday, adopted in Aarhus on 25 June 1998.",
            "Aarhus Convention",
        ),
        # A capitalised agreement after the comma is another agreement, not an apposition.
        (
            "Ministers cited the Lomé Convention, the Agreement signed in Cotonou in 2000"
            " replaced it.",
            "Lomé Convention",
        ),
        # A topic in lower case followed by something other than a signing.
        (
            "The tribunal cited the Aarhus Convention on access to information, a text that"
            " Paraguay never applied in 2049.",
            "Aarhus Convention",
        ),
    ],
)
def test_agreement_apposition_negatives(text: str, name: str) -> None:
    assert _dates(EventKind.AGREEMENT, text, "2057-05-27").get(name) is None


# ---------------------------------------------------------------- "arrived ... that runs until"


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # 10 March 2053 is a Monday.
        (
            "Port Louis, Monday 10 March 2053 - The Indian Navy ship INS Vindhya arrived at Port"
            " Louis this morning for a goodwill port call that runs until Thursday.",
            "2053-03-10",
            "2053-03-10/2053-03-13",
        ),
        (
            "President Lucía Carrasco of Ecuador arrived in Lima yesterday for a state visit that"
            " runs until Saturday.",
            "2053-03-10",
            "2053-03-09/2053-03-15",
        ),
        (
            "President Lucía Carrasco of Ecuador arrived in Lima on Sunday for a state visit,"
            " which lasts until Wednesday.",
            "2053-03-10",
            "2053-03-09/2053-03-12",
        ),
    ],
)
def test_meeting_runs_from_arrival_until_a_day(text: str, published: str, span: str) -> None:
    assert list(_dates(EventKind.MEETING, text, published).values()) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "President Lucía Carrasco of Ecuador arrived in Lima yesterday for a state visit; the"
        " book fair that runs until Saturday is open.",
        "President Lucía Carrasco of Ecuador arrived in Lima yesterday for a state visit and"
        " toured a book fair that runs until Saturday.",
        "President Lucía Carrasco of Ecuador arrived in Lima yesterday and opened a book fair"
        " that runs until Saturday.",
    ],
)
def test_runs_until_of_something_else(text: str) -> None:
    assert list(_dates(EventKind.MEETING, text, "2053-03-10").values()) == ["2053-03-09"]


# ---------------------------------------------------------------- ", funded from X to Y"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Mr Otieno forgets that the Agreement creates the Regional Grain Reserve Facility,"
            " funded from 2057 to 2064 by the six ministries.",
            "2057/2064",
        ),
        (
            "The ministers welcomed the Andean Water Security Fund, financed from 2058 to 2061"
            " by the development bank.",
            "2058/2061",
        ),
    ],
)
def test_initiative_dated_by_the_years_it_is_funded(text: str, span: str) -> None:
    assert list(_dates(EventKind.INITIATIVE, text, "2056-05-15").values()) == [span]


@pytest.mark.parametrize(
    "text",
    [
        # Funded since a year: no stretch it covers.
        "The minister praised the Regional Grain Reserve Facility, funded by Norway since 2049.",
        # The years belong to another clause.
        "The minister praised the Regional Grain Reserve Facility, financed by Norway; the"
        " budget runs from 2057 to 2064.",
    ],
)
def test_initiative_funded_without_its_own_stretch(text: str) -> None:
    assert list(_dates(EventKind.INITIATIVE, text, "2056-05-15").values()) == [None]


# ---------------------------------------------------------------- "to be signed by X at the summit"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "The ministers will discuss the draft Agreement on the Baltic Grid Reserve, to be"
            " signed by the Prime Ministers at the summit in Riga on 7 March.",
            "2058-02-09",
            "2058-03-07",
        ),
        (
            "The ministers will discuss the Agreement on the Baltic Grid Reserve, which will be"
            " signed at the summit in Riga on 7 March.",
            "2058-02-09",
            "2058-03-07",
        ),
        (
            "The ministers discussed the Agreement on the Baltic Grid Reserve, which was signed"
            " by the three Prime Ministers at the summit in Riga on 7 March.",
            "2058-04-09",
            "2058-03-07",
        ),
    ],
)
def test_agreement_signed_by_signatories_at_a_dated_summit(
    text: str, published: str, day: str
) -> None:
    dates = _dates(EventKind.AGREEMENT, text, published)
    assert dates.get("Agreement on the Baltic Grid Reserve") == day


@pytest.mark.parametrize(
    "text",
    [
        # No meeting after "at": nothing to take a day from.
        "The ministers will discuss the draft Agreement on the Baltic Grid Reserve, to be"
        " signed by the Prime Ministers at a date still to be set.",
        # The summit has no day.
        "The ministers will discuss the draft Agreement on the Baltic Grid Reserve, to be"
        " signed by the Prime Ministers at the summit in Riga.",
    ],
)
def test_agreement_signed_at_an_undated_meeting(text: str) -> None:
    dates = _dates(EventKind.AGREEMENT, text, "2058-02-09")
    assert dates.get("Agreement on the Baltic Grid Reserve") is None


# ---------------------------------------------------------------- "the seventh of next month"


@pytest.mark.parametrize(
    ("text", "published", "match", "span"),
    [
        (
            "Officials expect the leaders to sign the text on the seventh of next month.",
            PartialDate(2061, 10, 14),
            "the seventh of next month",
            "2061-11-07",
        ),
        (
            "The council meets on the 20th of this month.",
            PartialDate(2061, 10, 14),
            "the 20th of this month",
            "2061-10-20",
        ),
        (
            "It was signed on the third of last month.",
            PartialDate(2062, 1, 14),
            "the third of last month",
            "2061-12-03",
        ),
    ],
)
def test_day_of_a_relative_month(text: str, published: PartialDate, match: str, span: str) -> None:
    assert _spans(text, published).get(match) == span


def test_day_the_relative_month_lacks_is_unread() -> None:
    # February 2062 has 28 days.
    spans = _spans("The vote is due on the thirtieth of next month.", PartialDate(2062, 1, 14))
    assert "the thirtieth of next month" not in spans
    assert "2062-02-30" not in spans.values()


def test_agreement_to_be_signed_on_a_day_of_next_month() -> None:
    text = (
        "The cabinet approved the Agreement on the Danube Flood Reserve. It expects the Prime"
        " Ministers to sign the Agreement on the Danube Flood Reserve on the seventh of next"
        " month."
    )
    dates = _dates(EventKind.AGREEMENT, text, "2061-10-14")
    assert dates.get("Agreement on the Danube Flood Reserve") == "2061-11-07"
