"""`kiosk setup-pc` for real, as root, on this machine seen through a private copy of it.

The command runs in a mount namespace of its own in which /etc, /home, /var and /boot are
overlays:
it writes, adds its user, masks and enables units as it would on a kiosk PC, and the machine
running the tests sees none of it. A second run must change nothing, and `kiosk doctor`
must find the result able to come up.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from kiosk.runtime.pc_facts import missing_packages
from kiosk.runtime.pc_setup import PACKAGES
from tests.system.real_stack import PATIENCE_S, Unprivileged, require

#: Everything setup-pc may write: /boot for update-grub, on a machine that has GRUB.
OVERLAID = tuple(folder for folder in ("/etc", "/home", "/var", "/boot") if Path(folder).is_dir())


def in_private_copy(python: Path, *commands: list[str]) -> tuple[list[str], list[str]]:
    """Each of ``commands`` (kiosk sub-commands) in one namespace: what each printed, and
    every file they changed under the overlaid folders."""
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-setup-pc-"))
    mounts = []
    for number, folder in enumerate(OVERLAID):
        upper, work = scratch / f"upper{number}", scratch / f"work{number}"
        upper.mkdir()
        work.mkdir()
        options = f"lowerdir={folder},upperdir={upper},workdir={work}"
        mounts.append(f"mount -t overlay overlay -o {options} {folder}")
    runs = [
        f"{python} -m kiosk {' '.join(command)} > {scratch}/out{number} 2>&1; "
        f"echo $? >> {scratch}/out{number}"
        for number, command in enumerate(commands)
    ]
    script = " && ".join(mounts) + " && " + "; ".join(runs)
    try:
        done = subprocess.run(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
            capture_output=True,
            text=True,
            timeout=PATIENCE_S * 3,
            check=False,
        )
        if done.returncode != 0 and not (scratch / "out0").exists():
            pytest.skip(f"no private mount namespace here: {done.stderr.strip()}")
        printed = [(scratch / f"out{n}").read_text() for n in range(len(commands))]
        changed = [
            f"{OVERLAID[n]}/{path.relative_to(scratch / f'upper{n}')}"
            for n in range(len(OVERLAID))
            for path in (scratch / f"upper{n}").rglob("*")
        ]
        return printed, changed
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def test_setup_then_again_changes_nothing_and_the_doctor_finds_it_can_come_up(
    unprivileged: Unprivileged,
) -> None:
    require("unshare", "useradd", "systemctl", "cage", "Xwayland")
    if missing_packages(PACKAGES):
        pytest.skip(f"not installed, and this test installs nothing: {missing_packages(PACKAGES)}")
    (first, second, doctor, dry), changed = in_private_copy(
        unprivileged.python,
        ["setup-pc", "--rotate", "90"],
        ["setup-pc", "--rotate", "90"],
        ["doctor"],
        ["setup-pc", "--dry-run"],
    )
    assert first.splitlines()[-1] == "0", first
    assert "- run useradd --create-home" in first
    assert "- write /etc/systemd/system/kiosk.service" in first
    assert "- run systemctl enable kiosk.service: start the kiosk at every boot" in first
    assert "- write /etc/udev/rules.d/90-clinic-kiosk-touch.rules" in first
    assert f"  runuser -u kiosk -- {unprivileged.python} -m kiosk set-pin" in first  # no sudo
    assert second.splitlines()[0] == "kiosk setup-pc: nothing to change; this machine is set up"
    assert second.splitlines()[-1] == "0"
    assert doctor.splitlines()[-1] == "0", doctor
    assert "nothing keeps the kiosk off the screen" in doctor
    assert "content /home/kiosk/content/content.yaml: can go live" in doctor
    assert "no staff PIN" in doctor
    # The same machine asked for an upright screen: the unit and the touch rule change back.
    assert dry.splitlines()[0] == "# kiosk setup-pc --dry-run: 2 steps; nothing is changed"
    assert "remove /etc/udev/rules.d/90-clinic-kiosk-touch.rules" in dry
    for wanted in ("/etc/pam.d/kiosk", "/etc/systemd/system/kiosk.service", "/home/kiosk"):
        assert wanted in changed


def test_a_dry_run_changes_nothing_and_shows_every_file_and_command(
    unprivileged: Unprivileged,
) -> None:
    require("unshare", "useradd", "systemctl")
    (dry,), changed = in_private_copy(
        unprivileged.python, ["setup-pc", "--dry-run", "--user", "nosuch"]
    )
    assert dry.splitlines()[-1] == "0"
    assert changed == []
    assert "run useradd --create-home --shell /bin/bash --comment 'Clinic kiosk' nosuch" in dry
    assert "write /etc/systemd/system/kiosk.service:" in dry
    assert "    User=nosuch" in dry


def test_the_doctor_exits_1_and_says_the_fix_when_the_kiosk_cannot_come_up(
    unprivileged: Unprivileged,
) -> None:
    require("unshare", "systemctl")
    (doctor,), _ = in_private_copy(unprivileged.python, ["doctor", "--user", "nosuch"])
    lines = doctor.splitlines()
    assert lines[-1] == "1"
    assert " PROBLEM  no user nosuch" in lines
    assert lines[lines.index(" PROBLEM  no user nosuch") + 1] == (
        "          fix: run `kiosk setup-pc` as root"
    )
    verdict = lines[-2]
    assert verdict.startswith("kiosk doctor: ")
    assert verdict.endswith("; the kiosk cannot come up")
