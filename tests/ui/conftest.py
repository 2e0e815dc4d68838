"""A kiosk window on the bundled content, driven by a finger.

One ``open_kiosk`` for every UI test (staff tests included): its staff door keeps its PIN
in the test's own folder (never the user's), and both the door and the idle monitor take
a clock that a test may move by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.runtime import paths
from kiosk.runtime.pin import PinStore
from kiosk.session.staff_door import LockoutRule
from kiosk.ui.staff import StaffOptions
from kiosk.ui.voice import Voice, installed_voice
from kiosk.ui.window import KioskWindow
from tests.ui.finger import Finger

PORTRAIT = QSize(1080, 1920)
#: The keypad's lock in tests; the tests move its clock by hand.
LOCK_SECONDS = 60

OpenKiosk = Callable[..., tuple[KioskWindow, Finger]]


@pytest.fixture
def pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PinStore:
    """The staff PIN store of this test alone; no PIN is set until the test saves one."""
    monkeypatch.setenv(paths.SETTINGS.variable, str(tmp_path / "config"))
    return PinStore(tmp_path / "config")


@pytest.fixture
def open_kiosk(qtbot: QtBot, content_dir: Path, pins: PinStore) -> Iterator[OpenKiosk]:
    """Open the kiosk on (a copy of) the bundled content, changed by ``edit`` if given.

    ``full_screen`` as at the clinic, or a preview window. ``clock`` drives the keypad's
    lockout and the cleaning countdown (``cleaning_seconds``, ``None`` for the content's),
    ``idle_clock`` the idle prompt and reset: pass a ``tests.ui.clock.HandClock`` to
    move them without waiting. ``voice`` reads aloud: by default espeak-ng's, found at
    once (the kiosk finds it after its first frame, which would change a screen under a
    test); ``tests/ui/speech/voice.py`` has one that only listens. ``slides=False``
    shows pages at once, for tests that look at screens at rest (``KioskWindow.hold_still``).
    """
    opened: list[KioskWindow] = []

    def open_it(
        edit: Callable[[str], str] = lambda text: text,
        *,
        full_screen: bool = False,
        size: QSize = PORTRAIT,
        cleaning_seconds: float | None = 2,
        clock: Callable[[], float] = time.monotonic,
        idle_clock: Callable[[], float] = time.monotonic,
        voice: Voice | Literal["installed"] | None = "installed",
        slides: bool = True,
    ) -> tuple[KioskWindow, Finger]:
        file = content_dir / "content.yaml"
        file.write_text(edit(file.read_text(encoding="utf-8")), encoding="utf-8")
        result = load_content(file)
        assert result.content is not None, result.errors
        staff = StaffOptions(
            pins=pins,
            lockout=LockoutRule(lock_seconds=LOCK_SECONDS),
            cleaning_seconds=cleaning_seconds,
            clock=clock,
        )
        kiosk = KioskWindow(
            result.content,
            content_dir,
            full_screen=full_screen,
            size=size,
            staff=staff,
            idle_clock=idle_clock,
            voice=installed_voice() if voice == "installed" else voice,
            headphones=None,
        )
        if not slides:
            kiosk.hold_still()
        window = kiosk.window
        with qtbot.waitExposed(window):
            window.show()
        window.resize(size)  # full screen: the offscreen platform has no real screen to fill
        qtbot.waitUntil(lambda: window.contentItem().height() == size.height())
        # Layouts place their items when the next frame is polished; until then a finger
        # aimed at an item would find it where it was before the resize.
        with qtbot.waitSignal(window.frameSwapped):
            window.update()
        opened.append(kiosk)
        return kiosk, Finger(window, qtbot)

    yield open_it
    while QGuiApplication.overrideCursor() is not None:  # a full-screen kiosk hid the pointer
        QGuiApplication.restoreOverrideCursor()
    for kiosk in opened:
        kiosk.dispose()
