"""The clock the kiosk's countdowns read, and how often they look at it again.

The idle prompt's count and the staff door's lock and cleaning time are worked out from the
clock at each tick, never counted in ticks: a tick that comes late (a busy machine) cannot
make a countdown slow. Tests pass a clock they move by hand.
"""

from __future__ import annotations

from collections.abc import Callable

#: Monotonic seconds (``time.monotonic``, or a test's clock).
Clock = Callable[[], float]
#: How often a countdown on screen is looked at again: a shown second is at most this late.
TICK_MS = 200
