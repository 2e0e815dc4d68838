"""The one-line verdict on a content file that ``kiosk check`` and ``kiosk run`` print."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models load with the content, after a start view's first frame
    from kiosk.content import LoadResult


def summary(shown: str, result: LoadResult, *, strict: bool = False) -> str:
    """One line: can this file go live, and what is in it."""
    errors, warnings = result.error_count, result.warning_count
    counts = f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    if result.unlisted_errors or result.unlisted_warnings:
        counts += f" (the first {len(result.problems)} are listed)"
    if result.content is None:
        return (
            f"{shown}: {counts}; this file cannot go live (the kiosk keeps the last good content)"
        )
    content = result.content
    what = (
        f"{_plural(len(content.topics), 'topic')} in {_plural(len(content.categories), 'category')}"
        f"; languages {', '.join(content.clinic.languages)}"
    )
    if strict and warnings:
        return f"{shown}: {counts}; --strict: fix the warnings ({what})"
    return f"{shown}: ready to go live: {what}; {counts}"


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count:,} {word[:-1]}ies" if word.endswith("y") else f"{count:,} {word}s"
