"""Fixtures for the staff door tests (the kiosk itself is tests/ui's ``open_kiosk``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication


@dataclass
class WaysOut:
    """What the app was asked to do to end: its exit codes."""

    exits: list[int] = field(default_factory=list)


@pytest.fixture
def ways_out(monkeypatch: pytest.MonkeyPatch) -> WaysOut:
    """Record ``QCoreApplication.exit`` instead of doing it."""
    seen = WaysOut()
    monkeypatch.setattr(QCoreApplication, "exit", seen.exits.append)
    return seen
