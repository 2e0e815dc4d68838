"""``kiosk cage``: the unit's main process; it runs cage with the kiosk in it, and answers for both.

cage alone cannot be the unit's main process, for two reasons found on Debian 12:

- **It hides crashes.** cage before 0.2.0 exits 0 whatever the kiosk returns, so exit 70,
  ``kill -9`` and a segfault all looked like success. The kiosk runs inside cage through a
  small shell (``kiosk.runtime.cage.SHIM``) that writes the kiosk's status to a file; this
  process exits with that status, and logs what it means. A kiosk ended by signal N exits
  128+N, as a shell reports it, rather than re-raising N here: a re-raised SIGSEGV would dump
  the core of this process, which is not the one that crashed.
- **It aborts on SIGTERM.** cage 0.1.4 asserts in ``wl_display_terminate`` (upstream issue
  339), so every stop and reboot left the unit failed, and perhaps a core dump. Here SIGTERM
  (the unit's ``KillMode=mixed`` sends it to this process alone) goes to the kiosk instead;
  the kiosk ends cleanly, cage sees its child end and exits as it always does then.

SIGABRT is systemd's ``WatchdogSignal``: the kiosk stopped pinging from its GUI thread. It is
passed on to the kiosk, whose fault handler writes every thread's stack into the kiosk log,
and a kiosk still there after that is killed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from types import FrameType

from kiosk.runtime.cage import Cage
from kiosk.runtime.exit_codes import ExitCode

log = logging.getLogger("kiosk.cage")

#: How long the kiosk has to end after SIGTERM, and after SIGABRT, before it is killed.
STOP_SECONDS = 5.0
DUMP_SECONDS = 3.0

_SIGNALS = {
    signal.SIGKILL: "killed (SIGKILL)",
    signal.SIGSEGV: "a crash in native code (SIGSEGV)",
    signal.SIGABRT: "aborted (SIGABRT)",
    signal.SIGTERM: "stopped by SIGTERM before it could answer",
    signal.SIGBUS: "a crash in native code (SIGBUS)",
    signal.SIGFPE: "a crash in native code (SIGFPE)",
    signal.SIGILL: "a crash in native code (SIGILL)",
}


def meaning(status: int) -> str:
    """The kiosk's exit status in words, for the journal beside ``systemctl status``."""
    if status == 0:
        return "the kiosk stopped"
    if status == ExitCode.TO_DESKTOP:
        return "staff chose Exit to desktop; the kiosk stays stopped"
    if status == ExitCode.CRASH:
        return "the kiosk crashed (exit 70); its traceback is in the kiosk log"
    if status == ExitCode.ALREADY_RUNNING:
        return "another kiosk is already running (exit 75)"
    if status == ExitCode.NO_DISPLAY:
        return "the kiosk found no display, or a library Qt needs for it (exit 69); see above"
    if status > 128:
        number = status - 128
        try:
            name = _SIGNALS.get(signal.Signals(number), signal.Signals(number).name)
        except ValueError:
            name = f"signal {number}"
        return f"the kiosk was ended by signal {number}: {name}"
    return f"the kiosk exited with status {status}"


def kiosk_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment of cage and the kiosk: Qt on cage's Wayland display, no decorations."""
    return {
        **environ,
        "QT_QPA_PLATFORM": "wayland",
        "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1",
        "XDG_SESSION_TYPE": "wayland",
    }


