"""The content core: schema, loading and checking of ``content.yaml``. Imports no Qt.

The names below load on first use (PEP 562), so that a light module of the core, such as
``locate`` or ``fingerprint``, can be imported without pydantic: the kiosk draws its first
frame from the start view before the models are needed (``kiosk.runtime.start_view``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult, load_content
    from kiosk.content.model import Content
    from kiosk.content.problems import Problem, Severity

__all__ = ["Content", "LoadResult", "Problem", "Severity", "load_content"]

_HOMES = {
    "Content": "kiosk.content.model",
    "LoadResult": "kiosk.content.loader",
    "load_content": "kiosk.content.loader",
    "Problem": "kiosk.content.problems",
    "Severity": "kiosk.content.problems",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
