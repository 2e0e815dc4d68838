"""The real stack for tests: programs the way a kiosk PC has them, run as an unprivileged user.

cage refuses to run as root, and a kiosk PC runs the kiosk as its own user, so these tests
become ``nobody``. That user runs Debian's own ``/usr/bin/python3`` (as the kiosk PC does)
in a venv of its own whose ``.pth`` lends it this test venv's packages: the test venv's
interpreter may live where nobody can reach it (pyenv under ``/root``).
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import BUNDLED, REPO

NOBODY = 65534
#: A start of cage and the kiosk takes 1-3 s here; a busy machine may take much longer.
PATIENCE_S = 60.0
DEBIAN_PYTHON = Path("/usr/bin/python3")


def require(*programs: str) -> None:
    """Skip without these programs, but fail in CI, whose .ci/run installs them."""
    missing = [name for name in programs if shutil.which(name) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed"
    if os.environ.get("CI"):
        pytest.fail(f"{message}: .ci/run installs it")
    pytest.skip(f"{message} (.ci/run installs it)")


@dataclass(frozen=True)
class Unprivileged:
    """A folder of nobody's own, with a venv that runs this checkout's kiosk."""

    folder: Path
    python: Path

    def path(self, name: str, *, folder: bool = True, mode: int = 0o700) -> Path:
        made = self.folder / name
        if folder:
            made.mkdir(mode=mode, exist_ok=True)
            os.chown(made, NOBODY, NOBODY)
        return made

    def content(self) -> Path:
        """A copy of the bundled content that nobody may read."""
        target = self.path("content", mode=0o755)
        shutil.copy(BUNDLED, target / "content.yaml")
        shutil.copytree(REPO / "assets", target / "assets", dirs_exist_ok=True)
        return target / "content.yaml"

    def command(self, *argv: str) -> list[str]:
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]

    def environment(self, **extra: str) -> dict[str, str]:
        """What the unit's session gives the kiosk, in nobody's folder; then ``extra``."""
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TZ")}
        return {
            **keep,
            "HOME": str(self.path("home")),
            "XDG_RUNTIME_DIR": str(self.path("run")),
            "KIOSK_LOG_DIR": str(self.path("log")),
            "KIOSK_CACHE_DIR": str(self.path("cache")),
            "KIOSK_CONFIG_DIR": str(self.path("config")),
            **extra,
        }


def make_unprivileged() -> Unprivileged:
    """Nobody's folder and venv; skips (fails in CI) where this machine cannot make them."""
    if os.geteuid() != 0:
        pytest.skip("becoming an unprivileged user needs root")
    require("setpriv")
    if not DEBIAN_PYTHON.exists():
        pytest.fail("no /usr/bin/python3: .ci/run installs python3")
    version = subprocess.run(
        [DEBIAN_PYTHON, "-c", "import sys; print(*sys.version_info[:2])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if tuple(map(int, version)) != sys.version_info[:2]:
        pytest.skip(f"/usr/bin/python3 is {'.'.join(version)}; the tests run {sys.version[:4]}")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-real-stack-"))
    folder.chmod(0o755)
    venv = folder / "venv"
    subprocess.run([DEBIAN_PYTHON, "-m", "venv", "--without-pip", venv], check=True)
    packages = sysconfig.get_paths()["purelib"]
    for path in (Path(packages), REPO):
        blocked = _closed_part(path)
        if blocked is not None:
            pytest.fail(f"nobody cannot reach {path}: {blocked} is closed to other users")
    # The checkout before the test venv's packages: textstat's wheel puts a package named
    # `tests` of its own into site-packages, which hid ours (`python -m tests.system...`).
    (Path(next(venv.glob("lib/python3*/site-packages"))) / "kiosk-tests.pth").write_text(
        f"{REPO}\nimport site; site.addsitedir({packages!r})\n", encoding="utf-8"
    )
    return Unprivileged(folder, venv / "bin" / "python")


def _closed_part(path: Path) -> Path | None:
    for part in [*reversed(path.parents), path]:
        if not os.stat(part).st_mode & stat.S_IXOTH:
            return part
    return None


class NotifyListener:
    """A datagram socket standing in for systemd's NOTIFY_SOCKET, open to nobody."""

    def __init__(self, folder: Path) -> None:
        self.address = str(folder / "notify")
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        Path(self.address).unlink(missing_ok=True)  # the last test's
        self._socket.bind(self.address)
        os.chmod(self.address, 0o777)
        self.seen: list[str] = []

    def until(self, wanted: str, within_s: float = PATIENCE_S) -> list[str]:
        """Every message up to and including ``wanted``; fails after ``within_s``."""
        deadline = time.monotonic() + within_s
        while wanted not in self.seen:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {wanted} within {within_s:.0f} s; saw {self.seen}")
            self._socket.settimeout(left)
            try:
                self.seen.append(self._socket.recv(4096).decode())
            except TimeoutError:
                continue
        return self.seen

    def quiet_for(self, seconds: float) -> bool:
        """True when nothing arrives for ``seconds``."""
        self._socket.settimeout(seconds)
        try:
            self.seen.append(self._socket.recv(4096).decode())
        except TimeoutError:
            return True
        return False

    def drain(self) -> None:
        self._socket.settimeout(0.01)
        while True:
            try:
                self.seen.append(self._socket.recv(4096).decode())
            except (TimeoutError, BlockingIOError):
                return

    def close(self) -> None:
        self._socket.close()
        Path(self.address).unlink(missing_ok=True)


def wait_until(condition: Callable[[], bool], what: str, within_s: float = PATIENCE_S) -> None:
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {within_s:.0f} s for {what}")
        time.sleep(0.05)
