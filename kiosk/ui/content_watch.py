"""Tells when the content on disk may have changed and has then been quiet for a moment."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kiosk.content.save_check import QUIET_MS

#: The safety net: file-system events do not arrive on network folders (NFS, SMB), are
#: dropped when the kernel's queue overflows, and a folder swapped between two events can
#: slip past its watch. A fingerprint is a few dozen ``stat`` calls (well under 1 ms), so
#: looking every 2 s costs nothing and bounds how long a missed change stays unseen. It
#: also bounds the wait when a watched folder is never quiet (content kept directly in a
#: busy folder such as /tmp): it looks without waiting for quiet, and the files' own
#: modification times still keep a file that is being written off the screen.
SAFETY_NET_MS = 2000

#: Which file or folder a path names, and its last change: device, inode, change time.
_Identity = tuple[int, int, int] | None


class ContentWatch(QObject):
    """Emits ``settled`` once the watched paths have been quiet for ``QUIET_MS``.

    ``paths`` is asked again after every event, because the paths themselves
    change: ``QFileSystemWatcher`` drops a file that was renamed over or
    deleted, and keeps watching a folder that was replaced by another.
    ``settled`` is also emitted by the safety-net timer; the receiver compares
    fingerprints, so a settled signal with nothing changed costs only stats.
    """

    settled = Signal()

    def __init__(self, paths: Callable[[], Iterable[Path]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._watcher = QFileSystemWatcher(self)
        self._added: dict[str, _Identity] = {}  # what each watched path was when it was added
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)
        # Qt's default coarse timer may fire up to 5% early; the receiver also checks the
        # files' own modification times, and an early look waits for the rest.
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self._settle)
        self._safety_net = QTimer(self, interval=SAFETY_NET_MS)
        self._safety_net.timeout.connect(self.settled)

    def start(self) -> None:
        self.rewatch()
        self._safety_net.start()

    def settle_later(self, milliseconds: int = QUIET_MS) -> None:
        """Look again in ``milliseconds`` (a file was still being written)."""
        self._quiet.start(max(1, milliseconds))

    def rewatch(self) -> None:
        """Watch exactly the current paths; a path that was replaced is added afresh.

        A watch follows the file or folder the path named when it was added (inotify
        watches an inode): one renamed over, deleted and made again, or swapped for
        another must be added again. A path still the same (same inode and change time)
        keeps its watch: adding all of them afresh at each look cost 1 s for 10,000.
        """
        wanted = {str(path): _identity(path) for path in self._paths()}
        watched = {*self._watcher.files(), *self._watcher.directories()}
        stale = [
            path
            for path in watched
            if not wanted.get(path) or wanted[path] != self._added.get(path)
        ]
        if stale:
            self._watcher.removePaths(stale)
        kept = watched.difference(stale)
        new = sorted(path for path, was in wanted.items() if was and path not in kept)
        failed = set(self._watcher.addPaths(new)) if new else set()
        self._added = {path: wanted[path] for path in kept}
        self._added.update((path, wanted[path]) for path in new if path not in failed)

    def _changed(self, _path: str) -> None:
        self._quiet.start(QUIET_MS)

    def _settle(self) -> None:
        # Watch again first: a change after this point fires a new event.
        self.rewatch()
        self.settled.emit()


def _identity(path: Path) -> _Identity:
    """Which file or folder ``path`` names now, and its last change; ``None``: nothing there."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino, found.st_ctime_ns)
