"""Start the Qt application and show the kiosk window in it, until the process is stopped."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.runtime.notify import Notifier, watchdog_plan
from kiosk.runtime.paths import APP_NAME
from kiosk.runtime.start_view import read_start_view
from kiosk.ui import deferred_core
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.full_screen import FullScreenGuard
from kiosk.ui.live_content import LiveContent
from kiosk.ui.renderer import use_renderer
from kiosk.ui.watchdog import SystemdWatchdog
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:  # see kiosk.ui.deferred_core
    from kiosk.content.loader import LoadResult

log = logging.getLogger("kiosk")
_wake_sockets: list[socket.socket] = []


def run_kiosk(
    file: Path,
    *,
    windowed: bool,
    size: tuple[int, int] | None,
    report: Callable[[LoadResult], None] = lambda _result: None,
    renderer: str = "auto",
) -> int:
    """Show the kiosk on ``file``, following its saves, until the process is stopped.

    ``report`` is given the first load's result (good or not): before the window shows,
    or, when the start view saved at the last good load still holds, just after its first
    frame (``kiosk.runtime.start_view``). ``renderer`` is for ``kiosk.ui.renderer``.
    Returns the exit status.
    """
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)  # also names Qt's own cache folder
    _quit_on_termination(app)
    use_renderer(renderer)
    live = LiveContent(file)
    live.replaced.connect(lambda content: deferred_core.save_home(file, content))
    start = read_start_view(file)
    if start is None:
        report(live.start())
    preview = _fitting(QSize(*size) if size else QSize(720, 1280), app) if windowed else None
    kiosk = KioskWindow(
        live.content, file.parent, full_screen=not windowed, size=preview, live=live, start=start
    )
    _report_to_systemd(app, kiosk.window)
    if start is not None:
        log.info("first frame from the start view saved at the last good load")
        AfterFirstFrame(kiosk.window, lambda: report(live.start()), kiosk, or_after_ms=2000)
    if windowed:
        kiosk.window.show()
    else:
        FullScreenGuard(kiosk.window, kiosk)
    return app.exec()


def _fitting(size: QSize, app: QGuiApplication) -> QSize:
    """``size``, made smaller (same shape) where the screen's free area is smaller."""
    screen = app.primaryScreen()
    if screen is None:
        return size
    room = screen.availableGeometry().size() * 0.95
    if size.width() <= room.width() and size.height() <= room.height():
        return size
    fitted = size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
    log.info(
        "preview: %dx%d does not fit this screen's %dx%d; shown at %dx%d, the same shape",
        size.width(),
        size.height(),
        room.width(),
        room.height(),
        fitted.width(),
        fitted.height(),
    )
    return fitted


def _report_to_systemd(app: QGuiApplication, window: QQuickWindow) -> None:
    """READY, WATCHDOG and STOPPING to systemd, when it gave us a NOTIFY_SOCKET."""
    notifier = Notifier.from_environment()
    if notifier is None:
        log.info("systemd notify: off (NOTIFY_SOCKET is not set)")
        return
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
        # Nothing but the timer here: a handler runs between any two bytecodes, also in the
        # middle of a log line being written to stderr, and a log call from it then raised
        # "reentrant call" and the stop was lost (under cage, a SIGTERM just after READY=1
        # left the kiosk running until it was killed). Through a timer: exit() before the
        # event loop runs does nothing, and a stop during the start-up would be lost too.
        name = signal.Signals(number).name
        QTimer.singleShot(0, app, lambda: _stop(app, name))

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def _stop(app: QGuiApplication, name: str) -> None:
    log.info("stopping on %s", name)
    # Not quit(): in Qt 6 it asks each window to close, and the lockdown refuses.
    app.exit(0)
