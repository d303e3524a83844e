"""Cross-document merging on invented multi-article cases: what must merge, what must not.

The articles are made up (other countries, other years than the seed articles); each case
is a set of documents whose events either describe one real-world event in different
words or dates, or are near-misses that a careless merge would join.
"""

from __future__ import annotations

from diplotimeline.model import (
    Actor,
    Agreement,
    AgreementForm,
    Country,
    Document,
    Event,
    Extraction,
    Initiative,
    InitiativeForm,
    Meeting,
    MeetingForm,
    Organization,
    Person,
    Status,
)
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Timeline

COUNTRIES = (
    Country(id="cl", name="Chile"),
    Country(id="nz", name="New Zealand"),
    Country(id="kr", name="Republic of Korea"),
    Country(id="ke", name="Kenya"),
    Country(id="de", name="Germany"),
)


def _doc(doc_id: str, published: str, *events: Event, actors: tuple[Actor, ...] = ()) -> Extraction:
    document = Document(id=doc_id, text="", published=PartialDate.parse_iso(published))
    return Extraction(document=document, actors=(*COUNTRIES, *actors), events=events)


def _when(text: str | None) -> DateSpan | None:
    return None if text is None else DateSpan.parse_iso(text)


def _agreement(
    name: str, when: str | None, form: AgreementForm, parties: tuple[str, ...], event: str = "e1"
) -> Agreement:
    return Agreement(
        id=event,
        name=name,
        form=form,
        when=_when(when),
        status=Status.MENTIONED if when is None else Status.OCCURRED,
        participants=parties,
    )


def _initiative(
    name: str, when: str | None, form: InitiativeForm, parties: tuple[str, ...], event: str = "e1"
) -> Initiative:
    return Initiative(
        id=event,
        name=name,
        form=form,
        when=_when(when),
        status=Status.MENTIONED if when is None else Status.OCCURRED,
        participants=parties,
    )


def _meeting(
    name: str,
    when: str | None,
    form: MeetingForm,
    participants: tuple[str, ...],
    status: Status = Status.OCCURRED,
    event: str = "e1",
) -> Meeting:
    return Meeting(
        id=event, name=name, form=form, when=_when(when), status=status, participants=participants
    )


def _entries_of(timeline: Timeline) -> dict[str, set[str]]:
    """Document id -> the entry ids of its mentions (one event per document here)."""
    found: dict[str, set[str]] = {}
    for entry in timeline:
        for mention in entry.mentions:
            found.setdefault(mention.document, set()).add(entry.id)
    return found


def _together(timeline: Timeline, *documents: str) -> bool:
    entries = _entries_of(timeline)
    return len(set.union(*(entries[d] for d in documents))) == 1


# ---------------------------------------------------------------------------------------
# Must merge


def test_undated_wording_variants_of_one_framework_merge() -> None:
    """Two undated mentions that word one framework differently ("cooperation framework")."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-03-02",
                _initiative("Andes-Korea cooperation", None, InitiativeForm.FRAMEWORK, ("kr",)),
            ),
            _doc(
                "b",
                "2031-05-20",
                _initiative(
                    "Korea–Andes cooperation framework", None, InitiativeForm.FRAMEWORK, ("kr",)
                ),
            ),
        ]
    )
    [entry] = timeline
    assert len(entry.mentions) == 2
    assert "one name's telling words within other's" in entry.reasons[0].evidence


def test_abbreviated_body_in_a_name_merges_with_the_long_form() -> None:
    """ "UN Convention against Corruption" is the "United Nations Convention ..." of 2003."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2030-12-09",
                _agreement(
                    "United Nations Convention against Corruption (UNCAC)",
                    "2003",
                    AgreementForm.CONVENTION,
                    (),
                ),
            ),
            _doc(
                "b",
                "2031-01-15",
                _agreement("UN Convention against Corruption", None, AgreementForm.CONVENTION, ()),
            ),
        ]
    )
    [entry] = timeline
    assert entry.when is not None
    assert entry.when.format_iso() == "2003"
    assert entry.reasons[0].evidence[0] == "same name"


