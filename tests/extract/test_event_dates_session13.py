"""Event dates, session 13 (dates-15): days counted from another, acts made where a meeting is.

"The ministers met the day before" is the day before the one the text last named, as "the
previous day" is; "the day before the summit" or "the day after Lima was chosen" counts from
something else, which the text may not date, and stays unread. A meeting recalled as "the day
before" is background to the day the article reports: what the article tells next of its
occasion keeps the occasion's day.

An act told in a clause of place after a dated meeting ("the Summit, held in Quito on 4 May,
where the leaders adopted the X") is of the meeting's date; an act still to come "in <place>"
("adopt in Apia the X", "the Y Fund, which we want ministers to launch in Victoria") is of
the one dated meeting still to come at that place, and stays undated when there is none or
more than one. An agreement signed as "it" or "the text" ("when it was signed", "I signed it
... on 9 February", "sign the text tomorrow afternoon") takes the date next to that signing,
when it is undated or dated around that day less precisely. An initiative's apposition that
tells when it was made ("Agenda 2063, the continent's blueprint adopted by the Assembly in
January 2015") dates it, and a year to come in its name is its horizon, not its date. "On the
3rd" is a day of the month last named; what a text says is "offered to" be done ("has offered
to host in Cairo in the autumn") lies ahead. "Last Thursday" in a Friday paper is the Thursday
of the week before (the day before would be "yesterday"). A meeting told in a clause ", during
which ..." of a visit of several days happens on one of them, which the text does not say: no
date before the clause dates it. A declaration named after a city ("a Port Louis Declaration")
is the outcome of the meeting the article dates there, when that meeting is of the article's
days or still to come. "Ministers opened the Convention for signature in Lisbon in May" is its
first signing, as "was opened for signature" is. A bare weekday just after a stretch of days
written out ("a visit on 27-28 October. After talks on Monday") is that day of the stretch. A
relative clause without "which" ("the X Initiative the AU is expected to launch this weekend")
dates the act by the date right after its verb.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import tag
from diplotimeline.model import EventKind
from diplotimeline.time import PartialDate


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


def _values(text: str, published: PartialDate) -> dict[str, str]:
    return {m.text: m.timex_value for m in tag(text, anchor=published)}


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        (
            "The accord was signed in Quito on 9 April 2033. Ministers had met there the day"
            " before.",
            "the day before",
            "2033-04-08",
        ),
        (
            "The leaders met in Accra on 3 June 2033; their envoys stayed the day after, for"
            " talks on trade.",
            "the day after",
            "2033-06-04",
        ),
        (
            "The talks opened in Hanoi on Tuesday 14 June 2033. The delegations had arrived the"
            " day before at the invitation of the host.",
            "the day before",
            "2033-06-13",
        ),
    ],
)
def test_the_day_before_counts_from_the_day_last_named(text: str, match: str, value: str) -> None:
    assert _values(text, PartialDate(2033, 6, 20))[match] == value


@pytest.mark.parametrize(
    "text",
    [
        "Trade ministers will meet the day before the summit opens in Nairobi.",
        "We started preparing the day after Nairobi was chosen as host.",
        "The envoy will arrive the day after tomorrow.",
        "Ministers met on 2 May 2033, the day before the leaders did.",
    ],
)
def test_the_day_before_something_else_is_not_read(text: str) -> None:
    values = _values(text, PartialDate(2033, 6, 20))
    assert "the day before" not in values
    assert "the day after" not in values


def test_a_meeting_the_day_before_a_dated_summit_takes_that_day() -> None:
    text = (
        "The presidents of Kenya, Uganda and Tanzania meet in Arusha on Thursday for the"
        " bloc's first summit since it turned twenty. Foreign and trade ministers meet in the"
        " Council of Ministers the day before."
    )
    # Published on Monday 10 March 2036: Thursday is 13 March, the day before 12 March.
    dates = _dates(EventKind.MEETING, text, "2036-03-10")
    assert "2036-03-13" in dates.values()
    assert "2036-03-12" in dates.values()


def test_a_meeting_recalled_the_day_before_does_not_take_the_occasion() -> None:
    text = (
        "News | 21.09.2037\n\n"
        "On 20 September, the Prime Ministers of Ghana and Togo signed the Accra Transit"
        " Agreement at the State House in Accra.\n\n"
        "The Agreement was prepared the day before at the meeting of the two countries'"
        " Ministers of Foreign Affairs, Kofi Mensah and Afi Lawson, who approved the final"
        " text.\n\n"
        "Prime Minister Kwame Asante then held a bilateral meeting with Prime Minister Yao"
        " Agbeko on trade and energy.\n"
    )
    meetings = events_of(EventKind.MEETING, text, "2037-09-21")
    by_date = sorted(when(m) or "" for m in meetings)
    assert by_date == ["2037-09-19", "2037-09-20"]
    [agreement] = events_of(EventKind.AGREEMENT, text, "2037-09-21")
    assert when(agreement) == "2037-09-20"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The report appeared on the eve of the Fourth Summit of the Andean Community, held"
            " in Quito on Monday and Tuesday of last week, where the leaders adopted the Quito"
            " Declaration on Water Security.",
            "2039-04-16",
            "2039-04-04/2039-04-05",
        ),
        (
            "The ministers recalled the Sahel Energy Forum, held in Niamey on 12 October 2034"
            " under the chairmanship of Niger, at which they launched the Sahel Solar Corridor"
            " Initiative.",
            "2035-01-20",
            "2034-10-12",
        ),
        (
            "The leaders will attend the Caribbean Summit in Bridgetown on 3 June, where they"
            " are expected to sign the Bridgetown Agreement on Fisheries.",
            "2036-05-16",
            "2036-06-03",
        ),
    ],
)
def test_an_act_told_in_a_where_clause_takes_the_meeting_date(
    text: str, published: str, expected: str
) -> None:
    dates = {e.kind: when(e) for e in events_of(EventKind.AGREEMENT, text, published)}
    dates |= {e.kind: when(e) for e in events_of(EventKind.INITIATIVE, text, published)}
    assert expected in dates.values()


@pytest.mark.parametrize(
    "text",
    [
        # the clause tells of no act done there
        "Leaders attended the Caribbean Summit in Bridgetown on 3 May, where they discussed"
        " the Bridgetown Agreement on Fisheries.",
        # a past act of a summit still to come: the clause is no report of the summit
        "Leaders will attend the Caribbean Summit in Bridgetown on 3 June, where they signed"
        " the Bridgetown Agreement on Fisheries.",
    ],
)
def test_a_where_clause_without_an_act_of_the_meeting_dates_nothing(text: str) -> None:
    dates = _dates(EventKind.AGREEMENT, text, "2036-05-16")
    assert dates.get("Bridgetown Agreement on Fisheries") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In two weeks you will meet in Apia for the Pacific Islands Forum Leaders Meeting,"
            " from 12 to 15 September. First, adopt in Apia the Pacific Compact on Ocean"
            " Resilience. Second, fund it.",
            EventKind.AGREEMENT,
        ),
        (
            "The 12th Council of Ministers will be held in Victoria on 12 and 13 September."
            " What do you expect? First, the Western Ocean Fisheries Fund, with an initial"
            " US$200 million, which we want ministers to launch in Victoria.",
            EventKind.INITIATIVE,
        ),
        (
            "Leaders of the Pacific will meet in Apia from 12 to 15 September for the Pacific"
            " Islands Forum. Officials say the Pacific Ocean Charter, to be signed in Apia, is"
            " nearly final.",
            EventKind.AGREEMENT,
        ),
    ],
)
def test_an_act_to_come_in_a_place_takes_the_meeting_held_there(text: str, kind: EventKind) -> None:
    [act] = events_of(kind, text, "2035-08-29")
    assert when(act) in ("2035-09-12/2035-09-15", "2035-09-12/2035-09-13")


@pytest.mark.parametrize(
    "text",
    [
        # two meetings to come in the place, on different days: which one is unknown
        "The Pacific Council of Ministers will be held in Suva on 3 October. The Pacific"
        " Leaders Meeting will be held in Suva on 12 November. Officials say the Pacific"
        " Ocean Charter, to be signed in Suva, is nearly final.",
        # no meeting in that place
        "The Pacific Leaders Meeting will be held in Suva on 12 November. Officials say the"
        " Pacific Ocean Charter, to be signed in Apia, is nearly final.",
        # the meeting in that place is over: no act to come of it
        "The Andean Summit was held in Quito on 3 May. Officials say the Pacific Ocean"
        " Charter, to be signed in Quito, is nearly final.",
    ],
)
def test_an_act_to_come_in_a_place_without_one_coming_meeting_stays_undated(text: str) -> None:
    [act] = events_of(EventKind.AGREEMENT, text, "2035-08-29")
    assert when(act) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "As deputy minister he initialled the Stabilisation Agreement with the European"
            " Union at the summit in Riga on 29 November 2021, and he was in Brussels seven"
            " months later, on 27 June 2022, when it was signed.",
            "2040-12-05",
            "2022-06-27",
        ),
        (
            "Q: Kenya and Tanzania signed a memorandum on lake patrols last month. Is that the"
            " model?\n\nA: Yes. I signed it with my Tanzanian colleague, Minister Juma Mwinyi,"
            " in Dodoma on 9 February. Our patrols now share data.",
            "2039-03-07",
            "2039-02-09",
        ),
        (
            "What is the big item? The Agreement on the Andean Customs Union. Trade ministers"
            " settled the last chapter in Lima in March, and the leaders are expected to sign"
            " the text tomorrow afternoon.",
            "2039-05-15",
            "2039-05-16",
        ),
    ],
)
def test_an_agreement_signed_as_it_takes_the_date_of_its_signing(
    text: str, published: str, expected: str
) -> None:
    [agreement] = events_of(EventKind.AGREEMENT, text, published)
    assert when(agreement) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no date near the signing: unknown stays unknown
        (
            "Ministers discussed the Agreement on the Andean Customs Union. The leaders will"
            " sign the text when the last chapter is settled.",
            None,
        ),
        # the treaty is dated otherwise: a later signing is another state's accession
        (
            "The Treaty of Cusco was concluded in 1999. Bolivia signed it on 3 May 2031.",
            "1999",
        ),
    ],
)
def test_a_signing_as_it_without_its_own_date_changes_nothing(
    text: str, expected: str | None
) -> None:
    [agreement] = events_of(EventKind.AGREEMENT, text, "2039-05-15")
    assert when(agreement) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The envoys reviewed the Andean Water Agenda, the region's blueprint adopted by"
            " the Council in March 2031.",
            "Andean Water Agenda",
            "2031-03",
        ),
        # a year to come in the name is its horizon, not its date
        (
            "The envoys reviewed Vision 2070, the region's blueprint adopted by the Andean"
            " Council in March 2031.",
            "Vision 2070",
            "2031-03",
        ),
        (
            "The envoys reviewed the Andean Water Agenda, which the Council adopted in 2031.",
            "Andean Water Agenda",
            "2031",
        ),
    ],
)
def test_an_apposition_that_tells_when_an_initiative_was_made_dates_it(
    text: str, name: str, expected: str
) -> None:
    assert _dates(EventKind.INITIATIVE, text, "2038-05-02")[name] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoys reviewed Vision 2070, the region's blueprint.",
        "The envoys reviewed the Andean Water Agenda, the region's blueprint, and met in"
        " March 2031.",
        "The envoys reviewed the Andean Water Agenda, the plan the Council debated in March 2031.",
    ],
)
def test_an_apposition_without_the_act_leaves_the_initiative_undated(text: str) -> None:
    assert set(_dates(EventKind.INITIATIVE, text, "2038-05-02").values()) == {None}


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        (
            "The 21st Summit of the Andean Community was held in Lima on 4 July 2036, preceded"
            " on the 3rd by a meeting of foreign ministers.",
            "the 3rd",
            "2036-07-03",
        ),
        (
            "Talks opened in Accra on 2 March 2033 and ended on the 6th.",
            "the 6th",
            "2033-03-06",
        ),
    ],
)
def test_on_the_ordinal_is_a_day_of_the_month_last_named(text: str, match: str, value: str) -> None:
    assert _values(text, PartialDate(2036, 7, 10))[match] == value


@pytest.mark.parametrize(
    "text",
    [
        "The delegation works on the 3rd floor of the ministry.",
        "They were knocked out on the 15th hole.",
        # no month named before: the day stays unread
        "The ministers met on the 3rd.",
        # the month has no such day
        "In February 2033 they agreed, and signed on the 30th.",
    ],
)
def test_on_the_ordinal_without_a_month_dates_nothing(text: str) -> None:
    mentions = tag(text, anchor=PartialDate(2036, 7, 10))
    assert all(m.value is None for m in mentions if m.text.startswith("the "))


def test_a_meeting_on_the_ordinal_day_before_the_summit() -> None:
    text = (
        "The 21st Summit of Heads of State of the Andean Community was held in Lima on 4"
        " July 2036, preceded on the 3rd by the 40th Ordinary Meeting of the Council of"
        " Foreign Ministers."
    )
    dates = set(_dates(EventKind.MEETING, text, "2036-07-05").values())
    assert {"2036-07-03", "2036-07-04"} <= dates


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        # Published on 15 May 2047: what is offered lies ahead.
        (
            "The draft backs a conference on the Sahel, which Senegal has offered to host in"
            " Dakar in the autumn.",
            "the autumn",
            "2047-FA",
        ),
        ("Chile offered to mediate talks in March.", "March", "2048-03"),
        ("Norway volunteered to chair the talks in April.", "April", "2048-04"),
    ],
)
def test_an_offer_to_do_lies_ahead(text: str, match: str, value: str) -> None:
    assert _values(text, PartialDate(2047, 5, 15))[match] == value


@pytest.mark.parametrize(
    ("text", "match", "value"),
    [
        ("Kenya offered aid in March.", "March", "2047-03"),
        # "offers" is a noun here: the verb "extended" dates the day
        (
            "Two bidders extended their offers to acquire the firm Friday.",
            "Friday",
            "2047-05-10",
        ),
    ],
)
def test_an_offer_without_an_infinitive_keeps_its_tense(text: str, match: str, value: str) -> None:
    assert _values(text, PartialDate(2047, 5, 15))[match] == value


@pytest.mark.parametrize(
    ("text", "published", "match", "value"),
    [
        # Friday 10 June 2039: the day before would be "yesterday"
        (
            "The leaders signed the accord last Thursday.",
            "2039-06-10",
            "last Thursday",
            "2039-06-02",
        ),
        # Monday 15 May 2045: the Thursday just gone
        (
            "The deputies approved the text last Thursday.",
            "2045-05-15",
            "last Thursday",
            "2045-05-11",
        ),
        # the same weekday as the paper's: a week back, as before
        ("The ministers met last Friday.", "2039-06-10", "last Friday", "2039-06-03"),
    ],
)
def test_last_weekday_is_never_yesterday(text: str, published: str, match: str, value: str) -> None:
    assert _values(text, PartialDate.parse_iso(published))[match] == value


def test_a_bare_weekday_may_be_yesterday() -> None:
    values = _values("The leaders signed the accord on Thursday.", PartialDate(2039, 6, 10))
    assert values["Thursday"] == "2039-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "The Deputy Secretary-General, Ana Ruiz, was in Lima yesterday. Tomorrow she travels"
        " to Quito for a two-day visit, during which she will meet President Tomas Berg and"
        " visit the Quito Peace Centre.",
        "On Monday the minister leaves for a three-day official visit to Ghana, during which"
        " he will meet President Kwame Asante.",
    ],
)
def test_a_meeting_during_a_visit_of_days_has_no_day_of_its_own(text: str) -> None:
    meetings = [e for e in events_of(EventKind.MEETING, text, "2043-02-13") if "Meeting" in e.name]
    assert meetings
    assert all(when(m) is None for m in meetings)


def test_a_meeting_during_a_one_day_event_takes_its_day() -> None:
    text = (
        "On Monday she attended the Andean Summit in Quito, during which she met President"
        " Tomas Berg."
    )
    dates = _dates(EventKind.MEETING, text, "2043-02-13")
    assert set(dates.values()) == {"2043-02-09"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Q: What comes next?\n\nA: The 12th Council of Ministers will be held in Victoria on"
            " 19 and 20 May. We want two things. First, more money. Second, a Victoria"
            " Declaration on fisheries that commits members to share data.",
            "2037-03-07",
            "2037-05-19/2037-05-20",
        ),
        (
            "The 12th Ordinary Session of the Assembly of the Andean Community was held in"
            " Quito on 14 and 15 February 2043.\n\nDECLARATIONS\n\n1. Quito Declaration on"
            " Energy Access for All - Assembly/Decl.1(XII)",
            "2043-02-16",
            "2043-02-14/2043-02-15",
        ),
    ],
)
def test_a_declaration_named_after_the_host_city_takes_the_meeting_date(
    text: str, published: str, expected: str
) -> None:
    dates = _dates(EventKind.AGREEMENT, text, published)
    [declaration] = [name for name in dates if "Declaration" in name]
    assert dates[declaration] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the meeting at that city is recalled from years back: no outcome of it is said
        "Since the Fourth Summit in Vientiane in April 2023, member countries have worked to"
        " turn the Vientiane Declaration into action.",
        # two meetings to come at that city, on different days
        "Ministers meet in Victoria on 3 June and leaders in Victoria on 12 November. A"
        " Victoria Declaration on fisheries is in the works.",
        # no meeting at that city
        "The 12th Council of Ministers will be held in Apia on 19 and 20 May. A Victoria"
        " Declaration on fisheries is in the works.",
    ],
)
def test_a_declaration_named_after_a_city_without_its_meeting_stays_undated(text: str) -> None:
    dates = _dates(EventKind.AGREEMENT, text, "2037-03-07")
    assert [d for name, d in dates.items() if "Declaration" in name] == [None]


def test_a_declaration_takes_the_meeting_located_in_its_city_first() -> None:
    # Published on Wednesday 15 May 2047; the ministers met in Quito too, on other days.
    text = (
        "Andean leaders meet in Quito tomorrow for the bloc's annual summit. The 20th Andean"
        " Summit opens at 10 a.m. on Thursday and is due to close the same evening. Trade and"
        " economy ministers met there on Monday, and foreign ministers prepared the agenda in"
        " Quito yesterday.\n\nWhat will the leaders adopt? A new Andean Water Fund and the"
        " Quito Declaration."
    )
    assert _dates(EventKind.AGREEMENT, text, "2047-05-15")["Quito Declaration"] == "2047-05-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministers opened the Andean Glacier Convention for signature in Lima in May, with"
            " ten states signing on the first day.",
            "2045-05",
        ),
        (
            "Ministers will open the Andean Glacier Convention for signature in Lima on 3"
            " December.",
            "2045-12-03",
        ),
    ],
)
def test_opening_a_convention_for_signature_dates_it(text: str, expected: str) -> None:
    [convention] = events_of(EventKind.AGREEMENT, text, "2045-11-14")
    assert when(convention) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ministers opened the debate on the Andean Glacier Convention in Lima in May.",
        "Ministers opened the Andean Glacier Convention to new members, a change made in May.",
    ],
)
def test_opening_a_convention_otherwise_dates_nothing(text: str) -> None:
    [convention] = events_of(EventKind.AGREEMENT, text, "2045-11-14")
    assert when(convention) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Peru's Prime Minister paid a two-day official visit to Chile on 27-28 October, the"
            " first since 2031. After talks with the Chilean President in Santiago on Monday,"
            " the two governments signed a memorandum.",
            "2042-10-27",
        ),
        (
            "The Forum met in Suva from 20 to 24 October. On Wednesday the ministers adopted"
            " the budget.",
            "2042-10-22",
        ),
    ],
)
def test_a_weekday_after_a_stretch_of_days_is_its_day_in_it(text: str, value: str) -> None:
    # Published on Monday 3 November 2042.
    values = _values(text, PartialDate(2042, 11, 3))
    weekday = next(k for k in values if k in ("Monday", "Wednesday"))
    assert values[weekday] == value


@pytest.mark.parametrize(
    ("text", "weekday", "value"),
    [
        # a single day named last: the tense decides, as before
        (
            "The minister was in Lima on 27 October. On Monday she met the President.",
            "Monday",
            "2042-11-03",
        ),
        # the weekday is not in the stretch
        (
            "The Forum met in Suva from 20 to 22 October. On Friday the ministers left.",
            "Friday",
            "2042-10-31",
        ),
        # a week named in words is no stretch written out
        ("Talks ran all last week. On Monday the envoys met again.", "Monday", "2042-11-03"),
    ],
)
def test_a_weekday_after_no_stretch_of_days_keeps_its_reading(
    text: str, weekday: str, value: str
) -> None:
    assert _values(text, PartialDate(2042, 11, 3))[weekday] == value


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Question: Will the UN put money into the Andean Power Pool Initiative the Andean"
            " Community is expected to launch this weekend?",
            EventKind.INITIATIVE,
            "2043-02-14/2043-02-15",
        ),
        (
            "Officials discussed the Lima Water Accord the two leaders will sign on Friday.",
            EventKind.AGREEMENT,
            "2043-02-13",
        ),
        (
            "Officials discussed the Lima Water Accord the two leaders signed in 2031.",
            EventKind.AGREEMENT,
            "2031",
        ),
    ],
)
def test_a_relative_clause_without_which_dates_the_act(
    text: str, kind: EventKind, expected: str
) -> None:
    # Published on Wednesday 11 February 2043.
    [act] = events_of(kind, text, "2043-02-11")
    assert when(act) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials discussed the Lima Water Accord the two leaders praised on Friday.",
        "Officials discussed the Lima Water Accord the two leaders will sign when ready.",
    ],
)
def test_a_relative_clause_without_an_act_or_a_date_dates_nothing(text: str) -> None:
    [act] = events_of(EventKind.AGREEMENT, text, "2043-02-11")
    assert when(act) is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Leaders meet in Suva on 2 January. The Suva Declaration is expected.", "0001-01-03"),
        (
            "The Forum met in Suva from 27 to 31 December. On Sunday the ministers left. They"
            " met on 31 December and again the day after.",
            "9999-12-31",
        ),
    ],
)
def test_the_new_rules_stay_inside_the_calendar(text: str, published: str) -> None:
    # Dates near year 1 and year 9999 must not overflow the stdlib calendar.
    events_of(EventKind.MEETING, text, published)
