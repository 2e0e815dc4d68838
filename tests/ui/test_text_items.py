"""Every text item on every screen reads its words as plain text, in the kiosk's font.

Words from the content file are never read as markup, so no link or picture can reach the
screen; only RichBlocks shows styled text (``<b>``), on words kiosk/pages has escaped.
Checked on the live items, hidden ones too, so a new text that skips KioskText (or names
another font) fails here whatever its QML looks like.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtQml import QQmlExpression
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.ui.window import KioskWindow
from tests.ui.scenes import SIZES, every_screen, open_window, text_items

PLAIN_TEXT = 0  # Text.PlainText
STYLED_TEXT = 4  # Text.StyledText
SCREENS = {"home", "idle", "keypad", "panel", "cleaning"}


def problems(kiosk: KioskWindow, screen: str) -> tuple[int, list[str]]:
    """(text items seen, what is wrong with them) on the screen shown now."""
    family = kiosk.engine.singletonInstance("Kiosk", "Theme").property("fontFamily")
    items = text_items(kiosk.window)
    found = []
    for item in items:
        allowed = {PLAIN_TEXT, STYLED_TEXT} if in_rich_blocks(kiosk, item) else {PLAIN_TEXT}
        where = f"{screen}: {qml_type(kiosk, item)} {str(item.property('text'))[:40]!r}"
        text_format = read(kiosk, item, "textFormat")
        if text_format not in allowed:
            found.append(f"{where} reads its words as format {text_format}")
        if item.property("font").family() != family:
            found.append(f"{where} is in {item.property('font').family()!r}, not {family!r}")
    return len(items), found


def read(kiosk: KioskWindow, item: QQuickItem, name: str) -> object:
    """A property as QML reads it (PySide6 cannot convert QQuickText's enums itself)."""
    value, undefined = QQmlExpression(kiosk.engine.rootContext(), item, name).evaluate()
    assert not undefined, name
    return value


def qml_type(kiosk: KioskWindow, item: QQuickItem) -> str:
    """``RichBlocks_QMLTYPE_12``: the item's type as JavaScript names it. Not through
    ``item.metaObject()``, whose wrapper PySide6 keeps (see tests/test_code_quality.py)."""
    return kiosk.engine.toScriptValue(item).toString().split("(")[0]


def in_rich_blocks(kiosk: KioskWindow, item: QQuickItem | None) -> bool:
    while item is not None:
        if qml_type(kiosk, item).startswith("RichBlocks_QMLTYPE"):
            return True
        item = item.parentItem()
    return False


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_text_is_plain_and_in_the_kiosk_font(
    qtbot: QtBot, content_dir: Path, language: str
) -> None:
    content = load_content(content_dir / "content.yaml").content
    assert content is not None
    kiosk = open_window(qtbot, content_dir, SIZES["portrait"], content)
    kiosk.session.setLanguage(language)
    seen, wrong, screens = 0, [], set()
    try:
        for screen in every_screen(kiosk, content, qtbot):
            count, found = problems(kiosk, screen)
            seen, wrong = seen + count, wrong + found
            screens.add(screen)
    finally:
        kiosk.dispose()
    assert wrong == []
    assert SCREENS | {f"topic-{topic}" for topic in content.topics} == screens
    assert seen > 100 * len(screens)  # the walk saw the pages' words, not an empty tree


def test_the_holding_screen_too(qtbot: QtBot, content_dir: Path) -> None:
    kiosk = open_window(qtbot, content_dir, SIZES["portrait"], None)
    try:
        qtbot.waitUntil(lambda: any(item.isVisible() for item in text_items(kiosk.window)))
        seen, wrong = problems(kiosk, "holding")
    finally:
        kiosk.dispose()
    assert wrong == []
    assert seen > 0