def test_general_name_joins_the_specific_statement_of_the_same_parties() -> None:
    """A dated "joint statement" of Chile and New Zealand is their named statement."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-03-20",
                _agreement(
                    "Joint Statement", "2031-03", AgreementForm.JOINT_STATEMENT, ("cl", "nz")
                ),
            ),
            _doc(
                "b",
                "2031-06-01",
                _agreement(
                    "Chile–New Zealand Joint Statement on Antarctic Science",
                    None,
                    AgreementForm.JOINT_STATEMENT,
                    ("cl", "nz"),
                ),
            ),
            _doc(
                "c",
                "2031-07-11",
                _agreement(
                    "New Zealand-Chile Joint Statement on Antarctic Science Cooperation",
                    None,
                    AgreementForm.JOINT_STATEMENT,
                    ("nz", "cl"),
                ),
            ),
        ]
    )
    [entry] = timeline
    assert len(entry.mentions) == 3
    assert entry.when is not None
    assert entry.when.format_iso() == "2031-03"
    assert any("general name within specific name" in r.evidence for r in entry.reasons)


def test_planned_visit_by_day_and_reported_visit_by_month_merge() -> None:
    """A visit announced for 10-12 June and reported as done "in June" is one occurred entry."""
    people = (Person(id="mwangi-grace", name="Grace Mwangi"),)
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-06-01",
                _meeting(
                    "State visit of President Grace Mwangi to Germany",
                    "2031-06-10/2031-06-12",
                    MeetingForm.VISIT,
                    ("mwangi-grace", "ke", "de"),
                    Status.PLANNED,
                ),
                actors=people,
            ),
            _doc(
                "b",
                "2031-07-02",
                _meeting(
                    "Kenyan President's visit to Berlin",
                    "2031-06",
                    MeetingForm.VISIT,
                    ("mwangi-grace", "ke", "de"),
                ),
                actors=people,
            ),
        ]
    )
    [entry] = timeline
    assert entry.status is Status.OCCURRED
    assert entry.when is not None
    assert entry.when.format_iso() == "2031-06-10/2031-06-12"
    assert entry.documents == ("a", "b")


def test_short_programmes_of_the_same_parties_with_nested_dates_merge() -> None:
    """Same form, same parties, dates one inside the other and a shared telling word."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-11-02",
                _initiative(
                    "Green Hydrogen Technology course",
                    "2031-10",
                    InitiativeForm.PROGRAMME,
                    ("de", "ke"),
                ),
            ),
            _doc(
                "b",
                "2031-08-30",
                _initiative(
                    "training programme in hydrogen skills",
                    "2031-09/2031-11",
                    InitiativeForm.PROGRAMME,
                    ("de", "ke"),
                ),
            ),
        ]
    )
    [entry] = timeline
    assert entry.reasons[0].evidence[0] == "shared word hydrogen"


# ---------------------------------------------------------------------------------------
# Near-misses that must stay apart


def test_same_series_in_different_years_stays_apart() -> None:
    """The 2029 and 2031 meetings of one series are two entries."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2029-09-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting",
                    "2029-08-28/2029-08-30",
                    MeetingForm.SUMMIT,
                    ("nz",),
                ),
            ),
            _doc(
                "b",
                "2031-09-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting", "2031-08", MeetingForm.SUMMIT, ("nz",)
                ),
            ),
        ]
    )
    assert len(timeline) == 2


def test_undated_mention_of_a_recurring_meeting_joins_neither_year() -> None:
    """An undated "leaders meeting" when the corpus has two of them is ambiguous: alone."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2029-09-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting",
                    "2029-08-28/2029-08-30",
                    MeetingForm.SUMMIT,
                    ("nz",),
                ),
            ),
            _doc(
                "b",
                "2031-09-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting",
                    "2031-08-12",
                    MeetingForm.SUMMIT,
                    ("nz",),
                ),
            ),
            _doc(
                "c",
                "2031-10-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting",
                    None,
                    MeetingForm.SUMMIT,
                    ("nz",),
                    Status.MENTIONED,
                ),
            ),
        ]
    )
    assert len(timeline) == 3


