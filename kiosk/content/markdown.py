"""The small Markdown subset that section bodies are written in.

Paragraphs, ``**bold**`` (or ``__bold__``), hard line breaks, bullet lists (``- item``)
and numbered lists (``1. item``), with backslash escapes and ``&amp;``-style entities: and
on everything it accepts, the kiosk shows what a CommonMark preview (VS Code, GitHub)
shows. Links, pictures and HTML are refused with a reason, because on a kiosk a link is a
way out; headings, quotes, code, dividing lines, italics and lists inside lists are
refused too, so that what staff write is exactly what patients see.

A general Markdown library (markdown-it-py) was measured at 0.45 ms a body on the target
machine, 4 s for a large content file, only to throw most of its grammar away again; this
reader keeps CommonMark's rules for the constructs it meets and stops at the first one
outside the subset. The tests hold it to markdown-it-py on the spec's examples and on
generated bodies.
"""

from __future__ import annotations

import re

from kiosk.content.markdown_blocks import BlockReader, Leaf, ListOf
from kiosk.content.markdown_chars import TRIMMED
from kiosk.content.markdown_fast import simple_blocks
from kiosk.content.markdown_inline import Refusal, read_inline
from kiosk.content.markdown_links import starts_with_definition
from kiosk.content.markdown_model import (
    LINE_BREAK,
    Block,
    BulletList,
    Line,
    MarkdownError,
    NumberedList,
    Paragraph,
    Span,
    refuse,
)

__all__ = [
    "LINE_BREAK",
    "Block",
    "BulletList",
    "Line",
    "MarkdownError",
    "NumberedList",
    "Paragraph",
    "Span",
    "parse_markdown",
    "passages",
    "plain_text",
]

_LINE_END = re.compile(r"\r\n?|\n")
#: Characters refused wherever they are, as a rule about the character itself.
_REFUSED_CHARACTERS = {"\t": "tab", "`": "backquote"}


def parse_markdown(text: str) -> tuple[Block, ...]:
    """Read ``text`` into blocks; raise :class:`MarkdownError` outside the subset."""
    return simple_blocks(text) or read_blocks(text)


def read_blocks(text: str) -> tuple[Block, ...]:
    """``parse_markdown`` by the full rules, without the short way for simple bodies."""
    if "\0" in text:
        text = text.replace("\0", "\ufffd")
    lines = _LINE_END.split(text) if "\r" in text else text.split("\n")
    for char, construct in _REFUSED_CHARACTERS.items():
        if char in text:
            raise refuse(construct, next(n for n, line in enumerate(lines) if char in line))
    reader = BlockReader(lines)
    for number, line in enumerate(lines):
        reader.feed(number, line)
    reader.finish()
    # A definition anywhere changes what brackets before it make, so look for one first.
    for leaf in _leaves(reader.blocks):
        if leaf.lines[0][1].startswith("[") and starts_with_definition(_joined(leaf) + "\n"):
            raise refuse("reference", leaf.lines[0][0])
    blocks = tuple(_block(found) for found in reader.blocks)
    if not blocks:
        raise refuse("empty", 0)
    return blocks


def _leaves(blocks: list[Leaf | ListOf]) -> list[Leaf]:
    return [
        leaf for found in blocks for leaf in ([found] if isinstance(found, Leaf) else found.items)
    ]


def _joined(leaf: Leaf) -> str:
    lines = leaf.lines
    return lines[0][1] if len(lines) == 1 else "\n".join(text for _, text in lines)


def _block(found: Leaf | ListOf) -> Block:
    if isinstance(found, Leaf):
        return Paragraph(_words(found, "empty"))
    items = tuple(_words(item, "empty_item") for item in found.items)
    if found.start is None:
        return BulletList(items)
    return NumberedList(items, found.start)


def _words(leaf: Leaf, empty: str) -> Line:
    """The spans of one paragraph; a refusal points at the line it was found on."""
    joined = _joined(leaf)
    trimmed = joined.strip(TRIMMED)
    try:
        spans = read_inline(trimmed)
    except Refusal as found:
        first = joined.count("\n", 0, len(joined) - len(joined.lstrip(TRIMMED)))
        line = leaf.lines[first + trimmed.count("\n", 0, found.at)][0]
        raise refuse(found.construct, line) from None
    if not any(span.text.strip() for span in spans):
        raise refuse(empty, leaf.lines[0][0])
    return spans


def passages(blocks: tuple[Block, ...]) -> list[str]:
    """The words of ``blocks`` without formatting: one string a paragraph or list item."""
    out: list[str] = []
    for block in blocks:
        rows = (block.spans,) if isinstance(block, Paragraph) else block.items
        out.extend("".join(span.text for span in row) for row in rows)
    return out


def plain_text(blocks: tuple[Block, ...]) -> str:
    """The words of ``blocks`` without formatting, one block or item a line."""
    return "\n".join(passages(blocks))
