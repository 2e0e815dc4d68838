"""systemd hears from the kiosk: READY=1 after the first frame, WATCHDOG=1 from the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk.runtime.notify import Notifier, WatchdogPlan
from kiosk.ui.first_frame import AfterFirstFrame

log = logging.getLogger("kiosk.notify")


class SystemdWatchdog(QObject):
    """Tells systemd the kiosk is up, and keeps telling it while the GUI thread is alive.

    The pings come from a QTimer in the GUI thread on purpose: a GUI thread stuck in a
    loop or a deadlock stops them, and systemd restarts the kiosk after ``WatchdogSec``.
    """

    def __init__(
        self, window: QQuickWindow, notifier: Notifier, plan: WatchdogPlan, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier
        AfterFirstFrame(window, self._ready, self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        if plan.interval_ms is not None:
            self._timer.start(plan.interval_ms)
        log.info("systemd notify: socket %s; %s", notifier.address, plan.reason)

    def _ready(self) -> None:
        self._notifier.send("READY=1")
        log.info("systemd notify: READY=1 sent after the first frame")

    @Slot()
    def _ping(self) -> None:
        self._notifier.send("WATCHDOG=1")

    def stopping(self) -> None:
        """The kiosk is ending on purpose: systemd should not count it as a hang."""
        self._timer.stop()
        self._notifier.send("STOPPING=1")
