"""Event rules of session 16 (what events_dev7 showed the readers miss), each on sentences
written for these tests (invented people, other countries and years) with a counter-example
that must not fire.

The causes are general in diplomatic news: an act named through what it founded or governs
(", whose framework agreement ... signed", "its Charter was signed") or by its body's head word
("the Treaty establishing the Community"); calls "had spoken by telephone at around 21:40
with"; "the summit of the X" in lower case; "Monday's meeting of the X"; "the meeting of the X
Group's foreign ministers".
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind


class TestActsNamedByTheirOwner:
    """An agreement named by the body or project it founded: ", whose Treaty ...", "its Charter"."""

    def test_whose_treaty_was_signed(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Zambia hosts the summit of the Southern African Development Community, whose "
            "Treaty was signed in Windhoek on 17 August 1992.",
        )
        assert (found.name, _when(found), found.participants) == (
            "Treaty of the Southern African Development Community",
            "1992-08-17",
            ("sadc",),
        )

    def test_whose_agreement_the_parties_signed(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Exports grew inside Mercosur, whose founding treaty Argentina, Brazil, Paraguay "
            "and Uruguay signed in Asunción in March 1991.",
        )
        assert found.name == "Founding treaty of the Southern Common Market"
        assert _when(found) == "1991-03"
        assert set(found.participants) >= {"ar", "br", "py", "uy"}

    def test_whose_agreement_of_a_project(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Trucks will use the Nacala-Lilongwe highway, whose agreement the two governments "
            "signed in Maputo on 9 May 2029.",
        )
        assert (found.name, _when(found)) == (
            "Agreement on the Nacala-Lilongwe highway",
            "2029-05-09",
        )

    def test_its_charter(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "The Caribbean Community grew out of a free trade area. Its Charter was adopted "
            "in 1997.",
        )
        assert (found.name, _when(found)) == ("Charter of the Caribbean Community", "1997")

    def test_no_act_without_an_owner(self) -> None:
        for text in (
            "She bought the old farm, whose charter was signed by her grandfather in 1950.",
            "President Ana Duarte, whose treaty was signed in 2020, spoke on Tuesday.",
            "It was a long night, and its charter was signed in 1990.",  # no body named
        ):
            assert _of(EventKind.AGREEMENT, text) == [], text

    def test_the_community_is_the_body_named_before(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The Caribbean Community met in Georgetown. Its leaders recalled the Treaty "
            "establishing the Community, signed in Chaguaramas in 1973.",
        )
        assert [e.name for e in found] == ["Treaty establishing the Caribbean Community"]
        assert "caricom" in found[0].participants

    def test_the_union_of_two_unions_stays(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The African Union and the European Union met in Brussels. The Treaty on the "
            "Union was signed in 1992.",
        )
        assert [e.name for e in found] == ["Treaty on the Union"]


class TestCallsWithATime:
    """A call told in the pluperfect, or with a clock time before "with"."""

    def test_had_spoken_at_a_time(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Peruvian President-elect Lucía Ramos said she had spoken by telephone at around "
            "21:40 with Bolivia's President Mateo Quispe.",
        )
        assert found.participants[:2] == ("ramos-lucia", "quispe-mateo")

    def test_no_call_with_reporters(self) -> None:
        text = "Lucía Ramos had spoken by telephone at around 21:40 with reporters."
        assert _of(EventKind.MEETING, text) == []


class TestLowerCaseSummitsAndSessions:
    """A body's summit or meeting told in lower case, with a day in the possessive."""

    def test_summit_of_an_organisation(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Both leaders will attend the summit of the African Union in Addis Ababa on Friday.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Summit of the African Union",
            "2031-05-09",
            "planned",
        )
        assert "african-union" in found.participants

    def test_days_meeting_of_a_council(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "At Monday's meeting of the OSCE Permanent Council, Malta's ambassador spoke first.",
        )
        assert (found.name, _when(found)) == ("Meeting of the OSCE Permanent Council", "2031-04-28")

    def test_meeting_of_a_groups_ministers(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Papers praised yesterday's meeting of the Nordic Council's foreign ministers in "
            "Tromsø.",
        )
        assert found.name == "Meeting of the Nordic Council's foreign ministers"
        assert _when(found) == "2031-05-03"

    def test_no_summit_of_a_mountain(self) -> None:
        for text in (
            "The climbers reached the summit of the mountain on Friday.",
            "Tomorrow's session of yoga is cancelled.",
        ):
            assert _of(EventKind.MEETING, text) == [], text


