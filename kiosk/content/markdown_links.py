"""Where CommonMark sees a link, so that brackets that make none stay text.

With no link definitions (and the subset refuses those), only an inline link
``[text](destination "title")`` or picture ``![text](...)`` is a link: ``[1]``, ``[1][2]``
and ``[see] (below)`` are text. Destinations and titles are read by CommonMark 0.31.2's
rules as markdown-it-py reads them; each reader stops at the first character that cannot
belong, and nested brackets in a destination stop at 32 as in markdown-it.
"""

from __future__ import annotations

from kiosk.content.markdown_chars import TRIMMED
from kiosk.content.markdown_destinations import RawDestinations

_SPACES = " \t"
_MAX_PARENTHESES = 32


def destination_end(text: str, at: int, bare: RawDestinations | None = None) -> int:
    """Where a link destination starting at ``at`` ends, or -1 if there is none.

    ``bare`` answers for destinations without ``<>`` when many starts are tried in a text.
    """
    if at < len(text) and text[at] == "<":
        return _bracketed_destination_end(text, at + 1)
    if bare is not None:
        return bare.end(at)
    start, depth = at, 0
    while at < len(text):
        char = text[at]
        if char == " " or ord(char) < 0x20 or char == "\x7f":
            break
        if char == "\\" and at + 1 < len(text):
            if text[at + 1] == " ":
                break
            at += 2
            continue
        if char == "(":
            depth += 1
            if depth > _MAX_PARENTHESES:
                return -1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        at += 1
    return at if at > start and depth == 0 else -1


def _bracketed_destination_end(text: str, at: int) -> int:
    while at < len(text):
        char = text[at]
        if char in "\n<":
            return -1
        if char == ">":
            return at + 1
        at += 2 if char == "\\" and at + 1 < len(text) else 1
    return -1


def title_end(text: str, at: int) -> int:
    """Where a link title (``"..."``, ``'...'`` or ``(...)``) at ``at`` ends, or -1."""
    if at >= len(text) or text[at] not in "\"'(":
        return -1
    closing = ")" if text[at] == "(" else text[at]
    at += 1
    while at < len(text):
        char = text[at]
        if char == closing:
            return at + 1
        if char == "(" and closing == ")":
            return -1
        at += 2 if char == "\\" and at + 1 < len(text) else 1
    return -1


def _skip_space(text: str, at: int, *, newlines: bool = True) -> int:
    while at < len(text) and (text[at] in _SPACES or (newlines and text[at] == "\n")):
        at += 1
    return at


def inline_link_follows(text: str, at: int, bare: RawDestinations) -> bool:
    """Whether ``(destination "title")`` follows the closing ``]`` at ``at - 1``."""
    if at >= len(text) or text[at] != "(":
        return False
    at = _skip_space(text, at + 1)
    if at >= len(text):
        return False
    end = destination_end(text, at, bare)
    if end >= 0:
        at = _skip_space(text, end)
        title = title_end(text, at)
        if at > end and title >= 0:
            at = _skip_space(text, title)
    return at < len(text) and text[at] == ")"


def starts_with_definition(text: str) -> bool:
    """Whether a paragraph's text opens with a link definition (``[name]: address``).

    ``text`` is the paragraph's lines, their indent taken away, each ending in a newline.
    """
    if not text.startswith("["):
        return False
    label_end = _label_end(text)
    if label_end < 0 or not text.startswith(":", label_end + 1):
        return False
    at = _skip_space(text, label_end + 2)
    end = destination_end(text, at)
    if end < 0:
        return False
    after_title = _title_on_the_line(text, end)
    if after_title >= 0:
        return True
    return _line_ends(text, _skip_space(text, end, newlines=False))


def _label_end(text: str) -> int:
    at = 1
    while at < len(text):
        char = text[at]
        if char == "[":
            return -1
        if char == "]":
            return at if text[1:at].strip(TRIMMED) else -1
        at += 2 if char == "\\" else 1
    return -1


def _title_on_the_line(text: str, end: int) -> int:
    """After a destination ending at ``end``: the end of a title ending its line, or -1."""
    at = _skip_space(text, end)
    if at == end:
        return -1
    title = title_end(text, at)
    if title < 0:
        return -1
    after = _skip_space(text, title, newlines=False)
    return after if _line_ends(text, after) else -1


def _line_ends(text: str, at: int) -> bool:
    return at >= len(text) or text[at] == "\n"
