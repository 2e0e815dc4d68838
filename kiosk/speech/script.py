"""What the kiosk says for a screen, in the order a reader meets it.

A page is read top to bottom: its title, what its badge means, the notice, each section
(heading, then its text), the safety box, the ask line and the number to call. Home is
the clinic, its welcome, and each category with its topics. Each utterance is one
sentence or a short run of them: the player starts on the first as soon as it is made,
so the first one is kept short (a title), and a pause or a repeat never cuts a word.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from kiosk.pages.page_data import Home, TextBlock, TopicPage

#: A page's utterances: plain sentences, in reading order.
Script = tuple[str, ...]

_TAG = re.compile(r"<[^>]*>")
# A phone number: digits with the separators people write ("(555) 010-0123"). Read digit by
# digit, as people say numbers they are to dial ("five five five", not "five hundred...").
_PHONE = re.compile(r"\+?\(?\d[\d\s().\u00a0-]{5,}\d")
# Where a long paragraph may be cut: after a sentence's end, before the next one starts.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
#: Sentences are joined up to this many characters: short enough that a pause or a
#: repeat starts near where the patient was, long enough that the voice keeps its flow.
LONGEST = 240


def spoken(styled: str) -> str:
    """Qt styled text (``<b>``, ``<br>``, ``&amp;``) as the words to say."""
    text = html.unescape(_TAG.sub(" ", styled.replace("<br>", ". ")))
    text = _PHONE.sub(lambda match: _digits(match.group()), text)
    return " ".join(text.replace("\u00a0", " ").split())


def sentences(text: str) -> list[str]:
    """``text`` in utterances of whole sentences, each at most ``LONGEST`` characters
    unless one sentence alone is longer."""
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if out and len(out[-1]) + 1 + len(sentence) <= LONGEST:
            out[-1] += " " + sentence
        elif sentence:
            out.append(sentence)
    return out


def topic_script(page: TopicPage) -> Script:
    """A topic's page as it is read: title down to the number to call."""
    parts = [page.title, page.badge]
    parts += _blocks(page.notice)
    for section in page.sections:
        parts += [section.heading, *_blocks(section.blocks)]
    parts += [page.safety.title, *_blocks(page.safety.blocks)]
    parts += _blocks(page.ask)
    return _utterances(parts)


def home_script(home: Home) -> Script:
    """Home as it is read: the clinic, its welcome, each category and its topics."""
    parts = [home.clinic.name, home.clinic.welcome]
    for category in home.categories:
        parts += [category.title, category.intro]
        for tile in category.topics:
            parts += [tile.title, tile.tile_badge, tile.summary]
    return _utterances(parts)


def _blocks(blocks: Iterable[TextBlock]) -> list[str]:
    return [item for block in blocks for item in block.items]


def _utterances(parts: Iterable[str]) -> Script:
    out: list[str] = []
    for part in parts:
        words = spoken(part)
        if words:
            out += sentences(_ended(words))
    return tuple(out)


def _ended(words: str) -> str:
    """A heading or list item ends as a sentence does, so the voice pauses after it."""
    return words if words[-1] in ".!?:;" else words + "."


def _digits(number: str) -> str:
    digits = [character for character in number if character.isdigit()]
    return " ".join(digits) if len(digits) >= 7 else number  # a phone has 7 digits or more
