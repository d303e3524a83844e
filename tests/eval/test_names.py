"""Tests for diplotimeline.eval.names: folding names and scoring their similarity."""

from __future__ import annotations

import pytest

from diplotimeline.eval import scoring
from diplotimeline.eval.names import fold_name, name_similarity


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đồng Nai’s Investment Forum", "dong nai investment forum"),
        ("  Ørsted – Łódź  Talks ", "orsted lodz talks"),
        ("Straße (G-20)", "strasse g 20"),
    ],
)
def test_fold_name_drops_case_marks_possessives_and_punctuation(text: str, folded: str) -> None:
    """Folding spells out undecomposable letters and keeps only lower-case words."""
    assert fold_name(text) == folded


def test_equal_content_words_score_one() -> None:
    """Word order, stop words, a final plural and a split compound do not lower the score."""
    assert name_similarity("Summit of the Andean States", "Andean States Summit") == 1.0
    assert name_similarity("Nordic Council session", "Nordic Council sessions") == 1.0
    assert name_similarity("Viet Nam – Korea Business Forum", "Vietnam-Korea Business Forum") == 1.0


def test_acronym_and_expansion_score_point_nine_five() -> None:
    """An acronym matches its initials or a bracketed acronym on the other side."""
    assert name_similarity("Shanghai Cooperation Organisation", "SCO") == 0.95
    assert (
        name_similarity(
            "Economic Community of West African States (ECOWAS) Summit", "ECOWAS Summit"
        )
        == 0.95
    )


def test_different_ordinals_never_match() -> None:
    """Two names that both carry numbers and share none score 0.0."""
    assert (
        name_similarity(
            "5th Mekong–Lancang Leaders’ Meeting", "4th Mekong-Lancang Leaders' Meeting"
        )
        == 0.0
    )


def test_partial_overlap_is_mean_of_jaccard_and_containment() -> None:
    """A name contained in a longer one scores between the threshold and 1.0."""
    assert name_similarity("Andean Summit", "12th Andean Summit") == pytest.approx((2 / 3 + 1) / 2)
    assert name_similarity("Arctic Council Ministerial", "Pacific Islands Forum") == 0.0


def test_scoring_still_exports_the_same_functions() -> None:
    """The old import path diplotimeline.eval.scoring gives the very same objects."""
    assert scoring.fold_name is fold_name
    assert scoring.name_similarity is name_similarity
