"""Wiring: content, view models and the QML window, for the screen or for a snapshot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.content.model import Content
from kiosk.session.idle import IdlePolicy
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.session import KioskSession

QML_FOLDER = Path(__file__).resolve().parent / "qml"


class KioskWindow(QObject):
    """The kiosk's one window with its session and idle monitor.

    ``full_screen`` locks it down: no keys, no closing, no pointer (if the
    content's settings say so). Windowed, it behaves like any desktop window.
    """

    def __init__(
        self,
        content: Content,
        folder: Path,
        *,
        full_screen: bool,
        size: QSize | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        assert app is not None, "create the QGuiApplication first"
        settings = content.settings
        # Made first so that it is destroyed first: QML must never see its models go.
        self.engine = QQmlApplicationEngine(self)
        self.session = KioskSession(content, folder, self)
        self.idle = IdleMonitor(
            IdlePolicy(settings.idle_timeout_seconds, settings.idle_warning_seconds), self
        )
        self.idle.expired.connect(self.session.reset)
        app.installEventFilter(self.idle)
        self._lockdown: Lockdown | None = None
        if full_screen:
            self._lockdown = Lockdown(self)
            app.installEventFilter(self._lockdown)
            if settings.hide_cursor:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        self.engine.addImportPath(str(QML_FOLDER))
        self.engine.setInitialProperties(
            {"session": self.session, "idle": self.idle, "fullScreen": full_screen}
        )
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk's QML did not load; see the messages above")
        self.window: QQuickWindow = roots[0]
        if size is not None and not full_screen:
            self.window.resize(size)
