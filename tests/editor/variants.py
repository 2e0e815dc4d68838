"""Variants of a content file, each with one mistake a person could make, for the editor test.

They are made from the file's own structure (where each key and value was written), so the
generator follows the content as it changes: every kind of field (a key path with topic ids
and list positions left out) gets each value below in place of its own, loses its key, gets
its key misspelt, and gains an unknown neighbour; language codes and ids get wrong spellings;
and a few mistakes are made once for the whole file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kiosk.content.yaml_source import SourceMap, parse_yaml

#: Values put in place of a field's own: YAML 1.1 and 1.2 differences, number spellings,
#: empty and blank texts, wrong types, dates, and a text over the length limit.
VALUES = (
    "yes", "no", "on", "Off", "true", "FALSE", "012", "0o12", "0x1F", "1e3", "1_000",
    ".inf", "1.0", "90.0", "1.5", "-1", "0", "99999", "~", "null", "''", "'   '", "[]",
    "{}", "[a, b]", "{en: x}", "2026-02-30", "2026-02-28", "2028-02-29", "'20261120'",
    "' 2026-11-20 '", "1:30", "information", "research", "bogus", "Crows-Feet", "en", "EN",
    "zh-Hant", "assets/logo.svg", "plain words", "x" * 5001,
)  # fmt: skip
LANGUAGE_KEYS = ("EN", "en-us", "en-US", "zh-Hant", "zh-hant", "e", "english", "es-419")
ID_KEYS = ("Crows-Feet", "crows_feet", "crows feet", "-crows", "x" * 61)


@dataclass(frozen=True)
class Variant:
    """One changed file, named for what was changed."""

    name: str
    text: str


def variants(text: str, schema: dict[str, Any]) -> Iterator[Variant]:
    """Every variant of ``text`` (a valid content file whose JSON Schema is ``schema``).

    Values are swapped in one field of each kind of schema: the 20 kinds of one-language
    text share one schema, and are checked the same way by both sides.
    """
    source = parse_yaml(text).source
    lines = text.split("\n")
    for path, (line, column) in _one_of_each_schema(_plain_values(source, lines), schema):
        for value in VALUES:
            yield Variant(f"{path} = {value[:12]}", _replace(lines, line, column, value))
    for path, (line, column) in _block_keys(source).items():
        key = lines[line][column:].split(":", 1)[0]
        yield Variant(f"{path}: key deleted", _delete_block(lines, line, column))
        yield Variant(f"{path}: key misspelt", _replace_key(lines, line, column, key + "x"))
        extra = " " * column + "extra_field: 1"
        yield Variant(f"{path}: unknown neighbour", _insert_after_block(lines, line, column, extra))
        if path.endswith(".en") or path == "clinic.languages.en":
            for code in LANGUAGE_KEYS:
                yield Variant(f"{path}: key {code}", _replace_key(lines, line, column, code))
        if path in ("topics.*", "safety.*"):
            for name in ID_KEYS:
                yield Variant(f"{path}: key {name[:12]}", _replace_key(lines, line, column, name))
                inner = _replace_key(lines, line, column, name).replace(
                    "    status: ", "    status: bogus\n    was_status: ", 1
                )
                yield Variant(f"{path}: key {name[:12]} and errors inside", inner)
    yield from _whole_file(text)


def _whole_file(text: str) -> Iterator[Variant]:
    first = re.search(r"^  name: (.*)$", text, re.MULTILINE)
    assert first is not None
    name = first.group(1)
    changes = {
        "a duplicate key": text.replace("version: 1\n", "version: 1\nversion: 1\n", 1),
        "an alias": text.replace(f"  name: {name}", f"  name: &n {name}", 1).replace(
            "\n    sources:\n", "\n    sources:\n      - *n\n", 1
        ),
        "a !!str tag": text.replace(f"  name: {name}", f"  name: !!str {name}", 1),
        "a !foo tag": text.replace(f"  name: {name}", f"  name: !foo {name}", 1),
        "a %YAML 1.1 line": "%YAML 1.1\n---\n" + text,
        "a %YAML 1.2 line": "%YAML 1.2\n---\n" + text,
        "U+2028 in a text": text.replace(f"  name: {name}", f"  name: {name}\u2028", 1),
        "NUL as an escape": text.replace(f"  name: {name}", f'  name: "{name}\\0"', 1),
        "U+2028 as an escape": text.replace(f"  name: {name}", f'  name: "{name}\\L"', 1),
        "U+2028 in a comment": text.replace("\n#", "\n# \u2028", 1),
        "a tab indent": text.replace("\n  name:", "\n\tname:", 1),
        "a second document": text + "---\nversion: 1\n",
        "an empty file": "",
        "a list at the top": "- version: 1\n",
    }
    for change, changed in changes.items():
        assert changed != text or change == "a tab indent", change
        yield Variant(change, changed)


def _one_of_each_schema(
    kinds: dict[str, tuple[int, int]], schema: dict[str, Any]
) -> Iterator[tuple[str, tuple[int, int]]]:
    seen: set[str] = set()
    for kind, place in kinds.items():
        said = json.dumps(_without_words(_schema_at(schema, kind.split("."))), sort_keys=True)
        if said not in seen:
            seen.add(said)
            yield kind, place


def _schema_at(schema: dict[str, Any], parts: list[str]) -> Any:
    """The part of ``schema`` that checks the value at ``parts`` (``*`` for an id or item)."""
    node: Any = schema
    for part in parts:
        node = _resolved(schema, node)
        if part in node.get("properties", {}):
            node = node["properties"][part]
        elif isinstance(node.get("additionalProperties"), dict):
            node = node["additionalProperties"]
        elif "items" in node:
            node = node["items"]
        else:  # a text: a string in every language, or a mapping by language
            node = next(option for option in node["anyOf"] if option.get("type") == "object")
            node = node["additionalProperties"]
    return _resolved(schema, node)


def _resolved(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node or (len(node.get("anyOf", [])) == 2 and {"type": "null"} in node["anyOf"]):
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        else:  # `X | None`
            node = next(option for option in node["anyOf"] if option != {"type": "null"})
    return node


def _without_words(node: Any) -> Any:
    """``node`` without the titles and descriptions that differ between fields of one kind."""
    if isinstance(node, dict):
        return {
            key: _without_words(value)
            for key, value in node.items()
            if key not in ("title", "description", "default")
        }
    return node


def _kind(path: tuple[str | int, ...], source: SourceMap) -> str:
    """``topics.*.sections.*.heading.en``: the path with ids and positions left out."""
    parts = []
    for at, part in enumerate(path):
        ids_here = at > 0 and path[at - 1] in ("topics", "safety")
        parts.append("*" if isinstance(part, int) or ids_here else str(part))
    return ".".join(parts)


def _plain_values(source: SourceMap, lines: list[str]) -> dict[str, tuple[int, int]]:
    """The first value of each kind written alone after its key, where it is (from 0)."""
    found: dict[str, tuple[int, int]] = {}
    for path, mark in source.values.items():
        key = source.keys.get(path)
        if key is None or key.line != mark.line or path in source.blocks:
            continue
        rest = lines[mark.line][mark.column :]
        if rest.startswith(("[", "{", "|", ">")):
            continue
        found.setdefault(_kind(path, source), (mark.line, mark.column))
    return found


def _block_keys(source: SourceMap) -> dict[str, tuple[int, int]]:
    """The first key of each kind, where it is (from 0)."""
    found: dict[str, tuple[int, int]] = {}
    for path, mark in source.keys.items():
        found.setdefault(_kind(path, source), (mark.line, mark.column))
    return found


def _replace(lines: list[str], line: int, column: int, value: str) -> str:
    changed = [*lines]
    changed[line] = changed[line][:column] + value
    return "\n".join(changed)


def _replace_key(lines: list[str], line: int, column: int, key: str) -> str:
    changed = [*lines]
    rest = changed[line][column:].split(":", 1)[1]
    changed[line] = f"{changed[line][:column]}{key}:{rest}"
    return "\n".join(changed)


def _insert_after_block(lines: list[str], line: int, column: int, new: str) -> str:
    """Add ``new`` as the next key after the key on ``line`` and everything under it."""
    end = _block_end(lines, line, column)
    return "\n".join([*lines[:end], new, *lines[end:]])


def _delete_block(lines: list[str], line: int, column: int) -> str:
    """Delete the key on ``line`` and every deeper line under it."""
    return "\n".join([*lines[:line], *lines[_block_end(lines, line, column) :]])


def _block_end(lines: list[str], line: int, column: int) -> int:
    """The first line after ``line`` that is not deeper than ``column`` (blank lines kept)."""
    end = line + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > column
    ):
        end += 1
    while end > line + 1 and not lines[end - 1].strip():
        end -= 1
    return end
