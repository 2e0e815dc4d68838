"""What a section body is read into, and how a body outside the subset is refused.

A refusal names the construct that CommonMark (what staff see in their editor's preview)
would make of the text, or a plainly stated rule about one character, so that the words
a receptionist reads are true and say what to write instead.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Inside a span's text, the one character that is not a word: a hard line break
#: (two spaces or a ``\\`` at the end of a line). Soft line breaks are spaces.
LINE_BREAK = "\n"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text, bold or not; a ``LINE_BREAK`` in it starts a new line on screen."""

    text: str
    bold: bool = False


Line = tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: Line


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class NumberedList:
    items: tuple[Line, ...]
    start: int = 1


Block = Paragraph | BulletList | NumberedList

_LINK_WAY_OUT = "on a kiosk a link is a way out"

#: Why each construct is refused, by a short name that tests match against CommonMark.
REASONS = {
    "link": f"links are not allowed: {_LINK_WAY_OUT}; write a web address as plain text instead",
    "autolink": f"links in <angle brackets> are not allowed: {_LINK_WAY_OUT}; "
    "write the address without the < >",
    "reference": f"link definitions ([name]: address) are not allowed: {_LINK_WAY_OUT}",
    "image": "pictures inside a text are not allowed; use the topic picture",
    "html": "HTML tags are not allowed; use **bold** and lists instead (write \\< to show a <)",
    "heading": "headings are not supported in a text; start a new section",
    "setext": "a line of === or --- right under text makes that text a heading, and headings "
    "are not supported in a text; start a new section instead",
    "hr": "a line of only ---, *** or ___ draws a dividing line, which is not supported; "
    "start a new section instead",
    "blockquote": "quotes (lines starting with >) are not supported",
    "fence": "code blocks (~~~) are not supported",
    "indented_code": "a line indented by 4 or more spaces shows as code, which is not "
    "supported; take the spaces away",
    "backquote": "the backquote ` marks code in Markdown, which is not supported here; "
    "leave it out",
    "nested_list": "lists inside lists are not supported; keep one level",
    "item_blocks": "a list item holds one paragraph only: after a blank line, indented text "
    "would become a second paragraph inside the item; remove the blank line or the indent",
    "empty_item": "a list item is empty; write its words after the - or 1.",
    "italics": "italics are not supported; use **bold** to stress words",
    "stray_stars": "these stars make no bold text, so patients would see the stars: put ** "
    "right against the words (**like this**), or write \\* for a star",
    "tab": "tabs are not allowed in a text, since editors indent them differently; use spaces",
    "table": "tables are not supported: the VS Code and GitHub previews show this as a table, "
    "but the kiosk would show the | signs; use a list instead",
    "strikethrough": "~~ crosses words out in the VS Code and GitHub previews, but not on the "
    "kiosk; leave those words out, or write \\~ for a tilde",
    "control": "this &#...; code stands for an invisible control character; leave it out",
    "empty": "the text is empty",
}


class MarkdownError(ValueError):
    """Something outside the subset, at ``line`` (counted from 0 within the text).

    ``construct`` is the short name of what was found (a key of ``REASONS``).
    """

    def __init__(self, line: int, reason: str, construct: str = "") -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason
        self.construct = construct


def refuse(construct: str, line: int) -> MarkdownError:
    """The error for ``construct`` found on ``line``."""
    return MarkdownError(line, REASONS[construct], construct)
