"""A patient's finger on the kiosk window: tap, drag and look, with real touch events."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF
from PySide6.QtGui import QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

#: About one frame at 60 Hz between finger movements, as a real swipe arrives.
FRAME_MS = 16


class Finger:
    def __init__(self, window: QQuickWindow, qtbot: QtBot) -> None:
        self.window = window
        self.qtbot = qtbot
        self.device: QPointingDevice = QTest.createTouchDevice()

    def find(self, name: str) -> QQuickItem:
        """The visible item with ``objectName`` ``name`` (on the page on screen)."""
        found = [item for item in all_items(self.window.contentItem()) if item.objectName() == name]
        visible = [item for item in found if item.isVisible() and item.opacity() > 0.5]
        assert visible, f"no visible item named {name!r}"
        return visible[-1]

    def has(self, name: str) -> bool:
        return any(
            item.objectName() == name and item.isVisible()
            for item in all_items(self.window.contentItem())
        )

    def tap(self, target: QQuickItem | QPoint) -> None:
        point = self._point(target)
        QTest.touchEvent(self.window, self.device).press(0, point, self.window).commit()
        # Down until a frame has shown the press (a quick tap), not a fixed 60 ms.
        with self.qtbot.waitSignal(self.window.frameSwapped):
            self.window.update()
        QTest.touchEvent(self.window, self.device).release(0, point, self.window).commit()
        self.qtbot.wait(FRAME_MS)

    def hold(self, target: QQuickItem | QPoint, seconds: float) -> None:
        """Press, keep the finger still for ``seconds``, lift."""
        point = self.press(target)
        self.qtbot.wait(round(seconds * 1000))
        self.lift(point)

    def press(self, target: QQuickItem | QPoint) -> QPoint:
        """Put the finger down (and keep it there); where it went down, for ``lift``."""
        point = self._point(target)
        QTest.touchEvent(self.window, self.device).press(0, point, self.window).commit()
        return point

    def lift(self, point: QPoint) -> None:
        QTest.touchEvent(self.window, self.device).release(0, point, self.window).commit()
        self.qtbot.wait(FRAME_MS)

    def drag(self, start: QPoint, end: QPoint, steps: int = 20) -> None:
        """Press at ``start``, move to ``end`` over ``steps`` frames, lift."""
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        for step in range(1, steps + 1):
            self.qtbot.wait(FRAME_MS)
            point = start + (end - start) * (step / steps)
            QTest.touchEvent(self.window, self.device).move(0, point, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, end, self.window).commit()
        self.qtbot.wait(FRAME_MS)

    def text_of(self, name: str) -> str:
        return str(self.find(name).property("text"))

    def _point(self, target: QQuickItem | QPoint) -> QPoint:
        if isinstance(target, QPoint):
            return target
        centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2))
        return centre.toPoint()


def all_items(item: QQuickItem) -> Iterator[QQuickItem]:
    """``item`` and everything drawn inside it, in the visual tree."""
    yield item
    for child in item.childItems():
        yield from all_items(child)


def texts_in(item: QQuickItem) -> list[str]:
    """The words a person can see in ``item``: every visible item's non-empty ``text``."""
    return [
        str(each.property("text"))
        for each in all_items(item)
        if each.isVisible() and each.property("text")
    ]


class KeysSeen(QObject):
    """Counts the key events that reach an item (install it as the item's filter): what
    got past the window's own filters (the lockdown, the keypad)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            self.count += 1
        return False
