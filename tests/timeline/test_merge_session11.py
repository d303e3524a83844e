"""Session 10 (second part) merge rule: two names with the same telling words are one event
("the Kambarata-1 hydropower project" and "... plant"), the heads of works projects (plant,
station, scheme, facility, complex) telling nothing."""

from __future__ import annotations

from diplotimeline.model import Initiative, InitiativeForm, Meeting, MeetingForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, compare, merge_mentions


def _project(document: str, name: str) -> Mention:
    event = Initiative(id=f"{document}:e1", name=name, form=InitiativeForm.PROJECT)
    return Mention(event, Origin(document, PartialDate(2039, 6)))


def test_a_works_project_named_by_its_plant_is_the_project() -> None:
    project = _project("d1", "Rogun hydropower project")
    plant = _project("d2", "Rogun hydropower plant")
    decision = compare(project, plant)
    assert decision is not None
    assert "same telling words" in decision.evidence
    assert len(merge_mentions([project, plant])) == 1


def test_projects_with_other_telling_words_stay_apart() -> None:
    first = _project("d1", "Rogun hydropower plant")
    second = _project("d2", "Nurek hydropower plant")
    assert len(merge_mentions([first, second])) == 2


def test_one_telling_word_is_not_enough() -> None:
    # "the Rogun project" and "the Rogun plant" may be two works at one place
    first = _project("d1", "Rogun project")
    second = _project("d2", "Rogun plant")
    decision = compare(first, second)
    assert decision is None or "same telling words" not in decision.evidence


# Session 11: a summit named by its place only is the summit held there in those days.


def _summit(document: str, name: str, when: str, participants: tuple[str, ...]) -> Mention:
    event = Meeting(
        id=f"{document}:e1",
        name=name,
        form=MeetingForm.SUMMIT,
        when=DateSpan.parse_iso(when),
        location="Montevideo",
        participants=participants,
    )
    return Mention(event, Origin(document, PartialDate(2041, 7)))


def test_last_weeks_summit_in_a_place_is_the_summit_held_there() -> None:
    recalled = _summit("d1", "Summit in Montevideo", "2041-07-01/2041-07-07", ("uy",))
    held = _summit("d2", "98th Summit of Heads of State of Mercosur", "2041-07-04", ("mercosur",))
    decision = compare(recalled, held)
    assert decision is not None
    assert "summit in montevideo" in decision.evidence
    assert len(merge_mentions([recalled, held])) == 1


def test_a_summit_in_the_place_years_before_is_another() -> None:
    # Counter-example: the summit held there in December 2024.
    recalled = _summit("d1", "Summit in Montevideo", "2041-07-01/2041-07-07", ("uy",))
    earlier = _summit("d2", "Summit in Montevideo", "2024-12-06", ("uy",))
    assert len(merge_mentions([recalled, earlier])) == 2


def test_two_summits_with_names_of_their_own_in_one_place_stay_apart() -> None:
    # Counter-example: back-to-back summits in one city, each named.
    first = _summit("d1", "ASEAN Summit", "2041-07-04", ())
    second = _summit("d2", "East Asia Summit", "2041-07-05", ())
    assert len(merge_mentions([first, second])) == 2