class TestTalksOnATopic:
    """Talks named by their topic: "border talks", "trade talks", "peace talks"."""

    def test_pair_held_border_talks(self) -> None:
        [found] = _of(EventKind.MEETING, "Peru and Ecuador held border talks in Quito in February.")
        assert (found.name, _when(found), found.participants) == (
            "Border talks of Peru and Ecuador",
            "2031-02",
            ("pe", "ec"),
        )

    def test_since_the_talks_in_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "It was their first meeting since the peace talks in Nairobi in January collapsed.",
        )
        assert (found.name, _when(found)) == ("Peace talks in Nairobi", "2031-01")

    def test_no_talks_of_a_topic_without_a_meeting(self) -> None:
        for text in (
            "Ministers had security talks in mind when they drafted the budget.",
            "Since the trade talks in Geneva, nothing has changed.",  # no date: not one meeting
        ):
            assert _of(EventKind.MEETING, text) == [], text


class TestTripsAndVisitsToldAside:
    """Visits told by "trip abroad, to", in a relative clause, or "due in P for a visit"."""

    def test_first_trip_abroad(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Joana Mendes of Portugal spent her first trip abroad, to Madrid on "
            "12 April, persuading Prime Minister Luis Ortega.",
        )
        assert (found.name, _when(found)) == ("Visit of Joana Mendes to Madrid", "2031-04-12")
        assert {"pt", "es"} <= set(found.participants)

    def test_relative_clause_visitor(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The paper profiles Foreign Minister Tomas Lindqvist, who left Oslo before lunch "
            "to fly to Riga for talks with Latvia's foreign minister last night.",
        )
        assert (found.name, _when(found)) == ("Visit of Tomas Lindqvist to Riga", "2031-05-03")

    def test_due_in_a_place_for_a_visit(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Zambia's President Mwila Banda is due in Lilongwe for a state visit in June.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Visit of Mwila Banda to Lilongwe",
            "2031-06",
            "planned",
        )

    def test_no_visit_of_no_one(self) -> None:
        for text in (
            "Tourists are due in Lilongwe for a visit in June.",
            "Mwila Banda is due in court for a hearing in June.",
            "The museum, which opened in 1990, tells how tourists flew to Riga.",
        ):
            assert _of(EventKind.MEETING, text) == [], text


class TestTalkedForAnHour:
    """Talks told by "talked" and how long or how privately, not by a noun."""

    def test_the_two_presidents_talked(self) -> None:
        text = (
            "Ghana's President Kofi Mensah and Togo's President Yawa Agbo watched the derby. "
            "At half-time the two presidents left the box for a side room and talked for an hour."
        )
        [found] = _of(EventKind.MEETING, text)
        assert (found.name, found.participants[:2]) == (
            "Talks of Kofi Mensah and Yawa Agbo",
            ("mensah-kofi", "agbo-yawa"),
        )

    def test_pair_talked_privately(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "President Kofi Mensah and President Yawa Agbo talked privately on Friday.",
        )
        assert (found.name, _when(found)) == ("Talks of Kofi Mensah and Yawa Agbo", "2031-05-02")

    def test_no_talks_of_a_crowd(self) -> None:
        for text in (
            "Fans talked for an hour about the derby.",
            "The two presidents talked for an hour.",  # no two persons named before
            "President Kofi Mensah talked at length about cocoa prices.",
        ):
            assert _of(EventKind.MEETING, text) == [], text


class TestCourtesyCallsOnOfficers:
    """ "will pay a courtesy call on the Commander of the X Navy, Rear Admiral NAME"."""

    def test_call_on_a_commander_named_after(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "On Wednesday, the frigate's captain, Captain Ana Ferraz, will pay a courtesy call "
            "on the Commander of the Namibian Navy, Rear Admiral Petrus Shikongo, at the base.",
        )
        assert found.participants[:2] == ("ferraz-ana", "shikongo-petrus")
        assert (_when(found), found.status.value) == ("2031-05-07", "planned")

    def test_no_call_on_a_place(self) -> None:
        text = "Captain Ana Ferraz will pay a courtesy call on the naval base on Wednesday."
        assert _of(EventKind.MEETING, text) == []


class TestTheNextSummit:
    """ "The next summit will be held in P": the next summit of the organisation last told."""

    def test_next_summit_of_the_body_told(self) -> None:
        text = (
            "Leaders of the Andean Community held a summit in Lima on Monday. The next summit "
            "will take place in Quito in March 2032."
        )
        names = [(e.name, _when(e)) for e in _of(EventKind.MEETING, text)]
        assert ("Andean Community summit in Quito", "2032-03") in names

    def test_next_summit_of_the_last_body_told(self) -> None:
        text = (
            "Leaders of the Andean Community held a summit in Lima on Monday. They recalled "
            "the Cartagena summit of 1999. The next summit will take place in Quito in 2032."
        )
        names = [(e.name, _when(e)) for e in _of(EventKind.MEETING, text)]
        assert ("Andean Community summit in Quito", "2032") in names

    def test_last_weeks_summit_of_a_body(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Analysts took stock of last week's summit of the African Union.",
        )
        assert found.name == "Summit of the African Union"

    def test_no_next_summit_of_nothing(self) -> None:
        text = "Prices rose in May. The next summit will be held in Quito in 2032."
        assert _of(EventKind.MEETING, text) == []


