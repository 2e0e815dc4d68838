"""What this machine has, for ``kiosk setup-pc`` and ``kiosk doctor``: read-only, and quick."""

from __future__ import annotations

import dataclasses
import grp
import pwd
import shutil
import subprocess
from pathlib import Path

from kiosk.runtime.pc_setup import (
    AUDIO_SERVERS,
    DRM,
    MANAGED,
    PACKAGES,
    Machine,
    Request,
    content_path,
    to_install,
)
from kiosk.runtime.unit import UNIT_NAME


def read_machine(request: Request, sample: Path) -> Machine:
    """Look at this machine: read-only, and quick."""
    try:
        entry = pwd.getpwnam(request.user)
        home: Path | None = Path(entry.pw_dir)
        primary = grp.getgrgid(entry.pw_gid).gr_name
        user_groups = frozenset(
            [primary, *(g.gr_name for g in grp.getgrall() if request.user in g.gr_mem)]
        )
    except KeyError:
        home, user_groups = None, frozenset()
    machine_files: dict[Path, str | None] = {path: read_text(path) for path in MANAGED}
    machine = Machine(
        missing_packages=packages_to_install(),
        user_home=home,
        user_groups=user_groups,
        groups=frozenset(g.gr_name for g in grp.getgrall()),
        files=machine_files,
        masked_ctrl_alt_del=systemctl_is_enabled("ctrl-alt-del.target") == "masked",
        unit_enabled=systemctl_is_enabled(UNIT_NAME) == "enabled",
        display_manager=systemctl_is_enabled("display-manager.service") in ("enabled", "alias"),
        connectors=connectors(),
        systemd_running=Path("/run/systemd/system").is_dir(),
        update_grub=shutil.which("update-grub") is not None,
        sample=sample,
    )
    content = content_path(request, machine)
    return dataclasses.replace(machine, files={**machine_files, content: read_text(content)})


def packages_to_install() -> tuple[str, ...]:
    """The packages the kiosk needs that this machine lacks (``pc_setup.to_install``), from
    one look at what is installed."""
    return to_install(missing_packages((*PACKAGES, *AUDIO_SERVERS)))


def missing_packages(names: tuple[str, ...]) -> tuple[str, ...]:
    """The Debian packages of ``names`` that nothing installed is or provides.

    Provided counts: Ubuntu 24.04 and Debian 13 renamed libraries for 64-bit time
    (``libglib2.0-0t64`` provides ``libglib2.0-0``), and apt installs the new name for the
    old one; asked by the old name alone, every run would plan the install again.
    """
    if shutil.which("dpkg-query") is None:
        return names
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}\\t${Package}\\t${Provides}\\n"],
        capture_output=True,
        text=True,
        check=False,
    )
    present = set()
    for line in done.stdout.splitlines():
        status, package, provides = [*line.split("\t"), "", ""][:3]
        if status == "installed":
            present.add(package)
            present.update(part.split()[0] for part in provides.split(",") if part.strip())
    return tuple(name for name in names if name not in present)


def connectors(drm: Path = DRM) -> tuple[tuple[str, bool], ...]:
    """The kernel's display connectors (``card0-HDMI-A-1`` is ``HDMI-A-1``) and which are in use."""
    found = []
    for folder in sorted(drm.glob("card*-*")):
        status = read_text(folder / "status") or ""
        found.append((folder.name.split("-", 1)[1], status.strip() == "connected"))
    return tuple(found)


def systemctl_is_enabled(unit: str) -> str:
    if shutil.which("systemctl") is None:
        return "unknown"
    done = subprocess.run(
        ["systemctl", "is-enabled", unit], capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
