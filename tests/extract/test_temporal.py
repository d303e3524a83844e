"""Tests for the temporal tagger: coverage, negatives, anchors and the JSON-lines protocol."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from diplotimeline.errors import DecodeError
from diplotimeline.extract.engine import Engine, Mention
from diplotimeline.extract.temporal import (
    Tagger,
    TemporalMention,
    default_tagger,
    guess_tense,
    infer_anchor,
    run_timex_jsonl,
    tag,
)
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.time.anchor import Tense
from diplotimeline.time.duration import Duration, Recurrence


def found(text: str, anchor: str | None = None, **kwargs: object) -> list[tuple[str, str, str]]:
    published = None if anchor is None else PartialDate.parse_iso(anchor)
    return [(m.text, m.timex_type, m.timex_value) for m in tag(text, published, **kwargs)]  # type: ignore[arg-type]


def one(text: str, anchor: str | None = None, **kwargs: object) -> TemporalMention:
    published = None if anchor is None else PartialDate.parse_iso(anchor)
    mentions = tag(text, published, **kwargs)  # type: ignore[arg-type]
    assert len(mentions) == 1, [(m.text, m.timex_value) for m in mentions]
    return mentions[0]


class TestAbsoluteDates:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The accord was signed on July 26, 2024 in Vientiane.",
                ("July 26, 2024", "DATE", "2024-07-26"),
            ),
            (
                "Kenya and Ethiopia signed it on 3 February 2021.",
                ("3 February 2021", "DATE", "2021-02-03"),
            ),
            ("The council met on 2019-11-05.", ("2019-11-05", "DATE", "2019-11-05")),
            ("Chile joined the pact in March 2018.", ("March 2018", "DATE", "2018-03")),
            ("Brazil hosted the forum in 2014.", ("2014", "DATE", "2014")),
            ("Peru voted on Sept. 10, 2023.", ("Sept. 10, 2023", "DATE", "2023-09-10")),
        ],
    )
    def test_full_dates(self, text: str, expected: tuple[str, str, str]) -> None:
        """Dates in the usual English orders and punctuation are found and normalised."""
        assert [expected] == found(text)

    def test_month_day_takes_the_anchor_year(self) -> None:
        """ "Nov. 27" in a December 2023 report is 2023-11-27."""
        assert found("Ministers met on Nov. 27 in Lima.", "2023-12-02") == [
            ("Nov. 27", "DATE", "2023-11-27")
        ]


class TestRanges:
    @pytest.mark.parametrize(
        ("text", "anchor", "span"),
        [
            ("Macron will tour Ghana from March 3 to 5.", "2023-02-20", "2023-03-03/2023-03-05"),
            ("Scholz visits Delhi on Feb. 24-25.", "2023-02-20", "2023-02-24/2023-02-25"),
            ("The summit ran November 24–25, 2025.", None, "2025-11-24/2025-11-25"),
            ("The fair runs from 5 to 7 March.", "2026-01-10", "2026-03-05/2026-03-07"),
            ("(November 27, 2023 – November 27, 2025)", None, "2023-11-27/2025-11-27"),
            ("the Socio-Economic Plan 2026-2030", None, "2026/2030"),
            ("the plan (2021-2025) ends", None, "2021/2025"),
            ("Exports doubled between 2015 and 2020.", None, "2015/2020"),
        ],
    )
    def test_ranges(self, text: str, anchor: str | None, span: str) -> None:
        """Ranges become one mention whose value spans both ends."""
        mention = one(text, anchor)
        assert isinstance(mention.value, DateSpan)
        assert span == mention.value.format_iso()

    def test_by_year_is_open_at_the_start(self) -> None:
        """ "by 2030" is an open span ending in 2030; its extent is the year."""
        mention = one("Indonesia aims to be carbon neutral by 2060.")
        assert (
            mention.text,
            mention.value.format_iso() if mention.value else None,
        ) == ("2060", "../2060")


class TestRelative:
    ANCHOR = "2025-04-24"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Exports rose this year.", ("this year", "2025")),
            ("Exports fell last year.", ("last year", "2024")),
            ("The election is due next year.", ("next year", "2026")),
            ("The truce was agreed last December.", ("last December", "2024-12")),
            ("Seoul hosted the talks last week.", ("last week", "2025-W16")),
            ("The envoy arrived yesterday.", ("yesterday", "2025-04-23")),
            ("The ministers met on Tuesday.", ("Tuesday", "2025-04-22")),
            ("A new round is planned this autumn.", ("this autumn", "2025-FA")),
            ("The line opens in mid-2026.", ("mid-2026", "2026")),
            (
                "It will open in the first half of next year.",
                ("the first half of next year", "2026-H1"),
            ),
            ("Prices fell late last month.", ("late last month", "2025-03")),
        ],
    )
    def test_relative_to_anchor(self, text: str, expected: tuple[str, str]) -> None:
        """Relative expressions resolve against the published date."""
        mention = one(text, self.ANCHOR)
        assert expected == (mention.text, mention.timex_value)

    def test_in_month_follows_the_tense(self) -> None:
        """ "in May" is next May in a future sentence and last May in a past one."""
        assert one("The summit will take place in May.", self.ANCHOR).timex_value == "2025-05"
        assert one("The summit took place in May.", self.ANCHOR).timex_value == "2024-05"

    def test_since_taking_office_in_october(self) -> None:
        """ "since taking office in October" seen from April is the October before."""
        mention = one("He has met Chinh twice since taking office in October.", self.ANCHOR)
        assert (mention.text, mention.timex_value) == ("October", "2024-10")

    def test_earlier_this_month(self) -> None:
        """ "earlier this month" (TimeBank spans the modifier): the month, up to the anchor."""
        mention = one("He was extradited earlier this month.", "2025-11-26")
        assert isinstance(mention.value, DateSpan)
        assert (
            mention.text,
            mention.timex_value,
            mention.value.format_iso(),
        ) == ("earlier this month", "2025-11", "2025-11-01/2025-11-26")

    def test_japanese_fiscal_year(self) -> None:
        """With country "jp", "this fiscal year" in February 2025 is April 2024 - March 2025."""
        mention = one("Tokyo's budget for this fiscal year was cut.", "2025-02-10", country="jp")
        assert isinstance(mention.value, DateSpan)
        assert mention.value.format_iso() == "2024-04/2025-03"
        us = one("Washington's deficit in fiscal 2024 grew.", country="us")
        assert isinstance(us.value, DateSpan)
        assert us.value.format_iso() == "2023-10/2024-09"

    def test_afternoon_of_a_date(self) -> None:
        """ "the afternoon of October 26" is TIME 2025-10-26TAF."""
        mention = one("Leaders met on the afternoon of October 26.", "2025-10-26")
        assert (mention.timex_type, mention.timex_value) == ("TIME", "2025-10-26TAF")

    def test_without_anchor_nothing_is_guessed(self) -> None:
        """Without an anchor or dateline relative expressions keep X placeholders."""
        assert found("Growth slowed last year, the ministry said on Tuesday.") == [
            ("last year", "DATE", "XXXX"),
            ("Tuesday", "DATE", "XXXX-WXX-2"),
        ]


class TestTimes:
    def test_local_time_takes_the_zone_of_the_place(self) -> None:
        """ "10:00 am local time" in Vientiane is +07:00; "12:00 noon, JST" is +09:00."""
        text = "In Vientiane, the meeting started at 10:00 am local time (12:00 noon, JST)."
        mentions = tag(text, PartialDate(2024, 7, 26))
        assert [m.text for m in mentions] == ["10:00 am local time", "12:00 noon, JST"]
        assert [
            m.value.start.format_iso()
            for m in mentions
            if isinstance(m.value, DateSpan) and m.value.start
        ] == ["2024-07-26T10:00+07:00[Asia/Vientiane]", "2024-07-26T12:00+09:00[Asia/Tokyo]"]

    def test_local_time_in_parentheses(self) -> None:
        """ "From 10:45 a.m. (local time; 11:45 a.m. JST)" gives two times."""
        mentions = tag(
            "From 10:45 a.m. (local time; 11:45 a.m. JST) they met in Hanoi.",
            PartialDate(2024, 7, 26),
        )
        assert [(m.text, m.timex_value) for m in mentions] == [
            ("10:45 a.m.", "2024-07-26T10:45"),
            ("11:45 a.m. JST", "2024-07-26T11:45"),
        ]

    def test_gmt_offset(self) -> None:
        """ "3 p.m. (GMT+7)" is 15:00 at +07:00."""
        mention = one("Polls close at 3 p.m. (GMT+7).", "2025-05-03")
        assert isinstance(mention.value, DateSpan)
        assert mention.value.format_iso() == "2025-05-03T15:00+07:00"


class TestDurationsAndSets:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("They talked for about 70 minutes.", ("70 minutes", "DURATION", "PT70M")),
            ("He served three and a half years.", ("three and a half years", "DURATION", "P3Y6M")),
            ("They met for 80 minutes.", ("80 minutes", "DURATION", "PT80M")),
            ("Trade reached $50 billion annually.", ("annually", "SET", "P1Y")),
            ("The forum is held every two years.", ("every two years", "SET", "P2Y")),
            ("The talks lasted nearly two years.", ("nearly two years", "DURATION", "P2Y")),
            ("a deal over the next five years", ("the next five years", "DURATION", "P5Y")),
        ],
    )
    def test_durations_and_sets(self, text: str, expected: tuple[str, str, str]) -> None:
        """Durations and recurrences get TIMEX3 DURATION and SET values."""
        assert [expected] == found(text)

    def test_duration_value(self) -> None:
        """The model value of a duration is a Duration; of a set, a Recurrence."""
        assert isinstance(one("It lasted 70 minutes.").value, Duration)
        assert isinstance(one("It is held annually.").value, Recurrence)


class TestNotTimes:
    @pytest.mark.parametrize(
        "text",
        [
            "The G20 leaders met.",
            "the AMM 58 meetings",
            "worth a combined $20 billion",
            "the December 2+2 dialogue format",
            "108 out of 130 deputies voted yes",
            "It is the No. 1 trading partner.",
            "The Airbus A320 and the Boeing 737 MAX were ordered.",
            "May I add one point?",
            "Officials may 2 weeks, no.",
            "Some 2500 troops and 1500 police were deployed.",
            "Mon dieu, said Sun Yat-sen's heir.",
            "Protesters March on the capital.",
        ],
    )
    def test_no_time(self, text: str) -> None:
        """Numbers, codes and verbs that only look like dates are not tagged as dates."""
        assert [
            m for m in tag(text, PartialDate(2025, 4, 24)) if m.timex_type in ("DATE", "TIME")
        ] == []


class TestAnchorInference:
    def test_header_date_line(self) -> None:
        """A date alone on a line near the top anchors the text, marked as inferred."""
        mentions = tag("July 26, 2024\nThe ministers met today in Vientiane.")
        today = mentions[-1]
        assert (
            today.text,
            today.timex_value,
            today.anchor_inferred,
        ) == ("today", "2024-07-26", True)

    def test_dateline_with_partial_published_date(self) -> None:
        """ "HANOI, April 24 (Reuters) -" plus a year-only published date gives April 24."""
        text = "HANOI, April 24 (Reuters) - Talks open tomorrow."
        mentions = tag(text, PartialDate(2025))
        assert (
            mentions[-1].text,
            mentions[-1].timex_value,
            mentions[-1].anchor_inferred,
        ) == ("tomorrow", "2025-04-25", True)

    def test_dateline_without_year_is_not_enough(self) -> None:
        """A dateline without a year and no published date anchors nothing."""
        assert infer_anchor("HANOI, April 24 (Reuters) - Talks open tomorrow.") is None

    def test_an_event_date_in_a_sentence_is_not_a_dateline(self) -> None:
        """A date inside a sentence does not become the anchor."""
        assert infer_anchor("The ministers met on April 24, 2025 in Hanoi.") is None

    def test_given_anchor_is_not_inferred(self) -> None:
        """A day-precision published date is used as given."""
        mention = one("Talks open tomorrow.", "2025-04-24")
        assert (False, PartialDate(2025, 4, 24)) == (mention.anchor_inferred, mention.anchor)


class TestTense:
    @pytest.mark.parametrize(
        ("text", "tense"),
        [
            ("The summit will be held in May.", Tense.FUTURE),
            ("Leaders are scheduled to meet in May.", Tense.FUTURE),
            ("The summit was held in May.", Tense.PAST),
            ("Ministers signed the deal in May.", Tense.PAST),
            ("Ministers met in May, officials said.", Tense.PAST),
            ("Talks in May.", Tense.UNKNOWN),
        ],
    )
    def test_governing_verb(self, text: str, tense: Tense) -> None:
        """The nearest tense cue to the left of the mention decides."""
        start = text.index("May")
        assert tense == guess_tense(text, start, start + 3)

    @pytest.mark.parametrize(
        ("text", "tense"),
        [
            # An "-ed" adjective after an article is no verb; the modal further back decides.
            ("The split would be paid on a still unspecified date in May.", Tense.FUTURE),
            ("Prices rose on the revised forecast in May.", Tense.PAST),
            # ... but a relative "that" is no article.
            ("Shootings that injured doctors in May shocked the city.", Tense.PAST),
            # A present passive is no past tense.
            ("The case is heard in May in the appeals court.", Tense.PRESENT),
            ("Talks that are supposed to conclude by May resumed.", Tense.PRESENT),
            # A clause opened by the date takes the verb after its subject.
            ("In May, the company received a takeover offer.", Tense.PAST),
            ("In May, the minister will visit Chile.", Tense.FUTURE),
            # "planned to" looks ahead.
            ("The team planned to leave Nairobi in May for Dar es Salaam.", Tense.FUTURE),
        ],
    )
    def test_verb_forms(self, text: str, tense: Tense) -> None:
        """Adjectives, passives and sentence-opening dates read as news writes them."""
        start = text.index("May")
        assert tense == guess_tense(text, start, start + 3)

    def test_unspecified_day_keeps_the_future(self) -> None:
        """ "would be paid on a still unspecified date in January": the next January."""
        text = "The split would be paid on a still unspecified date in January."
        assert one(text, "1989-10-26").timex_value == "1990-01"


class TestTagger:
    def test_extra_rule_file(self, tmp_path: Path) -> None:
        """A user rule file adds an expression (and a word to a table) without code changes."""
        path = tmp_path / "mine.toml"
        path.write_text(
            'schema = 1\ndescription = "x"\n'
            '[settings.ref]\n"these times" = "PRESENT_REF"\n'
            '[[rule]]\nid = "user.these-times"\n'
            "pattern = '\\b(?P<ref>these\\s+times)\\b'\n"
            'produces = "special"\n',
            encoding="utf-8",
        )
        text = "In these times, trade grew."
        assert list(tag(text)) == []
        mentions = Tagger(extra_rules=[path]).tag(text)
        assert [(m.rule_id, m.text, m.timex_value) for m in mentions] == [
            ("user.these-times", "these times", "PRESENT_REF")
        ]


class TestJsonLines:
    def test_protocol(self) -> None:
        """Each document line gives one line per expression with offsets into its text."""
        lines = [
            json.dumps({"doc": "a", "dct": "2025-04-24", "text": "Talks end next year."}),
            "",
            json.dumps({"doc": "b", "text": "Signed on 26 July 2024."}),
        ]
        out = [json.loads(line) for line in run_timex_jsonl(lines)]
        assert out == [
            {
                "doc": "a",
                "start": 10,
                "end": 19,
                "text": "next year",
                "type": "DATE",
                "value": "2026",
            },
            {
                "doc": "b",
                "start": 10,
                "end": 22,
                "text": "26 July 2024",
                "type": "DATE",
                "value": "2024-07-26",
            },
        ]

    @pytest.mark.parametrize(
        "line",
        [
            "not json",
            "[1, 2]",
            '{"doc": "a"}',
            '{"text": "x", "dct": 5}',
            '{"text": "x", "dct": "2025-13-01"}',
        ],
    )
    def test_bad_lines(self, line: str) -> None:
        """A malformed line raises DecodeError with its line number."""
        with pytest.raises(DecodeError) as caught:
            list(run_timex_jsonl(["", line]))
        assert caught.value.line == 2


class TestTimeMLConventions:
    def test_split_ranges_gives_each_end_its_own_mention(self) -> None:
        """In TimeML mode the ends of "from Aug. 26 to Oct. 20" are two DATEs."""
        text = "Shares were bought from Aug. 26 to Oct. 20 by the fund."
        mentions = Tagger().tag(text, PartialDate(1989, 10, 30), split_ranges=True)
        assert [(m.text, m.timex_value) for m in mentions] == [
            ("Aug. 26", "1989-08-26"),
            ("Oct. 20", "1989-10-20"),
        ]

    def test_default_mode_keeps_the_range_whole(self) -> None:
        """Without split_ranges the same range stays one mention spanning both ends."""
        mention = one("Shares were bought from Aug. 26 to Oct. 20 by the fund.", "1989-10-30")
        assert mention.value == DateSpan.parse_iso("1989-08-26/1989-10-20")

    def test_quarter_without_year_is_the_latest_begun(self) -> None:
        """ "the third quarter" in a November report is this year's, not next year's."""
        assert found("It expects a third-quarter loss.", "1989-11-02") == [
            ("third-quarter", "DATE", "1989-Q3")
        ]

    def test_the_quarter_refers_back(self) -> None:
        """ "the quarter" after "the second quarter" is that quarter."""
        text = "Profit fell in the second quarter. Costs for the quarter rose."
        assert [m.timex_value for m in tag(text, PartialDate(1989, 10, 30))] == [
            "1989-Q2",
            "1989-Q2",
        ]

    def test_weekday_fixes_the_year_of_a_month_day(self) -> None:
        """ "Saturday, April 25" takes the year in which April 25 is a Saturday."""
        assert found("An editorial ran on Saturday, April 25.", "1998-04-24") == [
            ("Saturday, April 25", "DATE", "1998-04-25")
        ]

    def test_spoken_year(self) -> None:
        """Broadcast transcripts spell years out: "nineteen ninety-one" is 1991."""
        assert found("He was convicted in nineteen ninety-one.") == [
            ("nineteen ninety-one", "DATE", "1991")
        ]

    def test_the_following_year_counts_from_the_last_year_named(self) -> None:
        """ "the following year" after "1995" is 1996, whatever the anchor."""
        text = "He was promoted in 1995, and the following year he moved to Rome."
        assert [m.timex_value for m in tag(text, PartialDate(1998, 4, 18))] == ["1995", "1996"]


class TestNewsConventions:
    """TimeBank conventions for English news, on sentences written for these tests."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The hearing lasted 2 1/2 hours.", ("2 1/2 hours", "DURATION", "PT2H30M")),
            ("The truce held for a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
            ("The blackout lasted a day and a half.", ("a day and a half", "DURATION", "P1DT12H")),
            (
                "Shelling stopped for a minute and a half.",
                ("a minute and a half", "DURATION", "PT1M30S"),
            ),
        ],
    )
    def test_half_units_are_written_in_whole_units(
        self, text: str, expected: tuple[str, str, str]
    ) -> None:
        """A half unit is written with the next smaller unit ("P2.5Y" is P2Y6M)."""
        assert [expected] == found(text)

    def test_half_a_month_stays_a_fraction(self) -> None:
        """A half month has no whole number of days, so "P1.5M" stays as it is."""
        assert found("The strike lasted a month and a half.") == [
            ("a month and a half", "DURATION", "P1.5M")
        ]

    def test_the_nine_months_keeps_its_article(self) -> None:
        """ "the nine months to June" is a duration with its article, as TimeBank marks it."""
        assert found("Exports rose 6% in the nine months to June.", "2024-07-30") == [
            ("the nine months", "DURATION", "P9M"),
            ("June", "DATE", "2024-06"),
        ]

    def test_adjective_duration_has_no_article(self) -> None:
        """ "the two-year plan": the article belongs to the plan, not to the duration."""
        assert found("Ghana unveiled the two-year plan.") == [("two-year", "DURATION", "P2Y")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Ukrainian forces regrouped. Three days later, they struck.", ("Three days", "P3D")),
            ("Rebels pulled out a few days later.", ("a few days", "PXD")),
            ("The envoy left several weeks before the vote.", ("several weeks", "PXW")),
        ],
    )
    def test_later_and_before_count_from_an_event(
        self, text: str, expected: tuple[str, str]
    ) -> None:
        """ "Three days later" is counted from an event: only the duration is marked."""
        assert [(expected[0], "DURATION", expected[1])] == found(text, "2024-03-01")

    def test_from_now_counts_from_the_document_date(self) -> None:
        """ "two years from now" is a date counted forward from the document date."""
        assert found("The mission ends two years from now.", "2024-03-01") == [
            ("two years from now", "DATE", "2026")
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Clashes have grown in recent months.", ("recent months", "DURATION", "PXM")),
            ("Talks stalled in recent weeks.", ("recent weeks", "DURATION", "PXW")),
            ("Lenders lost money in recent quarters.", ("recent quarters", "DURATION", "PXM")),
            ("Exports have doubled in recent years.", ("recent years", "DATE", "PAST_REF")),
        ],
    )
    def test_recent_periods(self, text: str, expected: tuple[str, str, str]) -> None:
        """ "recent months" is a vague stretch of months; "recent years" is the past."""
        assert [expected] == found(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Farmers hold a daily protest in Lille.", [("daily", "SET", "P1D")]),
            ("The minister gave her weekly briefing.", [("weekly", "SET", "P1W")]),
            ("It was reported by the party daily Nhan Dan.", []),
            ("The average daily volume fell.", []),
        ],
    )
    def test_daily_as_adjective(self, text: str, expected: list[tuple[str, str, str]]) -> None:
        """ "a daily protest" is a set; a newspaper called a daily is not."""
        assert expected == found(text)

    @pytest.mark.parametrize(
        ("text", "anchor", "expected"),
        [
            (
                "He was rescued on Thanksgiving Day.",
                "2000-01-06",
                ("Thanksgiving Day", "1999-11-25"),
            ),
            ("Polls open on Election Day.", "2022-10-01", ("Election Day", "2022-11-08")),
            ("Shops reopened after Christmas.", "2023-12-29", ("Christmas", "2023-12-25")),
            ("The truce collapsed last Christmas.", "2024-05-02", ("last Christmas", "2023-12-25")),
            (
                "Fireworks are banned on New Year's Eve.",
                "2025-12-01",
                ("New Year's Eve", "2025-12-31"),
            ),
            ("Markets shut for Labor Day.", "2025-08-20", ("Labor Day", "2025-09-01")),
            ("Stores open after Thanksgiving.", None, ("Thanksgiving", "XXXX-11")),
        ],
    )
    def test_holidays(self, text: str, anchor: str | None, expected: tuple[str, str]) -> None:
        """Holidays are dates: fixed ones and floating ones (the fourth Thursday of November)."""
        assert [(expected[0], "DATE", expected[1])] == found(text, anchor)

    def test_christmas_island_is_no_date(self) -> None:
        """A place named after a holiday is no date."""
        assert found("Refugees were held on Christmas Island.", "2024-01-10") == []

    @pytest.mark.parametrize(
        "text",
        [
            "The delegation could arrive as soon as Tuesday.",
            "A vote may come as early as Tuesday.",
        ],
    )
    def test_as_soon_as_looks_ahead(self, text: str) -> None:
        """ "as soon as Tuesday" is the coming Tuesday even after a past-tense verb."""
        assert found("Officials said it. " + text, "2024-03-04") == [
            ("Tuesday", "DATE", "2024-03-05")
        ]

    def test_tense_is_not_guessed_where_it_does_not_matter(self) -> None:
        """ "last year" needs no tense; "in May" does."""
        text = "Talks failed last year; they will resume in May."
        last_year, may = tag(text, PartialDate(2024, 3, 4))
        assert (last_year.tense, may.tense) == (Tense.UNKNOWN, Tense.FUTURE)
        assert may.timex_value == "2024-05"

    def test_weekday_after_the_anchor_is_the_next_day(self) -> None:
        """Without a tense, "Tuesday" in a Monday report is the next day, not six days ago."""
        text = "Kenya's delegation meets donors Tuesday in Geneva."
        assert found(text, "2024-03-04") == [("Tuesday", "DATE", "2024-03-05")]

    def test_other_weekdays_without_a_tense_stay_in_the_past_week(self) -> None:
        """Without a tense, "Thursday" in a Monday report is the Thursday just gone."""
        text = "Kenya's delegation meets donors Thursday in Geneva."
        assert found(text, "2024-03-04") == [("Thursday", "DATE", "2024-02-29")]


