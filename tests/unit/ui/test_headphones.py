"""The headphone watch misses no change, whenever it comes (kiosk/ui/headphones.py).

A stand-in ``pactl`` lets the test choose the moments: ``subscribe`` prints what the test
writes to an events file (all of it, from the start: an event written before a slow
``tail`` opened the file would be lost otherwise), and ``list sinks`` takes its copy of
the outputs as it starts and, while a ``hold`` file exists, waits before printing it (a
slow server). Each read leaves its number in ``reads`` as it starts and in ``done`` as it
ends.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.headphones import HeadphoneWatch

PACTL = """#!/bin/sh
here={folder}
if [ "$1" = subscribe ]; then exec tail -n +1 -f "$here/events"; fi
count=$(ls "$here/reads" | wc -l)
cp "$here/sinks" "$here/reads/$count"
while [ -e "$here/hold" ]; do sleep 0.01; done
cat "$here/reads/$count"
touch "$here/done/$count"
"""

SPEAKERS = {"name": "speakers", "properties": {"device.form_factor": "internal"}}
HEADSET = {"name": "usb_headset", "properties": {"device.form_factor": "headset"}}


class Server:
    """The stand-in server's state, as files the stand-in ``pactl`` reads."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "reads").mkdir()
        (folder / "done").mkdir()
        (folder / "events").write_text("")
        self.outputs(SPEAKERS)
        self.pactl = folder / "pactl"
        self.pactl.write_text(PACTL.format(folder=folder))
        self.pactl.chmod(self.pactl.stat().st_mode | stat.S_IXUSR)

    def outputs(self, *sinks: dict[str, object]) -> None:
        (self.folder / "sinks").write_text(json.dumps(list(sinks)))

    def event(self) -> None:
        with (self.folder / "events").open("a") as events:
            events.write("Event 'change' on sink #1\n")

    @property
    def reads(self) -> int:
        """How many reads have started."""
        return len(list((self.folder / "reads").iterdir()))

    @property
    def done(self) -> int:
        """How many have printed the outputs."""
        return len(list((self.folder / "done").iterdir()))

    def hold(self, held: bool) -> None:
        (self.folder / "hold").touch() if held else (self.folder / "hold").unlink()


@pytest.fixture
def server(tmp_path: Path) -> Server:
    return Server(tmp_path)


@pytest.fixture
def watch(server: Server, qtbot: QtBot) -> Iterator[HeadphoneWatch]:
    watching = HeadphoneWatch(pactl=str(server.pactl))
    watching.start()
    qtbot.waitUntil(lambda: watching.following, timeout=5000)
    yield watching
    watching.stop()


def test_a_headset_plugged_in_before_pactl_had_subscribed_is_seen(
    server: Server, watch: HeadphoneWatch, qtbot: QtBot
) -> None:
    # The first read is back and no event is ever printed: as when the headset came in
    # the moment between pactl starting and its subscription.
    server.outputs(SPEAKERS, HEADSET)
    qtbot.waitUntil(lambda: watch.output == "usb_headset", timeout=5000)


def test_a_change_while_the_outputs_are_being_read_is_read_again(
    server: Server, watch: HeadphoneWatch, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: server.done == 2, timeout=5000)  # the first, and the catch-up
    server.hold(True)
    server.event()
    qtbot.waitUntil(lambda: server.reads == 3, timeout=5000)  # read with the speakers alone
    server.outputs(SPEAKERS, HEADSET)
    server.event()
    qtbot.wait(600)  # the quiet time passes while that read is held
    server.hold(False)
    qtbot.waitUntil(lambda: watch.output == "usb_headset", timeout=5000)
    assert server.reads == 4


def test_a_pactl_that_could_not_start_is_tried_again_and_then_followed(
    server: Server, qtbot: QtBot
) -> None:
    server.pactl.chmod(0o644)  # there, but it cannot run (as after a broken upgrade)
    watching = HeadphoneWatch(pactl=str(server.pactl))
    watching.start()
    qtbot.wait(200)
    assert not watching.following
    server.outputs(SPEAKERS, HEADSET)
    server.pactl.chmod(0o755)
    qtbot.waitUntil(lambda: watching.output == "usb_headset", timeout=5000)  # the 1 s retry
    watching.stop()
