"""A second full-screen kiosk exits 75 at once; the lock comes back after ``kill -9``."""

from __future__ import annotations

import signal
from pathlib import Path

from kiosk.runtime import EXIT_ALREADY_RUNNING
from tests.system.kiosk_process import PATIENCE_S, start_kiosk, wait_until


def holder_is(lock_file: Path, pid: int) -> bool:
    return lock_file.exists() and lock_file.read_text().strip() == str(pid)


def test_a_second_kiosk_exits_75_and_a_new_one_starts_after_kill_9(content_dir: Path) -> None:
    first = start_kiosk(content_dir)
    try:
        first.wait_for_log(f"pid {first.process.pid}")
        wait_until(lambda: holder_is(first.lock_file, first.process.pid), "the first's lock")
        second = start_kiosk(content_dir)
        _, error = second.process.communicate(timeout=PATIENCE_S)
        assert second.process.returncode == EXIT_ALREADY_RUNNING
        assert error == (
            f"kiosk: another kiosk is already running (process {first.process.pid} holds "
            f"{first.lock_file}); not starting\n"
        )
        assert first.process.poll() is None, "the second kiosk disturbed the first"
        first.process.send_signal(signal.SIGKILL)
        first.process.wait(timeout=PATIENCE_S)
        assert holder_is(first.lock_file, first.process.pid)  # a stale pid is left behind...
        third = start_kiosk(content_dir)  # ...and does not matter
        try:
            wait_until(lambda: holder_is(third.lock_file, third.process.pid), "the new lock")
            third.wait_for_log("systemd notify: off")  # Qt is up: SIGTERM is handled
            third.process.send_signal(signal.SIGTERM)
            assert third.process.wait(timeout=PATIENCE_S) == 0
        finally:
            third.stop()
        assert "kiosk stopped: exit code 0" in third.own_log()
    finally:
        first.stop()


def test_a_windowed_preview_takes_no_lock(content_dir: Path) -> None:
    kiosk = start_kiosk(content_dir)
    preview = start_kiosk(content_dir, "--windowed")
    try:
        kiosk.wait_for_log(f"pid {kiosk.process.pid}")
        preview.wait_for_log(f"pid {preview.process.pid}, windowed preview")
        assert holder_is(kiosk.lock_file, kiosk.process.pid)
        assert preview.process.poll() is None
        assert kiosk.process.poll() is None
    finally:
        preview.stop()
        kiosk.stop()
