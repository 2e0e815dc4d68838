"""Every text colour on every background it is drawn on reaches WCAG's 4.5:1."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

THEME = (REPO / "kiosk" / "ui" / "qml" / "Kiosk" / "Theme.qml").read_text(encoding="utf-8")
COLOURS = dict(re.findall(r'readonly property color (\w+): "(#[0-9A-Fa-f]{6})"', THEME))
COLOURS["white"] = "#FFFFFF"

# (text, background) as the QML draws them.
PAIRS = [
    ("ink", "surface"),
    ("ink", "background"),
    ("ink", "accentSoft"),
    ("inkSoft", "surface"),
    ("inkSoft", "background"),
    ("accent", "surface"),
    ("accent", "background"),
    ("accent", "accentSoft"),
    ("white", "accent"),
    ("white", "accentPressed"),
    ("researchInk", "research"),
    ("safetyInk", "safety"),
]


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


@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_text_contrast_is_at_least_4_5(text: str, background: str) -> None:
    assert contrast(COLOURS[text], COLOURS[background]) >= 4.5
