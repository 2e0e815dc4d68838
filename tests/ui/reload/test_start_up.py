"""Live reload from start-up without good content: the holding screen, then the fixed file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.finger import all_items
from tests.ui.reload.live import WAIT_MS, StartLive
from tests.ui.saves import in_place, renamed_over


@pytest.mark.parametrize("problem", ["broken", "missing"])
def test_start_up_without_good_content_holds_then_shows_the_fixed_file(
    problem: str,
    clinic: Path,
    start_live: StartLive,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.content")
    good = clinic.read_text(encoding="utf-8")
    if problem == "broken":
        in_place(clinic, good.replace("topics:\n", "topics\n", 1))
    else:
        clinic.unlink()
    live = start_live(clinic)
    assert live.content.hasContent is False
    messages = [
        str(item.property("text"))
        for item in all_items(live.kiosk.window.contentItem())
        if item.objectName() == "holdingMessage" and item.isVisible()
    ]
    assert messages[0] == "This screen is being updated. Please ask at the desk."
    assert len(messages) == 2, "in English and in Spanish"
    assert not live.finger.has("tile-your-visit")
    live.finger.tap(live.finger.find("textSizeButton"))  # under the holding screen
    assert not live.kiosk.session.largeText, "a touch reaches nothing beneath it"
    assert caplog.messages[-1].startswith(f"content rejected: {clinic}")
    assert caplog.messages[-1].endswith("; showing the holding screen")
    renamed_over(clinic, good)
    qtbot.waitUntil(lambda: live.finger.has("tile-your-visit"), timeout=WAIT_MS)
    assert not live.finger.has("holdingScreen")
    assert live.content.hasContent
    assert caplog.messages[-1] == f"content loaded: {clinic} (8 topics; languages en, es)"
