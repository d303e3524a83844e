"""Event rules of session 17 (plain-24: the plainest agency phrasings, found by writing
ordinary wire paragraphs about regions, people and years the corpora use little), each on
sentences written for these tests (invented people, real offices) with counter-examples that
must not fire.

The causes are general in news. A known body whose name is that of a meeting series ("the
East Asia Summit", "the Asia-Europe Meeting") is a meeting each time it is attended or held,
not only with an ordinal before it ("the 20th East Asia Summit"); a "Forum" stays a body. A
named fund, framework or treaty dated by an apposition that says what it is and when it was
made ("the X Facility, a fund set up in 2039", "the X Initiative, a framework that Laos
launched in 2045"). A meeting that the subject "agreed to hold" or "decided to hold" in a
month lies ahead, in the month to come, and is planned. An act the subject "agreed to extend"
(renew, review, amend, implement ...) is an act already made, named without the verb and
not dated by its expiry ("the X water-sharing treaty, which expires in 2056"). A launched
thing named by two of the nouns launched ("a scholarship programme") has the last as head.
An act to be signed "during President NAME's visit to P next month" takes the visit's date. A
day between a subject and its past verb ("Ecuador on Tuesday ratified") is in the past. A
bare act's noun opening its sentence with its signing in apposition ("The treaty, signed in
Kampala in 2031, expires ...") dates the act of that noun told before.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.extract.temporal import tag
from diplotimeline.model import EventKind
from diplotimeline.time import PartialDate


def _meetings(text: str, published: str = "2048-02-05") -> list[tuple[str, str | None, str]]:
    return [
        (e.name, when(e), e.status.value) for e in events_of(EventKind.MEETING, text, published)
    ]


def _acts(
    kind: EventKind, text: str, published: str = "2048-02-05"
) -> list[tuple[str, str | None]]:
    return [(e.name, when(e)) for e in events_of(kind, text, published)]


class TestMeetingSeries:
    """A known body named as a meeting series is the meeting attended or held."""

    def test_attended_next_month(self) -> None:
        text = (
            "Chinese Premier Liu Wen will attend the East Asia Summit in Vientiane next month,"
            " the foreign ministry said on Tuesday."
        )
        assert [("East Asia Summit", "2055-10", "planned")] == _meetings(text, "2055-09-16")

    def test_held_on_a_day(self) -> None:
        text = "The Asia-Europe Meeting will be held in Tallinn on October 9, officials said."
        assert [("Asia-Europe Meeting", "2052-10-09", "planned")] == _meetings(text, "2052-03-02")

    def test_past_and_ordinal_unchanged(self) -> None:
        text = (
            "Prime Minister Nadia Rahman attended the 31st East Asia Summit in Dili on 4 November."
        )
        assert [("31st East Asia Summit", "2047-11-04", "occurred")] == [
            m for m in _meetings(text, "2047-11-20") if "Summit" in m[0]
        ]

    def test_a_forum_stays_a_body(self) -> None:
        """ "the Pacific Islands Forum said": the body speaks, no meeting is told."""
        text = "The Pacific Islands Forum said on Monday it would send observers to the vote."
        assert [] == _meetings(text, "2049-04-14")

    def test_other_bodies_stay_bodies(self) -> None:
        text = "The Asian Development Bank said on Monday it would lend Laos $200 million."
        assert [] == _meetings(text, "2049-04-14")


class TestApposedMaking:
    """ "the X Facility, a fund set up in 2039": the apposition dates the named act."""

    def test_fund_set_up(self) -> None:
        text = (
            "The Pacific Resilience Facility, a fund set up in 2039 to help island states cope"
            " with disasters, will receive new contributions from Australia, officials said."
        )
        assert [("Pacific Resilience Facility", "2039")] == _acts(EventKind.INITIATIVE, text)

    def test_framework_launched_with_an_agent(self) -> None:
        text = (
            "The Green Mekong Initiative, a framework launched in 2045 by Thailand, Laos and"
            " Cambodia, has planted 10 million trees, officials said on Tuesday."
        )
        assert [("Green Mekong Initiative", "2045")] == _acts(
            EventKind.INITIATIVE, text, "2053-01-30"
        )

    def test_relative_clause_with_a_subject(self) -> None:
        text = (
            "The Sahel Literacy Programme, a regional scheme that Niger and Chad launched in"
            " March 2041, has trained 5,000 teachers."
        )
        assert [("Sahel Literacy Programme", "2041-03")] == _acts(EventKind.INITIATIVE, text)

    def test_passive_relative_clause(self) -> None:
        text = (
            "The Nile Fisheries Accord, a pact that was signed in Kampala in May 2041, covers"
            " the whole of Lake Victoria."
        )
        assert [("Nile Fisheries Accord", "2041-05")] == _acts(EventKind.AGREEMENT, text)

    def test_the_lower_case_act_told_again_is_folded(self) -> None:
        """ "an insurance scheme set up by Fiji and Samoa": the named act, with its parties."""
        text = (
            "The Pacific Resilience Facility, an insurance scheme set up by Fiji and Samoa in"
            " 2039, will receive new money."
        )
        events = events_of(EventKind.INITIATIVE, text, "2048-02-05")
        assert [("Pacific Resilience Facility", "2039")] == [(e.name, when(e)) for e in events]
        assert {"fj", "ws"} <= set(events[0].participants)

    def test_a_body_is_no_act(self) -> None:
        """ "a body set up in 2039": not told as a fund, so not dated by it."""
        text = "The Pacific Resilience Facility, a body set up in 2039, will receive new money."
        assert [("Pacific Resilience Facility", None)] == _acts(EventKind.INITIATIVE, text)

    def test_a_bound_is_no_date(self) -> None:
        """ "established since 2041": a bound, not the day it was made."""
        text = "The Andes Water Programme, a scheme established since 2041, has built dams."
        assert [("Andes Water Programme", None)] == _acts(EventKind.INITIATIVE, text)

    def test_a_plan_to_come_is_untouched(self) -> None:
        text = "The Andes Water Programme, a scheme to be launched in 2049, will build dams."
        assert [("Andes Water Programme", None)] == _acts(EventKind.INITIATIVE, text)

    def test_an_apposition_of_another_kind(self) -> None:
        """ "a treaty signed" after a programme's name: not the programme's own making."""
        text = (
            "The Andes Water Programme, a treaty signed in 2041 by Peru and Bolivia, funds"
            " the dams."
        )
        assert ("Andes Water Programme", None) in _acts(EventKind.INITIATIVE, text)


class TestAgreedToHold:
    """ "agreed to hold a summit in P in June": a meeting to come, dated ahead."""

    def test_summit_in_a_month(self) -> None:
        text = "The two leaders agreed to hold a summit in Lomé in June, officials said."
        assert [("Summit in Lomé", "2048-06", "planned")] == _meetings(text)

    def test_later_this_year_is_planned(self) -> None:
        text = (
            "Foreign ministers of the Maghreb met in Rabat on Thursday for the first time in"
            " six years. The ministers agreed to hold a summit in Tripoli later this year."
        )
        assert ("Summit in Tripoli", "2051", "planned") in _meetings(text, "2051-03-27")

    def test_next_summit(self) -> None:
        text = "Leaders of the bloc decided to hold their next summit in Mbabane in August."
        assert [("Summit in Mbabane", "2044-08", "planned")] == _meetings(text, "2044-02-11")

    def test_a_summit_held_stays_past(self) -> None:
        text = "The two leaders held a summit in Lomé in June, officials said."
        assert [("Summit in Lomé", "2047-06", "occurred")] == _meetings(text)

    def test_other_infinitives_keep_the_past(self) -> None:
        """ "agreed to buy the bank in January": the tagger keeps the verb's past."""
        found = [
            (m.text, m.timex_value)
            for m in tag("They agreed to buy the bank in January.", anchor=PartialDate(2048, 2, 5))
        ]
        assert [("January", "2048-01")] == found
        found = [
            (m.text, m.timex_value)
            for m in tag("They agreed to sell the port in June.", anchor=PartialDate(2048, 2, 5))
        ]
        assert [("June", "2047-06")] == found

    def test_the_tagger_reads_the_meeting_ahead(self) -> None:
        found = [
            (m.text, m.timex_value)
            for m in tag(
                "The leaders agreed to meet again in June.", anchor=PartialDate(2048, 2, 5)
            )
        ]
        assert [("June", "2048-06")] == found


