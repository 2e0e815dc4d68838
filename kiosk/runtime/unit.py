"""The systemd user unit that starts the kiosk under cage at boot and brings it back.

Decisions, each with its reason:

- ``Restart=always`` with ``RestartSec=1`` and no start limit (``StartLimitIntervalSec=0``):
  after a crash loop, a dead screen is worse than another try every second.
- ``Type=notify``, ``NotifyAccess=all``, ``WatchdogSec=30``: the kiosk is cage's child, not
  the main process, so systemd must accept its READY and WATCHDOG messages; a GUI thread
  silent for 30 s is hung, and systemd restarts it.
- ``RestartPreventExitStatus=80``: staff chose "exit to desktop"; it must stay exited.
  cage before 0.2.0 (Debian 12, Ubuntu 24.04) exits 0 whatever the kiosk returns, so
  the kiosk also asks systemd to stop its own unit (``stop_own_unit``, named by
  ``KIOSK_UNIT=%n``): a unit stopped on purpose is never restarted, with any cage.
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

import logging
import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from kiosk.runtime import EXIT_TO_DESKTOP

UNIT_NAME = "kiosk.service"
WATCHDOG_SECONDS = 30
#: Set by the unit to its own name (``%n``), so that the kiosk can stop the unit it runs in.
UNIT_VARIABLE = "KIOSK_UNIT"

_log = logging.getLogger("kiosk.runtime")


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
# So that "Exit to desktop" can stop this unit, whatever exit code cage passes on.
Environment={UNIT_VARIABLE}=%n
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


def stop_own_unit(environ: Mapping[str, str] = os.environ) -> bool:
    """Ask systemd to stop the unit this kiosk runs in, so it is not restarted.

    Returns False, doing nothing, when the kiosk was not started by its unit.
    ``--no-block``: systemd stops cage and the kiosk after this returns.
    """
    unit = environ.get(UNIT_VARIABLE, "")
    systemctl = shutil.which("systemctl", path=environ.get("PATH"))
    if not unit or systemctl is None:
        return False
    try:
        done = subprocess.run(
            [systemctl, "--user", "stop", "--no-block", unit],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        _log.warning("could not ask systemd to stop %s: %s", unit, exc)
        return False
    if done.returncode != 0:
        _log.warning("systemctl could not stop %s: %s", unit, done.stderr.strip())
        return False
    _log.info("staff left the kiosk: %s stopped", unit)
    return True
