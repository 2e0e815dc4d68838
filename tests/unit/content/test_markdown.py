"""The Markdown subset of section bodies: what it reads, what it refuses, and where it says so."""

from __future__ import annotations

import pytest

from kiosk.content.markdown import (
    BulletList,
    MarkdownError,
    NumberedList,
    Paragraph,
    Span,
    parse_markdown,
    plain_text,
)
from tests.conftest import CheckText, formatted, line_of

LINK_REASON = "links are not allowed: on a kiosk a link is a way out"
#: Two fine lines before the bad one, so the bad one is line 2 counted from 0.
LEAD = "Fine words first.\n\n"


def refusal(text: str) -> MarkdownError:
    with pytest.raises(MarkdownError) as caught:
        parse_markdown(text)
    return caught.value


def test_paragraphs_are_split_by_blank_lines_and_joined_across_line_breaks() -> None:
    blocks = parse_markdown("The shot takes\na few minutes.\n\n\nYou can go home after.")
    assert blocks == (
        Paragraph((Span("The shot takes a few minutes."),)),
        Paragraph((Span("You can go home after."),)),
    )


def test_bold_spans_are_kept_apart_from_plain_text() -> None:
    assert parse_markdown("Call **right away** if it **hurts**.") == (
        Paragraph(
            (
                Span("Call "),
                Span("right away", bold=True),
                Span(" if it "),
                Span("hurts", bold=True),
                Span("."),
            )
        ),
    )


def test_escaped_stars_are_shown_as_stars_not_bold() -> None:
    assert parse_markdown(r"Press \*\*twice\*\* to stop.") == (
        Paragraph((Span("Press **twice** to stop."),)),
    )


@pytest.mark.parametrize("marker", ["-", "*", "+"])
def test_a_bullet_list_may_use_any_bullet(marker: str) -> None:
    blocks = parse_markdown(f"{marker} headache\n{marker} a **drooping** eyelid")
    drooping = (Span("a "), Span("drooping", bold=True), Span(" eyelid"))
    assert blocks == (BulletList(((Span("headache"),), drooping)),)


@pytest.mark.parametrize("dot", [".", ")"])
def test_a_numbered_list_keeps_its_start_number(dot: str) -> None:
    blocks = parse_markdown(f"3{dot} Clean the skin\n4{dot} Give the shot")
    assert blocks == (NumberedList(((Span("Clean the skin"),), (Span("Give the shot"),)), start=3),)


@pytest.mark.parametrize("continuation", ["that goes on", "  that goes on"])
def test_a_list_item_carries_on_over_the_next_line(continuation: str) -> None:
    blocks = parse_markdown(f"- a long item\n{continuation}\n- a short one")
    assert blocks == (BulletList(((Span("a long item that goes on"),), (Span("a short one"),))),)


def test_plain_text_gives_one_line_a_block_or_item_without_formatting() -> None:
    blocks = parse_markdown("Before **you** come:\n\n1. eat\n2. rest\n\nThat is all.")
    assert plain_text(blocks) == "Before you come:\neat\nrest\nThat is all."


@pytest.mark.parametrize(
    "text",
    [
        "Read more at medlineplus.gov today.",
        "See https://medlineplus.gov or www.fda.gov/drugs for more.",
        "The file is called snake_case_word here.",
        "It takes 2 * 3 minutes.",
        "Ask about dose [1] and price (in dollars).",
    ],
)
def test_plain_words_that_look_a_little_like_markdown_are_accepted(text: str) -> None:
    assert plain_text(parse_markdown(text)) == text


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("Read [the leaflet](https://x.org).", LINK_REASON),
        ("[1]: https://x.org", "link definitions ([name]: address) are not allowed"),
        ("![a face](face.png)", "pictures inside a text are not allowed"),
        ("Come <b>now</b>.", "HTML tags are not allowed"),
        ("<script>alert(1)</script>", "HTML tags are not allowed"),
        ("Visit <https://x.org>.", "links in <angle brackets> are not allowed"),
        ("# Aftercare", "headings are not supported"),
        ("> A patient said so.", "quotes (lines starting with >) are not supported"),
        ("```", "the backquote ` marks code in Markdown"),
        ("~~~", "code blocks (~~~) are not supported"),
        ("Type `yes` to go on.", "the backquote ` marks code in Markdown"),
        ("| dose | units |\n|---|---|", "tables are not supported"),
        ("It is *very* rare.", "italics are not supported; use **bold**"),
        ("It is _very_ rare.", "italics are not supported; use **bold**"),
        ("It is **very rare.", "these stars make no bold text"),
    ],
)
def test_constructs_outside_the_subset_are_refused_with_a_reason_on_their_line(
    bad: str, reason: str
) -> None:
    problem = refusal(LEAD + bad)
    assert reason in problem.reason
    assert problem.line == 2


