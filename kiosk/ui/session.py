"""The patient's session as QML sees it: the page, the language and the text size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.pages.wording import countdown, in_every_language, words
from kiosk.runtime.start_view import StartView
from kiosk.session.navigation import HOME, History, topic_of, topic_page

if TYPE_CHECKING:  # the models load with the content, after a start view's first frame
    from kiosk.content.model import Content
    from kiosk.pages.views import Reader

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

#: Home with nothing on it, while no good content was ever loaded (the holding screen shows).
_NO_HOME: dict[str, Any] = {
    "clinic": {"name": "", "welcome": "", "feedback": "", "logo": {"source": "", "alt": ""}},
    "languages": [],
    "categories": [],
}
_FALLBACK_LANGUAGE = "en"
# Qt's names for what QML reads: PySide6 takes them as text, its type stubs ask for a type.
_MAP = cast(type, "QVariantMap")
_STRINGS = cast(type, "QStringList")


@QmlElement
class KioskSession(QObject):
    """One patient's visit: which page, which language, what text size.

    ``reset()`` forgets all of it for the next patient. ``content`` is ``None``
    only while no good content was ever loaded; ``replace_content`` brings new
    content without losing the patient's place. Until then, a ``start`` view, if
    given, is the home on screen: the first frame of a start, drawn before the
    content is loaded (``kiosk.runtime.start_view``).
    """

    pageChanged = Signal()
    languageChanged = Signal()
    largeTextChanged = Signal()
    contentChanged = Signal()
    #: Home's data changes only with the language or the content, never on a tap:
    #: home stays built under an open topic, and rebuilding it would cost each tap a frame.
    homeChanged = Signal()
    topicChanged = Signal()
    atStartChanged = Signal()
    #: Tells the view to animate: +1 a page was opened, -1 closed, 0 all cleared.
    navigated = Signal(int)

    def __init__(
        self,
        content: Content | None,
        folder: Path,
        parent: QObject | None = None,
        *,
        start: StartView | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._start = start if content is None else None
        self._folder = folder
        self._history = History()
        self._language = self._default_language()
        self._large_text = False
        self._large_text_scale = 1.0  # until KioskWindow applies the settings
        self._home: dict[str, Any] = {}
        self._topic: dict[str, Any] = {}
        self._refresh()

    # -- what QML reads ------------------------------------------------------------
    @Property(str, notify=pageChanged)
    def page(self) -> str:
        return self._history.current

    @Property(bool, notify=pageChanged)
    def canGoBack(self) -> bool:
        return self._history.can_go_back

    @Property(bool, notify=atStartChanged)
    def atStart(self) -> bool:
        """Nothing to forget: home, the default language, normal text."""
        return (
            self._history == History()
            and self._language == self._default_language()
            and not self._large_text
        )

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @Property(bool, notify=largeTextChanged)
    def largeText(self) -> bool:
        return self._large_text

    @Property(float, notify=largeTextChanged)
    def largeTextScale(self) -> float:
        """How much larger large text is: the setting of what is on screen (see ``KioskWindow``)."""
        return self._large_text_scale

    def set_large_text_scale(self, scale: float) -> None:
        if scale != self._large_text_scale:
            self._large_text_scale = scale
            self.largeTextChanged.emit()

    @Property(bool, notify=contentChanged)
    def hasHome(self) -> bool:
        """Home has something to show: good content, or the start view until it loads."""
        return self._content is not None or self._start is not None

    @Property(_MAP, notify=homeChanged)
    def home(self) -> dict[str, Any]:
        return self._home

    @Property(_MAP, notify=topicChanged)
    def topic(self) -> dict[str, Any]:
        """The page of the topic on screen, or of the last one opened."""
        return self._topic

    @Property(_MAP, notify=contentChanged)
    def words(self) -> dict[str, str]:
        """The kiosk's own words in the language on screen (the clinic's, else built in)."""
        return self._words()

    @Property(_STRINGS, notify=contentChanged)
    def countdown(self) -> list[str]:
        """The idle prompt's words for each number of seconds left, in their plural forms."""
        most = self._content.settings.idle_warning_seconds if self._content else 0
        return countdown(self._words(), self._language, most)

    def _words(self) -> dict[str, str]:
        return words(self._language, self._content.words if self._content else None)

    @Property(_STRINGS, notify=contentChanged)
    def holdingWords(self) -> list[str]:
        """What the holding screen says, in every language the kiosk has words for."""
        return in_every_language("updating")

    # -- what the patient does ---------------------------------------------------------
    @Slot(str)
    def openTopic(self, topic_id: str) -> None:
        if self._content is not None and topic_id in self._content.topics:
            self._go(self._history.open(topic_page(topic_id)))

    @Slot()
    def goBack(self) -> None:
        self._go(self._history.back())

    @Slot()
    def goHome(self) -> None:
        self._go(self._history.open(HOME))

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if self._content is None:
            return
        if code in self._content.clinic.languages and code != self._language:
            self._language = code
            self._refresh()
            self.languageChanged.emit()
            self.atStartChanged.emit()

    @Slot()
    def toggleLargeText(self) -> None:
        self._large_text = not self._large_text
        self.largeTextChanged.emit()
        self.atStartChanged.emit()

    @Slot()
    def reset(self) -> None:
        """Back to the start for the next patient: home, default language, normal text."""
        self._large_text = False
        self._language = self._default_language()
        self._history = History()
        self._refresh()
        self.languageChanged.emit()
        self.largeTextChanged.emit()
        self.pageChanged.emit()
        self.atStartChanged.emit()
        self.navigated.emit(0)

    # -- what the staff do -------------------------------------------------------------
    def replace_content(self, content: Content) -> None:
        """Show new content: the patient stays on their page if it is still there, else home.

        A language the new content no longer offers falls back to its default.
        Earlier pages that are gone are dropped from the way back. The first
        good content after the holding screen is a fresh start: nobody chose
        the fallback language, so the clinic's default replaces it, and the
        screen is untouched (no "Still reading?" on it). Content that draws
        exactly the start view on screen takes over without redrawing home.
        """
        if self._content is None:
            from kiosk.pages.views import home_view

            shown, self._start, self._content = self._home, None, content
            if self.atStart and home_view(self._reader()) == shown:
                self.contentChanged.emit()
                return
            self.reset()
            return
        self._content = content
        pages = {topic_page(topic_id) for topic_id in content.topics}
        history = self._history.keep_only(pages)
        if history.current != self._history.current:  # their page is gone: start again
            history = History()
        moved = history.current != self._history.current
        self._history = history
        language_gone = self._language not in content.clinic.languages
        if language_gone:
            self._language = content.clinic.default_language
        self._refresh()
        if language_gone:
            self.languageChanged.emit()
        self.pageChanged.emit()
        self.atStartChanged.emit()
        if moved:
            self.navigated.emit(0)

    def drop_start_view(self) -> None:
        """The content the start view stood for failed its check: show the holding screen."""
        if self._start is not None and self._content is None:
            self._start = None
            self.reset()

    def _go(self, history: History) -> None:
        if history == self._history:
            return
        step = 1 if len(history.pages) > len(self._history.pages) else -1
        if history.current == HOME:
            step = -1 if len(self._history.pages) == 2 else 0
        self._history = history
        self._refresh_topic()
        self.pageChanged.emit()
        self.atStartChanged.emit()
        self.navigated.emit(step)

    def _default_language(self) -> str:
        if self._content is not None:
            return self._content.clinic.default_language
        return self._start.language if self._start is not None else _FALLBACK_LANGUAGE

    def _refresh(self) -> None:
        """Rebuild everything QML shows: for a new language or new content."""
        if self._content is not None:
            from kiosk.pages.views import home_view

            self._home = home_view(self._reader())
        else:
            self._home = self._start.home if self._start is not None else _NO_HOME
        self.contentChanged.emit()
        self.homeChanged.emit()
        self._refresh_topic()

    def _refresh_topic(self) -> None:
        topic_id = topic_of(self._history.current)
        if self._content is None or topic_id is None:
            return  # the last topic's page stays as it was, for the transition away
        from kiosk.pages.views import topic_view

        self._topic = topic_view(self._reader(), topic_id)
        self.topicChanged.emit()

    def _reader(self) -> Reader:
        from kiosk.pages.views import Reader

        assert self._content is not None
        return Reader(self._content, self._language, self._folder)
