"""``kiosk snapshot``: every screen rendered to a PNG file, with no display needed."""

from __future__ import annotations

import argparse
import sys

from kiosk.content.loader import load_content
from kiosk.content.locate import find_content
from kiosk.content.outcome import summary
from kiosk.runtime.exit_codes import ExitCode
from kiosk.ui.snapshot import save_snapshots


def snapshot(args: argparse.Namespace) -> int:
    """Exit 0: saved; 1: the content has errors (listed); 2: a language it does not offer."""
    file = find_content(args.content)
    result = load_content(file)
    for problem in result.errors:
        print(problem.format(str(file)), file=sys.stderr)
    if result.content is None:
        print(summary(str(file), result), file=sys.stderr)
        return ExitCode.PROBLEMS
    language = args.lang or result.content.clinic.default_language
    if language not in result.content.clinic.languages:
        offered = ", ".join(result.content.clinic.languages)
        print(f"kiosk snapshot: the content offers {offered}, not {language}", file=sys.stderr)
        return ExitCode.USAGE

    saved = save_snapshots(
        result.content,
        result.file.parent,
        args.out,
        args.size,
        language,
        large_text=args.large_text,
        high_contrast=args.high_contrast,
    )
    print(f"{len(saved)} screens saved in {args.out}")
    return ExitCode.OK
