"""Find every value of one kind in validated content, with its key path."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel

from kiosk.content.problems import KeyPath

T = TypeVar("T")


def find_all(value: Any, kind: type[T]) -> Iterator[tuple[KeyPath, T]]:
    """Yield ``(path, item)`` for every ``kind`` inside ``value``, in file order.

    Only the fields whose type can hold a ``kind`` are entered, and a stack stands in for
    recursion: walking every value of a 10,000-topic file, each found item passed up
    through a generator a level, took 1.7 s for the checks' five walks.
    """
    stack: list[tuple[KeyPath, Any]] = [((), value)]
    while stack:
        path, current = stack.pop()
        if isinstance(current, kind):
            yield path, current
        elif isinstance(current, BaseModel):
            names = _fields_holding(type(current), typing.cast(type, kind))
            stack.extend(((*path, name), getattr(current, name)) for name in reversed(names))
        elif isinstance(current, dict):
            stack.extend(((*path, key), item) for key, item in reversed(current.items()))
        elif isinstance(current, list):
            stack.extend(((*path, at), current[at]) for at in reversed(range(len(current))))


@functools.cache
def _fields_holding(model: type[BaseModel], kind: type) -> tuple[str, ...]:
    """The fields of ``model`` whose declared type can hold a ``kind``, in order."""
    return tuple(
        name
        for name, field in model.model_fields.items()
        if _can_hold(field.annotation, kind, frozenset({model}))
    )


def _can_hold(annotation: Any, kind: type, seen: frozenset[type]) -> bool:
    origin = typing.get_origin(annotation)
    if origin is not None or isinstance(annotation, types.UnionType):
        arguments = typing.get_args(annotation)
        if origin is typing.Annotated:
            arguments = arguments[:1]
        elif origin is dict:
            arguments = arguments[1:]
        return any(_can_hold(argument, kind, seen) for argument in arguments)
    if not isinstance(annotation, type):
        return False  # a Literal's values, a forward reference
    if issubclass(annotation, kind):
        return True
    if issubclass(annotation, BaseModel) and annotation not in seen:
        inner = seen | {annotation}
        return any(_can_hold(f.annotation, kind, inner) for f in annotation.model_fields.values())
    return False
