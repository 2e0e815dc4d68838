"""Content folders that push the checks to their limits, every one within the file size cap.

Shared by ``tests/system/test_hostile_files.py`` (nothing breaks, memory stays bounded) and
``tests/benchmarks/hostile_files.py`` (how long each takes). Each maker writes one folder with
a ``content.yaml`` (and any pictures) and returns the file; the names say what is in it.
Together they hold what an outside review found slow or costly, and the other ways we could
think of to make each stage (reading, schema, Markdown, references, pictures, lint) work hard.
"""

from __future__ import annotations

import itertools
import shutil
import string
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from kiosk.content.loader import MAX_FILE_BYTES

REPO = Path(__file__).resolve().parents[1]
#: Close to the reader's cap, so that every file is as large as a file may be.
BUDGET = MAX_FILE_BYTES - 4096

HEAD = """version: 1
clinic:
  name: Hostile Clinic
  welcome: Welcome
  languages: {en: English, es: Español}
  default_language: en
safety:
  general:
    title: Safety
    body: Get help at once if you have trouble breathing.
categories:
  - id: all
    title: All
    intro: Every topic
    topics: [one]
"""


def topic(topic_id: str, body: str = "Plain words.", *, picture: str = "assets/x.svg") -> str:
    """One topic, its body written as a YAML block under ``body: |``."""
    indented = "\n".join(f"          {line}" if line else "" for line in body.split("\n"))
    return f"""  {topic_id}:
    title: A topic
    summary: A summary
    picture:
      file: {picture}
      alt: A picture
    status: approved
    sections:
      - heading: A heading
        body: |
{indented}
    safety: general
    ask: Ask our team
    sources: [A source]
    reviewed: 2026-11-01
    reviewer: A clinician
    next_review: 2027-11-01
"""


def _folder(root: Path, text: str) -> Path:
    (root / "assets").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "assets" / "logo.svg", root / "assets" / "x.svg")
    file = root / "content.yaml"
    file.write_text(text, encoding="utf-8")
    assert file.stat().st_size <= MAX_FILE_BYTES, file.stat().st_size
    return file


