"""The unit's own command, ``kiosk cage``, under Debian's cage with its headless backend.

As the unit runs it: an unprivileged user, a private runtime folder, a NOTIFY_SOCKET and a
watchdog; this test plays systemd. Each way the kiosk can end must end as the unit promises:
a stop cleanly (cage 0.1.4 aborted on SIGTERM), a crash as a failure with its reason (cage
alone reported 0 for all of them).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.runtime.cage import find_cage
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.under_cage import UnderCage
from tests.system.real_stack import PATIENCE_S, NotifyListener, Unprivileged, require, wait_until

HEADLESS = {
    "WLR_BACKENDS": "headless",
    "WLR_RENDERER": "pixman",
    "WLR_LIBINPUT_NO_DEVICES": "1",
    "WATCHDOG_USEC": "1000000",  # pings every 0.5 s
}
#: What the kiosk logs once the compositor has made its window full screen (1280x720 is the
#: headless backend's output).
FULL_SCREEN = "window: FullScreen, 1280x720 at 0,0 on HEADLESS-1 (1280x720)"


@dataclass
class Running:
    process: subprocess.Popen[str]
    notify: NotifyListener
    status_file: Path
    log_file: Path

    def kiosk_pid(self) -> int:
        wait_until(lambda: "kiosk " in self._status(), "the shim to name the kiosk")
        return int(self._status().split("kiosk ")[1].split()[0])

    def _status(self) -> str:
        return self.status_file.read_text() if self.status_file.exists() else ""

    def log(self) -> str:
        return self.log_file.read_text() if self.log_file.exists() else ""

    def end(self) -> tuple[int, str]:
        """Wait for ``kiosk cage`` to end: its status and what it and cage printed."""
        _, err = self.process.communicate(timeout=PATIENCE_S)
        return self.process.returncode, err


StartUnderCage = Callable[..., Running]


@pytest.fixture
def under_cage(unprivileged: Unprivileged) -> Iterator[StartUnderCage]:
    require("cage", "Xwayland")
    started: list[Running] = []

    def start(*options: str, kiosk: list[str] | None = None, **extra: str) -> Running:
        notify = NotifyListener(unprivileged.path("notify", mode=0o755))
        env = unprivileged.environment(NOTIFY_SOCKET=notify.address, **HEADLESS, **extra)
        content = unprivileged.content()
        if kiosk is None:
            argv = [str(unprivileged.python), "-m", "kiosk", "cage", "--content", str(content)]
        else:  # the same launcher, cage and shim around a kiosk with a planted fault
            argv = [str(unprivileged.python), "-c", RUN_LAUNCHER, str(content), *kiosk]
        process = subprocess.Popen(
            unprivileged.command(*argv, *options), env=env, text=True, stderr=subprocess.PIPE
        )
        running = Running(
            process,
            notify,
            Path(env["XDG_RUNTIME_DIR"]) / "clinic-kiosk" / "cage-status",
            Path(env["KIOSK_LOG_DIR"]) / "kiosk.log",
        )
        started.append(running)
        return running

    yield start
    for running in started:
        if running.process.poll() is None:
            running.process.kill()
            running.process.communicate(timeout=PATIENCE_S)
        running.notify.close()
        running.log_file.unlink(missing_ok=True)


#: ``kiosk cage`` itself, with only the kiosk's command changed.
RUN_LAUNCHER = """
import sys
from kiosk.runtime.cage import find_cage
from kiosk.runtime import paths
from kiosk.runtime.logs import start_logging
from kiosk.runtime.under_cage import UnderCage
start_logging(to_file=False)
content, mode = sys.argv[1], sys.argv[2]
kiosk = [sys.executable, "-m", "tests.system.faulty_kiosk", mode, "/dev/null", "--content", content]
sys.exit(UnderCage(find_cage(), kiosk, paths.RUNTIME.path() / "cage-status").run())
"""


def test_the_kiosk_comes_up_full_screen_pings_and_a_stop_ends_everything_cleanly(
    under_cage: StartUnderCage,
) -> None:
    kiosk = under_cage()
    assert kiosk.notify.until("READY=1")[-1] == "READY=1"
    kiosk.notify.until("WATCHDOG=1", within_s=5)
    wait_until(lambda: FULL_SCREEN in kiosk.log(), f"{FULL_SCREEN!r} in the log")
    kiosk.process.send_signal(signal.SIGTERM)  # systemctl stop, with KillMode=mixed
    status, printed = kiosk.end()
    assert status == 0, printed
    assert "the kiosk stopped (cage exited 0)" in printed
    assert "Assertion" not in printed  # cage 0.1.4's abort on SIGTERM
    assert "kiosk stopped: exit code 0" in kiosk.log()


def test_a_killed_kiosk_ends_the_unit_as_a_failure_that_says_so(
    under_cage: StartUnderCage,
) -> None:
    kiosk = under_cage()
    kiosk.notify.until("READY=1")
    os.kill(kiosk.kiosk_pid(), signal.SIGKILL)
    status, printed = kiosk.end()
    assert status == 128 + signal.SIGKILL
    assert "the kiosk was ended by signal 9: killed (SIGKILL) (cage exited 0)" in printed


def test_a_stopped_kiosk_goes_quiet_and_the_watchdog_gets_its_stacks_into_the_log(
    under_cage: StartUnderCage,
) -> None:
    kiosk = under_cage()
    kiosk.notify.until("WATCHDOG=1")
    os.kill(kiosk.kiosk_pid(), signal.SIGSTOP)
    kiosk.notify.drain()
    assert kiosk.notify.quiet_for(2.0)  # four missed pings: systemd's watchdog fires
    kiosk.process.send_signal(signal.SIGABRT)  # WatchdogSignal
    status, printed = kiosk.end()
    assert status == 128 + signal.SIGABRT, printed
    assert "systemd's watchdog: the kiosk's screen stopped answering" in printed
    assert "Fatal Python error: Aborted" in kiosk.log()
    assert 'File "' in kiosk.log().split("Fatal Python error: Aborted")[1]


@pytest.mark.parametrize(
    ("mode", "status", "words"),
    [
        ("timer", ExitCode.CRASH, "the kiosk crashed (exit 70); its traceback is in the kiosk log"),
        ("desktop", ExitCode.TO_DESKTOP, "staff chose Exit to desktop; the kiosk stays stopped"),
    ],
)
def test_the_kiosks_own_exit_status_is_passed_on_though_cage_exits_0(
    under_cage: StartUnderCage,
    unprivileged: Unprivileged,
    mode: str,
    status: int,
    words: str,
) -> None:
    pin = "482915"
    subprocess.run(
        unprivileged.command(str(unprivileged.python), "-m", "kiosk", "set-pin"),
        input=f"{pin}\n{pin}\n",
        env=unprivileged.environment(),
        text=True,
        capture_output=True,
        check=True,
    )
    kiosk = under_cage(kiosk=[mode], KIOSK_TEST_PIN=pin)
    done, printed = kiosk.end()
    assert done == status, printed
    assert f"{words} (cage exited 0)" in printed


def test_a_portrait_panel_gets_a_portrait_window(
    under_cage: StartUnderCage,
) -> None:
    kiosk = under_cage("--rotate", "90")
    portrait = "window: FullScreen, 720x1280 at 0,0 on HEADLESS-1 (720x1280)"
    wait_until(lambda: portrait in kiosk.log(), f"{portrait!r} in the log")
    kiosk.process.send_signal(signal.SIGTERM)
    assert kiosk.end()[0] == 0


def test_on_two_outputs_the_kiosk_stays_up_and_says_how_to_keep_one(
    under_cage: StartUnderCage,
) -> None:
    """cage spreads the window over both (2560x720): not a fault to restart over."""
    kiosk = under_cage(WLR_HEADLESS_OUTPUTS="2")
    spread = "window: full screen covers 2560x720, not its screen's 1280x720"
    wait_until(lambda: spread in kiosk.log(), f"{spread!r} in the log")
    kiosk.notify.until("WATCHDOG=1")
    time.sleep(4)  # several looks of the full-screen guard
    assert kiosk.process.poll() is None
    assert "putting it back" not in kiosk.log()
    kiosk.process.send_signal(signal.SIGTERM)
    assert kiosk.end()[0] == 0


def test_without_a_seat_the_units_cage_fails_within_seconds_and_says_so(
    unprivileged: Unprivileged,
) -> None:
    """The unit's LIBSEAT_BACKEND=logind, no logind session and no headless backend: cage
    must give up at once (the unit tries again a second later), never wait for a seat."""
    require("cage", "Xwayland")
    env = unprivileged.environment(LIBSEAT_BACKEND="logind")
    argv = [str(unprivileged.python), "-m", "kiosk", "cage", "--content", "/nonexistent.yaml"]
    started = time.monotonic()
    done = subprocess.run(
        unprivileged.command(*argv),
        env=env,
        capture_output=True,
        text=True,
        timeout=PATIENCE_S,
        check=False,
    )
    took = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    assert "Failed to start a session" in done.stderr  # cage's own words
    assert "cage exited 1 before the kiosk ran to its end" in done.stderr
    # 0.02 s here; 10 s leaves a slow machine room, and a waiting cage (100 s seen) none.
    assert took < 10, f"took {took:.1f} s"


def test_cage_is_found_with_its_version() -> None:
    require("cage", "Xwayland")
    assert find_cage().version >= (0, 1, 4)
    assert UnderCage  # the launcher the tests above run
