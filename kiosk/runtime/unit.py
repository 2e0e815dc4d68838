"""The systemd user unit that starts the kiosk under cage at boot and brings it back.

Decisions, each with its reason:

- ``Restart=always`` with ``RestartSec=1`` and no start limit (``StartLimitIntervalSec=0``):
  after a crash loop, a dead screen is worse than another try every second.
- ``Type=notify``, ``NotifyAccess=all``, ``WatchdogSec=30``: the kiosk is cage's child, not
  the main process, so systemd must accept its READY and WATCHDOG messages; a GUI thread
  silent for 30 s is hung, and systemd restarts it.
- ``RestartPreventExitStatus=80``: staff chose "exit to desktop"; it must stay exited.
- ``WantedBy=default.target``: with ``loginctl enable-linger`` the user manager starts at
  boot and reaches ``default.target``; ``graphical-session.target`` is only reached
  inside a desktop session, which a kiosk does not have.
- No ``-s`` for cage: ``-s`` allows VT switching, and a patient with a keyboard could then
  press Ctrl+Alt+F2 and leave a blank console on screen. Staff leave by the staff panel
  or ssh.
- The content path is made absolute but not resolved: a content folder that is a symlink
  switched to a new release must stay followed through the link.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from kiosk.runtime import EXIT_TO_DESKTOP

UNIT_NAME = "kiosk.service"
WATCHDOG_SECONDS = 30


def unit_path(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_CONFIG_HOME/systemd/user/kiosk.service`` (``~/.config`` when unset)."""
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user" / UNIT_NAME


def unit_text(cage: Path, kiosk_command: list[str], content: Path) -> str:
    """The unit: ``cage -- KIOSK_COMMAND run --content CONTENT`` kept running."""
    command = [str(cage), "--", *kiosk_command, "run", "--content", str(content)]
    return f"""\
# Written by `kiosk install`. Run it again after moving the kiosk or its content.
[Unit]
Description=Clinic patient-education kiosk (full screen, under cage)
# Never give up restarting: a crash loop must not leave a dead screen.
StartLimitIntervalSec=0

[Service]
Type=notify
# The kiosk is cage's child; systemd must accept READY=1 and WATCHDOG=1 from it.
NotifyAccess=all
ExecStart={" ".join(_quote(word) for word in command)}
Restart=always
RestartSec=1
# The kiosk pings every {WATCHDOG_SECONDS // 2} s from its GUI thread; silence means it hangs.
WatchdogSec={WATCHDOG_SECONDS}
# Staff chose "Exit to desktop" in the staff panel.
RestartPreventExitStatus={EXIT_TO_DESKTOP}
Environment=QT_QPA_PLATFORM=wayland
Environment=QT_WAYLAND_DISABLE_WINDOWDECORATION=1

[Install]
WantedBy=default.target
"""


def _quote(word: str) -> str:
    """One ExecStart word: systemd expands % and $, and splits on spaces."""
    word = word.replace("%", "%%").replace("$", "$$")
    if word and not any(c in word for c in " \t\"'\\;"):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
