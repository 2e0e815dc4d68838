"""The log file rotates and keeps the fault dumps; an exception is logged and exits 70."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime.crash import CrashPolicy
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.logs import MAX_BYTES, KioskLog, start_logging


@pytest.fixture
def kiosk_log(tmp_path: Path) -> Iterator[KioskLog]:
    """The kiosk's logging set up in this process, undone afterwards."""
    hooks = sys.excepthook, threading.excepthook
    started = start_logging(tmp_path / "logs")
    yield started
    sys.excepthook, threading.excepthook = hooks
    for policy in POLICIES:
        policy.close()
    POLICIES.clear()
    undo_logging()


def undo_logging() -> None:
    """The ``kiosk`` logger as it was before ``start_logging``: no handlers, no level.

    The level too: left at INFO, a later test's kiosk would pass its INFO lines on to
    pytest's capture, which keeps them (tests/ui/reload/test_memory.py counts them).
    """
    logger = logging.getLogger("kiosk")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.NOTSET)
    logger.propagate = True


POLICIES: list[CrashPolicy] = []


def installed(policy: CrashPolicy) -> CrashPolicy:
    POLICIES.append(policy)
    policy.install()
    return policy


FATAL_AFTER_ROTATION = """
import faulthandler, logging, sys
from pathlib import Path
from kiosk.runtime.crash import CrashPolicy
from kiosk.runtime.logs import MAX_BYTES, start_logging
CrashPolicy(start_logging(Path(sys.argv[1]))).install()
for number in range(MAX_BYTES // 100 + 10):
    logging.getLogger("kiosk.test").info("line %d %s", number, "x" * 80)
faulthandler._sigsegv()
"""


def test_the_file_rotates_and_a_fatal_signal_is_dumped_into_the_new_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", FATAL_AFTER_ROTATION, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGSEGV
    assert (tmp_path / "kiosk.log.1").exists()
    assert len((tmp_path / "kiosk.log.1").read_bytes()) <= MAX_BYTES
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "most recent call first" in text


def test_an_exception_in_another_thread_is_logged_and_exits_70(kiosk_log: KioskLog) -> None:
    codes: list[int] = []
    installed(CrashPolicy(kiosk_log, exit_process=codes.append))

    def fail() -> None:
        raise ValueError("broken in a thread")

    worker = threading.Thread(target=fail, name="worker")
    worker.start()
    worker.join()
    assert codes == [ExitCode.CRASH]
    assert kiosk_log.file is not None
    text = kiosk_log.file.read_text(encoding="utf-8")
    assert "CRITICAL kiosk.crash: crash in worker: ValueError: broken in a thread" in text
    assert "Traceback (most recent call last)" in text


def test_an_unwritable_log_folder_logs_to_stderr_only(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    started = start_logging(blocker / "logs")
    try:
        assert started.file is None
    finally:
        undo_logging()


class DiskFullHandler(logging.Handler):
    """A log handler that takes lines but cannot push them out: the disk is full."""

    def emit(self, record: logging.LogRecord) -> None:
        pass

    def flush(self) -> None:
        raise OSError(28, "No space left on device")


class BrokenStream:
    """A stderr whose reader has gone away."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_crash_still_exits_70_when_flushing_the_log_fails(
    kiosk_log: KioskLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    logger = logging.getLogger("kiosk")
    logger.handlers.insert(0, DiskFullHandler())  # first: the file must still be flushed after it
    monkeypatch.setattr(sys, "stderr", BrokenStream())
    codes: list[int] = []
    policy = installed(CrashPolicy(kiosk_log, exit_process=codes.append))
    try:
        raise ValueError("broken while the disk is full")
    except ValueError as error:
        policy.crash((ValueError, error, error.__traceback__), where="")
    assert codes == [ExitCode.CRASH]
    assert kiosk_log.file is not None
    text = kiosk_log.file.read_text(encoding="utf-8")
    assert "crash: ValueError: broken while the disk is full" in text
