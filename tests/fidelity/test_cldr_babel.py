"""The kiosk's CLDR table (kiosk/pages/cldr.py) says what Babel says, for every locale.

A fidelity test: it holds the table to an outside reference, Babel (about 10 s of CPU,
so not among the unit tests).

Babel is the reference here and only here: the kiosk reads one line of the table, made
from Babel by ``python -m tests.cldr_table``, instead of importing Babel and unpickling a
language's whole CLDR data (8 MB).
"""

from __future__ import annotations

import datetime

import babel
import babel.dates
import pytest
from babel import localedata

from kiosk.pages import cldr
from tests.cldr_table import TABLE, lines

#: Every month, a day with two digits and one with one, and a leap day.
DAYS = [datetime.date(2026, month, 1 + (month * 7) % 28) for month in range(1, 13)]
DAYS.append(datetime.date(2028, 2, 29))
COUNTS = [*range(0, 230), 1000, 1001, 100000, 1000000, 2000000]


def test_the_table_is_made_from_the_babel_installed() -> None:
    assert TABLE.read_text(encoding="utf-8").splitlines(keepends=True) == lines(), (
        f"Babel {babel.__version__}: make the table again (python -m tests.cldr_table)"
    )


@pytest.mark.parametrize("shard", range(8))
def test_every_locale_s_long_dates_and_plurals_are_babel_s(shard: int) -> None:
    identifiers = sorted(localedata.locale_identifiers())[shard::8]
    for identifier in identifiers:
        language = cldr.language(identifier)
        assert language is not None, identifier
        locale = babel.Locale.parse(identifier)
        for day in DAYS:
            expected = babel.dates.format_date(day, "long", locale=locale)
            assert language.long_date(day) == expected, (identifier, day)
        for count in COUNTS:
            assert language.plural_form(count) == locale.plural_form(count), (identifier, count)
        localedata._cache.clear()  # Babel keeps every locale: all of them would be 2 GB
