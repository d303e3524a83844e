"""The readers declared in session 17 (pspeed-17) read the same with the gate as without it.

Readers that other helpers added to the lists of ``read_meetings``, ``read_agreements`` and
``read_initiatives`` ran in every sentence until declared with
:func:`~diplotimeline.extract._event_readers.reads_where`. Each declaration says the
reader's own first test (the strings of its screen, or the words of a tuple shared by the
test and the declaration); ``test_speed16_pipeline.py`` checks every declared reader on the
articles. Here: sentences written for these readers (other countries, invented people, real
offices), where each reads what it reads without the gate, and is skipped elsewhere.
"""

from __future__ import annotations

import inspect
import re

import pytest
from tests.extract.test_speed16_pipeline import _check_skips, _ungated

from diplotimeline.extract import _event_noun_meets, agreements, initiatives, meetings
from diplotimeline.extract._event_readers import needs_of
from diplotimeline.extract.pipeline import extract
from diplotimeline.model import Document
from diplotimeline.time import DateSpan, PartialDate

# Each declared reader and what it declares.
_DECLARED = {
    _event_noun_meets.read_group_meeting_clauses: (("meeting of ",), ()),
    _event_noun_meets.read_own_sessions: (("its ",), ()),
    _event_noun_meets.read_topic_conferences: (("conference",), ()),
    _event_noun_meets.read_groups_addressed: (
        ("ministers in ", "leaders in ", "governors in ", "officials in "),
        (),
    ),
    _event_noun_meets.read_planned_topic_meetings: (_event_noun_meets._PLANNED_NOUNS, ()),
    _event_noun_meets.read_placed_topic_meetings: (_event_noun_meets._PLACED_NOUNS, ()),
    _event_noun_meets.read_group_held_meetings: (("hold", "held"), ()),
    meetings._read_possessive_visits: (("visit",), ()),
    meetings._read_next_summit_dated: (("next",), ()),
    initiatives._read_plans_of_meetings: (initiatives._PLAN_WORDS, ()),
    initiatives._read_initiative_anaphors: (
        ("start", "begin", "began", "begun", "under", "since"),
        (),
    ),
    agreements._read_apposed_act: ((":",), ()),
    meetings._read_verb_meets: (meetings._VERB_MEET_WORDS, ()),
    initiatives._read_period_anaphor: (("19", "20"), ()),
}

# Sentences each of which one of the readers above reads, and what it reads there.
_READ = [
    (
        "Latvia and Lithuania agreed at a meeting of their transport ministers in Riga on "
        "8 May to reopen the rail link.",
        "Meeting of the transport ministers in Riga",
    ),
    ("Delegates from Ruvia were preparing for the UN climate conference in November.", None),
    (
        "The grid plan will be presented to ECO energy ministers in Ashgabat in July.",
        "Meeting of the ECO energy ministers in Ashgabat",
    ),
    (
        "A ministerial meeting on the fund's second phase is pencilled in for the Lindholm "
        "summit's margins.",
        "Ministerial meeting on the fund's second phase",
    ),
    (
        "Officials recalled the extraordinary summit on water security held in Kampala last June.",
        "Extraordinary summit on water security in Kampala",
    ),
    (
        "The Nordic Council said foreign ministers hold a preparatory meeting on Monday.",
        "Preparatory meeting of the foreign ministers",
    ),
    (
        "The accord was signed during President Ilse Marrow's state visit on 4 May.",
        "State visit of Ilse Marrow",
    ),
    ("The solar energy roadmap requested by the Tarvo Summit is late.", "solar energy roadmap"),
    (
        "Ruvia launched the Blue Corridor Programme in 2044. The programme has run since 2045.",
        "Blue Corridor Programme",
    ),
    (
        "Ruvia and Selmark put their names to an agreement on training engineers. It was "
        "signed on Friday: a memorandum of understanding on hydropower skills, by Ilse "
        "Marrow and Tomas Vehko.",
        "memorandum of understanding on hydropower skills",
    ),
    (
        "Negotiators agreed to meet again in Geneva on 10 October.",
        "Further round of talks in Geneva",
    ),
    (
        "The Caribbean Community held its summit in Bridgetown in July 2046. Its next summit "
        "is scheduled for 2049.",
        "Next Caribbean Community summit",
    ),
]
# Sentences that none of them reads (and where each is skipped).
_NOTHING = ["It rained all week in the capital.", "Prices of grain rose by a tenth."]


def test_the_readers_are_declared_with_their_first_tests() -> None:
    for reader, needs in _DECLARED.items():
        assert needs_of(reader) == needs, reader.__name__


@pytest.mark.parametrize("text", [text for text, _ in _READ])
def test_gated_extraction_is_ungated(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    document = Document(id="d", text=text, published=PartialDate(2047, 6))
    gated = extract(document)
    assert gated == _ungated(monkeypatch, document)
    wanted = dict(_READ)[text]
    assert wanted is None or wanted in [e.name for e in gated.events]


def test_skipped_readers_read_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join([*(text for text, _ in _READ), *_NOTHING])
    skips = set(_check_skips(monkeypatch, text))
    assert {reader.__name__ for reader in _DECLARED} <= skips
    document = Document(id="d", text=" ".join(_NOTHING), published=PartialDate(2047, 6))
    assert not extract(document).events


def test_the_verb_meets_declare_the_first_test_of_each_reader_they_call() -> None:
    # _read_verb_meets calls these readers of _event_verb_meets; each returns at once in a
    # sentence without its words. A reader called there and not listed here fails.
    first_tests = {
        "read_met_since": (" met ",),
        "read_summons": ("summon",),
        "read_negotiators_meet_again": ("meet again",),
        "read_presented_to_ministers": ("presented to", "submitted to"),
        "read_held_sessions": ("session",),
    }
    called = re.findall(
        r"\*(read_\w+)\(ctx, sentence\)", inspect.getsource(meetings._read_verb_meets)
    )
    assert called == list(first_tests)
    for name, words in first_tests.items():
        source = inspect.getsource(getattr(meetings, name))
        assert all(f'"{word}" not in' in source for word in words), name
    assert set(meetings._VERB_MEET_WORDS) == {w for words in first_tests.values() for w in words}


def test_the_period_told_after_an_initiative_dates_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ministers of Ruvia launched the Coastal Skills Programme on Monday. It will run from "
    text += "2047 to 2051. Prices of grain rose by a tenth."
    document = Document(id="d", text=text, published=PartialDate(2047, 6))
    gated = extract(document)
    assert gated == _ungated(monkeypatch, document)
    assert [e.when for e in gated.events] == [
        DateSpan.between(PartialDate(2047), PartialDate(2051))
    ]
    assert "_read_period_anaphor" in _check_skips(monkeypatch, text)
