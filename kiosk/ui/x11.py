"""What X11 window managers must be asked for that Qt has no API for.

EWMH (the window managers' common protocol) takes requests as client messages to the root
window: ``_NET_WM_DESKTOP`` with ``0xFFFFFFFF`` puts a window on every desktop, and
``_NET_SHOWING_DESKTOP`` with 0 ends "show the desktop". Qt sends neither, and sends
``_NET_ACTIVE_WINDOW`` only for a window that is on screen (it waits for the window to be
exposed, which under "show the desktop" it never is). This module sends them, over a
connection of its own to the X server (``kiosk.runtime.xcb``).
"""

from __future__ import annotations

import ctypes
import logging

from kiosk.runtime import xcb

log = logging.getLogger("kiosk.window")

ALL_DESKTOPS = 0xFFFFFFFF
#: The request's source: a pager, acting for the person, which every window manager obeys.
_FROM_THE_USER = 2
_CLIENT_MESSAGE = 33
#: SubstructureNotify | SubstructureRedirect: how EWMH says a message to the root is sent.
_TO_THE_WINDOW_MANAGER = (1 << 19) | (1 << 20)


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("window", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("data", ctypes.c_uint32 * 5),
    ]


class WindowManager:
    """EWMH requests to the window manager, over a connection of our own to the X server."""

    def __init__(self) -> None:
        self._xcb: ctypes.CDLL | None = None
        self._connection: int | None = None
        self._atoms: dict[bytes, int] = {}
        try:
            self._xcb = xcb.library()
        except OSError as error:
            log.warning("window: cannot load libxcb (%s); no requests to the window manager", error)
            return
        connection = self._xcb.xcb_connect(None, None)
        if self._xcb.xcb_connection_has_error(connection):
            self._xcb.xcb_disconnect(connection)
            log.warning("window: cannot reach the X server for requests to the window manager")
            return
        self._connection = connection
        self._root = self._xcb.xcb_setup_roots_iterator(self._xcb.xcb_get_setup(connection)).data[0]

    def show_on_every_desktop(self, window: int) -> None:
        """Ask, unless the window manager already says so: it may drop a request that comes
        while it is still taking in a window just mapped, so the guard asks at each look."""
        if self._connection is None:
            return
        atom = self._atom(b"_NET_WM_DESKTOP")
        if xcb.cardinal(self._connection, window, atom) != ALL_DESKTOPS:
            self._send(window, b"_NET_WM_DESKTOP", ALL_DESKTOPS, _FROM_THE_USER)

    def exists(self, window: int) -> bool:
        """False once another client has destroyed ``window``; True when nobody can tell."""
        if self._connection is None:
            return True
        return xcb.window_exists(self._connection, window)

    def bring_forward(self, window: int) -> None:
        """End "show the desktop" and make ``window`` the active one, mapped or not."""
        self._send(self._root, b"_NET_SHOWING_DESKTOP", 0)
        self._send(window, b"_NET_ACTIVE_WINDOW", _FROM_THE_USER, 0, 0)

    def _send(self, window: int, name: bytes, *data: int) -> None:
        lib, connection = self._xcb, self._connection
        if lib is None or connection is None:
            return
        message = _ClientMessage(_CLIENT_MESSAGE, 32, 0, window, self._atom(name))
        for index, value in enumerate(data):
            message.data[index] = value
        lib.xcb_send_event(connection, 0, self._root, _TO_THE_WINDOW_MANAGER, ctypes.byref(message))
        lib.xcb_flush(connection)

    def _atom(self, name: bytes) -> int:
        if name not in self._atoms:
            assert self._xcb is not None
            reply = self._xcb.xcb_intern_atom_reply(
                self._connection,
                self._xcb.xcb_intern_atom(self._connection, 0, len(name), name),
                None,
            )
            self._atoms[name] = reply.contents.atom if reply else 0
            if reply:
                xcb.free(reply)
        return self._atoms[name]
