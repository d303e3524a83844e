"""Event dates, session 17 (dates-21): causes of the misdated events of events_dev12.

"A year ago today, ... the leaders signed the X Agreement": a count of years, months or
weeks "ago today" (or "ago to the day") is the document's own day counted back, not the
year or week around it; "two days ago" and "a year ago" alone keep their values.

"hosts the next summit, now fixed for 8 and 9 October": a day "fixed for" what is to come
lies ahead, as "set for" does; "the vote was fixed for 8 March" keeps the past tense.

"the X Programme, whose 2070-2075 budget", "the X Facility, whose second phase, for 2073
to 2077", "the facility's second phase, which would run from 2073 to 2077": an undated
initiative is dated by the span of the phase or budget its text gives.

"will visit Namibia from Sept. 10 to 12": a sentence does not end at a month's abbreviation
before a day's number (nor at "Dept."); it still ends there at a line break. "X will hold
talks with Y on Sept. 11. The two sides are expected to sign ...": the acts to be signed
take the visit's days, which hold the talks, not the day of the talks, which the text does
not tie them to; "will hold talks on Sept. 11 and sign ..." does.

"closed their summit on Sunday ... On the margins of the summit, X held talks with Y on
Saturday morning, and the two signed a memorandum": what the talks' own sentence tells done
after them is of the talks' day, not of the summit's close; in a later sentence it is of
the occasion's day as before.

"closed their summit in Tonga on Wednesday ..., but a dispute overshadowed the three-day
meeting": the summit that closed, taken up by "the N-day meeting" later in its sentence,
ran those days up to its close; not when another meeting is named there, nor without a
verb of ending ("met on Wednesday to prepare the three-day summit").

"... the summit that Zambia will host on 17 and 18 August. The sixteen members of the bloc,
founded in 1980 and enlarged in 1994, are expected to sign there a X Protocol": "sign there
a" (or "then", "formally", "jointly") is a signing, which the summit to come dates; a year
before the document's told before an act to come ("founded in 1980") is the subject's, no
date of the plan ("expected to sign it in 2050", after the name, is left as it was).

"Ghana will host the ECOWAS summit on 19 and 20 June. [...] ECOWAS foreign ministers will
meet in Accra on the eve of the summit": the day before the summit to come told before
(not a past summit recalled, and not when the summit has no day).

"The bloc's leaders are expected to adopt a 'Georgetown Declaration' setting out their
demands for the UN ocean conference in October": October is the conference's, not the
declaration's ("to sign the X Agreement at the summit in October" keeps it); the
declaration named after the city that "will host" the summit takes the summit's days.

"The SCO Plan of Action, approved in June, will be launched at the summit": an initiative
whose launch its sentence tells to come is dated by the launch (here the summit's days),
not by the approval in its apposition ("approved in June, was launched at the summit in
Tashkent" keeps June). "member states would be asked to adopt a Protocol" is an act to
come, which the session to come told just before dates.

"The solar roadmap requested by the Lusaka summit is due to be presented to ministers in
July": July is the presentation's, not the summit's, which made the subject ("The plan was
adopted by the Lusaka summit in July" keeps it).

"adopted on Sunday afternoon after talks that ran past midnight on Saturday": a clock time
followed by a day of its own is that day's, not a time of the day before it.
"""

from __future__ import annotations

from bench.bench_linear import _letters
from tests.extract._sentences import events_of, when
from tests.robustness.test_linear_counts import extract_calls

from diplotimeline.extract._sentences import split_sentences
from diplotimeline.extract.document import document_from_text
from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import tag
from diplotimeline.model import EventKind
from diplotimeline.time import PartialDate


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


def _values(text: str, published: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex_value) for m in tag(text, PartialDate.parse_iso(published))]


# ---------------------------------------------------------------- "a year ago today"


def test_a_year_ago_today_is_the_same_day_a_year_back() -> None:
    text = "A year ago today, the presidents of Chile and Peru signed the accord in Arica."
    assert _values(text, "2051-09-17") == [("A year ago today", "2050-09-17")]


