"""The kiosk's own words (buttons, badges, prompts), built in for English and Spanish.

Content words come from content.yaml; these belong to the kiosk itself. A clinic gives
them for any other language, or changes these, under ``words:`` in content.yaml; a
word given nowhere is shown in English. Dates and the countdown's plural come from the
Unicode CLDR (``kiosk.pages.cldr``), so any language gets its own.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING

from kiosk.content.built_in_words import WORDS
from kiosk.pages import cldr

if TYPE_CHECKING:
    from kiosk.content.kiosk_words import KioskWords


def words(language: str, clinic_words: Mapping[str, KioskWords] | None = None) -> dict[str, str]:
    """The kiosk's words in ``language``: the clinic's own, else the built-in ones, else English."""
    own = clinic_words.get(language) if clinic_words else None
    return {**WORDS["en"], **WORDS.get(language, {}), **(own.given() if own else {})}


def in_every_language(key: str) -> list[str]:
    """The kiosk's built-in words for ``key`` in each language it has, English first."""
    return [WORDS[code][key] for code in WORDS]


def countdown(said: Mapping[str, str], language: str, most: int) -> list[str]:
    """The idle prompt's countdown for 0 to ``most`` seconds, each in its plural form."""
    return [
        _plural(said, "resetting", language, count).format(seconds=count)
        for count in range(most + 1)
    ]


def _plural(said: Mapping[str, str], key: str, language: str, count: int) -> str:
    known = cldr.language(language)
    category = known.plural_form(count) if known else "other"
    return said.get(f"{key}_{category}") or said[key]


def long_date(day: datetime.date, language: str) -> str:
    """``November 20, 2026``, ``20 de noviembre de 2026``, ``20 tháng 11, 2026``: the
    language's own long date; YYYY-MM-DD for a language CLDR does not know."""
    known = cldr.language(language)
    return known.long_date(day) if known else day.isoformat()
