"""The home screen and each topic page, in one language, as plain data for QML."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.model import Content, Picture, Topic
from kiosk.content.text import RichText, Text
from kiosk.pages.styled import plain_blocks, styled_blocks
from kiosk.pages.wording import long_date, words


@dataclass(frozen=True)
class Reader:
    """Reads content in one language, with pictures found beside the content file."""

    content: Content
    language: str
    folder: Path

    @functools.cached_property
    def words(self) -> dict[str, str]:
        """The kiosk's own words in this language (the clinic's, else built in)."""
        return words(self.language, self.content.words)

    def text(self, text: Text | None) -> str:
        if text is None:
            return ""
        return text.get(self.language, self.content.clinic.default_language)

    def blocks(self, text: RichText) -> list[dict[str, Any]]:
        return styled_blocks(text.blocks_for(self.language, self.content.clinic.default_language))

    def picture(self, picture: Picture | None) -> dict[str, str]:
        if picture is None:
            return {"source": "", "alt": ""}
        file = (self.folder / picture.file).absolute()
        return {"source": file.as_uri() + _version(file), "alt": self.text(picture.alt)}


def _version(file: Path) -> str:
    """``?v=...``, new whenever the picture is replaced under the same name.

    QML caches pictures by URL: without it, a replaced picture would not show
    until the kiosk restarts. The query does not change which file is read. The
    change time moves with every write, even one that puts the old modification
    time back (``cp -p``).
    """
    try:
        found = file.stat()
    except OSError:
        return ""
    return f"?v={found.st_ctime_ns}-{found.st_ino}"


def home_view(reader: Reader) -> dict[str, Any]:
    """The clinic, the language choices and every category with its topic tiles."""
    content = reader.content
    clinic = content.clinic
    return {
        "clinic": {
            "name": reader.text(clinic.name),
            "welcome": reader.text(clinic.welcome),
            "feedback": reader.text(clinic.feedback),
            "logo": reader.picture(clinic.logo),
        },
        "languages": [{"code": code, "name": name} for code, name in clinic.languages.items()],
        "categories": [
            {
                "id": category.id,
                "title": reader.text(category.title),
                "intro": reader.text(category.intro),
                "topics": [
                    _tile(reader, topic_id, content.topics[topic_id])
                    for topic_id in category.topics
                ],
            }
            for category in content.categories
        ],
    }


def _tile(reader: Reader, topic_id: str, topic: Topic) -> dict[str, Any]:
    """What a topic's tile shows; its page starts with the same."""
    return {
        "id": topic_id,
        "title": reader.text(topic.title),
        "summary": reader.text(topic.summary),
        "picture": reader.picture(topic.picture),
        "research": topic.status == "research",
        # The badge's words; none on information pages, which are about no use at all.
        "badge": "" if topic.status == "information" else reader.words[topic.status],
    }


def _call_us(reader: Reader, why: str) -> list[dict[str, Any]]:
    """``... call us: (555) 010-0123`` in the kiosk's words for ``why``, if there is a phone."""
    phone = reader.text(reader.content.clinic.phone).replace(" ", "\u00a0")  # on one line
    return plain_blocks(reader.words[why].format(phone=phone) if phone else "")


def topic_view(reader: Reader, topic_id: str) -> dict[str, Any]:
    """Everything on one topic's page, top to bottom."""
    topic = reader.content.topics[topic_id]
    said = reader.words
    safety = reader.content.safety[topic.safety]
    return {
        **_tile(reader, topic_id, topic),
        "notice": plain_blocks(reader.text(topic.notice)),
        "sections": [
            {"heading": reader.text(section.heading), "blocks": reader.blocks(section.body)}
            for section in topic.sections
        ],
        "safety": {
            "title": reader.text(safety.title),
            "blocks": reader.blocks(safety.body)
            + plain_blocks(reader.text(reader.content.clinic.emergency), bold=True)
            + _call_us(reader, "call_with_problems"),
        },
        "ask": plain_blocks(reader.text(topic.ask), bold=True)
        + _call_us(reader, "call_with_questions"),
        "sources": [reader.text(source) for source in topic.sources],
        "reviewed": said["reviewed"].format(
            reviewer=reader.text(topic.reviewer),
            date=long_date(topic.reviewed, reader.language),
        ),
    }
