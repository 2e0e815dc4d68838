"""The Speech view model without a window: is Listen offered while the voice is looked for?"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.ui.speech import Speech, SpeechSettings
from tests.ui.speech.voice import ListeningVoice


def speech(voice: ListeningVoice | None = None) -> Speech:
    return Speech(voice, lambda: ("Crow's feet.",), lambda: "en", SpeechSettings())


def test_listen_is_offered_while_a_voice_is_looked_for_and_kept_once_found(
    qtbot: QtBot, tmp_path: Path
) -> None:
    model = speech()
    assert not model.available
    with qtbot.waitSignal(model.changed):
        model.expect_voice()
    assert model.available  # from the first frame: the bar does not change a moment later
    with qtbot.waitSignal(model.changed):
        model.set_voice(ListeningVoice(tmp_path))
    assert model.available


def test_a_voice_looked_for_and_not_found_takes_listen_away(qtbot: QtBot) -> None:
    """No dead end: a Listen that nothing would answer is not left on screen."""
    model = speech()
    model.expect_voice()
    with qtbot.waitSignal(model.changed):
        model.set_voice(None)
    assert not model.available
