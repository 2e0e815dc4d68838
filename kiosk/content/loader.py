"""Load a content file: read it safely, validate it, and say everything that is wrong."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pydantic import ValidationError

from kiosk.content.assets import asset_problems
from kiosk.content.file_kind import not_a_file
from kiosk.content.model import Content
from kiosk.content.problems import MAX_LISTED, Position, Problem, error
from kiosk.content.references import reference_problems
from kiosk.content.schema_messages import schema_problems
from kiosk.content.yaml_source import SourceMap, parse_yaml

#: The bundled clinic file is 31 KB; the benchmark's 1,000 topics in three languages take
#: 2.0 MB. Every check is linear in the file's size, so this cap is what keeps any file's
#: check within 2 s and 200 MB on a 2-core machine (tests/benchmarks/hostile_files.py): a
#: file of 8 MB of good topics took 3.6 s and 276 MB.
MAX_FILE_BYTES = 5 * 512 * 1024


@dataclass(frozen=True)
class LoadResult:
    """The content, if it may go live, and the problems found in the file: the first
    ``MAX_LISTED`` in reading order, and how many more errors and warnings there are."""

    file: Path
    content: Content | None
    problems: tuple[Problem, ...]
    unlisted_errors: int = 0
    unlisted_warnings: int = 0

    @property
    def error_count(self) -> int:
        return len(self.errors) + self.unlisted_errors

    @property
    def warning_count(self) -> int:
        return len(self.warnings) + self.unlisted_warnings

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]


def load_content(
    file: Path, *, lint: bool = False, today: datetime.date | None = None
) -> LoadResult:
    """Read and check ``file``; with ``lint``, add warnings as of ``today``.

    Never raises for anything in the file or the folder: every problem is in
    the result, and ``content`` is ``None`` when any of them is an error.
    """
    text, problems = read_text(file)
    if text is None:
        return LoadResult(file, None, tuple(problems))
    with _collector_paused():
        return _check(file, text, lint=lint, today=today)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is read.

    A large file makes about a million objects that all stay alive; the
    collector would scan them again and again, for nothing (a quarter of the
    load time in ``benchmarks/content_load.py``).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Validated(NamedTuple):
    """What the YAML and the schema made of a text: the content, or the problems."""

    content: Content | None
    problems: list[Problem]
    source: SourceMap
    unlisted: int = 0  # errors past the first MAX_LISTED


def read_and_validate(text: str) -> Validated:
    """The content of ``text`` if its YAML and its schema are right, else the problems.

    These are the checks a JSON Schema can make too, which staff's editor makes as they
    type; the rest (ids that must exist, pictures, warnings) need the content itself.
    """
    parsed = parse_yaml(text)
    if parsed.data is None or parsed.problems:
        return Validated(None, parsed.problems, parsed.source)
    try:
        return Validated(Content.model_validate(parsed.data), [], parsed.source)
    except ValidationError as exc:
        problems, unlisted = schema_problems(exc, parsed.source, Content)
        return Validated(None, problems, parsed.source, unlisted)


def _check(file: Path, text: str, *, lint: bool, today: datetime.date | None) -> LoadResult:
    content, problems, source, unlisted = read_and_validate(text)
    if content is None:
        return LoadResult(file, None, tuple(problems), unlisted_errors=unlisted)
    found = [*reference_problems(content), *asset_problems(content, file.parent)]
    if lint:  # imported here: the kiosk itself never lints, and pyphen costs start-up time
        from kiosk.content.lint import lint_problems  # noqa: PLC0415

        found += lint_problems(content, today or datetime.date.today())
    located = sorted((_locate(problem, source) for problem in found), key=_reading_order)
    listed, rest = located[:MAX_LISTED], located[MAX_LISTED:]
    ok = not any(problem.is_error for problem in located)
    errors = sum(problem.is_error for problem in rest)
    return LoadResult(file, content if ok else None, tuple(listed), errors, len(rest) - errors)


def _reading_order(problem: Problem) -> tuple[int, int]:
    position = problem.position or Position(0, 0)
    return (position.line, position.column)


def read_text(file: Path) -> tuple[str | None, list[Problem]]:
    """The file's text, or why it cannot be read as a UTF-8 text file."""
    try:
        # Opened without waiting, then looked at: opening a named pipe for reading waits for
        # a writer (kiosk check hung, and the kiosk would freeze its screen).
        descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with os.fdopen(descriptor, "rb") as stream:
            kind = not_a_file(os.fstat(descriptor).st_mode)
            if kind == "a folder":
                raise IsADirectoryError(file)
            if kind is not None:
                return None, [error(f"{file} is {kind}, not a file; give the content .yaml file")]
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None, [error(f"there is no content file at {file}")]
    except IsADirectoryError:
        return None, [error(f"{file} is a folder; give the path of the content .yaml file")]
    except OSError as exc:
        return None, [error(f"the file cannot be read: {exc.strerror or exc}")]
    except ValueError:  # a NUL in the path given
        return None, [error("the content file's path has an invisible NUL character in it")]
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES / (1024 * 1024)
        return None, [error(f"the file is larger than {limit:g} MB; a content file is far smaller")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        start = exc.start
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        message = (
            f"the file is not saved as UTF-8 (byte 0x{data[start]:02X} here); "
            "save it again with the encoding UTF-8"
        )
        return None, [error(message, (), Position(line, column))]


def _locate(problem: Problem, source: SourceMap) -> Problem:
    if problem.position is not None:
        return problem
    return dataclasses.replace(problem, position=source.at(problem.path))
