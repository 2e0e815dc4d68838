"""Listen, pause, play, start again, stop and the volume, as a patient touches them.

The voice here only listens (``ListeningVoice``): these tests are about what is said when,
and what stops it. ``tests/system/test_speech_sound.py`` plays real sound.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui.window import KioskWindow
from tests.ui.clock import HandClock
from tests.ui.conftest import OpenKiosk
from tests.ui.finger import Finger
from tests.ui.speech.voice import ListeningVoice


def speakers_allowed(text: str) -> str:
    return text.replace("settings:\n", "settings:\n  speech_through_speakers: true\n")


def short_idle(text: str) -> str:
    return speakers_allowed(text).replace("idle_timeout_seconds: 90", "idle_timeout_seconds: 10")


@pytest.fixture
def voice(tmp_path: Path) -> ListeningVoice:
    return ListeningVoice(tmp_path / "sounds")


def open_topic(kiosk: KioskWindow, finger: Finger, qtbot: QtBot, topic: str) -> None:
    finger.tap(finger.find(f"tile-{topic}"))
    qtbot.waitUntil(lambda: kiosk.session.page == f"topic/{topic}")


@pytest.fixture
def reading(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> tuple[KioskWindow, Finger]:
    """A kiosk whose speakers may speak, on Crow's feet, Listen just tapped."""
    kiosk, finger = open_kiosk(speakers_allowed, voice=voice)
    open_topic(kiosk, finger, qtbot, "crows-feet")
    finger.tap(finger.find("listenButton"))
    return kiosk, finger


def test_listen_reads_the_page_in_order_sentence_after_sentence(
    reading: tuple[KioskWindow, Finger], voice: ListeningVoice
) -> None:
    kiosk, finger = reading
    assert voice.sentences() == ["Crow's feet."]
    assert finger.find("speechBar").isVisible()
    for _ in range(3):
        voice.finish()
    assert voice.sentences() == [
        "Crow's feet.",
        "Approved use.",
        "What they are.",
        "Crow's feet are small lines at the outer corners of the eyes. "
        "They show most when you smile or squint.",
    ]
    assert kiosk.speech.speaking


def test_the_page_is_read_in_its_language(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    kiosk, finger = open_kiosk(speakers_allowed, voice=voice)
    finger.tap(finger.find("language-es"))
    open_topic(kiosk, finger, qtbot, "crows-feet")
    finger.tap(finger.find("listenButton"))
    assert voice.said[-1][:2] == ("Patas de gallo.", "es")


def test_a_touch_anywhere_else_stops_the_voice_at_once(
    reading: tuple[KioskWindow, Finger], voice: ListeningVoice
) -> None:
    kiosk, finger = reading
    finger.tap(QPoint(540, 700))  # the page's text
    assert voice.speaking is None
    assert not kiosk.speech.speaking
    assert not finger.has("speechBar")


def test_a_key_stops_the_voice(open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot) -> None:
    kiosk, finger = open_kiosk(speakers_allowed, voice=voice)
    finger.tap(finger.find("listenButton"))
    assert voice.speaking == "Maple Street Clinic."
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)  # no key of the keypad's, and yet
    assert voice.speaking is None
    assert not kiosk.speech.speaking


def test_a_page_change_stops_the_voice(
    reading: tuple[KioskWindow, Finger], voice: ListeningVoice, qtbot: QtBot
) -> None:
    kiosk, _ = reading
    kiosk.session.goBack()  # as the Back button does, without the touch that also stops it
    qtbot.waitUntil(lambda: kiosk.session.page == "home")
    assert voice.speaking is None
    assert not kiosk.speech.speaking