def test_years_ago_to_the_day() -> None:
    text = "Three years ago to the day, the envoys of Ghana and Togo met in Lome."
    assert _values(text, "2049-02-03") == [("Three years ago to the day", "2046-02-03")]


def test_months_and_weeks_ago_today() -> None:
    text = "Two months ago today the council voted. Three weeks ago today the envoys left."
    assert _values(text, "2049-05-31") == [
        ("Two months ago today", "2049-03-31"),
        ("Three weeks ago today", "2049-05-10"),
    ]


def test_a_day_that_did_not_exist_keeps_the_year() -> None:
    # 29 February 2047 does not exist: "a year ago" is all that can be said.
    text = "A year ago today, the treaty was signed."
    assert _values(text, "2048-02-29") == [("A year ago today", "2047")]


def test_ago_without_today_is_unchanged() -> None:
    text = "The accord was signed a year ago. Today the ministers meet again."
    assert _values(text, "2051-09-17") == [("a year ago", "2050"), ("Today", "2051-09-17")]
    text = "The envoy left three weeks ago, and today he returned."
    assert _values(text, "2051-09-17")[0] == ("three weeks ago", "2051-W34")


def test_an_agreement_signed_a_year_ago_today() -> None:
    text = (
        "Saturday 9 June 2046\n\nA year ago today, in a conference hall in Windhoek, the "
        "leaders of six member states signed the Kalahari Water Sharing Agreement. Twelve "
        "months later, little water has been shared."
    )
    assert _dates(EventKind.AGREEMENT, text, "2046-06-09") == {
        "Kalahari Water Sharing Agreement": "2045-06-09"
    }


# ---------------------------------------------------------------- "now fixed for"


def test_a_summit_now_fixed_for_days_ahead() -> None:
    text = (
        "Botswana hosts the next SADC summit, now fixed for 14 and 15 November in Gaborone, "
        "and diplomats expect a decision there."
    )
    assert _dates(EventKind.MEETING, text, "2046-06-09") == {"SADC summit": "2046-11-14/2046-11-15"}


def test_fixed_for_in_the_past_keeps_the_past() -> None:
    assert _values("The vote was fixed for 8 March.", "2046-06-09") == [("8 March", "2046-03-08")]
    assert _values("The talks, fixed for 12 November, will open in Accra.", "2046-06-09") == [
        ("12 November", "2046-11-12")
    ]
    # "fixed" without "for" is any past verb.
    assert _values("The board fixed the price on 2 March.", "2046-06-09") == [
        ("2 March", "2046-03-02")
    ]


# ---------------------------------------------------------------- a phase's or budget's span


def test_a_programme_dated_by_its_budget_in_a_whose_clause() -> None:
    text = (
        "The grant comes from the Lake Tanganyika Fisheries Programme, whose 2041-2046 "
        "budget Burundi and Zambia have now promised to raise."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Lake Tanganyika Fisheries Programme": "2041/2046"
    }


def test_a_fund_dated_by_its_second_phase_in_a_whose_clause() -> None:
    text = (
        "The leaders welcomed the replenishment of the Sahel Drought Resilience Fund, whose "
        "second phase, for 2044 to 2048, raised $120 million in pledges."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Sahel Drought Resilience Fund": "2044/2048"
    }


def test_a_facility_dated_by_its_phase_told_in_the_next_sentence() -> None:
    text = (
        "The minister will chair a meeting on the Caribbean Coastal Adaptation Facility, "
        "which helps members prepare projects. The budget includes Jamaica's pledge of "
        "$400,000 to the facility's second phase, which would run from 2045 to 2049 if "
        "donors agree."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Caribbean Coastal Adaptation Facility": "2045/2049"
    }


def test_a_phase_does_not_replace_a_date_of_its_own() -> None:
    text = (
        "The Sahel Drought Resilience Fund, launched in Niamey in March 2040, enters its "
        "second phase, which will run from 2044 to 2048."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Sahel Drought Resilience Fund": "2040-03"
    }


