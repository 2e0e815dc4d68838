"""Markdown-subset blocks as Qt "styled text": escaped words, <b> and <br> only.

Everything staff write is escaped, so no tag, link or picture can reach the
screen; the only markup is the bold and the hard line breaks that the subset allows
(RichBlocks.qml shows bodies as ``Text.StyledText``, which knows both).
"""

from __future__ import annotations

import html
from typing import Any

from kiosk.content.markdown import LINE_BREAK, Block, BulletList, Line, Paragraph


def escaped(text: str) -> str:
    """``text`` as styled text that shows it as written: a hard line break as ``<br>``, and a
    no-break space as ``&nbsp;`` (Qt's styled text breaks a line at a plain U+00A0)."""
    return html.escape(text).replace(LINE_BREAK, "<br>").replace("\u00a0", "&nbsp;")


def styled_line(spans: Line) -> str:
    return "".join(
        f"<b>{escaped(span.text)}</b>" if span.bold else escaped(span.text) for span in spans
    )


def plain_blocks(text: str, *, bold: bool = False) -> list[dict[str, Any]]:
    """A plain text (no Markdown) as one escaped paragraph; no blocks for no text."""
    if not text:
        return []
    words = escaped(text)
    return [{"kind": "paragraph", "items": [f"<b>{words}</b>" if bold else words], "start": 1}]


def styled_blocks(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    """``[{"kind": "paragraph" | "bullets" | "numbers", "items": [...], "start": n}]``."""
    out: list[dict[str, Any]] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append({"kind": "paragraph", "items": [styled_line(block.spans)], "start": 1})
        elif isinstance(block, BulletList):
            out.append(
                {"kind": "bullets", "items": [styled_line(i) for i in block.items], "start": 1}
            )
        else:
            items = [styled_line(item) for item in block.items]
            out.append({"kind": "numbers", "items": items, "start": block.start})
    return out
