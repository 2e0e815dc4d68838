"""The ``kiosk`` command: check content, print the schema (and, later, run the kiosk)."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import LoadResult, load_content
from kiosk.content.locate import ENVIRONMENT_VARIABLE, find_content
from kiosk.content.model import Content

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
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
    schema = commands.add_parser("schema", help="print the JSON Schema of the content file")
    schema.add_argument("--out", type=Path, help="write it to this file instead")
    schema.set_defaults(run=_schema)
    return parser


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
