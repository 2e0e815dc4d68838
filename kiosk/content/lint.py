"""Warnings: things a careful editor fixes, though the content may still go live."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from kiosk.content.built_in_words import BUILT_IN_LANGUAGES, KIOSK_WORDS
from kiosk.content.markdown import passages
from kiosk.content.model import Content, Picture, Topic
from kiosk.content.problems import Problem, warning
from kiosk.content.readability import reading_grade
from kiosk.content.text import Text
from kiosk.content.walk import find_all

#: NIH and AMA ask for patient material at grade 8 or lower.
MAX_READING_GRADE = 8.0
#: PIF TICK: review health information at least every three years.
MAX_REVIEW_AGE = datetime.timedelta(days=3 * 365)
#: WCAG 2.2.1: at least 20 seconds to answer a time-out warning.
MIN_IDLE_WARNING_SECONDS = 20
MIN_IDLE_TIMEOUT_SECONDS = 30


def lint_problems(content: Content, today: datetime.date) -> Iterator[Problem]:
    """Warnings for the whole content, in file order."""
    yield from _ways_to_act(content)
    yield from _kiosk_words(content)
    yield from _settings(content)
    yield from _translations(content)
    yield from _alt_texts(content)
    for topic_id, topic in content.topics.items():
        yield from _topic(content, topic_id, topic, today)


def _ways_to_act(content: Content) -> Iterator[Problem]:
    """Symptoms can start hours to weeks after a treatment, far from the kiosk (the labels'
    boxed warning): every page needs a number to call and what to do in an emergency."""
    clinic = content.clinic
    if clinic.phone is None:
        yield warning(
            "no `phone`: give the clinic's number, shown with the safety information and at "
            "the end of every page, for problems that start at home",
            ("clinic",),
        )
    if clinic.emergency is None:
        yield warning(
            'no `emergency`: say what to do in an emergency, such as "In an emergency, '
            'call 911.", shown in every safety box',
            ("clinic",),
        )


def _kiosk_words(content: Content) -> Iterator[Problem]:
    """A language offered needs the kiosk's own words (Back, Home, the prompts) too."""
    for code, name in content.clinic.languages.items():
        if code in BUILT_IN_LANGUAGES:
            continue
        given = content.words[code].given() if code in content.words else {}
        missing = [key for key in KIOSK_WORDS if key not in given]
        if missing:
            shown = ", ".join(missing[:6]) + (" and more" if len(missing) > 6 else "")
            yield warning(
                f"the kiosk's own words have no {name} ({code}) for {shown}: patients reading "
                f"{name} see those in English; add them under `words: {code}:`",
                ("words", code) if code in content.words else ("clinic", "languages", code),
            )


def _settings(content: Content) -> Iterator[Problem]:
    settings = content.settings
    if settings.idle_warning_seconds < MIN_IDLE_WARNING_SECONDS:
        yield warning(
            f"{settings.idle_warning_seconds} seconds is short to answer the prompt; "
            f"give at least {MIN_IDLE_WARNING_SECONDS} (WCAG 2.2.1)",
            ("settings", "idle_warning_seconds"),
        )
    if settings.idle_timeout_seconds < MIN_IDLE_TIMEOUT_SECONDS:
        yield warning(
            f"{settings.idle_timeout_seconds} seconds may interrupt patients while they read; "
            f"use at least {MIN_IDLE_TIMEOUT_SECONDS}",
            ("settings", "idle_timeout_seconds"),
        )


def _translations(content: Content) -> Iterator[Problem]:
    languages = content.clinic.languages
    default = languages.get(content.clinic.default_language, content.clinic.default_language)
    for path, text in find_all(content, Text):
        for code in text.missing(list(languages)):
            yield warning(
                f"no {languages[code]} ({code}) translation; patients reading {languages[code]} "
                f"see the {default} text here",
                path,
            )


def _alt_texts(content: Content) -> Iterator[Problem]:
    for path, picture in find_all(content, Picture):
        if picture.alt is None:
            yield warning(
                "the picture has no `alt` text: say in a sentence what it shows",
                path,
            )


def _topic(
    content: Content, topic_id: str, topic: Topic, today: datetime.date
) -> Iterator[Problem]:
    path = ("topics", topic_id)
    if topic.next_review < today:
        yield warning(
            f"the next review was due on {topic.next_review}; have a clinician check this "
            "page and update `reviewed` and `next_review`",
            (*path, "next_review"),
        )
    if today - topic.reviewed > MAX_REVIEW_AGE:
        yield warning(
            f"last reviewed on {topic.reviewed}, more than 3 years ago",
            (*path, "reviewed"),
        )
    if topic.reviewed > today:
        yield warning(f"the review date {topic.reviewed} is in the future", (*path, "reviewed"))
    if not topic.sources:
        yield warning("no `sources`: name where the facts on this page come from", path)
    if topic.status == "research" and topic.notice is None:
        yield warning(
            "a research topic needs a `notice` that says plainly it is not an approved use",
            path,
        )
    yield from _reading_grade(content, topic_id, topic)


def _reading_grade(content: Content, topic_id: str, topic: Topic) -> Iterator[Problem]:
    """Grade each section on its own, so the warning points at the text to rewrite."""
    if "en" not in content.clinic.languages:
        return
    default = content.clinic.default_language
    for index, section in enumerate(topic.sections):
        if "en" not in section.body.languages and default != "en":
            continue
        grade = reading_grade(passages(section.body.blocks_for("en", default)))
        if grade > MAX_READING_GRADE:
            yield warning(
                f"the English text reads at grade {grade:.1f} (Flesch-Kincaid); aim for "
                f"{MAX_READING_GRADE:.0f} or lower with shorter sentences and common words",
                ("topics", topic_id, "sections", index, "body", "en"),
            )
