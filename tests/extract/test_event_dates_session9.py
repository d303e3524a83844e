"""Event dates, session 9: two days joined by "and", and agreements that a relative clause
says are (to be) signed or adopted.

Each rule has a counter-example: two days that do not follow each other stay two days, and a
relative clause that only talks about an agreement does not date it.
"""

from __future__ import annotations

import pytest

from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import tag
from diplotimeline.model import Agreement, Document, Meeting
from diplotimeline.time import PartialDate

FRIDAY = PartialDate(2034, 5, 12)
MONDAY = PartialDate(2034, 6, 5)


def _spans(text: str, anchor: PartialDate) -> list[tuple[str, str | None]]:
    return [(m.text, m.value.format_iso() if m.value else None) for m in tag(text, anchor)]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (  # future: the coming Wednesday and the Thursday after it
            "Foreign ministers will gather in Nuuk on Wednesday and Thursday.",
            FRIDAY,
            [("Wednesday and Thursday", "2034-05-17/2034-05-18")],
        ),
        (  # past, read from the first day: the Sunday and Monday just gone
            "The envoys met in Accra on Sunday and Monday, the ministry said.",
            PartialDate(2034, 6, 7),
            [("Sunday and Monday", "2034-06-04/2034-06-05")],
        ),
        (  # across the anchor's own day: the stretch starts on the day before
            "Talks were held in Banjul on Sunday and Monday.",
            MONDAY,
            [("Sunday and Monday", "2034-06-04/2034-06-05")],
        ),
    ],
)
def test_two_weekdays_that_follow_each_other_are_one_stretch(
    text: str, anchor: PartialDate, expected: list[tuple[str, str]]
) -> None:
    assert _spans(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # not consecutive: two days, each its own mention
            "The envoy met them on Monday and Thursday.",
            [("Monday", "2034-06-05"), ("Thursday", "2034-06-01")],
        ),
        (  # a recurrence, not a stretch
            "Talks were held on Monday and Tuesday nights.",
            [("Monday", "2034-06-05"), ("Tuesday nights", "XXXX-WXX-2TNI")],
        ),
        (  # without "on", a schedule's days are left alone
            "Monday and Tuesday are holidays.",
            [("Monday", "2034-06-05"), ("Tuesday", "2034-06-06")],
        ),
    ],
)
def test_other_pairs_of_weekdays_stay_apart(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _spans(text, MONDAY) == expected


def _events(text: str, published: PartialDate) -> list[Meeting | Agreement]:
    document = Document(id="d", text=text, published=published)
    return [e for e in extract(document).events if isinstance(e, Meeting | Agreement)]


def _dates_of(
    text: str, published: PartialDate, kind: type[Meeting] | type[Agreement]
) -> dict[str, str | None]:
    """Each event of ``kind``: its name and date (ISO), or None when undated."""
    return {
        e.name: (e.when.format_iso() if e.when else None)
        for e in _events(text, published)
        if isinstance(e, kind)
    }


def _meetings_of(text: str, published: PartialDate) -> dict[str, str | None]:
    return _dates_of(text, published, Meeting)


def _agreements_of(text: str, published: PartialDate) -> dict[str, str | None]:
    return _dates_of(text, published, Agreement)


def test_a_meeting_on_two_following_weekdays_spans_both() -> None:
    text = (
        "Ministers meet in Nuuk\n\nBy our correspondent, 12 May 2034\n\n"
        "Icelandic Foreign Minister Helga Jonsdottir will hold talks with Norwegian Foreign "
        "Minister Per Lunde in Nuuk on Wednesday and Thursday.\n"
    )
    [talks] = [e for e in _events(text, FRIDAY) if isinstance(e, Meeting)]
    assert talks.when is not None
    assert talks.when.format_iso() == "2034-05-17/2034-05-18"


@pytest.mark.parametrize(
    ("sentence", "name", "when", "status"),
    [
        (
            "The Nuuk Declaration, which ministers will adopt on Thursday, is expected to "
            "extend the Council's Strategic Plan.",
            "Nuuk Declaration",
            "2034-05-18",
            "planned",
        ),
        (
            "The Lima Accord, which the two presidents signed in 2019, settled the border.",
            "Lima Accord",
            "2019",
            "occurred",
        ),
        (
            "The Treaty of Banjul, that both parliaments ratified in 2031, is in force.",
            "Treaty of Banjul",
            "2031",
            "occurred",
        ),
    ],
)
def test_an_agreement_is_dated_by_the_act_of_its_relative_clause(
    sentence: str, name: str, when: str, status: str
) -> None:
    text = f"Notes\n\nBy our correspondent, 12 May 2034\n\n{sentence}\n"
    [agreement] = [e for e in _events(text, FRIDAY) if isinstance(e, Agreement)]
    assert agreement.name == name
    assert agreement.when is not None
    assert agreement.when.format_iso() == when
    assert agreement.status.value == status


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause says something about the agreement, not that it was made
        "The Tana Charter, which officials in 2019 called flawed, is still cited.",
        # the act is too far into the clause to be the agreement's
        "The Lima Accord, which critics say the two leaders should never have signed in "
        "2019, is still cited.",
    ],
)
def test_a_relative_clause_without_the_act_leaves_the_agreement_undated(sentence: str) -> None:
    text = f"Notes\n\nBy our correspondent, 12 May 2034\n\n{sentence}\n"
    [agreement] = [e for e in _events(text, FRIDAY) if isinstance(e, Agreement)]
    assert agreement.when is None


