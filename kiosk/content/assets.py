"""Check that every picture is inside the content folder and safe to show.

A picture path must stay inside the content folder, even through symbolic
links, and must be a png, jpg, svg or webp file that decodes. Raster pictures
are measured before they are decoded: one that would need more memory than
Qt lets a picture have is refused, not left to fail on screen. SVG files are
parsed with defusedxml (no entity tricks) and must not load other files.
"""

from __future__ import annotations

import functools
import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeXml
from defusedxml import DefusedXmlException

from kiosk.content.file_kind import not_a_file
from kiosk.content.model import Content, Picture
from kiosk.content.problems import Problem, error
from kiosk.content.walk import find_all
from kiosk.content.webp_header import WebpError, webp_size

PICTURE_TYPES = (".png", ".jpg", ".jpeg", ".svg", ".webp")
#: Larger files are not pictures a kiosk needs (a 4K photo is about 5 MB).
MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_SVG_BYTES = 2 * 1024 * 1024
#: 8192 x 8192 at 4 bytes a pixel is 256 MB, Qt's own decoding limit.
MAX_PIXELS = 8192 * 8192
#: WebP pictures up to this size are decoded to prove them whole (at most about 64 MB).
MAX_WEBP_DECODED_PIXELS = 2048 * 2048
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SVG = "{http://www.w3.org/2000/svg}"
_HREFS = ("href", "{http://www.w3.org/1999/xlink}href")
_CSS_URL = re.compile(r"url\(\s*([^)]*)\)", re.IGNORECASE)
_UNREADABLE = "`{name}` cannot be read as a picture; it may be damaged or only partly copied"
_TOO_LARGE = (
    "`{name}` is {width} x {height} pixels, too large to show safely; "
    "save it at most 8192 pixels on each side"
)
_SAFE_HREF = re.compile(r"^(#|data:image/(png|jpeg|webp);base64,)")


def asset_problems(content: Content, folder: Path) -> Iterator[Problem]:
    """Errors for every picture that cannot be shown safely."""
    root = folder.resolve()
    checked: dict[str, str | None] = {}  # a picture named by many topics is checked once
    for path, picture in find_all(content, Picture):
        if picture.file not in checked:
            checked[picture.file] = picture_problem(picture.file, root)
        reason = checked[picture.file]
        if reason:
            yield error(reason, (*path, "file"))


def picture_problem(name: str, root: Path) -> str | None:
    """Why the picture ``name`` (relative to ``root``) cannot be shown, or ``None``."""
    reason = _path_problem(name)
    if reason:
        return reason
    target = root / name
    try:
        os.stat(target)  # one call finds a missing picture; resolving costs ten times that
        resolved = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return f"there is no picture at `{name}` in {root}"
    if not resolved.is_relative_to(root):
        return f"`{name}` leads outside the content folder through a link; copy the picture in"
    kind = not_a_file(resolved.stat().st_mode)
    if kind is not None:
        return f"`{name}` is {kind}, not a picture"
    if resolved.suffix.lower() not in PICTURE_TYPES:
        return f"`{name}` is not a png, jpg, svg or webp picture"
    stat = resolved.stat()
    return _decode_problem(str(resolved), stat.st_size, stat.st_mtime_ns)


def _path_problem(name: str) -> str | None:
    if "\0" in name:
        shown = name.replace("\0", "")
        return f"`{shown}` has an invisible NUL character in it; type the name again"
    if _SCHEME.match(name) and not re.match(r"^[A-Za-z]:[\\/]", name):
        return f"`{name}` is an address; give a path inside the content folder, like assets/x.png"
    if "\\" in name:
        return f"`{name}` uses `\\`; separate folders with `/`, like assets/x.png"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return f"`{name}` is an absolute path; give a path inside the content folder"
    if ".." in name.split("/"):
        return f"`{name}` uses `..` to leave the content folder; keep pictures inside it"
    return None


