"""Tests of the event readers (events, meetings, agreements, initiatives) on single sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotimeline.extract._event_cues import FrameIndex
from diplotimeline.extract.events import load_cues, split_sentences
from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Agreement, Document, Event, Initiative, Meeting, Status
from diplotimeline.time import PartialDate


def _events(text: str, published: str = "2031-05-04") -> tuple[Event, ...]:
    return extract(Document(id="t", text=text, published=PartialDate.parse_iso(published))).events


def _summary(event: Event) -> tuple[str, str, str, str | None]:
    when = None if event.when is None else event.when.format_iso()
    return (event.kind.value, event.name, event.status.value, when)


class TestCues:
    def test_cue_file_loads(self) -> None:
        """The packaged cue file has heads of the three kinds and compiles its frames."""
        cues = load_cues()
        kinds = {kind for kind, _ in cues.heads.values()}
        assert {"meeting", "agreement", "initiative"} == kinds
        assert "talks" in cues.frames

    def test_frames_do_not_match_empty(self) -> None:
        """No frame pattern matches the empty string."""
        assert [name for name, p in load_cues().frames.items() if p.fullmatch("")] == []


class TestSentences:
    def test_titles_do_not_split(self) -> None:
        """'Mr.' and initials do not end a sentence; a full stop before a capital does."""
        text = "Mr. Ortega met H.E. Ms. Soto. They talked."
        assert [s.text for s in split_sentences(text)] == [
            "Mr. Ortega met H.E. Ms. Soto.",
            "They talked.",
        ]


class TestMeetings:
    def test_named_summit_with_ordinal_date_and_place(self) -> None:
        """'attended the 12th Andean Summit in Lima on May 2' dates and places the summit."""
        events = _events(
            "Peruvian President Ana Ortega attended the 12th Andean Summit in Lima on May 2."
        )
        meeting = events[0]
        assert isinstance(meeting, Meeting)
        assert _summary(meeting) == ("meeting", "12th Andean Summit", "occurred", "2031-05-02")
        assert (meeting.ordinal, meeting.location) == (12, "Lima")
        assert "ortega-ana" in meeting.participants

    def test_talks_with_two_counterparts(self) -> None:
        """'held talks with A and B' gives one bilateral meeting per counterpart."""
        events = _events(
            "Chilean Foreign Minister Luis Soto held talks with President Ana Ortega and "
            "Prime Minister Raul Vega."
        )
        assert len(events) == 2
        assert all(e.form.value == "bilateral-meeting" for e in events)

    def test_repeated_mentions_merge(self) -> None:
        """Two mentions of one named forum give one event with two evidence items."""
        events = _events(
            "The Andean Energy Forum opened in Quito on May 2. The Forum closed a day later."
        )
        assert len(events) == 1
        assert len(events[0].evidence) == 2

    def test_sidelines_meeting_is_part_of_the_summit(self) -> None:
        """A bilateral meeting on the sidelines of a summit is its own event, linked to it."""
        events = _events(
            "Foreign Minister Luis Soto met Foreign Minister Ana Ortega on the sidelines "
            "of the 12th Andean Summit on May 2."
        )
        summit = next(e for e in events if e.name == "12th Andean Summit")
        bilateral = next(e for e in events if e is not summit)
        assert [summit.id] == [link.target for link in bilateral.links]
        assert bilateral.when == summit.when

    def test_future_visit_without_date_is_planned(self) -> None:
        """'will visit' without a date is planned, with no date."""
        events = _events("Prime Minister Raul Vega will visit Argentina.")
        assert [(e.kind.value, e.status.value, e.when) for e in events] == [
            ("meeting", "planned", None)
        ]


class TestAgreements:
    def test_signed_treaty_in_a_year(self) -> None:
        """'signed a bilateral extradition treaty in 2019' is an agreement dated 2019."""
        events = _events("Peru and Chile signed a bilateral extradition treaty in 2019.")
        agreement = events[0]
        assert isinstance(agreement, Agreement)
        assert (
            agreement.kind.value,
            agreement.status.value,
            agreement.when.format_iso() if agreement.when else None,
        ) == ("agreement", "occurred", "2019")
        assert {"pe", "cl"} <= set(agreement.participants)

    def test_convention_with_a_year(self) -> None:
        """'the 1961 Vienna Convention on Diplomatic Relations' is dated 1961."""
        events = _events("Both invoked the 1961 Vienna Convention on Diplomatic Relations.")
        assert [_summary(e) for e in events] == [
            ("agreement", "Vienna Convention on Diplomatic Relations", "occurred", "1961")
        ]

    def test_anniversary_dates_the_establishment(self) -> None:
        """An anniversary span after a partnership dates its establishment."""
        events = _events(
            "On the tenth anniversary of the establishment of the Andean Strategic Partnership "
            "(May 2, 2021 - May 2, 2031), ministers met.",
        )
        agreement = next(e for e in events if isinstance(e, Agreement))
        assert (agreement.when.format_iso() if agreement.when else None) == "2021-05-02"

    def test_adopted_at_the_summit_takes_its_date(self) -> None:
        """A joint statement adopted at a dated summit takes the summit's date."""
        events = _events(
            "Leaders attended the 12th Andean Summit on May 2. At the conclusion of the Summit, "
            "leaders adopted a Joint Statement on Water Security."
        )
        statement = next(e for e in events if isinstance(e, Agreement))
        assert (statement.when.format_iso() if statement.when else None) == "2031-05-02"


