"""What staff do at the kiosk's hidden door.

The corner opens the keypad after a 3 s hold. Each of its gestures is made with a real
finger once, in ``test_corner_and_keypad.py``: the hold that opens the keypad, the tap
and short hold that do not, the hold the content may set, and the drag that
still scrolls. Everywhere else the keypad is opened with ``hold_ends``, what that hold
ends in, so that some twenty tests do not each wait 3.4 s for the same gesture.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject, QPoint
from pytestqt.qtbot import QtBot

from tests.ui.conftest import LOCK_SECONDS, PORTRAIT, OpenKiosk
from tests.ui.finger import Finger, all_items

__all__ = ["LOCK_SECONDS", "PORTRAIT", "OpenKiosk"]

PIN = "2468"
HOLD = 3.4  # a little over the 3 s the corner asks for
CORNER = QPoint(30, 30)


def type_pin(finger: Finger, pin: str) -> None:
    for digit in pin:
        finger.tap(finger.find(f"key{digit}"))
    finger.tap(finger.find("keyEnter"))


def hold_ends(finger: Finger) -> None:
    """The corner's hold comes to its end: its handler says "long pressed", as after 3 s.

    The signal goes through the corner's own QML (``onLongPressed``) to the door, so only
    the waiting is left out; the real-finger tests hold the corner for the time itself.
    """
    # The corner held in a name while the handler is used: PySide6 invalidates the handler's
    # wrapper when a temporary wrapper of its parent goes ("already deleted").
    corner = finger.find("staffCorner")
    handler = corner.findChild(QObject, "staffCornerHold")
    assert handler is not None, "the corner has no hold handler"
    assert QMetaObject.invokeMethod(handler, "longPressed")
    del corner


def open_keypad(finger: Finger, qtbot: QtBot) -> None:
    hold_ends(finger)
    qtbot.waitUntil(lambda: finger.has("pinPad"))


def open_panel(finger: Finger, qtbot: QtBot) -> None:
    open_keypad(finger, qtbot)
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def dots(finger: Finger) -> int:
    """How many digits the keypad shows as typed (its dots; the Repeater is an item too)."""
    return len(finger.find("pinDots").childItems()) - 1


def keys_enabled(finger: Finger) -> bool:
    """Whether the keypad's keys take taps (locked keys are faded, so ``find`` skips them)."""
    keys = [
        item for item in all_items(finger.window.contentItem()) if item.objectName() == "pinKeys"
    ]
    assert len(keys) == 1
    return keys[0].isEnabled()
