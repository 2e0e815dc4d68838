"""Sentences made into sound by the speech engine and played, never blocking the screen.

Each sentence is made into a WAV file (kept in the sound cache) by the engine in a
process of its own, then played by ``paplay`` in another. ``paplay`` speaks the
PulseAudio protocol, which both PulseAudio and PipeWire (Debian 12's desktop default,
through pipewire-pulse) serve; the same server says when headphones are plugged in
(``kiosk.ui.headphones``). ALSA directly would know nothing of headphones and would take
the sound card from anything else. The volume is the stream's own, never the system's.
Silence is immediate: the player is killed, and the server drops what it had buffered.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from kiosk.runtime import paths
from kiosk.speech.cache import SoundCache
from kiosk.speech.engine import Espeak, SpeechEngine
from kiosk.speech.reading import LOUDEST

log = logging.getLogger(__name__)

#: PulseAudio's 100 %, the loudest step: louder would distort the voice.
_FULL = 65536


class Voice(QObject):
    """Says one sentence at a time: ``say`` it, hear ``finished`` when it was heard whole.

    ``finished`` never follows a ``silence()``: only a sentence played to its end counts.
    ``failed`` says the sentence could not be made or played (no audio server, say).
    """

    started = Signal()
    finished = Signal()
    failed = Signal()

    def __init__(
        self, engine: SpeechEngine, cache: SoundCache, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._cache = cache
        self._rate = 150  # words a minute, until the clinic's settings say
        self._player_program = shutil.which("paplay")
        self._device: str | None = None
        self._turn = 0  # each say() is a new turn; work of an older turn is dropped
        self._making: dict[Path, QProcess] = {}
        self._player: QProcess | None = None
        self._told_failure = False
        self._closed = False  # for good: nothing more is made or played

    def set_rate(self, rate: int) -> None:
        self._rate = rate

    def set_device(self, device: str | None) -> None:
        """The output to play to (a headset's sink), or None for the server's default."""
        self._device = device

    def can_speak(self, language: str) -> bool:
        return self._player_program is not None and self._engine.voice_for(language) is not None

    def say(self, text: str, language: str, volume: int) -> None:
        """Stop whatever is playing and say ``text``: at once if made before, else once made."""
        self.silence()
        if self._closed:
            return
        turn = self._turn
        sound = self._sound_for(text, language)
        if sound is None:
            self.failed.emit()
        elif self._cache.has(sound):
            self._play(sound, volume)
        else:
            self._make(text, language, sound, lambda: self._play_if(turn, sound, volume))

    def prepare(self, texts: list[str], language: str) -> None:
        """Make the sound of ``texts`` ahead, so that saying them starts at once."""
        if self._closed:
            return
        for text in texts:
            sound = self._sound_for(text, language)
            if sound is not None and not self._cache.has(sound) and sound not in self._making:
                self._make(text, language, sound, lambda: None)

    def silence(self) -> None:
        self._turn += 1
        player, self._player = self._player, None
        if player is not None:
            player.finished.disconnect()
            player.kill()  # killed, not asked: a waiting patient hears nothing more
            player.finished.connect(player.deleteLater)

    def close(self) -> None:
        """Silence, and stop making sounds: nothing of this voice runs on."""
        self._closed = True
        player = self._player
        self.silence()
        if player is not None:
            player.waitForFinished(1000)  # killed: at once
        makers, self._making = list(self._making.values()), {}
        for maker in makers:
            maker.finished.disconnect()
            maker.kill()
            maker.waitForFinished(1000)

    def _sound_for(self, text: str, language: str) -> Path | None:
        voice = self._engine.voice_for(language)
        if voice is None:
            return None
        return self._cache.path_for(self._engine.name, voice, self._rate, text)

    def _make(self, text: str, language: str, sound: Path, then: Callable[[], None]) -> None:
        voice = self._engine.voice_for(language)
        assert voice is not None
        partial = sound.with_suffix(f".{os.getpid()}.part")
        maker = QProcess(self)
        self._making[sound] = maker

        def made() -> None:
            if self._closed:
                return
            self._making.pop(sound, None)
            maker.deleteLater()
            ok = maker.exitStatus() == QProcess.ExitStatus.NormalExit and maker.exitCode() == 0
            try:
                if ok:
                    partial.replace(sound)
            except OSError:
                ok = False
            if ok:
                then()
            else:
                partial.unlink(missing_ok=True)
                self._fail(f"the speech engine could not make a sentence: {maker.errorString()}")

        maker.finished.connect(made)
        maker.errorOccurred.connect(lambda error: _if_not_started(error, made))
        sound.parent.mkdir(parents=True, exist_ok=True)
        maker.start(*_split(self._engine.command(voice, self._rate, str(partial))))
        maker.write(text.encode("utf-8"))
        maker.closeWriteChannel()

    def _play_if(self, turn: int, sound: Path, volume: int) -> None:
        if turn == self._turn:
            self._play(sound, volume)

    def _play(self, sound: Path, volume: int) -> None:
        if self._player_program is None:
            self._fail("paplay is not installed (Debian: pulseaudio-utils)")
            return
        arguments = [f"--volume={_FULL * volume // LOUDEST}", str(sound)]
        if self._device:
            arguments.insert(0, f"--device={self._device}")
        player = self._player = QProcess(self)
        player.finished.connect(lambda code, status: self._played(player, code, status))
        crashed = QProcess.ExitStatus.CrashExit
        player.errorOccurred.connect(
            lambda error: _if_not_started(error, lambda: self._played(player, -1, crashed))
        )
        player.start(self._player_program, arguments)
        self.started.emit()

    def _played(self, player: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if self._closed:
            return
        player.deleteLater()
        if player is not self._player:
            return
        self._player = None
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            self.finished.emit()
        else:
            self._fail(f"no sound played (paplay exit {code}): is an audio server up?")

    def _fail(self, why: str) -> None:
        if not self._told_failure:  # once: a kiosk without sound must not fill its log
            log.warning("speech: %s", why)
            self._told_failure = True
        self.failed.emit()


def _if_not_started(error: QProcess.ProcessError, then: Callable[[], None]) -> None:
    """A process that never started sends no ``finished``: act on its error instead."""
    if error == QProcess.ProcessError.FailedToStart:
        then()


def _split(command: list[str]) -> tuple[str, list[str]]:
    return command[0], command[1:]


def voice_installed() -> bool:
    """``installed_voice`` will likely find one: espeak-ng is on the PATH (no process run)."""
    return Espeak.on_path() is not None


def installed_voice(parent: QObject | None = None) -> Voice | None:
    """espeak-ng's voice, its sounds kept in the kiosk's cache; None where it is not installed.

    Asking espeak-ng for its voices takes 15-55 ms: the window does it after its first frame.
    """
    engine = Espeak.found()
    if engine is None:
        log.info("speech: espeak-ng is not installed, so no page offers Listen")
        return None
    cache = SoundCache(paths.CACHE.path() / "speech")
    if not cache.ready():  # said in the log; the sounds are made again after a restart
        cache = SoundCache(Path(tempfile.gettempdir()) / f"kiosk-speech-{os.getuid()}")
    cache.trim()
    return Voice(engine, cache, parent)