class TestAnaphoricYear:
    def test_that_year_is_the_year_last_named(self) -> None:
        text = "The envoy left for Geneva in June 2019 and returned later that year."
        assert found(text, "2024-03-01")[-1] == ("later that year", "DATE", "2019")

    def test_the_same_year_is_the_year_last_named(self) -> None:
        text = "The treaty was signed in 2011. The same year, both sides opened consulates."
        assert found(text, "2024-03-01")[-1] == ("The same year", "DATE", "2011")

    def test_this_year_stays_the_anchor_year(self) -> None:
        text = "The treaty was signed in 2011. This year, both sides opened consulates."
        assert found(text, "2024-03-01")[-1] == ("This year", "DATE", "2024")


class TestExtraDurations:
    @pytest.mark.parametrize(
        ("text", "match", "value"),
        [
            ("The ceasefire was extended for two more weeks.", "two more weeks", "P2W"),
            ("The base stays for at least 20 more years.", "at least 20 more years", "P20Y"),
            ("The mandate may be renewed for an additional year.", "an additional year", "P1Y"),
        ],
    )
    def test_more_units_are_durations(self, text: str, match: str, value: str) -> None:
        assert (match, "DURATION", value) in found(text, "2024-03-01")

    def test_more_without_a_unit_is_nothing(self) -> None:
        assert found("Two more soldiers were wounded in the attack.", "2024-03-01") == []


