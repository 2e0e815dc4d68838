"""Exit to desktop in a real kiosk process: the staff door's code 80 reaches the exit status.

The panel's button, driven by touch, is tested in tests/ui/staff; this is the process
around it (moved here from there: a subprocess is a system test).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.runtime import paths
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.pin import PinStore

PIN = "2468"

EXITING_KIOSK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pathlib import Path
from kiosk.content.loader import load_content
from kiosk.ui.window import KioskWindow

app = QGuiApplication(sys.argv[:1])
result = load_content(Path(sys.argv[1]))
kiosk = KioskWindow(result.content, result.file.parent, full_screen=True)
kiosk.window.show()


def staff_exits() -> None:
    kiosk.staff.cornerHeld()
    kiosk.staff.tryPin(sys.argv[2])
    kiosk.staff.exitToDesktop()


QTimer.singleShot(500, staff_exits)
sys.exit(app.exec())
"""


def test_exit_to_desktop_ends_a_real_kiosk_process_with_code_80(
    content_dir: Path, tmp_path: Path
) -> None:
    PinStore(tmp_path / "config").save(PIN)
    done = subprocess.run(
        [sys.executable, "-c", EXITING_KIOSK, str(content_dir / "content.yaml"), PIN],
        env={
            **os.environ,
            paths.SETTINGS.variable: str(tmp_path / "config"),
            "QT_QPA_PLATFORM": "offscreen",
            "QT_QUICK_BACKEND": "software",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == ExitCode.TO_DESKTOP, done.stderr
