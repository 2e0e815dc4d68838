"""The rules of reading aloud, without a voice or a window."""

from __future__ import annotations

from kiosk.speech.reading import Playing, Reading

PAGE = ("One.", "Two.", "Three.")


def test_a_page_is_read_sentence_after_sentence_to_silence() -> None:
    reading = Reading.fresh(5).listened(PAGE)
    heard = []
    while reading.sentence is not None:
        heard.append(reading.sentence)
        reading = reading.said()
    assert heard == list(PAGE)
    assert reading.playing is Playing.SILENT


def test_pause_keeps_the_place_and_resume_says_that_sentence_again() -> None:
    reading = Reading.fresh(5).listened(PAGE).said().paused()
    assert reading.sentence is None
    assert reading.said() == reading, "a sentence cut by the pause does not count as heard"
    assert reading.resumed().sentence == "Two."


def test_stop_forgets_the_place_and_repeat_starts_again() -> None:
    reading = Reading.fresh(5).listened(PAGE).said()
    assert reading.stopped().resumed().sentence is None
    assert reading.reading(PAGE).sentence == "One."


def test_the_volume_stays_within_its_ten_steps() -> None:
    reading = Reading.fresh(5)
    for _ in range(20):
        reading = reading.louder()
    assert reading.volume == 10
    for _ in range(20):
        reading = reading.quieter()
    assert reading.volume == 1
    assert Reading.fresh(40).volume == 10


def test_speech_mode_is_headphones_or_a_listen_and_unplugging_silences() -> None:
    assert not Reading.fresh(5).speech_mode
    assert Reading.fresh(5).listened(PAGE).speech_mode
    plugged = Reading.fresh(5).with_headphones(True).listened(PAGE)
    assert plugged.speech_mode
    unplugged = plugged.with_headphones(False)
    assert unplugged.sentence is None
    assert not unplugged.speech_mode
    assert Reading.fresh(5, headphones=True).speech_mode
