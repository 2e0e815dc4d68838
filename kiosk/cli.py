"""The ``kiosk`` command line: its grammar, here; each command in ``kiosk.commands``."""

from __future__ import annotations

import argparse
import datetime
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.content.locate import ENVIRONMENT_VARIABLE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or (words[0].startswith("-") and words[0] not in ("-h", "--help", "--version")):
        words = ["run", *words]  # plain `kiosk [--windowed ...]` runs the kiosk
    args = parser.parse_args(words)
    command = args.command.replace("-", "_")
    # Each command's module is imported only when it runs (``kiosk.commands.<name>``, its
    # function of the same name): `kiosk check` loads no Qt, `kiosk run` no PDF printer.
    run: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(f"kiosk.commands.{command}"), command
    )
    try:
        status = run(args)
    except KeyboardInterrupt:
        return 130
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="check a content file and list every problem with its line",
        description="Check a content file. Exit 0: it can go live; 1: it has errors.",
    )
    check.add_argument(
        "path",
        nargs="?",
        help=f"content file or folder (default: ${ENVIRONMENT_VARIABLE}, ./content.yaml, "
        "then the bundled sample)",
    )
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--today", type=_date, help=argparse.SUPPRESS)  # for tests of review dates
    run = commands.add_parser("run", help="show the kiosk (the default command)")
    _content_option(run)
    run.add_argument(
        "--windowed", action="store_true", help="a normal desktop window, to preview content"
    )
    run.add_argument("--size", type=_size, help="window size with --windowed, such as 1080x1920")
    _renderer_option(run)
    cage = commands.add_parser(
        "cage",
        help="run the kiosk full screen under cage, as the kiosk unit does at boot",
        description="Run cage on one output with the kiosk in it; exit with the kiosk's "
        "status (cage itself passes none on).",
    )
    _content_option(cage)
    _rotate_option(cage, "turn the picture clockwise by this many degrees (a portrait panel)")
    cage.add_argument("--cage", help="the cage program (default: found on PATH)")
    _renderer_option(cage)
    _picture_commands(commands)
    setup_pc = commands.add_parser(
        "setup-pc",
        help="make this machine a kiosk PC: packages, user, unit, lockdown (as root)",
        description="Set this machine up to show the kiosk on tty1 at every boot. Only what "
        "is missing is done: a second run changes nothing.",
    )
    setup_pc.add_argument("--user", default="kiosk", help="the user the kiosk runs as")
    _content_option(setup_pc)
    setup_pc.add_argument(
        "--output", help="the one output to use, such as HDMI-A-1 (default: the first connected)"
    )
    _rotate_option(setup_pc, "turn the picture (and touch) clockwise by this many degrees")
    setup_pc.add_argument(
        "--touch-rotate",
        type=int,
        choices=(0, 90, 180, 270),
        help="turn touch by other degrees than the picture (a panel whose touch layer is "
        "mounted otherwise)",
    )
    _renderer_option(setup_pc)
    setup_pc.add_argument(
        "--dry-run", action="store_true", help="print every file and command; change nothing"
    )
    doctor = commands.add_parser(
        "doctor",
        help="check this kiosk PC for anything that would keep the kiosk off the screen",
        description="A checklist, each with its fix. Exit 1 when the kiosk cannot come up.",
    )
    doctor.add_argument("--user", default="kiosk", help="the user the kiosk runs as")
    schema = commands.add_parser("schema", help="print the JSON Schema of the content file")
    schema.add_argument("--out", type=Path, help="write it to this file instead")
    set_pin = commands.add_parser(
        "set-pin",
        help="set the staff PIN that opens the staff panel (asked twice)",
        description="Set the staff PIN: 4 to 8 digits, typed twice (or two lines on stdin). "
        "Only a salted hash is stored. Run it as the user the kiosk runs as.",
    )
    set_pin.add_argument(
        "--clear", action="store_true", help="remove the PIN: the staff corner then does nothing"
    )
    return parser


def _picture_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands that draw: every screen as a picture, and the sign for beside it."""
    snapshot = commands.add_parser(
        "snapshot", help="render every screen to a PNG file, with no display needed"
    )
    snapshot.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    _content_option(snapshot)
    snapshot.add_argument("--size", type=_size, default=(1080, 1920), help="default 1080x1920")
    snapshot.add_argument("--lang", help="language code (default: the content's default)")
    snapshot.add_argument("--large-text", action="store_true", help="large-text mode")
    snapshot.add_argument("--high-contrast", action="store_true", help="high-contrast mode")
    sign = commands.add_parser(
        "sign",
        help="the printed sign for beside the screen: how to make it speak, which keys do what",
    )
    sign.add_argument("--out", type=Path, required=True, help="FILE.pdf to print, or FILE.png")
    _content_option(sign)
    sign.add_argument("--lang", help="language code (default: the content's default)")


def _rotate_option(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--rotate", type=int, choices=(0, 90, 180, 270), default=0, help=help)


def _renderer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--renderer",
        choices=("auto", "software", "gpu"),
        default="auto",
        help="what draws the screens: the GPU where there is one (auto), or always one of them",
    )


def _content_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content",
        help=f"content file or folder (default: ${ENVIRONMENT_VARIABLE}, ./content.yaml, "
        "then the bundled sample)",
    )


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if (
        not (width.isdigit() and height.isdigit())
        or not (320 <= int(width) <= 8192)
        or not (320 <= int(height) <= 8192)
    ):
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT in pixels, such as 1080x1920")
    return int(width), int(height)


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from None
