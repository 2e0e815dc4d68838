"""Benchmark: section bodies built to make a reader scan on and on, read by the subset parser.

Run: ``.venv/bin/python tests/benchmarks/markdown_hostile.py``. Prints milliseconds; asserts
nothing. Before the one-pass rules, `" *a" x 16,000` (48 KB) took 20 s and `"[" x 200,000`
55 s, freezing the kiosk's screen on such a save. Each body here is read in one pass: the
emphasis table of lower bounds, a stack of brackets, HTML endings looked up once, and
bare link destinations indexed once (read afresh at each ``](``, `"[a](" x 40,000` took
0.9 s). Doubling any of these bodies doubles its time.
"""

from __future__ import annotations

import contextlib
import time

from kiosk.content.markdown import MarkdownError, parse_markdown

BODIES = {
    '" *a" x 16,000': " *a" * 16_000,
    '"[" x 200,000': "[" * 200_000,
    '"![" x 100,000': "![" * 100_000,
    '"[a](" x 40,000': "[a](" * 40_000,
    '"_a " x 30,000': "_a " * 30_000,
    '"**" x 100,000 and a letter': "**" * 100_000 + "x",
    '"*a" x 50,000': "*a" * 50_000,
    '"**a" x 30,000': "**a" * 30_000,
    '"a**" x 30,000': "a**" * 30_000,
    '"_a" x 50,000': "_a" * 50_000,
    '"<a " x 50,000': "<a " * 50_000,
    '"<a b=\\"" x 30,000': '<a b="' * 30_000,
    '"<!--" x 50,000 and "-->"': "<!--" * 50_000 + "-->",
    '"<!-- --->" x 20,000 and "-->"': "<!-- --->" * 20_000 + " -->",
    '"<?" x 50,000': "<?" * 50_000,
    '"<![CDATA[" x 20,000': "<![CDATA[" * 20_000,
    '"<http:" x 30,000': "<http:" * 30_000,
    '"[a](" x 40,000 and ")"': "[a](" * 40_000 + ")",
    '"[a](<" x 30,000': "[a](<" * 30_000,
    '"[a](b \\"" x 30,000': '[a](b "' * 30_000,
    '"[" x 100,000 then "]" x 100,000': "[" * 100_000 + "]" * 100_000,
    '"[[a]" x 50,000': "[[a]" * 50_000,
    '"&amp;" x 50,000': "&amp;" * 50_000,
    '"&#" x 100,000': "&#" * 100_000,
    '"\\" x 100,000': "\\" * 100_000,
    "5,000 list items with bold": "- a **b** c\n" * 5_000,
    "5,000 loose numbered items": "1. *a* b\n\n" * 5_000,
    "5,000 lines of one paragraph": "word [1] and <b\n" * 5_000,
    '"[x]: " definition x 20,000 lines': "[x]:\n" * 20_000,
}


def main() -> None:
    for name, body in BODIES.items():
        started = time.perf_counter()
        outcome = "accepted"
        try:
            parse_markdown(body)
        except MarkdownError as refused:
            outcome = f"refused: {refused.reason[:50]}"
        took = time.perf_counter() - started
        print(f"{name} ({len(body) // 1000} KB): {took * 1000:.1f} ms, {outcome}")


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
