"""Fixtures shared by every test: the bundled content and a scratch copy of it."""

from __future__ import annotations

import atexit
import datetime
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from xdist.scheduler import LoadScopeScheduling

# Qt runs without a display, with the software renderer, in every test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Start views (kiosk.runtime.start_view) that kiosks started by tests save stay out of the
# user's own cache.
if "KIOSK_CACHE_DIR" not in os.environ:
    os.environ["KIOSK_CACHE_DIR"] = tempfile.mkdtemp(prefix="kiosk-test-cache-")
    atexit.register(shutil.rmtree, os.environ["KIOSK_CACHE_DIR"], ignore_errors=True)

import pytest
from hypothesis import settings

from kiosk.content.loader import LoadResult, load_content

# In CI every run explores the same examples, so a red run is always reproducible;
# on a developer's machine each run explores new ones.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "content.yaml"
#: Review dates in the bundled content are checked against this day, so tests do not age.
TODAY = datetime.date(2026, 11, 24)


#: Test folders whose tests share something outside the test process, so that each runs on
#: one test process, one test at a time: the YAML language server (installed into .cache on
#: first use), and kiosk processes whose timing is tested (a fault ends one within 1 s).
SERIAL_FOLDERS = ("system", "editor")
#: System tests that meet the real stack as this one unprivileged user (one systemd user
#: manager, cage, Xvfb with a window manager, the packages setup-pc reads): a row of their
#: own beside the other system tests, which start kiosks in folders of their own.
REAL_STACK = tuple(
    f"tests/system/{name}.py"
    for name in (
        "test_under_cage",
        "test_unit_under_systemd",
        "test_x11_window_manager",
        "test_setup_pc",
    )
)
#: Files in those folders that share nothing: each test checks one file in a fresh process
#: of its own, so they go to any process (38 s of the system tests' 160 s in one row).
SHARE_NOTHING = ("tests/system/test_hostile_files.py",)


def _serial_row(nodeid: str) -> str | None:
    """The row (tests one after another, on one process) a test belongs to, if any."""
    parts = nodeid.split("/")
    file = nodeid.partition("::")[0]
    if len(parts) < 3 or parts[0] != "tests" or parts[1] not in SERIAL_FOLDERS:
        return None
    if file in SHARE_NOTHING:
        return None
    return "real-stack" if file in REAL_STACK else parts[1]


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """xdist's ``loadgroup``, with the groups taken from the folder rather than a marker.

    ``--dist loadgroup`` reads ``xdist_group`` marks by appending them to ``item._nodeid``,
    which pytest 9.2 no longer reads (pytest-xdist 3.8): the marks were ignored and system
    tests ran side by side. The scheduler asks each test id for its scope instead.
    """

    class FolderScheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            # Any other test is a scope of its own: it may go anywhere.
            return _serial_row(nodeid) or nodeid

    return FolderScheduling(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The serial rows first, then the tests marked ``waits``, each in its place otherwise:
    xdist hands out work in this order, so the longest rows (the system tests, about a
    minute each one after another, and the editor's) and each long wait start at the start
    of the run, and the short tests fill around them, rather than a row or a 20 s wait
    starting late and holding the run alone."""
    items.sort(
        key=lambda item: (
            _serial_row(item.nodeid) is None,
            item.get_closest_marker("waits") is None,
        )
    )


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return BUNDLED.read_text(encoding="utf-8")


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A folder holding a copy of the bundled content and its pictures."""
    shutil.copy(BUNDLED, tmp_path / "content.yaml")
    shutil.copytree(REPO / "assets", tmp_path / "assets")
    return tmp_path


CheckText = Callable[[str], LoadResult]


@pytest.fixture
def check_text(content_dir: Path) -> CheckText:
    """Write ``text`` as content.yaml beside the bundled pictures and load it with warnings."""

    def check(text: str) -> LoadResult:
        file = content_dir / "content.yaml"
        file.write_text(text, encoding="utf-8")
        return load_content(file, lint=True, today=TODAY)

    return check


def formatted(result: LoadResult, severity: str = "error") -> list[str]:
    """The problems of ``severity`` as staff see them, with the file shown as content.yaml."""
    return [
        problem.format("content.yaml")
        for problem in result.problems
        if problem.severity.value == severity
    ]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line where ``needle`` occurs for the ``occurrence``-th time."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found {occurrence} times")
