"""Live reload of saves that must not reach the screen: invalid, unchanged, half-written."""

from __future__ import annotations

import logging
import random
import re
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.content import loader
from kiosk.content.loader import LoadResult, load_content
from kiosk.content.model import Content
from kiosk.ui import live_content
from tests.conftest import REPO
from tests.ui.reload.live import SETTLE_MS, WAIT_MS, Live, StartLive, retitled, sources_last
from tests.ui.saves import in_place, renamed_over


def test_an_invalid_save_keeps_the_last_good_content_and_says_where(
    clinic: Path, start_live: StartLive, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.content")
    live = start_live(clinic)
    assert f"content loaded: {clinic} (8 topics; languages en, es)" in caplog.messages
    good = clinic.read_text(encoding="utf-8")
    renamed_over(clinic, good.replace("  crows-feet:\n    title:", "  crows-feet:\n    titel:"))
    qtbot.waitUntil(lambda: live.content.lastRejection != "", timeout=WAIT_MS)
    rejection = live.content.lastRejection
    assert re.fullmatch(rf"{re.escape(str(clinic))}:\d+:\d+: topics\.crows-feet.+", rejection)
    assert "(and 1 more)" in rejection  # `title` is missing, and `titel` is unknown
    assert f"content rejected: {rejection}; keeping previous content" in caplog.messages
    assert live.content.rejectedAt != ""
    assert "Crow's feet" in live.tile_texts(), "the last good content stays"
    assert live.received == []
    renamed_over(clinic, retitled(good, "Crow's feet, fixed"))
    qtbot.waitUntil(lambda: "Crow's feet, fixed" in live.tile_texts(), timeout=WAIT_MS)


def test_a_save_with_the_same_bytes_loads_nothing(
    clinic: Path, start_live: StartLive, qtbot: QtBot
) -> None:
    live = start_live(clinic)
    in_place(clinic, clinic.read_text(encoding="utf-8"))  # saved again, unchanged
    qtbot.wait(1000)  # well past the quiet time: it was looked at, and found the same
    assert live.received == []
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, later"))
    qtbot.waitUntil(lambda: "Crow's feet, later" in live.tile_texts(), timeout=WAIT_MS)
    assert len(live.received) == 1


@pytest.mark.waits
def test_rapid_saves_with_truncations_never_show_a_partial_file(
    clinic: Path, start_live: StartLive, qtbot: QtBot, tmp_path: Path
) -> None:
    """200 saves; half of them first write a cut-off copy, then the whole file, in place.

    The cut-off copy lasts at most 40 ms, under the 250 ms quiet time: an editor
    or a copy still writing. One save in seven is followed by a quiet moment, which
    lasts until that version shows. Many cuts fall near the end of the file, where a
    prefix is often valid content (inside a ``|`` block, a list of sources).
    """
    dice = random.Random(4)
    live = start_live(clinic)
    original = clinic.read_text(encoding="utf-8")
    versions = [sources_last(retitled(original, f"Crow's feet {number}")) for number in range(200)]
    valid_prefixes = 0
    for number, text in enumerate(versions):
        if dice.random() < 0.5:
            cut = dice.choice([dice.randrange(len(text)), len(text) - dice.randrange(1, 3000)])
            in_place(clinic, text[:cut])
            valid_prefixes += is_valid(text[:cut], tmp_path)
            qtbot.wait(dice.randrange(0, 40))
        in_place(clinic, text)
        pause = dice.choice([dice.randrange(0, 40)] * 6 + [dice.randrange(300, 450)])
        if pause >= 300:  # a quiet moment: until this version shows, not the whole pause
            qtbot.waitUntil(lambda number=number: shown_number(live) == number, timeout=WAIT_MS)
        else:
            qtbot.wait(pause)
    qtbot.waitUntil(lambda: "Crow's feet 199" in live.tile_texts(), timeout=WAIT_MS)
    for content in live.received:  # each one whole, to the last line: a complete version
        assert content == load_content_of(versions[number_of(content)], tmp_path)
    assert len(live.received) >= 10, "the quiet moments between saves were seen"
    assert valid_prefixes >= 5, "the cut-off copies included valid content"


def number_of(content: Content) -> int:
    """The number in the title of one of the test's versions."""
    return int(content.topics["crows-feet"].title.get("en", "en").rsplit(" ", 1)[1])


def shown_number(live: Live) -> int | None:
    """The number of the last version the kiosk was handed."""
    return number_of(live.received[-1]) if live.received else None


def is_valid(text: str, folder: Path) -> bool:
    return load_content_of(text, folder) is not None


def load_content_of(text: str, folder: Path) -> Content | None:
    """``text`` loaded beside a copy of the pictures, away from the watched folder."""
    scratch = folder / "scratch"
    if not scratch.exists():
        shutil.copytree(REPO / "assets", scratch / "assets")
    file = scratch / "content.yaml"
    file.write_text(text, encoding="utf-8")
    return load_content(file).content


# -- a half-written file, looked at ------------------------------------------------------------


def a_valid_prefix(text: str) -> str:
    """``text`` (after ``sources_last``) cut inside its last list: valid, but not the whole file."""
    return text[: text.rindex("      - A further source")]


def test_a_file_looked_at_the_moment_it_was_written_is_not_loaded(
    clinic: Path, start_live: StartLive, qtbot: QtBot, tmp_path: Path
) -> None:
    """The modification-time guard: a valid prefix, "Reload now" at once, nothing shows."""
    live = start_live(clinic)
    whole = sources_last(retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, whole"))
    assert is_valid(a_valid_prefix(whole), tmp_path), "the test needs a prefix that loads"
    in_place(clinic, a_valid_prefix(whole))
    live.content.reloadNow()
    assert live.received == [], "a file written a moment ago may still be being written"
    in_place(clinic, whole)
    qtbot.waitUntil(lambda: "Crow's feet, whole" in live.tile_texts(), timeout=WAIT_MS)
    assert live.received == [load_content_of(whole, tmp_path)]


def test_a_file_written_while_it_was_read_is_read_again(
    clinic: Path,
    start_live: StartLive,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stamp guard: the writer finishes the file while the kiosk is reading the prefix."""
    monkeypatch.setattr(live_content, "watch_paths", lambda _file, _content: set())
    live = start_live(clinic)
    whole = sources_last(retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, whole"))
    in_place(clinic, a_valid_prefix(whole))
    qtbot.wait(SETTLE_MS)  # quiet: by its modification time, the prefix looks complete
    read = loader.load_content

    def read_then_finish_writing(file: Path) -> LoadResult:
        result = read(file)
        if file == clinic and clinic.read_text(encoding="utf-8") != whole:
            in_place(clinic, whole)
        return result

    monkeypatch.setattr(loader, "load_content", read_then_finish_writing)
    live.content.reloadNow()
    assert live.received == [], "what was read is already out of date"
    qtbot.waitUntil(lambda: "Crow's feet, whole" in live.tile_texts(), timeout=WAIT_MS)
    assert live.received == [load_content_of(whole, tmp_path)]
