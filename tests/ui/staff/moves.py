"""What staff do at the kiosk's hidden door, and a clock the tests move by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize
from pytestqt.qtbot import QtBot

from kiosk.ui.app import KioskWindow
from tests.ui.finger import Finger, all_items

PIN = "2468"
HOLD = 3.4  # a little over the 3 s the corner asks for
CORNER = QPoint(30, 30)
PORTRAIT = QSize(1080, 1920)
LOCK_SECONDS = 60

OpenKiosk = Callable[..., tuple[KioskWindow, Finger]]


class HandClock:
    """A monotonic clock that moves only when the test says: a lockout or a cleaning
    countdown then ends exactly when the test wants, however slow the machine."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def type_pin(finger: Finger, pin: str) -> None:
    for digit in pin:
        finger.tap(finger.find(f"key{digit}"))
    finger.tap(finger.find("keyEnter"))


def open_keypad(finger: Finger, qtbot: QtBot) -> None:
    finger.hold(CORNER, HOLD)
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
