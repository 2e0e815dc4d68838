"""The home screen as the last good load drew it, so that the next start can show it at once.

Before the kiosk can check its content it must import the content core: pydantic and the
models, about 0.2 s of a start that is meant to take 0.5 s. Yet when the content file and
each picture it names are exactly as they were at the last good load, and the kiosk's
code is the same, the home screen is already known: it was saved then, as plain data. The
kiosk draws its first frame from it, then loads the content as on any start, and the
loaded content takes over. A start view never stands in for the check; it only goes
first, and a file that fails the check still brings the holding screen.

Anything else (no saved view, an unreadable or foreign one, a changed stamp) means an
ordinary start. The view is written again after every good load, stamped as the files
are just after it (a save that lands in that millisecond and then fails its check would
show the older home for a moment at the next start, before the holding screen). The
``KEPT`` most recently used views are kept: one per content file; previews add their own.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import kiosk
from kiosk.content.fingerprint import stamp
from kiosk.content.screen_settings import ScreenSettings
from kiosk.runtime import paths

_FORMAT = 2
#: Views kept, most recently used first; an older one is deleted when a new one is written.
KEPT = 20


@dataclass(frozen=True)
class StartView:
    """What the first frame needs: home in the default language and the screen's settings."""

    home: dict[str, Any]
    language: str
    screen: ScreenSettings


def save_start_view(file: Path, view: StartView, pictures: Iterable[Path]) -> None:
    """Keep ``view`` for ``file``, stamped with the file, its ``pictures`` and the code.

    Written beside and renamed over, so a localized sees the old view or the new one.
    A failure to write is not an error: the next start is an ordinary one.
    """
    saved = {
        "format": _FORMAT,
        "code": _code_stamp(),
        "files": _stamps([file, *sorted(pictures)]),
        "view": asdict(view),
    }
    text = json.dumps(saved, ensure_ascii=False)
    target = _view_file(file)
    with contextlib.suppress(OSError, ValueError):
        if target.read_text(encoding="utf-8") == text:
            os.utime(target)  # in use: the last to be pruned
            return  # the same view: a start from it, or the same save again
    written = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        written.write_text(text, encoding="utf-8")
        os.replace(written, target)
        _keep_newest(target.parent)
    except OSError:
        with contextlib.suppress(OSError):
            written.unlink()


def read_start_view(file: Path) -> StartView | None:
    """The view saved for ``file``, if nothing it was made from has changed since."""
    try:
        saved = json.loads(_view_file(file).read_text(encoding="utf-8"))
        if saved["format"] != _FORMAT or saved["code"] != _code_stamp():
            return None
        paths = [Path(path) for path, _ in saved["files"]]
        if not paths or paths[0] != file.absolute() or saved["files"] != _stamps(paths):
            return None
        fields = saved["view"]
        view = StartView(fields["home"], fields["language"], ScreenSettings(**fields["screen"]))
    except (OSError, ValueError, KeyError, TypeError):  # missing, unreadable or foreign
        return None
    return view if isinstance(view.home, dict) else None


def _view_file(file: Path) -> Path:
    """One view per content file, so a preview of other content never displaces the kiosk's."""
    folder = paths.CACHE.path()
    name = hashlib.sha256(str(file.absolute()).encode()).hexdigest()[:20]
    return folder / "start-views" / f"{name}.json"


def _keep_newest(folder: Path) -> None:
    views = sorted(folder.glob("*.json"), key=lambda view: view.stat().st_mtime, reverse=True)
    for old in views[KEPT:]:
        old.unlink(missing_ok=True)


def _stamps(paths: Iterable[Path]) -> list[list[Any]]:
    """``[path, stamp or None]`` for each path (``fingerprint.FileStamp``), as JSON keeps it."""
    found: list[list[Any]] = []
    for path in paths:
        seen = stamp(path)
        # Lists, not tuples: as JSON gives them back, so a saved view compares equal.
        found.append(
            [str(path.absolute()), None if seen is None else list(dataclasses.astuple(seen))]
        )
    return found


@functools.cache
def _code_stamp() -> str:
    """Changes with the kiosk's version, the Python, or any of its code and QML files.

    Taken once: a kiosk upgraded while it runs still saves views made by its old code.
    """
    package = Path(kiosk.__file__).parent
    files = sorted([*package.rglob("*.py"), *package.rglob("*.qml")])
    stamps = json.dumps([kiosk.__version__, sys.version, _stamps(files)])
    return hashlib.sha256(stamps.encode()).hexdigest()
