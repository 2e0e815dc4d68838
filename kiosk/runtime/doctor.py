"""``kiosk doctor``: everything that would keep the kiosk off the screen, each with its fix.

Read-only: it looks at the machine as ``kiosk setup-pc`` left it, at the unit's last runs,
and at the kiosk user's own files, and runs as root or as that user, in an ssh login too.
A *problem* keeps the kiosk off the screen (``kiosk doctor`` then exits 1); a *warning* is
worth mending but the kiosk still shows.
"""

from __future__ import annotations

import grp
import pwd
import re
import shlex
import subprocess
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kiosk.content.loader import load_content
from kiosk.runtime.cage import CageMissing, find_cage
from kiosk.runtime.display import wayland_libraries_problem
from kiosk.runtime.installation import unreachable_part
from kiosk.runtime.logs import LOG_FILE_NAME
from kiosk.runtime.paths import APP_NAME
from kiosk.runtime.pc_facts import (
    connectors,
    packages_to_install,
    read_text,
    systemctl_is_enabled,
)
from kiosk.runtime.pc_setup import AUDIO_SERVERS, GROUPS, SPEECH_PACKAGES
from kiosk.runtime.pin import PIN_FILE_NAME
from kiosk.runtime.unit import UNIT_NAME, UNIT_PATH


