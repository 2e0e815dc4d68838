"""The block structure of a body: paragraphs, and lists whose items each hold one paragraph.

Lines are read one at a time as CommonMark reads them (0.31.2): a list item owns the lines
indented up to its text, carries on over unindented ("lazy") lines, and goes on across
blank lines when the next item follows; a new list starts when the bullet or the number's
``.`` / ``)`` changes. Only the words of each paragraph are kept, for the inline reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.content.markdown_lines import Marker, classify, indent_of, nested_list
from kiosk.content.markdown_links import starts_with_definition
from kiosk.content.markdown_model import MarkdownError, refuse

_TABLE_DIVIDER = re.compile(r"\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *")


@dataclass(slots=True)
class Leaf:
    """A paragraph: its lines as (line number, text without indent)."""

    lines: list[tuple[int, str]]


@dataclass(slots=True)
class ListOf:
    """A list: its bullet or number delimiter, its first number, and its items."""

    kind: str
    start: int | None
    items: list[Leaf] = field(default_factory=list)


@dataclass(slots=True)
class _Item:
    column: int
    line: int
    leaf: Leaf | None = None


class BlockReader:
    """Feed it lines in order; ``blocks`` holds what they made."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Leaf | ListOf] = []
        self.paragraph: Leaf | None = None  # the open paragraph, at the top or in an item
        self.list: ListOf | None = None
        self.item: _Item | None = None

    def feed(self, number: int, line: str) -> None:
        item = self.item
        if not line.strip(" "):
            if item is not None and item.leaf is None:  # an item has one blank line at most
                raise refuse("empty_item", item.line)
            self.paragraph = None
        elif item is None:
            self._top(number, line)
        elif indent_of(line) >= item.column:
            self._in_item(number, line[item.column :], item)
        else:
            self._after_item(number, line, item)

    def finish(self) -> None:
        if self.item is not None and self.item.leaf is None:
            raise refuse("empty_item", self.item.line)

    def _top(self, number: int, line: str) -> None:
        marker = self._classify(line, number, in_paragraph=self.paragraph is not None)
        if marker is not None:
            self._start_item(number, marker)
        elif self.paragraph is not None:
            self._carry_on(number, line)
        else:
            self.paragraph = Leaf([(number, line.lstrip(" "))])
            self.blocks.append(self.paragraph)

    def _in_item(self, number: int, text: str, item: _Item) -> None:
        open_paragraph = self.paragraph is not None
        if self._classify(text, number, in_paragraph=open_paragraph) is not None:
            raise nested_list(number)
        if item.leaf is None:  # the item's words start on the line after its marker
            self._item_words(number, text, item)
        elif open_paragraph:
            self._carry_on(number, text)
        elif starts_with_definition(self._paragraph_from(number)):
            raise refuse("reference", number)
        else:
            raise refuse("item_blocks", number)

    def _paragraph_from(self, number: int) -> str:
        """The lines from ``number`` to the next blank one, their indent taken away."""
        text = []
        for line in self.lines[number:]:
            if not line.strip(" "):
                break
            text.append(line.lstrip(" ") + "\n")
        return "".join(text)

    def _classify(
        self, line: str, number: int, *, in_paragraph: bool, lazy: bool = False
    ) -> Marker | None:
        """``classify``, where a definition under its paragraph's underline stays one."""
        try:
            return classify(line, number, in_paragraph=in_paragraph, lazy=lazy)
        except MarkdownError as problem:
            paragraph = self.paragraph
            if (
                problem.construct == "setext"
                and paragraph is not None
                and starts_with_definition("".join(text + "\n" for _, text in paragraph.lines))
            ):
                raise refuse("reference", paragraph.lines[0][0]) from None
            raise

    def _after_item(self, number: int, line: str, item: _Item) -> None:
        if item.leaf is None:
            raise refuse("empty_item", item.line)
        lazy = self.paragraph is not None
        marker = classify(line, number, in_paragraph=lazy, lazy=lazy)
        if marker is not None:
            self._start_item(number, marker)
        elif self.paragraph is not None:
            self.paragraph.lines.append((number, line.lstrip(" ")))
        else:  # after a blank line, unindented text ends the list
            self.list = self.item = None
            self._top(number, line)

    def _start_item(self, number: int, marker: Marker) -> None:
        if self.list is None or self.list.kind != marker.kind:
            self.list = ListOf(marker.kind, marker.start)
            self.blocks.append(self.list)
        self.item = _Item(marker.column, number)
        self.paragraph = None
        if not marker.empty:
            if classify(marker.rest, number, in_paragraph=False) is not None:
                raise nested_list(number)
            self._item_words(number, marker.rest, self.item)

    def _item_words(self, number: int, text: str, item: _Item) -> None:
        assert self.list is not None
        item.leaf = self.paragraph = Leaf([(number, text.lstrip(" "))])
        self.list.items.append(item.leaf)

    def _carry_on(self, number: int, text: str) -> None:
        assert self.paragraph is not None
        text = text.lstrip(" ")
        last_number, last = self.paragraph.lines[-1]
        if _TABLE_DIVIDER.fullmatch(text) and "|" in text and _cells(last) == _cells(text) > 0:
            raise refuse("table", last_number)
        self.paragraph.lines.append((number, text))


def _cells(row: str) -> int:
    """How many cells a GitHub table row has (``|`` outside escapes separates them), or 0."""
    if "|" not in row:
        return 0
    row = row.strip(" ")
    row = row[1:] if row.startswith("|") else row
    if not row:  # a lone "|" is no row of cells (markdown-it agrees; "||" is one empty cell)
        return 0
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return len(re.split(r"(?<!\\)\|", row))
