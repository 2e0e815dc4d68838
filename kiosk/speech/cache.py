"""Where spoken sentences are kept: one WAV file per sentence, named by what made it.

On disk, not in memory: a page is minutes of sound (44 kB a second), and the kiosk must
stay within its memory budget for months. The same sentence on two pages, or said again
after a restart, is made once. A sentence is written beside its final name and renamed, so
a half-made file is never played.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: The folder is trimmed, oldest sound first, when it grows past this.
MOST_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SoundCache:
    folder: Path

    def path_for(self, engine: str, voice: str, rate: int, text: str) -> Path:
        """Where the sound of ``text`` in ``voice`` is, or will be once made."""
        key = "\x00".join((engine, voice, str(rate), text)).encode("utf-8")
        return self.folder / f"{hashlib.sha256(key).hexdigest()[:32]}.wav"

    def has(self, path: Path) -> bool:
        try:
            return path.stat().st_size > 44  # more than a WAV header: sound was written
        except OSError:
            return False

    def ready(self) -> bool:
        """The folder exists and can be written (else speech is made in the system's temp)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / ".written"
            probe.write_bytes(b"")
        except OSError as error:
            log.warning("speech cannot be kept in %s: %s", self.folder, error)
            return False
        return True

    def trim(self, most: int = MOST_BYTES) -> int:
        """Remove the oldest sounds until the folder holds at most ``most`` bytes; how many."""
        try:
            sounds = [(path.stat(), path) for path in self.folder.glob("*.wav")]
        except OSError:
            return 0
        sounds.sort(key=lambda pair: pair[0].st_mtime, reverse=True)
        total, removed = 0, 0
        for stat, path in sounds:
            total += stat.st_size
            if total > most:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
