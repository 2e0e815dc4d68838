"""Every text the QML draws reaches WCAG's 4.5:1 against what is drawn behind it, and 7:1
in high contrast (WCAG 1.4.6).

The pairs are not listed by hand: every screen is shown (both orientations, both text
sizes, both languages; high contrast with and without large text), at rest and pressed,
and each text item's colour is measured against the colour of the nearest opaque item
painted behind it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtQml import QJSValue, QJSValueIterator, QQmlEngine, QQmlProperty
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.ui.settle import settle as settle_window
from tests.ui.finger import all_items
from tests.ui.scenes import (
    SIZES,
    drawn_rect,
    effective_opacity,
    every_screen,
    is_drawn,
    open_window,
    scene_rect,
    settle,
)

#: The floor of each mode: WCAG 1.4.3 (normal text), and 1.4.6 (enhanced) in high contrast.
MINIMUM = {False: 4.5, True: 7.0}
#: (language, orientation, large text): each orientation and text size, each language.
WALKS = {
    False: [
        ("en", "portrait", False),
        ("es", "portrait", True),
        ("es", "landscape", False),
        ("en", "landscape", True),
    ],
    True: [("es", "portrait", False), ("en", "landscape", True)],
}
#: Pairs the Theme was written for (its comments); the walk must find every one of them.
EXPECTED = {
    ("ink", "surface"),
    ("ink", "background"),
    ("ink", "accentSoft"),
    ("inkSoft", "surface"),
    ("inkSoft", "background"),
    ("accent", "surface"),
    ("accent", "background"),
    ("accent", "accentSoft"),
    ("accentInk", "accent"),
    ("accentInk", "accentPressed"),
    ("researchInk", "research"),
    ("safetyInk", "safety"),
}
SLACK = 0.5  # px: a text box may meet its backdrop's edge at a fraction of a pixel


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@dataclass(frozen=True)
class Pair:
    """A text colour on a backdrop colour (#rrggbb), and where it was seen first."""

    text: str
    backdrop: str
    seen: str


@dataclass(frozen=True)
class Drawn:
    item: QQuickItem
    rect: QRectF  # the part that can show, in the window


def paint_order(window: QQuickWindow) -> list[Drawn]:
    """Every shown item, in the order the scene graph paints them (z among siblings)."""
    order: list[Drawn] = []

    def visit(item: QQuickItem, clip: QRectF | None) -> None:
        """``clip``: what the clipping ancestors (and the window) let show, as ``drawn_rect``
        finds it, carried down rather than found again for each of some 250 items."""
        if not item.isVisible() or item.opacity() == 0:
            return
        rect = scene_rect(item)
        if item.clip() or clip is None:  # the root: the window's area
            inner = rect if clip is None else clip.intersected(rect)
        else:
            inner = clip
        children = sorted(item.childItems(), key=lambda child: child.z())  # stable
        for child in children:
            if child.z() < 0:
                visit(child, inner)
        order.append(Drawn(item, rect if clip is None else rect.intersected(clip)))
        for child in children:
            if child.z() >= 0:
                visit(child, inner)

    visit(window.contentItem(), None)
    return order


def fill_over(drawn: Drawn, rect: QRectF) -> QColor | None:
    """The one solid colour ``drawn`` paints all over ``rect``, if it does."""
    item = drawn.item
    if not item.inherits("QQuickRectangle") or effective_opacity(item) < 1:
        return None
    if not drawn.rect.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
        return None
    gradient = gradient_of(item)
    if gradient is None:
        fill = QColor(item.property("color"))
        return fill if fill.alpha() == 255 else None
    # A vertical gradient (MoreBelowHint's strip): solid over rect if the same opaque
    # colour at rect's top, at its bottom and at every stop between.
    box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    top = (rect.top() - box.top()) / box.height()
    bottom = (rect.bottom() - box.top()) / box.height()
    stops = sorted(
        (float(stop.property("position")), QColor(stop.property("color")))
        for stop in gradient.children()
        if stop.inherits("QQuickGradientStop")
    )
    positions = [top, bottom, *(p for p, _ in stops if top <= p <= bottom)]
    colours = {stop_colour(stops, p).name(QColor.NameFormat.HexArgb) for p in positions}
    if len(colours) == 1 and QColor(colours.pop()).alpha() == 255:
        return stop_colour(stops, top)
    return None


def gradient_of(item: QQuickItem) -> QObject | None:
    """A Rectangle's Gradient, if it has one (the property is a JS value: enum or object)."""
    value = item.property("gradient")
    return value.toQObject() if isinstance(value, QJSValue) and value.isQObject() else None


def stop_colour(stops: list[tuple[float, QColor]], position: float) -> QColor:
    """The gradient's colour at ``position`` (linear between stops, flat beyond them)."""
    before = [stop for stop in stops if stop[0] <= position]
    after = [stop for stop in stops if stop[0] >= position]
    if not before:
        return after[0][1]
    if not after:
        return before[-1][1]
    (start, low), (end, high) = before[-1], after[0]
    if end == start:
        return high
    t = (position - start) / (end - start)
    channels = zip(low.getRgbF(), high.getRgbF(), strict=True)
    return QColor.fromRgbF(*(a + (b - a) * t for a, b in channels))


def covered(later: list[Drawn], rect: QRectF) -> bool:
    """Whether something painted after the text lies over all of it: the page under the
    modal layer (dimmed on purpose, not to be read) or under MoreBelowHint's strip."""
    return any(
        drawn.item.inherits("QQuickRectangle")
        and drawn.rect.contains(rect)
        and (
            gradient_of(drawn.item) is not None or QColor(drawn.item.property("color")).alpha() > 0
        )
        for drawn in later
    )


def pairs_on_screen(window: QQuickWindow, screen: str) -> set[Pair]:
    """(text colour, backdrop colour) for every text on the screen as it is drawn now."""
    order = paint_order(window)
    found = set()
    for index, drawn in enumerate(order):
        item = drawn.item
        if not item.inherits("QQuickText") or not is_drawn(item):
            continue
        # A faded text is one that is disabled (the locked keypad; WCAG 1.4.3 exempts
        # inactive parts) or on its way in or out: neither is read at rest.
        if effective_opacity(item) < 1 or covered(order[index + 1 :], drawn.rect):
            continue
        behind = (fill_over(each, drawn.rect) for each in reversed(order[:index]))
        backdrop = next((fill for fill in behind if fill is not None), window.color())
        colour = QColor(item.property("color"))
        words = str(item.property("text"))[:30]
        found.add(Pair(colour.name(), backdrop.name(), f"{screen}: {words!r}"))
    return found


def pressed(window: QQuickWindow, qtbot: QtBot, screen: str) -> set[Pair]:
    """The pairs while each button and a tile are held down."""
    buttons = [
        item
        for item in all_items(window.contentItem())
        if item.inherits("QQuickAbstractButton") and item.isVisible()
    ]
    for button in buttons:
        button.setProperty("down", True)
    found = pairs_on_screen(window, f"{screen}, pressed")
    for button in buttons:
        QQmlProperty(button, "down").reset()  # back to following the finger
    tiles = [
        item
        for item in all_items(window.contentItem())
        if item.objectName().startswith("tile-") and is_drawn_whole(item)
    ]
    if tiles and screen.startswith("home"):
        found |= tile_pressed(window, qtbot, tiles[0], screen)
    return found


def is_drawn_whole(item: QQuickItem) -> bool:
    rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return item.isVisible() and drawn_rect(item) == rect


def tile_pressed(window: QQuickWindow, qtbot: QtBot, tile: QQuickItem, screen: str) -> set[Pair]:
    """A tile held by a real finger; the touch is then taken from it, so nothing opens."""
    finger = QTest.createTouchDevice()
    point = tile.mapToScene(QPointF(tile.width() / 2, tile.height() / 2)).toPoint()
    QTest.touchEvent(window, finger).press(0, point, window).commit()
    qtbot.waitUntil(lambda: tile.scale() < 1)  # the press shows (it also shrinks the tile)
    assert settle_window(window)  # shrunk all the way
    found = pairs_on_screen(window, f"{screen}, tile pressed")
    area = next(child for child in tile.childItems() if child.inherits("QQuickMouseArea"))
    area.setEnabled(False)  # a disabled MouseArea loses the touch: released, no click
    area.setEnabled(True)
    QTest.touchEvent(window, finger).release(0, point, window).commit()
    assert settle_window(window)
    return found


def scrolled(window: QQuickWindow, screen: str) -> set[Pair]:
    """The pairs down the rest of a page (home or topic), a screenful at a time."""
    pages = [
        item
        for item in all_items(window.contentItem())
        if item.objectName() in ("homeScreen", "topicFlick") and is_drawn_whole(item)
    ]
    found: set[Pair] = set()
    for page in pages:
        step = page.height() * 0.75  # overlapping, so no text is only ever half in view
        end = page.property("contentHeight") - page.height()
        for index in range(1, math.ceil(end / step) + 1):
            page.setProperty("contentY", min(index * step, end))
            found |= pairs_on_screen(window, f"{screen}, scrolled to {index * step:.0f}")
        page.setProperty("contentY", 0)
    return found


def walk(
    qtbot: QtBot,
    folder: Path,
    content: Content,
    walk: tuple[str, str, bool],
    theme: dict[str, str],
    *,
    high_contrast: bool,
) -> set[Pair]:
    """The pairs on every screen of one walk; ``theme`` gets the Theme's colours' names."""
    language, orientation, large_text = walk
    kiosk = open_window(qtbot, folder, SIZES[orientation], content)
    kiosk.session.setLanguage(language)
    if large_text:
        kiosk.session.toggleLargeText()
    if high_contrast:
        kiosk.session.toggleHighContrast()
    theme.update(theme_colours(kiosk.engine, kiosk.engine.singletonInstance("Kiosk", "Theme")))
    found: set[Pair] = set()
    try:
        for screen in every_screen(kiosk, content, qtbot):
            name = f"{screen} ({language}, {orientation}{', large text' if large_text else ''})"
            found |= pairs_on_screen(kiosk.window, name)
            found |= pressed(kiosk.window, qtbot, name)
            if screen == "home" or screen.startswith("topic-"):
                found |= scrolled(kiosk.window, name)
            settle(kiosk, qtbot)
        assert kiosk.session.page == "home", "a press opened something"
    finally:
        kiosk.dispose()
    holding = open_window(qtbot, folder, SIZES[orientation], None)
    if high_contrast:
        holding.session.toggleHighContrast()
    try:
        assert settle_window(holding.window)
        found |= pairs_on_screen(holding.window, f"holding ({orientation})")
    finally:
        holding.dispose()
    return found


#: Each walk is a test of its own, so the walks run side by side.
CASES = [(high, each) for high in (False, True) for each in WALKS[high]]


@pytest.mark.parametrize(
    ("high_contrast", "each"),
    CASES,
    ids=[f"{'high-contrast' if h else 'normal'}-{'-'.join(map(str, w))}" for h, w in CASES],
)
def test_every_text_drawn_has_its_contrast(
    qtbot: QtBot, content_dir: Path, high_contrast: bool, each: tuple[str, str, bool]
) -> None:
    content = load_content(content_dir / "content.yaml").content
    assert content is not None
    theme: dict[str, str] = {}  # Theme's opaque colours by name
    found: dict[tuple[str, str], Pair] = {}
    for pair in walk(qtbot, content_dir, content, each, theme, high_contrast=high_contrast):
        found.setdefault((pair.text, pair.backdrop), pair)
    failing = [
        f"{named(theme, text)} on {named(theme, backdrop)}: "
        f"{contrast(text, backdrop):.2f}:1, first in {pair.seen}"
        for (text, backdrop), pair in sorted(found.items())
        if contrast(text, backdrop) < MINIMUM[high_contrast]
    ]
    assert failing == []
    missed = {
        (text, backdrop)
        for text, backdrop in EXPECTED
        if (theme[text], theme[backdrop]) not in found
    }
    assert missed == set(), "the walk did not find every pair the Theme was written for"


def named(theme: dict[str, str], colour: str) -> str:
    """``colour`` with its Theme names (several share white)."""
    names = [name for name, value in theme.items() if value == colour]
    return f"{colour} ({'/'.join(names)})" if names else colour


def theme_colours(engine: QQmlEngine, theme: QObject) -> dict[str, str]:
    """Theme's opaque colours: {name: #rrggbb}. Its names are read through JavaScript, not
    ``theme.metaObject()`` (see tests/test_code_quality.py)."""
    names = QJSValueIterator(engine.toScriptValue(theme))
    colours = {}
    while names.hasNext():
        names.next()
        colours[names.name()] = theme.property(names.name())
    return {
        name: value.name()
        for name, value in colours.items()
        if isinstance(value, QColor) and value.alpha() == 255
    }