class TestKeptAct:
    """ "agreed to extend the X treaty": an act already made, named without the verb."""

    def test_extend_a_treaty_that_expires(self) -> None:
        """Its expiry is not when it was made, and extending it makes no new act."""
        text = (
            "Indian Prime Minister Vikram Rao and Bangladeshi Prime Minister Farida Karim held"
            " talks by video link on Thursday, agreeing to extend the Ganges water-sharing"
            " treaty, which expires in 2056."
        )
        found = _acts(EventKind.AGREEMENT, text, "2053-10-04")
        assert [] == [name for name, _ in found if name.lower().startswith(("extend", "agree"))]
        text = (
            "The two prime ministers agreed to extend the Volta water-sharing treaty, which"
            " expires in 2052."
        )
        events = events_of(EventKind.AGREEMENT, text, "2049-06-02")
        assert [("Volta water-sharing treaty", None, "mentioned")] == [
            (e.name, when(e), e.status.value) for e in events
        ]

    def test_renew_with_parties(self) -> None:
        text = "Mali and Niger agreed to renew the Niger river fisheries agreement on Monday."
        events = events_of(EventKind.AGREEMENT, text, "2049-06-02")
        assert [("Niger river fisheries agreement", None)] == [(e.name, when(e)) for e in events]
        assert {"ml", "ne"} <= set(events[0].participants)

    def test_a_bare_noun_refers_back(self) -> None:
        text = "Mali and Niger agreed to extend the agreement by five years."
        assert [] == _acts(EventKind.AGREEMENT, text)

    def test_agreeing_to_an_act_is_unchanged(self) -> None:
        """ "agreed to a ceasefire agreement on Monday": the act agreed, dated that day."""
        text = "The two sides agreed to a ceasefire agreement on Monday, mediators said."
        assert [("ceasefire agreement", "2048-02-03")] == _acts(EventKind.AGREEMENT, text)


