"""A keypad or keyboard, without sight: keys move a focus ring, choose, go back, change
the volume and ask where one is; in speech mode each control is said as focus lands on it.

What is said of a control is what Qt's accessibility interface says of it (its role and
name), so the voice and a desktop screen reader agree: "Button, Crow's feet, 3 of 12".
The keys themselves (and which are dropped) are ``kiosk.ui.keys``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMetaObject, QObject, QRectF, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtQml import qmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.keys import KeyAction, patient_key
from kiosk.ui.session import KioskSession
from kiosk.ui.speech import Speech

_SCROLLERS = ("homeScreen", "topicFlick")


class Keypad(QObject):
    """The window's keys for a patient: install it as the window's event filter."""

    def __init__(
        self, window: QQuickWindow, session: KioskSession, speech: Speech, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._session = session
        self._speech = speech

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        action = patient_key(event.key(), event.modifiers())
        if action is None:
            return False
        self.act(action)
        return True  # the screen's items never see raw keys: one meaning for each key

    def act(self, action: KeyAction) -> None:
        if action in (KeyAction.NEXT, KeyAction.PREVIOUS):
            self._move(forward=action is KeyAction.NEXT)
        elif action is KeyAction.ACTIVATE:
            self._activate()
        elif action is KeyAction.BACK:
            self._session.goBack()
        elif action is KeyAction.LOUDER:
            self._speech.louder()
        elif action is KeyAction.QUIETER:
            self._speech.quieter()
        else:
            self._speech.announce(self.where())

    def forget(self) -> None:
        """No control has focus (a new page, the idle reset): the next key starts from the
        top of the page on screen, and the next patient sees no ring."""
        for _ in range(20):  # the focused item, then each focus scope it was in
            item = self._window.activeFocusItem()
            if item is None or item is self._window.contentItem():
                return
            item.setFocus(False, Qt.FocusReason.OtherFocusReason)

    def where(self) -> str:
        """ "You are on Crow's feet. Button, Listen, 3 of 8. Arrows move, ...\""""
        said = self._session.words_now()
        page = self._session.page_name_now()
        focused = self._focused()
        here = self.describe(focused) if focused is not None else ""
        return " ".join(
            part for part in (said["you_are_on"].format(page=page), here, said["keys_help"]) if part
        )

    def describe(self, item: QQuickItem) -> str:
        """The control as a screen reader names it, and where it is among the screen's."""
        said = self._session.words_now()
        interface = QAccessible.queryAccessibleInterface(item)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        role = _role_word(interface.role()) if interface is not None else None
        controls = self._controls()
        place = controls.index(item) + 1 if item in controls else 0
        position = said["position"].format(number=place, total=len(controls)) if place else ""
        parts = [said[role] if role else "", name, position]
        return ", ".join(part for part in parts if part) + "."

    def _controls(self) -> list[QQuickItem]:
        """Every control a key can reach on the screen, in the order the keys reach them."""
        first = self._window.contentItem().nextItemInFocusChain(True)
        found: list[QQuickItem] = []
        item = first
        while item is not None and item not in found and len(found) < 500:
            found.append(item)
            item = item.nextItemInFocusChain(True)
        return [each for each in found if each is not self._window.contentItem()]

    def _on_current_page(self, item: QQuickItem) -> bool:
        """``item`` is not on a page of the stack other than the one on top."""
        stack = self._window.findChild(QQuickItem, "stack")
        if stack is None:
            return True
        page: QQuickItem | None = item
        while page is not None:
            if page.parentItem() is stack:  # a page of the stack
                return page is stack.property("currentItem")
            page = page.parentItem()
        return True

    def _focused(self) -> QQuickItem | None:
        item = self._window.activeFocusItem()
        return item if item is not None and item.activeFocusOnTab() else None

    def _move(self, *, forward: bool) -> None:
        start = self._focused() or self._window.contentItem()
        target = start.nextItemInFocusChain(forward)
        # A page sliding away is still drawn for a moment: its controls are passed over.
        for _ in range(500):
            if target is None or target is self._window.contentItem():
                return
            if self._on_current_page(target):
                break
            target = target.nextItemInFocusChain(forward)
        assert target is not None
        target.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        _scroll_to(target)
        self._speech.announce(self.describe(target))

    def _activate(self) -> None:
        item = self._focused()
        if item is None:
            return
        engine = qmlEngine(item)
        # Asked through JavaScript, not item.metaObject(): PySide6 keeps a wrapper of a QML
        # type's metaobject for good, and once the type is gone a new QObject at the same
        # address comes back from Qt as that stale wrapper (tests/test_code_quality.py).
        if engine is not None and engine.toScriptValue(item).property("click").isCallable():
            QMetaObject.invokeMethod(item, "click")


def _role_word(role: QAccessible.Role) -> str | None:
    """The kiosk's word for a control's role (only buttons have controls here). Asked at a
    key, not at import: naming QAccessible's roles builds their enum, time the start
    does not have."""
    return "button" if role in (QAccessible.Role.Button, QAccessible.Role.CheckBox) else None


def _scroll_to(item: QQuickItem) -> None:
    """Scroll the page so that ``item`` is in view (a flick does not follow focus)."""
    page = item.parentItem()
    while page is not None and page.objectName() not in _SCROLLERS:
        page = page.parentItem()
    if page is None:
        return
    box = item.mapRectToItem(page, QRectF(0, 0, item.width(), item.height()))
    top = float(page.property("contentY"))
    most = max(0.0, float(page.property("contentHeight")) - page.height())
    if box.top() < 0:
        page.setProperty("contentY", max(0.0, top + box.top() - 24))
    elif box.bottom() > page.height():
        page.setProperty("contentY", min(most, top + box.bottom() - page.height() + 24))
