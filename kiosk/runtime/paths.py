"""Where the kiosk keeps its own files: a folder an environment variable names, else the user's.

Each folder can be moved by one variable (tests point them at a temporary folder; a clinic
may want its logs elsewhere); without it, platformdirs gives the folder the desktop's
conventions name (XDG on Linux: ``~/.config/clinic-kiosk``, ``~/.cache/clinic-kiosk`` ...).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "clinic-kiosk"


@dataclass(frozen=True, slots=True)
class KioskFolder:
    """A folder of the kiosk's: ``$variable`` when it is set, else ``default()``."""

    variable: str
    default: Callable[[], str]

    def path(self) -> Path:
        chosen = os.environ.get(self.variable)
        return Path(chosen) if chosen else Path(self.default())


def _runtime_or_state() -> str:
    """``$XDG_RUNTIME_DIR/clinic-kiosk``, else the user's state folder.

    platformdirs' own runtime folder falls back to a shared ``/tmp`` path (with a warning)
    when ``XDG_RUNTIME_DIR`` is unset, as in a cron job or an ssh command without a session.
    """
    if os.environ.get("XDG_RUNTIME_DIR"):
        return platformdirs.user_runtime_dir(APP_NAME)
    return platformdirs.user_state_dir(APP_NAME)


#: The log file (``~/.local/state/clinic-kiosk/log``).
LOGS = KioskFolder("KIOSK_LOG_DIR", lambda: platformdirs.user_log_dir(APP_NAME))
#: The staff PIN (``~/.config/clinic-kiosk``).
SETTINGS = KioskFolder("KIOSK_CONFIG_DIR", lambda: platformdirs.user_config_dir(APP_NAME))
#: The start views, remade from the content at any time (``~/.cache/clinic-kiosk``).
CACHE = KioskFolder("KIOSK_CACHE_DIR", lambda: platformdirs.user_cache_dir(APP_NAME))
#: The one-instance lock and cage's status file, gone at logout (``$XDG_RUNTIME_DIR``).
RUNTIME = KioskFolder("KIOSK_LOCK_DIR", _runtime_or_state)
