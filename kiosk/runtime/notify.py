"""sd_notify without libsystemd: datagrams to ``$NOTIFY_SOCKET`` (READY, WATCHDOG, STOPPING).

The protocol is one ``KEY=VALUE`` datagram on an AF_UNIX socket whose address systemd
puts in ``NOTIFY_SOCKET``: a path, or an abstract name written ``@name``. Sending needs no
library. A failed send is logged, never fatal: the kiosk on screen matters more than the
supervisor hearing about it (a watchdog that stops hearing restarts us anyway).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger("kiosk.notify")


class Notifier:
    """Sends notifications to one socket address; ``None`` from ``from_environment`` if unset."""

    def __init__(self, address: str) -> None:
        self.address = address
        # An abstract name starts with a NUL byte on the wire; systemd writes it as '@'.
        self._target = "\0" + address[1:] if address.startswith("@") else address
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self._failed = False

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Notifier | None:
        address = environ.get("NOTIFY_SOCKET", "")
        if not address.startswith(("/", "@")):  # unset, or a vsock address we do not speak
            return None
        return cls(address)

    def send(self, message: str) -> bool:
        """Send one datagram; log the first failure of a run of failures."""
        try:
            self._socket.sendto(message.encode(), self._target)
        except OSError as error:
            if not self._failed:
                log.warning(
                    "systemd notify: cannot send %s to %s: %s", message, self.address, error
                )
            self._failed = True
            return False
        if self._failed:
            log.info("systemd notify: sending to %s works again", self.address)
        self._failed = False
        return True

    def close(self) -> None:
        self._socket.close()


@dataclass(frozen=True)
class WatchdogPlan:
    """How often to ping the systemd watchdog, or why not."""

    interval_ms: int | None
    reason: str


def watchdog_plan(environ: Mapping[str, str] = os.environ, pid: int | None = None) -> WatchdogPlan:
    """Ping at half of ``WATCHDOG_USEC``, as sd_watchdog_enabled(3) advises.

    ``WATCHDOG_PID`` names the process systemd expects pings from. Under cage that is
    cage, our parent, and not us; libsystemd would then say "no watchdog". We ping anyway:
    the unit sets ``NotifyAccess=all``, so systemd accepts pings from any process of the
    service, and only our GUI thread can tell that the kiosk itself is alive.
    """
    usec_text = environ.get("WATCHDOG_USEC")
    if not usec_text:
        return WatchdogPlan(None, "watchdog off: WATCHDOG_USEC is not set")
    if not usec_text.isdigit() or int(usec_text) < 2000:
        return WatchdogPlan(None, f"watchdog off: WATCHDOG_USEC={usec_text!r} is not usable")
    interval_ms = int(usec_text) // 2000
    reason = f"watchdog on: WATCHDOG=1 every {interval_ms} ms (half of WATCHDOG_USEC={usec_text})"
    owner = environ.get("WATCHDOG_PID")
    if owner and owner != str(pid if pid is not None else os.getpid()):
        reason += (
            f"; WATCHDOG_PID={owner} is not us (the compositor we run under), "
            "pinging anyway because the unit has NotifyAccess=all"
        )
    return WatchdogPlan(interval_ms, reason)
