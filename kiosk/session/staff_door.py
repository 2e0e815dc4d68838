"""The staff door's rules: which staff screen is open, the keypad's lockout, and what the
keypad says. Pure, on a clock the caller reads; ``kiosk.ui.staff.StaffDoor`` keeps the
current ``Door``, derives what QML shows and emits only what changed.

Staff read English here (the panel is for the clinic's staff, who set the kiosk up in
English, and its words are not the patients' ``words:``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum


class StaffScreen(Enum):
    """The staff screen that is open; at most one at a time."""

    NONE = "none"
    KEYPAD = "keypad"
    PANEL = "panel"
    CLEANING = "cleaning"


@dataclass(frozen=True)
class LockoutRule:
    """How many wrong PINs in a row lock the keypad, and for how long."""

    wrong_allowed: int = 5
    lock_seconds: float = 60.0


@dataclass(frozen=True)
class KeypadLock:
    """Wrong PINs so far and, once too many, when the keypad opens again.

    Times come from the caller's monotonic clock, so tests pass any numbers they like.
    Not written to disk: see the README (Staff panel) for why a restart may reset it.
    """

    rule: LockoutRule = LockoutRule()
    wrong: int = 0
    locked_until: float | None = None

    def seconds_locked(self, now: float) -> int:
        """Whole seconds until the keypad takes PINs again (rounded up); 0 when open."""
        if self.locked_until is None or now >= self.locked_until:
            return 0
        return math.ceil(self.locked_until - now)

    def attempts_left(self, now: float) -> int:
        return 0 if self.seconds_locked(now) else self.rule.wrong_allowed - self.wrong

    def after_wrong(self, now: float) -> KeypadLock:
        """A wrong PIN was entered at ``now`` (ignored while locked)."""
        if self.seconds_locked(now):
            return self
        wrong = self.wrong + 1
        if wrong >= self.rule.wrong_allowed:  # locked: the count starts again after the minute
            return replace(self, wrong=0, locked_until=now + self.rule.lock_seconds)
        return replace(self, wrong=wrong, locked_until=None)

    def after_right(self) -> KeypadLock:
        return replace(self, wrong=0, locked_until=None)


@dataclass(frozen=True)
class Door:
    """The staff screen that is open, the keypad's lock, and how the last PIN went."""

    screen: StaffScreen = StaffScreen.NONE
    lock: KeypadLock = KeypadLock()
    #: The last PIN tried on the keypad now open was wrong (it says how many tries are left).
    wrong_pin: bool = False
    #: When screen cleaning ends, on the caller's clock.
    cleaning_ends: float = 0.0

    def corner_held(self, *, pin_set: bool, full_screen: bool) -> Door:
        """The keypad when a PIN is set; without one, the panel in a preview window (the
        person at a desktop already has the machine) and nothing in full screen."""
        if self.screen is not StaffScreen.NONE:
            return self
        if pin_set:
            return self.showing(StaffScreen.KEYPAD)
        return self if full_screen else self.showing(StaffScreen.PANEL)

    def pin_tried(self, *, right: bool, now: float) -> Door:
        """A PIN was checked on the open keypad: the panel if right, one try fewer if not."""
        if self.screen is not StaffScreen.KEYPAD or self.lock.seconds_locked(now):
            return self
        if right:
            return replace(self, lock=self.lock.after_right()).showing(StaffScreen.PANEL)
        lock = self.lock.after_wrong(now)
        # The lock's own message takes over, and once the lock ends there is nothing to say.
        return replace(self, lock=lock, wrong_pin=not lock.seconds_locked(now))

    def closed(self) -> Door:
        """Cancel on the keypad, Close on the panel; cleaning runs its full time."""
        if self.screen in (StaffScreen.KEYPAD, StaffScreen.PANEL):
            return self.showing(StaffScreen.NONE)
        return self

    def cleaning_started(self, now: float, seconds: float) -> Door:
        if self.screen is not StaffScreen.PANEL:
            return self
        return replace(self, cleaning_ends=now + seconds).showing(StaffScreen.CLEANING)

    def at(self, now: float) -> Door:
        """The door as time has left it: cleaning over goes back to the panel."""
        if self.screen is StaffScreen.CLEANING and now >= self.cleaning_ends:
            return self.showing(StaffScreen.PANEL)
        return self

    def showing(self, screen: StaffScreen) -> Door:
        """``screen`` open; the keypad's message is for the keypad only."""
        if screen is self.screen:
            return self
        return replace(
            self, screen=screen, wrong_pin=self.wrong_pin and screen is StaffScreen.KEYPAD
        )


@dataclass(frozen=True)
class DoorView:
    """What the staff screens show of a door at one moment."""

    keypad_open: bool
    panel_open: bool
    cleaning: bool
    locked: bool
    message: str
    cleaning_seconds_left: int

    @property
    def counting(self) -> bool:
        """Something on screen counts down: the lock, or cleaning."""
        return self.locked or self.cleaning


def derive(door: Door, now: float) -> DoorView:
    seconds_locked = door.lock.seconds_locked(now)
    if seconds_locked:
        message = f"Too many wrong PINs. The keypad is locked for {seconds_locked} s."
    elif door.wrong_pin:
        left = door.lock.attempts_left(now)
        message = f"Wrong PIN. {'1 try' if left == 1 else f'{left} tries'} left."
    else:
        message = ""
    cleaning = door.screen is StaffScreen.CLEANING
    return DoorView(
        keypad_open=door.screen is StaffScreen.KEYPAD,
        panel_open=door.screen is StaffScreen.PANEL,
        cleaning=cleaning,
        locked=seconds_locked > 0,
        message=message,
        cleaning_seconds_left=max(0, math.ceil(door.cleaning_ends - now)) if cleaning else 0,
    )
