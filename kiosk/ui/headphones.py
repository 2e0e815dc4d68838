"""Follows the audio server as headphones come and go, without ever blocking the screen.

``pactl subscribe`` prints a line for every change on the server; after a change to an
output, a card or the server, the list of outputs is read again (``pactl --format=json
list sinks``, ``kiosk.speech.ports``). Both run as processes: the GUI thread only reads
their output. A jack chatters as a plug goes in, and a USB headset arrives as a card and
then an output, so a re-read waits until the server has been quiet for ``SETTLE_MS``.

No change is lost, whenever it comes: one during a read is read again once that read is
back, and one before ``pactl subscribe`` had subscribed (it says nothing when it has) is
seen by one more read ``CATCH_UP_MS`` after it started. CI once plugged a headset in that
gap, and the kiosk never heard it (until the next change on the server).
Without a server (not started yet, restarted, or none at all) there are no headphones,
and the watch tries again, less often each time, up to once every 30 s.
"""

from __future__ import annotations

import logging
import shutil

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from kiosk.speech.ports import headphones_in

log = logging.getLogger(__name__)

#: Quiet time after a change before the outputs are read again.
SETTLE_MS = 300
#: After ``pactl subscribe`` starts: surely subscribed by then, even on a loaded machine.
CATCH_UP_MS = 1000
_RETRY_MS = (1000, 2000, 5000, 10000, 30000)


class HeadphoneWatch(QObject):
    """Says (``changed(present, output)``) when headphones are plugged in or taken out."""

    changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None, *, pactl: str | None = None) -> None:
        super().__init__(parent)
        self._pactl = pactl or shutil.which("pactl")
        self._output = ""  # the headphones' output, "" while none are in
        self._stopped = False  # for good: the kiosk is ending
        self._tries = 0
        self._following = False  # the server has answered since it was last lost (logged once)
        self._subscription: QProcess | None = None
        self._reading: QProcess | None = None
        self._read_again = False  # a change came while the outputs were being read
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._read_outputs)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.start)
        self._catch_up = QTimer(self, singleShot=True, interval=CATCH_UP_MS)
        self._catch_up.timeout.connect(self._read_outputs)

    @property
    def output(self) -> str:
        return self._output

    @property
    def following(self) -> bool:
        """The server has answered since the watch started or last lost it."""
        return self._following

    def start(self) -> None:
        """Follow the server (again); read the outputs as they are now."""
        if self._stopped:  # a start after the first frame may come after the stop
            return
        if self._pactl is None:
            log.info("headphones: pactl is not installed (pulseaudio-utils), so none are seen")
            return
        subscription = self._subscription = QProcess(self)
        subscription.readyReadStandardOutput.connect(self._heard)
        subscription.finished.connect(self._lost)
        subscription.errorOccurred.connect(
            lambda error: self._lost() if error == QProcess.ProcessError.FailedToStart else None
        )
        subscription.started.connect(self._catch_up.start)
        subscription.start(self._pactl, ["subscribe"])
        self._read_outputs()

    def stop(self) -> None:
        """Stop for good, and end the processes (a process Qt destroys while it runs
        reports to slots of objects half gone)."""
        self._stopped = True
        for timer in (self._retry, self._settle, self._catch_up):
            timer.stop()
        for process in (self._subscription, self._reading):
            if process is not None:
                process.finished.disconnect()
                process.kill()
                process.waitForFinished(1000)
        self._subscription = self._reading = None

    def _heard(self) -> None:
        assert self._subscription is not None
        lines = bytes(self._subscription.readAllStandardOutput().data()).decode(errors="replace")
        if any(kind in lines for kind in (" sink ", " card ", " server")):
            self._settle.start()  # again: each change restarts the quiet time

    def _read_outputs(self) -> None:
        if self._pactl is None:
            return
        if self._reading is not None:
            self._read_again = True  # what it reads may be from before the change
            return
        self._read_again = False
        reading = self._reading = QProcess(self)
        reading.finished.connect(lambda code, _status: self._read(reading, code))
        reading.errorOccurred.connect(  # no finished then: a read that never was is done
            lambda error: (
                self._read(reading, -1) if error == QProcess.ProcessError.FailedToStart else None
            )
        )
        reading.start(self._pactl, ["--format=json", "list", "sinks"])

    def _read(self, reading: QProcess, code: int) -> None:
        if self._stopped:
            return
        self._reading = None
        reading.deleteLater()
        listing = bytes(reading.readAllStandardOutput().data()).decode(errors="replace")
        found = headphones_in(listing) if code == 0 else None
        if code == 0:
            if not self._following:
                log.info("headphones: following the audio server's outputs")
            self._following = True
            self._tries = 0
        self._show(found.output if found else "")
        if self._read_again:
            self._read_outputs()

    def _lost(self) -> None:
        """The subscription ended: the server went away. No headphones until it is back."""
        if self._stopped:
            return
        if self._subscription is not None:
            self._subscription.deleteLater()
            self._subscription = None
        self._show("")
        self._following = False
        wait = _RETRY_MS[min(self._tries, len(_RETRY_MS) - 1)]
        if self._tries == 0:
            log.info("headphones: no audio server; looking again in %d s and later", wait // 1000)
        self._tries += 1
        self._retry.start(wait)

    def _show(self, output: str) -> None:
        if output != self._output:
            self._output = output
            log.info("headphones %s", f"in: {output}" if output else "out")
            self.changed.emit(bool(output), output)
