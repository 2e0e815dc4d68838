"""``kiosk sign``: the printed sign, as a PDF a printer takes and a PNG a person looks at."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.cli import main
from tests.conftest import BUNDLED


def test_the_pdf_says_how_to_listen_and_which_keys_do_what(tmp_path: Path, qtbot: QtBot) -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is installed by .ci/run")
    for language, words in [
        ("en", ["plug headphones", "Enter: choose it.", "Backspace: go back.", "F1"]),
        ("es", ["conecte unos", "Intro: elegirlo.", "Retroceso: volver atrás.", "F1"]),
    ]:
        pdf = tmp_path / f"sign-{language}.pdf"
        assert main(["sign", "--out", str(pdf), "--content", str(BUNDLED), "--lang", language]) == 0
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat = " ".join(text.split())
        for word in words:
            assert word in flat, (language, word)
        info = ["pdfinfo", str(pdf)]
        pages = subprocess.run(info, capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages: +1$", pages, re.MULTILINE)
        assert "A4" in pages


def test_the_png_is_a_page_of_large_black_print(tmp_path: Path, qtbot: QtBot) -> None:
    png = tmp_path / "sign.png"
    assert main(["sign", "--out", str(png), "--content", str(BUNDLED)]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1239, 1754)  # A4 (210 x 297 mm) at 150 dpi
    dark = sum(
        1
        for y in range(0, image.height(), 8)
        for x in range(0, image.width(), 8)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 500, "words are drawn"


def test_a_language_without_words_is_refused(tmp_path: Path, qtbot: QtBot) -> None:
    assert main(["sign", "--out", str(tmp_path / "x.png"), "--lang", "zz"]) == 2
    assert not (tmp_path / "x.png").exists()
