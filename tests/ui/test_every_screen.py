"""Every screen of the bundled content renders, in each language, orientation and text size.

A QML warning during any of it fails the test (``qt_log_level_fail = WARNING``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.content import load_content
from kiosk.ui import snapshot
from kiosk.ui.snapshot import screens
from kiosk.ui.window import KioskWindow
from tests.conftest import BUNDLED
from tests.ui.scenes import still

SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}


@pytest.fixture(autouse=True)
def no_slides(monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshots' kiosks show their pages without sliding (``tests.ui.scenes.still``):
    each picture is taken at rest either way."""

    def kiosk_window(*args: Any, **kwargs: Any) -> KioskWindow:
        kiosk = KioskWindow(*args, **kwargs)
        still(kiosk)
        return kiosk

    monkeypatch.setattr(snapshot, "KioskWindow", kiosk_window)


def distinct_colours(image: QImage) -> int:
    step = 11
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


@pytest.mark.parametrize("large_text", [False, True], ids=["normal-text", "large-text"])
@pytest.mark.parametrize("orientation", list(SIZES))
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_screen_renders(
    qtbot: QtBot, language: str, orientation: str, large_text: bool
) -> None:
    result = load_content(BUNDLED)
    assert result.content is not None
    size = SIZES[orientation]
    pictures = dict(screens(result.content, BUNDLED.parent, size, language, large_text=large_text))
    expected = {"home", "idle", *(f"topic-{topic}" for topic in result.content.topics)}
    assert set(pictures) == expected
    for name, image in pictures.items():
        assert (image.width(), image.height()) == (size.width(), size.height()), name
        assert distinct_colours(image) > 8, f"{name} looks blank"
    assert pictures["home"] != pictures["topic-crows-feet"]
    assert pictures["topic-crows-feet"] != pictures["topic-frown-lines"]


def test_snapshot_command_writes_one_png_per_screen(tmp_path: Path, qtbot: QtBot) -> None:
    from kiosk.cli import main

    assert main(["snapshot", "--out", str(tmp_path), "--content", str(BUNDLED)]) == 0
    names = sorted(file.stem for file in tmp_path.glob("*.png"))
    assert names[0] == "home"
    assert "idle" in names
    assert "topic-arthritis-pain" in names
    assert len(names) == 10
