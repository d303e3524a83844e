"""Event readers on phrasings of diplomatic news that the first rules missed (issue 5).

Each rule is tested on sentences written for these tests (invented people, places and
years) with a counter-example that must not fire.
"""

from __future__ import annotations

from diplotimeline.extract._event_names import is_shouted
from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document, Event, EventKind, Status
from diplotimeline.time import PartialDate


def _events(text: str, published: str = "2031-05-04") -> tuple[Event, ...]:
    return extract(Document(id="t", text=text, published=PartialDate.parse_iso(published))).events


def _when(event: Event) -> str | None:
    return None if event.when is None else event.when.format_iso()


def _of(events: tuple[Event, ...], kind: EventKind) -> list[Event]:
    return [event for event in events if event.kind is kind]


class TestDelegations:
    def test_delegation_led_by_a_person_visits(self) -> None:
        """'A delegation led by X visited P last month': a visit of X to P, dated."""
        events = _events(
            "A delegation led by Deputy Foreign Minister Ana Soto visited Lima last month."
        )
        visits = [e for e in events if e.form.value == "visit"]
        assert [(v.name, _when(v), v.status) for v in visits] == [
            ("Visit of Ana Soto to Lima", "2031-04", Status.OCCURRED)
        ]
        assert "soto-ana" in visits[0].participants

    def test_receiving_a_delegation_is_no_visit_by_the_host(self) -> None:
        """'The minister received a delegation led by X': X is received, not visiting P."""
        events = _events("Minister Luis Vega received a delegation led by Ana Soto in Lima.")
        assert not [e for e in events if e.form.value == "visit"]


class TestTalks:
    def test_call_with_a_duration(self) -> None:
        """'held a 40-minute telephone conversation with X': a meeting of both persons."""
        events = _events(
            "President Ana Ortega held a 40-minute telephone conversation this afternoon "
            "with President Luis Soto of Chile."
        )
        meetings = _of(events, EventKind.MEETING)
        assert len(meetings) == 1
        assert {"ortega-ana", "soto-luis"} <= set(meetings[0].participants)

    def test_duration_without_a_meeting_noun(self) -> None:
        """A 40-minute film is no meeting."""
        assert _events("President Ana Ortega watched a 40-minute film with students.") == ()

    def test_talks_between_a_person_and_an_office_in_apposition(self) -> None:
        """'after talks between X and Chile's Minister for Foreign Affairs, Y': X and Y met."""
        events = _events(
            "The memoranda were signed after talks between Foreign Minister Ana Soto and "
            "Chile's Minister for Foreign Affairs and Trade, Luis Vega."
        )
        meetings = _of(events, EventKind.MEETING)
        assert [set(m.participants) >= {"soto-ana", "vega-luis"} for m in meetings] == [True]

    def test_talks_between_officials_named_by_office_only(self) -> None:
        """'talks between the two delegations' names no person: no meeting is made up."""
        events = _events("Talks between the two delegations lasted four hours.")
        assert _of(events, EventKind.MEETING) == []


class TestHeadlines:
    def test_shouted_heading_names_no_event(self) -> None:
        """A heading in capitals repeats the body: only the body's meeting is kept."""
        text = (
            "PERU AND CHILE HOLD THIRD SESSION OF JOINT COMMISSION\n\n"
            "The third session of the Peru-Chile Joint Commission was held in Lima on "
            "2 May 2031."
        )
        meetings = _of(_events(text), EventKind.MEETING)
        assert len(meetings) == 1
        assert _when(meetings[0]) == "2031-05-02"

    def test_acronyms_in_a_sentence_are_not_a_heading(self) -> None:
        """Acronyms do not make a sentence a heading."""
        assert not is_shouted("ASEAN and EU leaders met at the ASEAN-EU Summit.")
        assert not is_shouted("UN SUMMIT")  # two words: too short to tell
        assert is_shouted("STATEMENT BY THE CHAIR OF THE ANDEAN SUMMIT")
        events = _events("ASEAN and EU leaders met at the ASEAN-EU Summit in Lima.")
        assert [e.name for e in _of(events, EventKind.MEETING)] == ["ASEAN-EU Summit"]


class TestInitiativePeriods:
    def test_period_written_into_the_name(self) -> None:
        """'the Andean Cooperation Programme 2031-2035' covers 2031 to 2035."""
        events = _events("Peru and Chile signed the Andean Cooperation Programme 2031-2035.")
        initiatives = _of(events, EventKind.INITIATIVE)
        assert [(i.name, _when(i)) for i in initiatives] == [
            ("Andean Cooperation Programme 2031-2035", "2031/2035")
        ]

    def test_period_in_the_clause_after_the_name(self) -> None:
        """', under which Peru will provide ... over the period 2031-2034' dates the programme."""
        events = _events(
            "The ministers welcomed the Andean Skills Programme, under which Peru will provide "
            "10 million dollars over the period 2031-2034."
        )
        assert [_when(i) for i in _of(events, EventKind.INITIATIVE)] == ["2031/2034"]

    def test_period_of_a_later_name_is_not_taken(self) -> None:
        """A name read between the programme and the period takes the period itself."""
        events = _events(
            "The ministers welcomed the Andean Skills Programme, which complements the "
            "Coastal Water Fund over the period 2031-2034."
        )
        dated = {i.name: _when(i) for i in _of(events, EventKind.INITIATIVE)}
        assert dated.get("Andean Skills Programme") is None


