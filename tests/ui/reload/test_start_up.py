"""Live reload from start-up without good content: the holding screen, then the fixed file."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from tests.ui.finger import all_items
from tests.ui.reload.live import WAIT_MS, StartLive, retitled, sources_last
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


def test_the_first_good_content_starts_in_the_clinics_own_language(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    """After the holding screen, nobody chose English: the clinic's default shows, untouched."""
    good = clinic.read_text(encoding="utf-8")
    assert good.count("  default_language: en\n") == 1
    spanish_first = good.replace("  default_language: en\n", "  default_language: es\n")
    clinic.unlink()
    live = start_live(clinic)
    renamed_over(clinic, spanish_first)
    qtbot.waitUntil(lambda: live.finger.has("tile-your-visit"), timeout=WAIT_MS)
    assert live.kiosk.session.language == "es"
    assert live.kiosk.session.atStart, "an untouched screen: no 'Still reading?' to come"


def test_a_file_still_being_written_at_start_up_is_not_shown_until_complete(
    clinic: Path, start_live: StartLive, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """A slow copy onto the kiosk: a valid prefix, written again and again for longer than 2 s."""
    caplog.set_level(logging.INFO, logger="kiosk.content")
    whole = sources_last(retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, whole"))
    prefix = whole[: whole.rindex("      - A further source")]
    copied = threading.Event()

    def copy_slowly() -> None:
        while not copied.wait(0.05):
            in_place(clinic, prefix)
        in_place(clinic, whole)

    in_place(clinic, prefix)  # the copy has begun when the kiosk starts
    copying = threading.Thread(target=copy_slowly)
    copying.start()
    try:
        live = start_live(clinic)  # waits about 2 s for a quiet moment that never comes
        assert not live.content.hasContent
        assert live.finger.has("holdingScreen")
        assert any("still being written" in line for line in caplog.messages)
    finally:
        copied.set()
        copying.join()
    qtbot.waitUntil(lambda: "Crow's feet, whole" in live.tile_texts(), timeout=WAIT_MS)
    assert live.received == [load_content(clinic).content], "only the whole file, once"
