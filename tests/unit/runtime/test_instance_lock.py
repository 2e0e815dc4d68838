"""The instance lock: exclusive, names its holder, free again once released."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.runtime.instance_lock import AlreadyRunning, InstanceLock


def test_a_second_lock_fails_at_once_naming_the_holder(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    first.acquire()
    with pytest.raises(AlreadyRunning) as refused:
        InstanceLock(tmp_path).acquire()  # flock is per open file: this conflicts in-process
    assert refused.value.holder == os.getpid()
    assert str(refused.value) == (
        f"another kiosk is already running (process {os.getpid()} holds "
        f"{tmp_path / 'kiosk.lock'}); not starting"
    )
    first.release()
    again = InstanceLock(tmp_path)
    again.acquire()
    again.release()


def test_a_lock_file_with_no_pid_still_locks(tmp_path: Path) -> None:
    holder = InstanceLock(tmp_path)
    holder.acquire()
    (tmp_path / "kiosk.lock").write_text("garbage")
    with pytest.raises(AlreadyRunning) as refused:
        InstanceLock(tmp_path).acquire()
    assert refused.value.holder is None
    assert "(another process holds" in str(refused.value)
    holder.release()