class TestLaunchedNames:
    def test_name_followed_by_launched(self) -> None:
        """'the International Coalition for Clean Rivers, launched in Quito in February'."""
        events = _events(
            "Peru co-leads the International Coalition for Clean Rivers, launched in Quito in "
            "February."
        )
        initiatives = _of(events, EventKind.INITIATIVE)
        assert [(i.name, _when(i)) for i in initiatives] == [
            ("International Coalition for Clean Rivers", "2031-02")
        ]

    def test_name_with_an_apposition_that_was_launched(self) -> None:
        """'Operation Blue Shield, the naval training mission launched in 2029, ...'."""
        events = _events(
            "Operation Blue Shield, the naval training mission launched in 2029, has trained "
            "4,000 sailors."
        )
        assert [(i.name, _when(i)) for i in _of(events, EventKind.INITIATIVE)] == [
            ("Operation Blue Shield", "2029")
        ]

    def test_planned_launch_at_a_meeting(self) -> None:
        """'which Peru plans to launch at the Andean Summit next month': planned, dated by it."""
        events = _events(
            "Chile will back the Andean Solar Alliance, which Peru plans to launch at the "
            "Andean Summit in Lima next month."
        )
        initiatives = _of(events, EventKind.INITIATIVE)
        assert [(i.name, i.status, _when(i)) for i in initiatives] == [
            ("Andean Solar Alliance", Status.PLANNED, "2031-06")
        ]

    def test_person_or_country_before_launched_is_no_initiative(self) -> None:
        """'President Ana Ortega, launched into politics in 2010' is a person."""
        events = _events(
            "President Ana Ortega, launched into politics in 2010, spoke. Chile, which launched "
            "a satellite in 2030, agreed."
        )
        assert _of(events, EventKind.INITIATIVE) == []


class TestGroupMeetings:
    def test_leaders_of_a_region_due_to_meet(self) -> None:
        """'The leaders of the five Andean states are due to meet in Lima in November'."""
        events = _events(
            "The leaders of the five Andean states are due to meet in Lima in November for a "
            "consultative summit."
        )
        meetings = _of(events, EventKind.MEETING)
        assert [(m.name, m.status, _when(m), m.location) for m in meetings] == [
            (
                "Consultative summit of the leaders of the five Andean states",
                Status.PLANNED,
                "2031-11",
                "Lima",
            )
        ]

    def test_named_group_met(self) -> None:
        """'The G7 foreign ministers met ...': a meeting of that group, with the G7."""
        events = _events("The G7 foreign ministers met in Lima on 2 May.")
        meetings = _of(events, EventKind.MEETING)
        assert [(m.name, _when(m)) for m in meetings] == [
            ("Meeting of the G7 foreign ministers in Lima", "2031-05-02")
        ]
        assert "g7" in meetings[0].participants

    def test_groups_that_are_no_multilateral_meeting(self) -> None:
        """A pair, a group meeting a person, or 'met the target' make no group meeting."""
        for text in (
            "Most ministers met the target.",
            "Ministers met with President Ana Soto in Lima.",
            "The two ministers met again.",
        ):
            names = [e.name for e in _events(text)]
            assert not [name for name in names if name.startswith("Meeting of the")], text

    def test_group_meeting_for_a_named_meeting(self) -> None:
        """'met in Lima for the 15th Andean Ministerial Meeting': that named meeting only."""
        events = _events(
            "The foreign ministers of the Andean states met in Lima for the 15th Andean "
            "Ministerial Meeting."
        )
        assert [m.name for m in _of(events, EventKind.MEETING)] == [
            "15th Andean Ministerial Meeting"
        ]


