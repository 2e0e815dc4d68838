"""Which keys a patient's keypad may send, and which are dropped, as a table and at random."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from kiosk.ui.keys import KeyAction, patient_key

Key = Qt.Key
Mod = Qt.KeyboardModifier
NONE = Mod.NoModifier


@pytest.mark.parametrize(
    ("key", "modifiers", "action"),
    [
        (Key.Key_Tab, NONE, KeyAction.NEXT),
        (Key.Key_Down, NONE, KeyAction.NEXT),
        (Key.Key_Backtab, Mod.ShiftModifier, KeyAction.PREVIOUS),
        (Key.Key_Up, NONE, KeyAction.PREVIOUS),
        (Key.Key_Return, NONE, KeyAction.ACTIVATE),
        (Key.Key_Enter, Mod.KeypadModifier, KeyAction.ACTIVATE),
        (Key.Key_Backspace, NONE, KeyAction.BACK),
        (Key.Key_Plus, Mod.ShiftModifier, KeyAction.LOUDER),
        (Key.Key_Plus, Mod.KeypadModifier, KeyAction.LOUDER),
        (Key.Key_Minus, NONE, KeyAction.QUIETER),
        (Key.Key_F1, NONE, KeyAction.HELP),
        (Key.Key_Question, Mod.ShiftModifier, KeyAction.HELP),
    ],
)
def test_the_navigation_keys_do_what_they_say(key: Key, modifiers: Mod, action: KeyAction) -> None:
    assert patient_key(key.value, modifiers) is action


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Key.Key_F4, Mod.AltModifier),  # close the window
        (Key.Key_Escape, NONE),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_F11, NONE),  # leave full screen
        (Key.Key_Tab, Mod.AltModifier),  # another window
        (Key.Key_Tab, Mod.ControlModifier),
        (Key.Key_Super_L, NONE),
        (Key.Key_Meta, Mod.MetaModifier),
        (Key.Key_D, Mod.MetaModifier),  # show the desktop
        (Key.Key_Delete, Mod.ControlModifier | Mod.AltModifier),
        (Key.Key_Right, Mod.ControlModifier | Mod.AltModifier),  # another desktop
        (Key.Key_Space, Mod.AltModifier),  # the window menu
        (Key.Key_Return, Mod.AltModifier),
        (Key.Key_F2, Mod.AltModifier),  # run a program
        (Key.Key_A, NONE),
    ],
)
def test_every_way_out_is_dropped(key: Key, modifiers: Mod) -> None:
    assert patient_key(key.value, modifiers) is None


@given(st.integers(min_value=0, max_value=0x01FFFFFF), st.sampled_from(list(Mod)))
def test_a_key_held_with_ctrl_alt_or_super_never_gets_through(key: int, modifier: Mod) -> None:
    held = modifier | Mod.ControlModifier
    assert patient_key(key, held) is None
    assert patient_key(key, modifier | Mod.AltModifier) is None
    assert patient_key(key, modifier | Mod.MetaModifier) is None