class UnderCage:
    """Runs ``cage`` with ``kiosk`` in it until cage ends; ``run`` returns the unit's status."""

    def __init__(self, cage: Cage, kiosk: list[str], status_file: Path, rotate: int = 0) -> None:
        self._command = cage.command(kiosk, status_file, rotate)
        self._said = [*self._command[: self._command.index("--")], "-- (status shim)", *kiosk]
        self._status_file = status_file
        self._cage: subprocess.Popen[bytes] | None = None
        self._stop_asked: float | None = None
        self._dump_asked: float | None = None
        self._killed = False
        self._pending: signal.Signals | None = None  # asked for before the kiosk's pid was known

    def run(self, environ: Mapping[str, str] = os.environ) -> int:
        self._status_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._status_file.unlink(missing_ok=True)
        previous = {
            number: signal.signal(number, self._on_signal)
            for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGABRT)
        }
        try:
            self._cage = subprocess.Popen(self._command, env=kiosk_environment(environ))
            log.info("cage started (pid %d): %s", self._cage.pid, " ".join(self._said))
            while True:
                try:
                    returncode = self._cage.wait(timeout=0.2)
                    break
                except subprocess.TimeoutExpired:
                    self._escalate()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
        return self._outcome(returncode)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        if number == signal.SIGABRT:
            log.error("systemd's watchdog: the kiosk's screen stopped answering")
            self._dump_asked = time.monotonic()
            self._dump_kiosk()
        elif self._stop_asked is None:
            log.info("stopping on %s: asking the kiosk to end", signal.Signals(number).name)
            self._stop_asked = time.monotonic()
            self._signal_kiosk(signal.SIGTERM)

    def _escalate(self) -> None:
        """A kiosk that does not end when asked is made to dump its stacks, then killed."""
        now = time.monotonic()
        if self._pending is not None and self._kiosk_pid() is not None:
            pending, self._pending = self._pending, None
            self._signal_kiosk(pending)
        if self._dump_asked is None:
            if self._stop_asked is not None and now - self._stop_asked > STOP_SECONDS:
                log.error("the kiosk did not end within %.0f s of SIGTERM", STOP_SECONDS)
                self._dump_asked = now
                self._dump_kiosk()
        elif not self._killed and now - self._dump_asked > DUMP_SECONDS:
            self._killed = True
            self._signal_kiosk(signal.SIGKILL)

    def _dump_kiosk(self) -> None:
        """SIGABRT: the kiosk's fault handler logs every thread's stack (a stopped one wakes)."""
        self._signal_kiosk(signal.SIGABRT)
        if self._kiosk_pid() is not None:
            self._signal_kiosk(signal.SIGCONT)

    def _signal_kiosk(self, number: signal.Signals) -> None:
        """To the kiosk; kept for it while its pid is not known yet. A kiosk already gone
        (cage did not end after it) leaves cage to be ended: SIGKILL, since SIGTERM aborts it."""
        pid = self._kiosk_pid()
        if pid is None:
            self._pending = number
            if number == signal.SIGKILL and self._cage is not None:
                self._cage.kill()  # given up on: no kiosk ever came
            return
        if self._kiosk_ended():
            if number in (signal.SIGKILL, signal.SIGABRT) and self._cage is not None:
                self._cage.kill()
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, number)

    def _kiosk_ended(self) -> bool:
        return any(line.startswith("exit ") for line in self._lines())

    def _lines(self) -> list[str]:
        try:
            return self._status_file.read_text(encoding="ascii").splitlines()
        except (OSError, UnicodeDecodeError):
            return []

    def _kiosk_pid(self) -> int | None:
        pids = [int(line[6:]) for line in self._lines() if line.startswith("kiosk ")]
        return pids[-1] if pids else None

    def _outcome(self, returncode: int) -> int:
        statuses = [int(line[5:]) for line in self._lines() if line.startswith("exit ")]
        if statuses:
            status = statuses[-1]
            if status == 128 + signal.SIGTERM and self._stop_asked is not None:
                status = 0  # asked to stop before its handler was in place: still a stop
            (log.info if status in (0, ExitCode.TO_DESKTOP) else log.error)(
                "%s (cage exited %d)", meaning(status), returncode
            )
            return status
        if self._stop_asked is not None and self._kiosk_pid() is None:
            log.info("stopped before the kiosk had started")
            return 0
        if returncode < 0:
            number = -returncode
            log.error("cage was ended by signal %d (%s)", number, signal.Signals(number).name)
            return 128 + number
        log.error(
            "cage exited %d before the kiosk ran to its end: see cage's lines above", returncode
        )
        return returncode or 1
