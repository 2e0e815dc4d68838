"""The ``kiosk`` command: run the kiosk, check content, render snapshots, print the schema."""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.content import LoadResult, load_content
from kiosk.content.locate import ENVIRONMENT_VARIABLE, find_content
from kiosk.content.model import Content

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or (words[0].startswith("-") and words[0] not in ("-h", "--help")):
        words = ["run", *words]  # plain `kiosk [--windowed ...]` runs the kiosk
    args = parser.parse_args(words)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        return 130
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__)
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
    check.set_defaults(run=_check)
    run = commands.add_parser("run", help="show the kiosk (the default command)")
    _content_option(run)
    run.add_argument(
        "--windowed", action="store_true", help="a normal desktop window, to preview content"
    )
    run.add_argument("--size", type=_size, help="window size with --windowed, such as 1080x1920")
    run.set_defaults(run=_run)
    snapshot = commands.add_parser(
        "snapshot", help="render every screen to a PNG file, with no display needed"
    )
    snapshot.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    _content_option(snapshot)
    snapshot.add_argument("--size", type=_size, default=(1080, 1920), help="default 1080x1920")
    snapshot.add_argument("--lang", help="language code (default: the content's default)")
    snapshot.add_argument("--large-text", action="store_true", help="large-text mode")
    snapshot.set_defaults(run=_snapshot)
    install = commands.add_parser(
        "install",
        help="write the systemd user unit that starts the kiosk under cage at boot",
        description="Write ~/.config/systemd/user/kiosk.service for this user.",
    )
    _content_option(install)
    install.add_argument(
        "--dry-run", action="store_true", help="print the unit and where it goes; write nothing"
    )
    install.add_argument("--cage", type=Path, help="the cage program (default: found on PATH)")
    install.set_defaults(run=_install)
    schema = commands.add_parser("schema", help="print the JSON Schema of the content file")
    schema.add_argument("--out", type=Path, help="write it to this file instead")
    schema.set_defaults(run=_schema)
    set_pin = commands.add_parser(
        "set-pin",
        help="set the staff PIN that opens the staff panel (asked twice)",
        description="Set the staff PIN: 4 to 8 digits, typed twice (or two lines on stdin). "
        "Only a salted hash is stored. Run it as the user the kiosk runs as.",
    )
    set_pin.add_argument(
        "--clear", action="store_true", help="remove the PIN: the staff corner then does nothing"
    )
    set_pin.set_defaults(run=_set_pin)
    return parser


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


def _load_or_report(path: str | None) -> LoadResult:
    file = find_content(path)
    result = load_content(file)
    for problem in result.errors:
        print(problem.format(str(file)), file=sys.stderr)
    if result.content is None:
        print(summary(str(file), result), file=sys.stderr)
    return result


def _run(args: argparse.Namespace) -> int:
    """Run the kiosk under the crash policy, logged, and (full screen) as the only one.

    A ``--windowed`` preview takes no instance lock: it is a staff tool, two previews side
    by side are useful, and a preview left open must never keep the real kiosk from
    starting again after a crash.
    """
    from kiosk.runtime import EXIT_ALREADY_RUNNING
    from kiosk.runtime.crash import CrashPolicy
    from kiosk.runtime.instance_lock import AlreadyRunning, InstanceLock
    from kiosk.runtime.logs import start_logging

    lock = None if args.windowed else InstanceLock()
    lock_error: OSError | None = None
    try:
        if lock is not None:
            lock.acquire()
    except AlreadyRunning as busy:  # before the log starts: the log file belongs to the other
        print(f"kiosk: {busy}", file=sys.stderr)
        return EXIT_ALREADY_RUNNING
    except OSError as error:  # no lock is better than no kiosk
        lock_error = error
    CrashPolicy(start_logging()).install()
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
    from kiosk.ui.main import run_kiosk  # Qt loads only for the commands that show screens

    file = find_content(args.content)
    return run_kiosk(file, windowed=args.windowed, size=args.size, report=_report_first_load)


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


