"""Event rules of session 12, each on sentences written for these tests (invented people,
other countries and years) with a counter-example that must not fire.
"""

from __future__ import annotations

from tests.extract._sentences import events_of as _of
from tests.extract._sentences import when as _when

from diplotimeline.model import EventKind


class TestArrangementsAndCompacts:
    """ "Arrangement" and "Compact" end agreement names like "Agreement" does."""

    def test_signed_arrangement(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Ghana and Togo signed the Accra-Lome Labour Mobility Arrangement in Accra on "
            "12 March 2031.",
        )
        assert (found.name, _when(found)) == (
            "Accra-Lome Labour Mobility Arrangement",
            "2031-03-12",
        )

    def test_compact_to_be_cleared(self) -> None:
        [found] = _of(
            EventKind.AGREEMENT,
            "Ministers will meet in Abuja to clear a Gulf of Guinea Connectivity Compact.",
        )
        assert found.name == "Gulf of Guinea Connectivity Compact"

    def test_common_nouns_are_no_agreements(self) -> None:
        text = (
            "Arrangements for the visit were made on Monday. The seating arrangement was "
            "changed on Monday. Compact cars sold well in Chile on Monday."
        )
        assert _of(EventKind.AGREEMENT, text) == []


class TestSigningOfTwoActs:
    """ "the signing, on the margins of the Meeting, of the X and of the Y": both signed."""

    TEXT = (
        "The Second Ghana-Togo Joint Commission Meeting was held in Accra on 12 September 2031. "
        "The Ministers welcomed the signing, on the margins of the Meeting, of the Memorandum "
        "of Understanding on Cooperation in Fisheries and of the Arrangement on the Exchange "
        "of Hydrographic Data."
    )

    def test_both_objects_dated_by_the_meeting(self) -> None:
        found = _of(EventKind.AGREEMENT, self.TEXT, "2031-09-14")
        assert [(e.name, _when(e)) for e in found] == [
            ("Memorandum of Understanding on Cooperation in Fisheries", "2031-09-12"),
            ("Arrangement on the Exchange of Hydrographic Data", "2031-09-12"),
        ]

    def test_a_second_clause_is_not_signed(self) -> None:
        text = (
            "The Second Ghana-Togo Joint Commission Meeting was held in Accra on 12 September "
            "2031. The Ministers welcomed the signing of the Memorandum of Understanding on "
            "Fisheries, and the Arrangement on Data Exchange remains under negotiation."
        )
        found = {e.name: _when(e) for e in _of(EventKind.AGREEMENT, text, "2031-09-14")}
        assert found.get("Arrangement on Data Exchange") is None
