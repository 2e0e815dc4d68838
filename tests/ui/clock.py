"""A clock the tests move by hand, for the staff door and the idle monitor."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


class HandClock:
    """A monotonic clock that moves only when the test says: a lockout, a cleaning
    countdown or an idle reset then ends exactly when the test wants, however slow the
    machine."""

    def __init__(self) -> None:
        self.now = 1000.0
        #: How often it was read: a test that checks that nothing happened waits until the
        #: clock's owner has looked at the time since it moved, rather than sleeping.
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def wait_for_looks(self, qtbot: QtBot, looks: int = 4) -> None:
        """Let the event loop run until the clock was read ``looks`` more times.

        The idle monitor reads it at least once on each of its ticks (every 200 ms), so
        four reads are at least two ticks: enough for any reaction to the time now shown.
        """
        before = self.reads
        qtbot.waitUntil(lambda: self.reads >= before + looks)
