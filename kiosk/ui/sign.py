"""The sign beside the screen: how to make the kiosk speak, and which keys do what.

One A4 page in large print (the title 40 pt, the rest at least 24 pt: print for low vision
asks for 18 pt or more), black on white, drawn with Qt's own painter to a PDF (to print)
or a PNG (to look at). Its words are the kiosk's, in one language: a clinic changes them
under ``words:`` as it changes what the screen says.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

_FAMILY = "DejaVu Sans"
_DPI = 150  # the PNG: sharp enough to read on screen, small enough to mail
_MARGIN_MM = 18


def sign_lines(said: Mapping[str, str]) -> list[tuple[str, int, bool]]:
    """(words, points, bold) from top to bottom."""
    keys = [
        (said["sign_keys_move"], 26, False),
        (said["sign_keys_choose"], 26, False),
        (said["sign_keys_back"], 26, False),
        (said["sign_keys_volume"], 26, False),
        (said["sign_keys_help"], 26, False),
    ]
    return [
        (said["sign_title"], 40, True),
        (said["plug_in_headphones"], 28, True),
        (said["sign_or_listen"], 26, False),
        (said["sign_keys"], 30, True),
        *keys,
    ]


def save_sign(out: Path, said: Mapping[str, str]) -> None:
    """Draw the sign into ``out``: a PDF if it ends in .pdf, else a PNG."""
    assert QGuiApplication.instance() is not None, "create the QGuiApplication first"
    lines = sign_lines(said)
    if out.suffix.lower() == ".pdf":
        writer = QPdfWriter(str(out))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(lines[0][0])
        _draw(writer, lines, writer.resolution())
        return
    size = QPageSize(QPageSize.PageSizeId.A4).sizePixels(_DPI)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    image.setDotsPerMeterX(round(_DPI / 0.0254))
    image.setDotsPerMeterY(round(_DPI / 0.0254))
    _draw(image, lines, _DPI, margin_px=_MARGIN_MM / 25.4 * _DPI)
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")


def _draw(
    device: QPaintDevice, lines: list[tuple[str, int, bool]], dpi: int, margin_px: float = 0
) -> None:
    painter = QPainter(device)
    try:
        width = device.width() - 2 * margin_px
        y = margin_px
        painter.setPen(QColor("#000000"))
        for text, points, bold in lines:
            font = QFont(_FAMILY)
            font.setPixelSize(round(points / 72 * dpi))
            font.setBold(bold)
            painter.setFont(font)
            flags = int(Qt.TextFlag.TextWordWrap)
            box = painter.boundingRect(QRectF(margin_px, y, width, 10_000), flags, text)
            painter.drawText(box, flags, text)
            y = box.bottom() + round(points / 72 * dpi * (0.9 if bold else 0.45))
    finally:
        painter.end()
