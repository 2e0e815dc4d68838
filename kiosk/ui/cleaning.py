"""Screen-cleaning mode: every touch, click and wheel turn is dropped while the glass is wiped."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

# Mouse events too: Qt makes them from touches nobody took, and a mouse may be plugged in.
_POINTER = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
    }
)


class TouchSwallower(QObject):
    """An application-wide event filter, installed only while cleaning.

    Application filters run before the window's, so the idle monitor never sees the wiping
    (which is not a patient); the idle count is paused meanwhile (``IdleMonitor.set_paused``).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _POINTER
