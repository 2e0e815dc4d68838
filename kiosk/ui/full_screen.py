"""Full screen, and kept so: whatever a window manager or another program does to the window.

Under cage the compositor does what the kiosk asks. In an X11 desktop session the window
manager may minimise it (a click, Super+D), hide it ("show the desktop"), switch to another
desktop, drop full screen (``wmctrl -b remove,fullscreen``), and another client may destroy
the window outright. So:

- ``showFullScreen()``, never ``show()``: ``QWindow.show()`` is ``showNormal()`` and undoes
  QML's ``visibility: Window.FullScreen`` (under openbox the kiosk had a title bar at 1,20).
- A look every ``LOOK_MS``, and one at each change of visibility, put the window back when it
  is not full screen on screen: the gentlest remedy first (full screen asked again, the
  window raised and activated, on X11 "show the desktop" ended), and only when that has not
  brought it back, withdrawn and shown again, at most once every ``WITHDRAW_EVERY_S`` (a
  window manager that is slow to answer must not get a flood of maps and unmaps).
- On X11 the window is put on every desktop (``kiosk.ui.x11``) and takes the keyboard while
  it is on screen: a window manager's own keys (Alt+Space for its window menu, Super+D,
  Ctrl+Alt+arrows) are passive grabs, which an active grab overrides, so they reach the
  lockdown and end there.
- An X window destroyed by another client is gone for good: a kiosk with no window is a
  black screen no watchdog sees, so the process ends with exit 70 and its supervisor starts
  anew. Only that ends it: a window merely off screen (a stalled window manager; under
  Wayland, an output switched off, which stops the frame callbacks) is waited for.
- Full screen that covers more than its screen is not fought: cage spreads the window over
  every output it has, which is the kernel's to change (``kiosk setup-pc --output``).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQuick import QQuickWindow

from kiosk.runtime.exit_codes import ExitCode
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.x11 import WindowManager

log = logging.getLogger("kiosk.window")

LOOK_MS = 250
#: Withdrawing and showing again, when nothing gentler brought the window back: first after
#: this long off screen (the gentle remedies answer within 0.3 s), then at most once every
#: WITHDRAW_EVERY_S.
WITHDRAW_FIRST_S = 0.5
WITHDRAW_EVERY_S = 1.0
#: Looks in place that fail to take the keyboard before the log says so (once).
GRAB_TRIES = 8


class FullScreenGuard(QObject):
    """Shows ``window`` full screen and puts it back whenever it is taken out of it."""

    def __init__(self, window: QQuickWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._out_since: float | None = None
        self._noted: tuple[int, int] | None = None
        self._gone = False
        self._withdrawn_at = 0.0
        self._grabbed = False
        self._grab_tries = 0
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
        """On X11: on every desktop, and the keyboard taken, checked at every look in place
        (a grab fails on a window the X server has not mapped yet)."""
        if self._manager is None:
            return
        window = self._window
        self._manager.show_on_every_desktop(int(window.winId()))
        if self._grabbed:
            return
        self._grabbed = window.setKeyboardGrabEnabled(True)
        self._grab_tries = 0 if self._grabbed else self._grab_tries + 1
        if self._grab_tries == GRAB_TRIES:
            log.warning("window: cannot take the keyboard; the window manager's keys work")

    @Slot(QWindow.Visibility)
    def _visibility_changed(self, visibility: QWindow.Visibility) -> None:
        # Not for Hidden: that is the guard's own withdrawing, and looking again at once
        # would withdraw again before the window manager has mapped the window.
        if visibility not in (QWindow.Visibility.FullScreen, QWindow.Visibility.Hidden):
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
            self._settle()
            self._note_coverage()
            return
        self._grabbed = False  # an unmapped window loses its grab
        if self._manager is not None and not self._manager.exists(int(window.winId())):
            log.error(
                "window: destroyed by another program; ending so that the kiosk starts afresh"
            )
            self._gone = True
            self._timer.stop()
            QCoreApplication.exit(ExitCode.CRASH)
            return
        now = time.monotonic()
        if self._out_since is None:
            self._out_since = now
            log.warning("window: taken out of full screen (%s); putting it back", _state(window))
        self._put_back(now)

    def _in_place(self) -> bool:
        """Full screen, on screen, and in no frame (a window manager's frame put it at 1,20)."""
        window = self._window
        return (
            window.visibility() == QWindow.Visibility.FullScreen
            and window.isExposed()
            and window.frameMargins().isNull()
        )

    def _put_back(self, now: float) -> None:
        """The gentlest remedy first; withdrawing and showing again only when that failed."""
        window = self._window
        off_screen = not window.isExposed() and window.visibility() != QWindow.Visibility.Minimized
        if off_screen:
            since_out = now - (self._out_since or now)
            since_withdrawn = now - self._withdrawn_at
            if since_out >= WITHDRAW_FIRST_S and since_withdrawn >= WITHDRAW_EVERY_S:
                self._withdrawn_at = now
                window.hide()  # mapped again: on the desktop in view, in front
        elif window.visibility() == QWindow.Visibility.FullScreen:
            window.showNormal()  # full screen in name only (framed): say it again
        window.showFullScreen()
        window.raise_()
        window.requestActivate()
        if self._manager is not None:  # Qt activates only a window that is on screen
            self._manager.bring_forward(int(window.winId()))

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


def _state(window: QWindow) -> str:
    geometry = window.geometry()
    place = f"{geometry.width()}x{geometry.height()} at {geometry.x()},{geometry.y()}"
    shown = "" if window.isExposed() else ", not on screen"
    framed = "" if window.frameMargins().isNull() else ", in a frame"
    return f"{window.visibility().name}, {place}{shown}{framed}"
