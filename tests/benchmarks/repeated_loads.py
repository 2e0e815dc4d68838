"""Benchmark: memory over many loads of the bundled content in one process, as a kiosk reloads.

Run: ``.venv/bin/python tests/benchmarks/repeated_loads.py [LOADS]`` (default 10,000).
Prints RSS after the first 500 loads (where it settles) and then every 10% of the run;
asserts nothing. A leak shows as RSS that keeps climbing after it settled.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from kiosk.content.loader import load_content

REPO = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    loads = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    file = REPO / "content.yaml"
    started = time.perf_counter()
    settled = None
    for number in range(1, loads + 1):
        result = load_content(file)
        assert result.content is not None
        if number == 500:
            settled = rss_mb()
            print(f"after {number} loads: RSS {settled:.1f} MB (settled)")
        elif number > 500 and number % (loads // 10) == 0:
            print(f"after {number} loads: RSS {rss_mb():.1f} MB ({rss_mb() - settled:+.1f})")
    took = time.perf_counter() - started
    print(f"{loads} loads in {took:.1f} s ({took / loads * 1000:.1f} ms each)")


if __name__ == "__main__":
    main()
