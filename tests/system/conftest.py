"""Fixtures of the real-stack tests (cage, systemd, X11): see tests/system/real_stack.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.system.real_stack import Unprivileged, make_unprivileged


@pytest.fixture(scope="session")
def unprivileged() -> Iterator[Unprivileged]:
    """A folder and venv of the unprivileged user ``nobody``, for cage and the like."""
    made = make_unprivileged()
    yield made
    shutil.rmtree(made.folder, ignore_errors=True)