class TestComparedPeriods:
    LEAD = "Net income rose 12% in the third quarter to $9 million. "

    def test_far_comparison_takes_the_reported_quarter(self) -> None:
        filler = "The company cited strong demand in Asia and lower costs at home. " * 8
        text = self.LEAD + filler + "Revenue was $80 million, up from $70 million a year ago."
        assert found(text, "1989-11-01")[-1] == ("a year ago", "DATE", "1988-Q3")

    def test_nine_months_comparison_is_a_year(self) -> None:
        text = (
            self.LEAD
            + "For the first nine months, net was $30 million, up from $25 million a year earlier."
        )
        assert found(text, "1989-11-01")[-1] == ("a year earlier", "DATE", "1988")

    @pytest.mark.parametrize(
        ("tail", "match", "value"),
        [
            ("up from $6 million in the 1988 period.", "the 1988 period", "1988-Q3"),
            (
                "up from $6 million in the corresponding period last year.",
                "the corresponding period last year",
                "1988-Q3",
            ),
            ("Sales in last year's quarter were $3 million.", "last year's quarter", "1988-Q3"),
        ],
    )
    def test_named_comparison_periods(self, tail: str, match: str, value: str) -> None:
        assert found(self.LEAD + tail, "1989-11-01")[-1] == (match, "DATE", value)

    def test_year_period_without_a_quarter_is_the_year(self) -> None:
        assert found("Results for the 1988 period were restated.", "1989-11-01") == [
            ("the 1988 period", "DATE", "1988")
        ]

    def test_the_quarter_is_not_taken_from_a_year_period(self) -> None:
        text = self.LEAD + "It earned $6 million in the 1988 period. Costs for the quarter fell."
        assert found(text, "1989-11-01")[-1] == ("the quarter", "DATE", "1989-Q3")


