"""The content file's schema: one definition for validation, the JSON Schema and the docs.

Every model is frozen and forbids unknown keys, so a misspelt ``titel:`` is an
error rather than a silently missing title. Types are strict: YAML's ``no``
is not quietly turned into the text "False".
"""

from __future__ import annotations

import calendar
import datetime
import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from kiosk.content.kiosk_words import KioskWords
from kiosk.content.model_base import Model
from kiosk.content.screen_settings import DEFAULTS, ScreenSettings
from kiosk.content.text import LANGUAGE_CODE, LANGUAGE_HELP, NOT_BLANK, LocalText, Markdown
from kiosk.content.walk import find_all

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

#: A short name in lowercase words joined by hyphens, such as ``crows-feet``.
Identifier = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=60,
        description="Lowercase letters, digits and hyphens, such as crows-feet.",
    ),
]
LanguageCode = Annotated[
    str, Field(pattern=LANGUAGE_CODE, description=f"{LANGUAGE_HELP[0].upper()}{LANGUAGE_HELP[1:]}.")
]
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: A real date, YYYY-MM-DD, as one pattern, so that the editor's schema refuses 2026-02-30
#: too: the days of each month, and 29 February in leap years only (year 1 to 9999).
DATE_PATTERN = (
    "^(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"
)


def _iso_date(value: object) -> object:
    """A date written YYYY-MM-DD, and nothing else Python's ``fromisoformat`` would take
    (``20261120``, ``2026-W47-5``): the README and the editor's schema say YYYY-MM-DD."""
    if not isinstance(value, str):
        return value
    if not _DATE.fullmatch(value):
        raise PydanticCustomError("date_format", "write the date as YYYY-MM-DD, such as 2026-11-20")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date_value", _not_a_date(value)) from None


def _not_a_date(text: str) -> str:
    year, month, _ = (int(part) for part in text.split("-"))
    if not 1 <= month <= 12:
        return f"{text} is not a date: there is no month {month}"
    days = calendar.monthrange(max(year, 1), month)[1]
    return f"{text} is not a date: {calendar.month_name[month]} {year} has {days} days"


def _whole_number(value: object) -> object:
    """Take ``90.0`` as 90, as JSON Schema and so the editor do; keep ``true`` from passing
    as 1 (``True == 1`` in Python)."""
    if isinstance(value, bool):
        raise PydanticCustomError("int_type", "expected a whole number")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
Date = Annotated[
    datetime.date,
    BeforeValidator(_iso_date),
    WithJsonSchema({"type": "string", "pattern": DATE_PATTERN}),
    Field(description="YYYY-MM-DD."),
]


class Picture(Model):
    """A picture from the content folder, with words for people who cannot see it."""

    file: str = Field(min_length=1, max_length=255, pattern=NOT_BLANK)
    """Path from the content file's folder, such as assets/crows-feet.svg (png, jpg, svg, webp)."""
    alt: LocalText | None = None
    """What the picture shows, in a sentence."""


class Clinic(Model):
    """Who runs the kiosk and in which languages."""

    name: LocalText
    """The clinic's name, shown on the home screen."""
    logo: Picture | None = None
    """The clinic's logo."""
    welcome: LocalText
    """One line of welcome under the name on the home screen."""
    feedback: LocalText | None = None
    """How patients can give feedback on this information."""
    phone: LocalText | None = None
    """The clinic's phone number as patients dial it, such as (555) 010-0123: shown with the
    safety information and at the end of every page, for symptoms that start at home."""
    emergency: LocalText | None = None
    """What to do in an emergency, such as "In an emergency, call 911." Shown in every
    safety box."""
    languages: dict[LanguageCode, Annotated[str, Field(max_length=60, pattern=NOT_BLANK)]] = Field(
        min_length=1
    )
    """The languages offered, each named in its own language: {en: English, es: Español}."""
    default_language: LanguageCode
    """The language shown first and used when a translation is missing."""


