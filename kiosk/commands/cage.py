"""``kiosk cage``: what the kiosk unit starts: cage on one output with the kiosk in it."""

from __future__ import annotations

import argparse
import logging
import sys

from kiosk import __version__
from kiosk.content.locate import find_content
from kiosk.runtime import paths
from kiosk.runtime.cage import CageMissing, find_cage
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.logs import start_logging
from kiosk.runtime.under_cage import UnderCage


def cage(args: argparse.Namespace) -> int:
    """Run the kiosk under cage until both end; return the kiosk's own status."""
    start_logging(to_file=False)  # to the journal; the kiosk itself keeps kiosk.log
    log = logging.getLogger("kiosk.cage")
    try:
        found = find_cage(args.cage)
    except CageMissing as missing:
        log.error("cannot show the kiosk: %s", missing)
        return ExitCode.NOT_INSTALLED
    content = find_content(args.content)
    log.info(
        "kiosk %s under cage %s: content %s, turned %d degrees",
        __version__,
        found.version_text,
        content,
        args.rotate,
    )
    kiosk = [sys.executable, "-m", "kiosk", "run", "--content", str(content)]
    if args.renderer != "auto":
        kiosk += ["--renderer", args.renderer]
    return UnderCage(found, kiosk, paths.RUNTIME.path() / "cage-status", args.rotate).run()
