"""What live reload watches and compares: stat fingerprints, watched folders, outcome lines."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.content.fingerprint import fingerprint, watch_paths
from kiosk.content.loader import load_content
from kiosk.content.outcome import loaded_line, rejected_line


def test_every_kind_of_save_changes_the_fingerprint(content_dir: Path) -> None:
    file = content_dir / "content.yaml"
    content = load_content(file).content
    seen = [fingerprint(file, content)]
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("Crow's feet", "Crow's fete"), encoding="utf-8")  # same size
    seen.append(fingerprint(file, content))
    (content_dir / "new.yaml").write_text(text, encoding="utf-8")
    os.replace(content_dir / "new.yaml", file)  # renamed over
    seen.append(fingerprint(file, content))
    (content_dir / "assets" / "extra.svg").write_text("<svg/>", encoding="utf-8")
    seen.append(fingerprint(file, content))
    (content_dir / "assets" / "logo.svg").unlink()
    seen.append(fingerprint(file, content))
    assert len(set(seen)) == len(seen)
    assert fingerprint(file, content) == seen[-1], "nothing changed, nothing differs"


def test_a_rewrite_that_puts_the_old_time_back_changes_it(content_dir: Path) -> None:
    """``cp -p`` over the file: other bytes of the same size, the old modification time."""
    file = content_dir / "content.yaml"
    before = fingerprint(file, None)
    was = file.stat()
    file.write_text(file.read_text(encoding="utf-8").upper(), encoding="utf-8")
    os.utime(file, ns=(was.st_atime_ns, was.st_mtime_ns))
    assert (file.stat().st_size, file.stat().st_mtime_ns) == (was.st_size, was.st_mtime_ns)
    assert fingerprint(file, None) != before


def test_the_folder_holding_each_link_on_the_way_is_watched(content_dir: Path) -> None:
    site = content_dir / "site"
    (site / "releases" / "v1").mkdir(parents=True)
    (site / "releases" / "v1" / "content.yaml").write_text("", encoding="utf-8")
    (site / "current").symlink_to("releases/v1")
    (content_dir / "kiosk").symlink_to(site)  # a link two levels above the file
    watched = watch_paths(content_dir / "kiosk" / "current" / "content.yaml", None)
    assert content_dir in watched, "holds the link `kiosk`"
    assert site in watched, "holds the link `current`"
    assert content_dir / "kiosk" / "current" in watched


def test_a_missing_folder_is_watched_from_the_nearest_that_exists(tmp_path: Path) -> None:
    assert tmp_path in watch_paths(tmp_path / "not" / "yet" / "content.yaml", None)


def test_outcome_lines(content_dir: Path) -> None:
    file = content_dir / "content.yaml"
    good = load_content(file)
    assert good.content is not None
    assert (
        loaded_line("c.yaml", good.content) == "content loaded: c.yaml (8 topics; languages en, es)"
    )
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("  crows-feet:\n    title:", "  crows-feet:\n    titel:"))
    bad = load_content(file)
    line = rejected_line("c.yaml", bad, had_content=True)
    assert line.startswith("content rejected: c.yaml:")
    assert ": topics.crows-feet: " in line
    assert line.endswith(" (and 1 more); keeping previous content")
