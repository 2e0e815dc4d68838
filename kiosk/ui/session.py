"""The patient's session as QML sees it: the page, the language and the text size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.pages.page_data import Home, TopicPage, for_qml
from kiosk.pages.wording import countdown, in_every_language, words
from kiosk.runtime.start_view import StartView
from kiosk.session.idle import SPEECH_FACTOR
from kiosk.session.navigation import HOME, topic_page
from kiosk.session.visit import Visit, after_new_content, derive, slide
from kiosk.speech.script import Script, home_script, topic_script
from kiosk.ui import deferred_core

if TYPE_CHECKING:  # see kiosk.ui.deferred_core
    from kiosk.content.model import Content
    from kiosk.pages.views import Localized

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

#: Home with nothing on it, while no good content was ever loaded (the holding screen shows).
_NO_HOME: dict[str, Any] = {
    "clinic": {"name": "", "welcome": "", "feedback": "", "logo": {"source": "", "alt": ""}},
    "languages": [],
    "categories": [],
}
_FALLBACK_LANGUAGE = "en"
# The "type: ignore"s below: PySide6 takes Qt's type names as text ("QVariantMap"), which
# pyside6-metaobjectdump reads for qmllint, and QmlUncreatable is a decorator; PySide6's type
# stubs ask for a Python type and declare a plain class.


@QmlElement
@QmlUncreatable("the kiosk makes one session, for its window")
class KioskSession(QObject):  # type: ignore[operator]
    """One patient's visit as QML sees it: which page, which language, what text size.

    The rules are in ``kiosk.session.visit``; this view model stores the ``Visit``, derives
    what the screen shows of it, rebuilds the page data that changed and emits only what
    changed. ``content`` is ``None`` only while no good content was ever loaded. Until then
    a ``start`` view, if given, is home: the first frame of a start, drawn before the
    content is loaded (``kiosk.runtime.start_view``).
    """

    pageChanged = Signal()
    languageChanged = Signal()
    largeTextChanged = Signal()
    highContrastChanged = Signal()
    contentChanged = Signal()
    #: The kiosk's own words: they change with the language and with the content.
    wordsChanged = Signal()
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
        self._visit = Visit.fresh(self._default_language())
        self._on_screen = derive(self._visit, self._default_language())
        self._large_text_scale = 1.0  # until KioskWindow applies the settings
        self._pages: dict[str, Home | TopicPage] = {}  # what the speech reads: home, topic
        self._home = self._built_home()
        self._topic: dict[str, Any] = {}

    # -- what QML reads ------------------------------------------------------------
    @Property(str, notify=pageChanged)
    def page(self) -> str:
        return self._on_screen.page

    @Property(bool, notify=pageChanged)
    def onHome(self) -> bool:
        return self._on_screen.on_home

    @Property(bool, notify=pageChanged)
    def canGoBack(self) -> bool:
        return self._on_screen.can_go_back

    @Property(bool, notify=atStartChanged)
    def atStart(self) -> bool:
        """Nothing to forget: home, the default language, normal text and contrast."""
        return self._on_screen.at_start

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        return self._on_screen.language

    @Property(bool, notify=largeTextChanged)
    def largeText(self) -> bool:
        return self._on_screen.large_text

    @Property(bool, notify=highContrastChanged)
    def highContrast(self) -> bool:
        return self._on_screen.high_contrast

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

    @Property("QVariantMap", notify=homeChanged)  # type: ignore[arg-type]
    def home(self) -> dict[str, Any]:
        return self._home

    @Property("QVariantMap", notify=topicChanged)  # type: ignore[arg-type]
    def topic(self) -> dict[str, Any]:
        """The page of the topic on screen, or of the last one opened."""
        return self._topic

    @Property("QVariantMap", notify=wordsChanged)  # type: ignore[arg-type]
    def words(self) -> dict[str, str]:
        """The kiosk's own words in the language on screen (the clinic's, else built in)."""
        return self._words()

    @Property("QStringList", notify=wordsChanged)  # type: ignore[arg-type]
    def countdown(self) -> list[str]:
        """The idle prompt's words for each number of seconds left, in their plural forms."""
        most = self._content.settings.idle_warning_seconds if self._content else 0
        # In speech mode the countdown is longer (IdlePolicy.for_speech).
        return countdown(self._words(), self._on_screen.language, most * SPEECH_FACTOR)

    def _words(self) -> dict[str, str]:
        return words(self._on_screen.language, self._content.words if self._content else None)

    @Property("QStringList", notify=contentChanged)  # type: ignore[arg-type]
    def holdingWords(self) -> list[str]:
        """What the holding screen says, in every language the kiosk has words for."""
        return in_every_language("updating")

    def language_now(self) -> str:
        """The language on screen, for Python (``language`` is QML's)."""
        return self._on_screen.language

    def words_now(self) -> dict[str, str]:
        """The kiosk's words on screen, for Python (``words`` is QML's)."""
        return self._words()

    def page_name_now(self) -> str:
        """The page on screen by name: the topic's title, or Home in the page's language."""
        topic = self._pages.get("topic") if self._on_screen.topic_id is not None else None
        return topic.title if isinstance(topic, TopicPage) else self._words()["home"]

    def idle_warning(self, seconds_left: int) -> str:
        """The idle prompt as it is said (its title, its countdown, how to stay); nothing
        at the start, where the reset happens without a prompt."""
        if self._on_screen.at_start:
            return ""
        said = self._words()
        counted = countdown(said, self._on_screen.language, seconds_left)
        return f"{said['still_reading']} {counted[seconds_left]} {said['touch_to_stay']}"

    def script(self) -> Script:
        """What Listen reads of the page on screen (nothing before good content loads)."""
        page = self._pages.get("topic" if self._on_screen.topic_id is not None else "home")
        if isinstance(page, TopicPage):
            return topic_script(page)
        return home_script(page) if page is not None else ()

    # -- what the patient does ---------------------------------------------------------
    @Slot(str)
    def openTopic(self, topic_id: str) -> None:
        if self._content is not None and topic_id in self._content.topics:
            self._go(self._visit.opened(topic_page(topic_id)))

    @Slot()
    def goBack(self) -> None:
        self._go(self._visit.back())

    @Slot()
    def goHome(self) -> None:
        self._go(self._visit.opened(HOME))

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        if self._content is not None:
            self._move_to(self._visit.in_language(code, self._content.clinic.languages))

    @Slot()
    def toggleLargeText(self) -> None:
        self._move_to(self._visit.with_large_text_toggled())

    @Slot()
    def toggleHighContrast(self) -> None:
        self._move_to(self._visit.with_high_contrast_toggled())

    @Slot()
    def reset(self) -> None:
        """Back to the start for the next patient: home (scrolled to the top), default
        language, normal text, normal contrast."""
        self._move_to(Visit.fresh(self._default_language()), step=0)

    # -- what the staff do -------------------------------------------------------------
    def replace_content(self, content: Content) -> None:
        """Show new content without losing the patient's place (``after_new_content``).

        The first good content after the holding screen or a start view is a fresh start:
        nobody chose the fallback language, so the clinic's default replaces it. Content
        that draws exactly the start view on screen takes over without redrawing home.
        """
        if self._content is None:
            was_fresh, home_before = self._on_screen.at_start, self._home
            self._start, self._content = None, content
            self._move_to(Visit.fresh(self._default_language()), content_changed=True)
            if not (was_fresh and self._home == home_before):
                self.navigated.emit(0)
            return
        self._content = content
        clinic = content.clinic
        visit = after_new_content(
            self._visit, content.topics, clinic.languages, clinic.default_language
        )
        moved = visit.history.current != self._visit.history.current
        self._move_to(visit, content_changed=True, step=0 if moved else None)

    def drop_start_view(self) -> None:
        """The content the start view stood for failed its check: show the holding screen."""
        if self._start is not None and self._content is None:
            self._start = None
            self._move_to(Visit.fresh(self._default_language()), content_changed=True, step=0)

    # -- the one way the visit changes -------------------------------------------------
    def _go(self, visit: Visit) -> None:
        if visit != self._visit:
            self._move_to(visit, step=slide(self._visit.history, visit.history))

    def _move_to(
        self, visit: Visit, *, content_changed: bool = False, step: int | None = None
    ) -> None:
        """Store ``visit``, rebuild the page data it changes, and emit only what changed."""
        before, self._visit = self._on_screen, visit
        now = self._on_screen = derive(visit, self._default_language())
        language_changed = now.language != before.language
        home_changed = topic_changed = False
        if content_changed or language_changed:
            home, self._home = self._home, self._built_home()
            home_changed = home != self._home
        opened = now.topic_id != before.topic_id
        if now.topic_id is not None and (content_changed or language_changed or opened):
            # Going home keeps the last topic's page as it was, for the slide away.
            topic, self._topic = self._topic, self._built_topic(now.topic_id)
            topic_changed = topic != self._topic
        if content_changed:
            self.contentChanged.emit()
        if home_changed:
            self.homeChanged.emit()
        if content_changed or language_changed:
            self.wordsChanged.emit()
        if topic_changed:
            self.topicChanged.emit()
        if language_changed:
            self.languageChanged.emit()
        if now.large_text != before.large_text:
            self.largeTextChanged.emit()
        if now.high_contrast != before.high_contrast:
            self.highContrastChanged.emit()
        if (now.page, now.can_go_back) != (before.page, before.can_go_back):
            self.pageChanged.emit()
        if now.at_start != before.at_start:
            self.atStartChanged.emit()
        if step is not None:
            self.navigated.emit(step)

    def _default_language(self) -> str:
        if self._content is not None:
            return self._content.clinic.default_language
        return self._start.language if self._start is not None else _FALLBACK_LANGUAGE

    def _built_home(self) -> dict[str, Any]:
        if self._content is None:
            return self._start.home if self._start is not None else _NO_HOME
        home = self._pages["home"] = deferred_core.home_page(self._localized())
        return for_qml(home)

    def _built_topic(self, topic_id: str) -> dict[str, Any]:
        if self._content is None:
            return self._topic
        topic = self._pages["topic"] = deferred_core.topic_page(self._localized(), topic_id)
        return for_qml(topic)

    def _localized(self) -> Localized:
        assert self._content is not None
        return deferred_core.localized(self._content, self._on_screen.language, self._folder)
