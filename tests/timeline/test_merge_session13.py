"""A named fund dated by its launch in one article and by its years in another is one entry."""

from __future__ import annotations

from diplotimeline.model import Agreement, AgreementForm, Initiative, InitiativeForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, Timeline


def _initiative(
    document: str, name: str, when: str, form: InitiativeForm = InitiativeForm.FUND
) -> Mention:
    return Mention(
        Initiative(id="e1", name=name, form=form, when=DateSpan.parse_iso(when)),
        Origin(document, PartialDate(2036, 3)),
    )


def test_a_fund_launched_and_a_fund_running_are_one_fund() -> None:
    launched = _initiative("d1", "Western Ocean Fisheries Fund", "2036-05-19/2036-05-20")
    running = _initiative("d2", "Western Ocean Fisheries Fund", "2037/2041")
    timeline = Timeline.from_mentions([launched, running])
    assert len(timeline) == 1


def test_two_funds_of_other_names_stay_apart() -> None:
    first = _initiative("d1", "Western Ocean Fisheries Fund", "2036-05-19/2036-05-20")
    second = _initiative("d2", "Andean Glacier Adaptation Fund", "2037/2041")
    assert len(Timeline.from_mentions([first, second])) == 2


def test_a_programme_keeps_its_dates_apart() -> None:
    # Programmes are often renewed under one name: two dates are two programmes.
    first = _initiative(
        "d1", "Andean Seasonal Workers Programme", "2031", form=InitiativeForm.PROGRAMME
    )
    second = _initiative(
        "d2", "Andean Seasonal Workers Programme", "2036", form=InitiativeForm.PROGRAMME
    )
    assert len(Timeline.from_mentions([first, second])) == 2


# Session 16 (dates-19): a programme or project dated by the years it runs.


def test_a_programme_approved_and_a_programme_running_are_one_programme() -> None:
    approved = _initiative(
        "d1", "Andean Green Skills Programme", "2036-03", form=InitiativeForm.PROGRAMME
    )
    running = _initiative(
        "d2", "Andean Green Skills Programme", "2037/2041", form=InitiativeForm.PROGRAMME
    )
    assert len(Timeline.from_mentions([approved, running])) == 1


def test_a_project_launched_and_a_project_running_are_one_project() -> None:
    launched = _initiative(
        "d1", "Lake Kivu Port Project", "2036-03-14", form=InitiativeForm.PROJECT
    )
    running = _initiative(
        "d2", "Lake Kivu Port Project", "2036-07/2042-06", form=InitiativeForm.PROJECT
    )
    assert len(Timeline.from_mentions([launched, running])) == 1


def test_two_phases_of_a_programme_stay_apart() -> None:
    first = _initiative(
        "d1", "Andean Green Skills Programme", "2031/2035", form=InitiativeForm.PROGRAMME
    )
    second = _initiative(
        "d2", "Andean Green Skills Programme", "2036/2040", form=InitiativeForm.PROGRAMME
    )
    assert len(Timeline.from_mentions([first, second])) == 2


def test_a_programme_of_other_name_stays_apart() -> None:
    first = _initiative(
        "d1", "Andean Green Skills Programme", "2036-03", form=InitiativeForm.PROGRAMME
    )
    second = _initiative(
        "d2", "Mekong Digital Skills Programme", "2037/2041", form=InitiativeForm.PROGRAMME
    )
    assert len(Timeline.from_mentions([first, second])) == 2


def _treaty(document: str, name: str, when: str, number: int = 1) -> Mention:
    return Mention(
        Agreement(
            id=f"e{number}", name=name, form=AgreementForm.TREATY, when=DateSpan.parse_iso(when)
        ),
        Origin(document, PartialDate(2046, 3)),
    )


def test_a_treaty_and_its_revision_stay_apart_and_each_merges() -> None:
    # Two articles date both treaties (the original by its day or year, the revision by its
    # year or day): each treaty is one entry, and a revision is another treaty.
    mentions = [
        _treaty("d1", "Treaty of Apia", "1971-05-03"),
        _treaty("d1", "Revised Treaty of Apia", "2019", 2),
        _treaty("d2", "Treaty of Apia", "1971"),
        _treaty("d2", "Revised Treaty of Apia", "2019-06-18", 2),
    ]
    timeline = Timeline.from_mentions(mentions)
    assert sorted(len(entry.mentions) for entry in timeline) == [2, 2]


def test_an_additional_protocol_is_another_protocol() -> None:
    first = _treaty("d1", "Additional Protocol on Fisheries", "2031")
    second = _treaty("d2", "Protocol on Fisheries", "2031")
    assert len(Timeline.from_mentions([first, second])) == 2
