"""What a YAML scalar means, read with the YAML 1.2 core schema, as staff's editors read it.

libyaml and PyYAML resolve YAML 1.1: ``no``, ``on`` and ``yes`` are yes/no values, ``1:30``
is the base-60 number 90, ``012`` the octal number 10, and ``2026-11-20`` a date. The YAML
language server in staff's editors (Red Hat's, in VS Code and others) reads YAML 1.2, whose
core schema has none of that: it underlined ``hide_cursor: yes``, which the kiosk took, and
let ``name: no`` pass, which the kiosk refused. The kiosk now reads as the editor does, so
the red underline and ``kiosk check`` agree, and fewer words need quotes (YAML 1.2.2,
section 10.3.2; the same rules as the ``yaml`` package the language server uses).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

CORE = "tag:yaml.org,2002:"
_NULL = re.compile(r"~|null|Null|NULL")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_OCTAL = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INFINITY = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
#: A plain scalar whose first character is none of these is text, whatever follows.
_MAYBE_NOT_TEXT = frozenset("0123456789+-.~nNtTfF")


def resolve_plain(text: str) -> Any:
    """The value of a plain (unquoted, untagged) scalar: None, a bool, a number, or text."""
    if not text:
        return None
    if text[0] not in _MAYBE_NOT_TEXT:
        return text
    for pattern, make in _PLAIN:
        if pattern.fullmatch(text):
            return make(text)
    return text


def construct_tagged(tag: str, text: str) -> Any:
    """The value of a scalar with an explicit core tag (``!!str 12``); text if it does not
    read as one (the schema then says what is wrong with it)."""
    if tag == f"{CORE}str":
        return text
    for pattern, make in _PLAIN:
        if _TAGS[pattern] == tag and pattern.fullmatch(text):
            return make(text)
    return text


#: The tags a scalar may carry: only the core schema's own.
SCALAR_TAGS = frozenset(f"{CORE}{name}" for name in ("str", "null", "bool", "int", "float"))


def _integer(text: str, base: int = 10) -> int | float:
    try:
        return int(text, base)
    except ValueError:  # more digits than Python turns into an int: as the editor, a float
        return float(text) if base == 10 else math.inf


_PLAIN: tuple[tuple[re.Pattern[str], Callable[[str], Any]], ...] = (
    (_NULL, lambda _text: None),
    (_TRUE, lambda _text: True),
    (_FALSE, lambda _text: False),
    (_INT, _integer),
    (_OCTAL, lambda text: _integer(text[2:], 8)),
    (_HEX, lambda text: _integer(text[2:], 16)),
    (_FLOAT, float),
    (_INFINITY, lambda text: -math.inf if text[0] == "-" else math.inf),
    (_NAN, lambda _text: math.nan),
)
_TAGS = {
    _NULL: f"{CORE}null",
    _TRUE: f"{CORE}bool",
    _FALSE: f"{CORE}bool",
    _INT: f"{CORE}int",
    _OCTAL: f"{CORE}int",
    _HEX: f"{CORE}int",
    _FLOAT: f"{CORE}float",
    _INFINITY: f"{CORE}float",
    _NAN: f"{CORE}float",
}
