"""At every size, in normal and large text (up to x2, with high contrast): targets are big,
nothing overlaps or is cut."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QRectF, QSize
from PySide6.QtQuick import QQuickItem

from kiosk.ui.settle import settle
from tests.ui.conftest import OpenKiosk
from tests.ui.finger import Finger, all_items

SIZES = [
    QSize(1280, 800),
    QSize(720, 1280),
    QSize(1080, 1920),
    QSize(1920, 1080),
    QSize(3840, 2160),
]
PAGES = ["home", "how-botox-works", "arthritis-pain"]
#: 20 mm on a 24-inch 1080p panel (KIOSK-FACTS), scaled with the screen's short side.
TARGET_AT_1080 = 80
BODY_TEXT_AT_1080 = 32


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def visible(item: QQuickItem) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() < 0.5:
            return False
        item = item.parentItem()
    return True


def targets(finger: Finger) -> list[QQuickItem]:
    """Every touch target on screen: buttons (their MouseArea) and topic tiles."""
    found = []
    for item in all_items(finger.window.contentItem()):
        name = item.objectName()
        if (name == "buttonArea" and visible(item)) or (name.startswith("tile-") and visible(item)):
            found.append(item)
    return found


def twice_as_large(text: str) -> str:
    """The largest text a clinic may set: twice the size."""
    return text.replace("settings:\n", "settings:\n  large_text_scale: 2.0\n")


#: (language, text): Spanish words are the longer ones; "x2" is the largest text a clinic
#: may set, shown in high contrast (the two together are what a low-vision patient picks).
LOOKS = [("en", "normal"), ("es", "normal"), ("en", "large"), ("es", "large"), ("es", "x2")]


@pytest.mark.parametrize(("language", "text"), LOOKS, ids=[f"{t}-{lang}" for lang, t in LOOKS])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size.width()}x{size.height()}")
def test_targets_are_large_and_nothing_overlaps_or_is_cut(
    open_kiosk: OpenKiosk, size: QSize, language: str, text: str
) -> None:
    kiosk, finger = open_kiosk(
        twice_as_large if text == "x2" else lambda same: same, size=size, slides=False
    )
    kiosk.session.setLanguage(language)
    if text != "normal":
        kiosk.session.toggleLargeText()
    if text == "x2":
        kiosk.session.toggleHighContrast()
        assert kiosk.session.largeTextScale == 2.0
    unit = min(size.width(), size.height()) / 1080
    window = QRectF(0, 0, size.width(), size.height())
    for page in PAGES:
        if page != "home":
            kiosk.session.openTopic(page)
        # At rest as a snapshot is taken: slid in, its body loaded, its hint faded in.
        assert settle(kiosk.window), page
        found = targets(finger)
        assert found, page
        buttons = [item for item in found if item.objectName() == "buttonArea"]
        for item in found:
            rect = scene_rect(item)
            assert min(rect.width(), rect.height()) >= TARGET_AT_1080 * unit - 0.5, (page, rect)
        for index, item in enumerate(buttons):
            rect = scene_rect(item)
            assert window.contains(rect), (page, rect)
            for other in buttons[index + 1 :]:
                assert not rect.intersects(scene_rect(other)), (page, rect, scene_rect(other))
        texts = [
            item
            for item in all_items(finger.window.contentItem())
            if visible(item) and item.inherits("QQuickText")
        ]
        cut = [t.property("text") for t in texts if t.property("truncated")]
        assert cut == [], (page, cut)
        # A word too long for its line draws past the box even with wrapping on.
        over = [
            t.property("text")
            for t in texts
            if t.property("contentWidth") > t.width() + 1
            or scene_rect(t).left() < -1
            or scene_rect(t).right() > window.right() + 1
        ]
        assert over == [], (page, over)
        kiosk.session.goHome()


def test_body_text_is_at_least_32_px_at_1080p(open_kiosk: OpenKiosk) -> None:
    kiosk, finger = open_kiosk(size=QSize(1080, 1920), slides=False)
    kiosk.session.openTopic("crows-feet")
    assert settle(kiosk.window)
    body = finger.find("topicTitle")
    assert body.property("font").pixelSize() >= BODY_TEXT_AT_1080
    sizes = {
        item.property("font").pixelSize()
        for item in all_items(finger.window.contentItem())
        if visible(item) and item.inherits("QQuickText") and item.property("text")
    }
    assert min(sizes) >= 30, sizes  # small print (sources, dates) is 30 px; body text 34 px


@pytest.mark.parametrize(
    ("pixels_per_mm", "target"),
    [
        (6.0, 120),  # a 10-inch 1280x800 panel: 20 mm is 120 px, more than scaling gives
        (2.4, 71),  # a 24-inch panel at 1280x800: scaling by the short side gives more
        (12.0, 71),  # a TV that reports its aspect ratio (16 x 9 cm) as its size: ignored
    ],
)
def test_targets_are_20_mm_on_a_small_dense_screen(
    open_kiosk: OpenKiosk, pixels_per_mm: float, target: int
) -> None:
    kiosk, finger = open_kiosk(size=QSize(1280, 800), slides=False)
    theme = kiosk.engine.singletonInstance("Kiosk", "Theme")
    theme.setProperty("pixelsPerMm", pixels_per_mm)
    assert settle(kiosk.window)  # the button's row is laid out again at the next frame
    assert theme.property("touchTarget") == target
    assert finger.find("textSizeButton").height() == target


@pytest.mark.parametrize("large_text", [False, True], ids=["normal-text", "large-text"])
@pytest.mark.parametrize("size", SIZES[:2], ids=lambda size: f"{size.width()}x{size.height()}")
def test_the_tiles_of_a_category_are_one_height(
    open_kiosk: OpenKiosk, size: QSize, large_text: bool
) -> None:
    kiosk, finger = open_kiosk(size=size, slides=False)
    kiosk.session.setLanguage("es")
    if large_text:
        kiosk.session.toggleLargeText()
    assert settle(kiosk.window)  # laid out again in the new words and size
    grids: dict[int, list[QQuickItem]] = {}  # the tiles of each category, by their grid
    for item in all_items(finger.window.contentItem()):
        if item.objectName().startswith("tile-"):
            grids.setdefault(shiboken6.getCppPointer(item.parentItem())[0], []).append(item)
    assert len(grids) == 3
    for tiles in grids.values():
        tallest = max(tile.implicitHeight() for tile in tiles)
        # A row reads as a row: every tile as tall as the tallest, none cut short.
        assert {tile.height() for tile in tiles} == {tallest}, [t.objectName() for t in tiles]
        # Side by side from the left, one column's width apart, however few the tiles: a
        # category with fewer topics than columns does not spread them over the row.
        spacing = kiosk.engine.singletonInstance("Kiosk", "Theme").property("spacing")
        first_row = [tile for tile in tiles if tile.y() == tiles[0].y()]
        for column, tile in enumerate(first_row):  # to the pixel, as widths are fractions
            assert abs(tile.x() - column * (tiles[0].width() + spacing)) <= 1, tile.objectName()
