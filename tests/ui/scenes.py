"""Every screen of the kiosk, one after the other, and the text items each one draws.

The tests that police the QML (text format and font, contrast) look at the live items, not
at the QML source: what a screen draws is what a patient reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.runtime.pin import PinStore
from kiosk.ui.staff import StaffOptions
from kiosk.ui.voice import installed_voice
from kiosk.ui.window import KioskWindow
from tests.ui.finger import all_items

PIN = "2468"
SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}


def open_window(qtbot: QtBot, folder: Path, size: QSize, content: Content | None) -> KioskWindow:
    """A windowed kiosk on ``content`` (``None``: the holding screen), a staff PIN set,
    holding still (``KioskWindow.hold_still``): it is for looking at screens at rest."""
    pins = PinStore(folder / "config")
    if not pins.is_set():
        pins.save(PIN)
    kiosk = KioskWindow(
        content,
        folder,
        full_screen=False,
        size=size,
        staff=StaffOptions(pins=pins),
        voice=installed_voice(),
        headphones=None,
    )
    kiosk.hold_still()
    with qtbot.waitExposed(kiosk.window):
        kiosk.window.show()
    return kiosk


def every_screen(kiosk: KioskWindow, content: Content, qtbot: QtBot) -> Iterator[str]:
    """Show each screen in turn, at rest, and yield its name while it is on screen.

    Home, every topic (its body built), the idle prompt, the PIN keypad, the staff panel
    and the cleaning screen. The holding screen needs a kiosk without content.
    """
    session, staff = kiosk.session, kiosk.staff
    settle(kiosk, qtbot)
    yield "home"
    topics = list(dict.fromkeys(topic for each in content.categories for topic in each.topics))
    for topic in topics:
        session.openTopic(topic)
        settle(kiosk, qtbot)
        yield f"topic-{topic}"
        session.goHome()
    settle(kiosk, qtbot)
    session.openTopic(topics[0])  # on an untouched home the reset does not ask
    kiosk.idle.pretend_idle(content.settings.idle_timeout_seconds)
    qtbot.waitUntil(lambda: _shown(kiosk.window, "idlePrompt"))
    settle(kiosk, qtbot)
    yield "idle"
    kiosk.idle.stillHere()
    session.goHome()
    staff.cornerHeld()
    qtbot.waitUntil(lambda: _shown(kiosk.window, "pinPad"))
    yield "keypad"
    assert staff.tryPin(PIN)
    qtbot.waitUntil(lambda: _shown(kiosk.window, "staffPanel"))
    yield "panel"
    staff.startCleaning()
    qtbot.waitUntil(lambda: _shown(kiosk.window, "cleaningScreen"))
    yield "cleaning"
    staff.closeAll()


def settle(kiosk: KioskWindow, qtbot: QtBot) -> None:
    """Wait until no page slides and a topic's body (built over several frames) is there."""
    window = kiosk.window

    def at_rest() -> bool:
        stack = _named(window, "stack")
        if stack is None or stack.property("busy"):
            return False
        bodies = [
            item for item in all_items(window.contentItem()) if item.objectName() == "topicBody"
        ]
        return all(body.property("item") is not None for body in bodies)

    qtbot.waitUntil(at_rest)
    with qtbot.waitSignal(window.frameSwapped):  # and a frame drawn at rest
        window.update()


def text_items(window: QQuickWindow) -> list[QQuickItem]:
    """Every text item in the window's tree, shown or not (a hidden one may show later)."""
    return [item for item in all_items(window.contentItem()) if item.inherits("QQuickText")]


def is_drawn(item: QQuickItem) -> bool:
    """Shown, with words, not faded out, and at least partly inside the window."""
    return bool(
        item.isVisible()
        and item.property("text")
        and effective_opacity(item) > 0
        and not drawn_rect(item).isEmpty()
    )


def effective_opacity(item: QQuickItem | None) -> float:
    opacity = 1.0
    while item is not None:
        opacity *= item.opacity()
        item = item.parentItem()
    return opacity


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def drawn_rect(item: QQuickItem) -> QRectF:
    """The part of ``item`` that can show: cut by every clipping ancestor and the window."""
    rect = scene_rect(item)
    parent = item.parentItem()
    while parent is not None:
        if parent.clip() or parent.parentItem() is None:  # the root: the window's area
            rect = rect.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return rect


def _named(window: QQuickWindow, name: str) -> QQuickItem | None:
    found = [item for item in all_items(window.contentItem()) if item.objectName() == name]
    return found[-1] if found else None


def _shown(window: QQuickWindow, name: str) -> bool:
    item = _named(window, name)
    return item is not None and item.isVisible()
