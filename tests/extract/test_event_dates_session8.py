"""Dates of events, session 8: rules on articles written for these tests (invented people,
other countries and years), each with a counter-example.
"""

from __future__ import annotations

from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document, Event, EventKind, Status
from diplotimeline.time import DateSpan, PartialDate

_LEAD = (
    "Norway, Peru agree to deepen fisheries ties\n\n"
    "LIMA, March 3 (Reuters) - Trade ministers of Norway and Peru agreed on Monday to open "
    "talks on a fisheries agreement, officials said.\n\n"
)
_HOST = (
    "In a joint statement issued after the Norway-Peru Ministerial Meeting in the Peruvian "
    "capital, the ministers said talks would start within a year.\n\n"
)
# Background of the kind wires put between the lead and the rest: no event, no date.
_FILLER = (
    "Peru is one of the largest producers of fishmeal in the world, and Norway buys much of "
    "its salmon feed from Peruvian plants along the coast north of the capital. Exporters "
    "on both sides have long asked for lower tariffs on processed fish and for common rules "
    "on the certification of catches, which traders say add weeks to every shipment. "
    "Industry groups in Bergen and Callao welcomed the plan and said investment in cold "
    "storage, port equipment and research vessels could follow quickly. Environmental "
    "groups urged both governments to tie any new quotas to independent stock surveys. "
)
_MORE = "Officials said both ministers would report to their cabinets before the winter recess.\n\n"
_SIDELINES = (
    "On the sidelines of the meeting, Norwegian Minister Ingrid Dahl and Peruvian Minister "
    "Rosa Quispe signed a memorandum of understanding on fisheries research.\n"
)


def _events(text: str) -> tuple[Event, ...]:
    document = Document(id="t", text=text, published=PartialDate(2031, 3, 3))
    return extract(document).events


def _memorandum(events: tuple[Event, ...]) -> Event:
    [memorandum] = [
        e for e in events if e.kind is EventKind.AGREEMENT and "fisheries research" in e.name
    ]
    return memorandum


class TestOccasionNamedAgain:
    """A meeting dated as the article's occasion measures the occasion's reach anew."""

    def test_sidelines_far_from_the_lead_but_near_the_meeting_take_its_day(self) -> None:
        text = _LEAD + _HOST + _FILLER * 2 + _MORE + _SIDELINES
        assert text.index("March 3") + 1500 < text.index("On the sidelines")
        assert text.index("On the sidelines") - text.index("Ministerial Meeting") < 1500
        events = _events(text)
        [council] = [e for e in events if e.name.endswith("Ministerial Meeting")]
        assert council.when is not None
        assert council.when.format_iso() == "2031-03-03"
        memorandum = _memorandum(events)
        assert memorandum.when is not None
        assert memorandum.when.format_iso() == "2031-03-03"

    def test_without_the_meeting_named_again_the_reach_still_ends(self) -> None:
        """Counter-example: 1,500 characters after the lead, nothing renews the occasion."""
        text = _LEAD + _FILLER * 2 + _MORE * 3 + _SIDELINES
        assert text.index("March 3") + 1500 < text.index("On the sidelines")
        memorandum = _memorandum(_events(text))
        assert memorandum.when is None


def _call(times: str) -> Event:
    text = (
        "1. Foreign Minister Ana Ruiz held a telephone conversation with the Minister of "
        f"Foreign Affairs of Norway Tomas Berg on Thursday, June 4, {times}, at the request "
        "of the Norwegian side."
    )
    [call] = [e for e in _events_on(text, PartialDate(2026, 6, 4)) if e.kind is EventKind.MEETING]
    return call


def _events_on(text: str, published: PartialDate) -> tuple[Event, ...]:
    return extract(Document(id="t", text=text, published=published)).events


