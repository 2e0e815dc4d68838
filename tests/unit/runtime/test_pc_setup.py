"""`kiosk setup-pc` plans only what a machine still lacks, from what it has."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kiosk.runtime.pc_facts import connectors, missing_packages
from kiosk.runtime.pc_setup import (
    GRUB_CONF,
    MANAGED,
    PACKAGES,
    SYSCTL_CONF,
    TOUCH_RULE,
    CopyContent,
    Machine,
    Remove,
    Request,
    Run,
    Write,
    plan,
    to_install,
)
from kiosk.runtime.unit import UNIT_PATH
from tests.unit.runtime.dpkg import dpkg_answers

REQUEST = Request(user="kiosk", kiosk=("/opt/clinic-kiosk/bin/kiosk",))
SAMPLE = Path("/opt/clinic-kiosk/sample/content.yaml")
NEW = Machine(
    missing_packages=("cage", "xwayland"),
    user_home=None,
    user_groups=frozenset(),
    groups=frozenset({"video", "render", "users"}),  # no `input` group on this one
    files={},
    masked_ctrl_alt_del=False,
    unit_enabled=False,
    display_manager=False,
    connectors=(("HDMI-A-1", False), ("HDMI-A-2", True), ("DP-1", True)),
    systemd_running=True,
    update_grub=True,
    sample=SAMPLE,
)


def set_up(machine: Machine, request: Request = REQUEST) -> Machine:
    """The machine after taking every step of its plan (as `_take` does)."""
    files = dict(machine.files)
    groups = set(machine.user_groups)
    for step in plan(request, machine).steps:
        if isinstance(step, Write):
            files[step.path] = step.text
        elif isinstance(step, Remove):
            files[step.path] = None
        elif isinstance(step, CopyContent):
            files[step.target / "content.yaml"] = "sample"
        elif step.argv[:2] == ("usermod", "-aG"):
            groups.add(step.argv[2])
    return dataclasses.replace(
        machine,
        missing_packages=(),
        user_home=Path("/home/kiosk"),
        user_groups=frozenset(groups | {"kiosk"}),
        files=files,
        masked_ctrl_alt_del=True,
        unit_enabled=True,
    )


def commands(machine: Machine, request: Request = REQUEST) -> list[tuple[str, ...]]:
    return [step.argv for step in plan(request, machine).steps if isinstance(step, Run)]


def test_a_new_machine_gets_everything_and_a_second_run_plans_nothing() -> None:
    first = plan(REQUEST, NEW)
    assert {step.path for step in first.steps if isinstance(step, Write)} == set(MANAGED) - {
        TOUCH_RULE
    }
    ran = commands(NEW)
    assert ran[:2] == [
        ("apt-get", "update"),
        ("apt-get", "install", "-y", "--no-install-recommends", "cage", "xwayland"),
    ]
    assert ("systemctl", "mask", "ctrl-alt-del.target") in ran
    assert ("systemctl", "enable", "kiosk.service") in ran
    assert ("systemctl", "daemon-reload") in ran
    assert ("update-grub",) in ran
    assert plan(REQUEST, set_up(NEW)).steps == []


def test_each_group_that_exists_is_added_on_its_own_and_a_missing_one_is_skipped() -> None:
    ran = commands(NEW)
    assert ("usermod", "-aG", "video", "kiosk") in ran
    assert ("usermod", "-aG", "render", "kiosk") in ran
    assert not [argv for argv in ran if "input" in argv]


def test_every_output_but_the_first_connected_one_is_switched_off_by_the_kernel() -> None:
    grub = next(s for s in plan(REQUEST, NEW).steps if isinstance(s, Write) and s.path == GRUB_CONF)
    assert grub.text == (
        'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT '
        'consoleblank=0 video=HDMI-A-1:d video=DP-1:d"\n'
    )
    named = dataclasses.replace(REQUEST, output="DP-1")
    grub = next(s for s in plan(named, NEW).steps if isinstance(s, Write) and s.path == GRUB_CONF)
    assert 'video=HDMI-A-1:d video=HDMI-A-2:d"' in grub.text


def test_a_turned_panel_turns_the_picture_and_the_touch_and_turning_back_removes_the_rule() -> None:
    turned = dataclasses.replace(REQUEST, rotate=90)
    steps = plan(turned, NEW).steps
    unit = next(s for s in steps if isinstance(s, Write) and s.path == UNIT_PATH)
    assert "cage --content /home/kiosk/content/content.yaml --rotate 90\n" in unit.text
    rule = next(s for s in steps if isinstance(s, Write) and s.path == TOUCH_RULE)
    assert 'ENV{LIBINPUT_CALIBRATION_MATRIX}="0 -1 1 1 0 0"' in rule.text
    machine = set_up(NEW, turned)
    assert plan(turned, machine).steps == []
    back = plan(REQUEST, machine).steps
    assert Remove(TOUCH_RULE, "the picture is not turned: touch needs no turn") in back
    assert [s.path for s in back if isinstance(s, Write)] == [UNIT_PATH]


def test_content_given_is_used_where_it_is_and_no_sample_is_copied() -> None:
    given = dataclasses.replace(REQUEST, content=Path("/srv/clinic/content.yaml"))
    steps = plan(given, NEW).steps
    assert not [s for s in steps if isinstance(s, CopyContent)]
    unit = next(s for s in steps if isinstance(s, Write) and s.path == UNIT_PATH)
    assert "--content /srv/clinic/content.yaml" in unit.text


def test_without_systemd_running_nothing_is_reloaded_and_the_note_says_when_it_applies() -> None:
    machine = dataclasses.replace(NEW, systemd_running=False, update_grub=False)
    result = plan(REQUEST, machine)
    ran = [step.argv for step in result.steps if isinstance(step, Run)]
    assert ("systemctl", "daemon-reload") not in ran
    assert ("sysctl", "-p", str(SYSCTL_CONF)) not in ran
    assert any("takes effect at boot" in note for note in result.notes)
    assert any("consoleblank=0 video=HDMI-A-1:d video=DP-1:d" in note for note in result.notes)


def test_a_display_manager_that_would_take_tty1_is_switched_off() -> None:
    machine = dataclasses.replace(NEW, display_manager=True)
    assert ("systemctl", "disable", "display-manager.service") in commands(machine)


def test_the_kernels_connectors_are_read_with_their_state(tmp_path: Path) -> None:
    for name, status in (("card0-HDMI-A-1", "disconnected"), ("card0-eDP-1", "connected")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "status").write_text(status + "\n")
    (tmp_path / "card0").mkdir()  # the card itself is no connector
    assert connectors(tmp_path) == (("HDMI-A-1", False), ("eDP-1", True))


def test_the_packages_include_xwayland_which_debians_cage_does_not_pull_in() -> None:
    assert {"cage", "xwayland"} <= set(PACKAGES)


def test_a_screen_off_while_setup_runs_again_keeps_the_output_chosen_before() -> None:
    machine = set_up(NEW)  # HDMI-A-2 chosen: the first connected
    dark = dataclasses.replace(machine, connectors=tuple((n, False) for n, _ in NEW.connectors))
    assert plan(REQUEST, dark).steps == []


def test_touch_can_be_turned_otherwise_than_the_picture() -> None:
    request = dataclasses.replace(REQUEST, rotate=90, touch_rotate=270)
    rule = next(
        s for s in plan(request, NEW).steps if isinstance(s, Write) and s.path == TOUCH_RULE
    )
    assert 'ENV{LIBINPUT_CALIBRATION_MATRIX}="0 1 0 -1 0 1"' in rule.text


def test_a_package_provided_under_a_new_name_counts_as_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ubuntu 24.04's libglib2.0-0t64 provides libglib2.0-0, asked for by its old name."""
    lines = [
        "installed\tlibglib2.0-0t64\tlibglib2.0-0 (= 2.80.0-6ubuntu1)",
        "installed\tcage\t",
        "config-files\txwayland\t",
    ]
    dpkg_answers(tmp_path, monkeypatch, lines)
    assert missing_packages(("cage", "libglib2.0-0", "xwayland")) == ("xwayland",)


@pytest.mark.parametrize(
    ("missing", "wanted"),
    [
        (("cage", "pulseaudio", "pipewire-pulse"), ("cage", "pulseaudio")),  # none: PulseAudio
        (("cage", "pipewire-pulse"), ("cage",)),  # PulseAudio's is there
        (("pulseaudio",), ()),  # PipeWire's stays, alone on its socket
    ],
)
def test_an_audio_server_is_installed_only_where_there_is_none(
    missing: tuple[str, ...], wanted: tuple[str, ...]
) -> None:
    assert to_install(missing) == wanted
