"""Merging stays near-linear in the number of comparisons on a fixed-vocabulary corpus."""

from __future__ import annotations

import random

import pytest

from diplotimeline.model import Agreement, Event, Meeting, MeetingForm, Status
from diplotimeline.time import DateSpan, PartialDate
from diplotimeline.timeline import Mention, Origin, merge_mentions
from diplotimeline.timeline import merge as merge_module

PLACES = ("Lima", "Oslo", "Accra", "Rabat", "Quito")
TOPICS = ("Energy", "Water", "Health", "Digital")


def corpus(count: int, seed: int = 7) -> list[Mention]:
    """Mentions of recurring events: many years, few names, a tenth undated, a tenth by year."""
    rng = random.Random(seed)
    mentions: list[Mention] = []
    while len(mentions) < count:
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        year, month, day = rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 25)
        number = rng.randint(1, 30)
        summit = rng.random() < 0.6
        names = (
            [f"{number}th {place} {topic} Summit", f"{place} {topic} Summit"]
            if summit
            else [f"{place} {topic} Accord {number}", f"{topic} Accord of {place} {number}"]
        )
        for _ in range(rng.randint(1, 5)):
            shape = rng.random()
            when = (
                None
                if shape < 0.1
                else DateSpan.parse_iso(f"{year}")
                if shape < 0.2
                else DateSpan.parse_iso(f"{year}-{month:02d}")
                if shape < 0.45
                else DateSpan.parse_iso(f"{year}-{month:02d}-{day:02d}")
            )
            status = Status.MENTIONED if when is None else Status.OCCURRED
            event: Event
            if summit:
                event = Meeting(
                    id="e1",
                    name=rng.choice(names),
                    form=MeetingForm.SUMMIT,
                    when=when,
                    status=status,
                )
            else:
                event = Agreement(id="e1", name=rng.choice(names), when=when, status=status)
            origin = Origin(f"doc{len(mentions)}", PartialDate(2031, rng.randint(1, 12)))
            mentions.append(Mention(event, origin))
    return mentions[:count]


def test_comparisons_grow_about_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Doubling the mentions of a fixed set of names about doubles the pairs compared.

    Undated and year-precision mentions of recurring names used to be compared with every
    mention of the name; they are now placed against at most two matching groups.
    """
    calls = [0]
    original = merge_module._compare

    def counting(a: object, b: object) -> object:
        calls[0] += 1
        return original(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_module, "_compare", counting)
    found = []
    for size in (3_000, 6_000):
        calls[0] = 0
        merge_mentions(corpus(size))
        found.append(calls[0])
    assert found[1] / found[0] < 2.5
