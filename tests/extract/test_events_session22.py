"""Event rules of session 22 (meetings of bodies, series and groups), each on sentences written
for these tests (invented people, other bodies, countries and years) with counter-examples that
must not fire.

The causes are general in diplomatic news: a group of office-holders of states the text named
before ("officials of the two countries", "their water ministers had met"); two demonyms before
one plural office ("the Chilean and Peruvian foreign ministers"), which are two states'
ministers; a summit named by its body and place, as the text names the body (no acronym the
text never writes); the next meeting of a series that a state offers to host; a meeting noun
after a body's name ("an Organization of American States ministerial conference on migration
in Lima in March"); a body taken up by its head word in the possessive ("The Council's
extraordinary session", after "the Nordic Council"); and "the leaders meet next in P in
June" after the series' last meeting was named.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind, Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline.entry import Origin
from diplotimeline.timeline.merge import Mention, merge_mentions


class TestStatesTakenUp:
    """ "the two countries" after a text that named two states: those states."""

    def test_officials_of_the_two_countries(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Chile and Argentina hope to sign a water treaty in May. Senior officials of the two "
            "countries met in Santiago last week to settle the text.",
            "2051-03-15",
        )
        assert found.name == "Meeting of the senior officials of Chile and Argentina in Santiago"
        assert set(found.participants) >= {"cl", "ar"}
        assert _when(found) == "2051-03-06/2051-03-12"

    def test_three_countries(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ghana, Togo and Benin share the Volta basin. Ministers of the three countries "
            "will meet in Lomé on 4 June.",
            "2051-03-15",
        )
        assert found.name == "Meeting of the ministers of Ghana, Togo and Benin in Lomé"
        assert set(found.participants) >= {"gh", "tg", "bj"}

    def test_the_joined_pair_not_a_state_named_since(self) -> None:
        """ "the two countries" are the two joined by "and", not a third named after them."""
        [found] = _of(
            EventKind.MEETING,
            "Chile and Argentina hope to sign a water treaty in May. Brazil welcomed the talks. "
            "Senior officials of the two countries met in Santiago last week.",
            "2051-03-15",
        )
        assert set(found.participants) >= {"cl", "ar"}
        assert "br" not in found.participants

    def test_no_states_named_keeps_the_group(self) -> None:
        """Counter-example: with no two states named before, "the two countries" stay."""
        found = _of(
            EventKind.MEETING,
            "The talks went well. Senior officials of the two countries met in Santiago last "
            "week to settle the text.",
            "2051-03-15",
        )
        assert all("Chile" not in m.name and "of the two countries" in m.name for m in found)
        assert all(not m.participants or set(m.participants) <= {"ar"} for m in found)


class TestGroupHadMet:
    """A group of office-holders that "had met" at a place and a date."""

    def test_water_ministers_had_met(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Kenya and Tanzania will sign a lake accord next year. Their fisheries ministers had "
            "met in Dodoma last Thursday to prepare it.",
            "2052-09-10",
        )
        assert found.name == "Meeting of the fisheries ministers in Dodoma"
        assert _when(found) == "2052-09-05"
        assert found.status.value == "occurred"

    def test_no_owner_no_meeting(self) -> None:
        """Counter-example: a text that names no body nor state says whose ministers nobody."""
        assert not _of(
            EventKind.MEETING,
            "Their fisheries ministers had met in Dodoma last Thursday to prepare it.",
            "2052-09-10",
        )

    def test_no_date_no_meeting(self) -> None:
        """Counter-example: a place without a date right after it tells no meeting."""
        assert not _of(
            EventKind.MEETING,
            "Kenya and Tanzania will sign a lake accord. Their ministers had met in Dodoma "
            "often, officials said.",
            "2052-09-10",
        )


class TestTwoDemonymsOneOffice:
    """ "the Chilean and Peruvian foreign ministers met": two states' ministers."""

    def test_demonyms_before_one_office(self) -> None:
        [found] = [
            m
            for m in _of(
                EventKind.MEETING,
                "In March the Chilean and Peruvian foreign ministers met in Arica for their "
                "first talks in a decade. Peru's President, Rosa Quispe, is to visit Santiago "
                "in May.",
                "2054-04-02",
            )
            if m.form.value != "visit"
        ]
        assert found.name == "Meeting of the Chilean and Peruvian foreign ministers"
        assert set(found.participants) >= {"cl", "pe"}
        assert "quispe-rosa" not in found.participants

    def test_persons_of_that_office_name_it(self) -> None:
        """Counter-example: persons introduced with the group's office are the meeting's."""
        [found] = _of(
            EventKind.MEETING,
            "Chile, Peru leaders meet in Arica, pledge border cooperation\n\n"
            "ARICA, April 2 - Chilean President Tomas Vidal and Peruvian President Rosa Quispe "
            "pledged on Tuesday to reopen the border crossing.",
            "2054-04-02",
        )
        assert found.name == "Meeting of Tomas Vidal and Rosa Quispe"


