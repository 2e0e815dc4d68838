"""``kiosk setup-pc``: what a kiosk PC needs, worked out from what the machine already has.

``read_machine`` looks (packages, the user and groups, the files we manage, the outputs);
``plan`` is a pure function from that and the request to the steps still needed, so a second
run plans nothing and ``--dry-run`` prints exactly what a run would do. Every file is written
whole, and only when its text differs; every command runs only when its effect is missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.runtime.unit import PAM_PATH, PAM_TEXT, UNIT_NAME, UNIT_PATH, unit_text

#: cage and Xwayland (cage exits at once without it), a font, the libraries the Qt wheel
#: loads on Wayland, wlr-randr (how cage 0.1.5 and later rotate a portrait panel), and
#: speech: espeak-ng, an audio server and its tools (paplay, pactl). PulseAudio, because
#: Debian's package enables its socket for every user: the unit's PAM session starts the
#: kiosk user's own manager, which starts the server, and the kiosk finds it in
#: ``$XDG_RUNTIME_DIR`` with nothing more set up (tests/system/test_unit_under_systemd.py).
#: A machine that runs PipeWire keeps it: pipewire-pulse answers the same protocol
#: (``AUDIO_SERVERS``).
PACKAGES = (
    "cage",
    "xwayland",
    "wlr-randr",
    "fonts-dejavu-core",
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "espeak-ng",
    "pulseaudio-utils",
)
#: Of those, the ones without which the kiosk still shows, only without speech.
SPEECH_PACKAGES = ("espeak-ng", "pulseaudio-utils")
#: Either one serves the kiosk's speech; the first is installed where neither is. Both at
#: once would fight over the same socket, so PipeWire's is never joined by PulseAudio.
AUDIO_SERVERS = ("pulseaudio", "pipewire-pulse")


def to_install(missing: tuple[str, ...]) -> tuple[str, ...]:
    """What to install, given which of ``PACKAGES`` and ``AUDIO_SERVERS`` are missing: every
    missing one of ``PACKAGES``, and the first audio server only where none is installed."""
    wanted = tuple(name for name in missing if name not in AUDIO_SERVERS)
    no_server = all(server in missing for server in AUDIO_SERVERS)
    return (*wanted, AUDIO_SERVERS[0]) if no_server else wanted


#: The screen, the touch panel and the GPU; a group this system does not have is skipped
#: (``usermod -aG video,input,render`` adds none at all when one is missing).
GROUPS = ("video", "input", "render")

MANAGER_CONF = Path("/etc/systemd/system.conf.d/90-clinic-kiosk.conf")
LOGIND_CONF = Path("/etc/systemd/logind.conf.d/90-clinic-kiosk.conf")
SYSCTL_CONF = Path("/etc/sysctl.d/90-clinic-kiosk.conf")
GRUB_CONF = Path("/etc/default/grub.d/90-clinic-kiosk.cfg")
TOUCH_RULE = Path("/etc/udev/rules.d/90-clinic-kiosk-touch.rules")
DRM = Path("/sys/class/drm")

#: libinput's calibration matrices for a touch panel turned with the picture (libinput's
#: "Static device configuration via udev"); wlroots maps touch without the output's turn.
TOUCH_MATRICES = {90: "0 -1 1 1 0 0", 180: "-1 0 1 0 -1 1", 270: "0 1 0 -1 0 1"}


@dataclass(frozen=True)
class Request:
    """What the person asked for."""

    user: str
    kiosk: tuple[str, ...]  #: the command of the ``kiosk`` program the unit runs (this venv's)
    content: Path | None = None  #: None: ``~user/content/content.yaml``, the sample if new
    output: str | None = None  #: a DRM connector such as HDMI-A-1; None: the first connected
    rotate: int = 0
    touch_rotate: int | None = None  #: None: turned with the picture (``rotate``)
    renderer: str = "auto"  #: ``kiosk.ui.renderer``'s choice, or the clinic's


@dataclass(frozen=True)
class Machine:
    """What the machine has now, as far as setting it up goes."""

    missing_packages: tuple[str, ...]
    user_home: Path | None  #: None: no such user yet
    user_groups: frozenset[str]
    groups: frozenset[str]
    files: Mapping[Path, str | None]  #: the managed files' texts (None: absent)
    masked_ctrl_alt_del: bool
    unit_enabled: bool
    display_manager: bool  #: a display manager is enabled (it would take tty1)
    connectors: tuple[tuple[str, bool], ...]  #: (name, connected), as the kernel lists them
    systemd_running: bool
    update_grub: bool
    sample: Path  #: the content that ships with the kiosk


@dataclass(frozen=True)
class Write:
    path: Path
    text: str
    why: str


@dataclass(frozen=True)
class Remove:
    path: Path
    why: str


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class CopyContent:
    source: Path
    target: Path
    owner: str
    why: str


Step = Write | Remove | Run | CopyContent


@dataclass(frozen=True)
class Plan:
    steps: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def content_path(request: Request, machine: Machine) -> Path:
    home = machine.user_home or Path("/home") / request.user
    return request.content or home / "content" / "content.yaml"


def chosen_output(request: Request, machine: Machine) -> str | None:
    """``--output``; else the first connected; else the one an earlier run kept (a screen
    switched off or unplugged while setup-pc runs must not undo the choice)."""
    if request.output:
        return request.output
    connected = [name for name, on in machine.connectors if on]
    if connected:
        return connected[0]
    switched_off = set(re.findall(r"video=([^\s:\"]+):d", machine.files.get(GRUB_CONF) or ""))
    kept = [name for name, _ in machine.connectors if name not in switched_off]
    return kept[0] if switched_off and len(kept) == 1 else None


def kernel_words(request: Request, machine: Machine) -> list[str]:
    """``consoleblank=0``, and ``video=NAME:d`` for every connector but the chosen one."""
    chosen = chosen_output(request, machine)
    words = ["consoleblank=0"]
    if chosen is not None:
        words += [f"video={name}:d" for name, _ in machine.connectors if name != chosen]
    return words


def plan(request: Request, machine: Machine) -> Plan:
    """The steps still needed to make ``machine`` the kiosk PC that ``request`` describes."""
    notes: list[str] = []
    steps = [*_package_steps(machine), *_user_steps(request, machine)]
    files = _file_steps(request, machine)
    steps += files
    changed = {step.path for step in files}
    steps += _service_steps(machine, changed, notes)
    if GRUB_CONF in changed:
        if machine.update_grub:
            steps.append(Run(("update-grub",), "the kernel command line above, from the next boot"))
        else:
            notes.append(
                "no update-grub: add these words to the kernel command line of the boot "
                f"loader yourself: {' '.join(kernel_words(request, machine))}"
            )
    if chosen_output(request, machine) is None:
        notes.append("no connected output found: the kiosk uses every output the kernel gives it")
    return Plan(steps, notes)


def _package_steps(machine: Machine) -> list[Step]:
    if not machine.missing_packages:
        return []
    install = ("apt-get", "install", "-y", "--no-install-recommends", *machine.missing_packages)
    return [
        Run(("apt-get", "update"), "the package lists, for the install below"),
        Run(install, "cage, Xwayland and the libraries the kiosk needs"),
    ]


def _user_steps(request: Request, machine: Machine) -> list[Step]:
    user = request.user
    steps: list[Step] = []
    if machine.user_home is None:
        add = ("useradd", "--create-home", "--shell", "/bin/bash", "--comment", "Clinic kiosk")
        steps.append(Run((*add, user), "the user the kiosk runs as (no password: no logins)"))
    steps += [
        Run(("usermod", "-aG", group, user), f"{user} may use the {group} devices")
        for group in GROUPS
        if group in machine.groups and group not in machine.user_groups
    ]
    content = content_path(request, machine)
    if request.content is None and machine.files.get(content) is None:
        sample = CopyContent(machine.sample.parent, content.parent, user, "the sample, to edit")
        steps.append(sample)
    return steps


def _file_steps(request: Request, machine: Machine) -> list[Write | Remove]:
    """Each managed file whose text is not yet what it should be."""
    command = [*request.kiosk, "cage", "--content", str(content_path(request, machine))]
    if request.rotate:
        command += ["--rotate", str(request.rotate)]
    if request.renderer != "auto":
        command += ["--renderer", request.renderer]
    kernel = " ".join(kernel_words(request, machine))
    touch = request.rotate if request.touch_rotate is None else request.touch_rotate
    wanted: dict[Path, tuple[str | None, str]] = {
        PAM_PATH: (PAM_TEXT, "the kiosk's own login session on tty1 (pam_systemd)"),
        UNIT_PATH: (unit_text(request.user, command), "the kiosk on tty1, always restarted"),
        MANAGER_CONF: (
            "[Manager]\nCtrlAltDelBurstAction=none\n",
            "7 presses of Ctrl+Alt+Del in 2 s no longer force a reboot",
        ),
        LOGIND_CONF: ("[Login]\nNAutoVTs=0\nReserveVT=0\n", "no login prompt on other consoles"),
        SYSCTL_CONF: ("kernel.sysrq = 0\n", "Alt+SysRq keys (reboot at once) switched off"),
        GRUB_CONF: (
            f'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT {kernel}"\n',
            "no console blanking; one output (the others switched off by the kernel)",
        ),
        TOUCH_RULE: (_touch_rule(touch), f"touch turned {touch} degrees"),
    }
    steps: list[Write | Remove] = []
    for path, (text, why) in wanted.items():
        current = machine.files.get(path)
        if text is None and current is not None:
            steps.append(Remove(path, "the picture is not turned: touch needs no turn"))
        elif text is not None and current != text:
            steps.append(Write(path, text, why))
    return steps


def _service_steps(machine: Machine, changed: set[Path], notes: list[str]) -> list[Step]:
    steps: list[Step] = []
    if not machine.masked_ctrl_alt_del:
        steps.append(Run(("systemctl", "mask", "ctrl-alt-del.target"), "Ctrl+Alt+Del: no reboot"))
    if machine.display_manager:
        disable = ("systemctl", "disable", "display-manager.service")
        steps.append(Run(disable, "the desktop's login screen would take tty1"))
    if not machine.unit_enabled:
        steps.append(Run(("systemctl", "enable", UNIT_NAME), "start the kiosk at every boot"))
    if not machine.systemd_running:
        notes.append(
            "systemd is not running here (a container or chroot): all takes effect at boot"
        )
        return steps
    if changed & {UNIT_PATH, MANAGER_CONF, LOGIND_CONF}:
        steps.append(Run(("systemctl", "daemon-reload"), "systemd reads the new files"))
    if SYSCTL_CONF in changed:
        steps.append(Run(("sysctl", "-p", str(SYSCTL_CONF)), "SysRq off now, not only at boot"))
    return steps


def _touch_rule(rotate: int) -> str | None:
    if rotate == 0:
        return None
    return (
        "# Written by `kiosk setup-pc`: touch turned with the picture.\n"
        'ACTION=="add|change", KERNEL=="event[0-9]*", ENV{ID_INPUT_TOUCHSCREEN}=="1", '
        f'ENV{{LIBINPUT_CALIBRATION_MATRIX}}="{TOUCH_MATRICES[rotate]}"\n'
    )


MANAGED = (PAM_PATH, UNIT_PATH, MANAGER_CONF, LOGIND_CONF, SYSCTL_CONF, GRUB_CONF, TOUCH_RULE)
