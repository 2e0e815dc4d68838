"""Start the Qt application for the kiosk window or for snapshots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.content.model import Content


def run_kiosk(
    content: Content, folder: Path, *, windowed: bool, size: tuple[int, int] | None
) -> int:
    """Show the kiosk until the process is stopped; return the exit status."""
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("clinic-kiosk")
    from kiosk.ui.app import KioskWindow

    preview = QSize(*size) if size else QSize(720, 1280)  # a portrait screen, on a desktop
    kiosk = KioskWindow(content, folder, full_screen=not windowed, size=preview)
    kiosk.window.show()
    return app.exec()


def save_snapshots(
    content: Content,
    folder: Path,
    out: Path,
    size: tuple[int, int],
    language: str,
    *,
    large_text: bool,
) -> list[Path]:
    """Render every screen offscreen with the software renderer; return the files."""
    app = QGuiApplication.instance()
    if app is None:  # our own process: no display needed, and pixels the same everywhere
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        app = QGuiApplication(sys.argv[:1])
    from kiosk.ui.snapshot import screens

    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, image in screens(content, folder, QSize(*size), language, large_text=large_text):
        file = out / f"{name}.png"
        if not image.save(str(file)):
            raise OSError(f"could not write {file}")
        saved.append(file)
    return saved
