"""Where CommonMark sees raw HTML or an autolink, so that everything else is plain text.

``a < b``, ``<12`` and ``<twelve`` are text in CommonMark; ``<b>``, ``<!-- x -->`` and
``<https://x.org>`` are not. The rules are CommonMark 0.31.2's, written as markdown-it-py
(the reference the tests compare with) writes them.

Every test here reads forward from one ``<`` and stops at the first character that cannot
belong, and the forms that end in a fixed string (comments, ``<?...?>``, CDATA) are only
tried when that string occurs later at all: a line of many unclosed ``<!--`` or ``<?``
stays linear.
"""

from __future__ import annotations

import re

_ATTRIBUTE = (
    r"(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*"
    r"""(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
)
_OPEN_TAG = rf"<[A-Za-z][A-Za-z0-9\-]*{_ATTRIBUTE}*\s*/?>"
_CLOSE_TAG = r"</[A-Za-z][A-Za-z0-9\-]*\s*>"
_TAG = re.compile(f"{_OPEN_TAG}|{_CLOSE_TAG}")
_DECLARATION_START = re.compile(r"<![A-Za-z]")

_SCHEME_LINK = re.compile(r"[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^<>\x00-\x20]*")
_EMAIL_LINK = re.compile(
    r"[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    r"(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"
)

_BLOCK_NAMES = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    "h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|"
    "thead|title|tr|track|ul"
)
#: The starts of HTML blocks 1 to 6 (any of which may break into a paragraph), then 7.
_BLOCK_STARTS = (
    re.compile(r"<(?a:script|pre|style|textarea)(?=\s|>|$)", re.IGNORECASE),
    re.compile(r"<!--|<\?|<![A-Za-z]|<!\[CDATA\["),
    re.compile(rf"</?(?a:{_BLOCK_NAMES})(?=\s|/?>|$)", re.IGNORECASE),
)
_BLOCK_TAG_LINE = re.compile(rf"(?:{_OPEN_TAG}|{_CLOSE_TAG})\s*$")


def autolink_at(text: str, at: int) -> bool:
    """Whether ``<`` at ``at`` opens an autolink (``<scheme:...>`` or ``<a@b.c>``)."""
    end = at + 1
    while end < len(text) and text[end] not in "<>":
        end += 1
    if end >= len(text) or text[end] == "<":
        return False
    inside = text[at + 1 : end]
    return bool(_SCHEME_LINK.fullmatch(inside) or _EMAIL_LINK.fullmatch(inside))


class RawHtml:
    """Finds inline raw HTML in one text, remembering where the fixed endings last occur."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._last: dict[str, int] = {}
        self._comment_ends: dict[int, bool] = {}

    def _ends_after(self, ending: str, at: int) -> bool:
        if ending not in self._last:
            self._last[ending] = self.text.rfind(ending)
        return self._last[ending] >= at

    def at(self, at: int) -> bool:
        """Whether the ``<`` at ``at`` starts a tag, comment, declaration or the like."""
        text = self.text
        if at + 2 >= len(text):
            return False
        second = text[at + 1]
        if text.startswith("<!--", at):
            return text.startswith(("<!-->", "<!--->"), at) or (
                self._ends_after("-->", at + 4) and self._comment_closes(at + 4)
            )
        if text.startswith("<![CDATA[", at):
            return self._ends_after("]]>", at + 9)
        if second == "?":
            return self._ends_after("?>", at + 2)
        if second == "!":
            return bool(_DECLARATION_START.match(text, at)) and self._ends_after(">", at + 3)
        if second == "/" or (second.isascii() and second.isalpha()):
            return self._ends_after(">", at + 2) and bool(_TAG.match(text, at))
        return False

    def _comment_closes(self, start: int) -> bool:
        """Whether a comment's body from ``start`` reaches ``-->``, read as markdown-it does.

        Its pattern ``(?:[^-]|-[^-]|--[^>])*-->`` takes one unit at a time, so the first
        ``-->`` that falls on a unit boundary ends the comment, and ``--->`` does not. Walks
        from two comment starts that meet at a boundary go on alike, so each boundary's
        answer is kept.
        """
        text, walked = self.text, []
        at, closes = start, False
        while True:
            at = text.find("-", at)
            if at in self._comment_ends:
                closes = self._comment_ends[at]
                break
            if at < 0 or at + 2 >= len(text):
                break
            walked.append(at)
            if text[at + 1] != "-":
                at += 2
            elif text[at + 2] == ">":
                closes = True
                break
            else:
                at += 3
        for boundary in walked:
            self._comment_ends[boundary] = closes
        return closes


def html_block_starts(line: str, *, interrupting: bool) -> bool:
    """Whether ``line`` (its indent taken away) starts an HTML block.

    A line that is only a tag (kind 7) starts one only where no paragraph goes on.
    """
    if not line.startswith("<"):
        return False
    if any(start.match(line) for start in _BLOCK_STARTS):
        return True
    return not interrupting and bool(_BLOCK_TAG_LINE.match(line))
