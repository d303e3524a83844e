"""Event rules of session 6, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document, Event, EventKind
from diplotimeline.time import PartialDate


def _events(text: str, published: str = "2031-05-04") -> tuple[Event, ...]:
    return extract(Document(id="t", text=text, published=PartialDate.parse_iso(published))).events


def _of(events: tuple[Event, ...], kind: EventKind) -> list[Event]:
    return [event for event in events if event.kind is kind]


class TestUnnamedAgreementFolds:
    PREFIX = (
        "Ecuador signed an economic framework with Jordan in 2019, and negotiations on a "
        "free trade agreement started soon after. "
    )

    def test_unnamed_agreement_joins_the_named_one_that_ends_with_its_words(self) -> None:
        """'negotiations on a free trade agreement' ... 'the Ecuador-Jordan FTA': one."""
        events = _events(
            self.PREFIX + "The ministers now want to conclude the Ecuador-Jordan Free Trade "
            "Agreement."
        )
        [agreement] = _of(events, EventKind.AGREEMENT)
        assert agreement.name == "Ecuador-Jordan Free Trade Agreement"
        assert "free trade agreement" in agreement.aliases

    def test_named_agreement_of_other_parties_does_not_absorb_it(self) -> None:
        """The Ecuador-Korea agreement is not the one negotiated with Jordan."""
        events = _events(
            self.PREFIX + "Separately, Ecuador ratified the Ecuador-Korea Free Trade Agreement."
        )
        names = sorted(e.name for e in _of(events, EventKind.AGREEMENT))
        assert names == ["Ecuador-Korea Free Trade Agreement", "free trade agreement"]


_RELEASE = """REPUBLIC OF CHILE
MINISTRY OF FOREIGN AFFAIRS

PRESS RELEASE

Santiago, 4 March 2031

1. President Ana Ortega received today, Tuesday 4 March 2031, at La Moneda Palace in \
Santiago, H.E. Mr. Jonas Berg, Prime Minister of Norway, who is paying an official visit to \
Chile from 3 to 5 March 2031.

2. The two leaders welcomed the results of the fifth session of the Chile-Norway Joint \
Commission, held in Santiago on Monday, 3 March 2031.

3. The two leaders adopted a Joint Declaration on Ocean Cooperation, and the following \
instruments were signed:
   - Agreement on Maritime Search and Rescue;
   - Memorandum of Understanding on Cooperation in the Field of Aquaculture.
"""


def _dates(events: tuple[Event, ...]) -> dict[str, str | None]:
    return {e.name: None if e.when is None else e.when.format_iso() for e in events}


class TestPressReleaseOccasion:
    def test_host_receives_a_visitor_after_an_aside_of_time_and_place(self) -> None:
        """'X received today, <date>, at <palace>, H.E. Mr. Y': a meeting of X and Y."""
        events = _events(_RELEASE, "2031-03-04")
        talks = [e for e in events if e.form.value == "bilateral-meeting"]
        assert [(set(e.participants), _dates((e,))[e.name]) for e in talks] == [
            ({"ortega-ana", "berg-jonas"}, "2031-03-04")
        ]

    def test_received_a_letter_is_no_meeting(self) -> None:
        events = _events(
            "President Ana Ortega received today, at La Moneda Palace, a letter from "
            "Prime Minister Jonas Berg."
        )
        assert not [e for e in events if e.form.value == "bilateral-meeting"]

    def test_the_lead_after_the_letterhead_dates_what_was_signed(self) -> None:
        """Headings are no lead; a session recalled later does not replace the occasion."""
        dates = _dates(_events(_RELEASE, "2031-03-04"))
        assert dates["Fifth session of the Chile-Norway Joint Commission"] == "2031-03-03"
        assert dates["Joint Declaration on Ocean Cooperation"] == "2031-03-04"
        assert dates["Agreement on Maritime Search and Rescue"] == "2031-03-04"
        assert (
            dates["Memorandum of Understanding on Cooperation in the Field of Aquaculture"]
            == "2031-03-04"
        )


_BLOG = """LIVE: Chilean President Ortega's state visit to Norway

Nordic Desk | Last updated Thursday 6 March 2031, 18:00 CET

Thursday 6 March, 17:30 - Bergen
President Ana Ortega ended her visit at a seafood fair this afternoon.

