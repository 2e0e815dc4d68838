"""The staff door, driven by touch: hidden corner, PIN keypad, lockout, panel, cleaning."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.content import load_content
from kiosk.runtime import EXIT_TO_DESKTOP
from kiosk.runtime.pin import CONFIG_DIR_VARIABLE, LockoutRule, PinStore
from kiosk.ui.app import KioskWindow
from kiosk.ui.staff import StaffOptions
from tests.ui.finger import Finger, all_items

PIN = "2468"
HOLD = 3.4  # a little over the 3 s the corner asks for
CORNER = QPoint(30, 30)
PORTRAIT = QSize(1080, 1920)

OpenKiosk = Callable[..., tuple[KioskWindow, Finger]]


@pytest.fixture
def pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PinStore:
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(tmp_path / "config"))
    return PinStore(tmp_path / "config")


@pytest.fixture
def open_kiosk(qtbot: QtBot, content_dir: Path, pins: PinStore) -> Iterator[OpenKiosk]:
    """The kiosk with a staff door on ``pins``; short lockout and cleaning times."""
    opened: list[KioskWindow] = []

    def open_it(
        *,
        full_screen: bool = True,
        size: QSize = PORTRAIT,
        edit: Callable[[str], str] = lambda text: text,
        lock_seconds: float = 60,
        cleaning_seconds: float = 2,
    ) -> tuple[KioskWindow, Finger]:
        file = content_dir / "content.yaml"
        file.write_text(edit(file.read_text(encoding="utf-8")), encoding="utf-8")
        result = load_content(file)
        assert result.content is not None, result.errors
        options = StaffOptions(
            pins=pins,
            lockout=LockoutRule(lock_seconds=lock_seconds),
            cleaning_seconds=cleaning_seconds,
        )
        kiosk = KioskWindow(
            result.content, content_dir, full_screen=full_screen, size=size, staff=options
        )
        with qtbot.waitExposed(kiosk.window):
            kiosk.window.show()
        kiosk.window.resize(size)  # offscreen has no real screen to fill
        qtbot.waitUntil(lambda: kiosk.window.contentItem().height() == size.height())
        qtbot.wait(100)
        opened.append(kiosk)
        return kiosk, Finger(kiosk.window, qtbot)

    yield open_it
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()
    for kiosk in opened:
        kiosk.dispose()


def type_pin(finger: Finger, pin: str) -> None:
    for digit in pin:
        finger.tap(finger.find(f"key{digit}"))
    finger.tap(finger.find("keyEnter"))


def open_panel(finger: Finger, qtbot: QtBot) -> None:
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def dots(finger: Finger) -> int:
    """How many digits the keypad shows as typed (its dots; the Repeater is an item too)."""
    return len(finger.find("pinDots").childItems()) - 1


def texts(finger: Finger) -> list[str]:
    return [
        str(item.property("text"))
        for item in all_items(finger.window.contentItem())
        if item.isVisible() and item.property("text") is not None
    ]


# -- the hidden corner ---------------------------------------------------------------------


def test_holding_the_corner_opens_the_keypad_when_a_pin_is_set(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    _, finger = open_kiosk()
    assert not finger.has("pinPad")
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    assert not finger.has("staffPanel")


def test_a_tap_or_a_short_hold_on_the_corner_opens_nothing(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    _, finger = open_kiosk()
    finger.tap(CORNER)
    finger.hold(CORNER, 2)
    qtbot.wait(1500)  # past where a 3 s hold begun by the short one would have ended
    assert not finger.has("pinPad")


def test_without_a_pin_the_corner_does_nothing_in_full_screen(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    _, finger = open_kiosk(full_screen=True)
    finger.hold(CORNER, HOLD)
    qtbot.wait(300)
    assert not finger.has("pinPad")
    assert not finger.has("staffPanel")


def test_without_a_pin_a_preview_window_opens_the_panel_at_once(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    _, finger = open_kiosk(full_screen=False)
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))
    assert not finger.has("pinPad")


def test_a_drag_that_starts_in_the_corner_still_scrolls_the_page(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    """The corner only watches: what lies beneath still gets the touch."""
    pins.save(PIN)
    _, finger = open_kiosk()
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
    _, finger = open_kiosk()
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    for digit in PIN:
        finger.tap(finger.find(f"key{digit}"))
    assert dots(finger) == len(PIN)
    assert not any(PIN[:2] in text for text in texts(finger))  # the digits are never shown
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
    _, finger = open_kiosk()
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    type_pin(finger, "1357")
    qtbot.waitUntil(lambda: finger.text_of("pinMessage") == "Wrong PIN. 4 tries left.")
    assert dots(finger) == 0  # typed digits are forgotten
    finger.tap(finger.find("key9"))
    finger.tap(finger.find("keyClear"))
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def test_five_wrong_pins_lock_the_keypad_and_refuse_the_right_one(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(lock_seconds=4)
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    for _ in range(5):
        type_pin(finger, "0000")
    message = finger.text_of("pinMessage")
    assert message.startswith("Too many wrong PINs. The keypad is locked for ")
    assert kiosk.staff.property("locked")
    type_pin(finger, PIN)  # the keys take no taps while locked
    assert dots(finger) == 0
    assert not kiosk.staff.tryPin(PIN)  # nor does the view model, from anywhere
    finger.tap(finger.find("pinCancel"))  # closing the keypad does not lift the lock
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    assert finger.text_of("pinMessage").startswith("Too many wrong PINs.")
    assert not finger.has("staffPanel")
    qtbot.waitUntil(lambda: finger.text_of("pinMessage") == "", timeout=8000)
    type_pin(finger, PIN)
    qtbot.waitUntil(lambda: finger.has("staffPanel"))


def test_the_panel_cannot_be_reached_without_the_pin(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(full_screen=True)
    screens: list[bool] = []
    kiosk.staff.screenChanged.connect(lambda: screens.append(kiosk.staff.property("panelOpen")))
    assert not kiosk.staff.tryPin(PIN)  # no keypad open: no way in, even with the right PIN
    kiosk.staff.startCleaning()
    kiosk.staff.exitToDesktop()
    assert not finger.has("cleaningScreen")
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
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


# -- the panel ---------------------------------------------------------------------------------


def test_cleaning_mode_ignores_every_touch_then_returns_to_the_panel(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(cleaning_seconds=3)
    tile = finger.find("tile-crows-feet")
    open_panel(finger, qtbot)
    close_button = finger._point(finger.find("closePanel"))
    finger.tap(finger.find("cleanScreen"))
    qtbot.waitUntil(lambda: finger.has("cleaningScreen"))
    assert finger.text_of("cleaningCountdown") in {"3", "2"}
    finger.tap(tile)  # the tile is right under the cleaning screen
    finger.tap(close_button)
    finger.drag(QPoint(100, 1500), QPoint(900, 1500))
    finger.tap(CORNER)
    assert kiosk.session.page == "home"
    assert finger.has("cleaningScreen")
    qtbot.waitUntil(lambda: finger.has("staffPanel"), timeout=6000)
    assert not finger.has("cleaningScreen")
    finger.tap(finger.find("closePanel"))  # touch works again
    qtbot.waitUntil(lambda: not finger.has("staffPanel"))
    finger.tap(finger.find("tile-crows-feet"))
    qtbot.waitUntil(lambda: kiosk.session.page != "home")


@pytest.mark.parametrize(("full_screen", "code"), [(True, 80), (False, 0)])
def test_exit_to_desktop_ends_the_app(
    open_kiosk: OpenKiosk,
    pins: PinStore,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    *,
    full_screen: bool,
    code: int,
) -> None:
    pins.save(PIN)
    _, finger = open_kiosk(full_screen=full_screen)
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    open_panel(finger, qtbot)
    finger.tap(finger.find("exitToDesktop"))
    assert exits == [code]


def test_the_idle_reset_closes_the_panel_and_the_keypad(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)

    def quick_idle(text: str) -> str:
        return text.replace("idle_timeout_seconds: 90", "idle_timeout_seconds: 3").replace(
            "idle_warning_seconds: 20", "idle_warning_seconds: 1"
        )

    kiosk, finger = open_kiosk(edit=quick_idle)
    open_panel(finger, qtbot)
    qtbot.waitUntil(lambda: not finger.has("staffPanel"), timeout=10_000)
    finger.hold(CORNER, HOLD)
    qtbot.waitUntil(lambda: finger.has("pinPad"))
    finger.tap(finger.find("key1"))
    qtbot.waitUntil(lambda: not finger.has("pinPad"), timeout=10_000)
    assert kiosk.session.page == "home"


def test_full_screen_stays_locked_down_while_the_panel_is_open(
    open_kiosk: OpenKiosk, pins: PinStore, qtbot: QtBot
) -> None:
    pins.save(PIN)
    kiosk, finger = open_kiosk(full_screen=True)
    open_panel(finger, qtbot)
    QTest.keyClick(kiosk.window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert not kiosk.window.close()
    qtbot.wait(100)
    assert kiosk.window.isVisible()
    assert finger.has("staffPanel")


EXITING_KIOSK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pathlib import Path
from kiosk.content import load_content
from kiosk.ui.app import KioskWindow

app = QGuiApplication(sys.argv[:1])
result = load_content(Path(sys.argv[1]))
kiosk = KioskWindow(result.content, result.file.parent, full_screen=True)
kiosk.window.show()


def staff_exits() -> None:
    kiosk.staff.cornerHeld()
    kiosk.staff.tryPin(sys.argv[2])
    kiosk.staff.exitToDesktop()


QTimer.singleShot(500, staff_exits)
sys.exit(app.exec())
"""


def test_exit_to_desktop_ends_a_real_kiosk_process_with_code_80(
    pins: PinStore, content_dir: Path
) -> None:
    pins.save(PIN)
    done = subprocess.run(
        [sys.executable, "-c", EXITING_KIOSK, str(content_dir / "content.yaml"), PIN],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == EXIT_TO_DESKTOP, done.stderr
