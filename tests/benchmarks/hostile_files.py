"""Benchmark: the check of every hostile content file, each within the 8 MB cap.

Run: ``.venv/bin/python tests/benchmarks/hostile_files.py [NAME ...]``. Prints, for each file
of ``tests/hostile_files.py``, the seconds the check took in a fresh process (imports
included, as `kiosk check` pays them), its peak memory, and what it answered; asserts
nothing. The aim: every file answered within 2 s and 200 MB on a 2-core machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.hostile_files import CATALOGUE, MEASURE  # noqa: E402


def main() -> None:
    chosen = sys.argv[1:] or list(CATALOGUE)
    print(f"{'file':30} {'seconds':>8} {'peak MB':>8}  answer")
    for name in chosen:
        with tempfile.TemporaryDirectory() as scratch:
            file = CATALOGUE[name](Path(scratch))
            done = subprocess.run(
                [sys.executable, "-c", MEASURE, str(file)],
                capture_output=True,
                text=True,
                check=False,
                cwd=REPO,
            )
        if done.returncode != 0:
            print(f"{name:30} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        run = json.loads(done.stdout)
        answer = "live" if run["live"] else f"{run['errors']} errors; first: {run['first'][:70]}"
        print(f"{name:30} {run['seconds']:8.2f} {run['peak_mb']:8.0f}  {answer}")


if __name__ == "__main__":
    main()
