"""One line per load outcome, for the log and the staff panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.content.problems import format_key_path

if TYPE_CHECKING:  # the models load with the content, after a start view's first frame
    from kiosk.content.loader import LoadResult
    from kiosk.content.model import Content


def loaded_line(shown: str, content: Content) -> str:
    """``content loaded: PATH (N topics; languages en, es)``."""
    topics = len(content.topics)
    languages = ", ".join(content.clinic.languages)
    counted = f"{topics} topic" if topics == 1 else f"{topics} topics"
    return f"content loaded: {shown} ({counted}; languages {languages})"


def first_error(shown: str, result: LoadResult) -> str:
    """``PATH:LINE:COL: key.path: message``, then `` (and N more)`` when there are more."""
    errors = result.errors
    if not errors:  # cannot happen for a rejected file; said plainly if it ever does
        return f"{shown}: the file cannot go live"
    problem = errors[0]
    where = shown
    if problem.position is not None:
        where = f"{shown}:{problem.position.line}:{problem.position.column}"
    key = f"{format_key_path(problem.path)}: " if problem.path else ""
    more = f" (and {result.error_count - 1:,} more)" if result.error_count > 1 else ""
    return f"{where}: {key}{problem.message}{more}"


def rejected_line(shown: str, result: LoadResult, *, had_content: bool) -> str:
    """``content rejected: PATH:LINE:COL: message; keeping previous content``.

    With nothing good loaded yet (a broken file at start-up) there is no
    previous content to keep, and the line says what shows instead.
    """
    kept = "keeping previous content" if had_content else "showing the holding screen"
    return f"content rejected: {first_error(shown, result)}; {kept}"
