"""systemd hears READY=1 after the first frame, WATCHDOG=1 from the GUI thread, STOPPING=1."""

from __future__ import annotations

import os
import signal
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.system.kiosk_process import PATIENCE_S, start_kiosk

#: 0.4 s: pings every 0.2 s, so a few arrive within a second or two.
WATCHDOG_USEC = "400000"
#: faulty_kiosk's ``hang`` mode stops the GUI thread this long after home shows.
HANG_STARTS_S = 0.5


@pytest.fixture(params=["path", "abstract"])
def notify_socket(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[socket.socket, str]]:
    """A datagram socket standing in for systemd's, and its NOTIFY_SOCKET spelling."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if request.param == "path":
        address = str(tmp_path / "notify")
        listener.bind(address)
    else:
        name = f"kiosk-test-{uuid.uuid4().hex}"
        listener.bind("\0" + name)
        address = "@" + name
    listener.settimeout(PATIENCE_S)
    yield listener, address
    listener.close()


def receive(listener: socket.socket) -> str:
    return listener.recv(4096).decode()


def until_quiet(listener: socket.socket, quiet_s: float, *, within_s: float) -> list[str]:
    """Every message until none comes for ``quiet_s``; that silence must begin within ``within_s``.

    The deadline matters: a kiosk that never stops pinging would otherwise keep this
    loop reading for as long as it runs.
    """
    deadline = time.monotonic() + within_s
    listener.settimeout(quiet_s)
    messages: list[str] = []
    while True:
        try:
            messages.append(receive(listener))
        except TimeoutError:
            return messages
        if time.monotonic() > deadline:
            raise AssertionError(f"still hearing {messages[-1]!r} {within_s} s on")


def messages_until(listener: socket.socket, wanted: str) -> list[str]:
    """Every message up to and including ``wanted``, which must come within PATIENCE_S."""
    deadline = time.monotonic() + PATIENCE_S
    messages: list[str] = []
    while wanted not in messages:
        if time.monotonic() > deadline:
            raise AssertionError(f"no {wanted} in {PATIENCE_S:.0f} s, only {set(messages)}")
        messages.append(receive(listener))
    return messages


def test_ready_then_watchdog_pings_then_stopping(
    content_dir: Path, notify_socket: tuple[socket.socket, str]
) -> None:
    listener, address = notify_socket
    environ = {
        "NOTIFY_SOCKET": address,
        "WATCHDOG_USEC": WATCHDOG_USEC,
        "WATCHDOG_PID": str(os.getpid()),  # as under cage: the watchdog's pid is not the kiosk's
    }
    kiosk = start_kiosk(content_dir, environ=environ)
    try:
        before_ready = messages_until(listener, "READY=1")[:-1]
        assert set(before_ready) <= {"WATCHDOG=1"}  # the timer may start before the frame
        assert [receive(listener), receive(listener)] == ["WATCHDOG=1", "WATCHDOG=1"]
        kiosk.process.send_signal(signal.SIGTERM)
        assert kiosk.process.wait(timeout=PATIENCE_S) == 0
    finally:
        kiosk.stop()
    rest = until_quiet(listener, 0.5, within_s=PATIENCE_S)
    assert rest[-1] == "STOPPING=1"
    log = kiosk.own_log()
    assert "watchdog on: WATCHDOG=1 every 200 ms (half of WATCHDOG_USEC=400000)" in log
    assert f"WATCHDOG_PID={os.getpid()} is not us" in log
    assert "READY=1 sent after the first frame" in log


def test_a_hung_gui_thread_stops_the_pings(
    content_dir: Path, notify_socket: tuple[socket.socket, str]
) -> None:
    listener, address = notify_socket
    environ = {"NOTIFY_SOCKET": address, "WATCHDOG_USEC": WATCHDOG_USEC}
    kiosk = start_kiosk(content_dir, fault="hang", environ=environ)
    try:
        messages_until(listener, "READY=1")
        # The hang starts 0.5 s after home shows; the pings must stop within 2 s of it.
        # 5 s of quiet is 25 ping intervals.
        until_quiet(listener, 5.0, within_s=HANG_STARTS_S + 2.0)
        assert kiosk.process.poll() is None  # alive but hung: systemd's watchdog would kill it
    finally:
        kiosk.stop()
