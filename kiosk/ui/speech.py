"""Reading aloud as QML sees it: Listen, pause, resume, repeat, stop, louder, quieter.

The rules are in ``kiosk.speech.reading``; this view model keeps the ``Reading``, gives the
voice the sentence to say, and tells QML what changed. It is the window's event filter too:
a touch anywhere but on the speech controls, or a key, stops the voice at once, as a page
change does (EN 301 549 5.1.3: speech stops on any user action).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, QEvent, QObject, QPointF, Signal, Slot
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.speech.reading import Playing, Reading
from kiosk.speech.script import Script
from kiosk.ui.voice import Voice

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

_PRESSES = frozenset({QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress})
# Keys stop the voice too; + and - (the volume) reach the keypad's own handling first.
_KEYS = frozenset({QEvent.Type.KeyPress})


@dataclass(frozen=True, slots=True)
class SpeechSettings:
    """The clinic's: the volume to start from, and whether the speakers may speak."""

    volume: int = 5
    through_speakers: bool = False
    #: Words a minute.
    rate: int = 150


@QmlElement
@QmlUncreatable("the kiosk makes one speech, for its window")
class Speech(QObject):  # type: ignore[operator]  # see kiosk/ui/session.py
    """Reads the page on screen aloud through ``voice`` (None: no engine, no Listen).

    ``script`` and ``language`` give the sentences and the language of the page on screen
    (the session's).
    """

    changed = Signal()

    def __init__(
        self,
        voice: Voice | None,
        script: Callable[[], Script],
        language: Callable[[], str],
        settings: SpeechSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._voice: Voice | None = None
        self._script, self._language = script, language
        self._settings = settings
        self._reading = Reading.fresh(settings.volume)
        self._needs_headphones = False
        self._voice_expected = False
        self.set_voice(voice)

    def set_voice(self, voice: Voice | None) -> None:
        """The voice, once known (the window asks for it after its first frame); None ends
        the old one's sound and lets it go."""
        if self._voice is not None:
            self._voice.finished.disconnect(self._said)
            self._voice.failed.disconnect(self.stop)
            self._voice.close()
        self._voice = voice
        self._voice_expected = False  # found or not: ``available`` says which from now on
        if voice is not None:
            voice.setParent(self)  # it lives, and goes, with the window's speech
            voice.set_rate(self._settings.rate)
            voice.finished.connect(self._said)
            voice.failed.connect(self.stop)
        self.changed.emit()

    # -- what QML reads ----------------------------------------------------------------
    @Property(bool, notify=changed)
    def speechMode(self) -> bool:
        return self._reading.speech_mode

    @Property(bool, notify=changed)
    def speaking(self) -> bool:
        return self._reading.playing is Playing.SPEAKING

    @Property(bool, notify=changed)
    def paused(self) -> bool:
        return self._reading.playing is Playing.PAUSED

    @Property(int, notify=changed)
    def volume(self) -> int:
        return self._reading.volume

    @Property(bool, notify=changed)
    def available(self) -> bool:
        """A voice speaks the page's language here (Listen is offered). While the voice is
        still being looked for (just after the start), whether one is expected: the bar must
        not change under a patient's eyes half a second after the first frame."""
        if self._voice is None:
            return self._voice_expected
        return self._voice.can_speak(self._language())

    def expect_voice(self) -> None:
        """A voice is being looked for and its programs are installed: offer Listen now."""
        self._voice_expected = True
        self.changed.emit()

    @Property(bool, notify=changed)
    def headphonesNeeded(self) -> bool:
        """Listen was touched where only headphones may speak, and none are in: say so,
        until the next touch."""
        return self._needs_headphones

    # -- what the patient does ---------------------------------------------------------
    @Slot()
    def listen(self) -> None:
        """Read the page on screen from its start."""
        if not self._output_allowed():
            self._ask_for_headphones(True)
            return
        self._move_to(self._reading.listened(self._script()))

    @Slot()
    def pause(self) -> None:
        self._move_to(self._reading.paused())

    @Slot()
    def resume(self) -> None:
        self._move_to(self._reading.resumed())

    @Slot()
    def repeat(self) -> None:
        self._move_to(self._reading.reading(self._script()))

    @Slot()
    def stop(self) -> None:
        self._move_to(self._reading.stopped())

    @Slot()
    def louder(self) -> None:
        self._move_to(self._reading.louder(), again=True)

    @Slot()
    def quieter(self) -> None:
        self._move_to(self._reading.quieter(), again=True)

    @Slot(str)
    def announce(self, text: str) -> None:
        """Say ``text`` now, in speech mode only (focus, help, the idle warning)."""
        if self._reading.speech_mode and self._output_allowed() and text:
            self._move_to(self._reading.reading((text,)))

    # -- what the rest of the kiosk tells it -------------------------------------------
    def page_changed(self) -> None:
        """A new page (or language): the old one's reading stops. With headphones in, the
        new page is read: a patient who cannot see it must hear where they are. Through
        the speakers, the next page waits for its own Listen (the room hears it too)."""
        self._ask_for_headphones(False)
        if self._reading.headphones:
            self._move_to(self._reading.reading(self._script()))
        else:
            self.stop()
        self.changed.emit()  # the language may have changed what is available

    def set_headphones(self, present: bool, device: str | None = None) -> None:
        """Headphones in: the page on screen is read, so a patient who cannot see it hears
        where they are. Out: silence (``Reading.with_headphones``)."""
        if self._voice is not None:
            self._voice.set_device(device if present else None)
        arrived = present and not self._reading.headphones
        reading = self._reading.with_headphones(present)
        if arrived:
            self._ask_for_headphones(False)
            reading = reading.reading(self._script())
        self._move_to(reading)

    def set_settings(self, settings: SpeechSettings) -> None:
        self._settings = settings
        if self._voice is not None:
            self._voice.set_rate(settings.rate)
        if not self._output_allowed():
            self.stop()

    def reset(self) -> None:
        """For the next patient: silence, the clinic's volume, speech mode only with
        headphones still in."""
        self._ask_for_headphones(False)
        self._move_to(Reading.fresh(self._settings.volume, headphones=self._reading.headphones))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESSES or kind in _KEYS:
            self._ask_for_headphones(False)
        if self._reading.playing is not Playing.SILENT and (
            kind in _KEYS or (kind in _PRESSES and not _on_speech_controls(watched, event))
        ):
            self.stop()
        return False

    def _ask_for_headphones(self, ask: bool) -> None:
        if ask != self._needs_headphones:
            self._needs_headphones = ask
            self.changed.emit()

    # -- the one way the reading changes ------------------------------------------------
    def _output_allowed(self) -> bool:
        return self._reading.headphones or self._settings.through_speakers

    def _move_to(self, reading: Reading, *, again: bool = False) -> None:
        before, self._reading = self._reading, reading
        if self._voice is not None:
            sentence = reading.sentence
            language = self._language()
            if sentence is None:
                if before.sentence is not None:
                    self._voice.silence()
            elif again or (reading.script, reading.at, reading.playing) != (
                before.script,
                before.at,
                before.playing,
            ):
                self._voice.say(sentence, language, reading.volume)
                self._voice.prepare(list(reading.script[reading.at + 1 : reading.at + 3]), language)
        if reading != before:
            self.changed.emit()

    def _said(self) -> None:
        self._move_to(self._reading.said())


def _on_speech_controls(watched: QObject, event: QEvent) -> bool:
    """The press lands on the speech controls (they pause, repeat...: not a stop)."""
    if not isinstance(watched, QQuickWindow):
        return False
    if isinstance(event, QTouchEvent) and event.points():
        point = event.points()[0].scenePosition()
    elif isinstance(event, QMouseEvent):
        point = event.scenePosition()
    else:
        return False
    item: QQuickItem | None = _deepest(watched.contentItem(), point)
    while item is not None:
        if item.property("speechControl"):
            return True
        item = item.parentItem()
    return False


def _deepest(item: QQuickItem, point: QPointF) -> QQuickItem:
    while True:
        child = item.childAt(*item.mapFromScene(point).toTuple())
        if child is None:
            return item
        item = child
