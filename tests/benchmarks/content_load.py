"""Benchmark: load and validate a generated content file of 1,000 topics in 3 languages.

Run: ``.venv/bin/python tests/benchmarks/content_load.py``. Prints numbers; asserts nothing.
Each run is a fresh process, so caches (pictures, imports) start cold as after a boot.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TOPICS = 1000
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
PICTURES = ["crows-feet.svg", "forehead-lines.svg", "frown-lines.svg", "logo.svg"]
RUNS = 5

_MEASURE = """
import json, resource, sys, time
from pathlib import Path
import kiosk.content.loader as loader

def rss_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20

file = Path(sys.argv[1])
before = rss_mb()
started = time.perf_counter()
result = loader.load_content(file)
cold = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
loader.load_content(file)
warm = time.perf_counter() - started
assert result.content is not None, [p.message for p in result.problems[:5]]
import yaml
from yaml import cyaml
text = file.read_text(encoding="utf-8")
started = time.perf_counter()
parser = cyaml.CParser(text)
while not isinstance(parser.get_event(), yaml.StreamEndEvent):
    pass
events = time.perf_counter() - started
started = time.perf_counter()
for _ in range(1_000_000):
    pass
empty_loop = time.perf_counter() - started
print(json.dumps({
    "cold_s": cold, "warm_s": warm, "events_s": events, "loop_s": empty_loop,
    "rss_before_mb": before, "rss_peak_mb": peak, "load_rss_mb": peak - before,
}))
"""


def text(words: str) -> str:
    return "{" + ", ".join(f"{code}: {words} ({code})" for code in LANGUAGES) + "}"


def body(number: int) -> str:
    lines = []
    for code in LANGUAGES:
        lines += [
            f"          {code}: |",
            f"            Paragraph about topic {number} in {code}. It has **two** sentences.",
            "",
            "            - a first point to read",
            "            - a second point to read",
            "            1. then a numbered step",
        ]
    return "\n".join(lines)


def topic(number: int) -> str:
    sections = "\n".join(
        f"      - heading: {text(f'Heading {part}')}\n        body:\n{body(number)}"
        for part in (1, 2)
    )
    return f"""  topic-{number}:
    title: {text(f"Topic {number}")}
    summary: {text("A one-line summary of the topic")}
    picture:
      file: assets/{PICTURES[number % len(PICTURES)]}
      alt: {text("A face with one area marked")}
    status: {"research" if number % 10 == 0 else "approved"}
    sections:
{sections}
    safety: general
    ask: {text("Ask our team about this")}
    sources:
      - Source one, a plain citation.
      - Source two, a plain citation.
    reviewed: 2026-11-01
    reviewer: Clinic medical director
    next_review: 2027-11-01
"""


def generate(folder: Path) -> Path:
    (folder / "assets").mkdir()
    for name in PICTURES:
        shutil.copy(REPO / "assets" / name, folder / "assets" / name)
    languages = ", ".join(f"{code}: {name}" for code, name in LANGUAGES.items())
    ids = ", ".join(f"topic-{number}" for number in range(TOPICS))
    head = f"""version: 1
clinic:
  name: Benchmark Clinic
  welcome: {text("Welcome")}
  languages: {{{languages}}}
  default_language: en
safety:
  general:
    title: {text("Safety")}
    body: {text("Get help at once if you have trouble breathing.")}
categories:
  - id: all
    title: {text("All topics")}
    intro: {text("Every topic")}
    topics: [{ids}]
topics:
"""
    file = folder / "content.yaml"
    file.write_text(head + "".join(topic(number) for number in range(TOPICS)), encoding="utf-8")
    return file


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        file = generate(Path(scratch))
        size_mb = file.stat().st_size / 2**20
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, "-c", _MEASURE, str(file)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for _ in range(RUNS)
        ]
    print(f"file: {TOPICS} topics x {len(LANGUAGES)} languages, {size_mb:.2f} MB, {RUNS} runs")
    for key, label in [
        ("cold_s", "load+validate, first in process (s)"),
        ("warm_s", "load+validate, again (s)"),
        ("events_s", "libyaml event stream alone, no checks (s)"),
        ("loop_s", "machine speed: empty 1M-step Python loop (s)"),
        ("rss_before_mb", "RSS after imports, before the load (MB)"),
        ("rss_peak_mb", "peak RSS of the process (MB)"),
        ("load_rss_mb", "peak RSS added by the load (MB)"),
    ]:
        values = [run[key] for run in runs]
        print(f"{label:46s} median {statistics.median(values):8.3f}  max {max(values):8.3f}")


if __name__ == "__main__":
    main()
