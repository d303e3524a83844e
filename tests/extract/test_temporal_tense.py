"""Tense and weekdays: which Wednesday a diplomatic report means.

Every text is dated Monday 10 March 2031 unless a test says otherwise: the Wednesday
before is 2031-03-05, the one after 2031-03-12.
"""

from __future__ import annotations

import pytest

from diplotimeline.extract.temporal import guess_tense, tag
from diplotimeline.time import PartialDate
from diplotimeline.time.anchor import Tense

MONDAY = PartialDate(2031, 3, 10)


def value_of(text: str, expression: str, anchor: PartialDate = MONDAY) -> str:
    """The TIMEX3 value of the one mention of ``expression`` in ``text``."""
    values = [m.timex_value for m in tag(text, anchor) if m.text == expression]
    assert len(values) == 1, [(m.text, m.timex_value) for m in tag(text, anchor)]
    return values[0]


def last_weekday(text: str) -> str:
    """The last weekday named in ``text`` (the one a test is about)."""
    return [m.text for m in tag(text, MONDAY) if m.text.endswith("day")][-1]


class TestFutureWeekdays:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The ministers will meet on Wednesday to discuss the border dispute.", "2031-03-12"),
            ("The foreign ministers are due to meet in Geneva on Wednesday.", "2031-03-12"),
            ("The two sides are to sign the fisheries agreement on Friday.", "2031-03-14"),
            ("The president plans to visit Tokyo on Thursday, officials said.", "2031-03-13"),
            ("The envoy is expected to arrive in Seoul on Wednesday.", "2031-03-12"),
            ("Leaders are set to sign the deal on Thursday.", "2031-03-13"),
            ("The Security Council is due to vote on the resolution Wednesday.", "2031-03-12"),
            ("Negotiators plan to resume talks on Wednesday, a spokesman said.", "2031-03-12"),
            ("Officials said on Sunday the ministers would meet again on Wednesday.", "2031-03-12"),
            (
                "Foreign ministers from the 10 member states, who last gathered in Manila in "
                "January, will meet in Jakarta on Wednesday.",
                "2031-03-12",
            ),
            # "is to" far before the date still governs it.
            ("The president is to pay a state visit to France beginning Wednesday.", "2031-03-12"),
        ],
    )
    def test_future_tense_takes_the_coming_weekday(self, text: str, expected: str) -> None:
        """ "will / is to / is due to / plans to ... on <weekday>" is the next such day."""
        assert value_of(text, last_weekday(text)) == expected

    def test_a_modal_far_back_still_governs(self) -> None:
        """ "will" nineteen words before "on Wednesday" still makes it the coming one."""
        text = (
            "Indian Prime Minister Narendra Modi will meet Brazilian President Luiz Inacio "
            "Lula da Silva on the sidelines of the BRICS Summit in Johannesburg on "
            "Wednesday, India's foreign ministry said on Monday."
        )
        assert value_of(text, "Wednesday") == "2031-03-12"
        assert value_of(text, "Monday") == "2031-03-10"

    @pytest.mark.parametrize(
        ("text", "expression", "expected"),
        [
            ("Talks will resume next Wednesday.", "next Wednesday", "2031-03-12"),
            ("Talks will resume this Friday, the ministry said.", "this Friday", "2031-03-14"),
        ],
    )
    def test_next_and_this_weekday(self, text: str, expression: str, expected: str) -> None:
        """ "next Wednesday" and "this Friday" with a future verb are the coming days."""
        assert value_of(text, expression) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The ministers met on Wednesday to discuss the border dispute.", "2031-03-05"),
            ("The minister said on Wednesday that talks would resume.", "2031-03-05"),
            ("The two leaders signed a joint statement Friday in Hanoi.", "2031-03-07"),
        ],
    )
    def test_past_tense_still_goes_back(self, text: str, expected: str) -> None:
        """A past verb keeps the weekday in the week gone by."""
        assert value_of(text, last_weekday(text)) == expected


