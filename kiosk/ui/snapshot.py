"""Render every screen to a PNG, with no display: for proofing content and for tests."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.content.model import Content
from kiosk.ui.settle import GIVE_UP_MS, settle
from kiosk.ui.voice import installed_voice
from kiosk.ui.window import KioskWindow

log = logging.getLogger("kiosk")


def screens(
    content: Content,
    folder: Path,
    size: QSize,
    language: str,
    *,
    large_text: bool,
    high_contrast: bool = False,
) -> Iterator[tuple[str, QImage]]:
    """Yield ``(screen id, picture)``: home, every topic, then the idle prompt."""
    # The voice now, not after the first frame: Listen shows in every picture it would.
    kiosk = KioskWindow(
        content, folder, full_screen=False, size=size, voice=installed_voice(), headphones=None
    )
    kiosk.hold_still()
    window = kiosk.window
    window.show()
    session = kiosk.session
    session.setLanguage(language)
    if large_text:
        session.toggleLargeText()
    if high_contrast:
        session.toggleHighContrast()
    try:
        yield "home", _grab(window)
        order = _topic_order(content)
        for topic_id in order:
            session.openTopic(topic_id)
            yield f"topic-{topic_id}", _grab(window)
            session.goHome()
        # On an untouched home the kiosk resets without asking: ask over a page someone chose.
        session.openTopic(order[0])
        kiosk.idle.pretend_idle(content.settings.idle_timeout_seconds)
        yield "idle", _grab(window)
    finally:
        window.close()
        kiosk.deleteLater()


def _topic_order(content: Content) -> list[str]:
    seen: dict[str, None] = {}
    for category in content.categories:
        seen.update(dict.fromkeys(category.topics))
    return list(seen)


def _grab(window: QQuickWindow) -> QImage:
    """The window once it is at rest (``kiosk.ui.settle``), rather than after a fixed pause."""
    if not settle(window):
        log.warning("a screen was still moving or loading after %d ms: taken as it is", GIVE_UP_MS)
    return window.grabWindow()


def save_snapshots(
    content: Content,
    folder: Path,
    out: Path,
    size: tuple[int, int],
    language: str,
    *,
    large_text: bool,
    high_contrast: bool = False,
) -> list[Path]:
    """Render every screen offscreen with the software renderer; return the files."""
    app = QGuiApplication.instance()
    if app is None:  # our own process: no display needed, and pixels the same everywhere
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        app = QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    shown = screens(
        content, folder, QSize(*size), language, large_text=large_text, high_contrast=high_contrast
    )
    for name, image in shown:
        file = out / f"{name}.png"
        if not image.save(str(file)):
            raise OSError(f"could not write {file}")
        saved.append(file)
    return saved
