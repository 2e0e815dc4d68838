"""Where the patient is, and how they got there."""

from __future__ import annotations

from dataclasses import dataclass

HOME = "home"


@dataclass(frozen=True, slots=True)
class History:
    """The pages a patient has opened, home first; the last one is on screen.

    Home is always at the bottom, so Back never leads nowhere and Home is
    always one step.
    """

    pages: tuple[str, ...] = (HOME,)

    @property
    def current(self) -> str:
        return self.pages[-1]

    @property
    def can_go_back(self) -> bool:
        return len(self.pages) > 1

    def open(self, page: str) -> History:
        """Go to ``page``; opening the page already on screen changes nothing."""
        if page == self.current:
            return self
        if page == HOME:
            return History()
        return History((*self.pages, page))

    def back(self) -> History:
        return History(self.pages[:-1]) if self.can_go_back else self

    def keep_only(self, pages: set[str]) -> History:
        """Drop pages that no longer exist (after new content), keeping home."""
        kept = tuple(page for page in self.pages if page == HOME or page in pages)
        return History(kept)


def topic_page(topic_id: str) -> str:
    return f"topic/{topic_id}"


def topic_of(page: str) -> str | None:
    """The topic id shown on ``page``, or ``None`` for home."""
    return page.removeprefix("topic/") if page.startswith("topic/") else None
