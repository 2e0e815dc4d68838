"""The start view is used only while everything it was made from is unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.runtime import start_view
from kiosk.runtime.start_view import StartView, read_start_view, save_start_view

VIEW = StartView(
    home={"clinic": {"name": "Clinic"}, "languages": [], "categories": []},
    language="en",
    idle_timeout_seconds=90,
    idle_warning_seconds=20,
    large_text_scale=1.5,
    hide_cursor=True,
    staff_hold_seconds=3,
    screen_cleaning_seconds=30,
)


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A content file and one picture, with a start view saved for them."""
    monkeypatch.setenv(start_view.CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    file = tmp_path / "content.yaml"
    file.write_text("clinic: {}\n", encoding="utf-8")
    picture = tmp_path / "assets" / "logo.svg"
    picture.parent.mkdir()
    picture.write_text("<svg/>", encoding="utf-8")
    save_start_view(file, VIEW, [picture])
    return file, picture


def test_an_unchanged_start_reads_the_view_back(saved: tuple[Path, Path]) -> None:
    file, _ = saved
    assert read_start_view(file) == VIEW


def test_a_changed_content_file_has_no_start_view(saved: tuple[Path, Path]) -> None:
    file, _ = saved
    file.write_text("clinic: {name: Other}\n", encoding="utf-8")
    assert read_start_view(file) is None


def test_a_picture_replaced_with_the_same_size_has_no_start_view(
    saved: tuple[Path, Path],
) -> None:
    file, picture = saved
    replacement = picture.with_name("new.svg")
    replacement.write_text("<svg/>", encoding="utf-8")
    os.replace(replacement, picture)  # same bytes and size, another file
    assert read_start_view(file) is None


def test_a_missing_picture_has_no_start_view(saved: tuple[Path, Path]) -> None:
    file, picture = saved
    picture.unlink()
    assert read_start_view(file) is None


def test_other_content_has_its_own_view(saved: tuple[Path, Path], tmp_path: Path) -> None:
    other = tmp_path / "other" / "content.yaml"
    other.parent.mkdir()
    other.write_text("clinic: {}\n", encoding="utf-8")
    assert read_start_view(other) is None


def test_other_code_has_no_start_view(
    saved: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    file, _ = saved
    monkeypatch.setattr(start_view.kiosk, "__version__", "999")
    assert read_start_view(file) is None


@pytest.mark.parametrize(
    "written",
    ["", "not json", "[]", '{"format": 1}', '{"format": 99, "code": "", "files": [], "view": {}}'],
    ids=["empty", "not JSON", "a list", "fields missing", "another format"],
)
def test_a_damaged_view_file_means_an_ordinary_start(
    saved: tuple[Path, Path], written: str
) -> None:
    file, _ = saved
    (view_file,) = (Path(os.environ[start_view.CACHE_DIR_VARIABLE]) / "start-views").iterdir()
    view_file.write_text(written, encoding="utf-8")
    assert read_start_view(file) is None


def test_a_view_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(start_view.CACHE_DIR_VARIABLE, str(blocked))
    file = tmp_path / "content.yaml"
    file.write_text("clinic: {}\n", encoding="utf-8")
    save_start_view(file, VIEW, [])
    assert read_start_view(file) is None
