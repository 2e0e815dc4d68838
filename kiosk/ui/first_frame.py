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
        self._then = then
        # frameSwapped may come from the render thread; a slot of this object runs in the GUI's.
        window.frameSwapped.connect(self._shown)

    @Slot()
    def _shown(self) -> None:
        self._window.frameSwapped.disconnect(self._shown)
        self._then()
