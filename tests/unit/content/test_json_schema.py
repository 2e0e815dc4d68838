"""The editor's schema says what the kiosk checks, in patterns the kiosk itself agrees with."""

from __future__ import annotations

import datetime
import json
import re

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.invisible import NO_INVISIBLE, first_invisible
from kiosk.content.json_schema import content_schema
from kiosk.content.model import DATE_PATTERN

DATE = re.compile(DATE_PATTERN)


def is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) is not None


def test_the_date_pattern_takes_exactly_the_real_dates_of_leap_and_other_years() -> None:
    years = [1, 4, 100, 1900, 1996, 2000, 2024, 2025, 2026, 2100, 2400, 9999]
    written = [f"{y:04d}-{m:02d}-{d:02d}" for y in years for m in range(14) for d in range(33)]
    assert [text for text in written if bool(DATE.fullmatch(text)) != is_date(text)] == []
    assert not DATE.fullmatch("0000-01-01")


@given(st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"))
def test_the_date_pattern_agrees_with_the_kiosk_on_any_date_shaped_text(text: str) -> None:
    assert bool(DATE.fullmatch(text)) == is_date(text)


@given(st.text())
def test_the_invisible_character_pattern_agrees_with_the_kiosk(text: str) -> None:
    assert (re.fullmatch(NO_INVISIBLE, text) is not None) == (first_invisible(text) is None)


def test_every_pattern_comes_with_words_for_the_editor() -> None:
    """The editor shows `patternErrorMessage` instead of the pattern itself."""
    found: list[dict[str, object]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "pattern" in node:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(content_schema())
    assert found
    assert [json.dumps(node) for node in found if not node.get("patternErrorMessage")] == []
