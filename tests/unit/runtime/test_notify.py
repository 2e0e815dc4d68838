"""sd_notify datagrams and the watchdog interval, on a real socket."""

from __future__ import annotations

import socket
from pathlib import Path

from kiosk.runtime.notify import Notifier, watchdog_plan


def test_messages_arrive_on_a_path_socket(tmp_path: Path) -> None:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    notifier = Notifier.from_environment({"NOTIFY_SOCKET": str(tmp_path / "notify")})
    assert notifier is not None
    assert notifier.send("READY=1")
    assert listener.recv(100) == b"READY=1"
    listener.close()
    notifier.close()


def test_a_missing_socket_is_logged_once_and_not_fatal(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    notifier = Notifier(str(tmp_path / "gone"))
    assert not notifier.send("WATCHDOG=1")
    assert not notifier.send("WATCHDOG=1")
    assert len([r for r in caplog.records if "cannot send" in r.getMessage()]) == 1
    notifier.close()


def test_no_socket_or_an_unknown_kind_means_no_notifier() -> None:
    assert Notifier.from_environment({}) is None
    assert Notifier.from_environment({"NOTIFY_SOCKET": "vsock:2:1234"}) is None


def test_pings_at_half_the_watchdog_interval_even_for_another_pid() -> None:
    plan = watchdog_plan({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, pid=42)
    assert plan.interval_ms == 15_000
    assert "WATCHDOG_PID=1 is not us" in plan.reason
    assert watchdog_plan({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "42"}, pid=42).reason == (
        "watchdog on: WATCHDOG=1 every 15000 ms (half of WATCHDOG_USEC=30000000)"
    )


def test_no_or_a_bad_watchdog_interval_means_no_pings() -> None:
    assert watchdog_plan({}).interval_ms is None
    assert watchdog_plan({"WATCHDOG_USEC": "soon"}).interval_ms is None
    assert watchdog_plan({"WATCHDOG_USEC": "0"}).interval_ms is None