def test_no_phase_span_from_other_parts_or_other_heads() -> None:
    # A chair's term is no part of the fund; a single year is no span; "the facility's"
    # phase with another facility named in between may be that one's.
    text = (
        "The ministers praised the Sahel Drought Resilience Fund, whose chair, from 2044 to "
        "2048, will be Senegal."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Sahel Drought Resilience Fund": None
    }
    text = (
        "The ministers praised the Sahel Drought Resilience Fund, whose second phase, for "
        "2044, is not yet funded."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Sahel Drought Resilience Fund": None
    }
    text = (
        "The minister will chair a meeting on the Caribbean Coastal Adaptation Facility. "
        "Donors also back the Pacific Ocean Data Facility. Jamaica pledged $400,000 to the "
        "facility's second phase, which would run from 2045 to 2049."
    )
    assert _dates(EventKind.INITIATIVE, text, "2042-05-02") == {
        "Caribbean Coastal Adaptation Facility": None,
        "Pacific Ocean Data Facility": "2045/2049",
    }


# ---------------------------------------------------------------- sentences after "Aug."


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_no_sentence_end_at_a_month_abbreviation_before_a_day() -> None:
    assert _split("On Aug. 14 the ministers met in Quito. They left on Aug. 15.") == [
        "On Aug. 14 the ministers met in Quito.",
        "They left on Aug. 15.",
    ]
    assert _split("Talks open on Sept. 3 in Lima. Jan. 9 and Oct. 20 are the other days.") == [
        "Talks open on Sept. 3 in Lima.",
        "Jan. 9 and Oct. 20 are the other days.",
    ]
    for month in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Sep", "Sept", "Oct", "Nov", "Dec"):
        text = f"The envoys meet on {month}. 2 in Accra. The talks follow."
        assert _split(text) == [f"The envoys meet on {month}. 2 in Accra.", "The talks follow."]


def test_other_abbreviations_and_initials() -> None:
    assert _split("She joined the State Dept. in 2030. Ms. Lee left.") == [
        "She joined the State Dept. in 2030.",
        "Ms. Lee left.",
    ]
    assert _split("Gen. Ramos met John F. Kennedy Jr. at No. 10 on St. Lucia Road. He left.") == [
        "Gen. Ramos met John F. Kennedy Jr. at No. 10 on St. Lucia Road.",
        "He left.",
    ]


def test_a_sentence_still_ends_after_a_month_abbreviation() -> None:
    # At a paragraph's end, or before a word (news abbreviates a month only with a day).
    assert _split("The talks ended in Aug.\n\nThe ministers met again in Lima.") == [
        "The talks ended in Aug.",
        "The ministers met again in Lima.",
    ]
    assert _split("The truce held until Oct. The fighting resumed.") == [
        "The truce held until Oct.",
        "The fighting resumed.",
    ]
    assert _split("Talks ended on Aug. 14. 2045 will be harder.") == [
        "Talks ended on Aug. 14.",
        "2045 will be harder.",
    ]


_VISIT = (
    "WINDHOEK, Sept 3 (Reuters) - Kenyan President Amani Otieno will pay a state visit to "
    "Namibia from Sept. 10 to 12, Namibia's foreign ministry said on Monday.\n\n"
)


def test_acts_expected_during_a_visit_take_the_visits_days() -> None:
    text = _VISIT + (
        "Otieno will hold talks with President Selma Haufiku at State House in Windhoek on "
        "Sept. 11, the ministry said. The two sides are expected to sign an agreement on visa "
        "exemption and a memorandum of understanding on livestock trade, an official said."
    )
    assert _dates(EventKind.MEETING, text, "2041-09-03") == {
        "Visit of Amani Otieno to Namibia": "2041-09-10/2041-09-12",
        "Meeting of Amani Otieno and Selma Haufiku": "2041-09-11",
    }
    assert _dates(EventKind.AGREEMENT, text, "2041-09-03") == {
        "agreement on visa exemption": "2041-09-10/2041-09-12",
        "memorandum of understanding on livestock trade": "2041-09-10/2041-09-12",
    }


