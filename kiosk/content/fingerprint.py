"""What live reload looks at on disk: a cheap fingerprint and the folders to watch.

A fingerprint is only ``stat`` calls (no reading), so it can be taken after
every file-system event and on a timer as a safety net. Two fingerprints
differ when the content file or any picture was written, replaced, removed
or added, however that was done (in place, renamed over, a folder swapped,
a symbolic link switched to another release).
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.file_kind import not_a_file

if TYPE_CHECKING:  # the models load only with content: a start view is checked without them
    from kiosk.content.model import Content

#: The pictures' folder by convention; the files in it are watched, named or not yet.
ASSETS = "assets"
#: At most this many files and folders below ``assets`` are stamped and watched (the
#: pictures the content names always are); a clinic has tens of pictures. All of them,
#: in the GUI thread: with 50,000 files, a start took 19 s, each look of the safety net
#: (every 2 s) 1.1 s and each reload 13 s, near the watchdog's 30 s; now 0.5 s, 12 ms
#: and 48 ms, as with 10,000 (``tests/benchmarks/reload.py --assets N``).
MAX_ASSET_ENTRIES = 2000


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
    """The content file's stamp and every picture's, by path; ``None`` for a missing file.

    ``every_asset`` is ``False`` when ``assets`` holds more than ``MAX_ASSET_ENTRIES``
    files and folders: a change to one the content does not name may then go unseen.
    """

    content: FileStamp | None
    pictures: tuple[tuple[str, FileStamp | None], ...]
    every_asset: bool = True

    @property
    def newest_mtime_ns(self) -> int:
        """When the most recently written of these files was written (0 if none exists)."""
        stamps = [self.content, *(stamp for _, stamp in self.pictures)]
        return max((stamp.mtime_ns for stamp in stamps if stamp is not None), default=0)


def stamp(path: Path | str) -> FileStamp | None:
    """The file's stamp, through symbolic links; ``None`` when it is not there."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return FileStamp(
        found.st_size, found.st_mtime_ns, found.st_ino, found.st_dev, found.st_ctime_ns
    )


def digest(file: Path, limit: int) -> str:
    """A hash of the file's bytes, at most ``limit + 1`` of them; or why they cannot be read.

    Opened without waiting and read no further than the loader reads: a named pipe
    saved as the content file froze the kiosk for good (and again at each restart by
    the watchdog), and a 2 GB file took 9 s and 2 GB of memory before it was refused.
    """
    try:
        descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        return f"unreadable: {exc.errno}"
    except ValueError:  # a NUL in the path
        return "unreadable: the path"
    with os.fdopen(descriptor, "rb") as stream:
        kind = not_a_file(os.fstat(descriptor).st_mode)
        if kind is not None:
            return f"not a file: {kind}"
        try:
            return hashlib.sha256(stream.read(limit + 1)).hexdigest()
        except OSError as exc:
            return f"unreadable: {exc.errno}"


def fingerprint(file: Path, content: Content | None) -> Fingerprint:
    """Stamps of ``file``, of the files under its ``assets`` folder and of the named pictures."""
    _, files, every_asset = _tree(file.parent / ASSETS)
    # Paths as text: sorting and making Path objects was most of the time for many files.
    pictures = sorted({*files, *map(str, picture_files(file, content))})
    stamps = tuple((path, stamp(path)) for path in pictures)
    return Fingerprint(stamp(file), stamps, every_asset)


def picture_files(file: Path, content: Content | None) -> set[Path]:
    """The pictures ``content`` names, as paths beside ``file``."""
    return set() if content is None else {file.parent / name for name in content.picture_names()}


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
    assets = folder / ASSETS
    wanted = {file, folder, folder.parent, assets, *_link_parents(file)}
    for picture in picture_files(file, content):
        wanted |= {picture, picture.parent}
    wanted.add(_nearest_existing(folder))  # a content folder not made yet
    folders, files, _ = _tree(assets)  # just found: no need to ask again whether they exist
    return {path for path in wanted if path.exists()} | {*map(Path, folders), *map(Path, files)}


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


def _tree(folder: Path) -> tuple[list[str], list[str], bool]:
    """The folders and the files below ``folder``, and whether that is all of them.

    At most ``MAX_ASSET_ENTRIES``, nearest first. A loop, not recursion: ``os.walk``
    recurses in Python 3.11, and a folder nested 1,200 deep (a copy into itself)
    raised RecursionError, which ended the kiosk at every start. Links to folders are
    listed and not followed, as ``os.walk`` does.
    """
    folders: list[str] = []
    files: list[str] = []
    pending = deque([str(folder)])
    while pending:
        for entry in _entries(pending.popleft()):
            if len(folders) + len(files) == MAX_ASSET_ENTRIES:
                return folders, files, False
            if _is_folder(entry):
                folders.append(entry.path)
                if not entry.is_symlink():
                    pending.append(entry.path)
            else:
                files.append(entry.path)
    return folders, files, True


def _entries(folder: str) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            yield from entries
    except OSError:  # gone, unreadable, not a folder: nothing below it to watch
        return


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