class TestInitiatives:
    def test_acronym_defines_an_initiative(self) -> None:
        """A capitalised concept defined with an acronym is an initiative; later uses merge."""
        events = _events(
            "Japan backs the Andean Clean Water Community (ACWC). The ACWC initiative grew."
        )
        assert [_summary(e) for e in events] == [
            ("initiative", "Andean Clean Water Community", "mentioned", None)
        ]

    def test_period_in_brackets(self) -> None:
        """'Work Plan III (2032-2036)' covers 2032 to 2036 and is planned."""
        events = _events("Ministers backed the Andean Integration Work Plan Phase 3 (2032-2036).")
        plan = events[0]
        assert isinstance(plan, Initiative)
        assert (
            plan.status.value,
            plan.period.format_iso() if plan.period else None,
        ) == ("planned", "2032/2036")

    def test_launch_during_a_dated_event(self) -> None:
        """A project launched during a dated event takes the event's span."""
        events = _events(
            "During Andean Innovation Week (April 1-3), Peru launched the “CondorTech” project."
        )
        project = next(e for e in events if isinstance(e, Initiative))
        assert (
            project.status.value,
            project.when.format_iso() if project.when else None,
        ) == ("occurred", "2031-04-01/2031-04-03")

    @pytest.mark.parametrize(
        "text",
        [
            "Gross Domestic Product (GDP) rose.",
            "The Asian Development Bank (ADB) lent more.",
            "Leaders discussed digital transformation (DX).",
        ],
    )
    def test_acronyms_that_are_not_events(self, text: str) -> None:
        """Common terms, organisations and lower-case terms with acronyms are no events."""
        assert _events(text) == ()


def test_undated_past_event_is_mentioned() -> None:
    """An event that happened but has no date in the text is 'mentioned'."""
    events = _events("Defence Minister Raul Vega has visited Bolivia.")
    assert [e.status for e in events] == [Status.MENTIONED]


