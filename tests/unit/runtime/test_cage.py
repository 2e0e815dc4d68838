"""cage as each release wants it, and `kiosk cage`'s words for each way the kiosk ended.

cage 0.1.5 (Ubuntu 24.04) cannot be installed on this Debian 12 machine, so its path is
run here with a stand-in: a `cage` that says it is 0.1.5 and runs its child as cage does,
and a `wlr-randr` that writes down what it was asked.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from kiosk.runtime.cage import Cage, CageMissing, find_cage
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.under_cage import UnderCage, meaning

OLD, NEW = Cage(Path("/usr/bin/cage"), (0, 1, 4)), Cage(Path("/usr/bin/cage"), (0, 1, 5))


def test_cage_0_1_4_turns_the_picture_itself_and_0_1_5_through_wlr_randr() -> None:
    old = OLD.command(["kiosk", "run"], Path("/run/s"), rotate=270)
    assert old[: old.index("--")] == ["/usr/bin/cage", "-r", "-r", "-r"]
    assert old[old.index("--") + 1 : old.index("--") + 3] == ["/bin/sh", "-c"]
    assert old[-4:] == ["/run/s", "0", "kiosk", "run"]  # status file, no wlr-randr turn
    new = NEW.command(["kiosk", "run"], Path("/run/s"), rotate=90)
    assert new[: new.index("--")] == ["/usr/bin/cage"]
    assert new[-4:] == ["/run/s", "90", "kiosk", "run"]
    assert "-m" not in old + new  # cage 0.1.4 segfaults with -m last (upstream issue 231)
    with pytest.raises(ValueError, match="rotate must be one of"):
        OLD.command(["kiosk"], Path("/run/s"), rotate=45)


def test_only_cage_0_2_passes_the_exit_status_on() -> None:
    assert not OLD.passes_exit_status_on
    assert not NEW.passes_exit_status_on
    assert Cage(Path("/usr/bin/cage"), (0, 2, 0)).passes_exit_status_on


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (0, "the kiosk stopped"),
        (ExitCode.TO_DESKTOP, "staff chose Exit to desktop; the kiosk stays stopped"),
        (ExitCode.CRASH, "the kiosk crashed (exit 70); its traceback is in the kiosk log"),
        (75, "another kiosk is already running (exit 75)"),
        (69, "the kiosk found no display, or a library Qt needs for it (exit 69); see above"),
        (128 + 9, "the kiosk was ended by signal 9: killed (SIGKILL)"),
        (128 + 11, "the kiosk was ended by signal 11: a crash in native code (SIGSEGV)"),
        (128 + 1, "the kiosk was ended by signal 1: SIGHUP"),
        (128 + 99, "the kiosk was ended by signal 99: signal 99"),
        (3, "the kiosk exited with status 3"),
    ],
)
def test_every_ending_is_said_in_words(status: int, words: str) -> None:
    assert meaning(status) == words


def stand_ins(
    folder: Path, version: str, *, xwayland: bool = True, slow: bool = False
) -> dict[str, str]:
    """A PATH with a `cage` of ``version`` that runs its child, and a recording wlr-randr."""
    folder.mkdir()
    programs = {
        "cage": f'[ "$1" = -v ] && {{ echo "Cage version {version}"; exit 0; }}\n'
        'while [ "$1" != -- ]; do echo "$1" >> "${0%/*}/cage-options"; shift; done\n'
        f'shift; {"sleep 0.5; " if slow else ""}"$@"; exit 0\n',  # 0 whatever the child returned
        "wlr-randr": 'if [ $# = 0 ]; then echo "HDMI-A-1 \\"Monitor\\""; '
        'else echo "$@" >> "${0%/*}/wlr-randr-calls"; fi\n',
    }
    if xwayland:
        programs["Xwayland"] = "exit 0\n"
    for name, body in programs.items():
        (folder / name).write_text(f"#!/bin/sh\n{body}")
        (folder / name).chmod(0o755)
    return {"PATH": f"{folder}:/usr/bin:/bin"}


def test_without_xwayland_cage_is_refused_with_the_package_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stand_ins(tmp_path / "bin", "0.1.4", xwayland=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # /usr/bin has the real Xwayland
    with pytest.raises(CageMissing) as missing:
        find_cage()
    assert str(missing.value) == (
        "cage 0.1.4 needs Xwayland, which is not installed: apt-get install xwayland"
    )


@pytest.mark.parametrize(("exit_code", "status"), [("70", 70), ("kill -9 $$", 137)])
def test_under_a_cage_0_1_5_stand_in_the_picture_is_turned_and_the_status_passed_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exit_code: str, status: int
) -> None:
    env = stand_ins(tmp_path / "bin", "0.1.5")
    monkeypatch.setenv("PATH", env["PATH"])
    cage = find_cage()
    assert cage.version == (0, 1, 5)
    kiosk = ["/bin/sh", "-c", exit_code if "kill" in exit_code else f"exit {exit_code}"]
    done = UnderCage(cage, kiosk, tmp_path / "status", rotate=90).run(os.environ)
    assert done == status
    assert (
        tmp_path / "bin" / "wlr-randr-calls"
    ).read_text() == "--output HDMI-A-1 --transform 90\n"
    assert not (tmp_path / "bin" / "cage-options").exists()  # no -r, no -m


def test_a_stop_goes_to_the_kiosk_and_its_clean_end_is_a_clean_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = stand_ins(tmp_path / "bin", "0.1.4")
    monkeypatch.setenv("PATH", env["PATH"])
    # A "kiosk" that ends with 0 on SIGTERM, as the real one does; it asks for the stop itself.
    kiosk = ["/bin/sh", "-c", f"trap 'exit 0' TERM; kill -TERM {os.getpid()}; sleep 30 & wait"]
    assert UnderCage(find_cage(), kiosk, tmp_path / "status").run(os.environ) == 0
    assert signal.getsignal(signal.SIGTERM) is not None  # handlers put back


def stop_in(seconds: float) -> threading.Timer:
    """systemctl stop, as KillMode=mixed sends it: SIGTERM to this process (`kiosk cage`)."""
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    return timer


def test_a_stop_before_the_kiosk_is_known_reaches_it_once_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = stand_ins(tmp_path / "bin", "0.1.4", slow=True)  # cage takes 0.5 s to start it
    monkeypatch.setenv("PATH", env["PATH"])
    told = tmp_path / "told"
    kiosk = ["/bin/sh", "-c", f"trap 'echo stop > {told}; exit 0' TERM; sleep 30 & wait"]
    stop_in(0.1)
    started = time.monotonic()
    assert UnderCage(find_cage(), kiosk, tmp_path / "status").run(os.environ) == 0
    assert told.read_text() == "stop\n"  # the kiosk itself was asked, and ended cleanly
    assert time.monotonic() - started < 10  # delivered, not waited out


def test_a_kiosk_stopped_before_its_handler_was_in_place_is_still_a_clean_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = stand_ins(tmp_path / "bin", "0.1.4")
    monkeypatch.setenv("PATH", env["PATH"])
    kiosk = ["/bin/sh", "-c", "sleep 30 & wait"]  # SIGTERM ends it: status 143
    stop_in(0.3)
    assert UnderCage(find_cage(), kiosk, tmp_path / "status").run(os.environ) == 0
