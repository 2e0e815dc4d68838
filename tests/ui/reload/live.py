"""A kiosk window following a content file, for the live reload tests."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize

from kiosk.content.model import Content
from kiosk.ui.live_content import LiveContent
from kiosk.ui.window import KioskWindow
from tests.ui.finger import Finger, all_items, texts_in

#: Small, so that drawing a frame in software never holds the event loop for long.
SIZE = QSize(540, 960)
#: Generous: a save shows in about 0.3 s (tests/benchmarks/reload.py); a busy CI machine is slower.
WAIT_MS = 5000
SETTLE_MS = 400  # longer than a page transition
TITLE = "    en: Crow's feet\n"


@dataclass
class Live:
    """A kiosk window following a content file, and every content it was handed."""

    file: Path
    kiosk: KioskWindow
    finger: Finger
    received: list[Content] = field(default_factory=list)

    @property
    def content(self) -> LiveContent:
        return self.kiosk.live

    def tile_texts(self, topic_id: str = "crows-feet") -> list[str]:
        tiles = [
            item
            for item in all_items(self.kiosk.window.contentItem())
            if item.objectName() == f"tile-{topic_id}" and item.isVisible()
        ]
        return [text for tile in tiles for text in texts_in(tile)]


StartLive = Callable[[Path], Live]


def retitled(text: str, title: str) -> str:
    assert text.count(TITLE) == 1
    return text.replace(TITLE, f"    en: {title}\n")


def sources_last(text: str) -> str:
    """The last topic's sources moved to the end of the file, and more of them.

    A file cut inside that list is still valid content, only with fewer
    sources: exactly the half-saved file that validation cannot catch.
    """
    head, sources, dates = re.fullmatch(
        r"(.*\n)(    sources:\n(?:      - [^\n]*\n)+)((?:    \w+:[^\n]*\n(?:      [^\n]*\n)*)+)",
        text,
        re.DOTALL,
    ).groups()
    more = "".join(
        f"      - A further source, number {n}, with its full title.\n" for n in range(20)
    )
    return head + dates + sources + more
