"""``kiosk run`` on a broken file: it says what is wrong, holds, and shows the fix.

A real ``kiosk`` process (offscreen), real files, and its stderr as journald
would keep it.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

WAIT_S = 30  # a cold start on a busy 2-core machine takes a few seconds


class Lines:
    """The process's stderr, line by line, read on a thread so that waiting can time out."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.seen: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self._queue.put(line)

    def wait_for(self, words: str) -> str:
        """The first line with ``words``, already seen or still to come."""
        for line in self.seen:
            if words in line:
                return line
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=0.5)
            except queue.Empty:
                continue
            self.seen.append(line)
            if words in line:
                return line
        raise AssertionError(f"no line with {words!r} in:\n{''.join(self.seen)}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=10)
        assert self.process.stderr is not None
        self.process.stderr.close()


@pytest.fixture
def start_kiosk(tmp_path: Path) -> Iterator[Callable[[Path], Lines]]:
    """Start ``kiosk run --windowed`` on a file, offscreen, logging into ``tmp_path``."""
    started: list[Lines] = []
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_LOG_DIR": str(tmp_path / "log"),
        "PYTHONUNBUFFERED": "1",
    }

    def start(file: Path) -> Lines:
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--windowed", "--content", str(file)],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            env=environment,
        )
        started.append(Lines(process))
        return started[-1]

    yield start
    for lines in started:
        lines.stop()


def test_a_broken_file_at_start_holds_the_screen_until_it_is_fixed(
    content_dir: Path, start_kiosk: Callable[[Path], Lines]
) -> None:
    file = content_dir / "content.yaml"
    good = file.read_text(encoding="utf-8")
    file.write_text(good.replace("  crows-feet:\n    title:", "  crows-feet:\n    titel:"))
    lines = start_kiosk(file)
    located = lines.wait_for(": error: topics.crows-feet.titel: unknown field")
    assert located.startswith(f"{file}:")  # as `kiosk check` prints it, to jump to
    lines.wait_for('showing "This screen is being updated"')
    lines.wait_for(f"content rejected: {file}:")
    file.write_text(good, encoding="utf-8")
    lines.wait_for(f"content loaded: {file} (8 topics; languages en, es)")
    assert lines.process.poll() is None, "the kiosk ran on, from the broken file to the fixed one"
