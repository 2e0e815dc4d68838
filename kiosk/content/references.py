"""Checks that reach across the file: ids that must exist, languages that must match."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from kiosk.content.model import Content
from kiosk.content.problems import Problem, error
from kiosk.content.text import Text
from kiosk.content.walk import find_all


def reference_problems(content: Content) -> Iterator[Problem]:
    """Errors for ids and language codes that point at nothing."""
    yield from _languages(content)
    yield from _categories(content)
    yield from _safety(content)


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""


def _languages(content: Content) -> Iterator[Problem]:
    clinic = content.clinic
    offered = list(clinic.languages)
    if clinic.default_language not in clinic.languages:
        yield error(
            f"`{clinic.default_language}` is not one of the languages offered "
            f"({', '.join(offered)}){_suggest(clinic.default_language, offered)}",
            ("clinic", "default_language"),
        )
        return
    for code in content.words:
        if code not in clinic.languages:
            yield error(
                f"`{code}` is not one of the languages offered ({', '.join(offered)}); "
                "add it to clinic.languages or remove these words",
                ("words", code),
            )
    for path, text in find_all(content, Text):
        for code in sorted(text.languages - set(offered)):
            yield error(
                f"`{code}` is not one of the languages offered ({', '.join(offered)}); "
                "add it to clinic.languages or remove this text",
                (*path, code),
            )
        if text.languages and clinic.default_language not in text.languages:
            yield error(
                f"there is no {clinic.languages[clinic.default_language]} "
                f"({clinic.default_language}) text here; the default language is what "
                "patients see when a translation is missing",
                path,
            )


def _categories(content: Content) -> Iterator[Problem]:
    known = list(content.topics)
    seen_ids: set[str] = set()
    placed: set[str] = set()
    for index, category in enumerate(content.categories):
        if category.id in seen_ids:
            yield error(
                f"the category id `{category.id}` is used twice", ("categories", index, "id")
            )
        seen_ids.add(category.id)
        listed: set[str] = set()
        for position, topic_id in enumerate(category.topics):
            where = ("categories", index, "topics", position)
            if topic_id not in content.topics:
                yield error(f"there is no topic `{topic_id}`{_suggest(topic_id, known)}", where)
            elif topic_id in listed:
                yield error(f"`{topic_id}` is listed twice in this category", where)
            listed.add(topic_id)
        placed |= listed
    for topic_id in content.topics:
        if topic_id not in placed:
            yield error(
                f"the topic `{topic_id}` is in no category, so patients cannot reach it; "
                "add its id to a category's topics",
                ("topics", topic_id),
            )


def _safety(content: Content) -> Iterator[Problem]:
    known = list(content.safety)
    for topic_id, topic in content.topics.items():
        if topic.safety not in content.safety:
            yield error(
                f"there is no safety block `{topic.safety}`{_suggest(topic.safety, known)}",
                ("topics", topic_id, "safety"),
            )
