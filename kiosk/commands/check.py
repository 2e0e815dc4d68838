"""``kiosk check``: every problem of a content file with its line, and whether it can go live."""

from __future__ import annotations

import argparse
import sys

from kiosk.content.loader import load_content
from kiosk.content.locate import find_content
from kiosk.content.outcome import summary
from kiosk.runtime.exit_codes import ExitCode


def check(args: argparse.Namespace) -> int:
    """Exit 0: the file can go live; 1: it has errors (or warnings, with ``--strict``)."""
    file = find_content(args.path)
    shown = str(file)
    try:
        result = load_content(file, lint=True, today=args.today)
    except Exception as exc:  # a bug in the kiosk, never a problem in the file
        print(
            f"{shown}: internal error: the check itself failed ({type(exc).__name__}: {exc}). "
            "This is a fault in the kiosk software, not in your file.",
            file=sys.stderr,
        )
        return ExitCode.CRASH
    for problem in result.problems:
        print(problem.format(shown))
    print(summary(shown, result, strict=args.strict))
    failed = bool(result.errors) or (args.strict and bool(result.warnings))
    return ExitCode.PROBLEMS if failed else ExitCode.OK
