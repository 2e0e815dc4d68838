"""Start the Qt application for the kiosk window or for snapshots."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QSocketNotifier
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

from kiosk.content import LoadResult
from kiosk.content.model import Content
from kiosk.runtime.notify import Notifier, watchdog_plan

log = logging.getLogger("kiosk")
_wake_sockets: list[socket.socket] = []


def run_kiosk(
    file: Path,
    *,
    windowed: bool,
    size: tuple[int, int] | None,
    report: Callable[[LoadResult], None] = lambda _result: None,
) -> int:
    """Show the kiosk on ``file``, following its saves, until the process is stopped.

    ``report`` is given the first load's result (good or not) before the window shows.
    Returns the exit status.
    """
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("clinic-kiosk")
    _quit_on_termination(app)
    from kiosk.ui.app import KioskWindow
    from kiosk.ui.live_content import LiveContent

    live = LiveContent(file)
    report(live.start())
    preview = QSize(*size) if size else QSize(720, 1280)  # a portrait screen, on a desktop
    kiosk = KioskWindow(
        live.content, file.parent, full_screen=not windowed, size=preview, live=live
    )
    _report_to_systemd(app, kiosk.window)
    kiosk.window.show()
    return app.exec()


def _report_to_systemd(app: QGuiApplication, window: QQuickWindow) -> None:
    """READY, WATCHDOG and STOPPING to systemd, when it gave us a NOTIFY_SOCKET."""
    notifier = Notifier.from_environment()
    if notifier is None:
        log.info("systemd notify: off (NOTIFY_SOCKET is not set)")
        return
    from kiosk.ui.watchdog import SystemdWatchdog

    watchdog = SystemdWatchdog(window, notifier, watchdog_plan(), app)
    app.aboutToQuit.connect(watchdog.stopping)


def _quit_on_termination(app: QGuiApplication) -> None:
    """SIGTERM (``systemctl stop``) and SIGINT (Ctrl+C) end the event loop, so the stop is logged.

    Python runs signal handlers only when it has control, which it does not while Qt's
    event loop waits; the wake-up socket makes Qt hand it control at once.
    """
    wake_reader, wake_writer = socket.socketpair()
    wake_reader.setblocking(False)
    wake_writer.setblocking(False)
    signal.set_wakeup_fd(wake_writer.fileno())
    waker = QSocketNotifier(wake_reader.fileno(), QSocketNotifier.Type.Read, app)
    waker.activated.connect(lambda: wake_reader.recv(64))
    _wake_sockets.extend((wake_reader, wake_writer))  # open for the whole run

    def stop(number: int, _frame: object) -> None:
        log.info("stopping on %s", signal.Signals(number).name)
        # Not quit(): in Qt 6 it asks each window to close, and the lockdown refuses.
        app.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


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
