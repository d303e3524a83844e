"""Event dates, session 10: the clause after an initiative's or an agreement's name.

An initiative "in place since 1981" began that year; ", which will run until 2033" ends it
and ", which will offer places from 2032" starts it; "announced in 2024, which provides aid
through 2030" runs from one to the other. An agreement that founded a body ("created by the
Treaty of X in 1991") is dated by the year after its name. Each rule has a counter-example.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, extract_text, when

from diplotimeline.model import EventKind, Initiative, Meeting


def _initiative(text: str) -> Initiative:
    (event,) = events_of(EventKind.INITIATIVE, text)
    assert isinstance(event, Initiative)
    return event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Seed Exchange Program, in place since 1981, brings 300 farmers to Peru"
            " each year.",
            "1981",
        ),
        ("The Nile Basin Fellowship Scheme, running since 2004, trains 40 engineers.", "2004"),
    ],
)
def test_an_initiative_in_place_since_a_year_began_that_year(text: str, expected: str) -> None:
    assert when(_initiative(text)) == expected


def test_an_agreement_in_force_since_a_year_is_not_dated_by_it() -> None:
    # Entry into force is a stage of its own, not the date of the act.
    (treaty,) = events_of(
        EventKind.AGREEMENT, "The Treaty of Lomé, in force since 1994, binds the members."
    )
    assert when(treaty) is None


def test_an_end_in_the_clause_after_a_launch_bounds_the_initiative() -> None:
    initiative = _initiative(
        "Korea will continue its support under the Pacific Resilience Initiative announced in"
        " 2024, which provides USD 1 billion in assistance through 2030."
    )
    assert when(initiative) == "2024/2030"
    assert initiative.period is not None
    assert initiative.period.format_iso() == "2024/2030"


def test_an_end_alone_is_the_only_end_known() -> None:
    # Unknown stays unknown: the start is not invented.
    initiative = _initiative(
        "The Danube Connectivity Programme, which will run until 2033, is the first project"
        " under the strategy."
    )
    assert when(initiative) == "../2033"


def test_a_start_in_the_clause_starts_the_initiative() -> None:
    initiative = _initiative(
        "Both sides welcomed the Chile-Peru Scholarship Programme, which will offer 50 places"
        " a year from 2032."
    )
    assert when(initiative) == "2032/.."


def test_a_year_past_the_clause_does_not_bound_the_initiative() -> None:
    # "until 2033" is in another clause, past a semicolon
    initiative = _initiative(
        "The Danube Connectivity Programme was praised; talks will last until 2033."
    )
    assert when(initiative) is None


def test_a_range_in_the_clause_is_a_period_not_a_bound() -> None:
    initiative = _initiative(
        "The Danube Connectivity Programme, which will run from 2030 to 2033, was praised."
    )
    assert when(initiative) == "2030/2033"


def test_an_end_before_the_launch_is_not_a_bound_of_it() -> None:
    initiative = _initiative(
        "The Baltic Grid Fund, announced in 2034, which repays loans contracted until 2030,"
        " opened on Monday."
    )
    assert when(initiative) == "2034"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mercosur, created by the Treaty of Asuncion in 1991, groups four countries.", "1991"),
        (
            "The bloc, established under the Treaty of Chaguaramas in 1973, has 15 members.",
            "1973",
        ),
    ],
)
def test_the_act_that_founded_a_body_is_dated_by_the_founding(text: str, expected: str) -> None:
    (treaty,) = events_of(EventKind.AGREEMENT, text)
    assert when(treaty) == expected


def test_a_year_after_an_agreement_without_a_founding_is_not_its_date() -> None:
    # Withdrawing from a treaty in 2031 does not date the treaty.
    (treaty,) = events_of(
        EventKind.AGREEMENT, "Brazil withdrew from the Treaty of Asuncion in 2031, officials said."
    )
    assert when(treaty) is None


def _visit(text: str, published: str) -> Meeting:
    (visit,) = [e for e in events_of(EventKind.MEETING, text, published) if e.form.value == "visit"]
    assert isinstance(visit, Meeting)
    return visit


def test_a_two_day_visit_under_a_calendars_day_heading_spans_two_days() -> None:
    text = (
        "THE WEEK AHEAD\n\n"
        "MONDAY 12 MAY\n"
        "- WINDHOEK: The SADC Organ Troika meets on the situation in the region.\n\n"
        "TUESDAY 13 MAY\n"
        "- LUSAKA: Namibian Foreign Minister Selma Nandi arrives for a two-day official visit"
        " to Zambia.\n"
    )
    assert when(_visit(text, "2042-05-10")) == "2042-05-13/2042-05-14"


def test_a_visit_under_a_day_heading_without_a_length_keeps_the_day() -> None:
    text = (
        "THE WEEK AHEAD\n\n"
        "MONDAY 12 MAY\n"
        "- WINDHOEK: The SADC Organ Troika meets on the situation in the region.\n\n"
        "TUESDAY 13 MAY\n"
        "- LUSAKA: Namibian Foreign Minister Selma Nandi arrives for an official visit to"
        " Zambia.\n"
    )
    assert when(_visit(text, "2042-05-10")) == "2042-05-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the second day: it began the day before; its end is not told
            "President Amara Diallo met Prime Minister Lars Holm in Oslo on Tuesday, on the"
            " second day of his state visit to Norway.",
            "2041-05-06/..",
        ),
        (  # with its length, both ends
            "President Amara Diallo met Prime Minister Lars Holm in Oslo on Tuesday, on the"
            " second day of his three-day state visit to Norway.",
            "2041-05-06/2041-05-08",
        ),
        (  # its last day is its end
            "President Amara Diallo met Prime Minister Lars Holm in Oslo on Tuesday, the last"
            " day of his state visit to Norway.",
            "../2041-05-07",
        ),
    ],
)
def test_a_day_named_inside_a_visit_places_the_visit(text: str, expected: str) -> None:
    assert when(_visit(text, "2041-05-09")) == expected


def test_a_day_outside_the_visits_length_is_not_a_day_of_it() -> None:
    # "the fourth day of a two-day visit" contradicts itself: the day stays as written
    text = (
        "President Amara Diallo met Prime Minister Lars Holm in Oslo on Tuesday, on the"
        " fourth day of his two-day state visit to Norway."
    )
    assert when(_visit(text, "2041-05-09")) == "2041-05-07"


def test_a_wire_lead_dates_what_it_tells_by_its_own_day_not_the_datelines() -> None:
    text = (
        "APIA, 9 May 2041 - Samoa and Tonga signed a fisheries agreement and a memorandum of"
        " understanding on disaster relief on Tuesday during a visit by Tonga's foreign"
        " minister."
    )
    agreements = events_of(EventKind.AGREEMENT, text, "2041-05-09")
    assert [when(a) for a in agreements] == ["2041-05-07", "2041-05-07"]


def test_a_dateline_still_dates_a_lead_without_a_day_of_its_own() -> None:
    text = (
        "APIA, 9 May 2041 - Samoa and Tonga signed a fisheries agreement during a visit by"
        " Tonga's foreign minister."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2041-05-09")
    assert when(agreement) == "2041-05-09"


_VISIT = "President Amara Diallo will pay a state visit to Norway from 14 to 16 May."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # signed during the visit just announced: the visit's days
            _VISIT + " The two leaders will hold talks in Oslo and will witness the signing of"
            " an Agreement on Fisheries Cooperation.",
            "2041-05-14/2041-05-16",
        ),
        (  # another paragraph: another matter
            _VISIT + "\n\nSeparately, the two countries will sign an Agreement on Fisheries"
            " Cooperation.",
            None,
        ),
        (  # signed before: not at the visit
            _VISIT + " The two leaders had signed an Agreement on Fisheries Cooperation.",
            None,
        ),
    ],
)
def test_an_agreement_to_be_signed_after_an_announced_visit_is_of_its_days(
    text: str, expected: str | None
) -> None:
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2041-05-02")
    assert when(agreement) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Beijing is 8 hours ahead of UTC and 6 ahead of the local clock: +02:00
            "Samoa and Tonga signed an Agreement on Fisheries Cooperation at 4 p.m. Tuesday"
            " (10 p.m. Beijing time).",
            "2041-05-07T16:00+02:00",
        ),
        (  # across midnight: 10 p.m. local is 5 a.m. next day in Japan, 7 hours ahead
            "Samoa and Tonga signed an Agreement on Fisheries Cooperation at 10 p.m. Tuesday"
            " (5 a.m. JST).",
            "2041-05-07T22:00+02:00",
        ),
        (  # no time in another zone: the offset stays unknown
            "Samoa and Tonga signed an Agreement on Fisheries Cooperation at 4 p.m. Tuesday.",
            "2041-05-07T16:00",
        ),
    ],
)
def test_a_local_time_takes_its_offset_from_the_same_moment_in_another_zone(
    text: str, expected: str
) -> None:
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2041-05-09")
    assert when(agreement) == expected


def test_an_agreement_to_be_signed_after_talks_announced_in_its_sentence_is_of_their_day() -> None:
    text = (
        "Diallo will hold talks with Prime Minister Lars Holm in Oslo on May 14, and the two"
        " governments are expected to sign a memorandum of understanding on offshore wind,"
        " the ministry said."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2041-05-02")
    assert when(agreement) == "2041-05-14"


def test_an_agreement_two_sentences_after_the_announced_talks_is_not_of_their_day() -> None:
    text = (
        "Diallo will hold talks with Prime Minister Lars Holm in Oslo on May 14. Trade has"
        " doubled since 2035. The two governments are expected to sign a memorandum of"
        " understanding on offshore wind."
    )
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2041-05-02")
    assert when(agreement) is None


def test_a_trip_for_a_meeting_dates_the_meeting() -> None:
    text = (
        "Foreign Ministers Rosa Quispe of Peru and Diego Arce of Bolivia will travel to Geneva"
        " in September for the meeting of the Joint Committee of their agreement with EFTA."
    )
    meetings = events_of(EventKind.MEETING, text, "2041-05-02")
    committee = [m for m in meetings if "Committee" in m.name]
    assert [when(m) for m in committee] == ["2041-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pacific Islands Forum Leaders Meeting opened in Apia on Monday and will close"
            " on Wednesday.",
            "2041-05-06/2041-05-08",
        ),
        (  # the Thursday after that Monday, though "ends" is read in the present
            "The Pacific Islands Forum Leaders Meeting, which opened in Apia on Monday, ends on"
            " Thursday.",
            "2041-05-06/2041-05-09",
        ),
        (  # what the ministers close is not the meeting
            "The Pacific Islands Forum Leaders Meeting opened on Monday and the ministers will"
            " close the fisheries talks on Friday.",
            "2041-05-06",
        ),
        (  # a closing day without an opening day is no stretch
            "The Pacific Islands Forum Leaders Meeting was held on Monday and the fisheries"
            " talks will end on Friday.",
            "2041-05-06",
        ),
    ],
)
def test_a_meeting_that_opened_on_one_day_runs_to_the_day_it_closes(
    text: str, expected: str
) -> None:
    (meeting,) = events_of(EventKind.MEETING, text, "2041-05-07")
    assert when(meeting) == expected


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (
            EventKind.AGREEMENT,
            "The plan builds on the Chile-Peru Partnership, created in 2006, which meets every"
            " year.",
            "2006",
        ),
        (
            EventKind.INITIATIVE,
            "She recalled that Peru's Andean Bridges initiative, presented in October 2031, had"
            " proposed such links.",
            "2031-10",
        ),
        (
            EventKind.AGREEMENT,
            "The Andean Community was founded by the Cartagena Declaration of 26 May 1969.",
            "1969-05-26",
        ),
        (
            EventKind.AGREEMENT,
            "Leaders have tried before, most famously with the 1996 Mekong agreement, which"
            " soon collapsed.",
            "1996",
        ),
        (
            EventKind.INITIATIVE,
            "The ministers decided to establish the Andean Water Investment Fund, with capital"
            " of US$1 billion for 2032-2036.",
            "2032/2036",
        ),
        (  # "the next five years" counts from the year of publication
            EventKind.INITIATIVE,
            "The presidents agreed to create a $2 billion Andean Water Investment Fund to"
            " finance dams over the next five years.",
            "2031/2035",
        ),
    ],
)
def test_a_date_or_period_told_next_to_the_name(kind: EventKind, text: str, expected: str) -> None:
    (event,) = events_of(kind, text)
    assert when(event) == expected


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # a horizon, not the year the act was made
        (EventKind.AGREEMENT, "Leaders reaffirmed the 2040 Vision Declaration of the bloc."),
        # the five years are of another clause
        (
            EventKind.INITIATIVE,
            "The presidents launched the Andean Water Investment Fund; trade should double over"
            " the next five years.",
        ),
    ],
)
def test_no_date_from_a_horizon_or_another_clause(kind: EventKind, text: str) -> None:
    assert [when(event) for event in events_of(kind, text)] == [None]


_PROGRAMME = (
    "PROGRAMME OF THE VISIT\n\n"
    "Day 1, Monday 12 May\n"
    "- 2:15 pm (Tonga Time, UTC+13): arrival at Fua'amotu International Airport.\n"
    "- 6:30 pm: dinner hosted by the Prime Minister.\n\n"
    "Day 2, Tuesday 13 May\n"
    "- 10:00 am: signing of the Tonga-Samoa Fisheries Arrangement and of a Memorandum of"
    " Understanding on Disaster Relief, followed by a joint press conference.\n"
    "- 3:00 pm: visit to the port, where the two leaders will open the Tonga-Samoa Maritime"
    " Training Programme.\n"
)


def test_a_programme_numbered_by_days_dates_its_signings_in_its_zone() -> None:
    arrangement, memorandum = events_of(EventKind.AGREEMENT, _PROGRAMME, "2042-05-08")
    # "Day 2," before the day heading; the zone of the first item holds for the programme
    assert memorandum.name == "Memorandum of Understanding on Disaster Relief"
    assert when(memorandum) == "2042-05-13T10:00+13:00"
    # "Arrangement" is an agreement head since session 12: signed in the same item.
    assert arrangement.name == "Tonga-Samoa Fisheries Arrangement"
    assert when(arrangement) == "2042-05-13T10:00+13:00"


def test_what_an_item_tells_besides_its_opening_is_of_the_items_day() -> None:
    (programme,) = events_of(EventKind.INITIATIVE, _PROGRAMME, "2042-05-08")
    assert when(programme) == "2042-05-13"


def test_a_date_in_the_possessive_dates_only_the_noun_after_it() -> None:
    (summit,) = events_of(
        EventKind.MEETING,
        "The Chair opened the 12th Andean Summit in Lima with a minute's silence for the"
        " victims of August's floods.",
        "2041-09-09",
    )
    assert when(summit) is None


def test_a_weekday_in_the_possessive_still_dates_its_summit() -> None:
    (summit,) = events_of(
        EventKind.MEETING, "Tuesday's Lima Summit ended without a declaration.", "2041-09-12"
    )
    assert when(summit) == "2041-09-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "that Leaders endorsed ... in July 2022" dates it; 2050 is its horizon
            "The two will present a proposal in line with the 2050 Strategy for the Andean"
            " Highlands that Leaders endorsed in Quito in July 2022.",
            "2022-07",
        ),
        (
            "The ministers reviewed the Andean Water Plan, which the ministers adopted in 2029.",
            "2029",
        ),
        ("The ministers reviewed the 2050 Strategy for the Andean Highlands.", None),
    ],
)
def test_an_initiatives_relative_clause_dates_it_and_its_horizon_does_not(
    text: str, expected: str | None
) -> None:
    assert when(_initiative(text)) == expected


def test_a_clock_time_without_a_zone_is_the_local_time_of_the_events_place() -> None:
    (meeting,) = events_of(
        EventKind.MEETING,
        "The OSCE Permanent Council met in Vienna on Thursday at 10 a.m. to hear the minister.",
        "2040-03-02",
    )
    assert when(meeting) == "2040-03-01T10:00+01:00[Europe/Vienna]"


def test_a_clock_time_without_a_zone_or_a_place_stays_without_a_zone() -> None:
    (meeting,) = events_of(
        EventKind.MEETING,
        "The OSCE Permanent Council met on Thursday at 10 a.m. to hear the minister.",
        "2040-03-02",
    )
    assert when(meeting) == "2040-03-01T10:00"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (  # initialled, with its day
            "The deal built on the peace agreement initialled by the foreign ministers of"
            " Peru and Ecuador in Brasilia on 26 October 1998.",
            "peace agreement",
            "1998-10-26",
        ),
        (  # to be signed during a visit announced in the same sentence
            "President Rosa Quispe travels to La Paz on May 20-21 for a state visit, and"
            " officials expect an agreement on the Titicaca basin to be signed there.",
            "agreement on the Titicaca basin",
            "2041-05-20/2041-05-21",
        ),
        ("A memorandum on fisheries will be signed on Friday.", "memorandum on fisheries", None),
    ],
)
def test_an_unnamed_agreement_told_with_its_signing(
    text: str, name: str, expected: str | None
) -> None:
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2041-05-12")
    assert agreement.name == name
    if expected is None:
        assert agreement.status.value == "planned"
    else:
        assert when(agreement) == expected


def test_an_agreement_only_referred_to_is_not_read_as_signed() -> None:
    # "the agreement" alone, signed by nobody in the sentence
    assert events_of(EventKind.AGREEMENT, "The agreement was praised by the ministers.") == []


_BLOG = (
    "LIVE: Andean Summit opens in Cusco\n\n"
    "Andes Daily, live coverage. All times Peru time.\n\n"
    "17:40 VUT\n"
    "That's it from us for today.\n\n"
    "10:02 VUT\n"
    "And we're under way. Peru's President, as chair, opens the 12th Andean Summit at the"
    " convention centre.\n\n"
    "08:10 VUT\n"
    "Good morning from Cusco.\n"
)


def test_a_live_blog_entry_in_the_present_is_of_the_blogs_day() -> None:
    # entries headed by a clock time in a zone the gazetteer knows (VUT, Vanuatu)
    summits = [e for e in events_of(EventKind.MEETING, _BLOG, "2041-09-09") if "12th" in e.name]
    assert [when(e) for e in summits] == ["2041-09-09"]


def test_a_present_tense_meeting_outside_entries_is_not_dated_by_the_document() -> None:
    (summit,) = events_of(
        EventKind.MEETING,
        "Peru's President, as chair, opens the 12th Andean Summit at the convention centre.",
        "2041-09-09",
    )
    assert when(summit) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 12th Andean Summit opened in Cusco on Monday. Leaders discussed water. The"
            " summit closes on Wednesday with a declaration.",
            "2041-05-06/2041-05-08",
        ),
        (
            "The 12th Andean Summit opened in Cusco on Monday. It ends on Wednesday.",
            "2041-05-06/2041-05-08",
        ),
        (  # other talks
            "The 12th Andean Summit opened in Cusco on Monday. The talks on trade end on Friday.",
            "2041-05-06",
        ),
    ],
)
def test_a_meeting_closes_on_the_day_a_next_sentence_tells(text: str, expected: str) -> None:
    (summit,) = events_of(EventKind.MEETING, text, "2041-05-07")
    assert when(summit) == expected


def test_it_is_the_meeting_named_last() -> None:
    text = (
        "The 12th Andean Summit opened in Cusco on Monday. The Pacific Forum meeting opened in"
        " Lima on Tuesday. It ends on Thursday."
    )
    dates = {e.name: when(e) for e in events_of(EventKind.MEETING, text, "2041-05-07")}
    assert dates["12th Andean Summit"] == "2041-05-06"


def test_a_treaty_opened_for_signature_is_no_works_opened() -> None:
    text = (
        "Leaders recalled the Treaty of Tlatelolco, which established the Latin American"
        " Nuclear Free Zone and was opened for signature on 14 February 1967."
    )
    events = extract_text(text, "2041-05-07").events
    assert [(e.kind, e.name, when(e)) for e in events] == [
        (EventKind.AGREEMENT, "Treaty of Tlatelolco", "1967-02-14")
    ]


def test_an_unnamed_act_signed_on_the_day_of_a_named_one_is_that_act() -> None:
    text = (
        "ACCRA, May 8 - Ghana and Togo signed a treaty on the joint development of their"
        " maritime zone on Wednesday. The Volta Joint Development Treaty was signed at Jubilee"
        " House after talks."
    )
    agreements = events_of(EventKind.AGREEMENT, text, "2041-05-08")
    assert [(a.name, when(a)) for a in agreements] == [
        ("Volta Joint Development Treaty", "2041-05-08")
    ]
    assert len(agreements[0].evidence) == 2


def test_an_unnamed_act_of_another_day_stays_apart() -> None:
    text = (
        "Ghana and Togo signed a treaty on fisheries on Wednesday. The Volta Joint Development"
        " Treaty was signed in 2031."
    )
    names = [a.name for a in events_of(EventKind.AGREEMENT, text, "2041-05-08")]
    assert names == ["treaty on fisheries", "Volta Joint Development Treaty"]


_WEEK_AHEAD = (
    "THE WEEK AHEAD\n\n"
    "FRIDAY 9 MAY\n"
    "- LIMA: Peru's foreign minister receives her Chilean counterpart.\n\n"
    "SATURDAY 10 AND SUNDAY 11 MAY\n"
    "- QUITO: 21st meeting of the Andean Council of Foreign Ministers, chaired by Ecuador.\n"
)


def test_a_calendar_heading_of_two_days_dates_its_items_with_both() -> None:
    meetings = events_of(EventKind.MEETING, _WEEK_AHEAD, "2042-05-05")
    council = [m for m in meetings if "Andean Council" in m.name]
    assert [when(m) for m in council] == ["2042-05-10/2042-05-11"]


_FACT_SHEET = (
    "FACT SHEET: State visit of the President of Peru to Chile\n"
    "Santiago, 6 March 2041\n\n"
    "Today, the two Presidents held official talks at La Moneda.\n\n"
    "Agreements signed\n\n"
    "- Agreement on Integrated Border Management, concluded after negotiations launched in"
    " 2039. It creates single-stop controls at three crossings.\n"
    "- Joint Declaration of Santiago on Andean Integration, in which both Presidents support"
    " a stronger secretariat.\n"
)


def test_an_item_after_an_item_of_two_sentences_is_still_introduced_by_the_heading() -> None:
    dates = {a.name: when(a) for a in events_of(EventKind.AGREEMENT, _FACT_SHEET, "2041-03-06")}
    assert dates["Joint Declaration of Santiago on Andean Integration"] == "2041-03-06"


def test_talks_that_will_be_held_are_planned_and_take_no_date_of_the_briefing() -> None:
    text = (
        "Accra, Thursday 9 March 2034, 11:00 GMT\n\n"
        "President Armand Kouassi and President Ama Owusu will hold talks at Jubilee House."
    )
    (talks,) = events_of(EventKind.MEETING, text, "2034-03-09")
    assert (talks.status.value, when(talks)) == ("planned", None)
