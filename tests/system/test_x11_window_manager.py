"""Full screen in an X11 desktop session: Xvfb with openbox, and a curious patient's escapes.

Each escape is what a person or another program can do to a window there: the window
manager's keys (sent with xdotool through the X server, as a keyboard would), its actions
(wmctrl, xdotool), and another client destroying the window. After each, the window is
looked at from outside with xwininfo and xprop, as the window system sees it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.runtime import EXIT_CRASH
from tests.conftest import BUNDLED, REPO
from tests.system.real_stack import PATIENCE_S, require, wait_until

SCREEN = (1920, 1080)


@dataclass(frozen=True)
class Placement:
    x: int
    y: int
    width: int
    height: int
    viewable: bool
    states: str
    desktop: int | None

    @property
    def full_screen(self) -> bool:
        return (
            (self.x, self.y, self.width, self.height) == (0, 0, *SCREEN)
            and self.viewable
            and "_NET_WM_STATE_FULLSCREEN" in self.states
        )


@dataclass
class Desktop:
    """Xvfb with openbox on it; ``run`` runs an X client there."""

    env: dict[str, str]

    def run(self, *argv: str) -> str:
        done = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=30, check=False
        )
        return done.stdout

    def placement(self, window: str) -> Placement:
        info = self.run("xwininfo", "-id", window)
        props = self.run("xprop", "-id", window, "_NET_WM_STATE", "_NET_WM_DESKTOP")

        def number(label: str) -> int:
            return int(re.search(rf"{label}:\s+(-?\d+)", info)[1])  # type: ignore[index]

        desktop = re.search(r"_NET_WM_DESKTOP\(CARDINAL\) = (\d+)", props)
        return Placement(
            number("Absolute upper-left X"),
            number("Absolute upper-left Y"),
            number("Width"),
            number("Height"),
            "IsViewable" in info,
            props.split("\n")[0],
            int(desktop[1]) if desktop else None,
        )

    def current_desktop(self) -> int:
        line = next(line for line in self.run("wmctrl", "-d").splitlines() if " * " in line)
        return int(line.split()[0])


@pytest.fixture(scope="module")
def desktop() -> Iterator[Desktop]:
    require("Xvfb", "openbox", "xdotool", "wmctrl", "xwininfo", "xprop")
    reader, writer = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(writer), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24"],
        pass_fds=(writer,),
        stderr=subprocess.DEVNULL,
    )
    os.close(writer)
    with os.fdopen(reader) as display:
        number = display.readline().strip()
    env = {**os.environ, "DISPLAY": f":{number}"}
    openbox = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    here = Desktop(env)
    wait_until(lambda: "Openbox" in here.run("wmctrl", "-m"), "openbox to manage the display")
    yield here
    openbox.terminate()
    xvfb.terminate()
    openbox.wait(timeout=PATIENCE_S)
    xvfb.wait(timeout=PATIENCE_S)


@dataclass
class Kiosk:
    process: subprocess.Popen[str]
    window: str


def start_kiosk(desktop: Desktop, folder: Path) -> Kiosk:
    folder.mkdir(exist_ok=True)
    shutil.copy(BUNDLED, folder / "content.yaml")
    shutil.copytree(REPO / "assets", folder / "assets", dirs_exist_ok=True)
    env = {
        **desktop.env,
        "QT_QPA_PLATFORM": "xcb",
        "KIOSK_LOG_DIR": str(folder / "log"),
        "KIOSK_LOCK_DIR": str(folder / "run"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--content", str(folder / "content.yaml")],
        env=env,
        text=True,
        stderr=subprocess.PIPE,
    )
    found: list[str] = []

    def window_shown() -> bool:
        found[:] = desktop.run("xdotool", "search", "--onlyvisible", "--pid", str(process.pid))
        found[:] = "".join(found).split()
        return bool(found) and desktop.placement(found[0]).full_screen

    wait_until(window_shown, "the kiosk's window, full screen")
    return Kiosk(process, found[0])


@pytest.fixture(scope="module")
def kiosk(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    running = start_kiosk(desktop, tmp_path_factory.mktemp("x11-kiosk"))
    yield running
    running.process.terminate()
    running.process.communicate(timeout=PATIENCE_S)


ESCAPES = {
    "minimise": ("xdotool", "windowminimize", "{window}"),
    "show the desktop": ("wmctrl", "-k", "on"),
    "switch to desktop 2": ("wmctrl", "-s", "1"),
    "full screen taken away": ("wmctrl", "-i", "-r", "{window}", "-b", "remove,fullscreen"),
    "Alt+Space (window menu)": ("xdotool", "key", "alt+space"),
    "Super+D (show desktop)": ("xdotool", "key", "super+d"),
    "Ctrl+Alt+Right (next desktop)": ("xdotool", "key", "ctrl+alt+Right"),
    "Shift+Alt+Right (move to next desktop)": ("xdotool", "key", "shift+alt+Right"),
    "Alt+F4": ("xdotool", "key", "alt+F4"),
}


@pytest.mark.parametrize("escape", list(ESCAPES))
def test_every_escape_leaves_the_kiosk_full_screen_in_front(
    desktop: Desktop, kiosk: Kiosk, escape: str
) -> None:
    before = desktop.current_desktop()
    desktop.run(*(word.format(window=kiosk.window) for word in ESCAPES[escape]))
    time.sleep(0.3)  # let the window manager act before the kiosk is looked at
    wait_until(
        lambda: desktop.placement(kiosk.window).full_screen,
        f"the kiosk full screen again after {escape}",
    )
    placement = desktop.placement(kiosk.window)
    assert placement.desktop == 0xFFFFFFFF  # on every desktop
    assert kiosk.process.poll() is None
    if "key" in ESCAPES[escape]:  # the window manager never saw the key
        assert desktop.current_desktop() == before
    desktop.run("wmctrl", "-k", "off")
    desktop.run("wmctrl", "-s", "0")


def test_a_window_destroyed_by_another_client_ends_the_kiosk_with_exit_70(
    desktop: Desktop, tmp_path: Path
) -> None:
    doomed = start_kiosk(desktop, tmp_path)
    desktop.run("xdotool", "windowclose", doomed.window)
    _, printed = doomed.process.communicate(timeout=PATIENCE_S)
    assert doomed.process.returncode == EXIT_CRASH, printed
    assert "it was taken away (closed by another program?)" in printed
