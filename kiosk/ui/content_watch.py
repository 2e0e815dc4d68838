"""Tells when the content on disk may have changed and has then been quiet for a moment."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

#: A save must be quiet this long before it is read: an editor's or a copy's burst of
#: writes is over well within it, and it leaves most of the 1 s budget for loading and
#: drawing (a save is on screen in about 0.3 s; tests/benchmarks/reload.py).
QUIET_MS = 250
#: The safety net: file-system events do not arrive on network folders (NFS, SMB), are
#: dropped when the kernel's queue overflows, and a folder swapped between two events can
#: slip past its watch. A fingerprint is a few dozen ``stat`` calls (well under 1 ms), so
#: looking every 2 s costs nothing and bounds how long a missed change stays unseen. It
#: also bounds the wait when a watched folder is never quiet (content kept directly in a
#: busy folder such as /tmp): it looks without waiting for quiet, and the files' own
#: modification times still keep a file that is being written off the screen.
SAFETY_NET_MS = 2000


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
        """Watch exactly the current paths, each one added afresh."""
        for watched in (self._watcher.files(), self._watcher.directories()):
            if watched:
                self._watcher.removePaths(watched)
        wanted = sorted(str(path) for path in self._paths())
        if wanted:
            self._watcher.addPaths(wanted)

    def _changed(self, _path: str) -> None:
        self._quiet.start(QUIET_MS)

    def _settle(self) -> None:
        # Watch again first: a change after this point fires a new event.
        self.rewatch()
        self.settled.emit()
