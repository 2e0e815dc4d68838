"""A real kiosk process with one fault planted in it, for the crash-policy tests.

Run: ``python -m tests.system.faulty_kiosk MODE STAMP_FILE [kiosk run options...]``.
The kiosk starts exactly as ``kiosk run`` does (``kiosk.cli.main``); only the planted
fault differs. When the fault fires it writes ``time.time()`` to STAMP_FILE, then raises.

MODE:
- ``qml``: a finger taps a topic tile; QML calls ``session.openTopic``, whose page builder
  raises (a Python method called from QML).
- ``slot``: the idle monitor's ``expired`` signal reaches ``session.reset``, which raises
  (a Qt slot connected to a signal). Use content with 1 s idle timings.
- ``timer``: the idle monitor's QTimer callback raises on its first tick after start-up.
- ``thread``: a worker thread raises.
- ``hang``: the GUI thread stops answering (sleeps) a moment after the first frame.
- ``browse``: no fault; a patient opens three topics, going back each time, then the
  kiosk gets SIGTERM. Prints ``visited ID`` (to stdout, never the log) for each page seen.
- ``desktop``: no fault; staff open the panel with the PIN in ``KIOSK_TEST_PIN`` and choose
  *Exit to desktop*, as a finger would through the corner, keypad and panel.
- ``none``: no fault (for the logging and single-instance tests).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from PySide6.QtTest import QTest

from kiosk import cli
from kiosk.pages import views
from kiosk.ui import idle, session, staff
from tests.ui.finger import Finger, all_items

#: The topic the finger taps in ``qml`` mode.
TAPPED_TILE = "tile-crows-feet"


def main() -> int:
    mode, stamp = sys.argv[1], Path(sys.argv[2])

    def fault(*_args: Any) -> NoReturn:
        stamp.write_text(repr(time.time()))
        raise RuntimeError(f"planted fault ({mode})")

    if mode == "qml":
        views.topic_view = fault  # type: ignore[assignment]
        _when_home_is_shown(_tap_tile)
    elif mode == "slot":
        session.KioskSession.reset = fault  # type: ignore[method-assign, assignment]
    elif mode == "timer":
        armed = threading.Event()
        tick = idle.IdleMonitor._tick

        def tick_or_fault(monitor: idle.IdleMonitor) -> None:
            if armed.is_set():
                fault()
            tick(monitor)

        idle.IdleMonitor._tick = tick_or_fault  # type: ignore[method-assign]
        _when_home_is_shown(lambda _window: armed.set())
    elif mode == "thread":
        _when_home_is_shown(lambda _window: threading.Thread(target=fault).start())
    elif mode == "hang":
        _when_home_is_shown(lambda _window: QTimer.singleShot(500, lambda: time.sleep(3600)))
    elif mode == "desktop":
        doors: list[staff.StaffDoor] = []
        made = staff.StaffDoor.__init__

        def make_and_keep(door: staff.StaffDoor, *args: Any, **kwargs: Any) -> None:
            made(door, *args, **kwargs)
            doors.append(door)

        staff.StaffDoor.__init__ = make_and_keep  # type: ignore[method-assign]
        _when_home_is_shown(lambda _window: _exit_to_desktop(doors[0]))
    elif mode == "browse":
        _when_home_is_shown(lambda window: _browse(window, list(BROWSED)))
    return cli.main(["run", *sys.argv[3:]])


#: The topics a patient opens in ``browse`` mode: the first tiles, on screen at 1080x1920.
BROWSED = ("crows-feet", "forehead-lines", "frown-lines")


def _browse(window: QQuickWindow, topics: list[str]) -> None:
    """Tap a tile, check its page is on screen, tap Back; then end like ``systemctl stop``."""
    if not topics:
        os.kill(os.getpid(), signal.SIGTERM)
        return
    finger = _finger(window)
    finger.tap(finger.find(f"tile-{topics[0]}"))

    def read_then_go_back() -> None:
        if not any(
            item.objectName() == "topicTitle" and item.isVisible() and item.property("text")
            for item in all_items(window.contentItem())
        ):
            QTimer.singleShot(50, read_then_go_back)
            return
        print(f"visited {topics[0]}", flush=True)
        finger.tap(finger.find("backButton"))
        QTimer.singleShot(800, lambda: _browse(window, topics[1:]))

    QTimer.singleShot(300, read_then_go_back)


def _when_home_is_shown(then: Any) -> None:
    """Run ``then(window)`` once the kiosk window has drawn its first frame."""

    def look() -> None:
        windows = [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow)]
        if windows and windows[0].width() < 320:  # offscreen has no real screen to fill
            windows[0].resize(1080, 1920)
        if windows and windows[0].isExposed() and _finger(windows[0]).has(TAPPED_TILE):
            QTimer.singleShot(300, lambda: then(windows[0]))
        else:
            QTimer.singleShot(50, look)

    # The application does not exist yet (cli.main makes it): start looking when its
    # event loop starts.
    original = QGuiApplication.exec

    def exec_then_look() -> int:
        QTimer.singleShot(0, look)
        return original()

    QGuiApplication.exec = staticmethod(exec_then_look)  # type: ignore[method-assign, assignment]


def _exit_to_desktop(door: staff.StaffDoor) -> None:
    door.cornerHeld()
    door.tryPin(os.environ["KIOSK_TEST_PIN"])
    door.exitToDesktop()


def _tap_tile(window: QQuickWindow) -> None:
    finger = _finger(window)
    finger.tap(finger.find(TAPPED_TILE))


class _EventsRunWhileWaiting:
    """What ``Finger`` asks of pytest-qt's ``qtbot``, outside pytest: wait with events running."""

    def wait(self, milliseconds: int) -> None:
        QTest.qWait(milliseconds)

    @contextmanager
    def waitSignal(self, signal: SignalInstance, timeout: int = 5000) -> Iterator[None]:
        """Run the block, then events until ``signal`` (if the block did not already
        bring it) or ``timeout`` ms."""
        loop, fired = QEventLoop(), []

        def heard(*_: object) -> None:
            fired.append(True)
            loop.quit()

        signal.connect(heard)
        try:
            yield
            if not fired:
                QTimer.singleShot(timeout, loop, loop.quit)
                loop.exec()
        finally:
            signal.disconnect(heard)  # a tap a second: no slot left on every frame after


def _finger(window: QQuickWindow) -> Finger:
    """The tests' own finger (tests/ui/finger.py): the same real touch events as in pytest."""
    return Finger(window, _EventsRunWhileWaiting())  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