def test_an_agreement_said_again_before_during_the_visit_takes_the_visits_date() -> None:
    text = (
        "Ministers speak by phone\n\nBy our correspondent, 6 March 2034\n\n"
        "The Ministers reviewed the negotiations on the Agreement between Ghana and Togo on "
        "Cross-Border Electricity Trade.\n\n"
        "The sides confirmed that the President of Togo will pay an official visit to Ghana "
        "in April. The Ministers hoped that the Agreement on Cross-Border Electricity Trade "
        "will be signed during the visit.\n"
    )
    [agreement] = [e for e in _events(text, PartialDate(2034, 3, 6)) if isinstance(e, Agreement)]
    assert agreement.when is not None
    assert agreement.when.format_iso() == "2034-04"


def test_an_agreement_said_again_without_during_stays_undated() -> None:
    text = (
        "Ministers speak by phone\n\nBy our correspondent, 6 March 2034\n\n"
        "The Ministers reviewed the negotiations on the Agreement between Ghana and Togo on "
        "Cross-Border Electricity Trade.\n\n"
        "The sides confirmed that the President of Togo will pay an official visit to Ghana "
        "in April. The Ministers hoped that the Agreement on Cross-Border Electricity Trade "
        "will soon be ready.\n"
    )
    [agreement] = [e for e in _events(text, PartialDate(2034, 3, 6)) if isinstance(e, Agreement)]
    assert agreement.when is None


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "Ghana honours its obligations under the Association Agreement with the European "
            "Union, signed in 2016, and other texts.",
            "2016",
        ),
        (
            "Ghana honours its obligations under the Association Agreement with the European "
            "Union, which its critics called unfair in 2016.",
            None,
        ),
    ],
)
def test_an_agreement_with_its_parties_then_signed_is_dated(
    sentence: str, when: str | None
) -> None:
    text = f"Notes\n\nBy our correspondent, 12 May 2034\n\n{sentence}\n"
    [agreement] = [e for e in _events(text, FRIDAY) if isinstance(e, Agreement)]
    assert (agreement.when.format_iso() if agreement.when else None) == when


_SIDELINES = (
    "Leaders to meet\n\nJOHANNESBURG, Aug 21 - Kenyan President Amina Otieno will meet "
    "Ghanaian President Kofi Mensah on the sidelines of the XV Pan-African Summit in "
    "Johannesburg on Wednesday, officials said on Monday.\n\n{second}\n"
)


def _meetings(text: str) -> dict[str, str | None]:
    return _meetings_of(text, PartialDate(2033, 8, 21))


def test_a_summit_referred_back_with_its_dates_spans_them_and_the_sidelines_keep_their_day() -> (
    None
):
    text = _SIDELINES.format(
        second="The summit, which runs from August 22 to 24, will bring together the leaders."
    )
    assert _meetings(text) == {
        "Meeting of Amina Otieno and Kofi Mensah at the XV Pan-African Summit": "2033-08-24",
        "XV Pan-African Summit": "2033-08-22/2033-08-24",
    }


