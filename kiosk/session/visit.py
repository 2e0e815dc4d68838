"""One patient's visit as a value, and every rule of it as a pure function.

A ``Visit`` is the pages the patient opened, the language they chose and whether they
asked for large text or high contrast. Each thing a patient (or new content) does turns
one visit into the next; ``derive`` says what the screen shows of a visit.
``kiosk.ui.session.KioskSession`` only stores the visit, derives, and tells QML what
changed, so all of this is tested without a window (``tests/unit/session/test_visit.py``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from kiosk.session.navigation import HOME, History, topic_of, topic_page


@dataclass(frozen=True, slots=True)
class Visit:
    history: History
    language: str
    large_text: bool = False
    high_contrast: bool = False

    @classmethod
    def fresh(cls, language: str) -> Visit:
        """The start, as the next patient finds it: home, the default language, normal text
        in normal contrast."""
        return cls(History(), language)

    def opened(self, page: str) -> Visit:
        return replace(self, history=self.history.open(page))

    def back(self) -> Visit:
        return replace(self, history=self.history.back())

    def in_language(self, code: str, offered: Collection[str]) -> Visit:
        """The language ``code``, if the content offers it; else the visit as it was."""
        return replace(self, language=code) if code in offered else self

    def with_large_text_toggled(self) -> Visit:
        return replace(self, large_text=not self.large_text)

    def with_high_contrast_toggled(self) -> Visit:
        return replace(self, high_contrast=not self.high_contrast)


def after_new_content(
    visit: Visit, topics: Collection[str], languages: Collection[str], default_language: str
) -> Visit:
    """The visit once new content is shown.

    The patient stays on their page if it is still there, else goes home; earlier pages
    that are gone are dropped from the way back; a language the content no longer offers
    falls back to its default.
    """
    history = visit.history.keep_only({topic_page(topic_id) for topic_id in topics})
    if history.current != visit.history.current:  # their page is gone: start again
        history = History()
    language = visit.language if visit.language in languages else default_language
    return replace(visit, history=history, language=language)


def slide(before: History, after: History) -> int:
    """How the screen moves from one page to the next: +1 a page slides in over the one on
    screen, -1 it slides off the one beneath, 0 home replaces everything at once."""
    if after.current == HOME:
        return -1 if len(before.pages) == 2 else 0
    return 1 if len(after.pages) > len(before.pages) else -1


@dataclass(frozen=True, slots=True)
class OnScreen:
    """What the screen shows of a visit (besides the pages' own data)."""

    page: str
    topic_id: str | None
    on_home: bool
    can_go_back: bool
    at_start: bool
    language: str
    large_text: bool
    high_contrast: bool


def derive(visit: Visit, default_language: str) -> OnScreen:
    """``at_start``: nothing for the idle reset to forget, so no "Still reading?"."""
    return OnScreen(
        page=visit.history.current,
        topic_id=topic_of(visit.history.current),
        on_home=visit.history.current == HOME,
        can_go_back=visit.history.can_go_back,
        at_start=visit == Visit.fresh(default_language),
        language=visit.language,
        large_text=visit.large_text,
        high_contrast=visit.high_contrast,
    )
