"""Event dates, session 11: names that begin inside a launch's modifiers, the clause after a
name, and initiatives taken up again by their head noun.

"launched the Joint X Programme in 2021" is dated although "Joint" is one of the modifiers the
launch frame skips; "the X Railway, whose first section went into construction in May" takes the
clause's date rather than one told before the name; "The program has brought workers ... since
1974" dates the program named before; "Construction of the plant is due to start in the second
half of 2040" dates the plant. Each rule has a counter-example.
"""

from __future__ import annotations

import pytest
from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind


def _initiatives(text: str, published: str = "2034-07-16") -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.INITIATIVE, text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda launched the Joint Border Programme in March 2021.",
            [("Joint Border Programme", "2021-03")],
        ),
        (
            "The two countries established the Joint Fisheries Fund in 2019 to manage the lake.",
            [("Joint Fisheries Fund", "2019")],
        ),
        (
            "Chile launched a new Green Jobs Fund in 2030.",
            [("Green Jobs Fund", "2030")],
        ),
    ],
)
def test_a_launched_name_may_begin_with_a_word_the_frame_skips(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _initiatives(text) == expected


def test_a_name_merely_discussed_is_not_launched() -> None:
    # Counter-example: no launch verb, no date of its own.
    assert _initiatives("Kenya and Uganda discussed the Joint Border Programme on Monday.") == [
        ("Joint Border Programme", None)
    ]


def test_a_whose_clause_dates_the_works_it_follows() -> None:
    text = (
        "He said he would travel to Dakar next week for talks on the Trans-Sahel Railway,"
        " whose first section went into construction in May."
    )
    assert _initiatives(text) == [("Trans-Sahel Railway", "2034-05")]


def test_a_whose_clause_with_another_subject_dates_nothing() -> None:
    # Counter-example: the clause tells of the owner, not of a section of the works.
    text = "They discussed the Dakar Rail Link, whose owner, a Malian firm, opened in 2031."
    assert _initiatives(text) == [("Dakar Rail Link", None)]


def test_the_program_taken_up_with_since_a_year_dates_the_program() -> None:
    text = (
        "Will the Andean Seasonal Workers Program be on the agenda? The program has brought"
        " Peruvian workers to Chilean farms since 1981, and both sides want more places."
    )
    assert _initiatives(text, "2039-06-03") == [("Andean Seasonal Workers Program", "1981")]


@pytest.mark.parametrize(
    "text",
    [
        # a halt since a year is not the start of the programme
        "Kenya runs the Green Schools Programme. The programme has been suspended since 2031.",
        # no programme named before: the anaphor has nothing to date
        "Ministers met in Lima. The program has brought workers to farms since 1981.",
    ],
)
def test_since_a_year_after_a_halt_or_without_antecedent_dates_nothing(text: str) -> None:
    assert all(date is None for _, date in _initiatives(text, "2039-06-03"))


def test_construction_of_the_plant_dates_the_plant_named_before() -> None:
    text = (
        "Kyrgyzstan will build the Naryn hydropower plant with World Bank money. Construction of"
        " the plant is due to start in the second half of 2040."
    )
    assert _initiatives(text, "2039-06-03") == [("Naryn hydropower plant", "2040-07/2040-12")]


def test_construction_of_another_noun_dates_nothing() -> None:
    # Counter-example: "the road" is not the plant named before.
    text = (
        "Kyrgyzstan will build the Naryn hydropower plant with World Bank money. Construction of"
        " the road is due to start in the second half of 2040."
    )
    assert _initiatives(text, "2039-06-03") == [("Naryn hydropower plant", None)]


def test_construction_of_the_plant_with_modifiers_dates_the_plant() -> None:
    text = (
        "Kyrgyzstan will build the Naryn hydropower plant. The bank said it was ready to"
        " co-finance Naryn. Construction of the 1,860-megawatt plant is due to start in the"
        " second half of 2040."
    )
    assert _initiatives(text, "2039-06-03") == [("Naryn hydropower plant", "2040-07/2040-12")]


def _agreements(text: str, published: str = "2034-07-06") -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(EventKind.AGREEMENT, text, published)]


def test_a_topic_runs_over_of_the_and_stops_at_the_act() -> None:
    text = (
        "Togo's National Assembly on Tuesday ratified the treaty on the joint development of"
        " the Mono maritime zone signed with Benin in March."
    )
    assert _agreements(text) == [
        ("treaty on the joint development of the Mono maritime zone", "2034-03")
    ]


def test_a_topic_never_ends_on_of() -> None:
    # "of" before a date: the topic ends on its last word before it
    (name, _), *_ = _agreements("They signed a memorandum on the exchange of 14 March.")
    assert not name.endswith(" of")


