"""The content file's JSON Schema, for staff's editors, made from the models that validate it."""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from kiosk.content.invisible import NO_INVISIBLE
from kiosk.content.model import DATE_PATTERN, ID_PATTERN, Content
from kiosk.content.text import LANGUAGE_CODE, LANGUAGE_HELP, NOT_BLANK

#: What the editor says when a pattern is not met, instead of showing the pattern: the
#: YAML language server reads ``patternErrorMessage`` (as VS Code's JSON support does).
_PATTERN_WORDS = {
    ID_PATTERN: "Use lowercase letters, digits and hyphens, such as crows-feet.",
    LANGUAGE_CODE: f"Use {LANGUAGE_HELP}.",
    NOT_BLANK: "The text is empty.",
    NO_INVISIBLE: "The text holds an invisible character (such as U+2028 or NUL): delete it.",
    DATE_PATTERN: "Write a real date as YYYY-MM-DD, such as 2026-11-20.",
}


class _EditorSchema(GenerateJsonSchema):
    """Pydantic's schema, with mappings by id or language code said the way the kiosk checks.

    Pydantic writes ``dict[Identifier, Topic]`` as ``patternProperties``: a topic under a key
    that breaks the pattern (``Crows-Feet:``) then matches no pattern and is not checked at
    all, so the editor showed nothing wrong inside it. As ``propertyNames`` (the key) plus
    ``additionalProperties`` (every value), the key and what is under it are both checked.
    """

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        made = super().dict_schema(schema)
        patterns: dict[str, Any] = made.pop("patternProperties", {})
        if len(patterns) == 1:
            ((pattern, value),) = patterns.items()
            made["propertyNames"] = {"pattern": pattern, **made.get("propertyNames", {})}
            made["additionalProperties"] = value
        elif patterns:  # pragma: no cover - no field of ours has two key patterns
            made["patternProperties"] = patterns
        return made


def content_schema() -> dict[str, Any]:
    """The JSON Schema of the content file (``kiosk schema`` prints it)."""
    schema = Content.model_json_schema(schema_generator=_EditorSchema)
    _explain_patterns(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Clinic kiosk content"
    return schema


def _explain_patterns(schema: Any) -> None:
    """Give every ``pattern`` in ``schema`` its words for the editor."""
    if isinstance(schema, dict):
        if schema.get("pattern") in _PATTERN_WORDS:
            schema["patternErrorMessage"] = _PATTERN_WORDS[schema["pattern"]]
        for value in schema.values():
            _explain_patterns(value)
    elif isinstance(schema, list):
        for value in schema:
            _explain_patterns(value)
