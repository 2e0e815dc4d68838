"""One kiosk at a time: an exclusive ``flock`` on a file that the kernel drops when we die.

A pid file alone goes stale after ``kill -9`` or a power cut, and the next start must then
guess whether that pid is still a kiosk. A ``flock`` cannot go stale: it belongs to the
open file, and the kernel releases it when the process ends, however it ends. The pid is
written into the file only to name the holder in the message.

The lock is per user (the ``kiosk`` user runs the kiosk), in ``$XDG_RUNTIME_DIR`` when
there is one. Only the full-screen kiosk takes it; see ``kiosk.commands.run`` for ``--windowed``.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

from kiosk.runtime import paths

LOCK_FILE_NAME = "kiosk.lock"


class AlreadyRunning(Exception):
    """Another kiosk holds the lock; ``holder`` is its pid when the lock file names one."""

    def __init__(self, file: Path, holder: int | None) -> None:
        self.file = file
        self.holder = holder
        who = f"process {holder}" if holder else "another process"
        super().__init__(f"another kiosk is already running ({who} holds {file}); not starting")


class InstanceLock:
    """Held from ``acquire()`` until ``release()`` or the end of the process."""

    def __init__(self, folder: Path | None = None) -> None:
        self.file = (folder or paths.RUNTIME.path()) / LOCK_FILE_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunning at once (never waits)."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        # O_CLOEXEC (Python's default): a child process must not inherit and keep the lock.
        fd = os.open(self.file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            holder = _pid_in(fd)
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise AlreadyRunning(self.file, holder) from None
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor drops the flock
            self._fd = None


def _pid_in(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None
