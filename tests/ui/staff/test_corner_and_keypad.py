"""The way in, driven by touch: the hidden corner, the PIN keypad and its lockout.

The corner's gestures are made here with a real finger, once each; the keypad tests open
it with ``hold_ends`` (what the 3 s hold ends in), see ``tests/ui/staff/moves.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from kiosk.runtime.pin import PinStore
from kiosk.ui.window import KioskWindow
from tests.ui.clock import HandClock
from tests.ui.finger import Finger, texts_in
from tests.ui.staff.conftest import WaysOut
from tests.ui.staff.moves import (
    CORNER,
    HOLD,
    LOCK_SECONDS,
    PIN,
    PORTRAIT,
    OpenKiosk,
    dots,
    hold_ends,
    keys_enabled,
    open_keypad,
    type_pin,
)

LOCKED = "Too many wrong PINs. The keypad is locked for "


def two_second_hold(text: str) -> str:
    """The content asks for the shortest hold it may: 2 s."""
    return text.replace("settings:\n", "settings:\n  staff_hold_seconds: 2\n", 1)


# -- the hidden corner ---------------------------------------------------------------------


@pytest.mark.waits
def test_holding_the_corner_opens_the_keypad_when_a_pin_is_set(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    _, finger = open_kiosk(full_screen=True)
    assert not finger.has("pinPad")
    finger.hold(CORNER, HOLD)  # the one real 3 s hold; other tests use hold_ends
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    assert not finger.has("staffPanel")


@pytest.mark.waits
def test_a_tap_or_a_short_hold_on_the_corner_opens_nothing(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    """On the shortest hold the content may ask for (2 s), so the watch is short too."""
    pins.save(PIN)
    kiosk, finger = open_kiosk(edit=two_second_hold, full_screen=True)
    # Until past where a 2 s hold begun by the short one would have ended.
    with qtbot.assertNotEmitted(kiosk.staff.screenChanged, wait=1300):
        finger.tap(CORNER)
        finger.hold(CORNER, 1.2)
    assert not finger.has("pinPad")


@pytest.mark.waits
def test_the_corner_asks_for_the_hold_the_content_sets(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    """One hold, looked at twice: through most of the content's 2 s nothing yet; past it,
    under the default 3 s, the keypad. The least the content may set, so the hold is short
    (it was 5 s: a 5.4 s hold)."""
    pins.save(PIN)
    kiosk, finger = open_kiosk(
        edit=two_second_hold,
        full_screen=True,
    )
    with qtbot.assertNotEmitted(kiosk.staff.screenChanged, wait=1600):
        point = finger.press(CORNER)  # held for most of the content's 2 s
    assert not finger.has("pinPad")
    qtbot.wait(800)  # 2.4 s in all: past the content's 2 s, under the default 3 s
    finger.lift(point)
    qtbot.waitUntil(lambda: finger.has("pinPad"))


def test_without_a_pin_the_corner_does_nothing_in_full_screen(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    kiosk, finger = open_kiosk(full_screen=True)
    with qtbot.assertNotEmitted(kiosk.staff.screenChanged):
        hold_ends(finger)
    assert not finger.has("pinPad")
    assert not finger.has("staffPanel")


def test_without_a_pin_a_preview_window_opens_the_panel_at_once(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    _, finger = open_kiosk(full_screen=False)
    hold_ends(finger)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))
    assert not finger.has("pinPad")


def test_a_drag_that_starts_in_the_corner_still_scrolls_the_page(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    """The corner only watches: what lies beneath still gets the touch."""
    pins.save(PIN)
    _, finger = open_kiosk(full_screen=True)
    home = finger.find("homeScreen")
    home.setProperty("contentY", 600)
    finger.drag(CORNER, CORNER + QPoint(0, 700))
    qtbot.waitUntil(lambda: home.property("contentY") < 300)
    assert not finger.has("pinPad")


# -- the keypad -------------------------------------------------------------------------------


def test_the_right_pin_opens_the_panel_with_the_content_status(
    open_kiosk: OpenKiosk, pins: PinStore, content_dir: Path, qtbot: QtBot
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(full_screen=True)
    open_keypad(finger, qtbot)
    for digit in PIN:
        finger.tap(finger.find(f"key{digit}"))
    assert dots(finger) == len(PIN)
    shown = texts_in(kiosk.window.contentItem())
    assert not any(PIN[:2] in text for text in shown)  # the digits are never shown
    finger.tap(finger.find("keyEnter"))
    qtbot.waitUntil(lambda: finger.has("staffPanel"))
    assert not finger.has("pinPad")
    assert finger.text_of("statusFile") == str(content_dir / "content.yaml")
    assert finger.text_of("statusTopics") == "8"
    assert finger.text_of("statusRejection") == "None"
    assert finger.text_of("statusLoadedAt") != ""
    finger.tap(finger.find("closePanel"))
    qtbot.waitUntil(lambda: not finger.has("staffPanel"))


def test_a_wrong_pin_says_so_with_the_tries_left(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    _, finger = open_kiosk(full_screen=True)
    open_keypad(finger, qtbot)
    type_pin(finger, "1357")
    qtbot.waitUntil(lambda: finger.text_of("pinMessage") == "Wrong PIN. 4 tries left.")
    assert dots(finger) == 0  # typed digits are forgotten
    finger.tap(finger.find("key9"))
    finger.tap(finger.find("keyClear"))
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def locked_out(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> tuple[KioskWindow, Finger, HandClock]:
    """A kiosk whose keypad took five wrong PINs, on a clock the test moves."""
    pins.save(PIN)
    clock = HandClock()
    kiosk, finger = open_kiosk(full_screen=True, clock=clock)
    open_keypad(finger, qtbot)
    for _ in range(5):
        type_pin(finger, "0000")
    return kiosk, finger, clock


def test_five_wrong_pins_lock_the_keypad_and_refuse_the_right_one(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    kiosk, finger, clock = locked_out(open_kiosk, pins, qtbot)
    assert finger.text_of("pinMessage") == f"{LOCKED}{LOCK_SECONDS} s."
    assert kiosk.staff.property("locked")
    type_pin(finger, PIN)  # the keys take no taps while locked
    assert dots(finger) == 0
    assert not kiosk.staff.tryPin(PIN)  # nor does the view model, from anywhere
    finger.tap(finger.find("pinCancel"))  # closing the keypad does not lift the lock
    clock.advance(LOCK_SECONDS - 1)
    open_keypad(finger, qtbot)
    qtbot.waitUntil(lambda: finger.text_of("pinMessage") == f"{LOCKED}1 s.")
    assert not keys_enabled(finger)
    assert not finger.has("staffPanel")
    clock.advance(1)
    qtbot.waitUntil(lambda: finger.text_of("pinMessage") == "")
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def test_the_keys_come_back_when_the_lock_ends_while_the_screen_reads_it(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    """The lock may end between the screen reading "locked" and the door's own look."""
    kiosk, finger, clock = locked_out(open_kiosk, pins, qtbot)
    assert not keys_enabled(finger)
    clock.advance(LOCK_SECONDS - 0.5)
    ticks: list[float] = []

    def lock_ends_as_the_screen_reads() -> None:  # called after QML's bindings
        if not ticks:
            clock.advance(1)
        ticks.append(clock.now)

    kiosk.staff.lockChanged.connect(lock_ends_as_the_screen_reads)
    qtbot.waitUntil(lambda: len(ticks) >= 1)
    qtbot.waitUntil(lambda: keys_enabled(finger), timeout=3000)
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


@pytest.mark.waits
def test_the_panel_cannot_be_reached_without_the_pin(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot, ways_out: WaysOut
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(full_screen=True)
    screens: list[bool] = []
    kiosk.staff.screenChanged.connect(lambda: screens.append(kiosk.staff.property("panelOpen")))
    assert not kiosk.staff.tryPin(PIN)  # no keypad open: no way in, even with the right PIN
    kiosk.staff.startCleaning()
    kiosk.staff.exitToDesktop()
    assert not finger.has("cleaningScreen")
    open_keypad(finger, qtbot)
    kiosk.staff.exitToDesktop()  # the keypad is not the panel
    for wrong in ("1111", "2467", "24680", "8642", "0000", "2468"):  # the last comes too late
        type_pin(finger, wrong)
    for name in ("key1", "keyEnter", "pinPad", "pinMessage"):
        finger.tap(finger.find(name))
    width, height = PORTRAIT.width(), PORTRAIT.height()
    for x in range(60, width, 240):
        for y in range(60, height, 240):
            finger.tap(QPoint(x, y))
    assert kiosk.staff.property("keypadOpen")
    assert not finger.has("staffPanel")
    assert True not in screens
    assert ways_out.exits == []
