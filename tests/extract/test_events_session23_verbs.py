"""Meeting rules of session 23 (verbs-23: what events_dev12 showed the readers of meetings
told by a verb still miss), each on sentences written for these tests (invented people, other
countries, bodies and years) with counter-examples that must not fire.

The causes are general in news: two persons by family name who "last met" somewhere; a body
with its seat in apposition before "met", and an elliptic "has met twice since, most recently
in P on D"; "That next summit, X announced, will be held in P", "Its next summit is expected in
2048"; "leaders of the 16-member X meet in P on D"; a text "due to be presented to ACR energy
ministers in P in July"; "Negotiators agreed to meet again in P on D"; a body, a long
apposition after it, that "will hold an extraordinary session next Tuesday"; a state that
"summoned X's ambassador"; a courtesy call on an office in apposition ("called on Ghana's
Prime Minister, NAME"), after a fronted weekday ("On Wednesday NAME called on"); a group named
by its region ("met Caribbean leaders over breakfast"); a Thai person called by the family
name alone.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.extract.actors import analyze_actors
from diplotimeline.model import EventKind, Meeting


def _meetings(text: str, published: str) -> list[Meeting]:
    return [e for e in events_of(EventKind.MEETING, text, published) if isinstance(e, Meeting)]


def _summary(text: str, published: str) -> list[tuple[str, str | None, str]]:
    return [(e.name, when(e), e.status.value) for e in _meetings(text, published)]


class TestLastMet:
    """ "X and Y last met in P in M": a meeting of the two, before."""

    def test_last_met(self) -> None:
        """The pair named by family names, an adverb before the verb."""
        text = (
            "Chile's President Ana Ortega will travel to Lima. Peru's President Luis Vidal "
            "arrived on Sunday. Ortega and Vidal last met in Quito in September, on the margins "
            "of a mining conference."
        )
        found = _meetings(text, "2046-03-07")
        met = [m for m in found if m.name == "Meeting of Ana Ortega and Luis Vidal"]
        assert 1 == len(met)
        assert "2045-09" == when(met[0])
        assert "Quito" == met[0].location

    def test_had_previously_met(self) -> None:
        """ "had previously met" too."""
        text = (
            "Norway's Prime Minister Ingrid Dahl spoke on Monday. Iceland's Prime Minister Einar "
            "Olafsson listened. Dahl and Olafsson had previously met in Reykjavik in May 2044."
        )
        names = [m.name for m in _meetings(text, "2046-03-07")]
        assert "Meeting of Ingrid Dahl and Einar Olafsson" in names

    def test_never_met(self) -> None:
        """ "have never met" is no meeting."""
        text = (
            "Norway's Prime Minister Ingrid Dahl spoke on Monday. Iceland's Prime Minister Einar "
            "Olafsson listened. Dahl and Olafsson have never met."
        )
        assert [] == _meetings(text, "2046-03-07")


class TestBodyMetSince:
    """A body with its seat in apposition, and "has met twice since, most recently in P"."""

    TEXT = (
        "The Andean Power Market Agreement entered into force on 1 February. Its Regulatory "
        "Board, based in Cusco, met for the first time last June and has met twice since, most "
        "recently in Quito on 11 and 12 February."
    )

    def test_both_meetings(self) -> None:
        """The first meeting (dated by "last June") and the latest, at its place and days."""
        found = _summary(self.TEXT, "2046-03-28")
        assert ("Meeting of the Regulatory Board", "2045-06", "occurred") in found
        assert (
            "Meeting of the Regulatory Board in Quito",
            "2046-02-11/2046-02-12",
            "occurred",
        ) in found

    def test_body_opening_the_sentence(self) -> None:
        """ "The X Commission has met three times since, most recently in P on D"."""
        text = "The Rhine Commission has met three times since, most recently in Basel on 4 May."
        found = _summary(text, "2046-06-07")
        assert [("Meeting of the Rhine Commission in Basel", "2046-05-04", "occurred")] == found

    def test_no_body_told(self) -> None:
        """ "has met twice since" of no body's meeting told in the sentence: nothing."""
        text = "Prices have met twice since, most recently in Lima on 3 May."
        assert [] == _meetings(text, "2046-03-28")

    def test_seat_without_meeting(self) -> None:
        """A seat in apposition before another verb: no meeting."""
        text = "Its Regulatory Board, based in Cusco, approved the code last June."
        assert [] == _meetings(text, "2046-03-28")