class TestAgreementReferences:
    def test_the_agreement_refers_back(self) -> None:
        """'agreed to sign the agreement in June' is the agreement named before."""
        events = _events(
            "Peru and Chile concluded negotiations on the Andean Free Trade Agreement in March "
            "and agreed to sign the agreement in June."
        )
        assert [a.name for a in _of(events, EventKind.AGREEMENT)] == ["Andean Free Trade Agreement"]

    def test_an_agreement_with_a_topic_is_its_own(self) -> None:
        """'signed the agreement on fisheries' names an agreement of its own."""
        events = _events("Peru and Chile signed the agreement on fisheries on 2 May.")
        assert [(a.name, _when(a)) for a in _of(events, EventKind.AGREEMENT)] == [
            ("agreement on fisheries", "2031-05-02")
        ]

    def test_signed_date_beats_an_earlier_clause(self) -> None:
        """'concluded in July 2029, and the X Agreement was signed on May 2, 2030'."""
        events = _events(
            "Talks were concluded in July 2029, and the Andean Trade Agreement was signed in "
            "Lima on May 2, 2030."
        )
        assert [_when(a) for a in _of(events, EventKind.AGREEMENT)] == ["2030-05-02"]

    def test_second_item_after_a_named_agreement(self) -> None:
        """'signed the Lima Declaration and a memorandum on fisheries on 2 May': both dated."""
        events = _events(
            "Peru and Chile signed the Lima Declaration and a memorandum of understanding on "
            "fisheries on 2 May."
        )
        dated = {a.name: _when(a) for a in _of(events, EventKind.AGREEMENT)}
        assert dated == {
            "Lima Declaration": "2031-05-02",
            "memorandum of understanding on fisheries": "2031-05-02",
        }

    def test_two_named_agreements_share_the_verb(self) -> None:
        """'adopted the Lima Declaration and the Cusco Declaration on 2 May': both dated."""
        events = _events(
            "Peru and Chile adopted the Lima Declaration and the Cusco Declaration on 2 May."
        )
        assert {_when(a) for a in _of(events, EventKind.AGREEMENT)} == {"2031-05-02"}


class TestPairsMeeting:
    def test_coordinated_subject_with_appositions_met(self) -> None:
        """'The PM of A, the Honourable X, and the PM of B, the Right Honourable Y, met in P'."""
        events = _events(
            "The Prime Minister of Peru, the Honourable Ana Soto, and the Prime Minister of "
            "Chile, the Right Honourable Luis Vega, met in Lima on 2 May during Prime Minister "
            "Soto's official visit to Chile."
        )
        meetings = [e for e in _of(events, EventKind.MEETING) if e.form.value != "visit"]
        assert [(set(m.participants) >= {"soto-ana", "vega-luis"}, _when(m)) for m in meetings] == [
            (True, "2031-05-02")
        ]

    def test_met_with_a_person_named_later_is_not_its_object(self) -> None:
        """'X and Y met in P ... during Z's visit': Z, named later, did not meet them."""
        events = _events(
            "Foreign Minister Ana Soto and Foreign Minister Luis Vega met in Lima on Monday "
            "before President Raul Ortega arrived."
        )
        meetings = _of(events, EventKind.MEETING)
        assert [sorted(m.participants) for m in meetings if m.form.value != "visit"] == [
            ["soto-ana", "vega-luis"]
        ]

    def test_fronted_talks(self) -> None:
        """'In talks at State House on 2 May, X and President Y signed ...': X and Y met."""
        events = _events(
            "President Ana Soto of Peru arrived in Santiago on 1 May. In talks at the Moneda "
            "Palace on 2 May, Soto and Chilean President Luis Vega signed three agreements."
        )
        meetings = [e for e in _of(events, EventKind.MEETING) if e.form.value != "visit"]
        assert [(sorted(m.participants), _when(m)) for m in meetings] == [
            (["soto-ana", "vega-luis"], "2031-05-02")
        ]

    def test_fronted_talks_with_someone_are_read_once(self) -> None:
        """'In a telephone conversation with X, Y said ...' is one meeting of X and Y."""
        events = _events(
            "In a telephone conversation with Foreign Minister Ana Soto, Foreign Minister "
            "Luis Vega discussed trade."
        )
        assert len(_of(events, EventKind.MEETING)) == 1


class TestPlaceSummits:
    def test_summit_named_by_its_place_and_body(self) -> None:
        """'the G20 leaders at the summit in Lima in June': the G20 summit in Lima."""
        events = _events(
            "The minister recalled his talks with the G20 leaders at the summit in Lima in June."
        )
        summits = [e for e in _of(events, EventKind.MEETING) if e.form.value == "summit"]
        assert [(s.name, s.location, _when(s)) for s in summits] == [
            ("G20 summit in Lima", "Lima", "2031-06")
        ]

    def test_next_summit_in_a_city_with_a_particle(self) -> None:
        """'will host the next leaders' summit in Rio de Janeiro next year': planned there."""
        events = _events("Brazil will host the next leaders' summit in Rio de Janeiro next year.")
        summits = _of(events, EventKind.MEETING)
        assert [(s.name, s.status, _when(s)) for s in summits] == [
            ("Summit in Rio de Janeiro", Status.PLANNED, "2032")
        ]

    def test_summit_in_the_place_of_a_named_summit(self) -> None:
        """'the 12th Andean Summit in Lima ... the summit in Lima': one summit."""
        events = _events(
            "Leaders attended the 12th Andean Summit in Lima on 2 May. Officials said the "
            "summit in Lima had been a success."
        )
        assert [e.name for e in _of(events, EventKind.MEETING)] == ["12th Andean Summit"]


class TestPlaceNames:
    def test_place_with_particles_is_read_whole(self) -> None:
        """'visited Dar es Salaam': the whole name is the place, in Tanzania."""
        events = _events("Foreign Minister Ana Soto visited Dar es Salaam on 2 May.")
        visits = _of(events, EventKind.MEETING)
        assert [(v.location, "tz" in v.participants) for v in visits] == [("Dar es Salaam", True)]
