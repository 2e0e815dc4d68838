"""Warnings: the content may go live, but a careful editor would fix these."""

from __future__ import annotations

import pytest

from kiosk.content.markdown import passages
from kiosk.content.readability import reading_grade
from tests.conftest import CheckText, formatted, line_of


def warnings_for(check_text: CheckText, text: str) -> list[str]:
    result = check_text(text)
    assert result.content is not None, formatted(result)
    return formatted(result, "warning")


def test_the_bundled_content_has_no_warnings(check_text: CheckText, bundled_text: str) -> None:
    assert warnings_for(check_text, bundled_text) == []


def test_a_missing_translation_falls_back_with_a_warning(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace("      es: Patas de gallo\n", "")
    line = line_of(text, "      en: Crow's feet") - 1
    assert warnings_for(check_text, text) == [
        f"content.yaml:{line}:5: warning: topics.crows-feet.title: no Español (es) translation; "
        "patients reading Español see the English text here"
    ]


def test_a_plain_string_is_meant_for_every_language(
    check_text: CheckText, bundled_text: str
) -> None:
    text = bundled_text.replace(
        "    title:\n      en: Crow's feet\n      es: Patas de gallo\n",
        "    title: Crow's feet\n",
    )
    assert warnings_for(check_text, text) == []


def test_missing_alt_text(check_text: CheckText, bundled_text: str) -> None:
    start = bundled_text.index("      file: assets/crows-feet.svg\n")
    end = bundled_text.index("    status:", start)
    text = bundled_text[:start] + "      file: assets/crows-feet.svg\n" + bundled_text[end:]
    line = line_of(text, "    picture:\n".strip(), 1)
    warnings = warnings_for(check_text, text)
    assert [w for w in warnings if "alt" in w] == [
        f"content.yaml:{line_of(text, 'file: assets/crows-feet.svg') - 1}:5: warning: "
        "topics.crows-feet.picture: the picture has no `alt` text: say in a sentence what it shows"
    ]
    assert line > 0


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("next_review: 2027-11-20", "next_review: 2026-01-01", "the next review was due on"),
        ("reviewed: 2026-11-20", "reviewed: 2023-01-01", "more than 3 years ago"),
        ("reviewed: 2026-11-20", "reviewed: 2026-12-25", "is in the future"),
    ],
)
def test_review_dates(
    check_text: CheckText, bundled_text: str, old: str, new: str, said: str
) -> None:
    text = bundled_text.replace(old, new, 1)
    (warning,) = warnings_for(check_text, text)
    column = len(new.split(": ", maxsplit=1)[0]) + 7
    assert warning.startswith(
        f"content.yaml:{line_of(text, new)}:{column}: warning: topics.how-botox-works."
    )
    assert said in warning


def test_no_sources(check_text: CheckText, bundled_text: str) -> None:
    start = bundled_text.index("    sources:", bundled_text.index("  crows-feet:"))
    end = bundled_text.index("    published:", start)
    text = bundled_text[:start] + bundled_text[end:]
    assert warnings_for(check_text, text) == [
        f"content.yaml:{line_of(text, '  crows-feet:')}:3: warning: topics.crows-feet: "
        "no `sources`: name where the facts on this page come from"
    ]


def test_a_research_topic_without_its_notice(check_text: CheckText, bundled_text: str) -> None:
    start = bundled_text.index("    notice:")
    end = bundled_text.index("    sections:", start)
    text = bundled_text[:start] + bundled_text[end:]
    assert warnings_for(check_text, text) == [
        f"content.yaml:{line_of(text, '  arthritis-pain:')}:3: warning: topics.arthritis-pain: "
        "a research topic needs a `notice` that says plainly it is not an approved use"
    ]


def test_hard_english_gets_its_grade(check_text: CheckText, bundled_text: str) -> None:
    hard = (
        "Onabotulinumtoxina administration temporarily ameliorates hyperfunctional "
        "musculature, consequently diminishing periorbital rhytides considerably."
    )
    topic = bundled_text.index("  crows-feet:")
    body = bundled_text.index("          en: |\n", topic) + len("          en: |\n")
    text = bundled_text[:body] + f"            {hard}\n\n" + bundled_text[body:]
    (warning,) = warnings_for(check_text, text)
    assert warning.startswith(
        f"content.yaml:{line_of(text, hard)}:13: warning: topics.crows-feet.sections[1].body.en: "
        "the English text reads at grade "
    )
    grade = float(warning.split("grade ")[1].split(" ")[0])
    assert grade > 8


@pytest.mark.parametrize("heading", ["Hi", "Why the dermatological evaluation precedes treatment"])
def test_the_heading_does_not_change_a_section_s_grade(
    check_text: CheckText, bundled_text: str, heading: str
) -> None:
    """The heading was graded as one more sentence: a short one made any text read easier."""
    hard = "Administration temporarily ameliorates hyperfunctional periorbital musculature."
    text = bundled_text.replace("          en: What they are\n", f"          en: {heading}\n")
    first = text.index("            Crow's feet are small lines")
    text = text[:first] + f"            {hard}\n" + text[text.index("          es: |", first) :]
    result = check_text(text)
    assert result.content is not None
    (warning,) = formatted(result, "warning")
    body = result.content.topics["crows-feet"].sections[0].body.blocks_for("en", "en")
    grade = float(warning.split("grade ")[1].split(" ")[0])
    assert grade == pytest.approx(reading_grade(passages(body)), abs=0.05)


def test_short_idle_times_are_warned(check_text: CheckText, bundled_text: str) -> None:
    text = bundled_text.replace("idle_timeout_seconds: 90", "idle_timeout_seconds: 5").replace(
        "idle_warning_seconds: 20", "idle_warning_seconds: 3"
    )
    warnings = warnings_for(check_text, text)
    assert len(warnings) == 2
    assert "may interrupt patients" in warnings[0]  # line 28, in reading order
    assert "WCAG 2.2.1" in warnings[1]


@pytest.mark.parametrize(
    ("field", "said"), [("phone", "no `phone`"), ("emergency", "no `emergency`")]
)
def test_a_clinic_without_a_number_or_an_emergency_line_is_warned(
    check_text: CheckText, bundled_text: str, field: str, said: str
) -> None:
    start = bundled_text.index(f"  {field}:")
    end = bundled_text.index("\n  languages:") if field == "emergency" else None
    text = (
        bundled_text[:start] + bundled_text[end + 1 :]
        if end
        else bundled_text[:start] + bundled_text[bundled_text.index("\n", start) + 1 :]
    )
    (warning,) = warnings_for(check_text, text)
    assert f"warning: clinic: {said}" in warning
