"""The kiosk's own words for one language, as a clinic writes them under ``words:``.

The built-in English and Spanish, and the rules every language's words keep, are in
:mod:`kiosk.content.built_in_words`, which the kiosk reads before its models load.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from kiosk.content.built_in_words import BLANKS
from kiosk.content.model_base import Model
from kiosk.content.text import MAX_TEXT_CHARACTERS, NOT_BLANK

Words = Annotated[str, Field(pattern=NOT_BLANK, max_length=MAX_TEXT_CHARACTERS)] | None


class KioskWords(Model):
    """The kiosk's own words in one language. Each one left out is shown in the built-in
    words of that language if there are some (English and Spanish), else in English."""

    home: Words = None
    """The button that goes to the home screen."""
    back: Words = None
    """The button that goes back one page."""
    larger_text: Words = None
    """What the A+ button says to a screen reader."""
    smaller_text: Words = None
    """What the A- button says to a screen reader."""
    approved: Words = None
    """The badge of an approved use."""
    research: Words = None
    """The badge of a research topic, which is not an approved use."""
    safety: Words = None
    """The name of the safety information."""
    sources: Words = None
    """The heading over a page's sources."""
    reviewed: Words = None
    """The last line of a page: keep {reviewer} and {date}, which the kiosk fills in."""
    call_with_problems: Words = None
    """The last line of the safety box: keep {phone}."""
    call_with_questions: Words = None
    """The last line of a page's last box: keep {phone}."""
    more_below: Words = None
    """The hint that a page goes on below."""
    still_reading: Words = None
    """The title of the prompt before the screen goes back to the start."""
    resetting: Words = None
    """The prompt's countdown: keep {seconds}. Give resetting_one (and resetting_two,
    resetting_few, resetting_many, resetting_zero where the language has them) for
    other numbers of seconds."""
    resetting_zero: Words = None
    resetting_one: Words = None
    resetting_two: Words = None
    resetting_few: Words = None
    resetting_many: Words = None
    continue_: Words = Field(
        None, alias="continue", description="The prompt's button that keeps the page."
    )
    language: Words = None
    """The name of the language choice, for a screen reader."""
    updating: Words = None
    """What the screen says while no good content has been loaded."""
    listen: Words = None
    """The button that reads the page aloud."""
    pause: Words = None
    """The button that pauses the voice."""
    resume: Words = None
    """The button that goes on after a pause."""
    repeat: Words = None
    """The button that reads the page again from its start."""
    stop_listening: Words = None
    """The button that stops the voice."""
    louder: Words = None
    """The button that makes the voice louder."""
    quieter: Words = None
    """The button that makes the voice quieter."""
    touch_to_stay: Words = None
    """Said after the idle warning, in speech mode: how to keep the page."""
    plug_in_headphones: Words = None
    """Shown when Listen is touched and only headphones may speak."""
    button: Words = None
    """Said before a button's name when a key moves to it."""
    position: Words = None
    """Where a control is among the screen's: keep {number} and {total}."""
    you_are_on: Words = None
    """The help key's first words: keep {page}."""
    keys_help: Words = None
    """The help key's last words: which keys do what."""
    high_contrast: Words = None
    """What the contrast button says to a screen reader."""
    normal_contrast: Words = None
    """What the contrast button says, in high contrast, to a screen reader."""
    sign_title: Words = None
    """The title of the printed sign (kiosk sign)."""
    sign_or_listen: Words = None
    """The sign: the other way to listen."""
    sign_keys: Words = None
    """The sign: the heading over the keys."""
    sign_keys_move: Words = None
    """The sign: the keys that move."""
    sign_keys_choose: Words = None
    """The sign: the key that chooses."""
    sign_keys_back: Words = None
    """The sign: the key that goes back."""
    sign_keys_volume: Words = None
    """The sign: the volume keys."""
    sign_keys_help: Words = None
    """The sign: the help key."""

    @model_validator(mode="after")
    def _keeps_its_blanks(self) -> KioskWords:
        for key, blanks in BLANKS.items():
            said = getattr(self, key)
            missing = [blank for blank in blanks if said is not None and blank not in said]
            if missing:
                raise PydanticCustomError(
                    "blank_missing",
                    "`{key}` must keep {missing}, where the kiosk puts its part",
                    {"key": key, "missing": " and ".join(missing)},
                )
        return self

    def given(self) -> dict[str, str]:
        """The words given, by the kiosk's name for each (``continue``, not ``continue_``)."""
        return self.model_dump(by_alias=True, exclude_none=True)
