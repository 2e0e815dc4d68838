"""A patient who cannot see the screen: headphones in and a keypad, no touch at all.

Every page of the bundled content is reached with Tab and Enter, heard from its title to
the number to call, in the page's language, and left with Backspace; in both languages.
The expectations come from the content file (titles, headings, the clinic's number), not
from the kiosk's own script. The voice only listens (``ListeningVoice``): real sound in
a headset is ``tests/system/test_speech_sound.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.ui.window import KioskWindow
from tests.ui.conftest import OpenKiosk
from tests.ui.speech.voice import ListeningVoice

Key = Qt.Key
#: More presses than there are controls on home: a control not reached by then cannot be.
ROUND = 40


@pytest.fixture
def voice(tmp_path: Path) -> ListeningVoice:
    return ListeningVoice(tmp_path / "sounds")


def press(kiosk: KioskWindow, key: Key) -> None:
    QTest.keyClick(kiosk.window, key)


def reach(kiosk: KioskWindow, name: str) -> None:
    """Tab until ``name`` has the focus, as the patient would."""
    for _ in range(ROUND):
        item = kiosk.window.activeFocusItem()
        if item is not None and item.objectName() == name:
            return
        press(kiosk, Key.Key_Tab)
    raise AssertionError(f"{name} is not reached with Tab")


def hear_to_the_end(voice: ListeningVoice) -> list[str]:
    """Each sentence as it is said, until the voice has nothing more to say."""
    heard = []
    while voice.speaking is not None:
        heard.append(voice.speaking)
        voice.finish()
        assert len(heard) < 200, "the page never ends"
    return heard


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_is_reached_and_heard_with_a_keypad_and_headphones(
    open_kiosk: OpenKiosk, content_dir: Path, voice: ListeningVoice, qtbot: QtBot, language: str
) -> None:
    content = load_content(content_dir / "content.yaml").content
    assert content is not None
    default = content.clinic.default_language
    kiosk, _finger = open_kiosk(voice=voice, full_screen=True)
    kiosk.speech.set_headphones(True, "usb_headset")  # as the headphone watch says
    assert kiosk.speech.speechMode
    if language != kiosk.session.language:
        reach(kiosk, f"language-{language}")
        press(kiosk, Key.Key_Return)
        assert kiosk.session.language == language
    number = " ".join(
        digit for digit in content.clinic.phone.get(language, default) if digit.isdigit()
    )
    for topic_id, topic in content.topics.items():
        reach(kiosk, f"tile-{topic_id}")
        title = topic.title.get(language, default)
        assert title in (voice.speaking or ""), "said as focus lands on it"
        before = len(voice.said)
        press(kiosk, Key.Key_Return)
        qtbot.waitUntil(lambda topic_id=topic_id: kiosk.session.page == f"topic/{topic_id}")
        heard = hear_to_the_end(voice)
        assert heard[0] == f"{title}.", topic_id
        for section in topic.sections:
            heading = section.heading.get(language, default)
            assert any(heading in sentence for sentence in heard), (topic_id, heading)
        assert number in heard[-1], f"{topic_id}: the page ends with the number to call"
        assert {said[1] for said in voice.said[before:]} == {language}
        press(kiosk, Key.Key_Backspace)
        qtbot.waitUntil(lambda: kiosk.session.page == "home")
