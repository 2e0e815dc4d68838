"""The staff door's rules on a made-up clock: the screens, the lockout, what the keypad says."""

from __future__ import annotations

from kiosk.session.staff_door import Door, KeypadLock, LockoutRule, StaffScreen, derive

# -- the lockout rule ------------------------------------------------------------------


def wrong_times(lock: KeypadLock, count: int, now: float) -> KeypadLock:
    for _ in range(count):
        lock = lock.after_wrong(now)
    return lock


def test_five_wrong_pins_lock_the_keypad_for_a_minute() -> None:
    lock = KeypadLock()
    assert lock.attempts_left(0) == 5
    lock = wrong_times(lock, 4, now=10)
    assert lock.attempts_left(10) == 1
    assert lock.seconds_locked(10) == 0
    lock = lock.after_wrong(now=10)
    assert lock.seconds_locked(10) == 60
    assert lock.seconds_locked(69.5) == 1  # rounded up: never "0 seconds" while locked
    assert lock.attempts_left(30) == 0
    assert lock.seconds_locked(70) == 0
    assert lock.attempts_left(70) == 5


def test_wrong_pins_while_locked_do_not_extend_the_lock() -> None:
    lock = wrong_times(KeypadLock(), 5, now=0)
    lock = wrong_times(lock, 20, now=59)
    assert lock.seconds_locked(59) == 1
    assert lock.attempts_left(60) == 5


def test_a_right_pin_starts_the_count_again() -> None:
    lock = wrong_times(KeypadLock(), 4, now=0).after_right()
    assert lock.attempts_left(0) == 5
    assert wrong_times(lock, 4, now=0).seconds_locked(0) == 0


def test_after_a_lock_ends_five_more_wrong_pins_lock_it_again() -> None:
    lock = wrong_times(KeypadLock(), 5, now=0)
    lock = wrong_times(lock, 4, now=61)
    assert lock.seconds_locked(61) == 0
    assert lock.after_wrong(61).seconds_locked(61) == 60


def test_the_rule_can_be_changed() -> None:
    lock = wrong_times(KeypadLock(LockoutRule(wrong_allowed=2, lock_seconds=1.5)), 2, now=0)
    assert lock.seconds_locked(0) == 2
    assert lock.seconds_locked(1.5) == 0


# -- the door ------------------------------------------------------------------------------


def keypad() -> Door:
    return Door().corner_held(pin_set=True, full_screen=True)


def test_the_corner_opens_the_keypad_only_with_a_pin_and_the_panel_only_in_a_preview() -> None:
    assert keypad().screen is StaffScreen.KEYPAD
    assert Door().corner_held(pin_set=False, full_screen=True).screen is StaffScreen.NONE
    assert Door().corner_held(pin_set=False, full_screen=False).screen is StaffScreen.PANEL
    panel = Door().showing(StaffScreen.PANEL)
    assert panel.corner_held(pin_set=True, full_screen=True) is panel


def test_the_right_pin_opens_the_panel_and_a_wrong_one_says_how_many_tries_are_left() -> None:
    assert keypad().pin_tried(right=True, now=0).screen is StaffScreen.PANEL
    wrong = keypad().pin_tried(right=False, now=0)
    assert wrong.screen is StaffScreen.KEYPAD
    assert derive(wrong, 0).message == "Wrong PIN. 4 tries left."
    four = wrong.pin_tried(right=False, now=0).pin_tried(right=False, now=0)
    assert derive(four.pin_tried(right=False, now=0), 0).message == "Wrong PIN. 1 try left."


def test_a_pin_reaches_nothing_but_an_open_keypad() -> None:
    assert Door().pin_tried(right=True, now=0) == Door()
    panel = Door().showing(StaffScreen.PANEL)
    assert panel.pin_tried(right=False, now=0) == panel


def test_the_lock_says_its_countdown_and_nothing_once_it_ends() -> None:
    door = keypad()
    for _ in range(5):
        door = door.pin_tried(right=False, now=0)
    assert derive(door, 0).message == "Too many wrong PINs. The keypad is locked for 60 s."
    assert derive(door, 59.5).message == "Too many wrong PINs. The keypad is locked for 1 s."
    assert derive(door, 59.5).locked
    assert derive(door, 60).message == ""
    assert not derive(door, 60).locked
    assert door.pin_tried(right=True, now=30) == door, "the right PIN is refused while locked"


def test_the_keypads_message_is_for_the_keypad_only() -> None:
    wrong = keypad().pin_tried(right=False, now=0)
    again = wrong.closed().corner_held(pin_set=True, full_screen=True)
    assert derive(again, 0).message == ""
    assert derive(again, 0).keypad_open
    assert again.lock == wrong.lock, "closing the keypad does not forget the wrong PINs"


def test_cleaning_runs_its_time_from_the_panel_then_goes_back_to_it() -> None:
    panel = Door().showing(StaffScreen.PANEL)
    cleaning = panel.cleaning_started(now=100, seconds=30)
    assert derive(cleaning, 100).cleaning
    assert derive(cleaning, 100).cleaning_seconds_left == 30
    assert derive(cleaning, 129.2).cleaning_seconds_left == 1
    assert cleaning.closed() is cleaning, "cleaning is not cut short"
    assert cleaning.at(129.9) is cleaning
    assert cleaning.at(130).screen is StaffScreen.PANEL
    assert keypad().cleaning_started(now=0, seconds=30) == keypad(), "only from the panel"


def test_a_countdown_on_screen_keeps_the_clock_ticking() -> None:
    assert not derive(Door(), 0).counting
    locked = keypad()
    for _ in range(5):
        locked = locked.pin_tried(right=False, now=0)
    assert derive(locked, 0).counting
    assert not derive(locked, 60).counting
    cleaning = Door().showing(StaffScreen.PANEL).cleaning_started(now=0, seconds=10)
    assert derive(cleaning, 0).counting
