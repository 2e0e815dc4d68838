"""Finding a language in the kiosk's CLDR table (kiosk/pages/cldr.py).

That the table says what Babel says, for every locale, is tests/fidelity/test_cldr_babel.py.
"""

from __future__ import annotations

import datetime

import pytest

from kiosk.pages import cldr


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ("es", "20 de noviembre de 2026"),
        ("pt-BR", "20 de novembro de 2026"),
        ("es-419", "20 de noviembre de 2026"),
        ("en-gb", "20 November 2026"),
        ("EN-GB", "20 November 2026"),
        ("sr-latn", "20. novembar 2026."),
        ("zh-TW", "2026年11月20日"),
    ],
)
def test_a_language_is_found_by_its_code_or_its_first_part(code: str, found: str) -> None:
    language = cldr.language(code)
    assert language is not None
    assert language.long_date(datetime.date(2026, 11, 20)) == found


@pytest.mark.parametrize("code", ["xx", "", "-", "en\tx"])
def test_a_language_cldr_does_not_know_has_none(code: str) -> None:
    assert cldr.language(code) is None