# Keyed by modification time and size, so a reload re-reads only changed pictures.
@functools.lru_cache(maxsize=1024)
def _decode_problem(path: str, size: int, _mtime_ns: int) -> str | None:
    name = os.path.basename(path)
    if path.lower().endswith(".svg"):
        if size > MAX_SVG_BYTES:
            return f"`{name}` is {size // 1024} KB; an SVG picture may be at most 2 MB"
        return _svg_problem(path, name)
    if size > MAX_FILE_BYTES:
        return f"`{name}` is {size // (1024 * 1024)} MB; a picture may be at most 25 MB"
    return _raster_problem(path, name)


def _raster_problem(path: str, name: str) -> str | None:
    # Only for png, jpg and webp pictures: Pillow costs a start without them 30 ms.
    from PIL import Image  # noqa: PLC0415

    if path.lower().endswith(".webp"):
        # Pillow decodes a WebP picture only whole (8192 x 8192 took 1 GB): a large one is
        # proved complete by its container alone.
        try:
            with open(path, "rb") as stream:
                width, height = webp_size(stream, os.fstat(stream.fileno()).st_size)
        except (OSError, WebpError):
            return _UNREADABLE.format(name=name)
        if width * height > MAX_PIXELS:
            return _TOO_LARGE.format(name=name, width=width, height=height)
        if width * height > MAX_WEBP_DECODED_PIXELS:
            return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return _TOO_LARGE.format(name=name, width=width, height=height)
                _read_through(image, width, height)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return f"`{name}` is too large to show safely; save it smaller"
    except (OSError, SyntaxError, ValueError):
        return _UNREADABLE.format(name=name)
    return None


def _read_through(image: Any, width: int, height: int) -> None:
    """Read the whole picture, to prove it complete, without holding all its pixels.

    Decoded whole, an 8192 x 8192 PNG took 293 MB. A PNG's chunks carry checksums, which
    ``verify()`` reads to the end (a cut-off copy fails there); a JPEG is decoded at an
    eighth of its size, which reads every byte of it. Other kinds are decoded whole.
    """
    if image.format == "PNG":
        image.verify()
    elif image.format == "JPEG":
        image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
        image.load()
    else:
        image.load()


def _svg_problem(path: str, name: str) -> str | None:
    try:
        root = SafeXml.parse(path).getroot()
    except (SafeXml.ParseError, DefusedXmlException, ValueError):
        return f"`{name}` is not a readable SVG picture; it may be damaged or only partly copied"
    if root.tag == "svg":
        return f'`{name}` lacks xmlns="http://www.w3.org/2000/svg" on its <svg> element'
    if root.tag != f"{_SVG}svg":
        return f"`{name}` is not an SVG picture (it has no <svg> element)"
    if not root.get("viewBox") and not (root.get("width") and root.get("height")):
        return f"`{name}` has no size: give the <svg> element a viewBox"
    for element in root.iter():
        tag = str(element.tag).removeprefix(_SVG)
        if tag in ("script", "foreignObject"):
            return f"`{name}` contains a <{tag}> element, which a kiosk picture must not have"
        for attribute in _HREFS:
            href = element.get(attribute)
            if href is not None and not _SAFE_HREF.match(href.strip()):
                return f"`{name}` loads another file or address ({href[:60]}); embed it instead"
        # CSS reaches out too: @import, and url() in a <style> element or a style attribute.
        for css in (element.text if tag == "style" else None, element.get("style")):
            loaded = _css_load(css or "")
            if loaded is not None:
                return f"`{name}` loads another file or address ({loaded[:60]}); embed it instead"
    return None


def _css_load(css: str) -> str | None:
    """The first thing ``css`` would load from outside the picture, or None."""
    at = css.lower().find("@import")  # CSS's at-rules ignore case
    if at >= 0:
        return css[at:].split(";", maxsplit=1)[0].strip()
    for target in _CSS_URL.findall(css):
        if not _SAFE_HREF.match(target.strip("'\" ")):
            return f"url({target})"
    return None
