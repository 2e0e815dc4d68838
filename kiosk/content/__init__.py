"""The content core: schema, loading and checking of ``content.yaml``. Imports no Qt."""

from kiosk.content.loader import LoadResult, load_content
from kiosk.content.model import Content
from kiosk.content.problems import Problem, Severity

__all__ = ["Content", "LoadResult", "Problem", "Severity", "load_content"]
