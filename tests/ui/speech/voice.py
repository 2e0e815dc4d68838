"""A voice that says nothing and remembers everything it was asked to say."""

from __future__ import annotations

from pathlib import Path

from kiosk.speech.cache import SoundCache
from kiosk.ui.voice import Voice


class _NoEngine:
    name = "none"

    def voice_for(self, language: str) -> str | None:
        return language if language in {"en", "es"} else None

    def command(self, voice: str, rate: int, wav: str) -> list[str]:
        raise AssertionError("a listening voice makes no sound")


class ListeningVoice(Voice):
    """``said`` holds each sentence as the kiosk asked for it, with its language and volume;
    ``speaking`` is the sentence on the way out, until silenced or ``finish``-ed."""

    def __init__(self, folder: Path) -> None:
        super().__init__(_NoEngine(), SoundCache(folder))
        self.said: list[tuple[str, str, int]] = []
        self.speaking: str | None = None
        self.silenced = 0

    def can_speak(self, language: str) -> bool:
        return language in {"en", "es"}

    def say(self, text: str, language: str, volume: int) -> None:
        self.said.append((text, language, volume))
        self.speaking = text
        self.started.emit()

    def prepare(self, texts: list[str], language: str) -> None:
        pass

    def silence(self) -> None:
        if self.speaking is not None:
            self.silenced += 1
        self.speaking = None

    def finish(self) -> None:
        """The sentence on the way out was heard to its end."""
        assert self.speaking is not None, "nothing is being said"
        self.speaking = None
        self.finished.emit()

    def sentences(self) -> list[str]:
        return [text for text, _, _ in self.said]
