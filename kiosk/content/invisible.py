"""Characters a person cannot see, named so that staff can find and delete them."""

from __future__ import annotations

import re

#: Characters that show as nothing, or break a line where none is seen, but that a YAML
#: escape (`"Maple\0Clinic"`) or a paste puts into a text; tabs and line breaks are text.
_NAMED = {
    "\u0085": "a next-line character (NEL, U+0085)",
    "\u2028": "an invisible line separator (U+2028)",
    "\u2029": "an invisible paragraph separator (U+2029)",
    "\ufeff": "an invisible byte order mark (U+FEFF)",
}
_CLASS = r"\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff"
_INVISIBLE = re.compile(f"[{_CLASS}]")
#: A text with none of them, as a pattern for the editor's schema (ECMA-262 syntax, which
#: reads these escapes as Python does).
NO_INVISIBLE = f"^[^{_CLASS}]*$"
#: Line breaks to YAML 1.1 (and so to libyaml), but to no editor: after one, every line
#: libyaml counts is one more than the editor shows.
HIDDEN_LINE_BREAK = re.compile("[\u0085\u2028\u2029]")


def name_of(character: str) -> str:
    """``an invisible line separator (U+2028)``, or a control character by its code."""
    return _NAMED.get(character, f"an invisible control character (U+{ord(character):04X})")


def first_invisible(text: str) -> str | None:
    """The first invisible character in ``text``, named, or None."""
    found = _INVISIBLE.search(text)
    return None if found is None else name_of(found.group())
