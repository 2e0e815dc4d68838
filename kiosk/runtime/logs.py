"""The kiosk's log: one line per event, to stderr (journald keeps it) and to a rotating file.

Only ``kiosk run`` sets this up; ``check``, ``snapshot`` and ``schema`` print for a person
and log nothing. Every logger under ``kiosk`` (such as ``kiosk.content`` for load outcomes)
reaches both places. What patients read is never logged: no page, topic or language.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk.runtime import paths

LOG_FILE_NAME = "kiosk.log"
#: 1 MB a file, 5 old files kept: months of start, stop and reload lines in 6 MB at most.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("kiosk")


class KioskLogFile(RotatingFileHandler):
    """A rotating log file that tells ``on_rollover`` when a new file has been started.

    The crash module writes fatal-signal dumps into the file through its own file
    descriptor; after a rollover that descriptor would point at ``kiosk.log.1``.
    """

    def __init__(self, file: Path) -> None:
        super().__init__(file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        self.on_rollover: Callable[[], None] | None = None

    def doRollover(self) -> None:
        super().doRollover()
        if self.on_rollover is not None:
            self.on_rollover()


@dataclass(frozen=True)
class KioskLog:
    """Where the log goes: the file handler, or ``None`` when the folder cannot be written."""

    file_handler: KioskLogFile | None

    @property
    def file(self) -> Path | None:
        return Path(self.file_handler.baseFilename) if self.file_handler else None

    def flush(self) -> None:
        """Push every buffered line out, before the process ends abruptly.

        Each handler on its own: a full disk or a broken stderr must not keep the
        others' lines from going out.
        """
        for handler in log.handlers:
            with contextlib.suppress(Exception):
                handler.flush()


def start_logging(folder: Path | None = None, *, to_file: bool = True) -> KioskLog:
    """Send the ``kiosk`` loggers to stderr and to ``folder/kiosk.log``; return the set-up.

    A folder that cannot be created or written is not fatal: the kiosk still runs and
    logs to stderr, which journald keeps, and says why the file is missing. With
    ``to_file=False`` (a preview) the log goes to stderr only.
    """
    folder = folder or paths.LOGS.path()
    formatter = logging.Formatter(LINE_FORMAT)
    for handler in list(log.handlers):  # started twice in one process (tests): start afresh
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.INFO)
    log.propagate = False
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(formatter)
    log.addHandler(console)
    if not to_file:
        return KioskLog(None)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = KioskLogFile(folder / LOG_FILE_NAME)
    except OSError as error:
        log.warning("no log file: cannot write in %s (%s); logging to stderr only", folder, error)
        return KioskLog(None)
    file_handler.setFormatter(formatter)
    log.addHandler(file_handler)
    return KioskLog(file_handler)
