"""Tests for diplotimeline.extract.abbreviations: Schwartz–Hearst definitions in news text."""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotimeline.errors import InvalidValueError
from diplotimeline.extract.abbreviations import (
    Abbreviation,
    AbbreviationIndex,
    AcronymUse,
    find_abbreviations,
    resolve_acronyms,
)

NEWS_SET = Path(__file__).parent / "data" / "abbreviations_news.tsv"
HELD_OUT_MARK = "# held-out"


def pairs(text: str) -> list[tuple[str, str]]:
    """The (short, long) pairs found in ``text``, in order."""
    return [(found.short, found.long) for found in find_abbreviations(text)]


def read_news_set() -> list[tuple[str, str, set[tuple[str, str]]]]:
    """The labelled rows as (part, sentence, expected pairs); part is "dev" or "held-out"."""
    rows: list[tuple[str, str, set[tuple[str, str]]]] = []
    part = "dev"
    for line in NEWS_SET.read_text(encoding="utf-8").splitlines():
        if line.startswith(HELD_OUT_MARK):
            part = "held-out"
        if not line or line.startswith("#"):
            continue
        sentence, expected = line.split("\t")
        wanted: set[tuple[str, str]] = set()
        if expected != "-":
            for pair in expected.split(" | "):
                short, long = pair.split(" = ", 1)
                wanted.add((short, long))
        rows.append((part, sentence, wanted))
    return rows


def score(
    rows: list[tuple[str, str, set[tuple[str, str]]]],
) -> tuple[int, int, int]:
    """True positives, false positives and false negatives over ``rows`` (exact pairs)."""
    hits = false_positives = misses = 0
    for _, sentence, wanted in rows:
        found = set(pairs(sentence))
        hits += len(found & wanted)
        false_positives += len(found - wanted)
        misses += len(wanted - found)
    return hits, false_positives, misses


