"""The settings the screen needs, as one frozen value: from good content, or from a start view.

Plain data, without pydantic, so that a start from a saved view (``kiosk.runtime.start_view``)
draws its first frame before the models are imported; ``Settings.for_screen()`` makes it from
checked content. What each setting means is documented on ``kiosk.content.model.Settings``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScreenSettings:
    idle_timeout_seconds: float
    idle_warning_seconds: float
    large_text_scale: float
    hide_cursor: bool
    staff_hold_seconds: float
    screen_cleaning_seconds: float
    speech_volume: int
    speech_through_speakers: bool
    speech_rate: int