class TestGeneralAssemblies:
    """An organisation's General Assembly that meets is one of its sessions."""

    def test_assembly_which_meets_next_month(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The ruling goes to the OAS General Assembly, which meets in Lima next month.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Meeting of the OAS General Assembly",
            "2031-06",
            "planned",
        )

    def test_no_sitting_of_a_parliament(self) -> None:
        text = "The National Assembly met on Tuesday to pass the budget."
        assert _of(EventKind.MEETING, text) == []


class TestPortCalls:
    """A warship's port call is a visit to the port."""

    def test_port_call_at_a_named_port(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Senegalese Navy frigate Njambur will make a port call in Abidjan on 14 May.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Port call at Abidjan",
            "2031-05-14",
            "planned",
        )
        assert {"sn", "ci"} <= set(found.participants)

    def test_goodwill_port_call_at_the_dateline(self) -> None:
        text = (
            "Maputo, Monday 28 April 2031 - The Angolan Navy patrol ship Kwanza arrived at "
            "the naval base this morning for a goodwill port call."
        )
        [found] = _of(EventKind.MEETING, text)
        assert found.name == "Goodwill port call at Maputo"

    def test_no_port_call_of_a_liner(self) -> None:
        for text in (
            "The cruise ship made a port call in Dakar on Friday.",
            "Cruise lines cancelled every port call of the season.",
        ):
            assert _of(EventKind.MEETING, text) == [], text


class TestReceivedAColleague:
    """ "received her Polish colleague NAME": the person received, named by the relation."""

    def test_received_her_colleague(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Foreign Minister Ines Varga received her Croatian colleague Marko Horvat in "
            "Budapest on Monday.",
        )
        assert (found.participants[:2], _when(found)) == (
            ("varga-ines", "horvat-marko"),
            "2031-04-28",
        )

    def test_no_meeting_with_colleagues_at_large(self) -> None:
        text = "Foreign Minister Ines Varga received her colleagues in Budapest on Monday."
        assert _of(EventKind.MEETING, text) == []


class TestBodiesAttended:
    """ "attends the Foreign Affairs Council of the European Union in Brussels": its meeting."""

    def test_attends_a_council_in_a_place(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "- 19 May: the Minister attends the General Affairs Council of the European Union "
            "in Brussels.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "Meeting of the General Affairs Council of the European Union in Brussels",
            "2031-05-19",
            "planned",
        )

    def test_no_meeting_of_a_council_attended_nowhere(self) -> None:
        for text in (
            "The Minister attends the Foreign Affairs Council of the Union as an observer.",
            "She attended the Security Council debate on Tuesday.",
        ):
            assert _of(EventKind.MEETING, text) == [], text


class TestVisitsOfAPronoun:
    """ "He said he would travel to P": the one person of the sentence before."""

    def test_he_would_travel(self) -> None:
        text = (
            "Foreign Minister Tomas Lindqvist said in Oslo that Norway would appeal. He said he "
            "would travel to Geneva next week to discuss the case."
        )
        [found] = _of(EventKind.MEETING, text)
        assert (found.name, _when(found), found.status.value) == (
            "Visit of Tomas Lindqvist to Geneva",
            "2031-05-05/2031-05-11",
            "planned",
        )

    def test_no_visitor_when_two_persons_or_none(self) -> None:
        for text in (
            "It rained all week in Oslo. He will travel to Geneva next week.",
            "Tomas Lindqvist spoke after Anna Berg. She will travel to Geneva next week.",
        ):
            assert [e.name for e in _of(EventKind.MEETING, text)] == [], text


class TestProjectActs:
    """A project's name followed by "agreement" and signed names the agreement."""

    def test_corridor_agreement_signed(self) -> None:
        found = _of(
            EventKind.AGREEMENT,
            "The result was the Lobito Corridor agreement, which the Angolan and Zambian "
            "Presidents signed on Wednesday.",
        )
        assert [(e.name, _when(e)) for e in found] == [("Lobito Corridor agreement", "2031-04-30")]

    def test_no_agreement_of_a_project_not_signed(self) -> None:
        text = "The Lobito Corridor agreement matters to Zambian farmers."
        assert _of(EventKind.AGREEMENT, text) == []


class TestNewBodiesToMeet:
    """ "a joint commission on X, to meet in P in January": the new body's first meeting."""

    def test_new_commission_to_meet(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Zambia and Malawi announced a joint commission on Lake Malawi fisheries, to meet "
            "in Mangochi in August.",
        )
        assert (found.name, _when(found), found.status.value) == (
            "First meeting of the joint commission on Lake Malawi fisheries",
            "2031-08",
            "planned",
        )
        assert found.participants == ("zm", "mw")

    def test_no_meeting_of_a_venture(self) -> None:
        for text in (
            "Zambia and Malawi formed a joint venture, to meet demand in Mangochi in August.",
            "A joint commission on fisheries has no budget in Mangochi.",
        ):
            assert _of(EventKind.MEETING, text) == [], text
