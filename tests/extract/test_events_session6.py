"""Event rules of session 6, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document, Event, EventKind
from diplotimeline.time import PartialDate


def _events(text: str, published: str = "2031-05-04") -> tuple[Event, ...]:
    return extract(Document(id="t", text=text, published=PartialDate.parse_iso(published))).events


def _of(events: tuple[Event, ...], kind: EventKind) -> list[Event]:
    return [event for event in events if event.kind is kind]


class TestUnnamedAgreementFolds:
    PREFIX = (
        "Ecuador signed an economic framework with Jordan in 2019, and negotiations on a "
        "free trade agreement started soon after. "
    )

    def test_unnamed_agreement_joins_the_named_one_that_ends_with_its_words(self) -> None:
        """'negotiations on a free trade agreement' ... 'the Ecuador-Jordan FTA': one."""
        events = _events(
            self.PREFIX + "The ministers now want to conclude the Ecuador-Jordan Free Trade "
            "Agreement."
        )
        [agreement] = _of(events, EventKind.AGREEMENT)
        assert agreement.name == "Ecuador-Jordan Free Trade Agreement"
        assert "free trade agreement" in agreement.aliases

    def test_named_agreement_of_other_parties_does_not_absorb_it(self) -> None:
        """The Ecuador-Korea agreement is not the one negotiated with Jordan."""
        events = _events(
            self.PREFIX + "Separately, Ecuador ratified the Ecuador-Korea Free Trade Agreement."
        )
        names = sorted(e.name for e in _of(events, EventKind.AGREEMENT))
        assert names == ["Ecuador-Korea Free Trade Agreement", "free trade agreement"]
