"""A private PulseAudio server with a null sink: the kiosk plays into it, a test records it.

The server is the real one (Debian's ``pulseaudio``), on a socket of its own, so tests
never touch a desktop's sound. ``load_headset()`` adds an output that says it is a USB
headset, as a real one does when it is plugged in: the stand-in for a headset, since this
machine has no sound card (a jack's port is read from the same list; tests/unit/speech).
"""

from __future__ import annotations

import array
import bisect
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

#: Samples further from zero than this are sound (16-bit; a quiet room's hiss is < 50).
LOUD = 300
RATE = 22050


@dataclass
class PulseServer:
    folder: Path
    process: subprocess.Popen[bytes]

    @property
    def address(self) -> str:
        return f"unix:{self.folder / 'native'}"

    @property
    def env(self) -> dict[str, str]:
        """What a client (paplay, pactl, the kiosk) needs to reach this server only."""
        return {"PULSE_SERVER": self.address, "PULSE_SINK": "null"}

    def pactl(self, *arguments: str) -> str:
        done = subprocess.run(
            ["pactl", "--server", self.address, *arguments],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return done.stdout

    def load_headset(self) -> str:
        """A USB headset arrives: a new output whose form factor says so. Its module's index."""
        return self.pactl(
            "load-module",
            "module-null-sink",
            "sink_name=usb_headset",
            "sink_properties='device.form_factor=headset device.bus=usb "
            "device.description=Headset'",
        ).strip()

    @contextmanager
    def recording(self, sink: str = "null") -> Iterator[Recording]:
        """Record what reaches ``sink`` (from its monitor), each 10 ms with its time."""
        recorder = subprocess.Popen(
            [
                "parec",
                "--server",
                self.address,
                "-d",
                f"{sink}.monitor",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            stdout=subprocess.PIPE,
        )
        record = Recording(recorder)
        try:
            yield record
        finally:
            recorder.kill()
            record.reader.join(timeout=5)
            recorder.communicate()  # and closes its pipe

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()


class Recording:
    """What a sink played, read as it comes in 10 ms pieces, each with the time it came.

    Kept in two arrays (12 bytes a piece), not a list of tuples (about 120): the speech
    benchmark records in the kiosk's own process for minutes, and its peak memory is the
    kiosk's figure."""

    PIECE = RATE // 100 * 2  # bytes: 10 ms of 16-bit mono

    def __init__(self, recorder: subprocess.Popen[bytes]) -> None:
        self._recorder = recorder
        self.times = array.array("d")  # when each piece came, in order
        self.loudest = array.array("I")  # its loudest sample (|-32768| does not fit "h")
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self._recorder.stdout is not None
        while piece := self._recorder.stdout.read(self.PIECE):
            samples = array.array("h", piece[: len(piece) // 2 * 2])
            self.loudest.append(max(map(abs, samples), default=0))
            self.times.append(time.monotonic())  # last: a piece with a time is whole

    def loud(self, after: float = 0.0, before: float = float("inf")) -> bool:
        return self.first_loud(after, before) is not None

    def first_loud(self, after: float, before: float = float("inf")) -> float | None:
        """When sound first came after ``after`` (and before ``before``), if it did."""
        count = len(self.times)
        for index in range(bisect.bisect_left(self.times, after, hi=count), count):
            if self.times[index] >= before:
                return None
            if self.loudest[index] > LOUD:
                return self.times[index]
        return None


def installed() -> bool:
    return all(shutil.which(tool) for tool in ("pulseaudio", "pactl", "paplay", "parec"))


@contextmanager
def pulse_server() -> Iterator[PulseServer]:
    """A running private server with one null sink, ``null``; gone afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-pulse-"))
    env = {**os.environ, "XDG_RUNTIME_DIR": str(folder), "HOME": str(folder)}
    process = subprocess.Popen(
        [
            "pulseaudio",
            "-n",  # no default.pa: only what is loaded here
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disallow-exit",
            "-L",
            "module-null-sink sink_name=null",
            "-L",
            f"module-native-protocol-unix auth-anonymous=1 socket={folder / 'native'}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = PulseServer(folder, process)
    deadline = time.monotonic() + 10
    while True:
        try:
            server.pactl("info")
            break
        except subprocess.CalledProcessError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the private PulseAudio server did not start") from None
            time.sleep(0.05)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
