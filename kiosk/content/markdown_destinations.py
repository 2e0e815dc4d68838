"""Where a bare link destination ends, for any start in a text, each in logarithmic time.

A bare destination (``[a](here)``) runs to a space or control character, or to a ``)``
that closes nothing, and fails when parentheses nest deeper than 32. Read afresh at each
``](``, a line of 40,000 ``[a](`` walked 32 parentheses at each: 0.9 s. Here the text is
read once into its parentheses and stops, with the running balance before each; an end is
then the first close at the start's balance, or the first open at 32 above it (a
failure), or the next stop, whichever comes first: three binary searches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

_EVENT = re.compile(r"[\\()\x00-\x20\x7f]")
_MAX_PARENTHESES = 32
_OPEN, _CLOSE, _STOP = 1, -1, 0


class RawDestinations:
    """The bare destinations of one text (which must not start inside a ``\\`` escape)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.positions: list[int] = []
        kinds: list[int] = []
        at = 0
        while (found := _EVENT.search(text, at)) is not None:
            at = found.start()
            char = text[at]
            if char == "\\" and text[at + 1 : at + 2] != " ":
                at += 2  # an escaped character, or a last backslash, is just a character
                continue
            self.positions.append(at)
            kinds.append({"(": _OPEN, ")": _CLOSE}.get(char, _STOP))
            at += 1
        self._index(kinds)

    def _index(self, kinds: list[int]) -> None:
        self.balance = [0]
        self.closes: dict[int, list[int]] = defaultdict(list)
        self.opens: dict[int, list[int]] = defaultdict(list)
        self.stops: list[int] = []
        for index, kind in enumerate(kinds):
            level = self.balance[-1]
            if kind == _CLOSE:
                self.closes[level].append(index)
            elif kind == _OPEN:
                self.opens[level].append(index)
            else:
                self.stops.append(index)
            self.balance.append(level + kind)

    def end(self, at: int) -> int:
        """Where the bare destination starting at ``at`` ends, or -1 if there is none."""
        first = bisect_left(self.positions, at)
        level = self.balance[first]
        stop = _first_from(self.stops, first, len(self.positions))
        close = _first_from(self.closes.get(level, []), first, stop)
        too_deep = _first_from(self.opens.get(level + _MAX_PARENTHESES, []), first, stop)
        if too_deep < close:
            return -1
        if close < stop:
            end = self.positions[close]
        elif self.balance[stop] != level:
            return -1
        else:
            end = self.positions[stop] if stop < len(self.positions) else self.length
        return end if end > at else -1


def _first_from(indexes: list[int], first: int, otherwise: int) -> int:
    """The first of ``indexes`` at or after ``first``, if before ``otherwise``."""
    found = bisect_left(indexes, first)
    return indexes[found] if found < len(indexes) and indexes[found] < otherwise else otherwise