def test_an_act_tied_to_the_talks_takes_their_day() -> None:
    text = _VISIT + (
        "Otieno will hold talks with President Selma Haufiku in Windhoek on Sept. 11 and the "
        "two will sign an agreement on visa exemption, the ministry said."
    )
    assert _dates(EventKind.AGREEMENT, text, "2041-09-03") == {
        "agreement on visa exemption": "2041-09-11"
    }


def test_an_act_after_talks_without_a_visit_takes_their_day() -> None:
    text = (
        "LUSAKA, Sept 3 (Reuters) - The foreign ministers of Zambia and Malawi will hold talks "
        "in Lusaka on Sept. 11, the ministry said on Monday. The two sides are expected to sign "
        "an agreement on visa exemption, an official said."
    )
    assert _dates(EventKind.AGREEMENT, text, "2041-09-03") == {
        "agreement on visa exemption": "2041-09-11"
    }


# ---------------------------------------------------------------- talks on a day of a summit

_SIDE = (
    "BRIDGETOWN, Oct 12 - Leaders of the Caribbean Community closed their summit in Barbados "
    "on Sunday with a declaration on food security.\n\nOn the margins of the summit, Prime "
    "Minister Dalton Greaves of Grenada held talks with the President of Guyana, Ramona "
    "Persaud, on {day}{rest}"
)


def test_an_act_after_talks_in_their_sentence_takes_their_day() -> None:
    text = _SIDE.format(
        day="Saturday morning", rest=", and the two signed a memorandum on fisheries."
    )
    assert _dates(EventKind.AGREEMENT, text, "2043-10-12") == {
        "memorandum on fisheries": "2043-10-10"
    }
    text = _SIDE.format(day="Saturday", rest=" and the two signed a memorandum on fisheries.")
    assert _dates(EventKind.AGREEMENT, text, "2043-10-12") == {
        "memorandum on fisheries": "2043-10-10"
    }


def test_an_act_in_a_later_sentence_keeps_the_occasions_day() -> None:
    text = _SIDE.format(
        day="Saturday morning", rest=". The two ministers later signed a memorandum on fisheries."
    )
    assert _dates(EventKind.AGREEMENT, text, "2043-10-12") == {
        "memorandum on fisheries": "2043-10-11"
    }


def test_talks_recalled_in_a_relative_clause_do_not_date_the_act() -> None:
    text = (
        "BRIDGETOWN, Oct 12 - Leaders of the Caribbean Community closed their summit in "
        "Barbados on Sunday with a declaration on food security.\n\nOn the margins of the "
        "summit, Prime Minister Dalton Greaves of Grenada and the President of Guyana, Ramona "
        "Persaud, who held talks in Georgetown on 2 March, signed a memorandum on fisheries."
    )
    assert _dates(EventKind.AGREEMENT, text, "2043-10-12") == {
        "memorandum on fisheries": "2043-10-11"
    }


# ---------------------------------------------------------------- a close and the length after it


def test_a_summit_closed_on_a_day_then_taken_up_with_its_length() -> None:
    text = (
        "NUKU'ALOFA, Sept 4 - Leaders of the Pacific Islands Forum closed their summit in Tonga "
        "on Wednesday with a communique on fisheries, but a dispute over deep-sea mining "
        "overshadowed the three-day meeting."
    )
    assert _dates(EventKind.MEETING, text, "2051-09-05") == {
        "Pacific Islands Forum summit in Tonga": "2051-08-28/2051-08-30"
    }


def test_no_length_from_another_meeting_in_the_sentence() -> None:
    text = (
        "NUKU'ALOFA, Sept 4 - The foreign ministers of Fiji and Samoa met in Nuku'alofa on "
        "Wednesday to prepare the three-day summit."
    )
    assert _dates(EventKind.MEETING, text, "2051-09-05") == {
        "Meeting of the foreign ministers of Fiji and Samoa in Nuku'alofa": "2051-08-30"
    }
    text = (
        "NUKU'ALOFA, Sept 4 - Leaders of the Pacific Islands Forum closed their summit in Tonga "
        "on Wednesday, and the foreign ministers of Fiji and Samoa held talks there ahead of "
        "the three-day meeting of the fisheries agency."
    )
    assert (
        _dates(EventKind.MEETING, text, "2051-09-05")["Pacific Islands Forum summit in Tonga"]
        == "2051-08-30"
    )


