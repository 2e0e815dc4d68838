"""The verdict on a load, in one line: for ``kiosk check``, the log and the staff panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models load with the content, after a start view's first frame
    from kiosk.content.loader import LoadResult
    from kiosk.content.model import Content


def summary(file: str, result: LoadResult, *, strict: bool = False) -> str:
    """Can this file go live, and what is in it (``kiosk check`` and ``kiosk run``)."""
    errors, warnings = result.error_count, result.warning_count
    counts = f"{counted(errors, 'error')}, {counted(warnings, 'warning')}"
    if result.unlisted_errors or result.unlisted_warnings:
        counts += f" (the first {len(result.problems)} are listed)"
    if result.content is None:
        return f"{file}: {counts}; this file cannot go live (the kiosk keeps the last good content)"
    what = _what_is_in(result.content)
    if strict and warnings:
        return f"{file}: {counts}; --strict: fix the warnings ({what})"
    return f"{file}: ready to go live: {what}; {counts}"


def loaded_line(file: str, content: Content) -> str:
    """``content loaded: PATH (N topics; languages en, es)``."""
    topics = counted(len(content.topics), "topic")
    return f"content loaded: {file} ({topics}; languages {', '.join(content.clinic.languages)})"


def first_error(file: str, result: LoadResult) -> str:
    """``PATH:LINE:COL: key.path: message``, then `` (and N more)`` when there are more."""
    errors = result.errors
    if not errors:  # cannot happen for a rejected file; said plainly if it ever does
        return f"{file}: the file cannot go live"
    more = f" (and {result.error_count - 1:,} more)" if result.error_count > 1 else ""
    return errors[0].format(file, severity=False) + more


def rejected_line(file: str, result: LoadResult, *, had_content: bool) -> str:
    """``content rejected: PATH:LINE:COL: message; keeping previous content``.

    With nothing good loaded yet (a broken file at start-up) there is no
    previous content to keep, and the line says what shows instead.
    """
    kept = "keeping previous content" if had_content else "showing the holding screen"
    return f"content rejected: {first_error(file, result)}; {kept}"


def counted(count: int, word: str) -> str:
    """``1 topic``, ``2 topics``, ``1,000 categories``: staff read these, not code."""
    if count == 1:
        return f"1 {word}"
    return f"{count:,} {word[:-1]}ies" if word.endswith("y") else f"{count:,} {word}s"


def _what_is_in(content: Content) -> str:
    topics = counted(len(content.topics), "topic")
    categories = counted(len(content.categories), "category")
    return f"{topics} in {categories}; languages {', '.join(content.clinic.languages)}"
