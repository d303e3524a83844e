"""Session 6's merge rules: long general names, and topic-framing words that are not telling."""

from __future__ import annotations

from diplotimeline.model import Agreement, AgreementForm, Initiative, InitiativeForm, Meeting
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, Timeline, compare


def _mention(document: str, event: Agreement | Initiative | Meeting) -> Mention:
    return Mention(event, Origin(document, PartialDate(2031, 3)))


def _framework(
    event_id: str, name: str, when: str | None, parties: tuple[str, ...] = ()
) -> Agreement:
    return Agreement(
        id=event_id,
        name=name,
        form=AgreementForm.OTHER,
        when=None if when is None else DateSpan.parse_iso(when),
        participants=parties,
    )


def test_equal_long_general_names_of_one_year_merge() -> None:
    """Two articles recalling "a framework agreement on economic cooperation" of 2009."""
    first = _mention(
        "d1", _framework("e1", "Framework Agreement on Economic Cooperation", "2009", ("eac",))
    )
    second = _mention("d2", _framework("e4", "framework agreement on economic cooperation", "2009"))
    decision = compare(first, second)
    assert decision is not None
    assert decision.evidence[0] == "same long general name"
    assert len(Timeline.from_mentions([first, second])) == 1


def test_long_general_names_of_other_years_or_parties_stay_apart() -> None:
    name = "Framework Agreement on Economic Cooperation"
    first = _mention("d1", _framework("e1", name, "2009", ("eac", "ma")))
    assert compare(first, _mention("d2", _framework("e2", name, "2014", ("eac", "ma")))) is None
    assert compare(first, _mention("d2", _framework("e2", name, "2009", ("eac", "tn")))) is None
    # Undated, a general name says nothing about which agreement it is.
    assert compare(first, _mention("d2", _framework("e2", name, None, ("eac", "ma")))) is None


def test_short_general_names_still_do_not_merge_on_dates() -> None:
    """ "Joint statement" has too few words to tell one text from another."""
    first = _mention("d1", _framework("e1", "Joint Statement", "2031-03-02"))
    second = _mention("d2", _framework("e2", "joint statement", "2031-03-02"))
    assert compare(first, second) is None


def test_long_general_meeting_names_do_not_merge() -> None:
    """Only agreements and initiatives: a meeting has its people and forms to tell."""
    first = _mention(
        "d1",
        Meeting(
            id="e1",
            name="Annual Bilateral Ministerial Dialogue Meeting",
            when=DateSpan.parse_iso("2031-03"),
        ),
    )
    second = _mention(
        "d2",
        Meeting(
            id="e2",
            name="annual bilateral ministerial dialogue meeting",
            when=DateSpan.parse_iso("2031-03"),
        ),
    )
    assert compare(first, second) is None


def test_in_the_field_of_is_not_a_telling_word() -> None:
    """A memorandum on cooperation "in the field of" a topic and its short form are one."""
    long_name = _mention(
        "d1",
        Agreement(
            id="e3",
            name="Memorandum of Understanding on Cooperation in the Field of Desalination",
            form=AgreementForm.MOU,
            when=DateSpan.parse_iso("2031-02-11"),
            participants=("jo", "cl"),
        ),
    )
    short_name = _mention(
        "d2",
        Agreement(
            id="e1",
            name="memorandum of understanding on desalination",
            form=AgreementForm.MOU,
            participants=("jo", "cl"),
        ),
    )
    assert len(Timeline.from_mentions([long_name, short_name])) == 1
    other_topic = _mention(
        "d2",
        Initiative(
            id="e2",
            name="Programme of Cooperation in the Field of Desalination Research",
            form=InitiativeForm.PROGRAMME,
        ),
    )
    assert compare(long_name, other_topic) is None  # another kind


def _session(
    event_id: str, name: str, when: str, parties: tuple[str, ...], ordinal: int | None = None
) -> Meeting:
    return Meeting(
        id=event_id,
        name=name,
        when=DateSpan.parse_iso(when),
        participants=parties,
        ordinal=ordinal,
    )


def _release_session() -> Mention:
    """A press release's "18th session of the Peru-Chile Joint Commission" on 2 March."""
    return _mention(
        "d1",
        _session(
            "e2",
            "18th session of the Peru-Chile Joint Commission",
            "2031-03-02",
            ("peru-chile-joint-commission",),
        ),
    )


def test_same_ordinal_session_of_a_body_and_its_short_form_merge() -> None:
    """ "18th session of the Peru-Chile Joint Commission" and "18th meeting of the Joint
    Commission" on the same day: one session (the body's id and its short form)."""
    release = _release_session()
    blog = _mention(
        "d2",
        _session("e7", "18th meeting of the Joint Commission", "2031-03-02", ("joint-commission",)),
    )
    decision = compare(release, blog)
    assert decision is not None
    assert "same ordinal 18" in decision.evidence
    assert len(Timeline.from_mentions([release, blog])) == 1


def test_same_ordinal_needs_close_days_and_the_same_body() -> None:
    release = _release_session()
    month = _mention(
        "d2",
        _session("e7", "18th meeting of the Joint Commission", "2031-03", ("joint-commission",)),
    )
    assert compare(release, month) is None  # a month is too vague for a weak wording
    other_body = _mention(
        "d2",
        _session(
            "e7",
            "18th meeting of the Joint Commission",
            "2031-03-02",
            ("ghana-togo-joint-commission",),
        ),
    )
    assert compare(release, other_body) is None  # each names a body the other lacks


def test_mou_inside_a_name_is_a_memorandum_of_understanding() -> None:
    """'solar energy MoU' (a live blog) and the memorandum's full title are one text."""
    title = _mention(
        "d1",
        Agreement(
            id="e7",
            name="Memorandum of Understanding on Cooperation in the Field of Solar Energy",
            form=AgreementForm.MOU,
            when=DateSpan.parse_iso("2031-03-05"),
        ),
    )
    blog = _mention(
        "d2",
        Agreement(
            id="e5",
            name="solar energy MoU",
            form=AgreementForm.MOU,
            when=DateSpan.parse_iso("2031-03-05"),
        ),
    )
    decision = compare(title, blog)
    assert decision is not None
    assert decision.score >= 0.6
    wind = _mention(
        "d2",
        Agreement(
            id="e6",
            name="wind energy MoU",
            form=AgreementForm.MOU,
            when=DateSpan.parse_iso("2031-03-05"),
        ),
    )
    assert len(Timeline.from_mentions([title, blog, wind])) == 2
