"""The rules of reading aloud, as one frozen value and the steps that make the next one.

Pause stops at once and resume starts the interrupted sentence again, so the patient
hears it whole; repeat starts the page again; stop forgets where it was. The volume has
10 steps and goes back to the clinic's at every fresh start. Speech mode (longer idle
times, the idle warning and each control spoken) is on while headphones are in, or once a
patient has asked to listen through the speakers the clinic allows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum

from kiosk.speech.script import Script

QUIETEST, LOUDEST = 1, 10


class Playing(Enum):
    SILENT = "silent"
    SPEAKING = "speaking"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class Reading:
    """What is being said, where, how loud, and whether the kiosk is in speech mode."""

    script: Script = ()
    at: int = 0
    playing: Playing = Playing.SILENT
    volume: int = 5
    headphones: bool = False
    #: The patient asked to listen through the speakers (the clinic allows it).
    asked: bool = False

    @classmethod
    def fresh(cls, volume: int, *, headphones: bool = False) -> Reading:
        """For the next patient: silent, the clinic's volume; headphones still in stay in."""
        return cls(volume=_bounded(volume), headphones=headphones)

    @property
    def speech_mode(self) -> bool:
        return self.headphones or self.asked

    @property
    def sentence(self) -> str | None:
        """The sentence to say now, if speaking."""
        if self.playing is Playing.SPEAKING and self.at < len(self.script):
            return self.script[self.at]
        return None

    def reading(self, script: Script) -> Reading:
        """Read ``script`` from its start (a Listen, a page opened in speech mode, a repeat)."""
        playing = Playing.SPEAKING if script else Playing.SILENT
        return dataclasses.replace(self, script=script, at=0, playing=playing)

    def listened(self, script: Script) -> Reading:
        """A patient touched Listen: read, and stay in speech mode."""
        return dataclasses.replace(self.reading(script), asked=True)

    def paused(self) -> Reading:
        if self.playing is not Playing.SPEAKING:
            return self
        return dataclasses.replace(self, playing=Playing.PAUSED)

    def resumed(self) -> Reading:
        if self.playing is not Playing.PAUSED:
            return self
        return dataclasses.replace(self, playing=Playing.SPEAKING)

    def stopped(self) -> Reading:
        return dataclasses.replace(self, script=(), at=0, playing=Playing.SILENT)

    def said(self) -> Reading:
        """The sentence on the way out was heard to its end: on to the next, or silence."""
        if self.playing is not Playing.SPEAKING:
            return self
        if self.at + 1 < len(self.script):
            return dataclasses.replace(self, at=self.at + 1)
        return self.stopped()

    def louder(self) -> Reading:
        return dataclasses.replace(self, volume=_bounded(self.volume + 1))

    def quieter(self) -> Reading:
        return dataclasses.replace(self, volume=_bounded(self.volume - 1))

    def with_headphones(self, present: bool) -> Reading:
        """Headphones in: speech mode. Out: silence at once (the speakers must not take
        over what a patient was hearing privately), and speech mode ends."""
        if present == self.headphones:
            return self
        if present:
            return dataclasses.replace(self, headphones=True)
        return dataclasses.replace(self.stopped(), headphones=False, asked=False)


def _bounded(volume: int) -> int:
    return max(QUIETEST, min(LOUDEST, volume))