class TestClockTimeStretch:
    """A day with "from <time> to <time>" after it is a stretch of that day."""

    def test_from_to_with_one_zone_after_the_second_time(self) -> None:
        call = _call("from 4:30 p.m. to 5:05 p.m. (GMT+9)")
        assert call.when is not None
        assert call.when.format_iso() == "2026-06-04T16:30+09:00/2026-06-04T17:05+09:00"

    def test_from_to_without_zone(self) -> None:
        call = _call("from 16:30 to 17:05")
        assert call.when is not None
        assert call.when.format_iso() == "2026-06-04T16:30/2026-06-04T17:05"

    def test_two_times_of_a_list_are_no_stretch(self) -> None:
        """Counter-example: 'at 10:00 a.m. and 3:00 p.m.' names two moments."""
        call = _call("at 10:00 a.m. and 3:00 p.m.")
        assert call.when is not None
        assert call.when.format_iso() == "2026-06-04T10:00"

    def test_a_stretch_past_midnight_keeps_its_start(self) -> None:
        """Counter-example: the end would fall on the next day, which the text leaves open."""
        call = _call("from 11:30 p.m. to 1:00 a.m.")
        assert call.when is not None
        assert call.when.format_iso() == "2026-06-04T23:30"


_COMMUNIQUE = (
    "Joint Communique of the Third Chile-Kenya Ministerial Meeting\n\n"
    "Nairobi, 12 May 2031\n\n"
    "1. The Foreign Minister of Chile, Rosa Araya, met the Cabinet Secretary for Foreign "
    "Affairs of Kenya, Peter Mwangi, in Nairobi on 12 May 2031 for the Third Chile-Kenya "
    "Ministerial Meeting.\n\n"
    "2. The Ministers {verb} the {act}, {where}, of the Chile-Kenya {name}.\n"
)


def _agreement(
    name: str, act: str, verb: str = "welcomed", where: str = "on the margins of the Meeting"
) -> Event:
    text = _COMMUNIQUE.format(verb=verb, act=act, where=where, name=name)
    events = _events_on(text, PartialDate(2031, 5, 12))
    [agreement] = [e for e in events if e.name.endswith(name)]
    return agreement


class TestActNamedByItsNoun:
    """ "the signing, on the margins of the Meeting, of the X": signed at the occasion."""

    def test_signing_of_a_memorandum_is_dated_by_the_meeting(self) -> None:
        memorandum = _agreement("Memorandum of Understanding on Mining", "signing")
        assert memorandum.when is not None
        assert memorandum.when.format_iso() == "2031-05-12"
        assert memorandum.status is Status.OCCURRED

    def test_adoption_of_a_declaration_is_dated_by_the_meeting(self) -> None:
        declaration = _agreement("Declaration on Ocean Science", "adoption")
        assert declaration.when is not None
        assert declaration.when.format_iso() == "2031-05-12"

    def test_a_signing_looked_forward_to_is_not_dated_by_the_meeting(self) -> None:
        """Counter-example: a signing still to come did not happen at the occasion."""
        memorandum = _agreement(
            "Memorandum of Understanding on Mining",
            "signing",
            verb="looked forward to",
            where="at their next meeting",
        )
        assert memorandum.when is None or memorandum.when.format_iso() != "2031-05-12"


_CREATED = (
    "Lima, 12 May 2031\n\n"
    "1. President Rosa Araya of Peru received today, 12 May 2031, at the Government Palace "
    "in Lima, President Tomas Berg of Norway, who is paying a State Visit to Peru.\n\n"
    "2. The two Presidents adopted a Joint Declaration{link}Strategic Partnership between "
    "Norway and Peru.\n"
)


class TestCreatedByAnAgreement:
    """ "adopted a Joint Declaration establishing a Strategic Partnership": one date."""

    def _partnership(self, link: str) -> Event:
        events = _events_on(_CREATED.format(link=link), PartialDate(2031, 5, 12))
        [partnership] = [e for e in events if e.name.startswith("Strategic Partnership")]
        return partnership

    def test_establishing_gives_the_declarations_day(self) -> None:
        partnership = self._partnership(" establishing a ")
        assert partnership.when is not None
        assert partnership.when.format_iso() == "2031-05-12"

    def test_which_created_gives_the_declarations_day(self) -> None:
        partnership = self._partnership(", which created the ")
        assert partnership.when is not None
        assert partnership.when.format_iso() == "2031-05-12"

    def test_a_declaration_welcoming_a_partnership_creates_nothing(self) -> None:
        """Counter-example: a declaration 'welcoming' a partnership does not establish it."""
        partnership = self._partnership(" welcoming the ")
        assert partnership.when is None


