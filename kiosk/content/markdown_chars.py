"""The kinds of character that CommonMark's rules name, as markdown-it-py counts them."""

from __future__ import annotations

import unicodedata

#: Unicode whitespace: the Zs category, and tab, line feed, line and form feed, return.
WHITESPACE = frozenset(
    "\t\n\v\f\r \xa0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
)
#: What markdown-it strips from both ends of a paragraph (JavaScript's ``trim``).
TRIMMED = "".join(sorted(WHITESPACE | {"\u2028", "\u2029"}))
#: The ASCII punctuation that a backslash makes plain.
ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def is_punctuation(char: str) -> bool:
    """Unicode punctuation or symbol (categories P and S), as CommonMark 0.31 counts it."""
    return char in ESCAPABLE or unicodedata.category(char)[0] in "PS"