class TestOvertakenPlans:
    @pytest.mark.parametrize(
        ("text", "expression", "expected"),
        [
            ("The summit, which had been planned for Saturday, was postponed.",
             "Saturday", "2031-03-08"),
            ("A meeting previously planned for Friday was canceled after protests.",
             "Friday", "2031-03-07"),
            ("The originally scheduled meeting on Thursday was called off.",
             "Thursday", "2031-03-06"),
            ("A vote had been planned for Saturday but was canceled.", "Saturday", "2031-03-08"),
            ("A vote was scheduled for Saturday but was postponed indefinitely.",
             "Saturday", "2031-03-08"),
            ("Talks initially set for Friday were delayed by the storm.", "Friday", "2031-03-07"),
        ],
    )  # fmt: skip
    def test_an_overtaken_plan_is_dated_by_the_main_clause(
        self, text: str, expression: str, expected: str
    ) -> None:
        """ "previously planned", "had been planned", "originally scheduled": looked back on."""
        assert value_of(text, expression) == expected

    def test_an_overtaken_plan_with_a_future_main_clause_looks_ahead(self) -> None:
        """ "originally scheduled for Friday, will now be held ...": the main clause decides."""
        text = "The talks, originally scheduled for Friday, will now be held next month."
        assert value_of(text, "Friday") == "2031-03-14"

    def test_a_plain_schedule_stays_ahead(self) -> None:
        """ "was scheduled for Saturday" alone is news of a plan still to come."""
        text = "A vote was scheduled for Saturday, officials said."
        assert value_of(text, "Saturday") == "2031-03-15"


class TestFrontedWeekdays:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("On Tuesday, Vietnamese Prime Minister Pham Minh Chinh and his Japanese "
             "counterpart held talks in Hanoi.", "2031-03-04"),
            ("On Tuesday the foreign ministers of the two countries signed a memorandum of "
             "understanding.", "2031-03-04"),
            ("Late on Tuesday, the Security Council adopted a resolution on the ceasefire.",
             "2031-03-04"),
            ("On Tuesday, in a speech to parliament, the president said the country would "
             "not back down.", "2031-03-04"),
            ("On Friday, the government planned to pay the first installment of the aid.",
             "2031-03-07"),
            ("On Thursday, after months of negotiations, the two sides will sign the accord.",
             "2031-03-13"),
            ("On Tuesday, Foreign Minister Wang Yi and his Russian counterpart will hold "
             "talks in Beijing.", "2031-03-11"),
            ("On Thursday, the opposition alliance plans to hold a rally in the capital.",
             "2031-03-13"),
            ("By Friday, the ministers hope to reach a deal on the border.", "2031-03-14"),
            # A name ending in "-ed" is no past verb, nor an adjective after "the".
            ("On Thursday, Crown Prince Mohammed will host the talks.", "2031-03-13"),
            ("On Thursday, the embattled president will address the nation.", "2031-03-13"),
        ],
    )  # fmt: skip
    def test_the_verb_after_the_subject_decides(self, text: str, expected: str) -> None:
        """ "On Monday, the two leaders met ...": the clause's own verb, however far."""
        assert value_of(text, last_weekday(text)) == expected

    def test_guess_tense_reads_the_fronted_clause(self) -> None:
        text = "On Wednesday, President Lula and Prime Minister Modi signed six agreements."
        start = text.index("Wednesday")
        assert guess_tense(text, start, start + len("Wednesday")) is Tense.PAST


class TestFarVerbs:
    def test_a_regular_past_verb_far_back_dates_the_month(self) -> None:
        """ "stepped down as ... in March": a regular "-ed" verb beyond eight words counts."""
        text = (
            "He succeeds the former envoy, who stepped down as chairman, president and "
            "chief executive in March for health reasons."
        )
        assert value_of(text, "March", PartialDate(2031, 11, 2)) == "2031-03"

    def test_a_far_verb_of_saying_does_not_date_what_it_reports(self) -> None:
        """ "recalled his talks ... in June": no tense; the June nearest the anchor."""
        text = "The minister recalled his talks with the G20 leaders at the summit in Lima in June."
        assert value_of(text, "June", PartialDate(2031, 5, 2)) == "2031-06"

    def test_a_far_told_does_not_date_what_it_reports(self) -> None:
        text = (
            "Reports said the kingdom told European and Japanese oil companies of a 15-20 "
            "percent cutback in its oil supply in September."
        )
        assert value_of(text, "September", PartialDate(2031, 8, 16)) == "2031-09"

    def test_a_far_participle_after_to_be_looks_ahead(self) -> None:
        """ "to be signed by the leaders of both countries in March" is still to come."""
        text = "The accord, to be signed by the foreign ministers of both countries in March."
        assert value_of(text, "March", PartialDate(2031, 11, 2)) == "2032-03"

    def test_effective_takes_the_nearest_date(self) -> None:
        """ "effective Feb. 1" has no verb of its own: the Feb. 1 nearest the anchor."""
        text = (
            "The ministry also created a four-member office of the special envoy, effective Feb. 1."
        )
        assert value_of(text, "Feb. 1", PartialDate(2031, 11, 2)) == "2032-02-01"
        assert value_of(text, "Feb. 1", PartialDate(2031, 3, 2)) == "2031-02-01"


