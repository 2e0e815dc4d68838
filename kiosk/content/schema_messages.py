"""Turn pydantic's validation errors into located problems in plain words."""

from __future__ import annotations

import datetime
import difflib
import types
import typing
from collections import defaultdict
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.content.problems import KeyPath, Position, Problem, error
from kiosk.content.text import describe
from kiosk.content.yaml_source import NumberSurprise, SourceMap

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
    exc: ValidationError, source: SourceMap, root: type[BaseModel]
) -> list[Problem]:
    """One problem per pydantic error, except that missing fields are grouped per block."""
    problems: list[Problem] = []
    missing: dict[KeyPath, list[str]] = defaultdict(list)
    for found in exc.errors(include_url=False):
        loc = tuple(found["loc"])
        if found["type"] == "missing":
            missing[loc[:-1]].append(str(loc[-1]))
        else:
            problems.append(_problem(found, loc, source, root))
    for parent, names in missing.items():
        listed = ", ".join(f"`{name}`" for name in names)
        what = f"{listed} is missing" if len(names) == 1 else f"these are missing: {listed}"
        problems.append(error(what, parent, source.key_at(parent)))
    return sorted(problems, key=_reading_order)


def _reading_order(problem: Problem) -> tuple[int, int]:
    position = problem.position or Position(0, 0)
    return (position.line, position.column)


def _problem(found: Any, loc: KeyPath, source: SourceMap, root: type[BaseModel]) -> Problem:
    kind: str = found["type"]
    ctx: dict[str, Any] = found.get("ctx") or {}
    value = found.get("input")
    if loc and loc[-1] == "[key]":
        return _bad_key(loc[:-1], kind, source)
    if ctx.get("language"):
        loc = (*loc, ctx["language"])
    if kind == "extra_forbidden":
        return error(_unknown_key(loc, root), loc, source.key_at(loc))
    position = source.at(loc)
    if kind == "markdown" and position is not None:
        position = Position(position.line + int(ctx.get("line", 0)), position.column)
    return error(_message(kind, found["msg"], ctx, value, source.raw.get(loc)), loc, position)


def _message(kind: str, said: str, ctx: dict[str, Any], value: Any, raw: str | None) -> str:
    if kind == "text_type":
        if raw is None:
            return said
        if ":" in raw or (raw[:1] == "0" and raw[1:2].isdigit()):
            return f'{said}: YAML reads `{raw}` as a number; put it in quotes: "{raw}"'
        return f'{said} (YAML reads `{raw}` that way); put it in quotes: "{raw}"'
    if isinstance(value, NumberSurprise):
        return _number_surprise(value)
    if kind in _EXPECTED:
        surprising = raw is not None and isinstance(value, bool | datetime.date)
        hint = f" (YAML reads `{raw}` that way)" if surprising else ""
        return f"expected {_EXPECTED[kind]} but found {describe_any(value)}{hint}"
    if kind == "literal_error":
        return f"must be {ctx['expected']}, not `{value}`"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = "at least" if kind == "greater_than_equal" else "at most"
        return f"must be {bound} {ctx.get('ge', ctx.get('le'))}, not {value}"
    if kind == "string_pattern_mismatch":
        return f"`{value}` is not a valid id: use lowercase letters, digits and hyphens"
    if kind in ("too_short", "string_too_short"):
        return "is empty; it needs at least one entry"
    if kind == "string_too_long":
        return f"is too long: at most {ctx.get('max_length')} characters"
    return said


def describe_any(value: Any) -> str:
    return f"the text `{value}`" if isinstance(value, str) else describe(value)


def _number_surprise(value: NumberSurprise) -> str:
    kind = "base-60" if ":" in value.raw else "octal"
    return (
        f"YAML reads `{value.raw}` as the {kind} number {value.value}; "
        "write the number you mean plainly, without `:` or a leading 0"
    )


def _bad_key(path: KeyPath, kind: str, source: SourceMap) -> Problem:
    key = path[-1]
    if kind == "string_pattern_mismatch":
        message = f"`{key}` is not a valid id: use lowercase letters, digits and hyphens"
    else:
        message = f"`{key}` is not a language code such as en or es"
    return error(message, path, source.key_at(path))


def _unknown_key(loc: KeyPath, root: type[BaseModel]) -> str:
    key = str(loc[-1])
    fields = _fields_at(root, loc[:-1])
    message = f"unknown field `{key}`"
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
