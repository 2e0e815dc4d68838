"""A second full-screen kiosk exits 75 at once; the lock comes back after ``kill -9``."""

from __future__ import annotations

import signal
import subprocess
import threading
from pathlib import Path

from kiosk.runtime.exit_codes import ExitCode
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
        assert second.process.returncode == ExitCode.ALREADY_RUNNING
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


def test_a_windowed_preview_takes_no_lock_and_logs_to_its_terminal_only(
    content_dir: Path,
) -> None:
    """The preview runs beside the kiosk, and never writes (so never rotates) kiosk.log."""
    kiosk = start_kiosk(content_dir)
    try:
        kiosk.wait_for_log("systemd notify: off")  # Qt is up: SIGTERM is handled
        preview = start_kiosk(content_dir, "--windowed")
        said = StderrLines(preview.process)
        try:
            wait_until(lambda: "systemd notify: off" in said.text(), "the preview to start")
            assert f"pid {preview.process.pid}, windowed preview" in said.text()
            assert holder_is(kiosk.lock_file, kiosk.process.pid)
            preview.process.send_signal(signal.SIGTERM)
            assert preview.process.wait(timeout=PATIENCE_S) == 0
        finally:
            if preview.process.poll() is None:
                preview.process.kill()
            preview.process.wait(timeout=PATIENCE_S)
            said.join()
            preview.stop()  # closes its pipes
        assert said.text().rstrip().endswith("INFO kiosk: kiosk stopped: exit code 0")
        assert kiosk.process.poll() is None
        kiosk.process.send_signal(signal.SIGTERM)
        assert kiosk.process.wait(timeout=PATIENCE_S) == 0
    finally:
        kiosk.stop()
    logged = kiosk.log()
    assert f"pid {kiosk.process.pid}" in logged
    assert "windowed preview" not in logged
    assert f"pid {preview.process.pid}" not in logged
    assert not kiosk.log_file.with_name("kiosk.log.1").exists()


class StderrLines:
    """A process's stderr, read as it comes (a pipe left unread would fill and block it)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(process,))
        self._thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stderr is not None
        for line in process.stderr:
            self._lines.append(line)

    def text(self) -> str:
        return "".join(list(self._lines))

    def join(self) -> None:
        self._thread.join(timeout=PATIENCE_S)
