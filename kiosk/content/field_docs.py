"""Attribute docstrings as the JSON Schema's field descriptions, read only when a schema is made.

Pydantic's own ``use_attribute_docstrings`` reads the source of every model as its class is
created, which cost each start of the kiosk 47 ms for words that no screen shows. Here a
module is parsed once, when ``kiosk schema`` first asks, and the schema comes out the same.
"""

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import sys
from typing import Any


def add_field_docs(schema: dict[str, Any], model: type) -> None:
    """A ``json_schema_extra`` hook: describe each property by its attribute docstring.

    A ``Field(description=...)`` wins, as it does in pydantic.
    """
    properties = schema.get("properties", {})
    for cls in model.__mro__:
        for name, doc in _docstrings(cls.__module__).get(cls.__qualname__, {}).items():
            if name in properties:
                properties[name].setdefault("description", doc)


@functools.cache
def _docstrings(module_name: str) -> dict[str, dict[str, str]]:
    """``{class name: {field: docstring}}`` for the classes at a module's top level."""
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    except (KeyError, OSError, TypeError):  # no such module, or no source to read
        return {}
    return {
        node.name: dict(_documented_fields(node.body))
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }


def _documented_fields(body: list[ast.stmt]) -> list[tuple[str, str]]:
    """Each ``name: type`` directly followed by a string, as pydantic reads them."""
    return [
        (statement.target.id, inspect.cleandoc(after.value.value))
        for statement, after in itertools.pairwise(body)
        if isinstance(statement, ast.AnnAssign)
        and isinstance(statement.target, ast.Name)
        and isinstance(after, ast.Expr)
        and isinstance(after.value, ast.Constant)
        and isinstance(after.value.value, str)
    ]
