"""A start from the start view: home at once, then the checked content takes over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.runtime.start_view import StartView, read_start_view
from kiosk.ui.deferred_core import save_home
from kiosk.ui.live_content import LiveContent
from kiosk.ui.window import KioskWindow
from tests.ui.finger import Finger
from tests.ui.reload.live import SETTLE_MS, SIZE
from tests.ui.saves import in_place


@pytest.fixture
def saved_view(clinic: Path) -> StartView:
    """The view a good load of ``clinic`` leaves for the next start."""
    loaded = load_content(clinic).content
    assert loaded is not None
    save_home(clinic, loaded)
    view = read_start_view(clinic)
    assert view is not None
    return view


@pytest.fixture
def from_view(clinic: Path, saved_view: StartView, qtbot: QtBot) -> Iterator[KioskWindow]:
    """A kiosk window drawn from the start view, its content not loaded yet."""
    kiosk = KioskWindow(
        None,
        clinic.parent,
        full_screen=False,
        size=SIZE,
        live=LiveContent(clinic),
        start=saved_view,
    )
    with qtbot.waitExposed(kiosk.window):
        kiosk.window.show()
    qtbot.wait(SETTLE_MS)
    yield kiosk
    kiosk.dispose()


def screen(kiosk: KioskWindow) -> QImage:
    return kiosk.window.grabWindow()


def test_home_shows_from_the_view_and_looks_the_same_once_the_content_loads(
    from_view: KioskWindow, qtbot: QtBot
) -> None:
    finger = Finger(from_view.window, qtbot)
    assert from_view.live.content is None, "nothing loaded yet"
    assert finger.has("tile-your-visit")
    assert not finger.has("holdingScreen")
    drawn_from_view = screen(from_view)
    home = finger.find("homeScreen")
    from_view.live.start()
    qtbot.wait(SETTLE_MS)
    assert from_view.live.content is not None
    assert screen(from_view) == drawn_from_view, "the loaded content draws the same home"
    assert finger.find("homeScreen") == home, "and home was not built again"
    finger.tap(finger.find("tile-your-visit"))
    qtbot.waitUntil(lambda: from_view.session.page == "topic/your-visit")


def test_content_that_fails_its_check_brings_the_holding_screen(
    from_view: KioskWindow, clinic: Path, qtbot: QtBot
) -> None:
    """The view only goes first: the check still decides (here a file broken since)."""
    in_place(clinic, clinic.read_text(encoding="utf-8").replace("topics:\n", "topics\n", 1))
    from_view.live.start()
    finger = Finger(from_view.window, qtbot)
    qtbot.waitUntil(lambda: finger.has("holdingScreen"))
    assert not from_view.session.hasHome