class TestSummitNamedAsTheTextNamesTheBody:
    """ "a summit in P" after a body's name: named by the body as the text writes it."""

    def test_no_acronym_the_text_never_writes(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Southern African Development Community was relaunched at a summit in Windhoek "
            "in August 1992.",
            "2060-05-02",
        )
        assert found.name == "Southern African Development Community summit in Windhoek"
        assert _when(found) == "1992-08"

    def test_the_acronym_the_text_writes(self) -> None:
        """Counter-example: a text that writes the acronym keeps it."""
        [found] = _of(
            EventKind.MEETING,
            "The Southern African Development Community (SADC) was relaunched at a summit in "
            "Windhoek in August 1992.",
            "2060-05-02",
        )
        assert found.name == "SADC summit in Windhoek"


class TestOfferToHostTheNextMeeting:
    """ "accepted an offer from X to host its next meeting": the next of the series."""

    def test_offer_to_host_the_next_meeting(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The 12th Ministerial Meeting of the Zambezi Basin Forum ended in Lusaka on Friday. "
            "The forum accepted an offer from Angola to host its next meeting, in Luanda in 2072.",
            "2070-03-08",
        )
        by_name = {m.name: m for m in found}
        nxt = by_name["13th Ministerial Meeting of the Zambezi Basin Forum"]
        assert _when(nxt) == "2072"
        assert nxt.status.value == "planned"
        assert nxt.location == "Luanda"

    def test_no_series_told_no_meeting(self) -> None:
        """Counter-example: "its next meeting" of no series named before is too vague."""
        assert not _of(
            EventKind.MEETING,
            "The club accepted an offer from Angola to host its next meeting, in Luanda in 2072.",
            "2070-03-08",
        )


class TestBodyNameBeforeAMeetingNoun:
    """ "a Nordic Council ministerial conference on fisheries in Bergen in May 2061"."""

    def test_body_then_lower_case_noun_then_place_and_date(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Ministers also agreed to hold an Organization of American States ministerial "
            "conference on migration in Lima in March 2061.",
            "2060-11-02",
        )
        assert found.name == "Organization of American States ministerial conference on migration"
        assert _when(found) == "2061-03"
        assert found.status.value == "planned"
        assert found.location == "Lima"
        assert "oas" in found.participants

    def test_no_date_no_meeting(self) -> None:
        """Counter-example: a place without a date does not tell which meeting."""
        assert not _of(
            EventKind.MEETING,
            "Ministers also agreed to hold an Organization of American States ministerial "
            "conference on migration in Lima one day.",
            "2060-11-02",
        )

    def test_only_after_a_determiner(self) -> None:
        """Counter-example: a body's name after a possessive ("Bolivia's Organization of
        American States meeting") is not read as a meeting's name; after "the" it is."""
        found = _of(
            EventKind.MEETING,
            "Officials said the Organization of American States forum in Lima on 4 May was "
            "useful. Bolivia's Organization of American States meeting in Lima in March 2061 "
            "was not.",
            "2060-11-02",
        )
        assert [m.name for m in found] == ["Organization of American States forum"]