class TestTitles:
    @pytest.mark.parametrize(
        "text",
        [
            'The minister told ABC\'s "This Week" program that talks would go on.',
            'He said on CBS\'s "60 Minutes" that the talks had failed.',
            "The rally was likened to a scene from the film High Noon by local papers.",
        ],
    )
    def test_capitalised_time_words_inside_a_sentence_name_a_title(self, text: str) -> None:
        assert found(text, "2024-03-01") == []

    def test_sentence_initial_and_headline_time_words_are_times(self) -> None:
        assert found("Tonight the council votes on the budget.", "2024-03-01") == [
            ("Tonight", "DATE", "2024-03-01")
        ]
        assert ("Next Week", "DATE", "2024-W10") in found(
            "Ministers To Meet Again Next Week\nThe talks resume soon.", "2024-03-01"
        )


class TestTenseCues:
    def test_a_plan_as_noun_is_no_future(self) -> None:
        text = "The bank announced the plan Aug. 21 after months of talks."
        assert found(text, "1989-10-27") == [("Aug. 21", "DATE", "1989-08-21")]

    def test_is_to_is_future(self) -> None:
        text = "The stock is to resume trading in Paris Tuesday."
        assert guess_tense(text, text.index("Tuesday"), len(text) - 1) is Tense.FUTURE
        assert found(text, "1989-10-27") == [("Tuesday", "DATE", "1989-10-31")]

    def test_is_alone_stays_present(self) -> None:
        text = "The stock is trading in Paris Tuesday."
        assert guess_tense(text, text.index("Tuesday"), len(text) - 1) is Tense.PRESENT


