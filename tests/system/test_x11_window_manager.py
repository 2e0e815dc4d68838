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
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.runtime import xcb
from kiosk.runtime.exit_codes import ExitCode
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
    window_manager: subprocess.Popen[bytes]

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
    here = Desktop(env, openbox)
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
    log_file: Path


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
    # A file, not a pipe: a pipe nobody reads fills up, and the kiosk's next log line blocks.
    with (folder / "stderr").open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--content", str(folder / "content.yaml")],
            env=env,
            text=True,
            stderr=stderr,
        )
    found: list[str] = []

    def window_shown() -> bool:
        found[:] = desktop.run("xdotool", "search", "--onlyvisible", "--pid", str(process.pid))
        found[:] = "".join(found).split()
        return bool(found) and desktop.placement(found[0]).full_screen

    wait_until(window_shown, "the kiosk's window, full screen")
    return Kiosk(process, found[0], folder / "log" / "kiosk.log")


@pytest.fixture(scope="module")
def kiosk(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    running = start_kiosk(desktop, tmp_path_factory.mktemp("x11-kiosk"))
    yield running
    running.process.terminate()
    running.process.communicate(timeout=PATIENCE_S)


#: What the window manager does to the window: the kiosk must notice and put it back.
ACTIONS = {
    "minimise": ("xdotool", "windowminimize", "{window}"),
    "show the desktop": ("wmctrl", "-k", "on"),
    "full screen taken away": ("wmctrl", "-i", "-r", "{window}", "-b", "remove,fullscreen"),
    "unmapped by another client": ("xdotool", "windowunmap", "{window}"),
}
#: Keys the window manager would act on: they must never reach it.
KEYS = {
    "Alt+Space (window menu)": "alt+space",
    "Super+D (show desktop)": "super+d",
    "Ctrl+Alt+Right (next desktop)": "ctrl+alt+Right",
    "Shift+Alt+Right (move to next desktop)": "shift+alt+Right",
    "Alt+F4 (close)": "alt+F4",
    "Alt+Tab (next window)": "alt+Tab",
}


def log_of(kiosk: Kiosk) -> str:
    return kiosk.log_file.read_text() if kiosk.log_file.exists() else ""


def back_in_front(desktop: Desktop, kiosk: Kiosk, after: str) -> None:
    """Full screen at 0,0, on every desktop, the active window, the process alive."""

    def settled() -> bool:
        placement = desktop.placement(kiosk.window)
        active = desktop.run("xdotool", "getactivewindow").strip()
        return placement.full_screen and placement.desktop == 0xFFFFFFFF and active == kiosk.window

    wait_until(settled, f"the kiosk full screen, on every desktop and in front after {after}")
    assert kiosk.process.poll() is None


@pytest.mark.parametrize("action", list(ACTIONS))
def test_what_the_window_manager_does_is_undone(
    desktop: Desktop, kiosk: Kiosk, action: str
) -> None:
    # openbox ignores a "show the desktop" asked in the second after a window came back.
    time.sleep(1.5)
    seen = log_of(kiosk).count("taken out of full screen")
    desktop.run(*(word.format(window=kiosk.window) for word in ACTIONS[action]))
    # The action took effect (the kiosk saw it), and was undone.
    wait_until(
        lambda: log_of(kiosk).count("taken out of full screen") > seen,
        f"the kiosk to see {action}",
        within_s=10,
    )
    back_in_front(desktop, kiosk, action)
    desktop.run("wmctrl", "-k", "off")


@pytest.mark.parametrize("key", list(KEYS))
def test_the_window_managers_keys_never_reach_it(desktop: Desktop, kiosk: Kiosk, key: str) -> None:
    back_in_front(desktop, kiosk, "the last test")
    seen = log_of(kiosk).count("taken out of full screen")
    before = desktop.current_desktop()
    desktop.run("xdotool", "key", KEYS[key])
    time.sleep(0.5)  # what the window manager would take to act
    assert log_of(kiosk).count("taken out of full screen") == seen  # nothing was done to it
    assert desktop.current_desktop() == before
    back_in_front(desktop, kiosk, key)


def test_another_desktop_still_shows_the_kiosk(desktop: Desktop, kiosk: Kiosk) -> None:
    desktop.run("wmctrl", "-s", "1")
    try:
        wait_until(lambda: desktop.current_desktop() == 1, "the switch to desktop 2")
        back_in_front(desktop, kiosk, "the switch to desktop 2")
    finally:
        desktop.run("wmctrl", "-s", "0")


def test_a_stalled_window_manager_gets_no_flood_and_the_kiosk_waits_for_it(
    desktop: Desktop, kiosk: Kiosk
) -> None:
    """openbox stopped for 4 s while the window is off screen: the kiosk withdraws and shows
    its window at most once a second, does not give up, and is back once openbox is."""
    seen = log_of(kiosk).count("taken out of full screen")
    desktop.window_manager.send_signal(signal.SIGSTOP)
    try:
        desktop.run("xdotool", "windowunmap", kiosk.window)
        wait_until(lambda: log_of(kiosk).count("taken out of full screen") > seen, "the unmap")
        time.sleep(4)
        assert kiosk.process.poll() is None
    finally:
        desktop.window_manager.send_signal(signal.SIGCONT)
    back_in_front(desktop, kiosk, "openbox went on")


def test_the_x_server_says_which_windows_exist(desktop: Desktop, kiosk: Kiosk) -> None:
    """kiosk.runtime.xcb's own connection, as the guard uses it, against the real X server."""
    os.environ["DISPLAY"], display = desktop.env["DISPLAY"], os.environ.get("DISPLAY")
    try:
        lib = xcb.library()
        connection = lib.xcb_connect(desktop.env["DISPLAY"].encode(), None)
        assert xcb.can_connect(desktop.env["DISPLAY"])
        assert xcb.window_exists(connection, int(kiosk.window))
        assert not xcb.window_exists(connection, 0x7FFFFF)
        lib.xcb_disconnect(connection)
    finally:
        if display is None:
            del os.environ["DISPLAY"]
        else:
            os.environ["DISPLAY"] = display


def test_a_window_destroyed_by_another_client_ends_the_kiosk_with_exit_70(
    desktop: Desktop, tmp_path: Path
) -> None:
    doomed = start_kiosk(desktop, tmp_path)
    desktop.run("xdotool", "windowclose", doomed.window)
    doomed.process.wait(timeout=PATIENCE_S)
    printed = (tmp_path / "stderr").read_text()
    assert doomed.process.returncode == ExitCode.CRASH, printed
    assert "window: destroyed by another program" in printed


#: Grabs the X screen with Qt on that display and prints a digest of its pixels.
_GRAB = """
import hashlib, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
print(hashlib.sha256(bytes(image.constBits())).hexdigest())
"""


def screen_digest(desktop: Desktop) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _GRAB],
        env={**desktop.env, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        check=True,
        timeout=PATIENCE_S,
    )
    return done.stdout.strip()