class Level(Enum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "PROBLEM"


@dataclass(frozen=True)
class Finding:
    level: Level
    what: str
    fix: str = ""

    def format(self) -> str:
        line = f"{self.level.value:>8}  {self.what}"
        return f"{line}\n          fix: {self.fix}" if self.fix else line


SETUP = "run `kiosk setup-pc` as root"


def examine(user: str, loads: Callable[[str], bool]) -> Iterator[Finding]:
    """Every check, in the order a kiosk comes up: software, user, unit, content, screen."""
    yield from _software(loads)
    home = yield from _user(user)
    yield from _unit()
    if home is not None:
        yield from _user_files(home)
    yield from _outputs()


def _software(loads: Callable[[str], bool]) -> Iterator[Finding]:
    not_installed = packages_to_install()
    speech_only = (*SPEECH_PACKAGES, *AUDIO_SERVERS)
    lacking_packages = tuple(name for name in not_installed if name not in speech_only)
    if lacking_packages:
        yield Finding(
            Level.PROBLEM,
            f"not installed: {', '.join(lacking_packages)}",
            f"apt-get install {' '.join(lacking_packages)}, or " + SETUP,
        )
    no_speech = tuple(name for name in not_installed if name in speech_only)
    if no_speech:
        yield Finding(
            Level.WARNING,
            f"no speech (no page offers Listen): not installed: {', '.join(no_speech)}",
            f"apt-get install {' '.join(no_speech)}, or " + SETUP,
        )
    try:
        cage = find_cage()
    except CageMissing as missing:
        yield Finding(Level.PROBLEM, str(missing), "apt-get install cage xwayland, or " + SETUP)
    else:
        turns = "-r" if cage.rotates_itself else "wlr-randr --transform"
        passer = "cage" if cage.passes_exit_status_on else "kiosk cage"
        yield Finding(
            Level.OK,
            f"cage {cage.version_text} with Xwayland (turns a portrait panel with {turns}; "
            f"the kiosk's exit status is passed on by {passer})",
        )
    lacking = wayland_libraries_problem(loads)
    if lacking:
        what, fix = lacking.split("\n", 1)
        yield Finding(Level.PROBLEM, what, fix)


def _user(user: str) -> Generator[Finding, None, Path | None]:
    try:
        entry = pwd.getpwnam(user)
    except KeyError:
        yield Finding(Level.PROBLEM, f"no user {user}", SETUP)
        return None
    groups = subprocess.run(["id", "-nG", user], capture_output=True, text=True, check=False)
    have = set(groups.stdout.split())
    exist = set(GROUPS) & {group.gr_name for group in grp.getgrall()}
    lacking = sorted(exist - have)
    if lacking:
        yield Finding(
            Level.WARNING,
            f"{user} is not in the group(s) {', '.join(lacking)}",
            f"usermod -aG {','.join(lacking)} {user}",
        )
    else:
        yield Finding(Level.OK, f"user {user}, in {', '.join(sorted(exist)) or 'no device group'}")
    blocked = unreachable_part(user)
    if blocked is not None:
        yield Finding(
            Level.PROBLEM,
            f"{user} cannot run this kiosk: {blocked} is closed to it",
            "install it under /opt (python3 -m venv /opt/clinic-kiosk ...), then " + SETUP,
        )
    return Path(entry.pw_dir)


def _unit() -> Iterator[Finding]:
    text = read_text(UNIT_PATH)
    if text is None:
        yield Finding(Level.PROBLEM, f"no {UNIT_PATH}", SETUP)
        return
    enabled = systemctl_is_enabled(UNIT_NAME)
    if enabled != "enabled":
        yield Finding(
            Level.PROBLEM,
            f"{UNIT_NAME} is {enabled or 'unknown'}, so it does not start at boot",
            f"systemctl enable {UNIT_NAME}",
        )
    if systemctl_is_enabled("display-manager.service") in ("enabled", "alias"):
        yield Finding(
            Level.PROBLEM,
            "a display manager is enabled: it takes tty1 from the kiosk",
            "systemctl disable display-manager.service",
        )
    yield from _content_in(text)
    state = _show(UNIT_NAME, "ActiveState", "SubState", "Result", "NRestarts", "ExecMainStatus")
    if not state:
        yield Finding(Level.WARNING, "systemd is not running here: the unit's runs cannot be read")
        return
    last = (
        f"{state['ActiveState']} ({state['SubState']}), last result {state['Result']}, "
        f"exit status {state['ExecMainStatus']}, {state['NRestarts']} restarts since it started"
    )
    failed = state["ActiveState"] == "failed" or state["Result"] not in ("success", "")
    yield Finding(
        Level.WARNING if failed else Level.OK,
        f"{UNIT_NAME}: {last}",
        f"journalctl -u {UNIT_NAME} -b says why" if failed else "",
    )
    for reason in _recent_endings():
        yield Finding(Level.WARNING, f"it ended: {reason}")


def _show(unit: str, *names: str) -> dict[str, str]:
    done = subprocess.run(
        ["systemctl", "show", unit, *(f"--property={name}" for name in names)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return {}
    return dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)


def _recent_endings(count: int = 3) -> list[str]:
    """The last endings ``kiosk cage`` logged that were not a stop or Exit to desktop."""
    done = subprocess.run(
        ["journalctl", "-u", UNIT_NAME, "-b", "-o", "cat", "-n", "500", "--no-pager"],
        capture_output=True,
        text=True,
        check=False,
    )
    ends = [
        line.split("kiosk.cage: ", 1)[1]
        for line in done.stdout.splitlines()
        if " ERROR kiosk.cage: " in line
    ]
    return ends[-count:]


def _content_in(unit_text: str) -> Iterator[Finding]:
    lines = unit_text.splitlines()
    exec_start = next((line for line in lines if line.startswith("ExecStart=")), "")
    words = shlex.split(exec_start.removeprefix("ExecStart=").replace("%%", "%").replace("$$", "$"))
    if "--content" not in words:
        yield Finding(Level.PROBLEM, "the unit names no content file", SETUP)
        return
    content = Path(words[words.index("--content") + 1])

    result = load_content(content)
    if result.content is None:
        first = result.errors[0].format(str(content)) if result.errors else str(content)
        yield Finding(
            Level.PROBLEM,
            f"the content cannot go live: {first}",
            f"kiosk check {content} lists every problem",
        )
    else:
        yield Finding(Level.OK, f"content {content}: can go live")


def _user_files(home: Path) -> Iterator[Finding]:
    pin = home / ".config" / APP_NAME / PIN_FILE_NAME
    if pin.is_file():
        yield Finding(Level.OK, "a staff PIN is set")
    else:
        yield Finding(
            Level.WARNING,
            "no staff PIN: the staff corner opens nothing",
            "runuser -u kiosk -- kiosk set-pin",
        )
    views = home / ".cache" / APP_NAME / "start-views"
    cache = next((p for p in (views, *views.parents) if p.exists()), home)
    if cache.stat().st_uid != home.stat().st_uid:
        yield Finding(
            Level.WARNING,
            f"{cache} does not belong to the kiosk user: no start view",
            f"chown -R {home.owner()} {cache}",
        )
    log = home / ".local" / "state" / APP_NAME / "log" / LOG_FILE_NAME
    lines = (read_text(log) or "").splitlines()
    renderer = [line for line in lines if " renderer: " in line]
    if renderer:
        yield Finding(Level.OK, "last start's " + renderer[-1].split(" kiosk: ", 1)[-1])


def _outputs() -> Iterator[Finding]:
    found = connectors()
    if not found:
        yield Finding(Level.WARNING, "the kernel lists no display outputs (/sys/class/drm)")
        return
    connected = [name for name, on in found if on]
    off = set(re.findall(r"video=([^\s:]+):d", read_text(Path("/proc/cmdline")) or ""))
    shown = [name for name in connected if name not in off]
    names = ", ".join(f"{n}{' (connected)' if on else ''}" for n, on in found)
    if not shown:
        yield Finding(
            Level.PROBLEM,
            f"no output to show the kiosk on: {names}",
            "connect the screen; check its cable and power",
        )
    elif len(shown) > 1:
        yield Finding(
            Level.WARNING,
            f"the kiosk spreads over {len(shown)} outputs: {', '.join(shown)}",
            f"kiosk setup-pc --output {shown[0]} (then reboot)",
        )
    else:
        yield Finding(Level.OK, f"one output: {shown[0]} (of {names})")
