"""The small Markdown subset that section bodies are written in.

Paragraphs, ``**bold**``, bullet lists (``- item``) and numbered lists
(``1. item``): enough for patient leaflets, and nothing that could reach
outside the kiosk. Links, pictures and HTML are refused with a reason, because
on a kiosk a link is a way out. Headings, quotes, code and tables are refused
too, so that what staff write is exactly what patients see.

A general Markdown library (markdown-it-py) was measured at 0.45 ms a body on
the target machine, 4 s for a large content file, only to throw most of its
grammar away again; this parser reads the subset in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text, bold or not."""

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


class MarkdownError(ValueError):
    """Something outside the subset, at ``line`` (counted from 0 within the text)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


_BULLET = re.compile(r"[-*+][ \t]+(?P<text>.*)")
_NUMBERED = re.compile(r"(?P<number>\d{1,9})[.)][ \t]+(?P<text>.*)")
_BLOCK_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"#{1,6}(\s|$)"), "headings are not supported in a text; start a new section"),
    (re.compile(r">"), "quotes (lines starting with >) are not supported"),
    (re.compile(r"(```|~~~)"), "code blocks are not supported"),
    (re.compile(r"\|.*\|\s*$"), "tables are not supported; use a list instead"),
    (re.compile(r"\[[^\]]+\]:\s*\S"), "links are not allowed: on a kiosk a link is a way out"),
)
_LINK_END = re.compile(r"\][ \t]*[(\[]")
_HTML = re.compile(r"<[A-Za-z/!?]")


def _picture(line: str) -> bool:
    """``![`` with a ``]`` after it, nested brackets and all."""
    at = line.find("![")
    return at >= 0 and line.find("]", at + 2) >= 0


def _link(line: str) -> bool:
    """A ``[`` with ``](`` or ``][`` after it (a reference or inline link)."""
    at = line.find("[")
    return at >= 0 and _LINK_END.search(line, at) is not None


# Each rule reads a line once, never scanning on from each of many starts: a line of
# 200,000 `[` took 55 s with `\[[^\]]*\]\s*[(\[]`, and nested brackets slipped past it.
_INLINE_RULES: tuple[tuple[Callable[[str], bool], str], ...] = (
    (_picture, "pictures inside a text are not allowed; use the topic picture"),
    (
        _link,
        "links are not allowed: on a kiosk a link is a way out; "
        "write a web address as plain text instead",
    ),
    (
        lambda line: _HTML.search(line) is not None,
        "HTML tags and <links> are not allowed; use **bold** and lists instead",
    ),
    (lambda line: "`" in line, "code formatting (`) is not supported"),
)
# One match a line finds whether any block rule is broken; only then is each rule tried.
_ANY_BLOCK = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _BLOCK_RULES))
_BOLD = re.compile(r"(?<!\\)\*\*")
#: An opening ``*`` or ``_``: not after a backslash, a letter or digit, or a ``*``, and
#: followed by a non-space; a closing one: after a non-space, followed by neither a letter
#: or digit nor a ``*``. Italics are an opening one with a closing one of the same kind
#: later, and text between.
_OPENS = re.compile(r"(?<![\\\w*])[*_](?=\S)")
_CLOSES = re.compile(r"(?<=\S)[*_](?![\w*])")
_ESCAPE = re.compile(r"\\([\\*_#>\-+.!\[\]()`|])")


def parse_markdown(text: str) -> tuple[Block, ...]:
    """Read ``text`` into blocks; raise :class:`MarkdownError` outside the subset."""
    blocks: list[Block] = []
    kind: str | None = None  # "p", "ul" or "ol": the block being read
    items: list[list[str]] = []
    lines: list[int] = []  # the first line of each item, for errors
    start = 1

    def close() -> None:
        nonlocal kind
        if kind is not None:
            read = tuple(_inline(part, line) for part, line in zip(items, lines, strict=True))
            if kind == "p":
                blocks.append(Paragraph(read[0]))
            elif kind == "ul":
                blocks.append(BulletList(read))
            else:
                blocks.append(NumberedList(read, start))
        kind = None
        items.clear()
        lines.clear()

    for number, raw in enumerate(text.splitlines()):
        stripped = raw.strip()
        if not stripped:
            close()
            continue
        indented = raw[: len(raw) - len(raw.lstrip())]
        _check_block(stripped, number)
        _check_inline(stripped, number)
        bullet, numbered = _BULLET.fullmatch(stripped), _NUMBERED.fullmatch(stripped)
        if (bullet or numbered) and indented and kind in ("ul", "ol"):
            raise MarkdownError(number, "lists inside lists are not supported; keep one level")
        if bullet or numbered:
            wanted = "ul" if bullet else "ol"
            if kind != wanted:
                close()
                kind = wanted
                if numbered:
                    start = int(numbered["number"])
            found = bullet or numbered
            assert found is not None
            items.append([found["text"].strip()])
            lines.append(number)
        elif kind is None:
            kind = "p"
            items.append([stripped])
            lines.append(number)
        else:  # a line that carries on the paragraph or the last list item
            items[-1].append(stripped)
    close()
    if not blocks:
        raise MarkdownError(0, "the text is empty")
    return tuple(blocks)


def _check_block(line: str, number: int) -> None:
    """Refuse a line that starts a block outside the subset."""
    if _ANY_BLOCK.match(line):
        for pattern, reason in _BLOCK_RULES:
            if pattern.match(line):
                raise MarkdownError(number, reason)


def _check_inline(line: str, number: int) -> None:
    """Refuse a line that holds a link, a picture, HTML or code anywhere in it."""
    if "[" in line or "<" in line or "`" in line:
        for broken, reason in _INLINE_RULES:
            if broken(line):
                raise MarkdownError(number, reason)


def _inline(lines: list[str], number: int) -> Line:
    """Read the bold spans of a paragraph or item that starts on line ``number``."""
    text = " ".join(lines)
    if len(lines) > 1:
        _check_inline(text, number)  # a construct split across two lines
    parts = _BOLD.split(text)
    if len(parts) % 2 == 0:
        raise MarkdownError(number, "a `**` has no closing `**`; bold text needs both")
    spans: list[Span] = []
    for index, part in enumerate(parts):
        if ("*" in part or "_" in part) and has_italics(part):
            raise MarkdownError(number, "italics are not supported; use **bold** to stress words")
        if part:
            unescaped = _ESCAPE.sub(r"\1", part) if "\\" in part else part
            spans.append(Span(unescaped, bold=index % 2 == 1))
    if not spans:
        raise MarkdownError(number, "the text is empty")
    return tuple(spans)


def has_italics(text: str) -> bool:
    """Whether ``text`` holds ``*italics*`` or ``_italics_``, in one pass.

    A lazy regular expression (``(\\*|_)(?=\\S)(.+?)(?<=\\S)\1``) finds the same, but tries
    each opening mark against the rest of the line: a line of 16,000 ``" *a"`` took 20 s.
    """
    first_opening: dict[str, int] = {}
    closings = {match.start(): match.group() for match in _CLOSES.finditer(text)}
    for match in _OPENS.finditer(text):
        first_opening.setdefault(match.group(), match.start())
    return any(
        mark in first_opening and at >= first_opening[mark] + 2 for at, mark in closings.items()
    )


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