class TestPossessiveWeekday:
    def test_a_weekdays_event_is_past_despite_a_modal(self) -> None:
        text = "Lawyers said they would look for ways to get around Wednesday's ruling."
        assert found(text, "2000-01-07") == [("Wednesday", "DATE", "2000-01-05")]

    def test_ahead_of_a_weekdays_event_is_future(self) -> None:
        text = "Troops were deployed ahead of Sunday's election."
        assert found(text, "2000-01-07") == [("Sunday", "DATE", "2000-01-09")]

    def test_a_bare_weekday_keeps_the_modal(self) -> None:
        text = "Lawyers said they would appeal Wednesday."
        assert found(text, "2000-01-07") == [("Wednesday", "DATE", "2000-01-12")]


class TestDayAnaphora:
    def test_the_next_morning_follows_the_day_last_named(self) -> None:
        text = "The boy was hounded on Feb. 20 and appeared in court the next morning."
        assert found(text, "2000-02-24")[-1] == ("the next morning", "TIME", "2000-02-21TMO")

    def test_the_next_day_follows_the_day_last_named(self) -> None:
        text = "The envoy arrived in Cairo on March 3. The next day he met the president."
        assert found(text, "2000-03-10")[-1] == ("The next day", "DATE", "2000-03-04")

    def test_without_a_day_named_the_anchor_counts(self) -> None:
        text = "The envoy said he would meet the president the next day."
        assert found(text, "2000-03-10") == [("the next day", "DATE", "2000-03-11")]