def _fill(unit: str, room: int) -> str:
    return unit * (room // len(unit.encode("utf-8")))


def _with_body(root: Path, unit: str) -> Path:
    """One topic whose body is a single line of ``unit`` repeated to fill the file."""
    start = HEAD + "topics:\n"
    room = BUDGET - len(start) - len(topic("one"))
    return _folder(root, start + topic("one", _fill(unit, room)))


def one_long_body_line(root: Path) -> Path:
    return _with_body(root, "word ")


def italics_marks(root: Path) -> Path:
    return _with_body(root, " *a")


def open_brackets(root: Path) -> Path:
    return _with_body(root, "[")


def link_openers(root: Path) -> Path:
    return _with_body(root, "[a](")


def html_openers(root: Path) -> Path:
    return _with_body(root, "<a ")


def underscores(root: Path) -> Path:
    return _with_body(root, "_a ")


def many_list_items(root: Path) -> Path:
    start = HEAD + "topics:\n"
    room = BUDGET - len(start) - len(topic("one"))
    items = _fill("- an item to read\n", room * 18 // 28)  # the indent adds 10 to each line
    return _folder(root, start + topic("one", items.rstrip("\n")))


def many_valid_topics(root: Path) -> Path:
    """As many good topics as fit, each with two sections in two languages: all of it is read,
    validated, parsed and linted."""
    body = (
        "en: |\n  A paragraph about this topic. It has **two** sentences.\n\n"
        "  - a first point to read\n  - a second point to read\n"
        "es: |\n  Un párrafo sobre este tema. Tiene **dos** frases.\n\n"
        "  - un primer punto\n  - un segundo punto"
    )
    made, size, number = [], len(HEAD) + 64, 0
    while True:
        written = topic(f"t{number}").replace(
            "body: |\n          Plain words.",
            "body:\n" + "\n".join(f"          {line}" if line else "" for line in body.split("\n")),
        )
        written = written.replace(
            "      - heading: A heading", "      - heading: {en: A heading, es: Un título}"
        )
        if number == 9_990 or size + len(written.encode()) > BUDGET - 12 * number:
            break
        made.append(written)
        size += len(written.encode())
        number += 1
    ids = ", ".join(f"t{n}" for n in range(number))
    return _folder(root, HEAD.replace("[one]", f"[{ids}]") + "topics:\n" + "".join(made))


def long_valid_bodies(root: Path) -> Path:
    """As many topics as fit, each with an English body of 5,000 characters in sentences of
    common words: every one is parsed as Markdown and given a reading grade."""
    sentence = "The nurse will ask you about your health and your medicines. "
    body = (sentence * (5_000 // len(sentence)))[:4_990].rstrip()
    made, size, number = [], len(HEAD) + 64, 0
    while number < 9_990:
        written = topic(f"t{number}", body)
        if size + len(written.encode()) > BUDGET - 12 * number:
            break
        made.append(written)
        size += len(written.encode())
        number += 1
    ids = ", ".join(f"t{n}" for n in range(number))
    return _folder(root, HEAD.replace("[one]", f"[{ids}]") + "topics:\n" + "".join(made))


def many_unknown_keys(root: Path) -> Path:
    lines, size, number = [], 0, 0
    while size < BUDGET - 64:
        line = f"k{number}: 1\n"
        lines.append(line)
        size += len(line)
        number += 1
    return _folder(root, "".join(lines))


def many_empty_topics(root: Path) -> Path:
    """Just under the reader's 10,000 keys a mapping: every topic misses every field."""
    empty = "".join(f"  t{number}: {{}}\n" for number in range(9_990))
    return _folder(root, HEAD + "topics:\n" + empty)


def many_broken_topics(root: Path) -> Path:
    """As many topics as fit, each wrong in several ways."""
    topics = _as_many_as_fit(
        lambda n: (
            topic(f"t{n}").replace("approved", "bogus").replace("titl", f"x{n}") + "    extra: 1\n"
        )
    )
    return _folder(root, HEAD + "topics:\n" + "".join(topics))


def many_missing_pictures(root: Path) -> Path:
    topics = _as_many_as_fit(lambda n: topic(f"t{n}", picture=f"assets/missing-{n}.png"))
    ids = ", ".join(f"t{n}" for n in range(len(topics)))
    return _folder(root, HEAD.replace("[one]", f"[{ids}]") + "topics:\n" + "".join(topics))


def _as_many_as_fit(make: Callable[[int], str]) -> list[str]:
    """``make(0)``, ``make(1)``, ... while they fit in the file, with room for their ids
    (at most 12 bytes each) in a category, and under the reader's 10,000 keys."""
    made: list[str] = []
    size = len(HEAD) + 64
    while len(made) < 9_990:
        written = make(len(made))
        size += len(written.encode()) + 12
        if size > BUDGET:
            break
        made.append(written)
    return made


def unknown_topic_references(root: Path) -> Path:
    ids = ", ".join(f"nowhere-{number}" for number in range(9_990))
    text = HEAD.replace("[one]", f"[one, {ids}]") + "topics:\n" + topic("one")
    return _folder(root, text)


def a_huge_key(root: Path) -> Path:
    return _folder(root, HEAD + "k" * (BUDGET - len(HEAD) - 16) + ": 1\n")


def many_languages_in_one_text(root: Path) -> Path:
    """A welcome in 9,990 language codes the clinic does not offer."""
    codes = ("".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=3))
    lines = "".join(f"    {code}: words\n" for code, _ in zip(codes, range(9_990), strict=False))
    text = HEAD.replace("  welcome: Welcome\n", "  welcome:\n" + lines)
    return _folder(root, text + "topics:\n" + topic("one"))


def numbers_in_a_list(root: Path) -> Path:
    return _folder(root, "numbers: [" + _fill("123456, ", BUDGET - 16) + "1]\n")


def deep_nesting(root: Path) -> Path:
    return _folder(root, "a: " + "[" * (BUDGET // 2) + "]" * (BUDGET // 2) + "\n")


def alias_bomb(root: Path) -> Path:
    laughs = "".join(f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 10))
    return _folder(root, "l0: &l0 lol\n" + laughs)


def duplicate_keys(root: Path) -> Path:
    return _folder(root, _fill("same: 1\n", BUDGET))


def invisible_characters(root: Path) -> Path:
    return _folder(root, HEAD + "topics:\n" + topic("one", _fill("a\u2028", BUDGET - 4096)))


def escaped_controls(root: Path) -> Path:
    return _folder(root, 'version: "' + _fill("\\0", BUDGET - 16) + '"\n')


def a_large_png(root: Path) -> Path:
    """The documented limit, 8192 x 8192, as one grey PNG that compresses small."""
    file = _folder(root, HEAD + "topics:\n" + topic("one", picture="assets/big.png"))
    (root / "assets" / "big.png").write_bytes(_grey_png(8192, 8192))
    return file


def _grey_png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = (b"\0" + b"\x80" * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def a_large_webp(root: Path) -> Path:
    """The documented limit, 8192 x 8192, as one WebP picture (Pillow decodes it only whole)."""
    file = _folder(root, HEAD + "topics:\n" + topic("one", picture="assets/big.webp"))
    picture = Image.new("L", (8192, 8192), 128)
    picture.save(root / "assets" / "big.webp", format="WEBP", lossless=True, method=0)
    return file


def a_large_svg(root: Path) -> Path:
    """An SVG at its 2 MB cap, one path of many points."""
    file = _folder(root, HEAD + "topics:\n" + topic("one", picture="assets/big.svg"))
    points = _fill("L1 2 ", 2 * 1024 * 1024 - 200)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><path d="M0 0 {points}"/></svg>'
    )
    (root / "assets" / "big.svg").write_text(svg, encoding="utf-8")
    return file


CATALOGUE: dict[str, Callable[[Path], Path]] = {
    maker.__name__.replace("_", " "): maker
    for maker in (
        one_long_body_line,
        italics_marks,
        open_brackets,
        link_openers,
        html_openers,
        underscores,
        many_list_items,
        many_valid_topics,
        long_valid_bodies,
        many_unknown_keys,
        many_empty_topics,
        many_broken_topics,
        many_missing_pictures,
        unknown_topic_references,
        a_huge_key,
        many_languages_in_one_text,
        numbers_in_a_list,
        deep_nesting,
        alias_bomb,
        duplicate_keys,
        invisible_characters,
        escaped_controls,
        a_large_png,
        a_large_webp,
        a_large_svg,
    )
}

#: Run in a fresh process: the check of one file, as `kiosk check` makes it, with the time
#: it took and the process's own peak memory (VmHWM: ru_maxrss would carry the parent's).
MEASURE = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from kiosk.content.loader import load_content
result = load_content(Path(sys.argv[1]), lint=True)
took = time.perf_counter() - started
with open("/proc/self/status") as status:
    peak = int(status.read().split("VmHWM:")[1].split()[0]) / 1024
first = result.errors[0] if result.errors else None
print(json.dumps({
    "seconds": took, "peak_mb": peak, "errors": len(result.errors),
    "warnings": len(result.warnings), "live": result.content is not None,
    "first": first.format("content.yaml") if first else "",
    "located": all(problem.position is not None for problem in result.errors),
}))
"""