class TestDayOfTheReport:
    """A dateline's day and "said on Monday" are the report's day, not a planned event's."""

    def test_dateline_day_does_not_date_a_meeting_to_come(self) -> None:
        text = (
            "Peru, Norway leaders to meet at Pacific summit\n\n"
            "LIMA, May 12 (Reuters) - Peruvian President Rosa Araya will meet Norwegian Prime "
            "Minister Tomas Berg on the sidelines of the Pacific Rim Summit in Auckland on "
            "Friday, Peru's foreign ministry said on Monday."
        )
        events = _events_on(text, PartialDate(2031, 5, 12))
        [meeting] = [e for e in events if e.name.startswith("Meeting of Rosa Araya")]
        assert meeting.when is None or meeting.when.format_iso() != "2031-05-12"
        assert meeting.status is Status.PLANNED

    def test_dateline_day_still_dates_what_happened(self) -> None:
        """Counter-example: a past meeting in the lead takes the dateline's day."""
        text = (
            "LIMA, May 12 (Reuters) - Peruvian President Rosa Araya met Norwegian Prime "
            "Minister Tomas Berg in Lima, the foreign ministry said."
        )
        events = _events_on(text, PartialDate(2031, 5, 12))
        [meeting] = [e for e in events if e.name.startswith("Meeting of Rosa Araya")]
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-05-12"


_PROGRAMME = (
    "ANDEAN FORUM SECRETARIAT\n\n"
    "Media advisory: programme of the Ninth Andean Water Forum\n\n"
    "Lima, 2 September 2032\n\n"
    "Programme (all times are Peru Time, UTC-5):\n\n"
    "Monday 13 September\n"
    "- 09:00 (14:00 GMT): 12th Meeting of the Andean Water Council, Lima Convention Centre.\n\n"
    "Tuesday 14 September\n"
    "- 10:00-12:30 UTC-5 (15:00-17:30 GMT): Andean Conference on Glaciers. The ministers "
    "are expected to endorse the Andean Glacier Strategy 2033-2037.\n"
)


class TestProgrammeItems:
    """A programme's items take their day heading and their clock time."""

    def _events(self, text: str = _PROGRAMME) -> dict[str, Event]:
        events = _events_on(text, PartialDate(2032, 9, 2))
        return {e.name: e for e in events}

    def test_item_takes_its_heading_day_and_time(self) -> None:
        council = self._events()["12th Meeting of the Andean Water Council"]
        assert council.when is not None
        # The zone comes from "(all times are Peru Time, UTC-5)".
        assert council.when.format_iso() == "2032-09-13T09:00-05:00"

    def test_item_with_a_stretch_and_a_zone(self) -> None:
        conference = self._events()["Andean Conference on Glaciers"]
        assert conference.when is not None
        assert conference.when.format_iso() == "2032-09-14T10:00-05:00/2032-09-14T12:30-05:00"

    def test_another_sentence_of_the_item_keeps_its_own_date(self) -> None:
        """Counter-example: the strategy of the next sentence has its own period."""
        strategy = self._events()["Andean Glacier Strategy 2033-2037"]
        assert strategy.when is not None
        assert strategy.when.format_iso() == "2033/2037"

    def test_one_dated_line_is_no_programme(self) -> None:
        """Counter-example: without two day headings, a line's clock time has no day."""
        text = _PROGRAMME.replace("Tuesday 14 September\n", "")
        council = self._events(text)["12th Meeting of the Andean Water Council"]
        assert council.when is None or "T" not in council.when.format_iso()


