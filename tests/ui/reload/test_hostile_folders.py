"""Live reload never freezes the screen, whatever is saved into the content's folder.

Loads run in the GUI thread, so everything a reload does before the load (stamping the
files, hashing the bytes, watching the folders) must stay bounded too: a freeze past the
watchdog's 30 s restarts the kiosk into the same folder, and the same freeze.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QFileSystemWatcher
from pytestqt.qtbot import QtBot

from kiosk.content.fingerprint import MAX_ASSET_ENTRIES
from tests.ui.reload.live import WAIT_MS, StartLive, retitled
from tests.ui.reload.test_save_styles import RED_PICTURE, colour_at_centre, is_red
from tests.ui.saves import in_place

#: Far past any real hang: the reload either returned long before or is stuck for good.
STUCK_S = 10


def a_second_back(path: Path) -> None:
    """Make ``path`` look written a second ago, so a look loads it at once."""
    then = time.time_ns() - 1_000_000_000
    os.utime(path, ns=(then, then))


class PipeRescue:
    """Frees a reader left waiting on a named pipe (by opening it to write) if nothing
    else has after ``STUCK_S``, and remembers that it had to."""

    def __init__(self, pipe: Path) -> None:
        self.had_to = False
        self._pipe = pipe
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def done(self) -> None:
        self._done.set()
        self._thread.join()

    def _watch(self) -> None:
        if not self._done.wait(STUCK_S):
            self.had_to = True
            os.close(os.open(self._pipe, os.O_WRONLY))  # the waiting reader gets end of file


def test_a_named_pipe_saved_as_the_content_file_is_refused_without_waiting(
    clinic: Path, start_live: StartLive
) -> None:
    live = start_live(clinic)
    clinic.unlink()
    os.mkfifo(clinic)
    a_second_back(clinic)
    rescue = PipeRescue(clinic)
    live.content.reloadNow()  # the staff's "Reload now"; a look after a save does the same
    rescue.done()
    assert not rescue.had_to, "the reload waited on the pipe for a writer: a frozen screen"
    assert "is a named pipe (FIFO), not a file" in live.content.lastRejection
    assert "Crow's feet" in live.tile_texts(), "the last good content stays"


def test_a_huge_content_file_is_refused_without_reading_it_all(
    clinic: Path, start_live: StartLive
) -> None:
    live = start_live(clinic)
    with clinic.open("r+b") as file:
        file.truncate(2**30)  # 1 GB, sparse: nothing on disk, zeros when read
    a_second_back(clinic)
    before = peak_memory_mb()
    live.content.reloadNow()
    assert "the file is larger than" in live.content.lastRejection
    assert peak_memory_mb() - before < 100, "the whole file was read into memory"


def peak_memory_mb() -> float:
    """This process's own peak resident memory (ru_maxrss would carry its parent's)."""
    with open("/proc/self/status") as status:
        return int(status.read().split("VmHWM:")[1].split()[0]) / 1024


@pytest.fixture
def nested_deeper_than_python_recurses(clinic: Path) -> Iterator[Path]:
    """``assets/d/d/d/...``, deeper than the interpreter's recursion limit (a copy into itself)."""
    folders = [clinic.parent / "assets"]
    for _ in range(sys.getrecursionlimit() + 200):
        folders.append(folders[-1] / "d")
        folders[-1].mkdir()
    yield folders[-1]
    for folder in reversed(folders[1:]):  # shutil.rmtree itself recurses
        folder.rmdir()


def test_a_folder_nested_thousands_deep_is_followed(
    clinic: Path,
    nested_deeper_than_python_recurses: Path,
    start_live: StartLive,
    qtbot: QtBot,
) -> None:
    live = start_live(clinic)  # a RecursionError here ended the kiosk at every start
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, deep"))
    qtbot.waitUntil(lambda: "Crow's feet, deep" in live.tile_texts(), timeout=WAIT_MS)


@pytest.fixture
def ten_thousand_copies(clinic: Path) -> Iterator[None]:
    """10,000 copies of the logo beside the named pictures: some of those come past the bound.

    Removed again here, while the other tests run, rather than by the next run's pytest as
    it clears old temporary folders, before any test starts (about 2 s).
    """
    assets = clinic.parent / "assets"
    picture = (assets / "logo.svg").read_bytes()
    copies = [assets / f"copy-{number}.svg" for number in range(10_000)]
    for copy in copies:
        copy.write_bytes(picture)
    yield
    for copy in copies:
        copy.unlink()


@pytest.mark.usefixtures("ten_thousand_copies")
def test_ten_thousand_files_beside_the_pictures_are_not_all_followed(
    clinic: Path, start_live: StartLive, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    assets = clinic.parent / "assets"
    logo = assets / "logo.svg"
    caplog.set_level(logging.WARNING, logger="kiosk.content")
    live = start_live(clinic)
    watcher = live.content.findChild(QFileSystemWatcher)
    watched = len(watcher.files()) + len(watcher.directories())
    assert watched <= MAX_ASSET_ENTRIES + 20, f"{watched} paths watched, each re-added at a save"
    assert f"{assets} holds more than {MAX_ASSET_ENTRIES:,} files and folders" in caplog.text
    # What the content names is still followed: a save, and a named picture rewritten.
    in_place(clinic, retitled(clinic.read_text(encoding="utf-8"), "Crow's feet, still"))
    qtbot.waitUntil(lambda: "Crow's feet, still" in live.tile_texts(), timeout=WAIT_MS)
    in_place(logo, RED_PICTURE)
    qtbot.waitUntil(lambda: is_red(colour_at_centre(live, logo)), timeout=WAIT_MS)
