"""A restart shows home from the start view, then works as any start; a change means a full one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.system.faulty_kiosk import BROWSED
from tests.system.kiosk_process import PATIENCE_S, start_kiosk

FROM_VIEW = "first frame from the start view"


def browse(content_dir: Path) -> str:
    """Start the kiosk, open each topic of ``BROWSED`` and stop; the run's own log."""
    kiosk = start_kiosk(content_dir, fault="browse")
    out, err = kiosk.process.communicate(timeout=PATIENCE_S)
    assert kiosk.process.returncode == 0, err
    assert out.split() == [word for topic in BROWSED for word in ("visited", topic)]
    return kiosk.own_log()


def test_a_restart_starts_from_the_view_and_a_changed_file_does_not(content_dir: Path) -> None:
    first = browse(content_dir)
    assert FROM_VIEW not in first, "nothing was loaded here before"
    again = browse(content_dir)
    assert FROM_VIEW in again
    assert again.index(FROM_VIEW) < again.index("content loaded:"), "the check still runs"
    file = content_dir / "content.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("Crow's feet", "Crows"), "utf-8")
    assert FROM_VIEW not in browse(content_dir)


def test_the_way_to_the_first_frame_imports_no_content_models() -> None:
    """What makes the start view fast: the kiosk's start imports no pydantic and no YAML."""
    modules = [
        "kiosk.cli",
        "kiosk.commands.run",
        "kiosk.ui.start",
        "kiosk.ui.window",
        "kiosk.runtime.start_view",
    ]
    script = (
        f"import sys\nfor name in {modules!r}: __import__(name)\n"
        "heavy = {'pydantic', 'yaml', 'PIL', 'babel'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