class TestCompoundLaunched:
    """ "launched a joint scholarship programme": the head is the last noun of the two."""

    def test_scholarship_programme(self) -> None:
        text = "Senegal and Gambia launched a joint scholarship programme on Monday."
        assert [("scholarship programme", "2048-02-03")] == _acts(EventKind.INITIATIVE, text)

    def test_visa_scheme(self) -> None:
        text = "Laos and Cambodia launched a joint visa scheme for tourists on Monday."
        assert [("visa scheme for tourists", "2048-02-03")] == _acts(EventKind.INITIATIVE, text)

    def test_one_noun_unchanged(self) -> None:
        text = "Senegal and Gambia launched a scholarship on Monday."
        assert [("scholarship", "2048-02-03")] == _acts(EventKind.INITIATIVE, text)
        text = "Senegal and Gambia launched a joint training programme on Monday."
        assert [("training programme", "2048-02-03")] == _acts(EventKind.INITIATIVE, text)


def test_new_patterns_are_linear_on_adversarial_input() -> None:
    """Long runs of what the new patterns repeat end in time (no backtracking blow-up)."""
    text = (
        "The Coral Reef Fund, a "
        + "new regional " * 800
        + "fund set up in "
        + "the year " * 800
        + "2039. The Apia Initiative, a framework that "
        + "Tonga and Fiji " * 800
        + "launched in 2045. Tonga and Fiji agreed to extend the "
        + "water-sharing " * 800
        + "treaty. They launched a "
        + "scholarship programme " * 800
        + "on Monday. The leaders agreed to hold "
        + "a summit " * 800
        + "in June. Leaders will attend the East Asia Summit "
        + "in Dili " * 800
        + "next month. The memorandum, signed "
        + "in Tbilisi " * 800
        + "on Monday, provides. They will sign it during "
        + "the long " * 800
        + "visit."
    )
    events_of(EventKind.INITIATIVE, text, "2046-05-07")


