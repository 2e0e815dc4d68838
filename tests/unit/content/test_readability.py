"""The reading grade counts sentences as a reader does (held to textstat in tests/fidelity)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.markdown import parse_markdown, passages
from kiosk.content.readability import reading_grade

REPO = Path(__file__).resolve().parents[3]


def test_list_items_are_sentences_like_the_same_words_written_as_sentences() -> None:
    items = parse_markdown("- Bruising where the needle went in\n- A mild headache\n- Tiredness")
    written = parse_markdown("Bruising where the needle went in. A mild headache. Tiredness.")
    assert reading_grade(passages(items)) == pytest.approx(reading_grade(passages(written)))


def test_a_sentence_wrapped_over_lines_is_one_sentence() -> None:
    wrapped = parse_markdown("The effect of the medicine\nfades slowly over several months.")
    one_line = parse_markdown("The effect of the medicine fades slowly over several months.")
    assert reading_grade(passages(wrapped)) == reading_grade(passages(one_line))


@pytest.mark.parametrize(
    ("passage", "words", "sentences", "syllable_count"),
    [
        ("The cat sat.", 3, 1, 3),
        ("Ask us. We will help!", 5, 2, 5),
        ("Is it safe? Yes", 4, 2, 4),
        ("Dr. Lee sees you", 4, 2, 4),  # "Dr." ends a sentence here, as it does for textstat
    ],
)
def test_hand_counted_passages(
    passage: str, words: int, sentences: int, syllable_count: int
) -> None:
    expected = 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59
    assert reading_grade([passage]) == pytest.approx(expected)
