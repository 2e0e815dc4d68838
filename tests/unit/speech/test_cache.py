"""Each sentence's sound has one name, and the folder stays within its size."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.speech.cache import SoundCache


def test_a_sound_is_named_by_everything_that_made_it(tmp_path: Path) -> None:
    cache = SoundCache(tmp_path)
    first = cache.path_for("espeak-ng 1.51", "en-us", 150, "Hello.")
    assert cache.path_for("espeak-ng 1.51", "en-us", 150, "Hello.") == first
    others = {
        cache.path_for("espeak-ng 1.52", "en-us", 150, "Hello."),
        cache.path_for("espeak-ng 1.51", "es-419", 150, "Hello."),
        cache.path_for("espeak-ng 1.51", "en-us", 175, "Hello."),
        cache.path_for("espeak-ng 1.51", "en-us", 150, "Hello!"),
    }
    assert first not in others
    assert len(others) == 4


def test_only_a_file_with_sound_in_it_counts(tmp_path: Path) -> None:
    cache = SoundCache(tmp_path)
    sound = cache.path_for("e", "en", 150, "x")
    assert not cache.has(sound)
    sound.write_bytes(b"RIFF" + bytes(40))  # a header alone: a write cut short
    assert not cache.has(sound)
    sound.write_bytes(b"RIFF" + bytes(4000))
    assert cache.has(sound)


def test_the_oldest_sounds_go_first_when_the_folder_is_full(tmp_path: Path) -> None:
    cache = SoundCache(tmp_path)
    for age in range(10):
        sound = tmp_path / f"{age}.wav"
        sound.write_bytes(bytes(1000))
        os.utime(sound, (1000 - age, 1000 - age))  # 0.wav is the newest
    assert cache.trim(most=3500) == 7
    assert sorted(path.name for path in tmp_path.glob("*.wav")) == ["0.wav", "1.wav", "2.wav"]


def test_a_folder_that_cannot_be_written_is_said_not_raised(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert not SoundCache(blocked / "speech").ready()
    assert SoundCache(blocked / "speech").trim() == 0
