"""Benchmark: section bodies built to make a pattern scan on and on, read by the subset parser.

Run: ``.venv/bin/python tests/benchmarks/markdown_hostile.py``. Prints seconds; asserts
nothing. Before the one-pass rules, `" *a" x 16,000` (48 KB) took 20 s and `"[" x 200,000`
55 s, freezing the kiosk's screen on such a save.
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
