"""Benchmark live reload: from a save to the first frame that shows it, and memory over saves.

Run: ``.venv/bin/python tests/benchmarks/reload.py [--saves 20] [--memory 2000]``. Prints
numbers; asserts nothing. One kiosk window (1080x1920, offscreen, software renderer) follows
a copy of the bundled content; each save style of ``tests/ui/saves.py`` saves a new title
for a topic ``--saves`` times. The time is taken from just before the save to the first
frame drawn after the session got the content, so it holds the 250 ms quiet time, the
load, and drawing the frame.

``--memory N`` instead saves N times in place and prints the process's RSS as it goes: a
kiosk reloads in one process for months. At the end it prints where RSS settled (the
median over reloads 200-400), the growth from there to the last reload (the goal: within
5 MB over 2,000), and RSS once glibc has handed back its free pages (``malloc_trim``):
memory freed but not yet returned is not a leak.

``--assets N`` puts N more files beside the pictures and times, in the GUI thread, the
start, a look by the safety net (every 2 s) and "Reload now" (what a save does).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from kiosk.ui.content_watch import ContentWatch  # noqa: E402
from kiosk.ui.live_content import LiveContent  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402
from tests.ui.reload.driving import FirstFrames, run_events  # noqa: E402
from tests.ui.saves import STYLES, as_release  # noqa: E402

TITLE = "    en: Crow's feet\n"
GIVE_UP_MS = 10_000
#: Reloads over which RSS is taken as settled: caches and heaps have grown to size by then.
SETTLED = range(200, 401)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=20, help="saves per style (default 20)")
    parser.add_argument("--memory", type=int, help="this many saves in place, printing RSS")
    parser.add_argument("--assets", type=int, help="this many more files beside the pictures")
    args = parser.parse_args()
    QGuiApplication(sys.argv[:1])
    if args.assets is not None:
        with tempfile.TemporaryDirectory() as scratch:
            time_a_crowded_folder(Path(scratch), args.assets)
        return
    if args.memory:
        with tempfile.TemporaryDirectory() as scratch:
            measure(Path(scratch), "in-place", args.memory, memory=True)
        return
    saves = args.saves
    print(f"save to first frame showing it, {saves} saves per style (ms):")
    print(f"{'style':24} {'p50':>6} {'p95':>6} {'max':>6}")
    for style in STYLES:
        with tempfile.TemporaryDirectory() as scratch:
            latencies = sorted(measure(Path(scratch), style, saves))
        p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
        print(f"{style:24} {statistics.median(latencies):6.0f} {p95:6.0f} {latencies[-1]:6.0f}")


def measure(scratch: Path, style: str, saves: int, *, memory: bool = False) -> list[float]:
    """Save ``saves`` times in ``style``; the milliseconds each took to show."""
    folder = scratch / "clinic"
    folder.mkdir()
    shutil.copy(REPO / "content.yaml", folder / "content.yaml")
    shutil.copytree(REPO / "assets", folder / "assets")
    file = as_release(folder) if style == "release-switched" else folder / "content.yaml"
    live = LiveContent(file)
    live.start()
    kiosk = KioskWindow(
        live.content, file.parent, full_screen=False, size=QSize(1080, 1920), live=live
    )
    kiosk.window.show()
    frames = FirstFrames(kiosk)
    original = file.read_text(encoding="utf-8")
    run_events(500)
    latencies = []
    rss: list[float] = []
    for number in range(1, saves + 1):
        text = original.replace(TITLE, f"    en: Crow's feet {number}\n")
        latencies.append(frames.after(lambda text=text: STYLES[style](file, text), GIVE_UP_MS))
        run_events(300)  # the next save is a separate one, not part of this burst
        if memory:
            rss.append(rss_mb())
            if number == 100 or number % max(1, saves // 10) == 0:
                print(f"after {number} reloads: RSS {rss[-1]:.1f} MB", flush=True)
    if memory:
        summarise(rss)
    kiosk.dispose()
    return latencies


def time_a_crowded_folder(scratch: Path, files: int) -> None:
    """The GUI thread's time for a start, a look and a reload, ``files`` more in assets."""
    file = scratch / "clinic" / "content.yaml"
    shutil.copytree(REPO / "assets", file.parent / "assets")
    shutil.copy(REPO / "content.yaml", file)
    picture = (REPO / "assets" / "logo.svg").read_bytes()
    (file.parent / "assets" / "more").mkdir()
    for number in range(files):
        (file.parent / "assets" / "more" / f"copy-{number}.svg").write_bytes(picture)
    started = time.perf_counter()
    live = LiveContent(file)
    live.start()
    start_ms = 1000 * (time.perf_counter() - started)
    look = live.findChild(ContentWatch).settled.emit  # what the safety net does every 2 s
    looks = [_ms(look) for _ in range(5)]
    reloads = [_ms(live.reloadNow) for _ in range(5)]
    print(
        f"{files} more files in assets: start {start_ms:.0f} ms, a look "
        f"{statistics.median(looks):.0f} ms, a reload {statistics.median(reloads):.0f} ms "
        "(medians of 5)"
    )


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return 1000 * (time.perf_counter() - started)


def summarise(rss: list[float]) -> None:
    """Where RSS settled, how far it went from there, and what glibc held unused."""
    over = SETTLED if len(rss) >= SETTLED.stop else range(len(rss) // 2 + 1, len(rss) + 1)
    settled = statistics.median(rss[over.start - 1 : over.stop - 1])
    print(
        f"settled at {settled:.1f} MB (median over reloads {over.start}-{over.stop - 1}); "
        f"after reload {len(rss)}: {rss[-1]:.1f} MB ({rss[-1] - settled:+.1f} MB), "
        f"highest {max(rss):.1f} MB"
    )
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    print(f"after malloc_trim(0), window still open: RSS {rss_mb():.1f} MB")


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


if __name__ == "__main__":
    main()
