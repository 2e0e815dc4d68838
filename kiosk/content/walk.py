"""Find every value of one kind in validated content, with its key path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

from kiosk.content.problems import KeyPath

T = TypeVar("T")


def find_all(value: Any, kind: type[T], path: KeyPath = ()) -> Iterator[tuple[KeyPath, T]]:
    """Yield ``(path, item)`` for every ``kind`` inside ``value``, in file order."""
    if isinstance(value, kind):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from find_all(getattr(value, name), kind, (*path, name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from find_all(item, kind, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from find_all(item, kind, (*path, index))
