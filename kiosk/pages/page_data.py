"""What each screen shows, as typed, frozen values; turned into what QML reads once, at the
edge (``for_qml``), so that everything before it is checked by mypy and compared by value.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True, slots=True)
class Picture:
    #: A file URL with a version (``?v=...``) that changes when the picture is replaced.
    source: str
    alt: str


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A paragraph or a list, as escaped Qt styled text (``<b>`` and ``<br>`` only)."""

    kind: Literal["paragraph", "bullets", "numbers"]
    items: tuple[str, ...]
    #: The first number of a numbered list.
    start: int = 1


@dataclass(frozen=True, slots=True)
class Clinic:
    name: str
    welcome: str
    feedback: str
    logo: Picture


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    #: The language's name in itself (Español), so each patient finds their own.
    name: str


@dataclass(frozen=True, slots=True)
class Tile:
    """A topic's tile on home; its page starts with the same."""

    id: str
    title: str
    summary: str
    picture: Picture
    research: bool
    #: The badge's words; none on information pages, which are about no use at all.
    badge: str
    #: A tile shows a badge only for research: it is the one a patient must not miss.
    tile_badge: str


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    title: str
    intro: str
    topics: tuple[Tile, ...]


@dataclass(frozen=True, slots=True)
class Home:
    clinic: Clinic
    languages: tuple[Language, ...]
    categories: tuple[Category, ...]


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    blocks: tuple[TextBlock, ...]


@dataclass(frozen=True, slots=True)
class SafetyBox:
    title: str
    blocks: tuple[TextBlock, ...]


@dataclass(frozen=True, slots=True)
class TopicPage(Tile):
    """Everything on one topic's page, top to bottom."""

    notice: tuple[TextBlock, ...]
    sections: tuple[Section, ...]
    safety: SafetyBox
    ask: tuple[TextBlock, ...]
    sources: tuple[str, ...]
    reviewed: str

    @classmethod
    def below(
        cls,
        tile: Tile,
        *,
        notice: tuple[TextBlock, ...],
        sections: tuple[Section, ...],
        safety: SafetyBox,
        ask: tuple[TextBlock, ...],
        sources: tuple[str, ...],
        reviewed: str,
    ) -> TopicPage:
        """The page that starts as ``tile`` does, with the rest below it."""
        shared = {field.name: getattr(tile, field.name) for field in dataclasses.fields(Tile)}
        return cls(
            **shared,
            notice=notice,
            sections=sections,
            safety=safety,
            ask=ask,
            sources=sources,
            reviewed=reviewed,
        )


def for_qml(page: Home | TopicPage) -> dict[str, Any]:
    """A page as QML reads it: maps and lists of text, numbers and yes/no."""
    plain: dict[str, Any] = _plain(page)
    return plain


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {field.name: _plain(getattr(value, field.name)) for field in fields}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value
