"""When a save is complete and new, on made-up stamps and a made-up clock."""

from __future__ import annotations

from kiosk.content.fingerprint import FileStamp, Fingerprint
from kiosk.content.save_check import QUIET_MS, is_new, quiet_left_ms

MS = 1_000_000
SAVED_AT = 1_700_000_000_000 * MS


def seen(mtime_ns: int = SAVED_AT, picture_mtime_ns: int = SAVED_AT - 60_000 * MS) -> Fingerprint:
    file = FileStamp(size=100, mtime_ns=mtime_ns, inode=1, device=1, ctime_ns=mtime_ns)
    picture = FileStamp(size=9, mtime_ns=picture_mtime_ns, inode=2, device=1, ctime_ns=0)
    return Fingerprint(file, (("assets/logo.svg", picture),))


def test_nothing_changed_is_not_looked_at_unless_staff_ask() -> None:
    assert not is_new(seen(), seen(), asked=False)
    assert is_new(seen(), seen(), asked=True)
    assert is_new(seen(SAVED_AT + MS), seen(), asked=False)
    assert is_new(seen(), None, asked=False), "the first look"


def test_a_save_waits_until_it_has_been_quiet_for_the_quiet_time() -> None:
    assert quiet_left_ms(seen(), SAVED_AT) == QUIET_MS + 1
    assert quiet_left_ms(seen(), SAVED_AT + 100 * MS) == QUIET_MS - 100 + 1
    assert quiet_left_ms(seen(), SAVED_AT + QUIET_MS * MS) == 0
    assert quiet_left_ms(seen(), SAVED_AT + 3_600_000 * MS) == 0


def test_a_picture_written_moments_ago_holds_the_save_back_too() -> None:
    assert quiet_left_ms(seen(picture_mtime_ns=SAVED_AT + 200 * MS), SAVED_AT + 300 * MS) > 0


def test_a_time_ahead_of_the_clock_cannot_be_waited_out() -> None:
    assert quiet_left_ms(seen(), SAVED_AT - 60_000 * MS) == 0


def test_the_same_bytes_again_show_nothing_new_unless_staff_ask() -> None:
    tried = ("digest", seen().pictures)
    assert not is_new(tried, ("digest", seen().pictures), asked=False)
    assert is_new(tried, ("digest", seen().pictures), asked=True)
    assert is_new(("other", seen().pictures), tried, asked=False)
    assert is_new(tried, None, asked=False)