Wednesday 5 March, 16:00 - Oslo
Two agreements were signed in front of the King. The two leaders also adopted a joint \
declaration on ocean cooperation.

Tuesday 4 March, 09:30 - Oslo
Background: yesterday the foreign ministers, Jonas Berg and Luis Vega, closed the 9th \
session of the Chile-Norway Joint Commission.
"""


class TestLiveBlogEntries:
    def test_an_entry_dates_what_it_reports(self) -> None:
        """An undated text adopted in an entry headed 'Wednesday 5 March, 16:00' is of the 5th."""
        dates = _dates(_events(_BLOG, "2031-03-06"))
        assert dates["joint declaration on ocean cooperation"] == "2031-03-05"

    def test_yesterday_counts_from_the_entry_day(self) -> None:
        """'yesterday' in the entry of Tuesday 4 March is the 3rd, not the day before the update."""
        dates = _dates(_events(_BLOG, "2031-03-06"))
        assert dates["9th session of the Chile-Norway Joint Commission"] == "2031-03-03"

    def test_one_dated_line_is_no_entry(self) -> None:
        """A single date line (a release's) leaves 'yesterday' to the publication date."""
        text = (
            "Tuesday 4 March\n"
            "Yesterday the foreign ministers, Jonas Berg and Luis Vega, closed the 9th session "
            "of the Chile-Norway Joint Commission."
        )
        dates = _dates(_events(text, "2031-03-06"))
        assert dates["9th session of the Chile-Norway Joint Commission"] == "2031-03-05"


class TestListedAgreements:
    def test_each_unnamed_agreement_of_a_signed_list(self) -> None:
        """'signed a fisheries agreement, a solar energy MoU and a double taxation agreement'."""
        events = _events(
            "The two presidents signed a fisheries agreement, a solar energy MoU and a double "
            "taxation agreement on Tuesday."
        )
        assert [(e.name, e.form.value) for e in _of(events, EventKind.AGREEMENT)] == [
            ("fisheries agreement", "treaty"),
            ("solar energy MoU", "mou"),
            ("double taxation agreement", "treaty"),
        ]

    def test_an_apposition_is_no_second_agreement(self) -> None:
        """'a fisheries agreement, a deal worth ...' names one agreement twice."""
        events = _events(
            "The two presidents signed a fisheries agreement, a deal worth 2 billion dollars."
        )
        assert [e.name for e in _of(events, EventKind.AGREEMENT)] == ["fisheries agreement"]

    def test_a_list_after_a_colon_with_a_programme(self) -> None:
        """'Four agreements were signed ...: a ..., a ... and a cultural programme for Y-Y'."""
        events = _events(
            "Four agreements were signed in front of the two presidents: a fisheries agreement, "
            "a solar energy MoU, a double taxation agreement and a cultural programme for "
            "2032-2034."
        )
        assert [e.name for e in _of(events, EventKind.AGREEMENT)] == [
            "fisheries agreement",
            "solar energy MoU",
            "double taxation agreement",
        ]
        [programme] = _of(events, EventKind.INITIATIVE)
        assert (programme.name, _dates((programme,))[programme.name]) == (
            "cultural programme",
            "2032/2034",
        )

    def test_a_colon_list_without_a_signing_is_not_read(self) -> None:
        """'Key items: a fisheries deal, ...' announces topics, not signed agreements."""
        events = _events("Key items on the agenda: a fisheries deal, a solar energy MoU.")
        assert _of(events, EventKind.AGREEMENT) == []


_WIRE = """Peru, Ghana agree to relaunch trade talks

LIMA, May 8 (Xinhua) -- Foreign ministers of Peru and Ghana agreed on Monday to relaunch \
negotiations on a trade deal.

In a joint statement issued after the Peru-Ghana Ministerial Meeting in the Peruvian \
capital, the ministers instructed their negotiators to resume talks.
"""


class TestJointStatements:
    def test_statement_issued_after_a_meeting_and_the_lead_day(self) -> None:
        """'agreed on Monday' dates the lead; the statement issued after the meeting and the
        meeting itself are of that day."""
        events = _events(_WIRE, "2034-05-08")
        dates = _dates(events)
        assert dates["joint statement"] == "2034-05-08"
        assert dates["Peru-Ghana Ministerial Meeting"] == "2034-05-08"
        [statement] = [e for e in events if e.name == "joint statement"]
        assert {"pe", "gh"} <= set(statement.participants)

    def test_a_statement_issued_after_no_meeting_is_not_read(self) -> None:
        events = _events("The joint statement issued after lunch was short.")
        assert _of(events, EventKind.AGREEMENT) == []

    def test_expected_to_issue_a_joint_statement_is_planned(self) -> None:
        """'We expect the ministers to issue a joint statement': planned, not done."""
        events = _events("We expect the ministers to issue a joint statement on fisheries.")
        [statement] = _of(events, EventKind.AGREEMENT)
        assert statement.status.value == "planned"

    def test_issue_as_a_noun_is_no_frame(self) -> None:
        """'the issue of a new fisheries agreement' is no issuing of one."""
        events = _events("The ministers discussed the issue of a new fisheries agreement.")
        assert _of(events, EventKind.AGREEMENT) == []


class TestInitiativePeriods:
    def test_appositive_programme_running_from_year_to_year(self) -> None:
        """'the X Initiative, a five-year programme from 2032 to 2036': its period."""
        for text in (
            "The ministers endorsed the Andean Water Initiative, a programme running from "
            "2032 to 2036 to support irrigation.",
            "We will propose an Andean Water Initiative, a five-year programme from 2032 to "
            "2036 to finance storage.",
        ):
            [initiative] = _of(_events(text), EventKind.INITIATIVE)
            assert _dates((initiative,))[initiative.name] == "2032/2036"

    def test_a_span_in_another_clause_is_not_its_period(self) -> None:
        text = (
            "The Andean Water Initiative, which Peru joined, was praised; exports grew from "
            "2010 to 2015."
        )
        [initiative] = _of(_events(text), EventKind.INITIATIVE)
        assert initiative.when is None


class TestBodiesSetUp:
    def test_a_named_body_two_sides_establish_is_a_framework(self) -> None:
        """'agreed to establish a Peru-Ghana Business Council': an initiative of theirs."""
        for text, name in (
            ("The ministers agreed to establish a Peru-Ghana Business Council.", None),
            (
                "The two Presidents agreed to establish a Peru-Ghana Joint Commission for "
                "Cooperation (JCC), whose first session will be held in Lima before the end of "
                "the year.",
                "Peru-Ghana Joint Commission for Cooperation",
            ),
        ):
            [body] = _of(_events(text), EventKind.INITIATIVE)
            assert body.form.value == "framework"
            assert body.name == (name or "Peru-Ghana Business Council")
            assert body.when is None  # the first session's date is not the body's

    def test_an_unnamed_body_is_not_read(self) -> None:
        """'a Joint Commission' alone says too little to be a framework of its own."""
        assert (
            _of(_events("They agreed to establish a Joint Commission."), EventKind.INITIATIVE) == []
        )

    def test_established_on_the_occasion_day(self) -> None:
        """Set up at talks of a day: dated by them, as a signing is."""
        events = _events(
            "President Ana Ortega held talks with President Kwame Mensah in Lima on Tuesday. "
            "The two presidents agreed to establish a Peru-Ghana Business Council."
        )
        [body] = _of(events, EventKind.INITIATIVE)
        assert _dates((body,))[body.name] == "2031-04-29"


class TestSigningOf:
    def test_signing_with_a_date_aside(self) -> None:
        """'welcomed the signing, on 10 October, of a Memorandum ...': signed that day."""
        events = _events(
            "The Foreign Ministers welcomed the signing, on 10 October, of a Memorandum of "
            "Understanding on Cooperation in the Energy Sector between the two Governments.",
            "2031-10-11",
        )
        [memorandum] = _of(events, EventKind.AGREEMENT)
        assert _dates((memorandum,))[memorandum.name] == "2031-10-10"

    def test_an_aside_of_another_kind_is_not_read(self) -> None:
        """'the signing, as agreed, of ...' holds no date aside: nothing dates it."""
        events = _events(
            "They recalled the signing, as agreed, of the Lima Accord on Fisheries.",
            "2031-10-11",
        )
        [accord] = _of(events, EventKind.AGREEMENT)
        assert accord.when is None
