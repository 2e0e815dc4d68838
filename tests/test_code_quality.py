"""Lint is part of the build: each tool runs here, so the one test command runs them all."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REAL_STACK

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


def test_no_code_asks_an_object_for_its_metaobject() -> None:
    """``obj.metaObject()`` on a QML object crashed the suite now and then (a worker died
    while pytest printed a failure). PySide6 6.11 keeps the wrapper of a QML type's
    metaobject for good; once the type is gone (an engine closed), a new QObject made at
    the same address comes back from Qt as that stale ``QMetaObject`` wrapper, and
    ``inherits()`` on it raises. Ask through JavaScript instead
    (``engine.toScriptValue(obj)``), which makes no wrapper.
    """
    found = []
    for path in sorted([*REPO.glob("kiosk/**/*.py"), *REPO.glob("tests/**/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "metaObject"
            ):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found == [], "metaObject() called at " + ", ".join(found)


def test_every_test_of_the_real_stack_is_in_its_row() -> None:
    """A system test file that starts cage, Xvfb or the user manager (through
    ``tests/system/real_stack.py`` or ``user_manager.py``) runs in the real stack's row
    (``tests/conftest.py``), not beside another that does."""
    helpers = {"tests.system.real_stack", "tests.system.user_manager"}
    meets_the_stack = set()
    for file in sorted((REPO / "tests" / "system").glob("test_*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        if imported & helpers:
            meets_the_stack.add(file.relative_to(REPO).as_posix())
    assert meets_the_stack == set(REAL_STACK)