class TestEndOfTheUnit:
    @pytest.mark.parametrize(
        ("text", "expression", "expected"),
        [
            ("The Security Council vote is set for the end of the week.",
             "the end of the week", "2031-W11"),
            ("A deal should be ready by the end of the month, officials said.",
             "the end of the month", "2031-03"),
            ("The envoy will return in the middle of the month.",
             "the middle of the month", "2031-03"),
        ],
    )  # fmt: skip
    def test_the_anchors_week_or_month(self, text: str, expression: str, expected: str) -> None:
        """ "the end of the week" is the end of the anchor's week, like "the end of this week"."""
        assert value_of(text, expression) == expected

    def test_a_week_long_event_is_no_week(self) -> None:
        text = "At the end of the week-long talks, ministers signed a statement."
        assert all("end" not in m.text for m in tag(text, MONDAY))


class TestArrangedPresent:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The foreign minister leaves for Beijing on Wednesday.", "2031-03-12"),
            ("On Wednesday, the delegation leaves for Beijing.", "2031-03-12"),
            ("The deal, which the two presidents signed in Brasilia in December after years "
             "of negotiations, takes effect on Thursday.", "2031-03-13"),
            ("The summit opens in Hanoi on Thursday.", "2031-03-13"),
        ],
    )  # fmt: skip
    def test_a_present_of_arrangement_looks_ahead(self, text: str, expected: str) -> None:
        """ "takes effect on Tuesday", "leaves for Beijing on Wednesday": still to come."""
        assert value_of(text, last_weekday(text)) == expected

    def test_heads_of_state_is_a_noun(self) -> None:
        text = "Heads of state met in Brasilia on Saturday."
        assert value_of(text, "Saturday") == "2031-03-08"


class TestFarIntention:
    def test_scheduled_to_far_back_looks_ahead(self) -> None:
        """ "are scheduled to attend the ASEAN summit in Kuala Lumpur in October"."""
        text = (
            "The leaders are scheduled to attend the ASEAN summit in Kuala Lumpur in "
            "October, the ministry said."
        )
        assert value_of(text, "October") == "2031-10"

    def test_an_overtaken_plan_far_back_is_past(self) -> None:
        text = "The talks had been scheduled to take place in Cairo on Friday but were called off."
        assert value_of(text, "Friday") == "2031-03-07"

    @pytest.mark.parametrize(
        "text",
        [
            "A car bomb exploded next to the embassy on Friday.",
            "The ministerial meeting was cancelled due to the storm on Friday.",
        ],
    )
    def test_next_to_and_due_to_are_no_intention(self, text: str) -> None:
        """ "next to the embassy", "due to the storm": prepositions, not plans."""
        assert value_of(text, "Friday") == "2031-03-07"

    def test_due_to_with_a_verb_is_a_plan(self) -> None:
        assert value_of("The vote is due to take place on Friday.", "Friday") == "2031-03-14"


class TestThatDayAndMonth:
    @pytest.mark.parametrize(
        ("text", "expression", "expected"),
        [
            ("The leaders met in Hanoi on March 3. Later that day, the foreign ministers "
             "signed a maritime agreement.", "Later that day", "2031-03-03"),
            ("The envoy arrived in Geneva in June 2030. Later that month, he met the "
             "president.", "Later that month", "2030-06"),
            ("The envoy arrived in Geneva on June 3, 2030. That month, he also met the "
             "president.", "That month", "2030-06"),
        ],
    )  # fmt: skip
    def test_that_day_is_the_day_last_named(
        self, text: str, expression: str, expected: str
    ) -> None:
        """ "Later that day", "that month": the day or month the narrative last named."""
        assert value_of(text, expression) == expected

    def test_day_to_day_is_no_date(self) -> None:
        text = "Officials said that day-to-day contacts continue."
        assert tag(text, MONDAY) == ()


class TestAnaphoricWeekday:
    def test_the_following_monday_counts_from_the_day_last_named(self) -> None:
        text = (
            "The ministers met in Oslo on March 3, 2031. The following Monday, the two "
            "governments announced a ceasefire."
        )
        assert value_of(text, "The following Monday", PartialDate(2031, 4, 20)) == "2031-03-10"

    def test_the_previous_friday_counts_back(self) -> None:
        text = (
            "The accord was signed on Thursday, March 6. The previous Friday, negotiators "
            "had agreed on a text."
        )
        assert value_of(text, "The previous Friday", PartialDate(2031, 4, 20)) == "2031-02-28"

    def test_without_a_day_named_the_tense_decides(self) -> None:
        text = "The following Monday, the deal was announced."
        assert value_of(text, "The following Monday", PartialDate(2031, 4, 20)) == "2031-04-14"
