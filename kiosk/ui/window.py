"""Wiring: content, view models and the QML window, for the screen or for a snapshot."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.content.locate import FILE_NAME
from kiosk.content.screen_settings import DEFAULTS, ScreenSettings
from kiosk.runtime.start_view import StartView
from kiosk.session.idle import IdlePolicy
from kiosk.ui.clock import Clock
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.headphones import HeadphoneWatch
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.keypad import Keypad
from kiosk.ui.live_content import LiveContent
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.session import KioskSession
from kiosk.ui.speech import Speech, SpeechSettings
from kiosk.ui.staff import StaffDoor, StaffOptions
from kiosk.ui.voice import Voice, installed_voice, voice_installed

if TYPE_CHECKING:  # see kiosk.ui.deferred_core
    from kiosk.content.model import Content

QML_FOLDER = Path(__file__).resolve().parent / "qml"
#: How long after the first frame the voice and the headphones are looked for.
_SPEECH_AFTER_MS = 500
_DISPOSED: list[KioskWindow] = []


class KioskWindow(QObject):
    """The kiosk's one window with its session and idle monitor.

    ``full_screen`` locks it down: no keys, no closing, no pointer (if the
    content's settings say so). Windowed, it behaves like any desktop window.
    With ``live`` (started), the window follows the content file as it is saved;
    without, it shows ``content`` as it is. ``content`` is ``None`` while no
    good content was ever loaded: the holding screen shows, or the ``start``
    view if one is given (until ``live`` loads the content). ``idle_clock`` is the
    idle monitor's clock, injected as ``staff.clock`` is the staff door's (tests).
    ``voice`` reads pages aloud (None: no speech); by default the installed one, found
    after the first frame (asking espeak-ng for its voices would cost the start 15-55 ms).
    ``headphones`` says when headphones come and go (None: never); by default the audio
    server is followed from the first frame on.
    """

    def __init__(
        self,
        content: Content | None,
        folder: Path,
        *,
        full_screen: bool,
        size: QSize | None = None,
        live: LiveContent | None = None,
        staff: StaffOptions | None = None,
        start: StartView | None = None,
        idle_clock: Clock = time.monotonic,
        voice: Voice | Literal["installed"] | None = "installed",
        headphones: HeadphoneWatch | Literal["installed"] | None = "installed",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert QGuiApplication.instance() is not None, "create the QGuiApplication first"
        settings = (
            content.settings.for_screen()
            if content is not None
            else (start.screen if start is not None else DEFAULTS)
        )
        # Made first so that it is destroyed first: QML must never see its models go.
        self.engine = QQmlApplicationEngine(self)
        self.live = live if live is not None else LiveContent(folder / FILE_NAME, content)
        self.live.setParent(self)
        self.session = KioskSession(content, folder, self, start=start)
        self._idle_policy = IdlePolicy(settings.idle_timeout_seconds, settings.idle_warning_seconds)
        self.idle = IdleMonitor(self._idle_policy, self, clock=idle_clock)
        self.idle.expired.connect(self.session.reset)
        self.speech = Speech(
            None,
            self.session.script,
            self.session.language_now,
            self._speech_settings(settings),
            self,
        )
        self._wire_speech()
        # The idle reset closes the staff screens too: a panel never waits for the next patient.
        self.staff = StaffDoor(staff or StaffOptions(), full_screen=full_screen, parent=self)
        self.idle.expired.connect(self.staff.closeAll)
        self.staff.screenChanged.connect(self._pause_idle_while_cleaning)
        self.live.replaced.connect(self._show_new_content)
        self.live.statusChanged.connect(self._hold_without_content)
        self._lockdown: Lockdown | None = Lockdown(self) if full_screen else None
        self._cursor_hidden = False
        self._pointer_follows_settings = False  # in full screen, from the first frame on
        self._apply(settings)
        self.engine.addImportPath(str(QML_FOLDER))
        self._use_theme_font()
        self.engine.setInitialProperties(
            {
                "session": self.session,
                "idle": self.idle,
                "content": self.live,
                "fullScreen": full_screen,
                "staff": self.staff,
                "speech": self.speech,
            }
        )
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the kiosk's QML did not load; see the messages above")
        self.window: QQuickWindow = roots[0]
        self.keypad = Keypad(self.window, self.session, self.speech, self)
        self.idle.expired.connect(self.keypad.forget)
        self.session.navigated.connect(self.keypad.forget)
        self._filter_input()
        self.headphones = HeadphoneWatch(self) if headphones == "installed" else headphones
        self._give_speech_its_voice(voice, find_headphones=headphones == "installed")
        if full_screen:
            # The pointer is drawn by the window system, not in the frame; naming the
            # blank cursor builds all 93 enums of PySide6's Qt namespace, 25 ms of a start.
            AfterFirstFrame(self.window, self._let_the_pointer_follow_settings, self)
        if size is not None and not full_screen:
            self.window.resize(size)

    def dispose(self) -> None:
        """Take the window down now, QML first, so no binding ever sees a model go.

        ``deleteLater`` alone waits for an event loop at the right level; until then the
        old QML keeps evaluating against models that are half gone. Tests open many
        windows in one process, and a kiosk that rebuilt its window would too.
        """
        self.window.removeEventFilter(self.idle)
        self.window.removeEventFilter(self.speech)
        self.window.removeEventFilter(self.keypad)
        self._quiet()
        if self._lockdown is not None:
            self.window.removeEventFilter(self._lockdown)
        self.staff.closeAll()  # also ends cleaning, which filters the whole application
        self._hide_cursor(False)
        self.idle.blockSignals(True)
        self.live.blockSignals(True)
        self.window.destroy()
        self.engine.deleteLater()
        self.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        # The Qt objects are gone; their Python halves are kept until the process ends.
        # Freed later by the garbage collector, a stale half could unregister the Python
        # half of a newer view model that Qt placed at the same address, and QML then finds
        # its slots "not a function" (seen with PySide6 6.11 in tests that open many windows).
        _DISPOSED.append(self)

    def _wire_speech(self) -> None:
        """Speech follows the patient: it stops on a new page and with the idle reset,
        speaks the idle warning, and its mode makes the idle times longer."""
        self.idle.expired.connect(self.speech.reset)
        self.session.navigated.connect(self.speech.page_changed)
        self.session.languageChanged.connect(self.speech.page_changed)
        self.speech.changed.connect(self._follow_speech_mode)
        self.idle.promptingChanged.connect(self._say_the_idle_warning)

    def _give_speech_its_voice(
        self, voice: Voice | Literal["installed"] | None, *, find_headphones: bool
    ) -> None:
        """The voice and the headphone watch, found a moment after the first frame.

        A moment after, not at it: asking espeak-ng for its voices holds the GUI thread
        15-55 ms, and the first frame's own work (READY=1 to systemd, loading the content
        behind a start view) comes first (the cold start measured 43 ms slower otherwise).
        """
        self._find_voice_then = voice == "installed"
        self._find_headphones_then = find_headphones
        if self._find_voice_then and voice_installed():
            self.speech.expect_voice()
        if voice == "installed" or find_headphones:
            AfterFirstFrame(
                self.window,
                lambda: QTimer.singleShot(_SPEECH_AFTER_MS, self, self._find_speech),
                self,
                or_after_ms=2000,
            )
        if voice != "installed":
            self.speech.set_voice(voice)
        # The helper processes end before Qt does: a process destroyed while it runs
        # reports to slots whose objects are half gone (seen: exit 70 on SIGTERM).
        app = QCoreApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self._quiet)
        if self.headphones is not None:
            self.headphones.setParent(self)
            self.headphones.changed.connect(self.speech.set_headphones)

    def _quiet(self) -> None:
        """End speech and the headphone watch, and the processes they run."""
        self.speech.set_voice(None)
        if self.headphones is not None:
            self.headphones.stop()

    def _filter_input(self) -> None:
        """Let the idle monitor and the lockdown see every input before QML does.

        The window's own filters are enough: touches, clicks, keys and close requests
        reach an item only through its window. An application-wide filter would also
        see every event between Qt's objects (hundreds for each page built) and make
        Python wrap each of them, which cost the start 45 ms.
        """
        # The last installed sees an event first: the lockdown drops what may not pass, the
        # speech stops at any key, the idle monitor counts it, then the keypad acts on it.
        self.window.installEventFilter(self.keypad)
        self.window.installEventFilter(self.idle)
        self.window.installEventFilter(self.speech)
        if self._lockdown is not None:
            self.window.installEventFilter(self._lockdown)

    def _use_theme_font(self) -> None:
        """Make Theme's font the application's, before the window's items are made.

        QML's ``Window`` has no font of its own to hand down, and a plain ``Text`` starts
        from the application's font; so setting it here, once, gives every text the kiosk's
        family without each one naming it (a text made earlier would keep the old family).
        """
        theme = self.engine.singletonInstance("Kiosk", "Theme")
        if not isinstance(theme, QObject):
            raise RuntimeError("the kiosk's QML module has no Theme; see the messages above")
        QGuiApplication.setFont(QFont(str(theme.property("fontFamily"))))

    def hold_still(self) -> None:
        """Pages change at once, without sliding, and the hint shows without a fade: for
        pictures of screens at rest (``kiosk snapshot``, tests), which come out the same,
        without waiting for motion nobody sees."""
        theme = self.engine.singletonInstance("Kiosk", "Theme")
        if isinstance(theme, QObject):
            theme.setProperty("transitionMs", 0)

    def _hide_cursor(self, hide: bool) -> None:
        """Hide the pointer on a touch screen (``hide_cursor``); follows a reload too."""
        if hide and not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        elif self._cursor_hidden and not hide:
            QGuiApplication.restoreOverrideCursor()
        self._cursor_hidden = hide

    def _let_the_pointer_follow_settings(self) -> None:
        self._pointer_follows_settings = True
        self._hide_cursor(self._settings.hide_cursor)

    def _apply(self, settings: ScreenSettings) -> None:
        """The settings of what is on screen: idle times, the staff door's times, the pointer."""
        self._settings = settings
        self.session.set_large_text_scale(settings.large_text_scale)
        self.speech.set_settings(self._speech_settings(settings))
        self._follow_speech_mode()
        self.staff.set_timings(
            hold_seconds=settings.staff_hold_seconds,
            cleaning_seconds=settings.screen_cleaning_seconds,
        )
        if self._pointer_follows_settings:
            self._hide_cursor(settings.hide_cursor)

    @staticmethod
    def _speech_settings(settings: ScreenSettings) -> SpeechSettings:
        return SpeechSettings(
            settings.speech_volume, settings.speech_through_speakers, settings.speech_rate
        )

    def _find_speech(self) -> None:
        if self._find_voice_then:
            self.speech.set_voice(installed_voice(self))
        if self._find_headphones_then and self.headphones is not None:
            self.headphones.start()

    def _follow_speech_mode(self) -> None:
        """The idle times of what is on screen, three times as long in speech mode."""
        policy = IdlePolicy(
            self._settings.idle_timeout_seconds, self._settings.idle_warning_seconds
        )
        policy = policy.for_speech() if self.speech.speechMode else policy
        if policy != self._idle_policy:
            self._idle_policy = policy
            self.idle.set_policy(policy)

    def _say_the_idle_warning(self) -> None:
        seconds_left = self.idle.warning_left()
        if seconds_left is not None:
            self.speech.announce(self.session.idle_warning(seconds_left))

    def _pause_idle_while_cleaning(self) -> None:
        """Cleaning lasts its full time: the idle reset would otherwise end it early."""
        self.idle.set_paused(self.staff.is_cleaning())

    def _hold_without_content(self) -> None:
        """A load found no good content: a start view on screen gives way to the holding screen."""
        if self.live.content is None and self.session.hasHome:  # the start view is on screen
            self._apply(DEFAULTS)
            self.session.drop_start_view()

    def _show_new_content(self, content: Content) -> None:
        self._apply(content.settings.for_screen())
        self.session.replace_content(content)
