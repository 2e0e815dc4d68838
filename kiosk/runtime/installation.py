"""This installation of the kiosk: the command that runs it, and whether a user can.

A venv under ``/root`` is closed to the kiosk user; the unit would fail at every start.
"""

from __future__ import annotations

import grp
import os
import pwd
import stat
import sys
from pathlib import Path

import kiosk


def program() -> list[str]:
    """This venv's ``kiosk`` script, unresolved (resolving the venv's python link would leave
    the venv behind); ``python -m kiosk`` where there is no script."""
    script = Path(sys.executable).absolute().parent / "kiosk"
    return (
        [str(script)] if script.exists() else [str(Path(sys.executable).absolute()), "-m", "kiosk"]
    )


def unreachable_part(user: str) -> Path | None:
    """The first file or folder of this installation that ``user`` cannot use, or None.

    This installation is its ``kiosk`` program, the real Python behind the venv's link, and
    the package. A user not yet made is checked as any other user would be.
    """
    uid, gids = _ids(user)
    needs = [
        Path(program()[0]),
        Path(sys.executable).resolve(),
        Path(kiosk.__file__).resolve(),
    ]
    for path in needs:
        for part in [*reversed(path.parents), path]:
            if not _can(part, uid, gids, folder=part != path):
                return part
    return None


def _ids(user: str) -> tuple[int | None, set[int]]:
    try:
        entry = pwd.getpwnam(user)
    except KeyError:
        return None, set()
    gids = {entry.pw_gid, *(g.gr_gid for g in grp.getgrall() if user in g.gr_mem)}
    return entry.pw_uid, gids


def _can(path: Path, uid: int | None, gids: set[int], *, folder: bool) -> bool:
    """Folders need search (x); files need read (r)."""
    try:
        found = os.stat(path)
    except OSError:
        return True  # not there: another check says so; this one is about permissions
    if uid == 0:
        return True
    bits = (
        (stat.S_IXUSR, stat.S_IXGRP, stat.S_IXOTH)
        if folder
        else (stat.S_IRUSR, stat.S_IRGRP, stat.S_IROTH)
    )
    if uid is not None and found.st_uid == uid:
        return bool(found.st_mode & bits[0])
    if found.st_gid in gids:
        return bool(found.st_mode & bits[1])
    return bool(found.st_mode & bits[2])
