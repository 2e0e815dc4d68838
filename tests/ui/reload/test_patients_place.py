"""Live reload while a patient reads: their page, their language, the idle timings."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.ui.reload.live import WAIT_MS, StartLive
from tests.ui.saves import in_place, renamed_over


def test_the_patient_stays_on_their_topic_and_goes_home_when_it_is_removed(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    finger = live.finger
    finger.tap(finger.find("tile-your-visit"))
    qtbot.waitUntil(lambda: finger.has("topicTitle"), timeout=WAIT_MS)
    stack = finger.find("stack")
    qtbot.waitUntil(lambda: not stack.property("busy"))  # slid in: the drag scrolls it
    finger.drag(QPoint(270, 700), QPoint(270, 300))  # reading further down
    flick = finger.find("topicFlick")
    qtbot.waitUntil(lambda: not flick.property("moving"), timeout=WAIT_MS)
    scrolled = flick.property("contentY")
    assert scrolled > 100
    original = clinic.read_text(encoding="utf-8")
    your_visit = "    en: Your visit\n"
    assert original.count(your_visit) == 1
    renamed_over(clinic, original.replace(your_visit, "    en: Your visit, updated\n"))
    qtbot.waitUntil(lambda: finger.text_of("topicTitle") == "Your visit, updated", timeout=WAIT_MS)
    assert live.kiosk.session.page == "topic/your-visit"
    assert abs(flick.property("contentY") - scrolled) < 2, "still at the same place"
    # The topic id changes (its picture keeps its name): the page patients were on is gone.
    gone = original.replace("  your-visit:\n", "  your-first-visit:\n")
    gone = gone.replace("your-visit]", "your-first-visit]")
    renamed_over(clinic, gone)
    qtbot.waitUntil(lambda: live.kiosk.session.page == "home", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: finger.has("tile-your-first-visit"), timeout=WAIT_MS)
    assert not finger.has("topicTitle")
    assert not live.kiosk.session.canGoBack


def test_new_idle_timings_take_effect(clinic: Path, start_live: StartLive, qtbot: QtBot) -> None:
    live = start_live(clinic)
    live.finger.tap(live.finger.find("tile-your-visit"))  # someone is reading
    original = clinic.read_text(encoding="utf-8")
    timings = "  idle_timeout_seconds: 90\n  idle_warning_seconds: 20\n"
    assert original.count(timings) == 1
    in_place(clinic, original.replace(timings, timings.replace("90", "2")))
    qtbot.waitUntil(lambda: live.finger.has("idlePrompt"), timeout=WAIT_MS)


def test_a_language_no_longer_offered_falls_back_to_the_default(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    live.finger.tap(live.finger.find("language-es"))
    qtbot.waitUntil(lambda: live.kiosk.session.language == "es", timeout=WAIT_MS)
    renamed_over(clinic, without_spanish(clinic.read_text(encoding="utf-8")))
    qtbot.waitUntil(lambda: live.kiosk.session.language == "en", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not live.finger.has("language-es"), timeout=WAIT_MS)
    assert "Crow's feet" in live.tile_texts()


def without_spanish(text: str) -> str:
    """Every ``es:`` text (one line, or a ``|`` block) and the language itself removed."""
    kept: list[str] = []
    block: int | None = None
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip())
        if block is not None and (not line.strip() or indent > block):
            continue
        block = None
        found = re.match(r"(\s*)es:(.*)$", line)
        if found:
            if found.group(2).strip() in ("|", ">", ""):
                block = len(found.group(1))
            continue
        kept.append(line)
    return "".join(kept)
