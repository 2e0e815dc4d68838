"""Before Qt is asked (its answer is an abort): is there a display, and what Qt needs for it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from kiosk.runtime.display import WAYLAND_LIBRARIES, X11_LIBRARIES, display_problem
from kiosk.runtime.exit_codes import ExitCode
from tests.conftest import REPO


def every_library_loads(_soname: str) -> bool:
    return True


def test_without_any_display_the_message_says_how_to_run_on_a_server() -> None:
    problem = display_problem({}, every_library_loads)
    assert problem is not None
    assert problem.startswith("there is no display to show the kiosk on (DISPLAY is not set)")
    assert "xvfb-run -s '-screen 0 1920x1080x24' kiosk --windowed" in problem
    assert "kiosk snapshot --out shots" in problem


def test_missing_x11_libraries_are_named_with_the_packages_that_bring_them() -> None:
    lacking = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = display_problem({"DISPLAY": ":0"}, lambda name: name not in lacking)
    assert problem == (
        "Qt's X11 support needs libraries this system lacks: "
        "libxcb-icccm.so.4, libxcb-keysyms.so.1.\n"
        "Install them: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )


def test_a_wayland_display_that_is_not_there_is_said_so(tmp_path: Path) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
    problem = display_problem(environ, every_library_loads)
    assert problem is not None
    assert problem.startswith(f"the Wayland display wayland-7 is not there ({tmp_path}/wayland-7")
    (tmp_path / "wayland-7").touch()
    assert display_problem(environ, every_library_loads) is None


def test_offscreen_needs_no_display() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, lambda _name: False) is None


def test_the_list_names_every_display_library_qts_own_plugins_link_to() -> None:
    """Checked against the installed wheel (ldd), not against what we believe it needs."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("no ldd")
    qt = Path(PySide6.__file__).parent / "Qt"
    linked = subprocess.run(
        [ldd, qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    needed = {line.split()[0] for line in linked.splitlines() if "=>" in line}
    display = {name for name in needed if name.startswith(("libxcb", "libX11", "libxkbcommon"))}
    assert display, linked
    assert display <= set(X11_LIBRARIES)
    wayland = subprocess.run(
        [ldd, qt / "lib/libQt6WaylandClient.so.6"], capture_output=True, text=True, check=True
    ).stdout
    assert {n for n in WAYLAND_LIBRARIES if n in wayland} >= {
        "libwayland-client.so.0",
        "libwayland-cursor.so.0",
    }


@pytest.mark.parametrize(
    ("environ", "words"),
    [
        ({}, "there is no display to show the kiosk on"),
        ({"DISPLAY": ":93"}, "cannot reach the X display :93"),
    ],
)
def test_a_preview_with_no_display_ends_at_once_with_the_message_and_no_abort(
    environ: dict[str, str], words: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed"],
        cwd=REPO,
        env={**env, **environ},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == ExitCode.NO_DISPLAY
    assert done.stderr.startswith(f"kiosk: cannot show a window: {words}")
    assert "Traceback" not in done.stderr
