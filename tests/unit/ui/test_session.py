"""The session view model, without a window: each thing a patient does tells QML only what
changed (a QML binding re-evaluates, and a page may be rebuilt, on every signal)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtQml import QQmlComponent, QQmlEngine
from pytestqt.qtbot import QtBot

import kiosk.ui.idle
import kiosk.ui.live_content
import kiosk.ui.session
import kiosk.ui.staff  # noqa: F401  (each registers its type with Kiosk.Models)
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.ui.session import KioskSession

REPO = Path(__file__).resolve().parents[3]
SIGNALS = (
    "pageChanged",
    "languageChanged",
    "largeTextChanged",
    "highContrastChanged",
    "contentChanged",
    "wordsChanged",
    "homeChanged",
    "topicChanged",
    "atStartChanged",
    "navigated",
)


@pytest.fixture(scope="module")
def content() -> Content:
    loaded = load_content(REPO / "content.yaml").content
    assert loaded is not None
    return loaded


@pytest.fixture
def session(qtbot: QtBot, content: Content) -> Iterator[KioskSession]:
    made = KioskSession(content, REPO)
    yield made
    made.deleteLater()


class Heard:
    """Every signal of a session, with its arguments, in order."""

    def __init__(self, session: KioskSession) -> None:
        self.signals: list[tuple[str, tuple[object, ...]]] = []
        for name in SIGNALS:
            signal: SignalInstance = getattr(session, name)
            signal.connect(lambda *args, name=name: self.signals.append((name, args)))

    def names(self) -> set[str]:
        return {name for name, _ in self.signals}


def test_the_same_language_again_says_nothing(session: KioskSession) -> None:
    heard = Heard(session)
    session.setLanguage("en")
    session.setLanguage("fr")  # not offered
    assert heard.signals == []


def test_a_language_changes_home_and_words_not_the_page_or_the_content(
    session: KioskSession,
) -> None:
    heard = Heard(session)
    session.setLanguage("es")
    assert heard.names() == {
        "languageChanged",
        "homeChanged",
        "wordsChanged",
        "atStartChanged",
    }
    assert session.words["home"] == "Inicio"
    assert session.home["clinic"]["welcome"].startswith("Toque")


def test_opening_a_topic_builds_its_page_and_slides_it_in_home_untouched(
    session: KioskSession,
) -> None:
    heard = Heard(session)
    session.openTopic("crows-feet")
    assert heard.names() == {"pageChanged", "topicChanged", "atStartChanged", "navigated"}
    assert heard.signals[-1] == ("navigated", (1,))
    assert session.topic["title"] == "Crow's feet"
    assert not session.onHome
    assert session.canGoBack


def test_home_from_a_topic_keeps_its_page_for_the_slide_away(session: KioskSession) -> None:
    session.openTopic("crows-feet")
    heard = Heard(session)
    session.goHome()
    assert heard.names() == {"pageChanged", "atStartChanged", "navigated"}
    assert heard.signals[-1] == ("navigated", (-1,))
    assert session.topic["title"] == "Crow's feet"
    assert session.onHome
    assert session.atStart


def test_high_contrast_says_only_that_it_changed(session: KioskSession) -> None:
    heard = Heard(session)
    session.toggleHighContrast()
    assert heard.signals == [("highContrastChanged", ()), ("atStartChanged", ())]
    assert session.highContrast


def test_a_reset_at_the_start_only_puts_home_back_at_the_top(session: KioskSession) -> None:
    heard = Heard(session)
    session.reset()
    assert heard.signals == [("navigated", (0,))]


def test_a_reset_forgets_the_language_text_size_contrast_and_pages(session: KioskSession) -> None:
    session.openTopic("crows-feet")
    session.setLanguage("es")
    session.toggleLargeText()
    session.toggleHighContrast()
    heard = Heard(session)
    session.reset()
    assert {
        "languageChanged",
        "largeTextChanged",
        "highContrastChanged",
        "pageChanged",
        "atStartChanged",
    } <= heard.names()
    assert heard.signals[-1] == ("navigated", (0,))
    assert (session.language, session.largeText, session.page) == ("en", False, "home")
    assert not session.highContrast
    assert session.atStart


def test_the_same_content_again_redraws_nothing_of_the_page(
    session: KioskSession, content: Content
) -> None:
    session.openTopic("crows-feet")
    heard = Heard(session)
    session.replace_content(content.model_copy())
    assert heard.names() == {"contentChanged", "wordsChanged"}


@pytest.mark.qt_log_ignore("Component is not ready")
@pytest.mark.parametrize(
    ("model", "why"),
    [
        ("KioskSession", "the kiosk makes one session, for its window"),
        ("StaffDoor", "the kiosk makes one staff door, for its window"),
        ("LiveContent", "the kiosk follows one content file, for its window"),
        ("IdleMonitor", "the kiosk makes one idle monitor, for its window"),
    ],
)
def test_qml_cannot_make_a_view_model_of_its_own(qtbot: QtBot, model: str, why: str) -> None:
    """QML reads the view models the window is given; one made in QML would be another's."""
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(f"import QtQuick\nimport Kiosk.Models\n{model} {{}}\n".encode(), "")
    made: QObject | None = component.create()
    assert made is None
    assert why in component.errorString()
