"""A kiosk window on the bundled content, driven by a finger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.content import load_content
from kiosk.ui.app import KioskWindow
from tests.ui.finger import Finger

PORTRAIT = QSize(1080, 1920)

OpenKiosk = Callable[..., tuple[KioskWindow, Finger]]


@pytest.fixture
def open_kiosk(qtbot: QtBot, content_dir: Path) -> Iterator[OpenKiosk]:
    """Open the kiosk on (a copy of) the bundled content, changed by ``edit`` if given."""
    opened: list[KioskWindow] = []

    def open_it(
        edit: Callable[[str], str] = lambda text: text,
        *,
        full_screen: bool = False,
        size: QSize = PORTRAIT,
    ) -> tuple[KioskWindow, Finger]:
        file = content_dir / "content.yaml"
        file.write_text(edit(file.read_text(encoding="utf-8")), encoding="utf-8")
        result = load_content(file)
        assert result.content is not None, result.errors
        kiosk = KioskWindow(result.content, content_dir, full_screen=full_screen, size=size)
        with qtbot.waitExposed(kiosk.window):
            kiosk.window.show()
        if full_screen:  # the offscreen platform has no real screen to fill
            kiosk.window.resize(size)
            qtbot.waitUntil(lambda: kiosk.window.contentItem().height() == size.height())
            qtbot.wait(100)
        opened.append(kiosk)
        return kiosk, Finger(kiosk.window, qtbot)

    yield open_it
    while QGuiApplication.overrideCursor() is not None:  # a full-screen kiosk hid the pointer
        QGuiApplication.restoreOverrideCursor()
    for kiosk in opened:
        kiosk.dispose()