class TestAdjectivalDurations:
    @pytest.mark.parametrize(
        ("text", "match", "value"),
        [
            ("The envoys emerged from a day-long meeting.", "day-long", "P1D"),
            ("The pact ends a decades-long border dispute.", "decades-long", "PXY"),
            ("She began a two-week-long tour of Asia.", "two-week-long", "P2W"),
        ],
    )
    def test_unit_long_is_a_duration(self, text: str, match: str, value: str) -> None:
        assert found(text, "2024-03-01") == [(match, "DURATION", value)]

    def test_ages_and_plain_long_are_not(self) -> None:
        assert found("The 6-year-old boy flew home after a long day.", "2024-03-01") == []


class TestMidPartOfDay:
    def test_mid_afternoon_is_a_time_of_the_anchor_day(self) -> None:
        assert found("By mid afternoon, the shelling had stopped.", "1998-03-06") == [
            ("mid afternoon", "TIME", "1998-03-06TAF")
        ]

    def test_mid_afternoon_yesterday(self) -> None:
        assert found("Shares rose at mid-afternoon yesterday.", "1989-11-02") == [
            ("mid-afternoon yesterday", "TIME", "1989-11-01TAF")
        ]

    def test_mid_alone_is_nothing(self) -> None:
        assert found("The talks stalled in mid-stream.", "1989-11-02") == []


