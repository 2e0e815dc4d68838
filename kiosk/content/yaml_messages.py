"""Plain words for the YAML syntax errors that staff actually make."""

from __future__ import annotations

import yaml

# (what PyYAML says, what a person should read). Matched in order, by substring.
_PLAIN_WORDS: tuple[tuple[str, str], ...] = (
    (
        "mapping values are not allowed",
        "a `: ` is in a place YAML does not expect one; if it is part of the text, "
        "put the whole text in quotes",
    ),
    (
        "could not find expected ':'",
        "this line should be `key: value`; check for a missing `:` or wrong indenting",
    ),
    (
        "did not find expected key",
        "the indenting here does not line up with the lines above it",
    ),
    (
        "did not find expected '-' indicator",
        "this list item does not line up with the items above it",
    ),
    (
        "found unexpected end of stream",
        "the file ends in the middle of something: a quote or bracket is not closed",
    ),
    (
        "found undefined tag handle",
        "a `!` starts an unknown YAML tag; put the text in quotes",
    ),
    (
        "found character that cannot start any token",
        "this character cannot start a value; put the text in quotes",
    ),
    (
        "expected <document start>",
        "the file has text after its end; check the indenting of this line",
    ),
    (
        "found unknown escape character",
        "a `\\` in double quotes starts an unknown escape; use single quotes instead",
    ),
    (
        "expected ',' or ']'",
        "a list in [brackets] is not closed with `]`, or an item is missing a `,`",
    ),
    (
        "expected ',' or '}'",
        "a block in {braces} is not closed with `}`, or an entry is missing a `,`",
    ),
)


def plain_words(exc: yaml.MarkedYAMLError, text: str) -> str:
    """Say what a YAML syntax error in ``text`` means and how to fix it."""
    mark = exc.problem_mark
    if mark is not None and text[mark.index : mark.index + 1] == "\t":
        return "the file is not valid YAML: a tab is used for indenting; use spaces instead"
    said = f"{exc.context or ''} {exc.problem or ''}"
    for pattern, words in _PLAIN_WORDS:
        if pattern in said:
            return f"the file is not valid YAML: {words}"
    return f"the file is not valid YAML: {(exc.problem or exc.context or 'unreadable').strip()}"
