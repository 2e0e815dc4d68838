"""Words from the content file are never read as markup: no link or picture can reach the screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO

QML = sorted((REPO / "kiosk" / "ui" / "qml" / "Kiosk").glob("*.qml"))


def text_blocks(source: str) -> list[str]:
    """The body of every `Text { ... }` element in a QML file."""
    blocks = []
    for match in re.finditer(r"^(\s*)Text \{$", source, re.MULTILINE):
        depth, end = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(source[end], 0)
            end += 1
        blocks.append(source[match.end() : end])
    return blocks


@pytest.mark.parametrize("file", QML, ids=lambda file: file.name)
def test_every_text_says_how_to_read_its_words(file: Path) -> None:
    # Only RichBlocks shows styled text, and kiosk/pages escapes everything it is given.
    styled_allowed = file.name == "RichBlocks.qml"
    for block in text_blocks(file.read_text(encoding="utf-8")):
        plain = "textFormat: Text.PlainText" in block
        styled = "textFormat: Text.StyledText" in block
        assert plain or (styled and styled_allowed), (
            f"{file.name}: a Text without textFormat: Text.PlainText would read content "
            "words as rich text (links, pictures)"
        )
