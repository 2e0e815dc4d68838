"""A kiosk reloads in one process for months: a save leaves nothing behind once it is shown.

Saves are driven as the reload benchmark drives them (``tests/ui/reload/driving.py``), in a
running kiosk window, with the quiet time cut short and each file's modification time set a
second back, so that a save loads as soon as its event arrives.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from kiosk.ui import content_watch
from tests.ui.finger import all_items
from tests.ui.reload.driving import FirstFrames
from tests.ui.reload.live import WAIT_MS, Live, StartLive, retitled
from tests.ui.saves import in_place

WARM_UP = 30  # pictures cached, the QML engine's heaps at size
SAVES = 120
#: Python's allocated blocks may grow by this much per save (about 1.5 here, from caches
#: that fill slowly). The benchmark's old wait, ``QTimer.singleShot(ms, loop.quit)``, kept
#: about 8 a save here (one of about 60 bytes per call): in the benchmark, 3.5 KB a
#: reload, which it printed as the kiosk's own growth.
BLOCKS_PER_SAVE = 3


@dataclass(frozen=True)
class Held:
    """What a running kiosk holds: Python's allocations and objects, Qt's objects."""

    blocks: int
    python_objects: Counter[str]
    qt_objects: int
    items: int


def held(live: Live) -> Held:
    gc.collect()
    return Held(
        blocks=sys.getallocatedblocks(),
        python_objects=Counter(type(each).__qualname__ for each in gc.get_objects()),
        qt_objects=len(live.kiosk.findChildren(QObject))
        + len(live.kiosk.window.findChildren(QObject)),
        items=sum(1 for _ in all_items(live.kiosk.window.contentItem())),
    )


@pytest.mark.waits
def test_saves_shown_in_a_running_kiosk_keep_nothing(
    clinic: Path, start_live: StartLive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_watch, "QUIET_MS", 1)
    live = start_live(clinic)
    frames = FirstFrames(live.kiosk)
    original = clinic.read_text(encoding="utf-8")

    def save(number: int) -> None:
        in_place(clinic, retitled(original, f"Crow's feet {number}"))
        a_second_ago = time.time_ns() - 1_000_000_000  # written and done with, by its clock
        os.utime(clinic, ns=(a_second_ago, a_second_ago))

    def show(saves: range) -> None:
        for number in saves:
            assert frames.after(lambda number=number: save(number), WAIT_MS) < float("inf")
            assert len(live.received) == 1, "each save loads once"
            live.received.clear()  # the test's own list would keep every content

    show(range(WARM_UP))
    held(live)  # looking makes Python wrappers of Qt objects once
    show(range(WARM_UP, 2 * WARM_UP))
    before = held(live)
    show(range(2 * WARM_UP, 2 * WARM_UP + SAVES))
    after = held(live)
    assert f"Crow's feet {2 * WARM_UP + SAVES - 1}" in live.tile_texts()
    grown = {
        kind: count
        for kind, count in (after.python_objects - before.python_objects).items()
        if count >= SAVES // 4
    }
    assert not grown, f"Python objects kept by each save: {grown}"
    assert (after.qt_objects, after.items) == (before.qt_objects, before.items)
    assert after.blocks - before.blocks < BLOCKS_PER_SAVE * SAVES
