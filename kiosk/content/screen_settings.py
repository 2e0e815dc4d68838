"""The settings the screen needs, as one frozen value: from good content, or from a start view.

Plain data, without pydantic, so that a start from a saved view (``kiosk.runtime.start_view``)
draws its first frame before the models are imported; ``Settings.for_screen()`` makes it from
checked content. What each setting means is documented on ``kiosk.content.model.Settings``.

The defaults live here, once: ``Settings`` takes its own from them, and the holding screen
(no good content yet) shows with ``ScreenSettings()`` without importing the models.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScreenSettings:
    idle_timeout_seconds: int = 90
    idle_warning_seconds: int = 20
    large_text_scale: float = 1.5
    hide_cursor: bool = True
    staff_hold_seconds: int = 3
    screen_cleaning_seconds: int = 30
    speech_volume: int = 5
    speech_through_speakers: bool = False
    speech_rate: int = 150


#: What content that sets nothing gets (and the holding screen).
DEFAULTS = ScreenSettings()
