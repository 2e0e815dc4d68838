"""Text that patients read, in one or several languages.

Every text field takes either a plain string, meaning the same words in every
language (a clinic name, a citation), or a mapping of language code to text.
A language missing from a mapping falls back to the default language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from kiosk.content.invisible import NO_INVISIBLE
from kiosk.content.markdown import Block, MarkdownError, parse_markdown

#: A BCP 47 language tag as the kiosk takes them: a lowercase language, then a script and a
#: region if needed (en, es, pt-BR, es-419, zh-Hant, zh-Hant-TW).
LANGUAGE_CODE = r"^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$"
LANGUAGE_HELP = "a language code (BCP 47) such as en, es, pt-BR, es-419 or zh-Hant"
_LANGUAGE = re.compile(LANGUAGE_CODE)
#: Far above any text a patient reads on one screen (the longest bundled one has 734); an
#: 8 MB text took 265 MB to check.
MAX_TEXT_CHARACTERS = 5_000
#: A text must hold something other than spaces (JSON Schema's search semantics).
NOT_BLANK = r"\S"
#: The key under which a plain string is kept: one text for every language.
EVERY_LANGUAGE = ""


@dataclass(frozen=True, slots=True)
class Text:
    """Words by language code; ``EVERY_LANGUAGE`` holds a text meant for all."""

    values: dict[str, str]

    def get(self, language: str, default_language: str) -> str:
        """The text in ``language``, else the shared text, else the default language's."""
        for key in (language, EVERY_LANGUAGE, default_language):
            if key in self.values:
                return self.values[key]
        return next(iter(self.values.values()))

    @property
    def languages(self) -> frozenset[str]:
        """The languages written out; empty for a text shared by every language."""
        return frozenset(self.values) - {EVERY_LANGUAGE}

    def missing(self, languages: list[str]) -> list[str]:
        """Which of ``languages`` fall back to the default language."""
        if EVERY_LANGUAGE in self.values:
            return []
        return [code for code in languages if code not in self.values]


@dataclass(frozen=True, slots=True)
class RichText(Text):
    """Text in the Markdown subset, kept with its parsed blocks per language."""

    blocks: dict[str, tuple[Block, ...]] = field(default_factory=dict)

    def blocks_for(self, language: str, default_language: str) -> tuple[Block, ...]:
        for key in (language, EVERY_LANGUAGE, default_language):
            if key in self.blocks:
                return self.blocks[key]
        return next(iter(self.blocks.values()))


def describe(value: object) -> str:
    """Name what YAML made of a value, in the words a person would use."""
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a block of `key: value` lines"
    return "a value that is not text"


def _text_error(value: object, language: str | None) -> PydanticCustomError:
    if value is None or (isinstance(value, str) and not value.strip()):
        return PydanticCustomError("text_empty", "the text is empty", {"language": language})
    if isinstance(value, str):
        return PydanticCustomError(
            "text_too_long",
            "the text is {length} characters long; a text may have at most {limit} "
            "(split it into sections)",
            {
                "language": language,
                "length": f"{len(value):,}",
                "limit": f"{MAX_TEXT_CHARACTERS:,}",
            },
        )
    return PydanticCustomError(
        "text_type",
        "expected text but found {found}",
        {"found": describe(value), "language": language},
    )


def to_text(value: Any) -> Text:
    """Validate one text field (a string, or a mapping of language code to string)."""
    if isinstance(value, Text):
        return value
    if isinstance(value, str):
        if not value.strip() or len(value) > MAX_TEXT_CHARACTERS:
            raise _text_error(value, None)
        return Text({EVERY_LANGUAGE: value.strip()})
    if not isinstance(value, dict) or not value:
        raise _text_error(value, None)
    values: dict[str, str] = {}
    for language, words in value.items():
        if not _LANGUAGE.match(language):
            raise PydanticCustomError(
                "language_code",
                "`{shown}` is not " + LANGUAGE_HELP,
                {"language": language, "shown": shortened(language)},
            )
        if not isinstance(words, str) or not words.strip() or len(words) > MAX_TEXT_CHARACTERS:
            raise _text_error(words, language)
        values[language] = words.strip()
    return Text(values)


def to_rich_text(value: Any) -> RichText:
    """Validate a text field and parse every language of it as the Markdown subset."""
    text = to_text(value)
    written = value if isinstance(value, dict) else {EVERY_LANGUAGE: value}
    blocks: dict[str, tuple[Block, ...]] = {}
    for language in text.values:
        try:
            # As written, not stripped, so that error lines count from the first line.
            blocks[language] = parse_markdown(written[language])
        except MarkdownError as problem:
            raise PydanticCustomError(
                "markdown",
                "{reason}",
                {"reason": problem.reason, "language": language or None, "line": problem.line},
            ) from None
    return RichText(text.values, blocks)


_WORDS_SCHEMA: dict[str, Any] = {
    "type": "string",
    "maxLength": MAX_TEXT_CHARACTERS,
    "allOf": [{"pattern": NOT_BLANK}, {"pattern": NO_INVISIBLE}],
}
_TEXT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {**_WORDS_SCHEMA, "description": "The same text in every language."},
        {
            "type": "object",
            "description": "The text in each language, by language code (en, es, ...).",
            "propertyNames": {"pattern": LANGUAGE_CODE},
            "additionalProperties": _WORDS_SCHEMA,
            "minProperties": 1,
        },
    ]
}


def shortened(value: object, limit: int = 60) -> str:
    """``value`` as text, cut to ``limit`` characters: a message never quotes a whole file."""
    text = str(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


#: A text field: words in one or several languages.
LocalText = Annotated[Text, PlainValidator(to_text), WithJsonSchema(_TEXT_SCHEMA)]
#: A text field in the Markdown subset: paragraphs, **bold**, - bullets, 1. numbers.
Markdown = Annotated[
    RichText,
    PlainValidator(to_rich_text),
    WithJsonSchema(_TEXT_SCHEMA),
]
