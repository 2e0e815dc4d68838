"""Thousands of QML calls into Python leave None, True and False as they were.

PySide6 6.12.0 on Python 3.11 drops a reference to None or a bool on such calls;
after a few thousand the process dies with "deallocating None". A kiosk makes
that many calls in minutes, so this guards the PySide6 version we allow.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtQml import QJSEngine
from pytestqt.qtbot import QtBot

from tests.ui.conftest import OpenKiosk

CALLS = 1200
# What QML does on every tap and every binding update: call a slot, read properties.
SCRIPT = f"""
for (let i = 0; i < {CALLS // 4}; i++) {{
    session.setLanguage(i % 2 ? "es" : "en");
    let seen = [session.largeText, session.canGoBack, session.page, session.words.home];
}}
"""


def references() -> list[int]:
    gc.collect()  # pages replaced on each language change hold bools until collected
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]


def test_qml_calls_into_python_keep_reference_counts(open_kiosk: OpenKiosk, qtbot: QtBot) -> None:
    kiosk, _ = open_kiosk()
    engine = kiosk.engine
    assert isinstance(engine, QJSEngine)
    engine.globalObject().setProperty("session", engine.newQObject(kiosk.session))
    before = references()
    result = engine.evaluate(SCRIPT)
    assert not result.isError(), result.toString()
    qtbot.wait(50)
    drift = [after - was for was, after in zip(before, references(), strict=True)]
    assert max(map(abs, drift)) < 100, f"references drifted by {drift} over {CALLS} calls"
