"""The staff door: hidden corner, PIN keypad, staff panel and screen-cleaning mode.

The rules are in ``kiosk.session.staff_door`` (which screen is open, the lockout, the
keypad's words) and ``kiosk.runtime.pin`` (the PIN's hash). This view model keeps the
current ``Door``, derives what QML shows, emits only what changed, and does what only Qt
can: the clock's tick, dropping touches while the glass is cleaned, ending the kiosk.
Every verb goes through the rules, so nothing in QML can reach the panel without the PIN.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.runtime import paths
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.pin import PinStore
from kiosk.session.staff_door import (
    Door,
    DoorView,
    KeypadLock,
    LockoutRule,
    StaffScreen,
    derive,
)
from kiosk.ui.cleaning import TouchSwallower
from kiosk.ui.clock import TICK_MS, Clock

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1


@dataclass(frozen=True)
class StaffOptions:
    """What the staff door needs; tests shorten the times."""

    pins: PinStore = field(default_factory=lambda: PinStore(paths.SETTINGS.path()))
    lockout: LockoutRule = field(default_factory=LockoutRule)
    #: ``None``: the content's ``screen_cleaning_seconds`` (at least 10 s, too long for tests).
    cleaning_seconds: float | None = None
    clock: Clock = time.monotonic


@QmlElement
@QmlUncreatable("the kiosk makes one staff door, for its window")
class StaffDoor(QObject):  # type: ignore[operator]  # see kiosk/ui/session.py
    """Which staff screen is open (none, keypad, panel, cleaning), and the keypad's lock."""

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
        self._door = Door(lock=KeypadLock(options.lockout))
        self._told = derive(self._door, self._now())  # what QML was last told
        self._hold_seconds = 3.0
        self._cleaning_seconds = 30.0
        self._swallower = TouchSwallower(self)
        self._timer = QTimer(self, interval=TICK_MS)
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
        return self._view().keypad_open

    @Property(bool, notify=screenChanged)
    def panelOpen(self) -> bool:
        return self._view().panel_open

    @Property(bool, notify=screenChanged)
    def cleaning(self) -> bool:
        return self.is_cleaning()

    def is_cleaning(self) -> bool:
        """``cleaning``, for Python (the property is for QML)."""
        return self._door.screen is StaffScreen.CLEANING

    @Property(bool, notify=lockChanged)
    def locked(self) -> bool:
        return self._view().locked

    @Property(str, notify=lockChanged)
    def message(self) -> str:
        """A plain line under the keypad: wrong PIN and tries left, or the lock's countdown."""
        return self._view().message

    @Property(int, notify=cleaningChanged)
    def cleaningSecondsLeft(self) -> int:
        return self._view().cleaning_seconds_left

    # -- what staff do -----------------------------------------------------------------
    @Slot()
    def cornerHeld(self) -> None:
        pin_set = self._options.pins.is_set()
        self._set(self._door.corner_held(pin_set=pin_set, full_screen=self._full_screen))

    @Slot(str, result=bool)
    def tryPin(self, pin: str) -> bool:
        """Open the panel if ``pin`` is right. The PIN is checked, never kept or logged."""
        now = derive(self._door, self._now())
        if not now.keypad_open or now.locked:  # not worth scrypt's 55 ms: the door would refuse
            return False
        right = self._options.pins.check(pin)
        self._set(self._door.pin_tried(right=right, now=self._now()))
        return right

    @Slot()
    def close(self) -> None:
        """Cancel the keypad or close the panel."""
        self._set(self._door.closed())

    @Slot()
    def closeAll(self) -> None:
        """The idle reset: nothing of staff's is left open for the next patient."""
        self._set(self._door.showing(StaffScreen.NONE))

    @Slot()
    def startCleaning(self) -> None:
        seconds = self._options.cleaning_seconds
        seconds = self._cleaning_seconds if seconds is None else seconds
        self._set(self._door.cleaning_started(self._now(), seconds))

    @Slot()
    def exitToDesktop(self) -> None:
        """End the kiosk: code 80 in full screen (the unit leaves it stopped); 0 in a preview.

        ``kiosk cage`` passes the 80 on to systemd, which cage itself would not.
        """
        if self._view().panel_open:
            QCoreApplication.exit(ExitCode.TO_DESKTOP if self._full_screen else 0)

    # -- inside ------------------------------------------------------------------------
    def _set(self, door: Door) -> None:
        """Keep ``door``, and tell QML what changed since it was last told: all derived at
        one moment, so a lock that ends between two reads never stops the tick with the
        keys shown locked."""
        self._door = door
        before, after = self._told, derive(door, self._now())
        self._told = after
        if after.cleaning != before.cleaning:
            self._swallow_touches(after.cleaning)
        if (after.keypad_open, after.panel_open, after.cleaning) != (
            before.keypad_open,
            before.panel_open,
            before.cleaning,
        ):
            self.screenChanged.emit()
        if (after.locked, after.message) != (before.locked, before.message):
            self.lockChanged.emit()
        if after.cleaning_seconds_left != before.cleaning_seconds_left:
            self.cleaningChanged.emit()
        if after.counting:
            self._timer.start()
        else:
            self._timer.stop()

    def _tick(self) -> None:
        self._set(self._door.at(self._now()))

    def _swallow_touches(self, swallow: bool) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if swallow:
            app.installEventFilter(self._swallower)
        else:
            app.removeEventFilter(self._swallower)

    def _view(self) -> DoorView:
        return derive(self._door, self._now())

    def _now(self) -> float:
        return self._options.clock()
