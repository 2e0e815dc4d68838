"""cage, the kiosk's compositor: which cage this is, and the command that runs the kiosk in it.

Debian 12 ships cage 0.1.4 and Ubuntu 24.04 cage 0.1.5; both shape the command:

- **One output.** cage spreads the kiosk over every output it is given (2560x720 on two
  panels). ``-m last`` would keep one, but cage 0.1.4 segfaults with it at once (upstream
  issue 231; seen here on the headless backend), and no cage release picks an output by name.
  So the choice is made below cage, by the kernel: ``kiosk setup-pc --output`` switches every
  other connector off with ``video=CONNECTOR:d``, which holds for every cage and every boot.
- **Rotation.** 0.1.4 turns the picture 90 degrees clockwise for each ``-r``; 0.1.5 dropped
  ``-r`` for wlr-output-management, so the kiosk's first step inside it is ``wlr-randr
  --transform``. The same numbers mean the same turn in both (wl_output transforms).
- **Xwayland.** Both are built with Xwayland and exit 1 at once without it ("Cannot find
  Xwayland binary"); Debian's cage package does not depend on the ``xwayland`` package.
- No ``-s``: it would allow VT switching, and Ctrl+Alt+F2 would leave a console on screen.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROTATIONS = (0, 90, 180, 270)
_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")

#: cage's child: runs the kiosk and writes what became of it into a status file, because
#: cage before 0.2.0 exits 0 whatever its child returns. ``$?`` is 128+N for a signal N.
#: The kiosk runs in the background of this shell only so that ``$!`` names it; with no
#: traps set, ``wait`` returns only when the kiosk has ended.
SHIM = r"""
status_file=$1; transform=$2; shift 2
if [ "$transform" != 0 ]; then
  wlr-randr --output "$(wlr-randr | sed -n '1s/ .*//p')" --transform "$transform" \
    || echo "kiosk: wlr-randr could not rotate the output" >&2
fi
"$@" </dev/null &
kiosk=$!
echo "kiosk $kiosk" >>"$status_file"
wait "$kiosk"; status=$?
echo "exit $status" >>"$status_file"
exit "$status"
"""


class CageMissing(Exception):
    """cage, or something it needs, is not installed; the message says what to install."""


@dataclass(frozen=True)
class Cage:
    """An installed cage and what it supports."""

    path: Path
    version: tuple[int, int, int]

    @property
    def version_text(self) -> str:
        return ".".join(str(part) for part in self.version)

    @property
    def rotates_itself(self) -> bool:
        """0.1.4 has ``-r``; 0.1.5 and later rotate through wlr-output-management."""
        return self.version < (0, 1, 5)

    @property
    def passes_exit_status_on(self) -> bool:
        """cage 0.2.0 exits with its child's status; older ones exit 0 whatever it was."""
        return self.version >= (0, 2, 0)

    def command(self, kiosk: list[str], status_file: Path, rotate: int = 0) -> list[str]:
        """cage running ``kiosk`` through the status shim, turned ``rotate`` degrees clockwise."""
        if rotate not in ROTATIONS:
            raise ValueError(f"rotate must be one of {ROTATIONS}, not {rotate}")
        turns = ["-r"] * (rotate // 90) if self.rotates_itself else []
        transform = 0 if self.rotates_itself else rotate
        shim = ["/bin/sh", "-c", SHIM, "kiosk-shim", str(status_file), str(transform)]
        return [str(self.path), *turns, "--", *shim, *kiosk]


def find_cage(path: str | None = None) -> Cage:
    """The cage on ``PATH`` (or at ``path``), with its version; raises ``CageMissing``."""
    found = path or shutil.which("cage")
    if found is None or not Path(found).is_file():
        raise CageMissing("cage is not installed: apt-get install cage xwayland")
    try:
        done = subprocess.run(
            [found, "-v"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        message = f"{found} does not run ({error}): apt-get install --reinstall cage"
        raise CageMissing(message) from error
    match = _VERSION.search(done.stdout + done.stderr)
    if match is None:
        raise CageMissing(f"{found} -v did not print a version: is it cage?")
    cage = Cage(Path(found), (int(match[1]), int(match[2]), int(match[3])))
    if shutil.which("Xwayland") is None:
        raise CageMissing(
            f"cage {cage.version_text} needs Xwayland, which is not installed: "
            "apt-get install xwayland"
        )
    return cage
