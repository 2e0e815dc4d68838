"""The short way for simple bodies gives the blocks the full reader gives, or stands aside."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.markdown import MarkdownError, read_blocks
from kiosk.content.markdown_fast import simple_blocks

_WORDS = st.sampled_from(["Rest", "a day", "Über", "ñu 2", "x.", "**ice**", "**two days**", "é"])
_NEAR = st.sampled_from(
    [
        *("*", "**", "***", "** x**", "**x **", "**!**", "__x__", "a*b", " ", "  ", "\xa0"),
        *("2", "#", "-", "* ", "- ", "-  ", "10. ", "\n", "\n\n", "\n  ", "\n    "),
    ]
)
_STARTS = st.sampled_from(["", "", "", "- ", "+ ", "1. ", "1) ", "2. ", "9) "])
_FIRST = st.sampled_from(["Rest", "Über", "ñu", "x.", "é", "Take **two** days"])


@st.composite
def near_simple_bodies(draw: st.DrawFn) -> str:
    """Simple bodies, half of them with one piece that may make them not simple."""
    lines = []
    for _ in range(draw(st.integers(1, 7))):
        if draw(st.integers(0, 3)) == 0:
            lines.append("")
            continue
        words = draw(st.lists(_WORDS, max_size=4))
        lines.append(draw(_STARTS) + " ".join([draw(_FIRST), *words]))
    if draw(st.booleans()):
        line = draw(st.integers(0, len(lines) - 1))
        at = draw(st.integers(0, len(lines[line])))
        lines[line] = lines[line][:at] + draw(_NEAR) + lines[line][at:]
    return "\n".join(lines)


def full(text: str) -> object:
    try:
        return read_blocks(text)
    except MarkdownError:
        return None


@settings(max_examples=1000, deadline=None)
@given(near_simple_bodies())
def test_a_simple_body_reads_the_same_either_way(body: str) -> None:
    simple = simple_blocks(body)
    assert simple is None or simple == full(body)


def test_everyday_bodies_take_the_short_way() -> None:
    for body in [
        "It has **two** sentences.\n\n- a first point\n- a second point\n1. then a step\n",
        "We open at\n9. Come early.",
        "1. a\n\n1. b\nand more\n\nAfter.",
    ]:
        assert simple_blocks(body) is not None
        assert simple_blocks(body) == read_blocks(body)
