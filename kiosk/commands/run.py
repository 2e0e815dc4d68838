"""``kiosk run``: show the kiosk under the crash policy, logged, and (full screen) alone."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.content.locate import find_content
from kiosk.content.outcome import summary
from kiosk.runtime.crash import CrashPolicy
from kiosk.runtime.display import display_problem
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.instance_lock import AlreadyRunning, InstanceLock
from kiosk.runtime.logs import start_logging
from kiosk.ui.start import run_kiosk

if TYPE_CHECKING:  # the models load with the content, after a start view's first frame
    from kiosk.content.loader import LoadResult


def run(args: argparse.Namespace) -> int:
    """Run the kiosk under the crash policy, logged, and (full screen) as the only one.

    A ``--windowed`` preview takes no instance lock: it is a staff tool, two previews side
    by side are useful, and a preview left open must never keep the real kiosk from
    starting again after a crash. It logs to stderr only, never to ``kiosk.log``: without
    the lock, it and the running kiosk would both rotate that file, and two processes
    rotating one file lose lines (each renames the other's open file away). The log file
    is the kiosk's record; a preview's lines are for the person watching its terminal.
    """
    problem = display_problem()
    if problem is not None:  # Qt's own answer would be an abort
        print(f"kiosk: cannot show a window: {problem}", file=sys.stderr)
        return ExitCode.NO_DISPLAY

    lock = None if args.windowed else InstanceLock()
    lock_error: OSError | None = None
    try:
        if lock is not None:
            lock.acquire()
    except AlreadyRunning as busy:  # before the log starts: the log file belongs to the other
        print(f"kiosk: {busy}", file=sys.stderr)
        return ExitCode.ALREADY_RUNNING
    except OSError as error:  # no lock is better than no kiosk
        lock_error = error
    CrashPolicy(start_logging(to_file=not args.windowed)).install()
    log = logging.getLogger("kiosk")
    if lock_error is not None:
        log.warning("running without the instance lock: %s", lock_error)
    log.info(
        "kiosk %s starting: content %s, pid %d%s",
        __version__,
        find_content(args.content),
        os.getpid(),
        ", windowed preview" if args.windowed else "",
    )
    status = _show_kiosk(args)
    log.info("kiosk stopped: exit code %d", status)
    return status


def _show_kiosk(args: argparse.Namespace) -> int:
    """Show the kiosk, whatever state its content file is in.

    A broken or missing file does not stop the kiosk: exiting would only make
    the supervisor restart it in a loop in front of the patients. The errors
    are printed as ``kiosk check`` prints them, a calm "being updated" screen
    shows, and the content goes on screen as soon as the file is fixed.
    """
    file = find_content(args.content)
    return run_kiosk(
        file,
        windowed=args.windowed,
        size=args.size,
        report=_report_first_load,
        renderer=args.renderer,
    )


def _report_first_load(result: LoadResult) -> None:
    if result.content is not None:
        return
    shown = str(result.file)
    for problem in result.errors:
        print(problem.format(shown), file=sys.stderr)
    print(summary(shown, result), file=sys.stderr)
    print(
        f'kiosk: showing "This screen is being updated" until {shown} is fixed; '
        "it goes on screen as soon as it is saved without errors",
        file=sys.stderr,
    )
