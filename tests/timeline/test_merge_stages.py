"""One agreement dated by different stages in different articles is one entry."""

from __future__ import annotations

import pytest

from diplotimeline.model import Agreement, AgreementForm
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, Timeline


def _agreement(
    document: str,
    name: str,
    when: str | None,
    form: AgreementForm = AgreementForm.TREATY,
    parties: tuple[str, ...] = ("pe", "th"),
) -> Mention:
    return Mention(
        Agreement(
            id="e1",
            name=name,
            form=form,
            when=None if when is None else DateSpan.parse_iso(when),
            participants=parties,
        ),
        Origin(document, PartialDate(2031, 1)),
    )


def test_signing_and_entry_into_force_are_one_treaty() -> None:
    signed = _agreement("d1", "Peru-Thailand Free Trade Agreement", "2011-11-19")
    in_force = _agreement("d2", "Peru-Thailand Free Trade Agreement", "2011-12-31")
    ratified = _agreement("d3", "Peru-Thailand FTA", "2012-03")
    timeline = Timeline.from_mentions([signed, in_force, ratified])
    assert len(timeline) == 1
    [entry] = timeline
    assert {m.document for m in entry.mentions} == {"d1", "d2", "d3"}
    assert entry.conflicts  # two days that are not nested: kept, not dropped
    assert any("dated by its stages" in reason.evidence for reason in entry.reasons)


def test_a_slightly_different_wording_joins_the_stages() -> None:
    mentions = [
        _agreement("d1", "Treaty on Mutual Legal Assistance between Peru and Thailand", "2019"),
        _agreement(
            "d2", "Treaty on Mutual Legal Assistance between Peru and Thailand", "2021-06-02"
        ),
        _agreement(
            "d3",
            "Treaty on Mutual Legal Assistance between the REPUBLIC OF PERU and Thailand",
            "2019",
        ),
    ]
    assert len(Timeline.from_mentions(mentions)) == 1


@pytest.mark.parametrize(
    "form", [AgreementForm.JOINT_STATEMENT, AgreementForm.DECLARATION, AgreementForm.VISION]
)
def test_texts_adopted_once_stay_apart_on_different_dates(form: AgreementForm) -> None:
    # two joint statements on one subject, years apart, are two texts
    first = _agreement("d1", "Joint Statement on the Andean Outlook", "2020-11-12", form)
    second = _agreement("d2", "Joint Statement on the Andean Outlook", "2025-10-26", form)
    assert len(Timeline.from_mentions([first, second])) == 2


def test_general_names_and_other_parties_stay_apart() -> None:
    ours = _agreement("d1", "Free Trade Agreement", "2011", parties=("pe", "th"))
    theirs = _agreement("d2", "Free Trade Agreement", "2016", parties=("cl", "th"))
    assert len(Timeline.from_mentions([ours, theirs])) == 2


def test_staged_merging_is_order_independent() -> None:
    mentions = [
        _agreement("d1", "Peru-Thailand Free Trade Agreement", "2011-11-19"),
        _agreement("d2", "Peru-Thailand Free Trade Agreement", "2011-12-31"),
        _agreement("d3", "Peru-Thailand FTA", "2012-03"),
        _agreement("d4", "Joint Statement on the Andean Outlook", "2020", AgreementForm.VISION),
    ]
    ids = {entry.id for entry in Timeline.from_mentions(mentions)}
    assert ids == {entry.id for entry in Timeline.from_mentions(mentions[::-1])}
