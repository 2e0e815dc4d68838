"""The indexed reading of bare link destinations ends where a plain left-to-right read ends."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.markdown_destinations import RawDestinations
from kiosk.content.markdown_links import destination_end

_PIECES = st.sampled_from(["(", ")", "a", "\\", " ", "\n", "\\(", "\\)", "](", "\x7f", "((("])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_every_start_after_a_bracket_ends_where_the_plain_reading_ends(text: str) -> None:
    bare = RawDestinations(text)
    for at in range(len(text) + 1):
        if at == 0 or text[at - 1] == "(":  # where destinations start: after `](`
            assert bare.end(at) == destination_end(text, at), (text, at)


def test_parentheses_nested_33_deep_make_no_destination() -> None:
    deep, shallow = "(" * 33 + ")" * 33, "(" * 32 + ")" * 32
    assert RawDestinations(deep).end(0) == destination_end(deep, 0) == -1
    assert RawDestinations(shallow).end(0) == destination_end(shallow, 0) == 64
