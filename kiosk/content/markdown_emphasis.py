"""CommonMark's emphasis: which runs of ``*`` and ``_`` pair up into bold, and which stay stars.

This is the spec's "process emphasis" procedure (0.31.2, appendix), with its table of
lower bounds (``openers_bottom``) so that a line of thousands of unmatched marks is read
in one pass: every search for an opener starts above the last one that failed for the same
kind of closer, and pairs that match take the marks between them off the stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.markdown_chars import WHITESPACE, is_punctuation


@dataclass(slots=True)
class Run:
    """A run of ``*`` or ``_`` in the text: how many marks are left and what they may do."""

    char: str
    length: int
    at: int
    can_open: bool
    can_close: bool
    left: int = 0
    #: Bold texts this run closes (on its left) and opens (on its right).
    closes: int = 0
    opens: int = 0

    def __post_init__(self) -> None:
        self.left = self.length


class Italics(Exception):
    """Two runs pair into emphasis (italics); ``at`` is where the opening run is."""

    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at


def delimiter_run(text: str, at: int) -> Run:
    """The run of the mark at ``at``, with CommonMark's flanking rules applied."""
    char, end = text[at], at
    while end < len(text) and text[end] == char:
        end += 1
    before = text[at - 1] if at > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before, space_after = before in WHITESPACE, after in WHITESPACE
    mark_before, mark_after = is_punctuation(before), is_punctuation(after)
    left_flanking = not space_after and (not mark_after or space_before or mark_before)
    right_flanking = not space_before and (not mark_before or space_after or mark_after)
    if char == "*":
        can_open, can_close = left_flanking, right_flanking
    else:  # `_` may not open or close inside a word
        can_open = left_flanking and (not right_flanking or mark_before)
        can_close = right_flanking and (not left_flanking or mark_after)
    return Run(char, end - at, at, can_open, can_close)


def pair_runs(runs: list[Run]) -> None:
    """Pair ``runs`` (in text order) into bold; raise :class:`Italics` for emphasis."""
    count = len(runs)
    before = list(range(-1, count - 1))
    after = list(range(1, count + 1))

    def unlink(index: int) -> None:
        if before[index] >= 0:
            after[before[index]] = after[index]
        if after[index] < count:
            before[after[index]] = before[index]

    bottoms: dict[tuple[str, bool, int], int] = {}
    closer = 0
    while closer < count:
        run = runs[closer]
        if not run.can_close:
            closer = after[closer]
            continue
        kind = (run.char, run.can_open, run.length % 3)
        opener = before[closer]
        while opener > bottoms.get(kind, -1) and not _pairs(runs[opener], run):
            opener = before[opener]
        if opener < 0 or opener <= bottoms.get(kind, -1):
            bottoms[kind] = before[closer]
            following = after[closer]
            if not run.can_open:
                unlink(closer)
            closer = following
            continue
        _match(runs[opener], run)
        inner = after[opener]
        while inner != closer:
            unlink(inner)
            inner = after[inner]
        if runs[opener].left == 0:
            unlink(opener)
        if run.left == 0:
            following = after[closer]
            unlink(closer)
            closer = following


def _pairs(opener: Run, closer: Run) -> bool:
    if opener.char != closer.char or not opener.can_open or opener.left == 0:
        return False
    if opener.can_close or closer.can_open:  # the rule of 3
        total = opener.length + closer.length
        return total % 3 != 0 or (opener.length % 3 == 0 and closer.length % 3 == 0)
    return True


def _match(opener: Run, closer: Run) -> None:
    if opener.left < 2 or closer.left < 2:
        raise Italics(opener.at)
    opener.left -= 2
    closer.left -= 2
    opener.opens += 1
    closer.closes += 1
