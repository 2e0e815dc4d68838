"""``kiosk set-pin``: store the salted hash of the staff PIN, or remove it."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.runtime import paths
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.pin import PinStore, pin_problem


def set_pin(args: argparse.Namespace) -> int:
    """Store the staff PIN's hash; the PIN itself is never printed or kept."""
    store = PinStore(paths.SETTINGS.path())
    if args.clear:
        removed = store.clear()
        print(f"staff PIN removed ({store.file})" if removed else "no staff PIN was set")
        return ExitCode.OK
    first, again = _two_pins()
    if first is None or again is None:
        print("kiosk set-pin: give the PIN twice, on two lines; nothing changed", file=sys.stderr)
        return ExitCode.PROBLEMS
    problem = pin_problem(first)
    if problem is None and first != again:
        problem = "the two PINs differ"
    if problem is not None:
        print(f"kiosk set-pin: {problem}; nothing changed", file=sys.stderr)
        return ExitCode.PROBLEMS
    try:
        file = store.save(first)
    except OSError as error:
        print(f"kiosk set-pin: cannot write {store.file}: {error.strerror}", file=sys.stderr)
        return ExitCode.PROBLEMS
    print(f"staff PIN set: its salted hash is in {file} (readable by this user only)")
    return ExitCode.OK


def _two_pins() -> tuple[str | None, str | None]:
    """The PIN and its repeat: asked without echo on a terminal, else two lines of stdin."""
    if sys.stdin.isatty():
        return getpass.getpass("New staff PIN (4-8 digits): "), getpass.getpass("Once more: ")
    lines = [sys.stdin.readline() for _ in range(2)]
    pins = [line.rstrip("\r\n") if line else None for line in lines]
    return pins[0], pins[1]
