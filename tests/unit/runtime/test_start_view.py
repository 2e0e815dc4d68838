"""The start view is used only while everything it was made from is unchanged."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

import pytest

from kiosk.content.screen_settings import ScreenSettings
from kiosk.runtime import paths, start_view
from kiosk.runtime.start_view import StartView, read_start_view, save_start_view

VIEW = StartView(
    home={"clinic": {"name": "Clinic"}, "languages": [], "categories": []},
    language="en",
    screen=ScreenSettings(
        idle_timeout_seconds=90,
        idle_warning_seconds=20,
        large_text_scale=1.5,
        hide_cursor=True,
        staff_hold_seconds=3,
        screen_cleaning_seconds=30,
        speech_volume=5,
        speech_through_speakers=False,
        speech_rate=150,
    ),
)


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A content file and one picture, with a start view saved for them."""
    monkeypatch.setenv(paths.CACHE.variable, str(tmp_path / "cache"))
    file = tmp_path / "content.yaml"
    file.write_text("clinic: {}\n", encoding="utf-8")
    picture = tmp_path / "assets" / "logo.svg"
    picture.parent.mkdir()
    picture.write_text("<svg/>", encoding="utf-8")
    save_start_view(file, VIEW, [picture])
    return file, picture


def the_view_file() -> Path:
    (view_file,) = (Path(os.environ[paths.CACHE.variable]) / "start-views").iterdir()
    return view_file


def new_content(folder: Path) -> Path:
    file = folder / "content.yaml"
    folder.mkdir()
    file.write_text("clinic: {}\n", encoding="utf-8")
    return file


def test_an_unchanged_start_reads_the_view_back(saved: tuple[Path, Path]) -> None:
    file, _ = saved
    assert read_start_view(file) == VIEW


def test_a_changed_content_file_has_no_start_view(saved: tuple[Path, Path]) -> None:
    file, _ = saved
    file.write_text("clinic: {name: Other}\n", encoding="utf-8")
    assert read_start_view(file) is None


def test_a_rewrite_that_keeps_size_and_time_has_no_start_view(saved: tuple[Path, Path]) -> None:
    """As ``cp -p`` or an unpacked archive leave it: other bytes, the same size, the old time."""
    file, _ = saved
    before = file.stat()
    file.write_text("CLINIC: {}\n", encoding="utf-8")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (file.stat().st_size, file.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert read_start_view(file) is None


def test_a_picture_replaced_with_the_same_bytes_has_no_start_view(
    saved: tuple[Path, Path],
) -> None:
    file, picture = saved
    replacement = picture.with_name("new.svg")
    replacement.write_text("<svg/>", encoding="utf-8")
    os.replace(replacement, picture)  # the same bytes and size, another file
    assert read_start_view(file) is None


def test_a_missing_picture_has_no_start_view(saved: tuple[Path, Path]) -> None:
    file, picture = saved
    picture.unlink()
    assert read_start_view(file) is None


def test_other_code_has_no_start_view(
    saved: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    file, _ = saved
    monkeypatch.setattr(start_view, "_code_stamp", lambda: "an upgraded kiosk")
    assert read_start_view(file) is None


def test_other_content_has_its_own_view(saved: tuple[Path, Path], tmp_path: Path) -> None:
    file, _ = saved
    other = new_content(tmp_path / "other")
    assert read_start_view(other) is None
    other_view = dataclasses.replace(VIEW, language="es")
    save_start_view(other, other_view, [])
    assert read_start_view(other) == other_view
    assert read_start_view(file) == VIEW, "a preview of other content leaves the kiosk's view"


def test_only_the_newest_views_are_kept(
    saved: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(start_view, "KEPT", 2)
    files = [new_content(tmp_path / name) for name in ("a", "b", "c")]
    for file in files:
        time.sleep(0.01)  # distinct modification times
        save_start_view(file, VIEW, [])
    views = Path(os.environ[paths.CACHE.variable]) / "start-views"
    assert len(list(views.iterdir())) == 2
    assert [read_start_view(file) for file in files] == [None, VIEW, VIEW]


def test_the_view_in_use_outlasts_previews_of_other_content(
    saved: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kiosk saves its unchanged view again at every start: that keeps it from pruning."""
    file, picture = saved
    monkeypatch.setattr(start_view, "KEPT", 2)
    previews = [new_content(tmp_path / name) for name in ("a", "b")]
    time.sleep(0.01)
    save_start_view(previews[0], VIEW, [])
    time.sleep(0.01)
    save_start_view(file, VIEW, [picture])  # the kiosk starts again, nothing changed
    time.sleep(0.01)
    save_start_view(previews[1], VIEW, [])
    assert [read_start_view(path) for path in (file, *previews)] == [VIEW, None, VIEW]


@pytest.mark.parametrize(
    "written",
    [b"", b"not json", b"[]", b'{"format": 1}', b"\xff\xfe"],
    ids=["empty", "not JSON", "a list", "fields missing", "not UTF-8"],
)
def test_a_damaged_view_file_means_an_ordinary_start(
    saved: tuple[Path, Path], written: bytes
) -> None:
    file, _ = saved
    the_view_file().write_bytes(written)
    assert read_start_view(file) is None


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("format", 1),
        ("view", {**dataclasses.asdict(VIEW), "home": []}),
        ("view", {"home": {}}),
        ("view", {"home": {}, "language": "en", "idle_timeout_seconds": 90}),
        ("view", {**dataclasses.asdict(VIEW), "screen": ["not", "settings"]}),
    ],
    ids=[
        "another format",
        "home not a mapping",
        "settings missing",
        "settings of format 1",
        "settings not a mapping",
    ],
)
def test_a_view_of_another_shape_means_an_ordinary_start(
    saved: tuple[Path, Path], key: str, value: object
) -> None:
    file, _ = saved
    written = json.loads(the_view_file().read_text(encoding="utf-8"))
    written[key] = value
    the_view_file().write_text(json.dumps(written), encoding="utf-8")
    assert read_start_view(file) is None


def test_a_view_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(paths.CACHE.variable, str(blocked))
    file = new_content(tmp_path / "clinic")
    save_start_view(file, VIEW, [])
    assert read_start_view(file) is None
    assert list(tmp_path.glob("**/*.tmp")) == [], "nothing half-written is left behind"