class TestDeadlineWeekday:
    def test_postponed_until_a_weekday_is_future(self) -> None:
        text = "Officials postponed until Tuesday any action on the visa."
        assert found(text, "2000-03-30") == [("Tuesday", "DATE", "2000-04-04")]

    def test_given_until_a_clock_time_and_weekday_is_future(self) -> None:
        text = "The agency has given the family until 9 a.m. Tuesday to sign."
        assert found(text, "2000-04-03") == [("9 a.m. Tuesday", "TIME", "2000-04-04T09:00")]

    @pytest.mark.parametrize(
        "text",
        [
            "It was not until Tuesday that the minister spoke.",
            "Until Tuesday, they had not named a suspect.",
        ],
    )
    def test_narrative_until_stays_past(self, text: str) -> None:
        assert found(text, "2000-03-30") == [("Tuesday", "DATE", "2000-03-28")]


_LONG_BODY = " ".join(["Ministers met on Tuesday and agreed to meet again next month."] * 40)


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("HANOI, April 24 (VNA) - Talks open today and close on Friday.", PartialDate(2025)),
        ("July 26, 2024\nThe ministers met today. " + _LONG_BODY, None),
        ("Talks began on April 24. " + _LONG_BODY, PartialDate(2025, 4)),
        ("x" * 1150 + "\nApril 24, 2025\nTalks today. " + _LONG_BODY, None),
        ("x" * 1190 + " April 24, 2025 - Talks today. " + _LONG_BODY, None),
        ("LIMA, May 2, 2031 (AP) - Talks went well yesterday. " + _LONG_BODY, None),
    ],
)
def test_tag_infers_the_anchor_from_one_engine_run(text: str, partial: PartialDate | None) -> None:
    # tag() reuses the matches of the whole text to find the dateline: the result is
    # the one of inferring the anchor on the head first and tagging with it.
    tagger = default_tagger()
    inferred = tagger.infer_anchor(text, partial)
    expected = tagger.tag(text, inferred or partial, infer_anchor=False)
    if inferred is not None:
        expected = tuple(attrs.evolve(m, anchor_inferred=True) for m in expected)
    assert tagger.tag(text, partial) == expected


def test_tag_runs_the_engine_once_when_inferring(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    find = Engine.find

    def counted(self: Engine, text: str) -> tuple[Mention, ...]:
        calls.append(len(text))
        return find(self, text)

    monkeypatch.setattr(Engine, "find", counted)
    text = "LIMA, May 2, 2031 (AP) - Talks went well yesterday. " + _LONG_BODY
    assert Tagger().tag(text)[0].anchor_inferred
    assert calls == [len(text)]
