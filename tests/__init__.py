"""The kiosk's tests.

Where PYTHONDONTWRITEBYTECODE is set (to keep the tree free of ``__pycache__``), each test
process compiled the kiosk and rewrote every test module afresh, about 2 s of CPU each.
Their bytecode is kept out of the tree instead, in ``.cache`` (ignored by git). Here, as
the package is imported before any conftest or test module.
"""

import sys
from pathlib import Path

if sys.dont_write_bytecode:
    sys.dont_write_bytecode = False
    sys.pycache_prefix = str(Path(__file__).resolve().parents[1] / ".cache" / "pycache")