def test_a_summit_referred_back_without_a_clause_of_its_dates_keeps_the_day() -> None:
    text = _SIDELINES.format(
        second="The summit, in its twentieth year, runs on a budget of August pledges."
    )
    assert _meetings(text) == {
        "Meeting of Amina Otieno and Kofi Mensah at the XV Pan-African Summit": "2033-08-24",
        "XV Pan-African Summit": "2033-08-24",
    }


def test_a_dated_anaphor_with_nothing_before_it_makes_no_event() -> None:
    text = (
        "Notes\n\nBy our correspondent, 21 August 2033\n\n"
        "The summit, which runs from August 22 to 24, will bring together the leaders.\n"
    )
    assert _meetings(text) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the date opens the clause after "and": the forum's day
            "Foreign Minister Ana Duarte earlier met Ghanaian President Kofi Mensah and on "
            "Saturday attended the opening of the Accra Civil Society Forum.",
            {"Accra Civil Society Forum": "2034-06-03"},
        ),
        (  # no verb after the date: it ends the first clause (and the verbs share it)
            "Foreign Minister Ana Duarte met Ghanaian President Kofi Mensah on Saturday and "
            "attended the opening of the Accra Civil Society Forum.",
            {
                "Meeting of Ana Duarte and Kofi Mensah": "2034-06-03",
                "Accra Civil Society Forum": "2034-06-03",
            },
        ),
    ],
)
def test_a_date_after_and_before_a_verb_dates_the_next_clause(
    sentence: str, expected: dict[str, str]
) -> None:
    text = f"Notes\n\nBy our correspondent, 5 June 2034\n\n{sentence}\n"
    found = {
        e.name: e.when.format_iso()
        for e in _events(text, MONDAY)
        if isinstance(e, Meeting) and e.when is not None
    }
    assert found == expected


@pytest.mark.parametrize(
    ("words", "when"),
    [
        ("and to the adoption there of the Ocean Compact Declaration", "2035-09"),
        ("and to the signing at that summit of the Ocean Compact Declaration", "2035-09"),
        # no "there": the declaration is not said to be adopted at the meeting
        ("and to the adoption of the Ocean Compact Declaration", None),
    ],
)
def test_an_agreement_adopted_there_takes_the_meetings_date(words: str, when: str | None) -> None:
    text = (
        "Statement\n\nSuva, 15 February 2035\n\n"
        "The Prime Ministers look forward to the 64th Pacific Islands Forum Leaders Meeting in "
        f"Apia in September 2035, {words}.\n"
    )
    [agreement] = [e for e in _events(text, PartialDate(2035, 2, 15)) if isinstance(e, Agreement)]
    assert (agreement.when.format_iso() if agreement.when else None) == when


@pytest.mark.parametrize(
    ("sentence", "name", "when"),
    [
        (
            "The two-day Andean Summit opened in Quito on Tuesday.",
            "Andean Summit",
            "2034-05-02/2034-05-03",
        ),
        (
            "The Arctic Council Ministerial Meeting, a two-day event, begins on Thursday.",
            "Arctic Council Ministerial Meeting",
            "2034-05-04/2034-05-05",
        ),
        (
            "The three-day Andean Summit closed in Quito on Tuesday.",
            "Andean Summit",
            "2034-04-30/2034-05-02",
        ),
        (  # the length of another thing in the sentence is not the summit's
            "After a two-day strike by port workers, the Andean Summit opened in Quito on Tuesday.",
            "Andean Summit",
            "2034-05-02",
        ),
    ],
)
def test_a_meeting_of_n_days_spans_them(sentence: str, name: str, when: str) -> None:
    text = f"Leaders meet\n\nQUITO, 3 May 2034 - {sentence}\n"
    assert {
        e.name: e.when.format_iso()
        for e in _events(text, PartialDate(2034, 5, 3))
        if isinstance(e, Meeting) and e.when is not None
    } == {name: when}


