"""``kiosk doctor``: a checklist of what would keep the kiosk off the screen, with fixes."""

from __future__ import annotations

import argparse

from kiosk.runtime.display import loads
from kiosk.runtime.doctor import Level, examine
from kiosk.runtime.exit_codes import ExitCode


def doctor(args: argparse.Namespace) -> int:
    """Print each finding; exit 1 when one of them keeps the kiosk off the screen."""
    findings = list(examine(args.user, loads))
    for finding in findings:
        print(finding.format())
    problems = sum(finding.level is Level.PROBLEM for finding in findings)
    warnings = sum(finding.level is Level.WARNING for finding in findings)
    verdict = "the kiosk cannot come up" if problems else "nothing keeps the kiosk off the screen"
    print(f"kiosk doctor: {problems} problems, {warnings} warnings; {verdict}")
    return ExitCode.PROBLEMS if problems else ExitCode.OK