class Settings(Model):
    """How the kiosk behaves. Every setting has a default, so all are optional."""

    idle_timeout_seconds: WholeNumber = Field(DEFAULTS.idle_timeout_seconds, ge=1, le=3600)
    """Seconds without a touch before the "Still reading?" prompt."""
    idle_warning_seconds: WholeNumber = Field(DEFAULTS.idle_warning_seconds, ge=1, le=600)
    """Seconds the "Still reading?" prompt counts down before returning home."""
    large_text_scale: float = Field(DEFAULTS.large_text_scale, ge=1.2, le=2.0)
    """How much larger text becomes in large-text mode."""
    hide_cursor: bool = DEFAULTS.hide_cursor
    """Hide the mouse pointer in full-screen mode (right for a touch screen)."""
    screen_cleaning_seconds: WholeNumber = Field(DEFAULTS.screen_cleaning_seconds, ge=10, le=300)
    """How long touches are ignored in screen-cleaning mode."""
    staff_hold_seconds: WholeNumber = Field(DEFAULTS.staff_hold_seconds, ge=2, le=10)
    """How long the staff corner must be held to ask for the PIN."""
    speech_volume: WholeNumber = Field(DEFAULTS.speech_volume, ge=1, le=10)
    """The volume of speech, 1 to 10, at the start and after every patient (they may change it)."""
    speech_through_speakers: bool = DEFAULTS.speech_through_speakers
    """Speak through the speakers when no headphones are in. Off: only headphones speak,
    so a patient's reading stays private."""
    speech_rate: WholeNumber = Field(DEFAULTS.speech_rate, ge=80, le=260)
    """How fast the voice speaks, in words a minute (150 is a calm reading pace)."""

    def for_screen(self) -> ScreenSettings:
        """These settings as the screen takes them, and as a start view keeps them."""
        return ScreenSettings(**self.model_dump())


class SafetyBlock(Model):
    """Safety information written once and shown on every topic that names it."""

    title: LocalText
    body: Markdown


class Section(Model):
    """One idea of a topic page: a heading and its text."""

    heading: LocalText
    body: Markdown
    """Paragraphs, **bold**, bullet lists (- item) and numbered lists (1. item)."""


class Category(Model):
    """A group of topics on the home screen, in the order listed."""

    id: Identifier
    title: LocalText
    intro: LocalText
    """One line under the category title."""
    picture: Picture | None = None
    topics: list[Identifier] = Field(min_length=1)
    """Topic ids, in the order they are shown."""


class Topic(Model):
    """One page a patient can read: a treatment area or a condition."""

    title: LocalText
    summary: LocalText
    """One line for the topic's tile on the home screen."""
    picture: Picture
    status: Literal["approved", "research", "information"]
    """approved: an approved use of the product. research: not an approved use.
    information: a page about Botox in general or about a visit, which is no use at all,
    so it shows no badge."""
    notice: LocalText | None = None
    """For research topics: says plainly that this is not an approved use."""
    sections: list[Section] = Field(min_length=1)
    safety: Identifier
    """The id of the safety block shown on this page."""
    ask: LocalText
    """The "ask our team" line at the end of the page."""
    sources: list[LocalText] = Field(default_factory=list)
    """Where the facts come from, as plain citations."""
    published: Date | None = None
    """When this page first went live, for the clinic's records. Not shown: a patient needs
    to know when it was last checked, which the page says, and a second date beside it
    would only be read as that one."""
    reviewed: Date
    """When a clinician last checked this page."""
    reviewer: LocalText
    """Who checked it: a name or a role."""
    next_review: Date
    """When it must be checked again (at most 3 years after the review)."""


class Content(Model):
    """Everything the kiosk shows."""

    version: Annotated[Literal[1], BeforeValidator(_whole_number)]
    """The version of this file format. Always 1 for now."""
    clinic: Clinic
    settings: Settings = Settings()
    safety: dict[Identifier, SafetyBlock] = Field(default_factory=dict)
    """Safety blocks by id."""
    categories: list[Category] = Field(min_length=1)
    topics: dict[Identifier, Topic] = Field(min_length=1)
    """Topics by id; each must be in at least one category."""
    words: dict[LanguageCode, KioskWords] = Field(default_factory=dict)
    """The kiosk's own words (Back, Home, the prompts) by language: for a language the kiosk
    has none for (it has English and Spanish), or to change some of them."""

    def picture_names(self) -> set[str]:
        """Every picture file named anywhere, as written (relative to the content's folder).

        Asked of the content, so that a light module (``fingerprint``) learns them without
        importing the models."""
        return {picture.file for _, picture in find_all(self, Picture)}