@pytest.mark.parametrize(
    ("sentence", "name", "when"),
    [
        (
            "The Blue Reef Programme, a five-year plan starting in 2035, will be funded by Chile.",
            "Blue Reef Programme",
            "2035/2039",
        ),
        (
            "The Reef Restoration Fund will run from 2035 to 2040.",
            "Reef Restoration Fund",
            "2035/2040",
        ),
        (
            "The Green Ports Programme runs for five years from 2036.",
            "Green Ports Programme",
            "2036/2040",
        ),
        ("Work on the Kiribati Solar Project began in 2033.", "Kiribati Solar Project", "2033"),
        (
            "The Tonga Seawall Programme was endorsed by leaders in 2031.",
            "Tonga Seawall Programme",
            "2031",
        ),
    ],
)
def test_an_initiative_is_dated_by_its_start_span_or_endorsement(
    sentence: str, name: str, when: str
) -> None:
    text = f"Notes\n\nSUVA, 3 May 2034 - {sentence}\n"
    found = {
        e.name: e.when
        for e in extract(Document(id="d", text=text, published=PartialDate(2034, 5, 3))).events
    }
    assert found[name] is not None
    assert found[name].format_iso() == when


@pytest.mark.parametrize(
    "sentence",
    [
        # a year of something else in the sentence
        "The Blue Reef Programme, funded by Chile, was praised by a five-year review in 2033.",
        # a start that is not the project's
        "The Kiribati Solar Project was praised, and work began in 2033 on a road.",
    ],
)
def test_an_initiative_without_its_own_start_stays_undated(sentence: str) -> None:
    text = f"Notes\n\nSUVA, 3 May 2034 - {sentence}\n"
    events = extract(Document(id="d", text=text, published=PartialDate(2034, 5, 3))).events
    assert [
        e.when for e in events if e.name in ("Blue Reef Programme", "Kiribati Solar Project")
    ] == [None]


_TIMELINE = (
    "Timeline: Chile-Peru relations\n\nLIMA, 26 February 2035 - Here are key moments:\n\n"
    "- 1 May 1941: The Arica Border Treaty settles the land border.\n\n"
    "- 13 December 1991: Chile and Peru are among the signatories of the Lima Protocol, "
    "which creates the Andean Water Council.\n\n"
    "{last}"
)


def test_the_events_of_a_timelines_entry_take_its_date() -> None:
    text = _TIMELINE.format(last="- 2021: The Tacna Accord of 2019 enters into force.\n")
    agreements = _agreements_of(text, PartialDate(2035, 2, 26))
    assert agreements == {
        "Arica Border Treaty": "1941-05-01",
        "Lima Protocol": "1991-12-13",
        "Tacna Accord": "2019",  # a date of its own
    }


def test_one_dated_line_is_no_timeline() -> None:
    text = (
        "Notes\n\nLIMA, 26 February 2035 - Here is a note:\n\n"
        "- 1 May 1941: The Arica Border Treaty settles the land border.\n"
    )
    [treaty] = [e for e in _events(text, PartialDate(2035, 2, 26)) if isinstance(e, Agreement)]
    assert treaty.when is None


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (  # the days say which part of the week
            "President Ana Reyes will pay a state visit to Peru next week, from 5 to 7 March.",
            "2035-03-05/2035-03-07",
        ),
        (  # a date that is not inside the first is no apposition of it
            "President Ana Reyes will pay a state visit to Peru next week, 14 March being a "
            "holiday.",
            "2035-03-05/2035-03-11",
        ),
    ],
)
def test_a_precise_date_in_apposition_beats_the_vague_one(sentence: str, when: str) -> None:
    text = f"Visit\n\nSANTIAGO, 26 February 2035 - {sentence}\n"
    [visit] = [e for e in _events(text, PartialDate(2035, 2, 26)) if isinstance(e, Meeting)]
    assert visit.when is not None
    assert visit.when.format_iso() == when


_CALENDAR = (
    "THE WEEK AHEAD\n\nCompiled on Sunday 28 September 2036.\n\n"
    "WEDNESDAY 1 OCTOBER\n"
    "- MUSCAT: The 189th session of the Gulf Ministerial Council, Wednesday and Thursday, "
    "chaired by Oman.\n\n"
    "THURSDAY 2 OCTOBER\n"
    "- DJIBOUTI: An extraordinary session of the East African Council of Ministers at 10:00 EAT "
    "(07:00 GMT).\n"
)


