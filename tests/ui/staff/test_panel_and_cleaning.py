"""The staff panel, driven by touch: cleaning mode, exit to desktop, the idle reset."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.runtime.pin import PinStore
from tests.conftest import line_of
from tests.ui.clock import HandClock
from tests.ui.staff.conftest import WaysOut
from tests.ui.staff.moves import CORNER, PIN, OpenKiosk, open_keypad, open_panel


def test_cleaning_mode_ignores_every_touch_then_returns_to_the_panel(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    clock = HandClock()
    kiosk, finger = open_kiosk(full_screen=True, cleaning_seconds=30, clock=clock)
    tile = finger.find("tile-crows-feet")
    open_panel(finger, qtbot)
    close_button = finger._point(finger.find("closePanel"))
    finger.tap(finger.find("cleanScreen"))
    qtbot.waitUntil(lambda: finger.has("cleaningScreen"))
    assert finger.text_of("cleaningCountdown") == "30"
    finger.tap(tile)  # the tile is right under the cleaning screen
    finger.tap(close_button)
    finger.drag(QPoint(100, 1500), QPoint(900, 1500))
    finger.tap(CORNER)
    clock.advance(29)
    qtbot.waitUntil(lambda: finger.text_of("cleaningCountdown") == "1")
    finger.tap(tile)
    assert kiosk.session.page == "home"
    assert finger.has("cleaningScreen")
    clock.advance(1)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))
    assert not finger.has("cleaningScreen")
    finger.tap(finger.find("closePanel"))  # touch works again
    qtbot.waitUntil(lambda: not finger.has("staffPanel"))
    finger.tap(finger.find("tile-crows-feet"))
    qtbot.waitUntil(lambda: kiosk.session.page != "home")


def test_cleaning_lasts_as_long_as_the_content_sets(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    clock = HandClock()
    setting = "settings:\n  screen_cleaning_seconds: 45\n"
    _, finger = open_kiosk(
        full_screen=True,
        cleaning_seconds=None,
        clock=clock,
        edit=lambda text: text.replace("settings:\n", setting, 1),
    )
    open_panel(finger, qtbot)
    finger.tap(finger.find("cleanScreen"))
    qtbot.waitUntil(lambda: finger.has("cleaningScreen"))
    assert finger.text_of("cleaningCountdown") == "45"
    clock.advance(44)
    qtbot.waitUntil(lambda: finger.text_of("cleaningCountdown") == "1")
    clock.advance(1)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def test_cleaning_outlasts_the_idle_reset_then_the_reset_closes_the_panel(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    """Wiping is no patient, and the idle reset must not cut the cleaning short."""
    pins.save(PIN)
    clock = HandClock()  # cleaning ends when the test says
    idle_clock = HandClock()  # and so does the idle time
    short_idle = "settings:\n  idle_timeout_seconds: 1\n  idle_warning_seconds: 1\n"
    kiosk, finger = open_kiosk(
        full_screen=True,
        cleaning_seconds=30,
        clock=clock,
        idle_clock=idle_clock,
        edit=lambda text: re.sub(r"settings:\n(  idle_\w+: \d+\n)+", short_idle, text, count=1),
    )
    open_panel(finger, qtbot)
    finger.tap(finger.find("cleanScreen"))
    qtbot.waitUntil(lambda: finger.has("cleaningScreen"))
    idle_clock.advance(3)  # past 1 s + 1 s of idle time
    idle_clock.wait_for_looks(qtbot)
    assert finger.has("cleaningScreen")
    clock.advance(30)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))
    idle_clock.advance(1)
    qtbot.waitUntil(lambda: kiosk.idle.property("prompting"))
    idle_clock.advance(1)
    qtbot.waitUntil(lambda: not finger.has("staffPanel"))  # the idle reset


def test_the_panel_shows_a_rejected_save_where_staff_can_fix_it(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot, content_dir: Path
) -> None:
    pins.save(PIN)
    _, finger = open_kiosk(full_screen=True)
    open_panel(finger, qtbot)
    assert finger.text_of("statusRejection") == "None"
    file = content_dir / "content.yaml"
    text = file.read_text(encoding="utf-8")
    line = line_of(text, "status: research")
    file.write_text(text.replace("status: research", "status: proven"), encoding="utf-8")
    finger.tap(finger.find("reloadNow"))
    qtbot.waitUntil(lambda: finger.text_of("statusRejection") != "None", timeout=5000)
    shown = finger.text_of("statusRejection")
    assert shown.startswith(f"{file}:{line}:13: topics.arthritis-pain.status: must be ")
    assert "\n(at " in shown
    assert finger.text_of("statusTopics") == "8", "the last good content is still on screen"
    assert finger.has("tile-crows-feet")


@pytest.mark.parametrize(("full_screen", "code"), [(True, 80), (False, 0)])
def test_exit_to_desktop_ends_the_app(
    open_kiosk: OpenKiosk,
    pins: PinStore,
    qtbot: QtBot,
    ways_out: WaysOut,
    *,
    full_screen: bool,
    code: int,
) -> None:
    """Full screen ends with 80, which the unit does not restart; a preview just closes."""
    pins.save(PIN)
    _, finger = open_kiosk(full_screen=full_screen)
    open_panel(finger, qtbot)
    finger.tap(finger.find("exitToDesktop"))
    assert ways_out.exits == [code]


def test_the_idle_reset_closes_the_panel_and_the_keypad(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)

    def quick_idle(text: str) -> str:
        return text.replace("idle_timeout_seconds: 90", "idle_timeout_seconds: 3").replace(
            "idle_warning_seconds: 20", "idle_warning_seconds: 1"
        )

    idle_clock = HandClock()
    kiosk, finger = open_kiosk(edit=quick_idle, full_screen=True, idle_clock=idle_clock)
    open_panel(finger, qtbot)
    for staff_screen in ("staffPanel", "pinPad"):
        if staff_screen == "pinPad":
            open_keypad(finger, qtbot)
            finger.tap(finger.find("key1"))
        idle_clock.advance(3)
        qtbot.waitUntil(lambda: kiosk.idle.property("prompting"))
        idle_clock.advance(1)  # nobody answered the prompt
        qtbot.waitUntil(lambda: not finger.has(staff_screen))  # noqa: B023 (waited for here)
    assert kiosk.session.page == "home"


def test_full_screen_stays_locked_down_while_the_panel_is_open(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(full_screen=True)
    open_panel(finger, qtbot)
    # Neither the keys nor a close request hide the window, then or a moment later.
    with qtbot.assertNotEmitted(kiosk.window.visibleChanged, wait=100):
        QTest.keyClick(kiosk.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
        assert not kiosk.window.close()
    assert kiosk.window.isVisible()
    assert finger.has("staffPanel")
