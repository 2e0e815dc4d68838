"""Make ``kiosk/pages/cldr.tsv`` from Babel: ``.venv/bin/python -m tests.cldr_table``.

For each locale Babel knows, one line: its identifier, a tab, and JSON with what the kiosk
uses (``kiosk/pages/cldr.py``): the long date as a format string, the month names and era
it names, and the plural rules. Run again when Babel's pin in pyproject.toml moves;
``tests/fidelity/test_cldr_babel.py`` fails until it is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import babel
from babel import localedata

TABLE = Path(__file__).resolve().parents[1] / "kiosk" / "pages" / "cldr.tsv"
#: CLDR's pattern letters the long dates of every locale use (checked as the table is made).
FIELDS = ("dd", "d", "MMMM", "MMM", "M", "y", "G")
_TOKEN = re.compile(r"'([^']*)'|([A-Za-z])\2*|([^'A-Za-z]+)")


def format_string(pattern: str) -> str:
    """CLDR's ``d 'de' MMMM 'de' y`` as ``{d} de {MMMM} de {y}``."""
    out = []
    for match in _TOKEN.finditer(pattern):
        quoted, letters, literal = match.group(1), match.group(0), match.group(3)
        if quoted is not None:
            text = quoted or "'"  # '' is a quote
        elif literal is not None:
            text = literal
        else:
            if letters not in FIELDS:
                raise ValueError(f"pattern letter {letters!r} in {pattern!r}")
            out.append("{" + letters + "}")
            continue
        out.append(text.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def entry(identifier: str) -> dict[str, object]:
    locale = babel.Locale.parse(identifier)
    pattern = locale.date_formats["long"].pattern
    shape = format_string(pattern)
    row: dict[str, object] = {"date": shape}
    if "{MMMM}" in shape:
        row["months"] = [locale.months["format"]["wide"][month] for month in range(1, 13)]
    if "{MMM}" in shape:
        row["short_months"] = [
            locale.months["format"]["abbreviated"][month] for month in range(1, 13)
        ]
    if "{G}" in shape:
        row["era"] = locale.eras["abbreviated"][1]
    rules = locale.plural_form.rules
    if rules:
        row["plural"] = rules
    return row


def lines() -> list[str]:
    return [
        f"{identifier}\t{json.dumps(entry(identifier), ensure_ascii=False, sort_keys=True)}\n"
        for identifier in sorted(localedata.locale_identifiers())
    ]


if __name__ == "__main__":
    made = lines()
    TABLE.write_text("".join(made), encoding="utf-8")
    print(f"{TABLE}: {len(made)} locales, Babel {babel.__version__}")
