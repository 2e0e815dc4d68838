"""Benchmark: how soon the kiosk is full screen in front again after a window manager's action.

Run: ``.venv/bin/python tests/benchmarks/window_manager.py``. Prints numbers; asserts nothing.
Xvfb with openbox, the kiosk full screen on it (as ``tests/system/test_x11_window_manager.py``
runs them); each action five times, timed from the action's command to the window seen from
outside (xwininfo, xprop, xdotool) full screen at 0,0, on every desktop and active again.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.system.test_x11_window_manager import ACTIONS, Desktop, Kiosk, desktop, start_kiosk


def in_front(place: Desktop, kiosk: Kiosk) -> bool:
    placement = place.placement(kiosk.window)
    active = place.run("xdotool", "getactivewindow").strip()
    return placement.full_screen and placement.desktop == 0xFFFFFFFF and active == kiosk.window


def main() -> None:
    running = desktop._fixture_function()  # the tests' own Xvfb and openbox
    place = next(running)
    kiosk = start_kiosk(place, Path(tempfile.mkdtemp(prefix="kiosk-wm-benchmark-")))
    try:
        for name, words in ACTIONS.items():
            seconds = []
            for _ in range(5):
                time.sleep(1.5)  # openbox ignores "show the desktop" just after a window came back
                started = time.monotonic()
                place.run(*(word.format(window=kiosk.window) for word in words))
                time.sleep(0.05)  # the action reaches the window before it is looked at
                while not in_front(place, kiosk):
                    time.sleep(0.01)
                seconds.append(time.monotonic() - started)
                place.run("wmctrl", "-k", "off")
            print(
                f"{name}: back in front in {statistics.median(seconds):.2f} s "
                f"(median of 5; max {max(seconds):.2f})"
            )
    finally:
        kiosk.process.terminate()
        kiosk.process.wait(30)
        next(running, None)


if __name__ == "__main__":
    main()
