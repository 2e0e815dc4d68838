"""espeak-ng, the real program: which voice speaks each language, and the sound it makes."""

from __future__ import annotations

import array
import math
import subprocess
import wave
from pathlib import Path

import pytest

from kiosk.speech.engine import Espeak, voices_listed

ENGLISH = "Crow's feet are small lines at the outer corners of the eyes."
SPANISH = "Las patas de gallo son arrugas pequeñas en las esquinas externas de los ojos."


@pytest.fixture(scope="module")
def espeak() -> Espeak:
    found = Espeak.found()
    assert found is not None, "espeak-ng is installed by .ci/run (Debian package espeak-ng)"
    return found


def made(espeak: Espeak, language: str, text: str, folder: Path, rate: int = 150) -> Path:
    voice = espeak.voice_for(language)
    assert voice is not None
    wav = folder / f"{language}-{rate}.wav"
    command = espeak.command(voice, rate, str(wav))
    subprocess.run(command, input=text.encode(), check=True, timeout=30)
    return wav


def samples(wav: Path) -> tuple[array.array[int], int]:
    with wave.open(str(wav)) as sound:
        assert sound.getsampwidth() == 2
        assert sound.getnchannels() == 1
        frames = array.array("h", sound.readframes(sound.getnframes()))
        return frames, sound.getframerate()


def test_english_and_spanish_get_their_regional_voices(espeak: Espeak) -> None:
    assert espeak.voice_for("en") == "en-us"
    assert espeak.voice_for("es") == "es-419"
    assert espeak.voice_for("pt-BR") == "pt-br", "any language espeak-ng speaks"
    assert espeak.voice_for("xx") is None
    assert espeak.voice_for("") is None


@pytest.mark.parametrize(("language", "text"), [("en", ENGLISH), ("es", SPANISH)])
def test_a_sentence_becomes_speech_of_a_plausible_length(
    espeak: Espeak, tmp_path: Path, language: str, text: str
) -> None:
    frames, rate = samples(made(espeak, language, text, tmp_path))
    seconds = len(frames) / rate
    words = len(text.split())
    assert 0.6 * words / 150 * 60 < seconds < 1.6 * words / 150 * 60, seconds  # 150 a minute
    loudness = math.sqrt(sum(value * value for value in frames) / len(frames))
    assert loudness > 500, "not silence"


def test_the_rate_setting_changes_how_long_it_takes(espeak: Espeak, tmp_path: Path) -> None:
    slow, _rate = samples(made(espeak, "en", ENGLISH, tmp_path, rate=100))
    fast, _ = samples(made(espeak, "en", ENGLISH, tmp_path, rate=200))
    assert len(slow) > 1.5 * len(fast)


def test_the_spanish_voice_reads_spanish_as_spanish(espeak: Espeak, tmp_path: Path) -> None:
    """The same letters sound different in each voice: "gallo" is not read as English."""
    english, _ = samples(made(espeak, "en", "gallo", tmp_path))
    spanish, _ = samples(made(espeak, "es", "gallo", tmp_path))
    assert english != spanish


def test_the_voice_list_is_read_from_espeak_ngs_own_table() -> None:
    listing = """Pty Language Age/Gender VoiceName File Other Languages
 5  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 3  es-es           --/F      spanish-mbrola-3   mb/mb-es3            (es 3)
 5  es-419          --/M      Spanish_(Latin_America) roa/es-419           (es-mx 6)
 broken line
"""
    assert voices_listed(listing) == frozenset({"en-us", "es-419"})
