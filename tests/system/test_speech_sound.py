"""Real sound: espeak-ng's voice through paplay into a private PulseAudio server.

A headset arriving on the server turns speech mode on and the page is heard in the
headset, not the speakers; a touch silences it; the headset going, or the whole server,
ends speech mode without a crash, and a server that comes back is found again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.ui.headphones import HeadphoneWatch
from kiosk.ui.voice import installed_voice
from kiosk.ui.window import KioskWindow
from tests.pulse_server import PulseServer, Recording, installed, pulse_server
from tests.ui.finger import Finger

pytestmark = pytest.mark.skipif(not installed(), reason="PulseAudio is installed by .ci/run")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PulseServer]:
    with pulse_server() as running:
        for name, value in running.env.items():
            monkeypatch.setenv(name, value)  # paplay and pactl, started by the kiosk, inherit it
        yield running


@pytest.fixture
def kiosk(qtbot: QtBot, content_dir: Path, server: PulseServer) -> Iterator[KioskWindow]:
    result = load_content(content_dir / "content.yaml")
    assert result.content is not None
    window = KioskWindow(
        result.content,
        content_dir,
        full_screen=False,
        size=QSize(1080, 1920),
        voice=installed_voice(),
        headphones=HeadphoneWatch(),
    )
    with qtbot.waitExposed(window.window):
        window.window.show()
    assert window.headphones is not None
    window.headphones.start()
    yield window
    window.dispose()


def heard(qtbot: QtBot, record: Recording, after: float, timeout_ms: int = 5000) -> None:
    qtbot.waitUntil(lambda: record.loud(after), timeout=timeout_ms)


def test_a_headset_turns_speech_on_and_only_the_headset_hears_the_page(
    kiosk: KioskWindow, server: PulseServer, qtbot: QtBot
) -> None:
    assert not kiosk.speech.speechMode
    plugged = time.monotonic()
    server.load_headset()
    with server.recording("usb_headset") as headset:
        qtbot.waitUntil(lambda: kiosk.speech.speechMode, timeout=5000)
        heard(qtbot, headset, plugged)
        assert kiosk.speech.speaking
        # Every stream playing goes to the headset: the speakers (the other output) stay silent.
        outputs = dict(
            line.split("\t")[:2][::-1]
            for line in server.pactl("list", "sinks", "short").splitlines()
        )
        streams = [
            line.split("\t") for line in server.pactl("list", "sink-inputs", "short").splitlines()
        ]
        assert streams, "the voice is playing"
        assert {stream[1] for stream in streams} == {outputs["usb_headset"]}
        Finger(kiosk.window, qtbot).tap(QPoint(540, 900))  # the patient touches the page
        assert not kiosk.speech.speaking
        touched = time.monotonic()
        qtbot.wait(600)
        assert not headset.loud(touched + 0.3), "still speaking 300 ms after the touch"


def test_the_headset_leaving_ends_speech_mode(
    kiosk: KioskWindow, server: PulseServer, qtbot: QtBot
) -> None:
    module = server.load_headset()
    qtbot.waitUntil(lambda: kiosk.speech.speechMode, timeout=5000)
    server.pactl("unload-module", module)
    qtbot.waitUntil(lambda: not kiosk.speech.speechMode, timeout=5000)
    assert not kiosk.speech.speaking


def test_a_server_that_goes_away_and_comes_back_is_followed(
    kiosk: KioskWindow, server: PulseServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.load_headset()
    qtbot.waitUntil(lambda: kiosk.speech.speechMode, timeout=5000)
    server.stop()
    qtbot.waitUntil(lambda: not kiosk.speech.speechMode, timeout=5000)
    with pulse_server() as again:  # a new server, as after a restart of the user's session
        for name, value in again.env.items():
            monkeypatch.setenv(name, value)
        again.load_headset()
        qtbot.waitUntil(lambda: kiosk.speech.speechMode, timeout=10000)