# ---------------------------------------------------------------- "expected to sign there"

_THERE = (
    "LUSAKA, June 2 (Zambezi News Agency) - Zambia's President Mulenga Banda arrived in Harare "
    'on Sunday for a two-day state visit.\n\n"This visit prepares Lusaka," a Zimbabwean '
    "official said, referring to the summit of the Southern African Development Community "
    "(SADC) that Zambia will host on 17 and 18 August. "
)


def test_an_act_to_be_signed_there_takes_the_summits_days() -> None:
    text = _THERE + (
        "The sixteen members of the bloc, founded in 1980 and enlarged in 1994, are expected "
        "to sign there a SADC Regional Gas Pipeline Protocol."
    )
    assert _dates(EventKind.AGREEMENT, text, "2051-06-02") == {
        "SADC Regional Gas Pipeline Protocol": "2051-08-17/2051-08-18"
    }


def test_a_past_year_of_the_subject_does_not_date_a_plan() -> None:
    text = (
        "The members of the bloc, founded in 1980 and enlarged in 1994, are expected to sign "
        "a SADC Regional Gas Pipeline Protocol."
    )
    assert _dates(EventKind.AGREEMENT, text, "2051-06-02") == {
        "SADC Regional Gas Pipeline Protocol": None
    }
    # A past act keeps a year told before it; a plan a year told after its name.
    text = "The members of the bloc, founded in 1980, signed a SADC Gas Protocol in 1994."
    assert _dates(EventKind.AGREEMENT, text, "2051-06-02") == {"SADC Gas Protocol": "1994"}
    text = "The ministers are expected to sign the SADC Regional Gas Pipeline Protocol in 2050."
    assert _dates(EventKind.AGREEMENT, text, "2051-06-02") == {
        "SADC Regional Gas Pipeline Protocol": "2050"
    }


# ---------------------------------------------------------------- "on the eve of the summit"

_HOST = (
    "ACCRA, May 3 (West Africa Wire) - Ghana will host the summit of the Economic Community "
    "of West African States (ECOWAS) {when}, officials said on Tuesday, the first in Accra "
    "since the bloc's 40th summit in Abuja in December 2047.\n\n"
)
_EVE = (
    "ECOWAS foreign ministers will meet in Accra on the eve of the summit to settle the last "
    "articles of the text, the commission's president said."
)


def test_a_meeting_on_the_eve_of_a_summit_told_before() -> None:
    text = _HOST.format(when="on 19 and 20 June") + _EVE
    assert _dates(EventKind.MEETING, text, "2051-05-03") == {
        "Summit of the Economic Community of West African States": "2051-06-19/2051-06-20",
        "40th summit": "2047-12",
        "Meeting of the ECOWAS foreign ministers in Accra": "2051-06-18",
    }


def test_no_eve_of_a_summit_without_a_day_or_of_a_past_one() -> None:
    text = _HOST.format(when="in June") + _EVE
    assert (
        _dates(EventKind.MEETING, text, "2051-05-03")[
            "Meeting of the ECOWAS foreign ministers in Accra"
        ]
        is None
    )
    text = (
        "ACCRA, May 3 (West Africa Wire) - The bloc's 40th summit was held in Abuja on 12 and "
        "13 December 2047.\n\n" + _EVE
    )
    assert (
        _dates(EventKind.MEETING, text, "2051-05-03")[
            "Meeting of the ECOWAS foreign ministers in Accra"
        ]
        is None
    )


# ---------------------------------------------------------------- a meeting the act addresses

_GEORGETOWN = (
    "GEORGETOWN, Thursday 2 March 2045 - Guyana will spend $3 million on chairing the "
    "Caribbean Community, the finance minister said on Wednesday.\n\nMost of the money will "
    "pay for the CARICOM leaders' summit that Georgetown will host on 20 and 21 June, the "
    "minister said.\n\nThe opposition questioned the cost of the summit and of the new "
    "conference centre.\n\n"
)


