"""The kiosk unit under a real systemd manager: started, crashed, hung, stopped, left.

The unit is the text `kiosk setup-pc` writes, with only its system-only lines taken out
(``tests.system.user_manager``): a user manager runs it, with cage on its headless backend,
as nobody. Each ending is read back from systemd itself (``systemctl show``) and from what
``kiosk cage`` told the unit's log.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime.unit import unit_text
from tests.system.real_stack import Unprivileged, require, wait_until
from tests.system.test_under_cage import HEADLESS, RUN_LAUNCHER
from tests.system.user_manager import UserManager, for_a_user_manager, usable

UNIT = "kiosk.service"


@pytest.fixture(scope="module")
def manager(unprivileged: Unprivileged) -> Iterator[UserManager]:
    require("cage", "Xwayland", "unshare", "systemctl")
    reason = usable()
    if reason is not None:
        pytest.skip(f"no systemd manager can run here: {reason}")
    running = UserManager(unprivileged)
    yield running
    running.close()


def install(manager: UserManager, name: str, command: list[str], **session: str) -> Path:
    """The unit `kiosk setup-pc` writes, run by ``manager``, with ``session`` in its
    environment (what its PAM session gives it); returns its log file."""
    home = manager.home
    log = home.folder / "log" / f"{name}.log"
    log.unlink(missing_ok=True)
    environment = home.environment(**HEADLESS, **session)
    del environment["WATCHDOG_USEC"]  # systemd sets it, from WatchdogSec
    text = for_a_user_manager(unit_text("nobody", command), log, WatchdogSec="4")
    lines = [f"Environment={key}={value}" for key, value in environment.items()]
    text = text.replace("[Service]\n", "[Service]\n" + "\n".join(lines) + "\n")
    manager.add(name, text)
    return log


def kiosk_pid(manager: UserManager) -> int:
    status = manager.home.folder / "run" / "clinic-kiosk" / "cage-status"
    wait_until(lambda: status.exists() and "kiosk " in status.read_text(), "the kiosk's pid")
    return int(status.read_text().split("kiosk ")[-1].split()[0])


@pytest.fixture(scope="module")
def kiosk_unit(manager: UserManager) -> Path:
    content = manager.home.content()
    python = str(manager.home.python)
    return install(manager, UNIT, [python, "-m", "kiosk", "cage", "--content", str(content)])


def test_started_it_is_up_after_the_first_frame_and_a_stop_leaves_it_inactive_not_failed(
    manager: UserManager, kiosk_unit: Path
) -> None:
    assert manager.ctl("start", UNIT) == ""  # returns once READY=1 came (Type=notify)
    assert manager.show(UNIT)["ActiveState"] == "active"
    assert manager.ctl("stop", UNIT) == ""
    state = manager.wait_for(UNIT, "after a stop", ActiveState="inactive")
    assert (state["Result"], state["ExecMainStatus"]) == ("success", "0")
    log = kiosk_unit.read_text()
    assert "the kiosk stopped (cage exited 0)" in log
    assert "Assertion" not in log  # cage 0.1.4 aborted on SIGTERM


@pytest.mark.parametrize(
    ("how", "status", "words"),
    [
        (signal.SIGKILL, "137", "the kiosk was ended by signal 9: killed (SIGKILL)"),
        (signal.SIGSEGV, "139", "the kiosk was ended by signal 11: a crash in native code"),
    ],
)
def test_a_crash_is_a_failure_with_its_reason_and_the_kiosk_is_back(
    manager: UserManager, kiosk_unit: Path, how: signal.Signals, status: str, words: str
) -> None:
    manager.ctl("start", UNIT)
    before = int(manager.show(UNIT)["NRestarts"])
    os.kill(kiosk_pid(manager), how)
    # systemctl status shows this for RestartSec (half a second), then the kiosk is back:
    state = manager.wait_for(UNIT, "after the crash", SubState="auto-restart")
    assert (state["Result"], state["ExecMainStatus"]) == ("exit-code", status)
    manager.wait_for(UNIT, "restarted", NRestarts=str(before + 1))
    manager.wait_for(UNIT, "again after the crash", ActiveState="active")
    assert words in kiosk_unit.read_text()
    manager.ctl("stop", UNIT)


def test_a_hung_kiosk_is_restarted_by_the_watchdog_with_its_stacks_in_the_log(
    manager: UserManager, kiosk_unit: Path
) -> None:
    manager.ctl("start", UNIT)
    before = int(manager.show(UNIT)["NRestarts"])
    os.kill(kiosk_pid(manager), signal.SIGSTOP)
    state = manager.wait_for(UNIT, "after the watchdog", SubState="auto-restart")
    assert state["Result"] == "watchdog"
    manager.wait_for(UNIT, "restarted", NRestarts=str(before + 1))
    manager.wait_for(UNIT, "again after the hang", ActiveState="active")
    assert "systemd's watchdog: the kiosk's screen stopped answering" in kiosk_unit.read_text()
    kiosk_log = (manager.home.folder / "log" / "kiosk.log").read_text()
    assert "Fatal Python error: Aborted" in kiosk_log
    manager.ctl("stop", UNIT)


def test_exit_to_desktop_leaves_it_stopped_and_not_failed(manager: UserManager) -> None:
    """The unit as written, around a kiosk whose staff choose Exit to desktop at once."""
    content = manager.home.content()
    python = str(manager.home.python)
    name = "kiosk-exit-to-desktop.service"
    launcher = manager.home.folder / "launcher.py"  # a unit's command is one line
    launcher.write_text(RUN_LAUNCHER, encoding="utf-8")
    log = install(manager, name, [python, str(launcher), str(content), "desktop"])
    pin = "482915"
    manager.ctl("set-environment", f"KIOSK_TEST_PIN={pin}")
    subprocess.run(
        manager.home.command(python, "-m", "kiosk", "set-pin"),
        input=f"{pin}\n{pin}\n",
        env=manager.home.environment(),
        text=True,
        capture_output=True,
        check=True,
    )
    manager.ctl("start", name)
    state = manager.wait_for(name, "after Exit to desktop", ActiveState="inactive")
    ending = (state["Result"], state["ExecMainStatus"], state["NRestarts"])
    assert ending == ("success", "80", "0"), log.read_text()
    assert "staff chose Exit to desktop; the kiosk stays stopped" in log.read_text()


def test_the_kiosk_finds_its_user_s_own_audio_server_with_nothing_set_up(
    manager: UserManager,
) -> None:
    """At boot the unit's PAM session starts the kiosk user's own manager, which starts the
    audio server that `kiosk setup-pc` installs (Debian's pulseaudio enables its socket for
    every user). The session and that manager share the user's runtime folder, as here."""
    require("pulseaudio", "pactl", "paplay", "espeak-ng")
    assert manager.ctl("is-active", "pulseaudio.socket").strip() == "active"
    name = "kiosk-speech.service"
    command = ["-m", "kiosk", "cage", "--content", str(manager.home.content())]
    log = install(
        manager, name, [str(manager.home.python), *command], XDG_RUNTIME_DIR=str(manager.runtime)
    )
    assert manager.ctl("start", name) == ""
    try:
        wait_until(lambda: "following the audio server" in log.read_text(), "the kiosk to find it")
    finally:
        manager.ctl("stop", name)
    assert "no audio server" not in log.read_text()
    assert "espeak-ng is not installed" not in log.read_text()