def test_pause_stops_and_play_says_the_sentence_again_whole(
    reading: tuple[KioskWindow, Finger], voice: ListeningVoice
) -> None:
    kiosk, finger = reading
    voice.finish()
    finger.tap(finger.find("pauseButton"))
    assert voice.speaking is None
    assert kiosk.speech.paused
    assert finger.text_of("pauseButton").endswith("Play")
    finger.tap(finger.find("pauseButton"))
    assert voice.speaking == "Approved use."
    finger.tap(finger.find("repeatButton"))
    assert voice.speaking == "Crow's feet."
    finger.tap(finger.find("stopListeningButton"))
    assert voice.speaking is None
    assert not finger.has("speechBar")


def test_the_volume_has_ten_steps_and_changes_the_sentence_now(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    kiosk, finger = open_kiosk(speakers_allowed, voice=voice)
    finger.tap(finger.find("listenButton"))
    louder = finger.find("louderButton")
    for _ in range(8):
        finger.tap(louder)
    assert kiosk.speech.volume == 10
    assert not louder.isEnabled()
    assert voice.said[-1] == ("Maple Street Clinic.", "en", 10), "said again, louder"
    for _ in range(12):
        kiosk.speech.quieter()
    assert kiosk.speech.volume == 1


def test_without_headphones_only_the_clinic_s_choice_lets_the_speakers_speak(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    kiosk, finger = open_kiosk(voice=voice)  # the bundled settings: headphones only
    finger.tap(finger.find("listenButton"))
    assert voice.said == []
    assert finger.text_of("headphonesNeeded").startswith("To listen, plug headphones")
    finger.tap(QPoint(540, 700))
    assert not finger.has("headphonesNeeded")
    kiosk.speech.set_headphones(True)
    assert voice.sentences() == ["Maple Street Clinic."], "plugged in: the page is read"
    voice.finish()
    finger.tap(finger.find("listenButton"))
    assert voice.speaking == "Maple Street Clinic.", "Listen starts the page again"
    kiosk.speech.set_headphones(False)
    assert voice.speaking is None, "unplugged: the speakers never take over"


def test_in_speech_mode_a_page_opened_is_read_and_the_idle_times_are_three_times_longer(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    clock = HandClock()
    kiosk, _finger = open_kiosk(short_idle, voice=voice, idle_clock=clock)
    kiosk.speech.set_headphones(True)
    kiosk.session.openTopic("frown-lines")  # as a tile does (the speech bar may cover it)
    assert voice.speaking == "Frown lines."
    clock.advance(15)  # past the 10 s of the content's setting, short of 30
    clock.wait_for_looks(qtbot)
    assert not kiosk.idle.prompting
    clock.advance(16)
    qtbot.waitUntil(lambda: kiosk.idle.prompting)
    assert voice.speaking is not None
    assert voice.speaking.startswith("Still reading? This screen will go back to the start in")
    assert voice.speaking.endswith("Touch the screen or press a key to keep reading.")


def test_the_idle_reset_ends_speech_and_the_volume_for_the_next_patient(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    clock = HandClock()
    kiosk, finger = open_kiosk(short_idle, voice=voice, idle_clock=clock)
    open_topic(kiosk, finger, qtbot, "frown-lines")
    finger.tap(finger.find("listenButton"))
    finger.tap(finger.find("louderButton"))
    assert kiosk.speech.speechMode
    assert kiosk.speech.volume == 6
    clock.advance(30 + 60 + 1)  # speech mode's longer idle time and warning
    qtbot.waitUntil(lambda: kiosk.session.page == "home")
    assert voice.speaking is None
    assert not kiosk.speech.speechMode, "no headphones: speech mode ends with the patient"
    assert kiosk.speech.volume == 5
    assert not finger.has("speechBar")


def test_headphones_still_in_keep_speech_mode_after_the_reset(
    open_kiosk: OpenKiosk, voice: ListeningVoice, qtbot: QtBot
) -> None:
    clock = HandClock()
    kiosk, _finger = open_kiosk(short_idle, voice=voice, idle_clock=clock)
    kiosk.speech.set_headphones(True)
    kiosk.session.openTopic("frown-lines")
    clock.advance(30 + 60 + 1)
    qtbot.waitUntil(lambda: kiosk.session.page == "home")
    assert kiosk.speech.speechMode