class TestNextSummit:
    """ "That next summit, X announced, will be held in P", "Its next summit is expected in Y"."""

    def test_reporting_aside(self) -> None:
        """A reporting clause between the summit and its verb."""
        text = (
            "Leaders of the Andean Community ended their summit in Lima on Thursday. That next "
            "summit, Peru announced, will be held in Quito in the second half of 2047."
        )
        found = _summary(text, "2046-03-30")
        assert ("Andean Community summit in Quito", "2047-07/2047-12", "planned") in found

    def test_year_without_place(self) -> None:
        """The year alone: the next summit of the body, named by the initials the text writes."""
        text = (
            "Leaders of the Alliance of Coral Island States closed their summit in Castries on "
            "Sunday. The ACIS has rarely met outside Castries. Its next summit is expected in "
            "2048, after Saint Lucia hands over the chair."
        )
        found = _summary(text, "2046-05-16")
        assert ("Next ACIS summit", "2048", "planned") in found

    def test_no_summit_told(self) -> None:
        """No summit of a body told before: whose next summit, the text does not say."""
        text = "Prices rose in Apia on Sunday. Its next summit is expected in 2048."
        assert [] == _meetings(text, "2046-05-16")


class TestGroupOfSizedBody:
    """ "leaders of the 16-member X meet in P on D": the body's summit."""

    def test_sized_body(self) -> None:
        """The size before the body's name, the acronym names the summit."""
        text = (
            "Talks on a fisheries convention broke up in Geneva on Friday, leaving little time "
            "before leaders of the 57-nation Organization for Security and Co-operation in "
            "Europe meet in Vienna on 14 and 15 October."
        )
        found = _summary(text, "2046-09-13")
        assert ("OSCE summit in Vienna", "2046-10-14/2046-10-15", "planned") in found

    def test_no_place_and_date(self) -> None:
        """Without a place and a date after the verb: no summit."""
        text = (
            "Little time is left before leaders of the 57-nation Organization for Security and "
            "Co-operation in Europe meet again."
        )
        assert [] == _meetings(text, "2046-09-13")


class TestPresentedToMinisters:
    """ "due to be presented to ACR energy ministers in P in July"."""

    def test_presented(self) -> None:
        """The body's ministers' meeting at the place and date, to come."""
        text = (
            "The Andean Community asked for a hydrogen roadmap. The roadmap is due to be "
            "presented to Andean Community energy ministers in Lima in July."
        )
        found = _summary(text, "2046-03-28")
        assert ("Meeting of Andean Community energy ministers in Lima", "2046-07", "planned") in (
            found
        )

    def test_whose_ministers(self) -> None:
        """No body among the ministers: no meeting."""
        text = "The roadmap is due to be presented to energy ministers in Lima in July."
        assert [] == _meetings(text, "2046-03-28")

    def test_no_place(self) -> None:
        """No place and date after the ministers: no meeting."""
        text = "The Andean Community plan was presented to Andean Community ministers last year."
        assert [] == _meetings(text, "2046-03-28")


class TestMeetAgain:
    """ "Negotiators agreed to meet again in P on D": a further round."""

    def test_negotiators(self) -> None:
        """Named by the negotiations told before."""
        text = (
            "Negotiations on a Rhine shipping convention broke up in Bonn on Friday. "
            "Negotiators agreed to meet again in Geneva on 10 October."
        )
        found = _summary(text, "2046-09-13")
        assert ("Further round of negotiations in Geneva", "2046-10-10", "planned") in found

    def test_two_sides(self) -> None:
        """ "The two sides" meet again."""
        text = (
            "Talks on the border broke up in Bonn on Friday. The two sides agreed to meet again "
            "in Vienna on 2 November."
        )
        found = _summary(text, "2046-09-13")
        assert ("Further round of talks in Vienna", "2046-11-02", "planned") in found

    def test_no_place_or_date(self) -> None:
        """No place and date: no meeting."""
        text = "Talks broke up on Friday. Negotiators agreed to meet again soon."
        assert [] == _meetings(text, "2046-09-13")


