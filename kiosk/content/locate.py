"""Where the kiosk finds its content when it is not told.

In order: the path given on the command line (a file, or a folder holding
``content.yaml``), the ``KIOSK_CONTENT`` environment variable, ``content.yaml``
in the current folder, then the sample content that ships with the kiosk, so
that ``kiosk`` works from any folder after ``pip install``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENVIRONMENT_VARIABLE = "KIOSK_CONTENT"
FILE_NAME = "content.yaml"
_PACKAGE = Path(__file__).resolve().parents[1]
#: In a wheel the sample is packaged beside the code; in a checkout it is the repo's own.
BUNDLED_CANDIDATES = (_PACKAGE / "sample" / FILE_NAME, _PACKAGE.parent / FILE_NAME)


def find_content(
    given: str | None = None,
    environ: Mapping[str, str] = os.environ,
    cwd: Path | None = None,
) -> Path:
    """The content file to use; it may not exist (loading then says so)."""
    for choice in (given, environ.get(ENVIRONMENT_VARIABLE)):
        if choice:
            path = Path(choice).expanduser()
            return path / FILE_NAME if path.is_dir() else path
    local = (cwd or Path.cwd()) / FILE_NAME
    if local.is_file():
        return local
    for bundled in BUNDLED_CANDIDATES:
        if bundled.is_file():
            return bundled
    return local
