"""Every screen of the bundled content renders, in each language, orientation and text size.

A QML warning during any of it fails the test (``qt_log_level_fail = WARNING``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.cli import main
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.ui.snapshot import screens
from tests.conftest import BUNDLED

SIZES = {"portrait": QSize(1080, 1920), "landscape": QSize(1920, 1080)}


def distinct_colours(image: QImage) -> int:
    step = 11
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def assert_every_screen(pictures: dict[str, QImage], content: Content, size: QSize) -> None:
    """One picture for each screen, of the window's size, none blank, each its own."""
    expected = {"home", "idle", *(f"topic-{topic}" for topic in content.topics)}
    assert set(pictures) == expected
    for name, image in pictures.items():
        assert (image.width(), image.height()) == (size.width(), size.height()), name
        assert distinct_colours(image) > 8, f"{name} looks blank"
    assert pictures["home"] != pictures["topic-crows-feet"]
    assert pictures["topic-crows-feet"] != pictures["topic-frown-lines"]


#: (language, orientation, large text); English, portrait, normal text is what
#: ``kiosk snapshot`` draws by default, checked through the command below.
LOOKS = [
    (language, orientation, large_text)
    for language in ("en", "es")
    for orientation in SIZES
    for large_text in (False, True)
    if (language, orientation, large_text) != ("en", "portrait", False)
]


@pytest.mark.parametrize(
    ("language", "orientation", "large_text"),
    LOOKS,
    ids=[f"{lang}-{o}-{'large' if large else 'normal'}-text" for lang, o, large in LOOKS],
)
def test_every_screen_renders(
    qtbot: QtBot, language: str, orientation: str, large_text: bool
) -> None:
    result = load_content(BUNDLED)
    assert result.content is not None
    size = SIZES[orientation]
    pictures = screens(result.content, BUNDLED.parent, size, language, large_text=large_text)
    assert_every_screen(dict(pictures), result.content, size)


def test_snapshot_command_writes_one_png_per_screen(tmp_path: Path, qtbot: QtBot) -> None:
    """The command's defaults: the content's language (English), portrait, normal text."""
    assert main(["snapshot", "--out", str(tmp_path), "--content", str(BUNDLED)]) == 0
    pictures = {file.stem: QImage(str(file)) for file in tmp_path.glob("*.png")}
    content = load_content(BUNDLED).content
    assert content is not None
    assert content.clinic.default_language == "en"
    assert_every_screen(pictures, content, SIZES["portrait"])