class TestClockTimeAfterAnotherDay:
    """ "On 5 March, from 16:00 to 16:40": the clock times are of the day just written."""

    def test_times_take_the_day_written_not_the_documents(self) -> None:
        text = (
            "Press release, Lima, 6 March 2031\n\n"
            "1. On 5 March 2031, from 16:00 to 16:40 (GMT-5), Foreign Minister Ana Ruiz held a "
            "telephone conversation with the Foreign Minister of Norway, Tomas Berg.\n"
        )
        [call] = [
            e for e in _events_on(text, PartialDate(2031, 3, 6)) if e.kind is EventKind.MEETING
        ]
        assert call.when is not None
        assert call.when.format_iso() == "2031-03-05T16:00-05:00/2031-03-05T16:40-05:00"

    def test_a_time_with_a_day_of_its_own_is_not_moved(self) -> None:
        """Counter-example: 'at 10:00 on Tuesday' names another day than the one before."""
        text = (
            "1. On 5 March 2031 Foreign Minister Ana Ruiz met the Foreign Minister of Norway, "
            "Tomas Berg, at 10:00 on Tuesday in Lima.\n"
        )
        [meeting] = [
            e for e in _events_on(text, PartialDate(2031, 3, 6)) if e.kind is EventKind.MEETING
        ]
        assert meeting.when is not None
        assert meeting.when.format_iso() != "2031-03-05T10:00"


_ARRIVAL = (
    "Peru, Norway sign fisheries deal\n\n"
    "LIMA, May 13 (AP) - Peru and Norway signed a fisheries agreement on Tuesday during a "
    "three-day visit to Peru by Norwegian Prime Minister Tomas Berg.\n\n"
    "Berg, who arrived in Lima on Monday, held talks with Peruvian President Rosa Araya at "
    "the Government Palace before the two leaders signed the Agreement on Fisheries "
    "Research.\n"
)


class TestArrivalInARelativeClause:
    """ "X, who arrived on Monday, held talks": Monday is the arrival's day only."""

    def _events(self, text: str = _ARRIVAL) -> dict[str, Event]:
        return {e.name: e for e in _events_on(text, PartialDate(2031, 5, 13))}

    def test_talks_and_signing_take_the_leads_day(self) -> None:
        events = self._events()
        talks = events["Meeting of Tomas Berg and Rosa Araya"]
        agreement = events["Agreement on Fisheries Research"]
        assert talks.when is not None
        assert talks.when.format_iso() == "2031-05-13"
        assert agreement.when is not None
        assert agreement.when.format_iso() == "2031-05-13"

    def test_the_arrival_is_the_first_day_of_the_three_day_visit(self) -> None:
        """'a three-day visit' and 'who arrived in Lima on Monday': one visit from Monday."""
        visits = [e for e in self._events().values() if e.name.startswith("Visit of Tomas Berg")]
        assert [(e.name, e.when.format_iso() if e.when else None) for e in visits] == [
            ("Visit of Tomas Berg to Peru", "2031-05-12/2031-05-14")
        ]

    def test_a_clause_on_the_event_itself_dates_it(self) -> None:
        """Counter-example: ', which will be held on 20 June,' describes the event before it."""
        text = (
            "The ministers prepared the Third Peru-Norway Ministerial Meeting, which will be "
            "held in Oslo on 20 June, and other matters."
        )
        [meeting] = [e for e in self._events(text).values() if e.name.endswith("Meeting")]
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-06-20"


_LIVE = (
    "LIVE: Andean Water Summit in Cusco\n\n"
    "Andes Today live blog, Thursday 3 April 2031. Latest entries first.\n\n"
    "16:40 - Summit closes\n"
    "The ministers adopted and signed the Cusco Water Declaration at 11:50. Peru's minister "
    'called it "the most concrete text in the history of the region".\n\n'
    "09:10 - Summit opens\n"
    "Delegations from five countries took their seats in the Cusco Convention Centre.\n"
)


class TestLiveBlogOfOneDay:
    """Entries headed by clock times ("16:40 - Summit closes") are of the blog's day."""

    def _declaration(self, text: str = _LIVE) -> Event:
        events = _events_on(text, PartialDate(2031, 4, 3))
        [declaration] = [e for e in events if e.name.endswith("Water Declaration")]
        return declaration

    def test_a_coordinated_verb_is_not_part_of_the_name(self) -> None:
        assert self._declaration().name == "Cusco Water Declaration"

    def test_the_entry_dates_what_it_reports_with_the_time_after_the_name(self) -> None:
        declaration = self._declaration()
        assert declaration.when is not None
        assert declaration.when.format_iso() == "2031-04-03T11:50"

    def test_one_time_line_is_no_live_blog(self) -> None:
        """Counter-example: a single clock-time line heads no entries."""
        text = _LIVE[: _LIVE.index("09:10")].replace(" at 11:50", "")
        text = text.replace("Andes Today live blog, Thursday 3 April 2031. ", "")
        assert self._declaration(text).when is None
        assert self._declaration(_LIVE.replace(" at 11:50", "")).when == DateSpan.of(
            PartialDate(2031, 4, 3)
        )


