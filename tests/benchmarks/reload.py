"""Benchmark live reload: from a save to the first frame that shows it.

Run: ``.venv/bin/python tests/benchmarks/reload.py [--saves 20] [--memory 2000]``. Prints
numbers; asserts nothing. One kiosk window (1080x1920, offscreen, software renderer) follows
a copy of the bundled content; each save style of ``tests/ui/saves.py`` saves a new title
for a topic ``--saves`` times. The time is taken from just before the save to the first
frame drawn after the session got the content, so it holds the 250 ms quiet time, the
load, and drawing the frame. ``--memory N`` instead saves N times in place and prints the
process's RSS as it goes: a kiosk reloads in one process for months.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QSize, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from kiosk.ui.app import KioskWindow  # noqa: E402
from kiosk.ui.live_content import LiveContent  # noqa: E402
from tests.ui.saves import STYLES, as_release  # noqa: E402

TITLE = "    en: Crow's feet\n"
GIVE_UP_S = 10.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=20, help="saves per style (default 20)")
    parser.add_argument("--memory", type=int, help="this many saves in place, printing RSS")
    args = parser.parse_args()
    saves = args.saves
    app = QGuiApplication(sys.argv[:1])
    if args.memory:
        with tempfile.TemporaryDirectory() as scratch:
            measure(app, Path(scratch), "in-place", args.memory, report_rss=True)
        return
    print(f"save to first frame showing it, {saves} saves per style (ms):")
    print(f"{'style':24} {'p50':>6} {'p95':>6} {'max':>6}")
    for style in STYLES:
        with tempfile.TemporaryDirectory() as scratch:
            latencies = measure(app, Path(scratch), style, saves)
        latencies.sort()
        p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
        print(f"{style:24} {statistics.median(latencies):6.0f} {p95:6.0f} {latencies[-1]:6.0f}")


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(
    app: QGuiApplication, scratch: Path, style: str, saves: int, *, report_rss: bool = False
) -> list[float]:
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
    original = file.read_text(encoding="utf-8")
    shown: list[float] = []
    replaced_at: list[float] = []
    live.replaced.connect(lambda _content: replaced_at.append(time.perf_counter()))
    kiosk.window.frameSwapped.connect(
        lambda: shown.append(time.perf_counter()) if replaced_at else None
    )
    wait(app, 500)
    latencies = []
    for number in range(saves):
        replaced_at.clear()
        shown.clear()
        started = time.perf_counter()
        STYLES[style](file, original.replace(TITLE, f"    en: Crow's feet {number}\n"))
        while not shown and time.perf_counter() - started < GIVE_UP_S:
            wait(app, 5)
        latencies.append(1000 * ((shown[0] if shown else float("inf")) - started))
        wait(app, 300)  # the next save is a separate one, not part of this burst
        if report_rss and (number + 1 == 100 or (number + 1) % max(1, saves // 10) == 0):
            print(f"after {number + 1} reloads: RSS {rss_mb():.1f} MB", flush=True)
    kiosk.window.close()
    kiosk.deleteLater()
    wait(app, 50)
    return latencies


def wait(app: QGuiApplication, milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


if __name__ == "__main__":
    main()
