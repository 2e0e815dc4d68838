"""A keypad in a locked, full-screen kiosk: the focus ring moves through every control in
reading order, Enter opens, Backspace goes back, + and - change the volume, Help says where
one is; every way out is still dropped. In speech mode each control is said as focus lands.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow
from tests.ui.clock import HandClock
from tests.ui.conftest import OpenKiosk
from tests.ui.finger import KeysSeen, all_items
from tests.ui.speech.voice import ListeningVoice

Key = Qt.Key
Mod = Qt.KeyboardModifier


def press(kiosk: KioskWindow, key: Key, modifiers: Mod = Mod.NoModifier) -> None:
    QTest.keyClick(kiosk.window, key, modifiers)


def focused(kiosk: KioskWindow) -> str:
    item = kiosk.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def ring_shown(item: QQuickItem) -> bool:
    return any(child.objectName() == "focusRing" and child.isVisible() for child in all_items(item))


@pytest.fixture
def voice(tmp_path: Path) -> ListeningVoice:
    return ListeningVoice(tmp_path / "sounds")


def test_tab_and_arrows_move_through_home_in_reading_order_with_a_ring(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    kiosk, finger = open_kiosk(full_screen=True)
    reached = []
    for _ in range(12):
        press(kiosk, Key.Key_Tab)
        reached.append(focused(kiosk))
    assert reached[:8] == [
        "tile-how-botox-works",
        "tile-your-visit",
        "tile-crows-feet",
        "tile-forehead-lines",
        "tile-frown-lines",
        "tile-cervical-dystonia",
        "tile-underarm-sweating",
        "tile-arthritis-pain",
    ]
    assert reached[8:12] == ["listenButton", "language-en", "language-es", "contrastButton"]
    assert ring_shown(kiosk.window.activeFocusItem())
    press(kiosk, Key.Key_Up)
    assert focused(kiosk) == "language-es"
    press(kiosk, Key.Key_Up)
    press(kiosk, Key.Key_Up)
    press(kiosk, Key.Key_Up)
    assert focused(kiosk) == "tile-arthritis-pain"
    assert finger.find("homeScreen").property("contentY") > 0, "scrolled to the tile in focus"


def test_enter_opens_the_focused_tile_and_backspace_goes_back(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    kiosk, _ = open_kiosk(full_screen=True)
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.session.page == "topic/crows-feet")
    press(kiosk, Key.Key_Backspace)
    qtbot.waitUntil(lambda: kiosk.session.page == "home")


def test_enter_on_a_button_presses_it(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, _ = open_kiosk(full_screen=True)
    while focused(kiosk) != "language-es":
        press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Enter, Mod.KeypadModifier)
    assert kiosk.session.language == "es"
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Return)
    assert kiosk.session.highContrast


def test_a_touch_shows_no_ring(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    _kiosk, finger = open_kiosk(full_screen=True)
    button = finger.find("language-es")
    finger.tap(button)
    assert not ring_shown(button)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Key.Key_F4, Mod.AltModifier),
        (Key.Key_Escape, Mod.NoModifier),
        (Key.Key_Q, Mod.ControlModifier),
        (Key.Key_W, Mod.ControlModifier),
        (Key.Key_F11, Mod.NoModifier),
        (Key.Key_Tab, Mod.AltModifier),
        (Key.Key_Super_L, Mod.NoModifier),
    ],
)
def test_every_way_out_is_still_dropped(
    open_kiosk: OpenKiosk, qtbot: QtBot, key: Key, modifiers: Mod
) -> None:
    kiosk, _ = open_kiosk(full_screen=True)
    press(kiosk, Key.Key_Tab)  # something has focus: a key would reach it
    item = kiosk.window.activeFocusItem()
    seen = KeysSeen()
    item.installEventFilter(seen)
    press(kiosk, key, modifiers)
    item.removeEventFilter(seen)
    assert seen.count == 0
    assert kiosk.window.isVisible()
    assert focused(kiosk) == "tile-how-botox-works", "nothing moved"


def test_in_speech_mode_each_control_is_said_as_focus_lands_and_help_says_where(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    kiosk, _ = open_kiosk(full_screen=True, voice=voice)
    kiosk.speech.set_headphones(True)
    press(kiosk, Key.Key_Tab)
    assert voice.speaking == "Button, How Botox works, 1 of 13."
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.session.page == "topic/crows-feet")
    assert voice.speaking == "Crow's feet.", "the page opened is read"
    press(kiosk, Key.Key_F1)
    assert voice.speaking is not None
    assert voice.speaking.startswith("You are on Crow's feet.")
    assert voice.speaking.endswith("plus and minus change the volume.")
    press(kiosk, Key.Key_Plus, Mod.ShiftModifier)
    assert kiosk.speech.volume == 6


def test_help_in_spanish(open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot) -> None:
    kiosk, _ = open_kiosk(full_screen=True, voice=voice)
    kiosk.session.setLanguage("es")
    kiosk.speech.set_headphones(True)
    press(kiosk, Key.Key_Tab)
    assert voice.speaking == "Botón, Cómo funciona el Botox, 1 de 13."
    press(kiosk, Key.Key_Question, Mod.ShiftModifier)
    assert voice.speaking is not None
    assert voice.speaking.startswith("Está en Inicio. Botón, Cómo funciona el Botox, 1 de 13.")


def test_every_control_has_a_name_a_screen_reader_reads_in_the_page_s_language(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    kiosk, _ = open_kiosk(full_screen=True)
    for language in ("en", "es"):
        kiosk.session.setLanguage(language)
        for page in ("home", "crows-feet"):
            if page != "home":
                kiosk.session.openTopic(page)
                qtbot.waitUntil(lambda: kiosk.session.page == "topic/crows-feet")
            controls = kiosk.keypad._controls()
            assert len(controls) >= 7
            for control in controls:
                interface = QAccessible.queryAccessibleInterface(control)
                assert interface is not None, control.objectName()
                assert interface.role() == QAccessible.Role.Button, control.objectName()
                assert interface.text(QAccessible.Text.Name).strip(), control.objectName()
            names = {
                QAccessible.queryAccessibleInterface(c).text(QAccessible.Text.Name)
                for c in controls
            }
            assert ("Home" in names) == (language == "en" and page != "home")
            assert ("Inicio" in names) == (language == "es" and page != "home")
            kiosk.session.goHome()
            qtbot.waitUntil(lambda: kiosk.session.page == "home")


def test_the_idle_reset_takes_the_focus_away_for_the_next_patient(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    clock = HandClock()
    kiosk, _ = open_kiosk(full_screen=True, idle_clock=clock)
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Tab)
    press(kiosk, Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.session.page == "topic/your-visit")
    press(kiosk, Key.Key_Tab)
    assert focused(kiosk) == "backButton"
    assert ring_shown(kiosk.window.activeFocusItem())
    clock.advance(90 + 20 + 1)
    qtbot.waitUntil(lambda: kiosk.session.page == "home")
    assert kiosk.keypad._focused() is None
    rings = [
        item for item in all_items(kiosk.window.contentItem()) if item.objectName() == "focusRing"
    ]
    assert rings
    assert not any(ring.isVisible() for ring in rings)
