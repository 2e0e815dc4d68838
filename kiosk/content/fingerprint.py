"""What live reload looks at on disk: a cheap fingerprint and the folders to watch.

A fingerprint is only ``stat`` calls (no reading), so it can be taken after
every file-system event and on a timer as a safety net. Two fingerprints
differ when the content file or any picture was written, replaced, removed
or added, however that was done (in place, renamed over, a folder swapped,
a symbolic link switched to another release).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models load only with content: a start view is checked without them
    from kiosk.content.model import Content

#: The pictures' folder by convention; every file in it is watched, named or not yet.
ASSETS = "assets"


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What ``stat`` says of a file: any save changes at least one of these.

    ``ctime_ns`` catches a rewrite in place that keeps the size and puts the old
    modification time back (``cp -p``, ``touch -r``, an unpacked archive): nothing
    outside the kernel can set it.
    """

    size: int
    mtime_ns: int
    inode: int
    device: int
    ctime_ns: int


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The content file's stamp and every picture's, by path; ``None`` for a missing file."""

    content: FileStamp | None
    pictures: tuple[tuple[str, FileStamp | None], ...]

    @property
    def newest_mtime_ns(self) -> int:
        """When the most recently written of these files was written (0 if none exists)."""
        stamps = [self.content, *(stamp for _, stamp in self.pictures)]
        return max((stamp.mtime_ns for stamp in stamps if stamp is not None), default=0)


def stamp(path: Path) -> FileStamp | None:
    """The file's stamp, through symbolic links; ``None`` when it is not there."""
    try:
        found = path.stat()
    except (OSError, ValueError):
        return None
    return FileStamp(
        found.st_size, found.st_mtime_ns, found.st_ino, found.st_dev, found.st_ctime_ns
    )


def fingerprint(file: Path, content: Content | None) -> Fingerprint:
    """Stamps of ``file``, of every file under its ``assets`` folder and of the named pictures."""
    assets = file.parent / ASSETS
    pictures = sorted({*_tree(assets)[1], *picture_files(file, content)})
    return Fingerprint(stamp(file), tuple((str(path), stamp(path)) for path in pictures))


def picture_files(file: Path, content: Content | None) -> set[Path]:
    """The pictures ``content`` names, as paths beside ``file``."""
    if content is None:
        return set()
    from kiosk.content.model import Picture
    from kiosk.content.walk import find_all

    return {file.parent / picture.file for _, picture in find_all(content, Picture)}


def watch_paths(file: Path, content: Content | None) -> set[Path]:
    """Every file and folder whose change can change what the kiosk should show.

    Files are watched for writes in place. Folders are watched for entries
    that come and go: a file renamed over (how most editors save), deleted and
    made again, the content folder replaced (its parent is watched), and each
    symbolic link along the path switched to another target (the folder that
    holds the link is watched). Only paths that exist are returned.
    """
    file = Path(os.path.abspath(file))
    folder = file.parent
    wanted = {file, folder, folder.parent, *_link_parents(file)}
    assets = folder / ASSETS
    folders, files = _tree(assets)
    wanted |= {assets, *folders, *files}
    for picture in picture_files(file, content):
        wanted |= {picture, picture.parent}
    wanted.add(_nearest_existing(folder))  # a content folder not made yet
    return {path for path in wanted if path.exists()}


def _link_parents(path: Path) -> set[Path]:
    """The folder holding each symbolic link met while following ``path``."""
    parents: set[Path] = set()
    seen = 0
    pending = list(path.parts)
    current = Path(pending.pop(0))
    while pending and seen < 40:  # a link loop ends here, as the OS would end it
        current = current / pending.pop(0)
        if current.is_symlink():
            seen += 1
            parents.add(current.parent)
            target = Path(os.readlink(current))
            resolved = target if target.is_absolute() else current.parent / target
            pending = list(resolved.parts) + pending
            current = Path(pending.pop(0))
    return parents


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _tree(folder: Path) -> tuple[list[Path], list[Path]]:
    """The folders and the files below ``folder``, in one walk."""
    folders: list[Path] = []
    files: list[Path] = []
    for root, folder_names, file_names in os.walk(folder):
        folders += (Path(root) / name for name in folder_names)
        files += (Path(root) / name for name in file_names)
    return folders, files