class TestDateLineOfARelease:
    """A release's own date line ("Quito, Friday 15 July 2033") dates what it reports done."""

    _TEXT = (
        "Transcript: joint press conference of the Andean ministers\n\n"
        "{line}\n\n"
        "MINISTER ANA RUIZ (Peru): Good evening. The four ministers have signed the Quito "
        "Water Declaration.\n"
    )

    def _declaration(self, line: str) -> Event:
        events = _events_on(self._TEXT.format(line=line), PartialDate(2033, 7, 15))
        [declaration] = [e for e in events if e.name.endswith("Water Declaration")]
        return declaration

    def test_a_date_line_dates_a_signing(self) -> None:
        declaration = self._declaration("Quito, Friday 15 July 2033, 18:30 (UTC-5).")
        assert declaration.when is not None
        assert declaration.when.format_iso() == "2033-07-15"

    def test_a_wire_dateline_is_left_to_the_lead(self) -> None:
        """Counter-example: 'QUITO, July 15 (Reuters) -' is a wire's; its lead has no date."""
        declaration = self._declaration(
            "QUITO, July 15 (Reuters) - Andean ministers are gathering in the capital."
        )
        assert declaration.when is None or declaration.when.format_iso() != "2033-07-15"

    def test_a_date_line_of_another_day_dates_nothing(self) -> None:
        """Counter-example: a line dated before the document's day is no occasion."""
        declaration = self._declaration("Quito, Thursday 14 July 2033.")
        assert declaration.when is None


class TestHeldClauseDatesAMeeting:
    """ ", held in Lima on 27-28 February" describes a meeting, not the agreement before it."""

    def _events(self, clause: str) -> dict[str, Event]:
        text = (
            "2. The Ministers reviewed the outcome of the fourth round of negotiations on the "
            f"Agreement between Peru and Chile on Fisheries Research, {clause} in Lima on "
            "27-28 February."
        )
        return {e.name: e for e in _events_on(text, PartialDate(2031, 3, 6))}

    def test_held_dates_the_round_only(self) -> None:
        events = self._events("held")
        agreement = events["Agreement between Peru and Chile on Fisheries Research"]
        assert agreement.when is None
        [round_] = [e for e in events.values() if e.kind is EventKind.MEETING]
        assert round_.when is not None
        assert round_.when.format_iso() == "2031-02-27/2031-02-28"

    def test_signed_dates_the_agreement(self) -> None:
        """Counter-example: ', signed in Lima on ...' is the agreement's own date."""
        agreement = self._events("signed")["Agreement between Peru and Chile on Fisheries Research"]
        assert agreement.when is not None
        assert agreement.when.format_iso() == "2031-02-27/2031-02-28"


class TestVisitMadeForAMeeting:
    """ "will travel to Cusco on Wednesday to open the Business Forum": the forum's day."""

    def _forum(self, purpose: str) -> Event:
        text = (
            "Peruvian President Rosa Araya will travel to Cusco on Wednesday "
            f"{purpose} the Peru-Norway Business Forum, officials said."
        )
        events = _events_on(text, PartialDate(2031, 5, 12))
        [forum] = [e for e in events if e.name.endswith("Business Forum")]
        return forum

    def test_to_open_shares_the_visits_day(self) -> None:
        forum = self._forum("to open")
        assert forum.when is not None
        assert forum.when.format_iso() == "2031-05-14"

    def test_after_gives_no_day(self) -> None:
        """Counter-example: a visit 'after' the forum is not made for it."""
        forum = self._forum("after")
        assert forum.when is None or forum.when.format_iso() != "2031-05-14"