class TestHeadWordPossessive:
    """ "The Council's extraordinary session": the body named before in full."""

    def test_head_word_of_a_body_named_before(self) -> None:
        found = _of(
            EventKind.MEETING,
            "Leaders attended the 31st Meeting of the SICA Council in Tegucigalpa on 3 May. "
            "The Council's extraordinary session on 9 August, held online, approved the "
            "Central American Drought Fund.",
            "2070-12-30",
        )
        by_name = {m.name: m for m in found}
        special = by_name["Extraordinary session of the SICA Council"]
        assert _when(special) == "2070-08-09"
        assert special.status.value == "occurred"

    def test_no_body_of_that_head_word(self) -> None:
        """Counter-example: no body named before ends with the head word."""
        assert not _of(
            EventKind.MEETING,
            "Peru and Chile traded barbs. The Cathedral's special meeting on 9 August approved "
            "the new roof.",
            "2070-12-30",
        )

    def test_no_modifier_no_meeting(self) -> None:
        """Counter-example: a bare "the Council's meeting" is left to the other readers."""
        found = _of(
            EventKind.MEETING,
            "The SICA Council is based in San Salvador. The Council's meeting room was "
            "renovated on 9 August.",
            "2070-12-30",
        )
        assert not [m for m in found if "SICA Council" in m.name]

    def test_bare_possessive_with_place_and_date(self) -> None:
        """Without a modifier, "the Commission's summit" needs its place and date after it;
        an organ "of" the body ("the Council of Ministers of the X Commission") is not it."""
        found = _of(
            EventKind.MEETING,
            "The Council of Ministers of the Mekong River Commission met on Monday. The plan "
            "goes to leaders at the Commission's summit in Vientiane on 3 and 4 April.",
            "2063-03-20",
        )
        by_name = {m.name: m for m in found}
        summit = by_name["Summit of the Mekong River Commission"]
        assert _when(summit) == "2063-04-03/2063-04-04"
        assert summit.location == "Vientiane"
        assert summit.form.value == "summit"

    def test_bare_possessive_without_a_date(self) -> None:
        """Counter-example: "the Commission's summit in Vientiane" with no date after it."""
        found = _of(
            EventKind.MEETING,
            "The Mekong River Commission was founded in 1995. The plan goes to leaders at the "
            "Commission's summit in Vientiane, officials said.",
            "2063-03-20",
        )
        assert not [m for m in found if m.name.startswith("Summit of the Mekong")]

    def test_the_group_meets_for_the_bodys_summit(self) -> None:
        """A group that meets "for the Alliance's annual summit" holds that summit."""
        [found] = _of(
            EventKind.MEETING,
            "The Andean Community turns 80 this year. The presidents of Bolivia, Colombia, "
            "Ecuador and Peru will meet in Quito on 14 and 15 May for the Community's annual "
            "summit.",
            "2049-05-02",
        )
        assert found.name == "Annual summit of the Andean Community in Quito"
        assert _when(found) == "2049-05-14/2049-05-15"


class TestMeetNext:
    """ "The heads of government meet next in P in June": the series' next meeting."""

    def test_next_of_the_series_named_before(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The heads of government met in Apia on 2 and 3 July for the 41st Meeting of the "
            "Polynesian Leaders Group. The heads of government meet next in Nuku'alofa in "
            "July.",
            "2072-12-31",
        )
        by_name = {m.name: m for m in found}
        nxt = by_name["Next meeting of the Polynesian Leaders Group in Nuku'alofa"]
        assert _when(nxt) == "2073-07"
        assert nxt.status.value == "planned"

    def test_no_series_named_before(self) -> None:
        """Counter-example: no meeting with an ordinal told before: no "next" of it."""
        found = _of(
            EventKind.MEETING,
            "Samoa and Tonga signed a deal. The heads of government meet next in Apia in July.",
            "2072-12-31",
        )
        assert not [m for m in found if m.name.startswith("Next")]

    def test_no_date_after_the_place(self) -> None:
        """Counter-example: "meet next in Apia" without a date tells no meeting here."""
        found = _of(
            EventKind.MEETING,
            "The heads of government met in Apia on 2 and 3 July for the 41st Meeting of the "
            "Polynesian Leaders Group. The heads of government meet next in Apia, officials "
            "said.",
            "2072-12-31",
        )
        assert not [m for m in found if m.name.startswith("Next")]


def _special(document: str, name: str, parties: tuple[str, ...], day: int = 14) -> Mention:
    meeting = Meeting(
        id="e1",
        name=name,
        form=MeetingForm.OTHER,
        when=DateSpan(PartialDate(2069, 11, day), PartialDate(2069, 11, day)),
        participants=parties,
    )
    return Mention(meeting, Origin(document))


class TestMergeSpecialMeetingOfGroup:
    """A "Special meeting of the X heads of government" is a gathering of X's members: it
    merges with the meeting of X's organ on the same day."""

    def test_same_day_merges(self) -> None:
        entries = merge_mentions(
            [
                _special("d1", "Special meeting of the SICA heads of state", ("sica",)),
                _special("d2", "Special meeting of the SICA Council", ("sica-council",)),
            ]
        )
        assert len(entries) == 1

    def test_another_day_stays_apart(self) -> None:
        """Counter-example: the organ's meeting a day later is another meeting."""
        entries = merge_mentions(
            [
                _special("d1", "Special meeting of the SICA heads of state", ("sica",)),
                _special("d2", "Special meeting of the SICA Council", ("sica-council",), 15),
            ]
        )
        assert len(entries) == 2


