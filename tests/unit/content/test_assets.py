"""Pictures: every file that must not reach the screen is refused at its `file:` line."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kiosk.content.assets import picture_problem
from tests.conftest import CheckText, formatted, line_of

CROWS_FEET = "file: assets/crows-feet.svg"
CROWS_FEET_KEY = "topics.crows-feet.picture.file"
SVG_NAMES = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
SVG_OPEN = f'<svg {SVG_NAMES} viewBox="0 0 10 10">'
UNREADABLE = "cannot be read as a picture; it may be damaged or only partly copied"
LAUGHS = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY lol0 "lol">'
    f"{LAUGHS}]>\n{SVG_OPEN}<text>&lol9;</text></svg>"
)


def with_picture(text: str, name: str, written: str = CROWS_FEET) -> str:
    """``text`` with the picture line ``written`` pointing at ``name`` (quoted for YAML)."""
    assert written in text
    return text.replace(written, f"file: {json.dumps(name)}")


def position_of(text: str, needle: str) -> str:
    """``LINE:COLUMN`` where ``needle`` first starts in ``text``, counted from 1."""
    line = line_of(text, needle)
    return f"{line}:{text.splitlines()[line - 1].index(needle) + 1}"


def picture_errors(check_text: CheckText, text: str) -> list[str]:
    result = check_text(text)
    assert result.content is None, "content with a bad picture must not go live"
    return formatted(result)


def crows_feet_error(check_text: CheckText, bundled_text: str, name: str) -> str:
    """The single error for the crows-feet picture set to ``name``, checking where it points."""
    text = with_picture(bundled_text, name)
    (problem,) = picture_errors(check_text, text)
    where = f"content.yaml:{position_of(text, json.dumps(name))}: error: {CROWS_FEET_KEY}: "
    assert problem.startswith(where)
    return problem.removeprefix(where)


def png_header(width: int, height: int) -> bytes:
    """A PNG that only claims its size: signature, IHDR and IEND, no pixels at all."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../outside.png", "`../outside.png` uses `..` to leave the content folder"),
        ("/etc/passwd", "`/etc/passwd` is an absolute path; give a path inside the content folder"),
        ("file:///etc/hosts", "`file:///etc/hosts` is an address; give a path inside the content"),
        ("https://example.com/x.png", "`https://example.com/x.png` is an address"),
        ("assets\\crows-feet.svg", "`assets\\crows-feet.svg` uses `\\`; separate folders with `/`"),
    ],
)
def test_a_path_that_leaves_the_folder_is_refused(
    check_text: CheckText, bundled_text: str, name: str, message: str
) -> None:
    assert crows_feet_error(check_text, bundled_text, name).startswith(message)


