"""A kiosk in its own process, as systemd starts it: logs, lock and content in a tmp folder."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO

PORTRAIT_SCREEN = REPO / "tests" / "system" / "portrait-screen.json"
#: Generous: a cold start on a busy 2-core machine can take several seconds.
PATIENCE_S = 60.0


@dataclass
class KioskProcess:
    process: subprocess.Popen[str]
    log_file: Path
    lock_file: Path
    stamp: Path

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8") if self.log_file.exists() else ""

    def own_log(self) -> str:
        """The log from this process's start line on (several kiosks may share the file)."""
        start = self.log().find(f"pid {self.process.pid}")
        return self.log()[start:] if start >= 0 else ""

    def wait_for_log(self, text: str) -> None:
        wait_until(lambda: text in self.own_log(), f"{text!r} in the log:\n{self.log()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=PATIENCE_S)


def start_kiosk(
    folder: Path,
    *options: str,
    fault: str = "none",
    environ: dict[str, str] | None = None,
) -> KioskProcess:
    """``kiosk run --content FOLDER/content.yaml OPTIONS``, ``fault`` planted (faulty_kiosk.py)."""
    env = {
        **os.environ,
        # A 1080x1920 screen, as a portrait kiosk has: full screen fills the screen.
        "QT_QPA_PLATFORM": f"offscreen:configfile={PORTRAIT_SCREEN}",
        "QT_QUICK_BACKEND": "software",
        "KIOSK_LOG_DIR": str(folder / "logs"),
        "KIOSK_LOCK_DIR": str(folder / "run"),
        **(environ or {}),
    }
    for name in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"):
        if name not in (environ or {}):
            env.pop(name, None)
    stamp = folder / "fault-time"
    command = [sys.executable, "-m", "tests.system.faulty_kiosk", fault, str(stamp)]
    command += ["--content", str(folder / "content.yaml"), *options]
    process = subprocess.Popen(
        command, cwd=REPO, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    return KioskProcess(
        process, folder / "logs" / "kiosk.log", folder / "run" / "kiosk.lock", stamp
    )


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE_S
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {PATIENCE_S:.0f} s for {what}")
        time.sleep(0.05)