class TestLastYearsMeeting:
    """ "Last year's forum" after the series was named: its meeting of the year before."""

    def test_last_years_forum_of_a_named_series(self) -> None:
        found = _of(
            EventKind.MEETING,
            "On Friday the ministers of the Arctic states gather in Tromsø for the council's "
            "annual Polar Forum. Last year's forum produced little.",
            "2059-03-03",
        )
        by_name = {m.name: m for m in found}
        last = by_name["Polar Forum of 2058"]
        assert _when(last) == "2058"
        assert last.status.value == "occurred"

    def test_no_series_named_before(self) -> None:
        """Counter-example: "last year's summit" of no series named is too vague."""
        assert not _of(
            EventKind.MEETING,
            "Prices rose sharply in Oslo. Last year's summit produced little.",
            "2059-03-03",
        )

    def test_another_noun_than_the_series(self) -> None:
        """Counter-example: a forum named before is no "last year's summit"."""
        found = _of(
            EventKind.MEETING,
            "On Friday the ministers of the Arctic states gather in Tromsø for the council's "
            "annual Polar Forum. Last year's summit produced little.",
            "2059-03-03",
        )
        assert not [m for m in found if "2058" in m.name]


class TestOrganOfAProgrammeMeets:
    """ "The fund's governing board meets for the first time in P on D"."""

    def test_programmes_board_meets_for_the_first_time(self) -> None:
        found = _of(
            EventKind.MEETING,
            "Donors pledged $90 million to the Andean Water Security Fund in March. The fund's "
            "governing board meets for the first time in Lima on 3 and 4 June.",
            "2061-05-20",
        )
        by_name = {m.name: m for m in found}
        board = by_name["First meeting of the governing board of the Andean Water Security Fund"]
        assert _when(board) == "2061-06-03/2061-06-04"
        assert board.status.value == "planned"
        assert board.location == "Lima"

    def test_no_fund_named_before(self) -> None:
        """Counter-example: "the fund's board" of no fund named before is too vague."""
        assert not _of(
            EventKind.MEETING,
            "Peru wants money for water. The fund's governing board meets for the first time "
            "in Lima on 3 and 4 June.",
            "2061-05-20",
        )

    def test_no_date_after_the_place(self) -> None:
        """Counter-example: a place without a date tells no meeting."""
        found = _of(
            EventKind.MEETING,
            "Donors pledged $90 million to the Andean Water Security Fund in March. The fund's "
            "governing board usually meets in Lima, officials said.",
            "2061-05-20",
        )
        assert not [m for m in found if "governing board" in m.name]


class TestBodyMetInSession:
    """ "The X met in extraordinary session": named by the session's kind."""

    def test_extraordinary_session(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The Council of Ministers of the Mekong River Commission met in extraordinary "
            "session in Vientiane yesterday to discuss the drought.",
            "2063-03-20",
        )
        assert found.name == (
            "Extraordinary session of the Council of Ministers of the Mekong River Commission"
        )
        assert _when(found) == "2063-03-19"

    def test_ministers_of_a_body_hold_a_ministers_session(self) -> None:
        """Ministers of a body in session hold a ministerial meeting, not a summit: a summit
        of the body that month is another meeting."""
        [found] = _of(
            EventKind.MEETING,
            "Ministers of the Mekong River Commission met in emergency session yesterday.",
            "2063-03-20",
        )
        assert found.name == "Emergency session of the Mekong River Commission"
        assert found.form.value == "ministerial-meeting"

    def test_met_without_a_session_keeps_its_name(self) -> None:
        """Counter-example: "met in Vientiane" names no kind of session."""
        [found] = _of(
            EventKind.MEETING,
            "The Council of Ministers of the Mekong River Commission met in Vientiane "
            "yesterday to discuss the drought.",
            "2063-03-20",
        )
        assert found.name.startswith("Meeting of the Council of Ministers")
        assert found.form.value == "other"


class TestSummitOfABodyWithItsAcronymAndPlace:
    """ "the summit of the X (ACR) in P": held at P, named as the text names it."""

    def test_summit_of_a_body_then_acronym_then_place(self) -> None:
        found = _of(
            EventKind.MEETING,
            "Both leaders spoke of last month's summit of the Southern African Development "
            "Community (SADC) in Maputo, where the fund was approved.",
            "2061-12-05",
        )
        [summit] = [m for m in found if "summit" in m.name.lower()]
        assert summit.name == (
            "Summit of the Southern African Development Community (SADC) in Maputo"
        )
        assert summit.location == "Maputo"
        assert _when(summit) == "2061-11"

    def test_no_place_after_the_acronym(self) -> None:
        """Counter-example: "(SADC) in November" is a date, no place."""
        found = _of(
            EventKind.MEETING,
            "Both leaders spoke of the summit of the Southern African Development Community "
            "(SADC) in November, where the fund was approved.",
            "2061-12-05",
        )
        assert all(m.location is None for m in found if "summit" in m.name.lower())
        assert all(not m.name.endswith(")") for m in found)


