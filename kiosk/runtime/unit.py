"""The systemd unit that starts the kiosk under cage on tty1 at boot and brings it back.

A **system** unit that logs the kiosk user in by itself, as cage's wiki recommends ("Starting
Cage on boot with systemd"), and not a user unit behind tty1's autologin, as before:

- **No race at boot.** A user unit cannot order itself after ``getty@tty1``'s autologin. When
  cage started first, libseat found no session, fell back to its built-in backend, and wlroots
  waited (100 s seen on Debian 12) without exiting. Here ``PAMName=`` makes pam_systemd open
  the kiosk's own logind session on tty1 (``TTYPath=``) before cage starts, and the unit
  replaces tty1's getty (``Conflicts=``) instead of waiting for it.
- **A seat that cannot be had fails fast.** ``LIBSEAT_BACKEND=logind``: without a usable
  session libseat gives up within a second instead of falling back and hanging; the unit is
  then tried again half a second later.
- ``KillMode=mixed``: a stop sends SIGTERM to ``kiosk cage`` alone, which ends the kiosk first
  so that cage ends as it does when its child exits (cage 0.1.4 aborts on SIGTERM; see
  ``kiosk.runtime.under_cage``). Anything left is killed when the main process is gone.
- ``Restart=always``, ``RestartSec=500ms``, no start limit: after a crash loop, a dead screen
  is worse than another try. Half a second, not one: a start takes about 0.9 s here to its
  first frame, and with 1 s the kiosk was back 1.9-2.0 s after a crash, at the edge of the
  2 s it should take; with 0.5 s, 1.4 s.
- ``Type=notify``, ``NotifyAccess=all``, ``WatchdogSec=30``: the kiosk, two processes below
  the main one, sends READY=1 after its first frame and pings from its GUI thread.
- Exit status 80 is staff's *Exit to desktop*: a success (``SuccessExitStatus``) that is not
  restarted (``RestartPreventExitStatus``). ``kiosk cage`` passes the kiosk's status on.
  tty1's getty then starts (``ExecStopPost``, as root), so staff at the screen find a login
  prompt rather than a blank console (``NAutoVTs=0`` leaves no other console to log in on).
- ``WantedBy=multi-user.target``: reached on a server install and a desktop one alike.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.runtime.exit_codes import ExitCode

UNIT_NAME = "kiosk.service"
UNIT_PATH = Path("/etc/systemd/system") / UNIT_NAME
#: The PAM service of the kiosk's session: what pam_systemd needs to register it with logind.
PAM_PATH = Path("/etc/pam.d/kiosk")
TTY = "tty1"
WATCHDOG_SECONDS = 30

#: As cage's wiki gives it; systemd opens the session without asking for a password.
PAM_TEXT = """\
# Written by `kiosk setup-pc`: the session the kiosk unit opens on tty1.
auth     required pam_unix.so nullok
account  required pam_unix.so
session  required pam_unix.so
session  required pam_systemd.so
"""


#: As root (``+``); ``$$`` is systemd's escape for the ``$`` of the shell's variable.
_GETTY_AFTER_EXIT_TO_DESKTOP = (
    f'+/bin/sh -c \'[ "$$EXIT_STATUS" != {ExitCode.TO_DESKTOP} ] '
    f"|| systemctl --no-block start getty@{TTY}.service'"
)


def unit_text(user: str, command: list[str]) -> str:
    """The unit that runs ``command`` (``.../kiosk cage --content ...``) as ``user`` on tty1."""
    return f"""\
# Written by `kiosk setup-pc`. Run it again after moving the kiosk or its content.
[Unit]
Description=Clinic patient-education kiosk on {TTY} (full screen, under cage)
After=systemd-user-sessions.service plymouth-quit-wait.service getty@{TTY}.service
After=dbus.socket systemd-logind.service
Wants=dbus.socket systemd-logind.service
Conflicts=getty@{TTY}.service
ConditionPathExists=/dev/{TTY}
# Never give up restarting: a crash loop must not leave a dead screen.
StartLimitIntervalSec=0

[Service]
Type=notify
# READY=1 and WATCHDOG=1 come from the kiosk, two processes below the main one.
NotifyAccess=all
User={user}
PAMName={PAM_PATH.name}
TTYPath=/dev/{TTY}
TTYReset=yes
TTYVHangup=yes
TTYVTDisallocate=yes
StandardInput=tty-fail
StandardOutput=journal
StandardError=journal
UtmpIdentifier={TTY}
UtmpMode=user
Environment=LIBSEAT_BACKEND=logind
ExecStart={" ".join(quote(word) for word in command)}
Restart=always
RestartSec=500ms
# The kiosk pings every {WATCHDOG_SECONDS // 2} s from its GUI thread; silence means it hangs.
WatchdogSec={WATCHDOG_SECONDS}
KillMode=mixed
TimeoutStopSec=15
# Staff chose "Exit to desktop" in the staff panel: stay stopped, and give tty1 its login.
SuccessExitStatus={ExitCode.TO_DESKTOP}
RestartPreventExitStatus={ExitCode.TO_DESKTOP}
ExecStopPost={_GETTY_AFTER_EXIT_TO_DESKTOP}

[Install]
WantedBy=multi-user.target
"""


def quote(word: str) -> str:
    """One ExecStart word: systemd expands % and $, and splits on spaces."""
    word = word.replace("%", "%%").replace("$", "$$")
    if word and not any(c in word for c in " \t\"'\\;"):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
