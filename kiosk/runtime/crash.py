"""The crash policy: any uncaught exception is logged and ends the process with ExitCode.CRASH.

PySide6 hands an exception raised in a slot, a timer callback or a method QML calls to
``sys.excepthook``, prints it and carries on, leaving the kiosk in a state nobody
designed. Here the hook logs the traceback, flushes the log, and ends the process at once
with ``os._exit(ExitCode.CRASH)``; systemd (``Restart=always``) starts a fresh kiosk.

Why ``os._exit`` and not ``QCoreApplication.exit``: the fault may be in another thread,
in a nested event loop, or in the middle of QML evaluating a binding; ``exit`` only asks
the event loop to return, and the teardown that follows (QML objects destroyed, Python
finalisers run) can raise again or hang, so "ends within 1 s" could not be promised.
``os._exit`` skips the teardown, which is the point: nothing is saved at exit, the log
is flushed first, and the kernel releases the instance lock and the notify socket.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.logs import KioskLog

log = logging.getLogger("kiosk.crash")

ExitProcess = Callable[[int], object]
ExceptionInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashPolicy:
    """Installs the hooks that turn any uncaught exception into a logged ExitCode.CRASH."""

    def __init__(self, kiosk_log: KioskLog, exit_process: ExitProcess = os._exit) -> None:
        self._log = kiosk_log
        self._exit_process = exit_process
        self._fault_file: IO[str] | None = None
        self._lock = threading.Lock()

    def install(self) -> None:
        """Hook the main thread, other threads, and fatal signals."""
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        self._enable_fault_dumps()
        if self._log.file_handler is not None:
            self._log.file_handler.on_rollover = self._enable_fault_dumps

    def close(self) -> None:
        """Stop the fault dumps and close their file (for tests: a kiosk keeps them to the end)."""
        faulthandler.disable()
        if self._fault_file is not None:
            self._fault_file.close()
            self._fault_file = None

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self.crash((kind, error, trace), where="")

    def _on_thread_exception(self, hook: threading.ExceptHookArgs) -> None:
        if hook.exc_value is None:  # a thread ended by SystemExit(None): not a fault
            return
        name = hook.thread.name if hook.thread else "a thread"
        self.crash((hook.exc_type, hook.exc_value, hook.exc_traceback), where=f" in {name}")

    def crash(self, info: ExceptionInfo, *, where: str) -> None:
        """Log ``info`` with its traceback, flush, and end the process with ExitCode.CRASH.

        The exit is in the outermost ``finally``: a full disk or a closed stderr may make
        logging or flushing fail, and a kiosk that then carried on would be the very
        undesigned state this policy exists to end.
        """
        with self._lock:  # two threads failing at once: one report, one exit
            try:
                log.critical(
                    "crash%s: %s: %s; exiting with code %d so that the supervisor restarts it",
                    where,
                    info[0].__name__,
                    info[1],
                    ExitCode.CRASH,
                    exc_info=info,
                )
            finally:
                try:
                    self._log.flush()
                    with contextlib.suppress(Exception):  # stderr closed, or None
                        sys.stderr.flush()
                finally:
                    self._exit_process(ExitCode.CRASH)

    def _enable_fault_dumps(self) -> None:
        """Fatal signals (SIGSEGV, SIGABRT, ...) dump every thread's stack into the log file.

        faulthandler writes to a file descriptor from a signal handler, so it needs its
        own file object kept open for the life of the process; after a rollover it is
        pointed at the new file.
        """
        file = self._log.file
        if file is None:
            faulthandler.enable(file=sys.stderr, all_threads=True)
            return
        previous = self._fault_file
        self._fault_file = Path(file).open("a", encoding="utf-8")  # noqa: SIM115 (kept open)
        faulthandler.enable(file=self._fault_file, all_threads=True)
        if previous is not None:
            previous.close()
