"""The idle rule: a prompt after the timeout, a countdown, then the reset."""

from __future__ import annotations

import pytest

from kiosk.session.idle import IdlePolicy, IdleState

POLICY = IdlePolicy(timeout=90, warning=20)


@pytest.mark.parametrize(
    ("idle_for", "state", "seconds_left"),
    [
        (0, IdleState.ACTIVE, None),
        (89.9, IdleState.ACTIVE, None),
        (90, IdleState.WARNING, 20),
        (90.4, IdleState.WARNING, 20),
        (109.1, IdleState.WARNING, 1),
        (110, IdleState.EXPIRED, None),
        (500, IdleState.EXPIRED, None),
    ],
)
def test_states_and_countdown(idle_for: float, state: IdleState, seconds_left: int | None) -> None:
    assert POLICY.state(idle_for) is state
    if seconds_left is not None:
        assert POLICY.seconds_left(idle_for) == seconds_left
