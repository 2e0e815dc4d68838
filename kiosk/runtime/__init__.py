"""Running unattended: logs, the crash policy, one instance, systemd, the staff PIN.

Qt-free like the core (an import-linter contract checks it), so each piece is
tested with plain pytest; ``kiosk.ui`` adapts them to the event loop.
"""

#: Any uncaught exception: logged with its traceback; the supervisor restarts the kiosk.
EXIT_CRASH = 70
#: Staff chose "Exit to desktop" in the staff panel; the systemd unit does not restart on it.
EXIT_TO_DESKTOP = 80
#: Another kiosk already runs on this machine.
EXIT_ALREADY_RUNNING = 75
#: cage, or Xwayland, is not installed (sysexits' EX_CONFIG); the log says what to install.
EXIT_NOT_INSTALLED = 78
#: No display to show a window on, or a library its platform needs is missing (EX_UNAVAILABLE).
EXIT_NO_DISPLAY = 69
