"""The staff PIN: a salted scrypt hash in one file (the keypad's lockout is in
``kiosk.session.staff_door``).

The PIN itself is never stored, printed or logged: only ``hash_pin``'s one line is
written, and ``verify_pin`` compares in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

PIN_FILE_NAME = "staff-pin"
PIN_DIGITS = range(4, 9)

# scrypt with n=2**14, r=8, p=1 (the cost RFC 7914 suggests for interactive logins) takes
# about 55 ms and 16 MB here: slow enough to make stealing the file and guessing 10**8
# PINs costly, quick enough that a staff member does not notice it on the keypad.
_SCHEME = "scrypt"
_COST = {"n": 2**14, "r": 8, "p": 1}
_SALT_BYTES = 16
_KEY_BYTES = 32
_MAX_MEMORY = 64 * 1024 * 1024


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be the staff PIN, in plain words; ``None`` when it can."""
    if not re.fullmatch(r"[0-9]+", pin):
        return "the PIN must be digits only (0-9), with no spaces or letters"
    if len(pin) not in PIN_DIGITS:
        return f"the PIN must have {PIN_DIGITS.start} to {PIN_DIGITS.stop - 1} digits"
    return None


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """One line, ``scrypt$n$r$p$SALT$KEY`` (base64), that verifies ``pin`` and reveals nothing."""
    salt = secrets.token_bytes(_SALT_BYTES) if salt is None else salt
    key = _derive(pin, salt, **_COST)
    fields = [_SCHEME, *(str(_COST[name]) for name in ("n", "r", "p")), _b64(salt), _b64(key)]
    return "$".join(fields)


def verify_pin(pin: str, stored: str) -> bool:
    """Does ``pin`` match the line ``hash_pin`` made? A damaged line matches nothing."""
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        return False
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, expected = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5])
        key = _derive(pin, salt, n=n, r=r, p=p, size=len(expected))
    except (ValueError, binascii.Error, MemoryError):
        return False
    return hmac.compare_digest(key, expected)


def _derive(pin: str, salt: bytes, *, n: int, r: int, p: int, size: int = _KEY_BYTES) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=size
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class PinStore:
    """The one file that holds the staff PIN's hash, in ``folder``."""

    folder: Path

    @property
    def file(self) -> Path:
        return self.folder / PIN_FILE_NAME

    def is_set(self) -> bool:
        return self._stored() is not None

    def save(self, pin: str) -> Path:
        """Store ``pin``'s hash (mode 0600, replaced whole); return the file."""
        problem = pin_problem(pin)
        if problem is not None:
            raise ValueError(problem)
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self.file.with_name(f".{PIN_FILE_NAME}.{os.getpid()}.tmp")
        # Created 0600 from the first byte, so the hash is never readable by others.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(hash_pin(pin) + "\n")
        os.replace(partial, self.file)  # a crash mid-write never leaves half a hash
        return self.file

    def clear(self) -> bool:
        """Remove the PIN; ``False`` if there was none."""
        try:
            self.file.unlink()
        except FileNotFoundError:
            return False
        return True

    def check(self, pin: str) -> bool:
        stored = self._stored()
        return stored is not None and verify_pin(pin, stored)

    def _stored(self) -> str | None:
        """The hash line, or ``None`` when there is no usable one (missing, unreadable, empty).

        A damaged file counts as no PIN: in full screen that keeps the panel shut, which is
        the safe side; ``kiosk set-pin`` writes a good one again.
        """
        try:
            text = self.file.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return text if text.startswith(_SCHEME + "$") else None