class TestHeldSession:
    """ "The X Commission, <apposition>, will hold an extraordinary session next Tuesday"."""

    def test_long_apposition(self) -> None:
        """The body opening the sentence holds the session."""
        text = (
            "The Rhine Commission, the Strasbourg-based body that oversees navigation under the "
            "Mannheim Act of 1868, will hold an extraordinary session next Tuesday at the "
            "request of France and Germany."
        )
        found = _summary(text, "2046-05-06")
        assert ("Extraordinary session of the Rhine Commission", "2046-05-08", "planned") in found

    def test_no_body_subject(self) -> None:
        """No body opens the sentence: no session."""
        text = "Critics say it will hold an extraordinary session next week."
        assert [] == _meetings(text, "2046-05-06")


class TestSummons:
    """ "Poland summoned Germany's ambassador on Tuesday": a summons."""

    def test_possessive(self) -> None:
        """The summoning state and the envoy's state take part."""
        text = "Poland summoned Germany's ambassador on Tuesday to protest against the plan."
        found = _meetings(text, "2046-05-20")
        assert ["Summoning of the ambassador of Germany by Poland"] == [m.name for m in found]
        assert "2046-05-15" == when(found[0])
        assert {"pl", "de"} <= set(found[0].participants)

    def test_headline_and_body(self) -> None:
        """The headline's summons (by a demonym) and the body's are one."""
        text = (
            "Estonia summons Latvian envoy over border post\n\nTALLINN, June 4 - Estonia "
            "summoned Latvia's envoy on Wednesday over a new border post near Valga."
        )
        found = _meetings(text, "2046-06-04")
        assert ["Summoning of the envoy of Latvia by Estonia"] == [m.name for m in found]

    def test_passive(self) -> None:
        """ "X's ambassador was summoned to the Y foreign ministry": Y summoned."""
        text = "Serbia's ambassador was summoned to the Croatian foreign ministry on Tuesday."
        found = _meetings(text, "2046-03-07")
        assert ["Summoning of the ambassador of Serbia by Croatia"] == [m.name for m in found]
        assert "2046-03-06" == when(found[0])

    def test_ministry_and_named_envoy(self) -> None:
        """A ministry named by its demonym summons; the envoy named after takes part."""
        text = "The Polish foreign ministry summoned Russia's ambassador, Igor Petrov, on Monday."
        found = _meetings(text, "2046-03-07")
        assert ["Summoning of the ambassador of Russia by Poland"] == [m.name for m in found]
        assert {"pl", "ru", "petrov-igor"} == set(found[0].participants)

    def test_not_an_envoy(self) -> None:
        """Summoning courage, or a captain: no summons of a state's envoy."""
        assert [] == _meetings("Peru summoned the courage to speak on Tuesday.", "2046-05-20")
        assert [] == _meetings("The coach summoned the team captain on Tuesday.", "2046-05-20")


class TestCalledOn:
    """ "NAME called on Ghana's Prime Minister, NAME2": a courtesy call."""

    INTRO = "Amina Otieno, the Commonwealth Secretary-General, attended the talks. "

    def test_office_in_apposition(self) -> None:
        """The office before the name, and a weekday fronted before the caller's name."""
        text = self.INTRO + (
            "On Wednesday Otieno called on Ghana's Prime Minister, Kofi Mensah, at Jubilee "
            "House, where he urged her to keep going."
        )
        found = _meetings(text, "2046-05-16")
        assert ["Meeting of Amina Otieno and Kofi Mensah"] == [m.name for m in found]

    def test_will_call_on(self) -> None:
        """ "will call on President NAME of X on Monday": a call to come."""
        text = (
            "Chile's Foreign Minister Ana Ortega will call on President Luis Vidal of Peru on "
            "Monday."
        )
        assert [("Meeting of Ana Ortega and Luis Vidal", "2046-03-12", "planned")] == _summary(
            text, "2046-03-07"
        )

    def test_urged_by_name(self) -> None:
        """ "called on President NAME of X to resign": urged, no call."""
        for text in (
            "Chile's Foreign Minister Ana Ortega called on President Luis Vidal of Peru to resign.",
            "Chile's Foreign Minister Ana Ortega calls on the Prime Minister of Peru, Luis Vidal, "
            "to act.",
            "Chile calls on Peru to release the prisoners.",
        ):
            assert [] == _meetings(text, "2046-03-07")

    def test_urged(self) -> None:
        """ "called on ..., NAME, to release": urged, no call."""
        text = self.INTRO + (
            "Otieno called on Ghana's Prime Minister, Kofi Mensah, to release the prisoners."
        )
        assert [] == _meetings(text, "2046-05-16")


