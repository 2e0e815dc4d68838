"""Turn pydantic's validation errors into located problems in plain words."""

from __future__ import annotations

import difflib
import types
import typing
from collections import defaultdict
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.content.model import ID_PATTERN
from kiosk.content.problems import MAX_LISTED, KeyPath, Position, Problem, error
from kiosk.content.text import LANGUAGE_CODE, LANGUAGE_HELP, NOT_BLANK, describe, shortened
from kiosk.content.yaml_source import SourceMap

_EXPECTED = {
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "string_type": "text",
    "date_type": "a date such as 2026-11-20",
    "dict_type": "a block of `key: value` lines",
    "model_type": "a block of `key: value` lines",
    "model_attributes_type": "a block of `key: value` lines",
    "list_type": "a list (lines starting with `- `)",
}


def schema_problems(
    exc: ValidationError, source: SourceMap, root: type[BaseModel], limit: int = MAX_LISTED
) -> tuple[list[Problem], int]:
    """The first ``limit`` problems in reading order, and how many more there are.

    One problem per pydantic error, except that missing fields are grouped per block. Only
    the problems listed are put in words: a file of 10,000 broken topics spent 2.5 s finding
    a "did you mean" for each unknown key.
    """
    missing: dict[KeyPath, list[str]] = defaultdict(list)
    placed: list[tuple[tuple[int, int], int, Any]] = []
    for number, found in enumerate(exc.errors(include_url=False)):
        loc = tuple(found["loc"])
        if found["type"] == "missing":
            missing[loc[:-1]].append(str(loc[-1]))
        else:
            placed.append((_reading_order(source.at(loc)), number, found))
    groups = [(_reading_order(source.key_at(parent)), -1, parent) for parent in missing]
    ordered = sorted([*placed, *groups], key=lambda entry: entry[:2])
    problems = [
        _missing(missing[what], what, source) if number < 0 else _problem(what, source, root)
        for _, number, what in ordered[:limit]
    ]
    return problems, len(ordered) - len(problems)


def _missing(names: list[str], parent: KeyPath, source: SourceMap) -> Problem:
    listed = ", ".join(f"`{name}`" for name in names)
    what = f"{listed} is missing" if len(names) == 1 else f"these are missing: {listed}"
    return error(what, parent, source.key_at(parent))


def _reading_order(position: Position | None) -> tuple[int, int]:
    position = position or Position(0, 0)
    return (position.line, position.column)


def _problem(found: Any, source: SourceMap, root: type[BaseModel]) -> Problem:
    loc: KeyPath = tuple(found["loc"])
    kind: str = found["type"]
    ctx: dict[str, Any] = found.get("ctx") or {}
    value = found.get("input")
    if loc and loc[-1] == "[key]":
        path = loc[:-1]
        return error(_message(kind, found["msg"], ctx, path[-1], None), path, source.key_at(path))
    if ctx.get("language"):
        loc = (*loc, ctx["language"])
    if kind == "extra_forbidden":
        return error(_unknown_key(loc, root), loc, source.key_at(loc))
    # A language code is a key: point at it, not at the text under it.
    position = source.key_at(loc) if kind == "language_code" else source.at(loc)
    if kind == "markdown" and position is not None:
        position = Position(position.line + int(ctx.get("line", 0)), position.column)
    return error(_message(kind, found["msg"], ctx, value, source.raw.get(loc)), loc, position)


def _message(kind: str, said: str, ctx: dict[str, Any], value: Any, raw: str | None) -> str:
    if kind == "text_type":
        if raw is None:
            return said
        return f'{said} (YAML reads `{raw}` that way); put it in quotes: "{raw}"'
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]} but found {describe_any(value)}"
    if kind == "literal_error":
        if isinstance(value, str) and value.strip() == ctx["expected"]:
            return f"write {ctx['expected']} without quotes: in quotes it is text"
        return f"must be {ctx['expected']}, not `{shortened(value)}`"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = "at least" if kind == "greater_than_equal" else "at most"
        return f"must be {bound} {ctx.get('ge', ctx.get('le'))}, not {value}"
    if kind == "string_pattern_mismatch":
        return _mismatch(shortened(value), ctx.get("pattern"))
    if kind in ("too_short", "string_too_short"):
        return "is empty; it needs at least one entry"
    if kind == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters"
    return said


def _mismatch(value: str, pattern: str | None) -> str:
    """Why ``value`` does not match the schema's ``pattern``, in words."""
    if pattern == ID_PATTERN:
        return (
            f"`{value}` is not a valid id: use lowercase letters, digits and hyphens, "
            "such as crows-feet"
        )
    if pattern == LANGUAGE_CODE:
        return f"`{value}` is not {LANGUAGE_HELP}"
    if pattern == NOT_BLANK:
        return "is empty"
    return f"`{value}` is not written as expected here"


def describe_any(value: Any) -> str:
    return f"the text `{shortened(value)}`" if isinstance(value, str) else describe(value)


def _unknown_key(loc: KeyPath, root: type[BaseModel]) -> str:
    key = str(loc[-1])
    fields = _fields_at(root, loc[:-1])
    message = f"unknown field `{shortened(key)}`"
    close = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
    if close:
        return f"{message}; did you mean `{close[0]}`?"
    if fields:
        return f"{message}; the fields here are: {', '.join(fields)}"
    return message


def _fields_at(root: type[BaseModel], path: KeyPath) -> list[str]:
    """The field names of the model found at ``path``, following the annotations."""
    current: Any = root
    for part in path:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return []
            current = field.annotation
        elif typing.get_origin(current) in (dict, list):
            current = typing.get_args(current)[-1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """Strip ``Annotated[...]`` and ``X | None`` down to the type inside."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = options[0]
        else:
            return annotation
