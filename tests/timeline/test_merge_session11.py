"""Session 10 (second part) merge rule: two names with the same telling words are one event
("the Kambarata-1 hydropower project" and "... plant"), the heads of works projects (plant,
station, scheme, facility, complex) telling nothing."""

from __future__ import annotations

from diplotimeline.model import Initiative, InitiativeForm
from diplotimeline.time import PartialDate
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
