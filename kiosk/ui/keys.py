"""Which keys a patient may use, and what each one does: the rest are dropped.

A kiosk keypad (an audio-navigation keypad, or any keyboard) gets the keys that move
through the screen without sight; nothing that leaves the kiosk gets through: Alt+F4,
Esc, Ctrl+Q, Ctrl+W, F11, Alt+Tab, the Super key, or any key with Ctrl, Alt or Super held.
A pure rule over Qt's key codes, tested without a window (tests/unit/ui/test_keys.py).
"""

from __future__ import annotations

import functools
from enum import Enum

from PySide6.QtCore import Qt


class KeyAction(Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    ACTIVATE = "activate"
    BACK = "back"
    LOUDER = "louder"
    QUIETER = "quieter"
    #: Says where the patient is and which keys do what.
    HELP = "help"


@functools.cache
def _actions() -> dict[Qt.Key, KeyAction]:
    """Built at the first key, not at the start: naming one of Qt's keys builds every enum
    of PySide6's Qt namespace, 25 ms that the first frame would wait for."""
    key = Qt.Key
    return {
        key.Key_Tab: KeyAction.NEXT,
        key.Key_Down: KeyAction.NEXT,
        key.Key_Right: KeyAction.NEXT,
        key.Key_Backtab: KeyAction.PREVIOUS,  # Shift+Tab
        key.Key_Up: KeyAction.PREVIOUS,
        key.Key_Left: KeyAction.PREVIOUS,
        key.Key_Return: KeyAction.ACTIVATE,
        key.Key_Enter: KeyAction.ACTIVATE,  # the number pad's
        key.Key_Space: KeyAction.ACTIVATE,
        key.Key_Select: KeyAction.ACTIVATE,
        key.Key_Backspace: KeyAction.BACK,
        key.Key_Back: KeyAction.BACK,
        key.Key_Plus: KeyAction.LOUDER,
        key.Key_Equal: KeyAction.LOUDER,  # + without Shift on most keyboards
        key.Key_VolumeUp: KeyAction.LOUDER,
        key.Key_Minus: KeyAction.QUIETER,
        key.Key_VolumeDown: KeyAction.QUIETER,
        # Help: the key named so, F1 (help on every desktop), and "?" and "h" (the keys a
        # keypad maker maps to its help button when it has no key of its own).
        key.Key_Help: KeyAction.HELP,
        key.Key_F1: KeyAction.HELP,
        key.Key_Question: KeyAction.HELP,
        key.Key_H: KeyAction.HELP,
    }


def patient_key(key: int, modifiers: Qt.KeyboardModifier) -> KeyAction | None:
    """What ``key`` with ``modifiers`` does for a patient, or None: dropped."""
    # Shift makes "+", "?" and Backtab; the keypad flag marks the number pad's keys.
    harmless = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    if modifiers & ~harmless:
        return None
    try:
        return _actions().get(Qt.Key(key))
    except ValueError:  # a code Qt does not name
        return None
