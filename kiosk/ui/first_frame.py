"""Work that the first frame does not need waits until the first frame is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtQuick import QQuickWindow


class AfterFirstFrame(QObject):
    """Runs ``then`` once, in the GUI thread, after ``window`` shows its first frame."""

    def __init__(self, window: QQuickWindow, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._then: Callable[[], None] | None = then
        # frameSwapped comes from the render thread with the threaded render loop;
        # connecting to this GUI-thread object's slot queues it into the GUI thread.
        window.frameSwapped.connect(self._shown)

    @Slot()
    def _shown(self) -> None:
        # Several frames may be queued before the first of them arrives here.
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.frameSwapped.disconnect(self._shown)
        then()