_ARTICLES = sorted(
    [
        *(Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"),
        *(Path(__file__).resolve().parents[1] / "golden").glob("*.txt"),
        *(Path(__file__).resolve().parent / "data").glob("*.txt"),
    ]
)


@pytest.mark.parametrize("path", _ARTICLES, ids=lambda path: path.stem)
def test_frame_triggers_lose_no_match(path: Path) -> None:
    """Running a frame only in the sentences that hold a trigger finds what a scan of the
    whole text finds inside each sentence (the triggers of events.toml are complete)."""
    text = path.read_text(encoding="utf-8")
    cues = load_cues()
    sentences = split_sentences(text)
    index = FrameIndex(text, [(s.start, s.end) for s in sentences], cues)
    for name in cues.triggers:
        everywhere = [m.span() for m in cues.frames[name].finditer(text)]
        for sentence in sentences:
            expected = [
                span for span in everywhere if sentence.start <= span[0] and span[1] <= sentence.end
            ]
            found = [m.span() for m in index.matches(name, sentence.index)]
            assert expected == found, (name, sentence.text)


def test_frame_triggers_gate_sentences() -> None:
    """A sentence without any trigger of a frame is not scanned for it."""
    text = "Peru and Chile signed a treaty. Nothing else happened."
    index = FrameIndex(text, [(0, 31), (32, 54)], load_cues())
    assert index.holding(load_cues().triggers["sign"]) == frozenset({0})


def test_sentences_with_abbreviations() -> None:
    """Initials and titles ("Mr.", "U.S.", "H.E.") do not end a sentence; line breaks do."""
    text = "H.E. Mr. A. Ortega met U.S. envoys. They left!\n\nPhoto: Lima"
    assert [s.text for s in split_sentences(text)] == [
        "H.E. Mr. A. Ortega met U.S. envoys.",
        "They left!",
        "Photo: Lima",
    ]


class TestSharedWork:
    """The indexes that let each reader ask its questions without scanning the document."""

    def test_head_word_gate(self) -> None:
        """Only sentences with a head word as a whole token are read for names.

        ASCII sentences are decided by the last words of the heads; a sentence with other
        letters falls back to the head stems, since its words may fold into a head word.
        """
        from diplotimeline.extract._event_context import Context

        text = (
            "Ministers met in Lima. The Lima Summit opened. Summitry is an art. "
            "Hà Nội hosted the Forum. Thủ tướng spoke."
        )
        ctx = Context.build(text, document_id="d")
        assert [ctx.may_name_events(s) for s in ctx.sentences] == [False, True, False, True, False]

    def test_head_word_pattern_matches_whole_tokens(self) -> None:
        """The gate's pattern finds "summit" as a token, not inside "summitry" or "presummit".

        It may find a head word inside a longer token ("2025summit"): the gate only has to
        let through every sentence that names an event.
        """
        from diplotimeline.extract._event_cues import head_word_pattern

        pattern = head_word_pattern(load_cues())
        found = [bool(pattern.search(s)) for s in ("the summit.", "summitry", "presummit", "mou")]
        assert found == [True, False, False, True]

    def test_quoted_names_are_looked_up_in_order(self) -> None:
        """A token inside a quoted name (or its opening quote) finds it; others find none."""
        from diplotimeline.extract._event_name_parts import NameParts
        from diplotimeline.extract._event_quoted import QuotedNames

        def parts(start: int, end: int) -> NameParts:
            return NameParts(
                start=start, end=end, name="x", kind="meeting", form="summit", core="x", head="x"
            )

        first, second = parts(10, 20), parts(30, 40)
        names = QuotedNames([first, second])
        assert [names.holding(p) for p in (5, 9, 19, 20, 29, 39, 40)] == [
            None,
            first,
            first,
            None,
            second,
            second,
            None,
        ]

    def test_long_capitalised_run_is_cut(self) -> None:
        """A run of capitalised words stops after MAX_RUN tokens; names after it still read."""
        from diplotimeline.extract._event_context import Context
        from diplotimeline.extract._event_names import MAX_RUN, _run_end

        text = "Alpha Beta " * 100 + "met. Leaders attended the Lima Summit."
        ctx = Context.build(text, document_id="d")
        tokens = ctx.tokens_of(ctx.sentences[0])
        assert _run_end(ctx, tokens, 0) == MAX_RUN
        assert [e.name for e in _events(text)] == ["Lima Summit"]

    def test_many_quoted_names_keep_one_evidence_per_place(self) -> None:
        """A name quoted 500 times is one event with 500 evidence spans, in text order."""
        events = _events('Both sides held the "Lima Talks" again. ' * 500)
        assert len(events) == 1
        starts = [item.start for item in events[0].evidence]
        assert len(starts) == 500
        assert starts == sorted(starts)

    def test_context_look_ups(self) -> None:
        """First mentions, overlapping dates and word look-ups answer as a scan would."""
        from diplotimeline.extract._event_context import Context
        from diplotimeline.extract.actors import analyze_actors
        from diplotimeline.extract.temporal import tag

        text = "Ortega will visit Chile on May 9. Peru and Chile met. It was chaired by Chile."
        actors = analyze_actors(text, document_id="d").mentions
        ctx = Context.build(
            text, document_id="d", actors=actors, temporal=tag(text, PartialDate(2031, 5, 2))
        )
        chile = next(m for m in actors if m.text == "Chile")
        assert ctx.first_mention(chile.actor_id) is chile
        assert ctx.first_mention(None) is None
        assert [m.text for m in ctx.temporal_overlapping(30, 40)] == ["May 9"]
        assert ctx.temporal_overlapping(0, 20) == []
        assert [ctx.may_hold(s, "by") for s in ctx.sentences] == [False, False, True]

    def test_frames_are_scanned_once(self) -> None:
        """Asking twice for a frame in a sentence gives the same match objects."""
        from diplotimeline.extract._event_context import Context, iter_frames

        ctx = Context.build("Peru and Chile signed a treaty.", document_id="d")
        first = list(iter_frames(ctx, "sign", ctx.sentences[0]))
        again = list(iter_frames(ctx, "sign", ctx.sentences[0]))
        assert len(first) == 1
        assert all(a is b for a, b in zip(first, again, strict=True))

    def test_first_visit_from(self) -> None:
        """A meeting "during his visit" belongs to the visit read after it in the sentence."""
        events = _events(
            "Peruvian President Ana Ortega met Chilean President Luis Soto in Santiago "
            "during her official visit to Chile on May 2."
        )
        kinds = {e.form.value: e for e in events if isinstance(e, Meeting)}
        assert "visit" in kinds
        assert "bilateral-meeting" in kinds
        assert [link.target for link in kinds["bilateral-meeting"].links] == [kinds["visit"].id]


class TestWireFrames:
    """Frames common in wire copy and press releases, on sentences written for the tests."""

    def test_plural_agreements_with_a_listed_topic(self) -> None:
        """'signed agreements on A, B and C on Friday' is one dated agreement with its topic."""
        events = _events(
            "Peruvian President Ana Ortega and Chilean President Luis Vidal signed agreements "
            "on mining, fisheries and tourism on Friday."
        )
        assert [_summary(e) for e in events] == [
            ("agreement", "agreements on mining, fisheries and tourism", "occurred", "2031-05-02")
        ]

    def test_topic_stops_before_a_reporting_clause_and_a_date(self) -> None:
        """A topic keeps no ', officials said' and no date; 'a memorandum on Tuesday' has none."""
        first = _events("Peru and Chile signed a memorandum on water, officials said.")
        second = _events("Peru and Chile signed a memorandum on Tuesday.")
        assert [e.name for e in first] == ["memorandum on water"]
        assert [_summary(e) for e in second] == [
            ("agreement", "memorandum", "occurred", "2031-04-29")
        ]

    def test_numbered_agreements_and_the_signing_of(self) -> None:
        """'signed 12 agreements' and 'witnessed the signing of a memorandum on X'."""
        numbered = _events("The two governments signed 12 agreements.")
        signing = _events(
            "Trade Minister Ana Ortega witnessed the signing of a memorandum on halal products."
        )
        assert [e.name for e in numbered] == ["12 agreements"]
        assert [e.name for e in signing] == ["memorandum on halal products"]

    def test_talks_with_a_date_before_with(self) -> None:
        """'holding talks on Wednesday with X' is a meeting of the subject and X."""
        events = _events(
            "Peruvian President Ana Ortega arrived in Santiago, holding talks on Wednesday "
            "with Chilean President Luis Vidal on trade."
        )
        meeting = next(e for e in events if e.form.value == "bilateral-meeting")
        assert set(meeting.participants) == {"ortega-ana", "vidal-luis"}
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-04-30"

    def test_coordinated_subject_holds_talks(self) -> None:
        """'X and his counterpart, Y, held a separate meeting': a meeting of X and Y."""
        events = _events(
            "Peruvian Foreign Minister Ana Ortega and her Chilean counterpart, Luis Vidal, "
            "held a separate meeting."
        )
        assert [(e.form.value, set(e.participants)) for e in events] == [
            ("bilateral-meeting", {"ortega-ana", "vidal-luis"})
        ]

    def test_no_joint_talks_without_coordination(self) -> None:
        """Two persons not joined by 'and' do not make a meeting of their own."""
        events = _events(
            "Peruvian Foreign Minister Ana Ortega thanked Luis Vidal. The ministries held talks."
        )
        assert [e for e in events if e.form.value == "bilateral-meeting"] == []

    def test_met_a_described_person(self) -> None:
        """'met the kingdom's finance minister, NAME,' is a meeting with NAME."""
        events = _events(
            "Peruvian President Ana Ortega later met the kingdom's finance minister, "
            "Luis Vidal, to discuss investment."
        )
        assert [set(e.participants) for e in events] == [{"ortega-ana", "vidal-luis"}]

    def test_visit_without_destination_goes_to_the_dateline_place(self) -> None:
        """'X, who is on a three-day official visit,' under a 'LIMA, May 4 (Reuters) -' dateline."""
        events = _events(
            "LIMA, May 4 (Reuters) - Chile's President Luis Vidal, who is on a three-day "
            "official visit, met Peruvian President Ana Ortega on Monday."
        )
        visit = next(e for e in events if e.form.value == "visit")
        assert (visit.name, visit.location) == ("Visit of Luis Vidal to Lima", "Lima")
        assert "pe" in visit.participants

    def test_no_dateline_no_destination(self) -> None:
        """Without a dateline a visit with no destination is not invented."""
        events = _events("Chile's President Luis Vidal, on a three-day official visit, spoke.")
        assert [e for e in events if e.form.value == "visit"] == []

    def test_first_meeting_of_a_body(self) -> None:
        """'chaired the first meeting of the Andean Joint Commission': a meeting of that body."""
        events = _events(
            "Peruvian President Ana Ortega and Chilean President Luis Vidal chaired the first "
            "meeting of the Andean Joint Commission on May 2."
        )
        meeting = next(e for e in events if e.kind.value == "meeting")
        assert meeting.name == "First meeting of the Andean Joint Commission"
        assert {"ortega-ana", "vidal-luis"} <= set(meeting.participants)
        assert meeting.when is not None
        assert meeting.when.format_iso() == "2031-05-02"

    def test_year_premodifying_a_noun_dates_only_that_noun(self) -> None:
        """'after the 2013 overthrow ..., signed 17 agreements': the agreements are undated."""
        events = _events("The two leaders, long at odds after the 2013 coup, signed 17 agreements.")
        assert [_summary(e) for e in events] == [("agreement", "17 agreements", "mentioned", None)]

    def test_topic_may_start_with_the(self) -> None:
        """'a memorandum on the digital economy' keeps its topic; 'on the sidelines' is none."""
        topic = _events("Peru and Chile signed a memorandum on the digital economy.")
        sidelines = _events("Peru and Chile signed a memorandum on the sidelines of the forum.")
        assert [e.name for e in topic] == ["memorandum on the digital economy"]
        assert [e.name for e in sidelines if e.kind.value == "agreement"] == ["memorandum"]

    def test_visit_of_the_sentence_is_not_read_twice(self) -> None:
        """'arrived in Chile on Tuesday for a two-day official visit' is one two-day visit."""
        events = _events(
            "SANTIAGO, May 4 (Reuters) - Peruvian President Ana Ortega arrived in Chile on "
            "Tuesday for a two-day official visit."
        )
        assert [(e.form.value, e.when.format_iso() if e.when else None) for e in events] == [
            ("visit", "2031-04-29/2031-04-30")
        ]

    def test_named_meeting_ends_before_with_a_person(self) -> None:
        """A named meeting 'with Vice Minister X' ends before 'with'."""
        events = _events(
            "Peruvian Vice Minister Ana Ortega held the 3rd Andean Strategic Dialogue with "
            "Chilean Vice Minister Luis Vidal on May 2 in Lima."
        )
        meeting = events[0]
        assert _summary(meeting) == (
            "meeting",
            "3rd Andean Strategic Dialogue",
            "occurred",
            "2031-05-02",
        )
        assert {"ortega-ana", "vidal-luis"} <= set(meeting.participants)

    def test_named_meeting_keeps_with_a_country(self) -> None:
        """'the Andean Ministerial Conference with Japan' keeps 'with Japan' in its name."""
        events = _events("Ministers attended the Andean Ministerial Conference with Japan.")
        assert [e.name for e in events] == ["Andean Ministerial Conference with Japan"]

    def test_planned_meeting_between_two_persons(self) -> None:
        """'preparations for the meeting between President X and President Y' is planned."""
        events = _events(
            "The ministers discussed preparations for the meeting between President Ana Ortega "
            "and President Luis Vidal."
        )
        assert [(e.status.value, set(e.participants)) for e in events] == [
            ("planned", {"ortega-ana", "vidal-luis"})
        ]

    def test_visit_by_a_person_after_the_place(self) -> None:
        """'a visit to Chile by Foreign Minister X next year': X is the visitor."""
        events = _events(
            "President Ana Ortega welcomed plans for a visit to Chile by Peruvian Foreign "
            "Minister Luis Vidal next year."
        )
        visit = next(e for e in events if e.form.value == "visit")
        assert (visit.name, visit.status.value) == ("Visit of Luis Vidal to Chile", "planned")

    def test_met_a_person_described_with_a_remit(self) -> None:
        """'hosted the EU's High Representative for Foreign Affairs, NAME,' is a meeting."""
        events = _events(
            "Peruvian President Ana Ortega hosted the EU's High Representative for Foreign "
            "Affairs and Security Policy, Luis Vidal, in Lima on May 2."
        )
        assert [(e.name, e.when.format_iso() if e.when else None) for e in events] == [
            ("Meeting of Ana Ortega and Luis Vidal", "2031-05-02")
        ]

    def test_event_names_use_the_full_name_of_a_person(self) -> None:
        """A later 'Ortega met ...' names the meeting with the name first given."""
        events = _events(
            "Peruvian President Ana Ortega arrived on Sunday. Ortega met Chilean President "
            "Luis Vidal on Monday."
        )
        assert [e.name for e in events] == ["Meeting of Ana Ortega and Luis Vidal"]

    def test_an_organisations_summit_in_lower_case(self) -> None:
        """'the G20 summit', 'the APEC summit': meetings named by their organisation."""
        events = _events(
            "Peruvian President Ana Ortega attended the G20 summit on Monday. Chile will host "
            "the APEC summit in November."
        )
        assert [_summary(e) for e in events] == [
            ("meeting", "G20 summit", "occurred", "2031-04-28"),
            ("meeting", "APEC summit", "planned", "2031-11"),
        ]

    def test_no_initiative_named_by_a_bare_country(self) -> None:
        """'a Japan fund' is not an initiative's name."""
        assert _events("Peru welcomed a Japan fund.") == ()

    def test_travel_verbs_make_visits(self) -> None:
        """'will travel to Peru next week', 'flew to Santiago on Monday' are visits."""
        events = _events(
            "Chilean Foreign Minister Luis Vidal will travel to Peru next week. Peruvian "
            "President Ana Ortega flew to Santiago on Monday."
        )
        assert [(e.name, e.status.value) for e in events] == [
            ("Visit of Luis Vidal to Peru", "planned"),
            ("Visit of Ana Ortega to Santiago", "occurred"),
        ]

    def test_no_visit_of_tourists(self) -> None:
        """'tourists travelled to Peru' is no visit: no person travels."""
        assert _events("Ten thousand tourists travelled to Peru last year.") == ()

    def test_fronted_telephone_conversation(self) -> None:
        """'In a telephone conversation with X on Monday, Y ...': one call of X and Y."""
        events = _events(
            "In a telephone conversation with Chilean President Luis Vidal on May 2, "
            "Peruvian President Ana Ortega discussed trade."
        )
        assert [(set(e.participants), e.when.format_iso() if e.when else None) for e in events] == [
            ({"ortega-ana", "vidal-luis"}, "2031-05-02")
        ]

    def test_upgrade_to_an_unnamed_partnership(self) -> None:
        """'elevated their ties to a strategic partnership in 2019' is that partnership."""
        events = _events("Peru and Chile elevated their ties to a strategic partnership in 2019.")
        assert [_summary(e) for e in events] == [
            ("agreement", "strategic partnership", "occurred", "2019")
        ]

    def test_negotiations_do_not_date_the_agreement(self) -> None:
        """'launched negotiations on a free trade agreement in 2024': undated, a trade agreement."""
        events = _events("Peru and Chile launched negotiations on a free trade agreement in 2024.")
        assert [(e.name, e.form.value, e.when) for e in events] == [
            ("free trade agreement", "trade-agreement", None)
        ]
        planned = _events("Peru and Chile will negotiate a free trade agreement next year.")
        assert [e.status.value for e in planned] == ["planned"]

    def test_entry_into_force_dates_a_named_agreement(self) -> None:
        """'The Andean Free Trade Agreement entered into force on January 1, 2025'."""
        events = _events("The Andean Free Trade Agreement entered into force on January 1, 2025.")
        assert [_summary(e) for e in events] == [
            ("agreement", "Andean Free Trade Agreement", "occurred", "2025-01-01")
        ]

    def test_two_modifiers_joined_by_and_before_a_head(self) -> None:
        """'the Belt and Road Initiative' is one name; 'Lima and the Andean Summit' is not."""
        events = _events(
            "Under the Belt and Road Initiative, ports were built. Ministers met in Lima and "
            "the Andean Summit followed."
        )
        assert [e.name for e in events] == ["Belt and Road Initiative", "Andean Summit"]


class TestOccasion:
    """What an article reports as done at its occasion takes the occasion's day."""

    def test_agreements_signed_after_dated_talks_take_their_day(self) -> None:
        """'held talks ... on Monday. The two presidents signed a memorandum on water.'"""
        events = _events(
            "Peruvian President Ana Ortega held talks with Chilean President Luis Vidal in Lima "
            "on April 28. The two presidents signed a memorandum on water. Following the talks, "
            "the leaders opened the Andean Business Forum."
        )
        assert [_summary(e)[1:] for e in events] == [
            ("Meeting of Ana Ortega and Luis Vidal", "occurred", "2031-04-28"),
            ("memorandum on water", "occurred", "2031-04-28"),
            ("Andean Business Forum", "occurred", "2031-04-28"),
        ]

    def test_background_sentences_keep_no_date(self) -> None:
        """A sentence that looks back ('had signed', 'since') does not take the occasion's day."""
        events = _events(
            "Peruvian President Ana Ortega held talks with Chilean President Luis Vidal in Lima "
            "on April 28. The two countries had signed a memorandum on water."
        )
        assert [_summary(e)[1:] for e in events][1] == ("memorandum on water", "mentioned", None)

    def test_a_wire_lead_dates_the_occasion(self) -> None:
        """'LIMA, May 4 (AFP) - ... on Sunday ...' dates the meeting the next sentence names."""
        events = _events(
            "LIMA, May 4 (AFP) - Andean ministers on Sunday launched a regional fund. Ministers "
            "met in Lima for the 9th Andean Ministerial Meeting."
        )
        meeting = next(e for e in events if e.kind.value == "meeting")
        assert _summary(meeting) == (
            "meeting",
            "9th Andean Ministerial Meeting",
            "occurred",
            "2031-05-04",
        )

    def test_the_two_heads_of_state_are_the_articles_first_two_persons(self) -> None:
        """'the two Heads of State held bilateral talks': the pair named first."""
        events = _events(
            "Peruvian President Ana Ortega welcomed Chilean President Luis Vidal. He was met by "
            "Foreign Minister Rosa Campos. On May 2, at 10:00 a.m. Peru Time, the two Heads of "
            "State held bilateral talks."
        )
        talks = next(e for e in events if e.form.value == "bilateral-meeting")
        assert set(talks.participants) == {"ortega-ana", "vidal-luis"}
        assert talks.when is not None
        # The day with its clock time ("Peru Time" is no zone the gazetteer knows: no offset).
        assert talks.when.format_iso() == "2031-05-02T10:00"


def test_a_m_before_a_time_zone_does_not_end_a_sentence() -> None:
    """'at 10:00 a.m. East Africa Time, the two met' is one sentence; '9 a.m. The' is two."""
    texts = [
        s.text
        for s in split_sentences(
            "At 10:00 a.m. East Africa Time, they met. He came at 9 a.m. The end."
        )
    ]
    assert texts == ["At 10:00 a.m. East Africa Time, they met.", "He came at 9 a.m.", "The end."]


class TestStandingBodies:
    """Sessions of commissions, committees and councils, and diplomatic relations."""

    def test_sessions_of_a_body_by_name_and_by_reference(self) -> None:
        """'the third session of the X Commission ... The second session was held in 2016'."""
        events = _events(
            "The ministers agreed to convene the third session of the Andean Joint Permanent "
            "Commission in Lima next year. The second session was held in Quito in 2016."
        )
        assert [(e.name, e.status.value, e.location) for e in events] == [
            ("Third session of the Andean Joint Permanent Commission", "planned", "Lima"),
            ("Second session of the Andean Joint Permanent Commission", "occurred", "Quito"),
        ]

    def test_a_new_body_and_its_previous_meeting(self) -> None:
        """'the first meeting of a new X Committee ... The previous meeting took place ...'."""
        events = _events(
            "Peru and Chile will hold the first meeting of a new Andean Security Committee in "
            "Lima in October. The previous meeting took place in Arica in December 2018."
        )
        assert [_summary(e) for e in events] == [
            ("meeting", "First meeting of the Andean Security Committee", "planned", "2031-10"),
            ("meeting", "Previous meeting of the Andean Security Committee", "occurred", "2018-12"),
        ]

    def test_no_session_without_a_body(self) -> None:
        """'The next meeting will take place in Lima' names no body: no event."""
        assert _events("The next meeting will take place in Lima.") == ()

    def test_established_diplomatic_relations(self) -> None:
        """'Kenya and Chile established diplomatic relations in 1966' is an agreement."""
        events = _events("Kenya and Chile established diplomatic relations in 1966.")
        assert [_summary(e) for e in events] == [
            (
                "agreement",
                "Establishment of diplomatic relations between Kenya and Chile",
                "occurred",
                "1966",
            )
        ]

    def test_relations_referred_to_take_the_articles_countries(self) -> None:
        """'since the establishment of diplomatic relations in 1966' between the two countries."""
        events = _events(
            "Peru and Chile reviewed cooperation since the establishment of diplomatic "
            "relations in 1966."
        )
        assert [set(e.participants) for e in events] == [{"pe", "cl"}]


class TestVisitSpans:
    def test_a_return_visit_by_a_person_to_a_place(self) -> None:
        """'a return visit by President X to Chile next year' is X's planned visit."""
        events = _events(
            "Peruvian President Ana Ortega welcomed plans for a return visit by President Luis "
            "Vidal to Chile next year."
        )
        assert [_summary(e) for e in events] == [
            ("meeting", "Visit of Luis Vidal to Chile", "planned", "2032")
        ]

    def test_an_adverb_between_will_and_visit(self) -> None:
        """'will tomorrow visit Chile' is a visit the next day."""
        events = _events("President Ana Ortega will tomorrow visit Chile.")
        assert [_summary(e)[2:] for e in events] == [("planned", "2031-05-05")]

    def test_n_day_visit_from_its_arrival_or_to_its_end(self) -> None:
        """'arrived on Friday for a four-day visit' spans four days; 'concluded' ends one."""
        arrived = _events(
            "LIMA, May 4 (AFP) - Chilean President Luis Vidal arrived in Lima on Friday for a "
            "four-day visit."
        )
        concluded = _events(
            "Peruvian President Ana Ortega concluded a three-day visit to Chile on Friday."
        )
        assert [_summary(e)[3] for e in arrived] == ["2031-05-02/2031-05-05"]
        assert [_summary(e)[3] for e in concluded] == ["2031-04-30/2031-05-02"]

    def test_the_same_day_counts_from_the_last_day_named(self) -> None:
        """'on May 2 ... on the same day' is May 2, not the publication date."""
        events = _events(
            "Peruvian President Ana Ortega held talks with Chilean President Luis Vidal on "
            "May 2. The two leaders opened the Andean Business Forum on the same day."
        )
        assert [_summary(e)[3] for e in events] == ["2031-05-02", "2031-05-02"]


class TestPeriods:
    def test_periods_and_dates_after_a_name(self) -> None:
        """'for 2024-2026', 'covering 2027 to 2031', 'of 2023', ', announced in 2023'."""
        events = _events(
            "Peru adopted the Andean Cultural Exchange Programme for 2024-2026. Chile set up the "
            "Andean Facility covering 2027 to 2031. Both cited the Lima Partnership of 2023 and "
            "the Andean Lithium Strategy, announced in 2022."
        )
        assert [(e.name, e.when.format_iso() if e.when else None) for e in events] == [
            ("Andean Cultural Exchange Programme", "2024/2026"),
            ("Andean Facility", "2027/2031"),
            ("Lima Partnership", "2023"),
            ("Andean Lithium Strategy", "2022"),
        ]

    def test_a_target_year_in_a_name_is_no_date(self) -> None:
        """'the 2050 Strategy for the Andes', written in 2031, is not dated 2050."""
        events = _events("Peru backed the 2050 Strategy for the Andes.")
        assert [e.when for e in events] == [None]


class TestMoreFrames:
    def test_generic_partnership_as_the_new_level(self) -> None:
        """'elevated ties to a Comprehensive Strategic Partnership in 2023' is that upgrade."""
        events = _events(
            "Peru and Chile elevated ties to a Comprehensive Strategic Partnership in 2023."
        )
        assert [_summary(e) for e in events] == [
            ("agreement", "Comprehensive Strategic Partnership", "occurred", "2023")
        ]

    def test_two_agreements_signed_in_one_phrase(self) -> None:
        """'signed an air services agreement and a memorandum of understanding on fisheries'."""
        events = _events(
            "Peru and Chile signed an air services agreement and a memorandum of understanding "
            "on fisheries on May 2."
        )
        assert [_summary(e) for e in events] == [
            ("agreement", "air services agreement", "occurred", "2031-05-02"),
            ("agreement", "memorandum of understanding on fisheries", "occurred", "2031-05-02"),
        ]

    def test_no_agreement_named_from_a_preposition(self) -> None:
        """'signed off on three agreements' names no agreement 'off on three agreements'."""
        events = _events("Ortega and Vidal signed off on three agreements.")
        assert [e.name for e in events if e.name.startswith("off")] == []

    def test_the_source_of_a_quote_is_no_counterpart(self) -> None:
        """'will hold talks with X ..., Foreign Minister Y told reporters': no talks with Y."""
        events = _events(
            "Chilean President Luis Vidal will hold talks with Peruvian President Ana Ortega in "
            "Lima on May 8, Foreign Minister Rosa Campos told reporters."
        )
        assert [set(e.participants) for e in events] == [{"vidal-luis", "ortega-ana"}]

    def test_the_presidents_met(self) -> None:
        """'The presidents met ... in Lima': the article's first two persons."""
        events = _events(
            "Peruvian President Ana Ortega thanked Chilean President Luis Vidal. The presidents "
            "met for the first time in March last year in Lima."
        )
        assert [(set(e.participants), _summary(e)[3]) for e in events] == [
            ({"ortega-ana", "vidal-luis"}, "2030-03")
        ]

    def test_heads_of_trade_areas_routes_and_platforms(self) -> None:
        """A Free Trade Area is a trade agreement; a Transport Route a project; a Business
        Platform a forum."""
        events = _events(
            "Peru joined the Andean Free Trade Area. The Trans-Andean Transport Route opened. "
            "Chile hosted the Andean Business Platform."
        )
        assert [(e.kind.value, e.form.value) for e in events] == [
            ("agreement", "trade-agreement"),
            ("initiative", "project"),
            ("meeting", "forum"),
        ]

    def test_items_of_a_signing_list_take_the_occasion(self) -> None:
        """'witnessed the signing of the following instruments:' then '(a) ...', '(b) ...'."""
        events = _events(
            "Peruvian President Ana Ortega held talks with Chilean President Luis Vidal in Lima "
            "on May 2.\nFollowing the talks, the two Presidents witnessed the signing of the "
            "following instruments:\n (a) Memorandum of Understanding on Geothermal Energy;\n"
            " (b) Agreement on the Waiver of Visa Requirements.\n"
        )
        assert [_summary(e)[3] for e in events] == ["2031-05-02"] * 3

    def test_a_title_instrument_is_of_the_documents_day(self) -> None:
        """A joint statement that is the document's title line is of the published day."""
        events = _events(
            "Joint Statement on the Andean Strategic Partnership\n\nLima, 4 May 2031\n\n"
            "The leaders reaffirmed their friendship."
        )
        assert _summary(events[0]) == (
            "agreement",
            "Joint Statement on the Andean Strategic Partnership",
            "occurred",
            "2031-05-04",
        )

    def test_one_word_of_a_headed_piece(self) -> None:
        """'the Ocean of Peace Declaration' is one name, not 'Peace Declaration'."""
        assert [e.name for e in _events("Leaders backed the Ocean of Peace Declaration.")] == [
            "Ocean of Peace Declaration"
        ]

    def test_annual_meetings_are_a_series(self) -> None:
        """'will hold annual Leaders' Meetings' is no event; 'The next Leaders' Meeting' is."""
        events = _events(
            "The Prime Ministers will hold annual Leaders' Meetings. The next Leaders' Meeting "
            "will take place in Lima in 2032."
        )
        assert [_summary(e) for e in events] == [("meeting", "Leaders' Meeting", "planned", "2032")]

    def test_no_person_inside_an_organisation_name(self) -> None:
        """'on the sidelines of the United Nations General Assembly': no counterpart 'Assembly'."""
        events = _events(
            "Chilean Foreign Minister Luis Vidal met Peruvian Foreign Minister Ana Ortega on the "
            "sidelines of the United Nations General Assembly in September."
        )
        assert [(set(e.participants), _summary(e)[2:]) for e in events] == [
            ({"vidal-luis", "ortega-ana"}, ("occurred", "2030-09"))
        ]

    def test_a_modal_far_before_the_date_makes_it_future(self) -> None:
        """'will hold the first meeting of a new Andean Security Committee in Lima in October'."""
        events = _events(
            "Peru and Chile will hold the first meeting of a new Andean Security Committee in "
            "Lima in October."
        )
        assert [_summary(e)[2:] for e in events] == [("planned", "2031-10")]

    def test_the_presidents_must_be_presidents(self) -> None:
        """'The presidents met' does not name the first two persons if they are no presidents."""
        events = _events(
            "Deputy Foreign Minister Ana Ortega spoke to reporter Luis Vidal. The presidents "
            "met for the first time in March last year in Lima."
        )
        assert [e for e in events if e.form.value == "bilateral-meeting"] == []


def test_courtesy_and_military_titles_do_not_end_a_sentence() -> None:
    """'Hon. Peter Owino', 'Gen. Ali', 'Amb. Ito' stay inside their sentence."""
    texts = [
        s.text for s in split_sentences("He met Hon. Peter Owino and Gen. Ali. Then Amb. Ito left.")
    ]
    assert texts == ["He met Hon. Peter Owino and Gen. Ali.", "Then Amb. Ito left."]


def test_called_on_a_described_person() -> None:
    """'called on the Prime Minister of Peru, NAME, on 2 May' is a meeting with NAME."""
    events = _events(
        "Foreign Minister Luis Vidal called on the Prime Minister of Peru, Ana Ortega, on 2 May."
    )
    assert [(set(e.participants), _summary(e)[3]) for e in events] == [
        ({"vidal-luis", "ortega-ana"}, "2031-05-02")
    ]
