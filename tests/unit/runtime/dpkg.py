"""A stand-in ``dpkg-query`` on the PATH, for what the machine is said to have installed."""

from __future__ import annotations

from pathlib import Path

import pytest


def dpkg_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str]) -> None:
    """``dpkg-query -W`` answers ``lines`` ("status<TAB>package<TAB>provides"), and only them."""
    fake = tmp_path / "dpkg-query"
    fake.write_text("#!/bin/sh\nprintf '%s\\n' " + " ".join(f"'{line}'" for line in lines) + "\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
