"""What one line starts, by CommonMark's block rules: a list item, paragraph text, or else.

Every block the subset refuses is refused here, on the line where CommonMark would start
it, so the reason names what the staff preview shows: a heading, a dividing line, a quote,
code, HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.markdown_html import html_block_starts
from kiosk.content.markdown_model import MarkdownError, refuse

_ATX_HEADING = re.compile(r"#{1,6}(?: |$)")
_TILDE_FENCE = re.compile(r"~~~")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+) *$")
_DIVIDER = re.compile(r"([-*_])(?: *\1){2,} *$")
_BULLET = re.compile(r"[-+*](?= |$)")
_ORDERED = re.compile(r"([0-9]{1,9})([.)])(?= |$)")
#: Every block a line can start begins with one of these (after up to 3 spaces).
_STARTERS = frozenset(">#`~<=-_*+0123456789")
#: A quick test that a line may start a block other than a list item.
_MAY_START_BLOCK = re.compile(r"[>#`~<]|[-*_](?: *[-*_]){2,} *$|[=-]+ *$")


@dataclass(frozen=True, slots=True)
class Marker:
    """A list item's first line: its kind, and where its text starts."""

    kind: str  # the bullet (- + *) or the number's delimiter (. or ))
    start: int | None  # the number, for a numbered item
    column: int  # where the item's text starts; later lines indented so far belong to it
    rest: str  # the line after the marker and the spaces after it

    @property
    def empty(self) -> bool:
        return not self.rest.strip(" ")


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def classify(line: str, number: int, *, in_paragraph: bool, lazy: bool = False) -> Marker | None:
    """A list item's marker, or None for paragraph text; refuse any other block.

    ``in_paragraph``: a paragraph is open that this line may carry on. ``lazy``: that
    paragraph is in a list item this line is not indented into, so it cannot turn into a
    heading, and any list item may end it.
    """
    indent = indent_of(line)
    text = line[indent:]
    if indent < 4 and text[0] not in _STARTERS:
        return None
    if indent >= 4:
        # markdown-it (VS Code's preview) ends a list item's paragraph at such a line
        # when, unindented, it would start a block, and then shows it as code.
        if in_paragraph and not (lazy and _other_block(text, in_paragraph=True, lazy=True)):
            return None
        raise refuse("indented_code", number)
    _refuse_other_blocks(text, number, in_paragraph=in_paragraph, lazy=lazy)
    marker = _marker(text, indent)
    if marker is None or not in_paragraph or lazy:
        return marker
    # Only a list that starts with 1 and has words may break into a paragraph.
    if marker.empty or marker.start not in (None, 1):
        return None
    return marker


def _refuse_other_blocks(text: str, number: int, *, in_paragraph: bool, lazy: bool) -> None:
    problem = _other_block(text, in_paragraph=in_paragraph, lazy=lazy)
    if problem:
        raise refuse(problem, number)


def _other_block(text: str, *, in_paragraph: bool, lazy: bool) -> str:
    if not _MAY_START_BLOCK.match(text):
        return ""
    if text.startswith(">"):
        return "blockquote"
    if _ATX_HEADING.match(text):
        return "heading"
    if text.startswith("```"):
        return "backquote"
    if _TILDE_FENCE.match(text):
        return "fence"
    if html_block_starts(text, interrupting=in_paragraph):
        return "html"
    if in_paragraph and not lazy and _SETEXT_UNDERLINE.match(text):
        return "setext"
    if _DIVIDER.match(text):
        return "hr"
    return ""


def _marker(text: str, indent: int) -> Marker | None:
    bullet = _BULLET.match(text)
    ordered = None if bullet else _ORDERED.match(text)
    found = bullet or ordered
    if found is None:
        return None
    after = text[found.end() :]
    spaces = indent_of(after)
    if not after.strip(" ") or spaces > 4:  # empty, or its text is code: one space counts
        spaces = 1
    kind = found[0] if bullet else found[2]
    start = None if bullet else int(found[1])
    column = indent + found.end() + spaces
    return Marker(kind, start, column, after[spaces:])


def nested_list(number: int) -> MarkdownError:
    return refuse("nested_list", number)