class TestEarlierThisUnit:
    """ "earlier this year", "later this month" date an event by the whole unit."""

    def _agreement(self, when: str) -> Event:
        text = f"Peru and Norway signed a Memorandum of Understanding on Fisheries {when}."
        [memorandum] = _events_on(text, PartialDate(2031, 5, 12))
        return memorandum

    def test_earlier_this_year_is_the_year(self) -> None:
        memorandum = self._agreement("earlier this year")
        assert memorandum.when is not None
        assert memorandum.when.format_iso() == "2031"

    def test_earlier_this_month_is_the_month(self) -> None:
        memorandum = self._agreement("earlier this month")
        assert memorandum.when is not None
        assert memorandum.when.format_iso() == "2031-05"

    def test_early_this_year_keeps_its_part(self) -> None:
        """Counter-example: 'early this year' says which part of the year."""
        memorandum = self._agreement("early this year")
        assert memorandum.when is not None
        assert memorandum.when.format_iso() != "2031"


class TestMeetingInATitle:
    """A transcript's or live blog's title names the meeting of the document's day."""

    def _events(self, text: str) -> dict[str, Event]:
        return {e.name: e for e in _events_on(text, PartialDate(2033, 7, 15))}

    def test_a_transcripts_title(self) -> None:
        text = (
            "Transcript: press conference at the close of the Ninth Andean Water Summit\n\n"
            "Quito, Friday 15 July 2033, 18:30 (UTC-5).\n\n"
            "MINISTER ANA RUIZ (Peru): Good evening, and thank you for coming.\n"
        )
        summit = self._events(text)["Ninth Andean Water Summit"]
        assert summit.when is not None
        assert summit.when.format_iso() == "2033-07-15"

    def test_a_wires_headline_is_left_to_its_lead(self) -> None:
        """Counter-example: a headline above a wire's dateline is dated by the lead only."""
        text = (
            "Leaders gather for Ninth Andean Water Summit\n\n"
            "QUITO, July 15 (Reuters) - Andean leaders are gathering in the capital.\n"
        )
        summit = self._events(text)["Ninth Andean Water Summit"]
        assert summit.when is None

    def test_a_summit_to_come_in_a_title_is_not_of_the_day(self) -> None:
        """Counter-example: a release announcing a summit still to come."""
        text = (
            "Leaders will gather for the Ninth Andean Water Summit\n\n"
            "Quito, 15 July 2033\n\n"
            "The Summit will open in Quito on 2 August.\n"
        )
        summit = self._events(text)["Ninth Andean Water Summit"]
        assert summit.when is None or summit.when.format_iso() != "2033-07-15"


class TestDuringTheVisit:
    """ "will be signed during the visit": the visit named before gives its date."""

    def _agreement(self, text: str) -> Event:
        events = _events_on(text, PartialDate(2031, 5, 12))
        [agreement] = [e for e in events if e.name == "Agreement on Fisheries Research"]
        return agreement

    def test_signed_during_the_visit_named_before(self) -> None:
        agreement = self._agreement(
            "Peruvian President Rosa Araya will pay an official visit to Norway in June. The "
            "two sides hope that the Agreement on Fisheries Research will be signed during "
            "the visit."
        )
        assert agreement.when is not None
        assert agreement.when.format_iso() == "2031-06"

    def test_no_visit_named_before_no_date(self) -> None:
        """Counter-example: 'during the summit' with no summit named before dates nothing."""
        agreement = self._agreement(
            "Peruvian President Rosa Araya will pay an official visit to Norway in June. The "
            "two sides hope that the Agreement on Fisheries Research will be signed during "
            "the summit."
        )
        assert agreement.when is None


class TestClauseOpenerIsNoName:
    """ "When Arctic foreign ministers gather ...": "When" names no group."""

    def test_a_subordinator_is_not_part_of_a_groups_name(self) -> None:
        text = "When Arctic foreign ministers gather in Oslo on Monday, they will sign a pact."
        names = [e.name for e in _events(text)]
        assert not [name for name in names if "When" in name]

    def test_a_named_group_after_a_subordinator_still_meets(self) -> None:
        """Counter-example: the G7 after 'While' is still the group that met."""
        text = "While the G7 leaders met in Rome on Monday, protests continued."
        names = [e.name for e in _events_on(text, PartialDate(2031, 5, 12))]
        assert names == ["Summit of the G7 leaders in Rome"]
