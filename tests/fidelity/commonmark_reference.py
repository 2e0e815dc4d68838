"""CommonMark as markdown-it-py reads it, seen as a patient would see it on the kiosk.

``reference_blocks`` turns markdown-it-py's tokens into the subset's blocks (paragraphs,
lists with their start number, spans of text with bold runs and hard breaks), or None when
CommonMark makes something the subset has no block for. ``check_agreement`` is the
two-way check every corpus goes through: the subset refuses a body for a reason that
CommonMark bears out, or shows exactly what CommonMark shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kiosk.content.markdown import (
    Block,
    BulletList,
    MarkdownError,
    NumberedList,
    Paragraph,
    Span,
    parse_markdown,
)

_COMMONMARK = MarkdownIt("commonmark")
# markdown-it-py leaves `javascript:` and the like out of links for safety; CommonMark
# (and so the subset's refusals) counts them as links all the same.
_COMMONMARK.validateLink = lambda url: True  # type: ignore[method-assign]
_GITHUB = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_GITHUB.validateLink = lambda url: True  # type: ignore[method-assign]

#: For each refusal, the token markdown-it-py makes for that construct.
_TOKEN_FOR = {
    "link": {"link_open"},
    "autolink": {"link_open"},
    "image": {"image"},
    "html": {"html_inline", "html_block"},
    "heading": {"heading_open"},
    "setext": {"heading_open"},
    "hr": {"hr"},
    "blockquote": {"blockquote_open"},
    "fence": {"fence"},
    "indented_code": {"code_block"},
    "italics": {"em_open"},
}


def reference_blocks(text: str) -> tuple[Block, ...] | None:
    """What CommonMark shows for ``text`` in the subset's terms; None if it cannot say."""
    tokens = _COMMONMARK.parse(text)
    blocks: list[Block] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.type == "paragraph_open":
            spans = _spans(tokens[at + 1])
            if spans is None:
                return None
            blocks.append(Paragraph(spans))
            at += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, at)
            items = _items(tokens[at + 1 : end])
            if items is None:
                return None
            start = token.attrGet("start")
            start = 1 if start is None else int(start)
            ordered = token.type == "ordered_list_open"
            blocks.append(NumberedList(items, start) if ordered else BulletList(items))
            at = end + 1
        else:
            return None
    return tuple(blocks)


def _closing(tokens: list[Token], at: int) -> int:
    depth = 0
    for index in range(at, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    raise AssertionError("unbalanced tokens")


def _items(tokens: list[Token]) -> tuple[tuple[Span, ...], ...] | None:
    items = []
    at = 0
    while at < len(tokens):
        end = _closing(tokens, at)
        inside = [token.type for token in tokens[at + 1 : end]]
        if inside != ["paragraph_open", "inline", "paragraph_close"]:
            return None
        spans = _spans(tokens[at + 2])
        if spans is None:
            return None
        items.append(spans)
        at = end + 1
    return tuple(items)


def _spans(inline: Token) -> tuple[Span, ...] | None:
    groups: list[tuple[bool, list[str]]] = []
    depth = 0
    for child in inline.children or []:
        if child.type in ("strong_open", "strong_close"):
            depth += child.nesting
            continue
        words = {"text": child.content, "softbreak": " ", "hardbreak": "\n"}.get(child.type)
        if words is None:
            return None
        if words:
            if not groups or groups[-1][0] != (depth > 0):
                groups.append((depth > 0, []))
            groups[-1][1].append(words)
    return tuple(Span("".join(texts), bold) for bold, texts in groups)


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


def _shown_text(tokens: list[Token]) -> str:
    return "".join(token.content for token in _walk(tokens) if token.type == "text")


def refusal_is_true(text: str, problem: MarkdownError) -> bool:
    """Whether CommonMark (or, for a GitHub-only construct, GitHub) bears the refusal out."""
    env: dict[str, Any] = {}
    tokens = _COMMONMARK.parse(text, env)
    construct = problem.construct
    types = {token.type for token in _walk(tokens)}
    if construct in _TOKEN_FOR:
        return bool(_TOKEN_FOR[construct] & types)
    checks = {
        "reference": lambda: bool(env.get("references")),
        "nested_list": lambda: _list_in_item(tokens),
        "item_blocks": lambda: _item_with_more_than_a_paragraph(tokens),
        "empty_item": lambda: _empty_item(tokens),
        "empty": lambda: _blank_paragraph(tokens) or not _shown_text(tokens).strip(),
        "stray_stars": lambda: "*" in _shown_text(tokens),
        "table": lambda: "table_open" in {t.type for t in _GITHUB.parse(text)},
        "strikethrough": lambda: "~~" in text,
        "tab": lambda: "\t" in text,
        "backquote": lambda: "`" in text,
        "control": lambda: "&" in text,
    }
    return checks[construct]()


def _item_children(tokens: list[Token]) -> Iterator[list[Token]]:
    for at, token in enumerate(tokens):
        if token.type == "list_item_open":
            yield tokens[at + 1 : _closing(tokens, at)]


def _list_in_item(tokens: list[Token]) -> bool:
    return any(
        token.type in ("bullet_list_open", "ordered_list_open")
        for inside in _item_children(tokens)
        for token in inside
    )


def _item_with_more_than_a_paragraph(tokens: list[Token]) -> bool:
    return any(
        sum(1 for token in inside if token.level == inside[0].level and token.nesting >= 0) > 1
        for inside in _item_children(tokens)
        if inside
    )


def _empty_item(tokens: list[Token]) -> bool:
    return any(not inside or _blank_paragraph(inside) for inside in _item_children(tokens))


def _blank_paragraph(tokens: list[Token]) -> bool:
    """Whether a paragraph shows nothing (only spaces, such as ``&nbsp;``)."""
    return any(token.type == "inline" and not _shown_text([token]).strip() for token in tokens)


def check_agreement(text: str) -> str:
    """Assert the two-way check on ``text``; say which way it went ("refused", "agreed")."""
    try:
        blocks = parse_markdown(text)
    except MarkdownError as problem:
        refusal = problem
    else:
        assert blocks == reference_blocks(text), f"the kiosk and CommonMark differ on {text!r}"
        return "agreed"
    assert refusal_is_true(text, refusal), (
        f"refused as {refusal.construct} on line {refusal.line}, "
        f"which CommonMark does not make of {text!r}"
    )
    return "refused"
