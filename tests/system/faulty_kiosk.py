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
- ``none``: no fault (for the logging and single-instance tests).
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk import cli
from kiosk.ui import idle, session

#: The topic the finger taps in ``qml`` mode.
TAPPED_TILE = "tile-crows-feet"


def main() -> int:
    mode, stamp = sys.argv[1], Path(sys.argv[2])

    def fault(*_args: Any) -> NoReturn:
        stamp.write_text(repr(time.time()))
        raise RuntimeError(f"planted fault ({mode})")

    if mode == "qml":
        session.topic_view = fault  # type: ignore[assignment]
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
    return cli.main(["run", *sys.argv[3:]])


def _when_home_is_shown(then: Any) -> None:
    """Run ``then(window)`` once the kiosk window has drawn its first frame."""

    def look() -> None:
        windows = [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow)]
        if windows and windows[0].width() < 320:  # offscreen has no real screen to fill
            windows[0].resize(1080, 1920)
        if windows and windows[0].isExposed() and _find(windows[0].contentItem(), TAPPED_TILE):
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


def _tap_tile(window: QQuickWindow) -> None:
    tile = _find(window.contentItem(), TAPPED_TILE)
    assert tile is not None
    point = tile.mapToScene(QPointF(tile.width() / 2, tile.height() / 2)).toPoint()
    device = QTest.createTouchDevice()
    QTest.touchEvent(window, device).press(0, point, window).commit()

    def lift() -> None:
        QTest.touchEvent(window, device).release(0, point, window).commit()

    QTimer.singleShot(60, lift)  # a finger rests a moment, as in tests/ui/finger.py


def _find(item: QQuickItem, name: str) -> QQuickItem | None:
    if item.objectName() == name and item.isVisible():
        return item
    for child in item.childItems():
        found = _find(child, name)
        if found is not None:
            return found
    return None


if __name__ == "__main__":
    sys.exit(main())