def test_a_weekday_in_a_calendars_item_is_of_its_headings_week() -> None:
    assert _meetings_of(_CALENDAR, PartialDate(2036, 9, 28)) == {
        "189th session of the Gulf Ministerial Council": "2036-10-01/2036-10-02",
        "Session of the East African Council of Ministers": "2036-10-02T10:00+03:00",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # in apposition after a comma
            "The Council will meet in Muscat, Wednesday and Thursday, under Oman's chair.",
            [("Wednesday and Thursday", "2036-10-01/2036-10-02")],
        ),
        ("Talks started at 10:00 EAT today.", [("10:00 EAT", "2036-09-28T10:00+03:00")]),
    ],
)
def test_tagger_pairs_after_a_comma_and_african_zones(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _spans(text, PartialDate(2036, 9, 28))[: len(expected)] == expected


def test_a_clock_time_with_its_own_weekday_dates_the_signing() -> None:
    text = (
        "Gulf\n\nMUSCAT, Oct. 2 Kyodo - On the sidelines, Omani Foreign Minister Salim Harthy "
        "and Kuwaiti Foreign Minister Yousef Rashidi signed a memorandum of understanding on "
        "the Duqm refinery at around 6 p.m. Wednesday (11 p.m. Japan time).\n"
    )
    [memorandum] = [e for e in _events(text, PartialDate(2036, 10, 2)) if isinstance(e, Agreement)]
    assert memorandum.when is not None
    # the offset comes from the Japan time in brackets (session 10; before, it was unknown)
    assert memorandum.when.format_iso() == "2036-10-01T18:00+04:00"


def test_a_sentence_final_clause_of_an_event_keeps_its_date() -> None:
    text = (
        "Notes\n\nLIMA, 3 May 2034 - Ministers from Peru attended the opening of the Andean "
        "Summit, which was held in Quito in 2031.\n"
    )
    assert _meetings_of(text, PartialDate(2034, 5, 3)) == {"Andean Summit": "2031"}


def test_an_initiative_a_programme_for_a_period_spans_it() -> None:
    text = (
        "Notes\n\nSAN JOSE, 6 March 2035 - The Binational Green Corridor (BGC), a programme for "
        "2035-2040 to restore forests, gets $40 million.\n"
    )
    events = extract(Document(id="d", text=text, published=PartialDate(2035, 3, 6))).events
    assert [e.when.format_iso() if e.when else None for e in events] == ["2035/2040"]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (  # the date of the negotiations' launch is not the agreement's: the report's day is
            "The Binational Agreement on Border Management was concluded after negotiations "
            "launched in November 2033.",
            "2035-03-06",
        ),
        (
            "The Binational Agreement on Border Management, signed in November 2033, is in force.",
            "2033-11",
        ),
    ],
)
def test_the_launch_of_negotiations_does_not_date_the_agreement(
    sentence: str, when: str | None
) -> None:
    text = f"Notes\n\nSAN JOSE, 6 March 2035 - {sentence}\n"
    [agreement] = [e for e in _events(text, PartialDate(2035, 3, 6)) if isinstance(e, Agreement)]
    assert (agreement.when.format_iso() if agreement.when else None) == when


def test_what_an_earlier_version_said_is_withdrawn() -> None:
    text = (
        "Ministers meet\n\nACCRA, 6 July 2034 - The Gulf Ministerial Council will hold its 190th "
        "session in Accra.\n\n"
        "Correction: An earlier version of this story said the 190th session of the Gulf "
        "Ministerial Council would be held in September. It will be held from 9 to 11 October.\n"
    )
    found = _meetings_of(text, PartialDate(2034, 7, 6))
    assert "2034-09" not in found.values()


def test_negotiations_on_an_agreement_do_not_date_it() -> None:
    text = _TIMELINE.format(
        last=(
            "- 14-15 November 2033: Foreign ministers open negotiations on the Andean Border "
            "Management Agreement at a first round in Arica.\n"
        )
    )
    agreements = _agreements_of(text, PartialDate(2035, 2, 26))
    assert agreements["Andean Border Management Agreement"] is None


def test_a_fact_sheets_heading_introduces_what_was_signed_at_the_occasion() -> None:
    text = (
        "FACT SHEET: Outcomes of the State Visit\n\nPanama City, 6 March 2035\n\n"
        "Today, President Ana Reyes and President Luis Mora held official talks.\n\n"
        "Agreements signed\n\n"
        "- Joint Declaration of Panama on Central American Integration.\n\n"
        "Next steps\n\n"
        "- The Binational Water Agreement remains under study.\n"
    )
    agreements = _agreements_of(text, PartialDate(2035, 3, 6))
    assert agreements["Joint Declaration of Panama on Central American Integration"] == (
        "2035-03-06"
    )
    assert agreements["Binational Water Agreement"] is None
