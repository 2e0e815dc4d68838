"""The content on screen follows the file on disk: checked, complete, and never half-saved."""

from __future__ import annotations

import datetime
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content.fingerprint import (
    ASSETS,
    MAX_ASSET_ENTRIES,
    Fingerprint,
    fingerprint,
    stamp,
    watch_paths,
)
from kiosk.content.outcome import first_error, loaded_line, rejected_line
from kiosk.content.problems import error
from kiosk.content.save_check import QUIET_MS, Tried, is_new, quiet_left_ms
from kiosk.ui import deferred_core
from kiosk.ui.content_watch import ContentWatch

if TYPE_CHECKING:  # see kiosk.ui.deferred_core
    from kiosk.content.loader import LoadResult
    from kiosk.content.model import Content

QML_IMPORT_NAME = "Kiosk.Models"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger("kiosk.content")
_SHOWN_TIME = "%H:%M:%S, %d %b %Y"
#: Why nothing shows when the file was never quiet at start-up (the log and the staff panel).
STILL_BEING_WRITTEN = "the file is still being written; it will load once it is complete"


@QmlElement
@QmlUncreatable("the kiosk follows one content file, for its window")
class LiveContent(QObject):  # type: ignore[operator]  # see kiosk/ui/session.py
    """The content file, its last good content, and what became of the last save.

    A save is loaded only when it is complete: the files have been quiet for
    ``QUIET_MS`` (by the watcher's clock and by their own modification times),
    the file's stamp is the same before and after reading it, and its bytes or
    pictures differ from the last ones tried. A file that fails any check of
    ``load_content`` is rejected and the last good content stays.

    Loads run in the GUI thread: a real clinic file loads in about 12 ms, less
    than a frame, once per save. A thread would not make a 1,000-topic file
    (1.2 s) smooth either: the load is pure Python and holds the GIL, which the
    GUI thread needs for every input event (``IdleMonitor`` filters them all).
    """

    statusChanged = Signal()
    #: Good new content for the session (a ``Content``); never emitted for a rejection.
    replaced = Signal(object)

    def __init__(
        self, file: Path, content: Content | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._file = file
        self._file_name = str(file)
        self._content = content
        self._loaded_at = _now() if content is not None else ""
        self._rejection = ""
        self._rejected_at = ""
        self._fingerprint: Fingerprint | None = None
        self._tried: Tried | None = None
        self._every_asset = True  # as last said in the log
        self.first_result: LoadResult | None = None
        self._watch = ContentWatch(lambda: watch_paths(self._file, self._content), self)
        self._watch.settled.connect(self._load_if_complete)

    # -- what Python uses ----------------------------------------------------------------
    @property
    def content(self) -> Content | None:
        return self._content

    @property
    def folder(self) -> Path:
        return self._file.parent

    def start(self) -> LoadResult:
        """Load the file now (logged like every load), then follow its changes.

        A file written in the last moments is given its quiet time first, by
        waiting here: nothing is on screen yet, and the wait is at most a few
        tenths of a second unless something keeps writing the file. A file
        still being written after about 2 s is not loaded: a half-written file
        can be valid content, and the patients' first screen must not be a
        cut-off one. The holding screen shows instead, and the look already
        scheduled loads the file once it is quiet.
        """
        self._watch.start()
        for _ in range(8):
            if self._load_if_complete(force=True):
                break
            time.sleep(QUIET_MS / 1000)
        else:
            self._record(deferred_core.not_loaded(self._file, error(STILL_BEING_WRITTEN)))
        assert self.first_result is not None
        return self.first_result

    # -- what QML reads ------------------------------------------------------------------
    @Property(str, notify=statusChanged)
    def file(self) -> str:
        return self._file_name

    @Property(str, notify=statusChanged)
    def loadedAt(self) -> str:
        return self._loaded_at

    @Property(int, notify=statusChanged)
    def topicCount(self) -> int:
        return 0 if self._content is None else len(self._content.topics)

    @Property(str, notify=statusChanged)
    def lastRejection(self) -> str:
        return self._rejection

    @Property(str, notify=statusChanged)
    def rejectedAt(self) -> str:
        return self._rejected_at

    @Property(bool, notify=statusChanged)
    def hasContent(self) -> bool:
        return self._content is not None

    @Slot()
    def reloadNow(self) -> None:
        """Check and load now, by the same rules as a save (a file still being written waits)."""
        self._watch.rewatch()
        self._load_if_complete(force=True)

    # -- how a save is looked at -----------------------------------------------------------
    def _load_if_complete(self, *, force: bool = False) -> bool:
        """Load the save if it is complete and new; ``False``: still being written, look later."""
        seen = fingerprint(self._file, self._content)
        self._say_if_assets_overflow(seen)
        if not is_new(seen, self._fingerprint, asked=force):
            return True
        wait_ms = quiet_left_ms(seen, time.time_ns())
        if wait_ms:  # written moments ago: maybe not finished
            self._watch.settle_later(wait_ms)
            return False
        before = stamp(self._file)
        read = deferred_core.read_digest(self._file)
        result = deferred_core.load(self._file)  # the models load here, at the first look
        if stamp(self._file) != before:  # written while we read it
            self._watch.settle_later()
            return False
        changed = seen != self._fingerprint
        self._fingerprint = seen
        tried = (read, seen.pictures)
        if is_new(tried, self._tried, asked=force):
            self._tried = tried
            self._record(result)
        if changed:
            self._follow(seen)
        return True

    def _follow(self, seen: Fingerprint) -> None:
        """Watch the paths of what was just looked at.

        The safety net and "Reload now" find changes no event announced (a
        folder swapped, a missed event): without this, the watcher would keep
        watching the old folders. The first load also names pictures outside
        ``assets/``, unknown until then. A change made before the new watch
        was in place fires no event, so the files are looked at once more.
        """
        self._watch.rewatch()
        now = fingerprint(self._file, self._content)
        if not _unchanged_since(seen, now):
            self._watch.settle_later()
            return
        # The same files, with the pictures the new content names: not a new save.
        self._fingerprint = now
        if self._tried is not None:
            self._tried = (self._tried[0], now.pictures)

    def _say_if_assets_overflow(self, seen: Fingerprint) -> None:
        """Say once in the log that only ``MAX_ASSET_ENTRIES`` files of assets are followed."""
        if seen.every_asset == self._every_asset:
            return
        self._every_asset = seen.every_asset
        if not seen.every_asset:
            log.warning(
                f"{self.folder / ASSETS} holds more than {MAX_ASSET_ENTRIES:,} files and "
                "folders; a change to a picture the content does not name may go unseen: "
                "save the content file again, or press Reload now"
            )

    def _record(self, result: LoadResult) -> None:
        self.first_result = self.first_result or result
        if result.content is None:
            self._rejection = first_error(self._file_name, result)
            self._rejected_at = _now()
            log.warning(
                rejected_line(self._file_name, result, had_content=self._content is not None)
            )
        else:
            self._content = result.content
            self._loaded_at = _now()
            log.info(loaded_line(self._file_name, result.content))
        self.statusChanged.emit()
        if result.content is not None:
            self.replaced.emit(result.content)


def _unchanged_since(seen: Fingerprint, now: Fingerprint) -> bool:
    """Every file in both has the same stamp (``now`` may name other pictures)."""
    now_pictures = dict(now.pictures)
    return now.content == seen.content and all(
        now_pictures[path] == was for path, was in seen.pictures if path in now_pictures
    )


def _now() -> str:
    return datetime.datetime.now().strftime(_SHOWN_TIME)
