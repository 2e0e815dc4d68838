"""SIGTERM (``systemctl stop``) ends the kiosk however busy it is when the signal comes."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui import start


@pytest.fixture
def handlers_installed(qapp: QApplication) -> Iterator[None]:
    """The kiosk's stop handlers, in this test only."""
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    wakeup = signal.set_wakeup_fd(-1)
    start._quit_on_termination(qapp)
    yield
    signal.set_wakeup_fd(wakeup)
    for number, handler in before.items():
        signal.signal(number, handler)


def test_the_handler_only_schedules_the_stop_and_the_stop_is_logged_after(
    handlers_installed: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A handler runs between any two bytecodes, also while a log line is being written;
    logging from it raised "reentrant call" and the stop was lost (seen under cage)."""
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", exits.append)
    said: list[str] = []

    def writing_a_line_now(message: str, *args: object) -> None:
        raise RuntimeError("reentrant call inside <_io.BufferedWriter name='<stderr>'>")

    handler = signal.getsignal(signal.SIGTERM)
    assert callable(handler)
    monkeypatch.setattr(start.log, "info", writing_a_line_now)
    handler(signal.SIGTERM, None)  # must not log, so must not raise
    monkeypatch.setattr(start.log, "info", lambda message, *args: said.append(message % args))
    qtbot.waitUntil(lambda: exits == [0])
    assert said == ["stopping on SIGTERM"]
