"""Fixtures for the live reload tests: a content folder with room around it, a live kiosk."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui import content_watch
from kiosk.ui.live_content import LiveContent
from kiosk.ui.voice import installed_voice
from kiosk.ui.window import KioskWindow
from tests.ui.finger import Finger
from tests.ui.reload.live import SIZE, Live, StartLive


@pytest.fixture
def clinic(content_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content folder with room around it: it may be replaced, or made a release."""
    folder = tmp_path_factory.mktemp("site") / "clinic"
    shutil.copytree(content_dir, folder)
    file = folder / "content.yaml"
    # Saved long ago, as at a clinic: a file written moments before would hold the start
    # for the quiet time (LiveContent.start), 250 ms in each test that does not mean it.
    an_hour_ago = time.time() - 3600
    os.utime(file, (an_hour_ago, an_hour_ago))
    return file


@pytest.fixture
def start_live(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[StartLive]:
    """Start a kiosk following ``file``, with file-system events only.

    The safety-net timer is pushed out of reach, so that a change the watcher
    misses fails the test instead of being found 2 s later by the timer.
    """
    monkeypatch.setattr(content_watch, "SAFETY_NET_MS", 10 * 60 * 1000)
    opened: list[KioskWindow] = []

    def start(file: Path) -> Live:
        content = LiveContent(file)
        content.start()
        kiosk = KioskWindow(
            content.content,
            file.parent,
            full_screen=False,
            size=SIZE,
            live=content,
            voice=installed_voice(),  # now, not after the first frame (tests/ui/conftest.py)
            headphones=None,
        )
        live = Live(file, kiosk, Finger(kiosk.window, qtbot))
        content.replaced.connect(live.received.append)
        with qtbot.waitExposed(kiosk.window):
            kiosk.window.show()
        opened.append(kiosk)
        return live

    yield start
    for kiosk in opened:
        kiosk.dispose()
