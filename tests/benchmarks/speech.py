"""Benchmark speech: a tap on Listen to the first sound a patient hears, and memory.

Run: ``.venv/bin/python tests/benchmarks/speech.py [ROUNDS]``. Prints numbers; asserts
nothing. A private PulseAudio server (tests/pulse_server.py) has a stand-in USB headset;
the kiosk (offscreen, software renderer, the bundled content) plays espeak-ng's voice into
it with paplay, and the headset's monitor is recorded in 10 ms pieces. For every topic in
both languages: a finger taps Listen, and the time runs until the first loud piece is
recorded (so it includes making the sentence, starting paplay, the server's buffer and the
recording's own 10 ms). First with an empty sound cache (the sounds are deleted just before
each tap, so the first sentence is made on it), then with the sentences made. Peak RSS is
the kiosk's process; espeak-ng, paplay and pactl are processes of their own.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ["KIOSK_CACHE_DIR"] = tempfile.mkdtemp(prefix="kiosk-speech-bench-")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QPoint, QSize, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from kiosk.content.loader import load_content  # noqa: E402
from kiosk.ui.headphones import HeadphoneWatch  # noqa: E402
from kiosk.ui.voice import installed_voice  # noqa: E402
from kiosk.ui.window import KioskWindow  # noqa: E402
from tests.pulse_server import pulse_server  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def wait(ms: int, app: QGuiApplication) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop, loop.quit)  # the loop as context: no memory kept per call
    loop.exec()


def wait_until(test, app: QGuiApplication, timeout_s: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not test():
        if time.monotonic() > deadline:
            return False
        wait(2, app)
    return True


def centre(item) -> QPoint:  # type: ignore[no-untyped-def]
    return item.mapToScene(item.boundingRect().center()).toPoint()


def main() -> None:
    app = QGuiApplication([])
    result = load_content(REPO / "content.yaml")
    assert result.content is not None
    with pulse_server() as server:
        os.environ.update(server.env)
        server.load_headset()
        kiosk = KioskWindow(
            result.content,
            REPO,
            full_screen=False,
            size=QSize(1080, 1920),
            voice=installed_voice(),
            headphones=HeadphoneWatch(),
        )
        kiosk.window.show()
        assert kiosk.headphones is not None
        kiosk.headphones.start()
        assert wait_until(lambda: kiosk.speech.speechMode, app), "the headset was not seen"
        device = QTest.createTouchDevice()
        window = kiosk.window

        def tap(point: QPoint) -> None:
            QTest.touchEvent(window, device).press(0, point, window).commit()
            QTest.touchEvent(window, device).release(0, point, window).commit()

        def listen_button():  # type: ignore[no-untyped-def]
            return window.findChild(type(window.contentItem()), "listenButton")

        with server.recording("usb_headset") as headset:
            for label in ["empty sound cache", "sentences made before"] * ROUNDS:
                latencies = []
                for language in ("en", "es"):
                    kiosk.session.setLanguage(language)
                    for topic in result.content.topics:
                        kiosk.session.openTopic(topic)
                        wait(400, app)  # the page slides in; its own reading starts
                        tap(QPoint(540, 900))  # a touch on the page: silence
                        wait(300, app)
                        button = next(
                            item
                            for item in _items(window.contentItem())
                            if item.objectName() == "listenButton" and item.isVisible()
                        )
                        if label == "empty sound cache":
                            for sound in Path(os.environ["KIOSK_CACHE_DIR"]).rglob("*.wav"):
                                sound.unlink()
                        tapped = time.monotonic()
                        tap(centre(button))
                        heard = wait_until(lambda at=tapped: headset.loud(at), app)
                        first = headset.first_loud(tapped) if heard else None
                        if first is not None:
                            latencies.append((first - tapped) * 1000)
                        kiosk.session.goHome()
                        wait(300, app)
                latencies.sort()
                p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
                median = statistics.median(latencies)
                print(
                    f"tap on Listen to first sound, {label} ({len(latencies)} taps, ms): "
                    f"p50 {median:.0f}  p95 {p95:.0f}  max {latencies[-1]:.0f}"
                )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of the kiosk with speech: {peak:.1f} MB")
        kiosk.dispose()


def _items(item):  # type: ignore[no-untyped-def]
    yield item
    for child in item.childItems():
        yield from _items(child)


if __name__ == "__main__":
    main()
