"""Event dates, session 16 (dates-20): dates of the older development corpora's causes.

"TUESDAY 3 MARCH" then "09:30 - The Minister receives the Foreign Minister of X", "10:00 -
Ministers A and B sign a memorandum of understanding on Y", "12:30 - Signing ceremony of
the Z Agreement": under day headings, a line that opens with a clock time and a dash is an
item of a programme, and the event the item tells with its own verb right after a short
subject (or opens with) takes the item's time, in the zone the text states for all its
times. A live blog of one day ("16:40 CAT - Ministers sign the X Accord") has no day
headings: its clock times tell when an entry was written.

"The trade agreement with X, initialled in Lima in March, was signed last Tuesday", "the
States Parties signed the Y Agreement, which had been initialled in Z on 14 March": a
clause telling an earlier stage of an agreement (initialled, negotiated, drafted) dates
that stage, not the signing the sentence tells; the signing takes its own date, or the
occasion's, or none. Where no signing is told, the date stays the agreement's.

"The presidents signed an agreement on Thursday ... after the signing ceremony, which began
at 10 a.m. (0400 GMT)": the one agreement signed on a known day before the ceremony takes
its clock time, in the zone the bracket gives; with two agreements signed, which one the
ceremony was of is unknown.

A diary of the week ahead ("MONDAY 12 MAY" over "- LIMA: X hosts Y ... The two are
expected to sign a fisheries agreement"): what an entry announces in a later sentence of
its paragraph, with no date of its own, is of the entry's day to come; not past the
paragraph, and not an event the entry only names.
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind


def _dates(kind: EventKind, text: str, published: str) -> dict[str, str | None]:
    return {e.name: when(e) for e in events_of(kind, text, published)}


# ------------------------------------------------- programme items told by a sentence

_PROGRAMME = """\
MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ZAMBIA
Programme of the official visit of the Foreign Minister of Botswana, 3-4 March 2063

Lusaka, 1 March 2063

The Ministry informs accredited media of the programme of the visit. All times are Lusaka \
time (UTC+2).

TUESDAY 3 MARCH

09:30 - The Minister receives the Foreign Minister of Botswana, Kagiso Molefhe, at the \
Ministry. Talks on the Kazungula corridor.
13:00 - Working lunch (closed).
16:00 - The Minister leaves for Livingstone to attend the Summit of the Southern African \
Development Community.

WEDNESDAY 4 MARCH

