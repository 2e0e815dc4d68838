"""The subset against CommonMark (markdown-it-py): refused for a true reason, or shown alike.

Two corpora go through the same two-way check: every example of the CommonMark 0.31.2
spec, and bodies that Hypothesis builds from the pieces that trip Markdown readers up.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fidelity.commonmark_reference import check_agreement

_SPEC = json.loads((Path(__file__).parent / "commonmark_spec_examples.json").read_text("utf-8"))
EXAMPLES = _SPEC["examples"]


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=[f"{e['example']}-{e['section']}" for e in EXAMPLES]
)
def test_each_spec_example_is_refused_truly_or_shown_as_commonmark_shows_it(
    example: dict[str, object],
) -> None:
    check_agreement(str(example["markdown"]))


def test_the_spec_examples_are_not_all_refused() -> None:
    outcomes = Counter(check_agreement(str(example["markdown"])) for example in EXAMPLES)
    assert outcomes["agreed"] >= 150


#: Pieces that Markdown readers disagree on, or that a staff member types by accident.
_WORDS = st.sampled_from(
    ["word", "x", "snake_case", "2", "Über", "ñame", "日本", "a.b", "e@x.org", "http://x.y"]
)
_MARKS = st.sampled_from(
    [
        *("*", "**", "***", "_", "__", "[", "]", "(", ")", "![", "<", ">", "<b>", "</b>"),
        *("<a href='x'>", "<!--", "-->", "<x@y.z>", "<http://a>", "&amp;", "&copy;", "&#35;"),
        *("&#x1F600;", "&#0;", "&bogus;", "&", "\\", "\\*", "\\[", "!", '"', "'", ":", "-"),
        *("+", "#", "=", "~", "~~", "|", "`", "```", "1.", "2)", "0.", "10.", " ", "  ", "\xa0"),
    ]
)
_LEADS = st.sampled_from(
    [
        "",
        " ",
        "  ",
        "   ",
        "    ",
        "     ",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "2) ",
        "# ",
        "> ",
        "-",
        "1.",
        "  - ",
        "   1. ",
        "---",
        "***",
        "===",
        "[a]: /u ",
        "|",
    ]
)
_ENDS = st.sampled_from(["", "", "", "  ", "\\", " "])


@st.composite
def bodies(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.integers(0, 5)) == 0:
            lines.append("")
            continue
        pieces = draw(st.lists(st.one_of(_WORDS, _MARKS, st.just(" ")), max_size=8))
        lines.append(draw(_LEADS) + "".join(pieces) + draw(_ENDS))
    return "\n".join(lines)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_generated_bodies_are_refused_truly_or_shown_as_commonmark_shows_them(
    body: str,
) -> None:
    check_agreement(body)
