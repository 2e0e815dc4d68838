"""``kiosk run`` logs start and stop to a rotating file, and never which pages a patient read."""

from __future__ import annotations

import re
import signal
from pathlib import Path

import yaml

from kiosk import __version__
from tests.system.faulty_kiosk import BROWSED
from tests.system.kiosk_process import PATIENCE_S, start_kiosk

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|ERROR|CRITICAL) kiosk")


def test_a_session_of_taps_is_not_logged_but_start_and_stop_are(content_dir: Path) -> None:
    kiosk = start_kiosk(content_dir, fault="browse")
    out, _ = kiosk.process.communicate(timeout=PATIENCE_S)
    assert kiosk.process.returncode == 0
    assert out.split() == [word for topic in BROWSED for word in ("visited", topic)]
    log = kiosk.log()
    lines = log.splitlines()
    assert all(LINE.match(line) for line in lines), log  # one line per event, timestamped
    assert f"kiosk {__version__} starting: content {content_dir / 'content.yaml'}, pid " in lines[0]
    assert "stopping on SIGTERM" in log
    assert lines[-1].endswith("INFO kiosk: kiosk stopped: exit code 0")
    content = yaml.safe_load((content_dir / "content.yaml").read_text(encoding="utf-8"))
    for topic_id, topic in content["topics"].items():
        assert topic_id not in log
        assert topic["title"]["en"] not in log


def test_the_log_file_goes_where_kiosk_log_dir_says(content_dir: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "deep" / "logs"
    kiosk = start_kiosk(content_dir, environ={"KIOSK_LOG_DIR": str(elsewhere)})
    try:
        wanted = elsewhere / "kiosk.log"
        kiosk.log_file = wanted
        kiosk.wait_for_log("systemd notify: off")
        kiosk.process.send_signal(signal.SIGTERM)
        assert kiosk.process.wait(timeout=PATIENCE_S) == 0
    finally:
        kiosk.stop()
    assert "kiosk stopped: exit code 0" in wanted.read_text(encoding="utf-8")


def test_a_stop_during_the_start_up_is_not_lost(content_dir: Path) -> None:
    """SIGTERM after its handler is in place but before the event loop runs (the window is
    still being built) ends the kiosk as soon as the loop starts, with code 0."""
    kiosk = start_kiosk(content_dir)
    try:
        kiosk.wait_for_log("renderer: ")  # logged just before the window is built
        kiosk.process.send_signal(signal.SIGTERM)
        assert kiosk.process.wait(timeout=PATIENCE_S) == 0
    finally:
        kiosk.stop()
    assert "kiosk stopped: exit code 0" in kiosk.log()
