"""Keep a curious patient inside the kiosk: no key, close request or menu gets out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

# A touch kiosk has no keyboard to type into, so in full screen every key is dropped:
# Alt+F4, Esc, Ctrl+Q, Ctrl+W, F11 and whatever a plugged-in keyboard sends.
_BLOCKED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
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
        if event.type() in _BLOCKED:
            event.ignore()  # an ignored close event leaves the window open
            return True
        return False
