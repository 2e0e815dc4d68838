"""Fixtures for the staff door tests: a PIN store of the test's own, a kiosk with a door."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.content import load_content
from kiosk.runtime import paths
from kiosk.runtime.pin import PinStore
from kiosk.session.staff_door import LockoutRule
from kiosk.ui.app import KioskWindow
from kiosk.ui.staff import StaffOptions
from tests.ui.finger import Finger
from tests.ui.staff.moves import LOCK_SECONDS, PORTRAIT, OpenKiosk


@dataclass
class WaysOut:
    """What the app was asked to do to end: its exit codes."""

    exits: list[int] = field(default_factory=list)


@pytest.fixture
def ways_out(monkeypatch: pytest.MonkeyPatch) -> WaysOut:
    """Record ``QCoreApplication.exit`` instead of doing it."""
    seen = WaysOut()
    monkeypatch.setattr(QCoreApplication, "exit", seen.exits.append)
    return seen


@pytest.fixture
def pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PinStore:
    monkeypatch.setenv(paths.SETTINGS.variable, str(tmp_path / "config"))
    return PinStore(tmp_path / "config")


@pytest.fixture
def open_kiosk(qtbot: QtBot, content_dir: Path, pins: PinStore) -> Iterator[OpenKiosk]:
    """The kiosk with a staff door on ``pins`` (this overrides tests/ui's ``open_kiosk``).

    Full screen by default, as at the clinic; ``clock`` drives the lockout and cleaning.
    """
    opened: list[KioskWindow] = []

    def open_it(
        *,
        full_screen: bool = True,
        size: QSize = PORTRAIT,
        edit: Callable[[str], str] = lambda text: text,
        cleaning_seconds: float | None = 2,
        clock: Callable[[], float] = time.monotonic,
    ) -> tuple[KioskWindow, Finger]:
        file = content_dir / "content.yaml"
        file.write_text(edit(file.read_text(encoding="utf-8")), encoding="utf-8")
        result = load_content(file)
        assert result.content is not None, result.errors
        options = StaffOptions(
            pins=pins,
            lockout=LockoutRule(lock_seconds=LOCK_SECONDS),
            cleaning_seconds=cleaning_seconds,
            clock=clock,
        )
        kiosk = KioskWindow(
            result.content, content_dir, full_screen=full_screen, size=size, staff=options
        )
        with qtbot.waitExposed(kiosk.window):
            kiosk.window.show()
        kiosk.window.resize(size)  # offscreen has no real screen to fill
        qtbot.waitUntil(lambda: kiosk.window.contentItem().height() == size.height())
        qtbot.wait(100)
        opened.append(kiosk)
        return kiosk, Finger(kiosk.window, qtbot)

    yield open_it
    while QGuiApplication.overrideCursor() is not None:
        QGuiApplication.restoreOverrideCursor()
    for kiosk in opened:
        kiosk.dispose()
