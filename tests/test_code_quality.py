"""Lint is part of the build: each tool runs here, so the one test command runs them all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

TOOLS = {
    "ruff check": [str(BIN / "ruff"), "check", "."],
    "ruff format": [str(BIN / "ruff"), "format", "--check", "."],
    "mypy strict (the whole package)": [str(BIN / "mypy")],
    "import-linter (no Qt in the core; the layers)": [str(BIN / "lint-imports"), "--no-cache"],
}


@pytest.mark.parametrize("tool", list(TOOLS))
def test_tool_passes(tool: str) -> None:
    done = subprocess.run(
        TOOLS[tool], cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"{tool} failed:\n{done.stdout}\n{done.stderr}"