class TestFindAbbreviations:
    """find_abbreviations: the patterns named in issue 4."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The Japan International Cooperation Agency (JICA) is considering a loan.",
                [("JICA", "Japan International Cooperation Agency")],
            ),
            (
                "to upgrade the ASEAN-Japan Comprehensive Economic Partnership Agreement (AJCEP)",
                [("AJCEP", "ASEAN-Japan Comprehensive Economic Partnership Agreement")],
            ),
            (
                "including the Asian Zero-Emission Community (AZEC), and more",
                [("AZEC", "Asian Zero-Emission Community")],
            ),
            (
                "under the Asia Zero Emissions Community (AZEC) initiative",
                [("AZEC", "Asia Zero Emissions Community")],
            ),
            (
                "principles with the ASEAN Outlook on the Indo-Pacific (AOIP).",
                [("AOIP", "ASEAN Outlook on the Indo-Pacific")],
            ),
            (
                "will continue to support the ASEAN Indo-Pacific Outlook (AIOP), aligning",
                [("AIOP", "ASEAN Indo-Pacific Outlook")],
            ),
            (
                "He identified digital transformation (DX), green transformation (GX), and more.",
                [("DX", "digital transformation"), ("GX", "green transformation")],
            ),
            (
                "a survey by the Japan External Trade Organisation (JETRO), nearly 60%",
                [("JETRO", "Japan External Trade Organisation")],
            ),
            (
                "equipment transfer, and Official Security Assistance (OSA). Naval exchanges",
                [("OSA", "Official Security Assistance")],
            ),
            (
                "the 1982 United Nations Convention on the Law of the Sea (UNCLOS) for a future",
                [("UNCLOS", "United Nations Convention on the Law of the Sea")],
            ),
            (
                "signed a Memorandum of Understanding with the Joint Stock Commercial Bank for "
                "Investment and Development of Viet Nam (BIDV) to support",
                [
                    (
                        "BIDV",
                        "Joint Stock Commercial Bank for Investment and Development of Viet Nam",
                    )
                ],
            ),
            (
                "Leaders of the Group of Seven (G7) met in Hiroshima.",
                [("G7", "Group of Seven")],
            ),
            (
                "Sales of electric vehicles (EVs) and research and development (R&D) grew.",
                [("EVs", "electric vehicles"), ("R&D", "research and development")],
            ),
            (
                "Exporters used business-to-business (B2B) platforms.",
                [("B2B", "business-to-business")],
            ),
        ],
    )
    def test_finds_news_definitions(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Finds the classic "long form (SF)" definitions of diplomatic and economic news."""
        assert expected == pairs(text)

    def test_short_form_with_ordinal_includes_the_ordinal(self) -> None:
        """A number in the short form matches the ordinal, which the long form includes."""
        text = "as part of the 58th ASEAN Foreign Ministers’ Meeting (AMM 58) in Malaysia."
        assert pairs(text) == [("AMM 58", "58th ASEAN Foreign Ministers’ Meeting")]

    def test_edition_number_after_a_name(self) -> None:
        """A name plus edition number whose name is a word of the long form is accepted."""
        text = "The 44th ASEAN Summit (ASEAN 44) was held in Vientiane."
        assert pairs(text) == [("ASEAN 44", "44th ASEAN Summit")]

    def test_version_not_in_long_form_is_ignored(self) -> None:
        """A version number absent from the long form is ignored; the letters must still match."""
        assert pairs("The Asian Infrastructure Forum (AIF 2025) opens.") == [
            ("AIF 2025", "Asian Infrastructure Forum")
        ]

    def test_rejects_letters_that_do_not_spell_the_long_form(self) -> None:
        """JAIF does not spell "ASEAN-Japan Cooperation Fund": no definition, even with 3.0."""
        text = "making full use of the ASEAN-Japan Cooperation Fund (JAIF 3.0) to support"
        assert pairs(text) == []
        assert pairs(text.replace("JAIF 3.0", "JAIF")) == []

    def test_reordered_letters_of_a_capitalised_name(self) -> None:
        """Letters that exactly reorder the initials of the name before them are accepted."""
        text = "the ASEAN Integration Initiative (IAI) Work Plan Phase 5 (2026-2030)"
        assert pairs(text) == [("IAI", "ASEAN Integration Initiative")]

    def test_reordered_letters_need_the_same_initials(self) -> None:
        """A reordering rule does not accept a name whose initials differ from the letters."""
        text = "the ASEAN Centre for Emergency Response to Emerging Diseases and Health Situations"
        assert pairs(text + " (ACPHEED)") == []

    def test_reverse_pattern(self) -> None:
        """Finds "SF (long form)", dropping a leading article inside the parentheses."""
        text = "He said JETRO (the Japan External Trade Organization) would open an office."
        (found,) = find_abbreviations(text)
        assert (
            found.short,
            found.long,
            found.is_reversed,
        ) == ("JETRO", "Japan External Trade Organization", True)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "launched the “VietLeap AI Accelerator” (VLAA) project",
                [("VLAA", "VietLeap AI Accelerator")],
            ),
            (
                'Kazakhstan joined the "Digital Silk Road" (DSR) framework.',
                [("DSR", "Digital Silk Road")],
            ),
        ],
    )
    def test_quotes_around_long_form(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Curly or straight quotes around the long form are left out of it."""
        assert expected == pairs(text)

    def test_leading_article_is_excluded(self) -> None:
        """A leading "the" (or "The") is never part of the long form."""
        assert pairs("They signed the Treaty of Amity and Cooperation (TAC) in 1976.") == [
            ("TAC", "Treaty of Amity and Cooperation")
        ]
        assert pairs("The East Asia Summit (EAS) met.") == [("EAS", "East Asia Summit")]

    def test_demonym_before_the_name_is_not_extended(self) -> None:
        """A demonym between "the" and the name stays outside the long form."""
        assert pairs("The Japanese Ministry of Foreign Affairs (MOFA) issued a statement.") == [
            ("MOFA", "Ministry of Foreign Affairs")
        ]

    def test_name_of_the_form_x_of_y(self) -> None:
        """A name built as "X of Y ..." starts at X."""
        text = "The Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"
        assert [("BIMSTEC", text.removeprefix("The "))] == pairs(text + " (BIMSTEC) met.")

    @pytest.mark.parametrize(
        "text",
        [
            "Japanese Ambassador to Viet Nam Ito Naoki. (Photo: VNA)",
            "The ASEAN Post-Ministerial Conference with Japan. (Photo: Quang Hoa)",
            "commencing at 10:00 am. local time (12:00 noon, JST) for about 70 minutes",
            "the ASEAN Integration Initiative Work Plan Phase 5 (2026-2030)",
            "ASEAN Summits with Partners in Kuala Lumpur (Malaysia), Prime Minister",
            "during Viet Nam Innovation Days (October 1–3), Japan",
            "The talks will start at 9:00 (GMT+7) in Ha Noi.",
            "Chinese President Xi Jinping speaks in Beijing. (Photo: Reuters)",
            "HANOI (AFP) - Viet Nam's exports rose 14 percent in the first half.",
            "The vote will be held on Sunday at 8:00 am (local time).",
            "The agreement was first drafted in Geneva (2024).",
            "Cambodia and China signed 37 documents on April 17 (Xinhua).",
            "The plan covers (i) trade, (ii) investment and (iii) tourism.",
            "(VNA/Vietnam+)",
            "Comment (0)Japan affirms determination",
            "Deputy Foreign Minister Nguyen Minh Vu (MOFA) briefed reporters.",
        ],
    )
    def test_rejects_non_definitions(self, text: str) -> None:
        """Credits, agencies, places, times, years and list numbers give no definition."""
        assert pairs(text) == []

    def test_offsets_index_the_text(self) -> None:
        """Both spans slice the input text to the short and long forms."""
        text = "AZEC (Asia Zero Emission Community) met; the European Union (EU) too."
        found = find_abbreviations(text)
        assert len(found) == 2
        for item in found:
            assert item.short == text[item.short_start : item.short_end]
            assert item.long == text[item.long_start : item.long_end]

    def test_nested_parentheses(self) -> None:
        """An inner pair is read; its long form stops at the outer parenthesis."""
        text = "mechanisms (such as the ASEAN Regional Forum (ARF)) and others"
        assert pairs(text) == [("ARF", "ASEAN Regional Forum")]

    def test_long_form_does_not_cross_a_sentence(self) -> None:
        """The look-back stops at a sentence end but not after "U.S."."""
        assert pairs("He met the Foreign Minister. Meanwhile (FM) was silent.") == []
        assert pairs("The U.S. Agency for International Development (USAID) gave aid.") == [
            ("USAID", "U.S. Agency for International Development")
        ]

    def test_empty_and_plain_text(self) -> None:
        """Text without definitions gives an empty tuple."""
        assert find_abbreviations("") == ()
        assert find_abbreviations("No parentheses at all.") == ()

    def test_random_text_gives_consistent_offsets(self) -> None:
        """On random text made of parentheses, capitals and words, every span is consistent."""
        rng = random.Random(4)
        pieces = ["(", ")", " ", "A", "B", "C", "of", "the", "Bank", "Asia", "-", ".", "“", "58th"]
        for _ in range(400):
            text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
            for item in find_abbreviations(text):
                assert item.short == text[item.short_start : item.short_end]
                assert item.long == text[item.long_start : item.long_end]

    @pytest.mark.slow
    @pytest.mark.parametrize(
        "make",
        [
            lambda size: "(" * size,
            lambda size: "".join(f"{chr(97 + i % 26)} (" for i in range(size // 3 + 1))[:size],
            lambda size: (("x" * 100_000 + " (AB) ") * (size // 100_000 + 1))[:size],
            lambda size: ("Asian Development Bank (ADB) " * (size // 29 + 1))[:size],
            lambda size: (("a " * 12 + "A A A A A A A A A A (AAAAAAAAAA) ") * (size // 57 + 1))[
                :size
            ],
        ],
        ids=["open-parens", "nesting", "long-words", "dense-definitions", "worst-alignment"],
    )
    def test_time_grows_linearly(self, make: Callable[[int], str]) -> None:
        """Ten times the text takes less than twelve times as long.

        Each round times the ten 100 KB pieces of the 1 MB text and then the whole, in CPU
        time, back to back, so that caches and the load of a busy machine weigh on both
        alike; the best of up to six rounds counts. A quadratic step would give ~100.
        """
        large_text = make(1_000_000)
        pieces = [large_text[offset : offset + 100_000] for offset in range(0, 1_000_000, 100_000)]
        ratios: list[tuple[float, float, float]] = []
        gc.collect()
        gc.disable()  # collector pauses land at random and blur a ratio of timings
        try:
            for _ in range(6):
                # Keep what the pieces find alive, as the 1 MB run keeps its own, so both
                # sides ask the allocator for the same memory.
                started = time.process_time()
                kept = [find_abbreviations(piece) for piece in pieces]
                small = (time.process_time() - started) / len(pieces)
                del kept
                started = time.process_time()
                kept = [find_abbreviations(large_text)]
                large = time.process_time() - started
                del kept
                ratios.append((large / small, small, large))
                if len(ratios) >= 2 and min(ratios)[0] < 12:
                    break
        finally:
            gc.enable()
        ratio, small, large = min(ratios)
        assert ratio < 12, f"100 KB: {small:.3f}s, 1 MB: {large:.3f}s"


class TestAbbreviation:
    """Abbreviation: a frozen record whose spans fit its texts."""

    def test_rejects_span_of_wrong_length(self) -> None:
        """A span whose length differs from its text is an InvalidValueError."""
        with pytest.raises(InvalidValueError, match="long form has 14 characters"):
            Abbreviation(
                short="EU", long="European Union", short_start=16, short_end=18,
                long_start=0, long_end=10,
            )  # fmt: skip

    def test_rejects_empty_span(self) -> None:
        """An empty or reversed span is an InvalidValueError."""
        with pytest.raises(InvalidValueError, match="0 <= start < end"):
            Abbreviation(short="", long="x", short_start=3, short_end=3, long_start=0, long_end=1)

    def test_is_frozen(self) -> None:
        """Fields cannot be reassigned."""
        item = Abbreviation(
            short="EU", long="European Union", short_start=16, short_end=18,
            long_start=0, long_end=14,
        )  # fmt: skip
        with pytest.raises(AttributeError):
            item.short = "AU"  # type: ignore[misc]


class TestResolveAcronyms:
    """resolve_acronyms: later bare uses of each short form."""

    def test_finds_later_word_bounded_uses(self) -> None:
        """Uses after the definition, bounded by non-alphanumerics, case-sensitive."""
        text = (
            "The Japan Bank for International Cooperation (JBIC) lent. JBIC-backed plants, "
            "JBICs and jbic do not count, but (JBIC) does."
        )
        uses = resolve_acronyms(text, find_abbreviations(text))
        assert [use.start for use in uses] == [text.index("JBIC-"), text.rindex("(JBIC)") + 1]
        assert {"Japan Bank for International Cooperation"} == {use.definition.long for use in uses}

    def test_uses_before_the_definition_do_not_resolve(self) -> None:
        """An occurrence before the definition (a headline) is not a use."""
        text = "ADB lends. The Asian Development Bank (ADB) approved it."
        assert resolve_acronyms(text, find_abbreviations(text)) == ()

    def test_latest_definition_wins(self) -> None:
        """A redefinition takes over for the uses after it; it is not a use itself."""
        text = (
            "the Asian Zero-Emission Community (AZEC) met. AZEC grew. "
            "The Asia Zero Emission Community (AZEC) met again. AZEC"
        )
        uses = resolve_acronyms(text, find_abbreviations(text))
        assert [(use.short, use.definition.long) for use in uses] == [
            ("AZEC", "Asian Zero-Emission Community"),
            ("AZEC", "Asia Zero Emission Community"),
        ]

    def test_short_forms_with_spaces_and_punctuation(self) -> None:
        """Short forms such as "AMM 58" and "R&D" are found whole."""
        text = (
            "the 58th ASEAN Foreign Ministers' Meeting (AMM 58) opened; at AMM 58 and AMM 59, "
            "research and development (R&D) rose; R&D spending"
        )
        uses = resolve_acronyms(text, find_abbreviations(text))
        assert [(use.short, use.start) for use in uses] == [
            ("AMM 58", text.index("AMM 58 and")),
            ("R&D", text.rindex("R&D")),
        ]

    def test_use_record(self) -> None:
        """An AcronymUse rejects a span that does not fit its short form."""
        definition = find_abbreviations("The European Union (EU) met.")[0]
        with pytest.raises(InvalidValueError):
            AcronymUse(short="EU", start=4, end=7, definition=definition)


class TestAbbreviationIndex:
    """AbbreviationIndex: definitions and uses of one text."""

    def test_from_text_and_lookup(self) -> None:
        """Looks up the definition in force at an offset."""
        text = "The African Union (AU) met. AU leaders spoke. The Australian Union (AU) too."
        index = AbbreviationIndex.from_text(text)
        assert len(index.definitions) == 2
        assert index.uses[0].definition.long == "African Union"
        first, second = index.definitions
        assert first == index.lookup("AU")
        assert second == index.lookup("AU", at=len(text))
        assert index.lookup("EU") is None


class TestNewsSet:
    """Precision and recall over the hand-labelled news set (tests/extract/data)."""

    def test_set_is_large_enough(self) -> None:
        """The set has at least 80 sentences, with definitions and negatives."""
        rows = read_news_set()
        assert len(rows) >= 80
        assert sum(1 for _, _, wanted in rows if not wanted) >= 20

    def test_precision_and_recall_floors(self) -> None:
        """Exact (short, long) pairs reach precision >= 0.98 and recall >= 0.92 overall."""
        rows = read_news_set()
        hits, false_positives, misses = score(rows)
        precision = hits / (hits + false_positives)
        recall = hits / (hits + misses)
        print(
            f"\nall: {len(rows)} sentences, {hits + misses} pairs, "
            f"P={precision:.3f} R={recall:.3f} (tp={hits} fp={false_positives} fn={misses})"
        )
        for part in ("dev", "held-out"):
            subset = [row for row in rows if row[0] == part]
            part_hits, part_fp, part_misses = score(subset)
            print(
                f"{part}: {len(subset)} sentences, P={part_hits / (part_hits + part_fp):.3f} "
                f"R={part_hits / (part_hits + part_misses):.3f}"
            )
        assert precision >= 0.98
        assert recall >= 0.92

    def test_held_out_floors(self) -> None:
        """The batch written after the rules were frozen keeps P >= 0.95 and R >= 0.85."""
        rows = [row for row in read_news_set() if row[0] == "held-out"]
        hits, false_positives, misses = score(rows)
        assert hits / (hits + false_positives) >= 0.95
        assert hits / (hits + misses) >= 0.85
