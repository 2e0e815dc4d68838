"""Live reload: staff save a change, however they save it, and the screen follows.

Real files saved the way real tools save them (tests/ui/saves.py), a real kiosk
window offscreen, and checks on what the window shows.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.ui import content_watch, live_content
from tests.ui.finger import all_items
from tests.ui.reload.live import SETTLE_MS, WAIT_MS, Live, StartLive, retitled
from tests.ui.saves import STYLES, as_release, deleted_and_recreated, in_place, renamed_over


@pytest.mark.parametrize("style", STYLES)
def test_a_saved_change_shows_however_it_was_saved(
    style: str, clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    file = as_release(clinic.parent) if style == "release-switched" else clinic
    live = start_live(file)
    assert "Crow's feet" in live.tile_texts()
    original = file.read_text(encoding="utf-8")
    # Then a write in place, which only a watch on the file now there can see, then again.
    saves = [STYLES[style], in_place, STYLES[style]]
    for number, save in enumerate(saves, start=1):
        save(file, retitled(original, f"Crow's feet {number}"))
        qtbot.waitUntil(lambda n=number: f"Crow's feet {n}" in live.tile_texts(), timeout=WAIT_MS)
    assert len(live.received) == len(saves), "each save loads once"


RED_PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">'
    '<rect width="400" height="300" fill="#FF0000"/></svg>\n'
)


@pytest.mark.parametrize("save", [in_place, renamed_over, deleted_and_recreated])
def test_a_picture_replaced_under_the_same_name_shows(
    save: Callable[[Path, str], None], clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    picture = clinic.parent / "assets" / "logo.svg"  # at the top of home, always in sight
    assert not is_red(colour_at_centre(live, picture))
    save(picture, RED_PICTURE)
    qtbot.waitUntil(lambda: is_red(colour_at_centre(live, picture)), timeout=WAIT_MS)


def colour_at_centre(live: Live, picture: Path) -> QColor:
    """The colour drawn at the middle of the visible image showing ``picture``."""
    images = [
        item
        for item in all_items(live.kiosk.window.contentItem())
        if source_of(item).startswith(picture.as_uri()) and item.isVisible()
    ]
    assert images, f"no image shows {picture.name}"
    image = images[0]
    centre = image.mapToScene(QPointF(image.width() / 2, image.height() / 2)).toPoint()
    shot = live.kiosk.window.grabWindow()
    ratio = shot.devicePixelRatio()
    return shot.pixelColor(QPoint(int(centre.x() * ratio), int(centre.y() * ratio)))


def source_of(item: QQuickItem) -> str:
    source = item.property("source")
    return source.toString() if isinstance(source, QUrl) else ""


def is_red(colour: QColor) -> bool:
    return colour.red() > 200 and colour.green() < 60 and colour.blue() < 60


def test_the_safety_net_finds_a_change_the_watcher_missed(
    clinic: Path, start_live: StartLive, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a network folder, where no file-system event ever arrives."""
    monkeypatch.setattr(live_content, "watch_paths", lambda _file, _content: set())
    monkeypatch.setattr(content_watch, "SAFETY_NET_MS", 500)
    live = start_live(clinic)
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, polled"))
    qtbot.waitUntil(lambda: "Crow's feet, polled" in live.tile_texts(), timeout=WAIT_MS)


def test_reload_now_loads_a_change_nothing_announced(
    clinic: Path, start_live: StartLive, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The staff panel's "Reload now", with no event and no safety net to find the change."""
    monkeypatch.setattr(live_content, "watch_paths", lambda _file, _content: set())
    live = start_live(clinic)
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, by hand"))
    qtbot.wait(1000)
    assert "Crow's feet, by hand" not in live.tile_texts()
    live.content.reloadNow()
    qtbot.waitUntil(lambda: "Crow's feet, by hand" in live.tile_texts(), timeout=WAIT_MS)


# -- what is watched after a look -----------------------------------------------------------


def test_a_change_the_safety_net_found_is_watched_from_then_on(
    clinic: Path, start_live: StartLive, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Events were missed once (as when a folder is swapped); the next save has its event."""
    watch_paths = live_content.watch_paths
    monkeypatch.setattr(live_content, "watch_paths", lambda _file, _content: set())
    live = start_live(clinic)
    original = clinic.read_text(encoding="utf-8")
    in_place(clinic, retitled(original, "Crow's feet, found by the timer"))
    qtbot.wait(SETTLE_MS)  # quiet by then: the look loads it at once
    monkeypatch.setattr(live_content, "watch_paths", watch_paths)  # events arrive again
    watch = live.content.findChild(content_watch.ContentWatch)
    watch.settled.emit()  # what the safety-net timer does every 2 s
    qtbot.waitUntil(lambda: "Crow's feet, found by the timer" in live.tile_texts(), timeout=WAIT_MS)
    in_place(clinic, retitled(original, "Crow's feet, announced"))
    qtbot.waitUntil(lambda: "Crow's feet, announced" in live.tile_texts(), timeout=WAIT_MS)


def test_a_picture_outside_assets_is_watched_from_the_start(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    pictures = clinic.parent / "pictures"
    pictures.mkdir()
    picture = pictures / "logo.svg"
    (clinic.parent / "assets" / "logo.svg").rename(picture)
    text = clinic.read_text(encoding="utf-8")
    assert text.count("file: assets/logo.svg\n") == 1
    in_place(clinic, text.replace("file: assets/logo.svg\n", "file: pictures/logo.svg\n"))
    an_hour_ago = time.time() - 3600
    os.utime(clinic, (an_hour_ago, an_hour_ago))  # long quiet: start-up loads it at once
    live = start_live(clinic)
    assert not is_red(colour_at_centre(live, picture))
    in_place(picture, RED_PICTURE)
    qtbot.waitUntil(lambda: is_red(colour_at_centre(live, picture)), timeout=WAIT_MS)