class TestMetCounterpartUnnamed:
    """ "met her Peruvian counterpart in Lima on Monday": the counterpart left unnamed."""

    def test_unnamed_counterpart(self) -> None:
        """A meeting of the person with the counterpart, whose state takes part."""
        text = "Chile's Foreign Minister Ana Ortega met her Peruvian counterpart in Lima on Monday."
        found = _meetings(text, "2046-03-07")
        assert ["Meeting of Ana Ortega and her Peruvian counterpart"] == [m.name for m in found]
        assert {"ortega-ana", "pe"} <= set(found[0].participants)

    def test_named_counterpart(self) -> None:
        """Named after a comma: the meeting with the person, as before."""
        text = (
            "Chile's Foreign Minister Ana Ortega met her Peruvian counterpart, Luis Vidal, in "
            "Lima on Monday."
        )
        found = _meetings(text, "2046-03-07")
        assert ["Meeting of Ana Ortega and Luis Vidal"] == [m.name for m in found]


class TestMetRegionalGroup:
    """ "met Caribbean leaders over breakfast": a group named by its region, no "the"."""

    def test_region_leaders(self) -> None:
        """A meeting of the person with the group."""
        text = (
            "Kenya's Foreign Minister, Amina Otieno, attended the opening as a guest and met "
            "Caribbean leaders over breakfast on Sunday."
        )
        found = _summary(text, "2046-05-16")
        assert ("Meeting of Amina Otieno with Caribbean leaders", "2046-05-13", "occurred") in found

    def test_lower_case_group(self) -> None:
        """ "met business leaders": not a group of office-holders of states."""
        text = "Kenya's Foreign Minister, Amina Otieno, met business leaders on Sunday."
        assert [] == _meetings(text, "2046-05-16")


class TestThaiFamilyName:
    """A Thai person called by the family name alone, as international wires do."""

    def test_family_name_alone(self) -> None:
        """ "Kittisak" after "Anong Kittisak, Thailand's ambassador to Peru"."""
        text = (
            "Ministers appointed Anong Kittisak, Thailand's ambassador to Peru, as the next "
            "Secretary-General. Kittisak will take office on 1 September."
        )
        analysis = analyze_actors(text, document_id="doc")
        mentions = [m.text for m in analysis.mentions if m.actor_id == "kittisak-anong"]
        assert ["Anong Kittisak", "Kittisak"] == mentions

    def test_vietnamese_family_name_not_alone(self) -> None:
        """A Vietnamese family name alone (shared by many) is still no mention."""
        text = (
            "Viet Nam's ambassador, Nguyen Van Hung, arrived. Nguyen is a common name; Hung spoke."
        )
        analysis = analyze_actors(text, document_id="doc")
        mentions = [m.text for m in analysis.mentions if m.kind.value == "person"]
        assert "Nguyen" not in mentions


class TestVisitTalks:
    """ "The two heads of state will hold talks in P on D" after a visit of an unnamed head."""

    def test_unnamed_visitor(self) -> None:
        """The talks of the visitor's state and the host named by the invitation."""
        text = (
            "The Chilean President will pay a state visit to Peru from 10 to 12 March at the "
            "invitation of President Luis Vidal. The two heads of state will hold official talks "
            "in Lima on 11 March."
        )
        found = [m for m in _meetings(text, "2046-03-07") if m.name.startswith("Official")]
        assert ["Official talks of the two heads of state in Lima"] == [m.name for m in found]
        assert "2046-03-11" == when(found[0])
        assert {"vidal-luis", "cl", "pe"} == set(found[0].participants)

    def test_no_visit_told(self) -> None:
        """No visit told before: whose talks, the text does not say."""
        text = "Prices rose. The two heads of state will hold official talks in Lima on 11 March."
        assert [] == _meetings(text, "2046-03-07")


