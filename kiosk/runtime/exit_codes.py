"""How the kiosk's processes end, in one place: the CLI, the crash policy and the systemd unit
read the same numbers. Codes 64-78 are those of BSD's sysexits.h, which service managers and
shell scripts already know.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    #: ``kiosk check`` found errors (or warnings, with ``--strict``).
    PROBLEMS = 1
    #: The command line was wrong (argparse's own code).
    USAGE = 2
    #: No display to show a window on, or a library its platform needs is missing
    #: (EX_UNAVAILABLE).
    NO_DISPLAY = 69
    #: Any uncaught exception, in the kiosk or a command: logged with its traceback; the
    #: supervisor restarts the kiosk (EX_SOFTWARE).
    CRASH = 70
    #: Another kiosk already runs on this machine (EX_TEMPFAIL).
    ALREADY_RUNNING = 75
    #: cage, or Xwayland, is not installed; the log says what to install (EX_CONFIG).
    NOT_INSTALLED = 78
    #: Staff chose "Exit to desktop" in the staff panel; the systemd unit does not restart on it.
    TO_DESKTOP = 80
