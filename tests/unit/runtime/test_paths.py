"""Each of the kiosk's folders follows its environment variable, else the user's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.runtime import paths

FOLDERS = [paths.LOGS, paths.SETTINGS, paths.CACHE, paths.RUNTIME]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.variable)
def test_a_folder_follows_its_variable_else_is_the_users_own(
    folder: paths.KioskFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv(folder.variable, str(tmp_path / "chosen"))
    assert folder.path() == tmp_path / "chosen"
    monkeypatch.delenv(folder.variable)
    assert paths.APP_NAME in folder.path().parts
    assert folder.path() != tmp_path / "chosen"


def test_each_folder_has_its_own_variable() -> None:
    assert len({folder.variable for folder in FOLDERS}) == len(FOLDERS)


def test_without_a_session_the_lock_is_in_the_users_state_folder_not_a_shared_tmp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.RUNTIME.variable, raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.RUNTIME.path() == tmp_path / "state" / paths.APP_NAME
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    assert paths.RUNTIME.path() == tmp_path / "run" / paths.APP_NAME
