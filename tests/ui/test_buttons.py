"""Every button is a button to assistive technology, named by its words, and takes focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from tests.ui.conftest import OpenKiosk
from tests.ui.finger import all_items

#: Buttons whose words are a symbol: their name says what they do.
NAMED_APART = {"textSizeButton": "Larger text", "contrastButton": "High contrast"}


def buttons(root: QQuickItem) -> list[QQuickItem]:
    return [
        item
        for item in all_items(root)
        if item.inherits("QQuickAbstractButton") and item.isVisible()
    ]


def test_buttons_are_named_buttons_that_take_focus(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk()
    kiosk.session.openTopic("crows-feet")
    qtbot.waitUntil(lambda: finger.has("backButton"))
    found = buttons(finger.window.contentItem())
    assert {"backButton", "homeButton", "language-es", "textSizeButton"} <= {
        button.objectName() for button in found
    }
    for button in found:
        accessible = QAccessible.queryAccessibleInterface(button)
        assert accessible is not None, button.objectName()
        assert accessible.role() == QAccessible.Role.Button, button.objectName()
        name = NAMED_APART.get(button.objectName(), button.property("text"))
        assert accessible.text(QAccessible.Text.Name) == name, button.objectName()
        assert button.property("activeFocusOnTab"), button.objectName()
