"""Keep a curious patient inside the kiosk: no key, close request or menu gets out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

from kiosk.ui.keys import patient_key

_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
# In full screen only the keys that move through the kiosk get in (kiosk.ui.keys): Alt+F4,
# Esc, Ctrl+Q, Ctrl+W, F11 and whatever else a plugged-in keyboard sends are dropped.
_BLOCKED = frozenset(
    {
        QEvent.Type.ShortcutOverride,
        # A Shortcut event goes to the shortcut's own object, not the window: keep the QML
        # free of Shortcut items (and of popups that are windows of their own).
        QEvent.Type.Shortcut,
        QEvent.Type.ContextMenu,
        QEvent.Type.Close,
    }
)


class Lockdown(QObject):
    """The kiosk window's event filter in full-screen mode: input stops here, before QML."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEYS and isinstance(event, QKeyEvent):
            if patient_key(event.key(), event.modifiers()) is not None:
                return False
        elif kind not in _BLOCKED:
            return False
        event.ignore()  # an ignored close event leaves the window open
        return True