class TestSherpasOfTwoStates:
    """ "U.S. and Chinese sherpas also met": a group of two states' sherpas."""

    def test_abbreviated_state_and_demonym(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The talks dragged on. U.K. and Indian sherpas also met on the margins on Thursday "
            "morning, an official said.",
            "2064-04-05",
        )
        assert found.name == "Meeting of the U.K. and Indian sherpas"
        assert _when(found) == "2064-04-03"
        assert "in" in found.participants

    def test_a_body_of_sherpas_met(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "The talks dragged on. G20 sherpas met on Thursday to settle the text.",
            "2064-04-05",
        )
        assert found.name == "Meeting of the G20 sherpas"

    def test_bare_sherpas_are_no_group(self) -> None:
        """Counter-example: "the sherpas met" names no body nor state."""
        assert not _of(
            EventKind.MEETING,
            "The talks dragged on. The sherpas met on Thursday to settle the text.",
            "2064-04-05",
        )


class TestPrecededByAMeeting:
    """ "X was preceded by the Committee of Senior Officials on 17 and 18 May"."""

    def test_body_that_preceded_a_meeting(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The 21st Council of Ministers of the Andean Community will be held in Lima on 9 "
            "and 10 June, preceded by the Committee of Senior Officials on 7 and 8 June.",
            "2052-05-02",
        )
        by_name = {m.name: m for m in found}
        officials = by_name["Meeting of the Committee of Senior Officials"]
        assert _when(officials) == "2052-06-07/2052-06-08"
        assert officials.status.value == "planned"

    def test_level_consultations_that_preceded_a_meeting(self) -> None:
        found = _of(
            EventKind.MEETING,
            "The fifth meeting of the Chile-Peru Joint Commission was held in Lima on 9-10 "
            "March 2052. The meeting was preceded by vice-minister-level consultations on 8 "
            "March.",
            "2052-03-12",
        )
        by_name = {m.name: m for m in found}
        consultations = by_name["Vice-minister-level consultations"]
        assert _when(consultations) == "2052-03-08"
        assert consultations.status.value == "occurred"

    def test_no_date_no_meeting(self) -> None:
        """Counter-example: "preceded by the Committee of Senior Officials" without a date."""
        found = _of(
            EventKind.MEETING,
            "The 21st Council of Ministers of the Andean Community will be held in Lima on 9 "
            "and 10 June, preceded as usual by the Committee of Senior Officials.",
            "2052-05-02",
        )
        assert not [m for m in found if "Senior Officials" in m.name]

    def test_a_dinner_is_no_meeting(self) -> None:
        """Counter-example: what preceded the meeting is no meeting of a body or a kind."""
        found = _of(
            EventKind.MEETING,
            "The 21st Council of Ministers of the Andean Community will be held in Lima on 9 "
            "and 10 June, preceded by a dinner on 8 June.",
            "2052-05-02",
        )
        assert not [m for m in found if "dinner" in m.name.lower()]


class TestWhoseOfficeHolders:
    """ "Chile and Peru, whose foreign ministers met ...": those states' ministers."""

    def test_whose_ministers_met_beside_a_dated_meeting(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Delegates arrived on Tuesday. Chile and Bolivia, whose foreign ministers met on "
            "the sidelines of yesterday's meeting for the first time in a decade, said little.",
            "2055-08-12",
        )
        assert found.name == "Meeting of the foreign ministers of Chile and Bolivia"
        assert set(found.participants) >= {"cl", "bo"}
        assert _when(found) == "2055-08-11"
        assert found.status.value == "occurred"

    def test_whose_ministers_meet_at_a_place_and_date(self) -> None:
        [found] = _of(
            EventKind.MEETING,
            "Kenya and Tanzania, whose water ministers meet in Dodoma on Thursday, could show "
            "what the plan is for.",
            "2055-08-12",
        )
        assert found.name == "Meeting of the water ministers of Kenya and Tanzania in Dodoma"
        assert set(found.participants) >= {"ke", "tz"}

    def test_one_state_is_no_group(self) -> None:
        """Counter-example: one state's "whose foreign minister(s)" is no group of states."""
        assert not _of(
            EventKind.MEETING,
            "Delegates arrived on Tuesday. Chile, whose foreign ministers met on the sidelines "
            "of yesterday's meeting, said little.",
            "2055-08-12",
        )
