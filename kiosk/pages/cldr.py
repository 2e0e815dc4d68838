"""Long dates and plural forms in any language CLDR knows, without CLDR in memory.

Babel cost the kiosk 8 MB: 3.3 MB to import, and 5 MB more for one language's data once
unpickled (all of CLDR for it: territory and currency names, time zones, units), kept for
the life of the process. The kiosk uses three things from it: the long date's pattern,
the names that pattern uses (months, the era) and the plural rules. ``cldr.tsv`` holds
those for every locale Babel knows, one line each (made from Babel by ``python -m
tests.cldr_table``; ``tests/fidelity/test_cldr_babel.py`` shows every locale's dates and
plurals the same as Babel's), and only the line of a language asked for is read.

A language is found as CLDR names it (``pt-br`` is ``pt_BR``, ``zh-hant`` is ``zh_Hant``),
else by its first part (``zh-TW`` finds ``zh``, whose long date and plurals are the same:
Babel would take the likely script, ``zh_Hant_TW``). Plurals are for
whole numbers, all the kiosk counts: CLDR's rules with no fraction and no exponent.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("cldr.tsv")
#: The order CLDR's categories are tried in; a number that none fits is "other".
CATEGORIES = ("zero", "one", "two", "few", "many")
#: One relation of a rule, as Babel writes them: ``i mod 10 not in 2..4,12``.
_RELATION = re.compile(r"([nivwftce])(?: mod (\d+))? (not )?in ([\d.,]+)")


@dataclass(frozen=True)
class Language:
    """What CLDR says for one language: its long date and its plural forms."""

    date: str  # a format string: "{MMMM} {d}, {y}"
    months: tuple[str, ...] = ()
    short_months: tuple[str, ...] = ()
    era: str = ""
    plural: tuple[tuple[str, str], ...] = ()  # (category, CLDR rule)

    def long_date(self, day: datetime.date) -> str:
        month = day.month - 1
        return self.date.format(
            d=day.day,
            dd=f"{day.day:02d}",
            M=day.month,
            MMM=self.short_months[month] if self.short_months else "",
            MMMM=self.months[month] if self.months else "",
            y=day.year,
            G=self.era,
        )

    def plural_form(self, count: int) -> str:
        """CLDR's plural category of the whole number ``count``: "one", "few", "other"..."""
        for category, rule in self.plural:
            if any(_all_hold(part, abs(count)) for part in rule.split(" or ")):
                return category
        return "other"


def _all_hold(relations: str, count: int) -> bool:
    """``i mod 10 in 2..4 and i mod 100 not in 12..14`` for a whole number: its operands n
    and i are the number, the fraction's (v, w, f, t) and the exponent's (c, e) are 0."""
    for relation in relations.split(" and "):
        match = _RELATION.fullmatch(relation.strip())
        if match is None:
            raise ValueError(f"not a CLDR plural relation: {relation!r}")
        operand, modulo, negated, ranges = match.groups()
        value = count if operand in "ni" else 0
        if modulo:
            value %= int(modulo)
        if _within(value, ranges) == bool(negated):
            return False
    return True


def _within(value: int, ranges: str) -> bool:
    for part in ranges.split(","):
        low, _, high = part.partition("..")
        if int(low) <= value <= int(high or low):
            return True
    return False


@functools.cache
def language(code: str) -> Language | None:
    """CLDR's ``code`` (``es``, ``pt-BR``), or None for a language it does not know."""
    identifier = _identifier(code)
    for candidate in dict.fromkeys((identifier, identifier.partition("_")[0])):
        row = _row(candidate) if candidate else None
        if row is not None:
            return _language(row)
    return None


def _identifier(code: str) -> str:
    """BCP 47's ``pt-br`` or ``zh-hant-tw`` (or CLDR's own ``pt_BR``) as CLDR names it:
    ``pt_BR``, ``zh_Hant_TW``."""
    first, *rest = re.split("[-_]", code.strip())
    return "_".join([first.lower(), *(p.title() if len(p) == 4 else p.upper() for p in rest)])


def _row(identifier: str) -> dict[str, Any] | None:
    prefix = identifier + "\t"
    with TABLE.open(encoding="utf-8") as table:
        for line in table:
            if line.startswith(prefix):
                row: dict[str, Any] = json.loads(line[len(prefix) :])
                return row
    return None


def _language(row: dict[str, Any]) -> Language:
    return Language(
        date=row["date"],
        months=tuple(row.get("months", ())),
        short_months=tuple(row.get("short_months", ())),
        era=row.get("era", ""),
        plural=tuple(
            (category, row["plural"][category])
            for category in CATEGORIES
            if category in row.get("plural", {})
        ),
    )
