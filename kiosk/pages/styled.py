"""Markdown-subset blocks as Qt "styled text": escaped words, <b> and <br> only.

Everything staff write is escaped, so no tag, link or picture can reach the
screen; the only markup is the bold and the hard line breaks that the subset allows
(RichBlocks.qml shows bodies as ``Text.StyledText``, which knows both).
"""

from __future__ import annotations

import html

from kiosk.content.markdown import LINE_BREAK, Block, BulletList, Line, Paragraph
from kiosk.pages.page_data import TextBlock


def escaped(text: str) -> str:
    """``text`` as styled text that shows it as written: a hard line break as ``<br>``, and a
    no-break space as ``&nbsp;`` (Qt's styled text breaks a line at a plain U+00A0)."""
    return html.escape(text).replace(LINE_BREAK, "<br>").replace("\u00a0", "&nbsp;")


def styled_line(spans: Line) -> str:
    return "".join(
        f"<b>{escaped(span.text)}</b>" if span.bold else escaped(span.text) for span in spans
    )


def plain_blocks(text: str, *, bold: bool = False) -> tuple[TextBlock, ...]:
    """A plain text (no Markdown) as one escaped paragraph; no blocks for no text."""
    if not text:
        return ()
    words = escaped(text)
    return (TextBlock("paragraph", (f"<b>{words}</b>" if bold else words,)),)


def styled_blocks(blocks: tuple[Block, ...]) -> tuple[TextBlock, ...]:
    """Each paragraph, bullet list and numbered list as escaped styled text."""
    out: list[TextBlock] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(TextBlock("paragraph", (styled_line(block.spans),)))
        elif isinstance(block, BulletList):
            out.append(TextBlock("bullets", tuple(styled_line(item) for item in block.items)))
        else:
            items = tuple(styled_line(item) for item in block.items)
            out.append(TextBlock("numbers", items, block.start))
    return tuple(out)
