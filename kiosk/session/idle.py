"""When a patient has walked away: first a prompt, then back to the start."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

SPEECH_FACTOR = 3


class IdleState(Enum):
    ACTIVE = "active"
    #: "Still reading?" is on screen with a countdown.
    WARNING = "warning"
    #: The countdown ran out: reset for the next patient.
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class IdlePolicy:
    """``timeout`` seconds without a touch bring the prompt; ``warning`` more, the reset."""

    timeout: float
    warning: float

    def for_speech(self) -> IdlePolicy:
        """Three times as long in speech mode: listening to a page takes longer than reading
        it, and a patient who cannot see the screen needs time to find the keys."""
        return IdlePolicy(self.timeout * SPEECH_FACTOR, self.warning * SPEECH_FACTOR)

    def state(self, idle_for: float) -> IdleState:
        if idle_for < self.timeout:
            return IdleState.ACTIVE
        if idle_for < self.timeout + self.warning:
            return IdleState.WARNING
        return IdleState.EXPIRED

    def seconds_left(self, idle_for: float) -> int:
        """Whole seconds shown on the countdown (never 0 while the prompt shows)."""
        left = self.timeout + self.warning - idle_for
        return max(0, min(math.ceil(left), math.ceil(self.warning)))
