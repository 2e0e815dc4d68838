"""The common body read in one short pass: plain lines, ``**bold**`` words, simple lists.

Most section bodies are paragraphs and lists of plain words with some ``**bold**``. For
those, CommonMark's rules come down to a few facts, so this reader gives the same blocks
as the full one (tests/unit/content/test_markdown_fast.py checks it on generated bodies)
at a third of the cost. A body is simple when:

- it has none of ``\\ ` _ [ < & ~ |``, a tab, a return or a NUL, so no escape, entity,
  code, link, HTML, table or strikethrough can be in it;
- every line is blank, or starts in the first column with a letter (then no block but a
  paragraph can start on it), or is ``- ``, ``+ `` or a number with ``.`` or ``)`` and
  one space, then a letter (a list item holding words); no line ends in whitespace, so
  there is no hard break and nothing to trim;
- every ``*`` is in a pair ``**word ... word**`` whose inside starts and ends with a
  letter or digit and has no ``*``. Such an opening run is left-flanking, a closing one
  right-flanking, each run is two long, and pairs are taken in order, so each pair is
  bold and nothing else is.

The block rules that remain: a blank line closes the paragraph; a list item line starts
an item (in the open list if the marker kind is the same), except under an open
paragraph outside a list when it is numbered other than 1 (then it is text); any other
line carries on the open paragraph or item (lazily), or starts a paragraph and ends the
list.
"""

from __future__ import annotations

import re

from kiosk.content.markdown_chars import TRIMMED
from kiosk.content.markdown_model import Block, BulletList, Line, NumberedList, Paragraph, Span

_NOT_SIMPLE = re.compile(r"[\\`_\[<&~|\t\r\0]")
_ITEM = re.compile(r"(?:([-+])|([0-9]{1,9})([.)])) (?=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")
_BOLD_PAIRS = re.compile(r"(?:[^*]|\*\*(?=[^\W_])[^*]*(?<=[^\W_])\*\*(?!\*))*")
#: What was read: for each block, its list kind (None for a paragraph), start and parts.
_Found = list[tuple[str | None, int, list[list[str]]]]


def simple_blocks(text: str) -> tuple[Block, ...] | None:
    """The blocks of a simple body (see the module's docstring), or None if it is not one."""
    if _NOT_SIMPLE.search(text):
        return None
    found: _Found = []
    open_paragraph = False
    for line in text.split("\n"):
        if not line.strip(" "):
            open_paragraph = False
            continue
        if line[-1] in TRIMMED:
            return None
        item = _ITEM.match(line)
        if item is None and not _LETTER.match(line):
            return None
        in_list = bool(found) and found[-1][0] is not None
        if item is None or (open_paragraph and not in_list and item[2] not in (None, "1")):
            if open_paragraph:
                found[-1][2][-1].append(line)
            else:
                found.append((None, 1, [[line]]))
        else:
            kind = item[1] or item[3]
            if not in_list or found[-1][0] != kind:
                found.append((kind, int(item[2] or 1), []))
            found[-1][2].append([line[item.end() :]])
        open_paragraph = True
    return _blocks(found)


def _blocks(found: _Found) -> tuple[Block, ...] | None:
    blocks: list[Block] = []
    for kind, start, parts in found:
        lines = []
        for part in parts:
            spans = _spans(" ".join(part))
            if spans is None:
                return None
            lines.append(spans)
        if kind is None:
            blocks.append(Paragraph(lines[0]))
        elif kind in "-+":
            blocks.append(BulletList(tuple(lines)))
        else:
            blocks.append(NumberedList(tuple(lines), start))
    return tuple(blocks) or None


def _spans(text: str) -> Line | None:
    if "*" not in text:
        return (Span(text),)
    if not _BOLD_PAIRS.fullmatch(text):
        return None
    parts = text.split("**")
    return tuple(Span(part, index % 2 == 1) for index, part in enumerate(parts) if part)