def test_a_declaration_addressed_to_a_conference_takes_the_hosts_summit() -> None:
    text = _GEORGETOWN + (
        'The bloc\'s leaders are expected to adopt a "Georgetown Declaration" setting out '
        "their demands for the UN ocean conference in October."
    )
    assert _dates(EventKind.AGREEMENT, text, "2045-03-02") == {
        "Georgetown Declaration": "2045-06-20/2045-06-21"
    }


def test_the_date_of_a_conference_addressed_is_not_the_acts() -> None:
    text = (
        "The leaders are expected to adopt a Pacific Ocean Declaration setting out their "
        "demands for the UN ocean conference in October."
    )
    assert _dates(EventKind.AGREEMENT, text, "2045-03-02") == {"Pacific Ocean Declaration": None}
    text = (
        "The leaders are expected to sign the Pacific Fisheries Agreement at the summit in October."
    )
    assert _dates(EventKind.AGREEMENT, text, "2045-03-02") == {
        "Pacific Fisheries Agreement": "2045-10"
    }


# -------------------------------------------------------- approval, launch, "asked to adopt"

_SCO = (
    "BISHKEK, Sept 13 - Leaders of the Shanghai Cooperation Organisation will hold a summit in "
    "Tashkent on 14 and 15 October, officials said.\n\n"
)


def test_an_initiative_approved_before_is_dated_by_its_launch_to_come() -> None:
    text = _SCO + (
        "The SCO Plan of Action on Water Security, approved in June, will be launched at the "
        "summit, the secretariat said."
    )
    assert _dates(EventKind.INITIATIVE, text, "2050-09-13") == {
        "SCO Plan of Action on Water Security": "2050-10-14/2050-10-15"
    }


def test_an_approval_without_a_launch_to_come_keeps_its_date() -> None:
    text = (
        "The SCO Plan of Action on Water Security, approved in June, was launched at the "
        "summit in Tashkent, the secretariat said."
    )
    assert _dates(EventKind.INITIATIVE, text, "2050-09-13") == {
        "SCO Plan of Action on Water Security": "2050-06"
    }


def test_an_act_members_would_be_asked_to_adopt_at_a_session_to_come() -> None:
    text = (
        "KEHL, May 6 - Navigation on the upper Rhine remained suspended on Wednesday.\n\n"
        "The Rhine Commission will hold an extraordinary session in Strasbourg next Tuesday at "
        "the request of France and Germany. Its Secretary-General, Anna Keller, said member "
        "states would be asked to adopt a Low-Water Navigation Protocol that would let ships "
        "share draught data."
    )
    assert _dates(EventKind.AGREEMENT, text, "2071-05-06") == {
        "Low-Water Navigation Protocol": "2071-05-12"
    }
    (protocol,) = events_of(EventKind.AGREEMENT, text, "2071-05-06")
    assert protocol.status.value == "planned"


# ---------------------------------------------------------------- a meeting in the subject


def test_a_meeting_that_made_the_subject_is_not_dated_by_the_predicate() -> None:
    text = (
        "The solar roadmap requested by the Lusaka summit is due to be presented to SADC energy "
        "ministers in Maputo in July."
    )
    # the ministers' meeting the roadmap goes to is a meeting of its own (meets-23, verbs-23)
    assert _dates(EventKind.MEETING, text, "2051-03-28") == {
        "Lusaka summit": None,
        "Meeting of the SADC energy ministers in Maputo": "2051-07",
    }
    text = "The plan was adopted by the Lusaka summit in July."
    assert _dates(EventKind.MEETING, text, "2051-03-28") == {"Lusaka summit": "2050-07"}


# ---------------------------------------------------------------- a clock time with its own day


def test_a_clock_time_with_its_own_day_is_not_the_acts() -> None:
    text = (
        "APIA, Sept 4 - Leaders closed their summit in Samoa on Sunday.\n\nThe Apia "
        "Declaration, adopted on Sunday afternoon after talks that ran past midnight on "
        "Saturday, asks rich countries to triple grants."
    )
    assert _dates(EventKind.AGREEMENT, text, "2051-09-04") == {"Apia Declaration": "2051-09-03"}
    text = "The ministers signed the Lima Accord on 26 July, at 10:00 in the main hall."
    assert _dates(EventKind.AGREEMENT, text, "2051-08-01") == {"Lima Accord": "2051-07-26T10:00"}


