"""Full screen, and kept so: whatever a window manager or another program does to the window.

Under cage the compositor does what the kiosk asks. In an X11 desktop session the window
manager may minimise it (a click, Super+D), switch to another desktop, drop full screen
(``wmctrl -b remove,fullscreen``), and another client may destroy the window outright. So:

- ``showFullScreen()``, never ``show()``: ``QWindow.show()`` is ``showNormal()`` and undoes
  QML's ``visibility: Window.FullScreen`` (under openbox the kiosk had a title bar at 1,20).
- Any change of visibility away from full screen is undone at once, and a look every
  ``LOOK_MS`` catches what no signal reports (a desktop switch only unmaps the window). A
  window that is not on screen is withdrawn and shown again, which puts it on the desktop
  in view, in front, full screen (after asking the window manager to activate it failed).
- On X11 the window is put on every desktop (``kiosk.ui.x11``) and takes the keyboard while
  it is on screen: a window manager's own keys (Alt+Space for its window menu, Super+D,
  Ctrl+Alt+arrows) are passive grabs, which an active grab overrides, so they reach the
  lockdown and end there.
- A window that stays off screen (not exposed) for ``GONE_S`` although it was put back has
  been taken away for good (destroyed by another client): a kiosk with no window is a black
  screen no watchdog sees, so the process ends with exit 70 and its supervisor starts anew.
- Full screen that covers more than its screen is not put back: cage spreads the window
  over every output it has, which is the kernel's to change (``kiosk setup-pc --output``).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQuick import QQuickWindow

from kiosk.runtime import EXIT_CRASH
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.x11 import WindowManager

log = logging.getLogger("kiosk.window")

LOOK_MS = 250
#: Looks at a window off screen before it is withdrawn and shown again.
WITHDRAW_AFTER = 3
GONE_S = 3.0
#: The looks in place after which the window is put on every desktop and takes the keyboard.
SETTLE_AT = (1, 5)


class FullScreenGuard(QObject):
    """Shows ``window`` full screen and puts it back whenever it is taken out of it."""

    def __init__(self, window: QQuickWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._out_since: float | None = None
        self._noted: tuple[int, int] | None = None
        self._gone = False
        self._tries = 0
        self._looks_in_place = 0
        self._manager = WindowManager() if QGuiApplication.platformName() == "xcb" else None
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_MS)
        self._timer.timeout.connect(self._look)
        AfterFirstFrame(window, self._watch, self)
        window.showFullScreen()

    def _watch(self) -> None:
        window = self._window
        screen = window.screen()
        log.info(
            "window: %s, %dx%d at %d,%d on %s (%dx%d)",
            window.visibility().name,
            window.width(),
            window.height(),
            window.x(),
            window.y(),
            screen.name(),
            screen.geometry().width(),
            screen.geometry().height(),
        )
        window.visibilityChanged.connect(self._visibility_changed)
        self._timer.start()
        self._look()

    def _settle(self) -> None:
        """On every desktop, the keyboard taken: after each showing, and again a second later
        (a window manager still taking in a window just mapped may drop the request)."""
        if self._manager is None:
            return
        self._manager.show_on_every_desktop(int(self._window.winId()))
        if not self._window.setKeyboardGrabEnabled(True):
            log.warning("window: could not take the keyboard; the window manager's keys work")

    @Slot(QWindow.Visibility)
    def _visibility_changed(self, visibility: QWindow.Visibility) -> None:
        if visibility != QWindow.Visibility.FullScreen:
            QTimer.singleShot(0, self, self._look)

    @Slot()
    def _look(self) -> None:
        if self._gone:
            return
        window = self._window
        if self._in_place():
            if self._out_since is not None:
                log.info("window: back in full screen")
            self._out_since = None
            self._tries = 0
            self._looks_in_place += 1
            if self._looks_in_place in SETTLE_AT:
                self._settle()
            self._note_coverage()
            return
        self._looks_in_place = 0
        now = time.monotonic()
        if self._out_since is None:
            self._out_since = now
            log.warning("window: taken out of full screen (%s); putting it back", _state(window))
        elif not window.isExposed() and now - self._out_since > GONE_S:
            log.error(
                "window: off screen for %.0f s although put back: it was taken away "
                "(closed by another program?); ending so that the kiosk starts afresh",
                GONE_S,
            )
            self._gone = True
            self._timer.stop()
            QCoreApplication.exit(EXIT_CRASH)
            return
        self._put_back()

    def _in_place(self) -> bool:
        """Full screen, on screen, and in no frame (a window manager's frame put it at 1,20)."""
        window = self._window
        return (
            window.visibility() == QWindow.Visibility.FullScreen
            and window.isExposed()
            and window.frameMargins().isNull()
        )

    def _note_coverage(self) -> None:
        """Say once if full screen is not exactly the screen: cage spreads a window over
        every output it has (2560x720 on two panels); the kernel keeps one output."""
        window, screen = self._window, self._window.screen().geometry()
        covered = (window.width(), window.height())
        if covered == (screen.width(), screen.height()) or covered == self._noted:
            return
        self._noted = covered
        log.warning(
            "window: full screen covers %dx%d, not its screen's %dx%d: the compositor spreads "
            "it over %d outputs; `kiosk setup-pc --output NAME` keeps one",
            *covered,
            screen.width(),
            screen.height(),
            len(QGuiApplication.screens()),
        )

    def _put_back(self) -> None:
        """The gentlest remedy first; withdrawing and showing again only when that failed."""
        window = self._window
        self._tries += 1
        if not window.isExposed() and window.visibility() != QWindow.Visibility.Minimized:
            if self._tries > WITHDRAW_AFTER:  # mapped again: on the desktop in view, in front
                window.hide()
        elif window.visibility() == QWindow.Visibility.FullScreen:
            window.showNormal()  # full screen in name only (framed, or moved): say it again
        window.showFullScreen()
        window.raise_()
        window.requestActivate()
        if self._manager is not None:  # Qt activates only a window that is on screen
            self._manager.bring_forward(int(window.winId()))


def _state(window: QWindow) -> str:
    geometry = window.geometry()
    place = f"{geometry.width()}x{geometry.height()} at {geometry.x()},{geometry.y()}"
    shown = "" if window.isExposed() else ", not on screen"
    framed = "" if window.frameMargins().isNull() else ", in a frame"
    return f"{window.visibility().name}, {place}{shown}{framed}"
