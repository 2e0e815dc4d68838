"""The doctor's word on software: what keeps the kiosk off the screen, and what only its speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.runtime.doctor import Level, examine
from kiosk.runtime.pc_setup import PACKAGES, SPEECH_PACKAGES
from tests.unit.runtime.dpkg import dpkg_answers


def installed_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]) -> None:
    dpkg_answers(tmp_path, monkeypatch, [f"installed\t{name}\t" for name in names])


def software_findings(user: str = "nosuch-kiosk-user") -> list[tuple[Level, str]]:
    return [(each.level, each.what) for each in examine(user, lambda _library: True)]


def test_without_speech_the_kiosk_still_comes_up_and_the_doctor_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed_only(tmp_path, monkeypatch, [n for n in PACKAGES if n not in SPEECH_PACKAGES])
    found = software_findings()
    speech = [(level, what) for level, what in found if "speech" in what]
    assert speech == [
        (
            Level.WARNING,
            "no speech (no page offers Listen): not installed: espeak-ng, pulseaudio-utils, "
            "pulseaudio",
        )
    ]
    assert not any(level is Level.PROBLEM and "espeak" in what for level, what in found)


def test_with_pipewire_s_server_nothing_is_missing_for_speech(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed_only(tmp_path, monkeypatch, [*PACKAGES, "pipewire-pulse"])
    assert not any("speech" in what for _, what in software_findings())
