"""Driving saves into a running kiosk without pytest: shared by the tests and the benchmark."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

from kiosk.content.model import Content
from kiosk.ui.window import KioskWindow


def run_events(milliseconds: int) -> None:
    """Let Qt run for ``milliseconds``, in a nested event loop that a timer ends.

    The timer is given the loop as its context: PySide6 6.11's two-argument form,
    ``QTimer.singleShot(ms, loop.quit)``, keeps about 60 bytes at every call (so does
    any ``connect`` to a C++ slot such as ``loop.quit``). The reload benchmark made that
    call about 49 times a reload, and printed 3.5 KB a reload of growth that was its own.
    """
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop, loop.quit)
    loop.exec()


class FirstFrames:
    """Times from a save to the first frame drawn after the session got new content."""

    def __init__(self, kiosk: KioskWindow) -> None:
        self._replaced = False
        self._shown_at: float | None = None
        # Connected once, here: a connection made for each save would be kept.
        kiosk.live.replaced.connect(self._on_replaced)
        kiosk.window.frameSwapped.connect(self._on_frame)

    def after(self, save: Callable[[], None], give_up_ms: int) -> float:
        """Do ``save``; the milliseconds until its first frame (infinite: it never showed)."""
        self._replaced = False
        self._shown_at = None
        started = time.perf_counter()
        save()
        while self._shown_at is None and time.perf_counter() - started < give_up_ms / 1000:
            run_events(5)
        return float("inf") if self._shown_at is None else 1000 * (self._shown_at - started)

    def _on_replaced(self, _content: Content) -> None:
        self._replaced = True

    def _on_frame(self) -> None:
        if self._replaced and self._shown_at is None:
            self._shown_at = time.perf_counter()
