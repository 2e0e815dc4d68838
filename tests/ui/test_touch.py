"""A patient at the screen: tap, read, scroll, go back, switch language, walk away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.clock import HandClock
from tests.ui.conftest import OpenKiosk
from tests.ui.finger import FRAME_MS, Finger, KeysSeen

#: Longer than a page transition (220 ms): how long a drag that must not navigate is
#: watched. Navigation is decided when the finger lifts, so this is a margin, not a race.
SETTLE_MS = 400


def at_rest(finger: Finger, qtbot: QtBot) -> None:
    """Wait until the page has finished sliding in (or out): the stack is no longer busy."""
    stack = finger.find("stack")
    qtbot.waitUntil(lambda: not stack.property("busy"))


def test_a_tap_on_a_tile_opens_its_topic(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-crows-feet"))
    qtbot.waitUntil(lambda: finger.has("topicTitle"))
    at_rest(finger, qtbot)
    assert finger.text_of("topicTitle") == "Crow's feet"
    assert kiosk.session.page == "topic/crows-feet"


def test_back_and_home_return_to_the_start(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    for button in ("backButton", "homeButton"):
        finger.tap(finger.find("tile-frown-lines"))
        qtbot.waitUntil(lambda: kiosk.session.page == "topic/frown-lines")
        at_rest(finger, qtbot)
        finger.tap(finger.find(button))
        qtbot.waitUntil(lambda: kiosk.session.page == "home")
        at_rest(finger, qtbot)
        assert finger.has("tile-frown-lines")
        assert not finger.has("backButton"), "no Back on the home screen: it leads nowhere"


def test_a_swipe_to_the_right_goes_back(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-your-visit"))
    at_rest(finger, qtbot)
    finger.drag(QPoint(100, 900), QPoint(700, 910))
    qtbot.waitUntil(lambda: kiosk.session.page == "home")


def test_a_short_sideways_drag_does_not_go_back(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-your-visit"))
    at_rest(finger, qtbot)
    with qtbot.assertNotEmitted(kiosk.session.navigated, wait=SETTLE_MS):
        finger.drag(QPoint(100, 900), QPoint(180, 900), steps=5)
    assert kiosk.session.page == "topic/your-visit"


def test_back_is_taken_while_the_page_still_slides_in(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    """The page itself takes no touch while it slides (Qt's StackView holds them while
    busy: a double tap cannot land on a page that is moving in); the bar is outside it,
    so a patient who opened the wrong topic can go back at once."""
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-how-botox-works"))
    assert finger.find("stack").property("busy")
    finger.tap(finger.find("backButton"))
    at_rest(finger, qtbot)
    assert kiosk.session.page == "home"


def test_a_diagonal_scroll_is_not_a_swipe_back(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-how-botox-works"))
    at_rest(finger, qtbot)
    with qtbot.assertNotEmitted(kiosk.session.navigated, wait=SETTLE_MS):
        finger.drag(QPoint(200, 1500), QPoint(600, 500))  # mostly up: the page scrolls
    assert kiosk.session.page == "topic/how-botox-works"
    assert finger.find("topicFlick").property("contentY") > 300


def test_a_swipe_that_turns_into_a_scroll_is_not_a_swipe_back(
    open_kiosk: OpenKiosk, qtbot: QtBot
) -> None:
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-how-botox-works"))
    at_rest(finger, qtbot)
    path = [QPoint(100 + 30 * step, 1500) for step in range(11)]  # 300 px right...
    path += [QPoint(400, 1500 - 80 * step) for step in range(1, 11)]  # ...then 800 px up
    touch = QTest.touchEvent
    with qtbot.assertNotEmitted(kiosk.session.navigated, wait=SETTLE_MS):
        touch(finger.window, finger.device).press(0, path[0], finger.window).commit()
        for point in path[1:]:
            qtbot.wait(FRAME_MS)
            touch(finger.window, finger.device).move(0, point, finger.window).commit()
        touch(finger.window, finger.device).release(0, path[-1], finger.window).commit()
    assert kiosk.session.page == "topic/how-botox-works"


def test_a_flick_scrolls_a_long_page(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    finger.tap(finger.find("tile-how-botox-works"))
    qtbot.waitUntil(lambda: kiosk.session.page == "topic/how-botox-works")
    at_rest(finger, qtbot)
    page = finger.find("topicFlick")
    assert page.property("contentY") == 0
    finger.drag(QPoint(540, 1400), QPoint(540, 500))
    qtbot.waitUntil(lambda: page.property("contentY") > 600)


def test_switching_language_changes_what_is_written(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    assert finger.text_of("welcome") == "Touch a topic to read about it."
    finger.tap(finger.find("language-es"))
    qtbot.waitUntil(lambda: finger.text_of("welcome") == "Toque un tema para leer sobre él.")
    finger.tap(finger.find("tile-crows-feet"))
    qtbot.waitUntil(lambda: kiosk.session.page == "topic/crows-feet")
    at_rest(finger, qtbot)
    assert finger.text_of("topicTitle") == "Patas de gallo"
    assert kiosk.session.language == "es"


def short_idle(text: str) -> str:
    return text.replace("idle_timeout_seconds: 90", "idle_timeout_seconds: 1").replace(
        "idle_warning_seconds: 20", "idle_warning_seconds: 2"
    )


def test_a_tap_on_the_idle_prompt_keeps_the_page(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    idle_clock = HandClock()
    kiosk, finger = open_kiosk(short_idle, idle_clock=idle_clock)
    finger.tap(finger.find("tile-crows-feet"))
    idle_clock.advance(1)
    qtbot.waitUntil(lambda: finger.has("idlePrompt"))
    assert finger.text_of("countdown").endswith("2 seconds.")
    idle_clock.advance(1)
    qtbot.waitUntil(lambda: finger.text_of("countdown").endswith("in 1 second."))
    finger.tap(QPoint(540, 300))  # anywhere
    qtbot.waitUntil(lambda: not finger.has("idlePrompt"))
    assert kiosk.session.page == "topic/crows-feet"


@pytest.mark.waits
def test_walking_away_resets_everything(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    """The idle reset end to end in real time: the other idle tests move a hand clock."""
    kiosk, finger = open_kiosk(short_idle)
    finger.tap(finger.find("language-es"))
    finger.tap(finger.find("textSizeButton"))
    finger.tap(finger.find("tile-how-botox-works"))
    at_rest(finger, qtbot)
    finger.drag(QPoint(540, 1400), QPoint(540, 600))
    assert kiosk.session.largeText
    qtbot.waitUntil(lambda: kiosk.session.page == "home", timeout=5000)
    at_rest(finger, qtbot)
    assert kiosk.session.language == "en"
    assert not kiosk.session.largeText
    assert not kiosk.session.canGoBack
    assert finger.text_of("welcome") == "Touch a topic to read about it."
    assert finger.find("homeScreen").property("contentY") == 0


def test_an_untouched_start_resets_without_asking(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    idle_clock = HandClock()
    kiosk, finger = open_kiosk(short_idle, idle_clock=idle_clock)
    home = finger.find("homeScreen")
    finger.drag(QPoint(540, 1400), QPoint(540, 600))  # scrolled, but nothing chosen
    qtbot.waitUntil(lambda: home.property("contentY") > 0)
    prompted = []
    kiosk.idle.promptingChanged.connect(lambda: prompted.append(finger.has("idlePrompt")))
    idle_clock.advance(1)  # the prompt's time: nobody is asked
    qtbot.waitUntil(lambda: len(prompted) > 0)
    idle_clock.advance(2)
    qtbot.waitUntil(lambda: finger.find("homeScreen").property("contentY") == 0)
    assert prompted, "the idle monitor did run"
    assert not any(prompted), "nobody needs to be asked on a page nobody chose"


def test_full_screen_ignores_keys_and_close_requests(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk(full_screen=True)
    window = kiosk.window
    finger.tap(finger.find("tile-how-botox-works"))
    qtbot.waitUntil(lambda: kiosk.session.page == "topic/how-botox-works")
    for key, modifier in [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ]:
        QTest.keyClick(window, key, modifier)
    with qtbot.assertNotEmitted(window.visibleChanged, wait=50):  # nor a moment later
        window.close()
    assert window.isVisible()
    assert kiosk.session.page == "topic/how-botox-works"
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None
    assert cursor.shape() == Qt.CursorShape.BlankCursor


@pytest.mark.parametrize("full_screen", [True, False], ids=["full screen", "preview"])
def test_keys_reach_no_item_in_full_screen(
    open_kiosk: OpenKiosk, qtbot: QtBot, full_screen: bool
) -> None:
    """Keys stop at the window in full screen (the lockdown drops Esc and Q, the keypad
    takes Tab and Space for itself); a preview lets the keys that are not the keypad's
    through as usual."""
    kiosk, _ = open_kiosk(full_screen=full_screen)
    item = kiosk.window.activeFocusItem() or kiosk.window.contentItem()
    seen = KeysSeen()
    item.installEventFilter(seen)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Q, Qt.Key.Key_Tab, Qt.Key.Key_Space):
        QTest.keyClick(kiosk.window, key)
    item.removeEventFilter(seen)
    assert (seen.count == 0) == full_screen, f"{seen.count} key events reached {item}"


def test_a_reload_can_show_the_pointer_again(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, _ = open_kiosk(full_screen=True)
    assert QGuiApplication.overrideCursor() is not None
    file = kiosk.live.file
    text = Path(file).read_text(encoding="utf-8")
    shown = text.replace("settings:\n", "settings:\n  hide_cursor: false\n", 1)
    Path(file).write_text(shown, "utf-8")
    kiosk.live.reloadNow()
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None, timeout=5000)


def test_a_preview_window_closes_normally(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, _ = open_kiosk(full_screen=False)
    assert QGuiApplication.overrideCursor() is None, "a preview keeps its mouse pointer"
    kiosk.window.close()
    qtbot.waitUntil(lambda: not kiosk.window.isVisible())