def test_the_treaty_referred_back_with_its_signing_day_dates_the_unnamed_treaty() -> None:
    text = (
        "Togo's National Assembly on Tuesday ratified the treaty on the joint development of"
        " the Mono maritime zone signed with Benin in March. The minister told deputies that"
        " the treaty, signed by the two presidents in Lomé on 15 March, would help."
    )
    assert _agreements(text) == [
        ("treaty on the joint development of the Mono maritime zone", "2034-03-15")
    ]


def test_the_agreement_referred_back_does_not_join_an_unnamed_agreement_of_another_noun() -> None:
    # Counter-example: "the agreement" after "a treaty on X" is not that treaty.
    text = (
        "Benin and Togo ratified the treaty on the joint development of the Mono maritime"
        " zone in March. The agreement, signed in 2015, is older."
    )
    names = [name for name, _ in _agreements(text)]
    assert names[0] == "treaty on the joint development of the Mono maritime zone"
    assert dict(_agreements(text))[names[0]] == "2034-03"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Togo's National Assembly on Tuesday ratified the treaty on the joint development"
            " of the Mono maritime zone signed with Benin in March.",
            "tg",
        ),
        ("The Parliament of Ghana ratified the Accra Treaty on Tuesday.", "gh"),
    ],
)
def test_a_legislature_ratifies_for_its_state(text: str, party: str) -> None:
    (agreement,) = events_of(EventKind.AGREEMENT, text, "2034-07-06")
    assert party in agreement.participants
    assert not any("assembly" in p or "parliament" in p for p in agreement.participants)


def test_a_ministry_that_signs_stays_a_party() -> None:
    # Counter-example: only legislatures stand for their state.
    (agreement,) = events_of(
        EventKind.AGREEMENT,
        "The African Development Bank signed the Accra Loan Agreement with Ghana on Tuesday.",
        "2034-07-06",
    )
    assert "afdb" in agreement.participants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ties have improved since last month's summit in Accra.", "2041-04"),
        ("Officials are preparing for November's summit in Lima.", "2041-11"),
        ("Leaders met at last week's summit in Accra.", "2041-04-29/2041-05-05"),
    ],
)
def test_a_summit_in_a_place_after_a_date_in_the_possessive(text: str, expected: str) -> None:
    (meeting,) = events_of(EventKind.MEETING, text, "2041-05-10")
    assert meeting.name.startswith("Summit in ")
    assert when(meeting) == expected


def test_since_a_month_alone_dates_no_summit() -> None:
    # Counter-example: "since last month" bounds nothing named.
    assert events_of(EventKind.MEETING, "Ties have improved since last month.", "2041-05-10") == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("In 2019, the two sides signed the Nairobi Roadmap on trade.", "Nairobi Roadmap", "2019"),
        (
            "At the Hanoi summit two years ago, leaders adopted the Mekong Vision.",
            "Mekong Vision",
            "2039",
        ),
    ],
)
def test_an_initiative_signed_or_adopted_is_dated_by_the_act(
    text: str, name: str, expected: str
) -> None:
    assert (name, expected) in _initiatives(text, "2041-05-10")


def test_an_initiative_only_discussed_keeps_no_date() -> None:
    # Counter-example: discussing is no act that makes it.
    assert _initiatives("Leaders discussed the Mekong Vision in 2039.", "2041-05-10") == [
        ("Mekong Vision", None)
    ]


def test_its_protocol_of_accession_is_an_agreement_of_its_own() -> None:
    text = (
        "The Protocol of Ouro Preto gives the bloc its structure. In July 2015, Bolivia signed"
        " its protocol of accession in Brasília."
    )
    assert _agreements(text, "2041-06-30") == [
        ("Protocol of Ouro Preto", None),
        ("protocol of accession", "2015-07"),
    ]


def test_the_protocol_alone_still_refers_back() -> None:
    # Counter-example: "its protocol" with nothing after is the one named before.
    text = "The Lima Protocol was drafted in 2014. In July 2015, Bolivia signed the protocol."
    assert [name for name, _ in _agreements(text, "2041-06-30")] == ["Lima Protocol"]


def test_is_due_to_hold_talks_is_planned() -> None:
    (meeting,) = events_of(
        EventKind.MEETING,
        "On the margins, Uruguay's President Ana Soler is due to hold talks with Argentina's"
        " President Martín Ledesma.",
        "2041-06-30",
    )
    assert meeting.status.value == "planned"


def test_adopted_at_that_summit_takes_the_summits_day() -> None:
    text = (
        "The Assembly considered the report of the Extraordinary Summit on Drought held in"
        " Niamey on 18 June 2042. It endorses the Niamey Drought Action Plan adopted at that"
        " Summit."
    )
    assert ("Niamey Drought Action Plan", "2042-06-18") in _initiatives(text, "2043-02-16")


def test_launched_at_the_summit_for_a_period_keeps_the_period() -> None:
    # Counter-example: a period of its own dates it, not the summit's week.
    text = (
        "Last week's summit in Montevideo ended. The Regional Ports Programme, launched at the"
        " summit for 2042-2046, finally puts money behind the waterway."
    )
    assert ("Regional Ports Programme", "2042/2046") in _initiatives(text, "2041-07-12")


