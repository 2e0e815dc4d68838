"""``kiosk setup-pc``: make this machine a kiosk PC (as root), or show what that would do."""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.content.locate import BUNDLED_CANDIDATES
from kiosk.runtime.exit_codes import ExitCode
from kiosk.runtime.installation import program, unreachable_part
from kiosk.runtime.pc_facts import read_machine
from kiosk.runtime.pc_setup import (
    CopyContent,
    Plan,
    Remove,
    Request,
    Run,
    Step,
    Write,
    plan,
)


def setup_pc(args: argparse.Namespace) -> int:
    """Plan the steps this machine still needs; print them (``--dry-run``) or take them."""
    kiosk = " ".join(program())
    request = Request(
        user=args.user,
        kiosk=tuple(program()),
        content=Path(args.content).absolute() if args.content else None,
        output=args.output,
        rotate=args.rotate,
        touch_rotate=args.touch_rotate,
        renderer=args.renderer,
    )
    if not args.dry_run and os.geteuid() != 0:
        print("kiosk setup-pc: run it as root (sudo, or su -c), or see it with --dry-run")
        return ExitCode.USAGE
    sample = next(path for path in BUNDLED_CANDIDATES if path.is_file())
    machine = read_machine(request, sample)
    blocked = unreachable_part(args.user)
    if blocked is not None:
        print(
            f"kiosk setup-pc: the user {args.user} could not run {kiosk} ({blocked} is closed "
            "to it). Install the kiosk where every user can read it, for example:\n"
            "  python3 -m venv /opt/clinic-kiosk && /opt/clinic-kiosk/bin/pip install .\n"
            "  /opt/clinic-kiosk/bin/kiosk setup-pc"
        )
        return ExitCode.PROBLEMS
    steps = plan(request, machine)
    if args.dry_run:
        _print(steps)
        return ExitCode.OK
    if not steps.steps:
        print("kiosk setup-pc: nothing to change; this machine is set up")
        _print_notes(steps)
        return ExitCode.OK
    for step in steps.steps:
        print(f"- {_what(step)}: {step.why}", flush=True)
        error = _take(step)
        if error:
            print(f"kiosk setup-pc: stopped: {error}", file=sys.stderr)
            return ExitCode.PROBLEMS
    _print_notes(steps)
    print(
        f"kiosk setup-pc: done. Set the staff PIN as {args.user}:\n"
        f"  runuser -u {args.user} -- {kiosk} set-pin\n"
        f"then reboot; `{kiosk} doctor` checks the machine at any time."
    )
    return ExitCode.OK


def _print(steps: Plan) -> None:
    print(f"# kiosk setup-pc --dry-run: {len(steps.steps)} steps; nothing is changed")
    for step in steps.steps:
        print(f"\n# {step.why}")
        if isinstance(step, Write):
            print(f"{_what(step)}:")
            print("".join(f"    {line}\n" for line in step.text.splitlines()), end="")
        else:
            print(_what(step))
    _print_notes(steps)


def _print_notes(steps: Plan) -> None:
    for note in steps.notes:
        print(f"note: {note}")


def _what(step: Step) -> str:
    """The step as a person would say it: the same words in a dry run and a real one."""
    if isinstance(step, Write):
        return f"write {step.path}"
    if isinstance(step, Remove):
        return f"remove {step.path}"
    if isinstance(step, Run):
        return f"run {shlex.join(step.argv)}"
    return f"copy {step.source} to {step.target}, owned by {step.owner}"


def _take(step: Step) -> str | None:
    """Take one step; the reason it failed, or None."""
    try:
        if isinstance(step, Write):
            step.path.parent.mkdir(parents=True, exist_ok=True)
            partial = step.path.with_name(f".{step.path.name}.new")
            partial.write_text(step.text, encoding="utf-8")
            partial.chmod(0o644)
            partial.replace(step.path)
        elif isinstance(step, Remove):
            step.path.unlink(missing_ok=True)
        elif isinstance(step, CopyContent):
            shutil.copytree(step.source / "assets", step.target / "assets", dirs_exist_ok=True)
            shutil.copy2(step.source / "content.yaml", step.target / "content.yaml")
            for path in (step.target, *step.target.rglob("*")):
                shutil.chown(path, step.owner, step.owner)
        else:
            done = subprocess.run(step.argv, check=False)
            if done.returncode != 0:
                return f"{' '.join(step.argv)} exited {done.returncode}"
    except OSError as error:
        return str(error)
    return None
