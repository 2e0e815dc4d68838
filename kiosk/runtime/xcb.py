"""libxcb through ctypes: the few calls the kiosk makes to an X server without Qt.

Used before Qt starts (is the X server there at all?) and beside it (requests to the window
manager that Qt has no API for, ``kiosk.ui.x11``). libxcb is what Qt's X11 support loads
anyway; a handful of calls does not justify a dependency (python-xlib, xcffib).
"""

from __future__ import annotations

import ctypes
from functools import cache

SONAME = "libxcb.so.1"


class Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class ScreenIterator(ctypes.Structure):
    # xcb_screen_t begins with its root window's id.
    _fields_ = [
        ("data", ctypes.POINTER(ctypes.c_uint32)),
        ("rem", ctypes.c_int),
        ("index", ctypes.c_int),
    ]


@cache
def library() -> ctypes.CDLL:
    """libxcb with the signatures of the calls used here; raises OSError without it."""
    xcb = ctypes.CDLL(SONAME)
    pointer = ctypes.c_void_p
    for name, result, arguments in (
        ("xcb_connect", pointer, [ctypes.c_char_p, pointer]),
        ("xcb_connection_has_error", ctypes.c_int, [pointer]),
        ("xcb_disconnect", None, [pointer]),
        ("xcb_flush", ctypes.c_int, [pointer]),
        ("xcb_get_setup", pointer, [pointer]),
        ("xcb_setup_roots_iterator", ScreenIterator, [pointer]),
        ("xcb_intern_atom", Cookie, [pointer, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]),
        ("xcb_intern_atom_reply", ctypes.POINTER(AtomReply), [pointer, Cookie, pointer]),
        (
            "xcb_send_event",
            Cookie,
            [pointer, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32, pointer],
        ),
        ("xcb_get_window_attributes", Cookie, [pointer, ctypes.c_uint32]),
        (
            "xcb_get_property",
            Cookie,
            [pointer, ctypes.c_uint8, *[ctypes.c_uint32] * 5],
        ),
        ("xcb_get_property_reply", pointer, [pointer, Cookie, pointer]),
        ("xcb_get_property_value", pointer, [pointer]),
        ("xcb_get_property_value_length", ctypes.c_int, [pointer]),
        ("xcb_get_window_attributes_reply", pointer, [pointer, Cookie, ctypes.POINTER(pointer)]),
    ):
        function = getattr(xcb, name)
        function.restype = result
        function.argtypes = arguments
    return xcb


def can_connect(display: str) -> bool:
    """Whether the X server of ``display`` (``:0``) takes a connection from this process."""
    xcb = library()
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return not xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)


_libc = ctypes.CDLL(None)
_libc.free.argtypes = [ctypes.c_void_p]


def free(reply: object) -> None:
    """Free a reply or error that libxcb allocated."""
    _libc.free(reply)


def window_exists(connection: int, window: int) -> bool:
    """Whether X window ``window`` still exists (another client may have destroyed it)."""
    xcb = library()
    error = ctypes.c_void_p()
    reply = xcb.xcb_get_window_attributes_reply(
        connection, xcb.xcb_get_window_attributes(connection, window), ctypes.byref(error)
    )
    for allocated in (reply, error.value):
        if allocated:
            free(allocated)
    return bool(reply)


CARDINAL = 6


def cardinal(connection: int, window: int, atom: int) -> int | None:
    """The first CARDINAL of ``window``'s property ``atom``; None where it has none."""
    xcb = library()
    cookie = xcb.xcb_get_property(connection, 0, window, atom, CARDINAL, 0, 1)
    reply = xcb.xcb_get_property_reply(connection, cookie, None)
    if not reply:
        return None
    try:
        if xcb.xcb_get_property_value_length(reply) < 4:
            return None
        value = ctypes.cast(xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32))
        return int(value[0])
    finally:
        free(reply)
