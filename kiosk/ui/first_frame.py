"""Work that the first frame does not need waits until the first frame is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow


class AfterFirstFrame(QObject):
    """Runs ``then`` once, in the GUI thread, soon after ``window`` shows its first frame.

    Soon after, not during: ``frameSwapped`` may be delivered from inside the renderer, and
    ``then`` may be long or change the scene. With ``or_after_ms``, ``then`` also runs if no
    frame has come by then (a window that is never exposed must not keep work waiting).
    """

    def __init__(
        self,
        window: QQuickWindow,
        then: Callable[[], None],
        parent: QObject,
        *,
        or_after_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._frame_seen = False
        # frameSwapped comes from the render thread with the threaded render loop;
        # connecting to this GUI-thread object's slot queues it into the GUI thread.
        window.frameSwapped.connect(self._drawn)
        if or_after_ms is not None:
            QTimer.singleShot(or_after_ms, self, self._run)

    @Slot()
    def _drawn(self) -> None:
        if self._frame_seen:  # several frames may be queued before the first arrives here
            return
        self._frame_seen = True
        self._window.frameSwapped.disconnect(self._drawn)
        QTimer.singleShot(0, self, self._run)

    @Slot()
    def _run(self) -> None:
        if self._then is None:  # already run: by the frame or by the fallback
            return
        then, self._then = self._then, None
        then()
