"""Benchmark: how soon the kiosk is back on screen after a crash, under a real systemd manager.

Run as root: ``.venv/bin/python tests/benchmarks/restart.py``. Prints numbers; asserts nothing.
The unit ``kiosk setup-pc`` writes runs under a systemd user manager as nobody, with cage on
its headless backend (as ``tests/system/test_unit_under_systemd.py`` runs it). Five times
``kill -9`` and five times SIGSEGV of the kiosk; each timed from the signal to the unit being
active again with a new main process, which systemd reports after the new kiosk's READY=1
(sent after its first frame).
"""

from __future__ import annotations

import os
import signal
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.system.real_stack import make_unprivileged
from tests.system.test_unit_under_systemd import UNIT, install, kiosk_pid
from tests.system.user_manager import UserManager


def main() -> None:
    home = make_unprivileged()
    manager = UserManager(home)
    try:
        content = home.content()
        install(manager, UNIT, [str(home.python), "-m", "kiosk", "cage", "--content", str(content)])
        manager.ctl("start", UNIT)
        seconds = []
        for how in [signal.SIGKILL] * 5 + [signal.SIGSEGV] * 5:
            before = manager.show(UNIT)["MainPID"]
            os.kill(kiosk_pid(manager), how)
            started = time.monotonic()
            while True:
                now = manager.show(UNIT)
                if now["SubState"] == "running" and now["MainPID"] != before:
                    break
                time.sleep(0.01)
            seconds.append(time.monotonic() - started)
            time.sleep(1)  # the new kiosk settles, and names itself in the status file
        print("crash to the kiosk back on screen (s):", " ".join(f"{s:.2f}" for s in seconds))
        print(f"median {statistics.median(seconds):.2f}, max {max(seconds):.2f}")
        manager.ctl("stop", UNIT)
    finally:
        manager.close()


if __name__ == "__main__":
    main()
