"""The staff door: hidden corner, PIN keypad, staff panel and screen-cleaning mode.

The rules live in ``kiosk.runtime.pin`` (hash, lockout); this view model only keeps
which of the staff screens is open and adapts the rules to QML. Every verb checks that
its screen is open, so nothing in QML can reach the panel without the PIN.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.runtime import paths
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.pin import KeypadLock, LockoutRule, PinStore
from kiosk.ui.cleaning import TouchSwallower

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

_TICK_MS = 200


class Screen(Enum):
    """The staff screen that is open; at most one at a time."""

    NONE = "none"
    KEYPAD = "keypad"
    PANEL = "panel"
    CLEANING = "cleaning"


@dataclass(frozen=True)
class StaffOptions:
    """What the staff door needs; tests shorten the times."""

    pins: PinStore = field(default_factory=lambda: PinStore(paths.SETTINGS.path()))
    lockout: LockoutRule = field(default_factory=LockoutRule)
    #: ``None``: the content's ``screen_cleaning_seconds`` (at least 10 s, too long for tests).
    cleaning_seconds: float | None = None
    clock: Callable[[], float] = time.monotonic


@QmlElement
class StaffDoor(QObject):
    """Which staff screen is open (none, keypad, panel, cleaning), and the keypad's lock.

    In full screen the corner opens the keypad only when a PIN is set, and does nothing
    otherwise. In a preview window without a PIN it opens the panel at once: the staff
    member at a desktop already has the machine.
    """

    screenChanged = Signal()
    lockChanged = Signal()
    cleaningChanged = Signal()
    timingsChanged = Signal()

    def __init__(
        self, options: StaffOptions, *, full_screen: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._options = options
        self._full_screen = full_screen
        self._screen = Screen.NONE
        self._lock = KeypadLock(options.lockout)
        self._message = ""
        self._cleaning_ends = 0.0
        self._hold_seconds = 3.0
        self._cleaning_seconds = 30.0
        self._swallower = TouchSwallower(self)
        self._timer = QTimer(self, interval=_TICK_MS)
        self._timer.timeout.connect(self._tick)

    def set_timings(self, *, hold_seconds: float, cleaning_seconds: float) -> None:
        """The content's ``staff_hold_seconds`` and ``screen_cleaning_seconds``."""
        self._hold_seconds = hold_seconds
        self._cleaning_seconds = cleaning_seconds
        self.timingsChanged.emit()

    # -- what QML reads ------------------------------------------------------------------
    @Property(float, notify=timingsChanged)
    def holdSeconds(self) -> float:
        """How long the hidden corner must be held to open the keypad."""
        return self._hold_seconds

    @Property(bool, notify=screenChanged)
    def keypadOpen(self) -> bool:
        return self._screen is Screen.KEYPAD

    @Property(bool, notify=screenChanged)
    def panelOpen(self) -> bool:
        return self._screen is Screen.PANEL

    @Property(bool, notify=screenChanged)
    def cleaning(self) -> bool:
        return self.is_cleaning()

    def is_cleaning(self) -> bool:
        """``cleaning``, for Python (the property is for QML)."""
        return self._screen is Screen.CLEANING

    @Property(bool, notify=lockChanged)
    def locked(self) -> bool:
        return self._lock.seconds_locked(self._now()) > 0

    @Property(int, notify=lockChanged)
    def secondsLocked(self) -> int:
        return self._lock.seconds_locked(self._now())

    @Property(str, notify=lockChanged)
    def message(self) -> str:
        """A plain line under the keypad: wrong PIN and tries left, or the lock's countdown."""
        seconds = self._lock.seconds_locked(self._now())
        if seconds:
            return f"Too many wrong PINs. The keypad is locked for {seconds} s."
        return self._message

    @Property(int, notify=cleaningChanged)
    def cleaningSecondsLeft(self) -> int:
        if self._screen is not Screen.CLEANING:
            return 0
        return max(0, math.ceil(self._cleaning_ends - self._now()))

    # -- what staff do -----------------------------------------------------------------
    @Slot()
    def cornerHeld(self) -> None:
        if self._screen is not Screen.NONE:
            return
        if self._options.pins.is_set():
            self._show(Screen.KEYPAD)
        elif not self._full_screen:
            self._show(Screen.PANEL)

    @Slot(str, result=bool)
    def tryPin(self, pin: str) -> bool:
        """Open the panel if ``pin`` is right. The PIN is checked, never kept or logged."""
        if self._screen is not Screen.KEYPAD or self.locked:
            return False
        right = self._options.pins.check(pin)
        now = self._now()
        self._lock = self._lock.after_right() if right else self._lock.after_wrong(now)
        left = self._lock.attempts_left(now)
        self._message = "" if right else f"Wrong PIN. {_tries(left)} left."
        if self.locked:
            self._timer.start()
        self.lockChanged.emit()
        if right:
            self._show(Screen.PANEL)
        return right

    @Slot()
    def close(self) -> None:
        """Cancel the keypad or close the panel."""
        if self._screen in (Screen.KEYPAD, Screen.PANEL):
            self._show(Screen.NONE)

    @Slot()
    def closeAll(self) -> None:
        """The idle reset: nothing of staff's is left open for the next patient."""
        self._show(Screen.NONE)

    @Slot()
    def startCleaning(self) -> None:
        if self._screen is not Screen.PANEL:
            return
        seconds = self._options.cleaning_seconds
        if seconds is None:
            seconds = self._cleaning_seconds
        self._cleaning_ends = self._now() + seconds
        self._show(Screen.CLEANING)
        self._timer.start()

    @Slot()
    def exitToDesktop(self) -> None:
        """End the kiosk: code 80 in full screen (the unit leaves it stopped); 0 in a preview.

        ``kiosk cage`` passes the 80 on to systemd, which cage itself would not.
        """
        if self._screen is not Screen.PANEL:
            return
        QCoreApplication.exit(ExitCode.TO_DESKTOP if self._full_screen else 0)

    # -- inside ------------------------------------------------------------------------
    def _show(self, screen: Screen) -> None:
        if screen is self._screen:
            return
        app = QCoreApplication.instance()
        if app is not None and Screen.CLEANING in (screen, self._screen):
            if screen is Screen.CLEANING:
                app.installEventFilter(self._swallower)
            else:
                app.removeEventFilter(self._swallower)
        if screen is not Screen.KEYPAD:
            self._message = ""
            self.lockChanged.emit()
        self._screen = screen
        self.screenChanged.emit()
        self.cleaningChanged.emit()

    def _tick(self) -> None:
        # Read once, before QML reads it: if the lock ended between QML's read and a
        # second one here, the timer would stop with QML still showing the keys locked.
        locked = self.locked
        self.lockChanged.emit()
        self.cleaningChanged.emit()
        if self._screen is Screen.CLEANING and self._now() >= self._cleaning_ends:
            self._show(Screen.PANEL)
        if not locked and self._screen is not Screen.CLEANING:
            self._timer.stop()

    def _now(self) -> float:
        return self._options.clock()


def _tries(count: int) -> str:
    return "1 try" if count == 1 else f"{count} tries"
