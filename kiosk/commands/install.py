"""``kiosk install``: write the systemd user unit that starts the kiosk under cage at boot."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kiosk.commands import EXIT_OK
from kiosk.content.locate import find_content


def install(args: argparse.Namespace) -> int:
    """Write (or with --dry-run, print) the unit; say what to run next."""
    from kiosk.runtime.unit import UNIT_NAME, unit_path, unit_text

    cage = args.cage or Path(shutil.which("cage") or "/usr/bin/cage")
    # The venv's own `kiosk` script, unresolved: resolving the venv's python symlink
    # would leave the venv behind.
    script = Path(sys.executable).absolute().parent / "kiosk"
    command = (
        [str(script)] if script.exists() else [str(Path(sys.executable).absolute()), "-m", "kiosk"]
    )
    content = find_content(args.content).absolute()
    text = unit_text(cage.absolute(), command, content)
    target = unit_path()
    if args.dry_run:
        print(f"# kiosk install --dry-run: would write {target}")
        print(text, end="")
        return EXIT_OK
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"kiosk install: wrote {target}")
    if not cage.exists():
        print(f"kiosk install: {cage} does not exist yet: install cage (apt-get install cage)")
    if not content.is_file():
        print(f"kiosk install: {content} does not exist yet; the kiosk waits for it")
    # Not `enable --now`: on a first set-up tty1's autologin is not active yet, so cage
    # cannot take the screen and would fail every second until the reboot.
    print("Next, as this user (in an ssh login, or with XDG_RUNTIME_DIR=/run/user/$(id -u)):")
    print("  systemctl --user daemon-reload")
    print(f"  systemctl --user enable {UNIT_NAME}")
    print("Then reboot (first set-up); or, if the kiosk is already running:")
    print(f"  systemctl --user restart {UNIT_NAME}")
    return EXIT_OK