def test_undated_mention_of_a_one_off_meeting_joins_it() -> None:
    """With one dated meeting of that name, the undated mention is that meeting."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "b",
                "2031-09-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting",
                    "2031-08-12",
                    MeetingForm.SUMMIT,
                    ("nz",),
                ),
            ),
            _doc(
                "c",
                "2031-10-01",
                _meeting(
                    "Pacific Islands Forum Leaders Meeting",
                    None,
                    MeetingForm.SUMMIT,
                    ("nz",),
                    Status.MENTIONED,
                ),
            ),
        ]
    )
    assert len(timeline) == 1


def test_people_sharing_a_family_name_stay_apart() -> None:
    """Visits to Chile in one month by two different people named Kim are two entries."""
    people = (
        Person(id="kim-jae-won", name="Kim Jae-won"),
        Person(id="kim-soo-jin", name="Kim Soo-jin"),
    )
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-04-20",
                _meeting(
                    "Official visit of Kim to Chile",
                    "2031-04-14/2031-04-16",
                    MeetingForm.VISIT,
                    ("kim-jae-won", "kr", "cl"),
                ),
                actors=people,
            ),
            _doc(
                "b",
                "2031-05-02",
                _meeting(
                    "Visit of Kim to Chile",
                    "2031-04",
                    MeetingForm.VISIT,
                    ("kim-soo-jin", "kr", "cl"),
                ),
                actors=people,
            ),
        ]
    )
    assert len(timeline) == 2


def test_ministers_meeting_is_not_the_summit_it_precedes() -> None:
    """The foreign ministers' meeting on the eve of a summit is another entry."""
    bloc = (Organization(id="mercosur", name="Mercosur"),)
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-07-04",
                _meeting(
                    "Mercosur Foreign Ministers' Meeting",
                    "2031-07-01",
                    MeetingForm.MINISTERIAL_MEETING,
                    ("mercosur",),
                ),
                actors=bloc,
            ),
            _doc(
                "b",
                "2031-07-05",
                _meeting(
                    "Mercosur Summit", "2031-07-02/2031-07-03", MeetingForm.SUMMIT, ("mercosur",)
                ),
                actors=bloc,
            ),
            _doc(
                "c",
                "2031-08-01",
                _meeting("Mercosur Summit", "2031-07", MeetingForm.SUMMIT, ("mercosur",)),
                actors=bloc,
            ),
        ]
    )
    assert len(timeline) == 2
    assert _together(timeline, "b", "c")
    assert not _together(timeline, "a", "b")


def test_strategic_and_comprehensive_strategic_partnership_stay_apart() -> None:
    """A partnership upgraded to a higher level is a different agreement, even undated."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-02-01",
                _agreement(
                    "Kenya-Germany Strategic Partnership",
                    None,
                    AgreementForm.PARTNERSHIP,
                    ("ke", "de"),
                ),
            ),
            _doc(
                "b",
                "2031-03-01",
                _agreement(
                    "Kenya-Germany Comprehensive Strategic Partnership",
                    None,
                    AgreementForm.PARTNERSHIP,
                    ("ke", "de"),
                ),
            ),
        ]
    )
    assert len(timeline) == 2


def test_general_name_never_bridges_two_specific_statements() -> None:
    """A dated "joint statement" matching two different named statements joins neither."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-03-20",
                _agreement(
                    "Joint Statement", "2031-03", AgreementForm.JOINT_STATEMENT, ("cl", "nz")
                ),
            ),
            _doc(
                "b",
                "2031-06-01",
                _agreement(
                    "Chile–New Zealand Joint Statement on Antarctic Science",
                    None,
                    AgreementForm.JOINT_STATEMENT,
                    ("cl", "nz"),
                ),
            ),
            _doc(
                "c",
                "2031-07-11",
                _agreement(
                    "Chile–New Zealand Joint Statement on Wine Trade",
                    None,
                    AgreementForm.JOINT_STATEMENT,
                    ("cl", "nz"),
                ),
            ),
        ]
    )
    assert not _together(timeline, "b", "c")


def test_frameworks_with_different_partners_stay_apart() -> None:
    """ "Mekong–Korea" and "Mekong–Lancang" cooperation differ in a telling word on each side."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-02-01",
                _initiative("Mekong-Korea Cooperation", None, InitiativeForm.FRAMEWORK, ("kr",)),
            ),
            _doc(
                "b",
                "2031-03-01",
                _initiative(
                    "Mekong-Lancang Cooperation framework", None, InitiativeForm.FRAMEWORK, ("kr",)
                ),
            ),
        ]
    )
    assert len(timeline) == 2


def test_short_programmes_of_different_parties_stay_apart() -> None:
    """A shared word and nested dates are not enough when the parties differ."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a",
                "2031-11-02",
                _initiative(
                    "Green Hydrogen Technology course",
                    "2031-10",
                    InitiativeForm.PROGRAMME,
                    ("de", "ke"),
                ),
            ),
            _doc(
                "b",
                "2031-08-30",
                _initiative(
                    "training programme in hydrogen skills",
                    "2031-09/2031-11",
                    InitiativeForm.PROGRAMME,
                    ("de", "cl"),
                ),
            ),
        ]
    )
    assert len(timeline) == 2


def test_vague_year_mention_joins_neither_of_two_summits_that_year() -> None:
    """ "The Nordic summit in 2031" when 2031 had two Nordic summits stays on its own."""
    timeline = Timeline.from_extractions(
        [
            _doc(
                "a", "2031-03-02", _meeting("Nordic Summit", "2031-03-01", MeetingForm.SUMMIT, ())
            ),
            _doc(
                "b", "2031-10-02", _meeting("Nordic Summit", "2031-10-01", MeetingForm.SUMMIT, ())
            ),
            _doc("c", "2032-01-05", _meeting("Nordic Summit", "2031", MeetingForm.SUMMIT, ())),
        ]
    )
    assert len(timeline) == 3