def test_a_list_inside_a_list_is_refused_on_the_inner_line() -> None:
    problem = refusal(LEAD + "- outer\n  - inner")
    assert "lists inside lists are not supported" in problem.reason
    assert problem.line == 3


@pytest.mark.parametrize("text", ["", "   \n\n  \n"])
def test_an_empty_text_is_refused(text: str) -> None:
    problem = refusal(text)
    assert problem.reason == "the text is empty"
    assert problem.line == 0


def test_a_link_on_the_second_line_of_a_paragraph_is_reported_on_that_line() -> None:
    problem = refusal("The first line is fine\nbut this one has [a link](https://x.org).")
    assert LINK_REASON in problem.reason
    assert problem.line == 1


CROWS_FEET_WHERE = "en la esquina externa de cada ojo."


def body_errors(check_text: CheckText, text: str) -> list[str]:
    result = check_text(text)
    assert result.content is None, "a body outside the subset must not go live"
    return formatted(result)


def test_a_link_in_the_third_line_of_a_spanish_body_points_at_that_file_line(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace(CROWS_FEET_WHERE, "en la esquina [del ojo](#ojo).")
    line = line_of(text, "[del ojo](#ojo)")
    assert body_errors(check_text, text) == [
        f"content.yaml:{line}:13: error: topics.crows-feet.sections[2].body.es: {LINK_REASON}; "
        "write a web address as plain text instead"
    ]


def test_a_heading_in_an_english_body_points_at_its_file_line(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace("            They come from the ring", "            # They come")
    line = line_of(text, "# They come")
    assert body_errors(check_text, text) == [
        f"content.yaml:{line}:13: error: topics.crows-feet.sections[1].body.en: "
        "headings are not supported in a text; start a new section"
    ]


def test_a_bad_line_in_the_middle_of_a_paragraph_points_at_that_file_line(
    check_text: CheckText, bundled_text: str
) -> None:
    first = "            Doctors use very tiny doses of it as a medicine.\n"
    text = bundled_text.replace(first, first + "            Ask us `anything`.\n")
    line = line_of(text, "Ask us `anything`.")
    assert body_errors(check_text, text) == [
        f"content.yaml:{line}:13: error: topics.how-botox-works.sections[1].body.en: "
        "the backquote ` marks code in Markdown, which is not supported here; leave it out"
    ]


def test_a_body_starting_with_a_blank_line_still_points_at_the_right_file_line(
    check_text: CheckText, bundled_text: str
) -> None:
    start = "          en: |\n            Crow's feet are small lines"
    text = bundled_text.replace(start, start.replace("|\n", "|\n\n"))
    text = text.replace("They show most when you smile", "They show most when you <b>smile</b>")
    line = line_of(text, "<b>smile</b>")
    assert body_errors(check_text, text) == [
        f"content.yaml:{line}:13: error: topics.crows-feet.sections[1].body.en: "
        "HTML tags are not allowed; use **bold** and lists instead (write \\< to show a <)"
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("See ![a [small] drawing](x.png) here.", "pictures inside a text are not allowed"),
        ("Read [the [full] label](https://x.org).", "links are not allowed"),
        ("a](b then [c](d)", "links are not allowed"),
    ],
)
def test_links_and_pictures_with_brackets_inside_are_still_refused(body: str, reason: str) -> None:
    with pytest.raises(MarkdownError) as refused:
        parse_markdown(body)
    assert refused.value.reason.startswith(reason)


@pytest.mark.parametrize(
    "body",
    ["[1] and [2] are notes.", "a ] b [ c", "![ alone", "Read [the label][1] and more."],
)
def test_brackets_that_make_no_link_are_text(body: str) -> None:
    assert plain_text(parse_markdown(body)) == body
