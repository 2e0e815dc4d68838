"""`kiosk install`: the systemd user unit, where it goes, and that systemd accepts it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.runtime.unit import stop_own_unit
from tests.conftest import REPO


def kiosk(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(config)}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def unit_file(config: Path) -> Path:
    return config / "systemd" / "user" / "kiosk.service"


def test_dry_run_prints_the_unit_and_writes_nothing(tmp_path: Path) -> None:
    done = kiosk("install", "--dry-run", config=tmp_path)
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []
    first, *unit = done.stdout.splitlines()
    assert first == f"# kiosk install --dry-run: would write {unit_file(tmp_path)}"
    assert "[Service]" in unit


def test_the_unit_runs_the_kiosk_under_cage_and_always_restarts_it(
    tmp_path: Path, content_dir: Path
) -> None:
    content = content_dir / "content.yaml"
    done = kiosk("install", "--content", str(content), "--cage", "/bin/true", config=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-4:] == [  # no --now: tty1 is not logged in until a reboot
        "  systemctl --user daemon-reload",
        "  systemctl --user enable kiosk.service",
        "Then reboot (first set-up); or, if the kiosk is already running:",
        "  systemctl --user restart kiosk.service",
    ]
    lines = unit_file(tmp_path).read_text(encoding="utf-8").splitlines()
    script = Path(sys.executable).absolute().parent / "kiosk"
    for wanted in (
        f"ExecStart=/bin/true -- {script} run --content {content}",
        "Type=notify",
        "NotifyAccess=all",
        "Restart=always",
        "RestartSec=1",
        "WatchdogSec=30",
        "RestartPreventExitStatus=80",
        "Environment=QT_QPA_PLATFORM=wayland",
        "Environment=KIOSK_UNIT=%n",
        "WantedBy=default.target",
    ):
        assert wanted in lines
    assert lines.index("StartLimitIntervalSec=0") < lines.index("[Service]")  # a [Unit] key


def test_systemd_accepts_the_unit(tmp_path: Path, content_dir: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        if os.environ.get("CI"):
            pytest.fail("systemd-analyze is missing: .ci/run installs the systemd package")
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    # A content folder whose name systemd would otherwise split, or expand (% and $).
    odd = tmp_path / "clinic content 100% $HOME"
    shutil.copytree(content_dir, odd)
    config = tmp_path / "config"
    done = kiosk(
        "install", "--content", str(odd / "content.yaml"), "--cage", "/bin/true", config=config
    )
    assert done.returncode == 0, done.stderr
    # Without systemd as PID 1, --user verify needs a runtime folder of its own.
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    verified = subprocess.run(
        [analyze, "--user", "verify", str(unit_file(config))],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # verify exits 0 even for a key it ignores; any message at all is a defect here.
    assert (verified.returncode, verified.stdout + verified.stderr) == (0, "")
    exec_start = next(
        line
        for line in unit_file(config).read_text(encoding="utf-8").splitlines()
        if line.startswith("ExecStart=")
    )
    assert f'"{odd}/content.yaml"'.replace("%", "%%").replace("$", "$$") in exec_start


def fake_systemctl(folder: Path, status: int = 0) -> Path:
    """A `systemctl` that writes down how it was called."""
    folder.mkdir()
    script = folder / "systemctl"
    script.write_text(
        f'#!/bin/sh\necho "$@" >> "{folder}/calls"\necho "it failed" >&2\nexit {status}\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return folder


def test_exit_to_desktop_stops_the_unit_it_runs_in(tmp_path: Path) -> None:
    bin_folder = fake_systemctl(tmp_path / "bin")
    env = {"KIOSK_UNIT": "kiosk.service", "PATH": str(bin_folder)}
    assert stop_own_unit(env) is True
    calls = (bin_folder / "calls").read_text(encoding="utf-8")
    assert calls == "--user stop --no-block kiosk.service\n"


def test_outside_its_unit_the_kiosk_stops_nothing(tmp_path: Path) -> None:
    bin_folder = fake_systemctl(tmp_path / "bin")
    assert stop_own_unit({"PATH": str(bin_folder)}) is False
    assert not (bin_folder / "calls").exists()


def test_a_failed_stop_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bin_folder = fake_systemctl(tmp_path / "bin", status=5)
    assert stop_own_unit({"KIOSK_UNIT": "kiosk.service", "PATH": str(bin_folder)}) is False
    assert caplog.messages == ["systemctl could not stop kiosk.service: it failed"]
