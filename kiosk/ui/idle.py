"""Notices when nobody has touched the screen, asks "Still reading?", then resets."""

from __future__ import annotations

import time

from PySide6.QtCore import (
    Property,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.session.idle import IdlePolicy, IdleState
from kiosk.ui.clock import TICK_MS, Clock

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

# A patient's presence: any touch, click, wheel turn or key.
_ACTIVITY = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)


@QmlElement
@QmlUncreatable("the kiosk makes one idle monitor, for its window")
class IdleMonitor(QObject):  # type: ignore[operator]  # see kiosk/ui/session.py
    """Watches the kiosk window's input (install it as the window's event filter).

    ``clock`` gives monotonic seconds, as ``StaffOptions.clock`` does for the staff door:
    tests pass a clock they move by hand, so an idle reset happens when the test says
    rather than after real seconds of waiting. The timer only decides how often the
    clock is read.
    """

    promptingChanged = Signal()
    secondsLeftChanged = Signal()
    #: Nobody answered the prompt: time to reset for the next patient.
    expired = Signal()

    def __init__(
        self,
        policy: IdlePolicy,
        parent: QObject | None = None,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self._clock = clock
        self._since = clock()
        self._state = IdleState.ACTIVE
        self._seconds_left = 0
        self._offset = 0.0
        self._paused = False
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    @Property(bool, notify=promptingChanged)
    def prompting(self) -> bool:
        return self._state is IdleState.WARNING

    @Property(int, notify=secondsLeftChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    def warning_left(self) -> int | None:
        """Seconds left on the prompt's countdown while it shows, else None (for Python)."""
        return self._seconds_left if self._state is IdleState.WARNING else None

    def pretend_idle(self, seconds: float) -> None:
        """Act as if nobody had touched the screen for ``seconds`` (for snapshots)."""
        self._restart()
        self._offset = seconds
        self._tick()

    def set_policy(self, policy: IdlePolicy) -> None:
        """New timings (new content's settings), counted from the last touch as before."""
        self._policy = policy
        self._tick()

    def set_paused(self, paused: bool) -> None:
        """While paused (screen cleaning), no time passes: nobody is asked, nothing is reset.

        Either way the count starts again: cleaning was begun and ended by a staff member's
        touch, and the screen it ends on is theirs to leave.
        """
        self._paused = paused
        self.stillHere()

    @Slot()
    def stillHere(self) -> None:
        """The patient is here: start counting again."""
        self._restart()
        self._offset = 0.0
        self._tick()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        recent = self._state is IdleState.ACTIVE and self._elapsed() <= TICK_MS / 1000
        if event.type() in _ACTIVITY and not recent:
            self.stillHere()
        return False

    def _tick(self) -> None:
        if self._paused:
            self._restart()
        idle_for = self._offset + self._elapsed()
        state = self._policy.state(idle_for)
        seconds = self._policy.seconds_left(idle_for) if state is IdleState.WARNING else 0
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()
        if state is self._state:
            return
        self._state = state
        self.promptingChanged.emit()
        if state is IdleState.EXPIRED:
            self._restart()
            self._offset = 0.0
            self._state = IdleState.ACTIVE
            self.promptingChanged.emit()
            self.expired.emit()

    def _restart(self) -> None:
        self._since = self._clock()

    def _elapsed(self) -> float:
        """Seconds since the count last started."""
        return self._clock() - self._since
