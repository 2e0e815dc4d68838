"""kiosk.ui.settle: a window at rest is taken at once, one that never rests is given up on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from pytestqt.qtbot import QtBot

from kiosk.ui.settle import at_rest, settle

# A square that slides for a minute once moved: a Behavior, as the "more below" hint fades.
SLIDING = """
import QtQuick
Window {
    width: 200; height: 200; visible: true
    Rectangle {
        objectName: "square"
        width: 20; height: 20; color: "black"
        Behavior on x { NumberAnimation { duration: 60000 } }
    }
}
"""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[QQuickWindow]:
    file = tmp_path / "Sliding.qml"
    file.write_text(SLIDING, encoding="utf-8")
    engine = QQmlApplicationEngine()
    engine.load(str(file))
    shown = engine.rootObjects()[0]
    assert isinstance(shown, QQuickWindow)
    qtbot.waitUntil(shown.isExposed)
    yield shown
    shown.destroy()
    engine.deleteLater()


def test_a_window_at_rest_settles(window: QQuickWindow) -> None:
    assert settle(window)
    assert at_rest(window)


def test_a_window_still_moving_is_given_up_on_and_left_as_it_is(window: QQuickWindow) -> None:
    square = window.contentItem().childItems()[0]
    square.setProperty("x", 150)  # the Behavior starts its minute-long slide
    assert not at_rest(window)
    assert not settle(window, give_up_ms=300)
    assert 0 < square.property("x") < 150, "still on its way: the snapshot shows it so"