def test_a_missing_picture_names_the_folder_it_looked_in(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    found = crows_feet_error(check_text, bundled_text, "assets/missing.png")
    assert found == f"there is no picture at `assets/missing.png` in {content_dir.resolve()}"


def test_a_link_out_of_the_content_folder_is_refused(
    check_text: CheckText,
    bundled_text: str,
    content_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "photo.png"
    Image.new("RGB", (8, 8), "red").save(elsewhere)
    os.symlink(elsewhere, content_dir / "assets" / "photo.png")
    found = crows_feet_error(check_text, bundled_text, "assets/photo.png")
    assert found == (
        "`assets/photo.png` leads outside the content folder through a link; copy the picture in"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("assets", "`assets` is a folder, not a picture"),
        ("assets/wave.gif", "`assets/wave.gif` is not a png, jpg, svg or webp picture"),
        ("assets/notes.txt", "`assets/notes.txt` is not a png, jpg, svg or webp picture"),
    ],
)
def test_a_folder_or_another_kind_of_file_is_refused(
    check_text: CheckText, bundled_text: str, content_dir: Path, name: str, message: str
) -> None:
    (content_dir / "assets" / "wave.gif").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    (content_dir / "assets" / "notes.txt").write_text("not a picture", encoding="utf-8")
    assert crows_feet_error(check_text, bundled_text, name) == message


def truncated_png() -> bytes:
    """The first half of a real PNG, as a copy that stopped part way leaves it."""
    stream = io.BytesIO()
    Image.effect_noise((64, 64), 40).save(stream, format="PNG")
    return stream.getvalue()[: len(stream.getvalue()) // 2]


@pytest.mark.parametrize(
    "data",
    [b"this is not a picture at all" * 4, truncated_png()],
    ids=["garbage", "truncated"],
)
def test_a_damaged_png_is_refused(
    check_text: CheckText, bundled_text: str, content_dir: Path, data: bytes
) -> None:
    (content_dir / "assets" / "damaged.png").write_bytes(data)
    found = crows_feet_error(check_text, bundled_text, "assets/damaged.png")
    assert found == f"`damaged.png` {UNREADABLE}"


def test_a_png_claiming_twenty_thousand_pixels_a_side_is_refused_as_too_large(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    (content_dir / "assets" / "huge.png").write_bytes(png_header(20_000, 20_000))
    found = crows_feet_error(check_text, bundled_text, "assets/huge.png")
    assert found.startswith("`huge.png` ")
    assert "too large to show safely" in found


def test_a_png_over_the_qt_limit_is_refused_with_its_size(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    (content_dir / "assets" / "wide.png").write_bytes(png_header(9_000, 9_000))
    found = crows_feet_error(check_text, bundled_text, "assets/wide.png")
    assert found == (
        "`wide.png` is 9000 x 9000 pixels, too large to show safely; "
        "save it at most 8192 pixels on each side"
    )


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        ("<svg", "is not a readable SVG picture; it may be damaged or only partly copied"),
        ("<?xml version='1.0'?><note><to>you</to></note>", "is not an SVG picture"),
        (f"<svg {SVG_NAMES}></svg>", "has no size: give the <svg> element a viewBox"),
        (f"{SVG_OPEN}<script>alert(1)</script></svg>", "contains a <script> element"),
        (f"{SVG_OPEN}<foreignObject><p>hi</p></foreignObject></svg>", "contains a <foreignObject>"),
        (
            f'{SVG_OPEN}<image href="file:///etc/passwd"/></svg>',
            "loads another file or address (file:///etc/passwd); embed it instead",
        ),
        (
            f'{SVG_OPEN}<image xlink:href="../x.png"/></svg>',
            "loads another file or address (../x.png); embed it instead",
        ),
        (BILLION_LAUGHS, "is not a readable SVG picture"),
        (
            f"{SVG_OPEN}<style>@import url(http://example.org/a.css);</style></svg>",
            "loads another file or address (@import url(http://example.org/a.css))",
        ),
        (
            f"{SVG_OPEN}<style>@IMPORT 'a.css';</style></svg>",
            "loads another file or address (@IMPORT 'a.css'); embed it instead",
        ),
        (
            f'{SVG_OPEN}<rect style="fill: url(file:///etc/x.svg#p)"/></svg>',
            "loads another file or address (url(file:///etc/x.svg#p)); embed it instead",
        ),
    ],
    ids=[
        "not-xml",
        "not-svg",
        "no-size",
        "script",
        "foreign",
        "file-href",
        "xlink",
        "laughs",
        "css-import",
        "css-import-caps",
        "css-url",
    ],
)
def test_an_unsafe_or_broken_svg_is_refused(
    check_text: CheckText, bundled_text: str, content_dir: Path, svg: str, message: str
) -> None:
    (content_dir / "assets" / "drawing.svg").write_text(svg, encoding="utf-8")
    found = crows_feet_error(check_text, bundled_text, "assets/drawing.svg")
    assert found.startswith(f"`drawing.svg` {message}")


def make_good_pictures(assets: Path) -> None:
    for suffix in ("png", "jpg", "webp"):
        Image.new("RGB", (32, 24), "teal").save(assets / f"small.{suffix}")
    os.symlink(assets / "small.png", assets / "also-small.png")
    internal = '<defs><circle id="a" r="4"/></defs><use href="#a"/><use xlink:href="#a"/>'
    (assets / "internal.svg").write_text(f"{SVG_OPEN}{internal}</svg>", encoding="utf-8")
    sized = f'<svg {SVG_NAMES} width="10" height="10"></svg>'
    (assets / "sized.svg").write_text(sized, encoding="utf-8")


@pytest.mark.parametrize(
    "name",
    [
        "assets/small.png",
        "assets/small.jpg",
        "assets/small.webp",
        "assets/also-small.png",
        "assets/internal.svg",
        "assets/sized.svg",
    ],
)
def test_a_good_picture_is_accepted(
    check_text: CheckText, bundled_text: str, content_dir: Path, name: str
) -> None:
    make_good_pictures(content_dir / "assets")
    result = check_text(with_picture(bundled_text, name))
    assert formatted(result) == []
    assert result.content is not None


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("file: assets/logo.svg", "clinic.logo.file"),
        ("file: assets/category-about.svg", "categories[1].picture.file"),
        (CROWS_FEET, CROWS_FEET_KEY),
    ],
)
def test_the_error_names_the_key_of_each_kind_of_picture(
    check_text: CheckText, bundled_text: str, written: str, key: str
) -> None:
    text = with_picture(bundled_text, "../outside.png", written)
    where = position_of(text, json.dumps("../outside.png"))
    assert picture_errors(check_text, text) == [
        f"content.yaml:{where}: error: {key}: "
        "`../outside.png` uses `..` to leave the content folder; keep pictures inside it"
    ]


