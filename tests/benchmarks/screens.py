"""Benchmark the screens: cold start, tap to next frame, memory over many navigations.

Run: ``.venv/bin/python tests/benchmarks/screens.py``. Prints numbers; asserts nothing.
Qt runs offscreen with the software renderer, as on this machine it must.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
STARTS = 11
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
START_VIEWS = Path(tempfile.gettempdir()) / "kiosk-benchmark-start-views"

_FIRST_FRAME_BARE = """
import time
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication([])
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow { width: 1080; height: 1920; visible: true; "
                b"Text { text: 'hello' } }")
window = engine.rootObjects()[0]
def first_frame():
    print(time.monotonic(), flush=True)
    app.exit(0)
window.frameSwapped.connect(first_frame)
app.exec()
"""

_NAVIGATE = """
import json, resource, statistics, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, QPointF, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from kiosk.content import load_content
app = QGuiApplication([])
from kiosk.ui.app import KioskWindow
file = Path(sys.argv[1])
result = load_content(file)
kiosk = KioskWindow(result.content, file.parent, full_screen=False, size=QSize(1080, 1920))
window = kiosk.window
window.show()
device = QTest.createTouchDevice()

def wait(ms):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

def find(name):
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name and item.isVisible() and item.opacity() > 0.5:
            return item
        stack.extend(item.childItems())
    raise LookupError(name)

def rss_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20

frames = []
window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))

def tap_and_time(item, complete=None):
    # Milliseconds from lifting the finger to the first new frame, and, if asked,
    # to the first frame in which the topic's body has been built too.
    point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.touchEvent(window, device).press(0, point, window).commit()
    wait(30)
    seen = len(frames)
    started = time.perf_counter()
    QTest.touchEvent(window, device).release(0, point, window).commit()
    while len(frames) == seen:
        wait(1)
    first = (frames[seen] - started) * 1000
    if complete is not None:
        while find("topicBody").property("progress") < 1:  # the body is built
            wait(1)
        seen = len(frames)
        while len(frames) == seen:
            wait(1)
        complete.append((frames[seen] - started) * 1000)
    return first

wait(300)
tiles = ["tile-how-botox-works", "tile-your-visit", "tile-crows-feet"]
latencies, complete, rss = [], [], {}
count = int(sys.argv[2])
for number in range(1, count + 1):
    latencies.append(tap_and_time(find(tiles[number % len(tiles)]), complete))
    wait(260)  # let the transition finish, as a patient would
    latencies.append(tap_and_time(find("backButton")))
    wait(260)
    if number * 2 in (100, 2000) or number == count:
        rss[number * 2] = rss_mb()
latencies.sort()
complete.sort()
# Frame to frame during the transitions: what one full-window frame costs in software.
gaps = sorted((b - a) * 1000 for a, b in zip(frames, frames[1:]) if b - a < 0.1)
print(json.dumps({
    "p50": statistics.median(latencies),
    "p95": latencies[int(len(latencies) * 0.95) - 1],
    "max": latencies[-1],
    "complete_p50": statistics.median(complete),
    "complete_p95": complete[int(len(complete) * 0.95) - 1],
    "frame_p50": statistics.median(gaps),
    "rss": rss,
    "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def kiosk_run_seconds(content: str, *options: str, start_view: bool = True) -> float:
    """``kiosk run`` as systemd starts it: process start to READY=1, sent after the first frame.

    No ``options``: full screen, as on the kiosk (the instance lock and the log file in a
    temporary folder). ``--windowed``: a staff preview. ``start_view``: the start view
    saved by the previous good load is there (any restart: every boot, every recovery);
    without, a first start on new content, which waits for the content core.
    """
    if not start_view:
        shutil.rmtree(START_VIEWS, ignore_errors=True)
    with tempfile.TemporaryDirectory() as folder:
        ready = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        ready.bind(f"{folder}/notify")
        ready.settimeout(30)
        env = {
            **ENV,
            "NOTIFY_SOCKET": f"{folder}/notify",
            "KIOSK_LOG_DIR": folder,
            "KIOSK_LOCK_DIR": folder,
            "KIOSK_CACHE_DIR": str(START_VIEWS),
        }
        command = [sys.executable, "-m", "kiosk", "run", *options, "--content", content]
        started = time.monotonic()
        kiosk = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        try:
            while b"READY=1" not in ready.recv(4096):
                pass
            return time.monotonic() - started
        finally:
            kiosk.terminate()
            kiosk.wait(30)
            ready.close()


def byte_compile() -> None:
    """Compile the package as ``pip install .`` does on the kiosk PC.

    An editable install has no ``.pyc`` until a run writes them, and never where
    ``PYTHONDONTWRITEBYTECODE`` is set (as on this machine): every start would
    compile the package's source again, which a kiosk never does.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "kiosk")], check=True, env=ENV
    )


def first_frame_seconds(script: str, *args: str) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=ENV, check=True
    )
    return float(done.stdout.split()[-1]) - started


PREVIEW = ("--windowed", "--size", "1080x1920")


def main() -> None:
    content = str(REPO / "content.yaml")
    byte_compile()
    kiosk_run_seconds(content)  # leaves the start view the next starts find
    # Interleaved, so that each kind of start sees the machine in the same moods.
    starts: dict[str, list[float]] = {}
    for _ in range(STARTS):
        for name, measure in (
            ("full screen", lambda: kiosk_run_seconds(content)),
            ("full screen, no start view", lambda: kiosk_run_seconds(content, start_view=False)),
            ("--windowed 1080x1920", lambda: kiosk_run_seconds(content, *PREVIEW)),
            ("bare Qt Quick window", lambda: first_frame_seconds(_FIRST_FRAME_BARE)),
        ):
            starts.setdefault(name, []).append(measure())
    print(f"cold start, process start to the first frame of home, median of {STARTS} (s):")
    for name, seconds in starts.items():
        seconds.sort()
        print(f"  {name}: {statistics.median(seconds):.3f} (min {seconds[0]:.3f})")
    for navigations in (200, 2000):
        done = subprocess.run(
            [sys.executable, "-c", _NAVIGATE, content, str(navigations // 2)],
            capture_output=True,
            text=True,
            env=ENV,
            check=True,
        )
        figures = json.loads(done.stdout)
        print(
            f"{navigations} navigations (tap to first frame, ms): p50 {figures['p50']:.1f}  "
            f"p95 {figures['p95']:.1f}  max {figures['max']:.1f}"
        )
        print(
            f"  topic opened, to the first frame with its whole body (ms): "
            f"p50 {figures['complete_p50']:.1f}  p95 {figures['complete_p95']:.1f}"
        )
        print(
            f"  frame to frame during a transition (ms): p50 {figures['frame_p50']:.1f} "
            "(one full 1080x1920 frame drawn in software)"
        )
        print(
            f"  RSS by navigations (MB): "
            f"{', '.join(f'{n}: {mb:.1f}' for n, mb in figures['rss'].items())}; "
            f"peak {figures['peak_rss']:.1f}"
        )


if __name__ == "__main__":
    main()
