"""Benchmark the screens: cold start, tap to next frame, memory over many navigations.

Run: ``.venv/bin/python tests/benchmarks/screens.py``. Prints numbers; asserts nothing.
First offscreen with Qt's software renderer (the figures of earlier runs), then on the two
real display paths this machine has: an X server (Xvfb) and cage with its headless backend
(as nobody, as the kiosk runs), each with the renderer the kiosk chooses there, and on Xvfb
also with OpenGL forced (Mesa's llvmpipe), the figure that the choice rests on.
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
#: Inside cage the benchmark runs as nobody, with a cache folder of nobody's own.
START_VIEWS = Path(
    os.environ.get("KIOSK_CACHE_DIR") or Path(tempfile.gettempdir()) / "kiosk-benchmark-start-views"
)

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
from array import array
from collections import deque
from pathlib import Path
from PySide6.QtCore import QEventLoop, QPointF, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from kiosk.content.loader import load_content
app = QGuiApplication([])
from kiosk.ui.renderer import use_renderer
use_renderer(sys.argv[3])
from kiosk.ui.window import KioskWindow
file = Path(sys.argv[1])
result = load_content(file)
kiosk = KioskWindow(result.content, file.parent, full_screen=False, size=QSize(1080, 1920))
window = kiosk.window
window.show()
device = QTest.createTouchDevice()

def wait(ms):  # the loop as the timer's context: the two-argument form keeps 60 bytes a call
    loop = QEventLoop(); QTimer.singleShot(ms, loop, loop.quit); loop.exec()

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

def trimmed_rss_mb():
    # RSS once malloc has given back the free memory it keeps for reuse: what the run left
    # in use, as opposed to room kept (the last RSS figure minus this one).
    import ctypes, gc
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()

class Frames:
    # When the frames were shown, in memory that does not grow with the run: the last 64
    # times (frames[n] is the n-th frame's, while it is recent) and the frame-to-frame gaps
    # under 100 ms counted in 0.1 ms bins. Every frame's time kept (64,000 over 2,000
    # navigations), and sorted at the end, counted megabytes of the benchmark's own in the
    # kiosk's peak memory.
    def __init__(self):
        self.count, self.times, self.gaps = 0, deque(maxlen=64), array("q", bytes(8000))
    def shown(self):
        now = time.perf_counter()
        if self.times and now - self.times[-1] < 0.1:
            self.gaps[int((now - self.times[-1]) * 10000)] += 1
        self.times.append(now)
        self.count += 1
    def __len__(self):
        return self.count
    def __getitem__(self, number):
        return self.times[number - self.count]
    def gap_p50(self):  # milliseconds, to the middle of a 0.1 ms bin
        half, seen = sum(self.gaps) / 2, 0
        for tenths, many in enumerate(self.gaps):
            seen += many
            if seen >= half:
                return (tenths + 0.5) / 10

frames = Frames()
window.frameSwapped.connect(frames.shown)

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

def on_screen(item):
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return 0 < centre.x() < window.width() and 0 < centre.y() < window.height() * 0.75

def at_rest():
    # The page has slid in, and a frame more: a tap while the stack is still busy is not
    # taken (one page at a time). A fixed 260 ms was too short where a frame takes 60 ms
    # (OpenGL on the CPU, Xvfb), and a tap then opened nothing.
    wait(260)
    while stack.property("busy"):
        wait(5)

stack = find("stack")
wait(300)
while len(frames) < 2:  # laid out and drawn: OpenGL on the CPU can take longer than 300 ms
    wait(10)
# Three tiles a finger can reach without scrolling (1080x1920; or cage's 1280x720 output).
everything, tiles = [window.contentItem()], []
while everything:
    item = everything.pop(0)
    if item.objectName().startswith("tile-") and item.isVisible() and on_screen(item):
        tiles.append(item.objectName())
    everything.extend(item.childItems())
tiles = tiles[:3]
latencies, complete, rss = array("d"), array("d"), {}  # 8 bytes a figure, no float kept
count = int(sys.argv[2])
for number in range(1, count + 1):
    latencies.append(tap_and_time(find(tiles[number % len(tiles)]), complete))
    at_rest()  # let the transition finish, as a patient would
    latencies.append(tap_and_time(find("backButton")))
    at_rest()
    if number * 2 in (100, 2000) or number == count:
        rss[number * 2] = rss_mb()
latencies, complete = sorted(latencies), sorted(complete)
print(json.dumps({
    "p50": statistics.median(latencies),
    "p95": latencies[int(len(latencies) * 0.95) - 1],
    "max": latencies[-1],
    "complete_p50": statistics.median(complete),
    "complete_p95": complete[int(len(complete) * 0.95) - 1],
    # Frame to frame during the transitions: what one full-window frame costs in software.
    "frame_p50": frames.gap_p50(),
    "rss": rss,
    "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "rss_trimmed": trimmed_rss_mb(),
}))
"""


