"""Two weekdays of one stretch: "from Tuesday to Thursday", "between Friday and Monday".

Each end is read against the document's date and the tense; the range stays in one
stretch when the two ends, read alone, would fall in different weeks.
"""

from __future__ import annotations

import pytest

from diplotimeline.extract.pipeline import extract
from diplotimeline.extract.temporal import tag
from diplotimeline.model import Document
from diplotimeline.time import PartialDate

SATURDAY = PartialDate(2030, 4, 20)


def spans(text: str, anchor: PartialDate = SATURDAY) -> list[tuple[str, str | None]]:
    """Each mention's text and resolved span."""
    return [(m.text, m.value.format_iso() if m.value else None) for m in tag(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # past: the week before the Saturday the article is dated
            "Pacific leaders met in Apia from Tuesday to Thursday.",
            ("from Tuesday to Thursday", "2030-04-16/2030-04-18"),
        ),
        (  # future: the coming days
            "The envoy will be in Montevideo from Monday to Wednesday.",
            ("from Monday to Wednesday", "2030-04-22/2030-04-24"),
        ),
        (  # future across a weekend: read alone, Friday is ahead and Sunday just past
            "The ministers will meet in Doha from Friday to Sunday.",
            ("from Friday to Sunday", "2030-04-26/2030-04-28"),
        ),
        (  # past across a weekend: the start moves back, not the end on
            "The delegation stayed in Kigali from Friday to Monday.",
            ("from Friday to Monday", "2030-04-12/2030-04-15"),
        ),
        (
            "Talks will be held between Tuesday and Thursday in Astana.",
            ("between Tuesday and Thursday", "2030-04-23/2030-04-25"),
        ),
    ],
)
def test_weekday_ranges(text: str, expected: tuple[str, str]) -> None:
    assert spans(text) == [expected]


def test_a_schedule_is_not_a_range() -> None:
    """Without "from" or "between", "Monday to Friday" names each weekday on its own."""
    assert [text for text, _ in spans("The embassy is open Monday to Friday.")] == [
        "Monday",
        "Friday",
    ]


def test_a_meeting_takes_the_whole_stretch() -> None:
    """The event the range governs is dated by both ends, not by the last weekday."""
    document = Document(
        id="apia",
        text=(
            "APIA, April 20 (Reuters) - Pacific Islands Forum leaders met in Apia from "
            "Tuesday to Thursday for the annual Pacific Islands Forum Leaders Meeting."
        ),
        published=SATURDAY,
    )
    [event] = extract(document).events
    assert event.when is not None
    assert event.when.format_iso() == "2030-04-16/2030-04-18"