def test_two_bad_pictures_are_both_reported_at_once(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    text = with_picture(bundled_text, "/etc/passwd", "file: assets/logo.svg")
    text = with_picture(text, "assets/missing.png")
    logo = position_of(text, json.dumps("/etc/passwd"))
    crows_feet = position_of(text, json.dumps("assets/missing.png"))
    assert picture_errors(check_text, text) == [
        f"content.yaml:{logo}: error: clinic.logo.file: "
        "`/etc/passwd` is an absolute path; give a path inside the content folder",
        f"content.yaml:{crows_feet}: error: {CROWS_FEET_KEY}: "
        f"there is no picture at `assets/missing.png` in {content_dir.resolve()}",
    ]


def test_a_nul_in_a_picture_path_is_an_error_not_a_traceback(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    """It gave "internal error ... embedded null byte" (exit 70), and a traceback in
    `kiosk snapshot`. The reader names it where it is; the picture check refuses it too."""
    problem = crows_feet_error(check_text, bundled_text, "assets/crows-feet.svg\0")
    assert problem == (
        "the text holds an invisible control character (U+0000); delete it, or type the text again"
    )
    assert picture_problem("assets/crows-feet.svg\0", content_dir) == (
        "`assets/crows-feet.svg` has an invisible NUL character in it; type the name again"
    )


def test_css_that_points_inside_the_picture_is_allowed(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    style = "<style>rect { fill: url(#paint) }</style>"
    svg = f"{SVG_OPEN}{style}<rect style=\"fill:url('#p')\"/></svg>"
    (content_dir / "assets" / "drawing.svg").write_text(svg, encoding="utf-8")
    result = check_text(with_picture(bundled_text, "assets/drawing.svg"))
    assert result.content is not None, formatted(result)


def test_a_named_pipe_as_a_picture_is_named_as_one(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    os.mkfifo(content_dir / "assets" / "pipe.svg")
    problem = crows_feet_error(check_text, bundled_text, "assets/pipe.svg")
    assert problem == "`assets/pipe.svg` is a named pipe (FIFO), not a picture"


def truncated_jpeg() -> bytes:
    """The first half of a real JPEG, as a copy that stopped part way leaves it."""
    stream = io.BytesIO()
    Image.effect_noise((256, 256), 40).convert("RGB").save(stream, format="JPEG")
    return stream.getvalue()[: len(stream.getvalue()) // 2]


def test_a_cut_off_jpeg_is_refused_though_it_is_read_at_an_eighth(
    check_text: CheckText, bundled_text: str, content_dir: Path
) -> None:
    (content_dir / "assets" / "cut.jpg").write_bytes(truncated_jpeg())
    found = crows_feet_error(check_text, bundled_text, "assets/cut.jpg")
    assert found == f"`cut.jpg` {UNREADABLE}"


def grey_png(side: int) -> bytes:
    """A complete grey PNG of ``side`` x ``side`` pixels, small on disk (each row the same)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    row = b"\x00" + bytes(range(1, 256)) * (side // 255 + 1)  # a gradient: no page stays empty
    pixels = zlib.compress(row[: side + 1] * side, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def grey_webp(side: int) -> bytes:
    """A complete lossless grey WebP of ``side`` x ``side`` pixels (tiny on disk)."""
    stream = io.BytesIO()
    Image.new("L", (side, side), 128).save(stream, format="WEBP", lossless=True, method=0)
    return stream.getvalue()


@pytest.mark.parametrize(("name", "make"), [("big.png", grey_png), ("big.webp", grey_webp)])
def test_the_largest_picture_allowed_is_checked_without_holding_its_pixels(
    tmp_path: Path, name: str, make: Callable[[int], bytes]
) -> None:
    """Decoded whole, an 8192 x 8192 picture held 64 MB grey (293 MB in colour) in the
    kiosk's own process, once per changed picture; a WebP one took the process to 1 GB.
    Peak memory, read by the kernel."""
    (tmp_path / name).write_bytes(make(8192))
    # VmHWM, this process's own peak: ru_maxrss would start at pytest's own, since Linux
    # carries it across fork and exec.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.content.assets import picture_problem\n"
        "from PIL import Image\n"
        "def peak():\n"
        "    status = Path('/proc/self/status').read_text()\n"
        "    return int(status.split('VmHWM:')[1].split()[0]) // 1024\n"
        "before = peak()\n"
        "problem = picture_problem(sys.argv[2], Path(sys.argv[1]))\n"
        "print(problem, peak() - before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), name],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    problem, grown_mb = done.stdout.split()
    assert problem == "None"  # a good picture
    assert int(grown_mb) < 16, f"checking it took {grown_mb} MB"


@pytest.mark.parametrize("side", [300, 8192])
def test_a_cut_off_webp_is_refused_small_or_large(tmp_path: Path, side: int) -> None:
    """Small ones are decoded; large ones are proved whole by their container's length."""
    whole = grey_webp(side)
    (tmp_path / "cut.webp").write_bytes(whole[:-4])
    (tmp_path / "whole.webp").write_bytes(whole)
    assert picture_problem("whole.webp", tmp_path) is None
    assert picture_problem("cut.webp", tmp_path) == f"`cut.webp` {UNREADABLE}"


def test_a_webp_larger_than_the_limit_is_refused_from_its_header(tmp_path: Path) -> None:
    """A VP8X header of 16,000 x 9,000 pixels: refused before anything is decoded."""
    canvas = (16_000 - 1).to_bytes(3, "little") + (9_000 - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", 10) + b"\0\0\0\0" + canvas
    (tmp_path / "huge.webp").write_bytes(
        b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk
    )
    assert picture_problem("huge.webp", tmp_path) == (
        "`huge.webp` is 16000 x 9000 pixels, too large to show safely; "
        "save it at most 8192 pixels on each side"
    )