def test_adopted_at_the_summit_with_no_summit_named_before_stays_undated() -> None:
    # Counter-example: nothing to point back to.
    text = "The Lima Declaration adopted at the summit sets targets."
    assert _agreements(text, "2042-06-01") == [("Lima Declaration", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda held talks in Kampala on Monday.", "2041-05-06"),
        ("Kenya and Uganda will hold talks in Geneva next month.", "2041-06"),
    ],
)
def test_two_countries_holding_talks_meet(text: str, expected: str) -> None:
    (meeting,) = events_of(EventKind.MEETING, text, "2041-05-10")
    assert set(meeting.participants) == {"ke", "ug"}
    assert when(meeting) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports from Kenya and Uganda held steady in May.",  # no talks
        "Kenya and Uganda's leaders held talks in Kampala on Monday.",  # the leaders, unnamed
    ],
)
def test_countries_not_the_subject_of_talks_meet_in_no_country_talks(text: str) -> None:
    assert all(
        set(e.participants) != {"ke", "ug"}
        for e in events_of(EventKind.MEETING, text, "2041-05-10")
    )


def test_a_named_energy_dialogue_is_a_meeting() -> None:
    (meeting,) = events_of(
        EventKind.MEETING,
        "The first Iceland-Greenland energy dialogue will be held in Reykjavík on 14 April next"
        " year.",
        "2042-11-04",
    )
    assert (meeting.name, when(meeting)) == ("Iceland-Greenland energy dialogue", "2043-04-14")


@pytest.mark.parametrize(
    "text", ["Political dialogue is important.", "Energy dialogue matters to both."]
)
def test_a_sentence_opening_on_a_generic_modifier_names_no_dialogue(text: str) -> None:
    assert events_of(EventKind.MEETING, text) == []


def test_a_meeting_that_ended_after_three_days_spans_them() -> None:
    (meeting,) = events_of(
        EventKind.MEETING,
        "The Andean Summit ended in Quito on Wednesday after three days of talks.",
        "2029-05-10",
    )
    assert when(meeting) == "2029-05-07/2029-05-09"


def test_three_days_of_talks_without_an_end_stretch_nothing() -> None:
    # Counter-example: the summit is not said to have ended that day.
    text = "After three days of talks, the Andean Summit adopted a declaration on Wednesday."
    meetings = events_of(EventKind.MEETING, text, "2029-05-10")
    assert all(when(m) != "2029-05-07/2029-05-09" for m in meetings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations were upgraded to a Comprehensive Strategic Partnership in March 2038.",
            ("Comprehensive Strategic Partnership", "2038-03"),
        ),
        (
            "Ties between the two countries were raised to a strategic partnership in 2031.",
            ("strategic partnership", "2031"),
        ),
    ],
)
def test_relations_upgraded_in_the_passive(text: str, expected: tuple[str, str]) -> None:
    assert _agreements(text, "2041-05-10") == [expected]


def test_relations_merely_good_upgrade_nothing() -> None:
    # Counter-example: no upgrade verb.
    assert _agreements("Relations were good in 2031.", "2041-05-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was struck at talks in Geneva on Tuesday.", ("Talks in Geneva", "2041-05-07")),
        (
            "The ministers will meet again at talks in Vienna next month.",
            ("Talks in Vienna", "2041-06"),
        ),
    ],
)
def test_talks_named_by_their_place_and_dated(text: str, expected: tuple[str, str]) -> None:
    assert [(e.name, when(e)) for e in events_of(EventKind.MEETING, text, "2041-05-10")] == [
        expected
    ]


def test_talks_in_a_place_without_a_date_are_no_event() -> None:
    # Counter-example: nothing says when they were held.
    assert events_of(EventKind.MEETING, "He spoke about the talks in Geneva.", "2041-05-10") == []


def test_a_summit_in_a_place_told_with_its_own_year_is_another_summit() -> None:
    text = (
        "The presidents meet in Montevideo on Thursday for the bloc's summit.\n\n"
        "- 6 December 2024: at the summit in Montevideo, the bloc concluded its talks with the"
        " European Union."
    )
    names = [(e.name, when(e)) for e in events_of(EventKind.MEETING, text, "2041-06-30")]
    assert ("Summit in Montevideo", "2024-12-06") in names


def test_the_summit_in_a_place_without_a_year_is_the_one_named_before() -> None:
    # Counter-example: "the summit in Lima" after the XV Andean Summit in Lima is that summit.
    text = (
        "Leaders attended the XV Andean Summit in Lima on Monday. At the summit in Lima,"
        " they also discussed trade."
    )
    assert len(events_of(EventKind.MEETING, text, "2041-06-30")) == 1