def kiosk_run_seconds(
    content: str, *options: str, start_view: bool = True, env: dict[str, str] = ENV
) -> float:
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
            **env,
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


def first_frame_seconds(script: str, *args: str, env: dict[str, str] = ENV) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True
    )
    return float(done.stdout.split()[-1]) - started


def navigate(content: str, navigations: int, env: dict[str, str], renderer: str) -> dict:
    """Tap through ``navigations`` pages and back in one kiosk window; its figures."""
    done = subprocess.run(
        [sys.executable, "-c", _NAVIGATE, content, str(navigations // 2), renderer],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the navigation run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def print_navigation(navigations: int, figures: dict) -> None:
    print(
        f"{navigations} navigations (tap to first frame, ms): p50 {figures['p50']:.1f}  "
        f"p95 {figures['p95']:.1f}  max {figures['max']:.1f}"
    )
    print(
        f"  topic opened, to the first frame with its whole body (ms): "
        f"p50 {figures['complete_p50']:.1f}  p95 {figures['complete_p95']:.1f}"
    )
    print(f"  frame to frame during a transition (ms): p50 {figures['frame_p50']:.1f}")
    print(
        f"  RSS by navigations (MB): "
        f"{', '.join(f'{n}: {mb:.1f}' for n, mb in figures['rss'].items())}; "
        f"peak {figures['peak_rss']:.1f}; after malloc_trim {figures['rss_trimmed']:.1f}"
    )


def real_display(content: str, env: dict[str, str], name: str, renderers: tuple[str, ...]) -> None:
    """Start-up and taps where a display server draws the window, as on a kiosk PC."""
    print(f"\n{name}:")
    seconds = sorted(kiosk_run_seconds(content, env=env) for _ in range(STARTS))
    print(
        f"  cold start, full screen, from the start view, median of {STARTS} (s): "
        f"{statistics.median(seconds):.3f} (min {seconds[0]:.3f})"
    )
    for renderer in renderers:
        print(f"  renderer {renderer}:", end=" ")
        print_navigation(200, navigate(content, 200, env, renderer))


def on_xvfb(content: str) -> None:
    if shutil.which("Xvfb") is None:
        print("\nXvfb: not installed (apt-get install xvfb), not measured")
        return
    reader, writer = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(writer), "-screen", "0", "1080x1920x24"],
        pass_fds=(writer,),
        stderr=subprocess.DEVNULL,
    )
    os.close(writer)
    with os.fdopen(reader) as display:
        number = display.readline().strip()
    env = {k: v for k, v in ENV.items() if k != "QT_QUICK_BACKEND"}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    try:
        real_display(content, env, f"Xvfb :{number} (1080x1920)", ("auto", "gpu"))
    finally:
        server.terminate()
        server.wait(30)


def in_cage(content: str) -> None:
    """This script again, inside cage's headless backend, as nobody (cage refuses root)."""
    sys.path.insert(0, str(REPO))
    from tests.system.real_stack import make_unprivileged  # noqa: PLC0415  (after sys.path)

    if shutil.which("cage") is None or os.geteuid() != 0:
        print("\ncage: not installed, or not root to become nobody; not measured")
        return
    try:
        nobody = make_unprivileged()
    except BaseException as why:  # pytest's skip or fail, outside pytest
        print(f"\ncage: cannot run as nobody here ({why}); not measured")
        return
    env = nobody.environment(
        WLR_BACKENDS="headless", WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1"
    )
    command = nobody.command(
        "cage", "--", str(nobody.python), __file__, "--inside-cage", nobody.content()
    )
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    print(done.stdout, end="")
    if "Traceback" in done.stderr:
        print(done.stderr[done.stderr.index("Traceback") :])
    shutil.rmtree(nobody.folder, ignore_errors=True)


def inside_cage(content: str) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if k != "QT_QUICK_BACKEND"},
        "QT_QPA_PLATFORM": "wayland",
        "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1",
    }
    real_display(content, env, "cage 0.1.4, headless backend (1280x720), as nobody", ("auto",))


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
        print_navigation(navigations, navigate(content, navigations, ENV, "software"))
    on_xvfb(content)
    in_cage(content)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--inside-cage"]:
        inside_cage(sys.argv[2])
    else:
        main()
