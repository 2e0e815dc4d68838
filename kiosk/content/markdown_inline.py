"""The words of one paragraph or list item: escapes, entities, line breaks and bold.

Reads left to right as CommonMark does (markdown-it-py's rules, which the tests compare
with), and stops at the first construct outside the subset: a link or picture, HTML, an
autolink, code, italics, or stars that would show as stars.
"""

from __future__ import annotations

import html.entities
import re

from kiosk.content.markdown_chars import ESCAPABLE
from kiosk.content.markdown_destinations import RawDestinations
from kiosk.content.markdown_emphasis import Italics, Run, delimiter_run, pair_runs
from kiosk.content.markdown_html import RawHtml, autolink_at
from kiosk.content.markdown_links import inline_link_follows
from kiosk.content.markdown_model import LINE_BREAK, Line, Span

_SPECIAL = re.compile(r"[\\`*_\[\]!<&~\n]")
#: Without these, a text is its own one span (``]`` and ``!`` mean nothing without ``[``).
_MARKUP = re.compile(r"[\\`*_\[<&~\n]")
_NUMBER = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")
_NAME = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_ENTITIES = html.entities.html5
#: Characters that a ``&#...;`` may not bring in: on screen they would not be what a
#: preview shows (a tab, or a line break where the preview shows a space).
_CONTROL = frozenset("\t\n\v\f\r")


class Refusal(Exception):
    """A construct outside the subset, found at ``at`` in the text."""

    def __init__(self, at: int, construct: str) -> None:
        super().__init__(construct)
        self.at = at
        self.construct = construct


class _Break:
    """A hard line break among the pieces."""


_BREAK = _Break()
Piece = str | Run | _Break


def read_inline(text: str) -> Line:
    """The spans of ``text`` (a paragraph's lines joined by newlines, trimmed)."""
    if not _MARKUP.search(text):
        return (Span(text),) if text else ()
    pieces, runs = _Scanner(text).scan()
    try:
        pair_runs(runs)
    except Italics as found:
        raise Refusal(found.at, "italics") from None
    for run in runs:
        if run.char == "*" and run.length >= 2 and run.left:
            raise Refusal(run.at, "stray_stars")
    return _spans(pieces)


def entity_value(text: str, at: int) -> tuple[str, int] | None:
    """The character(s) an entity at ``at`` stands for and where it ends, if it is one."""
    number = _NUMBER.match(text, at)
    if number:
        code = int(number[1], 16) if number[1] else int(number[2])
        return (chr(code) if _valid_code(code) else "\ufffd"), number.end()
    name = _NAME.match(text, at)
    if name and name[1] + ";" in _ENTITIES:
        return _ENTITIES[name[1] + ";"], name.end()
    return None


def _valid_code(code: int) -> bool:
    """markdown-it's test: no surrogates, non-characters, most controls, or beyond Unicode."""
    return not (
        0xD800 <= code <= 0xDFFF
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFF in (0xFFFE, 0xFFFF)
        or code <= 0x08
        or code == 0x0B
        or 0x0E <= code <= 0x1F
        or 0x7F <= code <= 0x9F
        or code > 0x10FFFF
    )


class _Scanner:
    """One left-to-right pass over a text, collecting pieces and runs of marks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[Piece] = []
        self.runs: list[Run] = []
        #: Plain text read since the last piece; its trailing spaces decide a line break.
        self.pending: list[str] = []
        self.brackets: list[tuple[str, int]] = []
        self.html = RawHtml(text)
        self.destinations: RawDestinations | None = None

    def scan(self) -> tuple[list[Piece], list[Run]]:
        text, at = self.text, 0
        while at < len(text):
            found = _SPECIAL.search(text, at)
            if found is None:
                self.pending.append(text[at:])
                break
            if found.start() > at:
                self.pending.append(text[at : found.start()])
            at = self._special(found.start())
        self._flush()
        return self.pieces, self.runs

    def _flush(self) -> None:
        if self.pending:
            self.pieces.append("".join(self.pending))
            self.pending.clear()

    def _piece(self, piece: Piece) -> None:
        self._flush()
        self.pieces.append(piece)

    def _special(self, at: int) -> int:
        char, text = self.text[at], self.text
        if char == "\\":
            return self._backslash(at)
        if char == "\n":
            return self._newline(at)
        if char in "*_":
            run = delimiter_run(text, at)
            self._piece(run)
            self.runs.append(run)
            return at + run.length
        if char == "&":
            return self._entity(at)
        if char == "<":
            if autolink_at(text, at):
                raise Refusal(at, "autolink")
            if self.html.at(at):
                raise Refusal(at, "html")
        elif char == "[" or (char == "!" and text.startswith("![", at)):
            self.brackets.append(("link" if char == "[" else "image", at))
            self.pending.append("![" if char == "!" else "[")
            return at + (2 if char == "!" else 1)
        elif char == "]" and self.brackets:
            kind, opened = self.brackets.pop()
            if text.startswith("(", at + 1) and self._link_follows(at + 1):
                raise Refusal(opened, kind)
        elif char == "`":
            raise Refusal(at, "backquote")
        elif char == "~" and text.startswith("~~", at):
            raise Refusal(at, "strikethrough")
        self.pending.append(char)
        return at + 1

    def _link_follows(self, at: int) -> bool:
        if self.destinations is None:
            self.destinations = RawDestinations(self.text)
        return inline_link_follows(self.text, at, self.destinations)

    def _backslash(self, at: int) -> int:
        following = self.text[at + 1 : at + 2]
        if following == "\n":
            self._piece(_BREAK)
            return self._skip_spaces(at + 2)
        if not following:
            self.pending.append("\\")
            return at + 1
        self._piece(following if following in ESCAPABLE else "\\" + following)
        return at + 2

    def _newline(self, at: int) -> int:
        # Two spaces or more before the newline make a hard break; either way they go.
        before = "".join(self.pending)
        kept = before.rstrip(" ")
        self.pending = [kept]
        self._piece(_BREAK if len(before) - len(kept) >= 2 else " ")
        return self._skip_spaces(at + 1)

    def _skip_spaces(self, at: int) -> int:
        while at < len(self.text) and self.text[at] in " \t":
            at += 1
        return at

    def _entity(self, at: int) -> int:
        found = entity_value(self.text, at)
        if found is None:
            self.pending.append("&")
            return at + 1
        value, end = found
        if _CONTROL.intersection(value):
            raise Refusal(at, "control")
        self._piece(value)
        return end


def _spans(pieces: list[Piece]) -> Line:
    """Join the pieces into spans of the same weight; a run keeps the marks left over."""
    groups: list[tuple[bool, list[str]]] = []
    depth = 0

    def add(text: str) -> None:
        if text:
            if not groups or groups[-1][0] != (depth > 0):
                groups.append((depth > 0, []))
            groups[-1][1].append(text)

    for piece in pieces:
        if isinstance(piece, str):
            add(piece)
        elif isinstance(piece, _Break):
            add(LINE_BREAK)
        else:
            depth -= piece.closes
            add(piece.char * piece.left)
            depth += piece.opens
    return tuple(Span("".join(texts), bold) for bold, texts in groups)
