"""Every hostile content file within the 8 MB cap is answered, located, in bounded memory.

Each file of ``tests/hostile_files.py`` is checked as `kiosk check` checks it, in a fresh
process. How long each takes is printed by ``tests/benchmarks/hostile_files.py``, not tested
here: the timeout below only turns a hang into a failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile_files import CATALOGUE, MEASURE

REPO = Path(__file__).resolve().parents[2]
#: The issue's bound for any file within the cap, on a 2-core machine.
MAX_PEAK_MB = 200
#: Problems listed for one file, and one more line that says how many were left out.
MAX_LISTED = 101
HANG_S = 120


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_a_hostile_file_is_answered_in_bounded_memory(name: str, tmp_path: Path) -> None:
    file = CATALOGUE[name](tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(file)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        timeout=HANG_S,
    )
    assert done.returncode == 0, done.stderr
    run = json.loads(done.stdout)
    assert run["peak_mb"] <= MAX_PEAK_MB, run
    assert run["live"] or (run["errors"] > 0 and run["located"]), run
    assert run["errors"] + run["warnings"] <= MAX_LISTED, run