def _snapshot(args: argparse.Namespace) -> int:
    result = _load_or_report(args.content)
    if result.content is None:
        return EXIT_PROBLEMS
    language = args.lang or result.content.clinic.default_language
    if language not in result.content.clinic.languages:
        offered = ", ".join(result.content.clinic.languages)
        print(f"kiosk snapshot: the content offers {offered}, not {language}", file=sys.stderr)
        return EXIT_USAGE
    from kiosk.ui.main import save_snapshots

    saved = save_snapshots(
        result.content,
        result.file.parent,
        args.out,
        args.size,
        language,
        large_text=args.large_text,
    )
    print(f"{len(saved)} screens saved in {args.out}")
    return EXIT_OK


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from None


def _check(args: argparse.Namespace) -> int:
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
        return EXIT_INTERNAL
    for problem in result.problems:
        print(problem.format(shown))
    print(summary(shown, result, strict=args.strict))
    failed = bool(result.errors) or (args.strict and bool(result.warnings))
    return EXIT_PROBLEMS if failed else EXIT_OK


def summary(shown: str, result: LoadResult, *, strict: bool = False) -> str:
    """One line: can this file go live, and what is in it."""
    errors, warnings = len(result.errors), len(result.warnings)
    counts = f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    if result.content is None:
        return (
            f"{shown}: {counts}; this file cannot go live (the kiosk keeps the last good content)"
        )
    content = result.content
    what = (
        f"{_plural(len(content.topics), 'topic')} in {_plural(len(content.categories), 'category')}"
        f"; languages {', '.join(content.clinic.languages)}"
    )
    if strict and warnings:
        return f"{shown}: {counts}; --strict: fix the warnings ({what})"
    return f"{shown}: ready to go live: {what}; {counts}"


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


def _install(args: argparse.Namespace) -> int:
    """Write (or with --dry-run, print) the unit; say what to run next."""
    from kiosk.runtime.unit import UNIT_NAME, unit_path, unit_text

    cage = args.cage or Path(shutil.which("cage") or "/usr/bin/cage")
    # The venv's own `kiosk` script, unresolved: resolving the venv's python symlink
    # would leave the venv behind.
    script = Path(sys.executable).absolute().parent / "kiosk"
    command = (
        [str(script)] if script.exists() else [str(Path(sys.executable).absolute()), "-m", "kiosk"]
    )
    content = find_content(args.content).absolute()
    text = unit_text(cage.absolute(), command, content)
    target = unit_path()
    if args.dry_run:
        print(f"# kiosk install --dry-run: would write {target}")
        print(text, end="")
        return EXIT_OK
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"kiosk install: wrote {target}")
    if not cage.exists():
        print(f"kiosk install: {cage} does not exist yet: install cage (apt-get install cage)")
    if not content.is_file():
        print(f"kiosk install: {content} does not exist yet; the kiosk waits for it")
    print("Next, as this user:")
    print("  systemctl --user daemon-reload")
    print(f"  systemctl --user enable --now {UNIT_NAME}")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    text = json.dumps(content_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def content_schema() -> dict[str, object]:
    """The JSON Schema of the content file, made from the same model that validates it."""
    schema = Content.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Clinic kiosk content"
    return schema


def _set_pin(args: argparse.Namespace) -> int:
    """Store the staff PIN's hash; the PIN itself is never printed or kept."""
    from kiosk.runtime.pin import PinStore, config_dir, pin_problem

    store = PinStore(config_dir())
    if args.clear:
        removed = store.clear()
        print(f"staff PIN removed ({store.file})" if removed else "no staff PIN was set")
        return EXIT_OK
    first, again = _two_pins()
    if first is None or again is None:
        print("kiosk set-pin: give the PIN twice, on two lines; nothing changed", file=sys.stderr)
        return EXIT_PROBLEMS
    problem = pin_problem(first)
    if problem is None and first != again:
        problem = "the two PINs differ"
    if problem is not None:
        print(f"kiosk set-pin: {problem}; nothing changed", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        file = store.save(first)
    except OSError as error:
        print(f"kiosk set-pin: cannot write {store.file}: {error.strerror}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"staff PIN set: its salted hash is in {file} (readable by this user only)")
    return EXIT_OK


def _two_pins() -> tuple[str | None, str | None]:
    """The PIN and its repeat: asked without echo on a terminal, else two lines of stdin."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("New staff PIN (4-8 digits): "), getpass.getpass("Once more: ")
    lines = [sys.stdin.readline() for _ in range(2)]
    pins = [line.rstrip("\r\n") if line else None for line in lines]
    return pins[0], pins[1]