class TestDayBeforeTheVerb:
    """ "Ecuador on Tuesday ratified the treaty": the day between a subject and its past verb
    is the last such day, not the next."""

    def test_regular_past(self) -> None:
        found = tag("Ecuador on Tuesday ratified the treaty.", anchor=PartialDate(2051, 5, 15))
        assert [("Tuesday", "2051-05-09")] == [(m.text, m.timex_value) for m in found]

    def test_said_before_a_modal(self) -> None:
        """ "Officials on Friday said talks would resume": the saying is past."""
        text = "Officials on Friday said talks would resume."
        found = tag(text, anchor=PartialDate(2051, 5, 15))
        assert [("Friday", "2051-05-12")] == [(m.text, m.timex_value) for m in found]

    def test_a_modal_after_the_day(self) -> None:
        found = tag("Ecuador on Tuesday will ratify the treaty.", anchor=PartialDate(2051, 5, 15))
        assert [("Tuesday", "2051-05-16")] == [(m.text, m.timex_value) for m in found]

    def test_an_act_signed(self) -> None:
        text = (
            "Thailand and Cambodia on Wednesday signed an agreement on migrant workers, the"
            " labour ministry said."
        )
        events = events_of(EventKind.AGREEMENT, text, "2047-04-19")
        assert [("agreement on migrant workers", "2047-04-17", "occurred")] == [
            (e.name, when(e), e.status.value) for e in events
        ]


class TestSignedDuringAVisit:
    """ "will sign a visa waiver agreement during President NAME's visit to P next month": the
    act takes the date of the meeting told after "during"."""

    def test_visit_next_month(self) -> None:
        text = (
            "The Ministry of Foreign Affairs said Mongolia and Kazakhstan will sign a visa waiver"
            " agreement during Mongolian President Bat Ganbold's visit to Astana next month."
        )
        assert [("visa waiver agreement", "2048-11")] == _acts(
            EventKind.AGREEMENT, text, "2048-10-12"
        )

    def test_visit_by_an_office(self) -> None:
        text = (
            "The free trade agreement between Jordan and Kuwait is expected to be signed during"
            " a visit by the Kuwaiti emir to Amman in September, Jordan's trade minister said."
        )
        assert [("free trade agreement", "2047-09")] == _acts(
            EventKind.AGREEMENT, text, "2047-07-11"
        )

    def test_own_date_kept(self) -> None:
        text = "Chile and Peru signed a memorandum on fisheries on Monday during talks in Lima."
        assert [("memorandum on fisheries", "2048-02-03")] == _acts(EventKind.AGREEMENT, text)

    def test_no_meeting_no_date(self) -> None:
        """ "during the coming months": no meeting told, the act stays undated."""
        text = "Chile and Peru will sign a memorandum on fisheries during the coming months."
        assert [("memorandum on fisheries", None)] == _acts(EventKind.AGREEMENT, text)


class TestOpeningAct:
    """ "The treaty, signed in Kampala in 2031, expires ...": a bare act's noun opening its
    sentence with its signing in apposition dates the act of that noun told before."""

    def test_memorandum_told_before(self) -> None:
        text = (
            "Georgia and Armenia will review their power memorandum, officials said. Georgia"
            " agreed to implement the Black Sea power memorandum. The memorandum, signed by the"
            " two energy ministers in Tbilisi on Monday, provides for a power line."
        )
        found = _acts(EventKind.AGREEMENT, text, "2045-07-07")
        assert ("Black Sea power memorandum", "2045-07-03") in found

    def test_none_told_before_names_none(self) -> None:
        """A bare noun refers back to the act the article is about (test_phrasings)."""
        text = "The agreement, signed in Reykjavik in 2041, commits Iceland and Norway to patrols."
        assert [] == _acts(EventKind.AGREEMENT, text, "2046-05-30")

    def test_told_before_takes_the_date(self) -> None:
        text = (
            "Kenya and Uganda agreed to extend the Lake Victoria fisheries treaty. The"
            " treaty, signed in Kampala in 2031, expires in December."
        )
        found = _acts(EventKind.AGREEMENT, text, "2046-05-30")
        assert [("Lake Victoria fisheries treaty", "2031")] == found

    def test_a_name_is_read_as_before(self) -> None:
        text = "The Lusaka Treaty, signed in 2039, sets the border between Zambia and Malawi."
        assert [("Lusaka Treaty", "2039")] == _acts(EventKind.AGREEMENT, text)

    def test_no_date_no_act(self) -> None:
        text = "The agreement, signed by both ministers, commits Iceland and Norway to patrols."
        assert [] == _acts(EventKind.AGREEMENT, text)

    def test_not_an_act(self) -> None:
        text = "The company, signed up by investors in 2041, grew fast."
        assert [] == _acts(EventKind.AGREEMENT, text)
