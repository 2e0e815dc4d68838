"""Can this process show a window at all? Asked before Qt is, because Qt's answer is an abort.

Without a display, or without one of the libraries its X11 or Wayland support loads, Qt
prints a misleading line (it named xcb-cursor0 when libxcb-icccm4 and libxcb-keysyms1 were
missing) and aborts (SIGABRT, exit 134). Here each case gets a plain message with the one
command that mends it. Loading a library by its soname is what Qt itself will do a moment
later, so the check costs about a millisecond and nothing is loaded twice.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from kiosk.runtime import xcb

#: The shared libraries Qt's platform plugins load, and the Debian package of each.
X11_LIBRARIES = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
WAYLAND_LIBRARIES = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
SERVER_HINT = (
    "On a server without a screen, use a virtual one: apt-get install xvfb, then\n"
    "  xvfb-run -s '-screen 0 1920x1080x24' kiosk --windowed\n"
    "or render every screen to pictures: kiosk snapshot --out shots"
)


def loads(soname: str) -> bool:
    """Whether the shared library ``soname`` can be loaded here."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str] = os.environ, loads: Callable[[str], bool] = loads
) -> str | None:
    """Why no window can be shown here, in plain words with the fix; None when it can."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return None
    wayland = environ.get("WAYLAND_DISPLAY")
    if platform == "wayland" or (not platform and wayland):
        return _wayland_problem(environ, loads)
    if platform not in ("", "xcb"):
        return None  # a platform we know nothing of: Qt has the last word
    if not environ.get("DISPLAY"):
        return f"there is no display to show the kiosk on (DISPLAY is not set).\n{SERVER_HINT}"
    missing = [name for name in X11_LIBRARIES if not loads(name)]
    if missing:
        return _missing("X11", missing, X11_LIBRARIES)
    return _x11_server_problem(environ["DISPLAY"])


def wayland_libraries_problem(loads: Callable[[str], bool] = loads) -> str | None:
    """Which libraries Qt's Wayland support lacks here, with the line that installs them."""
    missing = [name for name in WAYLAND_LIBRARIES if not loads(name)]
    return _missing("Wayland", missing, WAYLAND_LIBRARIES) if missing else None


def _wayland_problem(environ: Mapping[str, str], loads: Callable[[str], bool]) -> str | None:
    lacking = wayland_libraries_problem(loads)
    if lacking:
        return lacking
    name = environ.get("WAYLAND_DISPLAY", "wayland-0")
    socket = Path(name) if name.startswith("/") else Path(environ.get("XDG_RUNTIME_DIR", "")) / name
    if not socket.exists():
        return f"the Wayland display {name} is not there ({socket} does not exist).\n{SERVER_HINT}"
    return None


def _missing(kind: str, missing: list[str], packages: dict[str, str]) -> str:
    return (
        f"Qt's {kind} support needs libraries this system lacks: {', '.join(missing)}.\n"
        f"Install them: sudo apt-get install {' '.join(packages[name] for name in missing)}"
    )


def _x11_server_problem(display: str) -> str | None:
    if xcb.can_connect(display):
        return None
    return (
        f"cannot reach the X display {display}: is its X server running, and may this user "
        f"use it?\n{SERVER_HINT}"
    )