def settles(desktop: Desktop) -> str:
    """The screen's digest once it stops changing (a page slides in 220 ms)."""
    seen = [screen_digest(desktop)]

    def still() -> bool:
        time.sleep(0.3)
        seen.append(screen_digest(desktop))
        return seen[-1] == seen[-2]

    wait_until(still, "the screen to settle")
    return seen[-1]


def test_a_keyboard_moves_opens_and_goes_back_and_the_escapes_still_fail(
    desktop: Desktop, kiosk: Kiosk
) -> None:
    """Keys sent through the X server as a keyboard would, with openbox running."""
    back_in_front(desktop, kiosk, "the last test")
    home = settles(desktop)
    desktop.run("xdotool", "key", "Tab")
    ringed = settles(desktop)
    assert ringed != home, "Tab drew the focus ring"
    desktop.run("xdotool", "key", "Tab", "Tab", "Return")
    topic = settles(desktop)
    assert topic not in (home, ringed), "Enter opened the topic in focus"
    for escape in ("alt+F4", "Escape", "ctrl+q", "ctrl+w", "F11", "super"):
        desktop.run("xdotool", "key", escape)
    assert settles(desktop) == topic, "no way out did anything"
    assert kiosk.process.poll() is None
    desktop.run("xdotool", "key", "BackSpace")
    assert settles(desktop) != topic, "Backspace went back"
    # Home again, and the keys start from its top: the same three steps open the same topic.
    desktop.run("xdotool", "key", "Tab", "Tab", "Tab", "Return")
    assert settles(desktop) == topic
    desktop.run("xdotool", "key", "BackSpace")
    back_in_front(desktop, kiosk, "the keys")
