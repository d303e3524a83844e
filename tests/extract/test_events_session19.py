"""Actor and event rules of session 19 (what events_dev9 showed the readers still miss), each
on sentences written for these tests (invented people, other countries and years) with
counter-examples that must not fire.

The causes are general in diplomatic news: the entries of an order of arrivals or a guest
list ("H.E. Mr NAME, President of the Republic of X") on lines without a full stop, which
read like title-case headlines; people listed after an office in the plural written in lower
case ("the three prime ministers, NAME of A, NAME of B and NAME of C"; "the foreign ministers
of the two countries, NAME and NAME,") or after "colleagues"/"counterparts" with "of
<country>"; a definite office "of" a region or city before a comma and the name ("the
Governor of Bali, NAME,"); the portfolio "Overseas Territories"; one agreement told under two
names ("the Protocol on X, known as the Y Protocol"; "a protocol on X, informally called the Y
Protocol").
"""

from __future__ import annotations

from tests.extract._sentences import events_of, when

from diplotimeline.model import EventKind


class TestOneAgreementUnderTwoNames:
    """ "X, known as Y": one event, Y an alias of X."""

    def test_known_as_joins_the_two_names(self) -> None:
        text = (
            "In Lomé on 12 May 2044 the foreign ministers of Ghana and Togo signed the "
            "Convention on Cross-Border Fisheries, known as the Aflao Convention. The Aflao "
            "Convention entered into force in 2045."
        )
        events = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [(e.name, e.aliases, when(e)) for e in events] == [
            ("Convention on Cross-Border Fisheries", ("Aflao Convention",), "2044-05-12")
        ]

    def test_lower_case_mention_takes_the_proper_name(self) -> None:
        text = (
            "The two presidents are expected to sign an accord on river navigation, informally "
            "called the Niger Accord, at the summit in Niamey on 4 April."
        )
        events = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [(e.name, e.aliases) for e in events] == [
            ("Niger Accord", ("accord on river navigation",))
        ]

    def test_bracketed_also_known_as(self) -> None:
        text = "The Treaty of Asunción (also known as the Mercosur Treaty) was signed in 1991."
        events = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [(e.name, e.aliases) for e in events] == [
            ("Treaty of Asunción", ("Mercosur Treaty",))
        ]

    def test_known_as_something_else_joins_nothing(self) -> None:
        """Words between "known as" and the next name: two agreements stay two."""
        text = (
            "Uruguay signed the Montevideo Protocol, known as the successor to the Colonia "
            "Treaty, in 2039."
        )
        names = {e.name for e in events_of(EventKind.AGREEMENT, text, "2046-03-07")}
        assert names == {"Montevideo Protocol", "Colonia Treaty"}

    def test_called_a_description_joins_nothing(self) -> None:
        text = (
            "The Andes Charter, called a landmark by the press, replaced the Cusco Treaty in 2031."
        )
        names = {e.name for e in events_of(EventKind.AGREEMENT, text, "2046-03-07")}
        assert names == {"Andes Charter", "Cusco Treaty"}

    def test_other_kind_after_known_as_joins_nothing(self) -> None:
        """A meeting's name after "known as" does not become an agreement's alias."""
        text = (
            "The leaders adopted the Volta Basin Charter at the meeting of 2 June 2041, known as "
            "the Accra Summit."
        )
        agreements = events_of(EventKind.AGREEMENT, text, "2046-03-07")
        assert [e.aliases for e in agreements] == [()]
