"""Which keys a patient may use, and what each one does: the rest are dropped.

A kiosk keypad (an audio-navigation keypad, or any keyboard) gets the keys that move
through the screen without sight; nothing that leaves the kiosk gets through: Alt+F4,
Esc, Ctrl+Q, Ctrl+W, F11, Alt+Tab, the Super key, or any key with Ctrl, Alt or Super held.
A pure rule over Qt's key codes, tested without a window (tests/unit/ui/test_keys.py).
"""

from __future__ import annotations

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


Key = Qt.Key
_ACTIONS = {
    Key.Key_Tab: KeyAction.NEXT,
    Key.Key_Down: KeyAction.NEXT,
    Key.Key_Right: KeyAction.NEXT,
    Key.Key_Backtab: KeyAction.PREVIOUS,  # Shift+Tab
    Key.Key_Up: KeyAction.PREVIOUS,
    Key.Key_Left: KeyAction.PREVIOUS,
    Key.Key_Return: KeyAction.ACTIVATE,
    Key.Key_Enter: KeyAction.ACTIVATE,  # the number pad's
    Key.Key_Space: KeyAction.ACTIVATE,
    Key.Key_Select: KeyAction.ACTIVATE,
    Key.Key_Backspace: KeyAction.BACK,
    Key.Key_Back: KeyAction.BACK,
    Key.Key_Plus: KeyAction.LOUDER,
    Key.Key_Equal: KeyAction.LOUDER,  # + without Shift on most keyboards
    Key.Key_VolumeUp: KeyAction.LOUDER,
    Key.Key_Minus: KeyAction.QUIETER,
    Key.Key_VolumeDown: KeyAction.QUIETER,
    # Help: the key named so, F1 (help on every desktop), and "?" and "h" (the keys a
    # keypad maker maps to its help button when it has no key of its own).
    Key.Key_Help: KeyAction.HELP,
    Key.Key_F1: KeyAction.HELP,
    Key.Key_Question: KeyAction.HELP,
    Key.Key_H: KeyAction.HELP,
}
#: Shift makes "+", "?" and Backtab; the keypad flag marks the number pad's keys.
_HARMLESS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def patient_key(key: int, modifiers: Qt.KeyboardModifier) -> KeyAction | None:
    """What ``key`` with ``modifiers`` does for a patient, or None: dropped."""
    if modifiers & ~_HARMLESS:
        return None
    try:
        return _ACTIONS.get(Key(key))
    except ValueError:  # a code Qt does not name
        return None
