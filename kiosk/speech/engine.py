"""The voice: a small interface, and espeak-ng behind it.

espeak-ng is a Debian package that speaks about a hundred languages offline and makes a
sentence in 20-50 ms here. Qt's own QtTextToSpeech is only in PySide6's 439 MB Addons
wheel, has no offline engine of its own on Linux and no binding to make a file. A better
voice (a neural one, say) is one more class with these three members.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Protocol

#: The regional voice a clinic's patients most likely speak, where espeak-ng has several:
#: the bundled clinic is in the United States, where most Spanish speakers come from Latin
#: America. Any other language gets the voice espeak-ng names after it.
PREFERRED = {"en": "en-us", "es": "es-419"}


class SpeechEngine(Protocol):
    """Makes speech: which voice for a language, and the command that writes a WAV file."""

    @property
    def name(self) -> str:
        """The engine and its version: part of each cached sound's key."""
        ...

    def voice_for(self, language: str) -> str | None:
        """The voice for a content language code (``en``, ``es``, ``pt-BR``), or None."""
        ...

    def command(self, voice: str, rate: int, wav: str) -> list[str]:
        """The command that reads text on its standard input and writes ``wav``."""
        ...


@dataclass(frozen=True, slots=True)
class Espeak:
    """espeak-ng, found on the PATH; ``voices`` are its language codes (``en-us``, ``es``)."""

    program: str
    name: str
    voices: frozenset[str]

    @staticmethod
    def on_path() -> str | None:
        """Where espeak-ng is, from the PATH alone: no process is run."""
        return shutil.which("espeak-ng")

    @classmethod
    def found(cls) -> Espeak | None:
        """espeak-ng as installed, or None where it is not (the kiosk then offers no Listen)."""
        program = cls.on_path()
        if program is None:
            return None
        try:
            version = _run([program, "--version"]).split("  ")[0].strip()
            listing = _run([program, "--voices"])
        except (OSError, subprocess.SubprocessError):
            return None
        return cls(program, version, voices_listed(listing))

    def voice_for(self, language: str) -> str | None:
        code = language.lower()
        for voice in (PREFERRED.get(code), code, code.split("-")[0]):
            if voice in self.voices:
                return voice
        return None

    def command(self, voice: str, rate: int, wav: str) -> list[str]:
        return [self.program, "-v", voice, "-s", str(rate), "--stdin", "-w", wav]


def voices_listed(listing: str) -> frozenset[str]:
    """The language codes in ``espeak-ng --voices`` (its second column), MBROLA voices aside
    (they need a package of their own and say nothing without it)."""
    codes = set()
    for line in listing.splitlines()[1:]:
        columns = line.split()
        if len(columns) >= 5 and not columns[4].startswith("mb/"):
            codes.add(columns[1].lower())
    return frozenset(codes)


def _run(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, timeout=5, check=True).stdout
