"""Is a save complete, and is it new? Decided from what was seen on disk and the clock.

Validation alone cannot tell a half-saved file: a file cut short inside a ``|`` block or a
list of sources is often valid content. So a save is read only once its files have been
quiet for ``QUIET_MS`` by their own modification times, and shown only when its bytes or
pictures differ from the last ones tried. These rules are pure, and tested with made-up
stamps and clocks; ``kiosk.ui.live_content.LiveContent`` looks at the disk, loads and
keeps the timers.
"""

from __future__ import annotations

from kiosk.content.fingerprint import Fingerprint

#: A save must be quiet this long before it is read: an editor's or a copy's burst of
#: writes is over well within it, and it leaves most of the 1 s budget for loading and
#: drawing (a save is on screen in about 0.3 s; tests/benchmarks/reload.py).
QUIET_MS = 250

#: The bytes' digest and the pictures' stamps of a save that was loaded.
Tried = tuple[str, object]


def is_new(now: object, last: object, *, asked: bool) -> bool:
    """Worth going on with: the files' stamps since the last look, or the bytes and pictures
    since the last load, differ; or staff asked ("Reload now"). Saving the same file again
    loads, shows and logs nothing new."""
    return asked or now != last


def quiet_left_ms(seen: Fingerprint, now_ns: int) -> int:
    """How long until the newest file has been quiet for ``QUIET_MS``; 0: it has.

    A modification time further ahead than that (a clock set back, a copy from a machine
    whose clock runs ahead) cannot be waited out, and counts as quiet.
    """
    wait_ns = QUIET_MS * 1_000_000 - (now_ns - seen.newest_mtime_ns)
    return wait_ns // 1_000_000 + 1 if 0 < wait_ns <= QUIET_MS * 1_000_000 else 0
