"""How people and programs save a content change, done for real on real files.

Each save style takes the content file the kiosk was started on and the new
text, and leaves that text at that path, the way the named tool does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

SaveStyle = Callable[[Path, str], None]


def in_place(file: Path, text: str) -> None:
    """Truncate and write the same file (nano, Notepad++, ``echo >``)."""
    with file.open("w", encoding="utf-8") as stream:
        stream.write(text)


def renamed_over(file: Path, text: str) -> None:
    """Write a temporary file beside it, then rename it over (vim, VS Code, gedit)."""
    temporary = file.with_name(f".{file.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, file)


def deleted_and_recreated(file: Path, text: str) -> None:
    """Remove the file, then write a new one (some editors, ``git pull``)."""
    file.unlink()
    file.write_text(text, encoding="utf-8")


def folder_replaced(file: Path, text: str) -> None:
    """Copy a whole new content folder in and swap it for the old one (a USB copy, rsync)."""
    folder = file.parent
    incoming = folder.with_name(folder.name + ".incoming")
    shutil.copytree(folder, incoming, symlinks=True)
    (incoming / file.name).write_text(text, encoding="utf-8")
    retired = folder.with_name(folder.name + ".old")
    folder.rename(retired)
    incoming.rename(folder)
    shutil.rmtree(retired)


def release_switched(file: Path, text: str) -> None:
    """``ln -sfn releases/vN current``: a new release beside the old, then the link moved.

    ``file`` is ``.../current/content.yaml`` with ``current`` a link into ``releases/``.
    """
    link = file.parent
    releases = link.parent / "releases"
    now = (link.parent / os.readlink(link)).resolve()
    number = 1 + max(int(path.name[1:]) for path in releases.iterdir())
    release = releases / f"v{number}"
    shutil.copytree(now, release)
    (release / file.name).write_text(text, encoding="utf-8")
    subprocess.run(
        ["ln", "-sfn", f"releases/{release.name}", link.name], cwd=link.parent, check=True
    )


def as_release(folder: Path) -> Path:
    """Move a content folder to ``releases/v1`` beside a link ``current``; the new file path."""
    releases = folder.parent / "releases"
    releases.mkdir()
    folder.rename(releases / "v1")
    (folder.parent / "current").symlink_to("releases/v1")
    return folder.parent / "current" / "content.yaml"


STYLES: dict[str, SaveStyle] = {
    "in-place": in_place,
    "renamed-over": renamed_over,
    "deleted-and-recreated": deleted_and_recreated,
    "folder-replaced": folder_replaced,
    "release-switched": release_switched,
}