# ------------------------------------------------------ the day before (after) the summit

_MSG = (
    "SUVA, Feb 6 - Leaders of the Melanesian Spearhead Group will gather in Port Vila on "
    "17-18 March for the group's tenth summit.\n\n"
)


def test_the_day_after_the_summit() -> None:
    text = _HOST.format(when="on 19 and 20 June") + _EVE.replace(
        "on the eve of the summit", "the day after the summit"
    )
    assert (
        _dates(EventKind.MEETING, text, "2051-05-03")[
            "Meeting of the ECOWAS foreign ministers in Accra"
        ]
        == "2051-06-21"
    )


def test_an_act_cleared_the_day_before_the_summit() -> None:
    text = _MSG + (
        "Foreign ministers will meet the day before the summit to clear a Melanesian "
        "Connectivity Compact, officials said."
    )
    assert _dates(EventKind.AGREEMENT, text, "2051-02-06") == {
        "Melanesian Connectivity Compact": "2051-03-16"
    }
    text = _MSG + (
        "Foreign ministers will meet the day before the summit, and in February 2052 they may "
        "clear a Melanesian Connectivity Compact, officials said."
    )
    assert _dates(EventKind.AGREEMENT, text, "2051-02-06") != {
        "Melanesian Connectivity Compact": "2051-03-16"
    }


# ---------------------------------------------------------------- "On the margins,"

_MARGINS = (
    "NAIROBI, Sunday 6 March 2050 - Leaders of the East African Community will hold their "
    "summit in Arusha on 10 and 11 March, the first since the Kampala summit of November "
    "2049.\n\n{opening} Kenya's President Wanjiru Kamau {verb} with Tanzania's President "
    "Juma Mwinyi on the Lake Victoria ferry service."
)
_TALKS = "Meeting of Wanjiru Kamau and Juma Mwinyi"


def test_talks_on_the_margins_take_the_gatherings_days() -> None:
    text = _MARGINS.format(opening="On the margins,", verb="is due to hold talks")
    assert _dates(EventKind.MEETING, text, "2050-03-06")[_TALKS] == "2050-03-10/2050-03-11"


def test_talks_on_the_margins_of_another_noun_or_tense_stay_undated() -> None:
    text = _MARGINS.format(opening="On the margins of the forum,", verb="is due to hold talks")
    assert _dates(EventKind.MEETING, text, "2050-03-06")[_TALKS] is None
    # Past talks: not of the summit to come, nor of the Kampala summit of a month.
    text = _MARGINS.format(opening="On the margins,", verb="held talks")
    assert _dates(EventKind.MEETING, text, "2050-03-06")[_TALKS] is None


# ---------------------------------------------------------------- linear time


def _stress(size: int) -> str:
    """Paragraphs each with a summit, talks on its margins and a meeting on its eve, and a
    facility dated by its phase: the readers above look back at the meetings told before.
    (Talks of two persons named anew in each paragraph grow faster than the text already
    on main at 60a0719, outside these readers: they are left out.)"""
    parts: list[str] = []
    total = number = 0
    while total < size:
        name = _letters(number)
        part = (
            f"Leaders will attend the {name} Summit on May 2. On the margins, the foreign "
            "ministers of Kenya and Ghana are due to hold talks. ECO foreign ministers will "
            f"meet in Accra on the eve of the summit. The {name} Facility, whose second phase, "
            "for 2073 to 2077, raised funds.\n\n"
        )
        parts.append(part)
        total += len(part)
        number += 1
    return "".join(parts)[:size]


def test_the_readers_of_this_session_grow_linearly() -> None:
    extract(document_from_text(_stress(2_000), id="warm", html=False))
    ratio = extract_calls(_stress(80_000)) / extract_calls(_stress(20_000))
    assert ratio < 5.0, f"{ratio:.2f} times the calls on 4 times the input"
