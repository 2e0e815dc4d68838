"""The home screen and each topic page, in one language, as plain data for QML."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Content, Topic
from kiosk.content.model import Picture as PictureFile
from kiosk.content.text import RichText, Text
from kiosk.pages.page_data import (
    Category,
    Clinic,
    Home,
    Language,
    Picture,
    SafetyBox,
    Section,
    TextBlock,
    Tile,
    TopicPage,
)
from kiosk.pages.styled import plain_blocks, styled_blocks
from kiosk.pages.wording import long_date, words


@dataclass(frozen=True)
class Localized:
    """The content in one language: its texts, its words, its pictures (found beside
    the content file)."""

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

    def blocks(self, text: RichText) -> tuple[TextBlock, ...]:
        return styled_blocks(text.blocks_for(self.language, self.content.clinic.default_language))

    def picture(self, picture: PictureFile | None) -> Picture:
        if picture is None:
            return Picture("", "")
        file = (self.folder / picture.file).absolute()
        return Picture(file.as_uri() + _version(file), self.text(picture.alt))


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


def home_view(localized: Localized) -> Home:
    """The clinic, the language choices and every category with its topic tiles."""
    content = localized.content
    clinic = content.clinic
    return Home(
        clinic=Clinic(
            name=localized.text(clinic.name),
            welcome=localized.text(clinic.welcome),
            feedback=localized.text(clinic.feedback),
            logo=localized.picture(clinic.logo),
        ),
        languages=tuple(Language(code, name) for code, name in clinic.languages.items()),
        categories=tuple(
            Category(
                id=category.id,
                title=localized.text(category.title),
                intro=localized.text(category.intro),
                topics=tuple(
                    _tile(localized, topic_id, content.topics[topic_id])
                    for topic_id in category.topics
                ),
            )
            for category in content.categories
        ),
    )


def _tile(localized: Localized, topic_id: str, topic: Topic) -> Tile:
    status = localized.words[topic.status] if topic.status != "information" else ""
    return Tile(
        id=topic_id,
        title=localized.text(topic.title),
        summary=localized.text(topic.summary),
        picture=localized.picture(topic.picture),
        research=topic.status == "research",
        badge=status,
        tile_badge=status if topic.status == "research" else "",
    )


def _call_us(localized: Localized, why: str) -> tuple[TextBlock, ...]:
    """``... call us: (555) 010-0123`` in the kiosk's words for ``why``, if there is a phone."""
    phone = localized.text(localized.content.clinic.phone).replace(" ", "\u00a0")  # on one line
    return plain_blocks(localized.words[why].format(phone=phone) if phone else "")


def topic_view(localized: Localized, topic_id: str) -> TopicPage:
    """Everything on one topic's page, top to bottom."""
    topic = localized.content.topics[topic_id]
    said = localized.words
    safety = localized.content.safety[topic.safety]
    return TopicPage.below(
        _tile(localized, topic_id, topic),
        notice=plain_blocks(localized.text(topic.notice)),
        sections=tuple(
            Section(localized.text(section.heading), localized.blocks(section.body))
            for section in topic.sections
        ),
        safety=SafetyBox(
            title=localized.text(safety.title),
            blocks=localized.blocks(safety.body)
            + plain_blocks(localized.text(localized.content.clinic.emergency), bold=True)
            + _call_us(localized, "call_with_problems"),
        ),
        ask=plain_blocks(localized.text(topic.ask), bold=True)
        + _call_us(localized, "call_with_questions"),
        sources=tuple(localized.text(source) for source in topic.sources),
        reviewed=said["reviewed"].format(
            reviewer=localized.text(topic.reviewer),
            date=long_date(topic.reviewed, localized.language),
        ),
    )