class TestReceivedHolder:
    """ "received the Peruvian ambassador on Monday": an office-holder left unnamed."""

    def test_received(self) -> None:
        """A meeting of the person with the holder, whose state takes part."""
        text = "Chile's Foreign Minister Ana Ortega received the Peruvian ambassador on Monday."
        found = _meetings(text, "2046-03-07")
        assert ["Meeting of Ana Ortega and the Peruvian ambassador"] == [m.name for m in found]
        assert {"ortega-ana", "pe"} <= set(found[0].participants)

    def test_possessive_is_no_holder(self) -> None:
        """ "received the Peruvian ambassador's letter", "welcomed the president's decision"."""
        for text in (
            "Chile's Foreign Minister Ana Ortega received the Peruvian ambassador's letter.",
            "Chile's Foreign Minister Ana Ortega welcomed the Peruvian president's decision.",
        ):
            assert [] == _meetings(text, "2046-03-07")


class TestLeftFor:
    """ "left for Lima on Monday": a visit told by the departure."""

    def test_left_for(self) -> None:
        """Past and future departures to a place."""
        found = _summary(
            "Chile's President Ana Ortega left for Lima on Monday for a two-day state visit.",
            "2046-03-07",
        )
        assert [("Visit of Ana Ortega to Lima", "2046-03-05/2046-03-06", "occurred")] == found
        found = _summary(
            "Chile's President Ana Ortega will leave for Lima on Monday for talks.", "2046-03-07"
        )
        assert [("Visit of Ana Ortega to Lima", "2046-03-12", "planned")] == found

    def test_left_as_adjective(self) -> None:
        """ "little left for Chile", "left for home", "sick leave for": no visit."""
        for text in (
            "Peru's President Luis Vidal said there was little left for Chile to concede.",
            "Chile's President Ana Ortega left for home on Monday.",
            "Workers took sick leave for Chilean holidays.",
            "Nothing was left for Peru.",
        ):
            assert [] == _meetings(text, "2046-03-07")


class TestHostLeadersOf:
    """ "will host leaders of the X in P on D": the body's summit."""

    def test_host_leaders_of(self) -> None:
        """Named by the body's acronym, or by its name when it has none."""
        found = _summary(
            "Japan will host leaders of the Group of Seven in Hiroshima in May.", "2046-03-01"
        )
        assert [("G7 summit in Hiroshima", "2046-05", "planned")] == found
        found = _summary(
            "Peru's President Luis Vidal will host leaders of the Andean Community in Lima on 4 "
            "May.",
            "2046-03-07",
        )
        assert [("Andean Community summit in Lima", "2046-05-04", "planned")] == found

    def test_host_without_place_and_date(self) -> None:
        """No place and date after the group: no summit."""
        text = "Japan will host leaders of the Group of Seven next year."
        assert [] == _meetings(text, "2046-03-01")


class TestLeftForVisitTo:
    """ "leaves for Tokyo on 22 June for a four-day official visit to Japan": one visit."""

    def test_one_visit(self) -> None:
        """The visit its noun tells, dated by the departure, in a transcript's line too."""
        text = (
            "In other news tonight: Prime Minister Tenzin Wangdi leaves for Seoul on 22 June for a "
            "four-day official visit to South Korea, his first since taking office."
        )
        found = _summary(text, "2065-06-12")
        assert [("Visit of Tenzin Wangdi to South Korea", "2065-06-22/2065-06-25", "planned")] == (
            found
        )


class TestSeniorOfficialsAtVenue:
    """ "Senior officials who met at Lancaster House in London on 14 and 15 May"."""

    def test_venue_then_place(self) -> None:
        """A group of senior officials, the venue kept in the name."""
        text = (
            "The Andean Community secretariat published the text. Senior officials who met at "
            "the Torre Tagle Palace in Lima on 14 and 15 May left its key paragraph open."
        )
        found = _summary(text, "2046-06-07")
        assert [
            (
                "Meeting of the senior officials at the Torre Tagle Palace in Lima",
                "2046-05-14/2046-05-15",
                "occurred",
            )
        ] == found

    def test_leaders_at_venue(self) -> None:
        """Leaders at a venue: the summit its name tells, no second "Summit in P"."""
        text = (
            "The Andean Summit opened in Lima. The leaders met at the Torre Tagle Palace in Lima "
            "on Saturday and Sunday, 13 and 14 May."
        )
        names = [m.name for m in _meetings(text, "2046-06-07")]
        assert "Summit in Lima" not in names

    def test_no_owner(self) -> None:
        """No body or state named in the text: whose officials, it does not say."""
        text = "Senior officials met at the airport in Lima on 4 May."
        assert [] == _meetings(text, "2046-06-07")
