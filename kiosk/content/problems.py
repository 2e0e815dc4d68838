"""Problems found in a content file, located and worded for the staff who fix them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

#: Problems listed for one file: the first ones in reading order, then how many more. A
#: file can hold tens of thousands; nobody reads past the first screenful, and each costs
#: time to put in words.
MAX_LISTED = 100

#: A key path into the content: mapping keys are strings, list positions ints (from 0).
KeyPath = tuple[str | int, ...]


class Severity(StrEnum):
    """An error keeps the file off the screen; a warning lets it go live."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Position:
    """A place in the file, counted from 1 as editors count."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the content, with where it is and what to do."""

    severity: Severity
    message: str
    path: KeyPath = ()
    position: Position | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, file: str, *, severity: bool = True) -> str:
        """Render as ``FILE:LINE:COL: error: KEY.PATH: message``, the form editors jump to.

        Without ``severity`` for a line that is about errors only (the log, the staff panel).
        """
        where = file
        if self.position is not None:
            where = f"{file}:{self.position.line}:{self.position.column}"
        said = f"{self.severity.value}: " if severity else ""
        key = f"{format_key_path(self.path)}: " if self.path else ""
        return f"{where}: {said}{key}{self.message}"


def format_key_path(path: KeyPath) -> str:
    """``("topics", "crows-feet", "sections", 1)`` -> ``topics.crows-feet.sections[2]``.

    List positions are shown counted from 1, the way staff count items in a list.
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            key = part if len(part) <= 60 else f"{part[:59]}…"  # a key may be a whole line
            text += f".{key}" if text else key
    return text


def error(message: str, path: KeyPath = (), position: Position | None = None) -> Problem:
    return Problem(Severity.ERROR, message, path, position)


def warning(message: str, path: KeyPath = (), position: Position | None = None) -> Problem:
    return Problem(Severity.WARNING, message, path, position)