10:00 - Ministers Mwansa and Molefhe sign a memorandum of understanding on consular \
cooperation (pool).
12:30 - Signing ceremony of the Kazungula Border Management Agreement.
15:00 - Departure of the delegation.
"""


class TestProgrammeItemActs:
    def test_meeting_told_by_its_verb_takes_the_time(self) -> None:
        """'09:30 - The Minister receives the Foreign Minister of X' under a day heading is
        that meeting, at 09:30 in the zone the text states."""
        meetings = events_of(EventKind.MEETING, _PROGRAMME, "2063-03-01")
        dated = {when(m) for m in meetings if "Molefhe" in m.name}
        assert {"2063-03-03T09:30+02:00"} == dated

    def test_signing_told_by_its_verb_takes_the_time(self) -> None:
        """'10:00 - Ministers A and B sign a memorandum of understanding on Y' signs it at
        10:00."""
        dates = _dates(EventKind.AGREEMENT, _PROGRAMME, "2063-03-01")
        assert (
            "2063-03-04T10:00+02:00" == dates["memorandum of understanding on consular cooperation"]
        )

    def test_signing_ceremony_of_opens_the_item(self) -> None:
        """'12:30 - Signing ceremony of the X Agreement' signs X at 12:30."""
        dates = _dates(EventKind.AGREEMENT, _PROGRAMME, "2063-03-01")
        assert "2063-03-04T12:30+02:00" == dates["Kazungula Border Management Agreement"]

    def test_event_the_item_only_names_takes_no_time(self) -> None:
        """'16:00 - The Minister leaves for L to attend the Summit of X': the summit is not
        at 16:00 (the item's subject leaves; it does not meet)."""
        meetings = events_of(EventKind.MEETING, _PROGRAMME, "2063-03-01")
        summit = [m for m in meetings if m.name.startswith("Summit of the Southern")]
        assert summit
        assert all(when(m) is None or "T16:00" not in (when(m) or "") for m in summit)

    def test_other_sentence_of_the_item_takes_no_time(self) -> None:
        """'09:30 - ... at the Ministry. Talks on the Kazungula corridor.': the item's second
        sentence is no event of 09:30."""
        meetings = events_of(EventKind.MEETING, _PROGRAMME, "2063-03-01")
        assert all("T09:30" not in (when(m) or "") for m in meetings if "Talks" in m.name)


_LIVE_BLOG = """\
LIVE: Zambezi river commission summit in Livingstone

Zambezi Today live blog, Wednesday 4 March 2063. All times CAT (UTC+2). Latest entries first.

16:40 CAT - Ministers sign the Zambezi Water Accord
The Zambezi Water Accord has been signed, ending two days of talks. Zambia's Foreign \
Minister said it was "a good day for the river".

11:10 CAT - Talks continue
Delegations are still talking about the flow rules.
"""


class TestLiveBlogEntries:
    def test_entry_time_is_no_event_time(self) -> None:
        """'16:40 CAT - Ministers sign the X Accord' in a live blog of one day (no day
        headings): the entry's clock time is when it was written; the accord keeps the
        blog's day."""
        dates = _dates(EventKind.AGREEMENT, _LIVE_BLOG, "2063-03-04")
        assert "2063-03-04" == dates["Zambezi Water Accord"]


_DIARY = """\
Embassy of Peru in Quito - weekly diary, 9-10 June 2064

The embassy's programme for the week. All times are Quito time (UTC-5).

MONDAY 9 JUNE

11:00 - The Ambassador meets the Vice Minister of Foreign Affairs of Ecuador, Rosa Alvear \
Tapia.
17:00 - Reception for the national day of Italy.

TUESDAY 10 JUNE

10:00 - The delegations of Peru and Ecuador adopt the Santiago River Navigation Plan.
"""


class TestDiaryItems:
    def test_meets_in_an_item(self) -> None:
        """'11:00 - The Ambassador meets the Vice Minister of X' is the meeting, at 11:00 in
        the zone stated (UTC-5)."""
        meetings = events_of(EventKind.MEETING, _DIARY, "2064-06-06")
        dated = {when(m) for m in meetings if "Alvear" in m.name}
        assert {"2064-06-09T11:00-05:00"} == dated


# ------------------------------------------------------- an earlier stage in a clause

_OCCASION = """\
The 41st Summit of the Andean Community was held in Lima on 4 June 2071.

On the occasion of the Summit, the member states signed the Free Trade Agreement between \
the Andean Community and Singapore, which had been initialled in Singapore on 14 March.
"""


class TestEarlierStageClause:
    def test_signed_date_over_initialled_date(self) -> None:
        """'X, initialled in Lima in March, was signed last Tuesday' is signed last
        Tuesday, not in March."""
        text = (
            "The trade agreement with Singapore, initialled in Lima in March, was signed "
            "last Tuesday by the two foreign ministers."
        )
        dates = _dates(EventKind.AGREEMENT, text, "2071-06-10")
        assert ["2071-06-02"] == list(dates.values())

    def test_occasion_over_initialled_date(self) -> None:
        """'signed the X, which had been initialled in S on 14 March' at a summit of 4 June:
        the signing is of the summit's day; 'had been initialled' is no background."""
        dates = _dates(EventKind.AGREEMENT, _OCCASION, "2071-06-10")
        assert (
            "2071-06-04" == dates["Free Trade Agreement between the Andean Community and Singapore"]
        )

    def test_initialled_date_is_not_the_signing(self) -> None:
        """'proceeded to the signature of X, which had been initialled on 14 March' with no
        other date: the signing stays undated (unknown), not 14 March."""
        text = (
            "On the occasion of the Summit, the Parties proceeded to the signature of the "
            "Free Trade Agreement between the Andean Community and Singapore, which had been "
            "initialled in Singapore on 14 March. The signing ceremony took place at the "
            "Government Palace."
        )
        dates = _dates(EventKind.AGREEMENT, text, "2071-06-10")
        assert "2071-03-14" not in dates.values()

    def test_initialling_alone_keeps_its_date(self) -> None:
        """'Kenya and Ghana initialled the X in Accra on 3 May' tells no signing: the
        agreement keeps the date."""
        text = "Kenya and Ghana initialled the Kenya-Ghana Trade Agreement in Accra on 3 May."
        dates = _dates(EventKind.AGREEMENT, text, "2071-06-10")
        assert {"Kenya-Ghana Trade Agreement": "2071-05-03"} == dates


# ------------------------------------------------------ the signing ceremony's clock time

_WIRE = """\
ASTANA, March 14 (Reuters) - The presidents of Mongolia and Kazakhstan signed an agreement \
on Thursday to build a rail link between Khovd and Ust-Kamenogorsk, ending years of talks.

"This line will carry our coal west," Mongolian President Bat-Erdene Tsogt told reporters \
after the signing ceremony, which began at 10 a.m. (0400 GMT).
"""


class TestSigningCeremonyTime:
    def test_ceremony_time_dates_the_signing(self) -> None:
        """'signed an agreement on Thursday ... the signing ceremony, which began at 10 a.m.
        (0400 GMT)': signed at 10:00 that Thursday, at +06:00."""
        dates = _dates(EventKind.AGREEMENT, _WIRE, "2070-03-14")
        assert ["2070-03-13T10:00+06:00"] == list(dates.values())

    def test_written_offset(self) -> None:
        """'The signing ceremony took place at 16:30 (UTC+5)' after a signing on 2 May."""
        text = (
            "The foreign ministers of Uzbekistan and Pakistan signed the Termez-Peshawar "
            "Transit Agreement in Tashkent on 2 May. The signing ceremony took place at 16:30 "
            "(UTC+5) in the Kuksaroy residence."
        )
        dates = _dates(EventKind.AGREEMENT, text, "2070-05-03")
        assert {"Termez-Peshawar Transit Agreement": "2070-05-02T16:30+05:00"} == dates

    def test_two_signings_leave_the_time_unknown(self) -> None:
        """Two agreements signed before the ceremony: which one it was is unknown, so
        neither takes its time."""
        text = _WIRE.replace(
            ", ending years of talks",
            ", and their ministers signed a memorandum of understanding on customs",
        )
        dates = _dates(EventKind.AGREEMENT, text, "2070-03-14")
        assert all("T10:00" not in (value or "") for value in dates.values())

    def test_ceremony_of_its_own_day(self) -> None:
        """'The signing ceremony began at 10 a.m. on Friday' names a day of its own: the
        agreement signed on Thursday keeps its day."""
        text = _WIRE.replace("(0400 GMT)", "on Friday")
        dates = _dates(EventKind.AGREEMENT, text, "2070-03-14")
        assert all("T10:00" not in (value or "") for value in dates.values())


# ------------------------------------------------------- entries of a diary to come

_WEEK_AHEAD = """\
THE WEEK AHEAD
Diplomatic calendar, Monday 12 May to Friday 16 May 2075

Compiled by our foreign desk on Sunday 11 May.

MONDAY 12 MAY
- LIMA: Peru's Foreign Minister Lucía Paredes hosts her Ecuadorian counterpart, Tomás \
Vinueza, for the first Peru-Ecuador strategic dialogue. The two are expected to sign a \
fisheries cooperation agreement.

WEDNESDAY 14 MAY
- NAIROBI: Ministerial session of the Nairobi Convention, to prepare the next summit of \
the East African Community. Kenya's Foreign Minister, Amina Wekesa, and Tanzania's \
Foreign Minister, Joseph Mrema, are expected to hold bilateral talks on the sidelines.

LOOKING FURTHER AHEAD
The two ministers are expected to sign a border agreement later in the year.
"""


class TestWeekAheadEntries:
    def test_signing_announced_in_an_entry(self) -> None:
        """'The two are expected to sign a fisheries cooperation agreement' under 'MONDAY 12
        MAY' in a diary written on 11 May: signed on 12 May."""
        dates = _dates(EventKind.AGREEMENT, _WEEK_AHEAD, "2075-05-11")
        assert "2075-05-12" == dates["fisheries cooperation agreement"]

    def test_talks_announced_in_an_entry(self) -> None:
        """'X and Y are expected to hold bilateral talks on the sidelines' under 'WEDNESDAY
        14 MAY': talks on 14 May."""
        meetings = events_of(EventKind.MEETING, _WEEK_AHEAD, "2075-05-11")
        talks = [m for m in meetings if "Wekesa" in m.name]
        assert ["2075-05-14"] == [when(m) for m in talks]

    def test_named_only_takes_no_day(self) -> None:
        """'to prepare the next summit of the East African Community': the summit is not of
        14 May."""
        meetings = events_of(EventKind.MEETING, _WEEK_AHEAD, "2075-05-11")
        assert all(when(m) != "2075-05-14" for m in meetings if "summit" in m.name.lower())

    def test_past_the_paragraph_takes_no_day(self) -> None:
        """A signing announced after a blank line, under no day, is not of 14 May."""
        dates = _dates(EventKind.AGREEMENT, _WEEK_AHEAD, "2075-05-11")
        assert all(
            value != "2075-05-14" for name, value in dates.items() if "border" in name.lower()
        )


# ------------------------------------------------------- a fund's span told after it


class TestRunsToldAfter:
    def test_disburse_in_a_clause(self) -> None:
        """'..., and the fund will only disburse from 2071 to 2075' dates the fund named
        in the sentence before."""
        text = (
            "The ministers established the Sahel Drought Response Fund at their meeting in "
            "Niamey. The decision sets a capital of 90 million dollars, and the fund will only "
            "disburse from 2071 to 2075."
        )
        dates = _dates(EventKind.INITIATIVE, text, "2070-02-10")
        assert {"Sahel Drought Response Fund": "2071/2075"} == dates

    def test_lend_opening_a_sentence(self) -> None:
        """'The facility will lend from 2068 to 2072' dates the facility just named."""
        text = (
            "Ministers endorsed the Caribbean Resilience Credit Facility at their annual "
            "meeting. The facility will lend from 2068 to 2072."
        )
        dates = _dates(EventKind.INITIATIVE, text, "2067-06-01")
        assert {"Caribbean Resilience Credit Facility": "2068/2072"} == dates

    def test_other_head_takes_no_span(self) -> None:
        """'..., and the bank will only disburse from 2071 to 2075': the bank is not the
        fund."""
        text = (
            "The ministers established the Sahel Drought Response Fund at their meeting in "
            "Niamey. The decision sets a capital of 90 million dollars, and the bank will only "
            "disburse from 2071 to 2075."
        )
        dates = _dates(EventKind.INITIATIVE, text, "2070-02-10")
        assert "2071/2075" not in dates.values()
