"""A real systemd manager for the unit's tests, on a machine whose PID 1 is not systemd.

A user manager (``systemd --user``) runs as nobody in a cgroup delegated to it. It needs
``/run/systemd/system`` to exist (its test for "booted with systemd"), which is made only in
a mount namespace of its own so that nothing else on the machine is misled. The clients
(``systemctl --user``) run as nobody too: systemctl refuses a manager of another user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path

from tests.system.real_stack import NOBODY, PATIENCE_S, Unprivileged, wait_until

#: The unit's lines that only a system manager can carry out (a user manager has no users
#: to become, no PAM session and no VT to give); everything else is the unit as written.
SYSTEM_ONLY = (
    "User=",
    "PAMName=",
    "TTYPath=",
    "TTYReset=",
    "TTYVHangup=",
    "TTYVTDisallocate=",
    "StandardInput=",
    "StandardOutput=",
    "StandardError=",
    "UtmpIdentifier=",
    "UtmpMode=",
    "Conflicts=",
    "ConditionPathExists=",
    "After=",
    "Wants=",
    "ExecStopPost=+",
)
CGROUPS = (Path("/sys/fs/cgroup/unified"), Path("/sys/fs/cgroup/systemd"))


def for_a_user_manager(unit: str, log: Path, **changes: str) -> str:
    """``unit`` without its system-only lines, logging to ``log``, with ``changes`` made."""
    lines = [line for line in unit.splitlines() if not line.startswith(SYSTEM_ONLY)]
    for key, value in changes.items():
        lines = [f"{key}={value}" if line.startswith(f"{key}=") else line for line in lines]
    at = lines.index("[Service]") + 1
    lines[at:at] = [f"StandardOutput=append:{log}", f"StandardError=append:{log}"]
    return "\n".join(lines) + "\n"


class UserManager:
    """``systemd --user`` as nobody, with its units in ``units``."""

    def __init__(self, home: Unprivileged) -> None:
        self.home = home
        self.units = home.path("units", mode=0o755)
        self.runtime = home.path("manager-run")
        self._cgroups = [root / f"kiosk-tests-{os.getpid()}" for root in CGROUPS]
        for folder in self._cgroups:
            folder.mkdir(exist_ok=True)
            for path in (folder, *folder.iterdir()):
                os.chown(path, NOBODY, NOBODY)
        procs = " ".join(f'echo $$ > "{folder}/cgroup.procs";' for folder in self._cgroups)
        script = (
            "mount -t tmpfs -o mode=0755 tmpfs /run/systemd && mkdir /run/systemd/system && "
            f"{procs} exec " + " ".join(self.as_nobody("/lib/systemd/systemd", "--user"))
        )
        self.process = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", script],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(
            lambda: (
                self.ctl("show", "-p", "SystemState", "--value").strip() in ("running", "degraded")
            ),
            "the user manager to be up",
        )

    def as_nobody(self, *argv: str) -> list[str]:
        env = self.home.environment(
            XDG_RUNTIME_DIR=str(self.runtime), SYSTEMD_UNIT_PATH=f"{self.units}:"
        )
        return [
            *self.home.command("env", "-i", *(f"{k}={v}" for k, v in env.items())),
            *argv,
        ]

    def ctl(self, *args: str) -> str:
        done = subprocess.run(
            self.as_nobody("systemctl", "--user", *args),
            capture_output=True,
            text=True,
            timeout=PATIENCE_S,
            check=False,
        )
        return done.stdout + done.stderr

    def show(self, unit: str) -> dict[str, str]:
        names = "ActiveState,SubState,Result,ExecMainStatus,ExecMainCode,NRestarts,MainPID"
        text = self.ctl("show", unit, "-p", names)
        return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)

    def add(self, name: str, text: str) -> None:
        (self.units / name).write_text(text, encoding="utf-8")
        # A unit nothing refers to is unloaded once stopped, and `show` then reports a
        # blank unit; default.target's After= keeps each one loaded.
        pins = self.units / "default.target.d"
        pins.mkdir(exist_ok=True)
        (pins / f"keep-{name}.conf").write_text(f"[Unit]\nAfter={name}\n", encoding="utf-8")
        self.ctl("daemon-reload")

    def wait_for(self, unit: str, what: str, **wanted: str) -> dict[str, str]:
        seen: dict[str, str] = {}

        def matches() -> bool:
            seen.update(self.show(unit))
            return all(seen.get(key) == value for key, value in wanted.items())

        try:
            wait_until(matches, f"{unit} to be {wanted} {what}", within_s=PATIENCE_S)
        except AssertionError as error:
            raise AssertionError(f"{error}; last seen {seen}") from None
        return seen

    def close(self) -> None:
        self.ctl("exit")
        try:
            self.process.wait(timeout=PATIENCE_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=PATIENCE_S)
        kill = self._cgroups[0] / "cgroup.kill"
        if kill.exists():
            kill.write_text("1")
        for folder in self._cgroups:
            deadline = time.monotonic() + 10
            while folder.exists() and time.monotonic() < deadline:
                groups = [path for path in folder.rglob("*") if path.is_dir()]
                for group in [*sorted(groups, key=lambda path: -len(path.parts)), folder]:
                    with contextlib.suppress(OSError):  # still holds a process: next round
                        group.rmdir()
                time.sleep(0.05)
        shutil.rmtree(self.units, ignore_errors=True)


def usable() -> str | None:
    """Why no user manager can run here, or None."""
    if not Path("/lib/systemd/systemd").exists():
        return "systemd is not installed"
    if Path("/run/systemd/system").is_dir():
        return "systemd is PID 1 here: the system manager itself should run the unit"
    missing = [str(root) for root in CGROUPS[:1] if not (root / "cgroup.procs").exists()]
    if missing:
        return f"no cgroup hierarchy to delegate at {', '.join(missing)}"
    return None
